from ._base import NOT_MASKED, UkPatternRecognizer

LABELLED = "(?:" + "|".join(f"(?<={cue} )" for cue in (
    "cvv", "cvv:", "cvc", "cvc:", "cv2", "csc", "security code", "security code:", "security code is",
    "security number", "cvv is", "cvc is")) + ")"


class CardCvvRecognizer(UkPatternRecognizer):
    """Card security code (CVV/CVC): 3-4 digits, only with context."""

    ENTITY = "CARD_CVV"
    PATTERNS = [("3-4 digits", NOT_MASKED + r"(?<![\d/:£$€-])(?<!\d[.,])\d{3,4}(?!\d|[/:%-]|[.,]\d)", 0.2),
                ("labelled 3-4 digits", LABELLED + r"\d{3,4}(?!\d|[/:%-]|[.,]\d)", 0.7)]
    CONTEXT = ["cvv", "cvc", "cv2", "csc", "cid", "digit", "verification", "signature", "code"]
