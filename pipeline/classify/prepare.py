"""``ccqa prepare``: labelled data → the form the models see when scoring (PII redacted, deduplicated)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .train import DEFAULT_DATA, examples, read_jsonl


def prepare(task: str, rows: list[dict[str, Any]], redactor) -> tuple[list[dict[str, Any]], int]:
    """Redact every text with the scoring-time redactor and drop exact duplicates; returns (rows, dropped)."""
    if task == "sentiment":
        groups = [[row["text"]] for row in rows]
    else:
        groups = [[t["text"] for t in row["turns"]] for row in rows]
    analyses = redactor.analyze_turns(groups)
    out, seen, dropped = [], set(), 0
    for row, texts, results in zip(rows, groups, analyses):
        clean = [redactor.redact_text(t, r, None)[0] for t, r in zip(texts, results)]
        key = tuple(clean)
        if key in seen:
            dropped += 1
            continue
        seen.add(key)
        if task == "sentiment":
            out.append({**row, "text": clean[0]})
        else:
            out.append({**row, "turns": [{**t, "text": c} for t, c in zip(row["turns"], clean)]})
    return out, dropped


def run_prepare(task: str, data: Path | None, out: Path) -> dict[str, Any]:
    from ..redact.engine import Redactor

    data = Path(data or DEFAULT_DATA[task])
    rows = read_jsonl(data)
    examples(task, rows, data)  # validate before the slow part
    redactor = Redactor.default()
    redactor.validate()
    prepared, dropped = prepare(task, rows, redactor)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in prepared:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {"task": task, "read": len(rows), "written": len(prepared), "duplicates_dropped": dropped, "out": str(out)}
