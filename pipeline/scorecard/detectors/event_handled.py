"""``ccqa.detect.event_handled.v1``: an event the customer raised was acknowledged and acted on.

Used for complaints (acknowledged and registered or referred; a written final response names the
Financial Ombudsman Service), vulnerability (acknowledged and support put in place) and risk events
(flagged and escalated). Agent responses count from the turn the event first shows.
"""

from __future__ import annotations

from pydantic import Field

from ..context import ScoreContext
from .base import Cues, Detector, NegatableParams, Outcome, Params, register


class WrittenFinal(Params):
    channels: tuple[str, ...] = ("email",)
    when: Cues = Field((), description="Phrases that make the agent's last message a final response (empty: always).")
    cues: Cues = Field(min_length=1, description="What the written final response must mention.")
    what: str = Field("the required signposting", description="Named in the explanation when missing.")


class EventHandledParams(NegatableParams):
    events: tuple[str, ...] = Field(min_length=1, description="Event names (scorecard 'events') that trigger the item.")
    acknowledge: Cues = Field((), description="Agent acknowledges (sorry, I understand …); empty: not required.")
    act: Cues = Field(min_length=1, description="Agent acts: logs, refers, escalates, puts support in place.")
    act_exclude: Cues = Field((), description="Phrases that cancel an overlapping action cue.")
    written_final: WrittenFinal | None = Field(None, description="Extra requirement on a written final response.")
    event_word: str = Field("the issue", description="How the explanation names the event.")


@register
class EventHandled(Detector):
    name = "ccqa.detect.event_handled.v1"
    Params = EventHandledParams

    def load(self, nlp) -> "EventHandled":
        p = self.params
        self.ack_ = self.cues(p.acknowledge).load(nlp)  # "oh no, I'm so sorry" is still an apology
        self.act_ = self.cues(p.act, negation=True, exclude=p.act_exclude).load(nlp)
        self.final_ = self.cues(p.written_final.cues).load(nlp) if p.written_final else None
        self.is_final_ = self.cues(p.written_final.when, negation=True).load(nlp) if p.written_final else None
        return self

    def detect(self, ctx: ScoreContext) -> Outcome:
        p = self.params
        events = ctx.event_hits(p.events)
        if not events:
            return Outcome("na", f"No {p.event_word} was raised.")
        first = events[0].turn
        after = [t for t in ctx.by("agent") if t.index >= first]
        acks = self.ack_.in_turns(after) if p.acknowledge else []
        acts = self.act_.in_turns(after)
        missing = []
        if p.acknowledge and not acks:
            missing.append("acknowledged")
        if not acts:
            missing.append("acted on")
        final_hits = []
        final = p.written_final
        if final and ctx.channel in final.channels and after and (not final.when or self.is_final_.find(after[-1])):
            final_hits = self.final_.find(after[-1])
            if not final_hits:
                missing.append(f"answered with {p.written_final.what}")
        evidence = ctx.evidence([events[0], *(acks[:1]), *(acts[:1]), *(final_hits[:1])], 4)
        if missing:
            return Outcome("fail", f"The customer raised {p.event_word} (turn {first}) but it was not "
                                   f"{' or '.join(missing)}.", evidence)
        return Outcome("pass", f"The customer raised {p.event_word} (turn {first}) and the agent acknowledged "
                               "it and acted on it.", evidence)
