"""The language stage end to end on the real spaCy model, rules and two-options model."""

from __future__ import annotations

import pytest

from pipeline.config import DEFAULT_CONFIG_DIR, LanguageConfig
from pipeline.errors import ConfigError
from pipeline.language.stage import LanguageStage
from pipeline.schema import RedactedInteraction, RedactedTurn, SourceRef

RULE_IDS = ("reading_level_mirroring", "jargon_explained", "positive_language", "passive_voice", "sentence_length",
            "checks_understanding", "readability_threshold")


@pytest.fixture(scope="module")
def stage():
    return LanguageStage.from_config(LanguageConfig(), DEFAULT_CONFIG_DIR).load()


def record(channel: str, *turns: tuple[str, str]) -> RedactedInteraction:
    return RedactedInteraction(interaction_id="t1", agent_id="a1", channel=channel, source=SourceRef(file="t"),
                               turns=tuple(RedactedTurn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(turns)))


OPTIONS_CALL = record(
    "call",
    ("agent", "good morning you're through to <PERSON> at northgate bank how can i help"),
    ("customer", "hi i've fallen behind on my loan and i don't know what to do"),
    ("agent", "okay so there's two ways we can help um you could pay the arrears in one go which clears it straight "
              "away or we can spread it over six months which is easier on your budget but it takes longer to clear"),
    ("customer", "i think the six months"),
    ("agent", "no problem i've set that up does that all make sense"),
)
PLAIN_CHAT = record(
    "chat",
    ("customer", "Can you change my address please?"),
    ("agent", "Of course. I've updated it now. Is there anything else?"),
)


def test_outputs_all_three_fields(stage):
    out = stage.transform([OPTIONS_CALL, PLAIN_CHAT])
    assert [r.interaction_id for r in out] == ["t1", "t1"]
    call = out[0]
    assert call.readability.agent.words > 30 and call.readability.customer.words > 5
    assert tuple(f.rule_id for f in call.findings) == RULE_IDS
    assert call.two_options.present and call.two_options.merits_explained
    assert len(call.two_options.options) >= 2 and all(o.turn == 2 for o in call.two_options.options)
    assert not out[1].two_options.present


def test_evidence_quotes_are_slices_of_the_redacted_turns(stage):
    for rec in stage.transform([OPTIONS_CALL, PLAIN_CHAT]):
        evidence = [e for f in rec.findings for e in f.evidence] + list(rec.two_options.evidence)
        for e in evidence:
            assert rec.turns[e.turn].text[e.start:e.end] == e.quote
        for o in rec.two_options.options:
            assert 0 <= o.start < o.end <= len(rec.turns[o.turn].text)


def test_spoken_turns_are_not_one_long_sentence(stage):
    call = stage.transform([OPTIONS_CALL])[0]
    assert call.readability.agent.longest_sentence_words <= 30 and call.readability.agent.sentences >= 4


@pytest.mark.parametrize(("channel", "expected"), [("call", 25), ("chat", 10_000), ("email", 10_000)])
def test_written_text_keeps_parser_sentences(stage, channel, expected):
    assert stage.split_over(channel) == expected


def test_no_customer_text_gives_no_customer_readability(stage):
    rec = record("email", ("agent", "Dear <PERSON>, your refund of £20 was paid today. Kind regards, Sam"))
    out = stage.transform([rec])[0]
    assert out.readability.customer is None and out.readability.agent.words > 5


def test_missing_rules_folder_fails_loudly(tmp_path):
    cfg = LanguageConfig(rules_dir="no_such_rules")
    with pytest.raises(ConfigError) as err:
        LanguageStage.from_config(cfg, tmp_path).load()
    assert "rules_dir" in str(err.value) or "no_such_rules" in str(err.value)
