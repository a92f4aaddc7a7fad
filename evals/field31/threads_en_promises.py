"""field31, English promises to pay: family businesses on their phones (ZA, KE, IE, US, AU), dated in their own offset.

December 2026: Tue 1, Wed 2 … Tue 8 (Immaculate Conception), Fri 11, Wed 16 (Day of Reconciliation, ZA),
Fri 18, Thu 24 (Christmas Eve), Thu 31. Hanukkah 2026 runs from the evening of Fri 4 to Sat 12 December.
"""

from __future__ import annotations

from typing import Any

from evals.field.build import Reply
from evals.field31.kit import AU, IE, KE, NY, TX, ZA, at


def p(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    """A promise to pay (primary intent), the commonest reply of the split."""
    return Reply(cust, when, body, "promise_to_pay", date, fam=fam, **kw)


REPLIES = [
    # --- Protea Lane Bakery (Cape Town, en-ZA, day-first): Thandi on her phone between bakes
    p("N3101", at(2, "04:52", ZA), "Morning sorry only seeing this now, ovens on since 3 🙈 will do the transfer fri when the wholesale cheques clear", "2026-12-04",
      ["abbrev-weekday", "terse-mobile", "reason-not-condition", "emoji"], sender=1),
    p("N3101", at(3, "21:15", ZA), "hi. 93102 I will pay on the 7th. the big one (18 450) after our year end function on 11/12, the day after, promise", "2026-12-07",
      ["two-dates", "ordinal-alone", "relative-to-event", "locale-numeric-dayfirst", "terse-mobile"], inv=["93102", "93101"], sender=1),
    p("N3101", at(4, "13:30", ZA), "Ok ok we hear you lol. Paying R9 000 of the 18 450 on Monday and the balance when the Christmas orders are collected, can't say exactly when", "2026-12-07",
      ["partial-amount", "bare-weekday", "undated-balance", "terse-mobile"], amount="9000.00", inv=["93101"], sender=1),
    p("N3101", at(7, "05:10", ZA), "Thandi here, my son does the banking now but he writes exams until the 10th, so it'll go out on Friday the 11th. Sorry ma'am", "2026-12-11",
      ["weekday-ordinal", "relative-to-event", "family"], sender=1),
    p("N3101", at(8, "19:44", ZA), "we will settle both before the 16th since everyone closes for Reconciliation Day, so latest Tuesday 15 Dec 👍", "2026-12-15",
      ["holiday", "at-the-latest", "weekday-date", "emoji"], sender=1),
    # --- Karoo Kas Kitchens (credit hold): cupboards for the holiday rush
    p("N3102", at(2, "08:05", ZA), "Jan-Pieter. Look, if you release the hold so the Sandvik order can ship, I pay the full 26 900 the same day you confirm. Without the boards I have no income to pay you with, simple as that.", None,
      ["credit-hold-condition", "condition"], human=["conditional"], sender=1),
    p("N3102", at(3, "16:20", ZA), "Paying R10k this Friday and R16 900 on Friday the 18th, thereafter we are square.", "2026-12-04",
      ["two-dates", "partial-amount", "coming-weekday", "weekday-ordinal"], amount="10000.00", sender=1),
    p("N3102", at(7, "11:45", ZA), "We had the bakkie stolen over the weekend so things are a mess. Can only pay on the 15th now, not the 9th as I said on the phone last week.", "2026-12-15",
      ["moved-date", "ordinal-alone", "past-call-distractor"], sender=1),
    # --- Mama Njeri's Kitchen (Nairobi caterer)
    p("N3103", at(2, "10:12", KE), "Habari, we shall pay 93104 on thursday next week after the wedding we are catering on saturday pays the balance. 93105 together with it.", "2026-12-10",
      ["next-week-weekday", "reason-not-condition", "non-native-ke"], inv=["93104", "93105"], sender=1),
    p("N3103", at(3, "07:30", KE), "Dear Sir/Madam, kindly note payment will be effected via RTGS on 09/12/2026. Regards, Accounts", "2026-12-09",
      ["locale-numeric-dayfirst", "formal-ap", "non-native-ke"]),
    p("N3103", at(4, "22:48", KE), "Pole sana for the delay. M-Pesa paybill ni tomorrow morning first thing, the full $2,955 I have asked my nephew to send from his business account", "2026-12-05",
      ["late-evening", "bilingual", "third-party-account", "non-native-ke"], amount="2955.00", partial=False, sender=1),
    p("N3103", at(7, "09:00", KE), "We pay 615 today via bank, the 2340 one is for the Jamhuri event that got cancelled and we are still discussing with the client, so that one later. Thanks", "2026-12-07",
      ["two-dates", "undated-balance", "non-native-ke"], amount="615.00", inv=["93105", "93104"], partial=False,
      human=["second invoice undated (waits on the client)"], sender=1),
    # --- Rift Valley Stems (strategic): flower exporter
    p("N3104", at(2, "14:30", KE), "Dear Northwind AR,\n\nThe invoice INV-2026-93106 against our PO RVS-PO-3310 has been approved by the MD and is scheduled for our payment run of Tuesday 8th December 2026. Remittance will follow.\n\nOuma Otieno\nFinance Manager", "2026-12-08",
      ["formal-ap", "weekday-ordinal", "payment-run", "meeting-before-payment"], sender=1),
    p("N3104", at(4, "11:02", KE), "Our Valentine's pre-orders from Holland are being paid to us on 14 Dec, we will release your 9,800 on 15 Dec once the Dutch buyer has paid. If they are late we are late, sorry to be blunt.", "2026-12-15",
      ["condition", "condition-date", "third-party-payment"], human=["conditional"], sender=1),
    p("N3104", at(8, "08:40", KE), "Following up my call with Alice on Monday: confirming USD 4,900 (half) on 11th Dec and the other half in the week of 21st Dec, Thursday most likely.", "2026-12-11",
      ["partial-amount", "past-call-distractor", "two-dates", "ordinal-alone"], amount="4900.00", sender=1),
    # --- Hillcrest Family Butchery (on a plan)
    p("N3105", at(2, "06:15", ZA), "Instalment 3 of 4 will go off on the 4th as agreed, R3 600. Reshma", "2026-12-04",
      ["instalment-existing-plan", "ordinal-alone", "terse-mobile"], amount="3600.00", sender=1),
    p("N3105", at(7, "17:55", ZA), "Hi. Sorry the plan payment was meant to be Friday but the cold room compressor packed up. We will do it on the 14th, same amount R3 600.", "2026-12-14",
      ["instalment-existing-plan", "moved-date", "ordinal-alone"], amount="3600.00", sender=1),
    # --- O'Donnell & Daughters Hardware (Donegal)
    p("N3106", at(2, "09:20", IE), "Hiya, Dad says he'll drop into the bank Friday week, he only goes in to town on Fridays. Aoife", "2026-12-11",
      ["friday-week", "family", "terse-mobile"], sender=1),
    p("N3106", at(3, "12:05", IE), "Grand, we'll pay the 480 on the 10th and the 2,150 when the Christmas trade has come in, end of the month I'd say.", "2026-12-10",
      ["two-dates", "ordinal-alone", "month-end"], amount="480.00", inv=["93109", "93108"], partial=False, sender=1),
    p("N3106", at(4, "16:40", IE), "Sorry for the silence, my mam was in hospital. You'll have it all on the 8th, the Immaculate Conception, when I do the Christmas shopping in Letterkenny and call to the bank.", "2026-12-08",
      ["holiday", "ordinal-alone", "family"], sender=1),
    p("N3106", at(7, "10:30", IE), "The 2,150 goes Wednesday. Not this Wednesday, the one after, we're closed for stocktake till then.", "2026-12-16",
      ["weekday-in-week", "self-correction", "reason-not-condition"], inv=["93108"], sender=1),
    # --- Bluebonnet Pecan Orchard (Texas, en-US, month-first)
    p("N3107", at(2, "07:45", TX), "Harvest ran late this year. We'll mail a check 12/11 for both invoices. Dale", "2026-12-11",
      ["locale-numeric-monthfirst", "cheque", "terse-mobile"], sender=1),
    p("N3107", at(3, "18:30", TX), "y'all will get $3,000 on 12/9 and the rest once the co-op settles our pecan pool, usually mid January", "2026-12-09",
      ["partial-amount", "locale-numeric-monthfirst", "undated-balance"], amount="3000.00", sender=1),
    p("N3107", at(4, "09:10", TX), "Dale's wife here, he's out in the orchard. He said pay them Monday week so that's what I'll do 🙂", "2026-12-14",
      ["monday-week", "spouse", "emoji"], sender=1),
    p("N3107", at(7, "13:25", TX), "Good afternoon, just so you know the invoice date on 93111 says Oct 10 and the pecans came Oct 14 but whatever, we'll pay it 12/10 with the other one. No need to reissue.", "2026-12-10",
      ["locale-numeric-monthfirst", "delivery-date-distractor", "invoice-date-distractor"], sender=1),
    p("N3107", at(8, "20:50", TX), "paying tomorrow night online", "2026-12-09",
      ["terse-mobile", "tomorrow", "late-evening"], sender=1),
    # --- Kessler Family Delicatessen (legal)
    p("N3108", at(2, "11:00", NY), "Our attorney, Mr. Feld, has advised me I may pay the undisputed part. I will send $2,000 on December 9 and that is all for now. Miriam Kessler", "2026-12-09",
      ["partial-amount", "counsel", "date-in-words"], amount="2000.00", sender=1),
    p("N3108", at(7, "15:40", NY), "We close early Friday for Shabbat and the first night of Hanukkah was last Friday, so it's been a crazy week. Full payment on the 10th, Thursday.", "2026-12-10",
      ["holiday", "ordinal-alone", "weekday-ordinal", "past-date-distractor"], sender=1),
    # --- Goldfields Trading Post (Kalgoorlie, +08:00)
    p("N3109", at(3, "06:30", AU), "G'day, Bev here. Sorting it Monday arvo when the road train's been and gone, $2,890 straight into your account", "2026-12-07",
      ["bare-weekday", "relative-to-event", "reason-not-condition"], amount="2890.00", partial=False, sender=1),
    p("N3109", at(5, "10:10", AU), "invoice 93113 — will be paid 9/12. we close the shop on Saturdays early so only saw it now", "2026-12-09",
      ["locale-numeric-dayfirst", "weekend"], sender=1),
    p("N3109", at(8, "07:00", AU), "Hi, our bookkeeper comes in fortnightly and she was in last Thursday, so next time is the Thursday after this one. She'll pay it then.", "2026-12-17",
      ["payment-cycle", "weekday-in-week", "past-date-distractor"], sender=1),
    # --- Nakuru Highlands Dairy Co-operative
    p("N3110", at(2, "09:45", KE), "The treasurer has to get 2 signatories. Committee meets Sat 5th, payment the following Monday i.e. 7th December", "2026-12-07",
      ["meeting-before-payment", "weekday-ordinal", "restated-date", "non-native-ke"], sender=1),
    p("N3110", at(3, "13:20", KE), "Good afternoon, we are paying 5200 on 11.12 and 740 on 18.12. Regards Chebet", "2026-12-11",
      ["two-dates", "dotted-numeric", "non-native-ke"], amount="5200.00", inv=["93114", "93115"], partial=False, sender=1),
    p("N3110", at(4, "08:00", KE), "Dear Northwind, milk payments from the processor delayed due to the strike. We will only be able to pay once KCC pays us for November deliveries. Apologies.", None,
      ["condition", "third-party-payment", "non-native-ke"], human=["conditional"]),
    p("N3110", at(7, "10:50", KE), "We pay within 5 working days from today. Thanks", "2026-12-14",
      ["working-days", "non-native-ke", "terse-mobile"]),
    # --- Stellenbosch Family Cellars
    p("N3111", at(2, "12:30", ZA), "Dear AR team,\n\nPlease note that SFC-0456 and SFC-0471 have been loaded for payment in our month-end run, which falls on the last working day of December this year (our offices close on the 24th until 4 January, so that is Wednesday 23 December).\n\nKind regards\nKarin Botha", "2026-12-23",
      ["last-working-day", "holiday", "payment-run", "formal-ap", "long-sentence"], sender=1),
    p("N3111", at(4, "15:15", ZA), "Karin here. The R32 000 has to wait until after the harvest festival committee, but R4 750 I can pay now-now, say Monday.", "2026-12-07",
      ["now-now", "bare-weekday", "one-of-two"], amount="4750.00", inv=["93117", "93116"], partial=False,
      human=["second invoice undated"], sender=1),
    p("N3111", at(7, "08:10", ZA), "Morning. Both invoices will be paid on the 16th? No wait that's a public holiday (Reconciliation Day) — the 17th then.", "2026-12-17",
      ["holiday", "self-correction", "ordinal-alone"], sender=1),
    # --- Rosenberg & Sons Candle Works (Baltimore)
    p("N3112", at(2, "16:45", NY), "Hi — Hanukkah is our busiest stretch, we're pouring candles day and night till the holiday starts Friday evening. I'll pay both invoices the Monday after the last candle, so December 14.", "2026-12-14",
      ["holiday", "relative-to-event", "restated-date", "hanukkah"], sender=1),
    p("N3112", at(4, "10:30", NY), "Paying the $380 today and the $2,460 after 8 nights of Hanukkah - i.e. on Sunday 13th, online banking works on sundays", "2026-12-04",
      ["two-dates", "holiday", "weekday-ordinal"], amount="380.00", inv=["93119", "93118"], partial=False, sender=1),
    p("N3112", at(8, "12:00", NY), "Per my son David jr, who now does our books (sorry, family business!), payment is scheduled for 12/15/2026.", "2026-12-15",
      ["locale-numeric-monthfirst", "family"], sender=1),
]
