"""``ccqa evaluate``: a saved model on the fixed held-out split of a labelled file."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import numpy as np

from . import persist
from .run import load_params
from .train import DEFAULT_DATA, LABELS, class_report, examples, read_jsonl, split


def run_evaluate(task: str, model_dir: Path, data: Path | None, params_file: Path | None, out_dir: Path) -> dict[str, Any]:
    data = Path(data or DEFAULT_DATA[task])
    params = load_params(params_file)
    rows = read_jsonl(data)
    X, y = examples(task, rows, data)
    if params.limit:
        rows, X, y = rows[:params.limit], X[:params.limit], y[:params.limit]
    index = list(range(len(y)))
    _, (idx_ev, y_ev) = split(index, y, params)
    X_ev = [X[i] for i in idx_ev]
    pipe = persist.load(model_dir)
    pred = pipe.predict(X_ev)
    report = {"task": task, "model": str(model_dir), "data": str(data), "n_eval": int(len(y_ev)),
              **class_report(y_ev, pred, LABELS[task])}
    if task == "complexity" and all("n_problems" in rows[i] and "n_actions" in rows[i] for i in idx_ev):
        # does the predicted complexity rise with the number of distinct problems and actions?
        from scipy.stats import spearmanr

        proba = pipe.predict_proba(X_ev)
        order = [list(pipe.classes_).index(c) for c in LABELS[task]]
        expected = proba[:, order] @ np.arange(len(order))
        workload = [rows[i]["n_problems"] + rows[i]["n_actions"] for i in idx_ev]
        report["spearman_expected_complexity_vs_problems_plus_actions"] = round(float(spearmanr(expected, workload)[0]), 4)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"evaluate_{task}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    with (out_dir / f"predictions_{task}.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["actual", "predicted"])
        writer.writerows(zip(y_ev, pred))
    return report
