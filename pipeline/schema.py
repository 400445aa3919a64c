"""Typed, immutable records that pass between stages.

Input records (:class:`Interaction`, :class:`Turn`) describe what ingest accepts;
output records (:class:`RedactedInteraction`, :class:`QuarantineRecord`, :class:`RunSummary`)
describe what ``ccqa score`` writes. The published JSON Schemas in ``schemas/`` are generated
from these classes (``ccqa schema``) and a test keeps them in step.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "1.0"


class Record(BaseModel):
    """Base for every record: frozen, unknown keys rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Channel(str, Enum):
    call = "call"
    chat = "chat"
    email = "email"


class Speaker(str, Enum):
    agent = "agent"
    customer = "customer"


class Turn(Record):
    """One utterance, chat message or written message."""

    speaker: Speaker
    text: str = Field(description="What was said or written (raw on input, redacted on output).")
    start_s: float | None = Field(default=None, ge=0, description="Call offset of the start, seconds.")
    end_s: float | None = Field(default=None, ge=0, description="Call offset of the end, seconds.")
    sent_at: datetime | None = Field(default=None, description="When a chat message or email was sent.")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("turn text is empty")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> "Turn":
        if self.start_s is not None and self.end_s is not None and self.end_s < self.start_s:
            raise ValueError("end_s is before start_s")
        return self


class Interaction(Record):
    """One call, chat or written exchange, as ingested (before redaction)."""

    interaction_id: str = Field(min_length=1, max_length=200)
    agent_id: str = Field(min_length=1, max_length=200)
    channel: Channel
    started_at: datetime | None = None
    turns: tuple[Turn, ...] = Field(min_length=1)
    metadata: dict[str, Any] = Field(default_factory=dict)


class SourceRef(Record):
    """Where a record came from: file and 1-based line (JSONL/text), row (CSV) or item."""

    file: str
    line: int | None = None
    row: int | None = None


class PIISpan(Record):
    """A redacted entity: type and offsets in the *redacted* text, never the value."""

    type: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    recognizer: str = Field(description="Recognizer that found it (explains the redaction).")
    score: float = Field(ge=0, le=1)


SentimentLabel = Literal["negative", "neutral", "positive"]
ComplexityLabel = Literal["simple", "moderate", "complex"]


class Sentiment(Record):
    label: SentimentLabel
    probabilities: dict[str, float]


class InteractionSentiment(Record):
    """Customer sentiment at the start and the end (did the agent turn it around?) and overall."""

    customer_start: Sentiment | None = None
    customer_end: Sentiment | None = None
    overall: Sentiment
    lift: float | None = Field(None, description="(P(pos) - P(neg)) at the end minus at the start, customer turns.")


class Complexity(Record):
    label: ComplexityLabel
    probabilities: dict[str, float]
    drivers: tuple[int, ...] = Field((), description="Turn indexes that raised the complexity most.")


class RedactedTurn(Record):
    index: int = Field(ge=0)
    speaker: Speaker
    text: str = Field(description="Redacted text.")
    start_s: float | None = None
    end_s: float | None = None
    sent_at: datetime | None = None
    pii: tuple[PIISpan, ...] = ()
    sentiment: Sentiment | None = None


class RedactedInteraction(Record):
    """An interaction after PII redaction: the only form later stages ever see."""

    schema_version: str = SCHEMA_VERSION
    interaction_id: str
    agent_id: str
    channel: Channel
    started_at: datetime | None = None
    turns: tuple[RedactedTurn, ...]
    metadata: dict[str, Any] = Field(default_factory=dict)
    pii_counts: dict[str, int] = Field(default_factory=dict, description="Entities redacted, by type.")
    sentiment: InteractionSentiment | None = None
    complexity: Complexity | None = None
    source: SourceRef


class QuarantineRecord(Record):
    """An input record that could not be scored, with a readable reason (never raw text)."""

    source: SourceRef
    code: str = Field(description="Stable reason code, e.g. Q003.")
    reason: str
    interaction_id: str | None = None


class InputFile(Record):
    path: str
    format: str
    sha256: str


class RunSummary(Record):
    """``run.json``: every input record is either scored or quarantined."""

    schema_version: str = SCHEMA_VERSION
    ccqa_version: str
    read: int
    scored: int
    quarantined: int
    quarantined_by_code: dict[str, int]
    pii_counts: dict[str, int]
    inputs: tuple[InputFile, ...]
    config_hash: str
    started_at: datetime
    seconds: float

    @model_validator(mode="after")
    def _balanced(self) -> "RunSummary":
        if self.read != self.scored + self.quarantined:
            raise ValueError("read must equal scored + quarantined")
        return self
