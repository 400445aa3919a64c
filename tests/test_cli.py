"""The ``ccqa`` command as a user runs it: real subprocesses, real engine, files on disk."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.schema import QuarantineRecord, RedactedInteraction, RunSummary

from .conftest import FIXTURES, ROOT, SAMPLE

CCQA = str(Path(sys.executable).parent / "ccqa")


def ccqa(*args, cwd=None):
    return subprocess.run([CCQA, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    # run from another working directory: defaults must be found relative to the package
    result = ccqa("score", SAMPLE / "inputs", FIXTURES / "ingest", "--out", out, cwd=tmp_path_factory.mktemp("cwd"))
    assert result.returncode == 0, result.stderr
    return out, result


@pytest.mark.integration
def test_cli_score_writes_outputs_that_validate(scored):
    out, _ = scored
    records = [RedactedInteraction.model_validate_json(line) for line in (out / "interactions.jsonl").open()]
    quarantine = [QuarantineRecord.model_validate_json(line) for line in (out / "quarantine.jsonl").open()]
    summary = RunSummary.model_validate_json((out / "run.json").read_text())
    assert summary.read == summary.scored + summary.quarantined
    assert summary.scored == len(records) and summary.quarantined == len(quarantine)
    assert len(records) >= 90 and sum(summary.pii_counts.values()) > 100
    assert {r.channel.value for r in records} == {"call", "chat", "email"}
    assert all(r.complexity and r.sentiment and all(t.sentiment for t in r.turns) for r in records)


@pytest.mark.integration
def test_cli_score_last_line_states_the_counts(scored):
    out, result = scored
    summary = json.loads((out / "run.json").read_text())
    lines = result.stdout.strip().splitlines()
    assert f"read {summary['read']} · scored {summary['scored']} · quarantined {summary['quarantined']}" in lines
    assert lines[-2] == f"team overview: {(out / 'index.html').resolve()}" and lines[-1].startswith("MLflow run id: ")


@pytest.mark.integration
def test_cli_score_output_holds_no_seeded_pii(scored):
    out, _ = scored
    seeded = ["4929 1234 5678 9012", "QQ 12 34 56", "07700 900", "@example.com"]
    raw = [t["text"] for line in (SAMPLE / "inputs" / "interactions.jsonl").open() for t in json.loads(line)["turns"]]
    present = [s for s in seeded if any(s in t for t in raw)]
    assert present, "the sample should contain seeded PII"
    blob = (out / "interactions.jsonl").read_text() + (out / "quarantine.jsonl").read_text()
    assert not [s for s in present if s in blob]


def test_cli_missing_input_exits_nonzero(tmp_path):
    result = ccqa("score", tmp_path / "nope.jsonl", "--out", tmp_path / "out")
    assert result.returncode == 2 and "nope.jsonl" in result.stderr and "E002" in result.stderr


def test_cli_invalid_config_names_file_and_key(tmp_path):
    bad = tmp_path / "ccqa.yaml"
    bad.write_text("ingest:\n  max_turns: many\n")
    result = ccqa("score", FIXTURES / "ingest" / "good_small.jsonl", "--config", bad, "--out", tmp_path / "o")
    assert result.returncode == 2
    assert str(bad) in result.stderr and "ingest.max_turns" in result.stderr


def test_cli_module_entry_point_shows_help():
    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, cwd="/")
    assert result.returncode == 0 and "score" in result.stdout and "eval-pii" in result.stdout


@pytest.mark.integration
def test_cli_config_option_changes_behaviour(tmp_path):
    cfg = tmp_path / "ccqa.yaml"
    cfg.write_text(f"redaction:\n  presidio_dir: {ROOT / 'configs' / 'presidio'}\n  pseudonymise: true\n"
                   f"classify:\n  models_dir: {ROOT / 'models'}\n"
                   f"language:\n  rules_dir: {ROOT / 'configs' / 'rules'}\n"
                   f"  options_model_dir: {ROOT / 'models' / 'two_options'}\n"
                   f"scorecard:\n  path: {ROOT / 'configs' / 'scorecards' / 'default.yaml'}\n")
    result = ccqa("score", FIXTURES / "ingest" / "good_small.jsonl", "--config", cfg, "--out", tmp_path / "o",
                  "--no-tracking")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "o" / "interactions.jsonl").read_text()
    assert "_1>" in text
