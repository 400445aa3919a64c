"""Train and evaluate the two-options model: pure functions; ``ccqa train-options`` and ``eval-options`` do the I/O."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Annotated, Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

from ...classify.encoder import SentenceEncoder
from ...errors import LabelledDataError
from .. import nlp
from .cues import CueSpec, load_spec
from .model import TwoOptionsModel

log = logging.getLogger(__name__)
DEFAULT_DATA = Path("data/sample/labelled/two_options.jsonl")
DEFAULT_HELDOUT = Path("data/heldout/two_options/heldout.jsonl")


class Span(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class OptionExample(BaseModel):
    """One labelled agent turn or reply (see data/sample/labelled/LABELLING_two_options.md)."""

    model_config = ConfigDict(frozen=True, extra="ignore")
    id: str
    channel: Literal["call", "chat", "email"]
    text: str = Field(min_length=1)
    present: bool
    merits_explained: bool
    options: tuple[Span, ...] = ()
    merit_spans: tuple[Span, ...] = ()
    source: str | None = None  # "template" or "hand" in our sample set; reported separately when present


class OptionsParams(BaseModel):
    """``params.yaml`` → ``train_options``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    seed: int = 13
    folds: int = Field(5, ge=2)
    C_segment: float = Field(1.0, gt=0)
    C_text: float = Field(2.0, gt=0)
    text_embedding: bool = True
    ngram_max: int = Field(3, ge=1, le=5)
    C_ngram: float = Field(10.0, gt=0)
    ngram_weight: float = Field(3.0, ge=0)  # 0 turns the n-gram heads off
    span_tagger: bool = True  # the word-piece option/merit tagger (BiLSTM) feeding the text heads
    tagger_hidden: int = Field(128, ge=8)
    tagger_epochs: int = Field(20, ge=1)
    tagger_layers: tuple[Annotated[int, Field(ge=-1)], ...] = Field((-1,), min_length=1)  # encoder states the tagger reads
    text_head: Literal["logistic", "boosted"] = "logistic"  # the present / merits heads
    boost_iter: int = Field(200, ge=1)  # boosted text heads: trees and learning rate
    boost_rate: float = Field(0.05, gt=0, le=1)
    max_length: int = Field(256, gt=8)
    torch_threads: int | None = 2


def read_examples(path: Path) -> list[OptionExample]:
    """Validated examples; a bad line raises :class:`LabelledDataError` naming file and line."""
    path = Path(path)
    if not path.is_file():
        raise LabelledDataError(f"labelled file '{path}' not found")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            ex = OptionExample.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as err:
            raise LabelledDataError(f"{path}:{n}: not a two-options example ({err.__class__.__name__}); each line "
                                    "needs id, channel, text, present, merits_explained") from err
        if ex.merits_explained and not ex.present:
            raise LabelledDataError(f"{path}:{n}: merits_explained is true but present is false")
        if any(s.end > len(ex.text) or s.end <= s.start for s in ex.options + ex.merit_spans):
            raise LabelledDataError(f"{path}:{n}: a span is empty or outside the text")
        out.append(ex)
    if not out:
        raise LabelledDataError(f"labelled file '{path}' has no examples")
    return out


def targets(examples: list[OptionExample]) -> np.ndarray:
    return np.array([[e.present, e.merits_explained] for e in examples], dtype=bool)


def prf(y_true: np.ndarray, y_pred: np.ndarray) -> dict[str, float]:
    p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0)
    return {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4),
            "support": int(np.sum(y_true)), "n": int(len(y_true))}


def _split(y: np.ndarray, pred: np.ndarray, groups: np.ndarray, names: list[str]) -> dict[str, Any]:
    return {g: {"presence": prf(y[groups == g, 0], pred[groups == g, 0]),
                "merits": prf(y[groups == g, 1], pred[groups == g, 1])} for g in names}


def report(examples: list[OptionExample], pred: np.ndarray) -> dict[str, Any]:
    """P/R/F1 for presence and for merits, overall, per channel and (where labelled) per source."""
    y = targets(examples)
    out: dict[str, Any] = {"presence": prf(y[:, 0], pred[:, 0]), "merits": prf(y[:, 1], pred[:, 1])}
    channels = np.array([e.channel for e in examples])
    out["by_channel"] = _split(y, pred, channels, [c for c in ("call", "chat", "email") if (channels == c).any()])
    sources = np.array([e.source or "" for e in examples])
    if len(set(sources) - {""}) > 1:  # generated vs hand-written records: how far the model fits the templates
        out["by_source"] = _split(y, pred, sources, sorted(set(sources) - {""}))
    return out


def build(params: OptionsParams, spec: CueSpec, encoder: SentenceEncoder | None = None) -> TwoOptionsModel:
    encoder = encoder or SentenceEncoder(max_length=params.max_length, torch_threads=params.torch_threads)
    return TwoOptionsModel(spec.model_dump(), encoder=encoder, C_segment=params.C_segment, C_text=params.C_text,
                           text_embedding=params.text_embedding, seed=params.seed, ngram_max=params.ngram_max,
                           C_ngram=params.C_ngram, ngram_weight=params.ngram_weight, span_tagger=params.span_tagger,
                           tagger_hidden=params.tagger_hidden, tagger_epochs=params.tagger_epochs,
                           tagger_layers=tuple(params.tagger_layers),
                           text_head=params.text_head, boost_iter=params.boost_iter, boost_rate=params.boost_rate)


def fit(examples: list[OptionExample], params: OptionsParams, spec: CueSpec, docs: list | None = None,
        encoder: SentenceEncoder | None = None) -> TwoOptionsModel:
    X = docs if docs is not None else [e.text for e in examples]
    return build(params, spec, encoder).fit(X, targets(examples), [[(s.start, s.end) for s in e.options] for e in examples],
                                            [[(s.start, s.end) for s in e.merit_spans] for e in examples])


def cv_folds(y: np.ndarray, params: OptionsParams) -> list[tuple[np.ndarray, np.ndarray]]:
    """The CV folds: stratified on present × merits, shuffled with ``params.seed``."""
    strata = y[:, 0].astype(int) * 2 + y[:, 1].astype(int)
    return list(StratifiedKFold(params.folds, shuffle=True, random_state=params.seed).split(y, strata))


def cross_validate(examples: list[OptionExample], params: OptionsParams, spec: CueSpec) -> tuple[dict[str, Any], np.ndarray]:
    """Stratified k-fold (on present × merits); each text is parsed and encoded once for all folds."""
    docs = list(nlp.parse([e.text for e in examples]))
    encoder = SentenceEncoder(max_length=params.max_length, torch_threads=params.torch_threads).fit(None)
    y = targets(examples)
    pred = np.zeros_like(y)
    for k, (tr, te) in enumerate(cv_folds(y, params), 1):
        model = fit([examples[i] for i in tr], params, spec, [docs[i] for i in tr], encoder)
        pred[te] = model.predict([docs[i] for i in te])
        log.info("two-options CV: fold %d/%d done (%d texts scored)", k, params.folds, len(te))
    return {"folds": params.folds, **report(examples, pred)}, pred


def default_spec() -> CueSpec:
    return load_spec()
