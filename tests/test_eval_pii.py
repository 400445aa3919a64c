"""eval-pii: the matching arithmetic on small fakes, and the shipped redaction against its targets."""

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.errors import LabelledDataError
from pipeline.eval_pii import LabelledInteraction, evaluate, load_labelled, score_predictions

from .conftest import ROOT, SAMPLE

LABELLED = SAMPLE / "pii" / "labelled.jsonl"


def conv(text, pii=(), lookalikes=()):
    return LabelledInteraction.model_validate({
        "interaction_id": "x", "channel": "call",
        "turns": [{"speaker": "customer", "text": text,
                   "pii": [{"start": s, "end": e, "type": t} for s, e, t in pii],
                   "lookalikes": [{"start": s, "end": e, "kind": k} for s, e, k in lookalikes]}]})


@pytest.mark.parametrize("preds, recall, precision", [
    ([(8, 18, "PERSON")], 1.0, 1.0),          # exact
    ([(8, 13, "PERSON")], 0.0, 1.0),          # covers half of the name: not found, but not a false positive
    ([(8, 18, "UK_POSTCODE")], 0.0, None),    # right place, wrong type: per-entity miss
    ([(8, 18, "PERSON"), (25, 28, "PERSON")], 1.0, 0.5),  # one false positive
    ([], 0.0, None),
])
def test_eval_pii_person_row(preds, recall, precision):
    data = [conv("name is sarah jane and 123", pii=[(8, 18, "PERSON")])]
    row = score_predictions(data, [[preds]]).as_dict()["entities"]["PERSON"]
    assert row["recall"] == recall
    assert row["precision"] == precision


def test_eval_pii_any_row_ignores_type_and_f2_weights_recall():
    data = [conv("name is sarah jane and 123", pii=[(8, 18, "PERSON")])]
    rows = score_predictions(data, [[[(8, 18, "UK_POSTCODE"), (23, 26, "CARD_CVV")]]]).as_dict()["entities"]
    any_row = rows["ANY (redaction)"]
    assert any_row["recall"] == 1.0 and any_row["precision"] == 0.5
    assert math.isclose(any_row["f2"], 5 * 0.5 * 1.0 / (4 * 0.5 + 1.0), abs_tol=1e-4)


def test_eval_pii_counts_redacted_lookalikes_and_maps_stock_types():
    data = [conv("order 12345678 from 1 high street", pii=[(20, 33, "STREET_ADDRESS")],
                 lookalikes=[(6, 14, "order_number")])]
    report = score_predictions(data, [[[(6, 14, "US_BANK_NUMBER"), (20, 33, "LOCATION")]]],
                               lambda t: {"LOCATION": frozenset({"STREET_ADDRESS"})}.get(t, frozenset()))
    out = report.as_dict()
    assert out["lookalikes_redacted"] == 1 and out["entities"]["STREET_ADDRESS"]["recall"] == 1.0


@pytest.mark.parametrize("line, message", [
    ('{"interaction_id": "a", "channel": "call"}', "turns"),
    ('{"interaction_id": "a", "channel": "call", "turns": [{"speaker": "agent", "text": "hi", '
     '"pii": [{"start": 0, "end": 9, "type": "PERSON"}]}]}', "outside its turn"),
])
def test_eval_pii_rejects_bad_labels(tmp_path, line, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(line + "\n")
    with pytest.raises(LabelledDataError, match=message):
        load_labelled(bad)


def test_eval_pii_shipped_set_is_large_and_covers_every_entity():
    data = load_labelled(LABELLED)
    types = {s.type for i in data for t in i.turns for s in t.pii}
    assert len(data) >= 300 and len(types) == 15
    assert sum(len(t.lookalikes) for i in data for t in i.turns) >= 1000


@pytest.mark.integration
def test_eval_pii_meets_targets_and_beats_stock_presidio(redactor):
    result = evaluate(LABELLED, redactor, with_stock=True)
    ours, stock = result["ccqa"]["entities"], result["stock_presidio"]["entities"]
    assert ours["ANY (redaction)"]["recall"] >= 0.94
    assert ours["ANY (redaction)"]["precision"] >= 0.90
    assert ours["PERSON"]["recall"] >= 0.90
    assert ours["STRUCTURED (any type)"]["recall"] >= 0.93
    assert ours["ANY (redaction)"]["f2"] >= stock["ANY (redaction)"]["f2"] + 0.3


@pytest.mark.integration
def test_eval_pii_held_out_set_written_independently(redactor):
    """The held-out set was written without sight of the recognizers and is never used for tuning."""
    result = evaluate(ROOT / "data" / "heldout" / "pii" / "heldout.jsonl", redactor, with_stock=False)
    ours = result["ccqa"]["entities"]
    assert ours["ANY (redaction)"]["recall"] >= 0.93 and ours["ANY (redaction)"]["precision"] >= 0.88
    assert ours["PERSON"]["recall"] >= 0.90


@pytest.mark.integration
def test_eval_pii_cli_prints_table_and_writes_json(tmp_path):
    out = tmp_path / "m.json"
    ccqa = str(Path(sys.executable).parent / "ccqa")
    small = tmp_path / "small.jsonl"
    small.write_text("".join(LABELLED.read_text().splitlines(keepends=True)[:20]))
    result = subprocess.run([ccqa, "eval-pii", str(small), "--no-stock", "--json", str(out)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "PERSON" in result.stdout and "lookalikes redacted" in result.stdout
    assert json.loads(out.read_text())["interactions"] == 20
