"""Language-adaptation rules: a parametrized table per rule against the real spaCy model, and rule-file errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.language import nlp
from pipeline.language.context import LanguageContext, TurnView
from pipeline.language.readability import score
from pipeline.language.rules import REGISTRY, RuleSet, load_rules
from pipeline.schema import Readability, RedactedInteraction, RedactedTurn, SourceRef

from .conftest import ROOT

RULES_DIR = ROOT / "configs" / "rules"
A, C = "agent", "customer"


@pytest.fixture(scope="module")
def model():
    return nlp.load()


@pytest.fixture(scope="module")
def rules() -> dict:
    return {r.rule_id: r for r in load_rules(RULES_DIR)}


@pytest.fixture(scope="module")
def ctx(model):
    """Build a LanguageContext from (speaker, text) pairs, as the language stage does."""

    def make(channel: str, *turns: tuple[str, str]) -> LanguageContext:
        record = RedactedInteraction(
            interaction_id="i-1", agent_id="a-1", channel=channel, source=SourceRef(file="t"),
            turns=tuple(RedactedTurn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(turns)))
        docs = list(nlp.parse([t for _, t in turns]))
        views = tuple(TurnView(i, s, t, d, tuple(nlp.sentences(d, 25)))
                      for i, ((s, t), d) in enumerate(zip(turns, docs)))

        def side(speaker: str):
            texts = [v.sentence_text(s) for v in views if v.speaker == speaker for s in v.sentences]
            return score(texts) if texts else None

        return LanguageContext(record, views, Readability(agent=side(A), customer=side(C)))

    return make


def run(rules, ctx, rule_id, channel, turns):
    context = ctx(channel, *turns)
    finding = rules[rule_id].evaluate(context)
    assert finding.rule_id == rule_id
    assert finding.explanation and "{" not in finding.explanation
    for ev in finding.evidence:  # evidence quotes the redacted turn text exactly
        assert context.record.turns[ev.turn].text[ev.start:ev.end] == ev.quote
    return finding


# ---- reading_level_mirroring -----------------------------------------------------------------------------

SIMPLE_CUSTOMER = ("hi i want to know why my bill went up this month. it was forty pounds and now it is sixty. "
                   "can you help me please. thanks a lot.")
COMPLEX_AGENT = ("Following a comprehensive reassessment of your consumption characteristics, your monthly "
                 "instalment has been recalculated to reflect anticipated expenditure throughout the forthcoming "
                 "period. Consequently, the adjustment incorporates projected wholesale fluctuations alongside "
                 "accumulated historical undercharging.")
SIMPLE_AGENT = ("Hi, thanks for getting in touch. Your bill went up because you used more gas in the cold weather. "
                "I can spread the cost over the next few months if that helps. Just let me know.")


@pytest.mark.parametrize("channel, turns, result", [
    ("email", [(C, SIMPLE_CUSTOMER), (A, COMPLEX_AGENT)], "fail"),
    ("chat", [(C, "my car got hit in the car park and i want to claim. what do i do now? can you help me with it"),
              (A, ("Notwithstanding the circumstances, indemnification necessitates substantiation of liability "
                  "through independent corroboration. Subsequently, the adjudication department will evaluate "
                  "the documentation accompanying your submission."))], "fail"),
    ("call", [(C, ("yeah hi so my card got stuck in the machine and i need a new one can you send me one please "
                  "i am at home all week")),
              (A, ("certainly the replacement procedure necessitates comprehensive verification of identification "
                  "credentials prior to authorisation of a replacement instrument and subsequently dispatch "
                  "will be facilitated via our fulfilment partner"))], "fail"),
    ("email", [(C, SIMPLE_CUSTOMER), (A, SIMPLE_AGENT)], "pass"),
    ("call", [(C, ("hiya i'm just ringing about my phone bill it's gone up a lot and i don't know why can you "
                  "have a look for me")),
              (A, ("yeah of course i can have a look for you now so it went up because you went over your data "
                  "last month is that right"))], "pass"),
    ("email", [(C, ("I am writing regarding the considerable discrepancy between the contractual settlement figure "
                   "communicated previously and the subsequent correspondence received from your organisation.")),
               (A, ("Thank you for highlighting the discrepancy between the settlement figure and our subsequent "
                   "correspondence. Having investigated thoroughly, the original calculation contained an "
                   "administrative error."))], "pass"),
    ("chat", [(C, "hi"), (A, COMPLEX_AGENT)], "na"),
    ("chat", [(C, SIMPLE_CUSTOMER), (A, "Sure, one moment.")], "na"),
])
def test_reading_level_mirroring(rules, ctx, channel, turns, result):
    finding = run(rules, ctx, "reading_level_mirroring", channel, turns)
    assert finding.result == result, finding.explanation
    if result == "fail":
        assert finding.value > 3 and finding.evidence and all(e.turn == 1 for e in finding.evidence)
        assert "grade" in finding.explanation and finding.suggestion
    if result == "pass":
        assert finding.value <= 3


# ---- jargon_explained ------------------------------------------------------------------------------------

@pytest.mark.parametrize("channel, turns, result, unexplained", [
    # used without explanation
    ("chat", [(C, "hi can i get a credit card"), (A, "Yes. The APR on this card is 24.9%.")], "fail", ["APR"]),
    ("call", [(C, "i missed a payment last month"),
              (A, "ok so you're in arrears on the account so we'll need a payment today")], "fail", ["arrears"]),
    ("email", [(C, "How much would I pay if I claim?"),
               (A, "Your excess is £250 and your premium may go up after a claim.")], "fail", ["excess", "premium"]),
    ("call", [(C, "why is my energy bill higher"), (A, "your standing charge went up in april")], "fail",
     ["standing charge"]),
    ("chat", [(C, "I want to switch network and keep my number"), (A, "No problem, I can text you a PAC now.")],
     "fail", ["PAC"]),
    ("email", [(C, "Can I complain about the decision?"),
               (A, "Yes, you can refer it to the FOS within six months. We also sent a default notice.")],
     "fail", ["FOS", "default notice"]),
    ("chat", [(C, "what about my loan"), (A, "You have two CCJs, so we can't lend right now.")], "fail", ["CCJs"]),
    ("call", [(C, "why is it more"), (A, "you're in arrears which just means a payment was missed")], "pass", []),
    ("chat", [(C, "what rate is it"), (A, "The APR (24.9%) is fixed.")], "fail", ["APR"]),
    ("chat", [(C, "what rate is it"), (A, "The APR is 24.9%."), (C, "ok"), (A, "The APR is fixed.")], "fail",
     ["APR", "APR"]),
    # explained in the same sentence, the next one, by a gloss or by the customer using it first
    ("chat", [(C, "hi can i get a credit card"),
              (A, "The APR, which is the yearly cost of borrowing, is 24.9%.")], "pass", []),
    ("email", [(C, "Why did you write to me?"),
               (A, "Your account is in arrears. That means some payments are overdue.")], "pass", []),
    ("email", [(C, "How much would I pay if I claim?"),
               (A, "The excess (the amount you pay towards a claim) is £250.")], "pass", []),
    ("chat", [(C, "How much would I pay if I claim?"),
              (A, "An excess is the amount you pay when you make a claim, and yours is £250.")], "pass", []),
    ("call", [(C, "whats the standing charge now"), (A, "the standing charge is fifty three pence a day")],
     "pass", []),
    ("call", [(C, "what plan am i on"), (A, "so your tariff basically means the price plan you're on")], "pass", []),
    ("email", [(C, "Can I move my mortgage?"),
               (A, ("You could remortgage – in other words, switch your mortgage to a new deal with another "
                   "lender."))], "pass", []),
    ("chat", [(C, "what rate is it"), (A, "The APR is 24.9%."), (A, "That's the yearly cost of borrowing.")],
     "pass", []),
    ("chat", [(C, "what rate is it"), (A, "The APR, which is the yearly cost, is 24.9%."), (C, "ok"),
              (A, "The APR is fixed.")], "pass", []),
    ("chat", [(C, "Is my money safe?"),
              (A, "Yes, it's covered by the FSCS. In other words, the scheme protects savings up to £85,000.")],
     "pass", []),
    # no glossary term: direct debit is everyday language; april and lower-case 'apr'-like words never match
    ("chat", [(C, "when is my payment"), (A, "I've set up the Direct Debit for the 5th of April.")], "na", []),
    ("call", [(C, "when is my appointment"), (A, "it's on the fifth of april at ten")], "na", []),
    ("email", [(C, "Hello"), (A, "Dear <PERSON>, thanks for your email about card <CREDIT_CARD>.")], "na", []),
])
def test_jargon_explained(rules, ctx, channel, turns, result, unexplained):
    finding = run(rules, ctx, "jargon_explained", channel, turns)
    assert finding.result == result, finding.explanation
    if result == "fail":
        assert [e.quote for e in finding.evidence] == unexplained
        for term in unexplained:
            assert f"'{term}'" in finding.explanation and f"'{term}'" in finding.suggestion
        assert "without explaining" in finding.explanation


def test_jargon_explained_suggestion_and_turn_reading(rules, ctx):
    finding = run(rules, ctx, "jargon_explained", "chat",
                  [(C, "hi"), (A, "Hello!"), (C, "can i get a card"), (A, "Yes. The APR is 24.9%.")])
    assert finding.explanation == "The agent used 'APR' (turn 3) without explaining it."
    assert finding.suggestion == "Say 'the yearly cost of borrowing' instead of 'APR', or explain it."


# ---- positive_language -----------------------------------------------------------------------------------

@pytest.mark.parametrize("channel, text, hits", [
    ("email", "You failed to make the payment on time.", ["You failed to"]),
    ("call", "you should have called us earlier", ["you should have"]),
    ("call", "thats not my department youll have to ring them", ["not my department", "youll have to"]),
    ("email", "Our policy states that refunds take ten days.", ["policy states"]),
    ("chat", "Sorry, I can't change that.", ["I can't"]),
    ("call", "i cant do that today", ["i cant"]),
    ("call", "please calm down sir", ["calm down"]),
    ("chat", "There's nothing I can do about the fee.", ["There's nothing I can do"]),
    ("call", "as i already said the refund is on its way", ["as i already said"]),
    ("email", "It's not our fault the parcel was late.", ["not our fault"]),
    ("call", "we dont do that sorry", ["we dont do that"]),
    ("chat", "You didn't send the form.", ["You didn't"]),
    ("email", "You need to send us the form.", ["You need to"]),
    ("call", "you've got to fill in the form first", ["you've got to"]),
])
def test_positive_language_flags(rules, ctx, channel, text, hits):
    finding = run(rules, ctx, "positive_language", channel, [(C, "hello"), (A, text)])
    assert finding.result == "fail"
    assert [e.quote for e in finding.evidence] == hits
    assert finding.suggestion and "try:" in finding.suggestion and "(turn 1)" in finding.explanation


@pytest.mark.parametrize("channel, text", [
    ("chat", "Thanks for waiting, I've sorted that for you."),
    ("email", "What I can do is send a new card today."),
    ("chat", "I understand, let me put you through to the right team."),
    ("call", "no problem at all ill get that sorted for you now"),
    ("call", "you don't have to pay anything for that"),
    ("email", "I can change the payment date for you."),
    ("call", "i've checked the policy and you're covered for that"),
])
def test_positive_language_passes(rules, ctx, channel, text):
    finding = run(rules, ctx, "positive_language", channel, [(C, "you didn't help me last time"), (A, text)])
    assert finding.result == "pass" and not finding.evidence


# ---- passive_voice ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("channel, text, result", [
    ("email", ("Your payment was received on Monday. The account has been updated. A refund will be issued within "
              "five days. You will be contacted by our team. Thanks for your patience."), "fail"),
    ("call", ("ok so your claim was rejected by the underwriters. the documents were not received. the policy was "
             "cancelled last week. i can reopen it for you."), "fail"),
    ("chat", ("Your order was dispatched yesterday. It was sent by courier. It will be delivered tomorrow. "
             "Anything else?"), "fail"),
    ("email", ("I've received your payment. I've updated the account. We'll send your refund within five days. "
              "Our team will call you tomorrow."), "pass"),
    ("chat", ("I've checked your account. Your card was blocked for your safety. I've unblocked it now. You can use "
             "it straight away. Anything else?"), "pass"),
    ("call", ("right i can see the bill here. you used more gas in january. i can spread the cost for you. "
             "we can do that today."), "pass"),
    ("chat", "Thanks. Your card was blocked.", "na"),
    ("email", "Your refund has been processed.", "na"),
])
def test_passive_voice(rules, ctx, channel, text, result):
    finding = run(rules, ctx, "passive_voice", channel, [(C, "hello"), (A, text)])
    assert finding.result == result, finding.explanation
    if result != "na":
        assert 0 <= finding.value <= 1
    if result == "fail":
        assert finding.value > 0.3 and finding.evidence
        assert all(any(w in e.quote for w in ("was", "were", "been", "be ")) for e in finding.evidence)


# ---- sentence_length -------------------------------------------------------------------------------------

LONG_30 = ("We have looked carefully at the account history you sent us last week and we can confirm that the "
           "payment you made in March was received by our team on time.")
LIST_45 = ("you'll need your passport your driving licence your two most recent utility bills your bank statements "
           "from the last three months your national insurance letter your payslips from january february and "
           "march your p sixty from last year your council tax bill and a recent photo")
LIST_35 = ("you'll need your passport your driving licence your two most recent utility bills your bank statements "
           "from the last three months your payslips from january february and march and a recent photo")
AVG_23 = ("Thank you for your email about the missing parcel that you ordered from our website right at the very "
          "start of last month. I have spoken to the courier this morning and they have confirmed that the parcel is "
          "still sitting safely in their depot near Leeds. They have promised us that they will deliver it to your "
          "home address by the end of this coming Friday afternoon at the latest.")


@pytest.mark.parametrize("channel, text, result", [
    ("email", LONG_30, "fail"),
    ("chat", LONG_30 + " It was logged by Tom and then passed to our payments team.", "fail"),
    ("call", LIST_45, "fail"),
    ("email", LIST_35, "fail"),
    ("email", AVG_23, "fail"),
    ("chat", "Thanks for waiting. I've found your order. It will arrive on Friday.", "pass"),
    ("email", "Thank you for your email. I have refunded the fee. You will see it in three to five days.", "pass"),
    ("call", LIST_35, "pass"),
    ("call", "ok so i've sorted that for you now is there anything else i can help with today", "pass"),
])
def test_sentence_length(rules, ctx, channel, text, result):
    finding = run(rules, ctx, "sentence_length", channel, [(C, "hello"), (A, text)])
    assert finding.result == result, finding.explanation
    assert finding.value is not None
    if result == "fail":
        assert finding.evidence and channel in finding.explanation


@pytest.mark.parametrize("rule_id", ["reading_level_mirroring", "jargon_explained", "positive_language",
                                     "passive_voice", "sentence_length", "checks_understanding",
                                     "readability_threshold"])
def test_every_rule_is_na_without_agent_turns(rules, ctx, rule_id):
    assert run(rules, ctx, rule_id, "chat", [(C, "hello is anyone there")]).result == "na"


# ---- checks_understanding --------------------------------------------------------------------------------

EXPLAIN = ("So your new tariff starts on the first of next month. Your monthly payment will go down to eighty "
           "pounds, and we will review it again in six months. If you use more energy than we expect, the "
           "payment may go up a little. ")
EXPLAIN_CALL = ("right so what happens now is i'll cancel the old card today and the new one will come in the "
                "post in three to five working days and you'll need to activate it at a cash machine with your "
                "usual pin ")


@pytest.mark.parametrize("channel, text, result", [
    ("email", EXPLAIN + "Does that make sense?", "pass"),
    ("call", EXPLAIN_CALL + "does that all make sense", "pass"),
    ("email", EXPLAIN + "Please let me know if anything is unclear.", "pass"),
    ("chat", EXPLAIN + "What questions do you have?", "pass"),
    ("call", EXPLAIN_CALL + "just to check you're happy with that", "pass"),
    ("call", EXPLAIN_CALL + "can you tell me back what you'll do when it arrives", "pass"),
    ("chat", EXPLAIN + "Is that clear?", "pass"),
    ("email", EXPLAIN + "If you have any questions, just reply to this email.", "pass"),
    ("email", EXPLAIN + "Thanks for contacting us.", "fail"),
    ("call", EXPLAIN_CALL + "thanks for calling have a good day", "fail"),
    ("chat", EXPLAIN + "Do you have any other accounts with us?", "fail"),
    ("chat", "Sure, done.", "na"),
    ("call", "yeah no problem bye", "na"),
])
def test_checks_understanding(rules, ctx, channel, text, result):
    finding = run(rules, ctx, "checks_understanding", channel, [(C, "hello"), (A, text)])
    assert finding.result == result, finding.explanation
    if result == "pass":
        assert finding.evidence
    if result == "fail":
        assert finding.suggestion


# ---- readability_threshold -------------------------------------------------------------------------------

HARD = ("Following comprehensive consideration of the documentation submitted, our organisation has determined "
        "that the reimbursement application cannot be authorised, notwithstanding the extenuating circumstances "
        "described. Consequently, responsibility for the outstanding liabilities remains unaffected.")
EASY = ("Thanks for your email. I have looked at your account and the refund is on its way. You should see the "
        "money in three to five days. If it does not arrive, just reply and I will chase it for you.")
MIDDLE = ("I have looked into the payment you asked about, and I can confirm it reached your account yesterday "
          "afternoon. Your statement may take another working day to update, depending on your bank. The reference "
          "shown will include the original transaction number.")  # reading ease about 57: fine for a call only


@pytest.mark.parametrize("channel, text, result", [
    ("email", HARD, "fail"),
    ("call", HARD.lower().replace(",", "").replace(".", ""), "fail"),
    ("chat", HARD, "fail"),
    ("email", MIDDLE, "fail"),
    ("email", EASY, "pass"),
    ("chat", EASY, "pass"),
    ("call", MIDDLE, "pass"),
    ("call", "ok thats done for you now", "na"),
])
def test_readability_threshold(rules, ctx, channel, text, result):
    finding = run(rules, ctx, "readability_threshold", channel, [(C, "hello"), (A, text)])
    assert finding.result == result, (finding.explanation, finding.value)
    if result != "na":
        assert finding.value is not None
    if result == "fail":
        assert finding.evidence and finding.suggestion


# ---- rule set, channels --------------------------------------------------------------------------------------

def test_ruleset_evaluates_every_rule_in_file_order(ctx):
    ruleset = RuleSet.from_folder(RULES_DIR)
    assert ruleset.ids == ("reading_level_mirroring", "jargon_explained", "positive_language", "passive_voice",
                           "sentence_length", "checks_understanding", "readability_threshold")
    findings = ruleset.evaluate(ctx("email", (C, SIMPLE_CUSTOMER), (A, COMPLEX_AGENT)))
    assert tuple(f.rule_id for f in findings) == ruleset.ids


def test_rule_off_channel_is_na(ctx, tmp_path):
    (tmp_path / "r.yaml").write_text("id: email_only\ntype: ccqa.rules.positive_language.v1\nchannels: [email]\n"
                                     "params:\n  phrases:\n    - match: ['calm down']\n      rewrite: 'Sorry.'\n")
    rule = load_rules(tmp_path)[0]
    call = rule.evaluate(ctx("call", (C, "hi"), (A, "calm down")))
    assert call.result == "na" and "call" in call.explanation
    assert rule.evaluate(ctx("email", (C, "hi"), (A, "calm down"))).result == "fail"


def test_rule_explanation_override(ctx, tmp_path):
    (tmp_path / "r.yaml").write_text("id: polite\ntype: ccqa.rules.positive_language.v1\n"
                                     "explanation: {fail: 'Rude on {channel}: {items}.'}\n"
                                     "params:\n  phrases:\n    - match: ['calm down']\n      rewrite: 'Sorry.'\n")
    finding = load_rules(tmp_path)[0].evaluate(ctx("chat", (C, "hi"), (A, "Calm down.")))
    assert finding.explanation == "Rude on chat: 'Calm down' (turn 1)."


def test_rules_build_nothing_until_first_use():
    rule = {r.rule_id: r for r in load_rules(RULES_DIR)}["jargon_explained"]
    assert rule._matchers._value is None


# ---- rule files that must fail loudly -------------------------------------------------------------------------

GOOD = "id: {id}\ntype: ccqa.rules.passive_voice.v1\n"


@pytest.mark.parametrize("text, key, hint", [
    ("id: x\ntype: ccqa.rules.nosuch.v9\n", "type", "ccqa.rules.jargon.v1"),
    ("id: x\ntype: ccqa.rules.passive_voice.v1\ncolour: blue\n", "colour", "channels"),
    ("id: x\ntype: ccqa.rules.passive_voice.v1\nparams: {max_shares: 0.2}\n", "params.max_shares", "max_share"),
    ("id: x\ntype: ccqa.rules.passive_voice.v1\nparams: {max_share: 2}\n", "params.max_share", "less than or equal"),
    ("id: x\ntype: ccqa.rules.passive_voice.v1\nchannels: [fax]\n", "channels.0", "email"),
    ("id: Bad Id\ntype: ccqa.rules.passive_voice.v1\n", "id", "pattern"),
    ("type: ccqa.rules.passive_voice.v1\n", "id", "Field required"),
    ("id: x\ntype: ccqa.rules.passive_voice.v1\nexplanation: {fial: oops}\n", "explanation.fial", "fail"),
    ("id: x\ntype: ccqa.rules.passive_voice.v1\nexplanation: {fail: 'Bad {quote}'}\n", "explanation.fail",
     "max_percent"),
    ("id: x\ntype: ccqa.rules.sentence_length.v1\nparams: {limits: {fax: {max_words: 3}}}\n", "params.limits.fax",
     "email"),
    ("id: x\ntype: ccqa.rules.positive_language.v1\nparams: {phrases: [{match: ['you ~'], rewrite: r}]}\n",
     "params.phrases.0.match", "~lemma"),
    ("id: x\ntype: ccqa.rules.jargon.v1\nparams: {glossary: {APR: {plain: x, varients: [a]}}}\n",
     "params.glossary.APR.varients", "Extra inputs"),
    ("id: x\ntype: ccqa.rules.jargon.v1\nparams: {cues: ['which means|']}\n", "params.cues", "~lemma"),
    ("- just\n- a list\n", "<root>", "mapping"),
    ("id: [unclosed\n", "<file>", "not valid YAML"),
])
def test_bad_rule_file_names_file_key_and_options(tmp_path, text, key, hint):
    (tmp_path / "bad_rule.yaml").write_text(text)
    with pytest.raises(ConfigError) as info:
        load_rules(tmp_path)
    message = str(info.value)
    assert "bad_rule.yaml" in message and f"'{key}'" in message and hint in message


def test_duplicate_rule_id_names_both_files(tmp_path):
    (tmp_path / "a.yaml").write_text(GOOD.format(id="same"))
    (tmp_path / "b.yaml").write_text(GOOD.format(id="same"))
    with pytest.raises(ConfigError) as info:
        load_rules(tmp_path)
    message = str(info.value)
    assert "b.yaml" in message and "'id'" in message and "a.yaml" in message and "same" in message


@pytest.mark.parametrize("make", [lambda p: p / "missing", lambda p: p])
def test_missing_or_empty_rules_folder(tmp_path, make):
    with pytest.raises(ConfigError) as info:
        load_rules(make(tmp_path))
    assert "language.rules_dir" in str(info.value) and str(make(tmp_path)) in str(info.value)


def test_disabled_rule_is_validated_but_not_run(tmp_path):
    (tmp_path / "a.yaml").write_text(GOOD.format(id="running"))
    (tmp_path / "b.yaml").write_text(GOOD.format(id="switched_off") + "enabled: false\n")
    assert [r.rule_id for r in load_rules(tmp_path)] == ["running"]
    (tmp_path / "c.yaml").write_text(GOOD.format(id="broken") + "enabled: false\nparams: {nope: 1}\n")
    with pytest.raises(ConfigError, match="params.nope"):
        load_rules(tmp_path)


def test_shipped_rule_files_use_registered_types():
    import yaml

    for path in sorted(Path(RULES_DIR).glob("*.yaml")):
        assert yaml.safe_load(path.read_text())["type"] in REGISTRY, path.name
    glossary = {r.rule_id: r for r in load_rules(RULES_DIR)}["jargon_explained"].params.glossary
    assert len(glossary) >= 60 and "APR" in glossary and not any("direct debit" in t.lower() for t in glossary)
