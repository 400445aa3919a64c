"""``checks_understanding``: after explaining something, the agent invites questions or checks understanding."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field, field_validator

from ...schema import Finding
from ..context import LanguageContext
from ..readability import words_of
from .base import Rule, RuleParams, quote_list, register
from .patterns import Compiled, check_phrase, token_matcher, tokenizer


class ChecksUnderstandingParams(RuleParams):
    cues: tuple[str, ...] = Field((), description="Check-understanding and teach-back phrases (phrase syntax).")
    min_agent_words: int = Field(40, gt=0, description="Fewer agent words than this (no real explanation) "
                                                       "gives na.")
    max_evidence: int = Field(3, gt=0)

    @field_validator("cues")
    @classmethod
    def _syntax(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(check_phrase(p) for p in value)


@register("ccqa.rules.checks_understanding.v1")
class ChecksUnderstandingRule(Rule):
    """Pass when an agent turn contains one of the cue phrases (token ``Matcher``, NORM and LEMMA)."""

    Params = ChecksUnderstandingParams
    EXPLANATION: ClassVar[dict[str, str]] = {
        "pass": "The agent checked the customer's understanding: {items}.",
        "fail": "The agent explained things ({agent_words} words) but never checked the customer understood "
                "or invited questions.",
        "na": "The agent gave no substantial explanation ({agent_words} words), so checking understanding "
              "was not needed.",
        "suggestion": "After explaining, ask 'Does that make sense?' or 'What questions do you have?', or ask the "
                      "customer to say back what happens next.",
    }
    FIELDS: ClassVar[dict[str, frozenset[str]]] = {
        "pass": frozenset({"items", "agent_words"}),
        "fail": frozenset({"agent_words"}),
        "na": frozenset({"agent_words"}),
    }

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._matcher = Compiled(lambda vocab: token_matcher(
            vocab, [("cue", c) for c in self.params.cues], tokenizer(vocab)))  # type: ignore[attr-defined]

    def check(self, ctx: LanguageContext) -> Finding:
        from spacy.util import filter_spans

        p: ChecksUnderstandingParams = self.params  # type: ignore[assignment]
        agent = ctx.by("agent")
        agent_words = sum(len(words_of(t.text)) for t in agent)
        if agent_words < p.min_agent_words:
            return self.finding(ctx, "na", agent_words=agent_words)
        hits = []
        for turn in agent:
            matcher = self._matcher.get(turn.doc.vocab)
            spans = filter_spans([turn.doc[s:e] for _, s, e in matcher(turn.doc)])
            hits.extend((turn, span) for span in spans)
        if not hits:
            return self.finding(ctx, "fail", agent_words=agent_words, value=0.0,
                                suggestion=self.explanation["suggestion"].format(channel=ctx.channel))
        shown = hits[:p.max_evidence]
        return self.finding(ctx, "pass", evidence=[t.evidence(s.start_char, s.end_char) for t, s in shown],
                            value=float(len(hits)), agent_words=agent_words,
                            items=quote_list([(t.text[s.start_char:s.end_char], t.index) for t, s in shown]))
