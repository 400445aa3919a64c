"""``positive_language``: negative or blaming phrases the agent used, each with a positive rewrite."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ...schema import Finding
from ..context import LanguageContext
from .base import Rule, RuleParams, quote_list, register
from .patterns import Compiled, check_phrase, token_matcher, tokenizer


class Phrase(BaseModel):
    """One negative phrase: how it is said (phrase syntax, see ``patterns``) and what to say instead."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    match: tuple[str, ...] = Field(min_length=1, description="Phrases, e.g. 'you ~fail to'.")
    rewrite: str = Field(min_length=1, description="A positive way to say it.")
    enabled: bool = True

    @field_validator("match")
    @classmethod
    def _syntax(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(check_phrase(p) for p in value)


class PositiveLanguageParams(RuleParams):
    phrases: tuple[Phrase, ...] = ()
    max_evidence: int = Field(10, gt=0)


@register("ccqa.rules.positive_language.v1")
class PositiveLanguageRule(Rule):
    """Token ``Matcher`` patterns (NORM and LEMMA), so inflections and unpunctuated speech match."""

    Params = PositiveLanguageParams
    EXPLANATION: ClassVar[dict[str, str]] = {
        "pass": "The agent used no negative or blaming phrases.",
        "na": "The agent said nothing to check.",
        "fail": "The agent used negative or blaming language: {items}.",
        "suggestion": "Instead of '{phrase}', try: \"{rewrite}\"",
    }
    FIELDS: ClassVar[dict[str, frozenset[str]]] = {
        "fail": frozenset({"items", "count"}),
        "suggestion": frozenset({"phrase", "rewrite"}),
    }

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._matcher = Compiled(self._build)

    def _build(self, vocab: Any) -> Any:
        make_doc = tokenizer(vocab)
        pairs = [(str(i), phrase) for i, entry in enumerate(self.params.phrases)  # type: ignore[attr-defined]
                 if entry.enabled for phrase in entry.match]
        return token_matcher(vocab, pairs, make_doc)

    def check(self, ctx: LanguageContext) -> Finding:
        from spacy.util import filter_spans

        p: PositiveLanguageParams = self.params  # type: ignore[assignment]
        if not ctx.by("agent"):
            return self.finding(ctx, "na")
        hits = []  # (turn, span, phrase index)
        for turn in ctx.by("agent"):
            matcher = self._matcher.get(turn.doc.vocab)
            spans = [turn.doc[s:e] for _, s, e in matcher(turn.doc)]
            keys = {(s, e): int(turn.doc.vocab.strings[m]) for m, s, e in matcher(turn.doc)}
            for span in filter_spans(spans):
                hits.append((turn, span, keys[(span.start, span.end)]))
        if not hits:
            return self.finding(ctx, "pass", value=0.0)
        quotes = [(turn.text[span.start_char:span.end_char], turn.index) for turn, span, _ in hits]
        rewrites: dict[int, str] = {}
        for (quote, _), (_, _, key) in zip(quotes, hits):
            rewrites.setdefault(key, self.explanation["suggestion"].format(
                channel=ctx.channel, phrase=quote, rewrite=p.phrases[key].rewrite))
        evidence = [turn.evidence(span.start_char, span.end_char) for turn, span, _ in hits[:p.max_evidence]]
        return self.finding(ctx, "fail", evidence=evidence, suggestion=" ".join(rewrites.values()),
                            value=float(len(hits)), items=quote_list(quotes), count=len(hits))

