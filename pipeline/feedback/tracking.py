"""MLflow for ``ccqa score``: one run per scoring run, and the scoring pipeline as a registered pyfunc model.

Only ids, counts, hashes, rates and the (redacted) feedback files reach MLflow; the model's input example
is a fixed, made-up conversation.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import mlflow.pyfunc
import pandas as pd
import yaml

from .. import __version__
from ..classify.tracking import tracking_uri
from ..config import CCQAConfig
from ..schema import RunSummary, SourceRef
from .records import TeamReport

log = logging.getLogger(__name__)
FINGERPRINT_TAG = "ccqa.fingerprint"
MAX_INPUT_PARAMS = 50
#: Columns of the pyfunc model's output (one row per input row).
OUTPUT_COLUMNS = ("interaction_id", "agent_id", "channel", "percentage", "band", "auto_fail", "earned", "potential",
                  "items", "risk_flags", "complexity", "sentiment_lift", "error")
#: A fixed, made-up interaction: the only text the model's input example ever holds.
EXAMPLE = pd.DataFrame([{
    "interaction_id": "example-0001", "agent_id": "agent-example", "channel": "chat",
    "turns": [{"speaker": "agent", "text": "Hello, you're through to the help team. How can I help today?"},
              {"speaker": "customer", "text": "I'd like to move my delivery to another day please."},
              {"speaker": "agent", "text": "Of course. I can do Tuesday or Thursday; Thursday has no extra charge. "
                                           "Which would suit you? Is there anything else I can help with?"}],
}])
_STAGES: dict[str, Any] = {}


def model_dirs(cfg: CCQAConfig, config_dir: Path) -> dict[str, Path]:
    """Folders of the models the config uses, by task."""
    classify = (config_dir / cfg.classify.models_dir).resolve()
    return {"sentiment": classify / "sentiment", "complexity": classify / "complexity",
            "two_options": (config_dir / cfg.language.options_model_dir).resolve()}


def model_params(cfg: CCQAConfig, config_dir: Path) -> dict[str, str]:
    """Version facts from each model card (``card.json``): when saved, code version, training data hash."""
    params = {}
    for task, folder in model_dirs(cfg, config_dir).items():
        card_path = folder / "card.json"
        if not card_path.is_file():
            params[f"model.{task}"] = "missing"
            continue
        card = json.loads(card_path.read_text(encoding="utf-8"))
        params[f"model.{task}.saved_at"] = str(card.get("saved_at", ""))
        params[f"model.{task}.code_version"] = str(card.get("code_version", ""))
        params[f"model.{task}.data_sha256"] = str(card.get("data_sha256", ""))[:16]
    return params


def run_params(cfg: CCQAConfig, config_dir: Path, summary: RunSummary, agents: int) -> dict[str, Any]:
    """Params of a score run: config hash, model versions, input names and hashes, counts."""
    params: dict[str, Any] = {"config_hash": summary.config_hash, "ccqa_version": summary.ccqa_version,
                              "read": summary.read, "scored": summary.scored, "quarantined": summary.quarantined,
                              "agents": agents, "inputs.count": len(summary.inputs),
                              "pseudonymise": cfg.redaction.pseudonymise, **model_params(cfg, config_dir)}
    for i, f in enumerate(summary.inputs[:MAX_INPUT_PARAMS]):
        params[f"input.{i}.file"] = Path(f.path).name
        params[f"input.{i}.format"] = f.format
        params[f"input.{i}.sha256"] = f.sha256
    digest = hashlib.sha256("".join(sorted(f.sha256 for f in summary.inputs)).encode()).hexdigest()
    params["inputs.sha256"] = digest[:16]
    return params


def run_metrics(summary: RunSummary, team: TeamReport) -> dict[str, float]:
    """Team and per-item pass rates, score, quarantine count and throughput."""
    passed = sum(i.passed for i in team.items)
    applicable = sum(i.passed + i.failed for i in team.items)
    metrics = {"quarantined": summary.quarantined, "scored": summary.scored, "seconds": summary.seconds,
               "throughput_per_s": summary.scored / summary.seconds if summary.seconds else 0.0,
               "team.auto_fails": sum(a.auto_fails for a in team.agents),
               "team.complaints": sum(a.complaints for a in team.agents)}
    if applicable:
        metrics["team.item_pass_rate"] = passed / applicable
    if team.score.mean is not None:
        metrics["team.mean_score"] = team.score.mean
    if team.interactions:
        metrics["team.auto_fail_rate"] = metrics["team.auto_fails"] / team.interactions
    metrics.update({f"item.{i.item_id}.pass_rate": i.pass_rate for i in team.items if i.pass_rate is not None})
    return {k: float(v) for k, v in metrics.items()}


@contextmanager
def score_run(experiment: str, summary: RunSummary) -> Iterator[Any]:
    """An active MLflow run for one ``ccqa score``; marked FAILED if the block raises."""
    import mlflow

    mlflow.set_tracking_uri(tracking_uri())
    mlflow.set_experiment(experiment)
    with mlflow.start_run(run_name=f"score-{summary.started_at:%Y%m%d-%H%M%S}") as run:
        mlflow.set_tags({"ccqa.command": "score", "ccqa.version": __version__,
                         "ccqa.config_hash": summary.config_hash})
        yield run


def log_results(cfg: CCQAConfig, config_dir: Path, summary: RunSummary, team: TeamReport, frame: pd.DataFrame,
                files: Sequence[Path], out_dir: Path) -> None:
    """Params, metrics, tags, the feedback files and the per-agent table, into the active run."""
    import mlflow

    mlflow.log_params(run_params(cfg, config_dir, summary, len(team.agents)))
    mlflow.log_metrics(run_metrics(summary, team))
    mlflow.set_tags({"ccqa.scorecard_id": team.scorecard_id or "", "ccqa.agents": str(len(team.agents))})
    for path in files:
        rel = path.relative_to(out_dir).parent.as_posix()
        mlflow.log_artifact(str(path), artifact_path="feedback" + ("" if rel == "." else f"/{rel}"))
    mlflow.log_table(frame.astype(object).where(frame.notna(), None), artifact_file="agents_table.json")


# --- the scoring pipeline as a pyfunc model -------------------------------------------------------------------


def fingerprint(folder: Path) -> str:
    """sha256 over every file in the bundle (relative names and bytes)."""
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(file.relative_to(folder).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def make_bundle(cfg: CCQAConfig, config_dir: Path, dest: Path) -> Path:
    """``dest/configs`` (the config folder, with the effective ccqa.yaml) and ``dest/models``: all the scorer needs."""
    shutil.copytree(config_dir, dest / "configs", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    models = dest / "models"
    for task, folder in model_dirs(cfg, config_dir).items():
        if folder.is_dir():
            shutil.copytree(folder, models / task, ignore=shutil.ignore_patterns("__pycache__"))
    data = cfg.model_dump(mode="json")
    data["classify"]["models_dir"] = "../models"
    data["language"]["options_model_dir"] = "../models/two_options"
    (dest / "configs" / "ccqa.yaml").write_text("# effective ccqa config of this scorer model\n"
                                                + yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return dest


def remember_stages(key: str, stages: Any) -> None:
    """Lets a scorer model loaded in this process reuse stages already built (same bundle fingerprint)."""
    _STAGES[key] = stages


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _rows(frame: pd.DataFrame) -> list[dict[str, Any] | None]:
    """Input rows as dicts: a column of JSON strings (``interaction`` or the only column), or JSONL-like columns."""
    json_col = "interaction" if "interaction" in frame.columns else (frame.columns[0] if len(frame.columns) == 1
                                                                       else None)
    rows: list[dict[str, Any] | None] = []
    for row in frame.to_dict(orient="records"):
        if json_col is not None and isinstance(row[json_col], str):
            try:
                data = json.loads(row[json_col])
            except json.JSONDecodeError:
                data = None
            rows.append(data if isinstance(data, dict) else None)
            continue
        data = {k: v for k, v in row.items() if not _missing(v)}
        for key in ("turns", "metadata"):
            if isinstance(data.get(key), str):
                try:
                    data[key] = json.loads(data[key])
                except json.JSONDecodeError:
                    pass
        if hasattr(data.get("turns"), "tolist"):
            data["turns"] = data["turns"].tolist()
        rows.append(data)
    return rows


class ScorerModel(mlflow.pyfunc.PythonModel):
    """``predict(DataFrame of interactions) → DataFrame of scores``: redact → classify → language → scorecard."""

    #: No type hints on predict(): MLflow would then want the ``{"inputs": ...}`` request form only.
    _skip_type_hint_validation = True

    def load_context(self, context) -> None:
        from ..config import load_config
        from ..score import Stages

        bundle = Path(context.artifacts["bundle"])
        key = fingerprint(bundle)
        if key not in _STAGES:
            cfg, folder = load_config(bundle / "configs" / "ccqa.yaml")
            _STAGES[key] = Stages(cfg, folder)
        self.stages = _STAGES[key]

    def predict(self, context, model_input, params=None):
        from ..ingest.base import build

        frame = model_input if isinstance(model_input, pd.DataFrame) else pd.DataFrame(model_input)
        out: list[dict[str, Any]] = [dict.fromkeys(OUTPUT_COLUMNS) for _ in range(len(frame))]
        good, where = [], []
        for i, data in enumerate(_rows(frame)):
            if data is None:
                out[i]["error"] = "Q001: not a JSON object"
                continue
            item = build(data, SourceRef(file="<predict>", row=i + 1))
            if item.quarantine is not None:
                out[i].update(interaction_id=item.quarantine.interaction_id,
                              error=f"{item.quarantine.code}: {item.quarantine.reason}")
                continue
            good.append((item.interaction, item.source))
            where.append(i)
        for i, record in zip(where, self.stages.process(good) if good else []):
            card = record.scorecard
            out[i].update(
                interaction_id=record.interaction_id, agent_id=record.agent_id, channel=record.channel.value,
                percentage=card.percentage if card else None, band=card.band if card else None,
                auto_fail=card.auto_fail if card else None, earned=card.earned if card else None,
                potential=card.potential if card else None,
                items=json.dumps({it.item_id: it.result for it in card.items}) if card else None,
                risk_flags=",".join(f.flag for f in record.risk_flags or ()),
                complexity=record.complexity.label if record.complexity else None,
                sentiment_lift=record.sentiment.lift if record.sentiment else None)
        return pd.DataFrame(out, columns=list(OUTPUT_COLUMNS))


def _signature():
    from mlflow.models import ModelSignature
    from mlflow.types import ColSpec, Schema

    kinds = {"percentage": "double", "auto_fail": "boolean", "earned": "double", "potential": "double",
             "sentiment_lift": "double"}
    return ModelSignature(outputs=Schema([ColSpec(kinds.get(c, "string"), c, required=False)
                                          for c in OUTPUT_COLUMNS]))


def _requirements() -> list[str]:
    from importlib.metadata import PackageNotFoundError, requires

    try:
        return [r for r in requires("ccqa") or [] if "extra ==" not in r]
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return [f"mlflow=={mlflow.__version__}"]


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence MLflow's cloudpickle advice while the scorer is logged (the model is our own class)."""
    pyfunc_log = logging.getLogger("mlflow.pyfunc")
    level = pyfunc_log.level
    pyfunc_log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        pyfunc_log.setLevel(level)


def register_scorer(cfg: CCQAConfig, config_dir: Path, stages: Any = None) -> tuple[str, str, bool]:
    """Log and register the scorer unless a version with the same bundle fingerprint exists.

    Returns (registered name, version, newly logged). Call inside an active run.
    """
    import mlflow
    from mlflow.tracking import MlflowClient

    name = cfg.feedback.registered_model
    client = MlflowClient()
    with tempfile.TemporaryDirectory() as tmp:
        bundle = make_bundle(cfg, config_dir, Path(tmp) / "bundle")
        key = fingerprint(bundle)
        try:
            versions = client.search_model_versions(f"name='{name}'")
        except Exception:  # noqa: BLE001 - no such model yet
            versions = []
        for v in sorted(versions, key=lambda v: int(v.version)):
            if v.tags.get(FINGERPRINT_TAG) == key:
                mlflow.set_tags({"ccqa.scorer": f"models:/{name}/{v.version}"})
                return name, str(v.version), False
        if stages is not None:
            remember_stages(key, stages)
        with _quiet():
            info = mlflow.pyfunc.log_model(name="scorer", python_model=ScorerModel(),
                                           artifacts={"bundle": str(bundle)}, signature=_signature(),
                                           input_example=EXAMPLE, pip_requirements=_requirements(),
                                           registered_model_name=name)
    version = str(info.registered_model_version)
    client.set_model_version_tag(name, version, FINGERPRINT_TAG, key)
    mlflow.set_tags({"ccqa.scorer": f"models:/{name}/{version}"})
    log.info("registered %s version %s (bundle %s)", name, version, key)
    return name, version, True
