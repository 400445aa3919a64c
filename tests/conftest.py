"""Shared fixtures. The offline switches are set here as the CLI sets them at start-up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.cli import OFFLINE_ENV

for _key, _value in OFFLINE_ENV.items():
    os.environ.setdefault(_key, _value)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = ROOT / "data" / "sample"


@pytest.fixture(scope="session")
def redactor():
    """The real redaction engine (spaCy + Presidio), loaded once for the session."""
    from pipeline.redact.engine import Redactor

    engine = Redactor.default()
    engine.analyzer  # noqa: B018 - load now
    return engine


@pytest.fixture(scope="session")
def analyze(redactor):
    """Analyze one conversation (list of turn texts) → per turn list of (entity, matched text)."""

    def run(*turns: str) -> list[list[tuple[str, str]]]:
        results = redactor.analyze_turns([list(turns)])[0]
        return [[(r.entity_type, text[r.start:r.end]) for r in res] for text, res in zip(turns, results)]

    return run


@pytest.fixture(scope="session")
def feedback_run(tmp_path_factory):
    """One ``ccqa score`` of a small input (seeded PII, injected HTML), tracked by a loopback MLflow server
    over a tmp SQLite store; shared by the browser and leak tests."""
    from .feedback_run import score, start_server, stop_server

    root = tmp_path_factory.mktemp("feedback_run")
    proc, url = start_server(root)
    try:
        yield score(root, url)
    finally:
        stop_server(proc)


@pytest.fixture(autouse=True)
def _isolate_mlflow_uri():
    """``mlflow.set_tracking_uri`` also sets ``MLFLOW_TRACKING_URI`` in the environment, which later
    subprocesses inherit; restore it after each test so no test points another at a stopped server."""
    before = os.environ.get("MLFLOW_TRACKING_URI")
    yield
    if before is None:
        os.environ.pop("MLFLOW_TRACKING_URI", None)
    else:
        os.environ["MLFLOW_TRACKING_URI"] = before
    import sys

    if "mlflow" in sys.modules:
        import mlflow

        mlflow.set_tracking_uri(before or "")
        if before is None:
            os.environ.pop("MLFLOW_TRACKING_URI", None)
