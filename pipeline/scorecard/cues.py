"""Cue phrases from YAML compiled into one spaCy ``Matcher``; robust to speech-to-text.

A cue is a phrase of space-separated tokens, matched case-insensitively on spaCy's ``NORM``
(so ``don't``, ``dont`` and ``do not`` all read ``do not``; ``I'll`` reads ``i will``):

=============  ==========================================================================
``word``        the word (contractions in it are split the way the tokenizer splits them)
``a|b|c``       any one of the words (lower case)
``verif*``      any word starting with ``verif`` (verify, verified, verification …)
``~lemma``      any inflection of a lemma (``~ask`` matches ask, asks, asked, asking)
``_``           exactly one word, whatever it is
``...``         a gap of zero to three words
=============  ==========================================================================

Fillers ("um", "erm" …) and commas between the words of a cue are skipped, so
"can i um take your name" matches ``can i take your name``. With ``negation`` set, a match that has
a negator (not, never, no, without …) in the few words before it in the same sentence is dropped:
"we'll never ask for your pin" is not a request for the PIN.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..language.nlp import FILLERS

#: Tokens skipped between the words of a cue.
SKIPPABLE = sorted(FILLERS | {",", "-", "–", "…", "..."})
NEGATORS = frozenset({"not", "never", "no", "without", "nobody", "none", "nothing", "neither", "nor"})
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*>")


class CueSyntaxError(ValueError):
    """A cue phrase that cannot be compiled (raised while the scorecard YAML is validated)."""


def _token_pattern(word: str, tokenizer) -> list[dict[str, Any]]:
    if word == "_":
        return [{}]
    if word == "...":
        return [{"OP": "{0,3}"}]
    if word.startswith("~") and len(word) > 1:
        lemma = word[1:].lower()
        return [{"LEMMA": {"IN": sorted({lemma, lemma.capitalize(), lemma.upper()})}}]
    if "|" in word:
        options = [w for w in word.lower().split("|") if w]
        if not options:
            raise CueSyntaxError(f"'{word}' has no alternatives")
        return [{"NORM": {"IN": sorted({_norm(w, tokenizer) for w in options} | set(options))}}]
    if word.endswith("*"):
        stem = word[:-1].lower()
        if not stem or not re.fullmatch(r"[\w'-]+", stem):
            raise CueSyntaxError(f"'{word}': a prefix needs letters before the '*'")
        return [{"LOWER": {"REGEX": "^" + re.escape(stem)}}]
    return [{"NORM": tok.norm_} for tok in tokenizer(word.lower()) if not tok.is_space]


def _norm(word: str, tokenizer) -> str:
    toks = [t.norm_ for t in tokenizer(word)]
    return toks[0] if len(toks) == 1 else word


def compile_cue(phrase: str, tokenizer) -> list[dict[str, Any]]:
    """One cue phrase → one spaCy ``Matcher`` pattern (fillers and commas skipped between words)."""
    words = phrase.split()
    if not words:
        raise CueSyntaxError("empty cue phrase")
    if all(w in ("_", "...") for w in words):
        raise CueSyntaxError(f"'{phrase}' has no words, only wildcards")
    pattern: list[dict[str, Any]] = []
    for i, word in enumerate(words):
        if i and word != "..." and words[i - 1] != "...":
            pattern.append({"NORM": {"IN": SKIPPABLE}, "OP": "*"})
        pattern.extend(_token_pattern(word, tokenizer))
    return pattern


@lru_cache(maxsize=1)
def _blank_tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def check_cues(phrases: Iterable[str]) -> None:
    """Validate cue syntax without a model (used by the YAML validator)."""
    tokenizer = _blank_tokenizer()
    for phrase in phrases:
        compile_cue(phrase, tokenizer)


@dataclass(frozen=True)
class Hit:
    """A cue found in one turn: character offsets in the redacted text and the token span."""

    turn: int
    start: int
    end: int
    tok_start: int
    tok_end: int
    cue: str


class CueSet:
    """A named list of cue phrases compiled against a spaCy vocabulary."""

    def __init__(self, phrases: Sequence[str], negation: bool = False, negation_window: int = 4,
                 exclude: Sequence[str] = ()):
        self.phrases, self.negation, self.negation_window, self.exclude = tuple(phrases), negation, negation_window, tuple(exclude)

    def load(self, nlp) -> "CueSet":
        from spacy.matcher import Matcher

        self.matcher_ = Matcher(nlp.vocab)
        for i, phrase in enumerate(self.phrases):
            self.matcher_.add(f"cue{i}", [compile_cue(phrase, nlp.tokenizer)], greedy="LONGEST")
        self.exclude_ = Matcher(nlp.vocab)
        for i, phrase in enumerate(self.exclude):
            self.exclude_.add(f"ex{i}", [compile_cue(phrase, nlp.tokenizer)])
        return self

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def find(self, turn) -> list[Hit]:
        """Cue matches in one :class:`~pipeline.language.context.TurnView`, in text order, non-overlapping."""
        if not self.phrases:
            return []
        doc = turn.doc
        vocab = doc.vocab
        excluded = [(s, e) for _, s, e in self.exclude_(doc)] if self.exclude else []
        spans = sorted(self.matcher_(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        hits: list[Hit] = []
        last_end = -1
        for match_id, s, e in spans:
            if s < last_end:
                continue
            if any(a < e and s < b for a, b in excluded):
                continue
            if self.negation and self._negated(doc, s):
                continue
            span = doc[s:e]
            phrase = self.phrases[int(vocab.strings[match_id][3:])]
            hits.append(Hit(turn.index, span.start_char, span.end_char, s, e, phrase))
            last_end = e
        return hits

    def _negated(self, doc, start: int) -> bool:
        sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
        for tok in doc[max(sent_start, start - self.negation_window):start]:
            if tok.norm_ in NEGATORS:
                return True
        return False

    def in_turns(self, turns: Iterable) -> list[Hit]:
        return [hit for turn in turns for hit in self.find(turn)]


def placeholders(text: str) -> list[tuple[int, int, str]]:
    """``<TYPE>`` / ``<TYPE_n>`` placeholders the redactor left in a text: (start, end, TYPE)."""
    out = []
    for m in _PLACEHOLDER.finditer(text):
        name = m.group()[1:-1]
        base = re.sub(r"_\d+$", "", name)
        out.append((m.start(), m.end(), base))
    return out
