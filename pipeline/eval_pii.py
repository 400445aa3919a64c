"""``ccqa eval-pii``: per-entity precision, recall and F2 against a labelled file, beside stock Presidio.

Matching rules (character spans):

- a labelled span is *found* when at least ``COVERAGE`` of its non-space characters are covered by
  predictions of a matching type (per-entity rows) or of any type (the ``ANY (redaction)`` row);
- a prediction is *correct* when it overlaps a labelled span of its type (any labelled span for
  ``ANY``); otherwise it is a false positive — lookalikes (amounts, order numbers, …) are not labelled.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import LabelledDataError

COVERAGE = 0.8
STRUCTURED = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "IBAN_CODE",
              "UK_SORT_CODE", "UK_BANK_ACCOUNT", "UK_NINO", "UK_NHS", "UK_POSTCODE", "DATE_OF_BIRTH",
              "IP_ADDRESS")


class _Rec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class LabelledSpan(_Rec):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    type: str


class Lookalike(_Rec):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: str


class LabelledTurn(_Rec):
    speaker: str
    text: str
    pii: tuple[LabelledSpan, ...] = ()
    lookalikes: tuple[Lookalike, ...] = ()


class LabelledInteraction(_Rec):
    interaction_id: str
    channel: str
    turns: tuple[LabelledTurn, ...]


def load_labelled(path: Path) -> list[LabelledInteraction]:
    """Read the labelled JSONL; a bad line fails with its number and the problem."""
    if not path.is_file():
        raise LabelledDataError(f"labelled file '{path}' not found")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = LabelledInteraction.model_validate_json(line)
        except ValidationError as err:
            first = err.errors(include_input=False)[0]
            raise LabelledDataError(f"{path}:{number}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from err
        for turn in rec.turns:
            for span in (*turn.pii, *turn.lookalikes):
                if not span.start < span.end <= len(turn.text):
                    raise LabelledDataError(f"{path}:{number}: span {span.start}-{span.end} outside its turn")
        rows.append(rec)
    return rows


@dataclass
class Counts:
    tp_gold: int = 0
    gold: int = 0
    tp_pred: int = 0
    pred: int = 0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else float("nan")

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else float("nan")

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        if p != p or r != r:  # NaN-safe: undefined unless both are known
            return float("nan")
        if 4 * p + r == 0:
            return 0.0
        return 5 * p * r / (4 * p + r)

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": _r(self.precision), "recall": _r(self.recall), "f2": _r(self.f2),
                "support": self.gold, "predicted": self.pred}


def _r(x: float) -> float | None:
    return None if x != x else round(x, 4)


@dataclass
class Report:
    rows: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    lookalikes: int = 0
    lookalikes_hit: int = 0

    def as_dict(self) -> dict:
        return {"entities": {k: v.as_dict() for k, v in sorted(self.rows.items())},
                "lookalikes": self.lookalikes, "lookalikes_redacted": self.lookalikes_hit}


def _covered(span: tuple[int, int], preds: Iterable[tuple[int, int]], text: str) -> float:
    start, end = span
    chars = [i for i in range(start, end) if not text[i].isspace()]
    if not chars:
        return 1.0
    hit = sum(1 for i in chars if any(s <= i < e for s, e in preds))
    return hit / len(chars)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_predictions(data: list[LabelledInteraction], predictions: list[list[list[tuple[int, int, str]]]],
                      type_map: Callable[[str], frozenset[str]] = lambda t: frozenset({t})) -> Report:
    """Compare predictions (start, end, type) per turn with the labels. ``type_map`` credits stock types."""
    report = Report()
    for inter, per_turn in zip(data, predictions):
        for turn, preds in zip(inter.turns, per_turn):
            text = turn.text
            mapped = [(s, e, type_map(t)) for s, e, t in preds]
            for gold in turn.pii:
                span = (gold.start, gold.end)
                row, any_row = report.rows[gold.type], report.rows["ANY (redaction)"]
                row.gold += 1
                any_row.gold += 1
                if _covered(span, [(s, e) for s, e, ts in mapped if gold.type in ts], text) >= COVERAGE:
                    row.tp_gold += 1
                if _covered(span, [(s, e) for s, e, _ in mapped], text) >= COVERAGE:
                    any_row.tp_gold += 1
                if gold.type in STRUCTURED:
                    srow = report.rows["STRUCTURED (any type)"]
                    srow.gold += 1
                    if _covered(span, [(s, e) for s, e, _ in mapped], text) >= COVERAGE:
                        srow.tp_gold += 1
            for s, e, types in mapped:
                any_row = report.rows["ANY (redaction)"]
                any_row.pred += 1
                if any(_overlaps((s, e), (g.start, g.end)) for g in turn.pii):
                    any_row.tp_pred += 1
                for t in types:
                    row = report.rows[t]
                    row.pred += 1
                    if any(g.type == t and _overlaps((s, e), (g.start, g.end)) for g in turn.pii):
                        row.tp_pred += 1
                if not types:
                    report.rows["OTHER (unmapped)"].pred += 1
            for look in turn.lookalikes:
                report.lookalikes += 1
                if any(_overlaps((s, e), (look.start, look.end)) for s, e, _ in mapped):
                    report.lookalikes_hit += 1
    return report


def evaluate(path: Path, redactor, with_stock: bool = True) -> dict:
    """Metrics for ccqa (and stock Presidio) on a labelled file, as a JSON-ready dict."""
    from .redact.stock import STOCK_TYPE_MAP, stock_analyze, stock_analyzer

    data = load_labelled(path)
    analyses = redactor.analyze_turns([[t.text for t in inter.turns] for inter in data])
    ours = [[[(r.start, r.end, r.entity_type) for r in turn] for turn in inter] for inter in analyses]
    result = {"file": str(path), "interactions": len(data), "turns": sum(len(i.turns) for i in data),
              "coverage_rule": COVERAGE, "ccqa": score_predictions(data, ours).as_dict()}
    if with_stock:
        analyzer = stock_analyzer(redactor.presidio_dir / "nlp.yaml")
        flat = stock_analyze(analyzer, [t.text for inter in data for t in inter.turns])
        stock, k = [], 0
        for inter in data:
            stock.append([[(r.start, r.end, r.entity_type) for r in flat[k + j]] for j in range(len(inter.turns))])
            k += len(inter.turns)
        result["stock_presidio"] = score_predictions(
            data, stock, lambda t: STOCK_TYPE_MAP.get(t, frozenset())).as_dict()
    return result


def write_json(result: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
