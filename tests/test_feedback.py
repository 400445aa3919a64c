"""Feedback records, aggregation, rendering and tables, on small made-up records (no models loaded)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import datetime, timezone

import pandas as pd
import pytest

from pipeline.config import CCQAConfig, FeedbackConfig, validate
from pipeline.errors import ConfigError
from pipeline.feedback import build, item_infos, read_previous, write
from pipeline.feedback.aggregate import (
    ItemInfo,
    agent_feedback,
    change,
    file_id,
    handling_seconds,
    item_rates,
    points,
    score_stats,
)
from pipeline.feedback.records import AgentFeedback
from pipeline.feedback.render import SORT_JS, _md, agent_html, agent_md, index_html
from pipeline.feedback.tables import agent_frame
from pipeline.feedback.tracking import _rows, run_metrics
from pipeline.schema import RedactedInteraction, RunSummary
from pipeline.schema_export import SCHEMAS

from .conftest import ROOT

NOW = datetime(2026, 3, 31, 12, 0, tzinfo=timezone.utc)
INFOS = {"greet": ItemInfo(item_id="greet", title="Greeting", coaching_tip="Say hello and your name."),
         "verify": ItemInfo(item_id="verify", title="Identity verified", coaching_tip="Verify first.", critical=True),
         "close": ItemInfo(item_id="close", title="Summary and next steps", coaching_tip="Recap, then next steps.")}
SETTINGS = FeedbackConfig(strengths=2, development=2, quotes_per_point=2, min_applicable=1)
EVIL = "<script>window.__x = 1</script>"


def record(iid: str, agent: str = "a-1", results: dict[str, str] | None = None, pct: float | None = 50.0,
           channel: str = "call", quote: str = "good morning", lift: float | None = 0.2, auto_fail: bool = False,
           flags: tuple[tuple[str, bool], ...] = (), label: str = "moderate", options: bool = False,
           turns: list[dict] | None = None) -> RedactedInteraction:
    results = results or {"greet": "pass", "verify": "pass", "close": "fail"}
    items = [{"item_id": k, "result": v, "weight": 10, "critical": k == "verify", "decided_by": "test",
              "explanation": f"{k} was {v}",
              "evidence": [{"turn": 0, "start": 0, "end": len(quote), "quote": quote}] if v == "pass" else []}
             for k, v in results.items()]
    turns = turns or [{"index": 0, "speaker": "agent", "text": quote, "start_s": 0.0, "end_s": 5.0},
                      {"index": 1, "speaker": "customer", "text": "thanks", "start_s": 6.0, "end_s": 65.0}]
    prob = {"negative": 0.1, "neutral": 0.8, "positive": 0.1}
    return RedactedInteraction.model_validate({
        "interaction_id": iid, "agent_id": agent, "channel": channel, "turns": turns,
        "source": {"file": "x.jsonl", "line": 1},
        "sentiment": {"overall": {"label": "neutral", "probabilities": prob}, "lift": lift,
                      "customer_end": {"label": "negative" if (lift or 0) < 0 else "neutral", "probabilities": prob}},
        "complexity": {"label": label, "probabilities": {label: 1.0}},
        "two_options": {"present": options, "merits_explained": options},
        "findings": [{"rule_id": "sentence_length", "result": "fail", "explanation": "too long",
                      "suggestion": "Split long sentences.",
                      "evidence": [{"turn": 0, "start": 0, "end": len(quote), "quote": quote}]}],
        "readability": {"agent": {"words": 10, "sentences": 2, "flesch_kincaid_grade": 6.0,
                                  "flesch_reading_ease": 70.0}},
        "scorecard": {"scorecard_id": "test.v1", "items": items, "earned": 10, "potential": 20, "percentage": pct,
                      "auto_fail": auto_fail, "band": "fail" if auto_fail else "meets"},
        "risk_flags": [{"flag": f, "escalated": e} for f, e in flags]})


def summary(scored: int = 3, quarantined: int = 1) -> RunSummary:
    return RunSummary(ccqa_version="0", read=scored + quarantined, scored=scored, quarantined=quarantined,
                      quarantined_by_code={}, pii_counts={}, inputs=(), config_hash="abc", started_at=NOW,
                      seconds=2.0)


@pytest.mark.parametrize("agent_id, expected", [
    ("agent-07", "agent-07"), ("A_b-9", "A_b-9"), ("north/<i>team</i> 7", None), ("../../etc/passwd", None),
    ("", None), ("Zoë O'Neil", None)])
def test_feedback_file_id_is_filename_safe_and_stable(agent_id, expected):
    fid = file_id(agent_id)
    assert re.fullmatch(r"[A-Za-z0-9_-]+", fid) and fid == file_id(agent_id)
    if expected:
        assert fid == expected
    else:
        assert fid != agent_id and re.search(r"-[0-9a-f]{8}$", fid)


def test_feedback_file_id_keeps_similar_ids_apart():
    assert file_id("a/b") != file_id("a_b") and file_id("a b") != file_id("a?b")


def test_feedback_score_stats_bins_and_bands():
    stats = score_stats([record("1", pct=5.0), record("2", pct=100.0), record("3", pct=55.0), record("4", pct=None)])
    assert stats.scored == 3 and stats.bins == (1, 0, 0, 0, 0, 1, 0, 0, 0, 1)
    assert stats.mean == pytest.approx(53.333, abs=1e-3) and stats.median == 55.0 and stats.bands == {"meets": 4}


def test_feedback_item_rates_leave_na_out_of_the_denominator():
    rates = {r.item_id: r for r in item_rates(
        [record("1"), record("2", results={"greet": "fail", "verify": "na", "close": "fail"})], INFOS)}
    assert (rates["greet"].passed, rates["greet"].failed, rates["greet"].pass_rate) == (1, 1, 0.5)
    assert (rates["verify"].na, rates["verify"].pass_rate) == (1, 1.0)
    assert rates["close"].pass_rate == 0.0 and list(rates) == ["greet", "verify", "close"]


def test_feedback_points_are_disjoint_with_tips_and_linked_quotes():
    records = [record("i1", quote="good morning, it's Sam"), record("i2", quote="hello there"),
               record("i3", results={"greet": "fail", "verify": "pass", "close": "fail"})]
    strengths, development = points(records, item_rates(records, INFOS), INFOS, SETTINGS)
    assert [p.item_id for p in development] == ["close", "greet"]
    assert development[0].coaching_tip == "Recap, then next steps." and development[0].pass_rate == 0.0
    assert [p.item_id for p in strengths] == ["verify"]  # greet is a development area, not both
    assert strengths[0].coaching_tip is None
    quotes = strengths[0].evidence
    assert [q.interaction_id for q in quotes] == ["i1", "i3"]  # longest spans first, one per interaction
    assert quotes[0].quote == "good morning, it's Sam"
    # a fail with no span quotes the detector's explanation, once, not the same text twice
    assert [q.quote for q in development[0].evidence] == ["close was fail"]


def test_feedback_handling_time_per_channel():
    call = record("c", turns=[{"index": 0, "speaker": "agent", "text": "hi", "start_s": 2.0, "end_s": 4.0},
                              {"index": 1, "speaker": "customer", "text": "yo", "start_s": 5.0, "end_s": 62.0}])
    chat = record("h", channel="chat", turns=[
        {"index": 0, "speaker": "customer", "text": "hi", "sent_at": "2026-03-01T10:00:00Z"},
        {"index": 1, "speaker": "agent", "text": "hello", "sent_at": "2026-03-01T10:04:30Z"}])
    email = record("e", channel="email", turns=[
        {"index": 0, "speaker": "customer", "text": "hi", "sent_at": "2026-03-01T10:00:00Z"},
        {"index": 1, "speaker": "agent", "text": "hello", "sent_at": "2026-03-03T10:00:00Z"}])
    untimed = record("u", turns=[{"index": 0, "speaker": "agent", "text": "hi"}])
    assert [handling_seconds(r) for r in (call, chat, email, untimed)] == [60.0, 270.0, None, None]


def test_feedback_agent_record_counts_and_change_since_previous():
    records = [record("1", flags=(("complaint", True), ("fraud", False)), auto_fail=True, label="complex",
                      options=True),
               record("2", lift=-0.4, label="complex"), record("3", pct=90.0)]
    first = agent_feedback("a-1", records[:2], INFOS, SETTINGS, NOW)
    assert (first.interactions, first.auto_fails, first.complaints, first.escalations) == (2, 1, 1, 1)
    assert first.flags["fraud"].raised == 1 and first.flags["fraud"].escalated == 0
    assert first.two_options.rate == 0.5 and first.sentiment.worsened == 1 and first.sentiment.ended_negative == 1
    assert first.handling.mean_s == 65.0 and first.readability.agent_grade == 6.0
    assert first.readability.rules[0].suggestion == "Split long sentences." and first.change is None
    again = AgentFeedback.model_validate_json(first.model_dump_json())
    assert again == first
    second = agent_feedback("a-1", records, INFOS, SETTINGS, NOW, previous=first)
    assert second.change.interactions == 1 and second.change.auto_fails == 0
    assert second.change.mean_score == pytest.approx(second.score.mean - first.score.mean, abs=1e-3)
    assert change(second, first.model_copy(update={"agent_id": "other"})) is None


def test_feedback_schema_is_published_and_versioned():
    assert SCHEMAS["agent_feedback.schema.json"] is AgentFeedback
    schema = json.loads((ROOT / "schemas" / "agent_feedback.schema.json").read_text())
    assert "schema_version" in schema["properties"] and "strengths" in schema["properties"]


def test_feedback_config_section_validates_with_key():
    cfg = validate({"feedback": {"strengths": 2, "experiment": "x"}}, CCQAConfig, "ccqa.yaml")
    assert cfg.feedback.strengths == 2 and cfg.feedback.experiment == "x"
    with pytest.raises(ConfigError, match=r"feedback\.strengths"):
        validate({"feedback": {"strengths": 0}}, CCQAConfig, "ccqa.yaml")
    with pytest.raises(ConfigError, match=r"feedback\.colour"):
        validate({"feedback": {"colour": "red"}}, CCQAConfig, "ccqa.yaml")


def test_feedback_item_infos_come_from_the_scorecard_yaml():
    from pipeline.config import load_config

    cfg, folder = load_config()
    infos = item_infos(cfg, folder)
    assert infos and all(i.coaching_tip for i in infos.values())


@pytest.mark.parametrize("render", ["html", "md"])
def test_feedback_transcript_text_is_escaped(render):
    a = agent_feedback(EVIL, [record("<b>id</b>", quote=f"hi {EVIL} <img src=x onerror=alert(1)>")], INFOS,
                       SETTINGS, NOW)
    text = agent_html(a) if render == "html" else agent_md(a)
    assert "<script>window" not in text and "<img src=x" not in text and "<b>id" not in text
    assert "&lt;script&gt;window.__x = 1&lt;/script&gt;" in text
    if render == "html":
        assert text.count("<script>") == 1  # only the sorting script


def test_feedback_html_is_self_contained_with_csp_hash():
    a = agent_feedback("a-1", [record("1"), record("2", lift=-0.3)], INFOS, SETTINGS, NOW)
    html = agent_html(a)
    digest = base64.b64encode(hashlib.sha256(SORT_JS.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in html and f"<script>{SORT_JS}</script>" in html
    assert not re.search(r"(src|href)=[\"']?(https?:)?//", html) and "@import" not in html
    assert html.count("<svg") == 3 and "class='bar'" in html


def test_feedback_md_escaping_keeps_apostrophes():
    assert _md("it's a | b <x>\nnext") == "it's a \\| b &lt;x&gt; next"


def test_feedback_publish_writes_every_file_and_reads_previous(tmp_path):
    cfg = CCQAConfig(feedback=SETTINGS)
    records = [record("1", agent="a-1"), record("2", agent="a-1"), record("3", agent="b/2", pct=80.0)]
    report = build(records, cfg, INFOS, summary(), tmp_path / "agents", None, NOW)
    files = write(report, records, tmp_path)
    names = {p.relative_to(tmp_path).as_posix() for p in files}
    fid = file_id("b/2")
    assert {"agents/a-1.json", "agents/a-1.md", "agents/a-1.html", f"agents/{fid}.html", "summary.csv",
            "interactions.parquet", "index.html"} <= names
    assert read_previous(tmp_path / "agents", "b/2").agent_id == "b/2"
    csv = pd.read_csv(tmp_path / "summary.csv")
    assert list(csv["agent_id"]) == ["a-1", "b/2"] and "item.greet" in csv.columns
    table = pd.read_parquet(tmp_path / "interactions.parquet")
    assert len(table) == 3 and json.loads(table["scorecard_json"][0])["scorecard_id"] == "test.v1"
    assert len(json.loads(table["turns_json"][0])) == 2 and table["percentage"].tolist() == [50.0, 50.0, 80.0]
    index = index_html(report)
    assert f'href="agents/{fid}.html"' in index and index.count("<svg") == 3
    later = build(records[:1], cfg, INFOS, summary(1, 0), tmp_path / "agents", None, NOW)
    assert later.agents[0].change.interactions == -1
    (tmp_path / "agents" / "a-1.json").write_text("{not json")
    assert read_previous(tmp_path / "agents", "a-1") is None


def test_feedback_metrics_and_agent_table():
    cfg = CCQAConfig(feedback=SETTINGS)
    records = [record("1"), record("2", agent="b", auto_fail=True)]
    report = build(records, cfg, INFOS, summary(2, 1), None, "run1", NOW)
    metrics = run_metrics(summary(2, 1), report)
    assert metrics["quarantined"] == 1 and metrics["throughput_per_s"] == 1.0
    assert metrics["item.close.pass_rate"] == 0.0 and metrics["team.auto_fails"] == 1
    assert all(isinstance(v, float) for v in metrics.values())
    frame = agent_frame(report.agents)
    assert list(frame["agent_id"]) == ["a-1", "b"] and frame["auto_fails"].tolist() == [0, 1]


def test_feedback_pyfunc_input_forms():
    row = {"interaction_id": "x", "agent_id": "a", "channel": "chat",
           "turns": [{"speaker": "customer", "text": "hi"}]}
    as_json = _rows(pd.DataFrame({"interaction": [json.dumps(row), "not json"]}))
    assert as_json == [row, None]
    as_columns = _rows(pd.DataFrame([{**row, "started_at": float("nan")}]))
    assert as_columns == [row]
    turns_as_text = _rows(pd.DataFrame([{**row, "turns": json.dumps(row["turns"]), "extra": 1}]))
    assert turns_as_text[0]["turns"] == row["turns"]


def test_feedback_cli_passes_no_tracking_and_previous(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    import pipeline.score
    from pipeline.cli import app
    from pipeline.feedback import Published

    seen = {}

    def fake(inputs, out, cfg, folder, fmt, progress=None, tracking=True, previous=None):
        seen.update(tracking=tracking, previous=previous)
        return summary(), Published(index=out / "index.html", files=())

    monkeypatch.setattr(pipeline.score, "score_and_publish", fake)
    result = CliRunner().invoke(app, ["score", str(tmp_path), "--out", str(tmp_path / "o"), "--no-tracking",
                                      "--previous", str(tmp_path / "old")])
    assert result.exit_code == 0, result.output
    assert seen == {"tracking": False, "previous": tmp_path / "old"}
    lines = result.output.strip().splitlines()
    assert lines[-2] == f"team overview: {(tmp_path / 'o' / 'index.html').resolve()}"
    assert lines[-1] == "MLflow run id: none (--no-tracking)"


@pytest.mark.integration
def test_feedback_score_run_is_tracked_in_mlflow(feedback_run):
    import mlflow
    from mlflow.tracking import MlflowClient

    lines = feedback_run.stdout.strip().splitlines()
    assert lines[-2] == f"team overview: {(feedback_run.out / 'index.html').resolve()}"
    run_id = lines[-1].removeprefix("MLflow run id: ")
    assert "read 5 · scored 5 · quarantined 0" in lines
    mlflow.set_tracking_uri(feedback_run.url)
    client = MlflowClient()
    run = client.get_run(run_id)
    params, metrics = run.data.params, run.data.metrics
    assert params["config_hash"] and params["scored"] == "5" and params["input.0.file"] == "interactions.jsonl"
    assert len(params["input.0.sha256"]) == 64 and params["model.sentiment.saved_at"]
    assert {"quarantined", "throughput_per_s", "team.item_pass_rate", "item.opening_rapport.pass_rate"} <= set(metrics)
    assert run.data.tags["ccqa.command"] == "score" and run.data.tags["ccqa.scorer"] == "models:/ccqa-scorer/1"
    names = {a.path for folder in (None, "feedback") for a in client.list_artifacts(run_id, folder)}
    assert {"agents_table.json", "feedback/index.html", "feedback/summary.csv", "feedback/agents"} <= names
    table = client.load_table(run.info.experiment_id, "agents_table.json", run_ids=[run_id])
    assert sorted(table["agent_id"]) == sorted(json.loads(line)["agent_id"] for line in feedback_run.inputs.open())
    version = client.get_model_version("ccqa-scorer", "1")
    assert version.tags["ccqa.fingerprint"] and version.run_id == run_id
    assert not (feedback_run.cwd / "mlflow.db").exists()  # the server was used, not a local store


@pytest.mark.integration
def test_feedback_registered_scorer_serves_mlflow_models_predict(feedback_run, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    # `mlflow models predict --content-type json` wants one JSON object: wrap the JSONL lines (README: jq -s)
    rows = [json.loads(line) for line in feedback_run.inputs.open()]
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"dataframe_records": rows}))
    result = subprocess.run([str(Path(sys.executable).parent / "mlflow"), "models", "predict", "-m",
                             "models:/ccqa-scorer/1", "-i", str(request), "-o", str(tmp_path / "pred.json"),
                             "--content-type", "json", "--env-manager", "local"],
                            capture_output=True, text=True, timeout=600,
                            env={**os.environ, "MLFLOW_TRACKING_URI": feedback_run.url})
    assert result.returncode == 0, result.stderr[-3000:]
    predictions = json.loads((tmp_path / "pred.json").read_text())["predictions"]
    scored = {json.loads(line)["interaction_id"]: json.loads(line)["scorecard"]["percentage"]
              for line in (feedback_run.out / "interactions.jsonl").open()}
    assert {p["interaction_id"]: p["percentage"] for p in predictions} == scored
    assert all(p["error"] is None and p["band"] for p in predictions)
