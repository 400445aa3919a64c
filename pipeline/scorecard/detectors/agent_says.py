"""``ccqa.detect.agent_says.v1``: the agent says something of each required kind (checks, summaries …).

``groups`` maps a name to cue phrases; with ``mode: all`` every group must be found, with ``mode: any``
one is enough. ``last_agent_turns`` limits the search to the end of the interaction (a summary
belongs at the close, not the start).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from ..context import ScoreContext
from .base import Detector, NegatableParams, Outcome, quote_list, register


class AgentSaysParams(NegatableParams):
    groups: dict[str, tuple[str, ...]] = Field(min_length=1, description="Name → cue phrases.")
    mode: Literal["all", "any"] = "any"
    last_agent_turns: int | None = Field(None, ge=1, description="Search only the agent's last N turns.")
    negation: bool = False
    passed: str = Field("The agent did this.", description="Explanation when the item passes.")
    failed: str = Field("The agent did not do this.", description="Explanation when it fails; missing groups are named.")

    @field_validator("groups")
    @classmethod
    def _cue_groups(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        from ..cues import CueSyntaxError, check_cues

        for name, phrases in value.items():
            if not phrases:
                raise ValueError(f"group '{name}' has no cue phrases")
            try:
                check_cues(phrases)
            except CueSyntaxError as err:
                raise ValueError(f"group '{name}': bad cue phrase: {err}") from err
        return value


@register
class AgentSays(Detector):
    name = "ccqa.detect.agent_says.v1"
    Params = AgentSaysParams

    def load(self, nlp) -> "AgentSays":
        self.groups_ = {k: self.cues(v, self.params.negation).load(nlp) for k, v in self.params.groups.items()}
        return self

    def detect(self, ctx: ScoreContext) -> Outcome:
        turns = ctx.by("agent")
        if self.params.last_agent_turns:
            turns = turns[-self.params.last_agent_turns:]
        found = {k: cs.in_turns(turns) for k, cs in self.groups_.items()}
        hits = [v[0] for v in found.values() if v]
        missing = [k.replace("_", " ") for k, v in found.items() if not v]
        ok = not missing if self.params.mode == "all" else bool(hits)
        if ok:
            return Outcome("pass", self.params.passed, ctx.evidence(sorted(hits, key=lambda h: (h.turn, h.start))))
        why = self.params.failed
        if self.params.mode == "all" and hits:
            why = why.rstrip(".") + f" (missing: {quote_list(missing)})."
        return Outcome("fail", why, ctx.evidence(hits))
