from presidio_analyzer import Pattern

from ._base import NOT_MASKED, UkPatternRecognizer


class DigitFragmentRecognizer(UkPatternRecognizer):
    """Part of a long identifier read out over several turns ("9406 0376" … "carry on" …).

    One instance per entity in YAML (entity, digit range, context words). The base score is below the
    threshold, so a fragment is only taken when the entity's context word is near or in the previous
    turn; "card ending 6467" (a masked identifier) is never taken. The score only just clears the
    threshold with context, so a specific recognizer (sort code, account, CVV) wins a tie.
    """

    def __init__(self, entity: str, min_digits: int = 4, max_digits: int = 12, context: list[str] | None = None,
                 score: float = 0.16, supported_language: str = "en", name: str | None = None):
        regex = (NOT_MASKED + r"(?<![\d£$€-])(?<!\d[.,])"
                 rf"(?:\d[ -]?){{{min_digits - 1},{max_digits - 1}}}\d(?![\d-]|[.,]\d)")
        super().__init__(patterns=[Pattern(f"{min_digits}-{max_digits} digit fragment", regex, score)],
                         context=context or [], supported_language=supported_language,
                         supported_entity=entity, name=name or f"DigitFragmentRecognizer[{entity}]")
