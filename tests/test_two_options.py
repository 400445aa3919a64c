"""The two-options detector: cue file validation, segmentation, data reading, metrics, the trained model and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from pipeline.errors import ConfigError, LabelledDataError
from pipeline.language import nlp
from pipeline.language.options import cues as cue_mod
from pipeline.language.options.features import OptionCueFeatures, offered_or_lists, segments
from pipeline.language.options.links import merit_links
from pipeline.language.options.model import group_merits
from pipeline.language.options.tagger import (MERIT, N_SPAN_FEATURES, OPTION, OTHER, Pieces, SpanTagger, piece_labels,
                                              regions, runs, span_features)
from pipeline.language.options.train import OptionsParams, fit, prf, read_examples, report

from .conftest import FIXTURES, ROOT

MODEL_DIR = ROOT / "models" / "two_options"


@pytest.fixture(scope="module")
def model():
    from pipeline.classify import persist

    return persist.load(MODEL_DIR)


# ---- cue file ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "key"), [
    ("version: 1\nfamilies:\n  x:\n    kind: maybe\n    patterns: [[{LOWER: a}]]\n", "families.x.kind"),
    ("version: 1\nfamilies:\n  x:\n    kind: option\n    patterns: [[{NOPE: a}]]\n", "families.x.patterns"),
    ("version: 1\nfamilies:\n  x:\n    kind: option\n    colour: red\n    patterns: [[{LOWER: a}]]\n", "families.x.colour"),
    ("version: 1\nfamilies: {}\n", "families"),
    ("version: 1\nfamilies:\n  x:\n    kind: option\n    patterns: []\n", "families.x.patterns"),
])
def test_bad_cue_file_names_file_and_key(tmp_path, body, key):
    path = tmp_path / "two_options.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        cue_mod.load_spec(path)
    assert str(path) in str(err.value) and key in str(err.value)


def test_shipped_cue_file_loads_with_all_three_kinds():
    spec = cue_mod.load_spec()
    assert {f.kind for f in spec.families.values()} == {"option", "merit", "negative"}


@pytest.mark.parametrize(("text", "family"), [
    ("You could either pay now or later.", "either_or"),
    ("There are two ways we can do this.", "n_ways"),
    ("Alternatively, we can post it.", "alternatively"),
    ("option two is a refund", "option_n"),
    ("would you rather keep the fix", "prefer"),
    ("the catch is a £25 fee", "cost"),
    ("either way it's the same price", "either_way"),
    ("press 2 for billing", "menu"),
    ("unfortunately that's not possible", "ruled_out"),
    ("it's cheaper over the year", "comparative"),
])
def test_cue_families_match_real_parses(text, family):
    doc = next(nlp.parse([text]))
    assert family in {c.family for c in cue_mod.find(doc, cue_mod.load_spec())}


# ---- segmentation ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "You can pay in full. Alternatively, we can set up a plan which costs nothing extra.",
    "Hi,\n\n- a refund to your card\n- a voucher worth 10% more\n\nThanks",
    "you could return it in store or send it back by post which is free",
    "No options here at all",
])
def test_segments_tile_the_text_in_order(text):
    doc = next(nlp.parse([text]))
    segs = segments(doc, cue_mod.find(doc, cue_mod.load_spec()))
    assert segs and all(a.end_char <= b.start_char for a, b in zip(segs, segs[1:]))
    assert all(text[s.start_char:s.end_char].strip() for s in segs)


@pytest.mark.parametrize(("p_opt", "p_mer", "expected"), [
    ([0.9, 0.1, 0.8, 0.2], [0.1, 0.9, 0.0, 0.7], [0.9, 0.7]),  # merits follow their options
    ([0.1, 0.9], [0.8, 0.2], [0.2]),  # a merit before any option belongs to none
    ([0.2, 0.3], [0.9, 0.9], []),
])
def test_group_merits(p_opt, p_mer, expected):
    assert group_merits(np.array(p_opt), np.array(p_mer)).tolist() == pytest.approx(expected)


@pytest.mark.parametrize(("text", "offered"), [
    ("You can pay by Direct Debit, pay online by card, or pay at any PayPoint.", True),
    ("Want me to book the engineer for Tuesday morning, or would Wednesday afternoon suit you better?", True),
    ("We can either hold your seat or release it.", True),
    ("You can pick between a mandatory reconsideration and deductions of £20 a month.", True),
    ("so look there's the fixed or there's the variable", True),
    ("The 14:05 or the 18:30 – which do you want?", True),  # the choice is asked for in the next clause
    ("it's the courtesy car from the garage versus the hire car through your legal cover", True),
    ("Is it the smart TV app or the one on your games console that keeps freezing?", False),  # clarifying
    ("Sign the declaration, either electronically or by printing and posting it.", False),  # one step
    ("It could be the router or the line.", False),  # causes
    ("I'll send the replacement out today.", False),
])
def test_offered_or_lists(text, offered):
    assert bool(offered_or_lists(next(nlp.parse([text])))) is offered


@pytest.mark.parametrize(("text", "options", "merits", "linked"), [
    # merits follow each option
    ("You can pay in full now. That clears it straight away. Or we can set up a plan. That is easier on your budget.",
     ["pay in full", "set up a plan"], ["clears it", "easier on"], 2),
    # both merits after the options, naming them by order
    ("One is to refund you. The other is to send a new kettle. So the first one is quicker and the second one is "
     "less hassle.", ["refund you", "send a new"], ["first one", "second one"], 2),
    # one comparison sentence that repeats both options' words
    ("You can make a lump-sum payment, or you can refinance the loan. A lump-sum payment saves interest, while "
     "refinancing lowers the monthly cost.", ["lump-sum payment,", "refinance"], ["saves interest"], 2),
    # merits for one option only
    ("You could upgrade the handset, which gets you 5G and a better camera. Or keep the phone you have.",
     ["upgrade", "keep the phone"], ["upgrade"], 1),
    ("There are no options here.", [], [], 0),
])
def test_merit_links(text, options, merits, linked):
    doc = next(nlp.parse([text]))
    segs = segments(doc, cue_mod.find(doc, cue_mod.load_spec()))
    seg_text = [text[s.start_char:s.end_char] for s in segs]
    p_opt = [float(any(o in t for o in options)) for t in seg_text]
    p_mer = [float(any(m in t for m in merits)) for t in seg_text]
    got = merit_links(doc, segs, p_opt, p_mer)
    assert got.options_with_merits == linked, seg_text


def test_cue_features_are_fixed_length_and_bounded():
    f = OptionCueFeatures().fit(None)
    X = f.transform(["You can either call or email.", "Thanks for waiting."])
    assert X.shape == (2, f.n_features_out_) and X.min() >= 0 and X.max() <= 1.5


# ---- data and metrics --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "message"), [
    ("not json", "not a two-options example"),
    (json.dumps({"id": "a", "channel": "call", "text": "x", "present": False, "merits_explained": True}), "merits_explained"),
    (json.dumps({"id": "a", "channel": "call", "text": "xy", "present": True, "merits_explained": False,
                 "options": [{"start": 0, "end": 9}]}), "span"),
    (json.dumps({"id": "a", "channel": "fax", "text": "x", "present": False, "merits_explained": False}), "not a two-options"),
])
def test_bad_labelled_lines_name_the_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(LabelledDataError) as err:
        read_examples(path)
    assert f"{path}:1" in str(err.value) and message in str(err.value)


@pytest.mark.parametrize(("y", "p", "expected"), [
    ([1, 1, 0, 0], [1, 0, 0, 1], (0.5, 0.5, 0.5)),
    ([1, 1, 1, 0], [1, 1, 1, 0], (1.0, 1.0, 1.0)),
    ([1, 0], [0, 0], (0.0, 0.0, 0.0)),
])
def test_prf(y, p, expected):
    m = prf(np.array(y, bool), np.array(p, bool))
    assert (m["precision"], m["recall"], m["f1"]) == pytest.approx(expected)


def test_report_splits_by_channel():
    ex = read_examples(FIXTURES / "two_options_small.jsonl")
    y = np.array([[e.present, e.merits_explained] for e in ex])
    out = report(ex, y)
    assert out["presence"]["f1"] == 1.0 and set(out["by_channel"]) == {"call", "chat", "email"}
    assert "by_source" not in out  # the fixture has no source field


def test_report_splits_by_source_when_labelled():
    ex = read_examples(FIXTURES / "two_options_small.jsonl")
    ex = [e.model_copy(update={"source": "hand" if i % 2 else "template"}) for i, e in enumerate(ex)]
    y = np.array([[e.present, e.merits_explained] for e in ex])
    pred = y.copy()
    pred[0] = ~pred[0]  # one wrong template record
    out = report(ex, pred)
    hand = np.array([e.source == "hand" for e in ex])
    assert out["by_source"]["hand"]["presence"] == prf(y[hand, 0], pred[hand, 0])
    assert out["by_source"]["template"]["merits"] == prf(y[~hand, 1], pred[~hand, 1])
    assert sum(v["presence"]["n"] for v in out["by_source"].values()) == len(ex)


@pytest.mark.parametrize(("labels", "second"), [
    ("data/sample/labelled/two_options.jsonl", "data/sample/labelled/two_options_second_annotation.jsonl"),
    ("data/heldout/two_options/heldout.jsonl", "data/heldout/two_options/second_annotation.jsonl"),
])
def test_blind_second_annotation_agrees(labels, second):
    from sklearn.metrics import cohen_kappa_score

    first = {e.id: e for e in read_examples(ROOT / labels)}
    other = {r["id"]: r for r in map(json.loads, (ROOT / second).read_text(encoding="utf-8").splitlines())}
    assert other.keys() == first.keys()
    for key in ("present", "merits_explained"):
        a = [getattr(first[i], key) for i in sorted(first)]
        b = [other[i][key] for i in sorted(first)]
        assert cohen_kappa_score(a, b) >= 0.9, key


def test_labelled_sets_are_large_enough_and_valid():
    train = read_examples(ROOT / "data/sample/labelled/two_options.jsonl")
    held = read_examples(ROOT / "data/heldout/two_options/heldout.jsonl")
    assert len(train) >= 400 and len(held) >= 150
    assert not {e.text for e in train} & {e.text for e in held}


# ---- span tagger ------------------------------------------------------------------------------------------

def test_piece_labels_follow_the_gold_spans():
    offsets = np.array([[0, 3], [4, 7], [8, 10], [11, 16], [17, 20]])
    assert piece_labels(offsets, [(4, 10)], [(11, 20)]).tolist() == [OTHER, OPTION, OPTION, MERIT, MERIT]
    assert piece_labels(np.zeros((0, 2)), [], []).tolist() == []


@pytest.mark.parametrize(("mask", "gap", "min_len", "expected"), [
    ([1, 1, 0, 1, 1], 0, 1, [(0, 2), (3, 5)]),
    ([1, 1, 0, 1, 1], 1, 1, [(0, 5)]),
    ([1, 0, 0, 1, 1], 1, 2, [(3, 5)]),
    ([0, 0, 0], 0, 1, []),
])
def test_runs(mask, gap, min_len, expected):
    assert runs(np.array(mask, dtype=bool), gap, min_len) == expected


def _tags(classes: str, sure: float = 0.9) -> np.ndarray:
    """'OM.OM' → per-piece probabilities (O option, M merit, . other)."""
    cls = {"O": OPTION, "M": MERIT, ".": OTHER}
    p = np.full((len(classes), 3), (1 - sure) / 2)
    p[np.arange(len(classes)), [cls[c] for c in classes]] = sure
    return p


@pytest.mark.parametrize(("tags", "n_options", "merits"), [
    ("OOMM..OOMM", 2, [0.9, 0.9]),  # "X – merit – or Y, merit": both regions hold a merit
    ("..OO..OO.MM", 2, [0.05, 0.9]),  # both merits after the second option: one region only
    ("MM.OO", 1, [0.9]),  # a merit before the first option belongs to it
    ("......", 0, []),
])
def test_regions(tags, n_options, merits):
    opt, merit = regions(_tags(tags))
    assert len(opt) == n_options and merit == pytest.approx(merits)


def test_span_features_are_fixed_length_bounded_and_order_the_structures():
    both, one_side = span_features(_tags("OOMM..OOMM")), span_features(_tags("..OO..OO.MM"))
    for f in (both, one_side, span_features(np.zeros((0, 3)), (0.2, 0.1))):
        assert f.shape == (N_SPAN_FEATURES,) and ((f >= 0) & (f <= 1)).all()
    assert both[6] > one_side[6]  # regions with a merit


def test_span_tagger_learns_a_separable_toy_task_and_survives_a_round_trip():
    """A small fake: each piece's class is written into its state; the LSTM must learn to read it back."""
    rng = np.random.default_rng(0)
    pieces, labels = [], []
    for _ in range(40):
        y = rng.integers(0, 3, size=rng.integers(4, 12))
        states = rng.normal(0, 0.1, size=(len(y), 8)).astype(np.float32)
        states[np.arange(len(y)), y] += 2.0
        pieces.append(Pieces(np.c_[np.arange(len(y)), np.arange(len(y)) + 1], states))
        labels.append(y)
    y_text = np.array([[(y == OPTION).sum() >= 2, (y == MERIT).sum() >= 2] for y in labels])
    tagger = SpanTagger(hidden=8, epochs=30, seed=1)  # length-bucketed: 2 fixed batches per epoch here
    assert not [k for k in vars(tagger) if k.endswith("_")]  # constructor stores parameters only
    tagger.fit(pieces, labels, y_text)
    tags, text = tagger.predict_proba(pieces)
    assert np.mean(np.concatenate([t.argmax(1) for t in tags]) == np.concatenate(labels)) > 0.9
    assert text.shape == (40, 2)
    twin = SpanTagger(**tagger.get_params())
    twin.__dict__.update(tagger.__getstate__())  # what skops stores: parameters and plain weight arrays
    assert "_net" not in tagger.__getstate__()
    assert np.allclose(twin.predict_proba(pieces)[1], text)


# ---- the trained model -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "present", "merits"), [
    ("You could either pay the £300 in one go, which clears it straight away, or we can set up a plan over six "
     "months, which is easier on your budget but takes longer.", True, True),
    pytest.param("so there's two ways to do this um you can claim on the policy but you'd pay the £250 excess or you "
                 "can pay for the repair yourself and keep your no claims bonus", True, True,
                 marks=pytest.mark.xfail(strict=True, reason="known miss of the layer-4+6 tagger (README, hardest "
                                         "cases): it tags 'and keep your no claims bonus' as part of the second "
                                         "option, not its merit; P(merits) 0.11")),
    ("Option one is a full refund to your card. Option two is a voucher for the full amount.", True, False),
    ("I'll send the replacement out today and it should arrive by Thursday.", False, False),
    ("Press 1 for billing, 2 for technical help or 3 for anything else.", False, False),
    ("Step one, fill in the form. Step two, upload the receipt. Then we pay you within five days.", False, False),
    ("Either way, the price is the same.", False, False),
    ("Would you like me to book an engineer for Tuesday?", False, False),
])
def test_model_decisions(model, text, present, merits):
    pred = model.predict([text])[0]
    assert bool(pred[0]) is present
    if present:
        assert bool(pred[1]) is merits


def test_model_meets_target_on_its_card():
    card = json.loads((MODEL_DIR / "card.json").read_text(encoding="utf-8"))
    assert card["cv"]["presence"]["f1"] >= 0.88 and card["heldout"]["presence"]["f1"] >= 0.80


def test_cv_predictions_are_written_by_id_without_text(tmp_path):
    from pipeline.language.options.run import write_predictions

    ex = read_examples(ROOT / "data/sample/labelled/two_options.jsonl")[:3]
    write_predictions(tmp_path / "p.jsonl", ex, np.array([[True, True], [True, False], [False, False]]))
    rows = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [e.id for e in ex]
    assert [(r["pred_present"], r["pred_merits"]) for r in rows] == [(True, True), (True, False), (False, False)]
    assert [r["present"] for r in rows] == [e.present for e in ex] and "text" not in rows[0]


def test_unknown_text_head_is_refused():
    with pytest.raises(ValidationError, match="text_head"):
        OptionsParams(text_head="forest")


@pytest.mark.parametrize("layers", [(), (-2,), (4, -5)])
def test_tagger_layers_must_be_a_nonempty_list_of_hidden_states(layers):
    with pytest.raises(ValidationError, match="tagger_layers"):
        OptionsParams(tagger_layers=layers)


def test_small_training_run_fits_and_predicts():
    ex = read_examples(ROOT / "data/sample/labelled/two_options.jsonl")[:80]
    m = fit(ex, OptionsParams(folds=2, tagger_epochs=3), cue_mod.load_spec())
    p = m.predict_proba([e.text for e in ex[:5]])
    assert p.shape == (5, 2) and ((p >= 0) & (p <= 1)).all()
    assert m.n_segments_ > len(ex)
    assert "_emb_cache" not in m.encoder_.__getstate__()  # never persisted


@pytest.mark.parametrize(("weight", "tagger", "head"), [(0.0, False, "logistic"), (3.0, True, "boosted")])
def test_ngram_heads_span_tagger_and_text_head_are_configurable(weight, tagger, head):
    ex = read_examples(ROOT / "data/sample/labelled/two_options.jsonl")[:60]
    m = fit(ex, OptionsParams(folds=2, ngram_weight=weight, span_tagger=tagger, tagger_epochs=2, text_head=head,
                              boost_iter=20, tagger_layers=(4, -1)), cue_mod.load_spec())
    assert len(getattr(m, "ngram_heads_", [])) == (2 if weight else 0)
    assert hasattr(m, "tagger_") is tagger
    if tagger:  # the tagger reads layers 4 and 6 side by side
        assert m.tagger_.n_features_in_ == 2 * m.encoder_.n_features_out_
    assert type(m.merits_head_).__name__ == {"logistic": "LogisticRegression",
                                             "boosted": "HistGradientBoostingClassifier"}[head]
    assert m.predict([e.text for e in ex[:3]]).shape == (3, 2)


def test_saved_model_holds_no_training_text():
    import zipfile

    with zipfile.ZipFile(MODEL_DIR / "model.skops") as z:
        blob = b"".join(z.read(n) for n in z.namelist()).decode("latin-1").lower()
    ex = read_examples(ROOT / "data/sample/labelled/two_options.jsonl")
    phrases = [" ".join(e.text.lower().split()[2:7]) for e in ex if len(e.text.split()) > 8][:200]
    assert not [p for p in phrases if p in blob]


# ---- CLI ---------------------------------------------------------------------------------------------------

def test_eval_options_cli(tmp_path):
    out = tmp_path / "m.json"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "eval-options", str(FIXTURES / "two_options_small.jsonl"),
                           "--json", str(out)], capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "presence" in proc.stdout and "merits" in proc.stdout
    metrics = json.loads(out.read_text())
    assert metrics["examples"] == 6 and metrics["presence"]["f1"] >= 0.5


def test_eval_options_cli_missing_file(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "eval-options", str(tmp_path / "none.jsonl")],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 2 and "E005" in proc.stderr
