"""Scorecard stage: each item both ways and N/A on the real spaCy model, the arithmetic, the YAML, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from pipeline.config import CCQAConfig, ScorecardConfig
from pipeline.errors import ConfigError, LabelledDataError
from pipeline.schema import (Complexity, Evidence, Finding, ItemResult, PIISpan, RedactedInteraction, RedactedTurn,
                             SourceRef, TwoOptions)
from pipeline.scorecard import evaluate
from pipeline.scorecard.engine import tally
from pipeline.scorecard.spec import load_spec
from pipeline.scorecard.stage import ScorecardStage

from .conftest import FIXTURES, ROOT

DEFAULT = ROOT / "configs" / "scorecards" / "default.yaml"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def stage():
    return ScorecardStage(DEFAULT).load()


def make(channel: str, *turns: str, seconds: list[float] | None = None, pii: dict[int, list[tuple[str, str]]] | None = None,
         **fields) -> RedactedInteraction:
    """Turns alternate by prefix: 'a:' agent, 'c:' customer. ``pii`` marks placeholders already in the text."""
    out = []
    for i, raw in enumerate(turns):
        who, text = raw.split(":", 1)
        spans = []
        for kind, placeholder in (pii or {}).get(i, []):
            start = text.strip().index(placeholder)
            spans.append(PIISpan(type=kind, start=start, end=start + len(placeholder), recognizer="test", score=1.0))
        sent = T0 + timedelta(seconds=seconds[i]) if seconds else None
        out.append(RedactedTurn(index=i, speaker="agent" if who == "a" else "customer", text=text.strip(),
                                sent_at=sent, pii=tuple(spans)))
    return RedactedInteraction(interaction_id="t-1", agent_id="a-1", channel=channel, turns=tuple(out),
                               source=SourceRef(file="test", line=1), **fields)


def item(stage, record, item_id: str) -> ItemResult:
    scored = stage.transform([record])[0]
    return next(r for r in scored.scorecard.items if r.item_id == item_id)


GOOD_CALL = (
    "a: good morning thanks for calling harbour bank my name's priya how can i help",
    "c: hi um i want to check why my direct debit went up",
    "a: of course first i just need to confirm who i'm speaking to can i take your full name and date of birth",
    "c: it's <PERSON> second of may nineteen eighty",
    "a: thank you you're verified so which direct debit is it the mortgage or the loan",
    "c: the loan one",
    "a: okay i can see your direct debit is now one hundred and twelve pounds because the rate changed in march",
    "c: ah right that makes sense",
    "a: so to recap it's gone up because of the rate change and you'll get a letter within five working days "
    "is there anything else i can help with",
    "c: no that's all thanks",
)
CHAT_TIMES = [0, 40, 70, 100, 130, 160]
COMPLAINT_EMAIL = "c: Dear Sir,\n\nI am writing to complain. My claim has been ignored for six weeks. This is unacceptable."

ITEM_CASES = [
    # opening_rapport
    ("opening_rapport", "pass", make("call", *GOOD_CALL)),
    ("opening_rapport", "pass", make("chat", "c: hi", "a: Hi, I'm Sam from Brightwater, how can I help today?")),
    ("opening_rapport", "fail", make("call", "a: yeah what", "c: my bill is wrong", "a: right")),
    ("opening_rapport", "fail", make("call", "a: hello", "c: hi i want to pay", "a: okay")),
    # identity_verified_before_disclosure
    ("identity_verified_before_disclosure", "pass", make("call", *GOOD_CALL)),
    ("identity_verified_before_disclosure", "fail",
     make("call", "a: calder bank dean speaking", "c: i just want my balance please",
          "a: right so your balance at the moment is six hundred and twelve pounds", "c: cheers")),
    ("identity_verified_before_disclosure", "fail",  # asked, but disclosed in the same turn before any answer
     make("call", "a: hello calder bank", "c: what's my balance",
          "a: can i take your date of birth and your balance is two hundred pounds", "c: ok")),
    ("identity_verified_before_disclosure", "na",
     make("call", "a: hello calder bank how can i help", "c: what time do you close", "a: we close at five", "c: thanks")),
    ("identity_verified_before_disclosure", "na", make("email", COMPLAINT_EMAIL, "a: Dear Sir, your balance is £20.")),
    # no_sensitive_readback
    ("no_sensitive_readback", "pass", make("call", *GOOD_CALL)),
    ("no_sensitive_readback", "pass",
     make("call", "a: hello", "c: do you need my pin", "a: no we will never ask for your pin", "c: ok")),
    ("no_sensitive_readback", "fail",
     make("chat", "c: hi i want to pay", "a: Hello! Can you give me the long card number and the three digits on the back?")),
    ("no_sensitive_readback", "fail",
     make("call", "a: hello", "c: it's <CREDIT_CARD>", "a: so that's <CREDIT_CARD> is that right", "c: yes",
          pii={1: [("CREDIT_CARD", "<CREDIT_CARD>")], 2: [("CREDIT_CARD", "<CREDIT_CARD>")]})),
    ("no_sensitive_readback", "fail",
     make("email", "c: Please confirm the card I used.", "a: Dear Ms Shaw,\n\nThe card used was <CREDIT_CARD>.\n\nRegards",
          pii={1: [("CREDIT_CARD", "<CREDIT_CARD>")]})),
    # needs_clarified
    ("needs_clarified", "pass", make("call", *GOOD_CALL)),
    ("needs_clarified", "pass",
     make("call", "a: hello how can i help", "c: my internet keeps dropping",
          "a: oh no okay when did it start happening", "c: last week")),
    ("needs_clarified", "fail",
     make("call", "a: hello how can i help", "c: my internet keeps dropping",
          "a: can i take your date of birth", "c: first of may", "a: i've reset the line", "c: thanks")),
    ("needs_clarified", "na", make("email", COMPLAINT_EMAIL, "a: Dear Sir, thank you.")),
    # checked_needs_met
    ("checked_needs_met", "pass", make("call", *GOOD_CALL)),
    ("checked_needs_met", "pass",
     make("chat", "c: how do i reset my password", "a: Hi! Use the link on the login page. Does that make sense?")),
    ("checked_needs_met", "fail", make("call", "a: hello how can i help", "c: opening times", "a: nine to five bye")),
    # complaint_handled
    ("complaint_handled", "pass",
     make("email", COMPLAINT_EMAIL, "a: Dear Mr Patel,\n\nI'm sorry for the delay. I have logged this as a formal "
          "complaint. If you are unhappy with this final response you can refer it to the Financial Ombudsman "
          "Service.\n\nRegards")),
    ("complaint_handled", "fail",  # a final response without ombudsman signposting
     make("email", COMPLAINT_EMAIL, "a: Dear Mr Patel,\n\nI'm sorry for the delay. I have upheld your complaint and "
          "this is our final response.\n\nRegards")),
    ("complaint_handled", "pass",  # logged, full reply to follow: not a final response, so no ombudsman wording needed
     make("email", COMPLAINT_EMAIL, "a: Dear Mr Patel,\n\nI'm sorry for the delay. I have logged this as a formal "
          "complaint and our complaints team will reply in full.\n\nRegards")),
    ("complaint_handled", "fail",  # an apology alone registers nothing
     make("call", "a: hello", "c: i was promised a call back and nobody rang", "a: oh i'm so sorry about that",
          "c: right")),
    ("complaint_handled", "pass",  # implied dissatisfaction: a regulator threat is a complaint too
     make("chat", "c: If this isn't refunded I'm going to the ombudsman.",
          "a: I'm sorry. I've logged this as a complaint, reference CMP-1.")),
    ("complaint_handled", "pass",
     make("call", "a: hello", "c: this is ridiculous i've been waiting three weeks and nobody has called me",
          "a: i'm really sorry that's not good enough i'm going to log this as a complaint for you", "c: ok")),
    ("complaint_handled", "fail",
     make("call", "a: hello", "c: honestly i'm fed up with this the engineer never turned up",
          "a: okay i've booked another engineer for friday", "c: fine")),
    ("complaint_handled", "na", make("call", *GOOD_CALL)),
    # vulnerability_handled
    ("vulnerability_handled", "pass",
     make("call", "a: hello", "c: my husband passed away last month and i don't know what to do about the account",
          "a: i'm so sorry for your loss i'll put a note on the account and pass you to our bereavement team", "c: thank you")),
    ("vulnerability_handled", "fail",
     make("call", "a: hello", "c: i've lost my job and i can't afford the payment this month",
          "a: the payment is still due on the first", "c: ok")),
    ("vulnerability_handled", "na", make("call", *GOOD_CALL)),
    # escalation_when_needed
    ("escalation_when_needed", "pass",
     make("call", "a: hello", "c: there's payments i don't recognise i think it's fraud",
          "a: i'm sorry i'm going to block the card and put you through to our fraud team", "c: ok")),
    ("escalation_when_needed", "fail",
     make("call", "a: hello", "c: if this isn't sorted i'm going to the financial ombudsman",
          "a: okay well the fee stands", "c: right")),
    ("escalation_when_needed", "na", make("call", *GOOD_CALL)),
    # two_options_on_complex
    ("two_options_on_complex", "pass",
     make("call", *GOOD_CALL, "c: i can't afford this month's payment what are my options",
          two_options=TwoOptions(present=True, merits_explained=True))),
    ("two_options_on_complex", "fail",
     make("call", *GOOD_CALL, "c: i can't afford this month's payment what are my options",
          two_options=TwoOptions(present=True, merits_explained=False))),
    ("two_options_on_complex", "na",  # no decision raised; complexity alone does not make it apply
     make("call", *GOOD_CALL, complexity=Complexity(label="complex", probabilities={}),
          two_options=TwoOptions(present=False, merits_explained=False))),
    ("two_options_on_complex", "na",  # a decision, but the language stage did not run
     make("call", *GOOD_CALL, "c: i can't afford this month's payment what are my options")),
    # language_clarity
    ("language_clarity", "pass",
     make("call", *GOOD_CALL, findings=(Finding(rule_id="jargon_explained", result="pass", explanation="ok"),
                                        Finding(rule_id="sentence_length", result="na", explanation="ok")))),
    ("language_clarity", "fail",
     make("call", *GOOD_CALL, findings=(Finding(rule_id="positive_language", result="fail", explanation="negative"),
                                        Finding(rule_id="passive_voice", result="pass", explanation="ok")))),
    ("language_clarity", "pass",  # a failed rule that is not listed does not fail the item
     make("call", *GOOD_CALL, findings=(Finding(rule_id="passive_voice", result="fail", explanation="x"),
                                        Finding(rule_id="readability_threshold", result="pass", explanation="ok")))),
    ("language_clarity", "na", make("call", *GOOD_CALL)),
    # response_time
    ("response_time", "pass", make("chat", "c: hi", "a: Hello, how can I help?", "c: my order", "a: Which one?",
                                   seconds=[0, 30, 60, 150])),
    ("response_time", "fail", make("chat", "c: hi", "a: Hello, how can I help?", "c: my order", "a: Which one?",
                                   seconds=[0, 30, 60, 300])),
    ("response_time", "pass", make("email", COMPLAINT_EMAIL, "a: Dear Sir, sorry.", seconds=[0, 3600 * 20])),
    ("response_time", "fail", make("email", COMPLAINT_EMAIL, "a: Dear Sir, sorry.", seconds=[0, 3600 * 30])),
    ("response_time", "na", make("call", *GOOD_CALL)),
    ("response_time", "na", make("chat", "c: hi", "a: Hello, how can I help?")),  # no timestamps
    # summary_and_next_steps
    ("summary_and_next_steps", "pass", make("call", *GOOD_CALL)),
    ("summary_and_next_steps", "fail", make("call", "a: hello how can i help", "c: opening times", "a: nine to five bye")),
]


@pytest.mark.integration
@pytest.mark.parametrize("item_id,expected,record", ITEM_CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(ITEM_CASES)])
def test_scorecard_item_outcome(stage, item_id, expected, record):
    result = item(stage, record, item_id)
    assert result.result == expected, result.explanation
    assert result.decided_by and result.explanation.endswith(".")


@pytest.mark.integration
def test_scorecard_evidence_quotes_the_redacted_turn(stage):
    records = stage.transform([c[2] for c in ITEM_CASES])
    quoted = 0
    for record in records:
        texts = [t.text for t in record.turns]
        for result in record.scorecard.items:
            for ev in result.evidence:
                assert ev.quote == texts[ev.turn][ev.start:ev.end] and ev.quote
                quoted += 1
        for flag in record.risk_flags:
            assert all(e.quote == texts[e.turn][e.start:e.end] for e in flag.evidence) and flag.evidence
    assert quoted > 40


@pytest.mark.integration
@pytest.mark.parametrize("customer,agent,flag,escalated", [
    ("there's payments i don't recognise i think it's fraud", "i'm putting you through to our fraud team", "fraud", True),
    ("if this isn't sorted i'm going to my solicitor", "okay", "legal", False),
    ("i'm going to put this all over social media", "i understand i'll escalate this to my manager", "media", True),
    ("i've complained twice already", "i'm sorry i've logged a complaint", "complaint", True),
    ("honestly i just want to end it all", "i'm really worried about you i'm going to call the emergency services",
     "harm", True),
])
def test_scorecard_risk_flags(stage, customer, agent, flag, escalated):
    record = stage.transform([make("call", "a: hello", f"c: {customer}", f"a: {agent}", "c: ok")])[0]
    flags = {f.flag: f for f in record.risk_flags}
    assert flag in flags and flags[flag].escalated is escalated


@pytest.mark.integration
def test_scorecard_no_risk_flags_on_a_routine_call(stage):
    assert stage.transform([make("call", *GOOD_CALL)])[0].risk_flags == ()


# ---------------------------------------------------------------- arithmetic and bands


def _r(item_id, result, weight=10.0, critical=False):
    return ItemResult(item_id=item_id, result=result, weight=weight, critical=critical, decided_by="test")


@pytest.mark.parametrize("results,earned,potential,percentage,auto_fail,band", [
    ([_r("a", "pass"), _r("b", "pass")], 20, 20, 100.0, False, "exceeds"),
    ([_r("a", "pass"), _r("b", "na"), _r("c", "fail", 5)], 10, 15, 66.67, False, "needs_improvement"),
    ([_r("a", "pass", 8), _r("b", "fail", 2)], 8, 10, 80.0, False, "meets"),
    ([_r("a", "pass", 9), _r("b", "fail", 1)], 9, 10, 90.0, False, "exceeds"),
    ([_r("a", "pass", 9), _r("b", "fail", 1, critical=True)], 9, 10, 90.0, True, "fail"),
    ([_r("a", "na"), _r("b", "na", critical=True)], 0, 0, None, False, "not_scored"),
    ([_r("a", "pass", 0), _r("b", "na")], 0, 0, None, False, "not_scored"),
    ([_r("a", "na", critical=True), _r("b", "pass")], 10, 10, 100.0, False, "exceeds"),
])
def test_scorecard_tally_na_and_auto_fail(results, earned, potential, percentage, auto_fail, band):
    spec, _, _ = load_spec(DEFAULT)
    card = tally(spec, results)
    assert (card.earned, card.potential, card.percentage, card.auto_fail, card.band) == \
        (earned, potential, percentage, auto_fail, band)


# ---------------------------------------------------------------- the YAML


def _spec_copy(tmp_path: Path, edit) -> Path:
    data = yaml.safe_load(DEFAULT.read_text())
    edit(data)
    path = tmp_path / "card.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def _item(data, item_id):
    return next(i for s in data["sections"] for i in s["items"] if i["id"] == item_id)


def test_scorecard_default_yaml_has_the_stable_item_ids():
    spec, _, _ = load_spec(DEFAULT)
    assert [i.id for i in spec.items] == [
        "opening_rapport", "identity_verified_before_disclosure", "no_sensitive_readback", "needs_clarified",
        "checked_needs_met", "complaint_handled", "vulnerability_handled", "escalation_when_needed",
        "two_options_on_complex", "language_clarity", "response_time", "summary_and_next_steps"]
    assert {i.id for i in spec.items if i.critical} == {
        "identity_verified_before_disclosure", "no_sensitive_readback", "escalation_when_needed"}
    assert set(spec.risk_flags) == {"complaint", "vulnerability", "regulator", "legal", "media", "fraud", "harm"}
    assert all(i.coaching_tip for i in spec.items)


@pytest.mark.parametrize("edit,key", [
    (lambda d: _item(d, "opening_rapport").update(detector="ccqa.detect.nope.v1"), "sections.0.items.0.detector"),
    (lambda d: _item(d, "opening_rapport").update(colour="red"), "sections.0.items.0.colour"),
    (lambda d: _item(d, "no_sensitive_readback").update(weight=-1), "sections.0.items.2.weight"),
    (lambda d: d["sections"][1]["items"].append(dict(_item(d, "opening_rapport"))), "sections.1.items.1.id"),
    (lambda d: _item(d, "opening_rapport")["params"].update(greeting=["hi"]), "sections.0.items.0.params.greeting"),
    (lambda d: _item(d, "complaint_handled")["applies"].update(events=["complaints"]), "applies.events"),
    (lambda d: d["events"]["fraud"].update(detector="ccqa.detect.opening.v1"), "events.fraud.detector"),
    (lambda d: d["risk_flags"]["fraud"].update(escalated_by="nope"), "risk_flags.fraud.escalated_by"),
    (lambda d: d["bands"].reverse(), "bands.0.below"),
    (lambda d: _item(d, "opening_rapport")["params"].update(greetings=["*"]), "params.greetings"),
])
def test_scorecard_bad_yaml_names_file_and_key(tmp_path, edit, key):
    path = _spec_copy(tmp_path, edit)
    with pytest.raises(ConfigError) as err:
        load_spec(path)
    assert str(path) in str(err.value) and key in str(err.value) and err.value.code == "E001"


def test_scorecard_unknown_detector_lists_valid_ones(tmp_path):
    path = _spec_copy(tmp_path, lambda d: _item(d, "opening_rapport").update(detector="ccqa.detect.opening.v9"))
    with pytest.raises(ConfigError, match="ccqa.detect.opening.v1"):
        load_spec(path)


@pytest.mark.integration
def test_scorecard_yaml_edits_change_the_score_without_code(tmp_path):
    record = make("call", "a: good morning calder bank dean speaking how can i help", "c: i just want my balance please",
                  "a: right so your balance is six hundred pounds", "c: cheers")
    base = ScorecardStage(DEFAULT).load().transform([record])[0].scorecard
    assert base.auto_fail and base.band == "fail"

    heavier = _spec_copy(tmp_path, lambda d: _item(d, "opening_rapport").update(weight=50))
    card = ScorecardStage(heavier).load().transform([record])[0].scorecard
    assert card.potential == base.potential + 45 and card.percentage > base.percentage

    def relax(d):
        _item(d, "identity_verified_before_disclosure")["enabled"] = False
        d["bands"][0]["below"] = 20
    relaxed = _spec_copy(tmp_path, relax)
    card = ScorecardStage(relaxed).load().transform([record])[0].scorecard
    assert not card.auto_fail and card.band != "fail"
    assert "identity_verified_before_disclosure" not in {i.item_id for i in card.items}


def test_scorecard_config_section_defaults():
    cfg = CCQAConfig()
    assert cfg.scorecard == ScorecardConfig() and cfg.scorecard.enabled
    assert (ROOT / "configs" / cfg.scorecard.path).is_file()


# ---------------------------------------------------------------- evaluation


@pytest.mark.parametrize("human,ours,agree,kappa", [
    (["pass", "fail", "na"], ["pass", "fail", "na"], 1.0, 1.0),
    (["pass", "pass", "fail", "fail"], ["pass", "fail", "fail", "pass"], 0.5, 0.0),
    (["na", "na"], ["na", "na"], 1.0, None),
    ([], [], None, None),
])
def test_scorecard_eval_agreement_and_kappa(human, ours, agree, kappa):
    assert evaluate.agreement(human, ours) == agree
    k = evaluate.kappa(human, ours)
    assert k == kappa if kappa is None else k == pytest.approx(kappa)


def test_scorecard_eval_confusion_and_flag_precision_recall():
    table = evaluate.confusion(["pass", "fail", "fail"], ["pass", "pass", "fail"])
    assert table["fail"]["pass"] == 1 and table["fail"]["fail"] == 1 and table["pass"]["pass"] == 1
    pr = evaluate.precision_recall([frozenset({"fraud"}), frozenset(), frozenset({"fraud"})],
                                   [frozenset({"fraud"}), frozenset({"fraud"}), frozenset()], "fraud")
    assert (pr["precision"], pr["recall"], pr["support"]) == (0.5, 0.5, 2)


@pytest.mark.parametrize("line,problem", [
    ("not json", "not valid JSON"),
    ('{"interaction_id": "x", "agent_id": "a", "channel": "call", "turns": [{"speaker": "agent", "text": "hi"}]}',
     "'labels'"),
    ('{"interaction_id": "x", "agent_id": "a", "channel": "fax", "turns": [{"speaker": "agent", "text": "hi"}],'
     ' "labels": {}}', "channel"),
    ('{"interaction_id": "x", "agent_id": "a", "channel": "call", "turns": [{"speaker": "agent", "text": "hi"}],'
     ' "labels": {"opening_rapport": "maybe"}}', "'labels'"),
])
def test_scorecard_eval_bad_line_names_the_line(tmp_path, line, problem):
    path = tmp_path / "bad.jsonl"
    good = (FIXTURES / "scorecard_small.jsonl").read_text().splitlines()[0]
    path.write_text(good + "\n" + line + "\n")
    with pytest.raises(LabelledDataError) as err:
        evaluate.load_labelled(path)
    assert f"{path}:2" in str(err.value) and problem in str(err.value)


def _eval_config(tmp_path: Path) -> Path:
    """The shipped config with the language stage off (it has its own tests) and absolute paths."""
    data = yaml.safe_load((ROOT / "configs" / "ccqa.yaml").read_text())
    data["language"]["enabled"] = False
    data["classify"]["models_dir"] = str(ROOT / "models")
    data["redaction"]["presidio_dir"] = str(ROOT / "configs" / "presidio")
    data.setdefault("scorecard", {})["path"] = str(DEFAULT)
    path = tmp_path / "ccqa.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


@pytest.mark.integration
def test_cli_eval_scorecard_prints_the_table(tmp_path):
    ccqa = str(Path(sys.executable).parent / "ccqa")
    out = tmp_path / "metrics.json"
    result = subprocess.run([ccqa, "eval-scorecard", str(FIXTURES / "scorecard_small.jsonl"), "--config",
                             str(_eval_config(tmp_path)), "--json", str(out)],
                            capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for column in ("item", "agreement", "kappa", "identity_verified_before_disclosure", "no_sensitive_readback"):
        assert column in result.stdout
    report = json.loads(out.read_text())
    assert report["interactions"] == 8 and report["language_stage"] is False
    assert report["items"]["no_sensitive_readback"]["n"] == 8
    assert report["min_agreement"] >= 0.75


def test_cli_eval_scorecard_missing_file_exits_2(tmp_path):
    ccqa = str(Path(sys.executable).parent / "ccqa")
    result = subprocess.run([ccqa, "eval-scorecard", str(tmp_path / "nope.jsonl"), "--config",
                             str(_eval_config(tmp_path))], capture_output=True, text=True, timeout=600)
    assert result.returncode == 2 and "E005" in result.stderr and "nope.jsonl" in result.stderr


def test_scorecard_evidence_record_is_typed():
    ev = Evidence(turn=0, start=0, end=5, quote="hello")
    assert ev.model_dump() == {"turn": 0, "start": 0, "end": 5, "quote": "hello"}


@pytest.mark.integration
@pytest.mark.parametrize("first_turn,channel,expected", [
    ("a: Good morning, you're through to Arcway Credit Card.", "call", "fail"),  # no offer of help
    ("a: Morning, Gareth speaking.", "call", "fail"),
    ("a: Hi, Dev here.", "chat", "fail"),
    ("a: Hello?", "call", "fail"),
    ("a: hiya <PERSON> at vale water what can i sort out for you today", "call", "pass"),
    ("a: Hello,\n\nPlease see below.\n\nRegards", "email", "fail"),
])
def test_scorecard_opening_needs_every_part_in_the_first_turn(stage, first_turn, channel, expected):
    turns = (first_turn, "c: hi") if channel != "email" else ("c: Hello, my bill is wrong.", first_turn)
    assert item(stage, make(channel, *turns), "opening_rapport").result == expected


def test_scorecard_umbrella_event_must_follow_its_parts(tmp_path):
    def edit(d):
        events = d["events"]
        d["events"] = {"complaint": events.pop("complaint"), **events}
    path = _spec_copy(tmp_path, edit)
    with pytest.raises(ConfigError, match="events.complaint.params.events"):
        load_spec(path)
