"""field23, English promises to pay: native and non-native writers, each date resolved by hand (evals/LABELING.md)."""

from __future__ import annotations

from typing import Any

from evals.field.build import Reply
from evals.field23.kit import AU, AUTO, CA, FO, GB, IE, KE, MT, PH, SG, VN, ZA, at


def P(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    return Reply(cust, when, body, "promise_to_pay", date=date, fam=fam, **kw)


REPLIES = [
    # Faroese fish exporter: non-native English, Nordic brevity
    P("Y2301", at(23, "08:12", FO), "Hello. The 92301 goes out on Thurs with our weekly run. 92302 same time. Best regards Jóhanna",
      "2026-11-26", ["abbrev-weekday", "non-native-fo"]),
    P("Y2301", at(24, "14:40", FO), "Good afternoon,\n\nWe had a boat delayed in Tórshavn and the buyer in Vigo pays us only Friday. After that we transfer to you, on Monday 30th.\n\nJóhanna Poulsen\nFinance Manager",
      "2026-11-30", ["weekday-ordinal", "condition-date", "non-native-fo"], human=["conditional"]),
    P("Y2301", at(25, "09:03", FO), "Hi, payment of both invoices is planned for 04/12. Regards, accounts", "2026-12-04",
      ["locale-numeric-dayfirst", "shared-mailbox"], sender=0),
    P("Y2301", at(26, "16:55", FO), "We pay EUR 10,000 of the 92301 on the 3rd and the rest when the herring season invoices are in. Jóhanna",
      "2026-12-03", ["ordinal-alone", "partial"], inv=["92301"], amount="10000.00"),
    P("Y2301", at(27, "10:20", FO), "Dear Northwind, our bank has cut-off at Christmas so we do it before – the 21st of December latest.",
      "2026-12-21", ["holiday", "ordinal-alone", "non-native-fo"]),
    # Scottish distillery, strategic: formal purchase ledger and a dry director
    P("Y2302", at(23, "10:30", GB), "Good morning,\n\nBoth invoices have been approved and are in the payment run of Thursday 3 December.\n\nKind regards\nPurchase Ledger\nGlen Carrach Distillery Ltd\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Glen Carrach Distillery Ltd is registered in Scotland, SC123456. Please drink responsibly. Views expressed are those of the individual and not of the company. We accept no liability for viruses.",
      "2026-12-03", ["long-disclaimer", "shared-mailbox"], sender=0),
    P("Y2302", at(24, "17:48", GB), "Euan here. The 26.9k was parked because the casks arrived after the PO had closed. Reopened it this afternoon – you'll see it Weds week.",
      "2026-12-02", ["weekday-week", "abbrev-weekday"], inv=["92303"]),
    P("Y2302", at(25, "08:05", GB), "Sent from my iPhone\n\nWill go with the month-end run. E", "2026-11-30",
      ["month-end", "terse-mobile"]),
    P("Y2302", at(26, "13:15", GB), "We've a board meeting on the 2nd to sign off Q4 spend; your 92304 is on the list and would be paid on the 7th following approval.",
      "2026-12-07", ["meeting-before-payment", "ordinal-alone"], inv=["92304"], human=["conditional"]),
    P("Y2302", at(27, "11:40", GB), "Hi – apologies for the delay. We'll settle everything on the last working day of the month.",
      "2026-11-30", ["last-working-day"]),
    # Kenyan flower farm
    P("Y2303", at(23, "07:45", KE), "Dear Sir/Madam,\n\nKindly note that the payment of USD 6,340 shall be effected on 1st December 2026 after the Dutch auction proceeds are received.\n\nRegards,\nAgnes",
      "2026-12-01", ["weekday-ordinal", "condition-date"], inv=["92305"], human=["conditional"], partial=False),
    P("Y2303", at(24, "12:10", KE), "Greetings. Be informed that we shall pay the two invoices by Friday next week.", "2026-12-04",
      ["relative-span"]),
    P("Y2303", at(25, "15:30", KE), "Hello, we pay 1180 tomorrow then 6340 at end month. Thanks", "2026-11-26",
      ["terse-mobile", "two-dates"], amount="1180.00", partial=False),
    P("Y2303", at(26, "09:25", KE), "Dear team, the roses to Aalsmeer were rejected this week. Because of this we request to pay on 10/12 instead of 30/11 as earlier agreed. Kind regards",
      "2026-12-10", ["moved-date", "locale-numeric-dayfirst"]),
    P("Y2303", at(27, "18:02", KE), "Noted with thanks. Payment is being processed and will reflect within 5 working days.",
      "2026-12-04", ["working-days"], sender=0),
    # Philippine BPO, non-native English, AP supervisors
    P("Y2304", at(23, "09:30", PH), "Good day Ma'am/Sir! Please be advised that your invoice INV-2026-92307 is already scheduled for payment on Dec 2 (Wed). Thank you and God bless!",
      "2026-12-02", ["abbrev-weekday", "non-native-ph"], inv=["92307"]),
    P("Y2304", at(24, "11:15", PH), "Hi po, just to update you, both invoices were endorsed to our treasury already. Target release is on the 2nd week of December. Thank you!",
      "2026-12-11", ["calendar-week", "non-native-ph"]),
    P("Y2304", at(25, "16:40", PH), "Good afternoon. Kindly expect payment for 92308 on or before 12/07. Regards, Maricel",
      "2026-12-07", ["locale-numeric-monthfirst", "non-native-ph"], inv=["92308"],
      note="en-PH writes month-first like en-US"),
    P("Y2304", at(26, "10:05", PH), "Hello! Sorry for the delay, our check run is every 15th and 30th of the month. You will be included in the 30th run. Thanks!",
      "2026-11-30", ["payment-cycle", "ordinal-alone"]),
    P("Y2304", at(27, "21:50", PH), "Hi Sir, I'm working night shift so late reply. We will pay after our client in US pay us which is expected Dec 10, we release to you Dec 11. Pls bear with us.",
      "2026-12-11", ["condition-date", "late-evening", "non-native-ph"], human=["conditional"]),
    # Vietnamese coffee roaster
    P("Y2305", at(23, "08:50", VN), "Dear Sir, Our director already sign the payment order. Bank transfer will be on 27/11. Thank you very much. Hoa",
      "2026-11-27", ["locale-numeric-dayfirst", "non-native-vn"]),
    P("Y2305", at(24, "10:00", VN), "Dear partner, after Tet we will have more cash but for now we can pay 2000 USD this Friday, rest in January. Sorry for inconvenient.",
      "2026-11-27", ["partial", "non-native-vn"], amount="2000.00"),
    P("Y2305", at(25, "14:20", VN), "Dear Northwind, we confirm to pay invoice 92310 next Tuesday. Best regards, Accounting dept.",
      "2026-12-01", ["next-weekday"], inv=["92310"], sender=0),
    P("Y2305", at(27, "09:45", VN), "Dear Ms/Mr, the container to Hamburg leave on 3/12, the payment we make after the container is loaded, on 4/12.",
      "2026-12-04", ["delivery-date-distractor", "locale-numeric-dayfirst", "non-native-vn"]),
    # Montana saddlery, credit hold
    P("Y2306", at(23, "15:12", MT), "Tom here. I know, I know. Check goes in the mail Monday.", "2026-11-30",
      ["bare-weekday", "cheque", "terse-mobile"]),
    P("Y2306", at(24, "19:30", MT), "Oh great, another reminder, that's exactly what I needed the week of Thanksgiving. Fine. You'll have your $7,615 on 12/3.",
      "2026-12-03", ["sarcasm", "locale-numeric-monthfirst", "holiday"], amount="7615.00", partial=False),
    P("Y2306", at(25, "08:40", MT), "If you take the hold off so we can get the leather for the Christmas orders, we'll pay the whole thing by 12/15.",
      "2026-12-15", ["condition-date", "locale-numeric-monthfirst"], human=["conditional"]),
    P("Y2306", at(27, "10:02", MT), "Office here – Tom is out hunting till Monday. He left a note that the invoice gets paid the Friday after Thanksgiving week, so the 4th.",
      "2026-12-04", ["holiday", "ordinal-alone"], sender=0),
    # Donegal tweed, legal account
    P("Y2307", at(23, "11:00", IE), "Dear Sirs,\n\nFurther to our solicitor's letter, we confirm that the balance of €11,230 will be transferred by 11/12/2026.\n\nYours faithfully\nSeamus Boyle",
      "2026-12-11", ["locale-numeric-dayfirst", "legal-threat"], amount="11230.00", partial=False),
    P("Y2307", at(26, "17:20", IE), "We'll pay half (5,615) before the Christmas closedown, 18 Dec, and the rest in the new year. Seamus",
      "2026-12-18", ["holiday", "partial"], amount="5615.00"),
    # Queensland prawn fleet, payment plan
    P("Y2308", at(23, "07:30", AU), "G'day, November instalment of the plan goes through Thursday arvo. Cheers, Kylie",
      "2026-11-26", ["instalment-existing-plan", "bare-weekday"], human=["partial"]),
    P("Y2308", at(24, "13:45", AU), "Hi there, trawlers are tied up for the closure so cash is tight – the $2,000 instalment will be Tues week instead of this week.",
      "2026-12-08", ["instalment-existing-plan", "moved-date", "abbrev-weekday"], amount="2000.00"),
    P("Y2308", at(26, "09:10", AU), "Morning, December's instalment as per the plan – paying it early on 30/11. Regards, accounts", "2026-11-30",
      ["instalment-existing-plan", "locale-numeric-dayfirst"], sender=0, human=["partial"]),
    # Yukon outfitter
    P("Y2309", at(23, "10:15", CA), "Hi, Dana here. The 5,390 will go by EFT on the 1st; the 760 is with our GM for sign-off.",
      "2026-12-01", ["ordinal-alone"], inv=["92314"], amount="5390.00", partial=False),
    P("Y2309", at(24, "16:30", CA), "We're snowed in with no internet at the lodge until roughly Thursday. I'll pay both from town then.",
      "2026-11-26", ["bare-weekday"]),
    P("Y2309", at(26, "12:00", CA), "Hello, scheduled both for Dec 10. Thanks for your patience. — Dana", "2026-12-10", ["month-name"]),
    P("Y2309", at(27, "08:20", CA), "Payment will be made in week 50. Admin", "2026-12-11", ["calendar-week"], sender=0),
    # Karoo ostrich leather
    P("Y2310", at(23, "09:00", ZA), "Good day,\n\nPlease note payment will be made on the 25th of November as per our normal payment cycle.\n\nRegards\nCreditors Department",
      "2026-11-25", ["payment-cycle", "ordinal-with-month"], sender=0),
    P("Y2310", at(24, "11:30", ZA), "Morning Pieter here. We'll pay R48 200 by month end and the R6 900 mid-December. Shout if that's a problem.",
      "2026-11-30", ["month-end", "two-dates"], amount="48200.00", partial=False, inv=["92316", "92317"],
      note="two dates for two invoices: the earliest is the promise; the stated amount is one invoice, not a part"),
    P("Y2310", at(25, "14:00", ZA), "Hi. Loadshedding took down our server, payments are out on Friday the 4th.", "2026-12-04",
      ["weekday-ordinal"]),
    P("Y2310", at(27, "10:45", ZA), "The 92317 will be paid after our stocktake on 30 Nov, i.e. on 2 December.", "2026-12-02",
      ["meeting-before-payment", "month-name"], inv=["92317"]),
    # Singapore ship chandler
    P("Y2311", at(23, "10:40", SG), "Hi, noted. We'll arrange payment by this Fri. Rgds Wei Ling", "2026-11-27",
      ["abbrev-weekday", "terse-mobile"]),
    P("Y2311", at(25, "09:55", SG), "Dear Sir, payment for SMC-PO-5521 (your 92318) will be on 8 Dec, after we receive the delivery order signed by the vessel's master on 5 Dec.",
      "2026-12-08", ["delivery-date-distractor", "condition-date"], inv=["92318"], human=["conditional"]),
    P("Y2311", at(26, "15:20", SG), "Hi, both invoices will be paid 2 weeks from today. Thanks.", "2026-12-10", ["relative-span"], sender=0),
    P("Y2311", at(27, "11:00", SG), "Dear Northwind, we shall remit USD 5,000 on Monday and the balance 9 Dec.", "2026-11-30",
      ["partial", "two-dates"], amount="5000.00"),
]
