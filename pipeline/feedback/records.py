"""Typed, immutable feedback records: ``out/agents/<id>.json`` (:class:`AgentFeedback`) and the team overview.

Every quote in these records is *redacted* text taken from scorecard or rule evidence; raw transcript text
never reaches them. The JSON Schema is published as ``schemas/agent_feedback.schema.json``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FEEDBACK_SCHEMA_VERSION = "1.0"


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Quote(_Record):
    """A redacted evidence quote, linked to the interaction (and turn) it came from."""

    interaction_id: str
    turn: int | None = Field(None, ge=0)
    quote: str = Field(description="Redacted text (or the detector's explanation when there is no span).")


class Point(_Record):
    """A strength or a development area: one scorecard item, how often it passed, evidence and a coaching tip."""

    kind: Literal["strength", "development"]
    item_id: str
    title: str
    passed: int = Field(ge=0)
    applicable: int = Field(ge=0)
    pass_rate: float = Field(ge=0, le=1)
    evidence: tuple[Quote, ...] = ()
    coaching_tip: str | None = Field(None, description="From the scorecard YAML; shown for development areas.")


class ItemRate(_Record):
    """Pass rate of one scorecard item (N/A results leave the denominator)."""

    item_id: str
    title: str = ""
    critical: bool = False
    passed: int = Field(0, ge=0)
    failed: int = Field(0, ge=0)
    na: int = Field(0, ge=0)
    pass_rate: float | None = Field(None, description="passed / (passed + failed); None when never applicable.")


class RuleRate(_Record):
    """Pass rate of one language-adaptation rule."""

    rule_id: str
    passed: int = Field(0, ge=0)
    failed: int = Field(0, ge=0)
    na: int = Field(0, ge=0)
    pass_rate: float | None = None
    suggestion: str | None = Field(None, description="The rule's rewrite or coaching suggestion, when it failed.")
    evidence: tuple[Quote, ...] = Field((), description="Redacted quotes from failed interactions.")


class ScoreStats(_Record):
    """QA score (percentage) summary and distribution: ten 10-point bins, 0–10 … 90–100, and bands."""

    scored: int = Field(0, ge=0, description="Interactions with a percentage (not every item N/A).")
    mean: float | None = None
    median: float | None = None
    minimum: float | None = None
    maximum: float | None = None
    bins: tuple[int, ...] = Field((0,) * 10, min_length=10, max_length=10)
    bands: dict[str, int] = Field(default_factory=dict)


class FlagCount(_Record):
    raised: int = Field(0, ge=0)
    escalated: int = Field(0, ge=0, description="Raised and the escalation item passed.")


class SentimentSummary(_Record):
    """Customer sentiment lift: (P(pos) − P(neg)) at the end minus at the start."""

    measured: int = Field(0, ge=0)
    mean_lift: float | None = None
    improved: int = Field(0, ge=0)
    worsened: int = Field(0, ge=0)
    ended_negative: int = Field(0, ge=0)


class ReadabilitySummary(_Record):
    agent_grade: float | None = Field(None, description="Mean Flesch–Kincaid grade of the agent's language.")
    agent_reading_ease: float | None = None
    customer_grade: float | None = None
    rules: tuple[RuleRate, ...] = Field((), description="Language-adaptation rule pass rates.")


class TwoOptionsSummary(_Record):
    complex_matters: int = Field(0, ge=0, description="Interactions classified complex.")
    offered: int = Field(0, ge=0, description="... where the agent set out two or more options.")
    merits_explained: int = Field(0, ge=0)
    rate: float | None = Field(None, description="offered / complex_matters.")


class HandlingTime(_Record):
    """Mean handling time, seconds, per channel, from turn timings (calls) or send times (chats, emails)."""

    timed: int = Field(0, ge=0)
    mean_s: float | None = None
    by_channel: dict[str, float] = Field(default_factory=dict)


class InteractionRow(_Record):
    """One interaction in the agent's table: ids and scores only."""

    interaction_id: str
    channel: str
    started_at: datetime | None = None
    percentage: float | None = None
    band: str | None = None
    auto_fail: bool = False
    flags: tuple[str, ...] = ()
    lift: float | None = None


class Change(_Record):
    """Change since the agent's previous feedback record (same agent id)."""

    previous_generated_at: datetime
    previous_run_id: str | None = None
    interactions: int
    mean_score: float | None = None
    auto_fails: int
    items: dict[str, float] = Field(default_factory=dict, description="Pass-rate change per item (points of 1.0).")


class AgentFeedback(_Record):
    """``out/agents/<id>.json``: one agent's results for one run."""

    schema_version: str = FEEDBACK_SCHEMA_VERSION
    agent_id: str
    file_id: str = Field(description="Filename-safe form of agent_id used for the files.")
    run_id: str | None = Field(None, description="MLflow run id, when the run was tracked.")
    generated_at: datetime
    scorecard_id: str | None = None
    interactions: int = Field(ge=0)
    channels: dict[str, int] = Field(default_factory=dict)
    score: ScoreStats
    auto_fails: int = Field(0, ge=0)
    complaints: int = Field(0, ge=0, description="Interactions with a complaint flag.")
    escalations: int = Field(0, ge=0, description="Risk flags raised and escalated.")
    flags: dict[str, FlagCount] = Field(default_factory=dict)
    items: tuple[ItemRate, ...] = ()
    sentiment: SentimentSummary
    readability: ReadabilitySummary
    two_options: TwoOptionsSummary
    handling: HandlingTime
    strengths: tuple[Point, ...] = ()
    development: tuple[Point, ...] = ()
    change: Change | None = None
    rows: tuple[InteractionRow, ...] = ()


class TeamReport(_Record):
    """The team overview behind ``out/index.html`` and ``summary.csv``."""

    schema_version: str = FEEDBACK_SCHEMA_VERSION
    run_id: str | None = None
    generated_at: datetime
    scorecard_id: str | None = None
    interactions: int = Field(ge=0)
    quarantined: int = Field(0, ge=0)
    score: ScoreStats
    items: tuple[ItemRate, ...] = ()
    agents: tuple[AgentFeedback, ...] = ()
