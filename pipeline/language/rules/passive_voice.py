"""``passive_voice``: share of the agent's sentences built in the passive, from the dependency parse."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ...schema import Finding
from ..context import LanguageContext
from .base import (
    Rule,
    RuleParams,
    register,
    sentence_evidence,
    sentences_of,
    turns_list,
)

PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass", "csubjpass"})


class PassiveVoiceParams(RuleParams):
    max_share: float = Field(0.3, ge=0, le=1, description="Most passive sentences, as a share of the agent's.")
    min_sentences: int = Field(4, gt=0, description="Fewer agent sentences than this gives na.")
    max_evidence: int = Field(5, gt=0)


@register("ccqa.rules.passive_voice.v1")
class PassiveVoiceRule(Rule):
    """A sentence is passive when one of its tokens has a passive dependency (nsubjpass, auxpass, csubjpass)."""

    Params = PassiveVoiceParams
    EXPLANATION: ClassVar[dict[str, str]] = {
        "pass": "{passive} of the agent's {sentences} sentences were passive ({percent}%), within the "
                "{max_percent}% allowed.",
        "fail": "{passive} of the agent's {sentences} sentences were passive ({percent}%), more than the "
                "{max_percent}% allowed ({turns}).",
        "na": "The agent said too little to judge passive voice ({sentences} sentences; at least {min_sentences} "
              "needed).",
        "suggestion": "Say who does what: 'We will refund you' rather than 'You will be refunded'.",
    }
    FIELDS: ClassVar[dict[str, frozenset[str]]] = {
        "pass": frozenset({"passive", "sentences", "percent", "max_percent"}),
        "fail": frozenset({"passive", "sentences", "percent", "max_percent", "turns"}),
        "na": frozenset({"sentences", "min_sentences"}),
    }

    def check(self, ctx: LanguageContext) -> Finding:
        p: PassiveVoiceParams = self.params  # type: ignore[assignment]
        sents = list(sentences_of(ctx.by("agent")))
        if len(sents) < p.min_sentences:
            return self.finding(ctx, "na", sentences=len(sents), min_sentences=p.min_sentences)
        passive = [(t, s) for t, s in sents if any(tok.dep_ in PASSIVE_DEPS for tok in t.doc[s.start:s.end])]
        share = round(len(passive) / len(sents), 2)
        fields = {"passive": len(passive), "sentences": len(sents), "percent": f"{100 * share:.0f}",
                      "max_percent": f"{100 * p.max_share:.0f}"}
        if share > p.max_share:
            return self.finding(ctx, "fail", evidence=[sentence_evidence(t, s) for t, s in passive[:p.max_evidence]],
                                value=share, turns=turns_list(t.index for t, _ in passive),
                                suggestion=self.explanation["suggestion"].format(channel=ctx.channel), **fields)
        return self.finding(ctx, "pass", value=share, **fields)
