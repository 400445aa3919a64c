"""Values said twice: an agent reads back what the customer said ("just to confirm, 12/31").

A value found anywhere in an interaction is searched for in every turn, compared on its compact form
(letters and digits only, spoken numbers converted), so the read-back is redacted even when no context
word is near it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from presidio_analyzer import AnalysisExplanation, RecognizerResult

from .spoken import spoken_view

NAME = "RepeatedValue"
MIN_CHARS = {"PERSON": 4, "CARD_CVV": 3}  # compact length below which a value is not searched (per type, default below)
DEFAULT_MIN = 4


def compact(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Lower-case letters and digits of the digits view, each with its original span."""
    view = spoken_view(text, "digits")
    source = view.text if view else text
    chars, spans = [], []
    for i, ch in enumerate(source):
        if ch.isalnum():
            chars.append(ch.lower())
            spans.append(view.spans[i] if view else (i, i + 1))
    return "".join(chars), spans


def _at_word_edges(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def find_repeats(texts: Sequence[str], results: Sequence[list[Any]], skip: frozenset[str] = frozenset()) -> list[list[Any]]:
    """Extra results, per turn, for values already found in another turn of the same interaction."""
    known: dict[str, str] = {}
    for text, res in zip(texts, results):
        for r in res:
            value, _ = compact(text[r.start:r.end])
            if len(value) >= MIN_CHARS.get(r.entity_type, DEFAULT_MIN) and value not in skip:
                known.setdefault(value, r.entity_type)
    extra: list[list[Any]] = [[] for _ in texts]
    if not known:
        return extra
    for k, text in enumerate(texts):
        flat, spans = compact(text)
        for value, entity in known.items():
            pos = flat.find(value)
            while pos != -1:
                start, end = spans[pos][0], spans[pos + len(value) - 1][1]
                covered = any(r.start <= start and end <= r.end for r in results[k])
                if not covered and _at_word_edges(text, start, end):
                    explanation = AnalysisExplanation(
                        recognizer=NAME, original_score=0.9, pattern_name="repeated value",
                        textual_explanation=f"same value as a {entity} found in another turn")
                    extra[k].append(RecognizerResult(entity, start, end, 0.9, explanation,
                                                     {RecognizerResult.RECOGNIZER_NAME_KEY: NAME,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: NAME}))
                pos = flat.find(value, pos + 1)
    return extra
