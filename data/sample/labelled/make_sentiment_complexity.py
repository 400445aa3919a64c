#!/usr/bin/env python3
"""Regenerate the ccqa labelled sample data (stdlib only, deterministic).

Outputs (next to this script):
  sentiment.jsonl   - turn-level sentiment (negative / neutral / positive)
  complexity.jsonl  - interaction-level complexity (simple / moderate / complex)

All text is authored for this project: hand-written fragment banks (openers,
problems, reactions, closings per sector and channel) are composed with a fixed
random seed and rendered into channel styles (speech-to-text call turns, chat,
email, social), plus a set of fully hand-written hard cases. Candidates are
deduplicated on normalised text and rejected if they share too many words with
an already accepted example (word-set Jaccard / containment thresholds below).

Usage:  python make_sentiment_complexity.py [--check]
"""
import collections
import json
import os
import random
import re
import sys

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))

# near-duplicate thresholds (word sets, lower-cased, punctuation stripped)
MAX_JACCARD = 0.60        # reject if Jaccard(words_a, words_b) > this
MAX_CONTAIN = 0.70        # ...or if both have >= CONTAIN_MIN_WORDS words and
CONTAIN_MIN_WORDS = 7     #    |a & b| / min(|a|, |b|) > this

SECTORS = ["banking", "insurance", "telecoms", "energy", "travel", "retail",
           "public_services", "utilities", "healthcare"]

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
WORD_RE = re.compile(r"[a-z0-9£$']+")


def words(text):
    return WORD_RE.findall(text.lower().replace("\u2019", "'"))


def norm(text):
    return " ".join(w.strip("'") for w in words(text))


class NearDupIndex:
    """Brute-force near-duplicate filter on word sets (fast enough for ~5k)."""

    def __init__(self):
        self.sets = []
        self.norms = set()

    def too_close(self, text):
        n = norm(text)
        if not n or n in self.norms:
            return True
        a = set(n.split())
        la = len(a)
        for b in self.sets:
            inter = len(a & b)
            if not inter:
                continue
            lb = len(b)
            if inter / (la + lb - inter) > MAX_JACCARD:
                return True
            m = min(la, lb)
            if m >= CONTAIN_MIN_WORDS and inter / m > MAX_CONTAIN:
                return True
        return False

    def add(self, text):
        n = norm(text)
        self.norms.add(n)
        self.sets.append(set(n.split()))


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]


def num_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + num_words(rest))
    if n < 10000:
        rest = n % 1000
        head = ONES[n // 1000] + " thousand"
        if rest == 0:
            return head
        return head + (" and " if rest < 100 else " ") + num_words(rest)
    return str(n)


# ---------------------------------------------------------------------------
# locale conversion (fragments are authored in en-GB; en-US variants derived,
# with US-only idioms added by the US-specific banks further down)
# ---------------------------------------------------------------------------
GB_TO_US = [
    (r"\bcurrent account\b", "checking account"), (r"\bsort code\b", "routing number"),
    (r"\bdirect debits\b", "autopays"), (r"\bdirect debit\b", "autopay"),
    (r"\bstanding order\b", "recurring transfer"), (r"\bcash machine\b", "ATM"),
    (r"\bcheque\b", "check"), (r"\bpostcode\b", "zip code"), (r"\bmobile number\b", "cell number"),
    (r"\bmobile\b", "cell"), (r"\bcolour\b", "color"), (r"\bfavour\b", "favor"),
    (r"\bcancelled\b", "canceled"), (r"\bcancelling\b", "canceling"),
    (r"\bapologise\b", "apologize"), (r"\bapologised\b", "apologized"),
    (r"\brealise\b", "realize"), (r"\brealised\b", "realized"), (r"\borganise\b", "organize"),
    (r"\borganised\b", "organized"), (r"\brecognise\b", "recognize"), (r"\bauthorised\b", "authorized"),
    (r"\bprioritise\b", "prioritize"), (r"\bbehaviour\b", "behavior"), (r"\bcentre\b", "center"),
    (r"\blicence\b", "license"), (r"\btyres?\b", "tires"), (r"\bprogramme\b", "program"),
    (r"\bfortnight\b", "two weeks"), (r"\bwhilst\b", "while"), (r"\bcheers\b", "thanks"),
    (r"\brubbish\b", "garbage"), (r"\bgutted\b", "bummed"), (r"\bmum\b", "mom"),
    (r"\bholiday\b", "vacation"), (r"\bpetrol\b", "gas"),
    (r"\bengineer\b", "technician"), (r"\bengineers\b", "technicians"), (r"\bqueue\b", "line"),
    (r"\bcouncil tax\b", "property tax"), (r"\bthe council\b", "the county"), (r"\bcouncil\b", "county"),
    (r"\bNHS\b", "the health plan"), (r"\bGP surgery\b", "doctor's office"), (r"\bGP\b", "doctor"),
    (r"\bA&E\b", "the ER"), (r"\bHMRC\b", "the IRS"), (r"\bDVLA\b", "the DMV"),
    (r"\buniversal credit\b", "benefits"), (r"\bpost\b", "mail"), (r"\bposted\b", "mailed"),
    (r"\bring you back\b", "call you back"), (r"\bringing\b", "calling"), (r"\brang\b", "called"),
    (r"\bbin collection\b", "trash pickup"), (r"\bbins\b", "trash cans"), (r"\bbin\b", "trash can"),
    (r"\blorry\b", "truck"), (r"\bparcel\b", "package"), (r"\bparcels\b", "packages"),
    (r"\bbrilliant\b", "awesome"), (r"\blovely\b", "great"), (r"\bquid\b", "bucks"),
    (r"\bboiler\b", "furnace"), (r"\bwhinge\b", "complain"), (r"\bsorted\b", "taken care of"),
    (r"\bmeter reading\b", "meter reading"), (r"\btimetable\b", "schedule"), (r"\brota\b", "schedule"),
    (r"\bcar park\b", "parking lot"), (r"\bpavement\b", "sidewalk"), (r"\bchemist\b", "pharmacy"),
    (r"\bmonth's end\b", "end of the month"), (r"\bwater board\b", "water company"),
]


def to_us(text):
    out = text.replace("£", "$")
    for pat, rep in GB_TO_US:
        out = re.sub(pat, rep, out)
    return out


# ---------------------------------------------------------------------------
# slot filling
# ---------------------------------------------------------------------------
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DURATIONS = ["three weeks", "ten days", "a fortnight", "nearly a month", "six weeks",
             "two months", "since march", "since before christmas", "five days", "over a week"]
MINUTES = [25, 35, 40, 45, 50, 55, 70, 80, 90]
TIMES = ["9am", "10am", "half eleven", "noon", "2pm", "4pm", "half five", "6pm"]
COUNTS = ["three", "four", "five", "six", "seven"]
FIRST_NAMES = ["Sam", "Priya", "Tom", "Aisha", "Gareth", "Niamh", "Leon", "Fatima", "Callum",
               "Megan", "Ravi", "Joanne", "Kwame", "Eilidh", "Marek", "Sophie", "Dev", "Hannah",
               "Olu", "Ciaran", "Beth", "Imran", "Zoe", "Luke", "Agnieszka", "Rhys", "Chloe",
               "Tariq", "Grace", "Mohammed", "Lauren", "Jake", "Sian", "Daniel", "Amara", "Kirsty"]
SURNAMES = ["Patel", "Jones", "Okafor", "McLeod", "Hughes", "Khan", "Walsh", "Nowak", "Evans",
            "Brown", "Ahmed", "Clarke", "Murphy", "Singh", "Taylor", "Davies", "Osei", "Reid",
            "Fraser", "Lewis", "Begum", "Kowalski", "Wright", "O'Neill"]


def fill(text, rng):
    def amt(big=False):
        if big:
            v = rng.choice([180, 240, 310, 450, 620, 875, 1200, 1450, 2300, 3800])
        else:
            v = rng.choice([4.99, 12, 15.50, 18, 25, 32.40, 39, 47.80, 60, 72, 85, 96.15, 110, 135])
        return "£%s" % (("%.2f" % v) if isinstance(v, float) else v)
    while "{n}th" in text:
        text = text.replace("{n}th", rng.choice(["3rd", "5th", "12th", "14th", "21st", "22nd", "28th", "1st", "9th"]), 1)
    rep = {
        "{amt}": lambda: amt(), "{bigamt}": lambda: amt(True),
        "{small}": lambda: "£%d" % rng.choice([2, 3, 5, 8, 10]),
        "{days}": lambda: rng.choice(DURATIONS), "{day}": lambda: rng.choice(DAYS),
        "{mins}": lambda: str(rng.choice(MINUTES)), "{time}": lambda: rng.choice(TIMES),
        "{n}": lambda: rng.choice(COUNTS), "{name}": lambda: rng.choice(FIRST_NAMES),
        "{ref}": lambda: "%s%d" % (rng.choice(["CX", "RF", "TK", "C", "REF"]), rng.randint(10000, 99999)),
        "{last4}": lambda: str(rng.randint(1000, 9999)),
        "{pc}": lambda: rng.choice(["LS6 2AB", "M14 5RT", "CF10 3NB", "G12 8QQ", "BS3 1DE", "NE4 7PL",
                                    "B29 6HX", "EH7 4JR", "SW9 0LP", "NR2 3QF"]),
    }
    for k, f in rep.items():
        while k in text:
            text = text.replace(k, f(), 1)
    return text


# ---------------------------------------------------------------------------
# channel renderers
# ---------------------------------------------------------------------------
FILLERS = ["um", "erm", "uh", "er", "like", "you know", "i mean", "sort of", "basically", "so"]
STT_SPLIT = re.compile(r"(?<=[,.;:!?])\s+")


def money_to_speech(text, rng):
    def m(mo):
        whole = mo.group(2)
        pence = mo.group(3)
        n = int(whole)
        if rng.random() < 0.35:
            out = "%s pounds" % n if mo.group(1) == "£" else "%s dollars" % n
        else:
            out = num_words(n) + (" pounds" if mo.group(1) == "£" else " dollars")
            if n < 100 and rng.random() < 0.3 and mo.group(1) == "£":
                out = num_words(n) + " quid"
        if pence and pence != "00":
            out += " " + num_words(int(pence))
        return out
    return re.sub(r"([£$])(\d+)(?:\.(\d\d))?", m, text)


def to_call(text, rng, disfluency_rate=0.55, speaker="customer"):
    """Speech-to-text style: lower case, no punctuation, disfluencies, restarts."""
    tags = set()
    t = money_to_speech(text, rng)
    t = t.replace("&", " and ").replace("%", " percent")
    t = re.sub(r"\b(\d+)am\b", lambda m: num_words(int(m.group(1))) + " a m", t)
    t = re.sub(r"\b(\d+)pm\b", lambda m: num_words(int(m.group(1))) + " p m", t)
    t = re.sub(r"\b(\d{1,3})\b", lambda m: num_words(int(m.group(1))) if rng.random() < 0.7 else m.group(1), t)
    clauses = [c for c in STT_SPLIT.split(t) if c.strip()]
    out = []
    for i, c in enumerate(clauses):
        c = c.lower()
        c = re.sub(r"[^\w\s'£$-]", " ", c)
        c = c.replace("-", " ")
        if rng.random() < 0.25:
            c = c.replace("'", "")
        ws = c.split()
        if not ws:
            continue
        if rng.random() < disfluency_rate * (0.8 if i else 1.0):
            tags.add("disfluency")
            r = rng.random()
            if r < 0.45:
                pos = rng.randrange(0, min(len(ws), 5))
                ws.insert(pos, rng.choice(FILLERS))
            elif r < 0.7 and len(ws) > 2:
                pos = rng.randrange(0, min(len(ws) - 1, 4))
                ws.insert(pos, ws[pos])            # stutter / repetition
            elif len(ws) > 4:
                k = rng.randint(2, 3)              # restart: "so the so the card"
                ws = ws[:k] + [rng.choice(["", "erm", "sorry"])] + ws
                ws = [w for w in ws if w]
            else:
                ws.insert(0, rng.choice(["erm", "um", "yeah"]))
        out.append(" ".join(ws))
    t = " ".join(out)
    if speaker == "customer" and rng.random() < 0.25:
        t = rng.choice(["yeah ", "hi yeah ", "right ", "okay so ", "hiya ", "hello "]) + t
        tags.add("disfluency") if t.startswith("okay so") else None
    t = re.sub(r"\s+", " ", t).strip()
    return t, tags


CHAT_ABBR = [(r"\byou\b(?!')", "u"), (r"\byour\b", "ur"), (r"\bplease\b", "pls"), (r"\bthanks\b", "thx"),
             (r"\bI'm\b", "im"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"), (r"\bto be honest\b", "tbh"),
             (r"\bat the moment\b", "atm"), (r"\bas soon as possible\b", "asap"), (r"\bbecause\b", "cos"),
             (r"\bthank you\b", "ty"), (r"\bI don't know\b", "idk"), (r"\bnot gonna lie\b", "ngl"),
             (r"\btomorrow\b", "tmrw"), (r"\bpeople\b", "ppl"), (r"\bmessage\b", "msg"),
             (r"\bokay\b", "ok"), (r"\bwhat\b", "wat"), (r"\bare\b", "r"), (r"\bfor\b", "4"),
             (r"\bI've\b", "ive"), (r"\bdoesn't\b", "doesnt"), (r"\bisn't\b", "isnt"), (r"\bwon't\b", "wont")]
KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo_word(w, rng):
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randrange(1, len(w) - 1)
    r = rng.random()
    if r < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]        # swap
    if r < 0.65:
        return w[:i] + w[i + 1:]                          # drop
    if r < 0.85:
        return w[:i] + w[i] + w[i:]                       # double
    k = KEYB.index(w[i].lower()) if w[i].lower() in KEYB else 0
    return w[:i] + KEYB[(k + 1) % len(KEYB)] + w[i + 1:]  # neighbour-ish key


EMOJI = {"negative": ["🙄", "😡", "😤", "😒", "😩", "🤦", "😂", "🙃"],
         "neutral": ["🙂", "👍", "🤔", "🙏"],
         "positive": ["😊", "🙏", "👍", "🙌", "❤️", "😀", "🥳", "😂"]}


def to_chat(text, rng, label, speaker):
    tags = set()
    t = text
    if speaker == "customer":
        if rng.random() < 0.55:
            n = 0
            for pat, rep in rng.sample(CHAT_ABBR, len(CHAT_ABBR)):
                if re.search(pat, t) and rng.random() < 0.5:
                    t = re.sub(pat, rep, t)
                    n += 1
            if n:
                tags.add("abbreviation")
        if rng.random() < 0.3:
            ws = t.split(" ")
            idx = [i for i, w in enumerate(ws) if len(w) >= 4 and w.isalpha()]
            if idx:
                for i in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
                    ws[i] = typo_word(ws[i], rng)
                t = " ".join(ws)
                tags.add("typo")
        if rng.random() < 0.5:
            t = t.lower()
        if rng.random() < 0.5:
            t = t.rstrip(".")
        if rng.random() < 0.2:
            t = t.replace(", ", " ")
    if rng.random() < (0.12 if speaker == "customer" else 0.04):
        t = t.rstrip() + " " + rng.choice(EMOJI[label])
        tags.add("emoji")
    return t, tags


SIGNOFF_CUST = ["Kind regards,", "Regards,", "Thanks,", "Many thanks,", "Best,", "Yours faithfully,",
                "Cheers,", "Thanks in advance,", "Sincerely,"]
GREET_CUST = ["Hello,", "Hi,", "Dear Sir or Madam,", "To whom it may concern,", "Hi there,",
              "Good morning,", "Hello team,", "Dear customer services,"]


def to_email(text, rng, speaker, locale, label):
    if speaker == "customer":
        greet = rng.choice(GREET_CUST)
        sign = rng.choice(SIGNOFF_CUST)
        if locale == "en-US" and sign == "Yours faithfully,":
            sign = "Sincerely,"
        name = rng.choice(FIRST_NAMES) if rng.random() < 0.6 else "%s. %s" % (
            rng.choice(FIRST_NAMES)[0], rng.choice(SURNAMES))
        parts = [greet, text]
        if rng.random() < 0.8:
            parts.append("%s %s" % (sign, name))
        return "\n\n".join(parts) if rng.random() < 0.5 else " ".join(parts), set()
    greet = rng.choice(["Dear {n},", "Hi {n},", "Hello {n},", "Good afternoon {n},"]).format(
        n=rng.choice(FIRST_NAMES) if rng.random() < 0.5 else "Mr " + rng.choice(SURNAMES)
        if rng.random() < 0.5 else "Ms " + rng.choice(SURNAMES))
    sign = rng.choice(["Kind regards,", "Best wishes,", "Regards,", "Many thanks,"])
    team = rng.choice(["Customer Relations", "Customer Care Team", "the Resolutions Team",
                       "Customer Support", "Complaints Team"])
    return "%s\n\n%s\n\n%s %s, %s" % (greet, text, sign, rng.choice(FIRST_NAMES), team), set()


HASHTAGS = {"negative": ["#fail", "#customerservice", "#shambles", "#ripoff", "#stillwaiting",
                         "#nothappy", "#joke", "#customerservicefail", "#ridiculous", "#help"],
            "neutral": ["#help", "#question", "#customerservice", "#askingforafriend", "#update",
                        "#advice", "#anyone"],
            "positive": ["#customerservice", "#thankyou", "#greatservice", "#impressed", "#kudos",
                         "#happycustomer", "#sorted", "#shoutout"]}


def to_social(text, rng, label, speaker, brand):
    tags = set()
    t = text
    if speaker == "customer":
        if rng.random() < 0.5:
            t = t.lower()
        if rng.random() < 0.25:
            for pat, rep in CHAT_ABBR[:12]:
                if re.search(pat, t) and rng.random() < 0.5:
                    t = re.sub(pat, rep, t)
                    tags.add("abbreviation")
        r = rng.random()
        if r < 0.7:
            t = "@%s %s" % (brand, t)
        elif r < 0.85:
            t = "%s @%s" % (t.rstrip(), brand)
        else:
            t = "hey @%s %s" % (brand, t)
        if rng.random() < 0.45:
            # hashtags: mostly label-flavoured, but often a neutral one to avoid a giveaway
            pool = HASHTAGS[label] if rng.random() < 0.6 else HASHTAGS["neutral"]
            t += " " + " ".join(rng.sample(pool, rng.choice([1, 1, 2])))
            tags.add("hashtag")
        if rng.random() < 0.12:
            t = t.rstrip() + " " + rng.choice(EMOJI[label])
            tags.add("emoji")
    else:
        handle = rng.choice(FIRST_NAMES)
        t = "@%s %s ^%s" % (rng.choice(["sam_k88", "jonesyyy", "pri_v", "mike_t", "gem1979",
                                       "the_real_dan", "laurenxo", "bigal_", "dee_writes", "tbh_tom"]),
                            t, handle[:2].upper())
    return t, tags


# ---------------------------------------------------------------------------
# SENTIMENT: sector fragment banks (hand-authored)
#   issue   : factual problem statements (label-neutral on their own)
#   request : neutral requests / questions
#   fixed   : resolution facts (positive context)
#   a_info  : agent procedural lines (neutral)
#   a_bad   : agent unfavourable news (negative)
#   a_good  : agent favourable news (positive)
# ---------------------------------------------------------------------------
SECTOR_BANK = {
    "banking": dict(
        brands=["NorthgateBank", "HarbourBS", "ClydeMoney", "PennantBank"],
        issue=[
            "my card was declined at the till twice this morning",
            "there's a payment of {amt} on my statement that I don't recognise",
            "the app logs me out every time I try to make a transfer",
            "the money I sent to my landlord on {day} still hasn't arrived",
            "I got charged an overdraft fee for going {small} over for one day",
            "my replacement card never turned up",
            "a standing order went out twice this month",
            "I can't get past the security questions on online banking",
            "my account has been frozen and the letter doesn't say why",
            "the cash machine on the high street swallowed my card",
            "the mortgage payment was taken four days early",
            "the rate on my savings account dropped without any notice",
            "a cheque I paid in {days} ago still hasn't cleared",
            "my council tax direct debit bounced even though there was money in the account",
            "the branch near me is closing and I was never told",
        ],
        request=[
            "I need to order a replacement card",
            "how do I set up a standing order for my rent",
            "what's the cut-off time for same-day transfers",
            "can I put my daily cash withdrawal limit up",
            "I want to close my old savings account and move the money across",
            "can you tell me what my arranged overdraft limit is",
            "I'd like to add my partner as a second card holder",
            "how do I cancel a direct debit in the app",
            "I'm going abroad next month, do I need to let you know",
            "could I get copies of last year's statements for my accountant",
            "is there a fee for paying in coins at the counter",
        ],
        fixed=[
            "the {amt} from that dodgy payment went back into my account this morning",
            "my new card arrived the very next day",
            "the overdraft charge has been taken off",
            "the transfer finally landed",
            "I can log in to the app again",
            "the account's unfrozen and my rent went out fine",
            "the mortgage date now lines up with payday",
            "the chargeback went through in under a week",
        ],
        a_info=[
            "can you confirm the long number on the front of the card for me",
            "I'll send a one-time passcode to the mobile number we hold",
            "transfers made after {time} go out the next working day",
            "I can see the payment is still showing as pending",
            "I'm going to transfer you to our card services team now",
            "a replacement card usually arrives within five working days",
            "for security I can't read out the full account number",
        ],
        a_bad=[
            "I'm afraid we can't refund the overdraft fee as it was applied in line with the terms",
            "unfortunately the fraud team has declined the claim",
            "the account will stay restricted until the review is finished and I can't give you a date",
            "I'm sorry but I can't reverse a payment you authorised yourself",
            "there's no way for me to speed the cheque up, it has to go through clearing",
        ],
        a_good=[
            "I've refunded the {amt} fee to your account just now",
            "the fraud team has approved your claim in full",
            "I've managed to get the restriction lifted so you're good to go",
            "I've marked the card as urgent so it should be with you tomorrow",
            "I've backdated the interest so you won't lose anything",
        ]),
    "insurance": dict(
        brands=["ShieldLineIns", "Covelle", "BrightHarbourInsure", "OakmereDirect"],
        issue=[
            "my car insurance renewal has gone up by {amt} and I haven't made a claim",
            "I put in a claim for storm damage to the roof {days} ago and haven't heard anything",
            "the loss adjuster hasn't turned up for the appointment twice",
            "my home insurance claim was rejected because of wear and tear",
            "the courtesy car you promised never arrived",
            "I was charged for a policy I cancelled in the cooling-off period",
            "the excess on my pet policy is different to what I was quoted",
            "the garage your insurer sent me to has had my car for {days}",
            "my travel claim for the cancelled trip is still being assessed",
            "the documents I was sent have the wrong registration on them",
            "I've been asked to send the same receipts three times",
            "the payout offer is about half what it'll cost to replace the sofa",
            "my no claims discount isn't showing on the renewal",
        ],
        request=[
            "I need to add my son as a named driver",
            "can I change the address on my home policy, we've moved",
            "what does my policy cover if I'm driving abroad",
            "how do I make a claim for a cracked windscreen",
            "is accidental damage included on my contents cover",
            "can you send me a copy of my certificate of insurance",
            "I'd like to cancel the breakdown add-on",
            "what's the excess if I claim for the phone",
            "do I need to declare a speeding fine from last year",
            "can I pay monthly instead of annually",
        ],
        fixed=[
            "the claim was settled and the money's in my account",
            "the roofer came out within two days of the approval",
            "the renewal price was matched to what I paid last year",
            "my no claims discount has been put back on",
            "the courtesy car turned up this morning",
            "the vet bills were paid directly so I didn't have to front it",
            "the windscreen was replaced on my drive the next day",
        ],
        a_info=[
            "can I take the policy number please",
            "I just need to run through a few questions about the incident",
            "the claim will be passed to a loss adjuster who'll contact you within ten working days",
            "is the vehicle still drivable at the moment",
            "I'll need a copy of the police crime reference number",
            "the excess on this policy is {amt}",
            "I'm going to put you on a short hold while I check with underwriting",
        ],
        a_bad=[
            "I'm afraid the policy doesn't cover gradual damage so the claim has been declined",
            "unfortunately we can't backdate the cancellation",
            "the renewal price is based on our rating factors and I can't reduce it",
            "I'm sorry but the courtesy car isn't included on your level of cover",
            "the claim has been put on hold pending further investigation",
        ],
        a_good=[
            "great news, the claim has been approved in full",
            "I've applied a discount of {amt} to your renewal",
            "I've pushed the claim through so payment should land within three working days",
            "I've arranged for a courtesy car to be dropped off tomorrow morning",
            "I've waived the admin fee for the change",
        ]),
    "telecoms": dict(
        brands=["SkylarkMobile", "Wavefront_UK", "PulseBroadband", "LinkvaleHelp"],
        issue=[
            "my broadband has been dropping out every evening for {days}",
            "my bill is {amt} more than it should be",
            "I've got no signal at home since the mast work",
            "the router you sent doesn't have a power cable in the box",
            "I was charged roaming on a trip to Spain even though it's meant to be included",
            "the engineer didn't turn up for the installation",
            "my number still hasn't ported over from my old provider",
            "the speed I'm getting is about a third of what I was sold",
            "my phone's been locked after the upgrade",
            "I was billed for a landline I asked to cancel in {day}'s call",
            "the price went up mid-contract by more than inflation",
            "my data ran out after two days of the month",
            "I keep getting texts saying my bill is overdue when I've paid it",
        ],
        request=[
            "can I get a PAC code to switch",
            "when does my contract end",
            "how do I set up voicemail on the new phone",
            "I'd like to add a line for my daughter",
            "is there a cheaper sim only deal I can move onto",
            "can you tell me how much data I've got left",
            "I need to cancel the sports add-on",
            "what's the cost of calling abroad from my plan",
            "can I move my broadband to my new flat",
            "do you do social tariffs for people on benefits",
        ],
        fixed=[
            "the broadband has been rock solid since the line fault was fixed",
            "the overcharge has come off my bill",
            "my number ported across in an afternoon",
            "the new router arrived and everything's working",
            "the engineer found the fault in the street box and sorted it",
            "my phone was unlocked in about ten minutes",
            "I'm getting the full speed now",
        ],
        a_info=[
            "can you turn the router off at the wall and back on for me",
            "I'm just running a line test, it'll take about two minutes",
            "your minimum term ends on the {n}th of next month",
            "can I take the account holder's full name and postcode",
            "I can see there's planned maintenance in your area tonight",
            "a PAC code will be sent by text within a minute",
            "the first bill after an upgrade is usually higher because it's part month",
        ],
        a_bad=[
            "I'm afraid an early termination charge of {bigamt} would apply",
            "unfortunately the next engineer slot isn't for another {days}",
            "the price rise is in the terms so I can't remove it",
            "I'm sorry but we don't have coverage at that postcode",
            "I can't unlock the handset until the device plan is paid off",
        ],
        a_good=[
            "I've credited {amt} to your account for the time you were without service",
            "good news, I've found you a deal that's {small} a month cheaper",
            "I've booked an engineer for tomorrow morning",
            "I've waived the early termination charge for you",
            "I've added an extra 20GB free for the rest of the month",
        ]),
    "energy": dict(
        brands=["BrightwattEnergy", "HearthPower", "VoltaHome", "GreenRidgeEnergy"],
        issue=[
            "my direct debit has gone up from {amt} to almost double",
            "my smart meter stopped sending readings {days} ago",
            "I've been billed on estimates for the whole winter",
            "the prepayment meter won't accept the top-up",
            "I'm in credit by {bigamt} and can't get it back",
            "the final bill from my old flat still hasn't come through",
            "I was switched to a different tariff without asking",
            "the engineer capped the gas and left without fixing anything",
            "my bill is in someone else's name even though I moved in {days} ago",
            "the meter reading on the bill is higher than what's actually on the meter",
            "the in-home display has been blank since the fitting",
            "I've been charged standing charges on a meter that was removed",
        ],
        request=[
            "I want to give you a meter reading",
            "can you tell me what tariff I'm on",
            "I'm moving out on {day}, what do I need to do",
            "how do I get on the priority services register",
            "can I pay by card rather than direct debit",
            "is there a fixed deal available at the moment",
            "I'd like a smart meter fitted",
            "what's my unit rate for electricity",
            "can I get a copy of my annual statement",
            "how do I apply for the warm home discount",
        ],
        fixed=[
            "the refund of my credit landed this morning",
            "the smart meter is sending readings again",
            "my direct debit was recalculated to something sensible",
            "the bill was corrected to my actual readings",
            "the engineer replaced the faulty meter in under an hour",
            "the prepay meter is taking top-ups again",
            "my tariff has been put back to the fixed one I chose",
        ],
        a_info=[
            "could you read me the numbers on the meter from left to right, ignoring anything in red",
            "can I take the meter serial number please",
            "your direct debit is reviewed every six months against your usage",
            "I'll pass this to our metering team who'll be in touch within five working days",
            "do you have a photo of the reading with the date on it",
            "the final bill is produced within six weeks of the move",
        ],
        a_bad=[
            "I'm afraid the direct debit can't go lower without building up a debt",
            "unfortunately the earliest smart meter appointment is in {days}",
            "we can only refund credit once the account has been reconciled",
            "I'm sorry but I can't take the standing charge off",
            "the estimate stands until we get an actual reading",
        ],
        a_good=[
            "I've sent the {bigamt} refund to your bank, it'll be there in three to five days",
            "I've re-billed the account on your readings and knocked {amt} off",
            "great news, you qualify for the warm home discount",
            "I've added you to the priority services register today",
            "I've put a goodwill credit of {amt} on the account",
        ]),
    "travel": dict(
        brands=["SkyHopAir", "NorthlineRail", "BlueCoastHolidays", "MeridianAirways"],
        issue=[
            "my flight was cancelled the night before and there's no rebooking option in the app",
            "my suitcase didn't arrive in Malaga and it's been {days}",
            "the train was delayed by {mins} minutes and I missed my connection",
            "the hotel we booked through you had no record of the reservation",
            "I was charged twice for the same booking",
            "the refund for the cancelled trip still hasn't come through after {days}",
            "my seat reservation was ignored and we were split up from our kids",
            "the transfer coach never showed up at the airport",
            "my booking confirmation has the wrong surname on it",
            "the delay compensation form keeps crashing when I upload the ticket",
            "we were moved to a flight eight hours later without being told",
            "the room we got was nothing like the photos",
        ],
        request=[
            "can I change the date of my return flight",
            "how much hold luggage am I allowed",
            "I need to add a wheelchair assistance request to my booking",
            "is there a way to get a receipt for my season ticket",
            "what time does check-in open",
            "can I bring my bike on the train",
            "I'd like to cancel my booking for next month",
            "do I need a visa for the stopover",
            "how do I claim delay repay",
            "can I upgrade to a seat with extra legroom",
        ],
        fixed=[
            "the bag was delivered to our hotel the next morning",
            "we were rebooked onto an earlier flight at no extra cost",
            "the delay compensation paid out within a week",
            "the duplicate charge has been refunded",
            "the hotel found our booking and gave us an upgrade",
            "the name on the ticket has been corrected",
            "the assistance team met us at the gate and it was all seamless",
        ],
        a_info=[
            "can I take the booking reference please",
            "name changes are allowed up to 24 hours before departure",
            "the baggage team have a tracing number for the bag",
            "I'll need the ticket numbers for both legs of the journey",
            "your return is currently showing as confirmed",
            "check-in opens 30 days before departure online",
        ],
        a_bad=[
            "I'm afraid the ticket is non-refundable",
            "unfortunately the delay was caused by weather so compensation doesn't apply",
            "there's a change fee of {amt} per passenger",
            "I'm sorry but we can't guarantee seats together on this fare",
            "the bag still hasn't been located",
        ],
        a_good=[
            "I've rebooked you on the 7am flight at no charge",
            "your compensation of {bigamt} has been approved",
            "I've refunded the duplicate payment just now",
            "I've added complimentary seat selection for all of you",
            "the bag has been found and a courier will drop it to you tonight",
        ]),
    "retail": dict(
        brands=["Marlow_and_Co", "ShopRoost", "KettleLaneHome", "TrendloomUK"],
        issue=[
            "my parcel says delivered but there's nothing here",
            "I returned the jacket {days} ago and haven't had the refund",
            "the sofa arrived with a tear down the side",
            "I was charged for express delivery and it took a week",
            "the discount code didn't apply at checkout",
            "half my grocery order was substituted",
            "the size guide is way off, the jeans are two sizes small",
            "I ordered a blue kettle and got a red toaster",
            "the click and collect order wasn't ready when I got to the store",
            "my gift card balance shows zero when it should have {amt} on it",
            "the washing machine you installed is leaking",
            "my order was cancelled without any explanation",
        ],
        request=[
            "can I change the delivery address on my order",
            "what's your returns policy on sale items",
            "do you price match",
            "when will the medium be back in stock",
            "how do I cancel an order that hasn't shipped",
            "can I get a VAT receipt for this",
            "is there a warranty on the vacuum",
            "can I return something bought online to a store",
            "where's my order, it says processing",
            "how do I use a gift card online",
        ],
        fixed=[
            "the refund went back on my card",
            "the replacement sofa came and it's perfect",
            "the missing parcel turned up at a neighbour's",
            "the delivery charge was refunded",
            "the right kettle arrived this morning",
            "my gift card balance has been restored",
            "the engineer fixed the leak in ten minutes",
        ],
        a_info=[
            "can I take your order number please",
            "refunds take three to five working days to show once processed",
            "our returns window is 28 days from delivery",
            "I can see the courier has a photo of the parcel at a door",
            "I'll open an investigation with the courier",
            "can you send a photo of the damage to this email address",
        ],
        a_bad=[
            "I'm afraid sale items can only be exchanged, not refunded",
            "unfortunately the courier investigation can take up to ten working days",
            "I can't apply the code retrospectively",
            "that item has been discontinued so we can't replace it",
            "I'm sorry but the item is outside the returns window",
        ],
        a_good=[
            "I've processed a full refund for you today",
            "I've sent a replacement out on next-day delivery",
            "I've added a {amt} voucher to your account as an apology",
            "I've applied the discount and refunded the difference",
            "good news, the item's back in stock and I've reserved one for you",
        ]),
    "public_services": dict(
        brands=["WestfordCouncil", "CityParking_Help", "HaltonHousing", "DVLA_Help"],
        issue=[
            "my bins haven't been collected for three weeks",
            "I've been sent a parking fine for a day I wasn't even in the city",
            "I applied for a resident's permit {days} ago and heard nothing",
            "the council tax bill has me down as living alone when there are two of us",
            "the repair to the damp in my flat was booked and nobody came",
            "my licence renewal has been stuck at processing for {days}",
            "I was told a housing officer would call me back and nobody did",
            "the streetlight outside has been out since {day}",
            "my universal credit payment is less than last month with no explanation",
            "the pothole I reported has now damaged my tyre",
            "the school place letter went to my old address",
        ],
        request=[
            "how do I apply for a single person discount",
            "when is the garden waste collection for my street",
            "can I pay my council tax in twelve instalments",
            "how do I report fly-tipping",
            "what documents do I need for a blue badge",
            "can I book a bulky waste collection",
            "I need to tell you I've moved house",
            "how do I appeal a parking ticket",
            "what are the opening hours for the tip",
            "is there help with rent arrears",
        ],
        fixed=[
            "the bins were collected the day after I called",
            "the parking fine has been cancelled",
            "my permit came through in the post",
            "the discount has been applied and my bill's come down",
            "the damp specialist came out and sorted the wall",
            "the streetlight was fixed the same week",
            "my licence arrived this morning",
        ],
        a_info=[
            "can I take the first line of the address and the postcode",
            "I've logged that as a missed collection, reference {ref}",
            "appeals need to be made within 28 days of the notice",
            "the permit team are working on applications from {days} ago",
            "I'll pass this to the housing repairs team",
            "you can upload the evidence through the online portal",
        ],
        a_bad=[
            "I'm afraid the appeal has been rejected",
            "unfortunately there's a backlog and I can't give you a date",
            "I'm sorry but the discount can't be backdated",
            "the repair isn't classed as urgent so it'll be within 28 days",
            "we can't take that waste, you'll need to use a licensed carrier",
        ],
        a_good=[
            "I've cancelled the penalty charge notice",
            "I've booked the repair for tomorrow morning",
            "I've applied the discount and backdated it to when you moved in",
            "your permit has been approved and it's active from today",
            "I've arranged a special collection for tomorrow",
        ]),
    "utilities": dict(
        brands=["RiverdaleWater", "ClearstreamH2O", "SevernvaleWater", "AquaNorthUK"],
        issue=[
            "we've had no water since this morning",
            "the water's coming out brown from every tap",
            "my water bill has doubled and nothing's changed in the house",
            "there's been a leak in the road outside for {days}",
            "the sewage smell from the drain is getting worse",
            "my water meter reading is way higher than my usage",
            "the pressure's so low the shower barely works",
            "I was billed for a property I sold last year",
            "the workmen left a massive hole in my drive",
            "the bottled water station you set up ran out before I got there",
        ],
        request=[
            "can I get a water meter fitted",
            "how do I report a leak",
            "when's the supply going to be back on",
            "I'd like to set up a payment plan",
            "is the water safe to drink after the repair",
            "can you tell me who supplies my sewerage",
            "I've moved in and need to open an account",
            "do you offer a discount for low income households",
            "can I submit a meter reading online",
        ],
        fixed=[
            "the water came back on within a couple of hours",
            "the tap water is running clear now",
            "the bill was corrected and the overcharge refunded",
            "the leak in the road was finally repaired",
            "the pressure is back to normal",
            "the drive was put back exactly how it was",
        ],
        a_info=[
            "can I take the postcode where the problem is",
            "there's a burst main in your area and the crew are on site",
            "run the cold kitchen tap for a few minutes and it should clear",
            "I'll raise a job for a network technician to visit",
            "the meter is read twice a year",
            "can you tell me when you first noticed it",
        ],
        a_bad=[
            "I'm afraid we don't have an estimated time for the repair yet",
            "unfortunately the meter reading was correct so the bill stands",
            "the drain is on private land so it's your responsibility",
            "I'm sorry but we can't offer compensation for this",
            "the next available appointment isn't until {day} week",
        ],
        a_good=[
            "the crew have fixed the main and supply is back",
            "I've applied the social tariff which will cut your bill by about half",
            "I've refunded the {amt} overcharge",
            "I've arranged for bottled water to be delivered to your door",
            "you're entitled to a payment of {amt} under our guaranteed standards",
        ]),
    "healthcare": dict(
        brands=["ParkviewSurgery", "CarePlusPharmacy", "MedLinkHealth", "NHS_Oakfield"],
        issue=[
            "I've been trying to get a GP appointment for {days}",
            "my repeat prescription wasn't sent to the pharmacy",
            "the referral letter still hasn't been sent to the hospital",
            "I was billed {amt} for a test that should have been covered",
            "my test results were meant to come back last week",
            "the pharmacy has run out of my medication again",
            "I waited {mins} minutes past my appointment time and then got sent home",
            "the online booking system shows no slots at all",
            "my mum's home visit was cancelled at short notice",
            "the hospital transport didn't turn up for my dad's appointment",
        ],
        request=[
            "can I book a blood test",
            "how do I order my repeat prescription online",
            "can I change my registered pharmacy",
            "I need a fit note for work",
            "what time does the surgery open on a saturday",
            "can I speak to the nurse about my vaccination",
            "is there a way to see my records online",
            "can I register my newborn with the practice",
            "how do I get my referral moved to a different hospital",
        ],
        fixed=[
            "the prescription was ready to collect the same afternoon",
            "I got an appointment for the following morning",
            "the referral has gone through and I've got a date",
            "my results came back and the doctor rang me to explain",
            "the bill for the test was cancelled",
            "the pharmacy found the medication at another branch",
        ],
        a_info=[
            "can I take your date of birth and first line of address",
            "appointments are released at 8am each morning",
            "repeat prescriptions take two working days to process",
            "I'll send a message to the duty doctor",
            "the results are back but the doctor needs to review them first",
            "you can request it through the app or at reception",
        ],
        a_bad=[
            "I'm afraid we have no appointments left today",
            "unfortunately the medication is on national shortage",
            "the doctor won't issue a fit note without seeing you",
            "I'm sorry but the waiting list for that clinic is currently {days}",
            "we can't discuss your mum's records without her consent",
        ],
        a_good=[
            "I've managed to get you a cancellation slot at 10 tomorrow",
            "the doctor has signed off the prescription and it's gone to the pharmacy",
            "I've chased the referral and it's been accepted",
            "the charge has been written off",
            "the nurse can see you this afternoon",
        ]),
}


# ---------------------------------------------------------------------------
# SENTIMENT: generic stance banks
# ---------------------------------------------------------------------------
NEG_REACT = [
    "this is the third time I've had to chase it",
    "I'm absolutely fed up",
    "nobody ever rings back when they say they will",
    "honestly it's a joke",
    "I've wasted my whole lunch break on this",
    "I'm at the end of my tether",
    "your service has gone right downhill",
    "I'm livid",
    "this has ruined my week",
    "I've been with you twelve years and this is how I'm treated",
    "I'm seriously thinking about leaving",
    "it's just not acceptable",
    "every time I call I get a different answer",
    "I'm sick of being passed from pillar to post",
    "why is it so hard to get a straight answer",
    "I'm really upset about this",
    "it's disgraceful",
    "I'm so stressed I can't sleep",
    "what a shambles",
    "nobody seems to care",
    "I feel completely fobbed off",
    "this is costing me money every day it drags on",
    "I'm fuming",
    "it's been an absolute nightmare from start to finish",
    "I expected better, frankly",
    "I'm beyond frustrated now",
    "do you actually want my business or not",
    "the whole thing's been handled appallingly",
    "I'm gutted, we'd been looking forward to it for months",
    "I'm done being polite about it",
    "it's shocking how long this is taking",
    "this company is a total mess",
    "I want to speak to a manager",
    "I'm disappointed doesn't even begin to cover it",
    "I've had enough of the excuses",
    "that's rubbish and you know it",
    "I've been lied to twice now",
    "I'm genuinely in tears over this",
    "it's like talking to a brick wall",
    "this is the worst experience I've had with any company",
    "I shouldn't have to beg to get my own money back",
    "I'm not paying a penny more until it's fixed",
    "you've made a simple thing incredibly difficult",
    "I'm exhausted by all of this",
    "I'm totally fed up of the runaround",
    "it's had me in knots all week",
    "frankly it's embarrassing for a company your size",
    "the app is useless and so is the phone line",
    "I really can't believe it",
    "how hard can it be",
    "I've got better things to do than sit on hold all day",
    "it's driving me up the wall",
    "that's daylight robbery",
    "I'm furious, my kids were in the car",
    "I'm so angry I could scream",
    "words fail me",
    "I've lost all faith in you",
    "I was promised a callback and it never happened",
    "I'm appalled",
    "every single step has gone wrong",
    "I need this fixed today, not next week",
    "I need someone to actually take responsibility",
    "I was told it'd be sorted by friday and nothing's happened",
    "nothing has been sorted, nothing",
    "how is any of that fair",
    "it's not fair on me or my family",
    "what I need is an answer, not another apology",
]
NEG_REACT_US = [
    "this is ridiculous",
    "I'm so done with this company",
    "customer service is a total joke",
    "I've been on hold forever",
    "this is beyond unacceptable",
    "y'all need to get it together",
    "I'm super frustrated right now",
    "worst customer service ever, hands down",
    "I'm seriously pissed off",
    "what a scam",
]
POS_REACT = [
    "that's brilliant, thank you so much",
    "you've been a massive help",
    "honestly the best service I've had in ages",
    "what a relief",
    "I really appreciate you sorting that",
    "cheers, that's made my day",
    "top notch service",
    "you've gone above and beyond",
    "I'm so pleased",
    "I'll definitely be recommending you",
    "that was so much easier than I expected",
    "I could kiss you",
    "you're a star",
    "really impressed with how quick that was",
    "I can finally relax",
    "the lady on the phone was lovely",
    "I was dreading calling but that was painless",
    "that's taken a weight off my mind",
    "so happy with that",
    "fantastic, exactly what I needed",
    "you've restored my faith a bit",
    "great job, really",
    "couldn't have asked for more",
    "thanks for being so patient with me",
    "spot on, thanks",
    "absolutely chuffed",
    "I'm over the moon",
    "that's perfect, you're a lifesaver",
    "genuinely impressed",
    "the whole thing took five minutes, amazing",
    "thank you for actually listening",
    "you've been so kind",
    "I'm delighted with the outcome",
    "really smooth, well done",
    "that's a huge help with everything going on",
    "you made it really easy",
    "excellent, thank you",
    "my wife is going to be so relieved",
    "five stars from me",
    "that's the best news I've had all week",
    "fair play to you, that was quick",
    "proper good service",
    "that's really reassuring",
    "lovely stuff",
    "that's just what I need right now",
    "that's a fair outcome, thank you",
    "you've been really fair about it",
    "great, that's all I need",
]
POS_REACT_US = [
    "you guys are awesome",
    "that's amazing, thank you",
    "seriously, great customer service",
    "you totally saved my day",
    "super helpful, thanks",
    "y'all rock",
    "that was painless, love it",
    "thanks a ton",
]
# thanks / closings that are formalities -> neutral
NEU_FORMAL = [
    "ok thanks, bye",
    "right, thank you",
    "thanks for letting me know",
    "ok cheers",
    "thank you, that's all for today",
    "no that's everything, thanks",
    "thanks, I'll wait for the email then",
    "alright, thanks for your time",
    "thank you, speak soon",
    "ok, thanks for confirming",
    "got it, thanks",
    "thanks, I'll keep an eye out",
    "noted, thank you",
    "ok great, bye now",
    "fine, thanks",
    "thank you for getting back to me",
    "ok, I'll wait to hear once it's sorted",
    "fair enough, I'll ring back next week",
    "ok so I need to send the form first",
]
NEU_INFO = [
    "my account number is {last4}{last4}",
    "I'm calling on behalf of my dad, he's here with me and happy for me to speak",
    "the reference I was given is {ref}",
    "I'm free any time after {time} on {day}",
    "the postcode is {pc}",
    "I paid by debit card",
    "it was the {n}th of last month",
    "I've got the letter in front of me now",
    "yes that's the right address",
    "it's the one ending {last4}",
    "I'm on the website now",
    "my email address has changed, it's the one I'm writing from",
    "I moved in on {day} and the keys were handed over at {time}",
    "I'm using the app on an android phone",
    "I'll be at work so please ring my mobile",
    "it's in my wife's name but I'm on the account",
    "the order was placed on {day}",
    "I spoke to someone called {name} yesterday",
]
NEU_QUESTION = [
    "how long does that usually take",
    "do I need to send anything in",
    "is there a cancellation fee",
    "who do I speak to about that",
    "can I do this online instead",
    "what happens if I miss the deadline",
    "will I get a confirmation email",
    "is that the same for joint accounts",
    "do you need the reference number",
    "what's the best number to reach you on",
    "can you spell that for me",
    "would that affect my credit score",
    "can I just check which address you have",
    "is there anything else I need to do",
    "how do I make a complaint about a previous call",
    "what's the deadline for disputing it",
    "how do I cancel if I change my mind",
    "is there a charge for a paper bill",
    "what's the process if it goes wrong again",
    "do you open on bank holidays",
    "how long will it take to get sorted",
    "do I need to be in for that",
    "what do you need from me",
    "is it fair to assume the fee is refundable",
]
SARCASM = [
    "oh great, another {mins} minutes on hold, love that",
    "wow, {days} and still no refund, amazing service as always",
    "fantastic, cut off again right after security. really loving this",
    "brilliant, so the fix for my problem is to wait another fortnight. genius",
    "thanks so much for the automated email telling me nothing, really helpful",
    "cracking job, the third 'final' bill this month",
    "so glad I spent my day off waiting in for an engineer who never came",
    "love how the app tells me to call and the phone line tells me to use the app",
    "oh good, a new reference number. that'll fix everything",
    "nothing says customer care like a chatbot that can't understand the word refund",
    "amazing how fast you take the money and how slow you give it back",
    "another price rise, what a lovely surprise",
    "really appreciate being told it'll be sorted by friday. for the fourth friday running",
    "five stars for consistency, you've let me down every single time",
    "so helpful of you to close the branch and then the phone lines",
    "can't wait to explain my whole problem from scratch for the sixth time",
    "just the 2 hours in the queue today, spoiling us",
    "oh sure, I'll just live without {thing} for another week, no problem at all",
    "what a treat, {thing} broken again on a monday morning",
    "thanks for nothing, really",
    "genuinely impressive how you manage to get it wrong every month",
    "well that's just perfect, isn't it",
    "stellar work losing my paperwork twice",
    "so the solution is turn it off and on again. groundbreaking",
    "awesome, another 'we're experiencing high call volumes'. who could have predicted that",
    "best part of my week, arguing with a robot about a bill I already paid",
]
SARC_THING = {
    "banking": ["my card", "online banking", "the app"], "insurance": ["a car", "my claim", "the portal"],
    "telecoms": ["broadband", "signal", "my phone"], "energy": ["heating", "the smart meter", "hot water"],
    "travel": ["my luggage", "a working train", "the booking"], "retail": ["my order", "the washing machine", "a sofa"],
    "public_services": ["bin collections", "the permit", "a streetlight"], "utilities": ["running water", "water pressure", "a working toilet"],
    "healthcare": ["my prescription", "an appointment", "my results"],
}
POLITE_ANGER = [
    "I'd be grateful if someone could read my previous emails before replying to this one",
    "with respect, this is the fourth time I have explained the situation",
    "I appreciate you are busy, but I was promised a call back on {day} and none came",
    "I'm sure you'll understand how disappointing it is to be ignored after {days}",
    "I have tried to remain patient, however I now expect a full refund",
    "thank you for your reply, although it doesn't address a single point I raised",
    "I would appreciate an explanation as to why my complaint was closed without my agreement",
    "kindly confirm in writing what you intend to do, as I am running out of patience",
    "I'm trying very hard to stay calm, but this is simply not good enough",
    "please don't take this personally, but your company has let me down badly",
    "with the greatest respect, I didn't ask for a voucher, I asked for my money back",
    "I'm sorry to be short with you, it isn't your fault, but I'm really quite angry",
    "could you please explain why I should continue to pay for a service I'm not receiving",
    "I'd rather not have to take this further, but you're leaving me little choice",
    "I'm afraid I find your response rather dismissive",
    "many thanks for the standard reply, I had hoped for something a little more personal",
    "I must say I'm very disappointed with how this has been handled",
    "if it's not too much trouble, I would like someone to actually fix the problem this time",
]
NEG_NEGATION = [
    "not impressed at all",
    "not once has anyone called me back",
    "I can't say I'm happy about it",
    "that's not good enough",
    "I don't feel like anyone's listening",
    "nothing has been done, nothing",
    "I'm not going to be fobbed off again",
    "it's not fine, it's really not",
    "never again, honestly",
    "no one could tell me a thing",
    "I wouldn't recommend you to anyone",
    "it isn't working and it never has",
]
POS_NEGATION = [
    "not bad at all actually",
    "can't fault the guy I spoke to",
    "no complaints from me",
    "wasn't expecting it to be that easy",
    "haven't had a single problem since",
    "I couldn't be happier",
    "not a problem at all, you've been great",
    "never had service this quick before",
    "I can't thank you enough",
    "no hassle whatsoever",
    "didn't think I'd be saying this but well done",
    "not what I expected from a call centre, in a good way",
]
NEU_NEGATION = [
    "no, I haven't had a letter yet",
    "I don't need a paper copy",
    "no, that's not the account I meant",
    "I haven't tried that, no",
    "it's not urgent, whenever suits",
    "no, nobody else lives at the address",
    "I don't have the reference on me",
    "I didn't get a text, no",
]
# mixed: (positive clause, negative clause)
MIX_POS = [
    "the agent was lovely", "the engineer was really polite", "the refund did come through in the end",
    "your staff in the branch were great", "the new phone itself is fine", "the food on the flight was decent",
    "I know it's not your fault personally", "the app is easy to use", "the price was good",
    "the fitter did a tidy job", "the chat advisor tried her best", "the first call was helpful",
]
MIX_NEG = [
    "it took {days} and four phone calls", "I'm still out of pocket by {amt}", "the letter was full of mistakes",
    "nobody told me about the extra fee", "I had to take a day off work for it", "the wait was ridiculous",
    "the follow-up never happened", "I've been charged twice", "it broke again a week later",
    "the hold music nearly sent me mad",
]
AGENT_NEU = [
    "can I take the first line of your address please",
    "bear with me while I pull that up",
    "thank you for calling, is there anything else I can help with today",
    "I'm sorry to hear that, let me take a look",
    "you'll get a text confirming that shortly",
    "can I just confirm your date of birth",
    "thanks for waiting",
    "sorry to keep you on hold",
    "I'll just read you the terms before we go ahead",
    "is it ok if I put you on hold for a couple of minutes",
    "thanks for getting in touch, could you send over your reference number",
    "could you confirm the email address you'd like it sent to",
    "I've made a note of that on your account",
    "the reference for today's call is {ref}",
    "just so I understand, when did this first happen",
    "thank you for your email, I've passed it to the relevant team",
    "apologies for the wait, we're busier than usual",
    "I can see you contacted us on {day}",
    "is the number ending {last4} still the best one for you",
]
AGENT_POS = [
    "good news, that's all been sorted for you",
    "I'm really glad we got to the bottom of it",
    "you're very welcome, it's been a pleasure",
    "I've gone ahead and waived the fee as a goodwill gesture",
    "that's brilliant, I'm so pleased it's working",
    "congratulations on the new house, by the way",
    "I've escalated it and it's been approved, so you're all set",
    "thanks so much for your patience, it's been great chatting",
    "I'm delighted to say the full amount is on its way",
    "happy to help, enjoy the rest of your weekend",
]
AGENT_NEG = [
    "I'm afraid there's nothing further I can do",
    "unfortunately that's outside our policy",
    "I'm sorry but I can't discuss the account without the account holder",
    "I know this isn't what you wanted to hear",
    "honestly our systems are a nightmare today, I can't get it to load",
    "I'm really sorry, there's been a mistake on our side and it's not fixed yet",
    "the complaint has been reviewed and we won't be upholding it",
    "I'm afraid I'll have to end the call if the language continues",
    "there's no update, I'm sorry",
    "that request has been declined",
]
AGENT_GOOD_GENERIC = [
    "I've spoken to my team leader and we're going to refund the full {amt}",
    "that's been approved, you'll see it on your account by {day}",
    "I've been able to remove the late payment marker completely",
    "I've cancelled the charge, you don't owe us anything",
    "I've fast-tracked it so it'll be done by the end of today",
    "I've credited {amt} to say sorry for the hassle",
    "the manager has agreed to honour the original price",
    "I've found the problem, it was an error on our side and it's fixed now",
    "I've sorted a same-day appointment for you",
    "the payment's gone through and everything's up to date, you're all clear",
    "I've closed the old account and there's nothing left to pay",
    "I've managed to get that booked in for first thing {day}",
    "it's been upgraded at no extra cost",
    "the investigation found in your favour so the money's coming back to you",
    "I've stopped the debt collection letters and cleared the balance",
    "you'll be pleased to hear that's all gone through fine",
    "so that's a refund of {amt} plus interest on its way",
    "we've agreed to cover the cost of the repair in full",
]
AGENT_BAD_GENERIC = [
    "I'm afraid the team has looked at it again and the decision stands",
    "we're not able to offer any compensation on this occasion",
    "unfortunately there are no slots available until {day} week",
    "I'm sorry, the system's still down so I can't process anything today",
    "that falls outside the timeframe so I can't refund it",
    "I've chased it but there's still no date I can give you",
    "I'm really sorry, it looks like the request was never actually sent",
    "unfortunately the previous advisor gave you the wrong information",
    "there's a charge of {amt} for that and I can't remove it",
    "I'm not authorised to override that, and my supervisor has said no",
    "it looks like it'll be another {days} at least",
    "sadly the item you wanted is no longer available",
    "I'm sorry but the case was closed and can't be reopened",
    "we've had to pass it to a collections agency",
    "I can see three missed calls from us but no resolution, I'm sorry",
    "unfortunately I can't give you a callback time",
]
AGENT_NEU_GENERIC = [
    "what's the best time to contact you",
    "I'll need to send you a form to sign",
    "can you hold the line while I speak to a colleague",
    "I'll just read back what I've noted so far",
    "the next step is for the specialist team to review it",
    "I can see two accounts under your name, which one is it about",
    "could you spell the surname for me",
    "you should receive a letter within seven to ten days",
    "can I check whether you'd prefer email or post",
    "I'll transfer you now, please don't hang up",
    "just to confirm, that's the payment from {day}",
    "the reference number for this is {ref}, have you got a pen",
    "that's gone through to the team and they'll update you by {day}",
    "would you like me to send that to the email on file",
    "let me just go through the options with you",
    "and how long has it been happening",
]
CONNECT = {"and": [", and ", " and ", ". and "], "but": [", but ", " but ", ". but ", ", though "],
           "so": [", so ", ". so ", " so "]}
OPEN_CUST = {
    "call": ["hi I'm ringing because ", "hello yes ", "hi there ", "right so ", "yeah hi ", "",
             "hiya, ", "good morning, ", "hi I was told to call about this, ", "I'm phoning because "],
    "chat": ["hi ", "hello ", "", "hey ", "hi there, ", "", "quick one, "],
    "email": ["I am writing because ", "I'm writing to let you know that ", "", "Just a quick note: ",
              "I wanted to get in touch as ", "Further to my call last week, "],
    "social": ["", "", "hey ", "so ", "umm ", "", "psa ", "update: "],
}


# ---------------------------------------------------------------------------
# SENTIMENT: fully hand-written hard cases
# (label, speaker, channel, sector, locale, phenomena, text)
# labels: neg/neu/pos ; speaker: c/a ; locale: gb/us
# ---------------------------------------------------------------------------
HAND = [
    # --- sarcasm -> negative
    ("neg", "c", "social", "travel", "gb", "sarcasm", "@SkyHopAir oh great, another 40 minutes on hold, love that for me"),
    ("neg", "c", "social", "telecoms", "gb", "sarcasm,hashtag", "shout out to @PulseBroadband for giving me a whole weekend of no internet. really helped me reconnect with nature #grateful"),
    ("neg", "c", "social", "travel", "us", "sarcasm", "@MeridianAirways nothing like sleeping on the floor at O'Hare after a 'minor delay'. truly premium experience"),
    ("neg", "c", "chat", "retail", "gb", "sarcasm,emoji", "wow delivered to the wrong house again, you lot are really on a roll this month 🙃"),
    ("neg", "c", "call", "energy", "gb", "sarcasm,disfluency", "oh yeah no it's brilliant erm paying double for a meter that doesn't even work absolutely brilliant"),
    ("neg", "c", "email", "insurance", "gb", "sarcasm", "Thank you for the letter explaining, for the third time, that my claim is 'progressing'. I'm sure it will progress right past my retirement."),
    ("neg", "c", "social", "public_services", "gb", "sarcasm,hashtag", "week four of the bins not being emptied. the foxes on our street have never eaten so well @WestfordCouncil #thanks"),
    ("neg", "c", "chat", "banking", "us", "sarcasm", "love that my card gets blocked every single time I buy gas in another state. super convenient"),
    ("neg", "c", "call", "telecoms", "gb", "sarcasm", "no no it's fine i love explaining my account number to a robot six times it's my favourite hobby"),
    ("neg", "c", "social", "utilities", "gb", "sarcasm", "@RiverdaleWater appreciate the free mud bath from the kitchen tap this morning, very spa"),
    ("neg", "c", "chat", "healthcare", "gb", "sarcasm", "great so i can have an appointment in five weeks, hopefully ill still be ill by then"),
    ("neg", "c", "social", "retail", "us", "sarcasm,hashtag", "ordered a couch in march, it's now july. maybe it's taking the scenic route @ShopRoost #stillwaiting"),
    ("neg", "c", "email", "banking", "gb", "sarcasm", "I'm delighted to learn that it takes your bank four working days to move money that left my account in four seconds."),
    ("neg", "c", "call", "travel", "gb", "sarcasm,disfluency", "yeah cheers for that um so my bag's gone on holiday to lisbon without me good for it"),
    ("neg", "c", "social", "energy", "gb", "sarcasm", "nice of @HearthPower to send a 'we value you' email the same day they doubled my direct debit"),
    ("neg", "c", "chat", "telecoms", "gb", "sarcasm,typo", "amazng speed today, nearly loaded a whole email in 10 mins"),
    ("neg", "c", "social", "insurance", "us", "sarcasm", "@OakmereDirect you guys are so quick to raise my premium, wish you were half that quick paying a claim"),
    ("neg", "c", "call", "public_services", "gb", "sarcasm", "oh perfect so i fill in the form online then print it then post it then ring to check you got it very twenty first century"),
    # --- sarcasm that reads negative-word-heavy but is actually positive banter
    ("pos", "c", "social", "telecoms", "gb", "sarcasm,hashtag", "@SkylarkMobile how dare you fix my broadband in under an hour, I had a whole rant ready #impressed"),
    ("pos", "c", "chat", "retail", "gb", "sarcasm,emoji", "ugh now i have no excuse not to do the washing, the machine works perfectly 😂 thanks"),
    ("pos", "c", "social", "travel", "us", "sarcasm", "@NorthlineRail you ruined my plan to complain by actually being on time. well played"),
    ("pos", "c", "call", "banking", "gb", "sarcasm,disfluency", "honestly you've ruined my day i was all geared up for a fight and you just sorted it in two minutes erm thank you"),
    # --- polite anger -> negative
    ("neg", "c", "email", "insurance", "gb", "polite_anger", "Thank you for your prompt acknowledgement. I would, however, be grateful if someone could explain why my claim has been with you for eleven weeks without a single update."),
    ("neg", "c", "email", "banking", "gb", "polite_anger", "I have always found your staff courteous, which makes it all the more disappointing that three separate promises to call me back have been broken."),
    ("neg", "c", "call", "energy", "gb", "polite_anger", "look i'm not having a go at you love i know it's not your fault but this is the fifth time i've rung and i'm really really not happy"),
    ("neg", "c", "chat", "telecoms", "gb", "polite_anger", "Sorry to be a pain but could you please stop sending me upgrade offers until you've fixed the line I'm already paying for."),
    ("neg", "c", "email", "public_services", "gb", "polite_anger", "Dear Sir or Madam, I write with some reluctance, as I have no wish to add to your workload. Nevertheless, the repair promised in January has still not been carried out and my son's asthma is getting worse."),
    ("neg", "c", "email", "healthcare", "gb", "polite_anger", "Many thanks for your letter. I note that it apologises for the delay but does not say when my mother will actually be seen, which was the only question I asked."),
    ("neg", "c", "call", "travel", "us", "polite_anger", "i appreciate you reading me the policy ma'am i really do but i have two kids here and we've been at this gate for nine hours"),
    ("neg", "c", "email", "retail", "us", "polite_anger", "I've been a loyal customer for a long time and I've always recommended you, so I'm genuinely saddened to say this has been the worst purchase experience I've had anywhere."),
    ("neg", "c", "chat", "utilities", "gb", "polite_anger", "I'm trying to be patient, I really am. But four days without proper water with a newborn is not ok."),
    ("neg", "c", "call", "insurance", "gb", "polite_anger,disfluency", "with all due respect erm i've sent the photos i've sent the receipts i've sent the police report what more do you actually want from me"),
    ("neg", "c", "email", "telecoms", "gb", "polite_anger", "Please accept this email as notice that I intend to cancel. I'd like to thank the advisor on Tuesday, who was kind, but the service itself has been unusable for most of the month."),
    ("neg", "c", "social", "banking", "gb", "polite_anger", "@HarbourBS hello, politely asking for the fourth time: where is my money?"),
    ("neg", "c", "email", "energy", "gb", "polite_anger", "I hope this finds you well. I am sorry to say the same cannot be said of my account, which now shows a debt of £600 for a property I left in May."),
    # --- mixed -> final/dominant stance
    ("neg", "c", "call", "telecoms", "gb", "mixed,disfluency", "the lad who came out was great really friendly erm but it's still dropping every night so i'm back to square one"),
    ("pos", "c", "call", "energy", "gb", "mixed,disfluency", "it took ages to get through and i was getting wound up but um you've sorted it now so thank you honestly"),
    ("neg", "c", "email", "travel", "gb", "mixed", "The cabin crew were fantastic and the kids loved the flight. Unfortunately that has been completely overshadowed by your refusal to pay a penny for the eleven-hour delay on the way home."),
    ("pos", "c", "email", "insurance", "gb", "mixed", "I won't pretend the first month was easy; the paperwork felt endless. But Gemma took over my file and since then it has been handled brilliantly, and the settlement is fair."),
    ("neg", "c", "chat", "retail", "gb", "mixed", "love the dress, hate that it took 3 weeks and i missed the wedding i bought it for"),
    ("pos", "c", "social", "travel", "us", "mixed,hashtag", "@SkyHopAir flight was delayed 2 hrs, annoying BUT the gate agent got us all snacks and kept us updated the whole time. that's how you do it #customerservice"),
    ("neg", "c", "call", "banking", "gb", "mixed", "i mean the app's nice i'll give you that but what's the point of a nice app if my wages can't get into my account"),
    ("pos", "c", "chat", "healthcare", "gb", "mixed", "the wait was long not gonna lie but the nurse was amazing and actually explained everything so yeah thank you"),
    ("neg", "c", "social", "energy", "gb", "mixed", "@VoltaHome your chat advisor was lovely. your billing system is an absolute horror show."),
    ("pos", "c", "email", "public_services", "gb", "mixed", "I was sceptical when I reported the pothole, as nothing happened the last time. This time it was filled within a week and the team even swept up afterwards. Thank you."),
    ("neg", "c", "call", "utilities", "gb", "mixed,disfluency", "yeah the bloke on the phone yesterday was helpful and that but the water is still brown and i've got a baby to bath so"),
    ("pos", "c", "chat", "telecoms", "us", "mixed", "ok that was kind of a pain to set up lol but it's working now and it's way faster than my old plan, thanks!"),
    ("neg", "a", "email", "insurance", "gb", "mixed", "Thank you for your patience and for the detailed photos, which were very helpful. Having reviewed everything, I'm sorry to tell you that the damage falls under an exclusion and we are unable to pay the claim."),
    ("pos", "a", "call", "banking", "gb", "mixed", "i'm really sorry for all the hassle you've had um but the good news is the full amount is back in your account as of now"),
    # --- negation
    ("pos", "c", "call", "retail", "gb", "negation", "no honestly it's not bad at all i was expecting much worse"),
    ("pos", "c", "chat", "banking", "gb", "negation", "cant complain, that was really quick"),
    ("pos", "c", "social", "telecoms", "gb", "negation", "not gonna lie @Wavefront_UK didn't expect the switch to be this painless"),
    ("pos", "c", "email", "utilities", "gb", "negation", "I have had no problems whatsoever since the new pipe went in, and I wanted someone to know."),
    ("neg", "c", "chat", "energy", "gb", "negation", "not happy. not happy at all"),
    ("neg", "c", "call", "insurance", "gb", "negation", "i don't think i've ever been treated this badly by a company no i really don't"),
    ("neg", "c", "email", "travel", "gb", "negation", "At no point did anyone from your team tell us the hotel had changed, not at booking, not by email, not at the airport."),
    ("neu", "c", "call", "healthcare", "gb", "negation", "no i don't need the appointment anymore the pain's gone so you can give it to someone else"),
    ("neu", "c", "chat", "public_services", "gb", "negation", "i dont have a blue badge yet, its still being processed, can i still park there?"),
    ("pos", "c", "chat", "travel", "us", "negation", "honestly couldn't have gone smoother, no stress at all"),
    ("neg", "c", "social", "healthcare", "gb", "negation", "not a single appointment available for three weeks @ParkviewSurgery. not one."),
    ("pos", "c", "call", "utilities", "gb", "negation", "no no don't apologise you've been really good about it"),
    ("neu", "c", "email", "banking", "gb", "negation", "I don't recognise the payee name on the standing order I set up, could you confirm who it goes to?"),
    # --- neutral with negative words / neutral questions
    ("neu", "c", "call", "telecoms", "gb", "negative_word_neutral,question", "how do i cancel my contract when i move abroad in june"),
    ("neu", "c", "chat", "banking", "gb", "negative_word_neutral,question", "whats the process for reporting a lost card"),
    ("neu", "c", "email", "retail", "gb", "negative_word_neutral,question", "Could you tell me how I go about returning a faulty item that was a gift?"),
    ("neu", "c", "call", "insurance", "gb", "negative_word_neutral", "i need to report an accident it was in a car park nobody was hurt"),
    ("neu", "c", "chat", "energy", "gb", "negative_word_neutral,question", "what do i do if the prepay meter runs out overnight"),
    ("neu", "c", "social", "travel", "gb", "negative_word_neutral,question", "@NorthlineRail is there disruption on the line to Leeds this morning?"),
    ("neu", "c", "call", "public_services", "gb", "negative_word_neutral", "i'm ringing to report a dead fox on the pavement outside number twelve"),
    ("neu", "c", "email", "healthcare", "gb", "negative_word_neutral,question", "Please could you let me know how to make a formal complaint about a consultation? I would like to understand the process before deciding."),
    ("neu", "c", "chat", "utilities", "us", "negative_word_neutral,question", "how do I report a broken hydrant on my street"),
    ("neu", "c", "call", "banking", "us", "negative_word_neutral,question", "so if i dispute a charge does the card get frozen while you look into it"),
    ("neu", "c", "chat", "insurance", "gb", "negative_word_neutral,question", "is flood damage covered if the house is empty for more than 30 days"),
    ("neu", "c", "call", "energy", "gb", "negative_word_neutral,disfluency", "erm yeah i think the boiler's broken it's making a clicking noise and no hot water just wanted to get someone out"),
    ("neu", "c", "social", "telecoms", "us", "negative_word_neutral,question", "@SkylarkMobile is there an outage in the 60614 area?"),
    ("neu", "c", "email", "travel", "gb", "negative_word_neutral", "My flight on the 14th was cancelled. I would like to request a refund to the original card rather than a voucher."),
    ("neu", "c", "chat", "retail", "gb", "negative_word_neutral,question", "the item arrived damaged do I send it back or will someone collect"),
    ("neu", "c", "call", "healthcare", "gb", "negative_word_neutral", "i need to cancel my dad's appointment on thursday he's in hospital"),
    # --- thanks as formality -> neutral
    ("neu", "c", "chat", "banking", "gb", "formality", "thanks. my sort code is 20-45-61"),
    ("neu", "c", "email", "insurance", "gb", "formality", "Thank you for your email. Please find the invoice attached as requested."),
    ("neu", "c", "call", "telecoms", "gb", "formality", "yep thanks bye"),
    ("neu", "a", "email", "retail", "gb", "formality", "Thank you for contacting us. Your case reference is C48211 and a member of the team will reply within two working days."),
    ("neu", "a", "call", "energy", "gb", "formality", "thank you for calling brightwatt energy my name's carl can i take your account number please"),
    ("neu", "a", "chat", "travel", "us", "formality", "Thanks for reaching out! Can you share your confirmation number?"),
    ("neu", "c", "social", "retail", "gb", "formality", "@Marlow_and_Co thanks, DM sent"),
    ("neu", "a", "social", "telecoms", "gb", "formality", "Thanks for the tweet. Can you pop us a DM with your account number and we'll take a look?"),
    ("neu", "c", "call", "public_services", "gb", "formality", "thank you thank you yes that's the one bye"),
    ("neu", "a", "email", "healthcare", "gb", "formality", "Thank you for your message. Repeat prescription requests are processed within two working days."),
    ("neu", "c", "chat", "utilities", "gb", "formality", "ok ta"),
    ("neu", "a", "call", "banking", "gb", "formality", "thanks for holding sorry for the wait is that still the address on grove road"),
    # --- agent politeness formulas: neutral; genuine warmth / bad news otherwise
    ("neu", "a", "call", "insurance", "gb", "formality", "i'm sorry to hear that let me just take a few details"),
    ("neu", "a", "chat", "retail", "gb", "formality", "Apologies for the delay in responding. Could you confirm the order number?"),
    ("neu", "a", "email", "telecoms", "gb", "formality", "We're sorry you've had to contact us. I've passed your query to our technical team, who will be in touch."),
    ("neu", "a", "call", "public_services", "gb", "formality", "i do apologise for the wait today is it about an existing case"),
    ("pos", "a", "call", "healthcare", "gb", "", "oh that's lovely to hear i'm so glad your dad's feeling better"),
    ("pos", "a", "chat", "energy", "gb", "", "Brilliant news, your refund of £214 has been approved and will be with you in three days!"),
    ("pos", "a", "email", "travel", "gb", "", "I'm pleased to confirm that we have refunded the full cost of the excursion, and I've added a £50 credit for the inconvenience. I hope the rest of your holiday was wonderful."),
    ("neg", "a", "chat", "banking", "gb", "", "I'm sorry, but as the payment was authorised by you we're unable to refund it under the scheme."),
    ("neg", "a", "call", "utilities", "gb", "", "i'm really sorry there's still no time for the repair the crew can't get access"),
    ("neg", "a", "email", "public_services", "gb", "", "Unfortunately your appeal was not successful and the penalty charge of £70 remains payable."),
    ("neg", "a", "call", "telecoms", "gb", "", "honestly i'd love to help but the system just won't let me and my manager's said no"),
    ("neu", "a", "social", "travel", "gb", "formality", "Sorry to hear about the delay this morning. The latest is on our service updates page."),
    ("pos", "a", "social", "retail", "gb", "", "That's so lovely to hear, we'll make sure Jade gets your kind words!"),
    ("neg", "a", "social", "insurance", "gb", "", "We understand how upsetting this is, but we're unable to reconsider the decision on your claim."),
    # --- resolved complaints
    ("pos", "c", "email", "banking", "gb", "resolved_complaint", "I wanted to follow up on my complaint from last month. The refund has arrived and the letter of apology was genuinely appreciated. I'm happy to consider the matter closed."),
    ("pos", "c", "call", "telecoms", "gb", "resolved_complaint,disfluency", "yeah i was the one who complained about the engineer um i just wanted to say the new guy came and he was brilliant so you can close it off"),
    ("neg", "c", "email", "energy", "gb", "resolved_complaint", "Your letter says my complaint is resolved. It is not. The bill is still wrong and I have not agreed to close it."),
    ("pos", "c", "social", "travel", "gb", "resolved_complaint", "@BlueCoastHolidays update: complaint sorted, full refund received. credit where it's due, thank you"),
    ("neu", "c", "chat", "retail", "gb", "resolved_complaint", "just confirming the refund arrived so you can close the case"),
    ("neg", "c", "call", "insurance", "gb", "resolved_complaint", "you can mark it as resolved if you want but i'm telling you now i'm not happy with how it went"),
    ("pos", "c", "chat", "utilities", "gb", "resolved_complaint", "just to let you know the road's been fixed and the water's fine now, appreciate you chasing it"),
    ("neu", "c", "email", "public_services", "gb", "resolved_complaint", "I can confirm the bins were collected on Tuesday. Please close reference WC-3381."),
    # --- more hard-ish realistic customer turns
    ("neg", "c", "call", "banking", "gb", "disfluency", "i just i just don't understand how someone can take two grand out of my account and you lot didn't even flag it"),
    ("neg", "c", "chat", "telecoms", "gb", "typo,abbreviation", "ive been w/o internet 4 days now and im working from home, this is costing me wrk"),
    ("neg", "c", "social", "retail", "gb", "hashtag", "£90 for a 'premium' kettle that lasted nine days. never again #ripoff @KettleLaneHome"),
    ("neg", "c", "email", "healthcare", "us", "", "I have called your billing department six times about this charge. Each time I'm told it's been fixed, and each month it reappears."),
    ("neg", "c", "call", "public_services", "gb", "disfluency", "i've rung the council i've rung my councillor i've been to the offices and still nobody will come and look at this ceiling"),
    ("neg", "c", "chat", "travel", "us", "", "we've been waiting at baggage claim for an hour and nobody from the airline is here"),
    ("neg", "c", "social", "energy", "gb", "", "@GreenRidgeEnergy you've taken £340 out of my account without any warning. that's my food shop gone"),
    ("neg", "c", "call", "healthcare", "gb", "disfluency", "she's eighty six and she's been sat on a trolley in a corridor all night i'm i'm beside myself"),
    ("pos", "c", "call", "healthcare", "gb", "disfluency", "the receptionist was so kind to my mum yesterday she was really confused and she um she sat with her i just wanted to say thank you"),
    ("pos", "c", "chat", "insurance", "us", "", "wow that was fast, claim paid in two days. thank you guys"),
    ("pos", "c", "social", "public_services", "gb", "hashtag", "huge thanks to the crew who cleared the fallen tree on Mill Lane at 6am, legends #community"),
    ("pos", "c", "email", "retail", "gb", "", "Just a quick note to say the delivery team were superb: careful, tidy and they even took the old fridge away. Much appreciated."),
    ("pos", "c", "call", "utilities", "gb", "", "you've been brilliant today honestly i thought i'd be on for hours"),
    ("pos", "c", "chat", "banking", "gb", "emoji", "omg thank u so much i thought that money was gone for good 🙏"),
    ("neu", "c", "call", "travel", "gb", "disfluency,question", "um so is it the blue line or the the green one for terminal five"),
    ("neu", "c", "chat", "healthcare", "us", "question", "does my plan cover physical therapy after surgery"),
    ("neu", "c", "email", "utilities", "gb", "", "Our new address from 1 September is 14 Alder Close. Please move the account and send the final reading form for the old property."),
    ("neu", "c", "social", "banking", "gb", "question", "@PennantBank do you do business accounts for sole traders?"),
    ("neu", "c", "call", "insurance", "us", "question", "hi yeah um what's my deductible on the renters policy"),
    ("neu", "c", "chat", "public_services", "gb", "question", "which day is recycling on for Beech Road now the schedule's changed"),
    ("neu", "c", "call", "retail", "gb", "disfluency", "i've got the the receipt here it says order number four four seven one two"),
    # --- US idioms
    ("neg", "c", "call", "telecoms", "us", "disfluency", "this is like the fourth time i'm calling and every time y'all tell me a different thing"),
    ("pos", "c", "social", "retail", "us", "emoji", "@TrendloomUK just got my order and it's even cuter in person!! 😍 y'all nailed it"),
    ("neg", "c", "email", "insurance", "us", "", "I've paid my premiums on time for fifteen years and the one time I need you, I'm getting the runaround. Frankly, I'm done."),
    ("neu", "c", "chat", "banking", "us", "question", "can I deposit a check through the app or do I need to go to a branch"),
    ("pos", "c", "call", "energy", "us", "", "oh perfect that's exactly what i needed thank you so much have a great one"),
    ("neg", "c", "social", "utilities", "us", "", "@ClearstreamH2O boil water notice for 5 days and still no update. come on."),
    ("neu", "c", "call", "healthcare", "us", "question", "yeah i'm calling to check if dr reyes is in network"),
    ("pos", "c", "chat", "travel", "us", "", "y'all got me on an earlier flight AND waived the fee?? thank you thank you"),
    # --- questions that are actually complaints (rhetorical)
    ("neg", "c", "chat", "telecoms", "gb", "question", "why am i paying for 500mb when im getting 40???"),
    ("neg", "c", "social", "travel", "gb", "question", "@NorthlineRail is there any point having a timetable if none of the trains follow it?"),
    ("neg", "c", "email", "energy", "gb", "question", "How is it possible that a company of your size cannot read a meter correctly three quarters in a row?"),
    ("neg", "c", "call", "public_services", "gb", "question", "so what am i supposed to do just sit in the cold until someone can be bothered"),
    ("neu", "c", "email", "telecoms", "gb", "question", "Why is there a £3.50 charge on my bill this month? I can't see what it relates to."),
    ("neu", "c", "chat", "energy", "gb", "question", "why has my direct debit changed? just want to understand the calculation"),
    # --- short chat / call fragments
    ("neg", "c", "chat", "retail", "gb", "", "useless"),
    ("neg", "c", "call", "banking", "gb", "", "this is ridiculous"),
    ("pos", "c", "chat", "telecoms", "gb", "", "amazing thank you!!"),
    ("neu", "c", "chat", "insurance", "gb", "", "yes"),
    ("neu", "c", "call", "travel", "gb", "", "hang on let me find it"),
    ("neu", "c", "chat", "utilities", "gb", "", "hello is anyone there"),
    ("pos", "c", "call", "retail", "gb", "", "oh that's fab"),
    ("neg", "c", "chat", "healthcare", "gb", "", "so thats a no then"),
    ("neu", "c", "call", "energy", "gb", "", "yeah go on then"),
    ("neg", "c", "call", "telecoms", "gb", "", "you're having a laugh"),
    ("pos", "c", "chat", "banking", "gb", "", "legend, cheers"),
    ("neu", "c", "chat", "public_services", "gb", "", "one sec"),
    # --- agent turns with sector detail
    ("neu", "a", "call", "telecoms", "gb", "question", "can you see any lights flashing on the front of the router"),
    ("neu", "a", "chat", "banking", "gb", "", "I've frozen the card while we look into it. You can unfreeze it in the app at any time."),
    ("neu", "a", "email", "insurance", "gb", "", "To progress your claim, please send two quotes for the repair and photographs of the damage."),
    ("neu", "a", "call", "energy", "gb", "question", "and is that the gas meter or the electric you're reading from"),
    ("neu", "a", "chat", "travel", "gb", "", "Your new flight is SH482 departing 18:40. Seats 14A and 14B."),
    ("neu", "a", "call", "public_services", "gb", "", "ok so i've logged that and someone from highways will inspect it within five working days"),
    ("neu", "a", "email", "utilities", "gb", "", "A technician will attend on Thursday between 8am and 1pm. Please ensure there is access to the stop tap."),
    ("neu", "a", "call", "healthcare", "gb", "", "the doctor's running about twenty minutes behind today"),
    ("neu", "a", "chat", "retail", "us", "", "I see the package is with the carrier and scheduled for delivery Friday."),
    ("pos", "a", "call", "telecoms", "gb", "", "right that's all done and i've knocked a tenner a month off while i was there"),
    ("pos", "a", "chat", "retail", "gb", "emoji", "Done! Refund processed and I've upgraded your replacement to next-day delivery 😊"),
    ("pos", "a", "email", "energy", "gb", "", "I'm delighted to let you know we've found the error, corrected your bill, and added £40 to your account by way of apology."),
    ("pos", "a", "call", "insurance", "us", "", "great news your claim's been approved and the check's going out today"),
    ("neg", "a", "call", "travel", "gb", "", "i'm so sorry but that flight's full and the next one with seats is tomorrow evening"),
    ("neg", "a", "chat", "energy", "gb", "", "I'm afraid we can't stop the debt recovery process while the account is in arrears."),
    ("neg", "a", "email", "banking", "us", "", "After careful review, we are unable to approve your request for a credit limit increase at this time."),
    ("neg", "a", "call", "healthcare", "gb", "", "unfortunately there's nothing until the end of next month and the walk in centre's closed"),
    # --- extra hard cases (batch 2)
    ("neg", "c", "chat", "energy", "gb", "sarcasm", "cheers for the 'your bill is ready' email, it's a lovely surprise to owe £900"),
    ("neg", "c", "social", "telecoms", "gb", "sarcasm,hashtag", "day 6 without broadband. been reading actual books @LinkvaleHelp, so thanks for that i guess #outage"),
    ("neg", "c", "call", "retail", "gb", "sarcasm,disfluency", "oh yeah course the courier left it in the bin that's exactly where i'd want a laptop left thanks"),
    ("neg", "c", "email", "public_services", "gb", "sarcasm", "Congratulations on achieving a new personal best: nine weeks to process a parking permit."),
    ("neg", "c", "social", "healthcare", "us", "sarcasm", "nothing like getting a surprise $600 bill for a visit my insurance said was covered. love the healthcare system"),
    ("neg", "c", "chat", "travel", "gb", "sarcasm", "so my refund is a voucher for the airline that cancelled on me. incredible, really"),
    ("neg", "c", "email", "utilities", "gb", "polite_anger", "I'm grateful for the apology, but an apology doesn't put water in my taps. Please tell me when the supply will be restored."),
    ("neg", "c", "call", "healthcare", "gb", "polite_anger", "i know you're doing your best i honestly do but my dad has been waiting since february and it's just not right"),
    ("neg", "c", "chat", "insurance", "gb", "polite_anger", "I don't want to be rude, but that's the same template reply I got last week word for word"),
    ("neg", "c", "email", "travel", "us", "polite_anger", "I understand that weather delays happen. What I don't understand is why nobody at the gate would tell us anything for six hours."),
    ("pos", "c", "social", "banking", "gb", "negation", "didn't think a bank could make me smile on a monday but @ClydeMoney managed it. card replaced in a day"),
    ("pos", "c", "chat", "public_services", "gb", "negation", "no need to apologise, it got done quicker than I expected"),
    ("neg", "c", "call", "energy", "gb", "negation", "no it's not sorted it's not even close to sorted"),
    ("neu", "c", "email", "insurance", "gb", "negation", "I don't have the original receipt, but I do have the bank statement showing the payment. Would that be acceptable?"),
    ("neu", "c", "call", "utilities", "gb", "negative_word_neutral", "i'm ringing to report a burst pipe in the road it's outside the school on park lane"),
    ("neu", "c", "chat", "travel", "gb", "negative_word_neutral,question", "if my flight gets cancelled because of the strike do I get a refund or just a rebooking?"),
    ("neu", "c", "social", "energy", "gb", "negative_word_neutral,question", "@VoltaHome is the power cut in the NG7 area being worked on? no rush, just planning dinner"),
    ("neu", "c", "email", "retail", "us", "negative_word_neutral", "I would like to cancel order 55812 as I ordered the wrong size. It hasn't shipped yet according to the tracking page."),
    ("neu", "c", "call", "banking", "gb", "negative_word_neutral", "my card's been stolen so i need to cancel it and get a new one sent out"),
    ("pos", "c", "email", "healthcare", "gb", "mixed", "I was frustrated when the first appointment was cancelled, but the second one was on time and the physiotherapist was excellent. Please pass on my thanks."),
    ("neg", "c", "chat", "banking", "gb", "mixed", "thanks for trying but honestly i'm still stuck with no access to my money"),
    ("neg", "c", "social", "retail", "gb", "mixed", "@ShopRoost the staff in store were lovely, shame the online team have ignored me for two weeks"),
    ("pos", "c", "call", "insurance", "gb", "mixed,disfluency", "it was a bit of a slog at first um but honestly you've been fair and the money's in so i can't complain"),
    ("neu", "c", "chat", "telecoms", "gb", "formality", "thanks - is the engineer coming in the morning or afternoon slot?"),
    ("neu", "a", "chat", "healthcare", "gb", "formality", "Thanks for your patience. The practice manager will reply to your email by Friday."),
    ("pos", "a", "call", "public_services", "gb", "", "oh i'm really pleased it's all gone through for you that's fantastic"),
    ("neg", "a", "chat", "telecoms", "us", "", "Unfortunately I'm not able to waive the fee, and the earliest technician visit is next Thursday."),
    ("neu", "a", "call", "retail", "gb", "", "right so what i'll do is raise a return and the courier will collect it on friday"),
    ("pos", "c", "call", "travel", "gb", "disfluency", "oh my god thank you i honestly thought we'd be stuck here all night"),
    ("neg", "c", "chat", "utilities", "us", "", "third boil notice this month. we pay for clean water and we're not getting it"),
    ("neu", "c", "social", "public_services", "us", "question", "@CityParking_Help are meters enforced on Sundays downtown?"),
    ("pos", "c", "email", "energy", "us", "", "Your technician was on time, explained everything, and even cleaned up. Best service call I've had in years."),
    ("neg", "c", "call", "insurance", "us", "disfluency", "so you're telling me i paid for this coverage for six years and it doesn't cover the one thing that actually happened"),
    ("neu", "c", "call", "telecoms", "us", "question", "what's the cheapest plan that still has hotspot"),
    ("pos", "c", "social", "utilities", "gb", "", "@SevernvaleWater the crew on our road were up all night fixing that main. proper heroes, thank you"),
    ("neg", "c", "email", "retail", "gb", "", "I have now returned this item twice and received the wrong replacement both times. I no longer want a replacement; I want my money back."),
]


# ---------------------------------------------------------------------------
# SENTIMENT: composition
# ---------------------------------------------------------------------------
NEU_FOLLOWUP = [
    "can you look into it please", "what do I need to do", "could you check what's happened",
    "can someone have a look", "what are my options", "is there anything you can do",
    "how do I get that fixed", "can you tell me what's going on with it", "I just need to know the next steps",
    "who's the right team for that", "can you see anything on your side", "is that something you can check",
    "do you need any details from me", "I wanted to report it", "I need to know where it's up to",
]
EMAIL_DETAIL = [
    "I called on {day} and was told it would be resolved within 48 hours.",
    "My reference number is {ref}.",
    "I have attached a copy of the statement for your records.",
    "I have been a customer since 2015.",
    "I spoke to {name} on {day}, who logged the issue.",
    "The account is in my name and the address is unchanged.",
    "I have checked the FAQs on your website but could not find an answer.",
    "For context, I work shifts so email is easiest for me.",
    "This concerns the account ending {last4}.",
    "I am copying in my partner, who is also named on the account.",
]
RESOLVED_GENERIC = [
    "it's all sorted now", "you fixed it in one call", "{name} put it right within a day", "it's been resolved",
    "it was fixed the same week", "someone finally got to the bottom of it", "it's working perfectly now",
    "the second advisor sorted the lot", "it was put right without me having to chase",
    "you've more than made up for it", "the team sorted it properly this time", "it's fine now",
]
AGENT_POS_PREFIX = ["good news, ", "right, ", "so I've got some good news, ", "", "", "great, ", "okay so ",
                    "I've had a look and ", "happy to say "]
AGENT_NEG_SOFT = ["I know that's frustrating", "I do understand that's not ideal", "I'm really sorry about that",
                  "I wish I had better news", "I appreciate that's disappointing", ""]
PRAISE_PEOPLE = ["{name} on the phone", "the lady I spoke to this morning", "the advisor on chat", "your engineer",
                 "{name} in the branch", "the driver", "the chap who rang me back", "{name}"]
PRAISE_WORDS = ["was absolutely brilliant", "was so helpful", "went out of their way for me", "deserves a pay rise",
                "was patient and kind", "knew exactly what to do", "was a credit to you", "couldn't have been nicer"]


def cap(text):
    text = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    text = re.sub(r"\bi\b", "I", text)
    text = re.sub(r"\bi'(m|ve|d|ll)\b", lambda m: "I'" + m.group(1), text)
    return text


def join(rng, *parts, end=None):
    parts = [p for p in parts if p]
    out = parts[0]
    for p in parts[1:]:
        sep = rng.choice([". ", ". ", ", ", " - "]) if not p.startswith((",", ".")) else ""
        out = out.rstrip(".") + sep + p
    if end is None:
        end = rng.choice([".", ".", "", "!"])
    return out.rstrip(".") + end


def compose_customer(rng, label, channel, sector, locale):
    b = SECTOR_BANK[sector]
    ph = set()
    neg_bank = NEG_REACT + (NEG_REACT_US if locale == "en-US" else [])
    pos_bank = POS_REACT + (POS_REACT_US if locale == "en-US" else [])
    r = rng.random()
    if label == "negative":
        if r < 0.24:
            t = join(rng, rng.choice(b["issue"]), rng.choice(neg_bank))
        elif r < 0.38:
            t = join(rng, rng.choice(neg_bank), rng.choice(b["issue"]))
        elif r < 0.48:
            i1, i2 = rng.sample(b["issue"], 2)
            t = join(rng, i1 + rng.choice(CONNECT["and"]) + rng.choice(["now ", "on top of that ", "", "then "]) + i2,
                     rng.choice(neg_bank))
        elif r < 0.62:
            t = rng.choice(SARCASM).replace("{thing}", rng.choice(SARC_THING[sector]))
            if rng.random() < 0.4:
                t = join(rng, rng.choice(b["issue"]), t)
            ph.add("sarcasm")
        elif r < 0.74:
            t = rng.choice(POLITE_ANGER)
            if rng.random() < 0.5:
                t = join(rng, rng.choice(["regarding the fact that ", "as you know, ", "to recap, ", ""]) +
                         rng.choice(b["issue"]), t)
            ph.add("polite_anger")
        elif r < 0.84:
            t = join(rng, rng.choice(b["issue"]), rng.choice(NEG_NEGATION)) if rng.random() < 0.6 else \
                join(rng, rng.choice(NEG_NEGATION), rng.choice(b["issue"]))
            ph.add("negation")
        else:
            t = rng.choice(MIX_POS) + rng.choice(CONNECT["but"]) + rng.choice(MIX_NEG + b["issue"])
            t = join(rng, t, rng.choice(neg_bank) if rng.random() < 0.6 else None)
            ph.add("mixed")
    elif label == "positive":
        if r < 0.25:
            t = join(rng, rng.choice(b["fixed"]), rng.choice(pos_bank))
        elif r < 0.38:
            t = join(rng, rng.choice(pos_bank), rng.choice(b["fixed"]))
        elif r < 0.55:
            t = join(rng, rng.choice(["I had a problem where ", "a while back ", "last month ", "when I got in touch ",
                                      ""]) + rng.choice(b["issue"]) + rng.choice(CONNECT["but"]) +
                     rng.choice(RESOLVED_GENERIC),
                     rng.choice(pos_bank) if rng.random() < 0.7 else None)
            ph.add("resolved_complaint")
        elif r < 0.68:
            t = join(rng, rng.choice(POS_NEGATION), rng.choice(b["fixed"]) if rng.random() < 0.5 else None)
            ph.add("negation")
        elif r < 0.84:
            t = join(rng, rng.choice(PRAISE_PEOPLE) + " " + rng.choice(PRAISE_WORDS),
                     rng.choice(pos_bank + b["fixed"]) if rng.random() < 0.6 else None)
        else:
            t = rng.choice(MIX_NEG + b["issue"][:4]) + rng.choice(CONNECT["but"]) + rng.choice(
                ["in fairness ", "honestly ", "", "to be fair "]) + rng.choice(MIX_POS[2:3] + RESOLVED_GENERIC)
            t = join(rng, t, rng.choice(pos_bank))
            ph.add("mixed")
    else:
        if r < 0.26:
            t = rng.choice(b["request"])
            if rng.random() < 0.35:
                t = join(rng, t, rng.choice(NEU_QUESTION), end="?")
            ph.add("question") if ("?" in t or re.match(r"(how|what|when|can|could|is|do|where|who)\b", t)) else None
        elif r < 0.48:
            t = join(rng, rng.choice(b["issue"]), rng.choice(NEU_FOLLOWUP),
                     end=rng.choice(["?", ".", ""]))
            ph.add("negative_word_neutral")
        elif r < 0.62:
            t = join(rng, rng.choice(NEU_INFO), rng.choice(NEU_QUESTION + [None, None, None]))
        elif r < 0.74:
            t = join(rng, rng.choice(b["request"] + NEU_INFO), rng.choice(NEU_FORMAL))
            ph.add("formality")
        elif r < 0.86:
            t = join(rng, rng.choice(NEU_NEGATION), rng.choice(NEU_QUESTION + NEU_INFO))
            ph.add("negation")
        else:
            t = join(rng, rng.choice(NEU_QUESTION), rng.choice(b["request"]), end="?")
            ph.add("question")
    if channel == "email":
        det = [rng.choice(EMAIL_DETAIL)] if rng.random() < 0.8 else []
        if rng.random() < 0.3:
            det.append(rng.choice(EMAIL_DETAIL))
        opener = rng.choice(OPEN_CUST["email"])
        t = cap(opener + t)
        t = " ".join([t] + det) if rng.random() < 0.5 else " ".join(det + [t])
    elif channel in ("chat", "social", "call"):
        opener = rng.choice(OPEN_CUST[channel]) if rng.random() < 0.5 else ""
        t = opener + t
        if channel != "call":
            t = cap(t) if rng.random() < 0.6 else t
    return t, ph


def compose_agent(rng, label, channel, sector):
    b = SECTOR_BANK[sector]
    ph = set()
    r = rng.random()
    if label == "neutral":
        if r < 0.3:
            t = join(rng, rng.choice(b["a_info"]))
        elif r < 0.45:
            t = join(rng, rng.choice(AGENT_NEU_GENERIC), rng.choice(AGENT_NEU + [None, None]))
        elif r < 0.7:
            t = join(rng, rng.choice(AGENT_NEU), rng.choice(b["a_info"]))
        else:
            t = join(rng, rng.choice(b["a_info"]), rng.choice(AGENT_NEU))
        if re.search(r"\b(thank|sorry|apolog)", t):
            ph.add("formality")
    elif label == "positive":
        if r < 0.6:
            t = join(rng, rng.choice(AGENT_POS_PREFIX) + rng.choice(b["a_good"] + AGENT_GOOD_GENERIC),
                     rng.choice(AGENT_POS) if rng.random() < 0.4 else None)
        else:
            t = join(rng, rng.choice(AGENT_POS), rng.choice(b["a_good"]) if rng.random() < 0.5 else None)
    else:
        if r < 0.65:
            t = join(rng, rng.choice(b["a_bad"] + AGENT_BAD_GENERIC), rng.choice(AGENT_NEG_SOFT))
        else:
            t = join(rng, rng.choice(AGENT_NEG), rng.choice(b["a_bad"] + AGENT_BAD_GENERIC) if rng.random() < 0.5 else None)
    if re.search(r"\?$|^(can|could|is|do|would)\b", t):
        ph.add("question")
    if channel != "call":
        t = cap(t)
    return t, ph


def render(rng, text, label, speaker, channel, sector, locale, ph):
    ph = set(ph)
    if locale == "en-US":
        text = to_us(text)
    if channel == "call":
        text, tags = to_call(text, rng, 0.55 if speaker == "customer" else 0.25, speaker)
    elif channel == "chat":
        text, tags = to_chat(text, rng, label, speaker)
    elif channel == "email":
        text, tags = to_email(text, rng, speaker, locale, label)
    else:
        brand = rng.choice(SECTOR_BANK[sector]["brands"])
        text, tags = to_social(text, rng, label, speaker, brand)
    ph |= tags
    if re.search(r"\?", text):
        ph.add("question")
    return text, ph


def build_sentiment():
    rng = random.Random(SEED)
    idx = NearDupIndex()
    rows = []
    lab_map = {"neg": "negative", "neu": "neutral", "pos": "positive"}
    # 1) hand-written hard cases first (kept verbatim, so they win over composed ones)
    for lab, spk, ch, sec, loc, phen, text in HAND:
        if idx.too_close(text):
            print("hand-written near-dup skipped:", text, file=sys.stderr)
            continue
        idx.add(text)
        ph = set(p for p in phen.split(",") if p) | {"hand_written"}
        if "?" in text:
            ph.add("question")
        rows.append(dict(text=text, label=lab_map[lab], speaker="customer" if spk == "c" else "agent",
                         channel=ch, sector=sec, locale="en-US" if loc == "us" else "en-GB",
                         phenomena=sorted(ph)))
    # 2) composed examples
    target = 2520
    per_label = {l: sum(1 for r in rows if r["label"] == l) for l in ("negative", "neutral", "positive")}
    goal = {"negative": 0.35, "neutral": 0.33, "positive": 0.32}
    ch_w_cust = [("call", 0.34), ("chat", 0.28), ("email", 0.16), ("social", 0.22)]
    ch_w_agent = [("call", 0.42), ("chat", 0.32), ("email", 0.18), ("social", 0.08)]
    attempts = 0
    while len(rows) < target and attempts < 200000:
        attempts += 1
        # pick the label that is furthest below its goal share
        label = min(goal, key=lambda l: per_label[l] / max(1, len(rows)) - goal[l] + rng.random() * 0.02)
        n_agent = sum(1 for x in rows if x["speaker"] == "agent")
        speaker = "agent" if (n_agent < 0.3 * len(rows) and rng.random() < 0.6) else "customer"
        chw = ch_w_cust if speaker == "customer" else ch_w_agent
        channel = rng.choices([c for c, _ in chw], [w for _, w in chw])[0]
        sector = rng.choice(SECTORS)
        locale = "en-US" if rng.random() < 0.22 else "en-GB"
        if speaker == "customer":
            t, ph = compose_customer(rng, label, channel, sector, locale)
        else:
            t, ph = compose_agent(rng, label, channel, sector)
        t = fill(t, rng)
        text, ph = render(rng, t, label, speaker, channel, sector, locale, ph)
        text = re.sub(r"\s+([,.!?])", r"\1", text) if channel != "email" else text
        if idx.too_close(text):
            continue
        idx.add(text)
        per_label[label] += 1
        rows.append(dict(text=text, label=label, speaker=speaker, channel=channel, sector=sector,
                         locale=locale, phenomena=sorted(ph)))
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append(dict(id="sen-%05d" % i, **r))
    return out, attempts



# ---------------------------------------------------------------------------
# COMPLEXITY: problem modules (hand-authored). Variants are separated by " | ".
#   S = simple  : routine, one step, front-line authority
#   M = moderate: several steps, or explanation of terms / fees / trade-offs
#   C = complex : specialist or senior authority, regulation, linked problems,
#                 financial loss, vulnerability, legal or reputational risk
# Each action line counts as one agent action (n_actions); each module counts
# `problems` distinct customer problems (n_problems).
# ---------------------------------------------------------------------------
def S(sector, topic, open, probe, detail, act, why=None):
    return dict(kind="simple", sector=sector, topic=topic, problems=1, open=open, probe=probe, detail=detail,
                explain=[], react="", act=act, why=why or topic)


def M(sector, topic, open, probe, detail, explain, react, act, why, problems=1):
    return dict(kind="moderate", sector=sector, topic=topic, problems=problems, open=open, probe=probe,
                detail=detail, explain=explain, react=react, act=act, why=why)


def C(sector, topic, problems, open, probe, detail, explain, react, act, why):
    return dict(kind="complex", sector=sector, topic=topic, problems=problems, open=open, probe=probe,
                detail=detail, explain=explain, react=react, act=act, why=why)


MODULES = [
    # ------------------------------------------------------------ banking
    S("banking", "balance check",
      "can you tell me my balance please | I just want to check what's in my current account before I pay the rent | what's my balance showing at the moment",
      "can I take your date of birth and the last four digits of your card | for security can you confirm your postcode and date of birth",
      "it's {dob} and the card ends {last4} | postcode's {pc} and date of birth {dob}",
      ["your available balance is {amt} and there's nothing pending"]),
    S("banking", "replacement card",
      "my card's snapped in half, can I get a new one | I need a replacement card, the chip's stopped working",
      "is the card damaged rather than lost or stolen | is it still in your possession or has it gone missing",
      "no it's here, just damaged | yeah it's in my hand, it's just bent",
      ["I've ordered a replacement and it'll arrive in three to five working days | that's a new card ordered, same number, should be with you within five days"]),
    S("banking", "address change",
      "I've moved house and need to update my address | can you change the address on my account please",
      "what's the new address and postcode | can you give me the new postcode and house number",
      "it's 22 Linden Way, {pc} | flat 4, 9 Hollis Street, {pc}",
      ["I've updated that and you'll get a confirmation letter at the new address"]),
    S("banking", "branch opening hours",
      "what time does the branch on the high street shut on saturdays | is the Kingsgate branch open on bank holidays",
      "", "",
      ["it's open nine till one on saturdays and closed bank holidays | that branch is closed bank holidays, the nearest open one is in the retail park"]),
    S("banking", "complaints address",
      "could you give me the address to write a complaint to, it's about something else entirely that's already sorted, I just want it on record | where do I send a letter if I want to put something in writing",
      "", "",
      ["it's Customer Relations, PO Box 410, and I'll text you the address as well"],
      why="providing a postal address"),
    M("banking", "disputed card charge",
      "there's a payment of {amt} on my card from a company I've never heard of | I've been charged twice by a hotel and they won't refund me",
      "have you contacted the merchant yourself first | did you authorise any payment to them at all",
      "I booked one night and they took it twice, they just ignore my emails | I bought one thing from their site months ago but not this",
      ["I'll raise this as a dispute, the merchant then has up to 45 days to respond", "while it's being looked into we can't put a temporary credit on because it's a debit card"],
      "so do I need to cancel my card as well | what happens if they say it was legit",
      ["I've raised the dispute, reference {ref}", "I've cancelled the card and ordered a new one so it can't be charged again"],
      "the chargeback timeline and card cancellation"),
    M("banking", "overdraft fees explained",
      "I've been charged {amt} in overdraft interest and I don't understand why | why has my overdraft charge gone up this month",
      "can you confirm your arranged limit is still {bigamt} | have you gone past your arranged limit at all this month",
      "I think so but I was only over for a couple of days | I didn't think I'd gone over",
      ["the interest is calculated daily at the annual rate shown on your statement", "going over the arranged limit means some payments were returned and there's no fee for those, but the interest still applies"],
      "is there any way of reducing it | what if I move my salary date",
      ["I've refunded one month's interest as a one off", "I've set up a text alert for when you're within {small} of your limit"],
      "how overdraft interest is calculated and the options to reduce it"),
    M("banking", "switching to a joint account",
      "me and my partner want to turn my account into a joint one | how do we add my wife to my current account",
      "are you both happy to go through a credit check | will the account be used for household bills",
      "yes we're fine with that | yeah the mortgage and bills will go from it",
      ["adding someone means you're both responsible for any overdraft on the account", "you'll be financially linked on your credit files"],
      "does that affect my credit score | can one of us close it without the other",
      ["I've sent a joint application link to both email addresses", "I've booked a branch appointment to check ID for your partner"],
      "financial association and joint liability"),
    C("banking", "bereavement with joint account", 3,
      "my husband passed away last month and we had a joint account, and now payments are bouncing | I'm calling because my mum died and her account had the mortgage going out of it, and there's been missed payments",
      "I'm so sorry for your loss, can I ask if there's a will and who the executor is | I'm really sorry, do you have the death certificate to hand",
      "I'm the executor but I haven't got probate yet, and the mortgage company have written saying we're in arrears | yes I've got the certificate, but the direct debits went out and there wasn't enough money so it's all gone wrong",
      ["I'm going to pass this to our bereavement team who can freeze charges while the estate is sorted", "the joint account can move into your sole name, but anything held only in his name waits for probate"],
      "will the missed payments go on my credit file | I can't cope with all these letters on top of everything",
      ["I've put a 60 day hold on collections and letters", "I've refunded the returned payment fees", "I've referred you to the bereavement support team with a callback tomorrow", "I've noted the account so you won't need to explain this again"],
      "bereavement, a joint account and missed payments needing the specialist bereavement team"),
    C("banking", "authorised push payment scam", 3,
      "I've been scammed, someone pretending to be from your fraud team got me to move {bigamt} | I transferred my savings to what I thought was a safe account and it was a scam",
      "when did you make the transfers and do you still have the messages | can you tell me exactly what was said and when the money went",
      "it was {day}, three transfers, and they knew my account details so I believed them | it's everything I had for my deposit, I've got the texts",
      ["this needs to go to our fraud team who'll contact the receiving bank to try to recover funds", "under the reimbursement code your claim will be assessed and you'll get a decision within fifteen working days"],
      "so will I get it back | I can't breathe, that was my whole deposit",
      ["I've blocked online banking and your cards to secure the account", "I've logged the fraud claim, reference {ref}", "I've contacted the receiving bank to freeze what's left", "I'd also ask you to report it to Action Fraud and I'll text you the number"],
      "a scam with significant financial loss requiring the fraud team and reimbursement assessment"),
    C("banking", "debt and mental health", 3,
      "I've got behind on my credit card and the loan and I've not been well, I've been signed off with depression | I can't keep up with the repayments and honestly my mental health is in a really bad place",
      "thank you for telling me, would you be comfortable telling me a bit more about your income right now | I'm glad you called, can I ask if you're working at the moment",
      "I'm on statutory sick pay and my partner left so it's just me | I've lost hours at work and I'm using the overdraft for food",
      ["I'm going to refer you to our financial support team who can look at freezing interest", "they'll do an income and expenditure with you, and can agree a reduced payment plan", "I'll also give you details of free debt advice charities like StepChange"],
      "I don't want bailiffs at my door | please don't make me go through this again with someone else",
      ["I've put a 30 day breathing space on both accounts", "I've added a note about your circumstances with your consent", "I've booked a callback from the financial support team for {day}", "I've stopped the late fees from this month"],
      "debt across two products plus mental health vulnerability needing specialist financial support"),
    # ------------------------------------------------------------ insurance
    S("insurance", "certificate copy",
      "can you email me a copy of my car insurance certificate | I need my home insurance documents resent, I can't find them",
      "is that still the email ending hotmail | can I just confirm the email address we've got",
      "yes that's the one | yeah same email",
      ["I've resent the documents now, they should be in your inbox within ten minutes"]),
    S("insurance", "add named driver",
      "I want to add my husband as a named driver | can my daughter be added to my policy, she's just passed her test",
      "what's their date of birth and how long have they held a licence | any claims or convictions in the last five years",
      "{dob}, full licence for twenty years, nothing on it | she's seventeen, passed last month, nothing on it",
      ["that's added from today and the additional premium is {amt} for the rest of the year"]),
    S("insurance", "renewal date query",
      "when does my policy renew | can you tell me the renewal date on my contents cover",
      "", "",
      ["it renews on the {n}th of next month and you'll get the renewal invite three weeks before"]),
    M("insurance", "windscreen and excess",
      "a stone's cracked my windscreen on the motorway | my windscreen's got a chip that's turned into a crack",
      "is the crack in the driver's line of sight | roughly how long is the crack",
      "yeah it's right in front of me | it's about the length of my hand",
      ["a repair has no excess but a full replacement has a {amt} excess", "if your car has sensors on the screen they'll need recalibrating which our partner does on the same visit"],
      "will it affect my no claims | can I use my own garage",
      ["I've booked a replacement for {day} at your home address", "I've confirmed it's a glass claim so your no claims discount is protected"],
      "excess and recalibration"),
    M("insurance", "claim process explained",
      "a pipe burst in the bathroom and the kitchen ceiling's come down | I've had water coming through the ceiling from the flat upstairs",
      "is the water turned off now and is anyone hurt | is the property still safe to live in",
      "yeah the plumber capped it, nobody's hurt | the plumber's fixed the leak but the ceiling's a mess",
      ["the claim will go to a loss adjuster who'll visit to assess the damage", "trace and access is covered up to the policy limit, and your excess is {amt}", "if it came from upstairs we may recover costs from their insurer"],
      "do I need to get quotes | can I start clearing up",
      ["I've opened the claim, reference {ref}", "I've requested a loss adjuster visit within five working days", "I've emailed you a list of what to photograph"],
      "the claims process, excess and recovery from a third party"),
    M("insurance", "renewal price increase",
      "my renewal has gone up by {bigamt} and I haven't claimed | why has my premium jumped so much this year",
      "have there been any changes to your circumstances, car or address | can I just check the details on the renewal are right",
      "nothing's changed at all | same car, same address",
      ["prices are based on the cost of claims in your area and repair costs, which have risen", "you could lower it by increasing your voluntary excess or removing the courtesy car add-on"],
      "what would it be with a higher excess | I don't want to lose the legal cover",
      ["I've increased the excess to {amt} which brings the premium down", "I've re-issued the renewal documents"],
      "the pricing factors and trade-offs to reduce the premium"),
    C("insurance", "mis-sold add-on and declined claim", 3,
      "I was sold gadget cover with my home insurance and now you're saying my claim isn't covered, I was told it would be | I've paid for an add-on for three years that you now say doesn't cover what I was told it did",
      "can I ask when and how the policy was sold, phone or online | do you remember what you were told at the time of sale",
      "it was on the phone, the salesman said everything in the house was covered | online but the chat advisor told me it was fine, I've got screenshots",
      ["I can't overturn the claim decision myself, but the sales call will be reviewed by our complaints team", "if the product was mis-sold you could be due a refund of the premiums plus interest"],
      "this feels like a con | I want my money back for all three years",
      ["I've logged a complaint about the sale, reference {ref}", "I've requested the call recording from the original sale", "I've asked claims to re-review the decision alongside the complaint", "a complaint handler will be in touch within five working days"],
      "a possible mis-sale with a declined claim requiring complaints review and call recordings"),
    C("insurance", "subsidence claim with vulnerable customer", 3,
      "there are cracks right across the front of the house and the doors won't shut, and I'm eighty one and on my own | I think my house is moving, the cracks are getting bigger, and I'm registered partially sighted",
      "are you safe in the property at the moment | is there anyone who helps you day to day",
      "my son comes on sundays, I'm frightened the wall will come down | I've got a carer twice a week",
      ["subsidence claims are handled by a specialist team and usually need monitoring over several months", "if the house isn't safe we can arrange alternative accommodation under your policy"],
      "I can't deal with builders and forms on my own | will I have to move out",
      ["I've opened a specialist subsidence claim", "I've arranged an urgent structural engineer visit", "I've added your son as a nominated contact with your permission", "I've recorded that letters should be large print"],
      "subsidence, a vulnerable elderly customer and possible alternative accommodation"),
    # ------------------------------------------------------------ telecoms
    S("telecoms", "PAC code",
      "I'd like my PAC code please | can I have the code to move my number",
      "can I take the account password | could you confirm the last three digits of your bank account",
      "it's {last4} | the password is my dog's name, Biscuit",
      ["I've sent the PAC by text, it's valid for thirty days"]),
    S("telecoms", "contract end date",
      "when does my contract end | how long have I got left on my broadband contract",
      "", "",
      ["your minimum term ends on the {n}th of next month and there's no charge to leave after that"]),
    S("telecoms", "router restart",
      "my internet's gone off, the light's orange | the wifi's stopped working this morning",
      "have you tried turning the router off at the wall for thirty seconds | can you unplug the router and plug it back in for me",
      "ok doing it now, yep it's blue again | right it's back on and working",
      ["I've checked the line and it's all showing healthy now"]),
    M("telecoms", "switching tariff with exit fee",
      "I want to move to a cheaper deal, I saw one online for half the price | can I downgrade my plan, I don't use all the data",
      "are you still in your minimum term | have you had a look at when your contract ends",
      "I've got about eight months left | I think there's a few months to go",
      ["moving down a tier during your contract means an early exit charge of {bigamt}", "alternatively you could wait until the term ends in {n} months, or I can offer a retention discount now"],
      "so what works out cheapest overall | what's the retention offer exactly",
      ["I've applied a {small} a month discount for the rest of the term", "I've set a reminder on the account to review the tariff when the term ends"],
      "the exit fee and tariff options"),
    M("telecoms", "bill higher than expected",
      "my bill is {amt} more than normal this month | why's my bill gone up so much",
      "have you made any calls abroad or to premium numbers | have you upgraded anything recently",
      "I was in France for a week | I upgraded my phone last month",
      ["the first bill after an upgrade includes a part month on both plans", "roaming in the EU is included but calls back to the UK from abroad aren't"],
      "so will next month be back to normal | can I put a cap on it",
      ["I've set a spend cap of {amt} on the account", "I've credited the part month charge as a one off"],
      "the part-month billing and roaming terms"),
    M("telecoms", "moving broadband to new address",
      "I'm moving house next month, can I take my broadband with me | what happens to my broadband when I move",
      "what's the new postcode | when's the move date",
      "{pc}, we move on the {n}th | it's {pc}, moving in on a {day}",
      ["the same package is available there but an engineer visit is needed which costs {amt}", "there may be a day or two without service between addresses"],
      "can I have a mobile hotspot for the gap | does my contract restart",
      ["I've booked the home move for the {n}th", "I've added a free data boost to your mobile for the gap"],
      "home move terms, engineer fee and service gap"),
    C("telecoms", "SIM swap fraud with losses", 3,
      "my phone suddenly had no signal and then my bank said someone moved money out of my account | someone got a new SIM for my number and now they've been into my bank",
      "when did you lose service and did you request a new SIM | have you been in touch with your bank yet",
      "it went dead on {day} night, I never asked for anything | yes the bank has frozen it but they took {bigamt}",
      ["this has to go to our fraud team who will investigate how the SIM was issued", "your bank handles the money side, but we'll provide evidence of the SIM swap to them"],
      "how could you just give my number to someone | will you cover what I've lost",
      ["I've blocked the fraudulent SIM and ordered you a new one", "I've added a security password and in-store ID requirement", "I've referred the case to our fraud investigations team", "I've logged a formal complaint so the losses can be assessed"],
      "SIM swap fraud linked to bank losses requiring fraud investigation"),
    C("telecoms", "vulnerable customer mis-sold contract", 3,
      "my dad's got dementia and someone in your shop sold him two phones and a tablet on contract | my mum's eighty and was signed up to a £90 a month contract she can't use",
      "are you a registered power of attorney or would he be able to give consent | is your mum with you to give permission for me to talk to you",
      "I've got lasting power of attorney, I can send it | she's here but she doesn't really understand what's happened",
      ["we can look at cancelling without charge where someone didn't have capacity, but that's decided by our vulnerable customers team", "they'll need the power of attorney document and the sales paperwork"],
      "he can't even afford his heating | I want this cancelled and the money back",
      ["I've suspended billing on all three contracts while it's reviewed", "I've registered the power of attorney request", "I've raised it as a formal complaint about the sale", "I've arranged a return bag for the devices"],
      "a sale to a customer lacking capacity needing the vulnerable customers team and complaint"),
    # ------------------------------------------------------------ energy
    S("energy", "meter reading",
      "I'd like to give you a meter reading | can I give you my gas reading",
      "go ahead with the numbers from left to right | what's the reading please",
      "it's 0 4 7 3 1 | 12845, ignoring the red ones",
      ["thank you, that's on the account and your next bill will use it"]),
    S("energy", "resend bill",
      "can you resend my last bill, I deleted the email | I need a copy of my last statement for my landlord",
      "would you like it by email or post | is the email on the account still right",
      "email's fine | post please",
      ["I've resent it now"]),
    S("energy", "priority services register",
      "my neighbour said I should ask to go on the priority register | how do I get on the priority services list, I use an oxygen machine at night",
      "can I ask what the reason is, so we note it correctly | is that for yourself",
      "I'm over 75 and I live alone | yes it's me, I need the machine overnight",
      ["I've added you to the priority services register and you'll get advance notice of any planned power cuts"]),
    M("energy", "direct debit increase",
      "my direct debit's gone up from {amt} to nearly double | why has my monthly payment jumped",
      "can I take a reading to make sure we're using up to date figures | when did you last give us a reading",
      "I gave one a couple of months ago | not for a while actually",
      ["payments are set on your estimated annual usage spread over twelve months, including winter", "your account is {amt} in debit so the new amount also clears that over the year"],
      "can I pay less and catch up in summer | what if I'm in credit later",
      ["I've recalculated with today's reading which brings it down a little", "I've set a review in six months so any credit can be refunded"],
      "how the direct debit is calculated and the arrears element"),
    M("energy", "switching to a fixed tariff",
      "should I move onto a fixed deal | I'm on the variable tariff, is a fix worth it",
      "how many people live in the property | do you know roughly what you use in a year",
      "two of us, pretty average | about 2,700 units of electric",
      ["the fix has a higher standing charge but lower unit rate, so it depends on usage", "there's a {amt} per fuel exit fee if you leave early"],
      "so would I actually save | what if prices fall",
      ["I've switched you to the twelve month fix from the first of next month", "I've emailed you the tariff information label"],
      "the standing charge, unit rate and exit fee trade-offs"),
    C("energy", "prepayment arrears with medical vulnerability", 4,
      "I've run out on my prepay meter and I've got no money till friday and my son's on a nebuliser | the meter's gone off and there's debt on it taking most of my top ups, and I've got a disabled child",
      "is anyone in the home reliant on electricity for medical equipment | thank you for telling me, is your son's equipment running now",
      "the nebuliser's battery won't last the night | he's on it twice a day, I'm frightened",
      ["I can put emergency credit on now and refer this to our vulnerability team", "the debt recovery rate can be reduced and we shouldn't have a prepay meter where someone is medically dependent without safeguards"],
      "I'm at my wits end | I don't want to be a nuisance but I can't cope",
      ["I've added {amt} of emergency credit", "I've registered your son's medical equipment on the priority services register", "I've reduced the debt recovery to {small} a week", "I've referred you for the hardship fund and a welfare check", "I've raised a request to review whether the meter should be switched to credit mode"],
      "medical dependency, prepayment debt and hardship needing the vulnerability team"),
    C("energy", "back-billing and ombudsman threat", 3,
      "I've had a bill for {bigamt} covering two years because you never read the meter | you've sent a catch up bill for years of gas and I've complained twice already",
      "can I ask when you first raised the complaint | do you have the complaint reference",
      "eight weeks ago and nobody's come back | it's been over eight weeks so I'm going to the ombudsman",
      ["back-billing rules mean we generally can't charge for energy used more than twelve months before the bill was issued", "as it's been eight weeks you do have the right to go to the Energy Ombudsman"],
      "I want a proper apology | I shouldn't have to fight for this",
      ["I've re-billed the account to twelve months, removing {bigamt}", "I've escalated the complaint to a senior case manager", "I've issued a deadlock letter with the Energy Ombudsman details", "I've applied {amt} compensation for the complaint handling delay"],
      "back-billing regulation, a long-running complaint and ombudsman rights needing senior handling"),
    # ------------------------------------------------------------ travel
    S("travel", "luggage allowance",
      "how much hold luggage can I take on my booking | is a 23 kilo bag included on my ticket",
      "can I take the booking reference | what's the booking reference",
      "it's {ref} | {ref}",
      ["your fare includes one 23kg hold bag per person"]),
    S("travel", "check-in time",
      "what time does check-in open for my flight | when can I check in online",
      "", "",
      ["online check-in opens thirty hours before departure"]),
    S("travel", "name spelling fix",
      "my surname's spelt wrong on the booking, it's missing a letter | there's a typo in my name on the ticket",
      "can I take the booking reference and the correct spelling | what should it say",
      "{ref}, it should be Kowalski with an i | the reference is {ref}, it's Niamh not Naimh",
      ["I've corrected that at no charge and reissued the ticket"]),
    M("travel", "flight change with fees",
      "I need to move my return flight two days later | can I change my outbound date, my mum's having an operation",
      "which date would you like instead | do you want the same time of day",
      "the {n}th, afternoon if possible | any time on the friday",
      ["your fare allows changes with a {amt} change fee per person plus any fare difference", "the fare difference on that flight is {amt}, or there's an evening flight with no difference"],
      "what's the total for both of us | which works out cheaper",
      ["I've moved both passengers to the evening flight", "I've taken the change fee and emailed the new itinerary"],
      "change fees and fare differences"),
    M("travel", "delay compensation process",
      "my train was an hour late, how do I claim | the flight landed four hours late, am I owed anything",
      "do you have your ticket or booking reference | which service was it",
      "the 7.42 from York on {day} | flight SH218 on the {n}th",
      ["for delays of that length you're entitled to compensation under the delay repay scheme, which is 50 percent of the ticket", "claims need to be made within 28 days with a photo of the ticket"],
      "can I get cash rather than vouchers | what if I bought it through a third party",
      ["I've started the claim for you, reference {ref}", "I've set the payment method to bank transfer"],
      "the compensation rules and claim requirements"),
    C("travel", "stranded abroad after cancellation", 4,
      "our flight home was cancelled and we're stuck in Tenerife with two kids and no hotel | you've cancelled our flight, the next one's in four days, and my husband needs his medication which runs out tomorrow",
      "are you at the airport now and is anyone unwell | can I take the booking reference and find out who's travelling",
      "we're at the airport, my son's got autism and he's struggling | we're at the desk, there are four of us, nobody's helping",
      ["under the passenger rights rules we have to provide accommodation and meals until we can get you home", "I'm going to look at rerouting on another airline, which needs a supervisor to authorise"],
      "we've already paid {bigamt} for a hotel ourselves | how do we get the medication",
      ["I've booked a hotel near the airport and emailed the voucher", "I've rebooked you on a partner airline tomorrow, authorised by my supervisor", "I've added assistance for your son at both airports", "I've logged your expense claim for the hotel you paid for", "I've confirmed you can claim {bigamt} compensation per passenger"],
      "a family stranded abroad with medical and disability needs, rerouting and financial loss"),
    C("travel", "holiday complaint with legal threat", 3,
      "the hotel was a building site, my wife got food poisoning and we want a refund or we're going to a solicitor | we've been left out of pocket after you moved us to a worse hotel and my daughter was ill the whole week",
      "I'm sorry to hear that, did you report it to the rep while you were there | do you have medical evidence from the resort",
      "we told the rep every day, she did nothing | yes we saw a doctor there and I've got the receipts",
      ["personal injury and illness claims are handled by our legal and claims team, so I can't offer a settlement myself", "your package holiday is protected under the package travel regulations, so any claim is with us rather than the hotel"],
      "we want this sorted or it goes to ABTA | I'm not accepting vouchers",
      ["I've logged a formal complaint, reference {ref}", "I've referred the illness claim to our legal team", "I've requested the rep's reports from the resort", "I've noted that you've mentioned ABTA and legal action"],
      "illness abroad, a formal complaint and threatened legal action needing the legal team"),
    # ------------------------------------------------------------ retail
    S("retail", "order status",
      "where's my order, it's been a few days | can you tell me when my parcel is arriving",
      "can I have the order number | what's the order number please",
      "it's {ref} | {ref}",
      ["it's out for delivery today with a two hour slot of 1 to 3pm"]),
    S("retail", "change delivery address",
      "can I change the delivery address on my order | I've put my old address on the order by mistake",
      "has it been dispatched yet, can I take the order number | what's the new address",
      "{ref}, it's not shipped | 14 Ferry Road, {pc}",
      ["that's updated before dispatch"]),
    S("retail", "gift card balance",
      "how much is left on my gift card | can you check a gift card balance for me",
      "can you read me the sixteen digit number | what's the card number and PIN",
      "it's 6035 7812 {last4} 1190 | the pin's {last4}",
      ["there's {amt} left on the card and it expires next year"]),
    M("retail", "faulty item outside returns window",
      "the vacuum I bought four months ago has stopped working | my washing machine's broken and it's only seven months old",
      "what's happening with it exactly | have you got the receipt or order number",
      "it just cuts out after a minute | it won't drain, it's got an error code E21",
      ["it's outside the 30 day return window but within the manufacturer's warranty", "under consumer rights we can repair or replace, and if the repair fails you can ask for a refund"],
      "I'd rather have a refund | how long will the repair take",
      ["I've booked a repair engineer for {day}", "I've noted that a refund applies if the repair doesn't fix it"],
      "consumer rights, warranty and repair-or-replace options"),
    M("retail", "missing parcel investigation", 
      "it says my parcel was delivered but it's not here | the tracking says left in safe place, there's nothing",
      "have you checked with neighbours or around the property | can you see the delivery photo in the app",
      "yes I've asked around, nothing | the photo's of a door that isn't mine",
      ["we'll open an investigation with the courier which takes up to 48 hours", "if it's not found we'll send a replacement or refund, whichever you prefer"],
      "can you just send another | do I have to wait",
      ["I've opened the courier investigation, reference {ref}", "I've reserved a replacement in case it isn't found"],
      "the courier investigation process and options"),
    C("retail", "account takeover with fraudulent orders", 3,
      "someone's got into my account and placed three orders with my saved card, and changed my email | there are orders on my account I didn't make and I can't log in anymore",
      "when did you last successfully log in | have you told your bank",
      "two days ago, then I got a password reset I didn't ask for | the bank's cancelled the card but they took {bigamt}",
      ["I'll need to pass this to our security team to lock the account and investigate", "the orders can be cancelled if they haven't shipped, and the security team will confirm what data was accessed"],
      "are my details out there now | I'm worried about my address being known",
      ["I've locked the account and cancelled the two unshipped orders", "I've referred the case to the security team", "I've asked the courier to intercept the shipped parcel", "I've logged a data concern so our data protection team can assess it"],
      "account takeover, fraudulent orders and a potential data breach needing the security team"),
    C("retail", "repeat failure and formal complaint", 3,
      "this is the third sofa you've delivered damaged, I've taken four days off work, and I want compensation | I've had a faulty fridge replaced twice, food's gone off twice, and I want to make a formal complaint",
      "I'm really sorry, can I take the order number so I can see the history | can you tell me about the losses you've had",
      "it's {ref}, I've lost about {bigamt} in wages | I've lost two full shops of food, about {amt} each time",
      ["compensation for consequential loss needs sign off from a senior complaints manager", "you're entitled to a full refund now as the repairs have failed repeatedly"],
      "I'll go to trading standards if I have to | I've had enough of waiting in",
      ["I've processed a full refund", "I've escalated the loss claim to a senior complaints manager", "I've arranged collection at a time of your choosing", "I've logged the formal complaint, reference {ref}"],
      "repeated failures, consequential financial loss and a formal complaint needing senior sign-off"),
    # ------------------------------------------------------------ public_services
    S("public_services", "missed bin collection",
      "my bin wasn't collected today | the recycling's been missed on our street",
      "can I take your postcode and house number | which bin was it",
      "{pc}, number 12 | the blue one, {pc}",
      ["I've logged it and the crew will return within two working days"]),
    S("public_services", "tip opening hours",
      "what are the opening hours for the tip | is the recycling centre open on sundays",
      "", "",
      ["it's open eight till four every day except christmas"]),
    S("public_services", "council tax instalments",
      "can I pay my council tax over twelve months instead of ten | I'd like to spread my council tax payments",
      "can I take the council tax account number | what's the account reference",
      "it's {last4}{last4} | the reference is {ref}",
      ["I've changed it to twelve instalments starting next month"]),
    M("public_services", "parking fine appeal process",
      "I got a parking ticket but the sign was covered by a hedge | I've got a penalty notice and I was loading, which is allowed",
      "can I take the notice number | do you have photos",
      "it's WC{last4} | yes I took photos of the sign and the van",
      ["you can make an informal challenge now and the fine is held at the discounted rate while it's considered", "if it's rejected you can make a formal representation and then appeal to the independent tribunal"],
      "do I risk paying more | how long does it take",
      ["I've registered the challenge and frozen the discount period", "I've emailed you the upload link for the photos"],
      "the appeal stages and discount rules"),
    M("public_services", "housing repair with damp",
      "there's damp in my son's bedroom and mould on the walls | the bathroom extractor's broken and there's mould everywhere",
      "how long has it been there and how big an area is it | is anyone in the household particularly affected",
      "a couple of months, most of the wall | my son's got a bit of a cough",
      ["damp and mould repairs are prioritised where health is affected, and an inspector assesses the cause first", "a treatment can be done straight away but the cause may need a separate job"],
      "can it be done before winter | do we need to move out",
      ["I've booked a damp inspection for {day}", "I've raised a separate job to replace the extractor fan"],
      "the inspection process and repair prioritisation"),
    C("public_services", "homelessness risk with rent arrears", 4,
      "I've got an eviction notice and I'm behind on rent because my universal credit was stopped | my landlord's given me two months notice, I've got arrears and I've got two kids",
      "can I ask when the notice expires and whether you have anywhere to go | is anyone at risk of harm at home",
      "it runs out on the {n}th and I've got nowhere | no but we're sleeping on my sister's sofa some nights",
      ["I'm going to refer you to the housing options team who have a legal duty to help prevent homelessness", "there may be a discretionary housing payment to help with arrears, which is a separate application"],
      "I'm terrified of being on the street with the kids | I don't know who else to call",
      ["I've made an urgent referral to housing options", "I've started a discretionary housing payment application", "I've given you the number for Shelter for free legal advice", "I've flagged the universal credit issue to our welfare rights officer"],
      "homelessness risk, arrears and benefits issues engaging statutory duties"),
    C("public_services", "complaint with councillor and press involvement", 3,
      "I've been reporting the sewage in the garden for a year, my MP's involved and the local paper wants to run it | nobody's fixed the leak in my flat for eighteen months, I've contacted my councillor and a journalist",
      "I'm sorry, do you have the previous complaint references | can I take your address so I can see the repair history",
      "I've got six reference numbers | it's all on the system, I've emailed a dozen times",
      ["given the history this needs to go to the head of service and the corporate complaints team", "if you're unhappy after stage two you can go to the Housing Ombudsman"],
      "I want someone senior to come and look at it | I want compensation for a year of this",
      ["I've escalated to stage two of the complaints process", "I've asked the head of service to arrange a visit", "I've flagged the press and MP interest to our communications team", "I've raised the repair as an emergency job"],
      "long-running disrepair with MP and press involvement needing senior escalation"),
    # ------------------------------------------------------------ utilities
    S("utilities", "report a leak",
      "there's water bubbling up from the pavement outside my house | I want to report a leak in the road",
      "what's the nearest house number and postcode | how much water is coming out",
      "outside number 7, {pc} | it's a steady stream down the gutter",
      ["I've logged the leak and a technician will inspect within 48 hours"]),
    S("utilities", "meter reading submission",
      "I want to submit my water meter reading | can I give you a reading",
      "what's the reading | go ahead",
      "it's 00612 | 1347 cubic metres",
      ["that's added and your next bill will be based on it"]),
    S("utilities", "supply interruption update",
      "the water's off, is it just us | we've got no water, is there work going on",
      "can I take the postcode | what's your postcode",
      "{pc} | it's {pc}",
      ["there's a burst main nearby and supply should be back by {time}"]),
    M("utilities", "water meter switch",
      "would I save money with a water meter | I live on my own, should I get a meter",
      "how many people live in the property | do you have a garden you water much",
      "just me | two of us and no garden",
      ["for one or two people a meter usually saves money, and you can switch back within two years if it doesn't", "installation is free but if it can't be fitted you can go on an assessed charge"],
      "how long does fitting take | will my bill change straight away",
      ["I've booked a survey for the meter", "I've sent you the savings calculator results"],
      "the meter trade-offs and switch-back rules"),
    M("utilities", "high bill payment plan",
      "my water bill's come in at {bigamt} and I can't pay it in one go | can I spread the cost of this bill",
      "would you like to look at a payment plan | is your income from work or benefits",
      "yes, I'm on a low income | I'm working part time",
      ["we can spread it over the rest of the year, and there's a social tariff for low income households", "the social tariff needs an income check"],
      "what would the monthly amount be | do I qualify",
      ["I've set up a monthly plan of {amt}", "I've emailed you the social tariff application"],
      "payment plan and social tariff eligibility"),
    C("utilities", "sewage flooding with financial loss", 4,
      "sewage has come up through the downstairs toilet and flooded the whole ground floor | our kitchen and living room have been flooded with sewage for the second time this year",
      "is anyone in the property vulnerable and can you stay there tonight | has it stopped now",
      "my mum lives with us and she's on dialysis | it's stopped but the house stinks and the carpets are ruined",
      ["internal sewer flooding is treated as an emergency and you're entitled to a guaranteed standards payment", "cleaning and any alternative accommodation are arranged by our specialist team, and loss claims go through our insurer"],
      "who pays for all our stuff | this can't happen a third time",
      ["I've sent an emergency clean-up crew for today", "I've arranged a hotel tonight given your mum's health", "I've logged the loss claim with our insurer", "I've referred the repeat flooding to the network engineering team", "I've applied the guaranteed standards payment"],
      "internal sewer flooding with a vulnerable resident and insured losses"),
    C("utilities", "disputed debt and court letter", 3,
      "I've had a letter from debt collectors about a water bill for a house I sold three years ago | a court claim's come through for an old water account and it's not even mine",
      "do you have the completion date from the sale | can I take the reference on the letter",
      "I've got the solicitor's letter with the date | the reference is {ref}",
      ["while it's disputed I can ask the agency to put collection on hold", "as a court claim has been issued, our legal team needs to respond within the deadline"],
      "this could ruin my credit | I've never even lived there",
      ["I've put the debt on hold with the agency", "I've referred the court claim to our legal team", "I've asked for the account to be closed at your sale date", "I've logged a complaint about the collection"],
      "a disputed debt with an active court claim requiring the legal team"),
    # ------------------------------------------------------------ healthcare
    S("healthcare", "repeat prescription",
      "I need to order my repeat prescription | can I put in a request for my inhalers",
      "which items do you need | can I take your date of birth",
      "the blue inhaler and the sertraline | {dob}",
      ["that's been sent to the doctor and will be at your pharmacy in two working days"]),
    S("healthcare", "surgery opening hours",
      "what time does the surgery open on saturdays | are you open on the bank holiday monday",
      "", "",
      ["we're open eight till twelve on saturdays and closed bank holidays, 111 covers out of hours"]),
    S("healthcare", "update phone number",
      "I've got a new mobile number, can you update it | can you change my contact number",
      "can I take your date of birth and the new number | what's the new number",
      "{dob}, it's 07700 900{last4} | 07700 900{last4}",
      ["that's updated on your record"]),
    M("healthcare", "referral explained",
      "the doctor said I'd be referred but I've heard nothing | how do I know if my referral's gone through",
      "do you know which department it was for | when did you see the doctor",
      "dermatology, about a month ago | the knee clinic, three weeks ago",
      ["the referral was sent on the {n}th and the hospital books appointments in order of clinical priority", "you can choose a different hospital through the booking service if waits are shorter there"],
      "how long is the wait | can I go somewhere closer",
      ["I've sent you the booking reference and password", "I've asked the doctor to review whether it should be marked urgent"],
      "the referral pathway and choice of provider"),
    M("healthcare", "billing for covered test",
      "I was billed for a blood test that should've been covered | I've got a bill for {amt} for lab work",
      "do you have the date of service | was the test ordered by your primary doctor",
      "it was the {n}th of last month | yes, my regular doctor",
      ["it looks like it was billed as out of network, which we can resubmit with the correct code", "you don't need to pay while it's being reprocessed"],
      "will I get a new bill | does this affect my deductible",
      ["I've resubmitted the claim with the corrected code", "I've put a 30 day hold on the balance"],
      "how coding affects coverage and the reprocess steps"),
    C("healthcare", "safeguarding concern and missed care", 3,
      "my dad's carers haven't turned up for three days and he's been on his own with no meds | my mum's care visits keep getting missed and she had a fall last night",
      "is he safe right now, is anyone with him | is she injured and has she been seen by anyone",
      "I've driven up, he was confused and hadn't eaten | she's got a bruise on her head, she won't go to A&E",
      ["because of the head injury I'd advise calling 111 or 999 now", "missed care visits for someone at risk are a safeguarding concern, which I'm required to refer"],
      "who's responsible for this | I want to know how this was allowed to happen",
      ["I've raised a safeguarding referral with the adult social care team", "I've asked the duty doctor to call you within the hour", "I've logged a complaint about the missed visits", "I've requested an urgent review of the care package"],
      "a safeguarding concern with missed care, a fall and a complaint"),
    C("healthcare", "records error and data breach", 3,
      "I've been sent someone else's test results, and mine went to them | my medical letter was posted to my ex partner's address and I've got a non-molestation order against him",
      "I'm very sorry, can you tell me what the letter contained | do you still have the letter",
      "it's their blood results with their name on | he knows where I live now because of the letter",
      ["this is a data breach which has to be reported to our data protection officer today", "we may have to report it to the Information Commissioner's Office within 72 hours"],
      "I feel completely unsafe | how could you get something like that wrong",
      ["I've logged the data breach with the data protection officer", "I've corrected the address and flagged your record as confidential", "I've arranged for the letter to be collected securely", "I've given you the contact for the practice manager who'll call today"],
      "a data breach with safety risk requiring the data protection officer and possible regulator report"),
]

# generic add-ons used to build complex interactions
VULN = [
    dict(topic="bereavement disclosure", open="sorry I'm a bit all over the place, my wife died in the spring | I should say my dad passed away recently and I'm dealing with everything",
         act=["I've noted that so nobody asks you to go over it again", "I'll send you our bereavement support guide"]),
    dict(topic="mental health disclosure", open="I should tell you I've got anxiety and phone calls are really hard for me | I'm not coping very well at the moment, I've been signed off with stress",
         act=["I've added a note that written contact is preferred", "I've referred you to our specialist support team"]),
    dict(topic="financial hardship", open="I've just lost my job so money's really tight | I'm on universal credit and I've got nothing left after rent",
         act=["I've paused any collection activity for thirty days", "I've sent details of free debt advice"]),
    dict(topic="disability and accessibility", open="I'm partially deaf so I might ask you to repeat things | I'm registered blind so letters are no good for me",
         act=["I've set your communication preference to large print and email"]),
    dict(topic="domestic abuse concern", open="I've had to leave my ex and he's still named on the account | I need my address kept private, I've left an abusive relationship",
         act=["I've restricted the account so the address isn't disclosed", "I've referred you to our specialist team who support customers in your situation"]),
]
OMBUDSMAN = {
    "banking": ["Financial Ombudsman"], "insurance": ["Financial Ombudsman"], "telecoms": ["Communications Ombudsman", "CISAS"],
    "energy": ["Energy Ombudsman"], "travel": ["ABTA", "Rail Ombudsman"], "retail": ["trading standards", "small claims court"],
    "public_services": ["Local Government Ombudsman", "Housing Ombudsman"], "utilities": ["Consumer Council for Water", "water regulator"],
    "healthcare": ["Health Service Ombudsman", "care quality commission"],
}
ESCALATE = dict(topic="formal complaint",
                open="and I want this logged as a formal complaint, if it's not sorted I'm going to the {omb} | I want to make an official complaint about how this has been handled and I will go to the {omb}",
                act=["I've logged a formal complaint, reference {ref}", "a complaints handler will contact you within five working days",
                     "if you're unhappy with our final response you can refer it to the {omb}"])
EMO_LINES = [
    "sorry I'm a bit stressed, it's been one of those days", "I've been trying to do this for ages, it's driving me mad",
    "honestly I'm so fed up with being on hold", "sorry, the kids are screaming in the background",
    "this is the second time I've called about it", "I'm on my lunch break so I haven't got long",
    "your website is useless for this sort of thing", "I'm really worried about it to be honest",
]
EMO_LINES_EMAIL = [
    "This is the second time I have had to write about this", "I have been trying to sort this out for weeks and it is very frustrating",
    "I'm quite worried about it, to be honest", "Your website was no help at all", "I would appreciate a quick response as I'm away soon",
]
CONFIRM_ACTS = ["I've sent you a confirmation by text", "I've emailed you a confirmation of that",
                "I've added a note to the account so it's on record", "you'll get a confirmation letter in the post as well"]
CALM_LINES = [
    "no rush, take your time", "that's fine, I'm not in a hurry", "ok, I understand", "right, that makes sense",
    "fair enough", "ok I'll bear with you",
]


# ---------------------------------------------------------------------------
# COMPLEXITY: dialogue assembly
# ---------------------------------------------------------------------------
GREET = {
    "call": ["good morning you're through to {brand} my name's {agent} how can I help",
             "thank you for calling {brand}, you're speaking with {agent}, what can I do for you today",
             "hello {brand} {agent} speaking", "hi you're through to {agent} at {brand}, how can I help",
             "good afternoon, {brand}, this is {agent}", "hello you're through to customer services, {agent} speaking"],
    "chat": ["Hi, you're chatting with {agent}. How can I help today?", "Hello! {agent} here from {brand}, what can I do for you?",
             "Hi there, thanks for waiting. I'm {agent}, how can I help?", "Welcome to {brand} chat, my name is {agent}.",
             "Hey, {agent} here. What can I help with?"],
}
IDV_ASK = ["before I go any further can I take your full name and postcode",
           "can you confirm the first line of your address and your date of birth",
           "I just need to ask a couple of security questions, what's your date of birth",
           "can I start with your name and the postcode on the account",
           "for data protection can I take your full name please"]
IDV_ANS = ["yeah it's {fullname}, {pc}", "{dob}, and it's {fullname}", "it's {fullname}, postcode {pc}",
           "sure, {fullname}, born {dob}", "{pc}, and the name's {fullname}"]
CONTEXT = ["I'm calling from the car so sorry if it's noisy", "my daughter usually does this for me",
           "I tried the app first but it wouldn't let me", "I've got the letter here in front of me",
           "I've been meaning to ring about this for a while", "I'm at work so I might have to go quickly",
           "a friend said it was easier to just ask", "I did look on the website first",
           "it's a quick one hopefully", "I hope I've come through to the right place"]
ACK_A = ["no problem", "of course", "lovely, thank you", "perfect", "ok, let me just check that", "bear with me one moment",
         "thanks for that", "right, let me have a look", "sure", "ok I can help with that", "thanks, that's found you",
         "got it", "ok, I'm with you"]
ACK_C = ["ok", "yeah", "great", "right", "mm ok", "alright", "ok thanks", "yep", "fine", "oh ok"]
TRANSITION = ["also while I've got you, ", "and another thing, ", "the other thing is ", "oh and ", "on top of that ",
              "there's something else as well, ", "and I also need to mention that "]
ANYTHING_ELSE = ["is there anything else I can help with today", "anything else at all", "is there anything else I can do for you",
                 "can I help with anything else", "was there anything else"]
CLOSE_C = ["no that's all thanks", "no that's everything", "no you've covered it", "no that's it for now",
           "that's all, thanks for your help", "no, that'll do", "nothing else, bye"]
BYE_A = ["thanks for calling, have a good day", "take care, bye", "thanks for your patience, bye now",
         "you're welcome, goodbye", "no problem at all, take care"]
CHAT_BYE_A = ["Thanks for chatting today!", "Take care and have a good day.", "Glad I could help, bye for now.",
              "I'll close the chat now, thanks for getting in touch."]
EMAIL_FOLLOWUP = ["Thanks. Will I get written confirmation of this?", "Thank you for the quick reply. Is there anything else I need to do?",
                  "Thanks for explaining. Just to check, how long will it take?", "Thank you. Who should I contact if there's a problem?"]
EMAIL_FOLLOWUP_ANS = ["Yes, you'll receive a confirmation by email within 24 hours.", "No, there's nothing else you need to do at this stage.",
                      "It should all be complete within five working days.", "Just reply to this email and it will come straight back to me."]


QWORD = re.compile(r"^(how|what|what's|when|can|could|is|do|does|did|where|why|why's|would|will|should|who|are|have|has|anything|was)\b", re.I)


def qmarks(text):
    """Give question-like sentences a question mark (chat / email rendering)."""
    sents = re.split(r"(?<=[.!?])\s+", text)
    out = []
    for snt in sents:
        core = snt.rstrip()
        if QWORD.match(core) and not core.endswith(("?", "!")) and len(core.split()) > 2:
            core = core.rstrip(".") + "?"
        out.append(core)
    return " ".join(out)


def brand_name(handle):
    h = re.sub(r"_(UK|Help|H2O)$", "", handle).replace("_and_", " and ").replace("_", " ")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", h).replace("B S", "BS")


def pick(s, rng):
    return rng.choice([v.strip() for v in s.split("|")]) if s else ""


def fill_cx(text, rng, ctx):
    for k, v in ctx.items():
        text = text.replace("{%s}" % k, v)
    return fill(text, rng)


def build_interaction(rng, label, channel, sector, mods_by):
    m_s = [m for m in mods_by[sector] if m["kind"] == "simple"]
    m_m = [m for m in mods_by[sector] if m["kind"] == "moderate"]
    m_c = [m for m in mods_by[sector] if m["kind"] == "complex"]
    parts = []   # list of (module, role)
    if label == "simple":
        parts = [rng.choice(m_s)]
    elif label == "moderate":
        parts = [rng.choice(m_m)]
        if rng.random() < 0.35:
            parts.insert(rng.randrange(2), rng.choice(m_s))
    else:
        if rng.random() < 0.22 and len(m_m) >= 2:
            parts = rng.sample(m_m, 2) + [rng.choice(VULN) if rng.random() < 0.5 else ESCALATE]
        else:
            cm = rng.choice(m_c)
            parts = [cm]
            if rng.random() < 0.4:
                parts.append(rng.choice(m_m + m_s))
            if rng.random() < 0.3:
                parts.insert(rng.randrange(len(parts) + 1), rng.choice(VULN))
            if rng.random() < 0.3 and "complaint" not in cm["why"]:
                parts.append(ESCALATE)
    ctx = {"omb": rng.choice(OMBUDSMAN[sector]), "agent": rng.choice(FIRST_NAMES),
           "brand": brand_name(rng.choice(SECTOR_BANK[sector]["brands"])),
           "fullname": "%s %s" % (rng.choice(FIRST_NAMES), rng.choice(SURNAMES)),
           "dob": "%d %s %d" % (rng.randint(1, 28), rng.choice(["january", "march", "may", "july", "august", "october", "december"]),
                                rng.randint(1942, 2003))}
    emo = rng.random() < 0.3          # emotional colour independent of label
    calm = rng.random() < 0.3
    beats = []                         # (speaker, text, tag)
    n_actions = 0
    n_problems = 0
    if channel in ("call", "chat"):
        beats.append(("agent", pick("|".join(GREET[channel]), rng), "greet"))
        first = True
        for k, m in enumerate(parts):
            is_addon = "kind" not in m
            opener = pick(m["open"], rng)
            if first:
                pre = (rng.choice(CONTEXT) + ", ") if rng.random() < 0.3 else ""
                txt = pre + opener
                if emo and rng.random() < 0.7:
                    txt = txt + ". " + rng.choice(EMO_LINES)
                beats.append(("customer", txt, "open"))
                if channel == "call" and rng.random() < 0.55:
                    beats.append(("agent", rng.choice(IDV_ASK), "idv"))
                    beats.append(("customer", rng.choice(IDV_ANS), "idv"))
                first = False
            else:
                if is_addon and m is ESCALATE:
                    beats.append(("customer", opener, "open"))
                else:
                    beats.append(("customer", rng.choice(TRANSITION) + opener, "open"))
            n_problems += m.get("problems", 1)
            if is_addon:
                acts = m["act"]
                lead = "I'm sorry to hear that. " if m is not ESCALATE else "I understand. "
                beats.append(("agent", lead + ". ".join(acts), "act"))
                n_actions += len(acts)
                continue
            if m["probe"]:
                beats.append(("agent", (rng.choice(ACK_A) + ", " if rng.random() < 0.5 else "") + pick(m["probe"], rng), "probe"))
                beats.append(("customer", pick(m["detail"], rng), "detail"))
            if m["explain"]:
                ex = list(m["explain"])
                if len(ex) > 1 and rng.random() < 0.5:
                    beats.append(("agent", ex[0], "explain"))
                    beats.append(("customer", rng.choice(ACK_C + CALM_LINES if calm else ACK_C), "ack"))
                    beats.append(("agent", ". ".join(ex[1:]), "explain"))
                else:
                    beats.append(("agent", ". ".join(ex), "explain"))
                if m["react"]:
                    beats.append(("customer", pick(m["react"], rng), "react"))
            acts = list(m["act"])
            if m["kind"] == "simple" and rng.random() < 0.35:
                acts.append(rng.choice(CONFIRM_ACTS))
            n_actions += len(acts)
            if len(acts) > 2 and rng.random() < 0.5:
                h = len(acts) // 2
                beats.append(("agent", ". ".join(acts[:h]), "act"))
                beats.append(("customer", rng.choice(ACK_C), "ack"))
                beats.append(("agent", ". ".join(acts[h:]), "act"))
            else:
                beats.append(("agent", (rng.choice(ACK_A) + ", " if rng.random() < 0.3 else "") + ". ".join(acts), "act"))
        if rng.random() < 0.8:
            beats.append(("agent", rng.choice(ANYTHING_ELSE), "close"))
            beats.append(("customer", rng.choice(CLOSE_C), "close"))
            if rng.random() < 0.5:
                beats.append(("agent", rng.choice(BYE_A if channel == "call" else CHAT_BYE_A), "close"))
        # squeeze to 16 turns: drop optional beats, then merge
        for tag in ("ack", "idv", "close"):
            while len(beats) > 16 and any(b[2] == tag for b in beats):
                i = max(i for i, b in enumerate(beats) if b[2] == tag)
                del beats[i]
        merged = []
        for b in beats:
            if merged and merged[-1][0] == b[0]:
                merged[-1] = (b[0], merged[-1][1] + ". " + b[1], b[2])
            else:
                merged.append(b)
        beats = merged
        while len(beats) > 16:
            beats = beats[:-1]
    else:  # email thread
        name = ctx["fullname"]
        c1 = []
        probes, details, explains, reacts, acts_all, addon_acts = [], [], [], [], [], []
        for k, m in enumerate(parts):
            op = pick(m["open"], rng)
            c1.append(op if k == 0 else rng.choice(TRANSITION) + op)
            n_problems += m.get("problems", 1)
            if "kind" not in m:
                addon_acts += m["act"]
                continue
            if m["probe"]:
                probes.append(pick(m["probe"], rng))
                details.append(pick(m["detail"], rng))
            explains += m["explain"]
            if m["react"]:
                reacts.append(pick(m["react"], rng))
            acts_all += m["act"]
            if m["kind"] == "simple" and rng.random() < 0.35:
                acts_all.append(rng.choice(CONFIRM_ACTS))
        n_actions = len(acts_all) + len(addon_acts)
        body1 = ". ".join(c1)
        if emo:
            body1 += ". " + rng.choice(EMO_LINES_EMAIL)
        beats.append(("customer", "%s %s. %s %s" % (rng.choice(GREET_CUST), body1, rng.choice(SIGNOFF_CUST[:5]), name), "open"))
        ag = "Dear %s, thank you for your email" % name.split()[0]
        if probes:
            beats.append(("agent", ag + ". So that I can help, " + ". ".join(probes) + "?", "probe"))
            beats.append(("customer", "Hi, " + ". ".join(details) + (". " + ". ".join(reacts[:1]) if reacts else ""), "detail"))
        elif explains:
            beats.append(("agent", ag + ". " + explains[0], "explain"))
            beats.append(("customer", (". ".join(reacts) if reacts else rng.choice(CALM_LINES)), "react"))
            explains = explains[1:]
        txt = (". ".join(explains) + ". " if explains else "") + ". ".join(acts_all) + "."
        if not probes and not explains and not beats[1:]:
            txt = ag + ". " + txt
        beats.append(("agent", txt + " " + rng.choice(["Kind regards", "Best wishes", "Regards"]) + ", " + ctx["agent"], "act"))
        if addon_acts:
            beats.append(("customer", rng.choice(["Thank you, but I also need an answer on the other point I raised.",
                                                  "Thanks. Please can you confirm what's happening about the rest of my email?",
                                                  "I appreciate the reply, but you haven't addressed everything I said."]), "react"))
            beats.append(("agent", "Apologies for missing that. " + ". ".join(addon_acts) + ".", "act"))
        if len(beats) < 4 or rng.random() < 0.4:
            beats.append(("customer", rng.choice(EMAIL_FOLLOWUP), "close"))
            beats.append(("agent", rng.choice(EMAIL_FOLLOWUP_ANS), "close"))
    # render
    turns = []
    for spk, txt, _ in beats:
        txt = fill_cx(txt, rng, ctx)
        if channel == "call":
            txt, _t = to_call(txt, rng, 0.35 if spk == "customer" else 0.1, spk)
        elif channel == "chat":
            txt = qmarks(cap(txt))
            if spk == "customer":
                txt, _t = to_chat(txt, rng, "neutral", spk)
        else:
            txt = qmarks(cap(txt.replace(". .", ".")))
        txt = re.sub(r"\.\s*\.", ".", txt)
        turns.append({"speaker": spk, "text": txt})
    # rationale
    want = {"simple": "simple", "moderate": "moderate"}.get(label, "complex")
    main = next((p for p in parts if p.get("kind") == want), None) or next(p for p in parts if p.get("kind") == "moderate")
    topics = [p["topic"] for p in parts]
    if label == "simple":
        rat = "Single routine request (%s) that the front-line agent resolves in %d step%s with no explanation of terms or escalation." % (
            main["topic"], n_actions, "" if n_actions == 1 else "s")
    elif label == "moderate":
        extra = (" plus a routine %s" % [p["topic"] for p in parts if p is not main][0]) if len(parts) > 1 else ""
        rat = "%s needs %d actions and an explanation of %s%s, but stays within front-line authority." % (
            main["topic"][0].upper() + main["topic"][1:], n_actions, main["why"], extra)
    else:
        if main["kind"] == "complex":
            others = [t for t in topics if t != main["topic"]]
            rat = "%s%s%s, so it needs specialist or senior involvement beyond front-line authority." % (
                main["why"][0].upper(), main["why"][1:], ("; also " + ", ".join(others)) if others else "")
        else:
            rat = "Several linked problems (%s) compounded by %s, requiring %d actions and specialist or senior handling." % (
                " and ".join(topics[:2]), topics[2], n_actions)
    return dict(channel=channel, sector=sector, label=label, n_problems=n_problems, n_actions=n_actions,
                turns=turns, rationale=rat)


def build_complexity():
    rng = random.Random(SEED + 1)
    mods_by = collections.defaultdict(list)
    for m in MODULES:
        mods_by[m["sector"]].append(m)
    global MAX_JACCARD, MAX_CONTAIN
    saved = (MAX_JACCARD, MAX_CONTAIN)
    MAX_JACCARD, MAX_CONTAIN = 0.70, 0.85      # whole interactions: ~70% shared-word ceiling
    idx = NearDupIndex()
    rows = []
    goal = {"simple": 0.35, "moderate": 0.35, "complex": 0.30}
    count = collections.Counter()
    attempts = 0
    target = 740
    while len(rows) < target and attempts < 60000:
        attempts += 1
        label = min(goal, key=lambda l: count[l] / max(1, len(rows)) - goal[l] + rng.random() * 0.02)
        channel = rng.choices(["call", "chat", "email"], [0.45, 0.33, 0.22])[0]
        sector = rng.choice(SECTORS)
        row = build_interaction(rng, label, channel, sector, mods_by)
        if not 4 <= len(row["turns"]) <= 16:
            continue
        flat = " ".join(t["text"] for t in row["turns"])
        if idx.too_close(flat):
            continue
        idx.add(flat)
        count[label] += 1
        rows.append(row)
    MAX_JACCARD, MAX_CONTAIN = saved
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "cx-%04d" % i}
        d.update(r)
        out.append(d)
    return out, attempts


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def table(rows, key, label_order):
    out = []
    tot = collections.Counter(r["label"] for r in rows)
    n = len(rows)
    out.append("  all      n=%-5d " % n + "  ".join("%s=%d (%.1f%%)" % (l, tot[l], 100.0 * tot[l] / n) for l in label_order))
    for v in sorted(set(r[key] for r in rows)):
        sub = [r for r in rows if r[key] == v]
        c = collections.Counter(r["label"] for r in sub)
        out.append("  %-8s n=%-5d " % (v, len(sub)) + "  ".join("%s=%d (%.1f%%)" % (l, c[l], 100.0 * c[l] / len(sub))
                                                          for l in label_order))
    return "\n".join(out)


def main():
    sen, sen_att = build_sentiment()
    cx, cx_att = build_complexity()
    sen_path = os.path.join(HERE, "sentiment.jsonl")
    cx_path = os.path.join(HERE, "complexity.jsonl")
    if "--check" in sys.argv:
        ok = True
        for path, rows in ((sen_path, sen), (cx_path, cx)):
            with open(path, encoding="utf-8") as f:
                same = [json.loads(l) for l in f] == rows
            print("%s: %s" % (os.path.basename(path), "matches regenerated output" if same else "DIFFERS"))
            ok &= same
        sys.exit(0 if ok else 1)
    write_jsonl(sen_path, sen)
    write_jsonl(cx_path, cx)
    print("sentiment.jsonl  (%d examples, %d candidates tried)" % (len(sen), sen_att))
    print(table(sen, "channel", ["negative", "neutral", "positive"]))
    print("  by speaker:", dict(collections.Counter(r["speaker"] for r in sen)),
          " by locale:", dict(collections.Counter(r["locale"] for r in sen)))
    print("complexity.jsonl (%d interactions, %d candidates tried)" % (len(cx), cx_att))
    print(table(cx, "channel", ["simple", "moderate", "complex"]))


if __name__ == "__main__":
    main()
