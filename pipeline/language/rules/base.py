"""The rule base class, the registry of versioned rule types and helpers every rule shares."""

from __future__ import annotations

import string
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from ...schema import Evidence, Finding, RuleOutcome
from ..context import LanguageContext, TurnView
from ..nlp import Sentence
from ..readability import score, words_of

ChannelName = Literal["call", "chat", "email"]
CHANNELS: tuple[ChannelName, ...] = ("call", "chat", "email")
#: Keys of a rule file's ``explanation`` block: one template per outcome, plus the rule's suggestion.
ExplanationKey = Literal["pass", "fail", "na", "off_channel", "suggestion"]
#: Placeholder every template may use.
COMMON_FIELDS = frozenset({"channel"})


class RuleParams(BaseModel):
    """Base for each rule type's ``params``: frozen, unknown keys rejected, every field has a default."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Rule(ABC):
    """One language-adaptation check. Subclasses set ``Params``, ``EXPLANATION`` and ``FIELDS`` and implement
    :meth:`check`; the constructor only stores validated arguments (matchers are built on first use)."""

    TYPE: ClassVar[str] = ""
    Params: ClassVar[type[RuleParams]] = RuleParams
    #: Default explanation templates (``str.format``), overridable per key in the rule file.
    EXPLANATION: ClassVar[Mapping[str, str]] = {
        "off_channel": "This check does not apply to {channel} interactions.",
    }
    #: Placeholders each template may use, besides ``{channel}``.
    FIELDS: ClassVar[Mapping[str, frozenset[str]]] = {}

    def __init__(self, rule_id: str, params: RuleParams | None = None,
                 channels: Sequence[ChannelName] = CHANNELS, explanation: Mapping[str, str] | None = None):
        self.rule_id = rule_id
        self.params = params if params is not None else self.Params()
        self.channels = tuple(channels)
        self.explanation = {**Rule.EXPLANATION, **self.EXPLANATION, **(explanation or {})}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(rule_id={self.rule_id!r})"

    def evaluate(self, ctx: LanguageContext) -> Finding:
        """The rule's finding for one interaction (``na`` for a channel it does not cover)."""
        if ctx.channel not in self.channels:
            return self.finding(ctx, "na", "off_channel")
        return self.check(ctx)

    @abstractmethod
    def check(self, ctx: LanguageContext) -> Finding:
        """The finding for an interaction on a channel this rule covers."""

    @classmethod
    def template_problem(cls, key: str, template: str) -> tuple[str, list[str]] | None:
        """(problem, valid placeholders) when ``template`` cannot be filled for ``key``, else None."""
        allowed = COMMON_FIELDS | cls.FIELDS.get(key, frozenset())
        try:
            names = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        except ValueError as err:
            return f"not a valid template ({err}); write literal braces as {{{{ and }}}}", sorted(allowed)
        for name in names:
            if name not in allowed:
                return f"unknown placeholder '{{{name}}}'", sorted(allowed)
        return None

    def finding(self, ctx: LanguageContext, result: RuleOutcome, key: str | None = None, *,
                evidence: Iterable[Evidence] = (), suggestion: str | None = None, value: float | None = None,
                **fields: object) -> Finding:
        """A :class:`Finding` whose explanation is the ``key`` template (default: the outcome) filled in."""
        text = self.explanation[key or result].format(channel=ctx.channel, **fields)
        return Finding(rule_id=self.rule_id, result=result, evidence=tuple(evidence), explanation=text,
                       suggestion=suggestion, value=value)


R = TypeVar("R", bound=type[Rule])
#: Rule types by registered, versioned name. A change of behaviour gets a new version suffix.
REGISTRY: dict[str, type[Rule]] = {}


def register(name: str) -> Callable[[R], R]:
    """Class decorator: register a rule type under ``name`` (e.g. ``ccqa.rules.jargon.v1``)."""

    def add(cls: R) -> R:
        if name in REGISTRY and REGISTRY[name] is not cls:
            raise ValueError(f"rule type '{name}' is registered twice")
        cls.TYPE = name
        REGISTRY[name] = cls
        return cls

    return add


# ---- helpers shared by the rules -------------------------------------------------------------------------

def sentences_of(turns: Iterable[TurnView]) -> Iterator[tuple[TurnView, Sentence]]:
    """Every sentence of the given turns that has at least one word, with its turn."""
    for turn in turns:
        for sent in turn.sentences:
            if words_of(turn.sentence_text(sent)):
                yield turn, sent


def sentence_evidence(turn: TurnView, sent: Sentence) -> Evidence:
    return turn.evidence(sent.start_char, sent.end_char)


def hardest_sentences(turns: Iterable[TurnView], n: int, min_words: int = 5) -> list[Evidence]:
    """The ``n`` sentences with the highest Flesch–Kincaid grade (ties: longer first), in text order."""
    scored = []
    for order, (turn, sent) in enumerate(sentences_of(turns)):
        scores = score([turn.sentence_text(sent)])
        if scores.words >= min_words and scores.flesch_kincaid_grade is not None:
            scored.append((scores.flesch_kincaid_grade, scores.words, order, turn, sent))
    top = sorted(scored, key=lambda x: (-x[0], -x[1], x[2]))[:n]
    return [sentence_evidence(t, s) for *_, t, s in sorted(top, key=lambda x: x[2])]


def quote_list(items: Sequence[tuple[str, int]]) -> str:
    """``'APR' (turn 3), 'arrears' (turn 5) and 'CCJ' (turn 7)``."""
    parts = [f"'{quote}' (turn {turn})" for quote, turn in items]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def turns_list(turns: Iterable[int]) -> str:
    """``turn 3``, ``turns 3 and 5``, ``turns 2, 3 and 5``."""
    nums = sorted(set(turns))
    if len(nums) == 1:
        return f"turn {nums[0]}"
    return "turns " + ", ".join(str(n) for n in nums[:-1]) + f" and {nums[-1]}"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"
