from ._base import UkPatternRecognizer
from .card_expiry import MONTHS

ORDINAL_WORDS = (r"(?:(?:twenty|thirty)[ -]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                 r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                 r"nineteenth|twentieth|thirtieth")
CARDINAL_WORDS = (r"(?:(?:twenty|thirty)[ -]?)?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|"
                  r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty")
DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{ORDINAL_WORDS}|{CARDINAL_WORDS})"
YEAR = r"(?:19|20)?\d{2}"


class DateOfBirthRecognizer(UkPatternRecognizer):
    """A date said or written as a birth date: needs context ("date of birth", "born", "DOB")."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        ("dd/mm/yyyy", r"(?<![\d/])\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?(?:19|20)?\d{2}(?![\d/])", 0.2),
        ("day month year", rf"\b(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTHS},?\s+{YEAR}\b", 0.25),
        ("month day year", rf"\b{MONTHS}\s+(?:the\s+)?{DAY},?\s+{YEAR}\b", 0.25),
        ("day of the nth", rf"\b{DAY}\s+of\s+the\s+(?:{ORDINAL_WORDS}|\d{{1,2}}(?:st|nd|rd|th)?)\s+{YEAR}\b", 0.25),
        ("spoken d m yy", r"(?<![\d/-])\d{4,6}(?![\d/-])", 0.2),
        ("yyyy-mm-dd", r"(?<![\d-])(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\d-])", 0.25),
        ("ddmmyy(yy)", r"(?<![\d-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)?\d{2}(?![\d-])", 0.2),
    ]
    # "bear" is spaCy's lemma of "born".
    CONTEXT = ["birth", "born", "bear", "dob", "birthday", "d.o.b"]
