"""Phrase lists in rule files, compiled to spaCy ``Matcher`` / ``PhraseMatcher`` patterns on first use.

A phrase is written as plain words separated by spaces; a few marks widen it:

* ``~fail``   matches any inflection, by lemma (failed, fails, failing); ``~say|tell`` either, by lemma;
* ``does|did`` either word;
* ``all?``    an optional word (``?`` is never punctuation here: phrases need none).

Other words match case-insensitively with contractions folded, so ``can't``, ``cant``, ``cannot`` and
``can not`` read the same, ``that's`` also matches ``thats`` and ``that is``, and ``'ll`` matches ``will``.
Call transcripts without capitals or punctuation therefore match the same phrases as written chat.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

WORD = re.compile(r"^~?[^\s~?|]+(?:\|[^\s~?|]+)*\??$")
#: Contraction pieces, their full words and the apostrophe-less forms speech-to-text writes ("cant" is
#: tokenized "ca" + "nt"). Words match on LOWER within their group; curly apostrophes are added.
CONTRACTIONS = (
    {"not", "n't", "nt"}, {"will", "'ll", "ll", "wo"}, {"have", "'ve", "ve"}, {"is", "'s", "s"},
    {"are", "'re", "re"}, {"am", "'m", "m"}, {"would", "'d", "d"}, {"can", "ca"},
)
EQUIVALENT = {form: group for group in CONTRACTIONS for form in group}

MakeDoc = Callable[[str], Any]


def check_phrase(phrase: str) -> str:
    """Validate a phrase's syntax (used by the rule files' pydantic models)."""
    words = phrase.split()
    if not words:
        raise ValueError("empty phrase")
    for word in words:
        if not WORD.match(word):
            raise ValueError(f"'{word}' in '{phrase}' is not word, ~lemma, a|b or word?")
    if all(w.endswith("?") for w in words):
        raise ValueError(f"every word of '{phrase}' is optional")
    return phrase


def _token(text: str, by_lemma: bool) -> dict[str, Any]:
    word = text.lower().replace("’", "'")
    if by_lemma:
        return {"LEMMA": {"IN": [word]}}
    forms = EQUIVALENT.get(word, {word}) | {word}
    return {"LOWER": {"IN": sorted(forms | {f.replace("'", "’") for f in forms})}}


def _tokens(alt: str, make_doc: MakeDoc) -> list[str]:
    """An alternative's tokens; a contraction piece written alone ('ve, n't) stays one token."""
    if alt.lower().replace("’", "'") in EQUIVALENT:
        return [alt]
    return [t.text for t in make_doc(alt)]


def token_patterns(phrase: str, make_doc: MakeDoc) -> list[list[dict[str, Any]]]:
    """``Matcher`` patterns for one phrase (several when it has alternatives or optional words)."""
    per_word: list[list[list[dict[str, Any]]]] = []
    for word in phrase.split():
        by_lemma, optional = word.startswith("~"), word.endswith("?")
        core = word[1:] if by_lemma else word
        core = core[:-1] if optional else core
        alts = [[_token(t, by_lemma) for t in _tokens(alt, make_doc)] for alt in core.split("|")]
        if optional:
            alts.append([])
        per_word.append(alts)
    out = []
    for combo in itertools.product(*per_word):
        seq = [tok for part in combo for tok in part]
        if seq and seq not in out:
            out.append(seq)
    return out


def tokenizer(vocab: Any) -> MakeDoc:
    """A tokenizer sharing ``vocab`` (spaCy's English rules, the same as the parsing model's; no model)."""
    import spacy

    return spacy.blank("en", vocab=vocab).make_doc


def phrase_matcher(vocab: Any, phrases: Sequence[tuple[str, str]], attr: str, make_doc: MakeDoc) -> Any:
    """A ``PhraseMatcher`` on ``attr`` for (key, text) pairs."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(vocab, attr=attr)
    by_key: dict[str, list[Any]] = {}
    for key, text in phrases:
        by_key.setdefault(key, []).append(make_doc(text))
    for key, docs in by_key.items():
        matcher.add(key, docs)
    return matcher


def token_matcher(vocab: Any, phrases: Sequence[tuple[str, str]], make_doc: MakeDoc) -> Any:
    """A ``Matcher`` for (key, phrase) pairs written in the phrase syntax above."""
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    by_key: dict[str, list[list[dict[str, Any]]]] = {}
    for key, phrase in phrases:
        by_key.setdefault(key, []).extend(token_patterns(phrase, make_doc))
    for key, patterns in by_key.items():
        matcher.add(key, patterns)
    return matcher


class Compiled:
    """Matchers built once per spaCy vocabulary (a rule's constructor builds nothing)."""

    def __init__(self, build: Callable[[Any], Any]):
        self._build = build
        self._vocab: Any = None
        self._value: Any = None

    def get(self, vocab: Any) -> Any:
        if self._vocab is not vocab:
            self._value, self._vocab = self._build(vocab), vocab
        return self._value
