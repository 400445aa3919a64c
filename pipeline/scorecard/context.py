"""What every scorecard detector sees: the redacted interaction, each turn parsed once, and the events found."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..language.context import TurnView
from ..schema import Evidence, RedactedInteraction
from .cues import Hit


@dataclass(frozen=True)
class ScoreContext:
    """One interaction as the scorecard sees it; built once, shared by every event and item detector."""

    record: RedactedInteraction
    turns: tuple[TurnView, ...]
    events: Mapping[str, tuple[Hit, ...]] = field(default_factory=dict)

    @property
    def channel(self) -> str:
        return self.record.channel.value

    def by(self, speaker: str) -> tuple[TurnView, ...]:
        return tuple(t for t in self.turns if t.speaker == speaker)

    def evidence(self, hits: Iterable[Hit], most: int = 3) -> tuple[Evidence, ...]:
        """Evidence quoting the redacted text of each hit (first ``most``)."""
        out = []
        for hit in hits:
            out.append(self.turns[hit.turn].evidence(hit.start, hit.end))
            if len(out) >= most:
                break
        return tuple(out)

    def event_hits(self, names: Iterable[str]) -> list[Hit]:
        return sorted((h for n in names for h in self.events.get(n, ())), key=lambda h: (h.turn, h.start))
