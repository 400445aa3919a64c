"""Shared base: a PatternRecognizer whose rules are class constants a constructor may override."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer


class UkPatternRecognizer(PatternRecognizer):
    """Subclasses set ``ENTITY``, ``PATTERNS`` (name, regex, score) and ``CONTEXT``.

    Context-gated entities use a base score below the analyzer threshold, so only a context word
    (in the five tokens before, or in the previous turn) lifts them over it.
    """

    ENTITY = ""
    PATTERNS: list[tuple[str, str, float]] = []
    CONTEXT: list[str] = []

    def __init__(self, patterns: list[Pattern] | None = None, context: list[str] | None = None,
                 supported_language: str = "en", supported_entity: str | None = None, name: str | None = None):
        patterns = patterns or [Pattern(n, r, s) for n, r, s in self.PATTERNS]
        super().__init__(supported_entity=supported_entity or self.ENTITY, patterns=patterns,
                         context=list(context if context is not None else self.CONTEXT),
                         supported_language=supported_language, name=name)


#: Not the last digits of a masked card or account ("card ending 6467", "ends in", "last four").
NOT_MASKED = r"(?<!ending )(?<!ending in )(?<!ends in )(?<!ends )(?<!last four )(?<!last )"


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
