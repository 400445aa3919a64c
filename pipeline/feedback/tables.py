"""Tabular outputs: ``interactions.parquet`` (nested fields as JSON strings), ``summary.csv``, the per-agent frame."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..schema import RedactedInteraction
from .records import AgentFeedback

#: Nested fields kept as JSON text in the parquet file.
NESTED = ("turns", "metadata", "pii_counts", "sentiment", "complexity", "readability", "findings", "two_options",
          "scorecard", "risk_flags", "source")
PARQUET_SCHEMA = pa.schema([
    ("schema_version", pa.string()), ("interaction_id", pa.string()), ("agent_id", pa.string()),
    ("channel", pa.string()), ("started_at", pa.string()), ("percentage", pa.float64()), ("band", pa.string()),
    ("auto_fail", pa.bool_()), ("complexity_label", pa.string()), ("sentiment_lift", pa.float64()),
    ("turn_count", pa.int32()), *((name + "_json", pa.string()) for name in NESTED),
])


def interaction_row(record: RedactedInteraction) -> dict:
    """Flat columns for filtering, plus each nested field as JSON (redacted text only)."""
    data = record.model_dump(mode="json")
    card = record.scorecard
    row = {"schema_version": record.schema_version, "interaction_id": record.interaction_id,
           "agent_id": record.agent_id, "channel": record.channel.value, "started_at": data.get("started_at"),
           "percentage": card.percentage if card else None, "band": card.band if card else None,
           "auto_fail": card.auto_fail if card else None,
           "complexity_label": record.complexity.label if record.complexity else None,
           "sentiment_lift": record.sentiment.lift if record.sentiment else None, "turn_count": len(record.turns)}
    for name in NESTED:
        value = data.get(name)
        row[name + "_json"] = None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return row


def write_parquet(records: Iterable[RedactedInteraction], path: Path, batch: int = 500) -> int:
    """Stream records into a parquet file in row groups; returns the row count."""
    n, rows = 0, []
    with pq.ParquetWriter(path, PARQUET_SCHEMA, compression="zstd") as writer:
        for record in records:
            rows.append(interaction_row(record))
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA))
                n, rows = n + len(rows), []
        if rows or not n:
            writer.write_table(pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA))
            n += len(rows)
    return n


def agent_frame(agents: Iterable[AgentFeedback]) -> pd.DataFrame:
    """One row per agent: headline numbers and every item's pass rate (``item.<id>``)."""
    rows = []
    for a in agents:
        row = {"agent_id": a.agent_id, "file": f"agents/{a.file_id}.html", "interactions": a.interactions,
               "mean_score": a.score.mean, "median_score": a.score.median, "auto_fails": a.auto_fails,
               "complaints": a.complaints, "escalations": a.escalations, "sentiment_lift": a.sentiment.mean_lift,
               "two_options_rate": a.two_options.rate, "agent_reading_grade": a.readability.agent_grade,
               "handling_s": a.handling.mean_s,
               "change_mean_score": a.change.mean_score if a.change else None,
               "strengths": "; ".join(p.item_id for p in a.strengths),
               "development": "; ".join(p.item_id for p in a.development)}
        row.update({f"item.{i.item_id}": i.pass_rate for i in a.items})
        rows.append(row)
    return pd.DataFrame(rows)


def write_csv(agents: Iterable[AgentFeedback], path: Path) -> Path:
    agent_frame(agents).to_csv(path, index=False, float_format="%.4g")
    return path
