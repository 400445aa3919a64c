"""Scorecard detectors: one concept per module, each registered under a versioned name."""

from . import (  # noqa: F401 - importing registers them
    agent_says,
    clarifying_question,
    event_handled,
    events,
    identity_order,
    language_findings,
    opening,
    response_time,
    sensitive_data,
    two_options,
)
from .base import REGISTRY, Detector, EventDetector, Outcome, register, registered

__all__ = ["REGISTRY", "Detector", "EventDetector", "Outcome", "register", "registered"]
