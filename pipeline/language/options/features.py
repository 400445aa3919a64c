"""Rule features for the two-options heads: cue counts and the shape of the text (option segments, merits)."""

from __future__ import annotations

import math
import re
from typing import Any, NamedTuple

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from .. import nlp
from .cues import CueSpec, find

BULLET = re.compile(r"^\s*(?:[-•*–]|\(?[0-9a-cA-C][.)]|option\s+[0-9a-c]\b)", re.IGNORECASE | re.MULTILINE)
CAP = 3


class Segment(NamedTuple):
    """A stretch of the text that may hold one option: a sentence, bullet line or clause after an option cue."""

    start_char: int
    end_char: int
    option_cues: tuple[str, ...]
    merit_cues: tuple[str, ...]
    negative_cues: tuple[str, ...]


def segments(doc, cues, split_over: int = 25) -> list[Segment]:
    """Cut the doc at sentence boundaries, bullet lines and option cues ("alternatively", "or we can")."""
    text = doc.text
    bounds = {s.start_char for s in nlp.sentences(doc, split_over)} | {0}
    bounds |= {m.start() for m in BULLET.finditer(text)}
    bounds |= {c.start_char for c in cues if c.kind == "option" and c.family not in ("offer", "choose", "either_or")}
    bounds |= {i + 1 for i, ch in enumerate(text) if ch in "\n;"}
    bounds |= {t.idx for t in doc if t.lower_ == "or" and t.dep_ == "cc" and t.i > 0 and not doc[t.i - 1].is_punct
               and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX", "NOUN", "PROPN") for c in t.head.children)}
    cuts = sorted(b for b in bounds if 0 <= b < len(text)) + [len(text)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if not text[a:b].strip():
            continue
        inside = [c for c in cues if a <= c.start_char < b]
        out.append(Segment(a, b, tuple(c.family for c in inside if c.kind == "option"),
                           tuple(c.family for c in inside if c.kind == "merit"),
                           tuple(c.family for c in inside if c.kind == "negative")))
    return out


MODALS = {"can", "could", "may", "might", "'d", "would", "will", "'ll", "ca"}
OFFER_SUBJECTS = {"you", "we", "i"}
CHOICE_QUESTION = re.compile(r"\b(?:which|whichever)\b[^.?!\n]{0,40}\b(?:want|prefer|suit|like|rather|sounds?|works?|best)\b"
                             r"|\blet (?:me|us) know which\b|\byour (?:choice|call|pick)\b", re.IGNORECASE)
CHOICE_WORDS = {"choose", "pick", "select", "opt", "prefer", "rather", "like", "want", "suit", "option", "choice",
                "between", "offer", "either", "fancy", "go", "have"}


def _conjuncts(tok) -> list:
    root = tok
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    out, todo = [], [root]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return out


def _offers(node) -> bool:
    """Does this node put what it governs to the customer? ("you can…", "would you prefer…", "there's…")"""
    kids = list(node.children)
    subj = {c.lower_ for c in kids if c.dep_ in ("nsubj", "nsubjpass")}
    if subj & OFFER_SUBJECTS and {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")} & MODALS:
        return True
    if node.lemma_.lower() in CHOICE_WORDS and (subj & OFFER_SUBJECTS or node.pos_ in ("NOUN", "ADP")
                                                 or (node.dep_ == "ROOT" and "?" in node.sent.text)):
        return True
    return node.lemma_ == "be" and any(c.dep_ == "expl" for c in kids)  # "there's the fixed or there's…"


def offered_or_lists(doc) -> list[int]:
    """Sizes of "or" coordinations the agent offers: "you can pay by card, online, or at a PayPoint"; "would you
    prefer X or Y"; "choose between X or Y". Clarifying questions ("is it X or Y?") and causes do not count."""
    sizes, seen = [], set()
    asks_choice = bool(CHOICE_QUESTION.search(doc.text))  # "…or the 18:30 – which do you want?"
    for t in doc:
        if t.lower_ not in ("or", "versus", "vs") or t.dep_ not in ("cc", "prep", "case") or t.i in seen:
            continue
        members = _conjuncts(t.head)
        if len(members) < 2:
            continue
        seen.update(c.i for m in members for c in m.children if c.lower_ == "or")
        if asks_choice or any(_offers(node) for node in [members[0], *members[0].ancestors]):
            sizes.append(len(members))
    for t in doc:  # "choose between A and B", "A versus B"
        if t.lower_ in ("versus", "vs") or (t.lower_ == "between" and t.head.lemma_.lower() in CHOICE_WORDS):
            objs = [c for c in t.children if c.dep_ == "pobj"]
            sizes.append(max((len(_conjuncts(o)) for o in objs), default=1) if t.lower_ == "between" else 2)
    return sizes


def _or_coordinations(doc) -> int:
    return sum(1 for t in doc if t.lower_ == "or" and t.dep_ == "cc" and any(c.dep_ == "conj" for c in t.head.children))


class OptionCueFeatures(TransformerMixin, BaseEstimator):
    """Texts (or parsed spaCy docs) → a fixed-length vector of cue and structure features.

    ``spec`` is the cue file's content (stored in the model, so a saved model always uses the cues it was
    trained with); spaCy loads lazily on first transform.
    """

    def __init__(self, spec: dict[str, Any] | None = None, spacy_model: str = nlp.DEFAULT_MODEL, split_over: int = 25):
        self.spec = spec
        self.spacy_model = spacy_model
        self.split_over = split_over

    def fit(self, X, y=None):
        self.spec_ = (CueSpec.model_validate(self.spec) if self.spec else _default_spec()).model_dump()
        self.families_ = sorted(self.spec_["families"])
        self.n_features_out_ = len(self.get_feature_names_out())
        return self

    def get_feature_names_out(self, input_features=None):
        base = ["option_segments", "option_segments_with_merit", "merit_cues", "negative_cues", "bullets",
                "or_coordination", "question_or", "either_or_clean", "ruled_out_option", "sentences", "log_words",
                "distinct_option_families", "offered_or", "offered_or_items"]
        return np.array([f"cue_{f}" for f in self.families_] + base, dtype=object)

    def docs(self, X) -> list:
        if hasattr(X, "iloc"):
            X = X.iloc[:, 0].tolist()
        texts = [x for x in X if isinstance(x, str)]
        parsed = iter(nlp.parse(texts, self.spacy_model)) if texts else iter(())
        return [next(parsed) if isinstance(x, str) else x for x in X]

    def cue_spec(self) -> CueSpec:
        """The validated cue spec (kept as a plain dict in the fitted estimator so skops can save it)."""
        if getattr(self, "_spec", None) is None:
            if not hasattr(self, "spec_"):
                self.fit(None)
            self._spec = CueSpec.model_validate(self.spec_)
        return self._spec

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_spec", None)
        return state

    def transform(self, X) -> np.ndarray:
        spec = self.cue_spec()
        return np.vstack([self.vector(doc, find(doc, spec)) for doc in self.docs(X)]) if len(X) else \
            np.zeros((0, self.n_features_out_), dtype=np.float32)

    def vector(self, doc, cues) -> np.ndarray:
        counts = {f: 0 for f in self.families_}
        for c in cues:
            counts[c.family] += 1
        segs = segments(doc, cues, self.split_over)
        opt = [s for s in segs if s.option_cues]
        sents = list(nlp.sentences(doc, self.split_over))
        text = doc.text
        either_clean = counts.get("either_or", 0) > 0 and counts.get("either_way", 0) == 0
        ruled = sum(1 for s in segs if s.option_cues and "ruled_out" in s.negative_cues)
        question_or = sum(1 for s in sents if "?" in text[s.start_char:s.end_char + 1]
                          and re.search(r"\bor\b", text[s.start_char:s.end_char], re.IGNORECASE))
        words = sum(s.words for s in sents)
        base = [min(len(opt), 4) / 4, min(sum(1 for s in opt if s.merit_cues), 4) / 4,
                min(sum(1 for c in cues if c.kind == "merit"), 8) / 8,
                min(sum(1 for c in cues if c.kind == "negative"), 4) / 4,
                min(len(BULLET.findall(text)), 4) / 4, min(_or_coordinations(doc), CAP) / CAP,
                min(question_or, 2) / 2, float(either_clean), min(ruled, 2) / 2, min(len(sents), 12) / 12,
                math.log1p(words) / 6, min(len({c.family for c in cues if c.kind == "option"}), 5) / 5]
        offered = offered_or_lists(doc)
        base += [min(len(offered), 2) / 2, min(max(offered, default=0), 4) / 4]
        return np.array([min(counts[f], CAP) / CAP for f in self.families_] + base, dtype=np.float32)


def _default_spec() -> CueSpec:
    from .cues import load_spec

    return load_spec()
