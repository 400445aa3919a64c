from ._base import NOT_MASKED, UkPatternRecognizer

# The value right after its own label ("exp 10/30", "expiry: 0830") needs no other context.
LABELLED = "(?:" + "|".join(f"(?<={cue} )" for cue in (
    "exp", "exp:", "expiry", "expiry:", "expires", "expiry date", "expiry date is", "expiry date:", "valid to",
    "valid until", "end date", "end date is", "expires on", "expiring")) + ")"

MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")


class CardExpiryRecognizer(UkPatternRecognizer):
    """Card expiry date (MM/YY, MM/YYYY, month + year), only with context."""

    ENTITY = "CARD_EXPIRY"
    PATTERNS = [
        ("MM/YY", NOT_MASKED + r"(?<![\d/])(?:0?[1-9]|1[0-2]) ?[/.-] ?(?:20)?\d{2}(?![\d/])", 0.2),
        ("MMYY", NOT_MASKED + r"(?<!\d)(?:0[1-9]|1[0-2])(?:20)?\d{2}(?!\d)", 0.2),
        ("labelled MM/YY", LABELLED + r"(?:0?[1-9]|1[0-2]) ?[/.-]? ?(?:20)?\d{2}(?![\d/])", 0.7),
        ("spoken MYY", NOT_MASKED + r"(?<![\d/])[1-9][23]\d(?![\d/])", 0.2),
        ("month year", rf"\b{MONTHS} (?:20)?\d{{2}}\b", 0.2),
    ]
    CONTEXT = ["expiry", "expires", "expire", "exp", "valid", "expiration", "until", "thru", "run", "end"]
