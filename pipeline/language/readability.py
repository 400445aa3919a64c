"""Readability per side of an interaction: Flesch, Flesch–Kincaid, SMOG, Dale–Chall and sentence lengths.

Sentences come from :func:`pipeline.language.nlp.sentences` (dependency parse, spoken run-ons cut), not from
full stops. Word, syllable, polysyllable and difficult-word counts come from textstat; the formulas are the
published ones, applied to those counts, so a short "Yes." still counts as a sentence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import textstat

from ..schema import ReadabilityScores
from .nlp import FILLERS, Sentence

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")
PLACEHOLDER = re.compile(r"<[A-Z_]+(?:_\d+)?>")


def words_of(text: str) -> list[str]:
    """Words a reader reads: redaction placeholders (``<PERSON>``), numbers and fillers ("um") are left out."""
    return [w for w in WORD.findall(PLACEHOLDER.sub(" ", text)) if w.lower() not in FILLERS]


def score(sentence_texts: Sequence[str], smog_min_sentences: int = 3, ndigits: int = 2) -> ReadabilityScores:
    """Scores for one reader-facing text given as its sentences (empty input gives counts of zero)."""
    per_sentence = [words_of(s) for s in sentence_texts]
    per_sentence = [w for w in per_sentence if w]
    words = [w for s in per_sentence for w in s]
    n_words, n_sents = len(words), len(per_sentence)
    if n_words == 0:
        return ReadabilityScores(words=0, sentences=0)
    syllables = sum(max(1, textstat.syllable_count(w)) for w in words)
    poly = sum(textstat.syllable_count(w) >= 3 for w in words)
    difficult = sum(bool(textstat.is_difficult_word(w.lower())) for w in words)
    asl, asw = n_words / n_sents, syllables / n_words
    pdw = 100.0 * difficult / n_words
    dale = 0.1579 * pdw + 0.0496 * asl + (3.6365 if pdw > 5 else 0.0)
    smog = 1.0430 * math.sqrt(poly * 30.0 / n_sents) + 3.1291 if n_sents >= smog_min_sentences else None

    def r(x: float | None) -> float | None:
        return None if x is None else round(x, ndigits)

    return ReadabilityScores(
        words=n_words, sentences=n_sents,
        flesch_reading_ease=r(206.835 - 1.015 * asl - 84.6 * asw),
        flesch_kincaid_grade=r(0.39 * asl + 11.8 * asw - 15.59),
        smog=r(smog), dale_chall=r(dale), avg_sentence_words=r(asl),
        longest_sentence_words=max(len(s) for s in per_sentence))


def sentence_texts(text: str, sents: Sequence[Sentence]) -> list[str]:
    return [text[s.start_char:s.end_char] for s in sents]
