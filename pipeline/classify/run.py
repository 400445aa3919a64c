"""``ccqa train``: thin I/O around :func:`pipeline.classify.train.train`."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from ..config import read_yaml, validate
from . import persist
from .train import DEFAULT_DATA, LABELS, TrainParams, data_sha256, examples, read_jsonl, train

log = logging.getLogger(__name__)

DESCRIPTIONS = {
    "sentiment": "Per-turn sentiment (negative / neutral / positive) of customer and agent turns in calls, chats, "
                 "emails and social posts: a logistic-regression head on all-MiniLM-L6-v2 sentence embeddings.",
    "complexity": "Interaction complexity (simple / moderate / complex): a logistic-regression head on pooled "
                  "turn embeddings (mean, max, customer mean) plus size features.",
}
LIMITS = {
    "sentiment": ["Trained on text authored for this project (data/sample/labelled/sentiment.jsonl); real "
                  "traffic is broader.", "Sarcasm and politeness masking anger remain the hardest cases.",
                  "English only (UK and US)."],
    "complexity": ["Trained on authored interactions (data/sample/labelled/complexity.jsonl).",
                   "Long turns are truncated at the encoder's max_length tokens.",
                   "Length correlates with the label in the training data."],
}


def load_params(path: Path | None) -> TrainParams:
    if path is None:
        return TrainParams()
    data = read_yaml(path) or {}
    return validate((data or {}).get("train", {}), TrainParams, f"{path} (train)")


def run_train(task: str, data: Path | None, params_file: Path | None, out: Path | None, metrics_dir: Path,
              tracking: bool, limit: int | None = None, finetune: bool = False) -> dict[str, Any]:
    data = Path(data or DEFAULT_DATA[task])
    params = load_params(params_file)
    if limit:
        params = params.model_copy(update={"limit": limit})
    rows = read_jsonl(data)
    X, y = examples(task, rows, data)
    out = Path(out or Path("models") / task)
    tuned = None
    if finetune:
        from .finetune import finetune as run_finetune
        from .train import split

        Xl, yl = (X[:params.limit], y[:params.limit]) if params.limit else (X, y)
        (X_tr, y_tr), _ = split(Xl, yl, params)  # never tune on the evaluation split
        tuned = run_finetune(task, X_tr, y_tr, LABELS[task], params.encoder.model_dir, out / "encoder",
                             params.finetune, params.seed)
        encoder = params.encoder.model_copy(update={"model_dir": str((out / "encoder").resolve())})
        params = params.model_copy(update={"encoder": encoder})
    log.info("training %s on %d examples from %s", task, len(y), data)
    result = train(task, X, y, params)
    counts = {label: int((y == label).sum()) for label in LABELS[task]}
    card = {"task": task, "description": DESCRIPTIONS[task], "data": str(data), "data_sha256": data_sha256(data),
            "n_examples": int(len(y) if not params.limit else min(len(y), params.limit)),
            "n_train": result.n_train, "n_eval": int(len(result.eval_set[1])), "class_counts": counts,
            "encoder": params.encoder.model_dump(), "head": params.head.model_dump(), "params": params.model_dump(),
            "cv": result.cv, "evaluation": result.evaluation, "limits": LIMITS[task], "finetune": tuned}
    persist.save(result.pipeline, out, card)
    metrics_dir.mkdir(parents=True, exist_ok=True)
    summary = {"task": task, "cv": result.cv, "evaluation": result.evaluation,
               "confusion_cv": result.confusion_cv.tolist(), "confusion_eval": result.confusion_eval.tolist(),
               "labels": list(result.labels), "model": str(out)}
    from .tracking import confusion_png

    confusion_png(result.confusion_cv, result.labels, f"{task}: cross-validated", metrics_dir / f"confusion_{task}.png")
    if tracking:
        from .tracking import log_training

        summary["mlflow"] = log_training(result, card, params.model_dump(), out)
    (metrics_dir / f"train_{task}.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary
