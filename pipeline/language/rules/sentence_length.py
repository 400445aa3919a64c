"""``sentence_length``: over-long agent sentences, with limits per channel."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from ...schema import Finding
from ..context import LanguageContext, TurnView
from ..nlp import Sentence
from ..readability import words_of
from .base import (
    Rule,
    RuleParams,
    register,
    sentence_evidence,
    sentences_of,
    turns_list,
)


class Limits(RuleParams):
    max_avg_words: float | None = Field(None, gt=0, description="Highest average words per sentence; null: none.")
    max_words: int | None = Field(None, gt=0, description="Longest sentence allowed, words; null: none.")
    sentences: Literal["parsed", "speech"] = Field(
        "parsed", description="parsed: the parser's sentences, as written; speech: run-ons also cut at spoken "
                              "clause boundaries (the sentences readability uses).")


class ChannelLimits(RuleParams):
    call: Limits = Limits(max_words=40, sentences="speech")
    chat: Limits = Limits(max_avg_words=20, max_words=30)
    email: Limits = Limits(max_avg_words=20, max_words=25)


def parsed_sentences(turns: Iterable[TurnView]) -> Iterator[tuple[TurnView, Sentence]]:
    """The parser's own sentences (a written sentence is never cut at 'and'), with at least one word."""
    for turn in turns:
        for sent in turn.doc.sents:
            toks = [t for t in sent if not t.is_space]
            if toks and words_of(turn.text[toks[0].idx:toks[-1].idx + len(toks[-1])]):
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
                yield turn, Sentence(toks[0].i, toks[-1].i + 1, start, end, len(words_of(turn.text[start:end])))


class SentenceLengthParams(RuleParams):
    limits: ChannelLimits = ChannelLimits()
    max_evidence: int = Field(5, gt=0)


@register("ccqa.rules.sentence_length.v1")
class SentenceLengthRule(Rule):
    """Words per agent sentence (placeholders and numbers not counted): the parser's sentences for written
    channels, speech-aware ones for calls. ``value`` is the longest sentence's word count."""

    Params = SentenceLengthParams
    EXPLANATION: ClassVar[dict[str, str]] = {
        "pass": "The agent's sentences were a readable length (average {avg} words, longest {longest}).",
        "fail": "The agent's sentences were too long for {channel} interactions: {problems}.",
        "na": "The agent wrote or said no sentences.",
        "suggestion": "Keep to one idea per sentence; split long sentences at 'and', 'but' and 'so'.",
    }
    FIELDS: ClassVar[dict[str, frozenset[str]]] = {
        "pass": frozenset({"avg", "longest", "sentences"}),
        "fail": frozenset({"avg", "longest", "sentences", "problems", "long", "turns"}),
    }

    def check(self, ctx: LanguageContext) -> Finding:
        p: SentenceLengthParams = self.params  # type: ignore[assignment]
        limits: Limits = getattr(p.limits, ctx.channel)
        split = sentences_of if limits.sentences == "speech" else parsed_sentences
        sized = [(t, s, len(words_of(t.sentence_text(s)))) for t, s in split(ctx.by("agent"))]
        if not sized:
            return self.finding(ctx, "na")
        avg = round(sum(n for *_, n in sized) / len(sized), 1)
        longest = max(n for *_, n in sized)
        long = [(t, s, n) for t, s, n in sized if limits.max_words is not None and n > limits.max_words]
        problems = []
        if long:
            problems.append(f"{len(long)} of {len(sized)} sentences over {limits.max_words} words "
                            f"(longest {longest}, {turns_list(t.index for t, _, _ in long)})")
        if limits.max_avg_words is not None and avg > limits.max_avg_words:
            problems.append(f"an average of {avg:g} words per sentence, above {limits.max_avg_words:g}")
        fields = {"avg": f"{avg:g}", "longest": longest, "sentences": len(sized)}
        if not problems:
            return self.finding(ctx, "pass", value=float(longest), **fields)
        shown = long or sorted(sized, key=lambda x: -x[2])[:3]
        order = {id(s): i for i, (_, s, _) in enumerate(sized)}
        shown = sorted(shown, key=lambda x: order[id(x[1])])[:p.max_evidence]
        return self.finding(ctx, "fail", evidence=[sentence_evidence(t, s) for t, s, _ in shown],
                            value=float(longest), problems=" and ".join(problems), long=len(long),
                            turns=turns_list(t.index for t, _, _ in shown),
                            suggestion=self.explanation["suggestion"].format(channel=ctx.channel), **fields)
