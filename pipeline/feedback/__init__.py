"""Supervisor-facing output of ``ccqa score``: per-agent feedback (JSON, Markdown, HTML), the team overview,
``interactions.parquet``, ``summary.csv`` and, when tracking is on, an MLflow run and the registered scorer."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from ..config import CCQAConfig
from ..schema import RedactedInteraction, RunSummary
from .aggregate import ItemInfo, agent_feedback, by_agent, file_id, team_report
from .records import AgentFeedback, TeamReport

log = logging.getLogger(__name__)
AGENTS, INDEX, PARQUET, SUMMARY_CSV = "agents", "index.html", "interactions.parquet", "summary.csv"


class Published(BaseModel):
    """What :func:`publish` wrote: the team overview, every file, and the MLflow run (when tracked)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    index: Path
    files: tuple[Path, ...]
    run_id: str | None = None
    tracking_uri: str | None = None
    scorer: str | None = None


def item_infos(cfg: CCQAConfig, config_dir: Path) -> dict[str, ItemInfo]:
    """Titles, coaching tips and critical flags from the scorecard YAML (empty when the scorecard is off)."""
    if getattr(cfg, "scorecard", None) is None or not cfg.scorecard.enabled:
        return {}
    from ..scorecard.spec import load_spec

    spec, _, _ = load_spec(config_dir / cfg.scorecard.path)
    return {i.id: ItemInfo(item_id=i.id, title=i.title, coaching_tip=i.coaching_tip, critical=i.critical)
            for i in spec.items if i.enabled}


def read_previous(folder: Path | None, agent_id: str) -> AgentFeedback | None:
    """The agent's earlier ``<file_id>.json`` from ``folder``, if there is a readable one."""
    path = folder / f"{file_id(agent_id)}.json" if folder else None
    if path is None or not path.is_file():
        return None
    try:
        return AgentFeedback.model_validate_json(path.read_text(encoding="utf-8"))
    except (ValidationError, OSError, UnicodeDecodeError) as err:
        log.warning("ignoring previous feedback %s (%s)", path, err.__class__.__name__)
        return None


def build(records: list[RedactedInteraction], cfg: CCQAConfig, infos: dict[str, ItemInfo], summary: RunSummary,
          previous: Path | None, run_id: str | None, now: datetime) -> TeamReport:
    """Pure apart from reading the previous records: every agent's feedback and the team report."""
    agents = [agent_feedback(agent, group, infos, cfg.feedback, now, run_id, read_previous(previous, agent))
              for agent, group in by_agent(records).items()]
    return team_report(records, agents, infos, now, run_id, summary.quarantined)


def write(report: TeamReport, records: list[RedactedInteraction], out_dir: Path) -> list[Path]:
    """Write every feedback file; returns their paths (index.html last)."""
    from .render import agent_html, agent_md, index_html
    from .tables import write_csv, write_parquet

    folder = out_dir / AGENTS
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for a in report.agents:
        for ext, text in (("json", a.model_dump_json(indent=2) + "\n"), ("md", agent_md(a)),
                          ("html", agent_html(a, report))):
            path = folder / f"{a.file_id}.{ext}"
            path.write_text(text, encoding="utf-8")
            files.append(path)
    files.append(write_csv(report.agents, out_dir / SUMMARY_CSV))
    write_parquet(records, out_dir / PARQUET)
    files.append(out_dir / PARQUET)
    (out_dir / INDEX).write_text(index_html(report), encoding="utf-8")
    files.append(out_dir / INDEX)
    return files


def publish(out_dir: Path, records: list[RedactedInteraction], summary: RunSummary, cfg: CCQAConfig,
            config_dir: Path, tracking: bool = False, previous: Path | None = None, stages: Any = None) -> Published:
    """Build and write the feedback; with ``tracking`` inside an MLflow run that also logs the files and scorer."""
    previous = previous if previous is not None else out_dir / AGENTS
    infos = item_infos(cfg, config_dir)
    now = datetime.now(timezone.utc)
    if not tracking:
        report = build(records, cfg, infos, summary, previous, None, now)
        files = write(report, records, out_dir)
        return Published(index=out_dir / INDEX, files=tuple(files))
    import mlflow

    from . import tracking as track
    from .tables import agent_frame

    with track.score_run(cfg.feedback.experiment, summary) as run:
        report = build(records, cfg, infos, summary, previous, run.info.run_id, now)
        files = write(report, records, out_dir)
        logged = [f for f in files if f.name != PARQUET] + [out_dir / "run.json"]
        track.log_results(cfg, config_dir, summary, report, agent_frame(report.agents), logged, out_dir)
        name, version, _ = track.register_scorer(cfg, config_dir, stages)
        return Published(index=out_dir / INDEX, files=tuple(files), run_id=run.info.run_id,
                         tracking_uri=mlflow.get_tracking_uri(), scorer=f"models:/{name}/{version}")
