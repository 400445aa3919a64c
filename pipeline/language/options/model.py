"""The two-options model: segment heads (is this stretch a live option? does it state a merit?) feeding text heads.

A text is cut into segments (sentences, bullet lines, clauses at option cues and at "or"). Each segment gets
a MiniLM embedding and its cue counts; two logistic-regression heads score it as an option and as a merit.
The text heads see the whole-text cue features plus how many segments look like options, and how many of
those carry a merit — the structure the standard asks for ("two alternatives and their relative merits") —
and how many distinct options the merit segments name or follow (:mod:`.links`).
Two word n-gram heads (hashed 1–3-grams, TF-IDF, logistic regression) read the wording the encoder blurs
("or would you rather", "could have", "scratch that", "the other one is quicker"); their probabilities join
the text heads' features. With ``span_tagger`` (off in the bare estimator, on in ``train_options``), a
word-piece span tagger (:mod:`.tagger`, a small BiLSTM on the encoder's states, trained on the gold option and
merit spans) sees merits given inline for both options in one sentence, which segments cannot; its counts of
options, merits and option regions holding a merit join them too.
Segment, n-gram and tagger heads are fitted once on all data; the text heads are fitted on their out-of-fold
scores so they never learn from scores the lower heads memorised.
"""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, KFold, StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline, make_pipeline

from ...classify.encoder import SentenceEncoder
from .. import nlp
from .cues import CueSpec, find
from .features import OptionCueFeatures, Segment, segments
from .links import merit_links
from .tagger import N_SPAN_FEATURES, Pieces, SpanTagger, piece_labels, span_features

log = logging.getLogger(__name__)
SEG_CAP = 2
TOKENS = r"(?u)\b\w+\b|\?"  # words, and "?" so a question is part of its n-grams


class Analysed(NamedTuple):
    """One text after segmentation: its segments, cue vector and (after scoring) segment probabilities."""

    doc: Any
    segments: list[Segment]
    text_vector: np.ndarray


def _overlaps(seg: Segment, spans: list[tuple[int, int]]) -> bool:
    for a, b in spans:
        inter = min(seg.end_char, b) - max(seg.start_char, a)
        if inter > 0 and (inter >= 0.5 * (b - a) or seg.start_char <= a < seg.end_char):
            return True
    return False


def group_merits(p_opt: np.ndarray, p_mer: np.ndarray, threshold: float = 0.5) -> np.ndarray:
    """Per option group (an option segment and the non-option segments after it), the strongest merit score."""
    out: list[float] = []
    for o, m in zip(p_opt, p_mer):
        if o >= threshold:
            out.append(float(m))
        elif out:
            out[-1] = max(out[-1], float(m))
    return np.asarray(out)


class TwoOptionsModel(ClassifierMixin, BaseEstimator):
    """Texts → P(two or more live options), P(relative merits explained | options); also the option segments."""

    def __init__(self, spec: dict[str, Any] | None = None, spacy_model: str = nlp.DEFAULT_MODEL, split_over: int = 25,
                 encoder: SentenceEncoder | None = None, C_segment: float = 1.0, C_text: float = 2.0,
                 text_embedding: bool = True, inner_folds: int = 5, option_threshold: float = 0.5, seed: int = 13,
                 link_merits: bool = True, ngram_max: int = 3, C_ngram: float = 10.0, ngram_weight: float = 3.0,
                 span_tagger: bool = False, tagger_hidden: int = 128, tagger_epochs: int = 20,
                 tagger_layers: tuple[int, ...] = (-1,),
                 text_head: str = "logistic", boost_iter: int = 200, boost_rate: float = 0.05):
        self.spec = spec
        self.spacy_model = spacy_model
        self.split_over = split_over
        self.encoder = encoder
        self.C_segment = C_segment
        self.C_text = C_text
        self.text_embedding = text_embedding
        self.inner_folds = inner_folds
        self.option_threshold = option_threshold
        self.seed = seed
        self.link_merits = link_merits
        self.ngram_max = ngram_max
        self.C_ngram = C_ngram
        self.ngram_weight = ngram_weight
        self.span_tagger = span_tagger
        self.tagger_hidden = tagger_hidden
        self.tagger_epochs = tagger_epochs
        self.tagger_layers = tagger_layers
        self.text_head = text_head
        self.boost_iter = boost_iter
        self.boost_rate = boost_rate

    # ---- features -------------------------------------------------------------------------------------
    def _families(self) -> list[str]:
        return self.cue_features_.families_

    def analyse(self, X) -> list[Analysed]:
        docs = self.cue_features_.docs(list(X))
        out = []
        for doc in docs:
            cues = find(doc, self.cue_features_.cue_spec())
            out.append(Analysed(doc, segments(doc, cues, self.split_over), self.cue_features_.vector(doc, cues)))
        return out

    def _segment_matrix(self, items: list[Analysed]) -> tuple[np.ndarray, np.ndarray]:
        fams = self._families()
        texts, rows, owner = [], [], []
        for k, item in enumerate(items):
            n = len(item.segments)
            for i, seg in enumerate(item.segments):
                texts.append(item.doc.text[seg.start_char:seg.end_char].strip() or ".")
                prev_neg = float(i > 0 and "ruled_out" in item.segments[i - 1].negative_cues)
                next_neg = float(i + 1 < n and "ruled_out" in item.segments[i + 1].negative_cues)
                counts = [min(sum(c == f for c in seg.option_cues + seg.merit_cues + seg.negative_cues), SEG_CAP)
                          / SEG_CAP for f in fams]
                words = len(texts[-1].split())
                rows.append(counts + [prev_neg, next_neg, i / max(n - 1, 1), float(i == 0), float(i == n - 1),
                                      np.log1p(words) / 5, float(bool(seg.option_cues)), float(bool(seg.merit_cues))])
                owner.append(k)
        if not texts:
            return np.zeros((0, 1), dtype=np.float32), np.zeros(0, dtype=int)
        emb = self.encoder_.transform(texts)
        return np.hstack([emb, np.asarray(rows, dtype=np.float32)]), np.asarray(owner)

    def _text_matrix(self, items: list[Analysed], p_opt: np.ndarray, p_mer: np.ndarray, owner: np.ndarray) -> np.ndarray:
        rows = []
        for k, item in enumerate(items):
            o, m = p_opt[owner == k], p_mer[owner == k]
            m_near = np.maximum(m, np.r_[m[1:], 0.0]) if len(m) else m  # a merit may follow its option
            tied = np.sort(o * m_near)[::-1] if len(o) else np.zeros(0)
            top = np.sort(o)[::-1] if len(o) else np.zeros(0)

            def nth(a: np.ndarray, i: int) -> float:
                return float(a[i]) if len(a) > i else 0.0

            groups = np.sort(group_merits(o, m))[::-1]
            agg = [nth(top, 0), nth(top, 1), nth(top, 2), min(float(o.sum()), 4) / 4,
                   min(int((o >= 0.5).sum()), 4) / 4, nth(tied, 0), nth(tied, 1),
                   min(int(((o >= 0.5) & (m_near >= 0.5)).sum()), 3) / 3, float(m.max()) if len(m) else 0.0,
                   min(float(m.sum()), 4) / 4, nth(groups, 0), nth(groups, 1), nth(groups, 2),
                   min(int((groups >= 0.5).sum()), 3) / 3, float(len(groups) >= 2)]
            if self.link_merits:  # which options the merits attach to (see .links)
                ln = merit_links(item.doc, item.segments, o, m)
                agg += [min(ln.options_with_merits, 3) / 3, float(ln.options_with_merits >= 2),
                        min(ln.merits_after_options, 3) / 3, min(ln.comparisons, 2) / 2, min(ln.ordinal_references, 3) / 3]
            rows.append(np.r_[item.text_vector, agg])
        T = np.asarray(rows, dtype=np.float32)
        if self.text_embedding and items:
            T = np.hstack([T, self.encoder_.transform([it.doc.text for it in items])])
        return T

    def _ngram_head(self) -> Pipeline:
        """Hashed word 1–n-grams → TF-IDF → logistic regression; hashing keeps training text out of the model file."""
        return make_pipeline(HashingVectorizer(ngram_range=(1, self.ngram_max), token_pattern=TOKENS, n_features=2 ** 16,
                                               alternate_sign=False, norm=None),
                             TfidfTransformer(sublinear_tf=True),
                             LogisticRegression(C=self.C_ngram, max_iter=5000, class_weight="balanced"))

    def _fit_ngram_heads(self, texts: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Fit the present and merits n-gram heads; return their out-of-fold probabilities, (n, 2)."""
        oof = np.zeros((len(texts), 2))
        self.ngram_heads_ = []
        for col, rows in ((0, np.ones(len(y), dtype=bool)), (1, y[:, 0])):  # merits: among texts with options
            idx = np.flatnonzero(rows)
            cv = StratifiedKFold(self.inner_folds, shuffle=True, random_state=self.seed)
            oof[idx, col] = cross_val_predict(self._ngram_head(), texts[idx], y[idx, col], cv=cv,
                                              method="predict_proba")[:, 1]
            head = self._ngram_head().fit(texts[idx], y[idx, col])
            if (~rows).any():
                oof[~rows, col] = head.predict_proba(texts[~rows])[:, 1]
            self.ngram_heads_.append(head)
        return oof

    def _ngram_columns(self, items: list[Analysed]) -> np.ndarray:
        texts = [it.doc.text for it in items]
        return np.c_[tuple(h.predict_proba(texts)[:, 1] for h in self.ngram_heads_)] if texts else np.zeros((0, 2))

    def _pieces(self, items: list[Analysed]) -> list[Pieces]:
        texts = [it.doc.text for it in items]
        return [Pieces(*p) for p in self.encoder_.pieces(texts, self._layers())] if items else []

    def _layers(self) -> tuple[int, ...]:
        return tuple(getattr(self, "tagger_layers", (-1,)))  # models saved before the parameter: the last layer

    def _fit_tagger(self, items: list[Analysed], y: np.ndarray, option_spans, merit_spans) -> np.ndarray:
        """Fit the span tagger; return its out-of-fold span features per text."""
        pieces = self._pieces(items)
        labels = [piece_labels(p.offsets, option_spans[k], merit_spans[k]) for k, p in enumerate(pieces)]
        tagger = SpanTagger(hidden=self.tagger_hidden, epochs=self.tagger_epochs, seed=self.seed)
        F = np.zeros((len(items), N_SPAN_FEATURES), dtype=np.float32)
        for tr, te in KFold(self.inner_folds, shuffle=True, random_state=self.seed).split(pieces):
            fold = clone(tagger).fit([pieces[i] for i in tr], [labels[i] for i in tr], y[tr])
            F[te] = self._span_matrix(fold, [pieces[i] for i in te])
        self.tagger_ = clone(tagger).fit(pieces, labels, y)
        return F

    @staticmethod
    def _span_matrix(tagger: SpanTagger, pieces: list[Pieces]) -> np.ndarray:
        tags, text = tagger.predict_proba(pieces)
        return np.asarray([span_features(t, x) for t, x in zip(tags, text)], dtype=np.float32).reshape(
            len(pieces), N_SPAN_FEATURES)

    def _tagger_columns(self, items: list[Analysed]) -> np.ndarray:
        return self._span_matrix(self.tagger_, self._pieces(items))

    def _text_head(self):
        """The present and merits heads: logistic regression, or gradient-boosted trees (which can combine the
        structural counts non-linearly: "two options" AND "a merit in each region")."""
        if self.text_head == "boosted":
            return HistGradientBoostingClassifier(max_iter=self.boost_iter, learning_rate=self.boost_rate,
                                                  class_weight="balanced", random_state=self.seed)
        if self.text_head == "logistic":
            return LogisticRegression(C=self.C_text, max_iter=5000, class_weight="balanced")
        raise ValueError(f"text_head={self.text_head!r}: use 'logistic' or 'boosted'")

    # ---- estimator ------------------------------------------------------------------------------------
    def fit(self, X, y, option_spans=None, merit_spans=None):
        """``y``: (n, 2) booleans [present, merits_explained]; spans: per text lists of (start, end)."""
        y = np.asarray(y, dtype=bool).reshape(len(X), 2)
        spec = CueSpec.model_validate(self.spec) if self.spec else _default_spec()
        self.cue_features_ = OptionCueFeatures(spec.model_dump(), self.spacy_model, self.split_over).fit(None)
        self.encoder_ = (self.encoder if self.encoder is not None else SentenceEncoder(max_length=256)).fit(None)
        self.classes_ = np.array([False, True])
        items = self.analyse(X)
        if self.span_tagger:
            self._pieces(items)  # one encoder pass fills both the piece and the text-embedding caches
        S, owner = self._segment_matrix(items)
        option_spans = option_spans or [[] for _ in X]
        merit_spans = merit_spans or [[] for _ in X]
        y_opt = np.array([_overlaps(seg, option_spans[k]) for k, it in enumerate(items) for seg in it.segments])
        y_mer = np.array([_overlaps(seg, merit_spans[k]) for k, it in enumerate(items) for seg in it.segments])
        seg_head = LogisticRegression(C=self.C_segment, max_iter=5000, class_weight="balanced")
        p_opt, p_mer = np.zeros(len(owner)), np.zeros(len(owner))
        for tr, te in GroupKFold(n_splits=self.inner_folds).split(S, groups=owner):
            p_opt[te] = clone(seg_head).fit(S[tr], y_opt[tr]).predict_proba(S[te])[:, 1]
            p_mer[te] = clone(seg_head).fit(S[tr], y_mer[tr]).predict_proba(S[te])[:, 1]
        self.option_head_ = clone(seg_head).fit(S, y_opt)
        self.merit_head_ = clone(seg_head).fit(S, y_mer)
        T = self._text_matrix(items, p_opt, p_mer, owner)
        if self.ngram_weight > 0:
            T = np.hstack([T, self.ngram_weight * self._fit_ngram_heads(np.array([it.doc.text for it in items], dtype=object), y)])
        if self.span_tagger:
            T = np.hstack([T, self._fit_tagger(items, y, option_spans, merit_spans)])
        text_head = self._text_head()
        self.present_head_ = clone(text_head).fit(T, y[:, 0])
        present = y[:, 0]  # merits are learned among texts that do set out options: P(merits | present)
        self.merits_head_ = clone(text_head).fit(T[present], y[present, 1])
        self.n_segments_ = int(len(owner))
        return self

    def score_items(self, items: list[Analysed]) -> tuple[np.ndarray, list[np.ndarray], list[np.ndarray]]:
        """(n, 2) text probabilities and, per text, option and merit probability per segment."""
        span = self._tagger_columns(items) if getattr(self, "span_tagger", False) else None
        S, owner = self._segment_matrix(items)
        p_opt = self.option_head_.predict_proba(S)[:, 1] if len(owner) else np.zeros(0)
        p_mer = self.merit_head_.predict_proba(S)[:, 1] if len(owner) else np.zeros(0)
        T = self._text_matrix(items, p_opt, p_mer, owner)
        if self.ngram_weight > 0:
            T = np.hstack([T, self.ngram_weight * self._ngram_columns(items)])
        if span is not None:
            T = np.hstack([T, span])
        probs = np.c_[self.present_head_.predict_proba(T)[:, 1], self.merits_head_.predict_proba(T)[:, 1]]
        return probs, [p_opt[owner == k] for k in range(len(items))], [p_mer[owner == k] for k in range(len(items))]

    def predict_proba(self, X) -> np.ndarray:
        """(n, 2): P(present), P(merits explained | present)."""
        return self.score_items(self.analyse(X))[0]

    def predict(self, X) -> np.ndarray:
        """(n, 2) booleans; merits are only ever explained when options are present."""
        p = self.predict_proba(X)
        present = p[:, 0] >= 0.5
        return np.c_[present, present & (p[:, 1] >= 0.5)]


def _default_spec() -> CueSpec:
    from .cues import load_spec

    return load_spec()
