"""``ccqa.detect.sensitive_data.v1``: the agent never asks for, reads back or writes full card or account data.

Fails when an agent turn

* asks for the full card number, PIN or CVV (``requests`` cues; "we'll never ask for your PIN" is
  negated and "just the last four digits" or a secure payment line is excluded);
* contains card data the redactor replaced (``agent_types``: a ``<CREDIT_CARD>`` read back), or, in a
  written channel, account data or a password (``written_types``, ``written_cues``).

A placeholder that is really an amount or a reading ("<CREDIT_CARD> pounds", "reading of <…>") is
ignored: spoken digits can look like card digits to the redactor.
"""

from __future__ import annotations

from pydantic import Field

from ..context import ScoreContext
from ..cues import Hit, placeholders
from .base import Cues, Detector, NegatableParams, Outcome, register


class SensitiveDataParams(NegatableParams):
    requests: Cues = Field(min_length=1, description="Agent asks for full card number, PIN, CVV …")
    exclude: Cues = Field((), description="Phrases that cancel a request ('never ask for your pin', 'last four digits').")
    agent_types: tuple[str, ...] = Field(("CREDIT_CARD", "CARD_CVV"), description="Entity types an agent must never say or write.")
    written_types: dict[str, tuple[str, ...]] = Field(default_factory=dict,
                                                      description="Channel → further entity types an agent must not write.")
    written_cues: dict[str, tuple[str, ...]] = Field(default_factory=dict,
                                                     description="Channel → phrases that write out a secret (temporary password).")
    amount_after: tuple[str, ...] = Field(("pounds", "pound", "quid", "pence", "p"),
                                          description="A placeholder followed by one of these is an amount, not data.")
    ignore_before: tuple[str, ...] = Field(("£", "reading of", "reading", "order", "reference"),
                                           description="A placeholder right after one of these is not card/account data.")


@register
class SensitiveData(Detector):
    name = "ccqa.detect.sensitive_data.v1"
    Params = SensitiveDataParams

    def load(self, nlp) -> "SensitiveData":
        p = self.params
        self.ask_ = self.cues(p.requests, negation=True, exclude=p.exclude).load(nlp)
        self.written_ = {ch: self.cues(cues, negation=True).load(nlp) for ch, cues in p.written_cues.items()}
        return self

    def _is_data(self, text: str, start: int, end: int) -> bool:
        after = text[end:].lstrip().lower()
        word = after.split(maxsplit=1)[0].strip(".,;:!?") if after else ""
        if word in self.params.amount_after:
            return False
        before = text[:start].rstrip().lower()
        return not any(before.endswith(w) for w in self.params.ignore_before)

    def detect(self, ctx: ScoreContext) -> Outcome:
        p = self.params
        types = set(p.agent_types) | set(p.written_types.get(ctx.channel, ()))
        written = self.written_.get(ctx.channel)
        for turn in ctx.by("agent"):
            spans = {(s.start, s.end, s.type) for s in ctx.record.turns[turn.index].pii if s.type in types}
            spans |= {s for s in placeholders(turn.text) if s[2] in types}
            spans = sorted(s for s in spans if self._is_data(turn.text, s[0], s[1]))
            if spans:
                start, end, kind = spans[0]
                what = "written reply" if ctx.channel == "email" else "turn"
                return Outcome("fail", f"The agent's {what} {turn.index} contains {kind.replace('_', ' ').lower()} data.",
                               ctx.evidence([Hit(turn.index, start, end, 0, 0, kind)]))
            asks = self.ask_.find(turn) + (written.find(turn) if written else [])
            if asks:
                return Outcome("fail", f"The agent asked for or wrote out sensitive card or security details in turn "
                                       f"{turn.index}.", ctx.evidence(asks))
        return Outcome("pass", "The agent did not ask for or repeat full card numbers, PINs, security codes or passwords.")
