"""No raw PII anywhere: seeded values never reach any output file, nor any MLflow param, tag, metric or artifact."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .feedback_run import SEEDED

pytestmark = pytest.mark.integration



def forms(value: str) -> set[str]:
    """The value as written, lower-cased, without spaces or separators, and digits only (6+ digits)."""
    out = {value.lower(), re.sub(r"[\s-]", "", value).lower()}
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 6:
        out.add(digits)
    if "@" not in value and " " in value and not any(c.isdigit() for c in value):
        out.add(value.split()[-1].lower())  # a name: the surname on its own (first names are in the gazetteer)
    return out


NEEDLES = sorted({f for v in SEEDED.values() for f in forms(v)})


def hits(text: str) -> list[str]:
    low = text.lower()
    return [n for n in NEEDLES if n in low]


def test_leaks_seeded_values_are_in_the_input(feedback_run):
    raw = feedback_run.inputs.read_text(encoding="utf-8")
    assert all(v in raw for v in SEEDED.values())


def test_leaks_no_seeded_pii_in_any_output_file(feedback_run):
    import pyarrow.parquet as pq

    checked = {}
    for path in sorted(p for p in feedback_run.out.rglob("*") if p.is_file()):
        if path.suffix == ".parquet":
            text = json.dumps(pq.read_table(path).to_pylist(), default=str)
        else:
            text = path.read_text(encoding="utf-8", errors="replace")
        checked[path.name] = hits(text)
    kinds = {p.suffix for p in feedback_run.out.rglob("*") if p.is_file()}
    assert {".jsonl", ".parquet", ".csv", ".html", ".md", ".json"} <= kinds
    assert {k: v for k, v in checked.items() if v} == {}
    assert len(checked) >= 10


def _artifact_text(folder: Path) -> dict[str, list[str]]:
    found = {}
    for path in (p for p in folder.rglob("*") if p.is_file()):
        found[str(path.relative_to(folder))] = hits(path.read_bytes().decode("utf-8", errors="replace"))
    return found


def test_leaks_no_seeded_pii_in_mlflow(feedback_run, tmp_path):
    import mlflow
    from mlflow.tracking import MlflowClient

    mlflow.set_tracking_uri(feedback_run.url)
    client = MlflowClient()
    runs = client.search_runs([client.get_experiment_by_name("ccqa-score").experiment_id])
    assert len(runs) == 1
    run = runs[0]
    fields = [*run.data.params, *map(str, run.data.params.values()), *run.data.tags,
              *map(str, run.data.tags.values()), *run.data.metrics, run.info.run_name or ""]
    assert [f for f in fields if hits(f)] == []
    run_files = _artifact_text(Path(mlflow.artifacts.download_artifacts(run_id=run.info.run_id,
                                                                        dst_path=str(tmp_path / "run"))))
    model_files = _artifact_text(Path(mlflow.artifacts.download_artifacts("models:/ccqa-scorer/1",
                                                                          dst_path=str(tmp_path / "model"))))
    assert any(name.endswith("index.html") for name in run_files) and "agents_table.json" in run_files
    assert any(name.endswith("input_example.json") for name in model_files)
    assert {k: v for k, v in {**run_files, **model_files}.items() if v} == {}
    # and the raw store itself (params, tags, metric names as written on disk)
    assert hits(feedback_run.store.read_bytes().decode("utf-8", errors="replace")) == []
