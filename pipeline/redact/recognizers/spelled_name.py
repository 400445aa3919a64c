from ._base import UkPatternRecognizer


class SpelledNameRecognizer(UkPatternRecognizer):
    """A name spelt out letter by letter ("d e s a i", "double l"), with spelling context nearby."""

    ENTITY = "PERSON"
    PATTERNS = [("spelt letters", r"\b(?:(?:double |triple )?[a-z](?:[ ,.-]+|$)){2,}(?:double |triple )?[a-z]\b", 0.3)]
    CONTEXT = ["spell", "spelt", "spelling", "surname", "name", "letter"]
