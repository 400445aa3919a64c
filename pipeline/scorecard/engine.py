"""Apply a validated scorecard to one parsed interaction: events → applicability → items → score → risk flags.

Scoring follows Amazon Connect evaluation forms and Google Quality AI: an N/A item leaves the
potential score, ``percentage = 100 × earned / potential`` (None when nothing applied), and any
failed critical item sets ``auto_fail`` and the fail band whatever the percentage.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import ItemResult, RiskFlag, Scorecard
from .context import ScoreContext
from .detectors import Detector
from .spec import ItemSpec, ScorecardSpec


def tally(spec: ScorecardSpec, results: Sequence[ItemResult]) -> Scorecard:
    """Earned, potential, percentage, auto-fail and band from item results (pure arithmetic)."""
    earned = sum(r.weight for r in results if r.result == "pass")
    potential = sum(r.weight for r in results if r.result != "na")
    percentage = round(100 * earned / potential, 2) if potential > 0 else None
    auto_fail = any(r.critical and r.result == "fail" for r in results)
    return Scorecard(scorecard_id=spec.scorecard_id, items=tuple(results), earned=round(earned, 6),
                     potential=round(potential, 6), percentage=percentage, auto_fail=auto_fail,
                     band=spec.band_for(percentage, auto_fail))


def applies(item: ItemSpec, ctx: ScoreContext) -> str | None:
    """None when the item applies; otherwise the reason it is N/A (one sentence)."""
    rule = item.applies
    if ctx.channel not in {c.value for c in rule.channels}:
        return f"Not assessed on {ctx.channel}s."
    conditions = []
    if rule.complexity is not None:
        label = ctx.record.complexity.label if ctx.record.complexity else None
        conditions.append(label in rule.complexity)
    if rule.events is not None:
        conditions.append(any(ctx.events.get(name) for name in rule.events))
    if conditions and not any(conditions):
        wanted = []
        if rule.complexity is not None:
            wanted.append(f"complexity {'/'.join(rule.complexity)}")
        if rule.events is not None:
            wanted.append(f"any of: {', '.join(e.replace('_', ' ') for e in rule.events)}")
        return f"Not applicable: the interaction showed none of {' or '.join(wanted)}."
    return None


class ScorecardEngine:
    """Holds the loaded event and item detectors of one scorecard spec."""

    def __init__(self, spec: ScorecardSpec, events: dict[str, Detector], items: dict[str, Detector]):
        self.spec, self.events, self.items = spec, events, items

    def load(self, nlp) -> "ScorecardEngine":
        for detector in (*self.events.values(), *self.items.values()):
            detector.load(nlp)
        return self

    def find_events(self, ctx: ScoreContext) -> ScoreContext:
        """Events in YAML order; an umbrella event sees the events declared before it."""
        found: dict[str, tuple] = {}
        for name, det in self.events.items():
            found[name] = tuple(det.detect(ScoreContext(ctx.record, ctx.turns, found)))
        return ScoreContext(ctx.record, ctx.turns, found)

    def item(self, spec: ItemSpec, ctx: ScoreContext) -> ItemResult:
        detector = self.items[spec.id]
        reason = applies(spec, ctx)
        if reason is not None:
            return ItemResult(item_id=spec.id, result="na", weight=spec.weight, critical=spec.critical,
                              decided_by="scorecard:applicability", explanation=reason)
        out = detector.detect(ctx)
        return ItemResult(item_id=spec.id, result=out.result, weight=spec.weight, critical=spec.critical,
                          evidence=tuple(out.evidence), decided_by=out.decided_by or detector.name,
                          explanation=out.explanation)

    def score(self, ctx: ScoreContext) -> tuple[Scorecard, tuple[RiskFlag, ...]]:
        """Score one interaction (``ctx`` without events: they are found here)."""
        ctx = self.find_events(ctx)
        results = [self.item(item, ctx) for item in self.spec.items if item.enabled]
        by_id = {r.item_id: r for r in results}
        flags = []
        for flag, ref in self.spec.risk_flags.items():
            hits = ctx.events.get(ref.event, ())
            if not hits:
                continue
            handled = by_id.get(ref.escalated_by) if ref.escalated_by else None
            escalated = None if handled is None or handled.result == "na" else handled.result == "pass"
            flags.append(RiskFlag(flag=flag, evidence=ctx.evidence(hits), escalated=escalated))
        return tally(self.spec, results), tuple(flags)
