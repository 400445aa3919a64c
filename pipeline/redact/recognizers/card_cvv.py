from ._base import NOT_MASKED, UkPatternRecognizer


class CardCvvRecognizer(UkPatternRecognizer):
    """Card security code (CVV/CVC): 3-4 digits, only with context."""

    ENTITY = "CARD_CVV"
    PATTERNS = [("3-4 digits", NOT_MASKED + r"(?<![\d/:£$€-])(?<!\d[.,])\d{3,4}(?!\d|[/:%-]|[.,]\d)", 0.2)]
    CONTEXT = ["cvv", "cvc", "cv2", "csc", "cid", "digit", "verification", "signature", "code"]
