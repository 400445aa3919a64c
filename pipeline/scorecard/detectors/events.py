"""``ccqa.event.cues.v1``: an event (complaint, vulnerability, fraud, …) shown by cue phrases in a speaker's turns."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..cues import Hit
from .base import Cues, EventDetector, NegatableParams, register


class CueEventParams(NegatableParams):
    speakers: tuple[Literal["agent", "customer"], ...] = Field(("customer",), min_length=1,
                                                               description="Whose turns are searched.")
    cues: Cues = Field(min_length=1, description="Phrases that show the event (cue syntax: pipeline/scorecard/cues.py).")
    exclude: Cues = Field((), description="Phrases that cancel an overlapping cue ('no complaints').")
    negation: bool = Field(True, description="Drop a cue with not/never/no just before it.")


@register
class CueEvent(EventDetector):
    """The event happened when any cue appears in the configured speakers' turns."""

    name = "ccqa.event.cues.v1"
    Params = CueEventParams

    def load(self, nlp) -> "CueEvent":
        self.cues_ = self.cues(self.params.cues, self.params.negation, self.params.exclude).load(nlp)
        return self

    def detect(self, ctx) -> tuple[Hit, ...]:
        turns = [t for t in ctx.turns if t.speaker in self.params.speakers]
        return tuple(self.cues_.in_turns(turns))


class AnyOfParams(NegatableParams):
    events: tuple[str, ...] = Field(min_length=1, description="Events (defined earlier in the YAML) any of which raises this one.")


@register
class AnyOfEvents(EventDetector):
    """An umbrella event: raised wherever any of the named events was found (FCA: a regulator or media
    threat is itself an expression of dissatisfaction). Must be declared after the events it names."""

    name = "ccqa.event.any_of.v1"
    Params = AnyOfParams

    def detect(self, ctx) -> tuple[Hit, ...]:
        return tuple(ctx.event_hits(self.params.events))
