"""``ccqa.detect.identity_order.v1``: identity verified in an agent/customer exchange *before* disclosure.

Find the first agent disclosure of account-specific information or change to the account (a
disclosure cue, or a redacted type listed in ``disclosure_types``). Verification counts when the agent
asked a security question in an earlier turn **and** the customer answered in a turn between that
question and the disclosure, or when the agent said the customer is verified (or logged in) anywhere
before the disclosure, even earlier in the same turn. Disclosure first, even by one sentence, fails.
"""

from __future__ import annotations

from pydantic import Field

from ..context import ScoreContext
from ..cues import Hit, placeholders
from .base import Cues, Detector, NegatableParams, Outcome, register


class IdentityOrderParams(NegatableParams):
    security_questions: Cues = Field(min_length=1, description="Agent asks for security details.")
    verified: Cues = Field((), description="Agent confirms the customer passed security.")
    disclosures: Cues = Field(min_length=1, description="Agent tells account-specific information.")
    disclosure_exclude: Cues = Field((), description="Phrases that look like disclosure but are not.")
    disclosure_types: tuple[str, ...] = Field((), description="Redacted entity types that disclose when an agent says them.")


@register
class IdentityOrder(Detector):
    name = "ccqa.detect.identity_order.v1"
    Params = IdentityOrderParams

    def load(self, nlp) -> "IdentityOrder":
        p = self.params
        self.ask_ = self.cues(p.security_questions, negation=True).load(nlp)
        self.ok_ = self.cues(p.verified, negation=True).load(nlp)
        self.tell_ = self.cues(p.disclosures, negation=True, exclude=p.disclosure_exclude).load(nlp)
        return self

    def _disclosure(self, ctx: ScoreContext) -> Hit | None:
        types = set(self.params.disclosure_types)
        for turn in ctx.by("agent"):
            hits = self.tell_.find(turn)
            for start, end, kind in placeholders(turn.text):
                if kind in types:
                    hits.append(Hit(turn.index, start, end, 0, 0, kind))
            if hits:
                return min(hits, key=lambda h: h.start)
        return None

    def detect(self, ctx: ScoreContext) -> Outcome:
        disclosed = self._disclosure(ctx)
        if disclosed is None:
            return Outcome("na", "The agent disclosed nothing account-specific, so no verification was needed.")
        where = (disclosed.turn, disclosed.start)
        agent_before = [t for t in ctx.by("agent") if t.index <= disclosed.turn]
        # a statement that the customer is verified (or logged in) counts when it comes first
        for hit in self.ok_.in_turns(agent_before):
            if (hit.turn, hit.start) < where:
                return Outcome("pass", f"The customer was verified (turn {hit.turn}) before the first account-specific "
                                       f"disclosure (turn {disclosed.turn}).", ctx.evidence([hit, disclosed]))
        # a security question counts once the customer has answered it, before the disclosure turn
        asked = self.ask_.in_turns(t for t in agent_before if t.index < disclosed.turn)
        for ask in asked:
            if any(t.speaker == "customer" and ask.turn < t.index < disclosed.turn for t in ctx.turns):
                return Outcome("pass", f"Security questions were asked and answered (turn {ask.turn}) before the "
                                       f"first account-specific disclosure (turn {disclosed.turn}).",
                               ctx.evidence([ask, disclosed]))
        if asked or self.ask_.find(ctx.turns[disclosed.turn]):
            return Outcome("fail", f"The agent disclosed account details (turn {disclosed.turn}) before the customer "
                                   "had answered the security questions.", ctx.evidence([disclosed, *asked[:1]]))
        return Outcome("fail", f"The agent disclosed account details (turn {disclosed.turn}) without verifying "
                               "the customer's identity first.", ctx.evidence([disclosed]))
