"""``readability_threshold``: the agent's Flesch reading ease must reach a per-channel minimum."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ...schema import Finding
from ..context import LanguageContext
from ..readability import score
from .base import Rule, RuleParams, register, sentence_evidence, sentences_of


class MinReadingEase(RuleParams):
    call: float = Field(50.0, description="Lowest Flesch reading ease for calls (speech is judged more loosely).")
    chat: float = Field(60.0)
    email: float = Field(60.0)


class ReadabilityThresholdParams(RuleParams):
    min_reading_ease: MinReadingEase = MinReadingEase()
    min_agent_words: int = Field(30, gt=0, description="Fewer agent words than this gives na.")
    max_evidence: int = Field(3, gt=0, description="Hardest agent sentences quoted on a fail.")
    min_sentence_words: int = Field(5, gt=0, description="Shorter sentences are not quoted as the hardest.")


@register("ccqa.rules.readability_threshold.v1")
class ReadabilityThresholdRule(Rule):
    """Flesch reading ease over all agent sentences (``ctx.readability.agent``); ``value`` is that score."""

    Params = ReadabilityThresholdParams
    EXPLANATION: ClassVar[dict[str, str]] = {
        "pass": "The agent's language was easy to read (reading ease {ease}; {minimum} or more expected for "
                "{channel} interactions).",
        "fail": "The agent's language was hard to read (reading ease {ease}, below the {minimum} expected for "
                "{channel} interactions).",
        "na": "The agent wrote or said too little to judge readability ({agent_words} words).",
        "suggestion": "Use shorter sentences and everyday words: 'use' not 'utilise', 'about' not 'regarding'.",
    }
    FIELDS: ClassVar[dict[str, frozenset[str]]] = {
        "pass": frozenset({"ease", "minimum", "agent_words"}),
        "fail": frozenset({"ease", "minimum", "agent_words"}),
        "na": frozenset({"agent_words"}),
    }

    def check(self, ctx: LanguageContext) -> Finding:
        p: ReadabilityThresholdParams = self.params  # type: ignore[assignment]
        agent = ctx.readability.agent
        words = agent.words if agent else 0
        if agent is None or words < p.min_agent_words or agent.flesch_reading_ease is None:
            return self.finding(ctx, "na", agent_words=words)
        ease, minimum = agent.flesch_reading_ease, getattr(p.min_reading_ease, ctx.channel)
        fields = {"ease": f"{ease:.1f}", "minimum": f"{minimum:g}", "agent_words": words}
        if ease >= minimum:
            return self.finding(ctx, "pass", value=ease, **fields)
        scored = []
        for order, (turn, sent) in enumerate(sentences_of(ctx.by("agent"))):
            s = score([turn.sentence_text(sent)])
            if s.words >= p.min_sentence_words and s.flesch_reading_ease is not None:
                scored.append((s.flesch_reading_ease, order, turn, sent))
        hardest = sorted(sorted(scored, key=lambda x: (x[0], x[1]))[:p.max_evidence], key=lambda x: x[1])
        return self.finding(ctx, "fail", evidence=[sentence_evidence(t, s) for *_, t, s in hardest], value=ease,
                            suggestion=self.explanation["suggestion"].format(channel=ctx.channel), **fields)
