"""Every recognizer on the real analyzer (spaCy + Presidio): positives, spoken forms and lookalikes.

Each case is a conversation (list of turns); the last turn is checked. Earlier turns give context
the way an agent's question does ("can I take your sort code?" → "twenty twelve thirty four").
"""

import pytest

pytestmark = pytest.mark.integration

POSITIVES = [
    # (turns, entity, expected matched text)
    (["my name is john o'connor"], "PERSON", "john o'connor"),
    (["hiya you're speaking to priya how can i help"], "PERSON", "priya"),
    (["yeah it's mrs kowalska calling"], "PERSON", "kowalska"),
    (["Kind regards,\nAmara Okafor\nCustomer Relations"], "PERSON", "Amara Okafor"),
    (["thanks mark that's great"], "PERSON", "mark"),
    (["email me at sam.jones+bills@example.co.uk please"], "EMAIL_ADDRESS", "sam.jones+bills@example.co.uk"),
    (["it's j smith dot eighty at gmail dot com"], "EMAIL_ADDRESS", "smith dot eighty at gmail dot com"),
    (["my mobile is 07700 900123"], "PHONE_NUMBER", "07700 900123"),
    (["call me on +44 7700 900456"], "PHONE_NUMBER", "+44 7700 900456"),
    (["landline is 0161 496 0123"], "PHONE_NUMBER", "0161 496 0123"),
    (["it's oh seven seven double oh nine double oh one two three"], "PHONE_NUMBER",
     "oh seven seven double oh nine double oh one two three"),
    (["my us number is +1 202 555 0143"], "PHONE_NUMBER", "+1 202 555 0143"),
    (["card number is 4111 1111 1111 1111"], "CREDIT_CARD", "4111 1111 1111 1111"),
    (["long number please", "four one one one one one one one one one one one one one one one"], "CREDIT_CARD",
     "four one one one one one one one one one one one one one one one"),
    (["amex 3782 822463 10005"], "CREDIT_CARD", "3782 822463 10005"),
    (["and the three digit security code on the back", "seven three seven"], "CARD_CVV", "seven three seven"),
    (["cvv is 123"], "CARD_CVV", "123"),
    (["expiry date is 03/27"], "CARD_EXPIRY", "03/27"),
    (["what's the expiry", "oh three twenty seven"], "CARD_EXPIRY", "oh three twenty seven"),
    (["iban GB82 WEST 1234 5698 7654 32"], "IBAN_CODE", "GB82 WEST 1234 5698 7654 32"),
    (["sort code 20-00-00"], "UK_SORT_CODE", "20-00-00"),
    (["can i take the sort code", "twenty twelve thirty four"], "UK_SORT_CODE", "twenty twelve thirty four"),
    (["account number 31926819"], "UK_BANK_ACCOUNT", "31926819"),
    (["and the account number", "one two three four five six seven eight"], "UK_BANK_ACCOUNT",
     "one two three four five six seven eight"),
    (["ni number is AB 12 34 56 C"], "UK_NINO", "AB 12 34 56 C"),
    (["national insurance is q q one two three four five six c"], "UK_NINO", "q q one two three four five six c"),
    (["my nhs number is 943 476 5919"], "UK_NHS", "943 476 5919"),
    (["postcode is SW1A 1AA"], "UK_POSTCODE", "SW1A 1AA"),
    (["postcode m11ae"], "UK_POSTCODE", "m11ae"),
    (["it's s w one a one a a"], "UK_POSTCODE", "s w one a one a a"),
    (["my date of birth is 12/03/1985"], "DATE_OF_BIRTH", "12/03/1985"),
    (["and your date of birth", "twelfth of march nineteen eighty five"], "DATE_OF_BIRTH",
     "twelfth of march nineteen eighty five"),
    (["born on 4th July 1976"], "DATE_OF_BIRTH", "4th July 1976"),
    (["i live at 22 acacia avenue"], "STREET_ADDRESS", "22 acacia avenue"),
    (["it's flat 3, 45 church road"], "STREET_ADDRESS", "flat 3, 45 church road"),
    (["login came from 203.0.113.45"], "IP_ADDRESS", "203.0.113.45"),
    (["the router says eight six dot one five one dot two oh dot nine"], "IP_ADDRESS",
     "eight six dot one five one dot two oh dot nine"),
    (["can you spell the surname for me", "it's d e s a i"], "PERSON", "d e s a i"),
    (["before we go any further can i get your full name", "yaw kamau"], "PERSON", "yaw kamau"),
    (["hello northway bank shabana speaking"], "PERSON", "shabana"),
    (["the long number on the front of the card please", "four one one one", "go on", "two two two two"],
     "CREDIT_CARD", "two two two two"),
    (["and the nhs number", "four eight five seven seven seven"], "UK_NHS", "four eight five seven seven seven"),
    (["email is pat dot kowalski at outlook dot co dot uk"], "EMAIL_ADDRESS", "pat dot kowalski at outlook dot co dot uk"),
    (["mobile", "plus four four seven seven double oh nine double oh four five six"], "PHONE_NUMBER",
     "plus four four seven seven double oh nine double oh four five six"),
    (["the expiry date", "zero four slash twenty seven"], "CARD_EXPIRY", "zero four slash twenty seven"),
    (["card 5594 4078 4017 1993 expiry 0830 code 667"], "CARD_EXPIRY", "0830"),
    (["340818694213640 exp 1030 cvv 8214"], "CARD_CVV", "8214"),
    (["mastercard 2221 0000 0000 0009"], "CREDIT_CARD", "2221 0000 0000 0009"),
    (["what's your account number", "3192 6819", "just to confirm that's 31926819 and the sort code"],
     "UK_BANK_ACCOUNT", "31926819"),
]

LOOKALIKES = [
    # (turns, entity that must NOT be found)
    (["your order 10045872 ships tomorrow"], "UK_BANK_ACCOUNT"),
    (["the refund of £1,250.00 is on its way"], "CREDIT_CARD"),
    (["i'll call you back at 3:30"], "CARD_CVV"),
    (["your appointment is on 12/03/2026"], "DATE_OF_BIRTH"),
    (["delivery on the twelfth of march twenty twenty six"], "DATE_OF_BIRTH"),
    (["the model number is KX12 4TR"], "UK_POSTCODE"),
    (["that'll take eight weeks or two working days"], "DATE_OF_BIRTH"),
    (["reference 20 00 00 is your ticket"], "UK_SORT_CODE"),
    (["meter reading 04512"], "PHONE_NUMBER"),
    (["it costs 149 pounds a year"], "CARD_CVV"),
    (["i will be there on tuesday"], "PERSON"),
    (["may i take a few details"], "PERSON"),
    (["the high street branch closes at five"], "STREET_ADDRESS"),
    (["flight BA 2490 leaves at 14:05"], "PHONE_NUMBER"),
    (["your case number is 1234 5678"], "UK_BANK_ACCOUNT"),
    (["payment of nine hundred and eighty nine pounds taken from the card ending four two one eight"], "CREDIT_CARD"),
    (["that's gone through on the card ending 3640"], "CARD_CVV"),
    (["the reading of 788475 is on the account now"], "UK_BANK_ACCOUNT"),
    (["Dear Riverside Surgery team"], "PERSON"),
    (["I moved from Nottingham to Harrogate"], "PERSON"),
    (["i'll call you back tomorrow", "ok 1234"], "CARD_CVV"),
]


@pytest.mark.parametrize("turns, entity, expected", POSITIVES)
def test_recognizers_find(analyze, turns, entity, expected):
    found = analyze(*turns)[-1]
    assert any(e == entity and expected in text for e, text in found), found


@pytest.mark.parametrize("turns, entity", LOOKALIKES)
def test_recognizers_ignore_lookalikes(analyze, turns, entity):
    found = analyze(*turns)[-1]
    assert not any(e == entity for e, _ in found), found
