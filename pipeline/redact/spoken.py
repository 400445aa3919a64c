"""Spoken-form views of a transcript, with a map back to the original characters.

Speech-to-text writes identifiers as words: ``oh seven seven double oh nine``, ``q q one two …``,
``nineteen eighty five``. A *view* rewrites each run of such tokens as compact characters
(``07700 9…`` → ``077009…``) so ordinary pattern recognizers can match them; every character of
the view remembers the span of the original token it came from, so matches map back exactly.

Two views:

- ``digits``: number words and digit groups become one digit string (letters untouched);
- ``alnum``: single letters and NATO words join the run too (for NINO, postcode, IBAN).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

UNITS = {"zero": "0", "nought": "0", "nil": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
         "four": "4", "for": None, "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
         "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fourty": "4", "fifty": "5", "sixty": "6",
        "seventy": "7", "eighty": "8", "ninety": "9"}
ORDINAL_UNITS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
REPEAT = {"double": 2, "triple": 3, "treble": 3}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F",
        "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L",
        "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
        "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X",
        "x-ray": "X", "yankee": "Y", "zulu": "Z"}
# Words that may sit inside a spoken number without ending it ("two thousand and three",
# "four five um six"): they are dropped from the view.
FILLERS = {"and", "um", "umm", "uh", "uhm", "er", "erm", "errm", "ah", "eh", "mm", "hmm"}
# Spoken punctuation kept in the view ("zero four slash twenty seven" → "04/27", "… dot one …").
SPOKEN_SYMBOLS = {"slash": "/", "dash": "-", "hyphen": "-", "dot": ".", "point": ".",
                  "plus": "+"}
TOKEN = re.compile(r"x-ray|[A-Za-z]+(?:['’][A-Za-z]+)*|\d+")
# What may separate tokens of one run: spaces, hyphens, commas (not "." or "/": amounts, dates).
GAP = re.compile(r"[\s,\-]*")
# A run read as a quantity is an amount, never an identifier: "nine hundred and eighty nine",
# "two thousand", or any run followed by a currency or unit word.
QUANTITY_WORDS = {"thousand", "million"}
UNIT_WORDS = {"pounds", "pound", "quid", "pence", "p", "dollars", "dollar", "euros", "euro", "percent", "per",
              "grand", "k", "minutes", "hours", "days", "weeks", "months", "years", "kwh", "units", "gb", "mb"}
MIN_RUN = 2  # shorter runs are left alone: "two" or "5" carry no identifier


@dataclass(frozen=True, slots=True)
class View:
    """A rewritten text and, per character, the original span it came from."""

    text: str
    spans: tuple[tuple[int, int], ...]

    @property
    def changed(self) -> bool:
        return len(self.spans) > 0

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the view back to the original text."""
        return _original(self, start, end)


def _original(view: View, start: int, end: int) -> tuple[int, int]:
    # spans holds the map for every character (identity outside runs)
    return view.spans[start][0], view.spans[end - 1][1]


def _emit(word: str, nxt: str | None, mode: str) -> tuple[str | None, int]:
    """Characters for ``word`` (and how many following tokens it consumed), or None if not spoken-form."""
    low = word.lower()
    if word.isdigit():
        return word, 0
    if low in REPEAT and nxt is not None:
        digit, _ = _emit(nxt, None, mode)
        if digit is not None and len(digit) == 1:
            return digit * REPEAT[low], 1
        return None, 0
    if low in TEENS:
        return TEENS[low], 0
    if low in TENS:
        if nxt is not None and nxt.lower() in ORDINAL_UNITS:
            return None, 0  # "twenty fifth" is a day of the month, read by the date patterns
        if nxt is not None and nxt.lower() in UNITS and UNITS[nxt.lower()] not in (None, "0"):
            return TENS[low] + UNITS[nxt.lower()], 1
        return TENS[low] + "0", 0
    if low in UNITS and UNITS[low] is not None:
        return UNITS[low], 0
    if low in ("hundred",):
        return "00", 0
    if low in SPOKEN_SYMBOLS and nxt is not None and _emit(nxt, None, mode)[0] is not None:
        return SPOKEN_SYMBOLS[low], 0
    if mode == "alnum":
        if low in NATO:
            return NATO[low], 0
        if len(low) == 1 and low.isalpha():
            return low.upper(), 0
    return None, 0


def _runs(text: str, mode: str) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
    """Find runs of spoken-form tokens: (start, end, [(chars, tok_start, tok_end), ...])."""
    tokens = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]
    runs: list[tuple[int, int, list[tuple[str, int, int]]]] = []
    current: list[tuple[str, int, int]] = []
    i = 0

    def close(next_word: str = "") -> None:
        nonlocal current
        words = [text[s:e].lower() for _, s, e in current]
        value = "".join(c for c, _, _ in current)
        year = len(value) == 4 and value[:2] in ("19", "20")  # "two thousand and three"
        if (any(w in QUANTITY_WORDS for w in words) and not year) or next_word.lower() in UNIT_WORDS or any(
                w == "hundred" and nxt == "and" for w, nxt in zip(words, words[1:])):
            current = []
            return
        # the words "a" and "i" cannot start a run ("i have", "a 2 year contract")
        while current and _weak(current[0], text) and not (len(current) > 1 and _letter(current[1], text)):
            current = current[1:]
        while current and current[-1][0] == "":
            current = current[:-1]
        size = sum(len(c) for c, _, _ in current)
        while current and not current[-1][0].isalnum() and current[-1][0] != "":
            current = current[:-1]  # a trailing "slash"
        digits = sum(ch.isdigit() for c, _, _ in current for ch in c)
        spoken = any(not text[s:e].isdigit() for _, s, e in current)
        groups = sum(1 for c, _, _ in current if c)
        if size >= MIN_RUN and digits >= 1 and (spoken or groups > 1):
            runs.append((current[0][1], current[-1][2], current))
        current = []

    while i < len(tokens):
        word, start, end = tokens[i]
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else None
        if current and not GAP.fullmatch(text[current[-1][2]:start]):
            close(word if text[current[-1][2]:start].isspace() else "")
        chars, consumed = _emit(word, nxt, mode)
        if word.lower() == "thousand" and current:
            chars = "000"
            rest = tokens[i + 1:i + 4]
            if rest and rest[0][0].lower() in FILLERS:
                rest = rest[1:]
            if rest:
                following, _ = _emit(rest[0][0], rest[1][0] if len(rest) > 1 else None, mode)
                if following is not None and len(following) <= 2:
                    chars = "0" * (3 - len(following))
        if chars is None and current and word.lower() in FILLERS and nxt is not None:
            peek, _ = _emit(nxt, None, "digits" if word.lower() == "and" else mode)
            if peek is not None and peek.isalnum():
                current.append(("", start, end))
                i += 1
                continue
        if chars is None:
            close(word)
            i += 1
            continue
        if mode == "alnum" and word.lower() in ("o", "oh") and (
                (current and current[-1][0].isalpha())
                or (not current and nxt is not None and len(nxt) == 1 and nxt.isalpha())):
            chars = "O"  # a letter between letters: "o x one …", "y o twenty one …" (postcodes)
        if word.lower() == "hundred" and not current:
            close()
            i += 1
            continue
        last = tokens[i + consumed]
        current.append((chars, start, last[2]))
        i += 1 + consumed
    close()
    return runs


def _letter(item: tuple[str, int, int], text: str) -> bool:
    return item[2] - item[1] == 1 and text[item[1]].isalpha()


def _weak(item: tuple[str, int, int], text: str) -> bool:
    chars, start, end = item
    word = text[start:end].lower()
    return chars == "" or word in ("a", "i")


def _compose(text: str, runs: list[tuple[int, int, list[tuple[str, int, int]]]]) -> View:
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for run_start, run_end, items in runs:
        for k in range(pos, run_start):
            out.append(text[k])
            spans.append((k, k + 1))
        for chars, s, e in items:
            for ch in chars:
                out.append(ch)
                spans.append((s, e))
        pos = run_end
    for k in range(pos, len(text)):
        out.append(text[k])
        spans.append((k, k + 1))
    return View("".join(out), tuple(spans))


@lru_cache(maxsize=256)
def spoken_view(text: str, mode: str = "digits") -> View | None:
    """The ``digits`` or ``alnum`` view of ``text``; None when it would equal the text."""
    if mode not in ("digits", "alnum"):
        raise ValueError(f"unknown view mode '{mode}'; valid: digits, alnum")
    runs = _runs(text, mode)
    if not runs:
        return None
    view = _compose(text, runs)
    return None if view.text == text else view
