"""``ccqa evaluate``: a saved model on the fixed held-out split of a labelled file."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from . import persist
from .run import load_params
from .train import DEFAULT_DATA, LABELS, _report, examples, read_jsonl, split


def run_evaluate(task: str, model_dir: Path, data: Path | None, params_file: Path | None, out_dir: Path) -> dict[str, Any]:
    data = Path(data or DEFAULT_DATA[task])
    params = load_params(params_file)
    X, y = examples(task, read_jsonl(data), data)
    if params.limit:
        X, y = X[:params.limit], y[:params.limit]
    _, (X_ev, y_ev) = split(X, y, params)
    pipe = persist.load(model_dir)
    pred = pipe.predict(X_ev)
    report = {"task": task, "model": str(model_dir), "data": str(data), "n_eval": int(len(y_ev)),
              **_report(y_ev, pred, LABELS[task])}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"evaluate_{task}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    with (out_dir / f"predictions_{task}.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["actual", "predicted"])
        writer.writerows(zip(y_ev, pred))
    return report
