#!/usr/bin/env python3
"""Build the ccqa held-out PII test set (data/heldout/pii/heldout.jsonl).

Stdlib only, fixed seed, deterministic.  Half of the interactions are
hand-written (HAND, below); half come from a small generator (gen_*).
Both are expressed as sequences of literal text and labelled pieces, and
assemble() records every span's offsets while it concatenates the pieces,
so no offset is ever found by searching the finished text.

Usage:  python3 make_heldout.py        (writes heldout.jsonl next to itself)
"""
import json
import os
import random
import re
from collections import Counter

SEED = 20240917
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout.jsonl")

CODES = {
    "P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "CC": "CREDIT_CARD",
    "CVV": "CARD_CVV", "EXP": "CARD_EXPIRY", "IBAN": "IBAN_CODE", "SC": "UK_SORT_CODE",
    "ACC": "UK_BANK_ACCOUNT", "NINO": "UK_NINO", "NHS": "UK_NHS", "PC": "UK_POSTCODE",
    "DOB": "DATE_OF_BIRTH", "ADDR": "STREET_ADDRESS", "IP": "IP_ADDRESS",
}
TYPES = set(CODES.values())

# ---------------------------------------------------------------------------
# Hand-written interactions.  Markup:  [[CODE|value]] = PII span,
# {{kind|value}} = lookalike span.  The markup is stripped by assemble(),
# which records offsets as it appends each piece of text.
# ---------------------------------------------------------------------------
HAND = [
# 1 banking call, lost card, Welsh
("H03", "call", [
 ("a", "good morning you're through to {{company|harbour and vale bank}} my name's [[P|siobhan]] how can i help"),
 ("c", "hi yeah um i've lost my card i think i left it in a taxi in {{town|cardiff}} last night"),
 ("a", "oh no sorry to hear that can i take your full name please"),
 ("c", "it's [[P|rhodri]] er [[P|rhodri pugh]] that's [[P|p u g h]]"),
 ("a", "thank you mr [[P|pugh]] and your date of birth"),
 ("c", "[[DOB|second of june nineteen seventy nine]]"),
 ("a", "and the first line of the address and the postcode"),
 ("c", "[[ADDR|forty two heol y felin]] [[PC|c f one four two r t]]"),
 ("a", "lovely is it the debit card ending in {{masked_identifier|three oh one two}}"),
 ("c", "yeah that's the one"),
 ("a", "right that's cancelled now a new one'll be with you in {{duration|three to five working days}}"),
 ("c", "{{common_word|will}} i get charged for it"),
 ("a", "no there's no charge for a replacement card"),
]),
# 2 banking chat, send to landlord
("H07", "chat", [
 ("c", "hi there i need to pay my new landlord but the app keeps saying iban invalid??"),
 ("a", "Hi, you're chatting with [[P|Tomasz]] from {{company|Harbour & Vale}}. Sorry about that! Can you paste the IBAN you're using?"),
 ("c", "[[IBAN|GB48 NWBK 6751 3613 4125 24]] its for a mr [[P|Fitzgerald]]"),
 ("a", "Thanks. That one checks out fine - for a UK payee you can also just use sort code [[SC|67-51-36]] and account [[ACC|13412524]] instead."),
 ("c", "oh ok didnt know that lol. amount is {{amount|£1,150}} and ref {{reference_number|FLAT2RENT}}"),
 ("a", "That's fine. Payments over {{amount|£1,000}} to a new payee may need an extra check, so keep your phone handy."),
 ("c", "ok ty"),
]),
# 3 insurance call, car claim, Nigerian name
("H01", "call", [
 ("a", "{{company|brightshield insurance}} claims you're speaking with [[P|dave]] can i start with your policy number"),
 ("c", "yeah it's {{policy_number|b s m four four one nine two seven}}"),
 ("a", "b s m four four one nine two seven lovely and the name on the policy"),
 ("c", "[[P|chidi okonkwo]]"),
 ("a", "sorry was that [[P|chidi]] c h i d i"),
 ("c", "yes yes and [[P|okonkwo]] o k o n k w o"),
 ("a", "thank you and date of birth please"),
 ("c", "[[DOB|the nineteenth of november eighty six]]"),
 ("a", "okay and what happened"),
 ("c", "somebody reversed into me in the car park at {{company|tesco}} in {{town|croydon}} on {{date|saturday the fourth}} about {{time|half two}}"),
 ("a", "did you get the other driver's details"),
 ("c", "yeah his name was [[P|gary]] something [[P|gary holt]] and his number was [[T|oh seven seven double oh nine double oh four one two]]"),
 ("a", "brilliant i'll get that logged it'll be claim {{case_reference|c l seven seven three oh two}}"),
]),
# 4 energy chat, meter reading, account number lookalike
("H05", "chat", [
 ("c", "Hello, trying to submit a meter reading but website is down"),
 ("a", "Hi, it's [[P|Aoife]] here at {{company|Northvale Energy}}. I can take it for you. What's your account number?"),
 ("c", "{{customer_account_number|80145529}}"),
 ("a", "Thanks, and can you confirm the first line of the address?"),
 ("c", "[[ADDR|7 Bramble Close]], [[PC|LS17 8QW]]"),
 ("a", "Perfect, and the reading?"),
 ("c", "elec is {{meter_reading|04512}} and gas {{meter_reading|18873.4}}"),
 ("a", "Got those. Your next bill will be around {{amount|£96.40}} for the month, due {{date|12 Feb}}."),
 ("c", "thats alot higher than last time, it was {{amount|£71}} i think"),
 ("a", "The winter usage has gone up a bit, around {{amount|11%}}. Want me to review your direct debit?"),
 ("c", "no leave it for now thanks"),
]),
# 5 NHS GP call, repeat prescription
("H09", "call", [
 ("a", "{{company|riverside medical practice}} [[P|mandy]] speaking"),
 ("c", "oh hiya it's about my mum's prescription she's not well enough to ring herself"),
 ("a", "okay what's her name"),
 ("c", "[[P|margaret]] [[P|margaret o'donnell]]"),
 ("a", "and her date of birth"),
 ("c", "[[DOB|the twelfth of the first nineteen forty four]]"),
 ("a", "have you got her n h s number by any chance"),
 ("c", "hang on it's on the letter [[NHS|six five one six seven six one two two one]]"),
 ("a", "that's her thank you so it's the {{product_code|amlodipine five milligram}} yeah"),
 ("c", "yeah and the other one the water tablets"),
 ("a", "okay they'll be ready at {{company|boots}} on {{weekday|thursday}} after {{time|two o'clock}}"),
 ("c", "thanks love"),
]),
# 6 telecoms email, broadband fault with IP
("H11", "email", [
 ("c", "Subject: Broadband dropping every evening - account {{customer_account_number|TLX-0094412}}\n\nHi,\n\nMy broadband drops out most evenings between {{time|7pm}} and {{time|10pm}}. I've restarted the router (model {{product_code|HB-4400}}) loads of times. Your engineer asked me to send the WAN address it shows, which is [[IP|81.2.69.160]], and the local one is [[IP|192.168.1.254]].\n\nI work from home so this is costing me. Please call me on [[T|07700 900 613]] rather than the landline.\n\nThanks,\n[[P|Kwame Mensah]]\n[[ADDR|Flat 4, 19 Albion Street]]\n[[PC|B1 3DQ]]"),
 ("a", "Dear [[P|Kwame]],\n\nThank you for your email. I've run a line test and can see {{count|14}} drops in the last {{duration|7 days}}. I've booked an engineer for {{date|Tuesday 18th}} between {{time|8am}} and {{time|1pm}}.\n\nKind regards,\n[[P|Hollie]]\nCustomer Care, {{company|Tellix}}\n[[T|0808 157 0192]]\n\n> My broadband drops out most evenings between 7pm and 10pm."),
]),
# 7 debt collection call
("H02", "call", [
 ("a", "hello this is [[P|craig]] calling from {{company|meridian recoveries}} am i speaking to [[P|shanice campbell]]"),
 ("c", "who's asking"),
 ("a", "it's [[P|craig]] from {{company|meridian recoveries}} before i go any further i need to confirm i'm speaking to the right person could you give me your date of birth"),
 ("c", "[[DOB|ninth of september ninety one]]"),
 ("a", "thank you and the postcode"),
 ("c", "[[PC|n fifteen four h t]]"),
 ("a", "thank you it's regarding the balance of {{amount|four hundred and twelve pounds}} on the {{company|zapmobile}} account"),
 ("c", "i told them i cancelled that contract in {{date|march}}"),
 ("a", "okay i'll note that down have you got any proof of the cancellation"),
 ("c", "i've got the email somewhere i'll send it what's the reference"),
 ("a", "it's {{case_reference|m r double seven four nine one}} and you can email it to [[E|disputes at meridian recoveries dot co dot uk]]"),
 ("c", "right fine"),
 ("a", "i'll put the account on hold for {{duration|thirty days}}"),
]),
# 8 water call, leak, Polish name
("H04", "call", [
 ("a", "good afternoon {{company|severnside water}} you're speaking with [[P|bethan]]"),
 ("c", "hi er there's water coming up through the pavement outside my house been going for {{duration|two days}} now"),
 ("a", "oh okay can i get the address"),
 ("c", "it's [[ADDR|thirteen chapel lane]] not eleven eleven's next door"),
 ("a", "thirteen chapel lane and which town"),
 ("c", "{{town|tewkesbury}} [[PC|g l twenty five one d s]]"),
 ("a", "and can i take a name and number"),
 ("c", "[[P|agnieszka]] [[P|wojcik]] [[P|w o j c i k]] and it's [[T|oh one six three two nine six oh four four one]]"),
 ("a", "lovely i'll raise that as job {{case_reference|l k one four four two}} someone should be out within {{duration|twenty four hours}}"),
 ("c", "does it affect my bill"),
 ("a", "no it's on our side of the stop tap so no charge"),
]),
# 9 retail chat, order and card ending
("H06", "chat", [
 ("c", "hiya my order {{order_number|#20448173}} still hasnt come, was meant to be {{date|monday}}"),
 ("a", "Hi, [[P|Priya]] here 😊 Let me check that. Can I take the name and email on the order?"),
 ("c", "[[P|Delroy Francis]] [[E|delroy.francis77@gmail.com]]"),
 ("a", "Thanks [[P|Delroy]]. It's with {{company|Parcelwise}}, tracking {{tracking_number|PW9920184416GB}}, showing out for delivery today by {{time|6pm}}."),
 ("c", "ok i paid with card ending {{masked_identifier|4412}} can u refund the delivery charge its been {{duration|a week}}"),
 ("a", "I can refund the {{amount|£4.99}} delivery, that'll show in {{duration|3-5 days}}."),
 ("c", "cheers"),
]),
# 10 travel call, rebooking, Chinese names
("H08", "call", [
 ("a", "{{company|skyway holidays}} you're through to [[P|marcus]] can i take your booking reference"),
 ("c", "yes it's {{booking_reference|s w seven k nine two}}"),
 ("a", "and the lead passenger name"),
 ("c", "[[P|wei zhang]] and also my wife [[P|mei lin chen]]"),
 ("a", "okay i can see you're on the {{flight_number|e z y eight four one}} to {{town|malaga}} on the {{date|fourteenth}}"),
 ("c", "yes we need to move it my mother is in hospital"),
 ("a", "sorry to hear that the next available is the {{date|twenty first}} departing {{time|oh six forty}}"),
 ("c", "how much is the change"),
 ("a", "it's {{amount|sixty five pounds}} per person so {{amount|a hundred and thirty}} in total can i take a card"),
 ("c", "yes [[CC|four six six one three one eight six oh nine one three nine oh nine oh]]"),
 ("a", "expiry"),
 ("c", "[[EXP|oh eight twenty seven]]"),
 ("a", "and the three digits on the back"),
 ("c", "[[CVV|five one nine]]"),
 ("a", "that's gone through a confirmation will go to the email we have"),
]),
# 11 council email, council tax reduction with NINO
("H10", "email", [
 ("c", "Subject: Council tax reduction application\n\nDear Sir/Madam,\n\nI have recently lost my job and would like to apply for council tax reduction. My council tax account is {{reference_number|6100293384}}.\n\nMy details:\nName: [[P|Fatima Benali]]\nDOB: [[DOB|03/07/1988]]\nNI number: [[NINO|AA 88 38 73 D]]\nAddress: [[ADDR|27 Kestrel Way]], {{town|Milton Keynes}}, [[PC|MK4 2LN]]\nPhone: [[T|01632 960 118]]\n\nMy last pay date was {{date|28 October}}. I can send payslips if needed.\n\nMany thanks,\n[[P|Fatima]]"),
 ("a", "Dear Ms [[P|Benali]],\n\nThank you for your application. Please upload your last {{count|two}} payslips and a bank statement via our portal using reference {{case_reference|CTR/24/01187}}. We aim to make a decision within {{duration|14 days}}.\n\nYours faithfully,\n[[P|J. Okafor]]\nRevenues & Benefits, {{company|Milton Keynes Council}}"),
]),
# 12 banking call, fraud, Scottish, card spoken with doubles
("H03", "call", [
 ("a", "fraud team [[P|kirsty]] speaking how can i help"),
 ("c", "aye hello there's a payment on my account i don't recognise {{amount|two hundred and forty nine ninety nine}} to some online shop"),
 ("a", "okay i'll need to go through security can i take your full name"),
 ("c", "[[P|fraser mcallister]]"),
 ("a", "and your date of birth mr [[P|mcallister]]"),
 ("c", "[[DOB|thirtieth of april sixty eight]]"),
 ("a", "and can you read me the long number on the card"),
 ("c", "[[CC|four eight two one nine nine three five one eight one nine oh nine three four]]"),
 ("a", "sorry you broke up after the first four"),
 ("c", "aye it's [[CC|four eight two one nine nine three five one eight one nine oh nine three four]]"),
 ("a", "thanks i can see the transaction on the {{date|seventeenth}} i'm going to block the card and raise a dispute {{case_reference|d s p four one one eight}}"),
 ("c", "{{common_word|mark}} my words i'm never shopping online again"),
]),
# 13 insurance chat, home insurance, Brazilian
("H01", "chat", [
 ("c", "Hi, i want to add my partner to my home insurance"),
 ("a", "Hi there, you're talking to [[P|Niamh]]. Happy to help! Can I have your policy number?"),
 ("c", "{{policy_number|HM-7730215}}"),
 ("a", "Thank you. And your partner's full name and date of birth?"),
 ("c", "[[P|Luciana Oliveira]] born [[DOB|22.09.1993]]"),
 ("a", "Lovely. Does [[P|Luciana]] have any unspent convictions or previous claims?"),
 ("c", "no nothing"),
 ("a", "Great, that's added from {{date|today}}, no change to premium - still {{amount|£23.17}} a month."),
 ("c", "perfect thank you [[P|niamh]]"),
]),
# 14 NHS call 111-ish / hospital appointment
("H09", "call", [
 ("a", "outpatients booking [[P|raj]] speaking"),
 ("c", "hi i had a letter saying my appointment was cancelled for the eye clinic"),
 ("a", "okay can i take your n h s number"),
 ("c", "yeah [[NHS|two oh two nine seven two nine nine seven three]]"),
 ("a", "and your name and date of birth"),
 ("c", "[[P|olumide adeyemi]] [[DOB|seventh of august two thousand and one]]"),
 ("a", "thank you and is the phone number still [[T|oh seven seven oh oh nine oh oh two three eight]]"),
 ("c", "yeah that's right"),
 ("a", "i can offer you {{weekday|wednesday}} the {{date|ninth}} at {{time|ten fifteen}} or {{weekday|friday}} at {{time|quarter to three}}"),
 ("c", "{{weekday|friday}} please"),
 ("a", "that's booked clinic {{reference_number|o p h twelve}} level {{count|two}}"),
]),
# 15 telecoms call with spoken IP
("H11", "call", [
 ("a", "technical support you're through to [[P|jamie]]"),
 ("c", "hi the internet's gone again um it's been like that since {{weekday|sunday}}"),
 ("a", "sorry about that can i have the account holder's name"),
 ("c", "[[P|bogdan popescu]]"),
 ("a", "thank you mr [[P|popescu]] and the postcode"),
 ("c", "[[PC|l s six one a g]]"),
 ("a", "okay if you log into the router page what does it say for the ip address"),
 ("c", "er [[IP|eighty six point one four two point nine point two one]]"),
 ("a", "and the gateway"),
 ("c", "[[IP|one nine two dot one six eight dot oh dot one]]"),
 ("a", "right i'm going to reset the port from here give it {{duration|ten minutes}}"),
 ("c", "okay {{common_word|bill}} me for it and i'll scream"),
 ("a", "no charge don't worry"),
]),
# 16 retail email, return, Arabic name, quoted thread
("H06", "email", [
 ("c", "Hi team,\n\nStill no refund for return {{reference_number|RTN-558201}}. The jacket (item {{product_code|JK-2291-NVY-M}}) was dropped at the {{company|Post Office}} on {{date|2 Sept}}. It's now been {{duration|three weeks}}.\n\nOrder was {{order_number|100-4471829}}, paid {{amount|£89.00}}.\n\n[[P|Omar Haddad]]\n[[T|+44 7700 900871]]\n\n-----Original Message-----\nFrom: [[E|returns@trendloft.co.uk]]\nSent: 03 September 14:12\nTo: [[E|omar.haddad@outlook.com]]\nSubject: We've got your return\n\nHi [[P|Omar]], we've received your return and will process it within {{duration|5 working days}}."),
 ("a", "Hi [[P|Omar]],\n\nApologies - your refund of {{amount|£89.00}} was issued today and should reach your card ending {{masked_identifier|7126}} within {{duration|3-5 working days}}.\n\nBest,\n[[P|Gemma]] | {{company|Trendloft}} Customer Service"),
]),
# 17 energy call, moving home
("H05", "call", [
 ("a", "hello {{company|northvale energy}} [[P|sam]] speaking"),
 ("c", "hi i'm moving out on {{date|friday}} and want to close my account"),
 ("a", "no problem what's the name on the account"),
 ("c", "[[P|ellie whitfield]] and the account number's {{customer_account_number|eight oh double one four six two nine}}"),
 ("a", "thanks [[P|ellie]] and what's the new address so we can send the final bill"),
 ("c", "it's [[ADDR|the old rectory church street]] er [[PC|b a two seven e h]]"),
 ("a", "lovely and can you give me closing reads on the day"),
 ("c", "yeah i'll do it {{date|friday}} morning i think the electric's around {{meter_reading|thirty two thousand four hundred}} at the minute"),
 ("a", "that's fine pop them on the app on {{date|friday}} and we'll send the final bill within {{duration|six weeks}}"),
]),
# 18 banking chat, direct debit setup for someone
("H07", "chat", [
 ("c", "hello i want to set up standing order to my son"),
 ("a", "Hi, [[P|Chiamaka]] here. No problem. I'll need the payee's name, sort code and account number."),
 ("c", "name [[P|Tunde Balogun]] sort code [[SC|273167]] acc [[ACC|23268656]] amount {{amount|150}} monthly"),
 ("a", "Thank you. Which date each month?"),
 ("c", "{{date|1st}}"),
 ("a", "Done - first payment {{date|1 March}}, reference {{reference_number|POCKET MONEY}}. Anything else?"),
 ("c", "no thats all god bless"),
]),
# 19 debt collection email, payment plan
("H02", "email", [
 ("c", "To whom it may concern,\n\nRe: your letter ref {{case_reference|MR/2291044}}\n\nI accept I owe the balance of {{amount|£1,284.50}} but I cannot pay it in one go. I can offer {{amount|£40}} a month from {{date|the 15th}}.\n\nMy income is {{amount|£1,120}} a month (Universal Credit) and my outgoings are attached.\n\nPlease do not phone me at work. My mobile is [[T|07700900442]].\n\nYours faithfully\n[[P|Deborah Ann Kelly]]\n[[ADDR|63 Woodbine Terrace]]\n{{town|Gateshead}}\n[[PC|NE8 1RJ]]"),
 ("a", "Dear Ms [[P|Kelly]],\n\nThank you for your offer of {{amount|£40}} per month, which we have accepted. Payments can be made by bank transfer to sort code [[SC|40-11-62]], account [[ACC|30918274]], quoting {{case_reference|MR/2291044}}.\n\nYours sincerely,\n[[P|Craig Dunmore]]\n{{company|Meridian Recoveries}}\n[[T|0161 496 0733]]"),
]),
# 20 travel chat, passport names, Latin American
("H08", "chat", [
 ("c", "Hola! I mean hi :) booking {{booking_reference|QX4LMP}} - my husbands name is spelled wrong"),
 ("a", "Hi, I'm [[P|Ben]]. Sorry about that! How is it showing and how should it be?"),
 ("c", "its showing [[P|Mateo Fernandes]] but should be [[P|Mateo Fernández]] with a z"),
 ("a", "I can correct that free of charge. Can you confirm his date of birth as per passport?"),
 ("c", "[[DOB|11/12/1985]]"),
 ("a", "All sorted. Your flights {{flight_number|BA2490}} and {{flight_number|BA2491}} are unchanged. Check-in opens {{duration|24 hours}} before."),
 ("c", "gracias!! also can i add bags"),
 ("a", "Yes, {{amount|£35}} per bag each way, you can do that in Manage My Booking."),
]),
# 21 council call, bin collection (lots of lookalikes, few PII)
("H10", "call", [
 ("a", "council contact centre [[P|lorraine]] speaking"),
 ("c", "hiya my bins haven't been emptied again it's the third time"),
 ("a", "oh i'm sorry what's the address"),
 ("c", "[[ADDR|fifty six may street]]"),
 ("a", "fifty six may street and the postcode"),
 ("c", "[[PC|w r five three b u]]"),
 ("a", "okay so your collection day is {{weekday|tuesday}} and it was missed on {{date|the tenth}} and {{date|the seventeenth}}"),
 ("c", "yeah and today"),
 ("a", "i'll log it as {{case_reference|b n four four eight two}} the crew should be back by {{weekday|thursday}}"),
 ("c", "{{common_word|may}} as well not pay council tax at this rate"),
 ("a", "i understand i've flagged it to the supervisor"),
]),
# 22 insurance call, pet insurance, vet
("H01", "call", [
 ("a", "hello pet claims [[P|gareth]] speaking"),
 ("c", "hi yeah i'm calling about a claim for my dog {{pet_name|biscuit}}"),
 ("a", "okay what's the policy number"),
 ("c", "{{policy_number|p e t nine nine four one two oh}}"),
 ("a", "and your name"),
 ("c", "[[P|harpreet kaur sandhu]]"),
 ("a", "thank you and the vet's invoice how much was it"),
 ("c", "{{amount|eight hundred and sixty two pounds forty}}"),
 ("a", "and which vet"),
 ("c", "{{company|greenfields vets}} in {{town|slough}} they said they'd send it direct"),
 ("a", "yeah we've got it it's with an assessor should be {{duration|ten working days}}"),
 ("c", "okay can you email me when it's done [[E|harpreet dot sandhu at yahoo dot co dot uk]]"),
]),
# 23 banking email, IBAN for international transfer, Ukrainian
("H07", "email", [
 ("c", "Hello,\n\nI am trying to receive money from my employer in Poland. They ask for my IBAN and BIC. Is this correct?\n\nIBAN: [[IBAN|GB35BARC27316723268656]]\nBIC: {{bank_identifier|BARCGB22}}\n\nThank you,\n[[P|Oksana Kovalenko]]\nTel. [[T|+44 (0)20 7946 0381]]"),
 ("a", "Dear [[P|Oksana]],\n\nYes, those details are correct for receiving international payments. Please allow {{duration|1-2 working days}}. A fee of {{amount|£6}} applies to incoming SWIFT payments over {{amount|£100}}.\n\nKind regards\n[[P|Lewis]]\n{{company|Harbour & Vale Bank}}"),
]),
# 24 GP chat (online consult)
("H09", "chat", [
 ("c", "hi can i book blood test pls, dr said to have one in {{duration|2 wks}}"),
 ("a", "Hi, this is [[P|Ifeoma]] from the surgery reception. Can I take your full name and DOB?"),
 ("c", "[[P|Connor Byrne]] [[DOB|14/2/97]]"),
 ("a", "Thanks [[P|Connor]]. Which GP asked for it?"),
 ("c", "dr [[P|Mukherjee]]"),
 ("a", "I have {{weekday|Mon}} {{date|24th}} at {{time|8.40}} or {{weekday|Wed}} at {{time|9.10}} with the nurse [[P|Hope]]."),
 ("c", "mon is fine. {{common_word|hope}} i dont faint lol"),
 ("a", "Booked! Please drink plenty of water beforehand."),
]),
# 25 telecoms call, mobile contract, Irish, mishearing of email
("H11", "call", [
 ("a", "hi there you're through to [[P|danielle]] at {{company|zapmobile}}"),
 ("c", "hiya i'm looking to upgrade me phone"),
 ("a", "lovely can i get the mobile number you're calling about"),
 ("c", "it's [[T|oh seven seven double oh nine hundred oh five six]]"),
 ("a", "sorry oh seven seven double oh nine hundred and"),
 ("c", "oh five six"),
 ("a", "thank you and your name"),
 ("c", "[[P|ciaran doherty]]"),
 ("a", "and an email address"),
 ("c", "[[E|c doherty eighty eight at gmail dot com]]"),
 ("a", "was that sea like the seaside"),
 ("c", "no just the letter c"),
 ("a", "got it you're on the {{product_code|unlimited twenty four}} plan at {{amount|thirty two pounds a month}} you're out of contract since {{date|june}}"),
]),
# 26 debt collection chat
("H02", "chat", [
 ("c", "got a letter saying i owe {{amount|£312.77}}?? never heard of u"),
 ("a", "Hi, my name's [[P|Yusuf]]. We collect on behalf of {{company|Brightwave Energy}}. Can you give me the reference on the letter?"),
 ("c", "{{case_reference|MRC-448102}}"),
 ("a", "Thanks. For security, your full name and date of birth please?"),
 ("c", "[[P|Natasha Brown]] [[DOB|02-05-1979]]"),
 ("a", "Thank you [[P|Natasha]]. The debt relates to a final bill at [[ADDR|12a Station Road]] from {{date|2021}}."),
 ("c", "i moved out of there in 2019!! i sent them my new address"),
 ("a", "Ok, I'll put this on hold for {{duration|30 days}} while we query it with the creditor."),
]),
# 27 water email, direct debit with bank details
("H04", "email", [
 ("c", "Hi,\n\nCan you switch my water bill to direct debit please. Account {{customer_account_number|5500 1834 227}}.\n\nBank: {{company|Lloyds}}\nSort code: [[SC|35-51-50]]\nAccount no: [[ACC|58770658]]\nAccount holder: [[P|Gwen Roberts]]\n\nI'd like to pay on the {{date|28th}} of each month.\n\nCheers,\n[[P|Gwen]]\n\nSent from my iPhone"),
 ("a", "Hi [[P|Gwen]],\n\nDone - your first collection of {{amount|£38.50}} will be on {{date|28 November}}. You'll get a confirmation letter within {{duration|10 days}}.\n\nThanks,\n[[P|Bethan]]\n{{company|Severnside Water}}"),
]),
# 28 retail call, payment by phone, amex
("H06", "call", [
 ("a", "hello {{company|home and hearth}} sales this is [[P|kelly]]"),
 ("c", "hi i'd like to order the oak table the {{product_code|h h double one nine}} in the sale"),
 ("a", "yes that's {{amount|three hundred and ninety nine}} down from {{amount|five forty nine}} can i take your name"),
 ("c", "[[P|rachel greenberg]]"),
 ("a", "and the delivery address"),
 ("c", "[[ADDR|eight mulberry gardens]] [[PC|o x four one r z]]"),
 ("a", "and how are you paying"),
 ("c", "amex [[CC|three four four eight five two five three eight eight eight five three nine two]]"),
 ("a", "expiry date"),
 ("c", "[[EXP|eleven twenty six]]"),
 ("a", "and the four digit code on the front"),
 ("c", "[[CVV|two two seven one]]"),
 ("a", "lovely delivery is {{date|the third}} between {{time|seven}} and {{time|one}} order number {{order_number|four four one nine eight}}"),
]),
# 29 travel email, refund of cancelled flight, lots of lookalikes
("H08", "email", [
 ("c", "Subject: REFUND {{booking_reference|K7TR2Q}}\n\nYour flight {{flight_number|FR 8112}} from {{town|Stansted}} to {{town|Porto}} on {{date|14/06}} at {{time|06:25}} was cancelled. I was told I'd get a refund of {{amount|£214.36}} within {{duration|7 days}}. It's been {{duration|6 weeks}}.\n\nPassengers: [[P|Ana Lucía Torres]], [[P|Diego Torres]]\nContact: [[E|analucia.torres@protonmail.com]]\n\nI will go to the CAA if this isn't sorted by {{weekday|Friday}}."),
 ("a", "Dear [[P|Ana Lucía]],\n\nI'm sorry for the delay. The refund has now been approved under case {{case_reference|RF-20931}} and will reach the original payment card within {{duration|5 working days}}.\n\nRegards,\n[[P|Marcus]]\n{{company|Skyway Holidays}}"),
]),
# 30 council call, parking permit, lots of noise
("H10", "call", [
 ("a", "hello parking services [[P|dean]] speaking"),
 ("c", "yeah hi er i need a visitor permit for my mum she's coming to stay for {{duration|two weeks}}"),
 ("a", "okay what's your address"),
 ("c", "[[ADDR|one hundred and four hamilton road]]"),
 ("a", "and the postcode"),
 ("c", "[[PC|b n two three t a]] no hang on [[PC|b n two three t h]]"),
 ("a", "okay and your name"),
 ("c", "[[P|dorota nowak]] [[P|n o w a k]]"),
 ("a", "visitor permits are {{amount|three pounds fifty}} a day or {{amount|twenty pounds}} for a week"),
 ("c", "two weeks then so {{amount|forty}}"),
 ("a", "yeah card number when you're ready"),
 ("c", "[[CC|five two nine one seven oh three four two three six six seven one two six]]"),
 ("a", "expiry"),
 ("c", "[[EXP|oh four twenty eight]] and the back is [[CVV|six oh three]]"),
 ("a", "that's all done permit number {{reference_number|v p seven seven one oh}}"),
]),
# 31 banking call, account opening with NINO spoken
("H03", "call", [
 ("a", "new accounts [[P|oluwaseun]] speaking"),
 ("c", "hi i started an application online but it's asking for my national insurance and i've put it in wrong i think"),
 ("a", "no worries can i take your name"),
 ("c", "[[P|shreya raghunathan]]"),
 ("a", "and the national insurance number"),
 ("c", "[[NINO|y g four seven eight two four five a]]"),
 ("a", "yeah that's what we've got you'd put a zero instead of the letter a at the end"),
 ("c", "oh my god"),
 ("a", "it's fine i've amended it and you were also asking about the {{product_code|everyday saver}} that's {{amount|four point one percent}} on balances up to {{amount|five thousand}}"),
 ("c", "okay and can i pay into it from my other account"),
 ("a", "yeah once it's open in {{duration|about an hour}} you'll get the sort code and account number by text to [[T|oh seven seven double oh nine oh oh three seven one]]"),
]),
# 32 insurance email, travel insurance claim with medical
("H01", "email", [
 ("c", "Subject: Claim - policy {{policy_number|TRV/55/219004}}\n\nHello,\n\nI was taken ill in {{town|Lisbon}} on {{date|3 May}} and spent {{count|2}} nights in hospital. Total costs were {{amount|€1,940}}. I've attached the receipts.\n\nPolicyholder: [[P|Graham Sutcliffe]], DOB [[DOB|17 January 1951]]\nTravelling with: [[P|Pauline Sutcliffe]]\nHome: [[ADDR|2 Orchard Rise]], {{town|Harrogate}}, [[PC|HG2 9JP]]\n\nPlease reimburse to:\nSort code [[SC|94-81-13]]\nAccount [[ACC|11440242]]\n\nRegards\n[[P|Graham]]\n\n--\nSent from Outlook"),
 ("a", "Dear Mr [[P|Sutcliffe]],\n\nThank you for your claim, which has been registered as {{case_reference|CLM-88310}}. Please note a policy excess of {{amount|£75}} applies. We aim to respond within {{duration|10 working days}}.\n\nKind regards,\n[[P|Sadia Rahman]]\nClaims Handler, {{company|Brightshield Insurance}}\nT: [[T|0113 496 0552]]"),
]),
# 33 energy call, smart meter appointment, Ghanaian
("H05", "call", [
 ("a", "hiya it's [[P|lauren]] at {{company|northvale}} how can i help"),
 ("c", "hello i got a text about a smart meter installation"),
 ("a", "great can i take the postcode"),
 ("c", "[[PC|m eight nine l q]]"),
 ("a", "and the first line"),
 ("c", "[[ADDR|flat six eighty one alexandra road]]"),
 ("a", "and who am i speaking with"),
 ("c", "[[P|abena asante]]"),
 ("a", "thanks [[P|abena]] i've got {{weekday|monday}} the {{date|nineteenth}} all day or {{weekday|saturday}} morning"),
 ("c", "saturday"),
 ("a", "that's booked the engineer's called [[P|paul]] he'll ring about {{duration|half an hour}} before the meter's usually under the stairs is it"),
 ("c", "it's in the cupboard by the door"),
 ("a", "lovely your booking number is {{reference_number|s m double four seven one two}}"),
]),
# 34 water chat, bill query, common words
("H04", "chat", [
 ("c", "why is my bill {{amount|£212}}?? it's usually like {{amount|£60}}"),
 ("a", "Hi, it's [[P|Will]] here from {{company|Severnside Water}}. Let me take a look. What's your account reference?"),
 ("c", "{{customer_account_number|5500 2917 004}}"),
 ("a", "Thanks. Can you confirm your name and address?"),
 ("c", "[[P|Mark Ellison]], [[ADDR|45 Rose Hill]]"),
 ("a", "Thanks [[P|Mark]]. Your meter read on {{date|4 Aug}} was {{meter_reading|0812}}, previous was {{meter_reading|0644}}, that's {{volume|168 cubic metres}} - could be a leak."),
 ("c", "we {{common_word|will}} check the garden pipe then"),
 ("a", "Good idea. If it's a leak on your supply pipe we can offer a leak allowance. I'll hold the {{common_word|bill}} for {{duration|28 days}}."),
]),
# 35 telecoms email, IPv6 and static IP
("H11", "email", [
 ("c", "Hi,\n\nWe're a small business on your {{product_code|Business Fibre 500}} plan. We need a static IP for our CCTV. Currently the router shows [[IP|203.0.113.47]] and IPv6 [[IP|2001:db8:3c4d:15::1a2f]].\n\nAccount: {{customer_account_number|BF-220918}}\nContact: [[P|Hamza Siddiqui]], [[T|0121 496 0274]], [[E|hamza@siddiquiaccountants.co.uk]]\n\nThanks\n[[P|Hamza]]\n\n> On 12 Mar, Tellix Business wrote:\n> A static IP is {{amount|£5}} per month."),
 ("a", "Hi [[P|Hamza]],\n\nI've added a static IP to your account. From {{date|tomorrow}} your address will be [[IP|198.51.100.23]]. This adds {{amount|£5/month}}.\n\nCheers,\n[[P|Jordan]]\n{{company|Tellix Business}}"),
]),
# 36 NHS GP call, elderly, third party, lots of restarts
("H09", "call", [
 ("a", "good morning {{company|hillside surgery}}"),
 ("c", "hello yes i'm phoning on behalf of my neighbour mr [[P|evans]] [[P|idris evans]] he's he's had a fall"),
 ("a", "oh dear is he hurt does he need an ambulance"),
 ("c", "no no he's alright he's sitting up but he'd like the doctor to to see him"),
 ("a", "okay and are you a relative"),
 ("c", "no i'm [[P|sue]] from next door [[P|susan mills]]"),
 ("a", "okay and his date of birth"),
 ("c", "er it's [[DOB|the first of march nineteen thirty eight]] i think yeah"),
 ("a", "and his address"),
 ("c", "[[ADDR|twelve maes y dderwen]] in {{town|llanelli}}"),
 ("a", "okay i'll get dr [[P|hughes]] to do a home visit after {{time|twelve}} can i take a number"),
 ("c", "ring me [[T|oh one two one four nine six oh eight eight three]] his line's not working"),
]),
# 37 retail chat, Chinese customer, voucher codes lookalike
("H06", "chat", [
 ("c", "hello my discount code {{promo_code|SPRING25}} not work"),
 ("a", "Hi, I'm [[P|Chloe]]. Sorry about that! That code ended on {{date|31 March}}. Can I have your order or email?"),
 ("c", "[[E|xiaoming.li@163.com]]"),
 ("a", "Thanks. I can see basket of {{amount|£134.00}}. I can apply {{promo_code|WELCOME10}} instead for {{amount|10%}}."),
 ("c", "ok ok thank. deliver to [[ADDR|88 Jubilee Court]] not old address pls"),
 ("a", "Updated! Estimated delivery {{weekday|Thursday}}."),
]),
# 38 debt collection call, hostile, Caribbean
("H02", "call", [
 ("a", "good afternoon can i speak to [[P|winston]] [[P|winston morgan]] please"),
 ("c", "speaking who's this"),
 ("a", "my name's [[P|aisha]] i'm calling from {{company|meridian recoveries}} for data protection can you confirm the first line of your address"),
 ("c", "[[ADDR|two hundred and nine railton road]]"),
 ("a", "thank you mr [[P|morgan]] we've been instructed regarding an outstanding balance of {{amount|one thousand and six pounds}}"),
 ("c", "i've been paying that i pay {{amount|twenty five pounds}} every month"),
 ("a", "okay it looks like the last payment we received was in {{date|january}}"),
 ("c", "well my bank changed my account number could be that my new account is [[SC|six four six two eight eight]] no that's the sort code hang on"),
 ("a", "take your time"),
 ("c", "sort code [[SC|six four six two eight eight]] account [[ACC|nine seven five one four oh two six]]"),
 ("a", "thank you i'll set up the mandate again from {{date|the first}}"),
]),
# 39 travel call, airport assistance, Arabic names
("H08", "call", [
 ("a", "special assistance [[P|gemma]] speaking"),
 ("c", "hello i'm booking wheelchair help for my father"),
 ("a", "of course booking reference please"),
 ("c", "{{booking_reference|h two x r nine p}}"),
 ("a", "and your father's name"),
 ("c", "[[P|abdullah al-rashid]]"),
 ("a", "okay flight {{flight_number|t o m four six one}} from {{town|manchester}} {{date|twenty third}} of {{date|may}}"),
 ("c", "yes"),
 ("a", "and is there a contact number for him on the day"),
 ("c", "my number [[T|oh seven seven double oh nine double oh nine six three]] i'm [[P|layla]] his daughter"),
 ("a", "done please arrive at least {{duration|two hours}} before"),
]),
# 40 council email, housing repair, mixed
("H10", "email", [
 ("c", "Dear Housing Team,\n\nI have reported damp in my flat {{count|three times}} (refs {{case_reference|HR88120}}, {{case_reference|HR89044}}). Black mould is now in my son's bedroom and he has asthma. His GP letter is attached (NHS no [[NHS|528 820 0181]]).\n\nI live at [[ADDR|Flat 14, Cedar House, 3 Bridge Street]], [[PC|SE15 5PL]].\n\nPlease call me on [[T|020 7946 0829]] or email [[E|m.okoro.home@gmail.com]].\n\n[[P|Miriam Okoro]]"),
 ("a", "Dear Ms [[P|Okoro]],\n\nI'm sorry to hear this. I've escalated it to our Damp & Mould team as a priority. An inspector, [[P|Paul Nkemelu]], will visit on {{date|Wednesday 6 November}} between {{time|9am}} and {{time|12pm}}.\n\nRegards,\n[[P|Tracy]]\nHousing Services"),
]),
# 41 banking call, mixed spoken digits IBAN
("H07", "call", [
 ("a", "international payments [[P|lewis]] speaking"),
 ("c", "hi i need to check an iban someone gave me for a deposit on a holiday let"),
 ("a", "sure go ahead"),
 ("c", "it's [[IBAN|g b four four n a i a one four oh one four one nine three one four one seven oh five]]"),
 ("a", "and the name on the account"),
 ("c", "[[P|ruth mcgregor]]"),
 ("a", "yeah that validates and the name matches {{amount|six hundred pounds}} is it"),
 ("c", "yeah {{amount|six hundred}} the reference is {{reference_number|cottage week thirty two}}"),
 ("a", "that'll arrive {{date|today}}"),
]),
# 42 insurance chat, van insurance, Romanian
("H01", "chat", [
 ("c", "hi need quote for van insurance"),
 ("a", "Hi! [[P|Grace]] here. Can I have your name, DOB and postcode?"),
 ("c", "[[P|Ionut Dumitrescu]] [[DOB|5 oct 1990]] [[PC|E6 2HS]]"),
 ("a", "Thanks [[P|Ionut]]. Van make and model?"),
 ("c", "ford transit custom 2018"),
 ("a", "And business use? How many miles a year?"),
 ("c", "yes building work around {{mileage|15000}}"),
 ("a", "That comes to {{amount|£1,412}} a year or {{amount|£128.40}} monthly. Quote ref {{reference_number|QV-553810}}, valid {{duration|30 days}}."),
 ("c", "thats too much man. {{common_word|grace}} period?"),
 ("a", "If you pay annually you get a {{duration|14 day}} cooling off period."),
]),
# 43 energy email, warm home discount with NINO
("H05", "email", [
 ("c", "Hi,\n\nI'm applying for the Warm Home Discount. My details:\n\n[[P|Eileen Murphy]]\n[[ADDR|31 Larkfield Avenue]], {{town|Belfast}}\n[[PC|BT9 6GQ]]\nNational Insurance: [[NINO|RM843353B]]\nDate of birth: [[DOB|19/04/1956]]\nElectricity account: {{customer_account_number|80551934}}\n\nMy husband [[P|Sean]] is disabled and we are on pension credit.\n\nEileen"),
 ("a", "Dear Mrs [[P|Murphy]],\n\nThank you. Your application has been received and if eligible you'll get {{amount|£150}} credited by {{date|31 March}}.\n\nRegards,\n[[P|Ashley]] at {{company|Northvale Energy}}"),
]),
# 44 GP chat, NHS number typed with spaces and typos
("H09", "chat", [
 ("c", "Hi, I need a fit note extended. Sorry my english not good"),
 ("a", "Hi, it's [[P|Shanthi]] from reception, no problem at all. Can you tell me your name, date of birth and NHS number?"),
 ("c", "[[P|Andrzej Kowalczyk]], [[DOB|1983-11-02]], nhs [[NHS|263 304 3488]]"),
 ("a", "Thank you [[P|Andrzej]]. Your current fit note runs out {{date|Friday 8th}}. Dr [[P|Patel]] can do a phone review {{weekday|Thursday}} at {{time|11:20}}."),
 ("c", "ok good. phone is [[T|07700 900 504]]"),
 ("a", "Booked. He'll call you from a withheld number."),
]),
# 45 telecoms call, porting number, mixed spoken number in words
("H11", "call", [
 ("a", "hi you're through to [[P|nadia]] at {{company|zapmobile}}"),
 ("c", "hi i want to bring my number over from my old network i've got the pac code"),
 ("a", "great what is it"),
 ("c", "{{pac_code|p k x one two three four five six}}"),
 ("a", "and the number you're bringing across"),
 ("c", "[[T|seven seven double oh nine double oh one one eight]] with the oh in front obviously"),
 ("a", "and your new sim number the one we sent"),
 ("c", "{{sim_serial|eight nine four four one one oh two}} something it's really long"),
 ("a", "that's fine i can see it on your account the switch will be {{date|tomorrow}} by {{time|six pm}}"),
 ("c", "brilliant thanks a lot"),
]),
# 46 retail email, complaint with address in signature & previous thread
("H06", "email", [
 ("c", "Hello,\n\nThe sofa delivered on {{date|Saturday 12th}} (order {{order_number|HH-0091283}}) has a ripped cushion. Photos attached. The driver, I think his name was [[P|Stuart]], said to email you.\n\nI want a replacement not a refund.\n\n[[P|Nkechi Eze-Williams]]\n[[ADDR|The Coach House, Millbrook Lane]]\n{{town|Tunbridge Wells}} [[PC|TN2 4AX]]\nM: [[T|07700 900 118]]\n\nOn Fri, [[P|Kelly]] from Home & Hearth wrote:\n> Your delivery slot is {{time|7am-1pm}} on {{date|12 October}}."),
 ("a", "Dear [[P|Nkechi]],\n\nSo sorry about this. A replacement cushion ({{product_code|HH-SF-CU-22}}) has been ordered and will be delivered within {{duration|10 working days}}.\n\nBest wishes,\n[[P|Kelly]]"),
]),
# 47 banking chat, mortgage overpayment with card
("H03", "chat", [
 ("c", "hi can i make a mortgage overpayment by debit card"),
 ("a", "Hi, [[P|Moira]] here. Yes up to {{amount|£5,000}} a day by card. What's your mortgage account number?"),
 ("c", "{{mortgage_account|MTG 4410 2288}}"),
 ("a", "Thanks. Please enter your card details in the secure form below."),
 ("c", "its fine just take it here [[CC|4960 3082 4628 1940]] exp [[EXP|03/29]] cvv [[CVV|448]]"),
 ("a", "Please don't share card details in chat - use the secure link instead and I'll flag this chat for our security team."),
 ("c", "oops sorry"),
]),
# 48 water call, metering, Indian names, bill & will
("H04", "call", [
 ("a", "water metering team [[P|jack]] speaking"),
 ("c", "hello i want to know if a meter {{common_word|will}} save me money"),
 ("a", "it usually {{common_word|will}} if there's fewer people than bedrooms can i take the account holder's name"),
 ("c", "[[P|venkatesh iyer]]"),
 ("a", "sorry could you spell the surname"),
 ("c", "[[P|i y e r]]"),
 ("a", "thanks and the address"),
 ("c", "[[ADDR|nineteen the crescent]] {{town|reading}}"),
 ("a", "okay so there's two of you in a three bed your current {{common_word|bill}} is {{amount|fifty one pounds a month}} on a meter we'd estimate about {{amount|thirty four}}"),
 ("c", "okay let's do it"),
 ("a", "great the fitter will be out within {{duration|ninety days}}"),
]),
# 49 debt collection email, Income & expenditure w/ IBAN
("H02", "email", [
 ("c", "Subject: Re: Account {{case_reference|MR/3318270}}\n\nHi [[P|Aisha]],\n\nAs discussed I'm now living in Ireland. I've set up the payment from my Irish account but you can refund the overpayment to my old UK account:\n\n[[IBAN|GB24 MIDL 6462 8897 5140 26]]\n\nName: [[P|Colm Gallagher]]\n\nMy new number is [[T|+353 87 555 0142]].\n\nThanks\n[[P|Colm]]\n\n> Please confirm where you would like the overpayment of {{amount|£62.10}} refunded."),
 ("a", "Hi [[P|Colm]],\n\nThe {{amount|£62.10}} refund has been sent and should arrive in {{duration|3 working days}}.\n\nThanks,\n[[P|Aisha]]"),
]),
# 50 travel chat, lost property
("H08", "chat", [
 ("c", "hi left my ipad on the plane yesterday, flight {{flight_number|LS 1147}} from {{town|Tenerife}}"),
 ("a", "Hi, [[P|Rhys]] here. Sorry to hear that. What seat were you in?"),
 ("c", "{{seat|23C}}"),
 ("a", "And your name and best contact number?"),
 ("c", "[[P|Kerry-Ann Thompson]] [[T|07700900947]]"),
 ("a", "Thanks [[P|Kerry-Ann]]. I've logged it as {{case_reference|LP-55802}}. If found we'll text you within {{duration|48 hours}}."),
]),
# 51 council call, council tax single person discount, rapid restarts
("H10", "call", [
 ("a", "council tax [[P|harvey]] speaking"),
 ("c", "hi my my partner's moved out so i want the single person discount"),
 ("a", "okay what's the council tax reference"),
 ("c", "{{reference_number|six one oh oh four four two nine one seven}}"),
 ("a", "and your name"),
 ("c", "[[P|jade]] [[P|jade o'sullivan]]"),
 ("a", "and your ex partner's name and when did they leave"),
 ("c", "[[P|kieran walsh]] he left on the {{date|thirtieth of september}}"),
 ("a", "do you have a forwarding address for him"),
 ("c", "er he's at his mum's [[ADDR|fifteen bishopsgate road]] i think"),
 ("a", "okay that'll take {{amount|twenty five percent}} off from the {{date|thirtieth}} a new bill will come out in {{duration|two weeks}}"),
]),
# 52 NHS call, hospital transport, NHS number with "double"
("H09", "call", [
 ("a", "patient transport [[P|kerry]] speaking"),
 ("c", "hello i need transport for my dialysis my usual driver's off"),
 ("a", "okay can i have your n h s number"),
 ("c", "[[NHS|three nine five four eight six two oh five oh]]"),
 ("a", "and your name"),
 ("c", "[[P|everton grant]]"),
 ("a", "and you're at [[ADDR|forty four lime grove]] still"),
 ("c", "yes"),
 ("a", "okay pickup {{weekday|monday}} {{weekday|wednesday}} {{weekday|friday}} at {{time|seven fifteen}}"),
 ("c", "lovely god bless you"),
]),
# 53 insurance email, life insurance beneficiary change
("H01", "email", [
 ("c", "Dear Brightshield,\n\nPolicy number: {{policy_number|LF00918273}}\n\nI would like to change the beneficiary on my life policy from my ex-wife [[P|Karen Doyle]] to my daughter [[P|Freya Doyle]] (born [[DOB|8 August 2003]]).\n\nFreya's address is [[ADDR|77 Hollins Lane]], [[PC|SK6 4EG]] and her email is [[E|freya.doyle03@icloud.com]].\n\nYours,\n[[P|Patrick Doyle]]\nDOB: [[DOB|30/11/1969]]"),
 ("a", "Dear Mr [[P|Doyle]],\n\nWe need you to complete and sign form {{product_code|BEN-02}} to make this change. I've posted it to the address we hold.\n\nKind regards,\n[[P|Sadia]]"),
]),
# 54 energy call, prepayment top-up with card spoken with groups
("H05", "call", [
 ("a", "pay as you go team [[P|connor]] speaking"),
 ("c", "hi my key's not topping up i've lost {{amount|twenty quid}}"),
 ("a", "oh no what's your name"),
 ("c", "[[P|precious ndlovu]]"),
 ("a", "and the address"),
 ("c", "[[ADDR|flat two ninety nine garnet street]] [[PC|h u three two l n]]"),
 ("a", "i can see the top up on the {{date|ninth}} at {{time|nine forty}} didn't get to the meter i'll add emergency credit of {{amount|ten pounds}}"),
 ("c", "can i top up with you now"),
 ("a", "yeah go on"),
 ("c", "[[CC|four seven eight six five seven nine seven five four three two three one nine nine]]"),
 ("a", "and the expiry"),
 ("c", "[[EXP|twelve twenty eight]]"),
 ("a", "and security code"),
 ("c", "[[CVV|oh seven seven]]"),
 ("a", "that's {{amount|thirty pounds}} on there now"),
]),
# 55 telecoms chat, contract cancellation bereavement
("H11", "chat", [
 ("c", "Hello, my father passed away last month and I need to close his mobile account."),
 ("a", "I'm very sorry for your loss. I'm [[P|Olivia]] from the bereavement team. What was your father's name and mobile number?"),
 ("c", "[[P|Stanisław Zieliński]], [[T|07700 900 391]]"),
 ("a", "Thank you. And your name and relationship?"),
 ("c", "[[P|Marta Zielińska]], his daughter and executor"),
 ("a", "I've closed the account from {{date|the date of death}} and waived the early termination fee of {{amount|£187}}. Reference {{case_reference|BRV-29913}}."),
 ("c", "Thank you, that's kind."),
]),
# 56 retail call, warranty product codes, many numbers not PII
("H06", "call", [
 ("a", "after sales [[P|tyrone]] speaking"),
 ("c", "hi my washing machine's broken it's the {{product_code|w m eight four double oh}} bought it in {{date|august}}"),
 ("a", "okay have you got the serial number it's on the door"),
 ("c", "{{serial_number|one two three four oh nine eight eight seven}}"),
 ("a", "thanks and your postcode"),
 ("c", "[[PC|c v two three d z]]"),
 ("a", "and the name"),
 ("c", "[[P|haruka tanaka]]"),
 ("a", "i can get an engineer out {{weekday|tuesday}} {{time|eight till twelve}} it's under the {{duration|two year}} warranty so no charge"),
 ("c", "great"),
]),
# 57 banking email, power of attorney, NINO and account details
("H07", "email", [
 ("c", "Hello,\n\nI have been registered as Lasting Power of Attorney for my mother, [[P|Doreen Platt]] (DOB [[DOB|21 June 1935]]). Her account is sort code [[SC|86-49-20]], account [[ACC|83124023]].\n\nMy details: [[P|Simon Platt]], [[ADDR|9 Weavers Row]], [[PC|BD13 3JA]], NI [[NINO|ML 02 01 46 B]].\n\nLPA reference {{reference_number|7000-1234-5678}} is attached.\n\nSimon"),
 ("a", "Dear Mr [[P|Platt]],\n\nThank you. We have registered the LPA against your mother's account. This can take up to {{duration|15 working days}}.\n\nBereavement & Support Team\n{{company|Harbour & Vale Bank}}\n[[T|0808 157 0441]]"),
]),
# 58 council chat, blue badge, disability
("H10", "chat", [
 ("c", "hi how long does blue badge take?? applied in {{date|june}}"),
 ("a", "Hi, it's [[P|Precious]] here. It can take up to {{duration|12 weeks}}. Can I have your application number?"),
 ("c", "{{reference_number|BB-7731-2025}}"),
 ("a", "Thanks, and your name and DOB?"),
 ("c", "[[P|Gerald Hart]] [[DOB|12.12.1948]]"),
 ("a", "Thanks [[P|Gerald]]. It was approved {{date|yesterday}}, badge posted to [[ADDR|5 Penny Lane]]. It should arrive by {{weekday|Monday}}."),
 ("c", "{{common_word|penny}} dropped, thanks"),
]),
# 59 debt collection call, vulnerable customer, phone with +44
("H02", "call", [
 ("a", "hello [[P|yusuf]] from {{company|meridian recoveries}} can i ask who i'm speaking to"),
 ("c", "it's [[P|agnes]] [[P|agnes mackenzie]] i got your letter i'm really worried"),
 ("a", "okay [[P|agnes]] don't worry we can sort something out can you confirm your date of birth"),
 ("c", "[[DOB|fifth of may fifty two]]"),
 ("a", "thank you is there someone who helps you with your finances"),
 ("c", "my grandson [[P|callum]] he's on [[T|plus four four seven seven double oh nine double oh two two two]]"),
 ("a", "okay i'll put a {{duration|sixty day}} hold on the account and send you details of {{company|stepchange}} who can give free advice"),
 ("c", "thank you dear"),
]),
# 60 travel email, booking with card ending & IBAN refund
("H08", "email", [
 ("c", "Hi,\n\nWe booked a villa in {{town|Paphos}} (ref {{booking_reference|SKY-448812}}) for {{date|2-9 August}} and paid {{amount|£2,350}} by card ending {{masked_identifier|4743}}. The owner cancelled. As the card has since expired, please refund to my bank:\n\n[[IBAN|GB32 CPBK 8649 2083 1240 23]]\n\nLead passenger: [[P|Sunil Menon]]\nPhone: [[T|0117 496 0901]]\n\nRegards,\n[[P|Sunil]]"),
 ("a", "Dear [[P|Sunil]],\n\nWe're sorry your booking was cancelled. A full refund of {{amount|£2,350}} has been sent to the account provided and should arrive within {{duration|5 working days}}.\n\nBest regards,\n[[P|Marcus]]\n{{company|Skyway Holidays}}"),
]),
]

# ---------------------------------------------------------------------------
# Checksums and spoken-number helpers
# ---------------------------------------------------------------------------
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORD_DIGIT = {w: str(i) for i, w in enumerate(DIGIT_WORDS)}
WORD_DIGIT.update({"oh": "0", "nought": "0"})


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def nhs_ok(s):
    if len(s) != 10 or not s.isdigit():
        return False
    t = sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1)))
    chk = 11 - t % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(s[9])


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NINO_BAD1, NINO_BAD2 = set("DFIQUV"), set("DFIOQUV")
NINO_BADP = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[:2] not in NINO_BADP


def normalise_spoken(v):
    """'four double six one' -> '4661'; 'g b four four' -> 'GB44'; written forms pass through."""
    toks = re.split(r"[\s\-]+", v.lower().strip())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1]
            ch = WORD_DIGIT.get(nxt, nxt)
            out.append(ch * (2 if t == "double" else 3))
            i += 2
            continue
        if t in WORD_DIGIT:
            out.append(WORD_DIGIT[t])
        elif re.fullmatch(r"[a-z0-9]+", t):
            out.append(t)
        else:
            raise ValueError("cannot normalise %r in %r" % (t, v))
        i += 1
    return "".join(out).upper()


CHECKS = {"CREDIT_CARD": lambda s: s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s),
          "UK_NHS": nhs_ok, "IBAN_CODE": iban_ok, "UK_NINO": nino_ok}


def gen_luhn(rng, prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_nhs(rng):
    while True:
        s = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))
        t = sum(int(c) * w for c, w in zip(s, range(10, 1, -1)))
        chk = 11 - t % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            return s + str(chk)


def gen_iban(rng, bank, sc, acc):
    bban = bank + sc + acc
    n = int("".join(str(int(c, 36)) for c in bban + "GB00"))
    return "GB%02d%s" % (98 - n % 97, bban)


def gen_nino(rng):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        a, b = rng.choice(L), rng.choice(L)
        if a in NINO_BAD1 or b in NINO_BAD2 or a + b in NINO_BADP:
            continue
        return a + b + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


ONES = DIGIT_WORDS + ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                      "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def n2w(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + n2w(n % 100))
    rest = n % 1000
    return n2w(n // 1000) + " thousand" + ("" if rest == 0 else (" and " if rest < 100 else " ") + n2w(rest))


def year_words(y, rng):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + n2w(y - 2000))
    lo = y % 100
    lo_w = ("oh " + ONES[lo]) if lo < 10 else n2w(lo)
    return rng.choice(["nineteen " + lo_w, "nineteen " + lo_w, lo_w])


def say_digits(s, rng):
    zero = rng.choice(["oh", "oh", "zero"])
    chars = [c for c in s.lower() if c.isalnum()]
    out, i = [], 0
    word = lambda c: (zero if c == "0" else DIGIT_WORDS[int(c)]) if c.isdigit() else c
    while i < len(chars):
        c, run = chars[i], 1
        while i + run < len(chars) and chars[i + run] == c and run < 3:
            run += 1
        if run == 3 and rng.random() < 0.5:
            out.append("triple " + word(c)); i += 3; continue
        if run >= 2 and rng.random() < 0.6:
            out.append("double " + word(c)); i += 2; continue
        out.append(word(c)); i += 1
    return " ".join(out)


def say_amount(pounds, pence, rng):
    s = n2w(pounds) + rng.choice([" pounds", " quid", " pounds"]) if pounds else ""
    if pence:
        s = (s + " " if s else "") + n2w(pence) + ("" if pounds else " pence")
    return s


# ---------------------------------------------------------------------------
# Generator pools (all values fictitious)
# ---------------------------------------------------------------------------
NAMES = [
    ("Sarah", "Whitfield"), ("James", "Holloway"), ("Niamh", "Gallagher"), ("Cillian", "Byrne"),
    ("Eilidh", "MacLeod"), ("Callum", "Fraser"), ("Cerys", "Llewellyn"), ("Dafydd", "Morgan"),
    ("Priya", "Raghavan"), ("Imran", "Chaudhry"), ("Harjit", "Gill"), ("Anjali", "Desai"),
    ("Tariq", "Mahmood"), ("Nusrat", "Begum"), ("Chinedu", "Okafor"), ("Ama", "Owusu"),
    ("Folasade", "Adebayo"), ("Tendai", "Moyo"), ("Abdi", "Warsame"), ("Marcia", "Campbell"),
    ("Leroy", "Henry"), ("Simone", "Bailey"), ("Krzysztof", "Nowicki"), ("Ewa", "Lewandowska"),
    ("Andrei", "Popa"), ("Lina", "Petrauskaite"), ("Dmytro", "Shevchenko"), ("Jun", "Wang"),
    ("Li Na", "Huang"), ("Kai", "Leung"), ("Hassan", "Al-Sayed"), ("Noor", "Khalil"),
    ("Rania", "Haddad"), ("Valentina", "Gómez"), ("Joaquín", "Ramírez"), ("Camila", "Souza"),
    ("Thomas", "Brennan"), ("Grace", "Adeyemi"), ("Owen", "Pritchard"), ("Zofia", "Kaczmarek"),
    ("Ravi", "Subramaniam"), ("Yasmin", "Hussain"), ("Kofi", "Boateng"), ("Bronagh", "Quinn"),
]
AGENTS = ["Leanne", "Darren", "Amira", "Stephen", "Joanne", "Kieran", "Parveen", "Nathan",
          "Magda", "Chloe", "Femi", "Rebecca", "Hannah", "Liam", "Zainab", "Gavin"]
STREETS = ["Acacia Avenue", "Mill Lane", "Victoria Road", "Beech Grove", "Station Road",
           "Oakfield Drive", "Canal Street", "Heol Maes", "Queen's Crescent", "Bridge End",
           "Willow Walk", "Jubilee Terrace", "Hawthorn Close", "Market Street", "Kingsway",
           "Glebe Road", "Primrose Hill", "Thornbury Way", "St Mary's Close", "Meadow View"]
OUTWARD = ["LS6", "M14", "B29", "CF24", "G12", "EH6", "BT7", "NE4", "L17", "S10", "BS3",
           "NG7", "CV1", "SA1", "PL4", "E17", "SW9", "N4", "LE2", "YO10", "AB24", "DD1"]
TOWNS = ["Leeds", "Bolton", "Swansea", "Derby", "Dundee", "Wrexham", "Luton", "Stoke",
         "Norwich", "Hull", "Bangor", "Inverness", "Newry", "Exeter", "Wigan", "Sunderland"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"]
PHONE_STEMS = [("07700", "900"), ("020", "7946 0"), ("0161", "496 0"), ("0113", "496 0"),
               ("0117", "496 0"), ("0131", "496 0"), ("0141", "496 0"), ("029", "2018 0"),
               ("028", "9649 6"), ("01632", "960")]
SECTORS = ["banking", "insurance", "energy", "water", "telecoms", "travel", "retail", "nhs",
           "council", "debt"]
AGENT_IDS = {"banking": "H03", "insurance": "H01", "energy": "H05", "water": "H04",
             "telecoms": "H11", "travel": "H08", "retail": "H06", "nhs": "H09",
             "council": "H10", "debt": "H02"}
COMPANIES = {"banking": "Harbour & Vale Bank", "insurance": "Brightshield Insurance",
             "energy": "Northvale Energy", "water": "Severnside Water", "telecoms": "Tellix",
             "travel": "Skyway Holidays", "retail": "Trendloft", "nhs": "Parkway Medical Centre",
             "council": "Castleford District Council", "debt": "Meridian Recoveries"}


def P(t, v):
    return ("P", t, v)


def L(k, v):
    return ("L", k, v)


class Facts:
    """Random fictitious values, rendered in written or spoken form."""

    def __init__(self, rng, spoken):
        self.r, self.spoken = rng, spoken

    def c(self, *opts):
        return self.r.choice(opts)

    def name(self, full=True):
        f, l = self.r.choice(NAMES)
        v = f + " " + l if full else f
        return v.lower() if self.spoken else v

    def dob(self):
        r = self.r
        y, m, d = r.randint(1941, 2004), r.randint(1, 12), r.randint(1, 28)
        if self.spoken:
            return r.choice(["the %s of %s %s" % (ORD[d], MONTHS[m - 1].lower(), year_words(y, r)),
                             "%s %s %s" % (ORD[d], MONTHS[m - 1].lower(), year_words(y, r)),
                             "%s of the %s %s" % (ORD[d], ORD[m], year_words(y, r))])
        return r.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1], y),
                         "%d %s %d" % (d, MONTHS[m - 1][:3], y), "%02d-%02d-%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100)])

    def street(self):
        r = self.r
        n, st = r.randint(1, 240), r.choice(STREETS)
        if self.spoken:
            base = n2w(n) + " " + st.lower()
            return r.choice([base, base, "flat " + n2w(r.randint(1, 12)) + " " + base])
        return r.choice(["%d %s" % (n, st), "%d %s" % (n, st), "Flat %d, %d %s" % (r.randint(1, 12), n, st),
                         "%d%s %s" % (n, r.choice("ab"), st)])

    def postcode(self):
        r = self.r
        out = r.choice(OUTWARD)
        inw = str(r.randint(1, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        if self.spoken:
            return say_digits(out, r) + " " + say_digits(inw, r)
        return r.choice([out + " " + inw, out + " " + inw, out + inw, (out + " " + inw).lower()])

    def phone(self):
        r = self.r
        a, b = r.choice(PHONE_STEMS)
        tail = "%03d" % r.randint(0, 999) if a == "07700" or a == "01632" else "%03d" % r.randint(0, 999)
        digits = (a + b + tail).replace(" ", "")
        if self.spoken:
            return say_digits(digits, r)
        compact = digits
        spaced = a + " " + b + tail if " " in b else a + " " + b + " " + tail
        opts = [spaced, compact]
        if a == "07700":
            opts += ["+44 7700 " + b + " " + tail, "+447700" + b + tail, "07700-" + b + "-" + tail]
        return r.choice(opts)

    def email(self, name):
        r = self.r
        f, l = name.lower().replace("-", "").split(" ")[0], name.lower().replace("-", "").split(" ")[-1]
        f = f.replace("í", "i").replace("ó", "o").replace("é", "e").replace("á", "a").replace("í", "i")
        l = l.replace("í", "i").replace("ó", "o").replace("é", "e").replace("á", "a").replace("ú", "u")
        num = str(r.randint(1, 99)) if r.random() < 0.5 else ""
        local = r.choice([f + "." + l, f + l + num, f[0] + l + num, f + "_" + l, l + "." + f + num])
        dom = r.choice(DOMAINS)
        if self.spoken:
            loc = local.replace(".", " dot ").replace("_", " underscore ")
            loc = re.sub(r"(\d+)", lambda m: " " + n2w(int(m.group(1))), loc).strip()
            return loc + " at " + dom.replace(".", " dot ")
        return local + "@" + dom

    def card(self):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "amex"])
        if kind == "amex":
            n = gen_luhn(r, r.choice(["34", "37"]), 15)
            groups = [n[:4], n[4:10], n[10:]]
        else:
            n = gen_luhn(r, "4" if kind == "visa" else "5" + r.choice("12345"), 16)
            groups = [n[i:i + 4] for i in range(0, 16, 4)]
        if self.spoken:
            return say_digits(n, r), kind
        return r.choice([" ".join(groups), "".join(groups), "-".join(groups)]), kind

    def expiry(self):
        r = self.r
        m, y = r.randint(1, 12), r.randint(25, 31)
        if self.spoken:
            mm = ("oh " + ONES[m]) if m < 10 else n2w(m)
            return r.choice([mm + " " + n2w(y), MONTHS[m - 1].lower() + " twenty " + n2w(y), mm + " slash " + n2w(y)])
        return r.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y)])

    def cvv(self, kind):
        s = "".join(self.r.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
        return say_digits(s, self.r) if self.spoken else s

    def sortcode(self):
        r = self.r
        s = "".join(r.choice("0123456789") for _ in range(6))
        if self.spoken:
            return say_digits(s, r), s
        return r.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s[:2] + " " + s[2:4] + " " + s[4:], s]), s

    def account(self):
        s = "".join(self.r.choice("0123456789") for _ in range(8))
        return (say_digits(s, self.r) if self.spoken else s), s

    def iban(self, sc, acc):
        r = self.r
        ib = gen_iban(r, r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "TSBS"]), sc, acc)
        if self.spoken:
            return say_digits(ib, r)
        return r.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib])

    def nhs(self):
        r = self.r
        s = gen_nhs(r)
        if self.spoken:
            return say_digits(s, r)
        return r.choice([s[:3] + " " + s[3:6] + " " + s[6:], s, s[:3] + "-" + s[3:6] + "-" + s[6:]])

    def nino(self):
        r = self.r
        s = gen_nino(r)
        if self.spoken:
            return say_digits(s, r)
        return r.choice([s, " ".join([s[:2], s[2:4], s[4:6], s[6:8], s[8]]), s.lower() if r.random() < 0.3 else s])

    def ip(self):
        r = self.r
        parts = r.choice([[192, 0, 2, r.randint(1, 254)], [198, 51, 100, r.randint(1, 254)],
                          [203, 0, 113, r.randint(1, 254)], [192, 168, r.choice([0, 1]), r.randint(1, 254)],
                          [10, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)],
                          [r.choice([81, 86, 92, 109, 151]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)]])
        if self.spoken:
            sep = r.choice([" dot ", " point "])
            return sep.join(n2w(p) if r.random() < 0.5 else say_digits(str(p), r) for p in parts)
        return ".".join(map(str, parts))

    # ---- lookalikes ----
    def amount(self):
        r = self.r
        pounds, pence = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 4000)]), r.choice([0, 0, r.randint(1, 99)])
        if self.spoken:
            return say_amount(pounds, pence, r)
        s = "{:,}".format(pounds) if pounds >= 1000 and r.random() < 0.7 else str(pounds)
        return "£" + s + ("" if not pence else ".%02d" % pence)

    def ref(self, prefix, n=7, letters=0):
        r = self.r
        body = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(letters)) + \
            "".join(r.choice("0123456789") for _ in range(n))
        if self.spoken:
            return say_digits(prefix + body, r)
        return r.choice([prefix + body, prefix + "-" + body if prefix else body])

    def time(self):
        r = self.r
        h, m = r.randint(8, 17), r.choice([0, 15, 30, 45])
        if self.spoken:
            h12 = h if h <= 12 else h - 12
            return r.choice([n2w(h12) + ("" if m == 0 else " " + n2w(m)),
                             {0: n2w(h12) + " o'clock", 15: "quarter past " + n2w(h12), 30: "half " + n2w(h12),
                              45: "quarter to " + n2w(h12 % 12 + 1)}[m]])
        h12 = h if h <= 12 else h - 12
        return r.choice(["%02d:%02d" % (h, m), "%d.%02d%s" % (h12, m, "am" if h < 12 else "pm"),
                         "%d%s" % (h12, "am" if h < 12 else "pm") if m == 0 else "%d:%02d" % (h12, m)])

    def date(self):
        r = self.r
        d, m = r.randint(1, 28), r.randint(1, 12)
        if self.spoken:
            return r.choice(["the " + ORD[d], ORD[d] + " of " + MONTHS[m - 1].lower(),
                             WEEKDAYS[r.randint(0, 5)].lower() + " the " + ORD[d]])
        return r.choice(["%d %s" % (d, MONTHS[m - 1]), "%s %d %s" % (WEEKDAYS[r.randint(0, 5)], d, MONTHS[m - 1][:3]),
                         "%02d/%02d" % (d, m), "%d%s %s" % (d, "th", MONTHS[m - 1])])

    def weekday(self):
        w = self.r.choice(WEEKDAYS)
        return w.lower() if self.spoken else w

    def town(self):
        t = self.r.choice(TOWNS)
        return t.lower() if self.spoken else t

    def duration(self):
        r = self.r
        n = r.randint(2, 14)
        unit = r.choice(["working days", "days", "weeks", "hours", "minutes"])
        return (n2w(n) if self.spoken or r.random() < 0.3 else str(n)) + " " + unit


# ---------------------------------------------------------------------------
# Generated interactions: detail questions + sector scenarios
# ---------------------------------------------------------------------------
def D(asks, label, segs):
    return {"asks": asks, "label": label, "segs": segs}


def d_name(f, name):
    return D(["Can I take your full name please?", "Who am I speaking with today?",
              "What's the name on the account?", "Could you confirm your name for me?",
              "And your name is?"], "Name", [P("PERSON", name)])


def d_dob(f):
    return D(["And your date of birth?", "Can you confirm your date of birth please?",
              "What's your DOB?", "For security, your date of birth?"], "Date of birth", [P("DATE_OF_BIRTH", f.dob())])


def d_addr(f, with_pc=True):
    segs = [P("STREET_ADDRESS", f.street())]
    if with_pc:
        segs += [f.c(", ", " ", ", "), P("UK_POSTCODE", f.postcode())]
    return D(["And the first line of your address?", "What's the address?", "Can I take your address and postcode?",
              "Which address is it for?"], "Address", segs)


def d_pc(f):
    return D(["And the postcode?", "Can you confirm the postcode?", "What's your postcode?"], "Postcode",
             [P("UK_POSTCODE", f.postcode())])


def d_phone(f):
    return D(["What's the best number to reach you on?", "Can I take a contact number?",
              "Is there a phone number we can use?"], "Phone", [P("PHONE_NUMBER", f.phone())])


def d_email(f, name):
    return D(["And an email address?", "What email should we use?", "Can I take an email for the confirmation?"],
             "Email", [P("EMAIL_ADDRESS", f.email(name))])


def d_card(f):
    num, kind = f.card()
    cvv_ask = "the four digits on the front" if kind == "amex" else f.c("the last three digits on the back", "the security code", "the CVV")
    return [D(["Can I take the long card number?", "What's the card number?", "Go ahead with the card number when you're ready."],
              "Card", [P("CREDIT_CARD", num)]),
            D(["And the expiry date?", "Expiry?", "When does the card expire?"], "Expiry", [P("CARD_EXPIRY", f.expiry())]),
            D(["And " + cvv_ask + "?"], "Security code", [P("CARD_CVV", f.cvv(kind))])]


def d_bank(f, iban=False):
    sc_txt, sc = f.sortcode()
    acc_txt, acc = f.account()
    out = [D(["What's the sort code?", "Sort code please?"], "Sort code", [P("UK_SORT_CODE", sc_txt)]),
           D(["And the account number?", "Account number?"], "Account number", [P("UK_BANK_ACCOUNT", acc_txt)])]
    if iban:
        out.append(D(["Do you have the IBAN as well?", "And the IBAN?"], "IBAN", [P("IBAN_CODE", f.iban(sc, acc))]))
    return out


def d_look(asks, label, kind, value):
    return D(asks, label, [L(kind, value)])


def common_word(f):
    """Optional extra sentence using a word that is also a first name."""
    return f.c([" I ", L("common_word", "will"), " be honest, it's been a nightmare."],
               [" You ", L("common_word", "may"), " need to check this."],
               [" I can't ", L("common_word", "bill"), " my own clients until this is fixed."],
               [" Please ", L("common_word", "mark"), " it as urgent."],
               [" To be ", L("common_word", "frank"), ", I'm fed up."],
               [" I ", L("common_word", "hope"), " you can help."], [], [])


def sc_banking(f, name):
    amt = f.amount()
    req = f.c(["I've spotted a payment of ", L("amount", amt), " I don't recognise from ", L("date", f.date()), "."],
              ["I want to pay ", L("amount", amt), " to a new payee, reference ", L("reference_number", f.ref("INV", 5)), "."],
              ["My card ending ", L("masked_identifier", "%04d" % f.r.randint(0, 9999)), " was swallowed by a cash machine in ",
               L("town", f.town()), "."])
    det = [d_name(f, name), d_dob(f)] + f.r.sample([[d_pc(f)], d_bank(f, iban=f.r.random() < 0.8), [d_phone(f)]], 2)[0] + [d_addr(f, False)]
    close = ["Thanks, that's done. Your reference is ", L("case_reference", f.ref("HV", 6)), " and it'll take ",
             L("duration", f.duration()), "."]
    return ["Payment query"], req, det, close


def sc_insurance(f, name):
    pol = f.ref("POL", 7)
    req = f.c(["I need to make a claim on policy ", L("policy_number", pol), ", the incident was on ", L("date", f.date()), "."],
              ["My renewal has gone up to ", L("amount", f.amount()), " for policy ", L("policy_number", pol), "."],
              ["I want to add a named driver to ", L("policy_number", pol), "."])
    det = [d_name(f, name), d_dob(f), d_addr(f)]
    if f.r.random() < 0.5:
        det.append(D(["And the other person's name?", "Who's the named driver?"], "Other party", [P("PERSON", f.name())]))
    det += d_card(f) if f.r.random() < 0.5 else [d_email(f, name)]
    close = ["That's logged as ", L("case_reference", f.ref("CLM", 5)), ". The excess is ", L("amount", f.amount()), "."]
    return ["Policy ", L("policy_number", pol)], req, det, close


def sc_energy(f, name):
    acct = "".join(f.r.choice("0123456789") for _ in range(8))
    acct_v = say_digits(acct, f.r) if f.spoken else acct
    req = f.c(["I want to give a meter reading, it's ", L("meter_reading", f.ref("", 5)), "."],
              ["My direct debit went up to ", L("amount", f.amount()), " and I don't understand why."],
              ["I'm moving out on ", L("date", f.date()), " and need a final bill."])
    det = [d_look(["What's your account number?", "Have you got your account number handy?"], "Account number",
                  "customer_account_number", acct_v), d_name(f, name), d_addr(f)]
    det += [d_email(f, name)] if f.r.random() < 0.5 else [d_phone(f)]
    close = ["Lovely, your next bill will be around ", L("amount", f.amount()), ", issued on ", L("date", f.date()), "."]
    return ["Account ", L("customer_account_number", acct_v)], req, det, close


def sc_water(f, name):
    req = f.c(["Water's been off since ", L("time", f.time()), " this morning on my street."],
              ["My ", L("common_word", "bill"), " says ", L("amount", f.amount()), " which can't be right."],
              ["There's a leak outside, it's been running for ", L("duration", f.duration()), "."])
    det = [d_name(f, name), d_addr(f), d_phone(f)]
    if f.r.random() < 0.4:
        det += d_bank(f)
    close = ["I've raised job ", L("case_reference", f.ref("WJ", 6)), ", someone will be out by ", L("weekday", f.weekday()), "."]
    return ["Water supply"], req, det, close


def sc_telecoms(f, name):
    req = f.c(["My broadband keeps dropping, router model ", L("product_code", f.c("HB-4400", "TX-Hub 3", "ZR200")), "."],
              ["I was charged ", L("amount", f.amount()), " for roaming in ", L("town", f.c("Malaga", "Dublin", "Krakow")), "."],
              ["I want to cancel, my contract ended on ", L("date", f.date()), "."])
    det = [d_name(f, name), d_phone(f)]
    if f.r.random() < 0.6:
        det.append(D(["What IP address does the router show?", "Can you read me the WAN IP?"], "IP", [P("IP_ADDRESS", f.ip())]))
    det.append(d_pc(f))
    if f.r.random() < 0.5:
        det.append(d_email(f, name))
    close = ["I've reset the line, give it ", L("duration", f.duration()), ". Ticket ", L("case_reference", f.ref("TLX", 6)), "."]
    return ["Broadband fault"], req, det, close


def sc_travel(f, name):
    bk = f.ref("", 0, 6) if not f.spoken else say_digits("".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), f.r)
    fl = f.c("EZY", "BA", "FR", "LS", "TOM", "U2") + str(f.r.randint(100, 9999))
    flv = say_digits(fl, f.r) if f.spoken else f.c(fl, fl[:-4] + " " + fl[-4:] if len(fl) > 5 else fl)
    req = f.c(["I need to change booking ", L("booking_reference", bk), ", flight ", L("flight_number", flv), "."],
              ["Our flight ", L("flight_number", flv), " to ", L("town", f.c("Faro", "Alicante", "Dalaman", "Palma")), " was delayed ",
               L("duration", f.duration()), "."])
    det = [d_name(f, name),
           D(["And the other passenger?", "Who else is travelling?"], "Other passenger", [P("PERSON", f.name())]),
           d_dob(f), d_email(f, name)]
    if f.r.random() < 0.5:
        det += d_card(f)
    close = ["All done. Departure is ", L("time", f.time()), " on ", L("date", f.date()), ", the change fee was ",
             L("amount", f.amount()), "."]
    return ["Booking change"], req, det, close


def sc_retail(f, name):
    order = f.ref("", 8)
    req = f.c(["My order ", L("order_number", order), " hasn't turned up, it was due ", L("weekday", f.weekday()), "."],
              ["I want to return item ", L("product_code", f.ref("SKU", 5)), ", it cost ", L("amount", f.amount()), "."],
              ["I paid with card ending ", L("masked_identifier", "%04d" % f.r.randint(0, 9999)), " but got charged twice."])
    det = [d_name(f, name), d_email(f, name), d_addr(f)]
    if f.r.random() < 0.5:
        det += d_card(f)
    close = ["Sorted. Tracking number ", L("tracking_number", f.ref("PW", 10)), ", delivery by ", L("time", f.time()), "."]
    return ["Order ", L("order_number", order)], req, det, close


def sc_nhs(f, name):
    req = f.c(["I need an appointment, I've had this cough for ", L("duration", f.duration()), "."],
              ["I'm ringing for my repeat prescription, the ", L("product_code", f.c("sertraline 50mg", "ramipril 5mg", "salbutamol inhaler")), "."],
              ["I ", L("common_word", "will"), " need my blood test results from ", L("date", f.date()), "."])
    det = [d_name(f, name), d_dob(f),
           D(["Do you have your NHS number?", "Can I take the NHS number?"], "NHS number", [P("UK_NHS", f.nhs())]),
           d_phone(f)]
    if f.r.random() < 0.4:
        det.append(D(["Which GP do you usually see?"], "GP", ["Dr ", P("PERSON", f.name().split(" ")[-1])]))
    close = ["You're booked ", L("weekday", f.weekday()), " at ", L("time", f.time()), " with the nurse."]
    return ["Appointment request"], req, det, close


def sc_council(f, name):
    req = f.c(["I'm applying for council tax reduction, account ", L("reference_number", f.ref("", 10)), "."],
              ["My bins weren't collected on ", L("weekday", f.weekday()), "."],
              ["I need a parking permit, it's ", L("amount", f.amount()), " a year I think."])
    det = [d_name(f, name), d_addr(f)]
    if f.r.random() < 0.95:
        det.append(D(["And your National Insurance number?", "Can I take your NI number?"], "NI number", [P("UK_NINO", f.nino())]))
    det += [d_dob(f)] if f.r.random() < 0.5 else [d_email(f, name)]
    close = ["That's logged under ", L("case_reference", f.ref("CDC", 6)), ", you'll hear back within ", L("duration", f.duration()), "."]
    return ["Council enquiry"], req, det, close


def sc_debt(f, name):
    req = f.c(["I got your letter about ", L("amount", f.amount()), ", reference ", L("case_reference", f.ref("MR", 7)), "."],
              ["I want to set up a payment plan of ", L("amount", f.amount()), " a month from ", L("date", f.date()), "."])
    det = [d_name(f, name), d_dob(f), d_addr(f)]
    det += d_bank(f, iban=f.r.random() < 0.6) if f.r.random() < 0.6 else d_card(f)
    if f.r.random() < 0.4:
        det.append(D(["And your National Insurance number?", "Could I take your NI number to check your benefits?"], "NI number", [P("UK_NINO", f.nino())]))
    close = ["Thanks, the plan starts ", L("date", f.date()), " and the account is on hold for ", L("duration", f.duration()), "."]
    return ["Payment plan"], req, det, close


SCENARIOS = {"banking": sc_banking, "insurance": sc_insurance, "energy": sc_energy, "water": sc_water,
             "telecoms": sc_telecoms, "travel": sc_travel, "retail": sc_retail, "nhs": sc_nhs,
             "council": sc_council, "debt": sc_debt}

FILLERS = ["um ", "er ", "yeah ", "right ", "erm ", "oh ", "so ", ""]
ANSWER_PRE = ["", "", "it's ", "yeah it's ", "that's ", "sure it's "]
GREET = [["Hello, you're through to ", "COMPANY", ", my name's ", "AGENT", ", how can I help?"],
         ["Good morning, ", "COMPANY", ", ", "AGENT", " speaking."],
         ["Hi, it's ", "AGENT", " from ", "COMPANY", ". What can I do for you?"],
         ["Thanks for waiting, you're talking to ", "AGENT", " at ", "COMPANY", "."]]


def call_lit(s):
    s = s.lower()
    s = re.sub(r"[,.?!;:()]", "", s)
    return re.sub(r" {2,}", " ", s)


def render_generated(rng, sector, channel):
    spoken = channel == "call"
    f = Facts(rng, spoken)
    name = f.name()
    agent = rng.choice(AGENTS)
    agent_v = agent.lower() if spoken else agent
    company = COMPANIES[sector].lower().replace("&", "and") if spoken else COMPANIES[sector]
    subject, req, details, close = SCENARIOS[sector](f, name)
    flat = []
    for d in details:
        flat.extend(d if isinstance(d, list) else [d])
    turns = []
    if channel in ("call", "chat"):
        g = [L("company", company) if x == "COMPANY" else P("PERSON", agent_v) if x == "AGENT" else x for x in rng.choice(GREET)]
        turns.append(("agent", g))
        opener = rng.choice(["Hi, ", "Hello, ", "Hiya, ", ""]) if channel == "chat" else rng.choice(FILLERS)
        turns.append(("customer", [opener] + req + common_word(f)))
        for d in flat:
            turns.append(("agent", [rng.choice(d["asks"])]))
            pre = rng.choice(ANSWER_PRE)
            if spoken:
                pre = rng.choice(FILLERS) + pre
            turns.append(("customer", [pre] + d["segs"]))
        turns.append(("agent", close))
        turns.append(("customer", [rng.choice(["Thanks.", "Cheers.", "OK thank you.", "Great, bye.", "ta"])]))
    else:
        body = ["Subject: "] + subject + ["\n\n", rng.choice(["Hi,", "Hello,", "Dear Sir/Madam,", "To whom it may concern,"]), "\n\n"]
        body += req + common_word(f) + ["\n\n", rng.choice(["My details are below:", "Details:", "Here are my details."]), "\n"]
        for d in flat:
            body += [d["label"], ": "] + d["segs"] + ["\n"]
        body += ["\n", rng.choice(["Thanks,", "Regards,", "Many thanks,", "Kind regards,"]), "\n", P("PERSON", name)]
        turns.append(("customer", body))
        first = name.split(" ")[0]
        reply = [rng.choice(["Dear ", "Hi ", "Hello "]), P("PERSON", first), ",\n\n", "Thank you for getting in touch. "] + close
        reply += ["\n\n", rng.choice(["Kind regards,", "Best wishes,", "Thanks,"]), "\n", P("PERSON", agent), "\n", L("company", company)]
        if rng.random() < 0.5:
            reply += ["\n", P("PHONE_NUMBER", Facts(rng, False).phone())]
        turns.append(("agent", reply))
    if spoken:
        turns = [(s, [call_lit(x) if isinstance(x, str) else (x[0], x[1], x[2].lower()) for x in segs]) for s, segs in turns]
    return turns


# ---------------------------------------------------------------------------
# Assembly (offsets recorded while concatenating) and validation
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[(\w+)\|(.*?)\]\]|\{\{(\w+)\|(.*?)\}\}", re.S)


def parse_markup(text):
    segs, pos = [], 0
    for m in MARK.finditer(text):
        segs.append(text[pos:m.start()])
        if m.group(1):
            segs.append(P(CODES[m.group(1)], m.group(2)))
        else:
            segs.append(L(m.group(3), m.group(4)))
        pos = m.end()
    segs.append(text[pos:])
    assert "[[" not in "".join(s for s in segs if isinstance(s, str)), text
    assert "{{" not in "".join(s for s in segs if isinstance(s, str)), text
    return segs


def assemble(segs):
    text, pii, look = "", [], []
    for s in segs:
        if isinstance(s, str):
            text += s
            continue
        tag, label, value = s
        start = len(text)
        text += value
        span = {"start": start, "end": len(text)}
        if tag == "P":
            span["type"] = label
            pii.append(span)
        else:
            span["kind"] = label
            look.append(span)
    return text, pii, look


def validate(rec):
    for t in rec["turns"]:
        text = t["text"]
        spans = sorted(t["pii"] + t["lookalikes"], key=lambda x: x["start"])
        prev_end = 0
        for sp in spans:
            v = text[sp["start"]:sp["end"]]
            assert 0 <= sp["start"] < sp["end"] <= len(text), (rec["interaction_id"], sp)
            assert v == v.strip() and v, (rec["interaction_id"], repr(v))
            assert sp["start"] >= prev_end, ("overlap", rec["interaction_id"], v)
            prev_end = sp["end"]
        for sp in t["pii"]:
            assert sp["type"] in TYPES, sp
            v = text[sp["start"]:sp["end"]]
            if sp["type"] in CHECKS:
                n = normalise_spoken(v)
                assert CHECKS[sp["type"]](n), ("checksum", rec["interaction_id"], sp["type"], v, n)
            if sp["type"] == "PERSON":
                assert not re.match(r"(?i)(mr|mrs|ms|miss|dr)\b", v), v
            if sp["type"] == "UK_BANK_ACCOUNT":
                assert len(normalise_spoken(v)) == 8, v
            if sp["type"] == "UK_SORT_CODE":
                assert len(normalise_spoken(v)) == 6, v


def main():
    rng = random.Random(SEED)
    records = []
    for agent_id, channel, turns in HAND:
        out_turns = []
        for spk, text in turns:
            t, pii, look = assemble(parse_markup(text))
            out_turns.append({"speaker": {"a": "agent", "c": "customer"}[spk], "text": t, "pii": pii, "lookalikes": look})
        records.append({"agent_id": agent_id, "channel": channel, "turns": out_turns, "_src": "hand"})
    for i in range(60):
        sector = SECTORS[i % len(SECTORS)]
        channel = rng.choices(["call", "chat", "email"], weights=[45, 30, 25])[0]
        out_turns = []
        for spk, segs in render_generated(rng, sector, channel):
            t, pii, look = assemble(segs)
            out_turns.append({"speaker": spk, "text": t, "pii": pii, "lookalikes": look})
        records.append({"agent_id": AGENT_IDS[sector], "channel": channel, "turns": out_turns, "_src": "gen"})
    rng.shuffle(records)
    final = []
    for i, rec in enumerate(records, 1):
        r = {"interaction_id": "ho-%04d" % i, "agent_id": rec["agent_id"], "channel": rec["channel"], "turns": rec["turns"]}
        validate(r)
        final.append((r, rec["_src"]))
    with open(OUT, "w", encoding="utf-8") as fh:
        for r, _ in final:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    ent, kinds, chans, src = Counter(), Counter(), Counter(), Counter()
    for r, s in final:
        chans[r["channel"]] += 1
        src[s] += 1
        for t in r["turns"]:
            ent.update(sp["type"] for sp in t["pii"])
            kinds.update(sp["kind"] for sp in t["lookalikes"])
    print("interactions:", len(final), dict(src), dict(chans))
    print("turns:", sum(len(r["turns"]) for r, _ in final))
    print("PII spans:", sum(ent.values()))
    for k, v in sorted(ent.items(), key=lambda x: (-x[1], x[0])):
        print("  %-16s %d" % (k, v))
    print("lookalike spans:", sum(kinds.values()))
    for k, v in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        print("  %-24s %d" % (k, v))


if __name__ == "__main__":
    main()
