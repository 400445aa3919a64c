"""``ccqa.detect.opening.v1``: the agent's first turn opens the interaction properly for its channel.

``groups`` name cue lists (greeting, introduction, help offer, acknowledgement …) and ``require``
says which groups the first agent turn must contain on each channel: on a call, a greeting, the
agent's or organisation's name and an offer of help; in an email, a greeting and thanks for the
customer's message. A redacted name (``<PERSON>``) in the first turn counts as an introduction.
"""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from ..context import ScoreContext
from ..cues import Hit, placeholders
from .base import Detector, Outcome, Params, quote_list, register


class OpeningParams(Params):
    groups: dict[str, tuple[str, ...]] = Field(min_length=1, description="Name → cue phrases.")
    require: dict[str, tuple[str, ...]] = Field(min_length=1, description="Channel → groups the first agent turn needs.")
    name_placeholders: dict[str, tuple[str, ...]] = Field(
        default_factory=dict, description="Group → redacted entity types that count for it (introduction: [PERSON]).")

    @field_validator("groups")
    @classmethod
    def _cue_groups(cls, value):
        from ..cues import CueSyntaxError, check_cues

        for name, phrases in value.items():
            try:
                check_cues(phrases)
            except CueSyntaxError as err:
                raise ValueError(f"group '{name}': bad cue phrase: {err}") from err
        return value

    @model_validator(mode="after")
    def _known_groups(self):
        for channel, names in self.require.items():
            unknown = [n for n in names if n not in self.groups]
            if unknown:
                raise ValueError(f"require.{channel} names unknown group(s) {unknown}; defined: {sorted(self.groups)}")
        return self


@register
class Opening(Detector):
    name = "ccqa.detect.opening.v1"
    Params = OpeningParams

    def load(self, nlp) -> "Opening":
        self.groups_ = {k: self.cues(v).load(nlp) for k, v in self.params.groups.items()}
        return self

    def detect(self, ctx: ScoreContext) -> Outcome:
        needed = self.params.require.get(ctx.channel)
        if not needed:
            return Outcome("na", f"No opening standard is set for {ctx.channel}s.")
        agent = ctx.by("agent")
        if not agent:
            return Outcome("fail", "The agent never spoke, so there was no opening.")
        first = agent[0]
        found: dict[str, list[Hit]] = {}
        for group in needed:
            hits = self.groups_[group].find(first)
            types = set(self.params.name_placeholders.get(group, ()))
            hits += [Hit(first.index, s, e, 0, 0, t) for s, e, t in placeholders(first.text) if t in types]
            found[group] = sorted(hits, key=lambda h: h.start)
        missing = [g.replace("_", " ") for g in needed if not found[g]]
        evidence = ctx.evidence([h[0] for h in found.values() if h], 4)
        if missing:
            return Outcome("fail", f"The agent's opening has no {quote_list(missing)}.", evidence)
        return Outcome("pass", f"The agent's opening has {quote_list([g.replace('_', ' ') for g in needed])}.",
                       evidence)
