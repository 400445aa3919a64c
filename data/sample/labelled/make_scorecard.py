#!/usr/bin/env python3
"""Build data/sample/labelled/scorecard.jsonl.

Item-level human QA labels for the ccqa compliance scorecard
(``ccqa eval-scorecard``).  Standard library only, fixed seed, deterministic.

Two sources of records:

* ``template``: interactions composed step by step (greeting, need, clarifying
  question, verification, disclosure, card handling, complaint, vulnerability,
  high-risk event, options, language, summary, closing) from hand-written
  phrase variants.  Every variant carries the label it implies, so the 12 item
  labels follow from which variants were chosen.
* ``hand``: fully hand-written interactions for hard and realistic cases
  (implied complaints, disclosure just before verification, ignored
  vulnerability, ombudsman threats, final-response emails with and without the
  Financial Ombudsman Service, chat waits at the 120 s boundary, ...).

All wording and every name, number, postcode and card number was written for
ccqa and is fictional.  See LABELLING_scorecard.md.

Run:  python3 data/sample/labelled/make_scorecard.py
"""
from __future__ import annotations

import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

SEED = 20260302
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scorecard.jsonl")
N_TEMPLATE = 230

ITEMS = [
    "opening_rapport",
    "identity_verified_before_disclosure",
    "no_sensitive_readback",
    "needs_clarified",
    "checked_needs_met",
    "complaint_handled",
    "vulnerability_handled",
    "escalation_when_needed",
    "two_options_on_complex",
    "language_clarity",
    "response_time",
    "summary_and_next_steps",
]
NEVER_NA = {"opening_rapport", "no_sensitive_readback", "checked_needs_met",
            "language_clarity", "summary_and_next_steps"}
RISKS = {"complaint", "vulnerability", "regulator", "legal", "media", "fraud", "harm"}
CHAT_LIMIT_S = 120
EMAIL_LIMIT_H = 24

AGENTS = {
    "qa-agent-01": "Hannah", "qa-agent-02": "Dev", "qa-agent-03": "Siobhan",
    "qa-agent-04": "Marcus", "qa-agent-05": "Priya", "qa-agent-06": "Tom",
    "qa-agent-07": "Aisha", "qa-agent-08": "Gareth", "qa-agent-09": "Mei",
    "qa-agent-10": "Callum",
}

ORGS = {
    "banking": ["Northgate Bank", "Thistle Savings Bank"],
    "credit cards": ["Lumen Card", "Arcway Credit Card"],
    "insurance": ["Harbourside Insurance", "Oakmere Home & Motor"],
    "energy": ["BrightHearth Energy", "Kestrel Power"],
    "telecoms": ["Skylark Mobile", "Fenlink Broadband"],
    "travel": ["Wayfarer Holidays", "Tidewater Ferries"],
    "retail": ["Pennant Home Store", "Cobble & Co"],
    "local council": ["Ashbury Borough Council", "Wrenfield District Council"],
    "utilities": ["Vale Water", "Greyriver Water"],
    "lending": ["Fairstep Loans", "Meridian Collections"],
}
FS_SECTORS = {"banking", "credit cards", "insurance", "lending"}

CUSTOMERS = [
    ("Ms", "Ada", "Quillfeather"), ("Mr", "Barnaby", "Thwaite"), ("Mrs", "Cerys", "Penhallow"),
    ("Mr", "Dominic", "Ashgrove"), ("Miss", "Esme", "Larkworthy"), ("Mr", "Farid", "Okonjo-Bell"),
    ("Mrs", "Gwen", "Tallowby"), ("Mr", "Hamish", "Strathdee"), ("Ms", "Imogen", "Fairweather"),
    ("Mr", "Jonah", "Pettigrew"), ("Mrs", "Kavita", "Marchbank"), ("Mr", "Lewis", "Dunmore"),
    ("Ms", "Maura", "Kilbride"), ("Mr", "Nathaniel", "Brackenbury"), ("Mrs", "Olwen", "Rhydderch"),
    ("Mr", "Piotr", "Wysocki-Lane"), ("Ms", "Rosalind", "Hethersett"), ("Mr", "Samir", "Castleton"),
    ("Mrs", "Tabitha", "Gorringe"), ("Mr", "Usman", "Pembleton"), ("Ms", "Verity", "Ashdown"),
    ("Mr", "Wilfred", "Scarisbrick"), ("Mrs", "Yvonne", "Harcastle"), ("Mr", "Zachary", "Lintott"),
]
DOBS = ["14th of June 1979", "3rd of March 1962", "22nd of November 1990", "9th of January 1985",
        "30th of August 1958", "17th of May 2001", "1st of December 1947", "26th of July 1973"]
POSTCODES = ["LS6 2QT", "BS3 4NW", "M14 7RH", "CF24 1DX", "NE6 5LP", "EH7 4BJ", "NG7 3AF", "SO17 2HB",
             "B29 6DE", "YO10 3KS", "PL4 8QW", "G12 9LN"]
CARDS = ["4929 1234 5678 9012", "4539 5781 2046 3318", "5412 7534 9981 0026", "4716 0083 2251 9904"]
CVVS = ["123", "418", "907", "356"]
ACCOUNTS = ["41207733", "31926819", "60455128", "27718304"]
SORTCODES = ["20-45-77", "40-11-62", "30-94-18", "83-20-05"]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def fmt(text, ctx):
    """Fill {placeholders} from ctx; unknown ones are left alone."""
    def rep(m):
        key = m.group(1)
        return str(ctx[key]) if key in ctx else m.group(0)
    return re.sub(r"\{([a-z_0-9]+)\}", rep, text)


# ---------------------------------------------------------------------------
# Scenario bank.  kind: "simple" (no decision: item 9 is na) or "complex"
# (the customer must choose: item 9 applies).  account: True when the agent
# discloses account-specific information or changes the account (item 2
# applies on calls and chats).  pay: "pay" or "card" when a card-handling step
# fits the scenario (item 3 can then fail).  In complex scenarios the customer
# always takes the first option named in "two"/"one"/"nomerit", and "recap"
# describes that option.
# ---------------------------------------------------------------------------
def S(key, sector, kind, account, pay, topic, need, clar, recap, nxt, disc=(), act=(),
      two=(), nomerit=(), one=(), choose=()):
    return dict(key=key, sector=sector, kind=kind, account=account, pay=pay, topic=topic,
                need=list(need), clar=list(clar), disc=list(disc), act=list(act), two=list(two),
                nomerit=list(nomerit), one=list(one), choose=list(choose), recap=list(recap), nxt=list(nxt))


SCENARIOS = [
    # ---------------- banking
    S("bank_payment_check", "banking", "simple", True, None, "a payment to your landlord",
      ["Hi, I just want to check my rent has gone out to my landlord, it's normally on the first.",
       "Hello, can you tell me if the standing order for my rent has left my account?",
       "I'm trying to work out whether my rent payment went through this month."],
      [("Is it the standing order to your landlord you want me to check, or a one-off payment you made yourself?",
        "The standing order, the one that goes every month."),
       ("Just so I look at the right thing, is this the rent payment that usually goes on the first, and is it the current account?",
        "Yes, the current account, first of the month.")],
      ["I've confirmed the £725 rent payment left your account on the 1st"],
      ["it will show on your next statement at the end of the month, and nothing else is needed from you",
       "your landlord should see it in their account already, so there's nothing more to do"],
      disc=["I can see the standing order of £725 to R Hollis went out on the 1st, and your balance today is £318.44.",
            "Yes, the £725 payment to R Hollis left on the 1st as normal. Your available balance after that is £318.44."],
      act=["So that one has definitely gone, there's nothing stuck or returned.",
           "There are no returned payments on the account, so that's all gone through fine."]),
    S("bank_overdraft", "banking", "complex", True, None, "your overdraft",
      ["Hi, I'd like to get rid of my overdraft. I've been using it out of habit and I want to clear it.",
       "My overdraft fees are annoying me, I'd like a plan to get it paid off.",
       "Hi, I want to sort out my overdraft and stop relying on it."],
      [("Can I ask roughly how much you could put towards it each month?",
        "Fifty or sixty pounds a month without any trouble."),
       ("Is there a date you'd like it cleared by, or is it more about stopping the fees?",
        "Mainly stopping the fees, there's no rush.")],
      ["we've set up the overdraft to reduce by £50 a month from next month"],
      ["you'll get a letter confirming the new limits within five working days, and the first reduction happens on the 1st",
       "I'll send a message to your app today with the dates of each reduction"],
      disc=["I can see your overdraft limit is £1,500 and you're currently £1,420 overdrawn.",
            "Your arranged overdraft is £1,500 and the balance today is minus £1,420."],
      two=["There are two ways we could tackle it. The first is to lower your overdraft limit by £50 each month. You keep some money to fall back on, but it takes about two and a half years to clear. The second is to move the £1,420 into a two-year loan at £66 a month. It's cheaper because the interest rate is lower, and it's cleared sooner. The catch is that you wouldn't have the overdraft any more.",
           "You could either step the limit down by £50 a month, which is gentle and keeps a safety net but is slower. Or you could switch the balance to a two-year loan at £66 a month, which costs less in interest and has a fixed end date, though the overdraft would close."],
      nomerit=["We can either reduce your limit by £50 a month or put the balance onto a loan. Which would you like?",
               "Option one is a reducing limit, option two is a loan. What do you want to do?"],
      one=["What I'd do is reduce your limit by £50 a month until it's cleared. I'll set that up now.",
           "The way to deal with it is to step the limit down by £50 each month, so I'll put that in place."],
      choose=["I think I'd rather keep a bit of a safety net, so the first one.", "The reducing limit sounds easier for me."]),
    S("bank_joint_info", "banking", "simple", False, None, "adding a joint account holder",
      ["Hi, how do I add my partner to my current account as a joint holder?",
       "I want to make my account a joint account with my wife. What's involved?",
       "Can you tell me how to add someone to my account?"],
      [("Is your partner already a customer with us, or would they be new to the bank?",
        "No, she's never banked with you."),
       ("Do you want them as a full joint holder, or just able to pay in and check the balance?",
        "A full joint holder, same as me.")],
      ["I've explained that you both need to fill in the joint account form and bring ID to a branch or use the app"],
      ["the form is on our website under current accounts, and once it's in the change takes about a week",
       "I'll text you a link to the form now, and it takes five working days once we get it"],
      act=["You can do it in the app under 'Manage account', or in a branch. Your partner will need photo ID and proof of address, and you both sign the joint account form.",
           "It's a short form that you both sign, plus photo ID and proof of address for your partner. You can do it in a branch or through the app."]),
    # ---------------- credit cards
    S("cc_payment", "credit cards", "simple", True, "pay", "a payment to your card",
      ["Hi, I'd like to make a payment on my credit card please.",
       "Hello, I want to pay some money off my card over the phone.",
       "Can I pay my card bill now? I don't use online banking."],
      [("How much were you looking to pay today, the minimum or a different amount?",
        "Two hundred pounds if that's alright."),
       ("Were you wanting to pay the full balance or a set amount?",
        "Just two hundred for now.")],
      ["we've taken a payment of £200 to your card today"],
      ["it'll show on your account within two working days and the minimum for this month is now covered",
       "you'll get a receipt by text in the next few minutes"],
      disc=["Your current balance is £1,264.90 and the minimum payment of £38 is due on the 19th.",
            "I can see a balance of £1,264.90, with £38 minimum due by the 19th of this month."],
      act=["Right, the £200 payment has gone through.", "That's the £200 taken, thank you."]),
    S("cc_missed", "credit cards", "complex", True, "pay", "your missed card payments",
      ["I've missed my last two credit card payments and I've had a letter. I don't know what to do.",
       "Hi, I got a letter saying I've missed payments on my card and I need to sort it.",
       "I've missed a couple of card payments and I want to stop any more fees."],
      [("Was this a one-off, for example a payment that didn't go out, or is something else going on?",
        "A one-off, I forgot to move money over while I was away."),
       ("Do you know roughly what you could afford, either in one go or each month?",
        "I could do a chunk on payday, or a bit each month.")],
      ["we've arranged a single payment of £76 on the 28th to clear the missed payments"],
      ["I've put a note on the account so no more fees are added before then, and you'll get a confirmation letter",
       "you'll get a text the day before the payment to remind you"],
      disc=["I can see two payments of £38 were missed, so £76 is overdue, and the balance is £1,310.",
            "There are two missed minimum payments of £38, so £76 overdue in total."],
      two=["There are two ways to do this. You could pay the £76 in one go on payday: that clears it straight away and stops any more late fees. Or we can spread it as £19 a month on top of your normal payment for four months. That's easier on your budget, but the late marker stays on your credit file for longer.",
           "One option is a single £76 payment on the 28th, which brings the account up to date immediately so no further fees are added. The other is a short plan adding £19 a month for four months, which is gentler each month but takes longer to get the account back to normal."],
      nomerit=["You can either pay the £76 in one go or go on a plan. Which do you want?",
               "So it's a single payment or a plan, up to you."],
      one=["You'll need to pay the £76 on payday to bring it up to date.",
           "The best thing is a single payment of £76 on the 28th, so I'll set that up."],
      choose=["I'll pay it in one go on the 28th.", "The single payment, I'd rather get it done."]),
    S("cc_lost", "credit cards", "simple", True, "card", "your lost card",
      ["I think I've lost my credit card, I can't find it anywhere.",
       "Hi, my card's gone missing, I had it in the supermarket yesterday.",
       "I need to cancel my card, I've lost it."],
      [("When did you last use it, and have you noticed any payments you don't recognise?",
        "Yesterday at the supermarket, and no, nothing strange that I can see."),
       ("Do you think it's lost at home or could it have been taken?",
        "Probably dropped it, I don't think it was stolen.")],
      ["I've cancelled the lost card and ordered a new one"],
      ["the new card will arrive in three to five working days with the same PIN",
       "your new card is on its way and should be with you within five working days"],
      disc=["I can see the last transaction was £23.40 at the supermarket yesterday at 5.12pm, and nothing since.",
            "The last payment on the card was £23.40 yesterday afternoon, nothing after that."],
      act=["I've cancelled that card now so nobody can use it, and a replacement is on its way.",
           "Done, the old card is stopped and a new one has been ordered to your home address."]),
    # ---------------- insurance
    S("ins_claim", "insurance", "complex", True, None, "the storm damage to your fence",
      ["Hi, the storm last night blew half my garden fence down and I need to know if I'm covered.",
       "Hello, I want to make a claim, my fence panels came down in the wind.",
       "My fence has been damaged in the storm, what do I do?"],
      [("How many panels are down, and has it damaged anything else like the shed or a car?",
        "Four panels, nothing else thankfully."),
       ("Do you have a rough idea of the repair cost yet, or are you still getting quotes?",
        "A neighbour reckons about four hundred pounds.")],
      ["we've opened a claim for the four fence panels"],
      ["a claims handler will call you within two working days and you'll get a claim number by email today",
       "you'll get an email today with your claim reference and a link to upload photos"],
      disc=["Your home policy runs until 14 August and it does include storm damage to fences.",
            "I can see your buildings cover is active until 14 August, and storm damage to fences is included."],
      two=["You've got two choices. You could claim on the policy. We'd pay the repair cost less your £250 excess, which is the part of any claim you pay yourself, but your no-claims discount would drop. Or you could pay for the repair yourself: at around £400 it costs you more now, but your discount stays as it is.",
           "One route is to make a claim, so we'd cover the cost apart from the first £250, which is your excess, the amount you always pay towards a claim. The downside is your no-claims discount would go down. The other route is to pay the £400 yourself, which protects your discount and keeps your premium lower next year."],
      nomerit=["You can either claim on the policy or pay for it yourself. Let me know which.",
               "It's up to you, claim or pay for it privately."],
      one=["I'll open a claim for you now and a claims handler will be in touch.",
           "What we'll do is put a claim through for the fence."],
      choose=["I'll go ahead and claim.", "Let's put the claim in."]),
    S("ins_car_change", "insurance", "simple", True, "pay", "the change of car on your policy",
      ["Hi, I've bought a new car and need to swap it onto my insurance.",
       "Hello, I'm changing my car on Saturday, can you update my policy?",
       "I need to change the car on my motor insurance please."],
      [("Is it a straight swap of the car, or are you also changing who drives it or where it's parked overnight?",
        "Just the car, everything else is the same."),
       ("When do you need the new car covered from, and is the old one being sold?",
        "From Saturday, and the old one's going in part exchange.")],
      ["we've swapped the Corsa for the new car from Saturday at a cost of £42"],
      ["your new certificate will be emailed within the hour", "you'll get updated documents by email today"],
      disc=["I can see your policy runs to 3 October and covers the Vauxhall Corsa, registration VX19 KTD.",
            "Your current policy is on the Corsa, VX19 KTD, and renews on 3 October."],
      act=["I've added the new car from Saturday. There's an extra £42 to pay for the rest of the year.",
           "That's done, the new car is covered from Saturday and the change costs £42."]),
    S("ins_travel_info", "insurance", "simple", False, None, "claiming for a cancelled trip",
      ["Hi, what do I need to send you to claim on travel insurance for a cancelled holiday?",
       "My holiday's been cancelled, what documents do you need for a claim?",
       "Can you tell me how the travel insurance claim process works?"],
      [("Was the trip cancelled by you, or by the airline or travel company?",
        "The airline cancelled because of a strike and only refunded the flight, not the hotel."),
       ("Have you already asked the travel company for a refund, or is nothing refundable?",
        "They said nothing's refundable this close to the date.")],
      ["I've explained the documents you'll need: the booking confirmation, the hotel invoice and the airline's cancellation notice"],
      ["once you submit the online form we aim to reply within ten working days",
       "I'll email you the claim form link now and a handler picks it up within five working days"],
      act=["You'll need your booking confirmation, the hotel invoice showing what isn't refundable, and the airline's cancellation notice. You can upload them all on our online claim form.",
           "We'll need three things: proof of booking, proof of what you've lost, and proof of the cancellation. It's all done through the online claim form."]),
    # ---------------- energy
    S("en_tariff", "energy", "complex", True, None, "your tariff",
      ["Hi, my fixed deal is ending next month and I don't know what to go on to.",
       "I've had a letter saying my tariff's ending, what are my options?",
       "Hello, I need to choose a new energy tariff, my current one finishes soon."],
      [("Is it more important to you to know exactly what you'll pay, or to be free to switch at any time?",
        "I like knowing what I'll pay, to be honest."),
       ("Are you planning to stay at the property for the next year or so?",
        "Yes, we're not going anywhere.")],
      ["we've moved you onto the 12-month fixed tariff from the 1st"],
      ["you'll get a confirmation email today and a welcome letter with the new prices within a week",
       "the new prices start on the 1st and you'll get the details by email"],
      disc=["Your current fix ends on the 30th and you're paying £118 a month by direct debit.",
            "I can see your fixed tariff ends on the 30th, and your monthly payment is £118."],
      two=["There are two main options. A 12-month fix: your unit prices are locked, so you're protected if prices go up, but there's a £75 fee if you leave early. Or our variable tariff: it's slightly cheaper today and you can leave whenever you like, but the price can go up or down.",
           "You could fix for 12 months, which gives you price certainty but has a £75 early exit fee. Or you could go variable, which is a little cheaper right now with no exit fee, but your bills could rise."],
      nomerit=["So there's the 12-month fix or the variable. Which one do you want?",
               "You can have a fixed or a variable tariff. What would you like?"],
      one=["I'll put you on the 12-month fix, that's what most people go for.",
           "The best thing is our 12-month fix, I'll switch you to that."],
      choose=["I'll go for the fix.", "The fixed one, please."]),
    S("en_reading", "energy", "simple", True, None, "your meter reading",
      ["Hi, I've had an estimated bill and I want to give you a proper meter reading.",
       "My bill's been estimated and it looks way too high. I've got a reading here.",
       "Can I give you my meter readings? The last bill was a guess."],
      [("Is it just electricity, or do you have a gas meter reading as well?",
        "Just electricity, it's 04512."),
       ("Is the reading from today, and is it a single-rate meter?",
        "Yes, taken this morning, single rate, 04512.")],
      ["I've put in your reading of 04512 and re-worked the bill"],
      ["a corrected bill will be emailed to you within 48 hours", "you'll see the new bill in your online account within two days"],
      disc=["Your last bill was estimated at £142.18 for the quarter.",
            "I can see the last bill of £142.18 was based on an estimate."],
      act=["I've entered 04512 and the bill has come down to £96.40.",
           "Thanks, with that reading the bill is now £96.40 instead of the estimate."]),
    S("en_warm_info", "energy", "simple", False, None, "help with energy costs",
      ["Hi, I've heard there's some sort of discount for heating, how do I find out if I qualify?",
       "Can you tell me about the help with energy bills schemes you do?",
       "Hello, what's the Warm Home Discount and how do I get it?"],
      [("Do you get any benefits such as Pension Credit, or is it more general help you're after?",
        "No benefits, I just wanted to know what's out there."),
       ("Are you asking for yourself or on behalf of someone else?",
        "For myself.")],
      ["I've explained the discount scheme and the other help available"],
      ["I'll email you the eligibility page and our energy support fund form today",
       "the scheme opens for applications in the autumn, and I'll send you the details now"],
      act=["The Warm Home Discount is a one-off amount off your electricity bill in winter. It's mainly for people on certain benefits, but we also have our own support fund you can apply to.",
           "It's a yearly credit on your bill for people on some benefits. If that doesn't apply, our support fund can sometimes help with grants towards bills."]),
    # ---------------- telecoms
    S("tel_upgrade", "telecoms", "complex", True, None, "your contract ending",
      ["Hi, my phone contract's up next month and I'm not sure whether to upgrade.",
       "Hello, I've got a text saying I can upgrade. What are my choices?",
       "My contract is ending, what should I do?"],
      [("Are you happy with the phone you've got, or is it starting to give you problems?",
        "It's fine really, the battery's okay."),
       ("How much data do you use in a month, roughly?",
        "About ten gig, I'm on wifi at home.")],
      ["we've moved you to a 12-month SIM-only plan at £12 a month from your contract end date"],
      ["the change happens on the 18th and you'll get a text confirming it", "you'll get an email confirmation today and the new price starts on the 18th"],
      disc=["Your contract ends on the 18th and you're paying £34 a month at the moment.",
            "I can see you're on £34 a month and the contract finishes on the 18th."],
      two=["You've got two good options. SIM-only at £12 a month: you keep your phone, it's much cheaper and it's just a 12-month term. Or a new handset on a 24-month plan at £39 a month: you'd get a new phone, but it costs more and ties you in for two years.",
           "If you keep your phone, SIM-only would be £12 a month and only 12 months, which saves you over £20 a month. If you'd like a new phone, a 24-month handset plan is £39 a month: you get the latest model, but it's the more expensive and longer commitment."],
      nomerit=["You can go SIM-only or get a new handset. Which would you like?",
               "There's SIM-only or an upgrade, let me know which."],
      one=["I'd just put you on SIM-only at £12, I'll do that now.",
           "The best thing for you is SIM-only, so I'll set that up."],
      choose=["SIM-only, I'll keep my phone.", "I'll stick with my phone and go SIM-only."]),
    S("tel_outage", "telecoms", "simple", False, None, "the broadband outage",
      ["Hi, my broadband's been down since this morning, is there a problem in the area?",
       "Hello, the internet's not working at all, is it just me?",
       "Is there an outage? My router's flashing red."],
      [("Is the light on the router flashing red or solid orange, and have you tried restarting it?",
        "Flashing red, and yes, I've turned it off and on."),
       ("Is it the whole house with no internet, or just one device?",
        "Everything, no internet at all.")],
      ["I've confirmed there's a known fault at your local exchange"],
      ["engineers expect it fixed by 6pm today and we'll text you when it's back", "it should be back by 6pm, and you'll get a text when it's fixed"],
      act=["There's a known fault at the exchange that serves your street. Engineers are on site and expect it fixed by 6pm.",
           "Yes, there's a fault at the local exchange affecting several streets. The estimated fix time is 6pm today."]),
    S("tel_roaming", "telecoms", "simple", True, None, "a charge on your bill",
      ["Hi, there's a charge on my bill I don't understand, about twelve pounds.",
       "Can you explain an extra charge on my mobile bill?",
       "My bill's higher than normal this month, what's that about?"],
      [("Were you abroad at any point last month, or is the charge from here in the UK?",
        "Yes, I was in Spain for a few days."),
       ("Is it the charge of around £12 you're asking about, or is there more than one?",
        "Just the twelve pound one.")],
      ["I've explained the £12 roaming charge and added the EU roaming pass to your plan"],
      ["the pass starts from your next bill, so future trips will cost £2 a day only if you use your phone",
       "you'll see the roaming pass on your next bill"],
      disc=["I can see a £12 roaming charge from the 4th to the 9th, when your phone was used in Spain.",
            "The extra is £12 in roaming charges from your trip to Spain, from the 4th to the 9th."],
      act=["I've added the roaming pass so next time it's £2 a day, only on days you use it.",
           "To avoid that next time I've put a roaming pass on your plan for £2 a day when you use it."]),
    # ---------------- travel
    S("tr_cancel", "travel", "complex", True, None, "your cancelled flight",
      ["Hi, I've had an email saying my flight to Faro has been cancelled. What happens now?",
       "Hello, our holiday flight's been cancelled and we're meant to go on the 12th.",
       "My flight's cancelled, can I get my money back or what?"],
      [("Is the date important, for example a wedding or an event, or are your dates flexible?",
        "We're flexible, it's just a week away."),
       ("Are you travelling with the same group as booked, and is it just the flight or the whole package?",
        "Same four of us, it's the package with the hotel.")],
      ["we've moved your holiday to the 19th at no extra cost"],
      ["you'll get new travel documents by email within 24 hours", "your new booking confirmation will be emailed today"],
      disc=["I can see your booking for four people to Faro on the 12th, reference WH-48812, with the Hotel Mar Azul.",
            "Your package is four adults to Faro from the 12th, booking WH-48812."],
      two=["You have two choices. We can rebook you on the same package on the 19th at no extra cost: you keep the same hotel and the price is held. Or we can give you a full refund: the money is back in your account within seven days, but you'd lose the deal and would need to book again.",
           "Option one is moving to the 19th, which costs nothing extra and keeps the same hotel and price. Option two is a full refund within seven days, which is best if you can't travel at all, but you'd lose this price."],
      nomerit=["We can either rebook you or refund you. Which would you like?",
               "So rebook or refund, what do you want to do?"],
      one=["I'll move you onto the flight on the 19th.", "What we'll do is rebook you for the 19th."],
      choose=["We'll take the 19th, that's fine.", "Rebook us please."]),
    S("tr_balance", "travel", "simple", True, "pay", "paying your holiday balance",
      ["Hi, I want to pay off the rest of my holiday.",
       "Hello, I've had a reminder that my balance is due, can I pay it now?",
       "I'd like to pay the balance on my booking please."],
      [("Is it the full balance you'd like to pay today, or part of it?",
        "The whole lot please."),
       ("Is this for the August booking to Crete?", "Yes, that's the one.")],
      ["we've taken the final balance of £860 for your holiday"],
      ["your tickets and documents will be emailed two weeks before you travel", "you'll get a payment receipt by email within the hour"],
      disc=["The remaining balance on booking WH-22019 is £860, due by 2 May.",
            "I can see £860 left to pay on booking WH-22019, due by 2 May."],
      act=["That's the £860 paid and the booking is fully paid up.", "Lovely, the full £860 has gone through."]),
    S("tr_baggage_info", "travel", "simple", False, None, "baggage allowance",
      ["Hi, how much luggage can I take on your ferries?",
       "What's the baggage allowance for foot passengers?",
       "Can I take a bike on the ferry as a foot passenger?"],
      [("Are you travelling as a foot passenger or with a car?", "Foot passenger."),
       ("Which route are you booked on, as it varies a little?", "The short crossing, the morning one.")],
      ["I've explained the allowance for foot passengers"],
      ["the full details are on the 'Before you travel' page, and I'll email them to you now",
       "I'll send you the baggage page by email now"],
      act=["Foot passengers can take two bags up to 20kg each, and bikes travel free if you book them in advance.",
           "You can bring two cases up to 20kg each. Bikes are free, but they need to be added to the booking."]),
    # ---------------- retail
    S("rt_faulty", "retail", "complex", True, None, "your faulty kettle",
      ["Hi, the kettle I bought from you three weeks ago has stopped working.",
       "Hello, my new kettle won't switch on any more, it's only a few weeks old.",
       "I bought a kettle and it's broken already, what can you do?"],
      [("Has it stopped completely, or does it come on and then cut out?",
        "It doesn't come on at all, no light."),
       ("Have you tried a different socket, just to rule that out?", "Yes, it's definitely the kettle.")],
      ["we've arranged a replacement kettle to be sent out"],
      ["it'll arrive within three working days, and a courier will collect the faulty one at the same time",
       "you'll get a dispatch email tomorrow and the courier will swap it over"],
      disc=["I can see order 55120 for the Brenmoor kettle at £39.99, delivered on the 4th.",
            "Yes, order 55120, the Brenmoor kettle for £39.99, delivered on the 4th."],
      two=["You can have a replacement or a refund. A replacement comes within three days and the courier swaps it, so you're not without a kettle for long. A refund puts the £39.99 back on your card within five days, which is better if you'd rather choose a different model.",
           "There are two ways to put this right. We can send a new one, which is quickest as it arrives in three days with a free collection of the old one. Or we can refund the £39.99, which takes up to five days but leaves you free to buy something else."],
      nomerit=["We can refund or replace it. Which would you prefer?", "Replacement or refund, your choice."],
      one=["I'll send you a replacement.", "I'll get a new one out to you."],
      choose=["A replacement please.", "I'll have a new one."]),
    S("rt_order", "retail", "simple", True, None, "where your order is",
      ["Hi, I ordered a rug last week and it hasn't arrived yet.",
       "Hello, where's my order? It was meant to be here Tuesday.",
       "I'm chasing a delivery, it's late."],
      [("Was it the rug that's missing, or is there more than one item outstanding?", "Just the rug."),
       ("Have you had any tracking emails or cards through the door?", "No, nothing at all.")],
      ["I've checked your rug is with the courier and due tomorrow"],
      ["the courier will text you a one-hour slot in the morning", "you'll get a tracking link by text tonight"],
      disc=["Order 61877, the Alder rug, left our warehouse yesterday and is due with you tomorrow.",
            "I can see order 61877 for the rug was dispatched yesterday, delivery due tomorrow."],
      act=["It's with the courier now so it is on its way.", "So it's definitely on its way now."]),
    S("rt_returns_info", "retail", "simple", False, None, "returning sale items",
      ["Hi, can I return something I bought in the sale?",
       "What's your returns policy for sale items?",
       "Hello, I want to know if I can bring back a sale item."],
      [("Was it bought in store or online?", "Online."),
       ("Is the item unused and still in its packaging?", "Yes, never opened.")],
      ["I've explained that sale items can be returned within 30 days"],
      ["you can print a free returns label from the website, and refunds take up to five days after we receive it",
       "I'll email you the returns link now"],
      act=["Sale items can be returned within 30 days, the same as full-price items, as long as they're unused.",
           "Yes, you've got 30 days to return sale items if they're unused."]),
    # ---------------- local council
    S("co_ctax", "local council", "complex", True, "pay", "your council tax",
      ["Hi, I've had a reminder about council tax, I missed a couple of payments.",
       "Hello, I've got behind on my council tax and had a letter.",
       "I need to sort out my council tax, I've missed some months."],
      [("Is it that the payments failed at the bank, or have you not been able to afford them?",
        "I forgot to pay while I was away working, it's all fine now."),
       ("Do you pay by direct debit, or do you pay it yourself each month?", "I pay it myself each month.")],
      ["we've agreed to spread the £290 you've missed over the remaining months"],
      ["you'll get a new bill with the revised instalments within ten days", "the new instalments start on the 1st and a revised bill is in the post"],
      disc=["Your annual bill is £1,734, and the instalments for January and February, £145 each, are outstanding.",
            "I can see two instalments of £145 outstanding, so £290 in total."],
      two=["There are two options. You can pay the £290 now: that brings you straight back up to date and stops any further reminder. Or we can spread it over your remaining instalments, about £48 extra a month. That's easier to manage, but if a payment is missed the full year's bill can become due.",
           "You could clear the £290 in one payment, which is quickest and means no more reminder letters. Or you could add roughly £48 to each remaining month, which is lighter each month, but a missed payment could make the rest of the year's bill due."],
      nomerit=["You can pay it now or spread it. Which one?", "Either pay the £290 or we spread it out, let me know."],
      one=["We'll need the £290 paid to bring you up to date.", "The easiest thing is to spread it over the remaining months, so I'll do that."],
      choose=["Spread it please.", "I'd rather spread it over the months."]),
    S("co_bin", "local council", "simple", False, None, "a missed bin collection",
      ["Hi, my bins weren't collected this morning.",
       "Hello, the recycling wasn't picked up on our street today.",
       "I want to report a missed bin collection."],
      [("Was it the black bin or the recycling, and was it out by 7am?", "Recycling, and yes it was out the night before."),
       ("Is it just your bin or the whole street?", "The whole street by the look of it.")],
      ["I've reported the missed recycling collection for your street"],
      ["the crew will come back within two working days", "it'll be collected by Thursday, leave it out until then"],
      act=["The lorry broke down on your round this morning, so I've logged it for a return visit.",
           "There was a vehicle problem on that round, so I've booked a return collection."]),
    S("co_discount", "local council", "simple", True, None, "the single person discount",
      ["Hi, my son has moved out to university, so I live on my own now. Can I get the discount?",
       "I need to apply for the single person discount, I'm on my own now.",
       "Hello, I'm the only adult in the house now, does my council tax change?"],
      [("When did they move out, and is anyone else over 18 living with you?",
        "On the 1st of last month, and no, it's just me."),
       ("Is this a permanent change, or is someone just away for a while?", "Permanent, the other adult has moved out for good.")],
      ["we've applied the 25% single person discount from the 1st of last month"],
      ["you'll get a new bill within ten days showing the lower amount", "your revised bill will be posted this week"],
      disc=["Your current bill is £1,734 for the year with two adults listed.",
            "I can see the account is billed for two adults at £1,734 for the year."],
      act=["I've applied the discount, so your bill goes down by a quarter.",
           "That's done, the discount is on and your instalments will drop."]),
    # ---------------- utilities (water)
    S("wa_meter", "utilities", "complex", True, None, "switching to a water meter",
      ["Hi, my water bill's gone up again and there's only me in the house. Would a meter be cheaper?",
       "Hello, should I get a water meter? Is it worth it?",
       "I want to know whether switching to a meter would save me money."],
      [("How many people live in the house, and do you have a garden you water a lot?", "Just me, and no, hardly ever."),
       ("Roughly how many baths or showers a day in the house?", "One shower a day.")],
      ["we've booked a free meter fitting"],
      ["an engineer will contact you within 14 days to arrange a date, and you can switch back within two years",
       "you'll get a letter with the fitting date within two weeks"],
      disc=["You're paying £46 a month on the fixed charge based on the property.",
            "I can see your bill is £552 a year, paid at £46 a month."],
      two=["You've got two options. A meter: you pay for what you use, so for one person it's usually cheaper, and you can switch back within two years if not. Or stay as you are: it's a fixed amount so it's predictable, but you'd keep paying for a full house.",
           "If you go on a meter, you'd likely save because you'd only pay for your own use, and there's a two-year window to change back. If you stay unmetered, the bill stays the same each month, which is easier to budget for but probably costs more for one person."],
      nomerit=["You can have a meter or stay as you are. What would you like?", "Meter or no meter, up to you."],
      one=["I'll book a meter for you.", "I'd go for the meter, I'll arrange that."],
      choose=["Let's try the meter.", "The meter, please."]),
    S("wa_leak", "utilities", "simple", False, None, "a leak in the road",
      ["Hi, there's water bubbling up out of the pavement outside my house.",
       "I want to report a leak, there's water running down our road.",
       "Hello, there's a burst pipe or something in the street."],
      [("Is the water clear, and is it on the pavement or coming up from the road itself?", "Clear, coming out of the pavement."),
       ("Is it flooding anywhere, like into a property, or just running into the drain?", "Just into the drain.")],
      ["I've logged the leak outside your house for an inspection"],
      ["an inspector will visit within 24 hours and you can track it on our leaks map", "someone will be out within a day"],
      act=["I've logged it with the exact location and it's been marked for an inspection.",
           "That's reported now, and the leak team has it on their list."]),
    S("wa_bill", "utilities", "simple", True, "pay", "paying your water bill",
      ["Hi, I want to pay my water bill over the phone.",
       "Hello, I've got my water bill and want to pay it now.",
       "Can I make a payment on my water account?"],
      [("Is it the full half-yearly bill you'd like to pay, or an instalment?", "The full amount."),
       ("Are you paying the latest bill, the one dated the 1st?", "Yes, that one.")],
      ["we've taken your payment of £276 for the half-year bill"],
      ["your account is now clear until the next bill in October", "you'll get a receipt by email today"],
      disc=["Your bill for this half-year is £276, due on the 20th.", "I can see £276 due on the 20th for the half-year."],
      act=["That's the £276 paid.", "Great, the payment's gone through."]),
    # ---------------- lending / debt collection
    S("ln_overpay", "lending", "complex", True, "pay", "overpaying your loan",
      ["Hi, I've had a bonus at work and I'd like to pay a lump sum off my loan.",
       "Hello, I want to make an overpayment on my personal loan.",
       "I've got some spare money and want to put it towards my loan. How does that work?"],
      [("How much were you thinking of paying, and is it a one-off?", "Two thousand pounds, just the once."),
       ("Are you hoping to finish the loan sooner, or to make the monthly payments smaller?", "I'm not sure, that's what I wanted to ask.")],
      ["we've taken a £2,000 overpayment and kept your monthly payment the same, so the loan finishes earlier"],
      ["you'll get a letter with the new end date within five working days",
       "your next payment on the 5th stays at £182, and the updated statement will show the earlier end date"],
      disc=["Your loan balance is £4,820 and your monthly payment is £182, ending in March 2029.",
            "I can see £4,820 left on the loan at £182 a month, due to finish in March 2029."],
      two=["There are two ways we can apply it. We can keep your payment at £182 and shorten the loan by about a year: you'd save the most interest. Or we can keep the end date and lower the payment to around £105: you'd save less interest, but you'd have more money each month.",
           "One option is to shorten the loan, which saves you the most interest because you're borrowing for less time. The other is to reduce your monthly payment to about £105, which gives you more room in your budget but saves less overall."],
      nomerit=["We can either shorten the loan or lower the monthly payment. Which do you want?",
               "It's either a shorter term or smaller payments, what suits you?"],
      one=["I'll use it to shorten the loan.", "I'll apply it to bring the end date forward."],
      choose=["Shorten it, please.", "I'll keep paying the same and finish sooner."]),
    S("ln_settle", "lending", "simple", True, None, "a settlement figure",
      ["Hi, I want to pay off my loan early. How much would it be?",
       "Can I get a settlement figure for my loan please?",
       "Hello, I've come into some money and want to clear my loan."],
      [("Are you looking to clear the whole loan, or make a big part-payment?", "The whole thing."),
       ("When are you thinking of settling, so I give you the right figure?", "Next week hopefully.")],
      ["I've given you the settlement figure of £3,412.77 and sent the letter"],
      ["the figure is valid until the 28th and the letter explains how to pay", "you'll get the settlement letter by email within the hour"],
      disc=["Your settlement figure is £3,412.77, valid until the 28th.", "To clear the loan in full by the 28th, it would be £3,412.77."],
      act=["I've sent the settlement letter to your email with the bank details for the payment.",
           "I've emailed you the settlement letter so you've got it in writing."]),
    S("dc_collect", "lending", "complex", True, "pay", "the debt we're collecting",
      ["Hi, I've had a letter from you about an old phone bill debt.",
       "Hello, you've written to me about a debt and I want to sort it.",
       "I got a letter saying you're collecting a debt from my old broadband provider."],
      [("Do you recognise the debt, and is the amount on the letter what you expected?", "Yes, I had that contract, the amount sounds right."),
       ("Is this the letter about the Fenlink account, and how were you hoping to clear it?", "Yes, Fenlink, and I've got some savings I can use.")],
      ["we've agreed a reduced settlement of £342 paid on Friday"],
      ["you'll get a letter confirming it's settled within ten days of the payment", "once it's paid we'll update the credit reference agencies within 30 days"],
      disc=["The balance we're collecting is £456 from your Fenlink account, reference MC-77314.",
            "I can see reference MC-77314, £456 from the old Fenlink contract."],
      two=["You could settle it in one go for £342, which is a 25% reduction and marks it as settled straight away. Or you could pay in full over time, for example £38 a month for a year. That's easier each month, but it costs more in total and takes longer to close.",
           "There are two ways to clear it. A one-off settlement of £342 saves you £114 and ends it now. A monthly plan of £38 spreads it out so it's more manageable, but you'd pay the full £456 and it stays open for a year."],
      nomerit=["You can settle it or go on a payment plan. Which do you want?", "So settlement or monthly payments?"],
      one=["You'll need to settle it at £342 on Friday.", "I'll set up the settlement at £342."],
      choose=["I'll settle it.", "The one-off settlement please."]),
]


# ---------------------------------------------------------------------------
# Step variants.  Each list is tagged with the label it implies.
# ---------------------------------------------------------------------------
OPEN_CALL_PASS = [
    "Good morning, you're through to {org}, my name's {agent}. How can I help today?",
    "Hi, thanks for calling {org}, it's {agent} here. What can I do for you?",
    "Hello, {org} customer services, {agent} speaking, how can I help?",
    "Afternoon, you've reached {org}, I'm {agent}. What can I help you with?",
    "Hello, thank you for calling {org}. You're speaking to {agent}, how can I help you today?",
    "Hiya, {agent} at {org}, what can I sort out for you today?",
]
OPEN_CALL_FAIL = [  # each misses greeting, identification or the offer of help
    "Hello?",
    "Yeah, go ahead.",
    "{org}. Account number?",
    "Good morning, you're through to {org}.",
    "Morning, {agent} speaking.",
    "Hi. What's your postcode?",
]
OPEN_CHAT_PASS = [
    "Hi {first}, you're chatting with {agent} from {org}. How can I help today?",
    "Hello and welcome to {org} chat, I'm {agent}. What can I help you with?",
    "Hi there, thanks for getting in touch with {org}. My name is {agent}, how can I help?",
    "Good afternoon {first}, {agent} here from the {org} team. What can I do for you?",
]
OPEN_CHAT_FAIL = [
    "Hi.",
    "Please state your query.",
    "Hi, {agent} here.",
    "Connected. What's the account number?",
]
OPEN_EMAIL_PASS = [
    "Dear {title} {last},\n\nThank you for your email about {topic}.",
    "Hello {first},\n\nThanks for getting in touch with us about {topic}.",
    "Dear {title} {last},\n\nThank you for contacting {org}, and for taking the time to write to us about {topic}.",
    "Hi {first},\n\nThanks very much for your message about {topic}.",
]
OPEN_EMAIL_FAIL = [
    "Dear {title} {last},\n\nRegarding {topic}.",
    "Hello,\n\nPlease see below.",
    "{title} {last},\n\nYour request has been processed.",
    "Re: {topic}.",
]

CLARIFY_FAIL_LEADS = ["Okay.", "Right, let me have a look.", "Okay, bear with me.", "Right.", "Sure, one moment."]

# verification: (agent ask, customer answer, agent confirm)
VERIFY = [
    ("Before I go into the account, can I take your date of birth and postcode?",
     "It's the {dob}, and {postcode}.", "Thank you, that all matches, you've passed security."),
    ("I just need to run through security first. Can you give me your full name and the first line of your address?",
     "{first} {last}, {house} {street}.", "Lovely, thanks, that's you verified."),
    ("For security I'm going to send a one-time passcode to the mobile number we hold. Can you read it back to me when it arrives?",
     "Yes, it's 481 926.", "That's correct, thank you, you've passed security."),
    ("Can I take the second and fourth characters of your telephone passcode, please?",
     "That's K and 7.", "Thank you, that's all correct."),
    ("Can I ask a couple of security questions before we start? What's your date of birth, and what was the last amount you paid in?",
     "{dob}, and I paid in two hundred pounds last week.", "Perfect, thank you, you're through security."),
    ("Could you confirm your date of birth and the answer to your memorable question for me?",
     "{dob}, and the answer is Penzance.", "Thank you, that's all confirmed."),
]
VERIFY_CHAT_EXTRA = [
    ("As you're logged in to your online account, you've already been verified for this chat. Thanks for that.", None, None),
]
VERIFY_LATE = [  # asked after something account-specific was already disclosed
    ("Oh, before we go any further, can I just take your date of birth?", "{dob}.", "Thanks."),
    ("Actually, sorry, I should have asked, can you confirm your postcode for security?", "{postcode}.", "Great, thank you."),
    ("Let me just confirm a couple of details. What's your full name and date of birth?", "{first} {last}, {dob}.", "That's fine, thanks."),
]

# card handling steps: (label, channel set, [(speaker, text), ...])
CARD_STEPS = [
    ("fail", {"call"}, [("a", "To take the payment, can you read me the long number across the front of the card?"),
                        ("c", "{card}."),
                        ("a", "And the three-digit security code on the back?"),
                        ("c", "{cvv}."),
                        ("a", "Thank you, that's gone through.")]),
    ("fail", {"call"}, [("a", "What's the card number you want to use?"),
                        ("c", "{card}, expiry oh-nine twenty-eight."),
                        ("a", "So that's {card}, expiry September 2028, is that right?"),
                        ("c", "Yes."),
                        ("a", "Great, that's processed.")]),
    ("fail", {"call"}, [("a", "And just so I can check it's the right card, what's the PIN for it?"),
                        ("c", "Er, it's 4471."),
                        ("a", "Thanks, that's fine.")]),
    ("fail", {"chat"}, [("a", "Please type your full card number, the expiry date and the 3-digit code from the back here and I'll put it through."),
                        ("c", "{card} 06/28 {cvv}"),
                        ("a", "Thanks, that's processed.")]),
    ("fail", {"chat"}, [("a", "Can you give me the card number so I can find the right card?"),
                        ("c", "It's {card}"),
                        ("a", "Thanks, so that's card {card}, I've got it.")]),
    ("pass", {"call"}, [("a", "I'll transfer you to our automated secure line to take the card details, so you key them into your phone and I don't hear them. I'll stay on the line."),
                        ("c", "Okay. ... Right, it says payment accepted."),
                        ("a", "Perfect, I can see that's come through.")]),
    ("pass", {"call"}, [("a", "Please don't read your card number out to me. I'm sending a secure payment link by text now, and you can pay through that while we're on the phone."),
                        ("c", "Got it, done that now."),
                        ("a", "Thanks, it's showing as paid.")]),
    ("pass", {"call", "chat"}, [("a", "I just need the last four digits of the card, not the full number."),
                                ("c", "{last4}."),
                                ("a", "Thanks, that's the one.")]),
    ("pass", {"chat"}, [("a", "For your security, please don't type card details into the chat. I've sent a secure payment link to your registered email."),
                        ("c", "Okay, paid through the link."),
                        ("a", "Thank you, I can see that's come through.")]),
]
CARD_EMAIL_FAIL = [
    "To complete the payment, please reply with the long number on your card and the three-digit security code on the back.",
    "For your records, your account number is {account} and your sort code is {sortcode}.",
    "I've reset your online access and your temporary password is Bluebell-4471.",
    "We have applied the payment from your card number {card}.",
]
CARD_EMAIL_PASS = [
    "To pay, please use the secure payment page in your online account. For your safety, never send card details by email.",
    "I've noted the account ending {last4acc} for any refund.",
    "You can pay securely by calling our automated payment line on 0300 555 0142.",
]

# complaint cues (customer).  "explicit" uses the word complaint; the rest imply dissatisfaction.
COMPLAINT_CUES = [
    "I want to make a complaint about how this has been handled.",
    "This is the third time I've called about this and nobody's sorted it.",
    "Honestly, this is a joke.",
    "I'm really not happy with the service I've had from you.",
    "I was promised a call back last week and nobody rang.",
    "I'm fed up of being passed from pillar to post.",
    "It's not good enough, frankly.",
    "I've been waiting forty minutes to get through, which is ridiculous.",
    "You lot have made a right mess of this.",
    "I'm disappointed, I expected better from you.",
    "I've had to explain this four times now.",
    "I'd like to complain, because the last person I spoke to was really rude.",
]
NEEDS_CONTEXT = {
    "I want to make a complaint about how this has been handled.", "Honestly, this is a joke.",
    "I'm really not happy with the service I've had from you.", "I'm fed up of being passed from pillar to post.",
    "It's not good enough, frankly.", "You lot have made a right mess of this.", "I'm disappointed, I expected better from you.",
}
COMPLAINT_CONTEXT = [
    "I tried to sort this out online last week and it didn't work.",
    "I asked about this a fortnight ago and was told someone would ring me back.",
    "I've already been cut off once today trying to get through.",
    "The letter you sent me about it didn't make any sense.",
    "Your website told me one thing and your app told me another.",
]
COMPLAINT_PASS = [
    "I'm really sorry, that's not the experience we want you to have. I'm logging this as a complaint now, your reference is {cref}, and our complaints team will be in touch within five working days.",
    "I completely understand why you're frustrated, and I apologise. I'm going to record this as a formal complaint so it's properly looked into, and you'll get an acknowledgement by email today.",
    "I'm sorry you've had to chase us again. I've raised it with our customer relations team as a complaint, reference {cref}, and they'll write to you with what they find.",
    "That's really frustrating, and I'm sorry. I've registered your complaint on our system so it's on record, and a complaints handler will contact you within three working days.",
    "I can hear how annoyed you are and I don't blame you. I'm sorry. I'm referring this to our complaints team now, and they'll ring you by Friday.",
]
COMPLAINT_ACK_ONLY = [  # empathy, nothing logged
    "I'm so sorry about that, that really isn't good enough.",
    "I totally understand, that must be very frustrating.",
    "Oh no, I'm sorry to hear that. Let's see what we can do.",
    "I do apologise for that.",
]
COMPLAINT_IGNORE = ["Okay.", "Right.", "Mm, okay. Let's carry on.", "I see."]
COMPLAINT_LOG_NO_ACK = [
    "I'll put a complaint on, reference {cref}.",
    "Fine, I'll log it as a complaint.",
]
COMPLAINT_CUES_EMAIL = [
    "I want to make a formal complaint about how this has been handled.",
    "This is the third time I have written about this and I am still waiting for it to be put right.",
    "Frankly, the service has been poor.",
    "I am very unhappy that nobody has replied to my previous two emails.",
]
COMPLAINT_FINAL_CUE = "Further to my complaint of {cdate}, reference {cref}, I am still waiting for your final answer."
COMPLAINT_EMAIL_PASS = [
    "I'm sorry for the trouble this has caused. I've logged your complaint under reference {cref}, and our complaints team will reply in full within eight weeks.",
    "I apologise that you've had to write to us again. I've registered this as a complaint, reference {cref}, and a complaints handler will be in touch within five working days.",
]
COMPLAINT_EMAIL_ACK_ONLY = [
    "I'm sorry for the trouble this has caused.",
    "I apologise that you've had to write to us again about this.",
]
FINAL_BODY = [
    "I'm sorry for the time this has taken. I've reviewed your complaint, reference {cref}, and I have upheld it. We've refunded the £45 in charges and added £50 for the trouble caused. This is our final response.",
    "I'm sorry you've had reason to complain. I've looked into complaint {cref} and partly upheld it: the fee was correct, but our delay was not, so we've credited £30. This is our final response.",
]
FOS_LINES = [
    "If you're not happy with this response, you can refer your complaint to the Financial Ombudsman Service within six months of this email. Their service is free, and you can contact them on 0800 023 4567 or at financial-ombudsman.org.uk.",
    "If you remain unhappy, you have the right to ask the Financial Ombudsman Service to look at your complaint. You need to do this within six months of the date of this email, and it costs you nothing.",
]

# vulnerability cues: (type, channels, cue text, [pass responses])
VULN = [
    ("health", {"call", "chat", "email"}, "I've only just come out of hospital after a heart operation, so I'm not really up to much.",
     ["I'm sorry to hear that, and I hope the recovery is going well. I'll keep this as simple as I can, and if it helps I can put a note on your account so we don't chase anything for the next 30 days. Is that okay with you?",
      "Thanks for telling me. There's no rush at all. With your permission I'll note that you're recovering, so anyone you speak to knows. I can also send everything in writing for you to read when you feel up to it."]),
    ("bereavement", {"call", "chat", "email"}, "My husband passed away in January, and he always used to deal with all of this.",
     ["I'm so sorry for your loss. We'll take this at your pace. Our bereavement team can help with anything that was in his name, and I can pass your details to them now if you'd like.",
      "I'm very sorry to hear about your husband. Let's take it step by step. I'll note on the account that you may need a bit more support, if that's alright, and I can refer you to our bereavement support team."]),
    ("income", {"call", "chat", "email"}, "I lost my job last month, so money's really tight at the moment.",
     ["I'm sorry to hear that, that's a lot to deal with. We can pause any collection activity for 30 days to give you some breathing space, and I can give you the number for free debt advice from MoneyHelper. Would that help?",
      "Thank you for telling me, I know that's not easy. I'll make a note so we can be flexible with you, if that's okay, and I'll send you details of free, independent debt advice."]),
    ("carer", {"call", "chat", "email"}, "I care for my mum full time, so I can only really talk in the evenings.",
     ["That's a lot to juggle, thank you for telling me. I can note on your account that evenings are best, with your permission, and we can do the rest by email so you can reply when it suits you.",
      "Understood, and thank you for letting me know. Would you like me to add a note that you're a carer and prefer contact after 6pm? That way nobody rings at a bad time."]),
    ("hearing", {"call"}, "Sorry, could you speak up a bit? I'm quite hard of hearing.",
     ["Of course, I'll speak more slowly and a bit louder. If it's easier, I can also send you everything in writing after the call, and with your consent I'll note that you prefer written contact.",
      "No problem at all, I'll slow down and speak up. Would you like me to note that on your account, so we always follow up calls in writing?"]),
    ("deaf_chat", {"chat", "email"}, "I'm deaf, so please don't ask me to phone anyone.",
     ["Thanks for letting me know. We'll keep everything in writing, and with your permission I'll add a note so nobody asks you to call. We also accept Relay UK calls if that's ever useful.",
      "Of course. I'll note on your account that you need written contact only, if you're happy for me to do that, so every team follows it."]),
    ("confusion", {"call", "chat"}, "I do get muddled with all these numbers, my memory isn't what it was.",
     ["That's absolutely fine, we'll go slowly and I'll check each bit with you. I'll also send a letter summarising everything. Is there someone you'd like us to be able to talk to on your behalf?",
      "No problem, let's take it one step at a time. I'll write everything down for you in a letter afterwards, and I can add a trusted person to the account if you'd find that helpful."]),
    ("mental_health", {"call", "chat", "email"}, "I've been struggling a lot with my anxiety lately, and phone calls make it worse.",
     ["Thanks for telling me, I'm sorry it's been hard. We can do as much as possible by email or chat instead of calls, and with your consent I'll note that on your account. Would that help?",
      "I really appreciate you telling me. We'll go at whatever pace suits you, and I can note that you prefer written contact, if that's okay, so we don't phone you unexpectedly."]),
    ("low_resilience", {"call", "chat", "email"}, "I've got about twenty quid to last me till payday.",
     ["That sounds really tough, thank you for telling me. Let's make sure whatever we agree is affordable. I can also hold off any payments for a couple of weeks and point you to free debt advice.",
      "I'm sorry things are so tight. We won't take anything you can't afford, and I can put a 14-day hold on the account while you get support. I'll send you the details of free budgeting help too."]),
    ("sight", {"call", "chat", "email"}, "I'm partially sighted, so I can't really read the letters you send me.",
     ["Thanks for letting me know. We can send your letters in large print, braille or as audio. Would you like me to record that on your account so it happens every time?",
      "I'm sorry our letters haven't been accessible. With your permission I'll set your account to large print from now on, and I can read anything important to you over the phone."]),
    ("age", {"call"}, "I'm 88 and I don't do computers, so I can't go online.",
     ["That's no problem at all. We'll do everything by phone and post, and I'll note that so nobody sends you online links. Would you like a copy of this in the post?",
      "Not to worry, you don't need to go online. I'll note that you prefer phone and letters, if that's okay, and I'll post you a summary."]),
]
VULN_FAIL = [  # ignored or brushed off
    "Okay. So, going back to what you called about...",
    "Right. Anyway,",
    "Sorry to hear that. So, as I was saying,",
    "Oh dear. Right then.",
    "Mm. Okay, so,",
]
VULN_FAIL_EMAIL = ["", "Sorry to hear that."]

# high-risk triggers: (type, risk tag, needs complaint context, cue, [pass responses], [fail responses])
ESC = [
    ("ombudsman", "regulator", True,
     ["If this isn't sorted I'll be going to the ombudsman.", "I'm going to take this to the ombudsman, I've had enough.",
      "Do I need to go to the ombudsman to get this sorted?"],
     ["You're entitled to do that, and I want to make sure this gets the right attention, so I'm flagging it to my team leader now. Because you've mentioned the ombudsman, a senior colleague will review the case and call you back by the end of tomorrow.",
      "That's your right, and I'll make sure it's looked at properly. I'm escalating your case to our specialist resolutions team today; they deal with cases like this and will contact you within two working days."],
     ["Okay. So, as I was saying,", "Right, noted. Anyway,"]),
    ("regulator", "regulator", True,
     ["I'm going to report you to the FCA.", "I'll be reporting this to the regulator."],
     ["I understand. I'm going to flag this with my team leader straight away, because you've mentioned the regulator. They'll review what's happened and call you today.",
      "You're absolutely entitled to do that. I'm escalating this now to our specialist complaints team so a senior person reviews it, and they'll call you within 24 hours."],
     ["Right. Let's carry on with the account.", "Okay."]),
    ("legal", "legal", True,
     ["I've spoken to a solicitor and I'm prepared to take this further.", "My solicitor will be in touch if this isn't fixed."],
     ["Thank you for letting me know. As you've mentioned legal action, I'm referring this to our litigation team and my manager today. They'll write to you within two working days.",
      "I understand. I'm passing this to my team leader and our legal team, because it needs someone with the right authority to look at it. They'll contact you by Friday."],
     ["Okay, that's your choice.", "Right. So,"]),
    ("media", "media", True,
     ["I'll be putting all of this on social media.", "I'm going to get in touch with the local paper about this.",
      "I'm going to post about this everywhere so people know what you're like."],
     ["I understand why you feel that way. I'm flagging this to my team leader now, so someone senior looks at your case today and calls you back this afternoon.",
      "I'm sorry it's come to that. I'm escalating this to our customer relations manager now; they'll review everything and contact you by the end of the day."],
     ["Okay.", "Right, noted. So,"]),
    ("manager", None, True,
     ["I want to speak to your manager.", "Can you put me through to someone more senior?"],
     ["Of course. I'll put a call-back request in with my team leader now, and she'll ring you before 5pm today. I'll pass on everything we've discussed so you don't need to repeat it.",
      "Absolutely. My supervisor is on another call, so I've booked an escalation for them to call you back within two hours, with all the notes from today."],
     ["There isn't a manager free, but I can help you.", "I can deal with it myself, so let's carry on."]),
    ("goodwill", None, True,
     ["I want two hundred and fifty pounds compensation for all of this.", "I think you should be paying me at least three hundred pounds for this."],
     ["That's more than I'm able to authorise, so I'm referring it to my team leader with all the details. They'll get back to you within two working days with a decision.",
      "I can't agree that amount myself, but I'll escalate it to someone who can. My manager will review it and call you by Thursday."],
     ["The most I can do is ten pounds.", "I can offer ten pounds as a goodwill gesture."]),
    ("fraud", "fraud", False,
     ["While I've got you, I had a text pretending to be you and I think I put my details into the link.",
      "Also, someone rang me yesterday saying they were from you and asked me to move money to a safe account.",
      "I've just noticed a payment I don't recognise, I think someone's got hold of my details.",
      "I had an email saying I was owed a refund from you, and I clicked it and entered my bank details."],
     ["I'll pass this to our fraud team now, they'll call you within the hour on the number we hold. Please don't click any more links, and never move money because a caller asks you to.",
      "Thank you for telling me. I'm referring this to our fraud team straight away; they'll contact you today and talk you through protecting your accounts. Please also call your bank on the number on your card."],
     ["Those are everywhere at the moment, just delete it.", "Ah, don't worry about that. So,"]),
]

LANG_FAIL = {  # unexplained jargon or blaming language, appended to an agent turn
    "banking": ["It's showing as an unarranged OD at the moment.", "You should have told us sooner."],
    "credit cards": ["The APR on purchases is 29.9%.", "Your account's in arrears.", "You failed to make the minimum payment."],
    "insurance": ["Bear in mind there's a £250 excess.", "Policy states I can't backdate cover."],
    "energy": ["The standing charge is 53p a day.", "It'll be billed pro rata.", "You failed to send a reading, which is why it was estimated."],
    "telecoms": ["Any out-of-bundle usage is charged pro rata.", "That's not my department, to be honest."],
    "travel": ["It's ATOL protected.", "You should have checked the booking conditions."],
    "retail": ["I'll raise an RMA for it.", "You should have contacted us within the 14 days."],
    "local council": ["The account is in arrears.", "That's not my department."],
    "utilities": ["You're billed on RV at the moment.", "Policy states we can't backdate it."],
    "lending": ["The account's in arrears.", "Your LTV is too high for a top-up.", "You should have contacted us before missing it."],
}
LANG_EXPLAINED = {  # jargon that is explained: language still passes
    "energy": "The standing charge, which is the fixed daily amount for being connected, is 53p a day.",
    "credit cards": "The APR, which means the yearly cost of borrowing including interest, is 29.9%.",
    "lending": "You're in arrears, which just means there are payments you've missed.",
    "insurance": "There's a £250 excess, that's the amount you pay yourself towards any claim.",
}
LONG_SENTENCES = [
    "Further to your recent correspondence regarding the matter outlined above, please be advised that following a review of the records held on your account it has been determined that the adjustment previously requested cannot be applied at this time without further supporting documentation being supplied.",
    "In accordance with the terms and conditions applicable to your agreement and having taken into consideration all of the information currently available to us, we are unable to progress your request any further until such time as the outstanding items have been received and verified by the relevant team.",
    "Please note that any changes made to your account as a result of this correspondence may take a number of working days to be reflected across all of our systems, and in the meantime you may continue to receive communications which do not reflect the updated position.",
]

SUMMARY_LEADS = ["So to recap, {recap}, and {nxt}.", "Just to summarise: {recap}. Next, {nxt}.",
                 "So, what we've done today: {recap}. What happens now is {nxt}.",
                 "Okay, so {recap}, and {nxt}."]
CHECK_PASS = ["Is there anything else I can help with today?", "Does that sort it out for you?",
              "Has that answered your question?", "Is there anything else you need from me?",
              "Have I covered everything you wanted to ask about?"]
CHECK_EMAIL_PASS = ["If anything is unclear or you need anything else, just reply to this email.",
                    "If you have any other questions, please reply and I'll be happy to help.",
                    "Please let me know if this doesn't fully answer your query."]
CUST_END_CHECKED = ["No, that's everything, thanks.", "That's all, thank you.", "Yes, that's sorted, thanks.", "No, that's great, cheers."]
CUST_END_PLAIN = ["Okay, thanks.", "Right, bye then.", "Okay.", "Thanks, bye."]
AGENT_BYE = ["Thanks for calling, take care.", "You're welcome, have a lovely day.", "Thanks, bye for now.", "Take care, bye."]
AGENT_BYE_CHAT = ["Thanks for chatting with us, have a good day.", "Take care, bye for now.", "You're welcome, have a nice evening."]
AGENT_BYE_FAIL = ["Okay, thanks for calling.", "Right, that's done. Bye now.", "Okay, bye."]
CUST_ACKS = ["Okay.", "Right, okay.", "That's fine.", "Okay, thanks.", "Great.", "Alright."]
SIGNOFFS = ["Kind regards,\n{agent}\n{org} Customer Care", "Best wishes,\n{agent}\n{org}",
            "Yours sincerely,\n{agent}\nCustomer Relations, {org}"]

FILLERS_C = ["um", "yeah", "uh", "so", "erm", "yeah so"]
FILLERS_A = ["okay", "mm hm", "right", "yeah", "okay so", "um"]
NUMWORDS = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five",
            "6": "six", "7": "seven", "8": "eight", "9": "nine"}


def stt(text, rng, agent):
    """Speech-to-text style: lowercase, little punctuation, fillers."""
    t = re.sub(r"£([\d,]+)\.(\d\d)", lambda m: f"{m.group(1).replace(',', '')} pounds {m.group(2)}", text)
    t = re.sub(r"£([\d,]+)", lambda m: f"{m.group(1).replace(',', '')} pounds", t)
    t = t.replace("%", " percent").replace("&", "and")
    t = t.lower()
    t = re.sub(r"[.,!?;:\"()…]", " ", t)
    t = t.replace("\n", " ")
    t = re.sub(r"\s+", " ", t).strip()
    words = t.split()
    if len(words) > 6 and rng.random() < 0.35:
        i = rng.randrange(2, len(words) - 2)
        words.insert(i, rng.choice(["um", "uh", "you know", "like"]) if not agent else rng.choice(["um", "uh"]))
    t = " ".join(words)
    if rng.random() < 0.45:
        t = rng.choice(FILLERS_A if agent else FILLERS_C) + " " + t
    return t


# kinds of scenario each card step fits ("pay": taking a payment, "card": identifying a card)
CARD_KINDS = [{"pay"}, {"pay"}, {"pay", "card"}, {"pay"}, {"pay", "card"}, {"pay"}, {"pay"}, {"pay", "card"}, {"pay"}]
CARD_STEPS.append(("fail", {"call"}, [("a", "Can you read me the full card number so I can find it on the system?"),
                                      ("c", "{card}."),
                                      ("a", "Thanks, so {card}. Yes, I've found it.")]))
CARD_KINDS.append({"card"})
assert len(CARD_KINDS) == len(CARD_STEPS)

STREETS = ["Larch Avenue", "Mill Lane", "Orchard Close", "Quarry Road", "Bramble Way", "Ferry Street"]


def make_ctx(rng, sector, agent_id):
    title, first, last = pick(rng, CUSTOMERS)
    card = pick(rng, CARDS)
    acc = pick(rng, ACCOUNTS)
    return {
        "org": pick(rng, ORGS[sector]), "agent": AGENTS[agent_id], "title": title, "first": first, "last": last,
        "dob": pick(rng, DOBS), "postcode": pick(rng, POSTCODES), "card": card, "cvv": pick(rng, CVVS),
        "last4": card[-4:], "account": acc, "last4acc": acc[-4:], "sortcode": pick(rng, SORTCODES),
        "house": rng.randint(2, 140), "street": pick(rng, STREETS), "cref": f"CMP-{rng.randint(10000, 99999)}",
        "cdate": f"{rng.randint(2, 27)} January 2026",
    }


def start_time(rng):
    day = datetime(2026, 3, 2, tzinfo=timezone.utc) + timedelta(days=rng.randrange(0, 56))
    return day.replace(hour=rng.randint(8, 18), minute=rng.randrange(60))


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def merge(segs):
    """Join consecutive segments from the same speaker into one turn."""
    out = []
    for spk, text, role in segs:
        text = text.strip()
        if not text:
            continue
        if out and out[-1][0] == spk:
            if out[-1][1].endswith(",") and not re.match(r"I\b|I'", text):
                text = text[0].lower() + text[1:]
            out[-1] = (spk, out[-1][1] + " " + text, out[-1][2] | {role})
        else:
            out.append((spk, text, {role}))
    return out


def time_call(turns, rng):
    t = rng.uniform(0.2, 1.5)
    res = []
    for spk, text in turns:
        dur = round(0.6 + len(text.split()) * rng.uniform(0.28, 0.4), 1)
        res.append({"speaker": spk, "text": text, "start_s": round(t, 1), "end_s": round(t + dur, 1), "sent_at": None})
        t += dur + rng.uniform(0.3, 1.8)
    return res


def time_chat(turns, rng, start, slow=None, fail=False):
    """sent_at for each chat message; one agent reply is slow when fail (or at the indexes in slow)."""
    agent_replies = [i for i, (s, _) in enumerate(turns) if s == "agent" and i > 0 and turns[i - 1][0] == "customer"]
    slow = dict(slow or {})
    if fail and not slow and agent_replies:
        slow[rng.choice(agent_replies)] = rng.randint(135, 540)
    t = start
    res = []
    for i, (spk, text) in enumerate(turns):
        if i > 0:
            if i in slow:
                gap = slow[i]
            elif spk == "agent":
                gap = rng.randint(8, 105) if turns[i - 1][0] == "customer" else rng.randint(3, 20)
            else:
                gap = rng.randint(12, 150)
            t = t + timedelta(seconds=gap)
        res.append({"speaker": spk, "text": text, "sent_at": iso(t)})
    return res


def time_email(turns, rng, start, delays_h=None, fail=False):
    """sent_at for each email; delays_h gives hours after the previous email, per turn."""
    n = len(turns)
    if delays_h is None:
        delays_h = [0.0]
        agent_idx = [i for i in range(1, n) if turns[i][0] == "agent"]
        late = rng.choice(agent_idx) if fail else None
        for i in range(1, n):
            if turns[i][0] == "agent":
                delays_h.append(rng.uniform(26, 100) if i == late else rng.uniform(0.4, 22.5))
            else:
                delays_h.append(rng.uniform(1, 30))
    t = start
    res = []
    for i, (spk, text) in enumerate(turns):
        t = t + timedelta(hours=delays_h[i]) if i else t
        t = t.replace(second=0, microsecond=0) if i == 0 else t
        res.append({"speaker": spk, "text": text, "sent_at": iso(t)})
    return res


def response_time_label(channel, turns):
    if channel == "call":
        return "na"
    ts = [datetime.strptime(t["sent_at"], "%Y-%m-%dT%H:%M:%SZ") for t in turns]
    limit = CHAT_LIMIT_S if channel == "chat" else EMAIL_LIMIT_H * 3600
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == "agent" and turns[i - 1]["speaker"] == "customer":
            if (ts[i] - ts[i - 1]).total_seconds() > limit:
                return "fail"
    return "pass"


def wchoice(rng, options):
    """options: list of (value, weight)."""
    total = sum(w for _, w in options)
    x = rng.random() * total
    for v, w in options:
        x -= w
        if x <= 0:
            return v
    return options[-1][0]


# ---------------------------------------------------------------------------
# Template interactions
# ---------------------------------------------------------------------------
def choose_plan(rng, channel, sc):
    """Pick a variant for every step, independently; labels follow from these choices."""
    p = {}
    p["open"] = rng.random() < 0.76
    p["clarify"] = rng.random() < 0.6
    if channel == "email" or not sc["account"]:
        p["id"] = "na"
    else:
        p["id"] = wchoice(rng, [("pass", 0.56), ("late", 0.22), ("none", 0.22)])
    p["card"] = None
    if sc["pay"] and rng.random() < 0.75:
        p["card"] = "fail" if rng.random() < 0.55 else "pass"
    if channel == "email" and p["card"] is None and rng.random() < 0.25:
        p["card"] = "fail" if rng.random() < 0.6 else "pass"
    p["complaint"] = wchoice(rng, [("pass", 0.45), ("ack", 0.25), ("ignore", 0.18), ("noack", 0.12)]) \
        if rng.random() < 0.34 else "na"
    p["vuln"] = (("pass" if rng.random() < 0.5 else "fail") if rng.random() < 0.32 else "na")
    p["esc"] = "na"
    if rng.random() < 0.3:
        trig = pick(rng, ESC)
        if trig[2] and p["complaint"] == "na":
            p["complaint"] = wchoice(rng, [("pass", 0.45), ("ack", 0.3), ("ignore", 0.25)])
        p["esc"] = "pass" if rng.random() < 0.55 else "fail"
        p["trigger"] = trig
    p["opts"] = wchoice(rng, [("two", 0.46), ("nomerit", 0.27), ("one", 0.27)]) if sc["kind"] == "complex" else "na"
    p["lang"] = "fail" if rng.random() < 0.3 else "pass"
    p["rt"] = "fail" if (channel != "call" and rng.random() < 0.28) else "pass"
    p["summary"] = rng.random() < 0.6
    p["check"] = rng.random() < 0.62
    p["stt"] = channel == "call" and rng.random() < 0.34
    p["final"] = (channel == "email" and p["complaint"] in ("pass", "ack") and sc["sector"] in FS_SECTORS
                  and p["esc"] == "na" and rng.random() < 0.45)
    return p


def lang_phrase(rng, sector, account_ok):
    cands = [x for x in LANG_FAIL[sector]]
    if not account_ok:  # phrases that would themselves disclose account details
        cands = [x for x in cands if not re.search(r"(?i)your account|the account|you're billed|your ltv|showing as|you failed to make", x)]
    return pick(rng, cands)


MONEY_SECTORS = {"banking", "credit cards", "lending", "energy", "utilities", "local council", "telecoms"}


def vuln_pick(rng, channel, sector):
    """A vulnerability cue that fits the channel (and, for money worries, a sector that collects payments)."""
    return pick(rng, [v for v in VULN if channel in v[1]
                      and (v[0] not in ("income", "low_resilience") or sector in MONEY_SECTORS)])


def build_conversation(rng, channel, sc, p, ctx):
    """Calls and chats: a list of (speaker, text, role) segments."""
    A = lambda text, role="x": ("agent", fmt(text, ctx), role)
    C = lambda text, role="x": ("customer", fmt(text, ctx), role)
    segs = []
    notes = []
    segs.append(A(pick(rng, (OPEN_CALL_PASS if channel == "call" else OPEN_CHAT_PASS) if p["open"]
                       else (OPEN_CALL_FAIL if channel == "call" else OPEN_CHAT_FAIL)), "open"))
    need = pick(rng, sc["need"])
    comp_prefix = p["complaint"] != "na" and p["esc"] == "na" and rng.random() < 0.45
    vuln_passing = p["vuln"] != "na" and rng.random() < 0.45
    vul = vuln_pick(rng, channel, sc["sector"]) if p["vuln"] != "na" else None
    ccue = pick(rng, COMPLAINT_CUES)
    if ccue in NEEDS_CONTEXT:
        ccue = pick(rng, COMPLAINT_CONTEXT) + " " + ccue
    if comp_prefix:
        need = f"{ccue} {need}" if rng.random() < 0.5 else f"{need} {ccue}"
        notes.append("dissatisfaction stated with the request")
    if vuln_passing:
        need = f"{need} {vul[2]}"
        notes.append(f"vulnerability ({vul[0]}) mentioned in passing in the opening request")
    segs.append(C(need, "need"))

    def complaint_response():
        m = p["complaint"]
        if m == "pass":
            return A(pick(rng, COMPLAINT_PASS), "complaint")
        if m == "ack":
            notes.append("complaint acknowledged but not logged")
            return A(pick(rng, COMPLAINT_ACK_ONLY), "complaint")
        if m == "noack":
            notes.append("complaint logged without apology or empathy")
            return A(pick(rng, COMPLAINT_LOG_NO_ACK), "complaint")
        notes.append("dissatisfaction ignored")
        return A(pick(rng, COMPLAINT_IGNORE), "complaint")

    def vuln_response():
        if p["vuln"] == "pass":
            text = pick(rng, vul[3])
            out = [A(text, "vuln")]
            if "?" in text:
                out.append(C(pick(rng, ["Yes please, that would help.", "Yes, that's fine, thank you.", "That would be good, thanks."]), "vuln"))
            else:
                out.append(C(pick(rng, ["Thank you.", "That's kind, thanks."]), "vuln"))
            return out
        notes.append(f"vulnerability ({vul[0]}) not acted on")
        return [A(pick(rng, VULN_FAIL), "vuln")]

    if comp_prefix:
        segs.append(complaint_response())
    if vuln_passing:
        segs.extend(vuln_response())
    if p["clarify"]:
        q, a = pick(rng, sc["clar"])
        segs += [A(q, "clarify"), C(a, "clarify")]
    else:
        segs.append(A(pick(rng, CLARIFY_FAIL_LEADS), "lead"))
        notes.append("no clarifying question")
    disc = pick(rng, sc["disc"]) if sc["disc"] else None
    vlist = VERIFY + (VERIFY_CHAT_EXTRA if channel == "chat" else [])
    if p["id"] == "pass":
        ask, ans, ok = pick(rng, vlist)
        segs.append(A(ask, "verify"))
        if ans:
            segs += [C(ans, "verify"), A(ok, "verify")]
        segs += [A(disc, "disc"), C(pick(rng, CUST_ACKS), "disc")]
    elif p["id"] == "late":
        ask, ans, ok = pick(rng, VERIFY_LATE)
        segs += [A(disc, "disc"), A(ask, "verify"), C(ans, "verify"), A(ok, "verify")]
        notes.append("account details disclosed before the security check")
    elif p["id"] == "none":
        segs += [A(disc, "disc"), C(pick(rng, CUST_ACKS), "disc")]
        notes.append("account details disclosed with no security check")
    elif rng.random() < 0.25:
        ask, ans, ok = pick(rng, VERIFY)
        segs += [A(ask, "verify"), C(ans, "verify"), A(ok, "verify")]
        notes.append("security done but nothing account-specific disclosed: item 2 na")
    if p["complaint"] != "na" and not comp_prefix:
        segs += [C(ccue, "complaint"), complaint_response()]
    if p["vuln"] != "na" and not vuln_passing:
        segs.append(C(vul[2], "vuln"))
        segs.extend(vuln_response())
    if p["esc"] != "na":
        trig = p["trigger"]
        segs.append(C(pick(rng, trig[3]), "esc"))
        if p["esc"] == "pass":
            resp = trig[4][0] if (trig[0] == "fraud" and sc["sector"] in ("banking", "credit cards")) else pick(rng, trig[4])
            segs += [A(resp, "esc"), C(pick(rng, ["Okay, thank you.", "Right. Thanks.", "Fine."]), "esc")]
        else:
            segs.append(A(pick(rng, trig[5]), "esc"))
            notes.append(f"{trig[0]} raised and not escalated")
    if sc["kind"] == "complex":
        mode = p["opts"]
        segs += [A(pick(rng, sc[mode]), "main"), C(pick(rng, sc["choose"]), "main")]
        if mode == "nomerit":
            notes.append("two options named without any merits")
        elif mode == "one":
            notes.append("only one route offered")
        segs.append(A(pick(rng, ["No problem, I'll set that up now.", "Okay, I'll sort that for you.", "Lovely, let me do that."]), "main"))
    else:
        segs += [A(pick(rng, sc["act"]), "main"), C(pick(rng, CUST_ACKS), "main")]
    if p["card"]:
        steps = [s for s, k in zip(CARD_STEPS, CARD_KINDS) if s[0] == p["card"] and channel in s[1] and sc["pay"] in k]
        if steps:
            lab, _, turns = pick(rng, steps)
            for spk, text in turns:
                segs.append((A if spk == "a" else C)(text, "card"))
            notes.append("card details requested/read back outside a secure process" if lab == "fail"
                         else "card handled securely")
        else:
            p["card"] = None
    # language
    if p["lang"] == "fail":
        idx = [i for i, s in enumerate(segs) if s[0] == "agent" and s[2] in ("disc", "main")]
        i = pick(rng, idx)
        phrase = lang_phrase(rng, sc["sector"], sc["account"] and p["id"] != "na")
        segs[i] = (segs[i][0], segs[i][1] + " " + phrase, segs[i][2])
        notes.append(f"language: '{phrase}'")
    elif sc["sector"] in LANG_EXPLAINED and sc["account"] and rng.random() < 0.25:
        idx = [i for i, s in enumerate(segs) if s[0] == "agent" and s[2] == "main"]
        i = idx[0]
        segs[i] = (segs[i][0], segs[i][1] + " " + LANG_EXPLAINED[sc["sector"]], segs[i][2])
        notes.append("jargon used but explained")
    # ending
    recap = pick(rng, sc["recap"])
    if p["complaint"] == "pass" and rng.random() < 0.5:
        recap += ", and your complaint is logged"
    summary = fmt(pick(rng, SUMMARY_LEADS), {"recap": recap, "nxt": pick(rng, sc["nxt"])})
    summary = summary[0].upper() + summary[1:]
    bye = AGENT_BYE if channel == "call" else AGENT_BYE_CHAT
    if p["check"]:
        if p["summary"] and rng.random() < 0.8:
            segs += [A(summary, "summary"), C(pick(rng, ["Okay, great.", "Brilliant, thanks.", "That's fine."]), "summary")]
            segs += [A(pick(rng, CHECK_PASS), "check"), C(pick(rng, CUST_END_CHECKED), "check"), A(pick(rng, bye), "bye")]
        else:
            segs += [A(pick(rng, CHECK_PASS), "check"), C(pick(rng, CUST_END_CHECKED), "check")]
            if p["summary"]:
                segs.append(A(summary + " " + pick(rng, bye), "summary"))
            else:
                segs.append(A(pick(rng, bye), "bye"))
    else:
        if p["summary"]:
            segs += [A(summary, "summary"), C(pick(rng, CUST_END_PLAIN), "summary")]
        segs.append(A(pick(rng, AGENT_BYE_FAIL), "bye"))
    if not p["summary"]:
        notes.append("no recap or next steps")
    if not p["check"]:
        notes.append("did not check the need was met")
    return segs, notes


def build_email(rng, sc, p, ctx):
    """A customer email and the agent's reply (sometimes a four-message thread)."""
    notes = []
    cust_parts = [re.sub(r"^(Hi|Hello|Hiya)[,!]?\s+", "", pick(rng, sc["need"]))]
    cust_parts[0] = cust_parts[0][0].upper() + cust_parts[0][1:]
    detail = pick(rng, sc["clar"])[1]
    if not re.match(r"(?i)(yes|no|just|the |a |an |mainly|maybe|for |recycling|foot|one|clear|quite|two|about|around|i'm not sure)", detail):
        cust_parts.append(detail)
    if p["final"]:
        cust_parts.insert(0, fmt(COMPLAINT_FINAL_CUE, ctx))
    elif p["complaint"] != "na":
        cust_parts.append(pick(rng, COMPLAINT_CUES_EMAIL))
    vul = vuln_pick(rng, "email", sc["sector"]) if p["vuln"] != "na" else None
    if vul:
        cust_parts.append(vul[2])
    if p["esc"] != "na":
        cust_parts.append(pick(rng, p["trigger"][3]))
    ref_line = pick(rng, ["", f"\n\nAccount number: {ctx['account']}", f"\n\nMy postcode is {ctx['postcode']}.", f"\n\nDate of birth: {ctx['dob']}"])
    cust = (pick(rng, ["Dear Sir or Madam,", "Hello,", f"Dear {ctx['org']},", "Hi,"]) + "\n\n" + " ".join(cust_parts)
            + ref_line + "\n\n" + pick(rng, ["Thanks,", "Regards,", "Many thanks,", "Yours faithfully,"]) + f"\n{ctx['first']} {ctx['last']}")
    paras = [fmt(pick(rng, OPEN_EMAIL_PASS if p["open"] else OPEN_EMAIL_FAIL), ctx | {"topic": sc["topic"]})]
    m = p["complaint"]
    fos = False
    if p["final"]:
        paras.append(fmt(pick(rng, FINAL_BODY), ctx))
        if m == "pass":
            fos = True
        else:
            notes.append("final response to a complaint without the Financial Ombudsman Service")
    elif m == "pass":
        paras.append(fmt(pick(rng, COMPLAINT_EMAIL_PASS), ctx))
    elif m in ("ack", "noack"):
        paras.append(pick(rng, COMPLAINT_EMAIL_ACK_ONLY))
        notes.append("complaint acknowledged but not logged")
    elif m == "ignore":
        notes.append("dissatisfaction not addressed")
    if vul:
        if p["vuln"] == "pass":
            paras.append(pick(rng, vul[3]))
        else:
            t = pick(rng, VULN_FAIL_EMAIL)
            if t:
                paras.append(t)
            notes.append(f"vulnerability ({vul[0]}) not acted on")
    if p["esc"] != "na":
        trig = p["trigger"]
        if p["esc"] == "pass":
            paras.append(trig[4][0] if (trig[0] == "fraud" and sc["sector"] in ("banking", "credit cards")) else pick(rng, trig[4]))
        else:
            paras.append(pick(rng, ["I note your comments.", ""]))
            notes.append(f"{trig[0]} raised and not escalated")
    body = []
    if sc["disc"]:
        d = re.sub(r"^Yes, ", "", pick(rng, sc["disc"]))
        body.append(d[0].upper() + d[1:])
    if sc["kind"] == "complex":
        mode = p["opts"]
        body.append(pick(rng, sc[mode]))
        if mode == "nomerit":
            notes.append("two options named without any merits")
        elif mode == "one":
            notes.append("only one route offered")
    else:
        body.append(pick(rng, sc["act"]))
    paras.append(" ".join(body))
    if p["card"]:
        paras.append(fmt(pick(rng, CARD_EMAIL_FAIL if p["card"] == "fail" else CARD_EMAIL_PASS), ctx))
        if p["card"] == "fail":
            notes.append("reply asks for card details or shows a full card/account number or password")
    if p["lang"] == "fail":
        if rng.random() < 0.5:
            s = pick(rng, LONG_SENTENCES)
            notes.append("language: sentence over 30 words")
        else:
            s = lang_phrase(rng, sc["sector"], True)
            notes.append(f"language: '{s}'")
        i = rng.randrange(1, len(paras))
        paras[i] = paras[i] + " " + s
    elif sc["sector"] in LANG_EXPLAINED and sc["account"] and rng.random() < 0.25:
        paras[-1] = paras[-1] + " " + LANG_EXPLAINED[sc["sector"]]
        notes.append("jargon used but explained")
    if p["summary"]:
        if sc["kind"] == "complex" and p["opts"] != "one":
            paras.append(pick(rng, ["To summarise, I've set out both options above. Once you reply with your choice, I'll set it up the same day and confirm it by email.",
                                    "In short, the choice is yours between the two options above. Just reply with the one you'd like, and I'll arrange it within one working day."]))
        else:
            paras.append(f"To summarise, {pick(rng, sc['recap'])}. Next, {pick(rng, sc['nxt'])}.")
    else:
        notes.append("no recap or next steps")
    if p["check"]:
        paras.append(pick(rng, CHECK_EMAIL_PASS))
    else:
        notes.append("no invitation to come back if anything is unclear")
    if fos:
        paras.append(pick(rng, FOS_LINES))
    paras.append(fmt(pick(rng, SIGNOFFS), ctx))
    reply = "\n\n".join(x for x in paras if x.strip())
    turns = [("customer", cust)]
    if rng.random() < 0.2:  # a short first exchange before the full reply
        first = fmt(pick(rng, OPEN_EMAIL_PASS if p["open"] else OPEN_EMAIL_FAIL), ctx | {"topic": sc["topic"]})
        first += "\n\n" + "I'm looking into this and will come back to you with a full answer shortly.\n\n" + fmt(pick(rng, SIGNOFFS), ctx)
        follow = pick(rng, ["Thanks, I'll wait to hear from you.", "Thank you. Please let me know as soon as you can."]) + f"\n\n{ctx['first']}"
        reply = reply.replace(paras[0], fmt(pick(rng, ["Dear {title} {last},\n\nThanks for waiting while I looked into this.",
                                                      "Hello {first},\n\nThank you for your patience."]), ctx), 1) if p["open"] else reply
        turns += [("agent", first), ("customer", follow)]
        notes.append("four-message thread")
    turns.append(("agent", reply))
    return turns, notes


def template_record(n, rng, channel):
    sc = pick(rng, SCENARIOS)
    agent_id = f"qa-agent-{rng.randint(1, 10):02d}"
    ctx = make_ctx(rng, sc["sector"], agent_id)
    p = choose_plan(rng, channel, sc)
    start = start_time(rng)
    if channel == "email":
        pairs, notes = build_email(rng, sc, p, ctx)
        turns = time_email(pairs, rng, start, fail=p["rt"] == "fail")
    else:
        segs, notes = build_conversation(rng, channel, sc, p, ctx)
        merged = merge(segs)
        pairs = [(s, t) for s, t, _ in merged]
        if channel == "call":
            if p["stt"]:
                pairs = [(s, stt(t, rng, s == "agent")) for s, t in pairs]
                notes.append("speech-to-text style")
            turns = time_call(pairs, rng)
        else:
            turns = time_chat(pairs, rng, start, fail=p["rt"] == "fail")
    comp = p["complaint"]
    if comp == "na":
        comp_label = "na"
    elif channel == "email" and p["final"]:
        comp_label = "pass" if comp == "pass" else "fail"
    else:
        comp_label = "pass" if comp == "pass" else "fail"
    labels = {
        "opening_rapport": "pass" if p["open"] else "fail",
        "identity_verified_before_disclosure": {"pass": "pass", "late": "fail", "none": "fail", "na": "na"}[p["id"]],
        "no_sensitive_readback": "fail" if p["card"] == "fail" else "pass",
        "needs_clarified": "na" if channel == "email" else ("pass" if p["clarify"] else "fail"),
        "checked_needs_met": "pass" if p["check"] else "fail",
        "complaint_handled": comp_label,
        "vulnerability_handled": p["vuln"],
        "escalation_when_needed": p["esc"],
        "two_options_on_complex": {"na": "na", "two": "pass", "nomerit": "fail", "one": "fail"}[p["opts"]],
        "language_clarity": p["lang"],
        "response_time": response_time_label(channel, turns),
        "summary_and_next_steps": "pass" if p["summary"] else "fail",
    }
    risk = []
    if comp != "na":
        risk.append("complaint")
    if p["vuln"] != "na":
        risk.append("vulnerability")
    if p["esc"] != "na" and p["trigger"][1]:
        risk.append(p["trigger"][1])
    if channel != "call":
        notes.append(f"response time {labels['response_time']} from sent_at")
    return {
        "interaction_id": f"sc-{n:04d}", "agent_id": agent_id, "channel": channel, "started_at": iso(start),
        "turns": turns, "metadata": {"sector": sc["sector"], "source": "template", "scenario": sc["key"]},
        "labels": labels, "risk": risk, "notes": "; ".join(notes) if notes else "straightforward interaction",
    }


# ---------------------------------------------------------------------------
# Hand-written interactions (hard and realistic cases).
# labels: 12 codes in ITEMS order, P = pass, F = fail, N = na.
# chats: slow = {turn index: seconds waited before that turn}; emails: delays_h =
# hours after the previous email, per turn.  Response-time labels are also
# recomputed from the timestamps and must agree.
# ---------------------------------------------------------------------------
NAME_TO_AGENT = {v: k for k, v in AGENTS.items()}
HAND = []


def H(channel, sector, agent, labels, risk, notes, turns, slow=None, delays_h=None):
    codes = labels.split()
    assert len(codes) == 12, (notes, labels)
    HAND.append(dict(channel=channel, sector=sector, agent=agent,
                     labels={k: {"P": "pass", "F": "fail", "N": "na"}[c] for k, c in zip(ITEMS, codes)},
                     risk=risk, notes=notes, turns=[("agent" if s == "a" else "customer", t) for s, t in turns],
                     slow=slow, delays_h=delays_h))


#   open id  sens clar chk comp vuln esc opt lang rt summ
H("call", "banking", "Dev", "P F P P P P N N N P N P", ["complaint"],
  "balance and old address read out just before the DOB/postcode check (fail); 'third time I've called' is an implied complaint, apologised for and logged", [
    ("a", "good morning northgate bank you're speaking to dev how can i help"),
    ("c", "yeah hi um this is the third time i've called about this now i moved house in january and i'm still getting statements at my old address"),
    ("a", "oh i'm really sorry about that you shouldn't have to keep ringing us i'm going to log that as a complaint for you now so it gets looked at properly and you'll get a letter with the reference within five working days"),
    ("c", "okay thanks"),
    ("a", "so is it just the statements going to the old address or have you had cards or letters going there too"),
    ("c", "just the statements i think"),
    ("a", "right let me pull up the account mm hm so i can see your balance is 2314 pounds 60 and the last statement went to 14 harrow court um can i just take your date of birth and postcode to confirm it's you"),
    ("c", "twenty second of november nineteen ninety and it's m14 7rh"),
    ("a", "thank you that's all matched so i've updated the statement address to the new one"),
    ("c", "great"),
    ("a", "so to recap i've logged your complaint and changed the address for statements your next statement will come to the new address and the complaints team will write to you within five working days is there anything else i can help with"),
    ("c", "no that's it thanks"),
    ("a", "thanks for calling bye")])

H("call", "credit cards", "Priya", "P P F P P N N N N P N F", [],
  "'can I take your date of birth and postcode' before the balance (pass); long card number and CVV taken by the agent outside a secure line (fail); 'that's gone through' is not a recap", [
    ("a", "Hello, Lumen Card, Priya speaking, how can I help?"),
    ("c", "Hi, I want to pay my card off, the whole balance."),
    ("a", "Of course. Is it the statement balance, or everything including your recent spending?"),
    ("c", "Everything, I want it cleared."),
    ("a", "Okay. Can I take your date of birth and postcode please?"),
    ("c", "3rd of March 1962, BS3 4NW."),
    ("a", "Thank you, you've passed security. Your total balance including recent spending is £842.15."),
    ("c", "Fine, I'll pay that with my debit card."),
    ("a", "Lovely. Can you read me the long number on the card?"),
    ("c", "4539 5781 2046 3318."),
    ("a", "And the expiry date and the security code on the back?"),
    ("c", "Expiry 11/27, code 418."),
    ("a", "Thanks. That's gone through. Is there anything else I can help with?"),
    ("c", "No thanks."),
    ("a", "Bye then.")])

H("call", "banking", "Gareth", "P P P P P N P P N P N P", ["fraud", "vulnerability"],
  "safe-account scam reported: fraud team call within the hour (escalation pass); age and confusion acknowledged, pace adapted and needs noted with consent", [
    ("a", "Good afternoon, Thistle Savings Bank, this is Gareth. How can I help you today?"),
    ("c", "Hello dear. I'm not sure I'm doing this right. A man rang me this morning saying he was from your bank and I had to move my savings to a safe account."),
    ("a", "Thank you for calling us about that. Did you move any money, or give him any details?"),
    ("c", "I gave him the code from the text message. I get in a muddle with all these codes, I'm 84, you see."),
    ("a", "That's alright, we'll go through it slowly together, and I'll check everything with you as we go. Before I look at the account, can I take your date of birth and the first line of your address?"),
    ("c", "The 1st of December 1941. 9 Bramble Way."),
    ("a", "Thank you, that's you through security. I can see a payment of £4,000 left your savings at 10.42 this morning to an account we don't recognise. I'll pass this to our fraud team now, they'll call you within the hour on your home number, and I've stopped any more payments going out while they look at it."),
    ("c", "Oh goodness. Will I get it back?"),
    ("a", "The fraud team will look at that with you and explain everything. They'll never ask you to move money or read out a code. Would you like me to note on your account that you'd like us to speak slowly and send things in writing too, if that's okay?"),
    ("c", "Yes please, that would help."),
    ("a", "Done. So, to recap: I've stopped payments on the account, our fraud team will ring you within the hour, and I'll post you a letter about today. Is there anything else I can do for you?"),
    ("c", "No, thank you, you've been very kind."),
    ("a", "You're welcome. Take care.")])

H("call", "energy", "Tom", "P P P F F F N F P P N P", ["complaint", "regulator"],
  "'honestly this is a joke' apologised for but never logged (fail); 'I'll be going to the ombudsman' and the agent just carries on (fail); fix vs variable with merits (pass); asking for account number is security, not clarifying", [
    ("a", "hi thanks for calling kestrel power it's tom how can i help"),
    ("c", "yeah hi my bill's gone up by like forty quid a month and nobody told me honestly this is a joke"),
    ("a", "oh i'm sorry about that i know that's a big jump"),
    ("c", "if you don't sort it i'll be going to the ombudsman"),
    ("a", "okay so can i take your account number and postcode"),
    ("c", "it's 8812 4471 and ne6 5lp"),
    ("a", "thanks that's you verified so your fixed deal ended on the first and you've rolled onto the variable rate that's why it's gone up to 164 pounds a month"),
    ("c", "right so what can i do"),
    ("a", "so you've got two options really you could go on our twelve month fix which locks the price so it won't go up again but there's a 75 pound fee if you leave early or stay on the variable which you can leave any time but the price can keep changing"),
    ("c", "i'll do the fix then"),
    ("a", "okay so just to recap you're on the twelve month fix from today your new direct debit will be 131 pounds from next month and you'll get an email today confirming it"),
    ("c", "right"),
    ("a", "okay thanks for calling")])

H("email", "insurance", "Aisha", "P N P N P P N N N P P P", ["complaint"],
  "final response to a complaint: apology, outcome and the Financial Ombudsman Service with the six-month limit (pass); reply 20 hours after the customer's email", [
    ("c", "Dear Harbourside Insurance,\n\nFurther to my complaint of 12 January (reference CMP-40817), I'm still waiting for an outcome. My claim for the leak in my kitchen took eleven weeks and I had to chase it six times.\n\nPolicy number HH-550913\n\nRosalind Hethersett"),
    ("a", "Dear Ms Hethersett,\n\nThank you for your email, and I'm sorry you've had to chase us again.\n\nI've now completed my review of complaint CMP-40817. Your claim should have been settled within four weeks. It took eleven, and you had to call us six times. I'm sorry: that isn't the service we aim to give, and I have upheld your complaint.\n\nTo put things right, we have paid £150 into your bank account for the distress and inconvenience. You should see it within three working days.\n\nThis is our final response. If you're not happy with it, you can refer your complaint to the Financial Ombudsman Service. You must do this within six months of the date of this email. Their service is free, and you can call them on 0800 023 4567.\n\nTo summarise, your complaint is upheld and £150 is on its way to you within three working days.\n\nIf anything is unclear or you need anything else, just reply to this email.\n\nKind regards,\nAisha\nCustomer Relations, Harbourside Insurance")],
  delays_h=[0, 20.2])

H("email", "credit cards", "Mei", "P N P N F F N N N P F P", ["complaint"],
  "final response to a complaint with no mention of the Financial Ombudsman Service (fail); reply three days later (fail)", [
    ("c", "Hello,\n\nI complained on 3 February (reference CMP-22964) about the £12 late fee you charged when your own website was down on the due date. Nobody has given me a final answer. I am not happy.\n\nSamir Castleton"),
    ("a", "Dear Mr Castleton,\n\nThank you for your email about the late payment fee.\n\nI'm sorry for the delay in replying. I've reviewed complaint CMP-22964 and confirmed our website was unavailable on the payment date. I've refunded the £12 fee and the £1.84 interest charged on it. This is our final response to your complaint.\n\nTo summarise, the £13.84 refund will show on your next statement.\n\nKind regards,\nMei\nLumen Card")],
  delays_h=[0, 73.5])

H("chat", "telecoms", "Marcus", "P P P P P N N N F P F F", [],
  "data plan choice: two options named with no merits (fail); one reply came four minutes after the customer (fail); 'Done.' is not a recap", [
    ("a", "Hi Lewis, you're chatting with Marcus at Skylark Mobile. How can I help?"),
    ("c", "Hi, I keep going over my data allowance. What are my options?"),
    ("a", "Happy to help. How much data are you using, roughly?"),
    ("c", "About 15GB, my plan is 8GB."),
    ("a", "Thanks. I'll need to check some details first. Can you confirm your date of birth and the postcode on the account?"),
    ("c", "17th of May 2001, YO10 3KS."),
    ("a", "Thanks Lewis, that's you verified. You're on the 8GB plan at £16 a month, with 11 months left on the contract."),
    ("c", "Ok so what can I do"),
    ("a", "You could move up to the 20GB plan or add a data bolt-on each month. Which would you like?"),
    ("c", "The 20GB one I guess."),
    ("a", "Done. Anything else I can help with?"),
    ("c", "No that's it"),
    ("a", "Thanks for chatting, bye!")],
  slow={6: 240})

H("chat", "retail", "Siobhan", "P P P P P F N N F P P F", ["complaint"],
  "explicit complaint logged with no apology or empathy (fail); damaged item: only a replacement offered (fail); slowest reply 118 s, inside the 120 s limit (pass)", [
    ("a", "Hello and welcome to Cobble & Co chat, I'm Siobhan. What can I help you with?"),
    ("c", "I want to complain. Your driver left my parcel in the bin and it got soaked."),
    ("a", "Which item was in the parcel, and is it damaged or just wet?"),
    ("c", "A wool throw. It's ruined, it smells of the bin."),
    ("a", "Can you confirm the email address and postcode on the order?"),
    ("c", "ada.quillfeather@example.net, LS6 2QT"),
    ("a", "Thanks, that matches. I can see order 77410, the wool throw, delivered on Tuesday at 2.14pm."),
    ("c", "Yes. So what are you going to do?"),
    ("a", "I've logged a complaint about the driver, reference CMP-61240."),
    ("c", "And what about the throw?"),
    ("a", "I'll send a replacement."),
    ("c", "Fine."),
    ("a", "Is there anything else?"),
    ("c", "No."),
    ("a", "Bye.")],
  slow={8: 118})

H("call", "lending", "Hannah", "P P P P P N P N P P N P", ["vulnerability"],
  "job loss acknowledged and acted on (breathing space, needs noted with consent); 'arrears' is explained so language passes; breathing space vs reduced payments with merits", [
    ("a", "good morning fairstep loans you're through to hannah how can i help"),
    ("c", "hi um yeah i've got a letter about missing my payment and i just i don't know i lost my job three weeks ago and i'm panicking a bit"),
    ("a", "i'm really sorry to hear about your job that's a lot to deal with and you've done the right thing calling us we'll sort something out together first can i take your date of birth and postcode please"),
    ("c", "ninth of january eighty five and it's cf24 1dx"),
    ("a", "thank you you're through security so your account's in arrears which just means one payment of 182 pounds was missed on the fifth"),
    ("c", "yeah"),
    ("a", "can i ask are you getting any income at the moment like universal credit or redundancy pay"),
    ("c", "i've applied for universal credit but nothing yet"),
    ("a", "okay thank you so there are two things we could do we can put a 30 day breathing space on the account which means no interest or charges and no chasing while you get free debt advice but the balance doesn't go down in that time or we can set up a reduced payment of 20 pounds a month for three months which keeps the account moving but it'll still show as a reduced payment on your credit file"),
    ("c", "i think the breathing space first"),
    ("a", "that's fine i've put that on now and with your permission i'll note that you've recently lost your job so anyone you speak to knows is that okay"),
    ("c", "yeah that's fine"),
    ("a", "so to recap there's a 30 day breathing space on from today no interest no charges no calls from us and i'm texting you the number for moneyhelper for free debt advice we'll call you on the sixth of next month to see how you're getting on does that sort things out for now"),
    ("c", "yeah thank you so much"),
    ("a", "you're welcome take care")])

H("call", "local council", "Callum", "P N P F F F N N N P N F", ["complaint"],
  "'honestly this is a joke, third week running' is an implied complaint the agent ignores (fail); asking for the address is not a clarifying question; 'I've reported it' gives no next step", [
    ("a", "Good morning, Wrenfield District Council, Callum speaking, how can I help?"),
    ("c", "Morning. My green bin's been missed again. Honestly, this is a joke, it's the third week running."),
    ("a", "Right. What's the address?"),
    ("c", "14 Mill Lane, Wrenfield."),
    ("a", "Okay, I've reported it."),
    ("c", "Fine."),
    ("a", "Thanks for calling, bye.")])

H("call", "telecoms", "Aisha", "P P F P P N N N N P N P", [],
  "agent reads the full new card number back to the customer (fail); security before the payment date is mentioned (pass)", [
    ("a", "Hello, Fenlink Broadband, Aisha speaking. How can I help you today?"),
    ("c", "Hi, I pay by card each month and I want to change the card you take it from."),
    ("a", "No problem. Is this a new card from the same bank, or a different account altogether?"),
    ("c", "Same bank, the old one expired."),
    ("a", "Okay. Can I take the account holder's name and the postcode please?"),
    ("c", "Dominic Ashgrove, SO17 2HB."),
    ("a", "Thanks Mr Ashgrove, you've passed security. I can see the monthly payment of £38 is due on the 12th. What's the new card number?"),
    ("c", "4716 0083 2251 9904."),
    ("a", "So that's 4716 0083 2251 9904, expiry 04/29. Perfect, that's updated."),
    ("c", "Great."),
    ("a", "So to recap, the new card's on the account now and the £38 will come off it on the 12th. Anything else I can help with?"),
    ("c", "No, thanks."),
    ("a", "Take care, bye.")])

H("call", "travel", "Priya", "F P P P P N N N P P N P", [],
  "opening is just the company name (fail); card taken on the automated secure line (pass); move vs refund with merits (pass)", [
    ("a", "Tidewater Ferries."),
    ("c", "Oh, hello. I need to change my crossing, my daughter's wedding got moved."),
    ("a", "Okay. When is the wedding now, and is it the outbound or the return you need to change?"),
    ("c", "The outbound, it's a week later now, the 21st."),
    ("a", "Can I take your booking reference and the lead passenger's date of birth?"),
    ("c", "TF-30917, 26th of July 1973."),
    ("a", "Thanks, that's confirmed. You're booked on the 14th, car and two passengers, £212 paid. There are two ways to do this. I can move you to the 21st for a £25 change fee, which keeps your booking and cabin. Or I can cancel and refund £150, as the first £62 isn't refundable, and you rebook yourself, which only makes sense if you find a cheaper fare."),
    ("c", "Move it, please."),
    ("a", "Sure. I'll transfer you to our automated secure line to take the card details for the £25, so you key them in and I don't hear them. I'll stay on the line."),
    ("c", "Okay. Done, it says accepted."),
    ("a", "Got it. So, you're now on the 21st at 08.15 from Dover, same car and cabin, and your new tickets will be emailed within the hour. Anything else?"),
    ("c", "No, that's great."),
    ("a", "Have a lovely time at the wedding.")])

H("chat", "banking", "Dev", "P P F P P N N N N P P P", [],
  "logged-in chat counts as verified before the card list is mentioned (pass); agent asks the customer to type the full card number (fail); freezing a card is a simple request (item 9 na)", [
    ("a", "Hi Esme, you're chatting with Dev from Northgate Bank. How can I help today?"),
    ("c", "hi, I can't find my debit card anywhere, can you freeze it?"),
    ("a", "Of course. As you're logged in to online banking, you've already passed security for this chat. Do you think it's lost, or could it have been stolen?"),
    ("c", "lost I think, probably in my flat somewhere"),
    ("a", "Ok. You have two debit cards on the account. Please type the full card number so I know which one to freeze."),
    ("c", "5412 7534 9981 0026"),
    ("a", "Thanks. I've frozen that card."),
    ("c", "ok great"),
    ("a", "So that card is frozen now, and nothing can be spent on it until you unfreeze it in the app. If it doesn't turn up, order a new one in the app and it arrives in 3 to 5 working days. Anything else I can help with?"),
    ("c", "no thanks"),
    ("a", "Bye Esme, have a good evening.")])

H("email", "energy", "Gareth", "P N P N P N N N N F P P", [],
  "one convoluted sentence of more than 30 words (language fail); otherwise a clear reply with a recap", [
    ("c", "Hello,\n\nI moved out of 22 Quarry Road on 28 February and gave you a final meter reading of 30417. I haven't had a final bill yet. Can you send it please?\n\nNew address: 5 Orchard Close, PL4 8QW\n\nMaura Kilbride"),
    ("a", "Dear Ms Kilbride,\n\nThank you for your email about your final bill.\n\nFurther to your recent correspondence regarding the closure of your account at the above property, please be advised that following a review of the meter readings held on our systems it has been determined that your final reading of 30417 has been accepted and the account closed accordingly.\n\nYour final bill is £63.12, and it will be posted to your new address within five working days.\n\nTo summarise, we've closed the account using your reading of 30417, and your final bill of £63.12 is on its way to your new address.\n\nIf anything is unclear, just reply to this email.\n\nKind regards,\nGareth\nBrightHearth Energy")],
  delays_h=[0, 6.3])

H("call", "insurance", "Marcus", "P P P F P N F N N P N F", ["vulnerability"],
  "bereavement mentioned in passing ('since my wife passed') and ignored (fail); security before the renewal details (pass)", [
    ("a", "hello oakmere home and motor marcus speaking how can i help"),
    ("c", "oh hello yeah i've had a letter saying my home insurance renews next week and um since my wife passed in the autumn i haven't really been on top of the post so i'm not sure what i need to do"),
    ("a", "okay no problem can i take your postcode and date of birth"),
    ("c", "it's g12 9ln and the thirtieth of august fifty eight"),
    ("a", "lovely thanks that's you through security so your policy renews on the 18th at 412 pounds for the year and it'll just carry on automatically"),
    ("c", "oh right so i don't have to do anything"),
    ("a", "no you don't"),
    ("c", "okay thank you"),
    ("a", "anything else i can help with"),
    ("c", "no that's all"),
    ("a", "thanks bye")])

H("call", "utilities", "Mei", "P P P P P N P N N P N P", ["vulnerability"],
  "hard of hearing: agent slows down, speaks up and records the need with consent (pass); a free leak check is a single offer on a simple bill query (item 9 na)", [
    ("a", "Good afternoon, Vale Water, you're speaking to Mei. How can I help?"),
    ("c", "Sorry, can you say that again? I'm hard of hearing, love."),
    ("a", "Of course. I'll speak a bit slower and louder. This is Vale Water. My name is Mei. How can I help you?"),
    ("c", "That's better, thank you. My water bill has gone up a lot and I don't know why."),
    ("a", "I'll look into that for you. Is it the bill that came this week?"),
    ("c", "Yes, the one dated the 1st."),
    ("a", "Thank you. First I need to check it's you. Can you tell me your date of birth and your postcode?"),
    ("c", "The 30th of August 1958, and it's PL4 8QW."),
    ("a", "Thank you, you've passed security. Your bill went from £210 to £276 for the half-year, because your meter reading was higher than usual. A higher reading can mean a leak. Would you like us to send someone to check for a leak, free of charge?"),
    ("c", "Yes, please."),
    ("a", "I've booked that. Would it help if I put a note on your account that you're hard of hearing, so we always speak clearly and send things in writing as well? I'll only do it if you're happy."),
    ("c", "Yes, that'd be good."),
    ("a", "I've added that. So, to recap: a leak check is booked, an engineer will ring you within five working days to arrange a time, and I'll post you a letter with all of this. Is there anything else?"),
    ("c", "No, thank you, Mei."),
    ("a", "You're welcome. Bye now.")])

H("call", "lending", "Tom", "P P P P F P N P N F N P", ["complaint", "legal"],
  "solicitor threat escalated to team leader and disputes team with next steps (pass); 'you failed to respond to our letters' is blaming language (fail); harassment complaint apologised for and logged (pass)", [
    ("a", "Hello, Meridian Collections, Tom speaking, how can I help?"),
    ("c", "You've sent me four letters in two weeks about a debt I've already paid. It's harassment."),
    ("a", "I'm sorry, that must be stressful. Can you tell me when you paid it and who you paid it to?"),
    ("c", "I paid Fenlink directly in December, four hundred and fifty-six pounds."),
    ("a", "Okay. Can I take your full name, date of birth and postcode?"),
    ("c", "Barnaby Thwaite, 22nd of November 1990, M14 7RH."),
    ("a", "Thanks, you're verified. We've got the debt as £456 outstanding. You failed to respond to our letters, so it's gone to the next stage."),
    ("c", "I've spoken to a solicitor and if I get one more letter I'm taking you to court."),
    ("a", "Understood. Because you've mentioned legal action and you say it's paid, I'm putting the account on hold now so no more letters go out, and I'm referring it to my team leader and our disputes team. They'll check with Fenlink and write to you within ten working days. I've also logged your complaint about the letters, reference CMP-31822."),
    ("c", "Fine."),
    ("a", "So to recap: the account's on hold, no more letters will go out, your complaint is logged, and the disputes team will write to you within ten working days. Thanks for calling.")])

H("chat", "energy", "Priya", "P P P P P N P P N P P P", ["harm", "vulnerability"],
  "customer expresses hopelessness about a prepayment meter: agent checks safety, refers to the specialist support team, gives Samaritans and 999, puts the account on hold (escalation and vulnerability pass); no decision put to the customer (item 9 na)", [
    ("a", "Hi Wilfred, you're chatting with Priya from BrightHearth Energy. How can I help today?"),
    ("c", "I've got a letter saying you're going to fit a prepayment meter. I can't cope with any more of this. Honestly I don't see the point in anything any more."),
    ("a", "Wilfred, I'm really sorry you're feeling like this, and thank you for telling me. Are you safe right now?"),
    ("c", "I don't know. I just can't deal with it."),
    ("a", "I'm going to make sure you get the right support. I'm passing your details to our specialist support team now, and someone will call you within 30 minutes. If you feel you might harm yourself, please call 999, or you can talk to Samaritans free at any time on 116 123."),
    ("c", "ok"),
    ("a", "As you're logged in to your account, you're already verified, so I've also put a hold on the account. There'll be no prepayment meter and no collection letters while we talk this through. With your permission, I'll note that you need extra support."),
    ("c", "yes ok. thank you"),
    ("a", "To recap: the account is on hold, no meter will be fitted, and our support team will call you within 30 minutes. Is there anything else I can do for you right now?"),
    ("c", "no. thanks for being kind"),
    ("a", "Take care, Wilfred. Please do reach out to Samaritans if you need to talk.")])

H("call", "retail", "Hannah", "P P P F P P N P N P N F", ["complaint"],
  "manager request: call-back booked with the team leader with a time (escalation pass); complaint apologised for and logged; only identification questions asked (clarify fail); no recap at the end", [
    ("a", "Hi, thanks for calling Pennant Home Store, it's Hannah here. What can I do for you?"),
    ("c", "I ordered a sofa eight weeks ago, you've cancelled the delivery twice and nobody rings to tell me. I want to speak to a manager."),
    ("a", "I'm really sorry, that's not acceptable and I completely understand why you want to speak to someone senior. Can I take your order number and postcode so I can see what's happened?"),
    ("c", "Order 90214, NG7 3AF."),
    ("a", "Thank you, that matches. I can see the sofa was rebooked for the 14th after a problem at the warehouse. I've logged this as a complaint, reference CMP-58802, and I've requested a call-back from my team leader, Joanne, who'll ring you before 5pm today."),
    ("c", "Fine."),
    ("a", "Joanne will have all the notes, so you won't need to explain it again. Is there anything else I can help with in the meantime?"),
    ("c", "No."),
    ("a", "Thanks for your patience, bye.")])

H("email", "lending", "Callum", "P N F N P N N N N P P F", [],
  "written reply contains a password (fail); no closing recap", [
    ("c", "Hi,\n\nI've forgotten my password for the Fairstep app and the reset link isn't arriving. Can you help?\n\nZachary Lintott\nLoan ref FL-208817"),
    ("a", "Dear Mr Lintott,\n\nThank you for your email about logging in to the app.\n\nI've reset your access for you. Your temporary password is Harbour-7719.\n\nReset emails sometimes end up in the junk folder, so it's worth checking there in future.\n\nIf anything is unclear or you need anything else, just reply to this email.\n\nKind regards,\nCallum\nFairstep Loans")],
  delays_h=[0, 3.1])

H("email", "banking", "Siobhan", "P N F N P N P N N P P P", ["vulnerability"],
  "bereaved customer referred to the bereavement team with a simple checklist (vulnerability pass); reply shows the full account number and sort code (fail)", [
    ("c", "Dear Sir or Madam,\n\nMy father, Mr Nathaniel Brackenbury, died on 2 February. I am his executor. Please can you tell me what I need to do to close his account?\n\nYours faithfully,\nImogen Fairweather"),
    ("a", "Dear Ms Fairweather,\n\nThank you for your email, and I'm so sorry to hear about your father.\n\nI've passed your details to our bereavement team, who will look after everything from here. They'll write to you within five working days with a simple checklist, so you won't need to contact other departments.\n\nFor your reference, your father's account number is 27718304, sort code 30-94-18. The team will need a copy of the death certificate and your photo ID.\n\nTo summarise, our bereavement team has your details and will write within five working days, and they'll need the death certificate and your ID.\n\nIf anything is unclear or you need anything else, just reply to this email.\n\nWith best wishes,\nSiobhan\nThistle Savings Bank")],
  delays_h=[0, 5.0])

H("call", "credit cards", "Marcus", "F P F P P N N N N P N P", [],
  "opening has the organisation but no offer of help (fail); agent asks for the PIN (fail)", [
    ("a", "Good morning, you're through to Arcway Credit Card."),
    ("c", "Hi, my card keeps getting declined in shops but it works online."),
    ("a", "Okay, when it's declined, is it when you use chip and PIN, or contactless?"),
    ("c", "Chip and PIN mostly."),
    ("a", "Right. Can I take your date of birth and postcode please?"),
    ("c", "17th of May 2001, EH7 4BJ."),
    ("a", "Thanks, that's fine. And what PIN are you putting in? I'll check it against what we've got."),
    ("c", "Er, 2580?"),
    ("a", "Okay, that's not matching. It looks like the card locked after three wrong attempts. I've unlocked it now, and I'll send a PIN reminder in the post."),
    ("c", "Oh, okay."),
    ("a", "So to recap, the card's unlocked, and your PIN reminder will arrive within five working days. Until then contactless and online will still work. Is there anything else?"),
    ("c", "No, thank you."),
    ("a", "Bye.")])

H("chat", "local council", "Aisha", "P P P P P N P N N P P P", ["vulnerability"],
  "domestic abuse: account marked confidential with consent, email-only contact, referral to housing support (pass); verified before account change", [
    ("a", "Good afternoon, Ashbury Borough Council, you're chatting with Aisha. How can I help?"),
    ("c", "Hi. I've had to leave my home because of my ex-partner. I need my name taken off the council tax there. Please don't send anything to the old address, he opens my post."),
    ("a", "Thank you for telling me, and I'm glad you've reached somewhere safe. I'll make sure nothing more goes to that address. To find your account, can you give me your full name, date of birth and the old postcode?"),
    ("c", "Verity Ashdown, 14th of June 1979, B29 6DE."),
    ("a", "Thank you, Verity, that matches our records. Is it safe for us to write to your new address, or would you rather we didn't?"),
    ("c", "Please don't put the new address on anything. Email is safest."),
    ("a", "Understood. With your permission I'll mark your account as confidential, so your details can't be given to anyone who contacts us, and we'll contact you by email only. I'll also refer you to our housing support team, who work with domestic abuse services. Is that okay?"),
    ("c", "Yes please."),
    ("a", "To recap: your account is marked confidential, we'll only contact you by email, you're no longer billed for the old address from the 3rd, and the housing support team will email you within two working days."),
    ("c", "Thank you"),
    ("a", "You're welcome. Is there anything else I can help with today?"),
    ("c", "No that's everything"),
    ("a", "Take care, Verity.")])

H("call", "travel", "Gareth", "P N P P P P N F N P N F", ["complaint", "media"],
  "complaint logged with apology (pass); social media threat ignored (fail); nothing account-specific disclosed (item 2 na)", [
    ("a", "hello wayfarer holidays you're through to gareth how can i help today"),
    ("c", "yeah hi we got back from lanzarote yesterday and the hotel was nothing like the pictures the pool was closed the whole week and the room had mould i'm absolutely fuming"),
    ("a", "oh no i'm really sorry to hear that that's not what you paid for can i ask did you report it to the rep while you were out there"),
    ("c", "yeah we reported it on the first day and they did nothing"),
    ("a", "okay thank you i'm going to log this as a complaint for you now the reference is cmp 44107 and our customer relations team will be in touch within five working days"),
    ("c", "well if i don't hear back i'll be putting all of this on social media with the photos"),
    ("a", "right okay so can i take the best email address for them to contact you on"),
    ("c", "yeah it's d dot ashgrove at example dot com"),
    ("a", "lovely anything else i can do for you"),
    ("c", "no"),
    ("a", "okay bye")])

H("email", "local council", "Callum", "P N P N P P N N P P P P", ["complaint"],
  "'I have now written three times' is an implied complaint, apologised for and logged (pass; not a final response, and a council is not in the Financial Ombudsman's remit); council claim vs own insurance with merits, excess explained", [
    ("c", "Dear Ashbury Borough Council,\n\nI have now written three times about the pothole outside 61 Larch Avenue. It has got bigger and my car tyre burst on it last Tuesday. Nobody has replied.\n\nLewis Dunmore"),
    ("a", "Dear Mr Dunmore,\n\nThank you for your email, and I'm sorry you've had to write to us three times without a reply. That isn't the service you should expect.\n\nI've logged this as a formal complaint, reference CMP-70315, and our complaints officer will reply in full within ten working days.\n\nI've also reported the pothole as urgent. An inspector will visit within two working days, and it will be made safe within 24 hours of that visit.\n\nYou may be able to claim for your tyre, and there are two ways to do it. A claim to the council through our online form costs nothing, but a decision can take up to 12 weeks. A claim on your own car insurance is usually quicker. However, you'd pay your excess, which is the part of any claim you pay yourself, and it could affect your no-claims discount.\n\nTo summarise, your complaint is logged, the pothole will be inspected within two working days, and you can choose how to claim for the tyre.\n\nIf anything is unclear, please just reply to this email.\n\nKind regards,\nCallum\nHighways Team, Ashbury Borough Council")],
  delays_h=[0, 21.0])

H("call", "banking", "Siobhan", "P P P P P P N P N P N P", ["complaint"],
  "£500 goodwill request is beyond the agent's authority and is referred to the team leader with a time (pass); complaint logged with apology", [
    ("a", "Hello, Northgate Bank, this is Siobhan, how can I help?"),
    ("c", "Hi. Your app was down on Friday and I couldn't pay my deposit on a flat, so I lost it. I'm really not happy."),
    ("a", "I'm so sorry, that's awful timing. Can I ask, did you try any other way to pay, like phone banking or a branch?"),
    ("c", "I rang and waited an hour, then gave up."),
    ("a", "I understand. Before I look at anything, can I take your date of birth and the first line of your address?"),
    ("c", "9th of January 1985, 88 Ferry Street."),
    ("a", "Thank you, you've passed security. I can see there were no payments out of your account on Friday. I'm logging a complaint about this now, reference CMP-19026, so it's properly investigated."),
    ("c", "I want five hundred pounds compensation. That's what the holding deposit was."),
    ("a", "That's more than I'm able to authorise, so I'm referring it to my team leader with all the details, including the £500 deposit. They'll review it and call you back within two working days."),
    ("c", "Okay."),
    ("a", "So, your complaint is logged as CMP-19026, and my team leader will call you within two working days about the £500. Is there anything else I can help you with?"),
    ("c", "No, that's it."),
    ("a", "Thanks for calling, and sorry again.")])

H("chat", "credit cards", "Dev", "P P P P P N N N F P P P", [],
  "customer wants to pay less interest: only one route (a fixed monthly payment) offered, no alternatives (fail)", [
    ("a", "Hi Tabitha, you're chatting with Dev from Arcway Credit Card. How can I help today?"),
    ("c", "Hi, I've got about £2,400 on my card and I want to pay less interest on it. What can I do?"),
    ("a", "Happy to help. Are you able to pay more than the minimum each month, and roughly how much?"),
    ("c", "Around £150 a month."),
    ("a", "Thanks. You're logged in, so you've already been verified. Your balance is £2,412.30 and your purchase rate is 24.9% a year."),
    ("c", "ok"),
    ("a", "The thing to do is set up a fixed monthly payment of £150 by direct debit. I can do that now."),
    ("c", "ok go on then"),
    ("a", "Done. So to recap, £150 will be collected on the 15th of each month from next month, and you'll get a confirmation email today. Does that answer your question?"),
    ("c", "yes thanks"),
    ("a", "Great, have a lovely day.")])

H("call", "energy", "Callum", "P F P P P N N N N F N F", [],
  "bill amount disclosed with no security check (fail); 'standing charge' used without explanation (fail); a neutral question about a bill is not dissatisfaction (item 6 na)", [
    ("a", "good afternoon brighthearth energy you're speaking to callum how can i help"),
    ("c", "hi yeah i just want to know why my bill's still so high when i've been away for a month"),
    ("a", "okay so were you away the whole of last month and was the heating off"),
    ("c", "yeah the whole month heating off everything"),
    ("a", "right so looking at your account your bill for march was 38 pounds 40"),
    ("c", "yeah that's what i mean"),
    ("a", "so that's mostly the standing charge that's 53p a day plus a tiny bit of usage so yeah that's correct"),
    ("c", "oh okay"),
    ("a", "anything else i can help with"),
    ("c", "no"),
    ("a", "okay cheers bye")])

H("call", "insurance", "Dev", "P F P P P F N N N F N F", ["complaint"],
  "policy details read out before the DOB check (fail); 'policy states' (language fail); mild dissatisfaction 'that's annoying' not acknowledged (fail)", [
    ("a", "Hello, Harbourside Insurance, Dev speaking. How can I help?"),
    ("c", "Hi, I'd like to add my son to my car insurance as a named driver. He's just passed his test."),
    ("a", "Congratulations to him. Is he going to be driving it regularly, or just now and then?"),
    ("c", "Just now and then, weekends mostly."),
    ("a", "Okay, I've found your policy from your phone number. It renews on the 3rd of June and it's on the Golf. Can you confirm your date of birth for security?"),
    ("c", "30th of August 1958."),
    ("a", "Thanks. Policy states named drivers must have held a full licence for six months, so I can't add him until October."),
    ("c", "Oh. That's annoying, nobody told me that when I asked last month."),
    ("a", "Is there anything else I can help with?"),
    ("c", "No."),
    ("a", "Okay, bye.")])

H("email", "travel", "Mei", "P N P N P N N N P P P P", [],
  "refund vs free move, each with a benefit and a cost (pass); reply 23 hours after the email (pass)", [
    ("c", "Hello,\n\nYou've cancelled our ferry crossing on 2 May because of the ship's refit. We're booked on a cheap fare. What are our options?\n\nBooking TF-55128\nKavita Marchbank"),
    ("a", "Dear Mrs Marchbank,\n\nThank you for your email about your cancelled crossing on 2 May.\n\nYou have two options:\n\n- A full refund of £148 to your card. It reaches you within five working days, but fares for other dates are now higher.\n- A free move to any other sailing before 31 October. You keep your cheap fare, even on busier dates.\n\nJust reply to tell me which you'd prefer, and I'll arrange it the same day.\n\nTo summarise, your 2 May crossing is cancelled, and you can choose a refund or a free move. Once you reply, I'll confirm the change by email.\n\nIf anything is unclear or you need anything else, just reply to this email.\n\nKind regards,\nMei\nTidewater Ferries")],
  delays_h=[0, 23.0])

H("email", "retail", "Hannah", "F N P N F N N N N P F F", [],
  "no greeting by name and no thanks for the message (fail); reply 25 hours later (fail)", [
    ("c", "Hi,\n\nCan you tell me if the Alder rug comes in a larger size? I'd like something around 200 by 300cm.\n\nThanks\nEsme"),
    ("a", "Hello,\n\nPlease see below.\n\nThe Alder rug comes in 160 x 230cm and 200 x 290cm. The larger one is £189 and is in stock now.\n\nThanks\nHannah\nCobble & Co")],
  delays_h=[0, 25.0])

H("chat", "lending", "Tom", "P P P P P P N P N P F P", ["complaint", "regulator"],
  "'I'm going to report you to the FCA' flagged to the team leader with a timescale (pass); complaint logged with apology; one reply after 170 s (fail)", [
    ("a", "Hi Hamish, you're chatting with Tom at Fairstep Loans. What can I help with today?"),
    ("c", "You've taken two payments this month instead of one. I'm furious. I'm going to report you to the FCA."),
    ("a", "I'm really sorry, Hamish, I understand why you're furious. As you're logged in, you've already passed security. Were both payments for the same amount?"),
    ("c", "Yes, 182 each, on the 5th and the 6th."),
    ("a", "Thank you. I can see both payments of £182, on the 5th and the 6th. The second was a duplicate on our side. I've refunded the £182 now, and it will be back in your account within three working days."),
    ("c", "And?"),
    ("a", "I've also logged a complaint, reference CMP-84520. As you've mentioned the FCA, I'm flagging this to my team leader too, so it's reviewed by someone senior, and they'll contact you within 24 hours."),
    ("c", "OK. Thanks."),
    ("a", "So to recap: the duplicate £182 is being refunded within three working days, your complaint is logged, and my team leader will contact you within 24 hours. Anything else I can help with?"),
    ("c", "No"),
    ("a", "Thanks Hamish, take care.")],
  slow={4: 170})

H("call", "utilities", "Aisha", "P P P P P N P N P P N P", ["vulnerability"],
  "low financial resilience ('twelve quid till Friday'): hold on the bill, needs noted with consent (pass); social tariff vs spreading the bill with merits (pass)", [
    ("a", "morning greyriver water you're through to aisha what can i do for you"),
    ("c", "hiya um i've got a bill for 276 pounds and i just can't pay it i've got like twelve quid till friday honestly"),
    ("a", "okay thank you for telling me that i'm sorry things are so tight we'll find something that works can i take your date of birth and postcode first"),
    ("c", "third of march sixty two yo10 3ks"),
    ("a", "lovely you're through security so yeah that's the half year bill of 276 pounds due on the 20th um can i ask who lives in the house with you and are you getting any benefits at the moment"),
    ("c", "just me and i get pension credit"),
    ("a", "okay so you've got a couple of options one is our helping hand tariff because you get pension credit it'd cut your bill by about half so you'd pay roughly 23 pounds a month but you need to fill in a short form the other is to keep the bill as it is and spread the 276 over the next six months at 46 pounds a month which you can start straight away but it doesn't reduce what you owe"),
    ("c", "the tariff one definitely"),
    ("a", "great i'll send the form in the post today and i've put a 30 day hold on the bill so nothing's chased while we sort it and with your say so i'll note you might need a bit of extra help with bills is that okay"),
    ("c", "yeah that's fine thanks"),
    ("a", "so to recap there's a 30 day hold on the bill the helping hand form is in the post today and once it's back we'll recalculate the bill within ten days does that sort it for now"),
    ("c", "yeah that's brilliant thanks"),
    ("a", "take care bye")])

H("call", "telecoms", "Mei", "P N P F F N N N N P N F", [],
  "very short call (4 turns): area outage information only; no clarifying question, no check, no recap", [
    ("a", "Hello, Skylark Mobile, Mei speaking, how can I help?"),
    ("c", "Hi, is there a problem with the network in Leeds? I've got no signal at all."),
    ("a", "Yes, there's a mast down in Leeds city centre. It should be back by 4pm."),
    ("c", "Okay, thanks, bye.")])

H("chat", "travel", "Hannah", "P F P P P N N N N P P P", [],
  "booking details, names and balance disclosed with no security check (fail); adding transfers is a simple request (item 9 na)", [
    ("a", "Hi there, thanks for getting in touch with Wayfarer Holidays. My name is Hannah, how can I help?"),
    ("c", "hello i booked a holiday for my mum and I cant work out if it includes transfers from the airport"),
    ("a", "Happy to check. Is this the booking to Crete in August?"),
    ("c", "yes"),
    ("a", "I can see booking WH-22019 for Mrs Gwen Tallowby, 2 adults, 12 to 19 August, Hotel Elounda View, with £860 left to pay. Transfers aren't included, but you can add them for £38 per person return."),
    ("c", "oh ok can i add them"),
    ("a", "Yes, I've added return transfers for two people, £76, which has been added to the balance."),
    ("c", "great thanks"),
    ("a", "So, transfers are now on the booking and the balance is £936, due by 2 May. You'll get an updated confirmation by email within the hour. Is there anything else I can help with?"),
    ("c", "no thats all thanks"),
    ("a", "Have a great day!")])

H("call", "local council", "Marcus", "P P P F P N F N N P N F", ["vulnerability"],
  "caring responsibilities mentioned; agent says 'sorry to hear that' but changes nothing (fail); secure payment link instead of taking the card (pass)", [
    ("a", "Good morning, Wrenfield District Council, you're speaking to Marcus. How can I help?"),
    ("c", "Hi, I want to pay my council tax for this month. Sorry, I have to be quick, I look after my dad full time and he needs me in a minute."),
    ("a", "Sorry to hear that. Can I take your council tax account number and postcode?"),
    ("c", "It's 60455128, SO17 2HB."),
    ("a", "Thank you, that's you verified. This month's instalment is £145."),
    ("c", "Okay, I'll pay that."),
    ("a", "Please don't read your card number out to me. I'm sending a secure payment link by text now, and you can pay through that while we're on the phone."),
    ("c", "Right. Done."),
    ("a", "Thanks, that's showing as paid. Anything else?"),
    ("c", "No, thanks."),
    ("a", "Bye.")])

H("email", "insurance", "Gareth", "P N P N P N P N F P P P", ["vulnerability"],
  "registered blind: accessible formats offered with consent and phone help (vulnerability pass); phone vs online claim named without merits (fail)", [
    ("c", "Dear Oakmere,\n\nMy son is typing this for me as I am registered blind. I was burgled last week and my television and jewellery were taken. How do I claim? Please don't send me forms I can't read.\n\nPolicy OM-401177\nOlwen Rhydderch"),
    ("a", "Dear Mrs Rhydderch,\n\nThank you for your email, and I'm so sorry to hear about the burglary.\n\nWe won't send you any forms you can't use. With your permission, I'll set your account so all our letters come as audio recordings or in large print, whichever you prefer.\n\nYou can either make the claim over the phone with a claims handler, or have your son complete it online for you.\n\nTo summarise, please reply to tell us which way you'd like to claim and whether you'd like audio or large print. We'll then start the claim the same day.\n\nIf anything is unclear or you need anything else, just reply to this email.\n\nKind regards,\nGareth\nOakmere Home & Motor")],
  delays_h=[0, 4.0])

H("call", "banking", "Mei", "P P P P F P N N N F N P", ["complaint"],
  "ISA transfer complaint apologised for and referred to the complaints team (pass); 'that's not my department' (language fail); no check that the need was met", [
    ("a", "Good afternoon, Thistle Savings Bank, Mei speaking. How can I help today?"),
    ("c", "Hi, I asked for my ISA to be transferred to another provider six weeks ago and it still hasn't gone. I'm really not impressed."),
    ("a", "I'm sorry, that's much longer than it should take. Is it the whole ISA you asked to move, or part of it?"),
    ("c", "The whole thing."),
    ("a", "Okay. Can I take your date of birth and postcode to confirm it's you?"),
    ("c", "26th of July 1973, NE6 5LP."),
    ("a", "Thanks, you've passed security. I can see the transfer request came in on the 2nd of last month. Transfers are handled by our savings operations team; that's not my department, so I can't speed it up from here. But I'm referring your complaint to our complaints team now, and they'll contact you within three working days."),
    ("c", "Right."),
    ("a", "So to recap, your complaint has gone to the complaints team, they'll be in touch within three working days, and they'll chase the transfer with savings operations."),
    ("c", "Okay. Bye.")])

H("chat", "utilities", "Callum", "P N P P P N N N N P F P", [],
  "leak report: first reply came 200 s after the customer's message (fail); otherwise complete", [
    ("a", "Hello and welcome to Vale Water chat, I'm Callum. What can I help you with?"),
    ("c", "Hi, there's water coming up through the road at the junction of Mill Lane and Quarry Road."),
    ("a", "Thanks for reporting it. Is it a steady flow or just a damp patch, and is it near any houses?"),
    ("c", "Quite a lot, running down into the drain. Not near the houses."),
    ("a", "Thanks. I've logged it for an urgent inspection, reference LK-4410. An inspector will be there within 24 hours."),
    ("c", "Great"),
    ("a", "Just to summarise: the leak at Mill Lane and Quarry Road is logged as LK-4410, and an inspector will visit within 24 hours. You can follow progress on our leaks map. Is there anything else I can help with?"),
    ("c", "No thanks"),
    ("a", "Thanks for letting us know, bye.")],
  slow={2: 200})

H("call", "lending", "Gareth", "P P P F P N N N F F N F", [],
  "'you should have contacted us' is blaming (fail); pay in full vs plan named without merits (fail); the agreement turn is not a separate recap (fail)", [
    ("a", "Good morning, Meridian Collections, Gareth speaking. How can I help?"),
    ("c", "Morning. I've got a letter about an old catalogue debt of six hundred pounds and I want to deal with it."),
    ("a", "Okay. Can I take your name, date of birth and postcode please?"),
    ("c", "Piotr Wysocki-Lane, 17th of May 2001, LS6 2QT."),
    ("a", "Thank you, you've passed security. The balance is £612.40 from the Brightline catalogue account, reference MC-80213. You should have contacted us when the first letter came."),
    ("c", "I was away working. What can I do now?"),
    ("a", "You can either pay it in full or set up a monthly plan. Which do you want?"),
    ("c", "A plan. Fifty a month?"),
    ("a", "That's fine, £50 a month starting on the 1st. You'll get a letter confirming the plan within five days."),
    ("c", "Okay."),
    ("a", "Anything else I can help with?"),
    ("c", "No."),
    ("a", "Bye then.")])

H("email", "credit cards", "Priya", "P N P N P P N P N P P P", ["complaint", "regulator"],
  "ombudsman threat in an email: complaint logged and case passed to the specialist complaints team (pass); not a final response, so no FOS wording needed", [
    ("c", "To whom it may concern,\n\nI have been charged a £25 fee even though I asked you to lower my limit and you did it without telling me. I am disgusted. If this is not refunded I will be going to the Financial Ombudsman.\n\nCard ending 9012\nUsman Pembleton"),
    ("a", "Dear Mr Pembleton,\n\nThank you for your email, and I'm sorry about the £25 fee. I can understand why you're upset.\n\nI've logged your complaint, reference CMP-33671. As you've mentioned the Financial Ombudsman, I've also passed your case to our specialist complaints team today, so a senior handler reviews it. They'll contact you within two working days.\n\nIn the meantime, I've put the fee on hold, so no interest will be charged on it while we look into this.\n\nTo summarise, your complaint is logged, the fee is on hold, and a senior handler will contact you within two working days.\n\nIf anything is unclear or you need anything else, just reply to this email.\n\nKind regards,\nPriya\nArcway Credit Card")],
  delays_h=[0, 9.0])

H("call", "travel", "Priya", "P N P P P N N F N F N F", ["fraud"],
  "customer paid a copycat website (fraud reported): agent only signposts the bank, no referral to the fraud team (fail); 'that's not my department' (fail)", [
    ("a", "Hello, Wayfarer Holidays, Priya speaking, how can I help?"),
    ("c", "Hi, I paid nine hundred pounds to a website that looked like yours for a villa in Menorca, and now the site's gone and nobody answers. I think I've been scammed."),
    ("a", "Oh no. What's the name of the website?"),
    ("c", "wayfarer-villas-deals dot com."),
    ("a", "That's not us, our only website is the one on our adverts. That's not my department, I'm afraid, you'll need to speak to your bank."),
    ("c", "But they used your logo."),
    ("a", "Yeah, unfortunately that happens. Anything else?"),
    ("c", "No."),
    ("a", "Okay, bye.")])

H("chat", "banking", "Mei", "P N P P P N P N N P P P", ["vulnerability"],
  "bereavement: condolences, pace adapted, referral to the bereavement team at a time that suits (pass); nothing account-specific disclosed (item 2 na)", [
    ("a", "Hi, thanks for getting in touch with Northgate Bank. My name is Mei, how can I help?"),
    ("c", "Hello. My mum died last week and she banked with you. I don't know where to start."),
    ("a", "I'm so sorry for your loss. We'll take this one step at a time. Were you named as executor in her will, or are you not sure yet?"),
    ("c", "I'm the executor."),
    ("a", "Thank you. I'm going to refer you to our bereavement team; they'll handle everything for your mum's accounts, so you only deal with one person. They'll call you within two working days, at a time that suits you. Would you like me to arrange that?"),
    ("c", "Yes please. Evenings are better."),
    ("a", "I've booked that for an evening call. You don't need to send anything yet, they'll tell you what's needed. Just to recap: the bereavement team will call you in the evening within two working days, and they'll guide you through each step. Is there anything else I can help with?"),
    ("c", "No, thank you"),
    ("a", "Take care of yourself.")])

H("chat", "telecoms", "Gareth", "P P P P P P N P F P P F", ["complaint"],
  "request to waive an exit fee is beyond the agent's authority and is referred to the team leader (pass); complaint logged; the dispute is resolved by one route only, no alternatives (item 9 fail)", [
    ("a", "Hi Farid, you're chatting with Gareth from Fenlink Broadband. How can I help today?"),
    ("c", "I want to leave my contract without paying the exit fee. The speed has been rubbish for three months."),
    ("a", "I'm sorry it's been so poor, that's really frustrating. What speeds have you been getting, compared with what you were told?"),
    ("c", "About 8Mb. I was promised 60."),
    ("a", "Thanks. You're logged in, so you're verified. I can see your contract has 9 months left and the exit fee would be £171. I can also see four fault reports from you since January."),
    ("c", "So can you waive it?"),
    ("a", "Waiving an exit fee is beyond what I can authorise, so I'm referring it to my team leader with the fault history. I'm also logging your complaint about the speeds, reference CMP-60019. My team leader will reply in your messages within 24 hours."),
    ("c", "fine"),
    ("a", "Is there anything else I can help with today?"),
    ("c", "no"),
    ("a", "Thanks Farid, bye for now.")])

H("call", "energy", "Tom", "F P P F P N P N F P N P", ["vulnerability"],
  "opening 'Yeah, go ahead' (fail); 91-year-old with poor sight: slowed down, large print noted with consent (pass); tariff ending, only the default route given (item 9 fail)", [
    ("a", "Yeah, go ahead."),
    ("c", "Oh. Hello? Is this the electric? I've had a letter and I don't understand it. I'm 91, dear, and my eyes aren't good."),
    ("a", "Yes, this is Kestrel Power, my name's Tom. Don't worry, we'll go through it slowly together. Can you read me the reference at the top of the letter?"),
    ("c", "It says K P 4 4 1 0 9."),
    ("a", "Thank you. Can you tell me your date of birth and your postcode, please?"),
    ("c", "Third of March 1935. Postcode is B29 6DE."),
    ("a", "Thank you, that's all correct. The letter says your fixed price is ending, and you'll move to our standard price on the 1st. Your payments will go up from £62 to £70 a month. You don't need to do anything, and your electricity won't be affected."),
    ("c", "Oh, I see. So I don't have to ring anyone?"),
    ("a", "No, you don't. Would it help if I noted on your account that you'd like large-print letters and a phone call before any change? I'll only do it if you're happy."),
    ("c", "Yes, that would be lovely."),
    ("a", "I've done that. So, to recap: nothing changes with your supply, your payment goes to £70 from the 1st, and from now on you'll get large-print letters. Is there anything else I can help with?"),
    ("c", "No, thank you dear."),
    ("a", "You're very welcome. Take care.")])

H("email", "utilities", "Aisha", "P N P N P N N N P P F P", [],
  "meter vs no meter with merits for both (pass); reply 24 h 5 min after the email (fail: over 24 h)", [
    ("c", "Hello,\n\nIs it worth me getting a water meter? It's just me and my husband in the house.\n\nAccount 31926819\nYvonne Harcastle"),
    ("a", "Dear Mrs Harcastle,\n\nThank you for your email about water meters.\n\nFor two people, a meter usually saves money. Here are your two options:\n\n- Switch to a meter. You pay only for what you use, which for two people is often around £30 a month less. You can switch back within two years if it doesn't suit you.\n- Stay as you are. Your bill stays at £46 a month, which is easy to budget for, but you pay the same however little you use.\n\nIf you'd like a meter, just reply and I'll book a free fitting.\n\nTo summarise, a meter is likely to be cheaper for you, and it's free to try. Once you reply, an engineer will contact you within 14 days.\n\nIf anything is unclear or you need anything else, just reply to this email.\n\nBest wishes,\nAisha\nGreyriver Water")],
  delays_h=[0, 24.0 + 5 / 60])

H("call", "credit cards", "Callum", "P P P P P P P N P P N P", ["complaint", "vulnerability"],
  "long speech-to-text call: fee complaint apologised for and logged; carer's limited time recognised, contact preference noted with consent; payment plan vs one-off payment with merits; card payment on the automated secure line", [
    ("a", "hello you're through to lumen card my name's callum how can i help today"),
    ("c", "hi yeah um i've been charged a late fee of twelve pounds and i don't think it's fair"),
    ("a", "okay i'm sorry to hear that let's have a look can i ask was the payment late or did something go wrong when you tried to pay"),
    ("c", "well i set up the direct debit on your app and it didn't go out and then i got the fee"),
    ("a", "right okay so you set it up yourself and it just didn't collect"),
    ("c", "yeah exactly"),
    ("a", "okay before i go into the account can i take your date of birth and postcode please"),
    ("c", "yeah it's the thirtieth of august fifty eight and it's pl4 8qw"),
    ("a", "thank you that's all matched you've passed security"),
    ("c", "okay"),
    ("a", "so i can see the direct debit was set up on the second but it was set up for the fourteenth of next month rather than this month so the payment of 45 pounds due on the tenth wasn't collected"),
    ("c", "well nobody told me that honestly i'm so fed up with it i'm up and down all night with my husband he's got dementia and i just don't have time for all this"),
    ("a", "i'm really sorry you're dealing with all that and i'm sorry the app didn't make the date clearer i'm logging this as a complaint now the reference is cmp 50731 and i'm refunding the twelve pound fee while the complaints team looks into the app"),
    ("c", "oh right thank you"),
    ("a", "and with your permission can i put a note on the account that you're a carer so we keep calls short and send things by text instead is that okay"),
    ("c", "yes please that would really help"),
    ("a", "done so the 45 pounds is still outstanding you've got two ways to do it you can pay it today by card which clears it straight away so nothing else gets added or we can add it to next month's direct debit which means no payment today but that month will be 90 pounds so it's a bigger one in one go"),
    ("c", "um i'll just pay it today get it out of the way"),
    ("a", "okay i'll transfer you to our automated secure line to take the card details so you key them in and i don't hear them i'll stay on the line"),
    ("c", "okay"),
    ("c", "right it says accepted"),
    ("a", "lovely yeah i can see the 45 pounds has come through"),
    ("c", "great"),
    ("a", "so just to recap the twelve pound fee is refunded your complaint's logged as cmp 50731 and the complaints team will text you within five working days this month's payment is paid and your direct debit will collect on the fourteenth from next month and we'll contact you by text from now on"),
    ("c", "brilliant thank you"),
    ("a", "is there anything else i can help with today"),
    ("c", "no that's everything thanks callum"),
    ("a", "you're welcome take care of yourself bye")])

H("chat", "telecoms", "Siobhan", "P P P P P F N N F P P F", ["complaint"],
  "long chat: 'I've been waiting in all day' dissatisfaction gets an apology but is never logged (fail); engineer vs self-install named without merits (fail); every reply within 120 s", [
    ("a", "Hi Nathaniel, you're chatting with Siobhan at Fenlink Broadband. How can I help today?"),
    ("c", "Hi. An engineer was supposed to come today between 8 and 1 to install my broadband."),
    ("a", "Okay, and have they not arrived yet?"),
    ("c", "No. It's now half 3. I've been waiting in all day and taken a day off work for this."),
    ("a", "I'm so sorry, that's really frustrating."),
    ("c", "Can you find out what's going on?"),
    ("a", "Of course. You're logged in, so you're already verified. Let me check the booking."),
    ("c", "ok"),
    ("a", "I can see the appointment for today, 8am to 1pm, at 4 Orchard Close. It's showing as cancelled by the engineer this morning because of sickness."),
    ("c", "And nobody thought to tell me?"),
    ("a", "The text should have gone out automatically. I can see it didn't send."),
    ("c", "Brilliant."),
    ("a", "Did you want to rebook?"),
    ("c", "What are my options?"),
    ("a", "We can book another engineer visit, or send you a self-install kit. Which would you prefer?"),
    ("c", "The engineer I suppose. What's the first date?"),
    ("a", "Thursday the 19th, 8am to 1pm."),
    ("c", "Fine, book it."),
    ("a", "That's booked for Thursday."),
    ("c", "ok"),
    ("a", "Is there anything else I can help with?"),
    ("c", "No."),
    ("a", "Thanks for your patience, bye for now.")])


def hand_record(n, h, rng):
    agent_id = NAME_TO_AGENT[h["agent"]]
    start = start_time(rng)
    pairs = h["turns"]
    if h["channel"] == "call":
        turns = time_call(pairs, rng)
    elif h["channel"] == "chat":
        turns = time_chat(pairs, rng, start, slow=h["slow"])
    else:
        turns = time_email(pairs, rng, start, delays_h=h["delays_h"])
    labels = dict(h["labels"])
    computed = response_time_label(h["channel"], turns)
    assert computed == labels["response_time"], (n, h["notes"], computed)
    return {
        "interaction_id": f"sc-{n:04d}", "agent_id": agent_id, "channel": h["channel"], "started_at": iso(start),
        "turns": turns, "metadata": {"sector": h["sector"], "source": "hand"},
        "labels": labels, "risk": list(h["risk"]), "notes": h["notes"],
    }


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
JARGON = re.compile(r"(?i)\b(APR|arrears|pro rata|standing charge|excess|LTV|RMA|ATOL|you should have|not my department|"
                    r"policy states|you failed to)\b|\b(EAR|OD|CRA|RV|CTR)\b")
EXPLAINED = re.compile(r"(?i)which (just )?means|which is (the|your)|that's the (fixed|amount|part)|the amount you|the part of any claim")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def long_sentences(text):
    return [s for s in SENT_SPLIT.split(text) if len(s.split()) > 30]


def validate(rec):
    rid = rec["interaction_id"]
    ch = rec["channel"]
    assert set(rec) == {"interaction_id", "agent_id", "channel", "started_at", "turns", "metadata", "labels", "risk", "notes"}, rid
    assert re.fullmatch(r"qa-agent-(0[1-9]|10)", rec["agent_id"]), rid
    assert ch in ("call", "chat", "email"), rid
    lab = rec["labels"]
    assert list(lab) == ITEMS, rid
    for k, v in lab.items():
        assert v in ("pass", "fail", "na"), (rid, k)
        if k in NEVER_NA:
            assert v != "na", (rid, k)
    turns = rec["turns"]
    assert turns, rid
    if ch in ("call", "chat"):
        assert 4 <= len(turns) <= 30, (rid, len(turns))
    last = -1.0
    for t in turns:
        assert t["speaker"] in ("agent", "customer"), rid
        assert t["text"].strip(), rid
        assert "{" not in t["text"] and "}" not in t["text"], (rid, t["text"])
        if ch == "call":
            assert set(t) == {"speaker", "text", "start_s", "end_s", "sent_at"} and t["sent_at"] is None, rid
            assert t["start_s"] > last and t["end_s"] > t["start_s"], rid
            last = t["end_s"]
        else:
            assert set(t) == {"speaker", "text", "sent_at"} and t["sent_at"], rid
    if ch != "call":
        stamps = [t["sent_at"] for t in turns]
        assert stamps == sorted(stamps), rid
    assert any(t["speaker"] == "agent" for t in turns), rid
    if ch == "email":
        assert turns[0]["speaker"] == "customer" and turns[-1]["speaker"] == "agent", rid
        assert lab["identity_verified_before_disclosure"] == "na" and lab["needs_clarified"] == "na", rid
    else:
        assert lab["needs_clarified"] != "na", rid
    if ch == "call":
        assert lab["response_time"] == "na", rid
    else:
        assert lab["response_time"] == response_time_label(ch, turns), rid
    assert set(rec["risk"]) <= RISKS and len(set(rec["risk"])) == len(rec["risk"]), rid
    assert ("complaint" in rec["risk"]) == (lab["complaint_handled"] != "na"), rid
    assert ("vulnerability" in rec["risk"]) == (lab["vulnerability_handled"] != "na"), rid
    if set(rec["risk"]) & {"regulator", "legal", "media", "fraud", "harm"}:
        assert lab["escalation_when_needed"] != "na", rid
    # language: a pass must not contain unexplained jargon or blaming phrases (or, in emails, sentences over 30 words)
    agent_turns = [t["text"] for t in turns if t["speaker"] == "agent"]
    if lab["language_clarity"] == "pass":
        for text in agent_turns:
            if JARGON.search(text):
                assert EXPLAINED.search(text), (rid, JARGON.search(text).group(0))
            if ch == "email":
                assert not long_sentences(text), (rid, long_sentences(text))
    elif rec["metadata"]["source"] == "template":
        assert "language:" in rec["notes"], rid
    assert isinstance(rec["notes"], str) and "\n" not in rec["notes"], rid


# ---------------------------------------------------------------------------
def main():
    rng = random.Random(SEED)
    records = []
    for h in HAND:
        records.append(hand_record(len(records) + 1, h, rng))
    total = len(HAND) + N_TEMPLATE
    hand_ch = Counter(h["channel"] for h in HAND)
    target = {"call": round(total * 0.45), "chat": round(total * 0.30)}
    target["email"] = total - target["call"] - target["chat"]
    channels = [c for c in ("call", "chat", "email") for _ in range(target[c] - hand_ch[c])]
    rng.shuffle(channels)
    for ch in channels:
        records.append(template_record(len(records) + 1, rng, ch))
    for r in records:
        validate(r)
    ids = [r["interaction_id"] for r in records]
    assert len(ids) == len(set(ids))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print(f"wrote {len(records)} interactions to {OUT}")
    print("channel:", dict(Counter(r["channel"] for r in records)))
    print("source:", dict(Counter(r["metadata"]["source"] for r in records)))
    print("sector:", dict(sorted(Counter(r["metadata"]["sector"] for r in records).items())))
    print("risk:", dict(sorted(Counter(x for r in records for x in r["risk"]).items())))
    nturns = [len(r["turns"]) for r in records if r["channel"] != "email"]
    print(f"turns (calls/chats): min {min(nturns)} max {max(nturns)}")
    stt_calls = sum(1 for r in records if r["channel"] == "call" and r["turns"][0]["text"] == r["turns"][0]["text"].lower()
                    and "." not in r["turns"][0]["text"] and "," not in r["turns"][0]["text"])
    print(f"speech-to-text style calls: {stt_calls} of {sum(1 for r in records if r['channel'] == 'call')}")
    counts = defaultdict(Counter)
    for r in records:
        for k, v in r["labels"].items():
            counts[(k, "all")][v] += 1
            counts[(k, r["channel"])][v] += 1
    print()
    print("| item | all pass/fail/na | call | chat | email |")
    print("|---|---|---|---|---|")
    for k in ITEMS:
        cells = []
        for c in ("all", "call", "chat", "email"):
            x = counts[(k, c)]
            cells.append(f"{x['pass']}/{x['fail']}/{x['na']}")
        print(f"| `{k}` | " + " | ".join(cells) + " |")
    problems = []
    for k in ITEMS:
        x = counts[(k, "all")]
        if x["pass"] < 15 or x["fail"] < 15:
            problems.append(f"{k}: pass {x['pass']} fail {x['fail']}")
        if k not in NEVER_NA and x["na"] < 15:
            problems.append(f"{k}: na {x['na']}")
    if problems:
        print("\nTOO FEW:", "; ".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main()
