from ._base import UkPatternRecognizer


class CardCvvRecognizer(UkPatternRecognizer):
    """Card security code (CVV/CVC): 3-4 digits, only with context."""

    ENTITY = "CARD_CVV"
    PATTERNS = [("3-4 digits", r"(?<![\d/:.,£$€-])\d{3,4}(?![\d/:.,%-])", 0.2)]
    CONTEXT = ["cvv", "cvc", "cv2", "csc", "security"]
