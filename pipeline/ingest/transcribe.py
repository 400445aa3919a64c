"""Amazon Transcribe Call Analytics output JSON (``Transcript[]`` with ``ParticipantRole``)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..schema import SourceRef
from .base import (Q_ENCODING, Q_INVALID, Q_MALFORMED, Q_NO_TURNS, Q_OVERSIZE, Q_UNKNOWN_SPEAKER, Ingested,
                   build, quarantined)
from .text_folder import split_agent_prefix


def read_transcribe(path: Path, speakers: Mapping[str, str], max_bytes: int) -> Iterator[Ingested]:
    """One file, one call; ``agent_id`` from the file name prefix (``<agent>__<job>.json``) or a top-level key."""
    source = SourceRef(file=str(path))
    size = path.stat().st_size
    if size > max_bytes:
        yield quarantined(source, Q_OVERSIZE, f"file is {size} bytes, over the limit of {max_bytes}")
        return
    try:
        doc: Any = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield quarantined(source, Q_ENCODING, "file is not UTF-8")
        return
    except json.JSONDecodeError as err:
        yield quarantined(source, Q_MALFORMED, f"not valid JSON: {err.msg} at line {err.lineno}")
        return
    if not isinstance(doc, dict) or not isinstance(doc.get("Transcript"), list):
        yield quarantined(source, Q_MALFORMED, "no 'Transcript' list: not Call Analytics output")
        return
    agent_from_name, id_from_name = split_agent_prefix(path.stem)
    iid = str(doc.get("JobName") or id_from_name)
    turns: list[dict[str, Any]] = []
    for position, seg in enumerate(doc["Transcript"]):
        role = str(seg.get("ParticipantRole", "")).strip().lower() if isinstance(seg, dict) else ""
        if role not in speakers:
            yield quarantined(source, Q_UNKNOWN_SPEAKER, f"Transcript[{position}]: ParticipantRole is not one of "
                              f"{', '.join(sorted(speakers))}", iid)
            return
        turn = {"speaker": speakers[role], "text": seg.get("Content", "")}
        for key, out in (("BeginOffsetMillis", "start_s"), ("EndOffsetMillis", "end_s")):
            if isinstance(seg.get(key), (int, float)):
                turn[out] = seg[key] / 1000.0
        turns.append(turn)
    if not turns:
        yield quarantined(source, Q_NO_TURNS, "Transcript list is empty", iid)
        return
    agent = doc.get("agent_id") or doc.get("AgentId") or agent_from_name
    if not agent:
        yield quarantined(source, Q_INVALID, "agent_id missing: name the file '<agent_id>__<job>.json' or add a "
                          "top-level 'agent_id'", iid)
        return
    metadata = {k: doc[k] for k in ("JobName", "LanguageCode", "AccountId") if isinstance(doc.get(k), str)}
    yield build({"interaction_id": iid, "agent_id": str(agent), "channel": "call", "turns": turns,
                 "metadata": metadata}, source)
