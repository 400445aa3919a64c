"""Speech-aware sentence segmentation (pipeline.language.nlp) on the real spaCy model."""

from __future__ import annotations

import pytest

from pipeline.language import nlp

pytestmark = pytest.mark.integration

SPLIT = 25

#: An 80-word agent turn from a call, no punctuation, several spoken clause boundaries.
RUN_ON = (
    "okay so what i'm going to do now is have a look at your account for you and i can see here the payment went "
    "out twice on monday um so that's our mistake and i'm really sorry about that so i've put the money back now "
    "and you should see it in your account by tomorrow morning and then if it's not there by lunchtime just "
    "give us a call back and we'll chase it up for you okay"
)
#: One clause of dense legal register with no discourse marker or clause-joining conjunction to cut at.
NO_CUT = (
    "interest on the arranged facility accrues daily on the cleared debit balance at the applicable annual "
    "percentage rate prevailing from time to time under the general terms and conditions governing personal "
    "current accounts"
)


@pytest.fixture(scope="module")
def parse():
    """Load the spaCy model once for this module; parse one text."""
    model = nlp.load()

    def run(text: str):
        return model(text)

    return run


def texts(text, sents):
    return [text[s.start_char:s.end_char] for s in sents]


def test_run_on_fixture_is_80_words():
    assert len(RUN_ON.split()) == 80


@pytest.mark.parametrize("text, n_min, n_max", [
    ("Your card has been blocked. I have sent a new one. It will arrive on Friday.", 3, 3),
    ("Hello. How can I help? I'd like to check my balance, please.", 3, 3),
    ("The payment failed because the account was closed; we have written to you about it.", 1, 2),
    (RUN_ON, 4, 12),
    ("um yeah", 1, 1),
    ("Thanks <PERSON>. Your case number is 12345. I'll email <EMAIL_ADDRESS> today.", 3, 3),
])
def test_sentence_counts(parse, text, n_min, n_max):
    sents = nlp.sentences(parse(text), split_over=SPLIT)
    assert n_min <= len(sents) <= n_max, texts(text, sents)


@pytest.mark.parametrize("text", [
    "Your card has been blocked. I have sent a new one. It will arrive on Friday.",
    RUN_ON,
    NO_CUT,
    "  leading and trailing spaces   around a turn  ",
    "um so uh the thing is erm we can't do that",
    "Thanks <PERSON>, I'll send it to <EMAIL_ADDRESS> and <PERSON_2> will call.",
    "line one\nline two\n\nline three",
    "£25.50 on 12/03/2024 — is that right?",
])
def test_offsets_round_trip_and_tokens_agree(parse, text):
    doc = parse(text)
    sents = nlp.sentences(doc, split_over=SPLIT)
    assert sents
    prev_end = 0
    for s in sents:
        span = text[s.start_char:s.end_char]
        assert span == span.strip() and span  # no leading/trailing whitespace, never empty
        assert span == doc[s.start:s.end].text.strip()  # token and character offsets describe the same text
        assert s.start_char >= prev_end  # in order, not overlapping
        prev_end = s.end_char


@pytest.mark.parametrize("text", [RUN_ON, RUN_ON.replace(" um ", " ")])
def test_unpunctuated_turn_is_cut_below_split_over(parse, text):
    sents = nlp.sentences(parse(text), split_over=SPLIT)
    assert len(sents) >= 3, texts(text, sents)
    assert all(s.words <= SPLIT for s in sents), [(s.words, t) for s, t in zip(sents, texts(text, sents))]
    assert sum(s.words for s in sents) >= 75  # nothing dropped ("um" is not a word)


def test_no_cut_point_leaves_long_sentence_whole(parse):
    sents = nlp.sentences(parse(NO_CUT), split_over=SPLIT)
    assert len(sents) == 1
    assert sents[0].words > SPLIT


@pytest.mark.parametrize("text, words", [
    ("um uh erm the card is blocked", 4),
    ("hmm mm okay", 1),
    ("er", 0),
])
def test_fillers_are_not_words(parse, text, words):
    sents = nlp.sentences(parse(text), split_over=SPLIT)
    assert sum(s.words for s in sents) == words


def test_filler_is_a_cut_point_in_a_run_on(parse):
    text = ("i checked the account this morning and the payment is still showing as pending on our side uh "
            "the bank normally clears these within three working days so it should go through by thursday")
    sents = nlp.sentences(parse(text), split_over=SPLIT)
    assert len(sents) >= 2, texts(text, sents)
    assert any(t.startswith("the bank") for t in texts(text, sents)), texts(text, sents)


@pytest.mark.parametrize("text", ["", " ", "\n\t  \n"])
def test_empty_or_whitespace(parse, text):
    assert nlp.sentences(parse(text), split_over=SPLIT) == []


@pytest.mark.parametrize("text", [
    "Thanks <PERSON>. Your case number is 12345.",
    "i'll send it to <EMAIL_ADDRESS> now and <PERSON_2> will ring you back",
])
def test_placeholders_stay_inside_one_sentence(parse, text):
    sents = texts(text, nlp.sentences(parse(text), split_over=SPLIT))
    for ph in ("<PERSON>", "<EMAIL_ADDRESS>", "<PERSON_2>"):
        if ph in text:
            assert sum(ph in s for s in sents) == 1, sents


def test_placeholders_and_numbers_are_not_words(parse):
    sents = nlp.sentences(parse("Thanks <PERSON>, your case number is 12345."), split_over=SPLIT)
    assert sum(s.words for s in sents) == 5  # thanks your case number is


def test_split_over_is_respected_as_a_parameter(parse):
    doc = parse(RUN_ON)
    loose, tight = nlp.sentences(doc, split_over=200), nlp.sentences(doc, split_over=12)
    assert len(tight) >= len(loose)
    assert sum(s.words for s in tight) == sum(s.words for s in loose)
