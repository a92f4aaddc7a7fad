"""field59, English: promises to pay around Candlemas, Waitangi Day, Shrove Tuesday and the Spring Festival shutdown."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field59.kit import CET, CN, DEN, GB, HK, IE, JP, MY, NOLA, NYC, NZ, SG, SYD, TH, TT, TW, VAN, VN, at

R = Reply

REPLIES: list[Reply] = [
    R("A5901", at("01-22", "08:41", GB), "Morning. Both invoices go on Friday's run. Janet",
      "promise_to_pay", date="2029-01-26", sender=1, fam=["terse", "weekday"]),
    R("A5901", at("01-29", "16:02", GB), """Hi,

Apologies, this slipped while we were flat out on the Pancake Day packing. INV-2027-59011 will be settled on Shrove Tuesday itself (13th) once the supermarket remittance lands, the smaller one with it.

Regards
Janet Hebden
Finance Manager, Pennine Pancake Mix Co Ltd""",
      "promise_to_pay", date="2029-02-13", sender=1, fam=["holiday", "shrove-tuesday", "conditional-wording-dated"],
      note="the remittance mention explains the day, the commitment is dated"),
    R("A5901", at("02-07", "11:15", GB), """We can do £3,000 against 59011 on Monday 12 Feb; the balance has to wait for the March run, I'm afraid.

Janet""",
      "promise_to_pay", date="2029-02-12", amount="3000.00", inv=["INV-2027-59011"], sender=1, fam=["partial", "weekday-ordinal"]),
    R("A5902", at("01-24", "10:20", CN), """Dear Sir/Madam,

Thanks for your kindly reminder. Our company will arrange the payment of INV-2027-59021 and INV-2027-59022 before the Spring Festival holiday. The bank will close from 10th Feb, so we will remit on 8th Feb latest.

Best regards
Cathy Liu
Finance Supervisor""",
      "promise_to_pay", date="2029-02-08", sender=1, fam=["non-native", "spring-festival", "ordinal-date"]),
    R("A5902", at("02-09", "17:45", CN), """Hi,

Sorry for late. Our boss not sign the payment before holiday, the factory already close since 8th. Finance will back to office on 19 Feb (the 10th day of new year) and the payment will be done in that day.

Kevin Zhou""",
      "promise_to_pay", date="2029-02-19", sender=2, fam=["non-native", "spring-festival", "moved-plan"]),
    R("A5903", at("01-23", "09:05", CN), """Dear friend,

Happy New Year in advance! We confirm to pay USD 8,000 this week Friday, rest USD 7,960 after CNY.

Lily""",
      "promise_to_pay", date="2029-01-26", amount="8000.00", sender=1, fam=["non-native", "partial", "this-week"]),
    R("A5904", at("01-25", "19:30", VAN), """Sorry, owner's been on the hill all week. Cheque for both goes out Monday.
Doug
Sent from my iPhone""",
      "promise_to_pay", date="2029-01-29", sender=1, fam=["terse", "mobile", "weekday"]),
    R("A5904", at("02-13", "07:50", VAN), """Hi there,

We had a big dump of snow and the tills are finally catching up. I'll push the e-transfer for $3,890.00 (59041) through by the 20th. 745 next month when the February rentals are in.

Doug""",
      "promise_to_pay", date="2029-02-20", amount="3890.00", inv=["INV-2027-59041", "INV-2027-59042"], sender=1,
      fam=["partial", "by-the-nth", "ski-season"]),
    R("A5905", at("02-05", "15:12", NZ), """Kia ora,

Office is shut tomorrow for Waitangi Day. Payment for both invoices will be released Wednesday 7th.

Ngā mihi
Tama""",
      "promise_to_pay", date="2029-02-07", sender=1, fam=["holiday", "waitangi", "weekday-ordinal"]),
    R("A5905", at("01-30", "12:40", NZ), """Hi,

Picking starts mid-Feb so cash is tight. We'll clear INV-2027-59052 today and 59051 end of next month.

Accounts""",
      "promise_to_pay", date="2029-01-30", inv=["INV-2027-59052", "INV-2027-59051"], fam=["two-dates", "first-date"],
      note="two commitments: today for 59052, end of February for 59051; the first is dated"),
    R("A5906", at("01-26", "14:22", NOLA), """Renee here. King cake season is our whole year — every dollar is in flour and plastic babies right now. You'll get everything the Friday after Mardi Gras, Feb 16. Promise.""",
      "promise_to_pay", date="2029-02-16", sender=1, fam=["mardi-gras", "explicit-date", "voice"]),
    R("A5906", at("02-14", "10:05", NOLA), """Hi,

Yes, yes, we know. Ash Wednesday, the parade route is finally clean and so is my desk. ACH for both invoices is scheduled for tomorrow.

Renee Broussard | Controller
Crescent City King Cake Bakery""",
      "promise_to_pay", date="2029-02-15", sender=1, fam=["sarcasm", "tomorrow", "ash-wednesday"]),
    R("A5907", at("01-31", "11:11", NYC), """Our counsel has asked that all payments go through her office. Having said that, Hank has authorized the wire for Friday.

Office, Gobbler's Knob Souvenir Works""",
      "promise_to_pay", date="2029-02-02", fam=["legal-account", "weekday", "candlemas"]),
    R("A5908", at("01-29", "10:30", MY), """Dear Sir,

Noted with thanks. As per our instalment arrangement, we will remit USD 3,000.00 on 31/01/2029. Kindly acknowledge.

Tan Bee Lian""",
      "promise_to_pay", date="2029-01-31", amount="3000.00", sender=1, fam=["plan-account", "instalment", "numeric-day-first"]),
    R("A5909", at("02-02", "09:48", SG), """Hi,

Our Chinese New Year stock is all out to the shops and we are collecting this week. Both invoices will be paid on 9 Feb via PayNow/bank transfer.

Thanks,
Melissa""",
      "promise_to_pay", date="2029-02-09", sender=1, fam=["spring-festival", "explicit-date"]),
    R("A5910", at("01-23", "21:10", JP), """G'day from Niseko. Sorry mate, our bookkeeper's back in Melbourne and I'm doing it from the lodge. I'll pay the 4,150 Thursday your time.

Brett""",
      "promise_to_pay", date="2029-01-25", amount="4150.00", partial=False, sender=1, fam=["weekday", "timezone", "ski-season"]),
    R("A5911", at("02-08", "18:33", GB), """Hi, payment of both will be made by end of the month. Fiona""",
      "promise_to_pay", date="2029-02-28", sender=1, fam=["terse", "end-of-month"]),
    R("A5913", at("01-22", "10:02", GB), """Hello,

Valentine's production peaks over the next three weeks so we're paying suppliers in a single run on 15 February. Both invoices (HCB-7713, HCB-7760) are in it.

Purchase Ledger
Harrogate Chocolate Box Co""",
      "promise_to_pay", date="2029-02-15", fam=["valentines", "explicit-date", "po-mentioned"]),
    R("A5913", at("02-09", "13:45", GB), """<p>Sophie asked me to reply — your reminder crossed with our run being moved. It's now on Tuesday 20th instead of the 15th, sorry for the faff.</p>""",
      "promise_to_pay", date="2029-02-20", html=True, fam=["html", "moved-plan", "correction"]),
    R("A5914", at("01-26", "09:15", IE), """Hi,

Half the committee are in Val d'Isère. I've been told to pay this in two weeks when everyone's back. I'll hold them to it.

Ciarán""",
      "promise_to_pay", date="2029-02-09", sender=1, fam=["relative-span", "ski-season"]),
    R("A5915", at("02-01", "16:20", DEN), """Hey — we'll get you paid on the 10th. That's when the Groundhog Day weekend deposits clear.

Karl""",
      "promise_to_pay", date="2029-02-10", sender=1, fam=["by-the-nth", "candlemas"]),
    R("A5916", at("01-30", "11:55", HK), """Dear Accounts Receivable,

Please note our company will have the Lunar New Year holiday from 9 Feb to 18 Feb. Payment for INV-2027-59161 (PO JDG-24-1187) will be released on 6/2, before our office closure.

Winnie Lam""",
      "promise_to_pay", date="2029-02-06", sender=1, fam=["spring-festival", "distractor-dates", "numeric-day-first"],
      note="the holiday dates are a distractor; 6/2 in a day-first Hong Kong locale"),
    R("A5917", at("02-05", "14:14", TW), """Dear Sir,

Our finance will process the payment in next week Wednesday (Feb 14). Sorry for the delay, during the New Year our factory stop.

Jason Lin""",
      "promise_to_pay", date="2029-02-14", sender=1, fam=["non-native", "next-week-weekday"]),
    R("A5918", at("01-24", "08:30", VN), """Dear Sir/Madam,

We are very busy prepare shipment before Tet holiday. We will transfer 59181 within 3 working days.

Best regards,
Pham Thi Hoa""",
      "promise_to_pay", date="2029-01-29", sender=1, fam=["non-native", "working-days", "tet"]),
    R("A5919", at("02-06", "10:10", SYD), """Hi,

We bumped in the lanterns for the Lunar New Year festival in Darling Harbour this week, so apologies for the silence. Funds for 59191 ($13,250) will be with you by Friday and 59192 in the first week of March.

Mia""",
      "promise_to_pay", date="2029-02-09", amount="13250.00", inv=["INV-2027-59191", "INV-2027-59192"], sender=1,
      fam=["weekday", "two-dates", "lunar-festival"], note="the amount is one invoice in full; the other waits"),
    R("A5920", at("02-02", "07:30", NZ), """Kia ora, will pay after Waitangi Day, Wednesday 7 Feb. Busy week on the water. Rawiri""",
      "promise_to_pay", date="2029-02-07", sender=1, fam=["terse", "waitangi"]),
    R("A5921", at("01-25", "15:40", NOLA), """We'll pay when the krewes pay us. They pay after Mardi Gras. Can't do better than that.
Darnell""",
      "promise_to_pay", human=["conditional"], sender=1, fam=["conditional", "credit-hold", "mardi-gras"]),
    R("A5922", at("01-29", "20:15", TT), """Good night,

Mas registration money coming in now. We will pay the 9,870 US in full on Carnival Friday, 9th February, before we go on the road.

Kavita Ramdeen
Band Manager""",
      "promise_to_pay", date="2029-02-09", amount="9870.00", partial=False, sender=1, fam=["carnival", "explicit-date", "full-amount"]),
    R("A5923", at("02-12", "12:00", DEN), """Hello,

Thanks for the reminder. Payment for 59231 and 59232 will be sent early next week.

Émilie Fortier, Bookkeeper""",
      "promise_to_pay", date="2029-02-19", sender=1, fam=["early-next-week"]),
    R("A5924", at("02-15", "06:12", GB), """Just survived Valentine's. Paying you tomorrow. P.""",
      "promise_to_pay", date="2029-02-16", sender=1, fam=["terse", "valentines", "tomorrow"]),
    R("A5925", at("02-01", "12:30", GB), """Hi,

We are busy with orders for Chinese New Year banquets. I will make the bank transfer next Thursday.

Vincent""",
      "promise_to_pay", date="2029-02-08", sender=1, fam=["next-weekday", "spring-festival"]),
    R("A5926", at("02-02", "10:45", VAN), """Hi,

Next instalment of CAD 2,500 goes out on February 15 as agreed. After New Year we should be able to go bigger.

Sandy Kwok""",
      "promise_to_pay", date="2029-02-15", amount="2500.00", sender=1, fam=["plan-account", "instalment"]),
    R("A5927", at("01-31", "09:00", TH), """Dear Sir,

We will make payment of USD 6,120 in end of February, please wait.

Nattaya""",
      "promise_to_pay", date="2029-02-28", amount="6120.00", partial=False, sender=1, fam=["non-native", "end-of-named-month"]),
    R("A5928", at("01-23", "06:05", NYC), """Snowed in since Saturday, plowing 20 hours a day. Check for 59281 + 59282 gets mailed Monday the 29th.
Mike""",
      "promise_to_pay", date="2029-01-29", sender=1, fam=["terse", "weekday-ordinal", "strategic"]),
    R("A5929", at("02-09", "17:30", CET), """Hello,

Busiest fortnight of the season (half-term week from the UK). I'll settle INV-2027-59291 on Monday 19th when the chalet guests have paid their balances.

Gemma""",
      "promise_to_pay", date="2029-02-19", sender=1, fam=["weekday-ordinal", "ski-season"]),
    R("A5930", at("01-25", "15:50", CN), """Dear Partner,

Thank you for your email. We have arranged payment for DF2028-117 and DF2029-004, will be remitted on Jan 31st.
Wish you a happy Year of the Rooster!

Grace Xu""",
      "promise_to_pay", date="2029-01-31", sender=1, fam=["non-native", "ordinal-date"]),
    R("A5930", at("02-16", "09:12", CN), """Hi,

We are still in the holiday, I am working from home. Payment will be arranged once the office reopen on Feb 19.

Grace""",
      "promise_to_pay", date="2029-02-19", sender=1, fam=["spring-festival", "explicit-date"]),
    R("A5901", at("02-12", "09:01", GB), """Hi, following up: BACS for the full £7,605.50 will be in your account by Wednesday — Ash Wednesday, appropriately enough. Janet""",
      "promise_to_pay", date="2029-02-14", amount="7605.50", partial=False, sender=1, fam=["weekday", "ash-wednesday", "full-amount"]),
    R("A5905", at("02-13", "09:25", NZ), """Hi team,

Sorry, been out in the orchards. 9,240 on the 23rd and 1,310 on 9 March.

Tama""",
      "promise_to_pay", date="2029-02-23", amount="9240.00", sender=1, fam=["two-dates", "by-the-nth"],
      note="two dated payments covering both invoices; the first is 59051 in full"),
    R("A5909", at("02-14", "11:20", SG), """Hi,

We had a short week (CNY 13-14 Feb). Payment for INV-2027-59092 only will go out Monday. 59091 we are checking the delivery quantity first.

Melissa""",
      "promise_to_pay", date="2029-02-19", inv=["INV-2027-59092", "INV-2027-59091"], sender=1, fam=["weekday", "holiday"],
      note="a check of quantities is not yet a dispute"),
    R("A5910", at("02-12", "08:00", JP), """Hi, still on it — pay in 10 days. Brett""",
      "promise_to_pay", date="2029-02-22", sender=1, fam=["terse", "relative-span"]),
    R("A5911", at("01-24", "12:12", GB), """Hello,

The lifts were shut most of last week with the wind, so takings are down. We'll pay £1,000 this Friday and the rest after half-term.

Fiona""",
      "promise_to_pay", date="2029-01-26", amount="1000.00", sender=1, fam=["partial", "this-weekday"]),
    R("A5914", at("02-12", "14:40", IE), """Ciarán here. Committee met. Payment approved for Thursday week.""",
      "promise_to_pay", date="2029-02-22", sender=1, fam=["terse", "weekday-week"], note="Thursday week = the Thursday after the coming one"),
    R("A5915", at("02-09", "15:15", DEN), """Karl's out guiding this week. He asked me to tell you the payment moved to the 20th because the Presidents' Day weekend deposits come in late. Sorry!""",
      "promise_to_pay", date="2029-02-20", fam=["moved-plan", "by-the-nth"]),
    R("A5916", at("02-15", "10:30", HK), """Dear Sir,

We just back from the holiday. Payment arranged on 22 Feb.

Winnie""",
      "promise_to_pay", date="2029-02-22", sender=1, fam=["non-native", "explicit-date"]),
    R("A5917", at("01-22", "16:40", TW), """Dear AR team,

We will pay 59171 (USD 8,840) before Chinese New Year. The other invoice 59172 not yet due in our system, will pay in March.

Jason""",
      "promise_to_pay", date="2029-02-12", amount="8840.00", inv=["INV-2027-59171", "INV-2027-59172"], sender=1,
      fam=["spring-festival", "before-holiday"], note="before Chinese New Year (Tuesday 13 February) = the 12th"),
    R("A5918", at("02-14", "09:10", VN), """Dear Sir,

Happy new year. Our office work again from 19/02. Payment will transfer on that day.

Hoa""",
      "promise_to_pay", date="2029-02-19", sender=1, fam=["tet", "numeric-day-first"]),
    R("A5919", at("01-23", "13:05", SYD), """Hi, heads up — we'll pay both on Australia Day eve, Thu 25 Jan. Mia""",
      "promise_to_pay", date="2029-01-25", sender=1, fam=["terse", "holiday"]),
    R("A5920", at("02-12", "19:00", NZ), """Sorry for the delay. Will pay the 2,890 next Monday.
Rawiri""",
      "promise_to_pay", date="2029-02-19", amount="2890.00", partial=False, sender=1, fam=["next-weekday", "full-amount"]),
    R("A5922", at("02-14", "09:30", TT), """Morning,

Carnival done, we survived. Wire for the 9,870 will go Friday morning.

Kavita""",
      "promise_to_pay", date="2029-02-16", amount="9870.00", partial=False, sender=1, fam=["weekday", "carnival"]),
    R("A5923", at("01-26", "11:45", DEN), """Hello,

Loppet race weekend coming up. We'll send 1,000 now and the remaining balance once the race entries are reconciled.

Émilie""",
      "promise_to_pay", date="2029-01-26", amount="1000.00", sender=1, fam=["partial", "now"], note="'now' is the message date"),
    R("A5924", at("01-29", "10:10", GB), """Good morning,

Accounts here. We will clear 59241 this week, most likely Thursday.

Kind regards
Columbia Road Stems""",
      "promise_to_pay", date="2029-02-01", fam=["weekday", "hedged"], note="'this week, most likely Thursday' is dated on the Thursday named"),
    R("A5925", at("02-15", "16:45", GB), """Hello,

Kung Hei Fat Choy! Sorry for late reply, the restaurant trade was crazy. We pay the whole balance £6,505 end of this month.

Vincent Yeung""",
      "promise_to_pay", date="2029-02-28", amount="6505.00", partial=False, sender=1, fam=["spring-festival", "end-of-month", "full-amount"]),
    R("A5927", at("02-13", "08:20", TH), """Dear Sir,

Sorry, we cannot pay in February as before. Payment will be on 15 March.

Nattaya""",
      "promise_to_pay", date="2029-03-15", sender=1, fam=["moved-plan", "explicit-date"]),
    R("A5928", at("02-06", "13:00", NYC), """Invoices approved. Paying on net-45 from the invoice date like always — so 59282 on March 14, the other one this Friday.
AP, Back Bay Snow Removal""",
      "promise_to_pay", date="2029-02-09", inv=["INV-2027-59282", "INV-2027-59281"], fam=["two-dates", "weekday", "strategic"],
      note="the earlier commitment (this Friday) is dated"),
    R("A5929", at("01-22", "08:55", CET), """Hi,

I'm on the changeover today. I'll pay you before 1st February.

Gemma""",
      "promise_to_pay", date="2029-01-31", sender=1, fam=["before-date"], note="before 1 February = 31 January"),
    R("A5930", at("02-07", "16:00", CN), """Dear,

Before holiday our boss only approve USD 10,000 for you, remaining will pay after we come back on 18 Feb (the 6th day), payment of 10,000 will be tomorrow.

Grace""",
      "promise_to_pay", date="2029-02-08", amount="10000.00", sender=1, fam=["partial", "tomorrow", "distractor-dates"]),
    R("A5913", at("02-16", "09:40", GB), """Hi there,

Just checking you received our promise from last week — it's still Tuesday 20th for both.

Purchase Ledger""",
      "promise_to_pay", date="2029-02-20", fam=["restated", "weekday-ordinal"]),
    R("A5911", at("02-14", "16:00", GB), """Hi, we'll send the £415 today, the other £2,340 in a fortnight. Fiona""",
      "promise_to_pay", date="2029-02-14", amount="415.00", sender=1, fam=["two-dates", "today"],
      note="the amount is all of 59112; 59111 follows in a fortnight, so it is part of the balance"),
    R("A5904", at("01-31", "08:12", VAN), """Doug here - Monday didn't happen, the bank flagged the cheque stock. Sending by e-transfer on Feb 5 instead.""",
      "promise_to_pay", date="2029-02-05", sender=1, fam=["moved-plan", "correction"]),
    R("A5910", at("01-30", "22:00", JP), """Hi, my bad — Thursday slipped. Doing it at month end with payroll.""",
      "promise_to_pay", date="2029-01-31", sender=1, fam=["correction", "end-of-month"]),
    R("A5921", at("02-15", "11:30", NOLA), """Parades done. Krewes paid us. I can send 5,000 next Wednesday and the rest by end of March.
Darnell""",
      "promise_to_pay", date="2029-02-21", amount="5000.00", sender=1, fam=["partial", "next-weekday", "credit-hold"]),
    R("A5926", at("02-16", "15:20", VAN), """Hi,

Happy New Year of the Rooster. Instalment #4 scheduled for March 15, same amount.

Sandy""",
      "promise_to_pay", date="2029-03-15", sender=1, fam=["plan-account", "instalment", "explicit-date"],
      note="'same amount' names no figure, so no amount"),
    R("A5907", at("02-14", "15:00", NYC), """Mr. Stahl has instructed me to advise that payment in full will issue within ten business days of our attorney's sign-off, expected on February 20.

Office""",
      "promise_to_pay", human=["conditional"], fam=["legal-account", "conditional", "formal"]),
    R("A5903", at("02-16", "10:05", CN), """Dear,

The remaining USD 7,960 will be paid on 2nd March. We are still on holiday now, reply from my mobile.

Lily""",
      "promise_to_pay", date="2029-03-02", amount="7960.00", sender=1, partial=False, fam=["spring-festival", "mobile", "credit-hold"],
      note="7,960 is the whole remaining balance"),
    R("A5908", at("02-15", "09:00", MY), """Dear Sir,

Gong Xi Fa Cai. Please be informed that the instalment of USD 3,000.00 for February will be remitted on 28/02/2029.

Thank you.
Tan Bee Lian""",
      "promise_to_pay", date="2029-02-28", amount="3000.00", sender=1, fam=["plan-account", "instalment", "numeric-day-first"]),
    R("A5912", at("01-24", "14:00", NZ), """Andy here. We'll pay $5,000 on the 1st and $6,680 on the 15th. Before New Year rush stock is expensive.""",
      "promise_to_pay", date="2029-02-01", amount="5000.00", sender=1, fam=["partial", "by-the-nth", "credit-hold"]),
    R("A5902", at("01-31", "11:11", CN), """Dear,

Attached is the payment plan from our boss: USD 28,750 for 59021 will be paid on Feb 7, USD 4,310 for 59022 after the holiday.

Cathy""",
      "promise_to_pay", date="2029-02-07", amount="28750.00", sender=1, fam=["two-dates", "strategic"],
      note="not a plan request: the customer states what it will do, invoice by invoice"),
    R("A5906", at("02-05", "09:05", NOLA), """Both invoices are now scheduled for Thursday, per Renee below. — AP team

-----Original Message-----
From: Renee Broussard
Sent: Monday, February 5, 2029 8:58 AM
To: AP
Subject: FW: Reminder

AP — please schedule both for Thursday. R.""",
      "promise_to_pay", date="2029-02-08", fam=["forwarded", "internal-instruction", "weekday"]),
    R("A5919", at("02-15", "12:30", SYD), """Hi,

The council's festival grant hasn't landed so 59192 won't be paid before March. 59191 was promised for last Friday and that slipped too, sorry — it's going today.

Mia""",
      "promise_to_pay", date="2029-02-15", inv=["INV-2027-59192", "INV-2027-59191"], sender=1, fam=["correction", "today"]),
    R("A5916", at("02-02", "16:00", HK), """Dear Sir,

Payment of USD 21,300 will release by CW6 Thursday.

Winnie""",
      "promise_to_pay", date="2029-02-08", amount="21300.00", partial=False, sender=1, fam=["calendar-week", "non-native"], note="CW6 is 5-11 February 2029"),
    R("A5924", at("02-05", "15:30", GB), """Precious here. Sorry, the Thursday payment bounced back — wrong sort code on our side. Re-sending Wednesday.""",
      "promise_to_pay", date="2029-02-07", sender=1, fam=["correction", "weekday"]),
    R("A5915", at("01-24", "17:05", DEN), """Sure thing. We'll cover both by the end of January.""",
      "promise_to_pay", date="2029-01-31", fam=["end-of-named-month"]),
    R("A5918", at("02-06", "10:30", VN), """Dear Sir,

Sorry the transfer not done last week because bank system. We will transfer on 7 Feb, before we close for Tet from 8 Feb to 18 Feb.

Hoa""",
      "promise_to_pay", date="2029-02-07", sender=1, fam=["tet", "distractor-dates", "moved-plan"]),
    R("A5929", at("02-16", "10:00", CET), """Hi, confirming the 19th still stands. Gemma""",
      "promise_to_pay", date="2029-02-19", sender=1, fam=["terse", "restated"]),
    R("A5922", at("02-05", "08:20", TT), """Hello,

Sorry we couldn't pay Friday. J'ouvert and the mas camp have us running. We will pay half (4,935) this Thursday and the balance Ash Wednesday.

Kavita""",
      "promise_to_pay", date="2029-02-08", amount="4935.00", sender=1, fam=["partial", "this-weekday", "carnival"]),
    R("A5928", at("02-15", "07:15", NYC), """Another nor'easter. Payment for 59282 goes out as soon as things calm down.""",
      "promise_to_pay", human=["undated"], sender=1, fam=["undated", "strategic", "terse"]),
    R("A5925", at("01-25", "09:50", GB), """Hello,

We will settle after Chinese New Year. It is a very busy period for us.

Accounts""",
      "promise_to_pay", human=["undated"], fam=["undated", "spring-festival"], note="after the holiday, no day"),
    R("A5920", at("01-24", "11:00", NZ), """Hi! Will pay both mid-February, once cruise ship season brings in the cash. Rawiri""",
      "promise_to_pay", date="2029-02-15", sender=1, fam=["mid-month"]),
]
