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


class Evidence(Record):
    """A quoted span of one turn's *redacted* text that supports a result."""

    turn: int = Field(ge=0, description="Turn index in the interaction.")
    start: int = Field(ge=0, description="Character offset in the redacted turn text.")
    end: int = Field(ge=0)
    quote: str = Field(description="The redacted text between start and end.")


class ReadabilityScores(Record):
    """Readability of one side of an interaction; sentences come from the spaCy pipeline, not full stops."""

    words: int = Field(ge=0)
    sentences: int = Field(ge=0)
    flesch_reading_ease: float | None = None
    flesch_kincaid_grade: float | None = None
    smog: float | None = Field(None, description="None when there are too few sentences for SMOG to mean anything.")
    dale_chall: float | None = None
    avg_sentence_words: float | None = None
    longest_sentence_words: int = Field(0, ge=0)


class Readability(Record):
    agent: ReadabilityScores | None = None
    customer: ReadabilityScores | None = None


RuleOutcome = Literal["pass", "fail", "na"]


class Finding(Record):
    """One language-adaptation rule's result for an interaction, explained."""

    rule_id: str
    result: RuleOutcome
    evidence: tuple[Evidence, ...] = ()
    explanation: str
    suggestion: str | None = Field(None, description="A rewrite or coaching suggestion, when the rule has one.")
    value: float | None = Field(None, description="The measured quantity the rule compared, when there is one.")


class OptionSpan(Record):
    turn: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TwoOptions(Record):
    """Whether the agent set out two or more alternatives, and their relative merits."""

    present: bool
    merits_explained: bool
    probability_present: float | None = None
    probability_merits: float | None = None
    options: tuple[OptionSpan, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    decided_by: str = Field("", description="Rule and model names that decided the result.")


class ItemResult(Record):
    item_id: str
    result: RuleOutcome
    weight: float = Field(ge=0)
    critical: bool = False
    evidence: tuple[Evidence, ...] = ()
    decided_by: str = Field(description="The detector (rule or model, with version) that answered the item.")
    explanation: str = ""


class Scorecard(Record):
    """QA score: N/A items leave the potential score; a failed critical item fails the interaction."""

    scorecard_id: str
    items: tuple[ItemResult, ...]
    earned: float = Field(ge=0)
    potential: float = Field(ge=0)
    percentage: float | None = Field(None, description="100 × earned / potential; None when every item is N/A.")
    auto_fail: bool = False
    band: str


class RiskFlag(Record):
    """A high-risk or high-profile event in the interaction, and whether it was escalated."""

    flag: str = Field(description="e.g. regulator, legal, media, fraud, harm, complaint, vulnerability.")
    evidence: tuple[Evidence, ...] = ()
    escalated: bool | None = None


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
    readability: Readability | None = None
    findings: tuple[Finding, ...] | None = None
    two_options: TwoOptions | None = None
    scorecard: Scorecard | None = None
    risk_flags: tuple[RiskFlag, ...] | None = None
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
