"""CSV with one row per turn: interaction_id, agent_id, channel, turn_index, speaker, text[, timestamp]."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from ..schema import SourceRef
from .base import (Q_ENCODING, Q_INCONSISTENT, Q_INVALID, Q_MALFORMED, Q_UNKNOWN_SPEAKER, Ingested,
                   build, quarantined)

REQUIRED = ("interaction_id", "agent_id", "channel", "turn_index", "speaker", "text")


def _has_bad_bytes(row: Mapping[str, Any]) -> bool:
    return any(isinstance(v, str) and any("\udc80" <= ch <= "\udcff" for ch in v) for v in row.values())


def _timestamp(value: str) -> dict[str, Any]:
    """A number is a call offset in seconds; anything else must be ISO 8601."""
    value = value.strip()
    if not value:
        return {}
    try:
        return {"start_s": float(value)}
    except ValueError:
        return {"sent_at": datetime.fromisoformat(value.replace("Z", "+00:00"))}


def read_csv(path: Path, speakers: Mapping[str, str]) -> Iterator[Ingested]:
    """Group rows into interactions (rows may be interleaved); bad rows quarantine their interaction."""
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")
        reader = csv.DictReader(text)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            yield quarantined(SourceRef(file=str(path), row=1), Q_MALFORMED,
                              f"header lacks required column(s) {', '.join(missing)}; expected "
                              f"{', '.join(REQUIRED)}[, timestamp]")
            return
        groups: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        problems: dict[str, tuple[int, str, str]] = {}
        for row_number, row in enumerate(reader, start=2):
            iid = (row.get("interaction_id") or "").strip()
            if not iid or None in row or any(row.get(c) is None for c in REQUIRED):
                yield quarantined(SourceRef(file=str(path), row=row_number), Q_MALFORMED,
                                  "row has missing cells or no interaction_id")
                continue
            groups.setdefault(iid, []).append((row_number, row))
            if iid in problems:
                continue
            if _has_bad_bytes(row):
                problems[iid] = (row_number, Q_ENCODING, f"row {row_number} has bytes that are not UTF-8")
                continue
            label = row["speaker"].strip().lower()
            if label not in speakers:
                problems[iid] = (row_number, Q_UNKNOWN_SPEAKER,
                                 f"row {row_number}: unknown speaker label; valid: {', '.join(sorted(speakers))}")
                continue
            try:
                int(row["turn_index"])
            except ValueError:
                problems[iid] = (row_number, Q_INVALID, f"row {row_number}: turn_index is not an integer")

        for iid, rows in groups.items():
            first_row = rows[0][0]
            source = SourceRef(file=str(path), row=first_row)
            if iid in problems:
                row_number, code, reason = problems[iid]
                yield quarantined(source, code, reason, iid)
                continue
            for key in ("agent_id", "channel"):
                values = {r[key].strip() for _, r in rows}
                if len(values) > 1:
                    yield quarantined(source, Q_INCONSISTENT, f"rows disagree on {key} ({len(values)} values)", iid)
                    break
            else:
                indexes = [int(r["turn_index"]) for _, r in rows]
                if len(set(indexes)) != len(indexes):
                    yield quarantined(source, Q_INCONSISTENT, "duplicate turn_index", iid)
                    continue
                try:
                    turns = [{"speaker": speakers[r["speaker"].strip().lower()], "text": r["text"],
                              **_timestamp(r.get("timestamp") or "")}
                             for _, r in sorted(rows, key=lambda item: int(item[1]["turn_index"]))]
                except ValueError:
                    yield quarantined(source, Q_INVALID, "timestamp is neither seconds nor ISO 8601", iid)
                    continue
                first = rows[0][1]
                yield build({"interaction_id": iid, "agent_id": first["agent_id"].strip(),
                             "channel": first["channel"].strip().lower(), "turns": turns}, source)
