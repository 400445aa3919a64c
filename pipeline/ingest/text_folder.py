"""Plain-text transcripts: ``# key: value`` header lines, then ``Agent: …`` / ``Customer: …`` lines."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..schema import SourceRef
from .base import Q_ENCODING, Q_INVALID, Q_MALFORMED, Q_UNKNOWN_SPEAKER, Ingested, build, quarantined

HEADER = re.compile(r"^#\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")
LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,24}?)\s*:\s?(.*)$")
# A line that starts like a speaker label ("Supervisor: …") but names no known role.
UNKNOWN_LABEL = re.compile(r"^[A-Z][a-z]+:\s")
HEADER_KEYS = ("interaction_id", "agent_id", "channel", "started_at")


def split_agent_prefix(stem: str) -> tuple[str | None, str]:
    """``agent-05__tx-0001`` → (``agent-05``, ``tx-0001``)."""
    if "__" in stem:
        agent, rest = stem.split("__", 1)
        if agent and rest:
            return agent, rest
    return None, stem


def read_transcript(path: Path, speakers: Mapping[str, str], max_bytes: int) -> Iterator[Ingested]:
    """One file, one interaction. Lines without a label continue the previous turn."""
    first = SourceRef(file=str(path), line=1)
    size = path.stat().st_size
    if size > max_bytes:
        yield quarantined(first, "Q007", f"file is {size} bytes, over the limit of {max_bytes} (ingest.max_line_bytes)")
        return
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        yield quarantined(SourceRef(file=str(path), line=line), Q_ENCODING, f"not UTF-8 on line {line}")
        return
    agent_from_name, id_from_name = split_agent_prefix(path.stem)
    header: dict[str, str] = {}
    turns: list[dict[str, str]] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        match = HEADER.match(line)
        if match and not turns:
            if match.group(1).lower() in HEADER_KEYS:
                header[match.group(1).lower()] = match.group(2)
            continue
        label = LABEL.match(line)
        if label and label.group(1).strip().lower() in speakers:
            turns.append({"speaker": speakers[label.group(1).strip().lower()], "text": label.group(2)})
        elif label and (not turns or UNKNOWN_LABEL.match(line)):
            yield quarantined(SourceRef(file=str(path), line=number), Q_UNKNOWN_SPEAKER,
                              f"unknown speaker label on line {number}; valid: {', '.join(sorted(speakers))}",
                              header.get("interaction_id") or id_from_name)
            return
        elif turns:
            turns[-1]["text"] = f"{turns[-1]['text']} {line.strip()}"
        else:
            yield quarantined(SourceRef(file=str(path), line=number), Q_MALFORMED,
                              f"line {number} is not a header or a speaker line",
                              header.get("interaction_id") or id_from_name)
            return
    iid = header.get("interaction_id") or id_from_name
    if not turns:
        yield quarantined(first, Q_MALFORMED, "no 'Agent:' or 'Customer:' lines found", iid)
        return
    agent = header.get("agent_id") or agent_from_name
    if not agent:
        yield quarantined(first, Q_INVALID, "agent_id missing: add a '# agent_id: …' header line or name the "
                          "file '<agent_id>__<interaction_id>.txt'", iid)
        return
    data = {"interaction_id": iid, "agent_id": agent, "channel": header.get("channel", "call").lower(),
            "turns": turns}
    if header.get("started_at"):
        data["started_at"] = header["started_at"]
    yield build(data, first)
