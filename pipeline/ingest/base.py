"""Shared pieces of ingest: the item a reader yields and turning validation errors into reasons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from ..schema import Interaction, QuarantineRecord, SourceRef

# Stable quarantine reason codes (documented in README "Quarantine").
Q_MALFORMED = "Q001"  # not parseable (bad JSON, bad CSV row, no speaker lines)
Q_ENCODING = "Q002"  # bytes that are not UTF-8
Q_INVALID = "Q003"  # a required field missing or a value of the wrong kind
Q_EMPTY_TURN = "Q004"
Q_UNKNOWN_SPEAKER = "Q005"
Q_DUPLICATE = "Q006"
Q_OVERSIZE = "Q007"
Q_NO_TURNS = "Q008"
Q_INCONSISTENT = "Q009"  # rows of one interaction disagree (CSV)

REASON_CODES = {
    Q_MALFORMED: "malformed record",
    Q_ENCODING: "undecodable bytes",
    Q_INVALID: "missing or invalid field",
    Q_EMPTY_TURN: "empty turn",
    Q_UNKNOWN_SPEAKER: "unknown speaker",
    Q_DUPLICATE: "duplicate interaction_id",
    Q_OVERSIZE: "oversize record",
    Q_NO_TURNS: "no turns",
    Q_INCONSISTENT: "inconsistent rows",
}


@dataclass(frozen=True, slots=True)
class Ingested:
    """What a reader yields: a valid interaction or a quarantine record, with its source."""

    source: SourceRef
    interaction: Interaction | None = None
    quarantine: QuarantineRecord | None = None


def quarantined(source: SourceRef, code: str, reason: str, interaction_id: str | None = None) -> Ingested:
    return Ingested(source, quarantine=QuarantineRecord(source=source, code=code, reason=reason,
                                                        interaction_id=interaction_id))


def _loc(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc) or "<record>"


def explain_validation(err: ValidationError) -> tuple[str, str]:
    """(code, reason) for a pydantic error, naming fields but never echoing input values."""
    errors = err.errors(include_input=False, include_url=False)
    code = Q_INVALID
    for e in errors:
        loc = tuple(e.get("loc", ()))
        if loc and loc[-1] == "speaker":
            code = Q_UNKNOWN_SPEAKER
            break
        if loc and loc[-1] == "text" and "empty" in e.get("msg", ""):
            code = Q_EMPTY_TURN
            break
        if loc == ("turns",) and e.get("type") == "too_short":
            code = Q_NO_TURNS
            break
    parts = []
    for e in errors[:5]:
        msg = e.get("msg", "invalid").removeprefix("Value error, ")
        if e.get("type") == "missing":
            msg = "required field is missing"
        parts.append(f"{_loc(tuple(e.get('loc', ())))}: {msg}")
    more = f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
    return code, "; ".join(parts) + more


def build(data: dict[str, Any], source: SourceRef) -> Ingested:
    """Validate a parsed record into an :class:`Interaction`, or quarantine it with a reason."""
    iid = data.get("interaction_id") if isinstance(data.get("interaction_id"), str) else None
    try:
        return Ingested(source, interaction=Interaction.model_validate(data))
    except ValidationError as err:
        code, reason = explain_validation(err)
        return quarantined(source, code, reason, iid)
