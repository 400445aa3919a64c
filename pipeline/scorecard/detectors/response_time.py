"""``ccqa.detect.response_time.v1``: every agent reply sent within the channel's service level.

Each agent turn that follows one or more customer turns is a reply; its delay runs from the first
customer turn it answers (``sent_at``). N/A for channels without a service level (calls) and when
timestamps are missing.
"""

from __future__ import annotations

from pydantic import Field

from ..context import ScoreContext
from ..cues import Hit
from .base import Detector, Outcome, Params, register


def _human(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    if seconds >= 120:
        return f"{seconds / 60:.0f} min"
    return f"{seconds:.0f} s"


class ResponseTimeParams(Params):
    sla_seconds: dict[str, float] = Field(description="Channel → longest acceptable reply time, seconds.")
    quote_chars: int = Field(60, gt=0, description="Characters of the late reply quoted as evidence.")


@register
class ResponseTime(Detector):
    name = "ccqa.detect.response_time.v1"
    Params = ResponseTimeParams

    def detect(self, ctx: ScoreContext) -> Outcome:
        sla = self.params.sla_seconds.get(ctx.channel)
        if sla is None:
            return Outcome("na", f"No response-time target is set for {ctx.channel}s.")
        turns = ctx.record.turns
        waiting = None  # sent_at of the first unanswered customer turn
        delays: list[tuple[float, int]] = []
        for turn in turns:
            if turn.sent_at is None:
                return Outcome("na", "Message timestamps are missing, so response time cannot be measured.")
            if turn.speaker.value == "customer":
                waiting = waiting or turn.sent_at
            elif waiting is not None:
                delays.append(((turn.sent_at - waiting).total_seconds(), turn.index))
                waiting = None
        if not delays:
            return Outcome("na", "No agent reply to a customer message to time.")
        worst, index = max(delays)
        text = turns[index].text
        end = min(len(text), self.params.quote_chars)
        evidence = ctx.evidence([Hit(index, 0, end, 0, 0, "reply")])
        if worst > sla:
            late = sum(d > sla for d, _ in delays)
            return Outcome("fail", f"{late} of {len(delays)} replies missed the {_human(sla)} target; the slowest "
                                   f"(turn {index}) took {_human(worst)}.", evidence)
        return Outcome("pass", f"Every reply was within the {_human(sla)} target (slowest {_human(worst)}).", evidence)
