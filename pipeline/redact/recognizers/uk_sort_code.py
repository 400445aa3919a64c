from ._base import UkPatternRecognizer


class UkSortCodeRecognizer(UkPatternRecognizer):
    """UK bank sort code: three pairs of digits, needs context ("sort code")."""

    ENTITY = "UK_SORT_CODE"
    PATTERNS = [
        ("sort code (dashed)", r"(?<![\d-])\d{2}-\d{2}-\d{2}(?![\d-])", 0.3),
        ("sort code (spaced or plain)", r"(?<![\d-])\d{2} ?\d{2} ?\d{2}(?![\d-])", 0.2),
        ("before an 8-digit account", r"(?<!\d)\d{6}(?=\d{8}(?!\d))", 0.2),
    ]
    CONTEXT = ["sort", "sortcode", "sc", "branch", "bank", "debit"]
