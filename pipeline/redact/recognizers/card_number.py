from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer


class CardNumberRecognizer(CreditCardRecognizer):
    """Presidio's card recognizer (Luhn checked) plus Mastercard's 2-series (2221–2720) it does not cover."""

    EXTRA = [Pattern("Mastercard 2-series", r"\b2[2-7]\d{2}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}\b", 0.3)]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.patterns = list(self.patterns) + list(self.EXTRA)
