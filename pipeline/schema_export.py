"""Publish JSON Schemas generated from the pydantic records."""

from __future__ import annotations

import json
from pathlib import Path

from .schema import Interaction, QuarantineRecord, RedactedInteraction, RunSummary
from .feedback.records import AgentFeedback

SCHEMAS = {
    "interaction.input.schema.json": Interaction,
    "interaction.output.schema.json": RedactedInteraction,
    "quarantine.schema.json": QuarantineRecord,
    "run.schema.json": RunSummary,
    "agent_feedback.schema.json": AgentFeedback,
}


def schema_text(model) -> str:
    return json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, model in SCHEMAS.items():
        path = folder / name
        path.write_text(schema_text(model), encoding="utf-8")
        paths.append(path)
    return paths
