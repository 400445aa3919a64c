"""Training against a real MLflow tracking server on loopback: registry, alias and the champion rule."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .feedback_run import start_server, stop_server

pytestmark = pytest.mark.integration
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def mlflow_server(tmp_path_factory):
    """A real ``mlflow server`` on loopback over a tmp SQLite store, stopped with its workers afterwards."""
    proc, url = start_server(tmp_path_factory.mktemp("mlflow"))
    try:
        yield url
    finally:
        stop_server(proc)


def train(url: str, workdir: Path, *extra: str) -> subprocess.CompletedProcess:
    params = workdir / "params.yaml"
    params.write_text("train:\n  folds: 2\n  limit: 90\n  seed: 5\n")
    env = {**os.environ, "MLFLOW_TRACKING_URI": url}
    return subprocess.run([str(BIN / "ccqa"), "train", "sentiment", "--params", str(params),
                           "--data", str(ROOT / "data/sample/labelled/sentiment.jsonl"),
                           "--out", str(workdir / "models/sentiment"), "--metrics", str(workdir / "metrics"), *extra],
                          capture_output=True, text=True, env=env, cwd=workdir, timeout=600)


def test_tracking_server_registers_and_keeps_champion_unless_beaten(mlflow_server, tmp_path):
    import mlflow
    from mlflow.tracking import MlflowClient

    first = train(mlflow_server, tmp_path)
    assert first.returncode == 0, first.stderr
    assert "becomes champion" in first.stdout
    second = train(mlflow_server, tmp_path)  # same data and seed: equal, not better
    assert second.returncode == 0, second.stderr
    assert "champion unchanged" in second.stdout

    mlflow.set_tracking_uri(mlflow_server)
    client = MlflowClient()
    assert client.get_model_version_by_alias("ccqa-sentiment", "champion").version == "1"
    versions = client.search_model_versions("name='ccqa-sentiment'")
    assert len(versions) == 2
    run = client.get_run(versions[0].run_id)
    assert "cv_macro_f1" in run.data.metrics and "encoder.max_length" in run.data.params
    artifacts = {a.path for a in client.list_artifacts(run.info.run_id)}
    assert {"confusion_cv.png", "confusion_eval.png", "model_card"} <= artifacts
    model = mlflow.pyfunc.load_model("models:/ccqa-sentiment@champion")
    import pandas as pd

    assert list(model.predict(pd.DataFrame({"text": ["thank you so much, brilliant help"]}))) == ["positive"]
    assert not (tmp_path / "mlflow.db").exists()  # the server was used, not a local store
