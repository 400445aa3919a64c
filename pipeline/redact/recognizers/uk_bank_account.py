from ._base import UkPatternRecognizer


class UkBankAccountRecognizer(UkPatternRecognizer):
    """UK bank account number: 8 digits, needs context ("account number")."""

    ENTITY = "UK_BANK_ACCOUNT"
    PATTERNS = [("8 digits", r"(?<![\d-])\d{4} ?\d{4}(?![\d-])", 0.2)]
    CONTEXT = ["account", "acc", "acct", "a/c", "ac"]
