"""The redaction stage end to end on the real engine, and operator/pseudonym units with fakes."""

import pytest

from pipeline.redact.operators import OperatorsFile, OperatorSpec, Pseudonymiser, operator_configs
from pipeline.schema import Interaction, SourceRef

SRC = SourceRef(file="test.jsonl", line=1)


def make(*turns, channel="call", metadata=None):
    speakers = ["agent", "customer"]
    return Interaction(interaction_id="i-1", agent_id="a-1", channel=channel,
                       turns=[{"speaker": speakers[i % 2], "text": t} for i, t in enumerate(turns)],
                       metadata=metadata or {})


@pytest.mark.integration
def test_redact_replaces_values_and_keeps_spans_in_redacted_text(redactor):
    inter = make("can i take your sort code and account number please",
                 "sort code 20-00-00 and account 31926819, my name is sarah o'brien")
    out = redactor.transform([(inter, SRC)])[0]
    turn = out.turns[1]
    assert "20-00-00" not in turn.text and "31926819" not in turn.text and "o'brien" not in turn.text
    for span in turn.pii:
        assert turn.text[span.start:span.end] == f"<{span.type}>"
        assert span.recognizer and 0 <= span.score <= 1
    assert out.pii_counts == {"PERSON": 1, "UK_BANK_ACCOUNT": 1, "UK_SORT_CODE": 1}
    assert out.source == SRC and out.interaction_id == "i-1"


@pytest.mark.integration
def test_redact_pseudonyms_are_consistent_within_an_interaction(redactor):
    from pipeline.redact.engine import Redactor

    pseudo = Redactor(redactor.presidio_dir, pseudonymise=True)
    pseudo._analyzer, pseudo.spec_, pseudo.operators_ = redactor.analyzer, redactor.spec_, redactor.operators_
    inter = make("hello my name is priya shah", "thanks priya shah, and your colleague is tomasz nowak",
                 "yes priya shah here")
    texts = [t.text for t in pseudo.transform([(inter, SRC)])[0].turns]
    assert "<PERSON_1>" in texts[0] and "<PERSON_1>" in texts[2] and "<PERSON_2>" in texts[1]


@pytest.mark.integration
def test_redact_metadata_strings_too(redactor):
    out = redactor.transform([(make("hello", metadata={"note": "call back on 07700 900123", "n": 3}), SRC)])[0]
    assert out.metadata["n"] == 3 and "900123" not in out.metadata["note"]
    assert out.pii_counts.get("PHONE_NUMBER") == 1


@pytest.mark.integration
def test_redact_leaves_clean_text_alone(redactor):
    text = "your parcel will arrive on tuesday between 9 and 5, the refund of £24.99 is done"
    out = redactor.transform([(make(text), SRC)])[0]
    assert out.turns[0].text == text and out.pii_counts == {}


def test_operators_default_template():
    configs = operator_configs(OperatorsFile(), {"PERSON"})
    assert configs["PERSON"].operator_name == "replace"
    assert configs["PERSON"].params["new_value"] == "<PERSON>"


def test_operators_per_entity_override():
    spec = OperatorsFile(entities={"CREDIT_CARD": OperatorSpec(type="mask", params={"masking_char": "*",
                                                                                    "chars_to_mask": 12,
                                                                                    "from_end": False})})
    assert operator_configs(spec, {"CREDIT_CARD"})["CREDIT_CARD"].operator_name == "mask"


@pytest.mark.parametrize("calls, expected", [
    ([("PERSON", "Sarah"), ("PERSON", "sarah"), ("PERSON", "Tom")], ["<PERSON_1>", "<PERSON_1>", "<PERSON_2>"]),
    ([("PHONE_NUMBER", "07700 900123"), ("PHONE_NUMBER", "07700900123")], ["<PHONE_NUMBER_1>"] * 2),
])
def test_pseudonymiser_table(calls, expected):
    pseudo = Pseudonymiser("<{entity_type}_{n}>")
    assert [pseudo(t, v) for t, v in calls] == expected
