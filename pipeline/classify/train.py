"""Training and evaluation as pure functions: data in, fitted pipeline and metrics out."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, confusion_matrix, f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict, train_test_split
from sklearn.pipeline import Pipeline

from ..errors import LabelledDataError
from .encoder import SentenceEncoder
from .features import InteractionEncoder
from .finetune import FinetuneParams

Task = Literal["sentiment", "complexity"]
TASKS: tuple[str, ...] = ("sentiment", "complexity")
LABELS: dict[str, tuple[str, ...]] = {"sentiment": ("negative", "neutral", "positive"),
                                      "complexity": ("simple", "moderate", "complex")}
DEFAULT_DATA = {"sentiment": "data/sample/labelled/sentiment.jsonl",
                "complexity": "data/sample/labelled/complexity.jsonl"}


class EncoderParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    model_dir: str | None = None
    batch_size: int = Field(32, gt=0)
    max_length: int = Field(256, gt=8, le=512)
    torch_threads: int | None = Field(None, gt=0)


class HeadParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    C: float = Field(4.0, gt=0)
    class_weight: Literal["balanced"] | None = "balanced"
    max_iter: int = Field(3000, gt=0)


class TrainParams(BaseModel):
    """``params.yaml`` → ``train``: shared by both tasks unless overridden under the task name."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    seed: int = 13
    folds: int = Field(5, ge=2)
    eval_fraction: float = Field(0.2, gt=0, lt=0.5)
    limit: int | None = Field(None, gt=0, description="Use only the first N examples (smoke tests).")
    encoder: EncoderParams = EncoderParams()
    head: HeadParams = HeadParams()
    finetune: "FinetuneParams" = Field(default_factory=lambda: FinetuneParams())


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise LabelledDataError(f"training data '{path}' not found; pass --data with a labelled JSONL file")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise LabelledDataError(f"{path}:{number}: not valid JSON ({err.msg})") from err
    return rows


def examples(task: str, rows: list[dict[str, Any]], path: Path) -> tuple[list[Any], np.ndarray]:
    """(X, y) for a task; a row without the fields the task needs fails with its position."""
    X, y = [], []
    for number, row in enumerate(rows, start=1):
        label = row.get("label")
        if label not in LABELS[task]:
            raise LabelledDataError(f"{path} record {number}: label must be one of {', '.join(LABELS[task])}")
        if task == "sentiment":
            if not isinstance(row.get("text"), str) or not row["text"].strip():
                raise LabelledDataError(f"{path} record {number}: 'text' is missing or empty")
            X.append(row["text"])
        else:
            turns = row.get("turns")
            if not isinstance(turns, list) or not turns:
                raise LabelledDataError(f"{path} record {number}: 'turns' is missing or empty")
            X.append([(str(t.get("speaker", "customer")), str(t.get("text", ""))) for t in turns])
        y.append(label)
    return X, np.array(y)


def data_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_pipeline(task: str, params: TrainParams) -> Pipeline:
    """Encoder + logistic-regression head, composed in a scikit-learn ``Pipeline``."""
    enc = params.encoder.model_dump()
    features = SentenceEncoder(**enc) if task == "sentiment" else InteractionEncoder(**enc)
    head = LogisticRegression(C=params.head.C, class_weight=params.head.class_weight,
                              max_iter=params.head.max_iter, random_state=params.seed)
    return Pipeline([("features", features), ("head", head)])


def split(X: list[Any], y: np.ndarray, params: TrainParams):
    """The fixed evaluation split (stratified, seeded): the same for every model compared on it."""
    idx = np.arange(len(y))
    train_idx, eval_idx = train_test_split(idx, test_size=params.eval_fraction, random_state=params.seed, stratify=y)
    return ([X[i] for i in train_idx], y[train_idx]), ([X[i] for i in eval_idx], y[eval_idx])


@dataclass
class TrainResult:
    task: str
    pipeline: Pipeline
    labels: tuple[str, ...]
    cv: dict[str, Any]
    evaluation: dict[str, Any]
    confusion_cv: np.ndarray
    confusion_eval: np.ndarray
    eval_set: tuple[list[Any], np.ndarray]
    n_train: int
    extra: dict[str, Any] = field(default_factory=dict)


def class_report(y_true, y_pred, labels) -> dict[str, Any]:
    """Macro-F1, accuracy and per-class precision/recall/F1/support."""
    rep = classification_report(y_true, y_pred, labels=list(labels), output_dict=True, zero_division=0)
    return {"macro_f1": round(float(f1_score(y_true, y_pred, labels=list(labels), average="macro")), 4),
            "accuracy": round(float(rep["accuracy"]), 4),
            "per_class": {c: {k: round(float(rep[c][k]), 4) for k in ("precision", "recall", "f1-score", "support")}
                          for c in labels}}


def macro_f1(pipeline: Pipeline, X: list[Any], y: np.ndarray, labels: tuple[str, ...]) -> float:
    return round(float(f1_score(y, pipeline.predict(X), labels=list(labels), average="macro")), 4)


def train(task: str, X: list[Any], y: np.ndarray, params: TrainParams) -> TrainResult:
    """Stratified k-fold CV on the training split, final fit, evaluation on the fixed held-out split."""
    labels = LABELS[task]
    if params.limit:
        X, y = X[:params.limit], y[:params.limit]
    (X_tr, y_tr), (X_ev, y_ev) = split(X, y, params)
    pipe = build_pipeline(task, params)
    folds = StratifiedKFold(n_splits=params.folds, shuffle=True, random_state=params.seed)
    # the encoder caches embeddings by text, so each text is encoded once across all folds
    features = pipe.named_steps["features"].fit(X_tr)
    Z_tr = features.transform(X_tr)
    cv_pred = cross_val_predict(pipe.named_steps["head"], Z_tr, y_tr, cv=folds)
    per_fold = [round(float(f1_score(y_tr[te], cv_pred[te], labels=list(labels), average="macro")), 4)
                for _, te in folds.split(Z_tr, y_tr)]
    cv = {**class_report(y_tr, cv_pred, labels), "folds": params.folds, "macro_f1_per_fold": per_fold,
          "macro_f1_std": round(float(np.std(per_fold)), 4)}
    pipe.named_steps["head"].fit(Z_tr, y_tr)
    ev_pred = pipe.predict(X_ev)
    return TrainResult(task=task, pipeline=pipe, labels=labels, cv=cv, evaluation=class_report(y_ev, ev_pred, labels),
                       confusion_cv=confusion_matrix(y_tr, cv_pred, labels=list(labels)),
                       confusion_eval=confusion_matrix(y_ev, ev_pred, labels=list(labels)),
                       eval_set=(X_ev, y_ev), n_train=len(y_tr))
