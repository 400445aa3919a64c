import pytest

from pipeline.redact.spoken import spoken_view


@pytest.mark.parametrize("text, mode, expected", [
    ("it's oh seven seven double oh nine double oh one two three", "digits", "it's 07700900123"),
    ("four one one one one one one one one one one one one one one one", "digits", "4111111111111111"),
    ("sort code twenty twelve thirty four", "digits", "sort code 201234"),
    ("triple five two", "digits", "5552"),
    ("nought eight hundred", "digits", "0800"),
    ("born in nineteen eighty five", "digits", "born in 1985"),
    ("two thousand and three", "digits", "2003"),
    ("07700 900123", "digits", "07700900123"),
    ("q q one two three four five six c", "alnum", "QQ123456C"),
    ("s w one a one a a", "alnum", "SW1A1AA"),
    ("sierra whiskey one alpha one alpha alpha", "alnum", "SW1A1AA"),
    ("postcode s w one a one a a and i live", "alnum", "postcode SW1A1AA and i live"),
])
def test_spoken_view_rewrites(text, mode, expected):
    view = spoken_view(text, mode)
    assert view is not None and view.text == expected


@pytest.mark.parametrize("text, mode", [
    ("oh right i see", "digits"),
    ("i have a dog", "alnum"),
    ("it was five pounds", "digits"),
    ("£3.50 at 12/03", "digits"),
    ("one", "digits"),
])
def test_spoken_view_leaves_ordinary_text(text, mode):
    assert spoken_view(text, mode) is None


@pytest.mark.parametrize("text, mode, needle, original", [
    ("my number is oh seven seven double oh nine", "digits", "077009", "oh seven seven double oh nine"),
    ("ni is q q one two three four five six c ok", "alnum", "QQ123456C", "q q one two three four five six c"),
    ("card 4111 1111 then", "digits", "41111111", "4111 1111"),
])
def test_spoken_view_maps_back_to_original(text, mode, needle, original):
    view = spoken_view(text, mode)
    start = view.text.index(needle)
    s, e = view.to_original(start, start + len(needle))
    assert text[s:e] == original


def test_spoken_view_rejects_unknown_mode():
    with pytest.raises(ValueError, match="digits, alnum"):
        spoken_view("one two three", "roman")


@pytest.mark.parametrize("text", [
    "payment of nine hundred and eighty nine pounds",
    "it went up to forty six seventy five pounds",
    "a bill for three thousand three hundred",
])
def test_spoken_view_leaves_amounts_alone(text):
    assert spoken_view(text, "digits") is None
