#!/usr/bin/env python3
"""Build the labelled PII evaluation set for ccqa (labelled.jsonl, next to this file).

Standalone, Python 3.11 standard library only, deterministic (fixed seed).

Every conversation is assembled from hand-written templates and slot fillers
written for this project.  All people, addresses, numbers and organisations are
fictitious.  Entity and look-alike offsets are recorded while the text of a turn
is being assembled (never found by searching the finished text), and a final
assertion pass checks every span.

Template mini-language (used by the TurnBuilder):
    {slot}            a slot filled by the resolver (PII or look-alike or literal)
    [[text|kind]]     inline look-alike (e.g. [[will|name_like_word]])
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

SEED = 20260302
N_INTERACTIONS = 330
CHANNEL_SHARE = {"call": 0.55, "chat": 0.25, "email": 0.20}
OUT_PATH = Path(__file__).resolve().with_name("labelled.jsonl")

ENTITY_TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY",
    "IBAN_CODE", "UK_SORT_CODE", "UK_BANK_ACCOUNT", "UK_NINO", "UK_NHS", "UK_POSTCODE",
    "DATE_OF_BIRTH", "STREET_ADDRESS", "IP_ADDRESS",
]
LOOKALIKE_KINDS = [
    "amount", "order_number", "reference_number", "ticket_number", "policy_number",
    "tracking_number", "case_number", "account_reference", "product_code", "time",
    "appointment_date", "delivery_date", "payment_date", "travel_date", "incident_date",
    "other_date", "meter_reading", "flight_number", "percentage", "duration", "weekday",
    "helpline_name", "town", "organisation", "name_like_word", "masked_identifier",
]

rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
        8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
        14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
        18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def n2w(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        head = ONES[n // 100] + " hundred"
        return head if n % 100 == 0 else head + " and " + n2w(n % 100)
    if n < 1_000_000:
        head = n2w(n // 1000) + " thousand"
        rem = n % 1000
        if rem == 0:
            return head
        return head + (" and " if rem < 100 else " ") + n2w(rem)
    raise ValueError(n)


def ordw(n: int) -> str:
    if n in ORDS:
        return ORDS[n]
    return TENS[n // 10] + " " + ORDS[n % 10]


def ord_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(y: int) -> str:
    if y == 2000:
        return "two thousand"
    if 2000 < y < 2010:
        return rng.choice(["two thousand and ", "two thousand "]) + ONES[y - 2000]
    if y >= 2010 and rng.random() < 0.12:
        return "two thousand and " + n2w(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2w(hi) + " hundred"
    if lo < 10:
        return n2w(hi) + " oh " + ONES[lo]
    return n2w(hi) + " " + n2w(lo)


def short_year_words(y: int) -> str:
    lo = y % 100
    if lo < 10:
        return "oh " + ONES[lo]
    return n2w(lo)


# ---------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------
def luhn_check_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def nhs_ok(num: str) -> bool:
    if len(num) != 10 or not num.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(num[:9], range(10, 1, -1)))
    chk = 11 - total % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(num[9])


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_RE = re.compile(r"^[A-Z]{2}\d{6}[A-D]$")


def nino_ok(n: str) -> bool:
    n = n.replace(" ", "").upper()
    return bool(NINO_RE.match(n)) and n[0] not in NINO_BAD_FIRST and \
        n[1] not in NINO_BAD_SECOND and n[:2] not in NINO_BAD_PREFIX


# ---------------------------------------------------------------------------
# value generators (canonical values)
# ---------------------------------------------------------------------------
def rdigits(n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def gen_card() -> dict:
    kind = rng.choices(["visa", "mastercard", "amex"], [0.45, 0.35, 0.20])[0]
    if kind == "visa":
        prefix, length = "4" + rdigits(5), 16
    elif kind == "mastercard":
        prefix = str(rng.randint(51, 55)) if rng.random() < 0.75 else str(rng.randint(2221, 2720))
        prefix, length = prefix + rdigits(6 - len(prefix)), 16
    else:
        prefix, length = rng.choice(["34", "37"]) + rdigits(4), 15
    body = prefix + rdigits(length - 1 - len(prefix))
    num = body + luhn_check_digit(body)
    assert luhn_ok(num) and len(num) == length
    groups = [num[0:4], num[4:10], num[10:15]] if kind == "amex" else \
        [num[0:4], num[4:8], num[8:12], num[12:16]]
    cvv = rdigits(4) if kind == "amex" else rdigits(3)
    if rng.random() < 0.08 and kind != "amex":
        d = str(rng.randint(1, 9))
        cvv = d * 3  # "triple five" style codes
    return {"kind": kind, "num": num, "groups": groups, "cvv": cvv,
            "exp_m": rng.randint(1, 12), "exp_y": rng.randint(2026, 2031)}


def gen_nhs() -> str:
    while True:
        d = rng.choice("4567") + rdigits(8)
        total = sum(int(x) * w for x, w in zip(d, range(10, 1, -1)))
        chk = 11 - total % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        num = d + str(chk)
        assert nhs_ok(num)
        return num


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    return f"{98 - int(''.join(str(int(c, 36)) for c in s)) % 97:02d}"


GB_BANK_CODES = ["BRWB", "NMBS", "CLDR", "HRTW", "KSTB", "ASHB", "MRDN", "FNBK"]


def rletters(n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def gen_iban(sort: str | None = None, acct: str | None = None) -> str:
    country = rng.choices(["GB", "IE", "DE", "FR", "ES", "NL", "PL", "IT"],
                          [0.45, 0.15, 0.1, 0.08, 0.08, 0.06, 0.05, 0.03])[0]
    if country == "GB":
        bban = rng.choice(GB_BANK_CODES) + (sort or rdigits(6)) + (acct or rdigits(8))
    elif country == "IE":
        bban = rletters(4) + rdigits(6) + rdigits(8)
    elif country == "DE":
        bban = rdigits(8) + rdigits(10)
    elif country == "FR":
        bban = rdigits(5) + rdigits(5) + rdigits(11) + rdigits(2)
    elif country == "ES":
        bban = rdigits(20)
    elif country == "NL":
        bban = rletters(4) + rdigits(10)
    elif country == "PL":
        bban = rdigits(24)
    else:
        bban = rletters(1) + rdigits(5) + rdigits(5) + rdigits(12)
    iban = country + iban_check(country, bban) + bban
    assert iban_ok(iban)
    return iban


def gen_nino() -> str:
    ok1 = [c for c in "ABCEGHJKLMNOPRSTWXYZ" if c not in NINO_BAD_FIRST]
    ok2 = [c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in NINO_BAD_SECOND]
    while True:
        p = rng.choice(ok1) + rng.choice(ok2)
        if p in NINO_BAD_PREFIX:
            continue
        n = p + rdigits(6) + rng.choice("ABCD")
        assert nino_ok(n)
        return n


# postcode areas: (area, districts, town)
POSTCODE_AREAS = [
    ("LS", list(range(1, 29)), "Leeds"), ("M", list(range(1, 46)), "Manchester"),
    ("B", list(range(1, 98)), "Birmingham"), ("SW", ["1A", "1P", "2", "4", "9", "11", "16", "18"], "London"),
    ("EC", ["1A", "1V", "2A", "4M"], "London"), ("E", ["1", "1W", "3", "8", "14", "17"], "London"),
    ("N", ["1", "1C", "4", "7", "16", "19"], "London"), ("W", ["1D", "1T", "2", "5", "12"], "London"),
    ("WC", ["1N", "2H"], "London"), ("G", list(range(1, 80)), "Glasgow"),
    ("EH", list(range(1, 55)), "Edinburgh"), ("CF", list(range(10, 48)), "Cardiff"),
    ("BS", list(range(1, 49)), "Bristol"), ("NE", list(range(1, 36)), "Newcastle upon Tyne"),
    ("L", list(range(1, 40)), "Liverpool"), ("S", list(range(1, 36)), "Sheffield"),
    ("NG", list(range(1, 25)), "Nottingham"), ("LE", list(range(1, 19)), "Leicester"),
    ("CB", list(range(1, 25)), "Cambridge"), ("OX", list(range(1, 49)), "Oxford"),
    ("RG", list(range(1, 45)), "Reading"), ("BT", list(range(1, 94)), "Belfast"),
    ("KY", list(range(1, 16)), "Kirkcaldy"), ("PL", list(range(1, 35)), "Plymouth"),
    ("EX", list(range(1, 39)), "Exeter"), ("YO", list(range(1, 62)), "York"),
    ("HU", list(range(1, 20)), "Hull"), ("DN", list(range(1, 40)), "Doncaster"),
    ("ST", list(range(1, 21)), "Stoke-on-Trent"), ("CV", list(range(1, 12)), "Coventry"),
    ("SA", list(range(1, 20)), "Swansea"), ("AB", list(range(10, 25)), "Aberdeen"),
    ("DD", list(range(1, 11)), "Dundee"), ("IV", list(range(1, 63)), "Inverness"),
    ("TR", list(range(1, 27)), "Truro"), ("BN", list(range(1, 45)), "Brighton"),
    ("CT", list(range(1, 21)), "Canterbury"), ("GU", list(range(1, 52)), "Guildford"),
    ("MK", list(range(1, 46)), "Milton Keynes"), ("PR", list(range(1, 26)), "Preston"),
    ("DH", [9], "Stanley"), ("CH", [1, 2, 3, 4], "Chester"), ("LN", list(range(1, 7)), "Lincoln"),
    ("DL", [1, 2, 3], "Darlington"), ("LA", [9], "Kendal"), ("BA", [5], "Wells"),
    ("CV", [34], "Warwick"), ("NE", [37, 38], "Washington"), ("HG", list(range(1, 6)), "Harrogate"),
    ("BD", list(range(1, 24)), "Bradford"), ("SK", list(range(1, 8)), "Stockport"),
    ("WA", list(range(1, 6)), "Warrington"), ("TN", [1, 2, 4], "Tunbridge Wells"),
    ("SL", [4], "Windsor"), ("HR", [1, 2, 4], "Hereford"), ("TA", [1, 2], "Taunton"),
    ("WR", [1, 2, 5], "Worcester"), ("DE", list(range(1, 24)), "Derby"),
    ("FY", [1, 2, 3, 4], "Blackpool"), ("LL", [57, 58], "Bangor"), ("IP", list(range(1, 5)), "Ipswich"),
]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode() -> tuple[str, str]:
    area, districts, town = rng.choice(POSTCODE_AREAS)
    outward = area + str(rng.choice(districts))
    inward = str(rng.randint(0, 9)) + rng.choice(INWARD_LETTERS) + rng.choice(INWARD_LETTERS)
    return outward + " " + inward, town


STREET_STEMS = ["Albert", "Beech", "Cavendish", "Denmark", "Eastfield", "Fernbank", "Garth", "Hawthorn",
                "Ivy", "Jubilee", "Kirkgate", "Larch", "Marlborough", "Nelson", "Oakwood", "Primrose",
                "Ravensworth", "Sycamore", "Tennyson", "Underhill", "Vicarage", "Wellington", "Yew Tree",
                "Ashgrove", "Brookside", "Chapel", "Dovecote", "Elmfield", "Foundry", "Gladstone",
                "Heathfield", "Kingfisher", "Lime", "Mill", "Orchard", "Peel", "Quarry", "Rosebery",
                "Station", "Thornbury", "Welbeck", "Cromwell", "Harcourt", "Lansdowne", "Moorland",
                "Pennine", "Sandringham", "Coronation", "Meadowbank", "Glebe", "Bryn", "Heol Y Coed"]
STREET_SUFFIXES = ["Road", "Street", "Lane", "Avenue", "Close", "Grove", "Drive", "Crescent", "Way",
                   "Terrace", "Gardens", "Place", "Walk", "Court", "Row", "Mews", "Hill", "Rise", "View"]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Hillcrest", "Willow Barn", "Ty Gwyn", "The Laurels",
               "Meadow View", "Orchard House", "The Old Rectory", "Fern Lea", "Brook Cottage",
               "Holly Lodge", "Stonecroft", "The Granary"]
BUILDINGS = ["Quayside House", "Victoria Court", "Millennium Point", "Canal Wharf", "St Anne's Court",
             "Riverside Apartments", "Granary Wharf", "Albion Works"]


def gen_address() -> dict:
    kind = rng.choices(["num", "flat", "name", "numletter", "building"], [0.55, 0.15, 0.12, 0.1, 0.08])[0]
    stem = rng.choice(STREET_STEMS)
    suffix = "" if stem.startswith("Heol") else " " + rng.choice(STREET_SUFFIXES)
    street = stem + suffix
    return {"kind": kind, "num": rng.randint(1, 180), "flat": rng.randint(1, 24),
            "letter": rng.choice("ABC"), "street": street, "house": rng.choice(HOUSE_NAMES),
            "building": rng.choice(BUILDINGS)}


LANDLINE_CODES = [("0113", 7), ("0121", 7), ("0131", 7), ("0141", 7), ("0161", 7), ("0117", 7),
                  ("0114", 7), ("0115", 7), ("0116", 7), ("0118", 7), ("01223", 6), ("01865", 6),
                  ("01904", 6), ("01482", 6), ("01752", 6), ("01392", 6), ("01772", 6), ("01244", 6),
                  ("01522", 6), ("01603", 6), ("020", 8), ("029", 8), ("028", 8), ("023", 8)]


def gen_phone(kind: str | None = None) -> dict:
    kind = kind or rng.choices(["mobile", "landline", "intl"], [0.62, 0.3, 0.08])[0]
    if kind == "mobile":
        return {"kind": "mobile", "nat": "07" + rng.choice("1234579") + rdigits(8)}
    if kind == "landline":
        code, n = rng.choice(LANDLINE_CODES)
        return {"kind": "landline", "code": code, "sub": str(rng.randint(2, 9)) + rdigits(n - 1)}
    cc = rng.choice(["1", "353", "33"])
    if cc == "1":
        return {"kind": "intl", "cc": "1", "parts": [rng.choice(["212", "415", "617", "416", "604"]),
                                                     str(rng.randint(2, 9)) + rdigits(2), rdigits(4)]}
    if cc == "353":
        if rng.random() < 0.7:
            return {"kind": "intl", "cc": "353", "parts": ["8" + rng.choice("35679"), rdigits(3), rdigits(4)]}
        return {"kind": "intl", "cc": "353", "parts": ["1", rdigits(3), rdigits(4)]}
    return {"kind": "intl", "cc": "33", "parts": [rng.choice("16"), rdigits(2), rdigits(2), rdigits(2), rdigits(2)]}


def gen_company_phone() -> dict:
    pre = rng.choice(["0800", "0808", "0345", "0330", "0300", "0370"])
    return {"kind": "company", "code": pre, "sub": rdigits(7)}


PUBLIC_IP_FIRST = [2, 5, 31, 37, 46, 62, 77, 78, 80, 81, 82, 86, 90, 92, 94, 109, 146, 151, 176,
                   185, 188, 212, 213, 217]


def gen_ip(private: bool = False) -> str:
    if private:
        return rng.choice([f"192.168.{rng.choice([0, 1, 1, 2, 100])}.{rng.randint(1, 254)}",
                           f"10.0.{rng.randint(0, 9)}.{rng.randint(1, 254)}", "192.168.1.1", "192.168.0.1"])
    if rng.random() < 0.12:
        h = lambda: f"{rng.randint(0, 0xffff):x}"
        return f"2a02:{h()}:{h()}:{h()}::{h()}"
    return f"{rng.choice(PUBLIC_IP_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def gen_dob() -> tuple[int, int, int]:
    y = rng.randint(1938, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return (y, m, d)


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------
FIRST_F = {
    "british": ["Sarah", "Emma", "Charlotte", "Hannah", "Lucy", "Rebecca", "Sophie", "Eleanor", "Megan",
                "Gemma", "Joanne", "Karen", "Abigail", "Grace", "May", "Rosie", "Holly", "Jade", "Zoë", "Bethan"],
    "south_asian": ["Priya", "Aisha", "Fatima", "Nisha", "Kiran", "Zainab", "Harpreet", "Anjali", "Sunita",
                    "Ayesha", "Deepa", "Shabana"],
    "african": ["Ngozi", "Ama", "Tendai", "Folake", "Abena", "Thandiwe", "Chiamaka", "Adaeze", "Wanjiru", "Nkechi"],
    "east_european": ["Katarzyna", "Agnieszka", "Ioana", "Zuzana", "Oksana", "Magdalena", "Elena", "Milena", "Justyna"],
    "irish": ["Siobhán", "Niamh", "Aoife", "Roisin", "Orla", "Sinead", "Caoimhe", "Grainne"],
    "chinese": ["Mei", "Xiaoling", "Lin", "Yan", "Jing", "Hui", "Xinyi"],
    "other": ["Elif", "Lucia", "Ana", "Yuki", "Leila", "Maryam", "Sofia"],
}
FIRST_M = {
    "british": ["James", "Oliver", "George", "Thomas", "Daniel", "Matthew", "Callum", "Harry", "Jack", "Liam",
                "Gareth", "Stuart", "Mark", "Will", "Bill", "Dean", "Craig", "Rhys"],
    "south_asian": ["Arjun", "Imran", "Sanjay", "Rohan", "Mohammed", "Vikram", "Bilal", "Rajesh", "Amir", "Tariq",
                    "Gurpreet", "Hassan"],
    "african": ["Chidi", "Kwame", "Oluwaseun", "Kofi", "Emeka", "Yaw", "Tunde", "Sipho", "Babajide", "Kwabena"],
    "east_european": ["Marek", "Piotr", "Andrei", "Tomasz", "Dmitri", "Lukas", "Bogdan", "Pavel", "Mihai", "Łukasz"],
    "irish": ["Ciaran", "Padraig", "Seán", "Declan", "Eoin", "Cathal", "Donal", "Fionn"],
    "chinese": ["Wei", "Jun", "Hao", "Zhen", "Ming", "Jian", "Kai"],
    "other": ["Mehmet", "Carlos", "Giorgos", "Yusuf", "Kenji", "Omar", "Mateo"],
}
SURNAMES = {
    "british": ["Whitaker", "Hughes", "Pemberton", "Ashworth", "Fletcher", "Holloway", "Barraclough", "Thornton",
                "Greenwood", "Rowbotham", "Caldwell", "Hargreaves", "Bell", "Baker", "Marsh", "Foster", "Lloyd",
                "Pritchard", "Sutcliffe", "Jenkins", "Dawson", "Cartwright", "Kay", "Moss", "Lyons-Reid",
                "Ap Rhys", "Fairweather"],
    "south_asian": ["Sharma", "Patel", "Chaudhry", "Iqbal", "Ahmed", "Sandhu", "Gill", "Mehta", "Banerjee",
                    "Rahman", "Kaur", "Siddiqui", "Desai", "Malik"],
    "african": ["Okafor", "Mensah", "Adeyemi", "Moyo", "Okonkwo", "Boateng", "Nwosu", "Dlamini", "Oyelaran",
                "Asante", "Kamau", "Eze"],
    "east_european": ["Kowalski", "Nowak", "Wiśniewska", "Popescu", "Novak", "Horvath", "Petrov", "Zielinski",
                      "Kovacs", "Shevchenko", "Dabrowski", "Ionescu"],
    "irish": ["O'Connor", "O'Sullivan", "McCarthy", "Gallagher", "Doherty", "Byrne", "Kavanagh", "Fitzgerald",
              "O'Brien", "Quinlan", "Ní Riain"],
    "chinese": ["Chen", "Wong", "Li", "Zhang", "Liu", "Huang", "Lam", "Cheung", "Zhou", "Tan"],
    "other": ["Yilmaz", "Fernandez", "Papadopoulos", "Kaya", "Tanaka", "Haddad", "Rossi", "Demir"],
}
ORIGINS = list(FIRST_F)
ORIGIN_W = [0.36, 0.18, 0.12, 0.11, 0.09, 0.07, 0.07]


def gen_person() -> dict:
    origin = rng.choices(ORIGINS, ORIGIN_W)[0]
    gender = rng.choice("fm")
    first = rng.choice((FIRST_F if gender == "f" else FIRST_M)[origin])
    sur_origin = origin if rng.random() < 0.8 else rng.choices(ORIGINS, ORIGIN_W)[0]
    last = rng.choice(SURNAMES[sur_origin])
    if rng.random() < 0.08:
        title = "Dr"
    elif gender == "m":
        title = "Mr"
    else:
        title = rng.choice(["Mrs", "Ms", "Miss", "Mrs", "Ms"])
    return {"first": first, "last": last, "title": title, "gender": gender}


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


EMAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
                 "sky.com", "virginmedia.com", "protonmail.com", "live.co.uk", "aol.com", "talktalk.net"]


def gen_email(person: dict, year: int) -> str:
    f = re.sub(r"[^a-z]", "", ascii_fold(person["first"]).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(person["last"]).lower())
    yy = f"{year % 100:02d}"
    local = rng.choice([f"{f}.{l}", f"{f}{l}{yy}", f"{f[0]}.{l}", f"{f}_{l}", f"{f}-{l}{rng.randint(1, 99)}",
                        f"{l}{f[0]}", f"{f}.{l}{rng.randint(1, 9)}", f"{f}{year}", f"{f}.{l}.{yy}",
                        f"{l}.family", f"{f}{l[0]}{rng.randint(10, 99)}"])
    return local + "@" + rng.choice(EMAIL_DOMAINS)


# ---------------------------------------------------------------------------
# organisations, towns, look-alike vocab
# ---------------------------------------------------------------------------
SECTOR_ORGS = {
    "banking": [("Brightwell Bank", "brightwellbank.co.uk", "Brightwell Fraud Line"),
                ("Northmoor Building Society", "northmoor.co.uk", "Northmoor Member Services"),
                ("Caldera Bank", "calderabank.co.uk", "Caldera Card Services")],
    "insurance": [("Harbourside Insurance", "harbourside-insurance.co.uk", "Harbourside Claims Line"),
                  ("Greystone Mutual", "greystonemutual.co.uk", "Greystone 24-hour Claims Helpline"),
                  ("Albion Home Cover", "albionhomecover.co.uk", "Albion Renewals Team")],
    "telecoms": [("Kestrel Mobile", "kestrelmobile.co.uk", "Kestrel Technical Support"),
                 ("Fibrewave Broadband", "fibrewave.co.uk", "Fibrewave Fault Line"),
                 ("Lumo Telecom", "lumotelecom.co.uk", "Lumo Customer Care")],
    "energy": [("Northgate Energy", "northgate-energy.co.uk", "Northgate Priority Services Line"),
               ("Solace Power", "solacepower.co.uk", "Solace Billing Team"),
               ("Emberly Gas & Electric", "emberly.co.uk", "Emberly Emergency Line")],
    "travel": [("Skylark Holidays", "skylarkholidays.co.uk", "Skylark Travel Desk"),
               ("Bluewater Ferries", "bluewaterferries.co.uk", "Bluewater Bookings Line"),
               ("Aerlon Airways", "aerlon.co.uk", "Aerlon Customer Relations")],
    "retail": [("Hartwell & Finch", "hartwellfinch.co.uk", "Hartwell & Finch Customer Care"),
               ("Copperleaf Home", "copperleafhome.co.uk", "Copperleaf Returns Team"),
               ("Dunmore Outdoor", "dunmoreoutdoor.co.uk", "Dunmore Orders Helpline")],
    "public_nhs": [("Riverside Surgery", "riversidesurgery.nhs.uk", "Riverside Surgery appointments line"),
                   ("Westbrook Medical Practice", "westbrookmedical.nhs.uk", "Westbrook Prescriptions Line"),
                   ("Kingsmere Hospitals NHS Trust", "kingsmere.nhs.uk", "Kingsmere Patient Advice and Liaison Service")],
    "public_council": [("Kingsmere Borough Council", "kingsmere.gov.uk", "Kingsmere Council Tax Helpline"),
                       ("Ashdown Vale District Council", "ashdownvale.gov.uk", "Ashdown Vale Benefits Line"),
                       ("Eastholme City Council", "eastholme.gov.uk", "Eastholme Housing Options Team")],
    "utilities": [("Clearbrook Water", "clearbrookwater.co.uk", "Clearbrook Water Customer Line"),
                  ("Valleyside Water", "valleysidewater.co.uk", "Valleyside Leakline"),
                  ("Three Rivers Water", "threeriverswater.co.uk", "Three Rivers Help Desk")],
}
OTHER_ORGS = {
    "banking": ["Tesco", "the Post Office", "Amazon", "PayPal", "Deliveroo", "a petrol station", "Sainsbury's", "Costa"],
    "retail": ["Royal Mail", "Evri", "DPD", "the Post Office", "Parcelforce"],
    "public_nhs": ["Boots", "Lloydspharmacy", "Well Pharmacy", "Superdrug Pharmacy"],
    "default": ["Royal Mail", "HMRC", "the DVLA", "Citizens Advice", "Ofgem", "Ofcom", "Visa", "Mastercard"],
}
UK_TOWNS = ["Leeds", "Preston", "Stanley", "Chester", "Lincoln", "Darlington", "Kendal", "Wells", "Warwick",
            "Washington", "Harrogate", "Bradford", "Swindon", "Reading", "Wakefield", "Bolton", "Carlisle",
            "Ely", "Morley", "Stafford", "Buxton", "Bury", "Sale", "Whitby", "Luton", "Crewe", "Newport",
            "Motherwell", "Omagh", "Barry", "Ripon", "Clifton", "Shipley", "Royston"]
TOWNS_ABROAD = ["Malaga", "Faro", "Palma", "Alicante", "Dublin", "Amsterdam", "Lanzarote", "Krakow",
                "Dubrovnik", "Tenerife", "Paphos", "Reykjavik", "Orlando", "Cork"]


# ---------------------------------------------------------------------------
# context + turn builder
# ---------------------------------------------------------------------------
class Ctx:
    pass


FILLERS = ["um", "erm", "er", "uh", "um", "erm", "sorry", "you know", "like", "so"]
TURN_START_FILLERS = ["um", "erm", "yeah", "oh", "right", "so", "er", "sorry", "okay so", "yeah so"]


def insert_filler(s: str, filler: str) -> str:
    spaces = [i for i, ch in enumerate(s) if ch == " "]
    if not spaces:
        return s
    i = rng.choice(spaces)
    return s[:i + 1] + filler + " " + s[i + 1:]


def make_typo(word: str) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 3)
    op = rng.random()
    if op < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op < 0.8:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


class TB:
    """Builds one turn; every labelled span is recorded as it is appended."""

    def __init__(self, ctx: Ctx, speaker: str):
        self.ctx, self.speaker = ctx, speaker
        self.buf: list[str] = []
        self.n = 0
        self.pii: list[dict] = []
        self.look: list[dict] = []
        ch = ctx.channel
        self.lower = ch == "call" or (ch == "chat" and speaker == "customer" and ctx.chat_lower)

    # raw append of literal text
    def _raw(self, s: str) -> None:
        if not s:
            return
        if self.n == 0:
            s = s.lstrip()
        elif self.buf[-1][-1] in " \n":
            s = s.lstrip(" ")
        if s:
            self.buf.append(s)
            self.n += len(s)

    def _span(self, text: str, label: str, is_pii: bool) -> None:
        t = text.lower() if self.lower else text
        assert len(t) == len(text), text
        assert t and t == t.strip(), repr(t)
        if self.n and self.buf[-1][-1].isalnum():
            self._raw(" ")
        start = self.n
        self.buf.append(t)
        self.n += len(t)
        if is_pii:
            self.pii.append({"start": start, "end": self.n, "type": label})
        else:
            self.look.append({"start": start, "end": self.n, "kind": label})

    def lit(self, s: str, template: bool = False) -> None:
        ch = self.ctx.channel
        if ch == "call":
            s = s.lower()
            if template:
                s = self._call_literal(s)
        elif ch == "chat" and template:
            s = self._chat_literal(s)
        elif self.lower:
            s = s.lower()
        self._raw(s)

    def _call_literal(self, s: str) -> str:
        s = re.sub(r"[.,!?;:\"()\[\]/]", " ", s)
        s = s.replace("-", " ").replace("\n", " ")
        if self.ctx.drop_apos:
            s = re.sub(r"(?<=[a-z])'", "", s)  # keep a possessive straight after a span
        s = re.sub(r"\s+", " ", s)
        if not s.strip():
            return s
        p_fill = 0.16 if self.speaker == "customer" else 0.05
        if rng.random() < p_fill:
            s = insert_filler(s, rng.choice(FILLERS))
        if self.n == 0 and self.speaker == "customer" and rng.random() < 0.22:
            s = rng.choice(TURN_START_FILLERS) + " " + s.lstrip()
        if rng.random() < 0.04:
            words = s.split(" ")
            idx = [i for i, w in enumerate(words) if w in ("i", "the", "it's", "my", "it", "and", "so")]
            if idx:
                i = rng.choice(idx)
                words.insert(i, words[i])
                s = " ".join(words)
        return s

    def _chat_literal(self, s: str) -> str:
        if self.lower:
            s = s.lower()
        if self.speaker != "customer":
            return s
        c = self.ctx
        if c.chat_nopunct:
            s = re.sub(r"[.](?=\s|$)", "", s)
            s = s.replace(", ", " ")
        if c.chat_abbrev:
            s = re.sub(r"\byou\b", "u", s)
            s = re.sub(r"\bplease\b", "pls", s, flags=re.I)
            s = re.sub(r"\bthanks\b", "thx", s, flags=re.I)
        if rng.random() < 0.18:
            words = s.split(" ")
            cand = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
            if cand:
                i = rng.choice(cand)
                words[i] = make_typo(words[i])
                s = " ".join(words)
        return s

    def pieces(self, pcs) -> None:
        for p in pcs:
            if p[0] == "lit":
                self.lit(p[1])
            elif p[0] == "pii":
                self._span(p[1], p[2], True)
            else:
                self._span(p[1], p[2], False)

    TOKEN = re.compile(r"\{([a-z_0-9]+)\}|\[\[([^|\]]+)\|([a-z_]+)\]\]")

    def add(self, template: str, sep: str = " ", **slots) -> "TB":
        if self.n and sep:
            self._raw(sep)
        pos = 0
        for m in self.TOKEN.finditer(template):
            self.lit(template[pos:m.start()], template=True)
            if m.group(1):
                name = m.group(1)
                val = slots[name] if name in slots else resolve(self.ctx, self, name)
                self.pieces(val)
            else:
                self._span(m.group(2), m.group(3), False)
            pos = m.end()
        self.lit(template[pos:], template=True)
        return self

    def finish(self) -> dict:
        text = "".join(self.buf)
        text = text.rstrip()
        return {"speaker": self.speaker, "text": text, "pii": self.pii, "lookalikes": self.look}


# ---------------------------------------------------------------------------
# spoken renderings
# ---------------------------------------------------------------------------
def P(text: str, typ: str):
    return [("pii", text, typ)]


def LK(text: str, kind: str):
    return [("look", text, kind)]


def zero_word(ctx) -> str:
    return ctx.zero if rng.random() < 0.85 else rng.choice(["oh", "zero", "nought"])


def dw(ctx, c: str) -> str:
    return zero_word(ctx) if c == "0" else ONES[int(c)]


def sp_digits(ctx, s: str) -> str:
    out, i = [], 0
    while i < len(s):
        c, run = s[i], 1
        while i + run < len(s) and s[i + run] == c:
            run += 1
        if run >= 3 and rng.random() < ctx.runs_p * 0.8:
            out.append("triple " + dw(ctx, c))
            i += 3
        elif run >= 2 and rng.random() < ctx.runs_p:
            out.append("double " + dw(ctx, c))
            i += 2
        else:
            out.append(dw(ctx, c))
            i += 1
    return " ".join(out)


def sp_pair(ctx, p: str) -> str:
    if p[0] == "0":
        return ("double " + zero_word(ctx)) if p == "00" and rng.random() < 0.6 else dw(ctx, "0") + " " + dw(ctx, p[1])
    return n2w(int(p))


def sp_group(ctx, g: str) -> str:
    if len(g) in (2, 4) and rng.random() < ctx.pairs_p:
        return " ".join(sp_pair(ctx, g[i:i + 2]) for i in range(0, len(g), 2))
    return sp_digits(ctx, g)


def hes_join(ctx, parts: list[str], p: float = 0.07) -> str:
    out = []
    for i, part in enumerate(parts):
        if i and rng.random() < p:
            out.append(rng.choice(["um", "erm", "er", "uh"]))
        out.append(part)
    return " ".join(out)


def spoken_code(ctx, written: str, hes: bool = True) -> str:
    """Speak a mixed letters/digits string: '+' -> plus, digit runs -> words, letters spelled."""
    toks = re.findall(r"\+|\d+|[A-Za-z]+|[-/#.]", written)
    parts = []
    for t in toks:
        if t == "+":
            parts.append("plus")
        elif t.isdigit():
            if ctx.mixed and rng.random() < 0.25:
                parts.append(t)
            else:
                parts.append(sp_group(ctx, t))
        elif t.isalpha():
            parts.append(" ".join(t.lower()))
        elif t == "-" and rng.random() < 0.2:
            parts.append("dash")
        elif t == "/" and rng.random() < 0.5:
            parts.append("slash")
        elif t == ".":
            parts.append("dot")
    return hes_join(ctx, parts, 0.06 if hes else 0.0)


def use_digits(ctx) -> bool:
    return ctx.channel != "call" or rng.random() < ctx.numeric_p


# ---------------------------------------------------------------------------
# PII surfaces
# ---------------------------------------------------------------------------
def name_surface(ctx, s: str) -> str:
    if ctx.channel == "call":
        s = s.lower()
        if "'" in s:
            s = rng.choice([s, s.replace("'", " "), s.replace("'", "")])
        if "-" in s and rng.random() < 0.5:
            s = s.replace("-", " ")
        if rng.random() < 0.5:
            s = ascii_fold(s)
    elif ctx.channel == "chat" and rng.random() < 0.15:
        s = ascii_fold(s)
    return s


def s_name(ctx, tb, name):
    p = ctx.p2 if name.startswith("p2") else (ctx.agent if name.startswith("agent") else ctx.p)
    if name in ("first", "p2first", "agent"):
        return P(name_surface(ctx, p["first"]), "PERSON")
    if name == "surname":
        return P(name_surface(ctx, p["last"]), "PERSON")
    if name == "tsur":
        return [("lit", p["title"] + " ")] + P(name_surface(ctx, p["last"]), "PERSON")
    if name == "tname":
        return [("lit", p["title"] + " ")] + P(name_surface(ctx, p["first"] + " " + p["last"]), "PERSON")
    if name == "spell":
        letters = [c for c in ascii_fold(p["last"]).lower() if c.isalpha()]
        if ctx.channel == "call":
            return P(" ".join(letters), "PERSON")
        return P("-".join(c.upper() for c in letters), "PERSON")
    return P(name_surface(ctx, p["first"] + " " + p["last"]), "PERSON")


def s_dob(ctx, tb, name):
    y, m, d = ctx.dob2 if name == "dob2" else ctx.dob
    mon = MONTHS[m - 1]
    if not use_digits(ctx):
        form = rng.randrange(8)
        the = False
        if form == 0:
            s, the = f"{ordw(d)} of {mon} {year_words(y)}", True
        elif form == 1:
            s, the = f"{ordw(d)} {mon} {year_words(y)}", True
        elif form == 2:
            s = f"{mon} the {ordw(d)} {year_words(y)}"
        elif form == 3:
            s = f"{sp_digits(ctx, f'{d:02d}')} {sp_digits(ctx, f'{m:02d}')} {short_year_words(y)}"
        elif form == 4:
            s = f"{n2w(d)} {n2w(m)} {short_year_words(y)}"
        elif form == 5:
            s, the = f"{ordw(d)} of the {ordw(m)} {year_words(y)}", True
        elif form == 6:
            s, the = f"{ordw(d)} of {mon} {short_year_words(y)}", True
        else:
            s = f"{n2w(d)} {mon} {year_words(y)}"
        s = s.lower()
        if the and rng.random() < 0.35:
            return [("lit", "the ")] + P(s, "DATE_OF_BIRTH")
        return P(s, "DATE_OF_BIRTH")
    if ctx.channel == "call":
        s = rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d} {m:02d} {y % 100:02d}", f"{ord_suffix(d)} of {mon.lower()} {y}",
                        f"{d} {mon.lower()} {y}", f"{d}/{m}/{y % 100:02d}"])
        return P(s, "DATE_OF_BIRTH")
    s = rng.choices([f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y % 100:02d}",
                     f"{d} {mon} {y}", f"{ord_suffix(d)} {mon} {y}", f"{mon} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d}/{m}/{y % 100:02d}", f"{d} {mon[:3]} {y}", f"{d:02d}{m:02d}{y}"],
                    [0.3, 0.07, 0.07, 0.14, 0.12, 0.04, 0.04, 0.1, 0.08, 0.04])[0]
    return P(s, "DATE_OF_BIRTH")


def s_exp(ctx, tb, name):
    m, y = ctx.card["exp_m"], ctx.card["exp_y"]
    yy = y % 100
    mon = MONTHS[m - 1]
    if not use_digits(ctx):
        s = rng.choice([f"{sp_digits(ctx, f'{m:02d}')} {n2w(yy)}", f"{n2w(m)} {n2w(yy)}", f"{mon} {n2w(yy)}",
                        f"{mon} {year_words(y)}", f"{sp_digits(ctx, f'{m:02d}')} {sp_digits(ctx, f'{yy:02d}')}",
                        f"{sp_digits(ctx, f'{m:02d}')} slash {n2w(yy)}", f"end of {mon} {year_words(y)}"])
        if s.startswith("end of "):  # "end of" is a lead-in, never part of the span
            return [("lit", "end of ")] + P(s[7:].lower(), "CARD_EXPIRY")
        return P(s.lower(), "CARD_EXPIRY")
    if ctx.channel == "call":
        return P(rng.choice([f"{m:02d}/{yy}", f"{m:02d} {yy}", f"{mon.lower()} {y}", f"{m:02d}/{y}"]), "CARD_EXPIRY")
    return P(rng.choices([f"{m:02d}/{yy}", f"{m:02d}/{y}", f"{m}/{yy}", f"{m:02d}-{yy}", f"{mon[:3]} {y}",
                          f"{mon} {y}", f"{m:02d} / {yy}", f"{m:02d}{yy}"],
                         [0.35, 0.15, 0.08, 0.08, 0.1, 0.12, 0.06, 0.06])[0], "CARD_EXPIRY")


def s_pc(ctx, tb, name):
    pc = ctx.pc
    out, inw = pc.split(" ")
    if not use_digits(ctx):
        def spk(part):
            toks = re.findall(r"[A-Z]+|\d+", part)
            res = []
            for t in toks:
                if t.isdigit():
                    res.append(n2w(int(t)) if len(t) == 2 and rng.random() < 0.4 else sp_digits(ctx, t))
                else:
                    res.append(" ".join(t.lower()))
            return " ".join(res)
        s = spk(out) + " " + spk(inw)
        if rng.random() < 0.06:
            s = spk(out) + " " + rng.choice(["um", "er"]) + " " + spk(inw)
        return P(s, "UK_POSTCODE")
    if ctx.channel == "call":
        return P(rng.choice([pc.lower(), pc.lower().replace(" ", ""), " ".join(pc.replace(" ", "").lower())]), "UK_POSTCODE")
    s = rng.choices([pc, pc.lower(), pc.replace(" ", ""), pc.replace(" ", "").lower(), out.capitalize() + " " + inw.lower()],
                    [0.55, 0.15, 0.15, 0.07, 0.08])[0]
    return P(s, "UK_POSTCODE")


def addr_words_num(ctx, n: int) -> str:
    if use_digits(ctx):
        return str(n)
    if n >= 100 and rng.random() < 0.4:
        return sp_digits(ctx, str(n))
    return n2w(n)


def s_addr(ctx, tb, name):
    a = ctx.addr
    k, st = a["kind"], a["street"]
    if ctx.channel == "call":
        num = addr_words_num(ctx, a["num"])
        fl = addr_words_num(ctx, a["flat"])
        if k == "num":
            s = f"{num} {st}"
        elif k == "flat":
            s = f"flat {fl} {num} {st}"
        elif k == "name":
            s = f"{a['house']} {st}"
        elif k == "numletter":
            s = f"{num} {a['letter']} {st}" if not num.isdigit() else f"{num}{a['letter']} {st}"
        else:
            s = f"apartment {fl} {a['building']} {num} {st}"
        return P(s.lower(), "STREET_ADDRESS")
    num, fl = a["num"], a["flat"]
    if k == "num":
        s = f"{num} {st}"
    elif k == "flat":
        s = rng.choice([f"Flat {fl}, {num} {st}", f"Flat {fl} {num} {st}", f"{fl}/{num} {st}"])
    elif k == "name":
        s = rng.choice([f"{a['house']}, {st}", f"{a['house']} {st}"])
    elif k == "numletter":
        s = f"{num}{a['letter']} {st}"
    else:
        s = rng.choice([f"Apartment {fl}, {a['building']}, {num} {st}", f"Flat {fl}, {a['building']}, {st}"])
    if ctx.channel == "chat" and rng.random() < 0.15:
        s = s.lower()
    return P(s, "STREET_ADDRESS")


def phone_forms(ph: dict) -> list[tuple[str, float]]:
    k = ph["kind"]
    if k == "mobile":
        n = ph["nat"]
        return [(f"{n[:5]} {n[5:]}", .33), (n, .15), (f"{n[:5]} {n[5:8]} {n[8:]}", .12), (f"+44 {n[1:5]} {n[5:]}", .12),
                (f"+44{n[1:]}", .06), (f"+44 (0){n[1:5]} {n[5:]}", .05), (f"{n[:5]}-{n[5:8]}-{n[8:]}", .05),
                (f"{n[:3]} {n[3:7]} {n[7:]}", .07), (f"(+44) {n[1:5]} {n[5:]}", .05)]
    if k in ("landline", "company"):
        code, sub = ph["code"], ph["sub"]
        a, b = (sub[:4], sub[4:]) if len(sub) == 8 else (sub[:3], sub[3:])
        forms = [(f"{code} {a} {b}", .4), (f"{code} {sub}", .15), (f"({code}) {a} {b}", .1), (f"{code}{sub}", .07),
                 (f"{code}-{a}-{b}", .05)]
        if k == "landline":
            forms += [(f"+44 {code[1:]} {a} {b}", .15), (f"+44 (0){code[1:]} {a} {b}", .08)]
        return forms
    cc, parts = ph["cc"], ph["parts"]
    if cc == "1":
        a, e, l = parts
        return [(f"+1 {a} {e} {l}", .4), (f"+1 ({a}) {e}-{l}", .3), (f"001 {a} {e} {l}", .15), (f"+1-{a}-{e}-{l}", .15)]
    if cc == "353":
        return [(f"+353 {' '.join(parts)}", .45), (f"+353 (0){parts[0]} {parts[1]} {parts[2]}", .15),
                (f"00353 {parts[0]} {parts[1]}{parts[2]}", .2), ("+353" + "".join(parts), .2)]
    return [(f"+33 {' '.join(parts)}", .5), (f"+33 (0){parts[0]} {' '.join(parts[1:])}", .15),
            (f"0033 {' '.join(parts)}", .2), ("+33" + "".join(parts), .15)]


def pick_form(forms):
    return rng.choices([f for f, _ in forms], [w for _, w in forms])[0]


def spoken_phone(ctx, written: str, part: str | None = None) -> str:
    w = written.replace("(0)", "").replace("(", "").replace(")", "")
    toks = re.findall(r"\+|\d+", w)
    if toks and toks[0].startswith("00") and rng.random() < 0.5:
        toks = ["+", toks[0][2:]] + toks[1:]
    if part:
        groups = [t for t in toks if t != "+"]
        if len(groups) == 1:
            g = groups[0]
            groups = [g[:5], g[5:]] if len(g) > 6 else [g[:len(g) // 2], g[len(g) // 2:]]
        half = max(1, len(groups) // 2)
        plus = toks[0] == "+"
        toks = (["+"] if plus else []) + groups[:half] if part == "a" else groups[half:]
    parts = []
    for t in toks:
        if t == "+":
            parts.append("plus")
        elif ctx.mixed and rng.random() < 0.25:
            parts.append(t)
        else:
            parts.append(sp_digits(ctx, t) if rng.random() > ctx.pairs_p * 0.5 else sp_group(ctx, t))
    return hes_join(ctx, parts, 0.05)


def s_phone_generic(ctx, ph: dict, part: str | None = None):
    forms = phone_forms(ph)
    if ctx.channel == "call":
        spoken_forms = [(f, w) for f, w in forms if "(0)" not in f]
        written = pick_form(spoken_forms)
        if use_digits(ctx) and not part:
            return P(written.replace("(", "").replace(")", ""), "PHONE_NUMBER")
        return P(spoken_phone(ctx, written, part), "PHONE_NUMBER")
    return P(pick_form(forms), "PHONE_NUMBER")


def s_phone(ctx, tb, name):
    if name == "hl_phone":
        return s_phone_generic(ctx, ctx.hl_phone)
    ph = ctx.phone2 if name == "phone2" else ctx.phone
    part = name[-1] if name in ("phone_a", "phone_b") else None
    return s_phone_generic(ctx, ph, part)


def spoken_email(ctx, e: str) -> str:
    local, dom = e.split("@")
    words = []
    for t in re.findall(r"[a-z]+|\d+|[._-]", local):
        if t == ".":
            words.append("dot")
        elif t == "_":
            words.append("underscore")
        elif t == "-":
            words.append(rng.choice(["dash", "hyphen"]))
        elif t.isdigit():
            if ctx.mixed or rng.random() < 0.2:
                words.append(t)
            elif len(t) == 2 and t[0] != "0" and rng.random() < 0.6:
                words.append(n2w(int(t)))
            elif len(t) == 4 and rng.random() < 0.7:
                words.append(year_words(int(t)))
            else:
                words.append(sp_digits(ctx, t))
        else:
            words.append(" ".join(t) if len(t) <= 3 and rng.random() < 0.5 else t)
    words.append("at")
    words.append(" dot ".join(dom.split(".")))
    return " ".join(words)


def s_email(ctx, tb, name):
    if name == "org_email":
        e = rng.choice(["help", "customercare", "complaints", "support", "enquiries", "claims"]) + "@" + ctx.org_domain
        return P(e, "EMAIL_ADDRESS")
    e = ctx.email2 if name == "email2" else ctx.email
    if ctx.channel == "call":
        if use_digits(ctx):
            return P(rng.choice([e, e.replace("@", " at ").replace(".", " dot ")]), "EMAIL_ADDRESS")
        return P(spoken_email(ctx, e), "EMAIL_ADDRESS")
    if ctx.channel == "chat" and rng.random() < 0.1:
        e = e.upper() if rng.random() < 0.3 else e.capitalize()
    return P(e, "EMAIL_ADDRESS")


def group_surface(ctx, groups: list[str], part: str | None, typ: str, seps=(" ", "", "-"), sep_w=(0.6, 0.25, 0.15)):
    if part:
        half = (len(groups) + 1) // 2 if len(groups) != 3 else 2
        groups = groups[:half] if part == "a" else groups[half:]
    if ctx.channel == "call":
        if use_digits(ctx):
            return P(" ".join(groups) if rng.random() < 0.7 else "".join(groups), typ)
        return P(hes_join(ctx, [sp_group(ctx, g) for g in groups], 0.07), typ)
    sep = rng.choices(seps, sep_w)[0]
    return P(sep.join(groups), typ)


def s_card(ctx, tb, name):
    part = name[-1] if name in ("card_a", "card_b") else None
    return group_surface(ctx, ctx.card["groups"], part, "CREDIT_CARD")


def s_cvv(ctx, tb, name):
    c = ctx.card["cvv"]
    if ctx.channel == "call" and not use_digits(ctx):
        return P(sp_digits(ctx, c), "CARD_CVV")
    return P(c, "CARD_CVV")


def s_sort(ctx, tb, name):
    s = ctx.sort
    groups = [s[0:2], s[2:4], s[4:6]]
    if ctx.channel == "call":
        if use_digits(ctx):
            return P(rng.choice(["-".join(groups), " ".join(groups), s]), "UK_SORT_CODE")
        if rng.random() < 0.45:
            return P(" ".join(sp_pair(ctx, g) for g in groups), "UK_SORT_CODE")
        return P(sp_digits(ctx, s), "UK_SORT_CODE")
    return P(rng.choices(["-".join(groups), s, " ".join(groups), ".".join(groups)], [0.55, 0.2, 0.2, 0.05])[0], "UK_SORT_CODE")


def s_acct(ctx, tb, name):
    part = name[-1] if name in ("acct_a", "acct_b") else None
    a = ctx.acct
    if ctx.channel == "call" and not part and not use_digits(ctx) and rng.random() < 0.5:
        return P(hes_join(ctx, [sp_digits(ctx, a)], 0), "UK_BANK_ACCOUNT")
    return group_surface(ctx, [a[:4], a[4:]], part, "UK_BANK_ACCOUNT", seps=("", " "), sep_w=(0.7, 0.3))


def s_iban(ctx, tb, name):
    ib = ctx.iban
    grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if ctx.channel == "call":
        if use_digits(ctx):
            return P(grouped.lower(), "IBAN_CODE")
        return P(spoken_code(ctx, grouped if rng.random() < 0.5 else ib), "IBAN_CODE")
    s = rng.choices([ib, grouped, grouped.lower()], [0.45, 0.45, 0.1])[0]
    return P(s, "IBAN_CODE")


def s_nino(ctx, tb, name):
    n = ctx.nino
    pre, dig, suf = n[:2], n[2:8], n[8]
    if ctx.channel == "call":
        if use_digits(ctx):
            s = rng.choice([n.lower(), f"{pre} {dig[:2]} {dig[2:4]} {dig[4:]} {suf}".lower(),
                            f"{' '.join(pre)} {dig} {suf}".lower()])
        else:
            lp = " ".join(pre.lower()) if rng.random() < 0.75 else pre.lower()
            if rng.random() < 0.3:
                ds = " ".join(sp_pair(ctx, dig[i:i + 2]) for i in (0, 2, 4))
            else:
                ds = sp_digits(ctx, dig)
            s = f"{lp} {ds} {suf.lower()}"
        return P(s, "UK_NINO")
    s = rng.choices([n, f"{pre} {dig[:2]} {dig[2:4]} {dig[4:]} {suf}", f"{pre} {dig} {suf}", n.lower(),
                     f"{pre}{dig[:2]} {dig[2:4]} {dig[4:]}{suf}"], [0.4, 0.3, 0.12, 0.1, 0.08])[0]
    return P(s, "UK_NINO")


def s_nhs(ctx, tb, name):
    part = name[-1] if name in ("nhs_a", "nhs_b") else None
    n = ctx.nhs
    return group_surface(ctx, [n[:3], n[3:6], n[6:]], part, "UK_NHS", seps=(" ", "", "-"), sep_w=(0.6, 0.28, 0.12))


def s_ip(ctx, tb, name):
    ip = ctx.ip2 if name == "ip2" else ctx.ip
    if ctx.channel == "call" and ":" not in ip and not use_digits(ctx):
        octs = ip.split(".")
        parts = []
        for o in octs:
            v = int(o)
            if rng.random() < 0.5 or v < 10:
                parts.append(n2w(v) if v < 100 else sp_digits(ctx, o))
            else:
                parts.append(sp_digits(ctx, o))
        return P(" dot ".join(parts), "IP_ADDRESS")
    return P(ip, "IP_ADDRESS")


PII_SLOTS = {
    "name": s_name, "first": s_name, "surname": s_name, "tsur": s_name, "tname": s_name, "spell": s_name,
    "agent": s_name, "agent_full": s_name, "p2": s_name, "p2first": s_name,
    "dob": s_dob, "dob2": s_dob, "pc": s_pc, "addr": s_addr,
    "phone": s_phone, "phone2": s_phone, "phone_a": s_phone, "phone_b": s_phone, "hl_phone": s_phone,
    "email": s_email, "email2": s_email, "org_email": s_email,
    "card": s_card, "card_a": s_card, "card_b": s_card, "cvv": s_cvv, "exp": s_exp,
    "sort": s_sort, "acct": s_acct, "acct_a": s_acct, "acct_b": s_acct, "iban": s_iban,
    "nino": s_nino, "nhs": s_nhs, "nhs_a": s_nhs, "nhs_b": s_nhs, "ip": s_ip, "ip2": s_ip,
}


# ---------------------------------------------------------------------------
# look-alike surfaces
# ---------------------------------------------------------------------------
def spoken_or_written_code(ctx, code: str, kind: str):
    if ctx.channel == "call":
        if use_digits(ctx):
            return LK(code.lower().replace("-", " ") if rng.random() < 0.5 else code.lower(), kind)
        return LK(spoken_code(ctx, code, hes=False), kind)
    return LK(code, kind)


def lk_amount(ctx, tb, name):
    cur = "£"
    if ctx.sector == "travel" and rng.random() < 0.25:
        cur = rng.choice(["€", "$"])
    band = rng.random()
    if band < 0.4:
        pounds, pence = rng.randint(3, 99), rng.choice([0, 0, 50, 99, 49, 20, 75])
    elif band < 0.8:
        pounds, pence = rng.randint(100, 999), rng.choice([0, 0, 0, 50, 99])
    else:
        pounds, pence = rng.randint(1000, 4999), rng.choice([0, 0, 50])
    unit = {"£": "pounds", "€": "euros", "$": "dollars"}[cur]
    if ctx.channel == "call":
        if use_digits(ctx):
            s = f"{cur}{pounds:,}" + (f".{pence:02d}" if pence else "")
            if rng.random() < 0.3:
                s = f"{pounds} {unit}"
            return LK(s, "amount")
        if pence == 0:
            s = f"{n2w(pounds)} {unit}"
        else:
            s = rng.choice([f"{n2w(pounds)} {unit} {n2w(pence)}", f"{n2w(pounds)} {n2w(pence)}",
                            f"{n2w(pounds)} {unit} and {n2w(pence)} pence" if cur == "£" else f"{n2w(pounds)} {unit} {n2w(pence)}"])
        return LK(s, "amount")
    fmt = rng.choice(["{c}{p:,}.{q:02d}", "{c}{p:,}.{q:02d}", "{c}{p}.{q:02d}", "{c}{p:,}"]) if pence == 0 else \
        rng.choice(["{c}{p:,}.{q:02d}", "{c}{p}.{q:02d}"])
    s = fmt.format(c=cur, p=pounds, q=pence)
    if cur == "£" and rng.random() < 0.05:
        s = f"GBP {pounds:,}.{pence:02d}"
    return LK(s, "amount")


def lk_code(kind):
    def gen(ctx, tb, name):
        r = rng.random()
        if kind == "order_number":
            code = rng.choice([rdigits(8), rdigits(8), f"ORD-{rdigits(7)}", f"#{rng.randint(1, 9)}{rdigits(8)}",
                               f"{rletters(2)}{rdigits(6)}", f"{rletters(3)}-{rdigits(4)}-{rdigits(4)}", f"W{rdigits(9)}"])
        elif kind == "reference_number":
            code = rng.choice([rdigits(8), f"REF{rdigits(6)}", f"{rletters(3)}{rdigits(5)}", f"{rletters(2)}-{rdigits(4)}-{rletters(1)}{rdigits(2)}",
                               f"{rletters(6)}", f"{rletters(1)}{rdigits(7)}", f"{rdigits(4)}-{rdigits(4)}", f"{rletters(2)}{rdigits(4)}{rletters(2)}"])
        elif kind == "ticket_number":
            code = rng.choice([f"INC{rdigits(7)}", f"TKT-{rdigits(6)}", f"FLT{rdigits(6)}", rdigits(8), f"SR-{rdigits(5)}"])
        elif kind == "policy_number":
            code = rng.choice([f"{rletters(3)}/{rdigits(4)}/{rdigits(4)}", f"POL{rdigits(8)}", f"{rletters(3)}-{rdigits(4)}-{rdigits(2)}",
                               rdigits(8), f"{rletters(2)}{rdigits(7)}"])
        elif kind == "tracking_number":
            code = rng.choice([f"JD{rdigits(18)}", f"{rletters(2)}{rdigits(9)}GB", f"H{rletters(2)}{rletters(1)}{rdigits(12)}",
                               f"1Z{rletters(3)}{rdigits(13)}", rdigits(14), f"{rletters(2)} {rdigits(4)} {rdigits(4)} {rdigits(1)}GB"])
        elif kind == "case_number":
            code = rng.choice([f"CAS-{rdigits(5)}-{rletters(1)}{rdigits(1)}{rletters(1)}{rdigits(1)}", rdigits(7), rdigits(8),
                               f"C{rdigits(6)}", f"{rdigits(2)}/{rdigits(5)}"])
        elif kind == "account_reference":
            code = rng.choice([rdigits(8), rdigits(10), f"{rdigits(4)} {rdigits(4)} {rdigits(2)}", f"{rletters(2)}{rdigits(8)}",
                               f"{rdigits(9)}"])
        elif kind == "product_code":
            if r < 0.5:  # postcode-shaped product/model codes
                code = f"{rletters(2)}{rng.randint(1, 20)} {rng.randint(0, 9)}{rletters(2)}"
            else:
                code = rng.choice([f"SKU-{rdigits(6)}", f"{rletters(2)}-{rdigits(4)}-{rletters(2)}", f"{rdigits(3)}-{rdigits(4)}",
                                   f"{rletters(3)}{rdigits(3)}", f"{rletters(1)}{rdigits(4)}{rletters(1)}"])
        elif kind == "flight_number":
            al = rng.choice(["BA", "EI", "FR", "U2", "EZY", "LS", "VS", "TOM", "KL", "AF", "LH", "AA", "AE"])
            code = al + rng.choice(["", " "]) + str(rng.randint(10, 9999))
        else:  # meter
            code = rdigits(5) if r < 0.7 else rdigits(6)
            if ctx.channel != "call" and r > 0.9:
                code = f"{code[:2]},{code[2:]}"
        return spoken_or_written_code(ctx, code, kind)
    return gen


def lk_time(ctx, tb, name):
    h = rng.randint(7, 19)
    m = rng.choice([0, 0, 15, 30, 30, 45, 10, 20, 40])
    h12 = h if h <= 12 else h - 12
    ampm = "am" if h < 12 else "pm"
    spoken = []
    if m == 0:
        spoken += [f"{n2w(h12)} o'clock", f"{n2w(h12)} {ampm}", f"{n2w(h12)}"]
    elif m == 30:
        spoken += [f"half past {n2w(h12)}", f"half {n2w(h12)}", f"{n2w(h12)} thirty"]
    elif m == 15:
        spoken += [f"quarter past {n2w(h12)}", f"{n2w(h12)} fifteen"]
    elif m == 45:
        spoken += [f"quarter to {n2w(h12 % 12 + 1)}", f"{n2w(h12)} forty five"]
    else:
        spoken += [f"{n2w(m)} past {n2w(h12)}", f"{n2w(h12)} {n2w(m)}"]
    written = [f"{h12}:{m:02d}", f"{h12}:{m:02d}{ampm}", f"{h:02d}:{m:02d}", f"{h12}.{m:02d}{ampm}"]
    if m == 0:
        written += [f"{h12}{ampm}", f"{h12} {ampm}", f"{h12}pm" if h >= 12 else f"{h12}am"]
    if ctx.channel == "call":
        return LK(rng.choice(written[:2] + [written[-1]]) if use_digits(ctx) else rng.choice(spoken), "time")
    if rng.random() < 0.12:
        return LK(rng.choice(spoken), "time")
    return LK(rng.choice(written), "time")


def lk_date(kind):
    def gen(ctx, tb, name):
        base = datetime(2026, 1, 2) + timedelta(days=rng.randint(0, 150))
        d, m, y = base.day, base.month, base.year
        mon, wd = MONTHS[m - 1], WEEKDAYS[base.weekday()]
        if ctx.channel == "call" and not use_digits(ctx):
            s = rng.choice([f"{ordw(d)} of {mon}", f"{mon} the {ordw(d)}", f"{wd} the {ordw(d)}",
                            f"{ordw(d)} of {mon} {year_words(y)}", f"{wd} {ordw(d)} {mon}", f"{ordw(d)}"])
            if s.startswith(ordw(d)) and rng.random() < 0.4:
                return [("lit", "the ")] + LK(s.lower(), kind)
            return LK(s.lower(), kind)
        if ctx.channel == "call":
            return LK(rng.choice([f"{d:02d}/{m:02d}/{y}", f"{ord_suffix(d)} of {mon.lower()}", f"{d}/{m}"]), kind)
        s = rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon}", f"{ord_suffix(d)} {mon}", f"{wd} {ord_suffix(d)} {mon}",
                        f"{d}.{m:02d}.{y % 100:02d}", f"{mon} {ord_suffix(d)}", f"{d} {mon} {y}", f"{wd} {d}/{m}",
                        f"{d:02d}-{m:02d}-{y}"])
        return LK(s, kind)
    return gen


def lk_pct(ctx, tb, name):
    v = rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 50, 3.9, 4.5, 7.5, 2.25, 8, 17])
    if ctx.channel == "call" and not use_digits(ctx):
        if isinstance(v, float):
            i, f = str(v).split(".")
            s = f"{n2w(int(i))} point {' '.join(ONES[int(c)] for c in f)}"
        else:
            s = n2w(v)
        return LK(s + rng.choice([" percent", " per cent"]), "percentage")
    return LK(rng.choice([f"{v}%", f"{v}%", f"{v} per cent", f"{v} percent"]), "percentage")


DURATIONS_W = ["8 weeks", "2 working days", "48 hours", "5-7 working days", "10 working days", "a fortnight",
               "3 to 5 days", "up to 28 days", "24 hours", "14 days", "72 hours", "90 days", "two weeks",
               "three working days", "7-10 days", "four to six weeks", "a week", "5 working days"]
DURATIONS_SHORT = ["40 minutes", "an hour", "20 minutes", "half an hour", "10 minutes", "a couple of hours",
                   "five minutes", "15 minutes", "90 minutes", "two hours"]
DURATIONS_LONG = ["6 months", "12 months", "18 months", "24 months", "a year", "two years", "ten months"]


def lk_duration(ctx, tb, name):
    pool = DURATIONS_SHORT if name.startswith("dur_short") else DURATIONS_LONG if name.startswith("dur_long") else DURATIONS_W
    s = rng.choice(pool)
    if ctx.channel == "call":
        s = re.sub(r"(\d+)-(\d+)", r"\1 to \2", s)
        if not use_digits(ctx):
            s = re.sub(r"\d+", lambda m: n2w(int(m.group())), s)
        s = s.lower()
    return LK(s, "duration")


def lk_weekday(ctx, tb, name):
    return LK(rng.choice(WEEKDAYS[:6] + WEEKDAYS[:5]), "weekday")


def lk_town(ctx, tb, name):
    if name == "town":
        return LK(ctx.town, "town")
    if name.startswith("town_abroad"):
        return LK(rng.choice(TOWNS_ABROAD), "town")
    return LK(rng.choice([t for t in UK_TOWNS if t != ctx.town]), "town")


def lk_org(ctx, tb, name):
    if name == "org":
        return LK(ctx.org, "organisation")
    if name == "bank":
        return LK(rng.choice([o for o, _, _ in SECTOR_ORGS["banking"]]), "organisation")
    pool = OTHER_ORGS.get(ctx.sector_key, OTHER_ORGS["default"])
    choice = rng.choice(pool)
    if choice.startswith("the "):
        return [("lit", "the ")] + LK(choice[4:], "organisation")
    if choice.startswith("a "):
        return [("lit", choice)]
    return LK(choice, "organisation")


def lk_helpline(ctx, tb, name):
    h = ctx.helpline
    return LK(h, "helpline_name")


def lk_masked(ctx, tb, name):
    if name.startswith("masked_acct"):
        last = ctx.acct[-4:]
    else:
        last = ctx.card["num"][-4:]
    if ctx.channel == "call" and not use_digits(ctx):
        return LK(sp_digits(ctx, last), "masked_identifier")
    if ctx.channel == "email" and rng.random() < 0.5:
        return LK(rng.choice(["****", "XXXX-XXXX-XXXX-", "**** **** **** "]) + last if not name.startswith("masked_acct")
                  else "****" + last, "masked_identifier")
    return LK(last, "masked_identifier")


LOOK_SLOTS = {
    "amount": lk_amount, "order": lk_code("order_number"), "ref": lk_code("reference_number"),
    "ticket": lk_code("ticket_number"), "policy": lk_code("policy_number"), "tracking": lk_code("tracking_number"),
    "case": lk_code("case_number"), "acctref": lk_code("account_reference"), "product": lk_code("product_code"),
    "meter": lk_code("meter_reading"), "flight": lk_code("flight_number"), "pct": lk_pct, "duration": lk_duration,
    "weekday": lk_weekday, "dur_short": lk_duration, "dur_long": lk_duration, "time": lk_time, "appt_date": lk_date("appointment_date"),
    "deliv_date": lk_date("delivery_date"), "pay_date": lk_date("payment_date"), "travel_date": lk_date("travel_date"),
    "incident_date": lk_date("incident_date"), "other_date": lk_date("other_date"), "town": lk_town,
    "town_abroad": lk_town, "org": lk_org, "org2": lk_org, "bank": lk_org, "helpline": lk_helpline,
    "masked": lk_masked, "masked_acct": lk_masked,
}


REL_WORDS = {"rel_child": ("daughter", "son"), "rel_partner": ("wife", "husband"), "rel_parent": ("mum", "dad"),
             "poss": ("Her", "His"), "pron": ("she", "he")}


def resolve(ctx, tb, name):
    if name in REL_WORDS:  # plain words agreeing with the second person's gender
        f, m = REL_WORDS[name]
        w = f if ctx.p2["gender"] == "f" else m
        if name == "rel_partner" and rng.random() < 0.3:
            w = "partner"
        return [("lit", w)]
    if name in PII_SLOTS:
        return PII_SLOTS[name](ctx, tb, name)
    base = re.sub(r"\d+$", "", name)
    if base not in LOOK_SLOTS:
        raise KeyError(f"unknown slot {name}")
    if base in UNCACHED:  # generic values: a fresh one every time
        return LOOK_SLOTS[base](ctx, tb, name)
    if name in ctx.cache:  # identifiers/dates/amounts stay consistent within an interaction
        return ctx.cache[name]
    val = LOOK_SLOTS[base](ctx, tb, name)
    ctx.cache[name] = val
    return val


UNCACHED = {"duration", "dur_short", "dur_long", "time", "pct", "weekday"}


# ---------------------------------------------------------------------------
# identifier templates: agent asks / customer gives ({v} = the identifier)
# ---------------------------------------------------------------------------
ASK = {
    "name": ["Can I take your full name, please?", "Could I start with your name?", "Who am I speaking with today?",
             "And what's your name, please?", "Can you confirm the name on the account?",
             "Could you give me your first name and surname?", "[[May|name_like_word]] I ask who's calling?",
             "Just so I can find you, what's the account holder's name?",
             "Before we go any further, can I get your full name?", "What name is the account under?"],
    "dob": ["Can you confirm your date of birth?", "And your date of birth, please?", "What's your DOB?",
            "Could I take the date of birth on the account?", "Can I just check when you were born?",
            "For security, what's your date of birth?", "And the date of birth for the account holder?",
            "Can you give me your date of birth, day, month and year?", "What date of birth do we have for you?"],
    "pc": ["And the postcode?", "What's the postcode there?", "Can I take your postcode, please?",
           "Can you confirm the postcode on the account?", "What postcode is the property?",
           "And what's the postcode for the delivery address?", "Could you give me the postcode for the address?",
           "Just the postcode is fine.", "Which postcode are you in?"],
    "addr": ["What's the first line of your address?", "Can you confirm the address we have for you?",
             "And your address, please?", "What's the property address?", "Could I take the house number and street?",
             "Where should we send the replacement?", "What address is the account registered to?",
             "And what's the delivery address?", "What's the new address you're moving to?"],
    "phone": ["What's the best number to reach you on?", "Can I take a contact number?",
              "Is there a mobile number I can call you back on?", "Can you confirm the phone number we hold for you?",
              "What number are you calling from?", "And a daytime telephone number?",
              "Which number should the engineer ring on the day?", "Have you got a landline number as well?",
              "What's your mobile number?"],
    "email": ["What's the best email address for you?", "Can I take an email address to send the confirmation to?",
              "Could you confirm your email?", "What email do you use to log in?",
              "And is there an email we can reach you on?", "Which email address should the confirmation go to?",
              "Can you spell out your email address for me?", "Do you have an email address on the account?"],
    "card": ["Can I take the long card number, please?", "What's the long number on the front of the card?",
             "When you're ready, read me the card number.", "Could you give me the card number?",
             "Which card would you like to pay with? I'll need the full number.", "OK, go ahead with the card number.",
             "Can you read out the number across the front of the card?", "And the card number, please?",
             "I'll just need the number on the card to find it."],
    "exp": ["And the expiry date?", "When does the card expire?", "What's the expiry on it?",
            "Can I have the end date, month and year?", "And the valid-to date, please?",
            "What does it say next to expires end?", "And when does that card run out?",
            "Expiry month and year, please.", "What's the expiry date printed on the card?"],
    "cvv": ["And the three digits on the back?", "What's the security code?", "Can I take the CVV, please?",
            "And the last three numbers on the signature strip?", "What's the card verification code?",
            "And finally the security number on the back of the card?", "Can you read me the three-digit code?",
            "Security code when you're ready.", "And the little code on the back?"],
    "cvv_amex": ["And the four-digit code on the front of the card?", "It's an Amex, so I need the four-digit security code on the front.",
                 "What's the four-digit CID on the front?", "And the security code, the four digits above the number?"],
    "sort": ["And the sort code?", "Can I take the sort code, please?", "What's the sort code on the account?",
             "Which sort code is that?", "Could you read me the six-digit sort code?", "And the bank's sort code?",
             "Sort code first, please.", "What sort code should the refund go to?"],
    "acct": ["Can I take your account number?", "And the account number?", "What's the eight-digit account number?",
             "Could you read me the account number?", "And the number of the account the money should go into?",
             "Which account number do you want the direct debit from?", "Account number, please.",
             "Can you give me the account number it's coming from?"],
    "iban": ["What's the IBAN for the account?", "Can I take the international account number, the IBAN?",
             "For an overseas account I'll need the IBAN.", "Could you read the IBAN out slowly?", "And the IBAN, please?",
             "What's the full IBAN including the country code?", "Do you have the IBAN to hand?",
             "I'll need the IBAN of the receiving account."],
    "nino": ["Can I take your National Insurance number?", "What's your NI number?",
             "And your National Insurance number, please?", "Do you have your National Insurance number to hand?",
             "For the application I'll need your NI number.", "Could you read out your National Insurance number?",
             "What's the NINO on your payslip?", "I just need your National Insurance number to verify you."],
    "nhs": ["Do you have your NHS number?", "Can I take your NHS number, please?", "What's the patient's NHS number?",
            "There should be a ten-digit NHS number on your letter, can you read it to me?",
            "Could you read me the NHS number?", "And the NHS number?", "Have you got your NHS number handy?",
            "To find your record, what's your NHS number?"],
    "ip": ["Can you tell me the IP address showing on the router page?", "What IP address does it say you're connected from?",
           "Could you read me the WAN IP?", "Do you know your public IP address?", "What's the IP address on the device?",
           "What IP is your computer getting?", "If you go to the status page, what's the IP address there?",
           "Which IP address did the alert email mention?"],
    "ip2": ["And the default gateway?", "What does it show for the gateway address?", "And the LAN IP of the router?",
            "Is there a second address underneath, the gateway?"],
    "p2": ["What's the full name of the person you'd like to add?", "And who's the other person?",
           "What's their name, please?", "Can I take the other person's full name?", "And their name, as it appears on their ID?",
           "Who would you like to add as a second contact?", "What's the name of the person you're calling for?",
           "And their full name?", "Who else should we have on the account?"],
    "dob2": ["And their date of birth?", "What's {p2first}'s date of birth?", "When were they born?",
             "Can I take their DOB as well?", "And date of birth for them?"],
}
GIVE = {
    "name": ["It's {v}.", "Yeah, it's {v}.", "{v}.", "My name's {v}.", "Yes, hi, it's {v} speaking.", "It's under {v}.",
             "{v}, that's me.", "The account's in my name, {v}.", "Hi, it's {v}.", "I'm {v}."],
    "dob": ["It's {v}.", "{v}.", "Born on {v}.", "My date of birth is {v}.", "DOB is {v}.", "Yeah, {v}.",
            "{v}, I'm afraid I'm getting on a bit!", "It's {v}, I think you've got it as that.", "That'd be {v}."],
    "pc": ["It's {v}.", "{v}.", "Postcode's {v}.", "{v}, yeah.", "That'll be {v}.", "It is {v}.", "The postcode is {v}.",
           "We're {v}.", "Er, {v}."],
    "addr": ["It's {v}.", "{v}.", "{v}, {town}.", "{v}, {town}, {pc}.", "Yeah, {v} in {town}.", "It's {v}, that's in {town}.",
             "We're at {v}.", "{v}, postcode {pc}.", "I live at {v}, {town}."],
    "phone": ["It's {v}.", "{v}.", "My mobile is {v}.", "You can get me on {v}.", "Best number is {v}.",
              "It's {v}, that's my mobile.", "Landline's {v}.", "Try {v}, I'm usually on that one.",
              "Call me on {v} after {time}."],
    "email": ["It's {v}.", "{v}.", "Yeah, {v}.", "Email's {v}.", "You can use {v}.", "{v}, all lower case.",
              "It should be {v}.", "My email is {v}.", "Send it to {v}, please."],
    "card": ["{v}.", "It's {v}.", "Right, it's {v}.", "OK, {v}.", "Card number is {v}.", "Got it here, {v}.",
             "{v}, it's a [[Visa|organisation]].", "Yeah, {v}.", "Hang on. OK, {v}."],
    "exp": ["{v}.", "It expires {v}.", "Expiry's {v}.", "Valid until {v}.", "It runs out {v}.", "The end date is {v}.",
            "It says {v}.", "Er, {v}.", "{v}, I think."],
    "cvv": ["{v}.", "It's {v}.", "Security code's {v}.", "CVV is {v}.", "The code's {v}.", "{v}, I think, the light's bad in here.",
            "On the back it says {v}.", "Yeah, {v}.", "It's {v} on the back."],
    "sort": ["{v}.", "It's {v}.", "Sort code's {v}.", "Sort code {v}.", "{v}, that's with {bank}.", "The sort code is {v}.",
             "It's {v}, I believe.", "Right, {v}."],
    "acct": ["{v}.", "It's {v}.", "Account number is {v}.", "{v}, that's my current account.", "Right, it's {v}.",
             "Yeah, {v}.", "The account is {v}.", "OK, it's {v}."],
    "iban": ["{v}.", "It's {v}.", "IBAN is {v}.", "OK, {v}.", "The IBAN's {v}.", "Right, it starts with the country code, {v}.",
             "Here it is, {v}.", "I've got it here: {v}."],
    "nino": ["{v}.", "It's {v}.", "NI number's {v}.", "My National Insurance number is {v}.", "Yeah, {v}.",
             "Let me get my payslip. It's {v}.", "I think it's {v}.", "Er, {v}."],
    "nhs": ["{v}.", "It's {v}.", "NHS number is {v}.", "Yeah, {v}.", "It says {v} on the letter.", "My NHS number's {v}.",
            "I've got the letter here, it's {v}.", "Er, {v}."],
    "ip": ["{v}.", "It says {v}.", "The IP is {v}.", "It's showing {v}.", "WAN IP is {v}.",
           "The email said the login was from {v}.", "I've got {v} on the router page.", "My laptop says {v}."],
    "ip2": ["{v}.", "Gateway is {v}.", "It says {v} underneath.", "{v}, I think that's the router itself."],
    "p2": ["It's {v}.", "{v}, my partner.", "{v}.", "My {rel_child}, {v}.", "{poss} name's {v}.", "{poss} name is {v}.",
           "{v}, that's my {rel_partner}.", "It's for my {rel_parent}, {v}.", "{v}, {pron}'s my {rel_partner}."],
    "dob2": ["{v}.", "It's {v}.", "They were born {v}.", "{v}, I'm pretty sure."],
}
READBACK = ["So that's {v}?", "Just to confirm, {v}.", "{v}, lovely.", "Let me read that back: {v}.", "I've got {v}, is that right?",
            "Thanks, {v}.", "OK so {v}.", "Perfect, {v}."]
ACKS = ["Thank you.", "Lovely, thanks.", "Great.", "Perfect.", "OK.", "Thanks for that.", "Brilliant, thank you.", "Lovely.",
        "Right.", "Cheers."]
CONFIRMS = ["Yes.", "That's right.", "Yep.", "Yes, that's it.", "Correct.", "Yeah.", "Spot on."]
HOLDON = ["Mm-hm.", "Yep, go on.", "OK.", "Yes.", "Got that, carry on.", "Uh-huh."]

# email/chat statement forms (identifier given without being asked)
STMT = {
    "dob": ["My date of birth is {dob}.", "For security, my DOB is {dob}.", "I was born on {dob}, if you need it to find me.",
            "Date of birth: {dob}"],
    "pc": ["The postcode is {pc}.", "We're at postcode {pc}.", "Postcode: {pc}"],
    "addr": ["My address is {addr}, {town}, {pc}.", "I've moved to {addr}, {town} {pc} as of {other_date}.",
             "Please send it to {addr}, {town}, {pc}.", "Address: {addr}, {town}"],
    "phone": ["You can reach me on {phone}.", "My mobile is {phone} if it's easier to call.", "Please call me on {phone} after {time}.",
              "Tel: {phone}"],
    "email": ["Please reply to {email} rather than this address.", "My new email address is {email}.", "Email: {email}"],
    "card": ["I paid with my card {card}, expiry {exp}.", "The card I used was {card} (exp {exp}).",
             "Card number {card}, expiry {exp}, security code {cvv}.", "Card: {card} Exp: {exp} CVV: {cvv}"],
    "bank": ["Please pay the refund into sort code {sort}, account number {acct}.", "My bank details are sort code {sort} and account {acct}.",
             "Sort code: {sort}\nAccount number: {acct}", "The account is {acct} and the sort code {sort}, in my name."],
    "iban": ["Please send it to my account abroad, IBAN {iban}.", "IBAN: {iban}", "My bank needs the payment sent to IBAN {iban}.",
             "The IBAN is {iban} and the account name is {name}.", "Please pay it to IBAN {iban}."],
    "nino": ["My National Insurance number is {nino}.", "NI number: {nino}", "My NINO is {nino} in case you need it."],
    "nhs": ["My NHS number is {nhs}.", "NHS no. {nhs}", "My NHS number, from the letter, is {nhs}."],
    "ip": ["The router's WAN IP is {ip}.", "The suspicious login came from IP address {ip}.", "My public IP shows as {ip}.",
           "IP: {ip}"],
    "p2": ["I'd like to add {p2} (date of birth {dob2}) to the account.", "The other person is {p2}, born {dob2}."],
}


# ---------------------------------------------------------------------------
# sector scripts: customer reasons, follow-up pairs, agent resolutions
# ---------------------------------------------------------------------------
SECTORS = {
    "banking": {
        "reasons": [
            "Hi, there's a payment of {amount} on my statement that I don't recognise. It went out on {pay_date}.",
            "I'm calling because my card got declined at {org2} this morning, and there's plenty in the account.",
            "I'd like to set up a standing order for {amount} a month, starting {pay_date}.",
            "I think I've lost my debit card. The last time I used it was {weekday} at about {time}.",
            "I made a transfer of {amount} yesterday, reference {ref}, and it still hasn't arrived.",
            "I want to open a cash ISA. Your website says the rate is {pct}.",
            "I've moved house and I need to update my address on the account.",
            "I got a text saying someone had logged in to my online banking and it definitely wasn't me.",
            "I need to send {amount} to my daughter, she's studying abroad now.",
            "My mortgage payment on {pay_date} was {amount} more than I expected.",
            "Why was I charged {amount} in overdraft fees? I thought there was a [[grace|name_like_word]] period.",
            "I'm ringing about the complaint I raised, case {case}. Nobody's got back to me.",
            "I've been scammed, I think. I sent {amount} to someone claiming to be from {org2}.",
        ],
        "follow": [
            ("Roughly what time did you last use the card?", "Around {time} on {weekday}, at a shop in {town2}."),
            ("Is the payment to {org2} one you recognise?", "No, never heard of it. It's {amount}."),
            ("Do you have the payment reference?", "Yes, it's {ref}."),
            ("And how much are you looking to send?", "About {amount}, maybe a bit more if the rate's good."),
            ("Has anyone else got access to the card?", "No, only me. It [[may|name_like_word]] have been skimmed, I suppose."),
            ("When did you first notice it?", "{weekday} evening, when I checked the app."),
        ],
        "resolve": [
            "I've raised a dispute for the {amount} payment; you should hear back within {duration}.",
            "I've cancelled that card and a new one [[will|name_like_word]] arrive within {duration}.",
            "The standing order is set up and the first payment [[will|name_like_word]] go on {pay_date}.",
            "Your reference for today is {ref}. If you need to chase it, just quote that.",
            "The transfer's been traced and it [[may|name_like_word]] take {duration} to land.",
            "I've refunded the {amount} fee as a one-off gesture of goodwill.",
            "The ISA is open at {pct}, and you can pay in up to {amount3} this tax year.",
            "I've added a note to case {case} and the complaints team [[will|name_like_word]] call you on {weekday}.",
            "I've put a block on the account; the {helpline} [[will|name_like_word]] review it within {duration}.",
        ],
    },
    "insurance": {
        "reasons": [
            "I need to make a claim. Someone went into the back of my car on {incident_date}.",
            "My home insurance renewal has gone up by {pct}, from {amount} to {amount2}, and I'd like to know why.",
            "I want to add my partner {p2} to my car insurance as a named driver.",
            "We've had a leak from the bathroom and the kitchen ceiling has come down. Policy number {policy}.",
            "I'm calling about claim {case}. I was told someone would ring me back within {duration} and nobody has.",
            "My phone was stolen on {incident_date} in {town2} and I've got a crime reference, {ref}.",
            "I'd like to cancel my pet insurance. Policy {policy}.",
            "I'm going abroad on {travel_date} and I want to check my travel cover.",
            "The excess on my policy says {amount}, is that right?",
            "I'm moving house on {other_date} and need to update my home insurance.",
            "To be [[frank|name_like_word]], I'm not happy with how my claim has been handled.",
            "I was in an accident on {incident_date} on the way to {town2} and need to claim on policy {policy}.",
        ],
        "follow": [
            ("What time did the incident happen?", "About {time}, I was on the way back from work."),
            ("Was anyone else involved?", "Yes, the other driver was {p2}, I got their details."),
            ("Do you have the policy number to hand?", "Yes, it's {policy}."),
            ("Have you reported it to the police?", "Yes, the crime reference is {ref}."),
            ("And how much do you think the damage is?", "The garage quoted {amount}."),
            ("When does the policy renew?", "On {pay_date}, I think."),
            ("Can you confirm the policy number?", "It's {policy}, I've got the documents here."),
            ("And when exactly did it happen?", "{incident_date}, at about {time}."),
        ],
        "resolve": [
            "I've logged the claim under reference {case} and an assessor [[will|name_like_word]] be in touch within {duration}.",
            "The excess on this policy is {amount}, and that comes off any settlement.",
            "I've added {p2} as a named driver; the extra premium is {amount3} for the rest of the year.",
            "The renewal increase is mainly down to a {pct} rise in claims costs in your area.",
            "I've arranged for a contractor to visit on {appt_date} between {time} and {time2}.",
            "Your cover [[will|name_like_word]] end on {pay_date} and any refund [[may|name_like_word]] take up to {duration}.",
            "I'll [[mark|name_like_word]] this as urgent and chase the claims team on {weekday}.",
            "Your travel policy covers trips of up to {duration}, with medical cover up to {amount3}.",
            "I've recorded the incident on {incident_date} against policy {policy}.",
            "Policy {policy} has been updated and your new documents [[will|name_like_word]] be emailed within {duration}.",
        ],
    },
    "telecoms": {
        "reasons": [
            "My broadband keeps dropping out, about every {dur_short}, since {weekday}.",
            "My [[bill|name_like_word]] this month is {amount}; it's normally {amount2}.",
            "I ordered a new phone, order number {order}, and the tracking {tracking} hasn't moved in {duration}.",
            "I want to move my number over from another network; I've got the code, it's {ref}.",
            "There's been no signal at all in {town2} since the storm.",
            "My contract ends on {pay_date} and I want to know what deals you've got.",
            "The engineer was meant to come {weekday} between {time} and {time2} and never turned up.",
            "My router's showing a red light and I can't get online at all.",
            "My {product} router keeps rebooting itself every {dur_short}.",
            "I think someone's been logging in to my account; I got an email about a login I didn't make.",
            "I've been charged {amount} for roaming when I was in {town_abroad}.",
            "Speeds have been terrible for {duration}, no [[joy|name_like_word]] after restarting anything.",
        ],
        "follow": [
            ("Which router model have you got?", "It says {product} on the bottom."),
            ("Do you have your account number from the bill?", "Yes, it's {acctref}."),
            ("Is it all devices or just one?", "All of them. It [[may|name_like_word]] be the router, to be [[frank|name_like_word]]."),
            ("Have you got a fault reference from before?", "Yeah, {ticket}."),
            ("When did you notice it?", "{weekday} night, about {time}."),
            ("Have you tried another socket?", "Yes, and I've had it off for {dur_short}. Still nothing."),
        ],
        "resolve": [
            "I've raised fault ticket {ticket} and an engineer [[will|name_like_word]] visit on {appt_date} between {time} and {time2}.",
            "I've applied a credit of {amount} to your next [[bill|name_like_word]].",
            "The new handset has been re-sent, tracking {tracking}, and should be with you in {duration}.",
            "Your number [[will|name_like_word]] move across on {appt_date}; there [[may|name_like_word]] be a short break in service around {time}.",
            "I've reset the line from our end; give it {dur_short} to settle.",
            "The best I can offer is {amount3} a month on a {dur_long} contract, which is {pct} off.",
            "I've locked the account and reset the password; our security team [[will|name_like_word]] review the logins within {duration}.",
        ],
    },
    "energy": {
        "reasons": [
            "I want to give a meter reading. Electric is {meter} and gas is {meter2}.",
            "My direct debit has gone up to {amount} a month; it was {amount2}.",
            "I'm moving out on {other_date} and I need to close my account.",
            "My smart meter stopped sending readings on {other_date}.",
            "I'm struggling to pay my [[bill|name_like_word]]. It's {amount} this quarter.",
            "I got a letter saying my fixed tariff ends in {duration}.",
            "The engineer's booked for {appt_date} at {time} and I need to change it.",
            "I think the standing charge has gone up by {pct}, is that right?",
            "The smart meter, model {product}, has been flashing since {weekday}.",
            "I've had a final [[bill|name_like_word]] of {amount} for a flat I left ages ago.",
            "Prices [[rose|name_like_word]] again and I want to check I'm on the cheapest tariff.",
        ],
        "follow": [
            ("What's the reading on the gas meter?", "Er, {meter}."),
            ("Is that an estimated reading on the bill?", "Yes, it says {meter} but it's actually {meter2}."),
            ("What date did you move in?", "{other_date}."),
            ("And your account reference?", "It's {acctref}."),
            ("Have you got the meter serial number?", "It's {product}."),
            ("Have you got the account number from your bill?", "Yeah, {acctref}."),
        ],
        "resolve": [
            "I've put the reading of {meter} on the account and the estimate is gone.",
            "I've updated the readings and your new [[bill|name_like_word]] [[will|name_like_word]] be {amount}.",
            "I've reduced the direct debit to {amount2}, starting {pay_date}.",
            "Your final [[bill|name_like_word]] [[will|name_like_word]] be sent within {duration} of {other_date}.",
            "An engineer [[will|name_like_word]] come on {appt_date}; the slot is {time} to {time2}.",
            "I've set up a payment plan of {amount3} a month over {dur_long}.",
            "Your account reference is {acctref}; please quote it if you call the {helpline}.",
            "You're already on our cheapest tariff; the unit rate went up {pct} in line with the cap.",
        ],
    },
    "travel": {
        "reasons": [
            "My flight {flight} on {travel_date} has been cancelled and I need to rebook.",
            "I want a refund for booking {ref}; it was {amount} in total.",
            "We're due to fly to {town_abroad} on {travel_date} and I need to change the return.",
            "I need to add my {rel_child} {p2} to the booking.",
            "The ferry on {travel_date} at {time} is showing as delayed by {dur_short}.",
            "I booked the wrong date; it should be {travel_date2}, not {travel_date}.",
            "Can I change the name on the ticket? My {rel_partner} {p2} can't go now.",
            "My suitcase didn't arrive on {flight} from {town_abroad}.",
            "We were delayed {dur_short} coming back from {town_abroad}; can we claim anything?",
            "I'm flying {flight} to {town_abroad} on {travel_date} and I want to add a hold bag.",
        ],
        "follow": [
            ("What's the booking reference?", "{ref}."),
            ("Which flight was it?", "{flight}, leaving at {time}."),
            ("When are you looking to travel instead?", "Any time after {travel_date2}, ideally a {weekday}."),
            ("How much did you pay for the extras?", "About {amount} for the bags and seats."),
            ("Did you get a property irregularity report at the airport?", "Yes, the reference was {case}."),
        ],
        "resolve": [
            "I've rebooked you on {flight2} on {travel_date2}, departing {time}.",
            "The refund of {amount} [[will|name_like_word]] be back with you in {duration}.",
            "I've added {p2} to the booking; there's a {amount2} charge.",
            "Your bag has been found in {town_abroad} and [[will|name_like_word]] be couriered to you within {duration}. The reference is {case}.",
            "You're entitled to compensation of {amount} for the delay.",
            "The name change is done; the new tickets [[will|name_like_word]] be emailed within {duration}.",
        ],
    },
    "retail": {
        "reasons": [
            "My order {order} arrived damaged; the product code on the box is {product}.",
            "I was supposed to get a delivery on {deliv_date} and nothing's come.",
            "I want to return a jacket; it was {amount}.",
            "I've been charged twice for order {order}.",
            "The tracking number {tracking} says delivered but it's not here.",
            "Your website said {pct} off but I was charged full price.",
            "I need to change the delivery address for order {order}.",
            "The sofa's arriving {deliv_date} but I'm at work till {time}.",
            "I think someone's hacked my account and placed an order for {amount}.",
            "Can you [[mark|name_like_word]] my order as a gift? It's {order}.",
            "I bought the {product} kettle from you and it stopped working after {duration}.",
            "Order {order} was meant to come on {deliv_date} and it's now saying {deliv_date2}.",
        ],
        "follow": [
            ("What's the product code?", "It's {product}."),
            ("Was the parcel left with a neighbour?", "No, I checked next door. No [[joy|name_like_word]]."),
            ("When did you place the order?", "Last {weekday}, I think around {time}."),
            ("How much did you pay?", "{amount} including delivery."),
            ("Which colour and size was it?", "The navy one, product code {product}."),
            ("Can you see a model number on the label?", "It says {product2}, and the order was {order}."),
        ],
        "resolve": [
            "I've arranged a replacement which [[will|name_like_word]] arrive on {deliv_date}.",
            "I've issued a refund of {amount}; it can take {duration} to show.",
            "The courier has your parcel at their depot in {town2}; the tracking is {tracking}.",
            "I've cancelled the duplicate payment of {amount}.",
            "A returns label has been emailed to you; you have {duration} to send it back.",
            "I've applied the {pct} discount and refunded the difference, {amount}.",
            "Delivery is now booked for {deliv_date} between {time} and {time2}.",
            "Your replacement order number is {order2} and the {product} [[will|name_like_word]] be with you by {deliv_date}.",
        ],
    },
    "public_nhs": {
        "reasons": [
            "I need to book an appointment with a GP, ideally on {weekday}.",
            "I'm calling about my repeat prescription; it's been {duration} and it's still not ready.",
            "I've moved and need to update my address with the surgery.",
            "I had a letter about an appointment on {appt_date} at {time} and I can't make it.",
            "I'd like to register my baby, {p2}, with the practice.",
            "I'm waiting on blood test results from {weekday}.",
            "I need a fit note; I've been off work for {duration}.",
            "My referral to the hospital went {duration} ago and I've heard nothing. The reference was {ref}.",
            "I'm calling for my {rel_parent}, {p2}; {pron}'s got a hospital appointment on {appt_date}.",
        ],
        "follow": [
            ("Which pharmacy do you use?", "The {org2} in {town2}."),
            ("What time suits you?", "Anything after {time}, really."),
            ("Is it urgent, or can it wait until {weekday}?", "It can wait, but I'd [[hope|name_like_word]] not much longer."),
            ("Which clinic was the referral to?", "Dermatology, I think. Reference {ref}."),
        ],
        "resolve": [
            "I've booked you in on {appt_date} at {time} with the nurse.",
            "The prescription [[will|name_like_word]] be ready to collect in {duration}.",
            "I've updated your address; your next letter [[will|name_like_word]] go there.",
            "Your referral reference is {ref}; the hospital should contact you within {duration}.",
            "The results are back and the doctor [[will|name_like_word]] call you on {weekday} after {time}.",
            "I've moved the appointment to {appt_date2} at {time2}.",
        ],
    },
    "public_council": {
        "reasons": [
            "I've got a council tax [[bill|name_like_word]] for {amount} and I think the band is wrong.",
            "I'm applying for a blue badge; my reference is {ref}.",
            "I want to apply for the single person discount. It's {pct} off, isn't it?",
            "My bins haven't been collected since {weekday}.",
            "I need help with my housing benefit claim, case {case}.",
            "I missed my council tax payment on {pay_date}.",
            "I've been asked for my National Insurance number for a housing application.",
            "I'm applying for council tax support; I've been out of work for {dur_long}.",
        ],
        "follow": [
            ("How many adults live at the property?", "Just me since {other_date}."),
            ("Do you have the account reference from the bill?", "Yes, {acctref}."),
            ("Which bin was missed?", "The green one. It's been {duration} now."),
        ],
        "resolve": [
            "I've applied the {pct} single person discount; your new [[bill|name_like_word]] [[will|name_like_word]] be {amount}.",
            "The blue badge application {ref} is with the assessment team and takes about {duration}.",
            "I've set up an arrangement to pay {amount} on {pay_date}.",
            "The collection [[will|name_like_word]] be rescheduled for {weekday}.",
            "I've added a note to case {case}; a decision usually takes {duration}.",
        ],
    },
    "utilities": {
        "reasons": [
            "I want to submit a water meter reading; it's {meter}.",
            "There's a burst pipe in the street and it's been running since {time}.",
            "My water [[bill|name_like_word]] has jumped to {amount}.",
            "I'd like to go on a social tariff; I read it can save up to {pct}.",
            "We've had no water since {time} this morning.",
            "I'm moving out on {other_date} and need a final reading.",
            "The water's been coming out brown since {weekday}.",
            "I've been charged sewerage for {duration} but I'm on a septic tank.",
        ],
        "follow": [
            ("Is it the cold tap in the kitchen?", "Yes, the kitchen one. It [[may|name_like_word]] be all of them."),
            ("Is the meter inside or outside?", "Outside, and the serial on it says {product}."),
            ("How many people live at the property?", "Three of us since {other_date}."),
            ("Do you have your customer reference?", "It's {acctref}."),
            ("What's the account number at the top of your bill?", "{acctref}."),
        ],
        "resolve": [
            "A technician [[will|name_like_word]] attend within {duration}; the job number is {ticket}.",
            "I've updated the reading and your [[bill|name_like_word]] is now {amount}.",
            "The reading of {meter} is on the account now; the next one is due on {other_date}.",
            "Your payments [[will|name_like_word]] be {amount} a month from {pay_date}.",
            "Supply should be back by {time}; we'll send text updates.",
            "I've applied the social tariff, which takes {pct} off from {pay_date}.",
        ],
    },
}

# generic look-alike rich small talk (speaker, template)
SMALLTALK = [
    ("customer", "Sorry, I [[will|name_like_word]] be quick, I'm on my lunch break till {time}."),
    ("customer", "I've been on hold for {dur_short}, to be honest."),
    ("customer", "The last [[bill|name_like_word]] was {amount}, which I paid on {pay_date}."),
    ("agent", "I do apologise for the wait, it's always busy on a {weekday}."),
    ("customer", "I [[hope|name_like_word]] this doesn't take long, I've got to pick the kids up at {time}."),
    ("customer", "Every [[penny|name_like_word]] counts at the moment, you know?"),
    ("agent", "That's no [[joy|name_like_word]], I'm sorry to hear it."),
    ("customer", "My neighbour said it [[may|name_like_word]] be a problem across all of {town2}."),
    ("customer", "I tried over the [[summer|name_like_word]] and got nowhere."),
    ("agent", "There's an [[amber|name_like_word]] weather warning today, so engineers are stretched."),
    ("customer", "We're miles from anywhere, the nearest branch is in {town2}."),
    ("customer", "I'm back from {town_abroad} on {travel_date}, so any time after that."),
    ("agent", "Bear with me, this can take {dur_short} when the system's slow."),
    ("customer", "It's the third time I've called since {weekday}."),
    ("customer", "That's a bit [[rich|name_like_word]], charging me for that."),
    ("agent", "You [[will|name_like_word]] get a text confirming this shortly."),
    ("customer", "Can you [[bill|name_like_word]] me monthly instead of quarterly?"),
    ("customer", "I'd rather not wait until [[May|name_like_word]] for it."),
]

GREET_CALL = [
    "Good morning, you're through to {org}, my name's {agent}, how can I help?",
    "Hello, {org}, {agent} speaking.",
    "Thanks for calling the {helpline}, this is {agent}. How can I help today?",
    "Good afternoon, {org} customer services, you're speaking with {agent}.",
    "Hi there, it's {agent} at {org}. What can I do for you?",
    "Hello, you're through to the {helpline}. I'm {agent}. What can I help with?",
    "Morning, {org}, {agent} here, how can I help?",
]
GREET_CALL_NAME = [
    "Hello, welcome to {org}. I'm {agent}, who am I speaking to?",
    "Thanks for calling {org}, you're through to {agent}. Can I take your name to start with?",
    "Good afternoon, {helpline}, {agent} speaking. Who have I got on the line?",
]
GREET_CHAT = [
    "Hi, you're chatting with {agent} from {org}. How can I help?",
    "Hello! {agent} here. What can I help with today?",
    "Welcome to {org} live chat. My name is {agent}, how can I help?",
    "Hi, thanks for waiting. I'm {agent} and I'll be helping you today.",
    "Hello and welcome to the {helpline} chat. You're speaking to {agent}.",
    "Hi there, {agent} from {org} here. What can I do for you?",
]
CHAT_OPENERS = ["hi", "hello", "Hi there", "hiya", "Hello, anyone there?", "hi, I need some help"]
CLOSE_AGENT_Q = ["Is there anything else I can help with today?", "Anything else I can do for you?",
                 "Is there anything else at all?", "Can I help with anything else?"]
CLOSE_CUST = ["No, that's everything, thanks.", "No, that's great, thank you.", "That's all, cheers.",
              "No, you've been really helpful, thanks.", "No, I think that's it. Thanks for your help.",
              "Nope, that's it. Thanks {agent}.", "No thanks, bye."]
CLOSE_AGENT_FINAL = ["Thanks for calling {org}, have a lovely day.", "Thanks for your time, {first}. Take care.",
                     "Thank you for calling, bye now.", "If you need us again, the {helpline} is open until {time}.",
                     "Thanks {first}, you [[will|name_like_word]] get a confirmation shortly. Bye."]
CLOSE_AGENT_CHAT = ["Thanks for chatting with us today. Take care!", "Glad I could help, {first}. Have a good day.",
                    "Thanks for contacting {org}. You can close this chat now.",
                    "You [[will|name_like_word]] get a transcript of this chat by email. Bye for now!"]


# ---------------------------------------------------------------------------
# conversation flows
# ---------------------------------------------------------------------------
SECTOR_WEIGHTS = {"banking": 0.16, "insurance": 0.12, "telecoms": 0.15, "energy": 0.11, "travel": 0.10,
                  "retail": 0.11, "public_nhs": 0.11, "public_council": 0.06, "utilities": 0.08}
TASK_PROBS = {
    "banking": dict(dob=.75, pc=.6, addr=.3, phone=.45, email=.25, card=.35, bank=.55, iban=.32, nino=.2, ip=.18, p2=.1),
    "insurance": dict(dob=.7, pc=.65, addr=.55, phone=.5, email=.4, card=.4, bank=.35, iban=.06, nino=.2, nhs=.1, ip=.03, p2=.35),
    "telecoms": dict(dob=.5, pc=.6, addr=.35, phone=.75, email=.5, card=.35, bank=.25, iban=.03, ip=.72, p2=.05),
    "energy": dict(dob=.5, pc=.8, addr=.7, phone=.5, email=.4, card=.3, bank=.5, iban=.08, nino=.25, ip=.03, p2=.1),
    "travel": dict(dob=.55, pc=.3, addr=.25, phone=.6, email=.6, card=.5, bank=.25, iban=.38, ip=.03, p2=.45),
    "retail": dict(dob=.15, pc=.8, addr=.7, phone=.5, email=.7, card=.5, bank=.1, iban=.05, ip=.15, p2=.1),
    "public_nhs": dict(dob=.9, pc=.7, addr=.55, phone=.6, email=.3, nhs=.92, nino=.2, p2=.2),
    "public_council": dict(dob=.7, pc=.7, addr=.6, phone=.5, email=.4, nino=.75, bank=.35, card=.3, p2=.1),
    "utilities": dict(dob=.4, pc=.8, addr=.8, phone=.5, email=.3, card=.3, bank=.5, iban=.03, nino=.15, p2=.05),
}
VERIF_KEYS = ("dob", "pc", "addr", "phone", "email")
TASK_KEYS = ("card", "bank", "iban", "nino", "nhs", "ip", "p2")


def choose_tasks(ctx):
    pr = TASK_PROBS[ctx.sector_key]
    verif = [k for k in VERIF_KEYS if rng.random() < pr.get(k, 0)]
    rng.shuffle(verif)
    verif = verif[:3]
    tasks = [k for k in TASK_KEYS if rng.random() < pr.get(k, 0)]
    if not verif:
        verif = [rng.choice(["pc", "dob", "phone"])]
    return verif, tasks


def T(speaker, *templates, rb=None):
    return {"speaker": speaker, "frags": list(templates), "rb": rb}


def give_tmpl(key, slot):
    return rng.choice(GIVE[key]).replace("{v}", "{" + slot + "}")


def ask_give(ctx, key, slot=None, split_ok=False, intro=None, ask_key=None):
    slot = slot or key
    ask = rng.choice(ASK[ask_key or key])
    agent = T("agent", *( [intro] if intro else [] ), ask)
    if split_ok and ctx.channel == "call" and rng.random() < 0.22:
        return [agent, T("customer", "{" + slot + "_a}"), T("agent", rng.choice(HOLDON)),
                T("customer", "{" + slot + "_b}" + rng.choice(["", ".", ", that's it."]), rb=None)]
    if key == "name" and ctx.channel == "call" and rng.random() < 0.2:
        spelt = rng.choice(["{name}, surname's spelt {spell}.", "It's {name}. That's {spell} for the surname.",
                            "{first}, and the surname is {surname}, {spell}.", "{name}. Do you want me to spell that? {spell}."])
        return [agent, T("customer", spelt, rb=None)]
    return [agent, T("customer", give_tmpl(key, slot), rb=slot)]


def blk_card(ctx):
    intro = rng.choice(["I can take that payment of {amount} for you now.", "To pay the {amount} today I'll need your card details.",
                        "Let's get the card details for the {amount}.", "I'll just need the card to find the transaction.",
                        "OK, I can do that over the phone."])
    amex = ctx.card["kind"] == "amex"
    if ctx.channel == "chat" and rng.random() < 0.4:
        turns = [T("agent", intro, rng.choice(["Please type the card number, expiry and security code below.",
                                               "Could you send the long card number, the expiry date and the CVV?"])),
                 T("customer", rng.choice(["{card} {exp} {cvv}", "{card}, exp {exp}, cvv {cvv}", "card {card} expiry {exp} code {cvv}",
                                           "{card}\n{exp}\n{cvv}"]))]
    else:
        turns = ask_give(ctx, "card", split_ok=True, intro=intro)
        turns += ask_give(ctx, "exp")
        if rng.random() < 0.85:
            turns += ask_give(ctx, "cvv", ask_key="cvv_amex" if amex else "cvv")
    turns += [T("agent", rng.choice(["That's gone through, {amount} on the card ending {masked}.",
                                     "Thanks, I can see the card ending {masked} now.",
                                     "Payment of {amount} taken from the card ending {masked}.",
                                     "All done, the card ending in {masked} has been charged {amount}."])),
              T("customer", rng.choice(["Great, thanks.", "Brilliant.", "OK, thank you.", "Lovely."]))]
    return turns


def blk_bank(ctx):
    if rng.random() < 0.3:
        turns = [T("agent", rng.choice(["Can I take the sort code and account number?",
                                        "Which account should it go to? I'll need the sort code and account number.",
                                        "What are the bank details for the direct debit?"])),
                 T("customer", rng.choice(["Sort code {sort}, account number {acct}.", "{sort} and then {acct}.",
                                           "It's {sort}, account {acct}.", "{sort} {acct}"]))]
    else:
        turns = ask_give(ctx, "sort") + ask_give(ctx, "acct", split_ok=True)
    if rng.random() < 0.4:
        turns += [T("agent", rng.choice(["And the name on that account?", "Whose name is the account in?",
                                         "And is the account in your name?"])),
                  T("customer", rng.choice(["Mine, {name}.", "It's a joint account, {name} and {p2}.", "It's in my {rel_partner}'s name, {p2}.",
                                            "Just me, {name}.", "Yes, {name}."]))]
    turns += [T("agent", rng.choice(["The direct debit [[will|name_like_word]] come out on {pay_date} from the account ending {masked_acct}.",
                                     "The refund of {amount} [[will|name_like_word]] go to the account ending {masked_acct} within {duration}.",
                                     "That's saved; payments of {amount} from {pay_date}."]))]
    return turns


def blk_iban(ctx):
    intro = rng.choice(["As it's an overseas account, the sort code won't work.", "OK, that's fine.",
                        "International payments take a little longer."])
    turns = ask_give(ctx, "iban", intro=intro)
    if rng.random() < 0.4:
        turns += [T("agent", "And the account holder's name?"),
                  T("customer", rng.choice(["{p2}.", "It's my {rel_child}'s, {p2}.", "It's mine, {name}.", "{name}, same as me."]))]
    turns += [T("agent", rng.choice(["That payment of {amount} [[will|name_like_word]] arrive in {duration}.",
                                     "The transfer fee is {amount} and it takes {duration}.",
                                     "I've saved that as a new payee."]))]
    return turns


def blk_nino(ctx):
    intro = rng.choice([None, "For the application I need one more thing.", "OK, nearly there."])
    return ask_give(ctx, "nino", intro=intro)


def blk_nhs(ctx):
    return ask_give(ctx, "nhs", split_ok=True)


def blk_ip(ctx):
    turns = ask_give(ctx, "ip")
    if rng.random() < 0.35:
        turns += ask_give(ctx, "ip2")
    return turns


def blk_p2(ctx):
    turns = ask_give(ctx, "p2")
    if rng.random() < 0.6:
        turns += ask_give(ctx, "dob2")
    return turns


TASK_BLOCKS = {"card": blk_card, "bank": blk_bank, "iban": blk_iban, "nino": blk_nino, "nhs": blk_nhs,
               "ip": blk_ip, "p2": blk_p2}


def verif_block(ctx, key):
    if key == "phone" and rng.random() < 0.2:
        return [T("agent", rng.choice(ASK["phone"])),
                T("customer", rng.choice(["My number's changed actually, the new one is {phone2}.",
                                          "Use {phone2}, the old one's gone.", "It's {phone}, or my work number {phone2}."]), rb="phone2")]
    return ask_give(ctx, key, split_ok=(key == "phone"))


def flow_dialogue(ctx):
    S = SECTORS[ctx.sector_key]
    verif, tasks = choose_tasks(ctx)
    call = ctx.channel == "call"
    head = []
    if not call and rng.random() < 0.3:
        head.append(T("customer", rng.choice(CHAT_OPENERS)))
    name_first = call and rng.random() < 0.25
    if name_first:
        head.append(T("agent", rng.choice(GREET_CALL_NAME)))
        head.append(T("customer", give_tmpl("name", "name"), rng.choice(S["reasons"])))
    else:
        head.append(T("agent", rng.choice(GREET_CALL if call else GREET_CHAT)))
        head.append(T("customer", rng.choice(S["reasons"])))
    blocks = []  # (priority, turns): priority 0 required, 1 identity, 2 optional
    if not name_first:
        blocks.append((1, ask_give(ctx, "name")))
    if len(verif) >= 2 and "dob" in verif and "pc" in verif and rng.random() < 0.35:
        verif = [v for v in verif if v not in ("dob", "pc")]
        blocks.append((1, [T("agent", rng.choice(["To verify you, can I have your date of birth and postcode?",
                                                   "For security, your date of birth and postcode please.",
                                                   "Can you confirm your DOB and the postcode on the account?"])),
                           T("customer", rng.choice(["{dob}, {pc}.", "{dob} and {pc}.", "It's {dob}, postcode {pc}.",
                                                     "{dob} {pc}"]))]))
    for k in verif:
        blocks.append((1, verif_block(ctx, k)))
    follows = rng.sample(S["follow"], k=min(len(S["follow"]), rng.choice([0, 1, 1, 2])))
    for a, c in follows:
        blocks.insert(rng.randint(1, len(blocks)), (2, [T("agent", a), T("customer", c)]))
    for t in tasks:
        blocks.append((0, TASK_BLOCKS[t](ctx)))
    if rng.random() < 0.35:
        sp, tm = rng.choice(SMALLTALK)
        blocks.insert(rng.randint(0, len(blocks)), (2, [T(sp, tm)]))
    res = [T("agent", *rng.sample(S["resolve"], k=rng.choice([1, 1, 2])))]
    if rng.random() < 0.4:
        res.append(T("customer", rng.choice(["OK, thanks.", "Right, and how long [[will|name_like_word]] that take?",
                                             "That's fine.", "Great, that's a relief.", "OK. Can you send that in writing?",
                                             "Fine, as long as it's sorted by {weekday}."])))
    tail = [T("agent", rng.choice(CLOSE_AGENT_Q)), T("customer", rng.choice(CLOSE_CUST))]
    if rng.random() < 0.7:
        tail.append(T("agent", rng.choice(CLOSE_AGENT_FINAL if call else CLOSE_AGENT_CHAT)))
    # trim to a realistic length
    limit = rng.randint(9, 20) if call else rng.randint(8, 18)
    count = lambda: len(head) + sum(len(b) for _, b in blocks) + len(res) + len(tail)
    for pri in (2, 1):
        while count() > limit and any(p == pri for p, _ in blocks):
            idx = max(i for i, (p, _) in enumerate(blocks) if p == pri)
            if pri == 1 and idx == 0 and not name_first and sum(1 for p, _ in blocks if p == 1) == 1:
                break
            blocks.pop(idx)
    while count() > 20 and len(tail) > 2:
        tail.pop()
    while count() > 20 and len(res) > 1:
        res.pop()
    while count() > 20:
        zero = [i for i, (p, _) in enumerate(blocks) if p == 0]
        blocks.pop(zero[-1] if zero else -1)
    turns = head + [t for _, b in blocks for t in b] + res + tail
    # readbacks / acknowledgements merged into the next agent turn
    out = []
    for i, t in enumerate(turns):
        if t["speaker"] == "agent" and i and turns[i - 1]["speaker"] == "customer" and i > 2:
            r = rng.random()
            prev = turns[i - 1]["rb"]
            if prev and r < 0.3:
                t = dict(t, frags=[rng.choice(READBACK).replace("{v}", "{" + prev + "}")] + t["frags"])
            elif r < 0.7:
                t = dict(t, frags=[rng.choice(ACKS)] + t["frags"])
        out.append(t)
    return out


def render_turns(ctx, specs):
    if ctx.channel == "call":  # a call never has two agent turns in a row
        merged = []
        for t in specs:
            if merged and merged[-1]["speaker"] == t["speaker"]:
                merged[-1] = dict(merged[-1], frags=merged[-1]["frags"] + t["frags"])
            else:
                merged.append(t)
        specs = merged
    turns = []
    for t in specs:
        tb = TB(ctx, t["speaker"])
        for fr in t["frags"]:
            tb.add(fr)
        turns.append(tb.finish())
    return turns


# ---------------------------------------------------------------------------
# email flow
# ---------------------------------------------------------------------------
EMAIL_GREET_C = ["Hello,", "Dear Sir or Madam,", "Hi there,", "To whom it may concern,", "Dear {org} team,", "Hi,", "Good afternoon,"]
EMAIL_CLOSE_C = ["I look forward to hearing from you.", "Please can you look into this as soon as possible.",
                 "Thanks in advance for your help.", "I'd appreciate a reply this week.", "Let me know if you need anything else."]
SIGN_C = ["Kind regards,\n{name}", "Many thanks,\n{name}\n{phone}", "Best wishes,\n{first}", "Regards,\n{name}\n{addr}\n{town}\n{pc}",
          "Thanks in advance,\n{name}\nMobile: {phone}", "Yours faithfully,\n{tname}", "Cheers,\n{first}\n\nSent from my phone",
          "Kind regards\n\n{name}\n{addr}, {town}, {pc}\nTel: {phone}\nEmail: {email}", "Thanks,\n{tsur}",
          "Best,\n{name} ({phone})"]
SIGN_A = ["Kind regards,\n\n{agent_full}\nCustomer Relations\n{org}\n{hl_phone}",
          "Best wishes,\n{agent}\n{org} Customer Care\nEmail: {org_email}",
          "Yours sincerely,\n\n{agent_full}\nComplaints Team, {org}\nTel: {hl_phone} (lines open [[8am|time]] to [[6pm|time]], [[Monday|weekday]] to [[Friday|weekday]])",
          "Thanks,\n{agent}\n{helpline}",
          "Warm regards,\n{agent_full} | {org}\nT: {hl_phone} | E: {org_email}",
          "Kind regards,\n{agent_full}\n{helpline}\n{hl_phone}"]
AGENT_OPEN = ["Thank you for contacting {org}.", "Thanks for getting in touch about this.", "Thank you for your email, and sorry for the delay in replying.",
              "I'm sorry to hear about the trouble you've had.", "Thanks for your message, which has been passed to me."]
AGENT_RESTATE = {
    "addr": ["We've updated your address to {addr}, {town}, {pc}.", "Your correspondence address is now {addr}, {town}."],
    "phone": ["We'll call you on {phone} if we need anything else.", "I've noted {phone} as your preferred contact number."],
    "email": ["A confirmation has been sent to {email}.", "We've changed your email address to {email}."],
    "card": ["For your security we only keep the last four digits of your card, ending {masked}.",
             "Please don't send full card details by email in future; call us on {hl_phone} instead."],
    "bank": ["The refund [[will|name_like_word]] go to the account ending {masked_acct}.",
             "I've set up the direct debit from sort code {sort}, account ending {masked_acct}."],
    "dob": ["I've corrected the date of birth on your record to {dob}."],
    "nhs": ["I've found your record under NHS number {nhs}."],
    "p2": ["I've added {p2} to the account as requested."],
}
AGENT_REQUEST = {
    "card": "To take the payment, please reply with the card number and expiry date, or call us on {hl_phone}.",
    "bank": "So that we can process the refund, please reply with your sort code and account number.",
    "iban": "As the account is overseas, please send us the full IBAN.",
    "nino": "We need your National Insurance number to continue with the application.",
    "nhs": "Could you send us your NHS number so we can find your records?",
    "ip": "Could you tell us the IP address shown on your router's status page?",
    "p2": "Please send the full name and date of birth of the person you would like to add.",
}


def flow_email(ctx):
    S = SECTORS[ctx.sector_key]
    verif, tasks = choose_tasks(ctx)
    now = [t for t in tasks if rng.random() < 0.55]
    later = [t for t in tasks if t not in now]
    c1 = TB(ctx, "customer")
    c1.add(rng.choice(EMAIL_GREET_C))
    c1.add(rng.choice(S["reasons"]), sep="\n\n")
    if rng.random() < 0.5:
        c1.add(rng.choice(S["follow"])[1])
    if rng.random() < 0.2:
        sp, tm = rng.choice(SMALLTALK)
        if sp == "customer":
            c1.add(tm)
    if rng.random() < 0.35:
        lines = ["My details are below:", "", "Name: {name}"]
        labels = {"dob": "Date of birth: {dob}", "pc": "Postcode: {pc}", "addr": "Address: {addr}, {town}",
                  "phone": "Phone: {phone}", "email": "Email: {email}"}
        lines += [labels[k] for k in verif]
        ref_line = {"insurance": "Policy number: {policy}", "retail": "Order number: {order}",
                    "energy": "Account number: {acctref}", "utilities": "Customer account number: {acctref}",
                    "telecoms": "Account no: {acctref}", "travel": "Booking ref: {ref}",
                    "public_council": "Council tax account: {acctref}"}.get(ctx.sector_key)
        if ref_line:
            lines.append(ref_line)
        c1.add("\n".join(lines), sep="\n\n")
    else:
        first = True
        for k in verif:
            c1.add(rng.choice(STMT[k]), sep="\n\n" if first else " ")
            first = False
    for t in now:
        c1.add(rng.choice(STMT[t if t != "card" else "card"]), sep="\n\n")
    c1.add(rng.choice(EMAIL_CLOSE_C), sep="\n\n")
    c1.add(rng.choice(SIGN_C), sep="\n\n")
    a = TB(ctx, "agent")
    a.add(rng.choice(["Dear {tsur},", "Hi {first},", "Dear {name},", "Hello {first},", "Dear {tname},"]))
    a.add(rng.choice(AGENT_OPEN), sep="\n\n")
    for r in rng.sample(S["resolve"], k=rng.choice([1, 2, 2])):
        a.add(r)
    restate = [k for k in verif + now if k in AGENT_RESTATE and rng.random() < 0.45]
    for k in restate[:2]:
        a.add(rng.choice(AGENT_RESTATE[k]), sep="\n\n")
    for k in later:
        a.add(AGENT_REQUEST[k], sep="\n\n")
    if rng.random() < 0.3:
        a.add("If you'd rather talk it through, the {helpline} is open until {time} on weekdays.", sep="\n\n")
    a.add(rng.choice(SIGN_A), sep="\n\n")
    turns = [c1.finish(), a.finish()]
    if later:
        c3 = TB(ctx, "customer")
        c3.add(rng.choice(["Hi {agent},", "Hello {agent},", "Dear {agent},", "Hi,"]))
        c3.add(rng.choice(["Thanks for getting back to me.", "Thanks for the quick reply.", "As requested, here are the details."]), sep="\n\n")
        for t in later:
            c3.add(rng.choice(STMT[t]), sep="\n\n")
        c3.add(rng.choice(SIGN_C), sep="\n\n")
        turns.append(c3.finish())
        if rng.random() < 0.4:
            a2 = TB(ctx, "agent")
            a2.add(rng.choice(["Hi {first},", "Dear {tsur},"]))
            a2.add(rng.choice(["Thanks, that's all been processed.", "Thank you, everything is now in place.",
                               "Received with thanks; you [[will|name_like_word]] hear from us within {duration}."]), sep="\n\n")
            a2.add(rng.choice(SIGN_A), sep="\n\n")
            turns.append(a2.finish())
    return turns


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
SORT_PREFIXES = ["20", "40", "60", "30", "11", "16", "09", "77", "83", "87", "04", "23", "08", "12", "52", "01", "07", "56"]


def make_agents(n=40):
    agents = []
    for i in range(n):
        p = gen_person()
        p["id"] = f"A{i + 1:03d}"
        agents.append(p)
    return agents


def make_ctx(channel, sector_key, agent):
    c = Ctx()
    c.channel, c.sector_key = channel, sector_key
    c.sector = sector_key.split("_")[0]
    c.org, c.org_domain, c.helpline = rng.choice(SECTOR_ORGS[sector_key])
    c.agent = agent
    c.p = gen_person()
    c.p2 = gen_person()
    if rng.random() < 0.4:
        c.p2["last"] = c.p["last"]
    c.dob, c.dob2 = gen_dob(), gen_dob()
    c.pc, c.town = gen_postcode()
    c.addr = gen_address()
    c.phone = gen_phone("intl" if sector_key == "travel" and rng.random() < 0.25 else None)
    c.phone2 = gen_phone()
    c.email = gen_email(c.p, c.dob[0])
    c.email2 = gen_email(c.p, c.dob[0])
    c.card = gen_card()
    c.sort = rng.choice(SORT_PREFIXES) + rdigits(4)
    c.acct = rdigits(8)
    c.iban = gen_iban(c.sort, c.acct) if rng.random() < 0.3 else gen_iban()
    c.nino, c.nhs = gen_nino(), gen_nhs()
    c.ip, c.ip2 = gen_ip(), gen_ip(private=True)
    c.hl_phone = gen_company_phone()
    c.zero = rng.choices(["oh", "zero", "nought"], [0.7, 0.22, 0.08])[0]
    c.runs_p = rng.choice([0.0, 0.5, 0.8, 0.8])
    c.pairs_p = rng.choice([0.0, 0.15, 0.35])
    c.numeric_p = rng.choice([0.0, 0.0, 0.1, 0.25, 0.5, 0.8])
    c.mixed = rng.random() < 0.15
    c.drop_apos = rng.random() < 0.3
    c.chat_lower = rng.random() < 0.35
    c.chat_nopunct = rng.random() < 0.4
    c.chat_abbrev = rng.random() < 0.2
    c.cache = {}
    return c


def random_start() -> datetime:
    while True:
        d = datetime(2026, 1, 5) + timedelta(days=rng.randint(0, 81))
        if d.weekday() == 6 or (d.weekday() == 5 and rng.random() < 0.6):
            continue
        return d + timedelta(hours=rng.randint(8, 18), minutes=rng.randint(0, 59), seconds=rng.choice([0, 0, rng.randint(0, 59)]))


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def add_timing(channel, start, turns):
    if channel == "call":
        t = round(rng.uniform(0.5, 2.5), 1)
        for tr in turns:
            words = max(1, len(tr["text"].split()))
            dur = max(0.8, words / rng.uniform(2.2, 3.2))
            s, e = round(t, 1), round(t + dur, 1)
            if e <= s:
                e = round(s + 0.5, 1)
            tr["start_s"], tr["end_s"] = s, e
            t = e + rng.uniform(0.2, 1.6)
    elif channel == "chat":
        t = start
        for tr in turns:
            t += timedelta(seconds=rng.randint(8, 75) if tr["speaker"] == "customer" else rng.randint(5, 50))
            tr["sent_at"] = iso(t)
    else:
        t = start
        for i, tr in enumerate(turns):
            if i:
                t += timedelta(minutes=rng.randint(25, 60 * 30))
            tr["sent_at"] = iso(t)


def order_turn(tr, channel):
    keys = ["speaker", "text"] + (["start_s", "end_s"] if channel == "call" else ["sent_at"]) + ["pii", "lookalikes"]
    return {k: tr[k] for k in keys}


SECTOR_OF: dict[str, str] = {}  # reported only; not written, so records keep the native shape


def build_all():
    agents = make_agents()
    n_call = round(N_INTERACTIONS * CHANNEL_SHARE["call"])
    n_chat = round(N_INTERACTIONS * CHANNEL_SHARE["chat"])
    channels = ["call"] * n_call + ["chat"] * n_chat + ["email"] * (N_INTERACTIONS - n_call - n_chat)
    rng.shuffle(channels)
    sectors = [k for k, w in SECTOR_WEIGHTS.items() for _ in range(round(w * N_INTERACTIONS))]
    while len(sectors) < N_INTERACTIONS:
        sectors.append(rng.choice(list(SECTOR_WEIGHTS)))
    rng.shuffle(sectors)
    records = []
    for ch, sector_key in zip(channels, sectors):
        agent = rng.choice(agents)
        ctx = make_ctx(ch, sector_key, agent)
        turns = flow_email(ctx) if ch == "email" else render_turns(ctx, flow_dialogue(ctx))
        start = random_start()
        add_timing(ch, start, turns)
        records.append({"agent_id": agent["id"], "channel": ch, "started_at": iso(start), "_sector": sector_key,
                        "turns": [order_turn(t, ch) for t in turns]})
    records.sort(key=lambda r: (r["started_at"], r["agent_id"]))
    out = []
    for i, r in enumerate(records, 1):
        out.append({"interaction_id": f"pii-{i:04d}", "agent_id": r["agent_id"], "channel": r["channel"],
                    "started_at": r["started_at"], "turns": r["turns"]})
        SECTOR_OF[out[-1]["interaction_id"]] = r["_sector"]
    return out


# ---------------------------------------------------------------------------
# assertion pass
# ---------------------------------------------------------------------------
def check(records):
    assert len(records) >= 320
    for r in records:
        assert r["channel"] in ("call", "chat", "email")
        if r["channel"] == "call":
            assert 6 <= len(r["turns"]) <= 20, (r["interaction_id"], len(r["turns"]))
        for t in r["turns"]:
            text = t["text"]
            assert text and text == text.strip(), r["interaction_id"]
            assert "{" not in text and "[[" not in text and "]]" not in text, (r["interaction_id"], text)
            spans = [(s["start"], s["end"], "pii", s["type"]) for s in t["pii"]] + \
                    [(s["start"], s["end"], "look", s["kind"]) for s in t["lookalikes"]]
            spans.sort()
            prev_end = 0
            for start, end, what, label in spans:
                assert 0 <= start < end <= len(text), (r["interaction_id"], start, end)
                assert start >= prev_end, (r["interaction_id"], "overlap", text[start:end])
                prev_end = end
                val = text[start:end]
                assert val == val.strip() and val, (r["interaction_id"], repr(val))
                assert start == 0 or not text[start - 1].isalnum(), (r["interaction_id"], text[max(0, start - 5):end])
                assert end == len(text) or not text[end].isalnum(), (r["interaction_id"], text[start:end + 5])
                if what == "pii":
                    assert label in ENTITY_TYPES, label
                    digits = re.sub(r"[\s-]", "", val)
                    if label == "CREDIT_CARD" and digits.isdigit() and len(digits) in (15, 16):
                        assert luhn_ok(digits), val
                    if label == "UK_NHS" and digits.isdigit() and len(digits) == 10:
                        assert nhs_ok(digits), val
                    if label == "IBAN_CODE" and re.fullmatch(r"[A-Za-z]{2}\d{2}( ?[A-Za-z0-9]{1,4})+", val):
                        assert iban_ok(digits), val
                    if label == "UK_NINO" and re.fullmatch(r"[A-Za-z]{2}\d{6}[A-Da-d]", digits):
                        assert nino_ok(digits), val
                    if label == "UK_BANK_ACCOUNT" and digits.isdigit():
                        assert len(digits) in (4, 8), val
                    if label == "UK_SORT_CODE" and re.fullmatch(r"[\d.]+", digits):
                        assert len(digits.replace(".", "")) == 6, val
                else:
                    assert label in LOOKALIKE_KINDS, label


def main():
    records = build_all()
    check(records)
    with OUT_PATH.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    ent, look, chan, ent_int = Counter(), Counter(), Counter(), Counter()
    for r in records:
        chan[r["channel"]] += 1
        seen = set()
        for t in r["turns"]:
            for s in t["pii"]:
                ent[s["type"]] += 1
                seen.add(s["type"])
            for s in t["lookalikes"]:
                look[s["kind"]] += 1
        for s in seen:
            ent_int[s] += 1
    print(f"wrote {len(records)} interactions to {OUT_PATH}")
    print("channels:", dict(chan))
    print("sectors:", dict(Counter(SECTOR_OF.values())))
    print("entity spans (interactions containing):")
    for k in ENTITY_TYPES:
        print(f"  {k:16s} {ent[k]:5d}  ({ent_int[k]})")
    print(f"  total PII spans {sum(ent.values())}")
    print("lookalike spans:")
    for k in LOOKALIKE_KINDS:
        print(f"  {k:18s} {look[k]:5d}")
    print(f"  total lookalikes {sum(look.values())}")
    low = [k for k in ENTITY_TYPES if ent[k] < 25]
    assert not low, f"entity types under 25: {low}"
    assert sum(look.values()) >= 400


if __name__ == "__main__":
    main()
