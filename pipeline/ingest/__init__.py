"""Ingest: read every supported input format into typed interactions or quarantine records."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from ..config import IngestConfig
from ..errors import InputFormatError, InputPathError
from ..schema import InputFile
from .base import Q_DUPLICATE, Q_OVERSIZE, REASON_CODES, Ingested, quarantined
from .csv_turns import read_csv
from .jsonl import read_jsonl
from .text_folder import read_transcript
from .transcribe import read_transcribe

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "text", "transcribe")
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".txt": "text", ".json": "transcribe"}

__all__ = ["FORMATS", "REASON_CODES", "Ingested", "discover", "read_inputs"]


def discover(paths: Iterable[Path], fmt: str | None = None) -> list[tuple[Path, str]]:
    """Expand inputs (files or folders) into (file, format) pairs, in a stable order."""
    if fmt is not None and fmt not in FORMATS:
        raise InputFormatError(f"unknown --format '{fmt}'. Valid options: {', '.join(FORMATS)}.")
    found: list[tuple[Path, str]] = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise InputPathError(f"input path '{path}' does not exist; check the path or quote it")
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        skipped = 0
        for file in files:
            kind = fmt or EXTENSIONS.get(file.suffix.lower())
            if kind is None:
                if not path.is_dir():
                    raise InputFormatError(f"cannot tell the format of '{file}' from its extension; pass "
                                           f"--format with one of: {', '.join(FORMATS)}")
                skipped += 1
                continue
            found.append((file, kind))
        if skipped:
            log.warning("skipped %d file(s) with unsupported extensions under %s", skipped, path)
    if not found:
        raise InputPathError("no input files found; supported extensions: " + ", ".join(sorted(EXTENSIONS)))
    return found


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_one(path: Path, fmt: str, cfg: IngestConfig, speakers: Mapping[str, str]) -> Iterator[Ingested]:
    if fmt == "jsonl":
        return read_jsonl(path, cfg.max_line_bytes)
    if fmt == "csv":
        return read_csv(path, speakers)
    if fmt == "text":
        return read_transcript(path, speakers, cfg.max_line_bytes)
    return read_transcribe(path, speakers, cfg.max_line_bytes)


def read_inputs(files: list[tuple[Path, str]], cfg: IngestConfig) -> tuple[list[InputFile], Iterator[Ingested]]:
    """Input file records and a stream of items; duplicates and oversize records are quarantined here."""
    speakers = {label.lower(): role for role, labels in cfg.speaker_labels.items() for label in labels}
    inputs = [InputFile(path=str(p), format=f, sha256=sha256_file(p)) for p, f in files]

    def stream() -> Iterator[Ingested]:
        seen: dict[str, str] = {}
        for path, fmt in files:
            for item in _read_one(path, fmt, cfg, speakers):
                inter = item.interaction
                if inter is None:
                    yield item
                    continue
                size = sum(len(t.text) for t in inter.turns)
                if size > cfg.max_chars or len(inter.turns) > cfg.max_turns:
                    yield quarantined(item.source, Q_OVERSIZE,
                                      f"{len(inter.turns)} turns / {size} characters, over the limits "
                                      f"(ingest.max_turns={cfg.max_turns}, ingest.max_chars={cfg.max_chars})",
                                      inter.interaction_id)
                    continue
                where = _where(item)
                if inter.interaction_id in seen:
                    yield quarantined(item.source, Q_DUPLICATE,
                                      f"interaction_id already read at {seen[inter.interaction_id]}",
                                      inter.interaction_id)
                    continue
                seen[inter.interaction_id] = where
                yield item

    return inputs, stream()


def _where(item: Ingested) -> str:
    s = item.source
    pos = f":{s.line}" if s.line is not None else (f" row {s.row}" if s.row is not None else "")
    return f"{Path(s.file).name}{pos}"
