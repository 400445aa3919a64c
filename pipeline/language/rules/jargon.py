"""``jargon_explained``: industry terms the agent used must be explained, unless the customer used them first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ...schema import Evidence, Finding
from ..context import LanguageContext, TurnView
from .base import Rule, RuleParams, quote_list, register
from .patterns import Compiled, check_phrase, phrase_matcher, token_matcher, tokenizer


class Term(BaseModel):
    """A glossary entry written out in full: the plain alternative and other spellings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    plain: str = Field(min_length=1, description="What to say instead.")
    variants: tuple[str, ...] = Field((), description="Other forms that count as the same term.")


class JargonParams(RuleParams):
    glossary: dict[str, Term] = Field(default_factory=dict, description="Term → plain alternative, or "
                                                                        "{plain, variants}.")
    cues: tuple[str, ...] = Field((), description="Phrases (phrase syntax) after the term, in its sentence or "
                                                  "the next, that introduce an explanation ('which means').")
    follow_cues: tuple[str, ...] = Field((), description="Phrases that explain only right after the term "
                                                         "('means', 'is when').")
    gloss_marks: tuple[str, ...] = Field(("(", "–", "—", "-"), description="Punctuation that opens a gloss "
                                                                          "(followed by a word) within two "
                                                                          "tokens of the term.")
    customer_first: bool = Field(True, description="A term the customer used earlier needs no explanation.")
    max_evidence: int = Field(10, gt=0)

    @field_validator("glossary", mode="before")
    @classmethod
    def _terms(cls, value: Any) -> Any:
        """``APR: the yearly cost of borrowing`` is short for ``APR: {plain: the yearly cost of borrowing}``."""
        if not isinstance(value, dict):
            return value
        for term in value:
            if not str(term).strip():
                raise ValueError("empty glossary term")
        return {term: {"plain": v} if isinstance(v, str) else v for term, v in value.items()}

    @field_validator("cues", "follow_cues")
    @classmethod
    def _phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(check_phrase(p) for p in value)


def is_acronym(form: str) -> bool:
    """``APR``, ``CCJ``, ``DD``: matched case-sensitively (so 'apr' in 'april' or a name never counts)."""
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def forms(term: str, entry: Term) -> list[str]:
    """The term, its variants and a regular plural of each (``premiums``, ``CCJs``)."""
    base = [term, *entry.variants]
    out: list[str] = []
    for form in base:
        last = form.split()[-1]
        plural = form + ("es" if last.lower().endswith(("s", "x", "ch", "sh")) and not is_acronym(last) else "s")
        for f in (form, plural):
            if f not in out:
                out.append(f)
    return out


@dataclass(frozen=True)
class Use:
    term: str
    turn: TurnView
    start: int  # token index
    end: int


@dataclass(frozen=True)
class _Matchers:
    agent_words: Any
    agent_acronyms: Any
    any_case: Any
    cues: Any
    follow: Any
    plain: Any


@register("ccqa.rules.jargon.v1")
class JargonRule(Rule):
    """Glossary terms by ``PhraseMatcher`` (LOWER for words, ORTH for acronyms); explained when a cue,
    a gloss mark or the plain alternative follows in the same or the next sentence."""

    Params = JargonParams
    EXPLANATION: ClassVar[dict[str, str]] = {
        "pass": "Every term the agent used was explained or was the customer's own: {terms}.",
        "fail": "The agent used {items} without explaining {it}.",
        "na": "The agent used no glossary terms.",
        "suggestion": "Say '{plain}' instead of '{term}', or explain it.",
    }
    FIELDS: ClassVar[dict[str, frozenset[str]]] = {
        "pass": frozenset({"terms", "count"}),
        "fail": frozenset({"items", "it", "count"}),
        "suggestion": frozenset({"plain", "term"}),
    }

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._matchers = Compiled(self._build)

    def _build(self, vocab: Any) -> _Matchers:
        p: JargonParams = self.params  # type: ignore[assignment]
        make_doc = tokenizer(vocab)
        words, acronyms, every = [], [], []
        for term, entry in p.glossary.items():
            for form in forms(term, entry):
                (acronyms if is_acronym(form) else words).append((term, form))
                every.append((term, form))
        plain = [(term, entry.plain) for term, entry in p.glossary.items()]
        return _Matchers(
            agent_words=phrase_matcher(vocab, words, "LOWER", make_doc),
            agent_acronyms=phrase_matcher(vocab, acronyms, "ORTH", make_doc),
            any_case=phrase_matcher(vocab, every, "LOWER", make_doc),
            cues=token_matcher(vocab, [("cue", c) for c in p.cues], make_doc),
            follow=token_matcher(vocab, [("follow", c) for c in p.follow_cues], make_doc),
            plain=phrase_matcher(vocab, plain, "LOWER", make_doc))

    def plain(self, term: str) -> str:
        return self.params.glossary[term].plain  # type: ignore[attr-defined]

    @staticmethod
    def _uses(turn: TurnView, *matchers: Any) -> list[Use]:
        found: dict[tuple[int, int], Use] = {}
        for matcher in matchers:
            for match_id, start, end in matcher(turn.doc):
                term = turn.doc.vocab.strings[match_id]
                found[(start, end)] = Use(term, turn, start, end)
        # longest match wins where terms overlap ("default notice" over "default")
        kept: list[Use] = []
        for use in sorted(found.values(), key=lambda u: (u.start, -(u.end - u.start))):
            if not kept or use.start >= kept[-1].end:
                kept.append(use)
        return kept

    def _explained(self, use: Use, m: _Matchers, next_turn: TurnView | None = None) -> bool:
        """A cue, gloss mark or the plain words after the term, in its sentence or the next one (for the
        turn's last sentence: the first sentence of the agent's next message, when it follows straight on)."""
        p: JargonParams = self.params  # type: ignore[assignment]
        doc, sents = use.turn.doc, use.turn.sentences
        k = next((i for i, s in enumerate(sents) if s.start <= use.start < s.end), None)
        if k is None:
            return False
        first, last = sents[k].start, sents[min(k + 1, len(sents) - 1)].end
        if any(use.end <= s < last for _, s, _ in m.cues(doc)):
            return True
        if any(s == use.end or (s == use.end + 1 and doc[use.end].is_punct) for _, s, _ in m.follow(doc)):
            return True
        window = doc[use.end:min(use.end + 2, last)]  # "(the amount you pay", "– the yearly cost"
        if any(t.text in p.gloss_marks and t.i + 1 < len(doc) and doc[t.i + 1].is_alpha for t in window):
            return True
        term_id = doc.vocab.strings[use.term]
        if any(mid == term_id and first <= s and e <= last and (s, e) != (use.start, use.end)
               for mid, s, e in m.plain(doc)):
            return True
        if k == len(sents) - 1 and next_turn is not None and next_turn.sentences:
            end = next_turn.sentences[0].end
            ndoc = next_turn.doc
            return (any(s < end for _, s, _ in m.cues(ndoc))
                    or any(mid == term_id and e <= end for mid, _, e in m.plain(ndoc)))
        return False

    def check(self, ctx: LanguageContext) -> Finding:
        if not ctx.turns:
            return self.finding(ctx, "na")
        p: JargonParams = self.params  # type: ignore[assignment]
        m: _Matchers = self._matchers.get(ctx.turns[0].doc.vocab)
        said_first: set[str] = set()  # terms the customer used before the agent
        explained: set[str] = set()
        fine: list[Use] = []
        unexplained: list[Use] = []
        for i, turn in enumerate(ctx.turns):
            if turn.speaker == "customer":
                if p.customer_first:
                    said_first.update(u.term for u in self._uses(turn, m.any_case))
                continue
            for use in self._uses(turn, m.agent_words, m.agent_acronyms):
                if use.term in said_first or use.term in explained:
                    fine.append(use)
                elif self._explained(use, m, _next_agent(ctx, i)):
                    explained.add(use.term)
                    fine.append(use)
                else:
                    unexplained.append(use)
        if unexplained:
            first: dict[str, Use] = {}
            for use in unexplained:
                first.setdefault(use.term, use)
            suggestion = " ".join(
                self.explanation["suggestion"].format(channel=ctx.channel, plain=self.plain(term), term=_quote(use))
                for term, use in first.items())
            return self.finding(ctx, "fail", evidence=[_evidence(u) for u in unexplained[:p.max_evidence]],
                                suggestion=suggestion, value=float(len(first)),
                                items=quote_list([(_quote(u), u.turn.index) for u in first.values()]),
                                it="it" if len(first) == 1 else "them", count=len(first))
        if fine:
            terms = list(dict.fromkeys(_quote(u) for u in fine))
            return self.finding(ctx, "pass", evidence=[_evidence(u) for u in fine[:p.max_evidence]], value=0.0,
                                terms=", ".join(f"'{t}'" for t in terms), count=len(terms))
        return self.finding(ctx, "na")


def _next_agent(ctx: LanguageContext, i: int) -> TurnView | None:
    """The next turn when the agent sent it too (a chat answer split over two messages)."""
    nxt = ctx.turns[i + 1] if i + 1 < len(ctx.turns) else None
    return nxt if nxt is not None and nxt.speaker == "agent" else None


def _quote(use: Use) -> str:
    span = use.turn.doc[use.start:use.end]
    return use.turn.text[span.start_char:span.end_char]


def _evidence(use: Use) -> Evidence:
    span = use.turn.doc[use.start:use.end]
    return use.turn.evidence(span.start_char, span.end_char)
