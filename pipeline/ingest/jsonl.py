"""Native JSONL: one interaction per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..schema import SourceRef
from .base import Q_ENCODING, Q_MALFORMED, Q_OVERSIZE, Ingested, build, quarantined


def read_jsonl(path: Path, max_line_bytes: int) -> Iterator[Ingested]:
    """Yield one item per non-blank line; bad lines are quarantined, never dropped."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            source = SourceRef(file=str(path), line=number)
            if not raw.strip():
                continue
            if len(raw) > max_line_bytes:
                yield quarantined(source, Q_OVERSIZE, f"line is {len(raw)} bytes, over the limit of "
                                  f"{max_line_bytes} (ingest.max_line_bytes)")
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield quarantined(source, Q_ENCODING, f"not UTF-8: invalid byte at position {err.start}")
                continue
            try:
                data = json.loads(text)
            except json.JSONDecodeError as err:
                yield quarantined(source, Q_MALFORMED, f"not valid JSON: {err.msg} at column {err.colno}")
                continue
            if not isinstance(data, dict):
                yield quarantined(source, Q_MALFORMED, f"expected a JSON object, got {type(data).__name__}")
                continue
            yield build(data, source)
