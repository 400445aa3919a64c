"""``dvc repro`` of the classifier stages (prepare → train → evaluate) in a throw-away copy, offline.

The copy gets its own git and DVC repositories, a tiny ``train`` parameter set (120 examples, 2 folds)
and the first rows of each labelled file, so the whole pipeline runs in a couple of minutes on two
cores. The eval_pii stages are not run here (tests/test_eval_pii.py covers them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DVC = Path(sys.executable).parent / "dvc"
TASKS = ("sentiment", "complexity")
ROWS = 150  # labelled rows kept per task in the copy (train.limit below uses 120 of them)

pytestmark = pytest.mark.integration


def _copy_project(dest: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pipeline", "configs"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    for name in ("params.yaml", "dvc.yaml", "pyproject.toml", ".dvcignore"):
        shutil.copy2(ROOT / name, dest / name)
    labelled = dest / "data" / "sample" / "labelled"
    labelled.mkdir(parents=True)
    for task in TASKS:
        lines = (ROOT / "data" / "sample" / "labelled" / f"{task}.jsonl").read_text(encoding="utf-8").splitlines()
        (labelled / f"{task}.jsonl").write_text("\n".join(lines[:ROWS]) + "\n", encoding="utf-8")
    params = yaml.safe_load((dest / "params.yaml").read_text(encoding="utf-8"))
    params["train"].update({"limit": 120, "folds": 2})
    (dest / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 600) -> subprocess.CompletedProcess:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.mark.skipif(not DVC.exists(), reason="dvc is not installed (pip install -e '.[dev]')")
def test_dvc_repro_classifier_stages(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _copy_project(repo)
    env = {**os.environ, "DVC_NO_ANALYTICS": "1", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "MLFLOW_DISABLE_TELEMETRY": "true",
           "TOKENIZERS_PARALLELISM": "false", "PYTHONPATH": str(repo),  # the copy's code and configs
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "GIT_AUTHOR_NAME": "ccqa-test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "ccqa-test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    _run(["git", "init", "-q"], repo, env)
    _run([str(DVC), "init", "-q"], repo, env)
    _run([str(DVC), "config", "core.autostage", "false"], repo, env)

    _run([str(DVC), "repro", "train", "evaluate"], repo, env)  # upstream prepare stages run first

    for task in TASKS:
        assert (repo / "data" / "prepared" / f"{task}.jsonl").is_file()
        for name in ("model.skops", "card.json", "README.md"):
            assert (repo / "models" / task / name).is_file(), f"models/{task}/{name} missing"
        assert (repo / "metrics" / f"confusion_{task}.png").stat().st_size > 0
        report = json.loads((repo / "metrics" / f"evaluate_{task}.json").read_text(encoding="utf-8"))
        assert report["task"] == task and report["n_eval"] == 24 and 0.0 <= report["macro_f1"] <= 1.0
        trained = json.loads((repo / "metrics" / f"train_{task}.json").read_text(encoding="utf-8"))
        assert trained["cv"]["folds"] == 2 and "mlflow" not in trained  # --no-tracking in dvc.yaml
        header = (repo / "metrics" / f"predictions_{task}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header == "actual,predicted"
    assert not (repo / "mlflow.db").exists() and not (repo / "mlruns").exists()
    # DVC keeps the cached outputs (prepared data) out of git itself; the models are committed (cache: false)
    ignored = (repo / "data" / "prepared" / ".gitignore").read_text(encoding="utf-8").split()
    assert {f"/{task}.jsonl" for task in TASKS} <= set(ignored)
    assert not (repo / "models" / ".gitignore").exists()

    lock = yaml.safe_load((repo / "dvc.lock").read_text(encoding="utf-8"))
    assert {f"{s}@{t}" for s in ("prepare", "train", "evaluate") for t in TASKS} <= set(lock["stages"])
    assert not any(name.startswith("eval_pii") for name in lock["stages"])

    # nothing changed since the run (bytecode written by the stages is in .dvcignore)
    status = _run([str(DVC), "status", "--json", "train", "evaluate"], repo, env)
    assert json.loads(status.stdout) == {}

    shown = json.loads(_run([str(DVC), "metrics", "show", "--json"], repo, env).stdout)
    files = next(iter(shown.values()))["data"]
    for task in TASKS:
        assert "macro_f1" in files[f"metrics/evaluate_{task}.json"]["data"]
        assert "cv" in files[f"metrics/train_{task}.json"]["data"]
    _run([str(DVC), "plots", "show", "--json"], repo, env)
