"""What every language check sees: the redacted interaction with each turn parsed once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..schema import Evidence, Readability, RedactedInteraction
from .nlp import Sentence


@dataclass(frozen=True)
class TurnView:
    """One redacted turn, its spaCy ``Doc`` and its sentences (speech-aware)."""

    index: int
    speaker: str  # "agent" | "customer"
    text: str  # redacted
    doc: Any  # spacy.tokens.Doc
    sentences: tuple[Sentence, ...]

    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start_char:s.end_char]

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence quoting this turn's redacted text between two character offsets."""
        return Evidence(turn=self.index, start=start, end=end, quote=self.text[start:end])


@dataclass(frozen=True)
class LanguageContext:
    record: RedactedInteraction
    turns: tuple[TurnView, ...]
    readability: Readability

    @property
    def channel(self) -> str:
        return self.record.channel.value

    def by(self, speaker: str) -> tuple[TurnView, ...]:
        return tuple(t for t in self.turns if t.speaker == speaker)
