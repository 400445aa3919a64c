"""Which options do the merits attach to? Links merit segments to option segments for the text heads.

The standard asks for merits of *at least two* options (or an explicit comparison). A merit segment is tied to
an option when it names it by order ("the first", "option B", "the latter"), repeats its content words
("A lump-sum payment reduces…" → "make a lump-sum payment"), or, failing both, follows it.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

ORDINALS = (
    (0, re.compile(r"\b(?:the first|first one|the former|option (?:one|a|1)|plan a|first option|first route|first way)\b")),
    (1, re.compile(r"\b(?:the second|second one|the latter|option (?:two|b|2)|plan b|the other|second option)\b")),
    (2, re.compile(r"\b(?:the third|third one|option (?:three|c|3)|third option)\b")),
)
COMPARISON = re.compile(r"\b(?:comparing|compared (?:to|with)|whereas|than|versus|vs|unlike|the difference)\b")
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
GENERIC = {"be", "have", "do", "go", "get", "make", "can", "could", "would", "option", "way", "route", "choice", "one",
           "thing", "like", "want", "prefer", "let", "know", "need", "take", "look", "say", "also", "just", "sure",
           "right"}
SPLITTERS = {"or", "and", "between", ",", "versus", "vs", "either"}


class MeritLinks(NamedTuple):
    """How the merit segments of one text attach to its option segments."""

    options_with_merits: int  # distinct options a merit is tied to
    merits_after_options: int  # merit segments after the last option (summaries: "so, the first is…")
    comparisons: int  # merit segments with an explicit comparison ("whereas", "than", "compared with")
    ordinal_references: int  # distinct options named by order in merit segments


def _content(doc, start: int, end: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for t in doc:
        if start <= t.idx < end and t.pos_ in CONTENT_POS and not t.is_stop and len(t.text) > 2 \
                and t.lemma_.lower() not in GENERIC:
            out.setdefault(t.lemma_.lower(), t.i)
    return out


def _part(doc, seg, token_i: int) -> int:
    """Which coordinated part of an option segment a token sits in ("either A, or B": A → 0, B → 1)."""
    return sum(1 for t in doc if seg.start_char <= t.idx < doc[token_i].idx and t.lower_ in SPLITTERS)


def merit_links(doc, segments: Sequence, p_option: Sequence[float], p_merit: Sequence[float],
                threshold: float = 0.5) -> MeritLinks:
    """Link each merit segment (``p_merit >= threshold``) to the option segments it talks about."""
    options = [i for i, p in enumerate(p_option) if p >= threshold]
    if not options:
        return MeritLinks(0, 0, 0, 0)
    words = {i: _content(doc, segments[i].start_char, segments[i].end_char) for i in options}
    refs: set[tuple[int, int]] = set()
    ordinals: set[int] = set()
    after = comparisons = 0
    for j, p in enumerate(p_merit):
        if p < threshold:
            continue
        seg = segments[j]
        text = doc.text[seg.start_char:seg.end_char].lower()
        after += j > options[-1]
        comparisons += bool(COMPARISON.search(text))
        named = {k for k, rx in ORDINALS if k < len(options) and rx.search(text)}
        ordinals |= named
        mine = _content(doc, seg.start_char, seg.end_char)
        keys: set[tuple[int, int]] = set()
        for i in options:
            if i == j:
                keys.add((i, -1))
                continue
            keys |= {(i, _part(doc, segments[i], words[i][w])) for w in set(mine) & set(words[i])}
        if not keys and not named:
            before = [i for i in options if i <= j]
            keys.add((before[-1] if before else options[0], -1))
        refs |= keys
    order = {i: n for n, i in enumerate(options)}
    distinct = {("order", k) for k in ordinals}
    distinct |= {("order", order[i]) if len(options) > 1 else ("part", i, part) for i, part in refs}
    return MeritLinks(len(distinct), after, comparisons, len(ordinals))
