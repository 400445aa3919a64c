#!/usr/bin/env python3
"""Build data/sample/labelled/two_options.jsonl.

Labelled examples for the "sets out at least two alternatives and their
relative merits" detector.  Stdlib only, fixed seed, deterministic.

Every text is assembled from segments: plain text, option phrases and merit
phrases.  Span offsets are recorded while the text is being concatenated
(never by searching the finished text) and are asserted to be in range.

All wording in this file was written for the ccqa project; nothing is copied
from real customer interactions.  See LABELLING_two_options.md.

Run:  python3 data/sample/labelled/make_two_options.py
"""
from __future__ import annotations

import json
import os
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "two_options.jsonl")

N_TEMPLATE = 580          # generated examples kept after de-duplication
DEDUP_JACCARD = 0.55      # word-trigram Jaccard above which a candidate is dropped



# ---------------------------------------------------------------------------
# hand-authored bank: scenarios with options (who, verb phrase, noun phrase,
# benefit, cost/risk, comparative), an option the agent would rule out, and
# per-sector lists used by the negative frames.
# ---------------------------------------------------------------------------
def op(who, vp, np, pro, con, cmp):
    return {"who": who, "vp": vp, "np": np, "pro": pro, "con": con, "cmp": cmp}


def ro(who, vp, reason):
    return {"who": who, "vp": vp, "reason": reason}


SCEN = {
    "banking": [
        {"ctx": "I can't pay the full £600 on my credit card this month, what can I do?", "topic": "your credit card payment",
         "opts": [op("you", "pay the £600 in one go when you get paid on the 28th", "a single payment on the 28th",
                     "it clears the arrears in one hit and the account goes back to normal", "it's a big chunk out of one pay packet", "quicker to get things back to normal"),
                  op("we", "set up a payment plan of £100 a month over six months", "a six-month payment plan",
                     "the monthly amount is much easier to manage", "a plan can be noted on your credit file while it runs", "easier on your monthly budget"),
                  op("we", "put a 30-day breathing space on the account", "a 30-day breathing space",
                     "interest and charges are frozen while you get free debt advice", "it only pauses things, so the balance is still there at the end", "the gentlest in the short term")],
         "ro": ro("we", "write off the late payment fees", "fees from more than six months ago can't be reversed")},
        {"ctx": "I've lost my debit card and I'm flying to Spain on Friday.", "topic": "your lost debit card",
         "opts": [op("we", "send a replacement card to your home address", "a replacement card by post",
                     "you'd have a physical card for chip and PIN abroad", "it takes three to five working days, so it might not arrive before Friday", "better for using abroad"),
                  op("you", "add a virtual card to your phone's wallet today", "a virtual card in the app",
                     "you can start paying with it within the hour", "some places abroad still won't take phone payments", "much quicker"),
                  op("we", "courier an emergency card to a branch near you", "an emergency card collected from a branch",
                     "it's guaranteed to be there by Thursday", "there's a £15 courier fee", "the most certain to arrive in time")],
         "ro": ro("we", "send the card to your hotel in Spain", "we can only post cards to the address registered on the account")},
        {"ctx": "My fixed saver matures next week, what happens to the money?", "topic": "your maturing fixed-rate saver",
         "opts": [op("you", "roll it into a new one-year fixed saver at 4.1%", "a new one-year fixed saver",
                     "you lock in the rate for the whole year", "you can't touch the money until it matures", "better on interest"),
                  op("you", "move it into the easy-access account", "the easy-access account",
                     "you can withdraw whenever you like", "the rate is variable and currently lower at 3.2%", "more flexible"),
                  op("we", "pay it back into your current account", "a payment back to your current account",
                     "the money's available immediately", "it won't earn any interest there", "the simplest")],
         "ro": ro("you", "top up the existing saver", "fixed savers don't accept extra deposits once they've started")},
        {"ctx": "I keep getting charged for going overdrawn.", "topic": "the overdraft charges on your account",
         "opts": [op("we", "look at an arranged overdraft of £500", "an arranged overdraft",
                     "you'd pay a set daily rate instead of the unarranged charges", "it's a credit application, so it leaves a search on your file", "cheaper if you dip in regularly"),
                  op("you", "switch on low-balance alerts in the app", "low-balance alerts",
                     "you get a warning before you go overdrawn", "it's down to you to move money across in time", "free and doesn't touch your credit file"),
                  op("we", "move your direct debit dates to just after payday", "new direct debit dates",
                     "the bills go out when there's money in the account", "a couple of companies need ten days' notice to change the date", "the one that tackles the cause")],
         "ro": ro("we", "refund all the charges from last year", "we can only review charges from the last three months")},
        {"ctx": "I've got £5,000 spare. Should I put it against the mortgage?", "topic": "overpaying your mortgage",
         "opts": [op("you", "make a one-off overpayment of £5,000", "a one-off overpayment",
                     "it knocks the balance down straight away and saves interest over the term", "once it's paid in you can't take it back out", "better if you want to cut the interest"),
                  op("you", "keep it in savings and decide nearer your remortgage date", "keeping it in savings for now",
                     "the money stays there for emergencies", "savings interest is likely to be lower than your 5.4% mortgage rate", "safer if you might need the money"),
                  op("you", "set up a regular overpayment of £200 a month", "a regular monthly overpayment",
                     "it chips away at the balance without tying up a lump sum", "the saving builds up more slowly", "more gradual")],
         "ro": ro("you", "overpay £10,000 this year", "your product only allows £8,400 a year before an early repayment charge kicks in")},
        {"ctx": "I need to send £2,000 to my sister in Spain.", "topic": "your international payment",
         "opts": [op("you", "send it through online banking as an international payment", "an international payment from online banking",
                     "there's no fee to send it", "the exchange rate includes a margin", "cheaper on fees"),
                  op("we", "arrange a same-day transfer in branch", "a same-day transfer in branch",
                     "it arrives the same day", "there's a £25 fee", "faster")],
         "ro": ro("you", "send it by Faster Payments", "Faster Payments only works between UK accounts"), "uk": True},
    ],
    "insurance": [
        {"ctx": "Someone scraped my car in a car park, no idea who.", "topic": "the damage to your car",
         "opts": [op("you", "make a claim on your comprehensive policy", "a claim on the policy",
                     "the repair is covered apart from your £250 excess", "it'll affect your no-claims discount at renewal", "cheaper up front if the repair is big"),
                  op("you", "pay for the repair yourself and just let us know it happened", "paying for the repair privately",
                     "your no-claims discount stays intact", "you'd cover the full repair cost", "better for your premium long term")],
         "ro": ro("we", "claim from the other driver's insurer", "without their details there's no one to claim against")},
        {"ctx": "My home insurance renewal has gone up by £120.", "topic": "your home insurance renewal",
         "opts": [op("you", "keep the same cover and pay monthly", "the same cover paid monthly",
                     "the cost is spread over twelve payments", "paying monthly adds about 8% overall", "easier on cash flow"),
                  op("you", "raise your voluntary excess to £500", "a higher excess",
                     "it brings the premium down by about £60", "you'd pay more yourself if you claim", "cheaper each year"),
                  op("we", "take accidental damage cover off the policy", "removing accidental damage cover",
                     "it takes about £45 off the price", "spills and breakages wouldn't be covered", "the biggest saving on cover you may not use")],
         "ro": ro("we", "match the quote you found online", "we don't price-match other insurers")},
        {"ctx": "I've broken my leg and can't go on the trip in May.", "topic": "your travel plans in May",
         "opts": [op("you", "claim for the cancellation now", "a cancellation claim",
                     "you'd get the non-refundable costs back less the £100 excess", "the policy ends once the claim is paid", "quicker to get your money back"),
                  op("you", "ask the tour operator to move the dates and claim only the amendment fee", "rebooking and claiming the amendment fee",
                     "you still get your holiday later in the year", "you'd need to be fit to travel by the new dates", "better if you still want to go")],
         "ro": ro("we", "move the policy to a trip next year", "single-trip policies can't be switched to a different trip")},
        {"ctx": "My dog needs an operation that costs £3,000.", "topic": "your dog's operation",
         "opts": [op("we", "pay the vet directly", "direct payment to the vet",
                     "you don't have to find the money up front", "your vet has to agree to it and authorisation can take a few days", "easier on your bank balance"),
                  op("you", "pay the vet and claim it back", "paying and claiming it back",
                     "the operation can go ahead without waiting for us", "you'd be out of pocket for about two weeks", "faster")],
         "ro": ro("we", "cover the ear condition as well", "it was diagnosed before the policy started, so it's excluded")},
        {"ctx": "I've got a chip in my windscreen.", "topic": "your windscreen",
         "opts": [op("we", "book a mobile technician to come to your house", "a mobile repair at home",
                     "you don't have to go anywhere", "the earliest slot is next Wednesday", "more convenient"),
                  op("you", "take it to one of our partner centres", "a repair at a partner centre",
                     "they can do it tomorrow", "you'd need to drive there and wait about an hour", "quicker")],
         "ro": ro("we", "send someone out today", "all of today's technician slots are taken")},
        {"ctx": "I can't afford my life insurance premiums any more.", "topic": "your life insurance premiums",
         "opts": [op("we", "reduce the cover from £200,000 to £120,000", "a lower level of cover",
                     "the premium drops to about £18 a month", "your family would get less if you died", "cheaper"),
                  op("we", "arrange a three-month premium holiday", "a premium holiday",
                     "you keep the full cover while things settle down", "the missed premiums are added on afterwards", "better if it's a short-term problem"),
                  op("we", "shorten the term by five years", "a shorter term",
                     "the monthly cost comes down by around £7", "the cover stops when you're 60 rather than 65", "a middle ground")],
         "ro": ro("you", "cash in the policy", "term policies don't build up a cash value")},
    ],
    "telecoms": [
        {"ctx": "My contract ends next month, what happens then?", "topic": "your contract ending",
         "opts": [op("you", "move to a SIM-only plan at £12 a month", "a SIM-only plan",
                     "it roughly halves your monthly bill", "you carry on with your current handset", "cheaper"),
                  op("you", "upgrade to a new handset on a 24-month plan", "a handset upgrade",
                     "you get a new phone with nothing to pay up front", "you're tied in for another two years", "better if your phone's on its last legs"),
                  op("you", "stay on your current plan as a rolling monthly contract", "a rolling monthly contract",
                     "you can leave with 30 days' notice", "you'd keep paying the old price, which includes the handset", "the most flexible")],
         "ro": ro("we", "carry the loyalty discount over to a new plan", "that discount was tied to your original contract")},
        {"ctx": "My broadband keeps dropping out in the evenings.", "topic": "your broadband dropping out",
         "opts": [op("we", "send an engineer to check the line", "an engineer visit",
                     "they can test everything from the street to your socket", "if the fault is inside the property there's a £65 charge", "more thorough"),
                  op("we", "post you a new router", "a replacement router",
                     "it's free and often fixes evening drop-outs", "it takes two days to arrive", "cheaper"),
                  op("you", "try moving the router away from the TV and plugging it into the main socket", "moving the router",
                     "it costs nothing and takes five minutes", "it may not make any difference", "the quickest thing to try")],
         "ro": ro("we", "upgrade you to full fibre", "full fibre isn't available at your address yet")},
        {"ctx": "I'm going to New York for three weeks, how do I use my phone?", "topic": "using your phone in the US",
         "opts": [op("you", "add the 30-day travel pass for £25", "the travel pass",
                     "you get 10GB and unlimited calls for a fixed price", "you pay the full £25 even if you barely use it", "better value if you'll use data every day"),
                  op("you", "pay as you go at the standard roaming rates", "standard roaming",
                     "you only pay for what you use", "data is charged per megabyte, so it adds up fast", "cheaper if you'll mostly be on Wi-Fi"),
                  op("you", "buy a local eSIM when you land", "a local eSIM",
                     "local data is much cheaper", "you'd have a different number while you're there", "cheapest for heavy data use")],
         "ro": ro("we", "add the Europe roaming bundle", "it only covers EU countries"), "uk": True},
        {"ctx": "My bill is £80 higher than usual.", "topic": "your latest bill",
         "opts": [op("we", "add a cap that stops your data at your allowance", "a data cap",
                     "your bill can never go over the monthly price", "your data stops until the next bill date", "safer for your budget"),
                  op("you", "move up to the 30GB plan", "the 30GB plan",
                     "you'd have room for the extra usage", "it's £6 more every month", "more convenient"),
                  op("we", "set up a text alert at 80% of your allowance", "a usage alert",
                     "you get a heads-up before you go over", "it won't stop the charges on its own", "the least restrictive")],
         "ro": ro("we", "refund the £80 as a goodwill gesture", "a goodwill credit has already been applied on this account this year")},
        {"ctx": "I'm moving house on the 14th, what do I do about my broadband?", "topic": "your home move",
         "opts": [op("we", "move your broadband to the new address", "a home move on your current contract",
                     "there's no early exit charge", "there's a £40 home move fee and a new 18-month minimum term", "cheaper today"),
                  op("you", "cancel and pay the remaining months", "cancelling the contract",
                     "you're free to pick any provider at the new place", "the early exit charge would be around £130", "more flexible")],
         "ro": ro("we", "have it live on the 14th", "the earliest connection date at the new address is the 21st")},
        {"ctx": "I dropped my phone and the screen's cracked.", "topic": "your damaged phone",
         "opts": [op("you", "claim on your handset insurance", "an insurance claim",
                     "you'd get a replacement in 48 hours", "the excess is £75", "quicker"),
                  op("we", "book it in for a screen repair at one of our stores", "a store repair",
                     "it costs £59 and you keep your own phone", "you'd be without it for up to five days", "cheaper")],
         "ro": ro("we", "replace it under the manufacturer's warranty", "accidental damage isn't covered by the warranty")},
    ],
    "energy": [
        {"ctx": "I owe £420 on my gas and electric and I'm worried.", "topic": "the balance on your energy account",
         "opts": [op("we", "add £35 a month to your direct debit until it's cleared", "a repayment plan on your direct debit",
                     "you keep paying normally and the debt clears within a year", "your monthly payment goes up", "easier to manage"),
                  op("you", "apply to our hardship fund", "a hardship fund application",
                     "it could clear part of the debt altogether", "it takes about four weeks to get a decision and isn't guaranteed", "potentially the biggest help"),
                  op("we", "spread it over 24 months at £17.50 a month", "a longer repayment plan",
                     "the extra each month is much smaller", "you'd be paying it off for two years", "lighter each month")],
         "ro": ro("we", "write off the balance", "it's for energy that's been used, so we can't cancel it")},
        {"ctx": "My bills are always estimated.", "topic": "your estimated bills",
         "opts": [op("we", "book a smart meter installation", "a smart meter",
                     "readings are sent automatically so there are no more estimates", "the earliest appointment is three weeks away", "less hassle long term"),
                  op("you", "send us a reading every month through the app", "monthly readings in the app",
                     "your next bill will be accurate straight away", "you'd have to remember to do it", "quicker to fix this bill")],
         "ro": ro("we", "send a meter reader every month", "we only do routine reads every two years")},
        {"ctx": "My fixed tariff ends next month.", "topic": "your tariff ending",
         "opts": [op("you", "switch to our new 12-month fix at 24p a unit", "the 12-month fix",
                     "your unit rate can't go up for a year", "there's a £50 exit fee per fuel if you leave early", "more predictable"),
                  op("you", "roll onto the standard variable tariff", "the standard variable tariff",
                     "there are no exit fees", "prices can change every quarter", "more flexible"),
                  op("you", "go on the tracker tariff", "the tracker tariff",
                     "it follows wholesale prices, so it's often the cheapest", "your bill can jump if the market spikes", "usually cheaper but riskier")],
         "ro": ro("we", "keep you on your current fixed rate", "that tariff is closed to renewals")},
        {"ctx": "Why has my direct debit gone up to £180?", "topic": "your direct debit",
         "opts": [op("we", "keep it at £180", "the £180 payment",
                     "it'll clear the £300 you owe by the summer", "it's a big increase all at once", "quicker to clear the balance"),
                  op("we", "lower it to £140 and carry the balance into the summer", "a lower payment of £140",
                     "your monthly outgoings stay manageable", "you may still be in debit when next winter starts", "easier on your budget")],
         "ro": ro("we", "reduce it to £100", "that wouldn't cover what you're actually using")},
        {"ctx": "My boiler's stopped working.", "topic": "your boiler breakdown",
         "opts": [op("we", "send an engineer under your HomeCare cover", "a callout under your cover",
                     "there's no charge for the visit or parts", "the first available slot is Thursday", "cheaper"),
                  op("you", "use a local Gas Safe engineer and claim back up to £150", "a local engineer",
                     "you could get it fixed today", "anything over £150 would be your cost", "quicker")],
         "ro": ro("we", "replace the boiler", "your cover only includes repairs, not replacement"), "uk": True},
        {"ctx": "I've had solar panels fitted, can I get paid for what I export?", "topic": "your export tariff",
         "opts": [op("you", "join the fixed export tariff at 15p per kWh", "the fixed export tariff",
                     "you know exactly what you'll get per unit", "it's lower than the peak rates on the flexible one", "more predictable"),
                  op("you", "go on the flexible export tariff that pays the half-hourly price", "the flexible export tariff",
                     "you can earn more on sunny afternoons", "the rate can drop to almost nothing on some days", "better if you have a battery")],
         "ro": ro("we", "backdate payments to when the panels went in", "export payments only start from when the tariff is set up")},
    ],
    "travel": [
        {"ctx": "My flight to Lisbon tomorrow has been cancelled.", "topic": "your cancelled flight",
         "opts": [op("we", "rebook you on the 07:40 flight the day after", "the 07:40 on Thursday",
                     "there's no extra cost", "you'd lose a day of your trip", "cheaper"),
                  op("you", "take a full refund", "a full refund",
                     "the money is back on your card within seven days", "you'd have to book another way yourself", "more flexible"),
                  op("we", "route you through Madrid tonight", "a connection via Madrid",
                     "you'd arrive only four hours late", "there's a tight 50-minute connection", "quicker")],
         "ro": ro("we", "put you on another airline's direct flight", "we don't have an agreement with them on this route")},
        {"ctx": "Can I change the dates on my hotel booking?", "topic": "changing your hotel dates",
         "opts": [op("you", "keep the non-refundable rate and pay the £30 change fee", "changing the dates for a £30 fee",
                     "you keep the lower nightly rate", "if you need to change again it's another £30", "cheaper"),
                  op("we", "rebook you on the flexible rate", "the flexible rate",
                     "you can change or cancel for free up to 48 hours before", "it's £22 a night more", "more flexible")],
         "ro": ro("we", "refund the original booking", "it was booked on a non-refundable rate")},
        {"ctx": "I missed my train because the connecting one was late.", "topic": "your missed connection",
         "opts": [op("you", "travel on the next available service on the same ticket", "the next train on your current ticket",
                     "it costs nothing", "the next direct one isn't until 18:10", "cheaper"),
                  op("you", "buy a ticket for the earlier route via Crewe and claim it back", "the route via Crewe",
                     "you'd be home about an hour earlier", "you'd pay for the new ticket first and claim it back later", "quicker")],
         "ro": ro("we", "upgrade you to first class", "upgrades aren't part of the disruption arrangements"), "uk": True},
        {"ctx": "My suitcase didn't arrive.", "topic": "your delayed suitcase",
         "opts": [op("we", "deliver the bag to your hotel when it's found", "delivery to your hotel",
                     "you don't have to come back to the airport", "it could turn up late at night", "more convenient"),
                  op("you", "collect it from the airport desk", "collecting it from the desk",
                     "you can get it as soon as it lands", "you'd have to travel back out to the airport", "faster")],
         "ro": ro("we", "pay compensation for the bag today", "a bag is only classed as lost after 21 days")},
        {"ctx": "Do I need the extra insurance on my car hire?", "topic": "cover for your car hire",
         "opts": [op("you", "buy the full cover at the desk for €18 a day", "the desk cover",
                     "there's nothing to pay if the car's damaged", "for a week it adds €126", "simpler"),
                  op("you", "take out a standalone excess policy before you travel", "a standalone excess policy",
                     "it costs around £40 for the whole year", "you'd pay the hire company first and claim it back", "cheaper"),
                  op("you", "decline the extra cover", "no extra cover",
                     "it costs nothing", "they'll hold a £1,200 deposit on your card", "cheapest but riskiest")],
         "ro": ro("we", "waive the deposit", "the deposit is set by the local franchise")},
        {"ctx": "The resort has closed the pool. Can I do anything about my holiday?", "topic": "the pool closure at your resort",
         "opts": [op("you", "move to our sister hotel two miles down the coast", "a move to the sister hotel",
                     "it has two pools and there's no cost to switch", "it's further from the old town", "better for the pool"),
                  op("you", "stay where you are and take a £150 credit", "staying put with a £150 credit",
                     "you don't have to repack", "you'd still be without a pool", "less disruption")],
         "ro": ro("we", "cancel with a full refund", "the pool closure alone doesn't count as a major change under your booking terms")},
    ],
    "retail": [
        {"ctx": "My kettle stopped working after three weeks.", "topic": "your faulty kettle",
         "opts": [op("we", "send a replacement kettle", "a replacement",
                     "you'd have a working kettle by Friday", "you'd need to send the faulty one back first", "less hassle"),
                  op("we", "refund you in full", "a full refund",
                     "the money's back on your card within five working days", "you'd have to buy a new kettle yourself", "more flexible")],
         "ro": ro("we", "repair it", "we don't offer repairs on small appliances")},
        {"ctx": "My parcel says delivery attempted but I was in all day.", "topic": "your missed delivery",
         "opts": [op("we", "redeliver it tomorrow", "a redelivery tomorrow",
                     "it comes straight to your door", "you'd need to be in between 8 and 6", "more convenient"),
                  op("you", "collect it from the local depot", "collection from the depot",
                     "you could have it this afternoon", "the depot closes at 5", "quicker"),
                  op("we", "send it to a parcel locker near you", "a parcel locker",
                     "you can collect it at any time of day", "the locker is a ten-minute walk away", "more flexible")],
         "ro": ro("we", "leave it with a neighbour", "the item needs a signature")},
        {"ctx": "I bought a TV last week and it's £100 cheaper now.", "topic": "the price of your TV",
         "opts": [op("we", "refund the £100 difference as a price adjustment", "a price adjustment",
                     "you don't need to return anything", "it goes back as store credit rather than to your card", "less hassle"),
                  op("you", "return it within your 30 days and buy it again at the new price", "returning and rebuying",
                     "the full amount goes back to your card", "you'd need to bring it back to the store", "better if you want the money on your card")],
         "ro": ro("we", "apply the discount to the extended warranty as well", "the warranty isn't part of the promotion")},
        {"ctx": "My sofa has been delayed by six weeks.", "topic": "the delay to your sofa",
         "opts": [op("you", "wait for the original sofa", "waiting for the original",
                     "you get exactly the colour you ordered", "it won't arrive until mid-March", "better if the colour matters"),
                  op("you", "swap to the same model in grey", "the grey one from stock",
                     "it could be delivered next week", "it's not the colour you chose", "quicker"),
                  op("you", "cancel for a full refund", "cancelling the order",
                     "your £899 comes back straight away", "you'd be without a sofa", "the cleanest break")],
         "ro": ro("we", "deliver the display model", "display models aren't available for delivery")},
        {"ctx": "I want to stop my coffee subscription for a while.", "topic": "your coffee subscription",
         "opts": [op("we", "pause it for up to three months", "a pause",
                     "you keep your founder price", "it restarts automatically unless you extend it", "better if you'll want it again"),
                  op("we", "cancel it completely", "cancelling outright",
                     "nothing else will be charged", "if you rejoin later it'd be at the current price, which is £3 more", "simpler"),
                  op("you", "switch to a monthly delivery instead of fortnightly", "a monthly delivery",
                     "you still get coffee but spend half as much", "you might run out before the next bag", "a halfway house")],
         "ro": ro("we", "refund the box that shipped yesterday", "it's already been roasted and dispatched")},
        {"ctx": "Can I spread the cost of the laptop?", "topic": "paying for your laptop",
         "opts": [op("you", "pay with our 0% credit over 12 months", "0% credit over 12 months",
                     "there's no interest if you keep up the payments", "it's a credit agreement, so there's a full credit check", "cheaper"),
                  op("you", "use pay later in three instalments", "three pay-later instalments",
                     "there's no hard credit check for that amount", "the whole amount is due within 60 days", "quicker to set up")],
         "ro": ro("we", "hold the sale price while you save up", "we can't reserve sale prices")},
    ],
    "public services": [
        {"ctx": "I've had a reminder for council tax and I can't pay it all.", "topic": "your council tax reminder",
         "opts": [op("we", "spread the rest over 12 monthly instalments instead of 10", "12 instalments",
                     "each payment is smaller", "you'd be paying in February and March as well", "easier on your budget"),
                  op("you", "apply for council tax support", "council tax support",
                     "if you qualify it reduces the bill itself", "it depends on your income and takes a few weeks to assess", "potentially the bigger saving")],
         "ro": ro("we", "put the account on hold", "once a reminder has gone out we can't pause recovery, only agree an arrangement"), "uk": True},
        {"ctx": "I need a parking permit for my new car.", "topic": "your parking permit",
         "opts": [op("you", "apply online for a digital permit", "a digital permit",
                     "it's active the same day", "you need a scan of your registration document", "quicker"),
                  op("you", "come into the customer service centre with your documents", "applying in person",
                     "someone checks everything with you there and then", "the centre's only open weekdays 9 to 4", "better if you're unsure about the documents")],
         "ro": ro("we", "transfer the old permit to the new car", "permits are tied to the registration number")},
        {"ctx": "My bin wasn't collected this morning.", "topic": "your missed bin collection",
         "opts": [op("we", "log a missed collection and get a crew back within two working days", "a return visit",
                     "it'll be emptied this week", "you'd need to leave it out until they come", "quicker"),
                  op("you", "put the extra bags next to the bin on your next collection day", "extra bags next time",
                     "you don't have to keep the bin out", "that's not for another fortnight", "less hassle")],
         "ro": ro("we", "send a crew out today", "today's crews have already finished their rounds"), "uk": True},
        {"ctx": "I've had a letter saying I was overpaid £900.", "topic": "the overpayment letter",
         "opts": [op("we", "recover it at £20 a month from your ongoing payments", "deductions of £20 a month",
                     "you don't have to arrange anything yourself", "your monthly payment goes down", "simpler"),
                  op("you", "ask for a mandatory reconsideration", "a mandatory reconsideration",
                     "if the decision was wrong you won't owe anything", "it has to reach us within one month of the letter", "worth it if you think we got it wrong")],
         "ro": ro("we", "stop the recovery while you think about it", "recovery can only be paused once a reconsideration request is in"), "uk": True},
        {"ctx": "I want to build a rear extension, do I need permission?", "topic": "your planned extension",
         "opts": [op("you", "apply for full planning permission", "full planning permission",
                     "you get a definite decision that covers the whole design", "it takes around eight weeks and costs £258", "more certain"),
                  op("you", "use the prior approval route for larger home extensions", "prior approval",
                     "it's cheaper at £120", "it only works if the extension stays within the size limits", "cheaper")],
         "ro": ro("you", "go ahead without telling us", "your house is in a conservation area"), "uk": True},
        {"ctx": "I've moved and my driving licence still has my old address.", "topic": "updating your licence address",
         "opts": [op("you", "update it online", "updating it online",
                     "it's free and the new licence arrives within a week", "you need a passport to verify your identity", "quicker"),
                  op("you", "fill in the paper form and post it with your licence", "the paper form",
                     "you don't need a passport", "it can take three weeks and you're without your licence meanwhile", "better if you don't have a passport")],
         "ro": ro("we", "change it over the phone", "licence changes can't be done by phone"), "uk": True},
    ],
    "utilities": [
        {"ctx": "My water bill has doubled.", "topic": "your water bill",
         "opts": [op("we", "fit a water meter for free", "a water meter",
                     "you'd only pay for what you use, which usually saves smaller households money", "if you use a lot of water it could cost more", "cheaper for small households"),
                  op("we", "move you onto the assessed charge", "an assessed charge",
                     "it's a fixed amount based on the number of people living there", "it's not based on your actual use", "more predictable")],
         "ro": ro("we", "backdate a meter to last April", "meter charges only start from the date it's fitted")},
        {"ctx": "I think there's a leak on my supply pipe.", "topic": "the suspected leak",
         "opts": [op("we", "send a leak detection team", "a leak detection visit",
                     "there's no charge for finding it", "the repair on your side of the boundary is still your responsibility", "cheaper"),
                  op("you", "get your own plumber to fix it and claim a leakage allowance", "a private repair with a leakage allowance",
                     "you choose who does it and when", "you have to send us the invoice within 30 days", "quicker")],
         "ro": ro("we", "repair the pipe inside your property", "our responsibility ends at the boundary stop tap")},
        {"ctx": "Can I pay my water bill differently?", "topic": "how you pay your water bill",
         "opts": [op("you", "pay monthly by direct debit", "monthly direct debit",
                     "it spreads the cost over 12 payments", "you'd need to set up a mandate with your bank", "easier to budget"),
                  op("you", "pay in two half-yearly instalments", "half-yearly instalments",
                     "there are only two payments to think about", "each one is about £240", "fewer payments to remember"),
                  op("you", "pay weekly at a PayPoint", "weekly PayPoint payments",
                     "you can pay in cash in small amounts", "you have to go to a shop every week", "the most flexible for cash")],
         "ro": ro("you", "pay by credit card over the phone", "our phone payment line only takes debit cards")},
        {"ctx": "I'm struggling with the water bill since I lost my job.", "topic": "help with your water bill",
         "opts": [op("you", "apply for our social tariff", "the social tariff",
                     "it can take up to half off the bill", "you need to show proof of household income", "the bigger long-term saving"),
                  op("we", "set up a payment break for three months", "a payment break",
                     "you don't pay anything while you look for work", "the missed amount is spread over the rest of the year", "quicker to set up")],
         "ro": ro("we", "reduce the sewerage charge", "that part of the bill is set by the regulator")},
        {"ctx": "My water pressure is really low.", "topic": "your low water pressure",
         "opts": [op("we", "send a technician to check the pressure at the stop tap", "a pressure test",
                     "they'll find out whether it's our side or yours", "the earliest visit is Monday", "more thorough"),
                  op("you", "check your own stop tap is fully open and ring back if it's still low", "checking the stop tap yourself",
                     "it could fix it in five minutes", "if it doesn't, you've lost a day", "quicker")],
         "ro": ro("we", "increase the pressure in the main", "the pressure is set for the whole street")},
        {"ctx": "Can I get a hosepipe exemption? I'm disabled and water the garden.", "topic": "the hosepipe ban",
         "opts": [op("you", "register for the Priority Services exemption", "a Priority Services exemption",
                     "you can use a hosepipe as normal during the ban", "it takes about ten days to process", "the fuller solution"),
                  op("we", "send you a free water butt and a watering can kit", "a free water butt kit",
                     "it arrives in two days", "you'd still be carrying water by hand", "quicker")],
         "ro": ro("we", "lift the ban for your street", "the ban applies to the whole supply area")},
    ],
}

SECTOR_LISTS = {
    "banking": {
        "steps": [["log in to the app", "tap Cards", "choose 'report lost or stolen'", "confirm the address for the new card"],
                  ["go into online banking", "select Payments", "add your sister as a new payee", "approve it with the code we text you"],
                  ["bring two forms of ID into branch", "fill in the change of name form", "we'll scan your marriage certificate and update the account"]],
        "ivr": [["card services", "mortgages", "savings", "anything else"], ["lost or stolen cards", "payments", "fraud"]],
        "facts": ["your account has two direct debits set up, one to British Gas and one to Thames Water",
                  "the payment left your account on the 3rd and reached the payee on the 4th",
                  "your overdraft limit is £500 and you're currently £120 into it",
                  "there are two pending transactions, one from Tesco for £34.20 and another from Shell for £61"],
        "either_way": [("I can't tell yet whether the payment will clear today or tomorrow", "you won't be charged for it"),
                       ("the merchant might reply within a week or it might take the full 45 days", "the £45 stays credited to you while we wait")],
        "whether": ["whether or not the merchant replies, we'll keep the £45 credited to you while the dispute is open",
                    "you'll receive the new PIN by post whether or not you've activated the card yet"],
        "clarify": ["Was the payment to Amazon, or to Amazon Prime?", "Is that the card ending 4421 or the one ending 9013?",
                    "Did you make the transfer on Monday or Tuesday?"],
        "causes": ["there are usually two reasons a card gets declined abroad: either the terminal can't read the chip, or the fraud system has flagged the payment",
                   "a payment like that normally bounces for one of two reasons \u2014 the sort code was mistyped, or the receiving account is closed"],
    },
    "insurance": {
        "steps": [["fill in the online claim form", "upload photos of the damage", "send us two repair quotes", "we'll confirm the settlement within ten days"],
                  ["keep the receipts for anything you buy", "get a property irregularity report at the airport", "send both to us with your policy number"]],
        "ivr": [["new claims", "existing claims", "renewals", "glass damage"], ["motor", "home", "travel", "pet"]],
        "facts": ["your policy renews on 12 June and the excess is £250",
                  "your cover includes legal expenses and a courtesy car but not breakdown",
                  "we've received the vet's invoice and the claim form, and the assessor has both"],
        "either_way": [("I don't know yet whether the assessor will visit or do it by video", "they'll contact you within two working days"),
                       ("the garage may be able to repair it or it may be written off", "your courtesy car stays with you until it's settled")],
        "whether": ["whether or not the other driver admits fault, you need to report the accident to us within seven days",
                    "your excess is the same whether or not the repair is done at one of our garages"],
        "clarify": ["Was the car parked on the street or on your drive?", "Is it the front windscreen or a side window?",
                    "Did the damage happen before or after you renewed?"],
        "causes": ["premiums usually go up at renewal for two reasons: claims costs in your area have risen, or repair costs for your model have gone up",
                   "a claim like this gets delayed for one of two reasons \u2014 either we're waiting on the repairer's report or the other insurer hasn't replied"],
    },
    "telecoms": {
        "steps": [["turn the router off at the wall", "wait thirty seconds", "turn it back on", "give it five minutes before testing again"],
                  ["text PAC to 65075", "give the code to your new provider", "they'll move the number within one working day"],
                  ["go to Settings", "tap Mobile Data", "switch Data Roaming off"]],
        "ivr": [["billing", "technical support", "upgrades", "to leave us"], ["broadband", "mobile", "TV"]],
        "facts": ["your plan includes unlimited calls and texts and 15GB of data",
                  "your contract started on 3 March 2023 and runs for 24 months",
                  "there are two add-ons on the account, one for international calls and another for extra data"],
        "either_way": [("the engineer might come in the morning or the afternoon slot", "you'll get a text an hour before they arrive"),
                       ("the fault could be on the line or in the exchange", "we'll have you back online within 48 hours")],
        "whether": ["whether or not you keep the phone, the airtime part of the bill goes down once the contract ends",
                    "you'll still receive the bill by email whether or not you switch off paper billing"],
        "clarify": ["Is the light on the router orange or flashing blue?", "Is that the number ending 221 or the one ending 870?",
                    "Are you connecting over Wi-Fi or with a cable?"],
        "causes": ["there are two common reasons for evening slowdowns: heavy usage on the local network, or Wi-Fi interference inside the home",
                   "bills usually jump for one of two reasons \u2014 calls to numbers outside your allowance or data used abroad"],
    },
    "energy": {
        "steps": [["find the serial number on the meter", "press the blue button until you see 'IMP R01'", "read the five digits", "enter them in the app"],
                  ["switch the boiler off at the wall", "check the pressure gauge is between 1 and 1.5", "top it up using the filling loop", "switch it back on"]],
        "ivr": [["meter readings", "payments", "moving home", "a gas emergency"], ["billing", "smart meters", "help paying your bill"]],
        "facts": ["your unit rate is 24.5p per kWh and the standing charge is 53p a day",
                  "your account is £86 in credit and your next review is in October",
                  "there are two meters on the account, one for gas and one for electricity, both read on the 2nd"],
        "either_way": [("I'm not sure whether the reading will go in today or tomorrow", "your bill will be based on the actual reading"),
                       ("the industry might take one week or three to move your supply", "you won't be without power at any point")],
        "whether": ["whether or not you're at home, the meter installer needs access to the cupboard",
                    "the standing charge applies whether or not you use any gas that month"],
        "clarify": ["Is the meter under the stairs or outside in a box?", "Is that the gas reading or the electricity one?",
                    "Did you move in on the 1st or the 2nd?"],
        "causes": ["direct debits normally go up for one of two reasons: prices have risen, or you've used more than we estimated",
                   "estimated bills tend to happen for two reasons \u2014 the meter isn't sending readings, or we couldn't get access"],
    },
    "travel": {
        "steps": [["go to Manage Booking", "enter your booking reference", "select the passengers", "confirm the new seats"],
                  ["check in online 24 hours before", "drop your bag at desk 14", "go straight through security"],
                  ["fill in the Delay Repay form", "attach a photo of your ticket", "submit it within 28 days"]],
        "ivr": [["new bookings", "existing bookings", "special assistance", "lost property"], ["flights", "hotels", "car hire"]],
        "facts": ["your booking includes a 23kg hold bag and seats 14A and 14B",
                  "the hotel check-in is from 3pm and breakfast is included",
                  "your flight number is TP1347 and it departs from Terminal 2"],
        "either_way": [("the airline hasn't said yet whether it'll be delayed or cancelled", "we'll text you the moment we hear"),
                       ("the bag could be on the evening flight or the morning one", "it'll be delivered to your hotel free of charge")],
        "whether": ["whether or not the flight is delayed, you need to be at the gate by 10:15",
                    "the tourist tax is charged by the hotel whether or not you booked through us"],
        "clarify": ["Are you flying from Gatwick or Heathrow?", "Is the booking in your name or your partner's?",
                    "Was it the 14:05 or the 14:35 service?"],
        "causes": ["flights get cancelled at short notice for two main reasons: crew shortages or air traffic control restrictions",
                   "bags usually miss a flight for one of two reasons \u2014 a short connection or a tag that didn't scan"],
    },
    "retail": {
        "steps": [["log in to your account", "go to Orders", "select the item", "print the returns label"],
                  ["pack the item in its original box", "attach the label", "drop it at any post office"],
                  ["open the app", "tap Subscriptions", "choose the date of your next delivery"]],
        "ivr": [["track an order", "returns", "payments", "anything else"], ["online orders", "store enquiries", "the card"]],
        "facts": ["your order was dispatched on Tuesday and the tracking number is JD0045229",
                  "the TV comes with a two-year guarantee and free wall-mount fitting",
                  "there are two items still to come, one from our warehouse and another direct from the supplier"],
        "either_way": [("the courier hasn't confirmed whether it'll be Thursday or Friday", "you'll get a one-hour window by text on the morning"),
                       ("I can't see yet whether the refund has been processed by your bank", "it'll show within five working days")],
        "whether": ["whether or not you've opened the box, you have 30 days to return it",
                    "delivery is free whether or not you're a member"],
        "clarify": ["Was it the black one or the white one you ordered?", "Did you pay by card or with a gift card?",
                    "Is the order number starting 44 or 45?"],
        "causes": ["a parcel is usually marked as attempted for one of two reasons: the driver couldn't get into the building or the scanner logged it by mistake",
                   "there are two reasons a refund can take longer \u2014 the return hasn't been scanned at the warehouse, or your bank is still processing it"],
    },
    "public services": {
        "uk": True,
        "steps": [["go to the council website", "select Report a missed collection", "enter your postcode", "choose the bin type"],
                  ["complete the online form", "upload a photo of your V5C", "pay the £45 fee", "you'll get a confirmation email within a day"],
                  ["fill in the change of circumstances form", "send it back with your new tenancy agreement", "we'll recalculate your bill"]],
        "ivr": [["council tax", "housing", "bins and recycling", "parking"], ["benefits", "planning", "registration of births and deaths"]],
        "facts": ["your council tax band is C and this year's charge is £1,834",
                  "your permit covers zone K and expires on 30 September",
                  "your bins are collected on Tuesdays, with recycling and general waste on alternate weeks"],
        "either_way": [("I can't say yet whether the crew will come on Wednesday or Thursday", "your bin will be emptied this week"),
                       ("the assessor may decide in three weeks or it may take five", "you won't be asked to pay the disputed amount while it's looked at")],
        "whether": ["whether or not you live alone, you still need to register for council tax at the new address",
                    "you need to tell us about the change whether or not your income goes up"],
        "clarify": ["Is it the green bin or the black one that was missed?", "Are you the tenant or the landlord?",
                    "Was the letter dated 4 March or 14 March?"],
        "causes": ["overpayments usually happen for one of two reasons: a change in circumstances wasn't reported in time, or there was a processing error",
                   "bins are normally missed for two reasons \u2014 the lid wasn't closed or the road was blocked"],
    },
    "utilities": {
        "steps": [["turn off all the taps in the house", "take a meter reading", "wait an hour without using water", "take a second reading and compare"],
                  ["find the stop tap under the kitchen sink", "turn it anticlockwise as far as it goes", "run the cold tap for two minutes"]],
        "ivr": [["billing", "leaks and water supply", "sewerage", "moving home"], ["water quality", "pressure", "payments"]],
        "facts": ["your bill covers water supply and sewerage from April to September",
                  "the meter was last read on 2 May and the reading was 01843",
                  "there are two people registered at the property and you're on the standard tariff"],
        "either_way": [("the crew might be able to fix the main tonight or it may need a road closure", "bottled water will be delivered to priority customers"),
                       ("I'm not sure whether the leak is on our pipe or yours yet", "the detection visit is free")],
        "whether": ["whether or not you use the outside tap, the sewerage charge is based on the water you take in",
                    "you'll still get a statement twice a year whether or not you pay by direct debit"],
        "clarify": ["Is the water discoloured from every tap or just the kitchen?", "Is the leak inside the house or out on the pavement?",
                    "Is the bill in your name or your landlord's?"],
        "causes": ["low pressure usually comes down to two things: a partly closed stop tap, or work on the main in your area",
                   "a bill can double for one of two reasons \u2014 an estimated reading that was too high, or a leak on the supply pipe"],
    },
}

NAMES = [("Priya", "Patel", "Mrs"), ("James", "Okafor", "Mr"), ("Sian", "Evans", "Ms"), ("Tom", "Gallagher", "Mr"),
         ("Aisha", "Rahman", "Ms"), ("David", "Kowalski", "Mr"), ("Eleanor", "Hughes", "Dr"), ("Marcus", "Reid", "Mr"),
         ("Fiona", "MacLeod", "Mrs"), ("Chen", "Wei", "Mr"), ("Grace", "Adeyemi", "Ms"), ("Rory", "Byrne", "Mr"),
         ("Hannah", "Schultz", "Ms"), ("Luis", "Martinez", "Mr"), ("Beth", "Collins", "Mrs")]
AGENTS = ["Sam", "Jess Taylor", "Ravi", "Natalie (Customer Support)", "Owen Price", "Megan", "Kwame Mensah", "Laura", "Dan", "Zara Ali"]
COMPANY = {"banking": "Northgate Bank", "insurance": "Harbour Insurance", "telecoms": "Brightwave Mobile & Broadband",
           "energy": "Meridian Energy", "travel": "Skyline Holidays", "retail": "Hollis & Co.",
           "public services": "Westbridge Borough Council", "utilities": "Riverside Water"}


# ---------------------------------------------------------------------------
# fully hand-written hard examples.  [o:...] marks an option phrase and
# [m:...] a merit phrase; offsets are produced by parse_marked() while the
# plain text is assembled.
# ---------------------------------------------------------------------------
def H(channel, sector, present, merits, phenomena, text, ctx=None, locale="en-GB"):
    return {"channel": channel, "sector": sector, "present": present, "merits": merits,
            "phenomena": phenomena, "text": text, "ctx": ctx, "locale": locale}


HAND = [
    # ---------------- positives ----------------
    H("call", "banking", True, True, ["stt_style", "or_only"],
      "yeah so what you can do is [o:leave it in the isa] er and it'll just [m:keep earning the variable rate] or [o:we can move it over to the fixed one] which is [m:a better rate] but [m:you can't touch it for a year] so it's kind of up to you really",
      "What should I do with the money in my ISA?"),
    H("chat", "telecoms", True, True, ["separate_sentences", "conditional_options"],
      "Honestly it depends what you use it for. If you're mostly at home on Wi-Fi, [o:the 5GB plan] is plenty and [m:it's £8 a month cheaper]. If you stream on the train every day, [o:unlimited] [m:saves you worrying about running out].",
      "Which plan should I go for?"),
    H("email", "insurance", True, False, ["bullets", "email_bullets", "three_options", "no_merits"],
      "Dear Mr Okafor,\n\nThank you for sending the photos of your damaged phone. We can settle your claim in one of the following ways:\n\n\u2022 [o:a cash settlement paid to your bank account]\n\u2022 [o:a replacement handset sent by our supplier]\n\u2022 [o:a voucher for our partner retailer]\n\nPlease reply with your preferred option.\n\nKind regards,\nOwen Price\nHarbour Insurance"),
    H("call", "energy", True, False, ["two_ways", "no_merits"],
      "So the way I see it you've got two choices \u2014 [o:you stay on the variable] or [o:you fix]. I can't tell you which is right, it's your call.",
      "Should I fix or not?"),
    H("chat", "retail", True, False, ["instead", "merit_one_side"],
      "We could [o:swap it for the next size up], or if you'd rather not wait, [o:I can refund it] and you can reorder when it's back in stock."),
    H("call", "travel", True, True, ["versus", "comparison"],
      "Right, so it's really [o:the Gatwick flight tonight], which [m:gets you there by midnight] but [m:it's a different airport to the one you parked at], versus [o:Heathrow tomorrow morning], which [m:is where your car is] but [m:you'd need a hotel tonight]. I can book either."),
    H("email", "public services", True, True, ["two_ways"],
      "Dear Ms Evans,\n\nThere are two ways to challenge the penalty charge notice. [o:You can appeal online through our portal], which is [m:the fastest way to get a decision \u2014 usually within 14 days]. [o:You can also write to us at the address below]; [m:this takes longer] but [m:lets you include original documents].\n\nYours sincerely,\nParking Services\nWestbridge Borough Council"),
    H("call", "utilities", True, True, ["stt_style", "comparison", "separate_sentences"],
      "you know you could [o:ring your own plumber] or [o:we can come out] [m:we'd be a few days though] whereas a plumber [m:could probably come tomorrow]"),
    H("chat", "banking", True, False, ["three_options", "no_merits", "list"],
      "You have a few options: [o:freeze the card in the app], [o:cancel it completely], or [o:report it to our fraud team]. Which would you like?",
      "I can't find my card, I think I left it in a taxi."),
    H("call", "telecoms", True, True, ["separate_sentences", "comparison"],
      "Okay, there's the cheap way and the quick way. [o:The cheap way is we post you a new SIM]: [m:costs nothing], [m:takes two days]. [o:The quick way is you pop into a store] and [m:they'll swap it while you wait], but [m:it's a tenner]."),
    H("email", "travel", True, False, ["alternatively", "three_options", "no_merits"],
      "Dear Mr Reid,\n\nUnfortunately your connecting flight has been rescheduled. You're entitled to [o:a full refund], or we can [o:transfer you to the 16:20 departure at no cost]. Alternatively, [o:we can move you to any date in the next 12 months].\n\nBest wishes,\nSkyline Holidays"),
    H("chat", "energy", True, True, ["separate_sentences", "comparison"],
      "If you're happy to manage things online, [o:the online version of this tariff] [m:is \u00a340 a year cheaper]. [o:The paper-billing version] is the same price as now but [m:you'd get your bills in the post]. Up to you!"),
    H("call", "insurance", True, True, ["comparison", "either_or"],
      "What we could do is [o:put it through as a claim]... or, [o:you could just get it fixed yourself]. I'd say if it's under three hundred, [m:fixing it yourself probably works out cheaper], because [m:you'd pay the excess and lose the no-claims on a claim]."),
    H("chat", "retail", True, True, ["either_or"],
      "Ah, I see. So for that one it's either [o:click and collect] \u2014 [m:free] \u2014 or [o:home delivery] for [m:\u00a34.95]."),
    H("email", "banking", True, True, ["us_english", "comparison"],
      "Hi Luis,\n\nThanks for reaching out about your auto loan. You can [o:make a lump-sum payment toward principal], or you can [o:refinance at the current rate of 6.2%]. A lump-sum payment [m:reduces the interest you pay without any fees], while refinancing [m:lowers your monthly payment] but [m:comes with a $150 processing fee].\n\nBest regards,\nZara Ali\nNorthgate Bank", None, "en-US"),
    H("call", "retail", True, False, ["us_english", "no_merits"],
      "So you've got a couple options here. [o:We can ship a replacement], or [o:you can take store credit]. Your call.", None, "en-US"),
    H("chat", "telecoms", True, False, ["one_thing_another", "no_merits", "lower_case"],
      "one option is to [o:keep your number and switch plans], the other is to [o:start fresh with a new number on the student deal]"),
    H("call", "energy", True, True, ["recommend_plus_alternative"],
      "I'd go for [o:monthly] personally, [m:it's easier to budget], but [o:quarterly] is fine too if you [m:prefer seeing your actual usage on each bill]."),
    H("email", "utilities", True, True, ["option_one_two", "comparison"],
      "Hello Mrs Collins,\n\nOption A: [o:we fit a meter] and you pay for what you use.\nOption B: [o:you stay on the fixed charge].\n\nMost single-person households find option A [m:cheaper], while option B [m:gives you a predictable bill].\n\nKind regards,\nRiverside Water"),
    H("call", "public services", True, False, ["stt_style", "either_or", "no_merits"],
      "so you can either [o:do it on the website] or um [o:pop in to the office] on a weekday whichever's easier for you"),
    H("chat", "travel", True, True, ["alternatively", "comparison"],
      "There's also [o:the later train at 19:10], if you don't mind getting in late \u2014 [m:it's direct, so no changes]. The alternative is [o:the 17:40 via Birmingham], which [m:gets in earlier] but [m:you'd change twice]."),
    H("call", "banking", True, True, ["either_anti_cue", "separate_sentences"],
      "Honestly, either works. [o:Paying it off now] [m:saves you about forty quid in interest]; [o:spreading it] [m:keeps more cash in your account for Christmas]."),
    H("email", "insurance", True, True, ["formal"],
      "Dear Mrs Patel,\n\nYou can choose to [o:have your vehicle repaired at one of our approved garages], in which case [m:the repair is guaranteed for as long as you own the vehicle and you'll get a courtesy car]. If you prefer, you can [o:use a garage of your choice]; however, [m:you may need to pay any difference in cost] and [m:a courtesy car isn't included].\n\nKind regards,\nClaims Team\nHarbour Insurance"),
    H("chat", "retail", True, False, ["no_merits"],
      "I can [o:cancel the whole order], or [o:just the lamp] if you'd still like the rug."),
    H("call", "travel", True, False, ["no_merits", "compound_option"],
      "What we can do, we can [o:put you in the airport hotel tonight and get you on the first flight in the morning], or [o:you go home and come back Thursday] \u2014 it's up to you."),
    H("call", "energy", True, True, ["separate_sentences", "lower_case"],
      "so, look, there's [o:the fixed] or there's [o:the variable]. the fixed [m:protects you if prices go up]. the variable, [m:you benefit if they come down]."),
    H("chat", "banking", True, False, ["rather_than", "merit_one_side"],
      "Another option, rather than [o:closing the account], is to [o:downgrade it to the basic account] \u2014 [m:no monthly fee], [m:but you lose the travel insurance]."),
    H("email", "telecoms", True, True, ["either_or", "comparison"],
      "Dear Mr Gallagher,\n\nI have looked into your options for the remaining contract. You can [o:pay the early termination charge of \u00a3143.20 now and leave today], or you can [o:wait until 14 July, when the contract ends and there is no charge]. Paying now [m:means you can switch immediately]; waiting [m:saves you \u00a3143.20].\n\nRegards,\nJess Taylor\nBrightwave Mobile & Broadband"),
    H("call", "insurance", True, True, ["stt_style", "two_ways", "comparison"],
      "the two ways to pay are [o:annually] or [o:monthly] annually [m:works out about thirty pounds cheaper] over the year whereas monthly [m:spreads it out]"),
    H("chat", "public services", True, False, ["no_merits", "facts_preamble"],
      "You don't have to come in. [o:You can upload the documents through the portal] or [o:post copies to us]. We don't need originals."),
    H("call", "utilities", True, False, ["merit_one_side"],
      "[o:We can send someone Monday], first thing. Or, if it's urgent, [o:you can call an emergency plumber tonight] and [m:we'll reimburse up to a hundred and fifty pounds]."),
    H("email", "retail", True, True, ["bullets", "email_bullets", "three_options"],
      "Hi Grace,\n\nSorry your mirror arrived damaged. Your options are:\n\n1. [o:Keep the mirror with a 30% refund] ([m:no need to arrange a collection])\n2. [o:Return it for a full refund] ([m:we collect it free of charge, usually within five working days])\n3. [o:Exchange it for a new one] ([m:subject to stock \u2014 currently about two weeks])\n\nThanks,\nMegan\nHollis & Co."),
    H("call", "banking", True, True, ["stt_style", "either_or", "disfluency"],
      "so we we can either um [o:put a stop on it] which [m:stops any more payments going out straight away] or er [o:you can contact the company yourself and cancel] which is [m:probably better for getting your money back] to be honest"),
    H("chat", "telecoms", True, True, ["conditional_options"],
      "If you want to [m:keep costs down], [o:go for the Essentials bundle]. If you want [m:all the sports channels], [o:it'll need to be the Max bundle], which is [m:\u00a325 more a month]."),
    H("call", "travel", True, True, ["option_one_two"],
      "So option one, [o:we keep you on the 6am]. Option two, [o:we move you to the 11:30]. The 6am [m:gets you there in time for the rehearsal]; the 11:30 [m:means you won't need a taxi at three in the morning]."),
    H("email", "energy", True, True, ["us_english", "formal"],
      "Dear Mr. Kowalski,\n\nWe reviewed your account. You may [o:enroll in Budget Billing], which [m:averages your payments over 12 months so there are no winter spikes], or [o:remain on standard billing] and [m:pay only for your actual usage each month].\n\nSincerely,\nCustomer Care\nMeridian Energy", None, "en-US"),
    H("chat", "insurance", True, True, ["comparison"],
      "You could [o:add your daughter as a named driver], or she could [o:take out her own policy]. Named driver is usually [m:cheaper], but [m:she won't build up her own no-claims]."),
    H("call", "retail", True, True, ["comparison", "lower_case"],
      "so you could go for [o:the refund] or [o:a replacement] \u2014 i'd say replacement's [m:quicker] because refunds [m:take up to ten days to hit your card]"),
    H("call", "public services", True, False, ["no_merits"],
      "There are a couple of ways: [o:a direct debit], or [o:paying by card each month on the website]. Doesn't matter to us."),
    H("email", "travel", True, True, ["formal"],
      "Dear Dr Hughes,\n\nBecause your visa has not yet arrived, you have the following choices: you can [o:postpone your trip to any date before 31 March] at no charge, or [o:cancel the booking], in which case [m:the deposit of \u00a3250 is non-refundable]. Postponing [m:keeps your full payment intact].\n\nKind regards,\nSkyline Holidays"),
    H("chat", "utilities", True, True, ["comparison"],
      "So the quick fix is [o:a temporary standpipe] \u2014 [m:we can have it set up within the hour]. The proper fix is [o:re-laying the supply pipe], but [m:that's a two-week job]."),
    H("call", "banking", True, False, ["three_options", "no_merits"],
      "Right, it's entirely up to you, but you could [o:switch to the joint account]. Or [o:keep them separate]. Or [o:have both]."),
    H("chat", "retail", True, False, ["either_way", "no_merits"],
      "Happy to help either way! You can [o:return it in store] or [o:send it back by post]."),
    H("call", "telecoms", True, True, ["stt_style", "comparison"],
      "there's [o:the 18 month] and [o:the 24 month] 24 month [m:is cheaper per month] 18 month [m:gets you out sooner]"),
    H("email", "public services", True, False, ["whether_or_not", "merit_one_side"],
      "Dear Mr Byrne,\n\nWhether or not you qualify for a discount, you can [o:pay the charge in full by 1 April], or [o:pay in ten monthly instalments from April]. Paying in full [m:avoids any risk of a reminder for a missed instalment].\n\nRevenues Team\nWestbridge Borough Council"),
    H("call", "energy", True, False, ["ruled_out", "merit_one_side"],
      "I can't change the price, but what you can do is [o:lower the direct debit to what the app suggests], or [o:leave it where it is] and [m:build up a bit of credit for winter]."),
    H("chat", "banking", True, True, ["comparison"],
      "You've got until Friday to decide. [o:We can convert the balance to a loan at 7.9% APR], [m:which will be cheaper than the card's 24.9%], or you can [o:leave it on the card] if you'd [m:rather keep the flexibility to pay it off any time]."),
    H("call", "insurance", True, True, ["stt_style", "comparison"],
      "there are two policies that'd fit [o:the standard one] [m:covers you up to a thousand pounds] [o:the plus one] [m:covers up to three thousand] and [m:includes gadget cover] standard's [m:cheaper obviously]"),
    H("email", "utilities", True, True, ["alternatively"],
      "Dear Mr Martinez,\n\nThe [o:earliest weekday appointment, on 9 June,] still stands and [m:would get your supply repaired sooner]. Alternatively, [o:we can arrange for the work to be carried out on a Saturday] [m:so you don't need to take time off work]; [m:this would mean waiting until 22 June].\n\nKind regards,\nRiverside Water"),
    H("chat", "travel", True, False, ["either_or", "no_merits"],
      "No worries! We can either [o:hold your seat] or [o:release it] \u2014 just let me know by 5pm."),

    # ---------------- negatives ----------------
    H("call", "banking", False, False, ["either_way"],
      "Okay, so the refund's been requested. It might land tonight, it might be tomorrow morning \u2014 either way you'll get a text."),
    H("chat", "telecoms", False, False, ["single_offer"],
      "Would you like me to [o:book an engineer for Thursday]?"),
    H("call", "energy", False, False, ["ruled_out", "alternatively"],
      "Alternatively we could've looked at the hardship fund, but you've had a payment from it in the last twelve months, so that's not available. What I'll do is [o:spread the balance over eighteen months]."),
    H("email", "retail", False, False, ["procedure_steps", "bullets", "in_step_alternative"],
      "Hi Tom,\n\nTo return your order:\n\n1. Log in and go to My Orders.\n2. Select 'Return an item'.\n3. Print the label, or show the QR code at the drop-off point.\n4. Drop the parcel off within 14 days.\n\nThanks,\nHollis & Co."),
    H("call", "telecoms", False, False, ["ivr_menu"],
      "When you ring the number it'll say press one for billing, two for tech support, three for anything else \u2014 just press two, and then it's option four for broadband faults."),
    H("chat", "banking", False, False, ["customer_alternatives"],
      "You can do it in branch, yes. Just bring your card with you.",
      "Can I pay it in at a branch or do I have to do it online?"),
    H("call", "insurance", False, False, ["whether_or_not", "lower_case"],
      "whether or not the other driver was insured, your policy covers the repair, you'd just pay the excess"),
    H("email", "travel", False, False, ["facts_list", "bullets"],
      "Dear Mrs MacLeod,\n\nYour booking details are below:\n\n- Outbound: Gatwick to Faro, 12 May, 07:15\n- Return: Faro to Gatwick, 19 May, 21:40\n- Hold luggage: 2 x 23kg\n- Transfers: included\n\nPlease check these carefully.\n\nSkyline Holidays"),
    H("call", "public services", False, False, ["single_option_merits"],
      "So the best thing is to [o:apply for the single person discount] \u2014 [m:that takes 25% off straight away], and [m:it's backdated to when you moved in]."),
    H("chat", "retail", False, False, ["clarifying_question"],
      "Was that the Oslo table in oak or in walnut? There are two listings and I want to check we've got the right order."),
    H("call", "energy", False, False, ["past_alternatives", "ruled_out", "lower_case"],
      "you could have fixed back in march or gone on the tracker then, but the fixed deals have all been withdrawn now, so it'll roll onto the standard variable"),
    H("chat", "telecoms", False, False, ["facts_list"],
      "There are two SIMs on the account: one ending 4471 for your son and another ending 0932 for you. Both are on the 10GB plan."),
    H("call", "banking", False, False, ["single_option_merits"],
      "So there's no choice on this one, I'm afraid \u2014 it has to go through [o:the fraud team]. They're really good though, [m:they'll usually sort it in a day or two]."),
    H("email", "insurance", False, False, ["alternatively", "signposting", "single_offer"],
      "Dear Mr Okafor,\n\nWe have reviewed your complaint and have upheld it in part; a credit of \u00a350 has been applied to your account. Alternatively, if you remain unhappy, you can [o:refer your complaint to the Financial Ombudsman Service] within six months of this letter.\n\nYours sincerely,\nComplaints Team\nHarbour Insurance"),
    H("call", "travel", False, False, ["customer_alternatives", "single_offer", "lower_case"],
      "that's right, the voucher's worth ten percent more. do you want me to [o:go ahead with the voucher] then?",
      "I'm thinking of either taking the refund or the voucher, the voucher's got the extra ten percent, right?"),
    H("chat", "energy", False, False, ["either_way", "company_side_alternatives"],
      "We'll either read the meter remotely or send someone round \u2014 either way you don't need to do anything."),
    H("call", "retail", False, False, ["single_offer", "stt_style"],
      "no worries so what i'll do i'll [o:pop a new one in the post] for you and er you should have it by thursday"),
    H("email", "utilities", False, False, ["procedure_steps", "agent_side_steps"],
      "Dear Ms Rahman,\n\nFirst, we'll send a surveyor to confirm the route of the new pipe. Then our contractor will dig a trench from the boundary to your property. Finally, we'll connect the supply and test the pressure. The whole process takes around three weeks.\n\nKind regards,\nRiverside Water"),
    H("call", "insurance", False, False, ["facts_list", "lower_case"],
      "so there's two parts to the claim, the car itself and the personal belongings. the car's with the engineer now and the belongings we'll pay once you send the receipts"),
    H("chat", "travel", False, False, ["ruled_out", "single_offer"],
      "Would you like [o:a seat on the 17:00]? The 16:00 and 16:30 are both full, I'm afraid."),
    H("call", "banking", False, False, ["either_or_diagnosis", "lower_case"],
      "okay so that's either a direct debit or a standing order, let me check... yeah it's a standing order, so you'll need to [o:cancel it in the app]"),
    H("email", "public services", False, False, ["form_fields", "option_one_two"],
      "Dear Ms Schultz,\n\nThe two options shown on the form (Option 1: single occupancy, Option 2: joint occupancy) describe how the property is occupied. As you live alone, please tick Option 1 and return the form.\n\nRevenues Team\nWestbridge Borough Council"),
    H("chat", "banking", False, False, ["ruled_out"],
      "I'm afraid we can't refund the fee or reduce the interest rate on this product. What I can do is [o:send you our budgeting guide]."),
    H("call", "telecoms", False, False, ["ruled_out", "self_correction"],
      "Right, so your choice is really \u2014 actually no, sorry, scrap that, on your plan it has to be [o:a store repair]; the postal repair isn't available for that model."),
    H("chat", "retail", False, False, ["whether_or_not"],
      "Whether it's a size or a colour issue, exchanges are free and you've got 30 days."),
    H("call", "energy", False, False, ["ivr_menu", "lower_case"],
      "so it's press one for a reading or two for payments, that's the automated line, the one on your bill. if you want to talk to us directly it's the 0800 number"),
    H("email", "banking", False, False, ["procedure_steps", "in_step_alternative"],
      "Dear Mr Reid,\n\nYour new card and PIN will be sent separately. You'll receive the card first, and then the PIN two to three working days later. Once both have arrived, activate the card by making a chip and PIN payment or a balance enquiry at a cash machine.\n\nKind regards,\nNorthgate Bank"),
    H("call", "travel", False, False, ["single_offer", "single_option_merits", "lower_case"],
      "would you like me to [o:add the travel insurance] as well? [m:it covers cancellation up to five thousand] and [m:it's only twenty-two pounds for the two of you]"),
    H("chat", "utilities", False, False, ["causes_not_choices", "either_or_diagnosis"],
      "I've checked and there isn't a leak showing on our side. It's either a dripping tap or the toilet cistern \u2014 both are really common."),
    H("call", "public services", False, False, ["facts_list", "lower_case"],
      "no, you don't need to choose anything. the discount just applies automatically once the form's in."),
    H("chat", "insurance", False, False, ["customer_alternatives", "advice_declined"],
      "That's entirely your decision, I'm afraid I can't advise on which to choose. Both are shown on your quote.",
      "Do I pick the \u00a3250 excess or the \u00a3500 one?"),
    H("email", "energy", False, False, ["facts_list", "confirmation"],
      "Hi Hannah,\n\nAs requested, we have switched you to the Green Fix tariff. Your new unit rate is 23.1p per kWh and the standing charge is 51.2p per day. The tariff ends on 30 June next year, and there is no exit fee.\n\nBest wishes,\nMeridian Energy"),
    H("call", "banking", False, False, ["single_offer", "lower_case"],
      "that's fine so if you [o:pop into the branch] with your id they can do it there and then. you don't need an appointment"),
    H("chat", "telecoms", False, False, ["single_option_merits"],
      "The 5G signal varies a lot in your area \u2014 some days it's great, some days not. I'd [o:keep the router on 4G mode] for now; [m:it'll be more stable]."),
    H("call", "travel", False, False, ["procedure_steps", "lower_case"],
      "right so it's a two-step thing. first you claim from the airline, then if they say no you come back to us. but you have to do it in that order"),
    H("email", "retail", False, False, ["facts_list", "us_english"],
      "Hi Marcus,\n\nWe're sorry your order arrived damaged. We've issued a full refund of $64.99 to your original payment method; you should see it within 5\u20137 business days. There's no need to return the item.\n\nBest regards,\nHollis & Co.", None, "en-US"),
    H("call", "insurance", False, False, ["ruled_out"],
      "Now, you might be thinking of switching to monthly, but on this policy it has to be annual, so [o:I'll take the annual payment today], if that's alright."),
    H("chat", "banking", False, False, ["either_or_diagnosis", "single_offer"],
      "Either the payment was declined by the retailer or it hasn't been presented yet. I'll [o:check with our card team] and get back to you within the hour."),
    H("call", "utilities", False, False, ["procedure_steps", "stt_style", "agent_side_steps"],
      "so what happens is er first we turn it off at the main then the engineer replaces the meter and then we turn it back on you'll be without water for maybe an hour"),
    H("email", "public services", False, False, ["customer_alternatives", "either_anti_cue"],
      "Dear Mr Byrne,\n\nYou asked whether you should apply for the Blue Badge online or by post. Either is fine; the application is assessed in the same way and a decision usually takes 12 weeks.\n\nKind regards,\nWestbridge Borough Council",
      "Should I apply online or by post?"),
    H("chat", "energy", False, False, ["ruled_out"],
      "I can see you were offered two tariffs in the letter. Unfortunately the first one has now been withdrawn, so [o:the Flex tariff] is what's available."),
    H("call", "telecoms", False, False, ["procedure_steps", "checklist", "lower_case"],
      "okay so three things to check. is the power light on. is the broadband light green. and is the cable in the grey socket, not the white one"),
    H("email", "travel", False, False, ["facts_list", "us_english", "confirmation"],
      "Hi Luis,\n\nPer your request, we've moved your reservation to June 14\u201318. The rate remains $189 per night. Please note that this booking is now non-refundable.\n\nBest regards,\nSkyline Holidays", None, "en-US"),
    H("call", "banking", False, False, ["single_option_merits", "ruled_out"],
      "No, there's no other way round it, unfortunately \u2014 it has to be [o:a new account application]. [m:It's only about ten minutes online], though."),
    H("chat", "public services", False, False, ["ivr_menu"],
      "Press 1 for Council Tax when you call, then option 3 for payment arrangements. The line's open 8 till 6."),
    H("call", "retail", False, False, ["ruled_out", "self_correction"],
      "So you could wait for it to come back in stock or \u2014 sorry, no, it's been discontinued, so [o:a refund] is the only option, I'm afraid."),
    H("email", "insurance", False, False, ["company_side_alternatives", "policy_wording"],
      "Dear Mrs Patel,\n\nUnder your policy, the insurer may either repair the damage or pay you the cost of repair, at its discretion. We will confirm which once the engineer's report is in.\n\nKind regards,\nHarbour Insurance"),
    H("call", "energy", False, False, ["customer_alternatives", "single_offer"],
      "So it's one or the other, the smart meter or manual readings, and you've said you don't want the smart meter, so manual readings it is. I'll [o:set up the reminder texts] for you.",
      "I don't want a smart meter."),
    H("chat", "travel", False, False, ["customer_alternatives", "either_way"],
      "Whichever date you go for, the price is the same \u2014 \u00a3412 per person.",
      "I could go on the 3rd or the 10th."),
    H("call", "banking", False, False, ["advice_declined", "single_offer"],
      "I'll be honest with you, I can't tell you whether fixing or tracking is better, because nobody knows where rates are going. What I can do is [o:book you in with one of our mortgage advisers]; [m:they can go through it properly]."),
]

import importlib.util as _ilu  # noqa: E402


def _batch(name):
    """The EXTRA list of a hand-written batch module next to this script."""
    spec = _ilu.spec_from_file_location(name, os.path.join(HERE, f"{name}.py"))
    mod = _ilu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return [H(**e) for e in mod.EXTRA]


HAND += _batch("hand_two_options")  # second batch
HAND3 = _batch("hand_two_options_3")  # third batch: appended after the first 880 records so their ids stay as they were
HAND4 = _batch("hand_two_options_4")  # fourth batch: appended after the third (ids opt-1106 on)


# ---------------------------------------------------------------------------
# segment assembly
# ---------------------------------------------------------------------------
def T(s):
    return ("t", s)


def O(s):
    return ("o", s)


def M(s):
    return ("m", s)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


US_MAP = [
    (r"\bcancelled\b", "canceled"), (r"\bcancelling\b", "canceling"),
    (r"\borganise\b", "organize"), (r"\bauthorise\b", "authorize"),
    (r"\bauthorisation\b", "authorization"), (r"\bapologise\b", "apologize"),
    (r"\bcolour\b", "color"), (r"\bcentre\b", "center"), (r"\bcentres\b", "centers"),
    (r"\bfavour\b", "favor"), (r"\bprogramme\b", "program"),
    (r"\bbehaviour\b", "behavior"), (r"\benquiry\b", "inquiry"),
    (r"\bworking days\b", "business days"), (r"\bworking day\b", "business day"),
    (r"\bfortnight\b", "two weeks"), (r"\bfortnightly\b", "every two weeks"),
    (r"\bcurrent account\b", "checking account"), (r"\bpostcode\b", "ZIP code"),
    (r"\bmobile\b", "cell"), (r"\bKind regards\b", "Best regards"),
    (r"\bneighbour\b", "neighbor"), (r"\bring back\b", "call back"),
    (r"\bring us\b", "call us"), (r"\bholiday\b", "vacation"),
    (r"\bcheque\b", "check"), (r"\bsofa\b", "couch"), (r"\btyre\b", "tire"),
    (r"\bMr\b", "Mr."), (r"\bMrs\b", "Mrs."), (r"\bMs\b", "Ms."), (r"\bDr\b", "Dr."),
    (r"£", "$"),
]

FILLERS = ["um", "er", "erm", "uh", "like", "you know", "sort of", "basically", "i mean"]


def to_us(s):
    for pat, rep in US_MAP:
        s = re.sub(pat, rep, s)
    return s


def stt(s, rng, kind):
    """Speech-to-text rendering of one segment: lower case, no punctuation,
    money spoken out, occasional fillers and repeats."""
    s = s.lower()
    s = re.sub(r"£(\d[\d,]*)", lambda m: m.group(1).replace(",", "") + " pounds", s)
    s = re.sub(r"\$(\d[\d,]*)", lambda m: m.group(1).replace(",", "") + " dollars", s)
    s = re.sub(r"(\d),(\d)", r"\1\2", s)
    s = re.sub(r"(?<!\d)[.](?!\d)|[.](?=\s|$)", " ", s)
    s = re.sub(r"[,;:!?\"()\u2014\u2013]", " ", s)
    s = re.sub(r"(?<=\s)-(?=\s)", " ", s)
    s = s.replace("'s ", "'s ")
    lead = s[:1].isspace()
    trail = s[-1:].isspace()
    words = s.split()
    if not words:
        return " " if (lead or trail) else ""
    out = []
    p_fill = 0.10 if kind == "t" else 0.04
    for i, w in enumerate(words):
        if i > 0 and rng.random() < p_fill:
            out.append(rng.choice(FILLERS))
        out.append(w)
        if kind == "t" and rng.random() < 0.03 and len(w) < 6:
            out.append(w)  # repeated word
    body = " ".join(out)
    if kind != "t":
        return body
    return (" " if lead else "") + body + (" " if trail else "")


@dataclass
class Doc:
    text: str
    options: list
    merit_spans: list


def assemble(segs, style="plain", us=False, rng=None):
    text = ""
    options, merits = [], []
    for kind, s in segs:
        if us:
            s = to_us(s)
        if style == "stt":
            s = stt(s, rng, kind)
        if kind in ("o", "m"):
            s = s.strip()
            assert s, "empty span segment"
        if not s:
            continue
        if text and text[-1] in " \n" and s[0] == " ":
            s = s.lstrip(" ")
        if style == "stt" and text and text[-1] != " " and s[0] != " " and kind != "t":
            s = " " + s if text[-1].isalnum() else s
        if kind in ("o", "m") and s[0] == " ":
            text += " "
            s = s.lstrip(" ")
        start = len(text)
        text += s
        end = len(text)
        if kind == "o":
            options.append({"start": start, "end": end})
        elif kind == "m":
            merits.append({"start": start, "end": end})
    # strip trailing whitespace only (does not move offsets)
    text = text.rstrip()
    lead = len(text) - len(text.lstrip())
    if lead:
        text = text[lead:]
        for sp in options + merits:
            sp["start"] -= lead
            sp["end"] -= lead
    if style == "stt":
        # collapse any double spaces introduced at joins, re-mapping offsets
        text, options, merits = collapse_spaces(text, options, merits)
    for sp in options + merits:
        assert 0 <= sp["start"] < sp["end"] <= len(text), (sp, text)
        frag = text[sp["start"]:sp["end"]]
        assert frag == frag.strip() and frag, (frag, text)
    return Doc(text, options, merits)


def collapse_spaces(text, options, merits):
    keep = []
    for i, ch in enumerate(text):
        if ch == " " and i > 0 and text[i - 1] == " ":
            continue
        keep.append(i)
    newpos = {old: new for new, old in enumerate(keep)}
    new_text = "".join(text[i] for i in keep)

    def remap(sp):
        s = sp["start"]
        while s not in newpos:
            s += 1
        e = sp["end"] - 1
        while e not in newpos:
            e -= 1
        return {"start": newpos[s], "end": newpos[e] + 1}

    return new_text, [remap(s) for s in options], [remap(s) for s in merits]


# ---------------------------------------------------------------------------
# helpers over the bank
# ---------------------------------------------------------------------------
ORD = ["first", "second", "third"]
NUMW = {2: "two", 3: "three"}


def subj(o, rng):
    return "you" if o["who"] == "you" else rng.choice(["we", "I", "we"])


def could(o, rng, modal=None):
    modal = modal or rng.choice(["could", "can", "could"])
    return f"{subj(o, rng)} {modal} "


def merit_inline(o, rng, which=None):
    which = which or rng.choice(["pro", "pro", "con", "both"])
    if which == "pro":
        lead = rng.choice([" \u2014 ", ", and ", ", which means ", ", so ", " \u2014 the good thing there is "])
        if lead == ", which means " and not o["pro"].startswith(("it", "you", "your", "there", "the")):
            lead = ", so "
        return [T(lead), M(o["pro"])]
    if which == "con":
        return [T(rng.choice([", but ", ", though ", ", although ", " \u2014 the catch is that "])), M(o["con"])]
    return [T(rng.choice([" \u2014 ", ", where "])), M(o["pro"]), T(rng.choice([", but ", ", although ", " though "])), M(o["con"])]


def merit_sentence(o, rng, which=None, ref=None):
    which = which or rng.choice(["pro", "con", "both", "pro"])
    if which == "pro":
        return rng.choice([
            [T(" "), M(cap(o["pro"])), T(".")],
            [T(" The advantage there is that "), M(o["pro"]), T(".")],
            [T(" The good thing about that is "), M(o["pro"]), T(".")],
            [T(" That way "), M(o["pro"]), T(".")],
            [T(" What's good about it is "), M(o["pro"]), T(".")],
        ])
    if which == "con":
        return rng.choice([
            [T(" The downside is that "), M(o["con"]), T(".")],
            [T(" Bear in mind "), M(o["con"]), T(".")],
            [T(" The only thing is, "), M(o["con"]), T(".")],
            [T(" The drawback is "), M(o["con"]), T(".")],
        ])
    return rng.choice([
        [T(" "), M(cap(o["pro"])), T(", but "), M(o["con"]), T(".")],
        [T(" On the plus side "), M(o["pro"]), T("; on the other hand "), M(o["con"]), T(".")],
        [T(" "), M(cap(o["pro"])), T(". The downside is "), M(o["con"]), T(".")],
    ])


def comparison_sentence(opts, rng):
    a, b = opts[0], opts[1]
    v = rng.randrange(5)
    if v == 0:
        return [T(" The first is "), M(a["cmp"]), T(", but the second is "), M(b["cmp"]), T(".")]
    if v == 1:
        return [T(" So, in short, the first one is "), M(a["cmp"]), T(" and the second one is "), M(b["cmp"]), T(".")]
    if v == 2:
        return [T(" Comparing the two, "), T(a["np"]), T(" is "), M(a["cmp"]), T(", whereas "), T(b["np"]), T(" is "), M(b["cmp"]), T(".")]
    if v == 3:
        return [T(" Of the two, "), T(b["np"]), T(" is "), M(b["cmp"]), T(", but "), T(a["np"]), T(" is "), M(a["cmp"]), T(".")]
    return [T(" It really comes down to what matters more to you: the first is "), M(a["cmp"]), T(", the second is "), M(b["cmp"]), T(".")]


# ---------------------------------------------------------------------------
# positive frames.  Each returns (segs, phenomena).  mset = indices of options
# that get a merit attached; cmp = add an explicit comparison.
# ---------------------------------------------------------------------------
def _m(opts, i, mset, rng, style):
    if i not in mset:
        return []
    if style == "inline":
        return merit_inline(opts[i], rng)
    return merit_sentence(opts[i], rng)


def f_either_or(opts, mset, rng, ch):
    a, b = opts[0], opts[1]
    segs = []
    if a["who"] == b["who"]:
        segs += [T(cap(subj(a, rng)) + " " + rng.choice(["could", "can"]) + " either "), O(a["vp"])]
        segs += _m(opts, 0, mset, rng, "inline")
        segs += [T(rng.choice([", or ", " or ", ", or else "])), O(b["vp"])]
    else:
        segs += [T("Either " + subj(a, rng) + " " + rng.choice(["could", "can"]) + " "), O(a["vp"])]
        segs += _m(opts, 0, mset, rng, "inline")
        segs += [T(", or " + subj(b, rng) + " could "), O(b["vp"])]
    segs += _m(opts, 1, mset, rng, "inline")
    segs += [T(".")]
    return segs, ["either_or"]


def f_two_ways(opts, mset, rng, ch):
    n = len(opts)
    intro = rng.choice([
        f"There are {NUMW[n]} ways we can do this.",
        f"There are {NUMW[n]} ways of handling this.",
        f"You've got {NUMW[n]} options here.",
        f"There are {NUMW[n]} routes open to you.",
        f"So there are basically {NUMW[n]} ways forward.",
        f"We've got {NUMW[n]} ways of sorting this out.",
    ])
    segs = [T(intro)]
    style = rng.choice(["ordinal", "one_other"]) if n == 2 else "ordinal"
    for i, o in enumerate(opts):
        if style == "one_other":
            lead = " One is to " if i == 0 else " The other is to "
        else:
            lead = f" The {ORD[i]} is to "
            if i == 0 and rng.random() < 0.3:
                lead = " The first would be to "
        segs += [T(lead), O(o["vp"])]
        if i in mset and rng.random() < 0.5:
            segs += merit_inline(o, rng) + [T(".")]
        else:
            segs += [T(".")] + _m(opts, i, mset, rng, "sentence")
    return segs, ["two_ways"] + (["three_options"] if n == 3 else [])


def f_option_num(opts, mset, rng, ch):
    v = rng.randrange(3)
    segs = []
    for i, o in enumerate(opts):
        num = ["one", "two", "three"][i]
        if v == 0:
            lead = f"Option {num}: " if i == 0 else f" Option {num}: "
            segs += [T(lead), O(cap(o["vp"])), T(".")]
        elif v == 1:
            lead = f"Option {num} is to " if i == 0 else f" Option {num} is to "
            segs += [T(lead), O(o["vp"]), T(".")]
        else:
            L = "ABC"[i]
            lead = f"Option {L} would be to " if i == 0 else f" Option {L}: "
            segs += [T(lead), O(o["vp"]) if i == 0 else O(cap(o["vp"])), T(".")]
        segs += _m(opts, i, mset, rng, "sentence")
    return segs, ["option_one_two"] + (["three_options"] if len(opts) == 3 else [])


def f_alternatively(opts, mset, rng, ch):
    a = opts[0]
    segs = [T(cap(could(a, rng))), O(a["vp"]), T(".")]
    segs += _m(opts, 0, mset, rng, "sentence")
    for i, o in enumerate(opts[1:], start=1):
        lead = " Alternatively, " if i == 1 else rng.choice([" Or, ", " Another possibility is that "])
        segs += [T(lead + could(o, rng, "could")), O(o["vp"]), T(".")]
        segs += _m(opts, i, mset, rng, "sentence")
    return segs, ["alternatively"] + (["three_options"] if len(opts) == 3 else [])


def f_other_route(opts, mset, rng, ch):
    a, b = opts[0], opts[1]
    first = rng.choice(["One route is to ", "The simplest route is to ", "The usual route is to ", "One way is to "])
    other = rng.choice([" The other route is to ", " The other way of doing it is to ", " The other route open to you is to "])
    segs = [T(first), O(a["vp"]), T(".")] + _m(opts, 0, mset, rng, "sentence")
    segs += [T(other), O(b["vp"]), T(".")] + _m(opts, 1, mset, rng, "sentence")
    return segs, ["other_route"]


def f_choose_between(opts, mset, rng, ch):
    n = len(opts)
    if n == 2:
        segs = [T(rng.choice(["You can choose between ", "It's your choice between ", "You can pick between "])),
                O(opts[0]["np"]), T(" and "), O(opts[1]["np"]), T(".")]
    else:
        segs = [T(rng.choice(["You can choose from ", "You can pick from "])), O(opts[0]["np"]), T(", "),
                O(opts[1]["np"]), T(" or "), O(opts[2]["np"]), T(".")]
    for i, o in enumerate(opts):
        if i in mset:
            lead = rng.choice([f" With {o['np']}, ", f" If you go for {o['np']}, ", f" With the {ORD[i]}, "])
            w = rng.choice(["pro", "con"])
            segs += [T(lead), M(o[w]), T(".")]
    return segs, ["choose_between"] + (["three_options"] if n == 3 else [])


def f_one_thing(opts, mset, rng, ch):
    a = opts[0]
    segs = [T(rng.choice(["One thing ", "Something "]) + subj(a, rng) + " could do is "), O(a["vp"]), T(".")]
    segs += _m(opts, 0, mset, rng, "sentence")
    for i, o in enumerate(opts[1:], start=1):
        if i == 1:
            lead = rng.choice([" Another is to ", " Another option would be to ", " The other thing " + subj(o, rng) + " could do is "])
        else:
            lead = " A third would be to "
        segs += [T(lead), O(o["vp"]), T(".")]
        segs += _m(opts, i, mset, rng, "sentence")
    return segs, ["one_thing_another"] + (["three_options"] if len(opts) == 3 else [])


def _rather(o):
    return "you'd rather " if o["who"] == "you" else "you'd rather we "


def f_separate(opts, mset, rng, ch):
    # options and merits spread over separate sentences
    segs = []
    for i, o in enumerate(opts):
        if i == 0:
            segs += [T(rng.choice(["If you go for ", "If you choose ", "Say you go with "])), O(o["np"]), T(", ")]
        else:
            segs += [T(" If " + _rather(o) if i == 1 else " Or if " + _rather(o)), O(o["vp"]), T(", ")]
        if i in mset:
            segs += [M(o[rng.choice(["pro", "con"])]), T(".")]
        else:
            segs += [T(rng.choice(["that's no problem.", "I can set that up.", "I can book that for you."] if i == 0 else
                                  ["that's fine too.", "that works as well.", "I can do that instead."]))]
    return segs, ["separate_sentences"] + (["three_options"] if len(opts) == 3 else [])


def f_prefer_q(opts, mset, rng, ch):
    a, b = opts[0], opts[1]
    pa = "Would you prefer to " if a["who"] == "you" else rng.choice(["Would you prefer me to ", "Would you like us to "])
    pb = ", or would you rather " if b["who"] == "you" else ", or would you rather I "
    segs = [T(pa), O(a["vp"])] + _m(opts, 0, mset, rng, "inline") + [T(pb), O(b["vp"])] + _m(opts, 1, mset, rng, "inline") + [T("?")]
    return segs, ["prefer_question"]


def f_instead(opts, mset, rng, ch):
    a, b = opts[0], opts[1]
    segs = [T(cap(could(a, rng, "can"))), O(a["vp"]), T(rng.choice([" today.", " now.", "."]))]
    segs += _m(opts, 0, mset, rng, "sentence")
    segs += [T(rng.choice([" Or, if it suits you better, ", " Or, if you'd prefer, ", " If that doesn't suit, "]) + could(b, rng, "could")), O(b["vp"]), T(" instead.")]
    segs += _m(opts, 1, mset, rng, "sentence")
    return segs, ["instead"]


def f_recommend(opts, mset, rng, ch):
    a, b = opts[0], opts[1]
    segs = [T(rng.choice(["My suggestion would be to ", "What I'd normally recommend is to ", "I'd probably lean towards the option to "])), O(a["vp"])]
    segs += _m(opts, 0, mset, rng, "inline") + [T(".")]
    segs += [T(rng.choice([" That said, " + could(b, rng, "could") + "also ", " But " + could(b, rng, "could") + "just as easily "])), O(b["vp"])]
    segs += _m(opts, 1, mset, rng, "inline") + [T(rng.choice([" if you'd prefer.", ", if that suits you better.", "."]))]
    return segs, ["recommend_plus_alternative"]


def f_list3(opts, mset, rng, ch):
    segs = [T(rng.choice(["There are three things we can do. ", "You've really got three choices. ", "So, three possibilities. "]))]
    for i, o in enumerate(opts):
        lead = cap(could(o, rng, "could")) if i == 0 else ("; " if i == 1 else "; or ") + could(o, rng, "could")
        segs += [T(lead), O(o["vp"])]
        segs += _m(opts, i, mset, rng, "inline")
    segs += [T(".")]
    return segs, ["three_options", "list"]


def f_bullets(opts, mset, rng, ch):
    n = len(opts)
    bullet = rng.choice(["- ", "\u2022 ", "* ", "num"])
    segs = [T(rng.choice([f"There are {NUMW[n]} options available to you:", f"You have {NUMW[n]} options:", "Here are the options we can offer:"]) + "\n\n")]
    for i, o in enumerate(opts):
        b = f"{i + 1}. " if bullet == "num" else bullet
        segs += [T(b), O(cap(o["np"]))]
        if i in mset:
            w = rng.choice(["pro", "con", "both"])
            if w == "both":
                segs += [T(" \u2013 "), M(o["pro"]), T(", but "), M(o["con"])]
            else:
                segs += [T(" \u2013 "), M(o[w])]
        segs += [T(".\n" if i == n - 1 else "\n")]
    segs += [T(rng.choice(["\nPlease let me know which you would prefer.", "\nJust reply to this email with your choice.", "\nLet us know how you'd like to proceed."]))]
    return segs, ["bullets", "email_bullets"] + (["three_options"] if n == 3 else [])


POS_FRAMES_2 = [f_either_or, f_two_ways, f_option_num, f_alternatively, f_other_route, f_choose_between,
                f_one_thing, f_separate, f_prefer_q, f_instead, f_recommend]
POS_FRAMES_3 = [f_two_ways, f_option_num, f_alternatively, f_choose_between, f_one_thing, f_list3, f_separate]


# ---------------------------------------------------------------------------
# negative frames.  Each returns (segs, phenomena, customer_context or None)
# ---------------------------------------------------------------------------
def n_single_offer(sc, sector, rng, ch):
    o = rng.choice(sc["opts"])
    withm = rng.random() < 0.4
    if o["who"] == "we":
        lead = rng.choice(["Would you like me to ", "I can ", "What I can do is ", "If it helps, I could ", "Shall I ",
                           "If you'd prefer, I can ", "The option I can offer is to "])
        tail = {"Would you like me to ": "?", "I can ": rng.choice([" for you \u2014 shall I go ahead?", " if you'd like?", " \u2014 is that okay?"]),
                "What I can do is ": ". Is that okay?", "If it helps, I could ": ".", "Shall I ": "?",
                "If you'd prefer, I can ": rng.choice([" \u2014 just say the word.", "."]), "The option I can offer is to ": "."}[lead]
    else:
        lead = rng.choice(["Would you like to ", "I'd suggest you ", "The best thing to do would be to ", "What you can do is ",
                           "If you'd rather sort it yourself, you can "])
        tail = {"Would you like to ": "?", "I'd suggest you ": ".", "The best thing to do would be to ": ".", "What you can do is ": ".",
                "If you'd rather sort it yourself, you can ": "."}[lead]
    segs = [T(lead), O(o["vp"])]
    ph = ["single_offer"]
    if withm and not tail.endswith("?"):
        segs += [T(tail)] + merit_sentence(o, rng)
        ph.append("single_option_merits")
    elif withm:
        segs += merit_inline(o, rng, "pro") + [T(tail)]
        ph.append("single_option_merits")
    else:
        segs += [T(tail)]
    return segs, ph, sc["ctx"] if rng.random() < 0.7 else None


def n_single_merits(sc, sector, rng, ch):
    o = rng.choice(sc["opts"])
    lead = rng.choice(["The best way forward is to ", "What I'd recommend is to ", "In your case the route is to ",
                       "The way we'd deal with this is to ", "The best option for you is to ", "The only option on this account is to "])
    segs = [T(lead), O(o["vp"]), T(".")] + merit_sentence(o, rng, "both")
    if rng.random() < 0.4:
        segs += [T(rng.choice([" That's really the only option on this account.", " I'm afraid there isn't another way to do it.", " Would you like me to go ahead?"]))]
    return segs, ["single_option_merits"], sc["ctx"] if rng.random() < 0.6 else None


def n_ruled_out(sc, sector, rng, ch):
    ro = sc["ro"]
    b = rng.choice(sc["opts"])
    rs = "you could " if ro["who"] == "you" else "we could "
    v = rng.randrange(8)
    bw = could(b, rng, "can")
    if v == 0:
        segs = [T(cap(rs)), T(ro["vp"]), T(" but " + ro["reason"] + ", so what " + ("I'll" if b["who"] == "we" else "you'll need to") + " do is "), O(b["vp"]), T(".")]
    elif v == 1:
        segs = [T("Normally " + ("you'd " if ro["who"] == "you" else "we'd ") + ro["vp"] + ", but " + ro["reason"] + ". What " + bw.strip() + " do is "), O(b["vp"]), T(".")]
    elif v == 2:
        segs = [T("I did look at whether " + rs.replace(" could ", " could ") + ro["vp"] + ", but unfortunately " + ro["reason"] + ". So the way forward is to "), O(b["vp"]), T(".")]
    elif v == 3:
        segs = [T(cap(bw)), O(b["vp"]), T(". Alternatively " + rs + ro["vp"] + " \u2014 except that " + ro["reason"] + ", so that one's off the table, I'm afraid.")]
    elif v == 4:
        segs = [T("There would normally be two ways to deal with this, but as " + ro["reason"] + ", the only route left is to "), O(b["vp"]), T(".")]
    elif v == 6:
        segs = [T(cap(rs.replace("could", "can't")) + ro["vp"] + ", I'm afraid, because " + ro["reason"] + ". Alternatively, " + could(b, rng, "can")), O(b["vp"]), T(".")]
    elif v == 7:
        segs = [T("I looked into whether " + rs + ro["vp"] + ", but " + ro["reason"] + ", so instead " + could(b, rng, "can")), O(b["vp"]), T(".")]
    else:
        segs = [T("The other route would be to " + ro["vp"] + ", but " + ro["reason"] + rng.choice([". So I'd suggest we stick with the plan to ", ", so that option isn't available. I'd rather we just "])), O(b["vp"]), T(".")]
    ph = ["ruled_out"]
    if v in (3, 6):
        ph.append("alternatively")
    if v == 7:
        ph.append("instead")
    if v == 4:
        ph.append("two_ways")
    if v == 5:
        ph.append("other_route")
    if rng.random() < 0.35:
        segs += merit_sentence(b, rng, "pro")
        ph.append("single_option_merits")
    return segs, ph, sc["ctx"] if rng.random() < 0.6 else None


def _cust_form(o):
    """The option in the customer's own voice ("I pay..." / "you send me...")."""
    vp = o["vp"]
    obj = "I" if o["who"] == "you" else "me"
    for pat, r in [(r"\byou're\b", "I'm"), (r"\byou'd\b", "I'd"), (r"\byour\b", "my"), (r"\byours\b", "mine"),
                   (r"\byou\b", obj), (r"\bour\b", "your")]:
        vp = re.sub(pat, r, vp)
    return ("I " if o["who"] == "you" else "you ") + vp


def n_customer_alts(sc, sector, rng, ch):
    a, b = sc["opts"][0], sc["opts"][1]
    ctx = rng.choice([
        f"Should {_cust_form(a).replace('I ', 'I ', 1)}, or would it be better if {_cust_form(b)}?",
        f"Can {_cust_form(a)}? Or is it easier if {_cust_form(b)}?",
        f"I was thinking either {_cust_form(a)} or {_cust_form(b)} \u2014 which is possible?",
        f"What about if {_cust_form(b)}? Or {_cust_form(a)}?",
    ]).replace("Should I ", "Should I ").replace("Can I ", "Can I ")
    ctx = ctx.replace("Should you ", "Could you ").replace("Can you ", "Could you ")
    pick = rng.choice([a, b])
    which = "the second one" if pick is b else "the first one"
    v = rng.randrange(5)
    if v == 0:
        segs = [T(rng.choice([f"Yes, {which} is absolutely fine. I've made a note on the account.",
                              f"If you'd prefer {which}, that's fine \u2014 I've made a note on the account.",
                              f"Sure, if you'd rather do {which} I'll note that on the account."]))]
    elif v == 1:
        segs = [T("That's no problem at all \u2014 " + ("I'll get that done now." if pick["who"] == "we" else "you can go ahead and do that.") + " I've noted it on the account.")]
    elif v == 2:
        segs = [T(f"Either of those is possible, but as you've said you'd like {which}, I'll set that up for you now.")]
    elif v == 3:
        segs = [T("Yep, that works. I've updated the account so it's all in place.")]
    else:
        segs = [T(f"Of course. Going with {which} is fine, and I've confirmed it on our system. You'll get an email shortly.")]
    return segs, ["customer_alternatives"], ctx


def _pick_list(sector, key, rng):
    return rng.choice(SECTOR_LISTS[sector][key])


def n_either_way(sc, sector, rng, ch):
    unc, out = _pick_list(sector, "either_way", rng)
    segs = [T(cap(unc) + ". " + rng.choice(["Either way, ", "Either way ", "But either way, "]) + out + ".")]
    if rng.random() < 0.25:
        segs += [T(rng.choice([" If you'd rather we call you when it's done, just say.", " If you'd prefer updates by email, I can change that."]))]
    return segs, ["either_way"], sc["ctx"] if rng.random() < 0.5 else None


def n_whether(sc, sector, rng, ch):
    s = _pick_list(sector, "whether", rng)
    return [T(cap(s) + ".")], ["whether_or_not"], sc["ctx"] if rng.random() < 0.4 else None


def n_steps(sc, sector, rng, ch):
    steps = _pick_list(sector, "steps", rng)
    v = rng.randrange(4) if ch != "email" else rng.choice([0, 1, 4, 4])
    if v == 0:
        txt = "First, " + steps[0] + ". Then " + steps[1] + (", and after that " + steps[2] if len(steps) > 3 else "") + ". Finally, " + steps[-1] + "."
    elif v == 1:
        txt = " ".join(f"Step {['one', 'two', 'three', 'four'][i]}, {s}." for i, s in enumerate(steps))
    elif v == 2:
        txt = "So you'll want to " + steps[0] + ", then " + ", then ".join(steps[1:-1]) + ", and once that's done " + steps[-1] + "."
    elif v == 3:
        txt = "Okay, so the first thing is to " + steps[0] + ". The second thing is to " + steps[1] + ". And the last thing is " + steps[-1] + "."
    else:
        b = rng.choice(["num", "- "])
        txt = "To do this:\n\n" + "\n".join((f"{i + 1}. " if b == "num" else b) + cap(s) for i, s in enumerate(steps))
    ph = ["procedure_steps"] + (["bullets"] if v == 4 else [])
    return [T(txt)], ph, sc["ctx"] if rng.random() < 0.5 else None


def n_ivr(sc, sector, rng, ch):
    items = _pick_list(sector, "ivr", rng)
    nums = ["one", "two", "three", "four", "five"]
    v = rng.randrange(4)
    if v == 0:
        body = ", ".join(f"press {nums[i]} for {x}" for i, x in enumerate(items))
        txt = "When you ring back you'll hear a menu \u2014 " + body + ". You want option " + nums[rng.randrange(len(items))] + "."
    elif v == 1:
        body = "; ".join(f"option {i + 1} is {x}" for i, x in enumerate(items))
        txt = "The number on the back of the card goes to our automated line: " + body + "."
    elif v == 2:
        txt = "Just so you know, the phone menu changed last week. It's now press " + nums[0] + " for " + items[0] + ", " + nums[1] + " for " + items[1] + ", or hold for an adviser."
    else:
        txt = "If you call the main number, the options are: " + ", ".join(f"{i + 1} for {x}" for i, x in enumerate(items)) + ". Choose " + str(rng.randrange(len(items)) + 1) + " and quote your reference."
    return [T(txt)], ["ivr_menu"], None


def n_facts(sc, sector, rng, ch):
    f = _pick_list(sector, "facts", rng)
    segs = [T(cap(f) + ".")]
    ph = ["facts_list"]
    if rng.random() < 0.35:
        f2 = _pick_list(sector, "facts", rng)
        if f2 != f:
            segs += [T(" Also, " + f2 + ".")]
    return segs, ph, sc["ctx"] if rng.random() < 0.5 else None


def n_clarify(sc, sector, rng, ch):
    q = _pick_list(sector, "clarify", rng)
    pre = rng.choice(["", "Sorry, just to check \u2014 ", "Before I go any further, ", "Quick question: "])
    q2 = q[0].lower() + q[1:] if pre else q
    return [T(pre + q2)], ["clarifying_question"], sc["ctx"] if rng.random() < 0.6 else None


def n_causes(sc, sector, rng, ch):
    c = _pick_list(sector, "causes", rng)
    return [T(cap(c) + ".")], ["causes_not_choices"], sc["ctx"] if rng.random() < 0.6 else None


GENERIC_FACTS = [
    "I've looked at the account and I can see what's happened.",
    "There are two notes on the account from last week, so I've read through those first.",
    "First of all, I'm sorry this has dragged on.",
    "I've checked, and nothing has been charged yet.",
    "Your reference for this is CX-40917, and I've added a note to the account.",
    "I can see you've been with us since 2015 and you've had two letters about this already.",
    "Thanks for bearing with me while I checked the details.",
]
GENERIC_WHETHER = [
    "Whether or not you go ahead today, nothing changes on the account until you confirm.",
    "Whether or not you've had our letter yet, I can go through it with you now.",
    "You'll get a written summary whether or not we make any changes today.",
]
GENERIC_EITHER = [
    "Either way, I'll send you a summary by email.",
    "Either way, you'll have a written confirmation today.",
    "Either way, nothing will change until you tell us.",
    "Either way, I'll put a note on the account so nobody chases you in the meantime.",
]

LIST_KINDS = {"either_way", "whether", "steps", "ivr", "facts", "clarify", "causes"}
GENERIC_TOPICS = ["your recent enquiry", "your account", "your query", "the questions you raised", "your request"]

NEG_FRAMES = {
    "single_offer": (n_single_offer, 38),
    "single_merits": (n_single_merits, 26),
    "ruled_out": (n_ruled_out, 40),
    "customer_alts": (n_customer_alts, 28),
    "either_way": (n_either_way, 26),
    "whether": (n_whether, 20),
    "steps": (n_steps, 30),
    "ivr": (n_ivr, 20),
    "facts": (n_facts, 24),
    "clarify": (n_clarify, 18),
    "causes": (n_causes, 18),
}


# ---------------------------------------------------------------------------
# channel wrappers
# ---------------------------------------------------------------------------
CALL_OPEN = ["", "", "Okay, so ", "Right, ", "Sure. ", "Yeah, no problem. ", "Thanks for holding. ", "Let me just have a look... right. ",
             "Okay, I've got your account up now. ", "I understand, that's really frustrating. ", "Bear with me one second. Okay. "]
CALL_CLOSE = ["", "", "", " Does that make sense?", " If you'd prefer, I can put all this in an email.", " Is that okay?", " How does that sound?", " Let me know how you'd like to proceed.",
              " Is there anything else I can help with today?", " Have you got a pen handy?"]
CHAT_OPEN = ["", "", "Thanks for waiting! ", "Hi {name}, thanks for your patience. ", "Thanks for that. ", "I've checked your account now. ",
             "Sorry to hear that! ", "Okay, I can help with that. "]
CHAT_CLOSE = ["", "", " Let me know how you'd like to proceed.", " If you'd prefer a call back, just say.", " Is there anything else I can help with?", " \U0001F642", " Anything else I can do for you today?"]
EMAIL_GREET = ["Dear {title} {surname},", "Hi {first},", "Hello {first},", "Dear {first},", "Dear Customer,"]
EMAIL_THANKS = ["Thank you for your email about {topic}.", "Thanks for getting in touch about {topic}.",
                "Thank you for contacting us regarding {topic}.", "Thank you for your message about {topic}.",
                "Following our call earlier, I'm writing about {topic}."]
EMAIL_CLOSE = ["If you have any questions, please reply to this email.", "We're here if you need anything else.",
               "Let us know how you'd like to proceed.", "Please don't hesitate to contact us if you need anything further.", ""]
EMAIL_SIGN = ["Kind regards,", "Best wishes,", "Many thanks,", "Regards,", "Thanks,"]


def _has_closer(segs):
    tail = " ".join(x[1] for x in segs[-3:]).lower()
    return "let me know" in tail or "let us know" in tail or "reply to this" in tail or tail.rstrip().endswith("?")


def wrap(segs, ch, sc, sector, rng, locale, topic=None):
    first, surname, title = rng.choice(NAMES)
    closed = _has_closer(segs)
    if ch == "call":
        op = rng.choice(CALL_OPEN)
        if op.endswith(("so ", ", ")) and segs and segs[0][0] in "to":
            k, s0 = segs[0]
            if not re.match(r"I\b|I'", s0):
                segs = [(k, s0[:1].lower() + s0[1:])] + segs[1:]
        return [T(op)] + segs + [T("" if closed else rng.choice(CALL_CLOSE))]
    if ch == "chat":
        op = rng.choice(CHAT_OPEN).format(name=first)
        return [T(op)] + segs + [T("" if closed else rng.choice(CHAT_CLOSE))]
    greet = rng.choice(EMAIL_GREET).format(title=title, surname=surname, first=first)
    thanks = rng.choice(EMAIL_THANKS).format(topic=topic or sc["topic"])
    close = "" if closed else rng.choice(EMAIL_CLOSE)
    agent = rng.choice(AGENTS)
    company = COMPANY[sector]
    out = [T(greet + "\n\n" + thanks + "\n\n")] + segs
    out += [T(("\n\n" + close if close else "") + "\n\n" + rng.choice(EMAIL_SIGN) + "\n" + agent + "\n" + company)]
    return out


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
def pick_channel(rng):
    r = rng.random()
    return "call" if r < 0.45 else ("chat" if r < 0.70 else "email")


def shingles(text):
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(w[i:i + 3]) for i in range(max(0, len(w) - 2))}


def jacc(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


SECTORS = ["banking", "insurance", "telecoms", "energy", "travel", "retail", "public services", "utilities"]


def gen_positive(rng, kind):
    sector = rng.choice(SECTORS)
    ch = pick_channel(rng)
    locale = "en-US" if rng.random() < 0.25 else "en-GB"
    pool = [s for s in SCEN[sector] if locale == "en-GB" or not s.get("uk")]
    if not pool:
        locale = "en-GB"
        pool = SCEN[sector]
    sc = rng.choice(pool)
    opts = list(sc["opts"])
    three = len(opts) >= 3 and rng.random() < 0.45
    if three:
        rng.shuffle(opts)
        opts = opts[:3]
    else:
        opts = rng.sample(opts, 2)
    n = len(opts)
    if kind == "merit":
        mode = rng.choice(["all", "all", "two", "cmp"]) if n == 3 else rng.choice(["all", "all", "cmp"])
    else:
        mode = rng.choice(["none", "none", "one"])
    frames = POS_FRAMES_3 if n == 3 else POS_FRAMES_2
    if ch == "email" and rng.random() < 0.4:
        frame = f_bullets
    else:
        frame = rng.choice(frames)
    if mode == "all":
        mset = set(range(n))
    elif mode == "two":
        mset = set(rng.sample(range(n), 2))
    elif mode == "one":
        mset = {rng.randrange(n)}
    else:
        mset = set()
    if mode == "cmp" and frame in (f_separate,):
        frame = f_two_ways
    segs, ph = frame(opts, mset, rng, ch)
    if mode == "cmp":
        cmp_segs = comparison_sentence(opts, rng)
        if frame is f_bullets:
            closer = segs.pop()
            cmp_segs[0] = ("t", "\n" + cmp_segs[0][1].lstrip(" "))
            segs += cmp_segs + [closer]
        else:
            segs += cmp_segs
        ph.append("comparison")
    if mode == "one":
        ph.append("merit_one_side")
    if mode == "none":
        ph.append("no_merits")
    ctx = sc["ctx"] if rng.random() < 0.65 else None
    # optional preamble / postscript so neither facts nor "either way" mark negatives
    r = rng.random()
    if r < 0.12:
        segs = [T(rng.choice(GENERIC_FACTS) + " ")] + segs
        ph.append("facts_preamble")
    elif r < 0.2:
        segs = [T(rng.choice(GENERIC_WHETHER) + " ")] + segs
        ph.append("whether_or_not")
    elif r < 0.3 and frame is not f_bullets:
        ro_ = sc["ro"]
        who = "you can't " if ro_["who"] == "you" else rng.choice(["we can't ", "I can't "])
        join = rng.choice(["That said, ", "But ", "What we can do instead: ", ""])
        if join and segs[0][0] in "to" and not re.match(r"I\b|I'", segs[0][1]):
            segs = [(segs[0][0], segs[0][1][:1].lower() + segs[0][1][1:])] + segs[1:]
        segs = [T(rng.choice(["Unfortunately ", "I'm afraid ", "I did check, but "]) + who + ro_["vp"] + ", as " + ro_["reason"] + ". "
                  + join)] + segs
        ph.append("ruled_out")
    if rng.random() < 0.1:
        segs += [T(" " + rng.choice(GENERIC_EITHER))]
        ph.append("either_way")
    elif rng.random() < 0.08:
        segs += [T(rng.choice([" Let me know whether you'd like to go ahead with one of those.", " Have a think about whether one of those works for you."]))]
    style = "stt" if ch == "call" and rng.random() < 0.4 else "plain"
    segs = wrap(segs, ch, sc, sector, rng, locale)
    if style == "stt":
        ph.append("stt_style")
    doc = assemble(segs, style, locale == "en-US", rng)
    merits = kind == "merit"
    return dict(channel=ch, sector=sector, locale=locale, doc=doc, present=True, merits_explained=merits,
                customer_context=ctx, phenomena=ph)


def gen_positive_customer_raised(rng):
    """Customer raises two alternatives; the agent lays both out with merits."""
    sector = rng.choice(SECTORS)
    sc = rng.choice(SCEN[sector])
    ch = pick_channel(rng)
    a, b = sc["opts"][0], sc["opts"][1]
    ctx = f"Is it better if {_cust_form(a)}, or if {_cust_form(b)}?"
    segs = [T(rng.choice(["Good question. ", "Both are possible. ", "You can do either. "]))]
    segs += [T("If " + ("you " if a["who"] == "you" else "we ")), O(a["vp"]), T(", ")] + [M(a["pro"]), T(", but "), M(a["con"]), T(".")]
    segs += [T(" If " + ("you " if b["who"] == "you" else "we ")), O(b["vp"]), T(" instead, "), M(b["pro"]), T(".")]
    segs += [T(rng.choice([" It's your call.", " I'm happy to set up whichever you prefer.", ""]))]
    style = "stt" if ch == "call" and rng.random() < 0.4 else "plain"
    segs = wrap(segs, ch, sc, sector, rng, "en-GB")
    ph = ["customer_alternatives", "customer_raised_expanded", "separate_sentences"] + (["stt_style"] if style == "stt" else [])
    doc = assemble(segs, style, False, rng)
    return dict(channel=ch, sector=sector, locale="en-GB", doc=doc, present=True, merits_explained=True,
                customer_context=ctx, phenomena=ph)


def gen_negative(rng, kind):
    sector = rng.choice(SECTORS)
    ch = pick_channel(rng)
    locale = "en-US" if rng.random() < 0.25 else "en-GB"
    pool = [s for s in SCEN[sector] if locale == "en-GB" or not s.get("uk")]
    if not pool or SECTOR_LISTS[sector].get("uk"):
        locale = "en-GB"
        pool = SCEN[sector]
    sc = rng.choice(pool)
    fn = NEG_FRAMES[kind][0]
    segs, ph, ctx = fn(sc, sector, rng, ch)
    topic = None
    if kind in LIST_KINDS:
        ctx = None
        topic = rng.choice(GENERIC_TOPICS)
    # sometimes add a second, different negative element
    if rng.random() < 0.25 and kind not in ("customer_alts",):
        if kind in LIST_KINDS:
            # a second element from the same sector's lists
            k2 = rng.choice(["facts", "either_way", "whether"])
            if k2 != kind:
                s2, p2, _ = NEG_FRAMES[k2][0](sc, sector, rng, ch)
                segs = segs + [T(" ")] + s2
                ph = ph + [p for p in p2 if p not in ph]
        else:
            k2 = rng.choice(["facts_list", "either_way", "whether_or_not"])
            pool = {"facts_list": GENERIC_FACTS, "either_way": GENERIC_EITHER, "whether_or_not": GENERIC_WHETHER}[k2]
            segs = segs + [T(" " + rng.choice(pool))]
            if k2 not in ph:
                ph = ph + [k2]
    style = "stt" if ch == "call" and rng.random() < 0.4 else "plain"
    segs = wrap(segs, ch, sc, sector, rng, locale, topic)
    if style == "stt":
        ph.append("stt_style")
    doc = assemble(segs, style, locale == "en-US", rng)
    return dict(channel=ch, sector=sector, locale=locale, doc=doc, present=False, merits_explained=False,
                customer_context=ctx, phenomena=ph)


def parse_marked(marked):
    """Hand-written examples use [o:...] and [m:...] markup; spans are recorded
    while the plain text is assembled."""
    segs = []
    pos = 0
    for mt in re.finditer(r"\[(o|m):([^\]]+)\]", marked):
        if mt.start() > pos:
            segs.append(T(marked[pos:mt.start()]))
        segs.append((mt.group(1), mt.group(2)))
        pos = mt.end()
    if pos < len(marked):
        segs.append(T(marked[pos:]))
    return segs


# Adjudicated disagreements with the blind second annotation (two_options_second_annotation.jsonl): the six
# records where the second annotator differed were re-read against the rules above; these four were changed.
ADJUDICATED = {
    "opt-0071": (False, False, "'add the cover, or leave the policy as it is' is one yes/no offer (single_offer)"),
    "opt-0205": (True, True, "'it's often the cheapest' compares the tracker with the other tariffs"),
    "opt-0714": (True, True, "'lower than the peak rates on the flexible one' is an explicit comparison"),
    "opt-0805": (True, True, "'without tying up a lump sum … builds up more slowly' compares the two overpayments"),
    "opt-1056": (False, False, "'keep your current coverage as is or add the endorsement' is one yes/no offer (single_offer), as opt-0071"),
}


def _later_batch(hand, tag, seed, rng):
    """A hand-written batch appended after the earlier records (in its own shuffled order), so their ids stay."""
    out = []
    for h in hand:
        doc = assemble(parse_marked(h["text"]), "plain", False, rng)
        out.append(dict(channel=h["channel"], sector=h["sector"], locale=h.get("locale", "en-GB"), doc=doc,
                        present=h["present"], merits_explained=h["merits"], customer_context=h.get("ctx"),
                        phenomena=list(h["phenomena"]) + ["hand_written", tag], source="hand"))
    random.Random(seed).shuffle(out)
    return out


def main():
    rng = random.Random(SEED)
    plan = []
    n_pos = N_TEMPLATE // 2
    n_pos_nomerit = round(n_pos * 0.33)
    n_cust = 12
    plan += ["pos_merit"] * (n_pos - n_pos_nomerit - n_cust) + ["pos_nomerit"] * n_pos_nomerit + ["pos_cust"] * n_cust
    neg_total = N_TEMPLATE - n_pos
    weights = {k: v[1] for k, v in NEG_FRAMES.items()}
    wsum = sum(weights.values())
    negs = []
    for k, w in weights.items():
        negs += [k] * round(neg_total * w / wsum)
    while len(negs) < neg_total:
        negs.append("single_offer")
    negs = negs[:neg_total]
    plan += ["neg:" + k for k in negs]
    rng.shuffle(plan)

    records = []
    kept_sh = []
    texts = set()
    rejected = 0
    for item in plan:
        for attempt in range(60):
            if item == "pos_merit":
                r = gen_positive(rng, "merit")
            elif item == "pos_nomerit":
                r = gen_positive(rng, "nomerit")
            elif item == "pos_cust":
                r = gen_positive_customer_raised(rng)
            else:
                r = gen_negative(rng, item.split(":", 1)[1])
            sh = shingles(r["doc"].text)
            if r["doc"].text in texts or any(jacc(sh, k) > DEDUP_JACCARD for k in kept_sh):
                rejected += 1
                continue
            break
        else:
            raise SystemExit(f"could not generate a non-duplicate for {item}")
        texts.add(r["doc"].text)
        kept_sh.append(sh)
        r["source"] = "template"
        records.append(r)

    for h in HAND:
        segs = parse_marked(h["text"])
        doc = assemble(segs, "plain", False, rng)
        records.append(dict(channel=h["channel"], sector=h["sector"], locale=h.get("locale", "en-GB"), doc=doc,
                            present=h["present"], merits_explained=h["merits"], customer_context=h.get("ctx"),
                            phenomena=list(h["phenomena"]) + ["hand_written"], source="hand"))
        sh = shingles(doc.text)
        kept_sh.append(sh)

    rng.shuffle(records)
    records += _later_batch(HAND3, "batch3", SEED + 3, rng)
    records += _later_batch(HAND4, "batch4", SEED + 4, rng)
    lines = []
    for i, r in enumerate(records, start=1):
        d = r["doc"]
        rid = f"opt-{i:04d}"
        if rid in ADJUDICATED:
            r["present"], r["merits_explained"], _why = ADJUDICATED[rid]
            d.options = d.options if r["present"] else d.options[:1]
            r["phenomena"] = list(r["phenomena"]) + ["adjudicated"]
        assert not (r["merits_explained"] and not r["present"])
        if r["present"]:
            assert len(d.options) >= 2, d.text
        else:
            assert len(d.options) <= 1, d.text
        if r["merits_explained"]:  # merits on two options, or one explicit comparison
            assert len(d.merit_spans) >= 1, d.text
        for sp in d.options + d.merit_spans:
            assert 0 <= sp["start"] < sp["end"] <= len(d.text)
        ph = []
        for p in r["phenomena"]:
            if p not in ph:
                ph.append(p)
        if r["locale"] == "en-US" and "us_english" not in ph:
            ph.append("us_english")
        rec = {
            "id": rid,
            "channel": r["channel"],
            "sector": r["sector"],
            "text": d.text,
            "present": r["present"],
            "merits_explained": r["merits_explained"],
            "options": d.options,
            "merit_spans": d.merit_spans,
            "customer_context": r["customer_context"],
            "phenomena": ph,
            "locale": r["locale"],
            "source": r["source"],
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")

    report(records, rejected)


def report(records, rejected):
    n = len(records)
    print(f"wrote {n} records to {OUT} (near-duplicate candidates rejected: {rejected})")
    c = Counter((r["present"], r["merits_explained"]) for r in records)
    print("present/merits:", {f"present={k[0]},merits={k[1]}": v for k, v in sorted(c.items())})
    print("channel:", dict(Counter(r["channel"] for r in records)))
    print("sector:", dict(Counter(r["sector"] for r in records)))
    print("locale:", dict(Counter(r["locale"] for r in records)))
    print("source:", dict(Counter(r["source"] for r in records)))
    pc = Counter()
    pos_c = Counter()
    for r in records:
        for p in set(r["phenomena"]) | ({"us_english"} if r["locale"] == "en-US" else set()):
            pc[p] += 1
            pos_c[p] += r["present"]
    print("phenomenon: total (present=true)")
    for p, v in pc.most_common():
        print(f"  {p:28s} {v:4d} ({pos_c[p]})")
    print("cue words: records containing cue / share with present=true")
    cues = ["or", "either", "alternatively", "option", "two", "another", "instead", "first", "other", "rather", "prefer", "choose", "whether"]
    for cue in cues:
        hits = [r for r in records if re.search(rf"\b{cue}\b", r["doc"].text, re.I)]
        if hits:
            print(f"  {cue:14s} {len(hits):4d}  {sum(r['present'] for r in hits) / len(hits):.2f}")
    # max pairwise similarity among all records
    shs = [shingles(r["doc"].text) for r in records]
    worst = 0.0
    for i in range(len(shs)):
        for j in range(i + 1, len(shs)):
            v = jacc(shs[i], shs[j])
            if v > worst:
                worst = v
    print(f"max word-trigram Jaccard between any two records: {worst:.2f}")


if __name__ == "__main__":
    main()
