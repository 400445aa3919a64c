"""Pure functions: scored interactions → per-agent :class:`AgentFeedback` and the :class:`TeamReport`.

No I/O here; quotes come only from redacted evidence (or the detector's own explanation).
"""

from __future__ import annotations

import hashlib
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from ..config import FeedbackConfig
from ..schema import RedactedInteraction
from .records import (
    AgentFeedback,
    Change,
    FlagCount,
    HandlingTime,
    InteractionRow,
    ItemRate,
    Point,
    Quote,
    ReadabilitySummary,
    RuleRate,
    ScoreStats,
    SentimentSummary,
    TeamReport,
    TwoOptionsSummary,
)

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


class ItemInfo(BaseModel):
    """What the scorecard YAML says about an item: title, coaching tip, critical."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    item_id: str
    title: str = ""
    coaching_tip: str | None = None
    critical: bool = False


def file_id(agent_id: str) -> str:
    """Filename-safe, stable id: ``[A-Za-z0-9_-]`` only; a changed id gets a short hash so two never collide."""
    safe = _UNSAFE.sub("_", agent_id).strip("_-")[:80]
    if safe == agent_id and safe:
        return safe
    return f"{safe or 'agent'}-{hashlib.sha256(agent_id.encode()).hexdigest()[:8]}"


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return round(statistics.fmean(values), 3) if values else None


def _rate(passed: int, failed: int) -> float | None:
    return round(passed / (passed + failed), 4) if passed + failed else None


def score_stats(records: Sequence[RedactedInteraction]) -> ScoreStats:
    """Mean, median, range, ten 10-point bins and band counts of the QA percentage."""
    cards = [r.scorecard for r in records if r.scorecard is not None]
    pcts = [c.percentage for c in cards if c.percentage is not None]
    bins = [0] * 10
    for p in pcts:
        bins[min(int(p // 10), 9)] += 1
    return ScoreStats(scored=len(pcts), mean=_mean(pcts), median=round(statistics.median(pcts), 3) if pcts else None,
                      minimum=min(pcts, default=None), maximum=max(pcts, default=None), bins=tuple(bins),
                      bands=dict(sorted(Counter(c.band for c in cards).items())))


def item_rates(records: Sequence[RedactedInteraction], infos: dict[str, ItemInfo]) -> tuple[ItemRate, ...]:
    """Pass rate per scorecard item, in scorecard order (items not in the spec follow)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for r in records:
        for item in r.scorecard.items if r.scorecard else ():
            counts[item.item_id][item.result] += 1
    order = list(infos) + sorted(k for k in counts if k not in infos)
    return tuple(ItemRate(item_id=i, title=infos[i].title if i in infos else "",
                          critical=infos[i].critical if i in infos else False, passed=counts[i]["pass"],
                          failed=counts[i]["fail"], na=counts[i]["na"],
                          pass_rate=_rate(counts[i]["pass"], counts[i]["fail"])) for i in order)


def rule_rates(records: Sequence[RedactedInteraction], quotes: int = 2) -> tuple[RuleRate, ...]:
    """Pass rate per language rule; failed rules carry their suggestion and up to ``quotes`` evidence quotes."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    tips: dict[str, str] = {}
    examples: dict[str, list[Quote]] = defaultdict(list)
    for r in records:
        for f in r.findings or ():
            counts[f.rule_id][f.result] += 1
            if f.result != "fail":
                continue
            if f.suggestion:
                tips.setdefault(f.rule_id, f.suggestion)
            if f.evidence and len(examples[f.rule_id]) < quotes:
                best = max(f.evidence, key=lambda e: len(e.quote))
                examples[f.rule_id].append(Quote(interaction_id=r.interaction_id, turn=best.turn, quote=best.quote))
    return tuple(RuleRate(rule_id=k, passed=c["pass"], failed=c["fail"], na=c["na"],
                          pass_rate=_rate(c["pass"], c["fail"]), suggestion=tips.get(k),
                          evidence=tuple(examples[k])) for k, c in sorted(counts.items()))


def handling_seconds(record: RedactedInteraction) -> float | None:
    """Calls: last end minus first start; chats: last minus first message. None for emails (elapsed days are not
    handling time) and without two timings."""
    if record.channel.value == "email":
        return None
    starts = [t.start_s for t in record.turns if t.start_s is not None]
    ends = [t.end_s if t.end_s is not None else t.start_s for t in record.turns if t.start_s is not None]
    if starts and ends and max(ends) > min(starts):
        return round(max(ends) - min(starts), 1)
    sent = [t.sent_at for t in record.turns if t.sent_at is not None]
    if len(sent) >= 2 and max(sent) > min(sent):
        return round((max(sent) - min(sent)).total_seconds(), 1)
    return None


def handling(records: Sequence[RedactedInteraction]) -> HandlingTime:
    by: dict[str, list[float]] = defaultdict(list)
    for r in records:
        if (s := handling_seconds(r)) is not None:
            by[r.channel.value].append(s)
    every = [s for v in by.values() for s in v]
    return HandlingTime(timed=len(every), mean_s=_mean(every),
                        by_channel={k: _mean(v) for k, v in sorted(by.items())})


def sentiment(records: Sequence[RedactedInteraction]) -> SentimentSummary:
    lifts = [r.sentiment.lift for r in records if r.sentiment and r.sentiment.lift is not None]
    ended_neg = sum(1 for r in records if r.sentiment and r.sentiment.customer_end
                    and r.sentiment.customer_end.label == "negative")
    return SentimentSummary(measured=len(lifts), mean_lift=_mean(lifts), improved=sum(x > 0.05 for x in lifts),
                            worsened=sum(x < -0.05 for x in lifts), ended_negative=ended_neg)


def readability(records: Sequence[RedactedInteraction], quotes: int = 2) -> ReadabilitySummary:
    def side(name: str, attr: str) -> float | None:
        values = [getattr(getattr(r.readability, name), attr) for r in records
                  if r.readability and getattr(r.readability, name) is not None]
        return _mean(v for v in values if v is not None)

    return ReadabilitySummary(agent_grade=side("agent", "flesch_kincaid_grade"),
                              agent_reading_ease=side("agent", "flesch_reading_ease"),
                              customer_grade=side("customer", "flesch_kincaid_grade"),
                              rules=rule_rates(records, quotes))


def two_options(records: Sequence[RedactedInteraction]) -> TwoOptionsSummary:
    complex_ = [r for r in records if r.complexity and r.complexity.label == "complex"]
    offered = [r for r in complex_ if r.two_options and r.two_options.present]
    merits = [r for r in offered if r.two_options.merits_explained]
    return TwoOptionsSummary(complex_matters=len(complex_), offered=len(offered), merits_explained=len(merits),
                             rate=round(len(offered) / len(complex_), 4) if complex_ else None)


def _quotes(records: Sequence[RedactedInteraction], item_id: str, result: str, limit: int) -> tuple[Quote, ...]:
    """Up to ``limit`` quotes, one per interaction, no text twice: evidence spans (longest first), then the
    detector's explanations."""
    spans: list[Quote] = []
    notes: list[Quote] = []
    for r in records:
        for item in r.scorecard.items if r.scorecard else ():
            if item.item_id != item_id or item.result != result:
                continue
            if item.evidence:
                best = max(item.evidence, key=lambda e: len(e.quote))
                spans.append(Quote(interaction_id=r.interaction_id, turn=best.turn, quote=best.quote))
            elif item.explanation:
                notes.append(Quote(interaction_id=r.interaction_id, quote=item.explanation))
    chosen: list[Quote] = []
    for q in sorted(spans, key=lambda q: -len(q.quote)) + notes:
        if len(chosen) >= limit:
            break
        if all(q.quote != c.quote and q.interaction_id != c.interaction_id for c in chosen):
            chosen.append(q)
    return tuple(chosen)


def points(records: Sequence[RedactedInteraction], rates: Sequence[ItemRate], infos: dict[str, ItemInfo],
           settings: FeedbackConfig) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """Development areas: the most-failed items (critical first on ties); strengths: the best-passed of the rest."""
    least = min(settings.min_applicable, len(records))  # an agent with one interaction still gets feedback
    usable = [r for r in rates if r.pass_rate is not None and r.passed + r.failed >= least]
    order = {r.item_id: i for i, r in enumerate(rates)}
    weak = sorted((r for r in usable if r.failed),
                  key=lambda r: (r.pass_rate, not r.critical, -r.failed, order[r.item_id]))
    weak = weak[:settings.development]
    taken = {r.item_id for r in weak}
    strong = sorted((r for r in usable if r.item_id not in taken and r.pass_rate >= 0.5),
                    key=lambda r: (-r.pass_rate, -r.passed, order[r.item_id]))[:settings.strengths]

    def point(kind: str, r: ItemRate) -> Point:
        info = infos.get(r.item_id)
        return Point(kind=kind, item_id=r.item_id, title=r.title or r.item_id, passed=r.passed,
                     applicable=r.passed + r.failed, pass_rate=r.pass_rate,
                     evidence=_quotes(records, r.item_id, "pass" if kind == "strength" else "fail",
                                      settings.quotes_per_point),
                     coaching_tip=info.coaching_tip if info and kind == "development" else None)

    return tuple(point("strength", r) for r in strong), tuple(point("development", r) for r in weak)


def change(current: AgentFeedback, previous: AgentFeedback | None) -> Change | None:
    """Differences against the previous record of the same agent (None when there is none)."""
    if previous is None or previous.agent_id != current.agent_id:
        return None
    before = {i.item_id: i.pass_rate for i in previous.items}
    items = {i.item_id: round(i.pass_rate - before[i.item_id], 4) for i in current.items
             if i.pass_rate is not None and before.get(i.item_id) is not None}
    mean = (round(current.score.mean - previous.score.mean, 3)
            if current.score.mean is not None and previous.score.mean is not None else None)
    return Change(previous_generated_at=previous.generated_at, previous_run_id=previous.run_id,
                  interactions=current.interactions - previous.interactions, mean_score=mean,
                  auto_fails=current.auto_fails - previous.auto_fails, items=items)


def _row(r: RedactedInteraction) -> InteractionRow:
    card = r.scorecard
    return InteractionRow(interaction_id=r.interaction_id, channel=r.channel.value, started_at=r.started_at,
                          percentage=card.percentage if card else None, band=card.band if card else None,
                          auto_fail=bool(card and card.auto_fail), flags=tuple(f.flag for f in r.risk_flags or ()),
                          lift=r.sentiment.lift if r.sentiment else None)


def agent_feedback(agent_id: str, records: Sequence[RedactedInteraction], infos: dict[str, ItemInfo],
                   settings: FeedbackConfig, generated_at: datetime, run_id: str | None = None,
                   previous: AgentFeedback | None = None) -> AgentFeedback:
    """One agent's feedback record for this run."""
    rates = item_rates(records, infos)
    strengths, development = points(records, rates, infos, settings)
    flags: dict[str, Counter[str]] = defaultdict(Counter)
    for r in records:
        for f in r.risk_flags or ():
            flags[f.flag]["raised"] += 1
            flags[f.flag]["escalated"] += bool(f.escalated)
    scorecard_id = next((r.scorecard.scorecard_id for r in records if r.scorecard), None)
    current = AgentFeedback(
        agent_id=agent_id, file_id=file_id(agent_id), run_id=run_id, generated_at=generated_at,
        scorecard_id=scorecard_id, interactions=len(records),
        channels=dict(sorted(Counter(r.channel.value for r in records).items())), score=score_stats(records),
        auto_fails=sum(1 for r in records if r.scorecard and r.scorecard.auto_fail),
        complaints=sum(1 for r in records if any(f.flag == "complaint" for f in r.risk_flags or ())),
        escalations=sum(c["escalated"] for c in flags.values()),
        flags={k: FlagCount(**c) for k, c in sorted(flags.items())}, items=rates, sentiment=sentiment(records),
        readability=readability(records, settings.quotes_per_point), two_options=two_options(records),
        handling=handling(records),
        strengths=strengths, development=development, rows=tuple(_row(r) for r in records))
    return current.model_copy(update={"change": change(current, previous)})


def by_agent(records: Iterable[RedactedInteraction]) -> dict[str, list[RedactedInteraction]]:
    groups: dict[str, list[RedactedInteraction]] = defaultdict(list)
    for r in records:
        groups[r.agent_id].append(r)
    return dict(sorted(groups.items()))


def team_report(records: Sequence[RedactedInteraction], agents: Sequence[AgentFeedback], infos: dict[str, ItemInfo],
                generated_at: datetime, run_id: str | None = None, quarantined: int = 0) -> TeamReport:
    return TeamReport(run_id=run_id, generated_at=generated_at,
                      scorecard_id=next((r.scorecard.scorecard_id for r in records if r.scorecard), None),
                      interactions=len(records), quarantined=quarantined, score=score_stats(records),
                      items=item_rates(records, infos), agents=tuple(agents))
