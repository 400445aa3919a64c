from ._base import UkPatternRecognizer


class UkNinoRecognizer(UkPatternRecognizer):
    """UK National Insurance number, with HMRC's prefix rules; QQ (the published example prefix) allowed."""

    ENTITY = "UK_NINO"
    PATTERNS = [("NINO", r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", 0.5)]
    CONTEXT = ["national", "insurance", "ni", "nino"]
    INVALID_FIRST = set("DFIQUV")
    INVALID_SECOND = set("DFIQUVO")
    INVALID_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    ALLOWED_PREFIXES = {"QQ"}

    def validate_result(self, pattern_text: str) -> bool:
        prefix = "".join(ch for ch in pattern_text if ch.isalpha())[:2].upper()
        if prefix in self.ALLOWED_PREFIXES:
            return True
        return (prefix[0] not in self.INVALID_FIRST and prefix[1] not in self.INVALID_SECOND
                and prefix not in self.INVALID_PREFIXES)
