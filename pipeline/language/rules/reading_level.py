"""``reading_level_mirroring``: the agent's reading level should be close to the customer's own."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ...schema import Finding
from ..context import LanguageContext
from .base import Rule, RuleParams, hardest_sentences, register


class ReadingLevelParams(RuleParams):
    max_grade_gap: float = Field(3.0, ge=0, description="Most Flesch–Kincaid grades the agent may be above.")
    min_customer_words: int = Field(20, gt=0, description="Fewer customer words than this gives na.")
    min_agent_words: int = Field(20, gt=0, description="Fewer agent words than this gives na.")
    max_evidence: int = Field(3, gt=0, description="Hardest agent sentences quoted on a fail.")
    min_sentence_words: int = Field(5, gt=0, description="Shorter sentences are not quoted as the hardest.")


@register("ccqa.rules.reading_level_mirroring.v1")
class ReadingLevelRule(Rule):
    """Flesch–Kincaid grade over all agent sentences minus the customer's; ``value`` is that gap."""

    Params = ReadingLevelParams
    EXPLANATION: ClassVar[dict[str, str]] = {
        "pass": "The agent's reading level (grade {agent_grade}) was close to the customer's own "
                "(grade {customer_grade}).",
        "fail": "The agent's language was at reading grade {agent_grade}, {gap} grades above the customer's own "
                "(grade {customer_grade}); the most allowed is {max_gap}.",
        "na": "Too little text to compare reading levels ({customer_words} customer words, "
              "{agent_words} agent words).",
        "suggestion": "Match the customer's language: use shorter sentences and the everyday words they use.",
    }
    FIELDS: ClassVar[dict[str, frozenset[str]]] = {
        key: frozenset({"agent_grade", "customer_grade", "gap", "max_gap", "agent_words", "customer_words"})
        for key in ("pass", "fail", "na")
    }

    def check(self, ctx: LanguageContext) -> Finding:
        p: ReadingLevelParams = self.params  # type: ignore[assignment]
        agent, customer = ctx.readability.agent, ctx.readability.customer
        a_words, c_words = (agent.words if agent else 0), (customer.words if customer else 0)
        fields = {"customer_words": c_words, "agent_words": a_words, "max_gap": f"{p.max_grade_gap:g}",
                      "agent_grade": "n/a", "customer_grade": "n/a", "gap": "n/a"}
        if (agent is None or customer is None or a_words < p.min_agent_words or c_words < p.min_customer_words
                or agent.flesch_kincaid_grade is None or customer.flesch_kincaid_grade is None):
            return self.finding(ctx, "na", **fields)
        gap = round(agent.flesch_kincaid_grade - customer.flesch_kincaid_grade, 2)
        fields.update(agent_grade=f"{agent.flesch_kincaid_grade:.1f}",
                      customer_grade=f"{customer.flesch_kincaid_grade:.1f}", gap=f"{gap:.1f}")
        if gap > p.max_grade_gap:
            evidence = hardest_sentences(ctx.by("agent"), p.max_evidence, p.min_sentence_words)
            return self.finding(ctx, "fail", evidence=evidence, value=gap,
                                suggestion=self.explanation["suggestion"].format(channel=ctx.channel), **fields)
        return self.finding(ctx, "pass", value=gap, **fields)
