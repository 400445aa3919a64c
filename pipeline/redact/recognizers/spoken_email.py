from ._base import UkPatternRecognizer

TLD = r"(?:com|co dot uk|org dot uk|org|net|uk|ac dot uk|gov dot uk|ie|io|me|info|biz|edu)"


class SpokenEmailRecognizer(UkPatternRecognizer):
    """An email address dictated in words: ``john dot smith at gmail dot com``."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [
        ("spoken email",
         rf"\b[a-z0-9]+(?:\s+(?:dot|underscore|hyphen|dash)\s+[a-z0-9]+|\s+[a-z0-9]\b|\s+\d+)*\s+at\s+"
         rf"[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*?\s+dot\s+{TLD}\b", 0.85),
        ("email with spaces", r"\b[\w.+-]+\s?@\s?[\w-]+(?:\s?\.\s?[\w-]+)+\b", 0.6),
    ]
    CONTEXT = ["email", "e-mail", "address"]
