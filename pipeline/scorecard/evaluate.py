"""``ccqa eval-scorecard``: agreement between ccqa's scorecard and human QA labels.

The labelled file is native ccqa interaction JSONL with three extra keys per line:
``"labels": {item_id: "pass" | "fail" | "na"}``, ``"risk": [flag, …]`` and optional ``"notes"`` and ``"source"``
(guide: ``data/sample/labelled/LABELLING_scorecard.md``). Every interaction goes through the real
pipeline (redaction first), and per item we report

* agreement — share of labelled interactions where ccqa's result equals the human one;
* Cohen's kappa over the three outcomes (None when it is undefined: one outcome only on both sides);
* the pass/fail/na counts on each side and the confusion matrix (human rows, ccqa columns);

plus precision and recall of each risk flag. The metric functions are pure; ``run`` does the I/O.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import LabelledDataError
from ..schema import Interaction, RedactedInteraction, SourceRef

log = logging.getLogger(__name__)

OUTCOMES = ("pass", "fail", "na")
EXTRA_KEYS = ("labels", "risk", "notes", "source")  # label-file fields, not interaction fields


@dataclass(frozen=True)
class Labelled:
    interaction: Interaction
    labels: dict[str, str]
    risk: frozenset[str]
    line: int


# ---------------------------------------------------------------- metrics (pure)

def agreement(human: Sequence[str], predicted: Sequence[str]) -> float | None:
    """Share of positions where the two sequences agree; None for empty input."""
    if not human:
        return None
    return sum(h == p for h, p in zip(human, predicted)) / len(human)


def kappa(human: Sequence[str], predicted: Sequence[str]) -> float | None:
    """Cohen's kappa (sklearn); None when undefined (no items, or one outcome only on both sides)."""
    if not human or len(set(human) | set(predicted)) < 2:
        return None
    from sklearn.metrics import cohen_kappa_score

    value = float(cohen_kappa_score(list(human), list(predicted), labels=list(OUTCOMES)))
    return None if value != value else value


def confusion(human: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, int]]:
    """Counts: ``[human][ccqa]`` over pass/fail/na."""
    table = {h: {p: 0 for p in OUTCOMES} for h in OUTCOMES}
    for h, p in zip(human, predicted):
        table[h][p] += 1
    return table


def precision_recall(human: Sequence[frozenset[str]], predicted: Sequence[frozenset[str]], flag: str) -> dict[str, Any]:
    """Precision and recall of one risk flag over interactions (None when undefined)."""
    tp = sum(flag in h and flag in p for h, p in zip(human, predicted))
    fp = sum(flag not in h and flag in p for h, p in zip(human, predicted))
    fn = sum(flag in h and flag not in p for h, p in zip(human, predicted))
    return {"support": tp + fn, "predicted": tp + fp, "tp": tp, "fp": fp, "fn": fn,
            "precision": _r(tp / (tp + fp)) if tp + fp else None, "recall": _r(tp / (tp + fn)) if tp + fn else None}


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def compare(data: Sequence[Labelled], predictions: Sequence[RedactedInteraction],
            item_order: Sequence[str] = ()) -> dict[str, Any]:
    """Per-item agreement, kappa, counts and confusion; per-flag precision and recall."""
    predicted: list[dict[str, str]] = []
    for rec in predictions:
        items = rec.scorecard.items if rec.scorecard else ()
        predicted.append({r.item_id: r.result for r in items})
    ids = list(dict.fromkeys([*item_order, *(k for d in data for k in d.labels)]))
    ids = [i for i in ids if any(i in d.labels for d in data)]
    items: dict[str, Any] = {}
    for item in ids:
        pairs = [(d.labels[item], p.get(item, "na"), d.interaction.interaction_id)
                 for d, p in zip(data, predicted) if item in d.labels]
        human, ours = [h for h, _, _ in pairs], [p for _, p, _ in pairs]
        a, k = agreement(human, ours), kappa(human, ours)
        items[item] = {"n": len(pairs), "agreement": _r(a), "kappa": _r(k),
                       "human": {o: human.count(o) for o in OUTCOMES}, "ccqa": {o: ours.count(o) for o in OUTCOMES},
                       "confusion": confusion(human, ours),
                       "disagreements": [i for h, p, i in pairs if h != p]}
    flags = sorted({f for d in data for f in d.risk} | {f.flag for p in predictions for f in (p.risk_flags or ())})
    human_flags = [d.risk for d in data]
    our_flags = [frozenset(f.flag for f in (p.risk_flags or ())) for p in predictions]
    agreements = [v["agreement"] for v in items.values() if v["agreement"] is not None]
    return {"interactions": len(data), "items": items,
            "risk_flags": {f: precision_recall(human_flags, our_flags, f) for f in flags},
            "mean_agreement": _r(sum(agreements) / len(agreements)) if agreements else None,
            "min_agreement": min(agreements) if agreements else None}


# ---------------------------------------------------------------- I/O

def load_labelled(path: Path) -> list[Labelled]:
    """Read the labelled JSONL; a bad line fails naming its number and the problem."""
    if not Path(path).is_file():
        raise LabelledDataError(f"labelled file '{path}' not found; pass an existing JSONL file")
    out = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as err:
            raise LabelledDataError(f"{path}:{number}: not valid JSON ({err.msg}); one object per line") from err
        if not isinstance(raw, dict):
            raise LabelledDataError(f"{path}:{number}: expected a JSON object")
        labels, risk = raw.get("labels"), raw.get("risk", [])
        if not isinstance(labels, dict) or not all(v in OUTCOMES for v in labels.values()):
            raise LabelledDataError(f"{path}:{number}: 'labels' must map item ids to one of {', '.join(OUTCOMES)}")
        if not isinstance(risk, list) or not all(isinstance(f, str) for f in risk):
            raise LabelledDataError(f"{path}:{number}: 'risk' must be a list of flag names")
        try:
            interaction = Interaction.model_validate({k: v for k, v in raw.items() if k not in EXTRA_KEYS})
        except ValidationError as err:
            first = err.errors(include_input=False)[0]
            where = ".".join(map(str, first["loc"])) or "<record>"
            raise LabelledDataError(f"{path}:{number}: {where}: {first['msg']}") from err
        out.append(Labelled(interaction, dict(labels), frozenset(risk), number))
    if not out:
        raise LabelledDataError(f"labelled file '{path}' has no records")
    return out


def predict(data: Sequence[Labelled], file: Path, cfg, config_dir: Path, batch_size: int = 32) -> list[RedactedInteraction]:
    """Run the configured pipeline (redact → … → scorecard) over the labelled interactions."""
    from ..score import Stages

    if not cfg.scorecard.enabled:
        cfg = cfg.model_copy(update={"scorecard": cfg.scorecard.model_copy(update={"enabled": True})})
    stages = Stages(cfg, config_dir)
    out: list[RedactedInteraction] = []
    for i in range(0, len(data), batch_size):
        batch = [(d.interaction, SourceRef(file=str(file), line=d.line)) for d in data[i:i + batch_size]]
        out.extend(stages.process(batch))
        log.info("scored %d/%d labelled interactions", len(out), len(data))
    return out


def run(file: Path, cfg, config_dir: Path, batch_size: int = 32) -> dict[str, Any]:
    """Read the labelled file, score it with the real pipeline and compare; returns the report."""
    from .spec import load_spec

    data = load_labelled(Path(file))
    predictions = predict(data, Path(file), cfg, config_dir, batch_size)
    spec, _, _ = load_spec(Path(config_dir) / cfg.scorecard.path)
    report = compare(data, predictions, [i.id for i in spec.items])
    report.update({"file": str(file), "scorecard_id": spec.scorecard_id, "language_stage": cfg.language.enabled,
                   "classify_stage": cfg.classify.enabled,
                   "bands": dict(sorted(Counter(p.scorecard.band for p in predictions if p.scorecard).items()))})
    return report


def write_json(report: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
