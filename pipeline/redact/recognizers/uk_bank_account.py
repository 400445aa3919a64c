from ._base import NOT_MASKED, UkPatternRecognizer


class UkBankAccountRecognizer(UkPatternRecognizer):
    """UK bank account number: 8 digits, needs context ("account number")."""

    ENTITY = "UK_BANK_ACCOUNT"
    PATTERNS = [
        ("8 digits", NOT_MASKED + r"(?<![\d-])\d{4} ?\d{4}(?![\d-]| \d)", 0.2),
        # sort code and account read as one run ("nought seven five nine five nought three nine …")
        ("after a 6-digit sort code", r"(?<!\d{7})(?<=\d{6})\d{8}(?!\d)", 0.2),
    ]
    CONTEXT = ["account", "acc", "acct", "a/c", "ac", "bank", "debit"]
