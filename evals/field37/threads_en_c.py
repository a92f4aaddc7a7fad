"""field37 English replies, part C: a Singapore staging company, a New York CPA firm (month-first), a Melbourne outdoor retail chain."""

from __future__ import annotations

from evals.field.build import Payment as P
from evals.field.build import Reply as R
from evals.field37.kit import AUTO, MEL, NYC, SGP, at

PAYMENTS = [
    P("BK37-08", "G3707", "2026-12-08", "1180.00", "SGD", "LUMEN STAGE EVENTS PTE LTD PAYNOW 93713"),
    P("BK37-09", "G3708", "2026-12-03", "6315.00", "USD", "HALPERN WEISS CO ACH 0000418832"),
    P("BK37-10", "G3709", "2026-12-09", "860.00", "AUD", "COASTLINE OUTFITTERS REMIT 40921"),
]

REPLIES = [
    # --- Lumen Stage & Events, Singapore (en-SG, day-first, +08:00) ---
    R("G3707", at(7, "10:05", SGP), "Hi,\n\nNoted on this. 93713 we pay via PayNow later today. 93712 need to wait for our client (the countdown event at Marina) to pay us first, they say mid Jan. Sorry ah.\n\nJasmine",
      "promise_to_pay", date="2026-12-07", human=["conditional"], inv=["93713", "93712"], fam=["split-dates", "conditional-third-party", "singlish", "sg-events"]),
    R("G3707", at(8, "12:30", SGP), "Hi, PayNow done yesterday for 1180, ref 93713. Pls check.",
      "already_paid", inv=["93713"], ref="93713", fam=["paid-ref", "terse", "sg-events"], note="BK37-08 8 Dec 1,180.00; reference ends in 93713"),
    R("G3707", at(8, "15:10", SGP), "Dear Sir/Mdm,\n\nFor 93712, the LED wall rental was 3 days (4–6 Nov) but your invoice charge 5 days incl. setup and teardown. Our quotation Q-SG-1187 state setup day is free of charge. Please revise.\n\nThanks & regards\nJasmine Teo\nFinance Executive\nLumen Stage & Events Pte Ltd\nUEN 201512345K",
      "dispute", inv=["93712"], fam=["dispute-rental-days", "distractor-date", "sg-events"]),
    R("G3707", at(9, "09:40", SGP), "Hi, can send the invoice 93712 again? Cannot open the PDF, it say corrupted.",
      "invoice_resend", inv=["93712"], fam=["resend-corrupt", "singlish", "sg-events"]),
    R("G3707", at(9, "17:20", SGP), "Hi,\n\nOur company will be closed for year-end break from 24 Dec to 3 Jan. Payment will be made by 23 Dec, before we close.\n\nRegards\nFinance",
      "promise_to_pay", date="2026-12-23", sender=0, fam=["christmas-shutdown", "distractor-date", "sg-events"]),
    R("G3707", at(10, "11:00", SGP), "Hello, I'm a freelance stage manager, not staff of Lumen. Got cc'd by mistake I think. Pls remove me.",
      "wrong_contact", sender="kelvin.ong.sm@gmail.example", fam=["wrong-contact-stranger", "unknown-sender", "sg-events"]),
    R("G3707", at(10, "14:45", SGP), "Can we pay 93712 over 3 months? 2,080 each, first one end Dec. Events slow after the F1 season.",
      "payment_plan_request", date="2026-12-31", amount="2080.00", inv=["93712"], fam=["plan-instalments", "eom", "sg-events"]),
    R("G3707", at(7, "18:30", SGP), "Thank you for your email. I am currently on MC and will return to office on 9 Dec. For urgent matters please call 6555 0147.",
      "out_of_office", sender=1, headers=AUTO, fam=["ooo-short", "medical-leave", "sg-events"]),
    R("G3707", at(8, "20:15", SGP), "Hi, payment for both will go out next Fri 18/12. Our boss only sign cheques on Friday.",
      "promise_to_pay", date="2026-12-18", fam=["next-weekday", "numeric-day-first", "sg-events"]),
    R("G3707", at(9, "13:05", SGP), "Hi, want to check – is your company GST-registered in Singapore? Our auditor asking whether we can claim input tax on your invoices. Please advise.",
      "other", human=["other needs a person"], fam=["tax-question", "sg-events"]),
    R("G3707", at(10, "09:15", SGP), "Hi – please bill future invoices to Lumen Stage Holdings Pte Ltd (UEN 202301234M), not Lumen Stage & Events. The events company is being merged in. Address same.",
      "po_change", inv=[], fam=["entity-change", "sg-events"]),

    # --- Halpern Weiss & Co. CPAs, New York (en-US, month-first, -05:00) ---
    R("G3708", at(7, "08:45", NYC), "Good morning,\n\nBoth invoices were approved at Friday's partner meeting. They'll be paid in our 12/17 ACH batch.\n\nThanks,\nDiane Russo\nOffice Manager\nHalpern Weiss & Co. CPAs\n1250 Broadway, 24th Fl, New York, NY 10001",
      "promise_to_pay", date="2026-12-17", fam=["numeric-month-first", "meeting-before-payment", "us-cpa"]),
    R("G3708", at(7, "13:20", NYC), "Hi,\n\nWe paid $6,315.00 on 12/3 via ACH, trace 0000418832. I think that covers both?\n\nDiane",
      "already_paid", ref="0000418832", fam=["paid-ref", "collective-payment", "numeric-month-first", "us-cpa"], note="BK37-09 6,315.00 on 3 Dec matches by reference and equals both invoices (5,375 + 940)"),
    R("G3708", at(7, "17:50", NYC), "It's tax season prep and everyone here is underwater. I'll cut the check for 93715 Thursday and the other one 1/8. Don't send another reminder before then, please.",
      "promise_to_pay", date="2026-12-10", inv=["93715", "93714"], fam=["split-dates", "numeric-month-first", "us-cpa"]),
    R("G3708", at(8, "10:30", NYC), "Hi there,\n\nWe're tax-exempt? No – sorry, wrong client file. Ignore that. What I meant to ask: can you send a W-9? We need it on file before we can pay any new vendor, and our system shows you as new.\n\nDiane",
      "other", human=["other needs a person"], fam=["tax-forms", "self-correction", "us-cpa"]),
    R("G3708", at(8, "15:40", NYC), "Hi, please reissue 93714 to the client entity, Russo & Park Dental PLLC. We ordered those supplies on their behalf and they're reimbursing directly. Billing address 77 Court St, Brooklyn NY 11201.",
      "po_change", inv=["93714"], fam=["rebill-other-entity", "us-cpa"]),
    R("G3708", at(8, "23:10", NYC), "Sorry, late night at the office. Payment will go out tomorrow first thing. — D",
      "promise_to_pay", date="2026-12-09", fam=["late-night", "tomorrow", "us-cpa"]),
    R("G3708", at(9, "11:05", NYC), "Diane Russo is no longer with Halpern Weiss. Please direct billing correspondence to ap@halpernweiss.example.\n\nThis mailbox is not monitored.",
      "wrong_contact", sender=1, headers=AUTO, fam=["wrong-contact-auto", "unmonitored", "us-cpa"]),
    R("G3708", at(9, "16:15", NYC), "We need to talk about 93714 before anything gets paid. You charged us for 12 toner cartridges and the packing slip says 8. Call me – 212-555-0143.",
      "dispute", inv=["93714"], fam=["dispute-quantity", "callback", "us-cpa"]),
    R("G3708", at(10, "09:35", NYC), "Hi,\n\nWe'll have it paid by the last business day of the year. Our fiscal year ends 12/31 and the partners want vendors current.\n\nDiane",
      "promise_to_pay", date="2026-12-31", fam=["last-business-day", "us-cpa"]),
    R("G3708", at(10, "14:50", NYC), "Hi, our office is closed 12/24 through 1/1. I'm sending payment on 12/22 so it clears before we close.\n\nThanks,\nDiane",
      "promise_to_pay", date="2026-12-22", fam=["numeric-month-first", "holiday-closure", "distractor-date", "us-cpa"]),
    R("G3708", at(10, "17:10", NYC), "Got it, thanks. Will look at it Monday.",
      "other", fam=["no-action", "acknowledgement", "us-cpa"], note="looks at it Monday: no commitment to pay"),

    # --- Coastline Outfitters, Melbourne (en-AU, +11:00) ---
    R("G3709", at(7, "08:50", MEL), "Hi,\n\nThanks for the reminder. 93716 is approved and will be in our fortnightly supplier run on Tuesday 15 December.\n\nRegards,\nMel Hartigan\nFinance Manager | Coastline Outfitters\n14 stores across VIC and TAS",
      "promise_to_pay", date="2026-12-15", inv=["93716"], fam=["payment-run", "weekday-with-date", "au-retail"]),
    R("G3709", at(7, "12:15", MEL), "Hi team,\n\nThe PO on 93716 should be CO-78012, not CO-77812 (that's our Hobart store's older order). Please amend and resend.\n\nAccounts Payable",
      "po_change", inv=["93716"], sender=0, fam=["po-wrong", "au-retail"]),
    R("G3709", at(8, "09:25", MEL), "Hi,\n\nPaid 860.00 this morning, remittance no. 40921.\n\nAP team",
      "already_paid", ref="40921", sender=0, fam=["paid-ref", "au-retail"], note="BK37-10 860.00 on 9 Dec matches by reference and equals 93717, the invoice its amount means (field4)"),
    R("G3709", at(8, "14:40", MEL), "Hi – we're mid stocktake ahead of the Christmas trade and I can't approve anything over $10k until the 21st. I'll push 93716 through on Tuesday 22nd and 93717 can go out this Friday.",
      "promise_to_pay", date="2026-12-11", inv=["93716", "93717"], fam=["split-dates", "stocktake", "au-retail"], note="the earlier part's day is the promise (field35)"),
    R("G3709", at(9, "10:10", MEL), "Hi\n\nWe received 36 kayak paddles and 4 were cracked. Photos attached. Please credit 4 x $47 + GST on 93717 and send a new invoice; the rest we'll pay end of month.\n\nMel",
      "dispute", sec=["promise_to_pay"], date="2026-12-31", inv=["93717"], fam=["dispute-damaged", "eom", "au-retail"]),
    R("G3709", at(9, "15:55", MEL), "Hi, I'm out of the office from 9/12 to 16/12, back Thursday 17th. Urgent AP queries to accounts.payable@coastlineoutfitters.example.\n\nMel",
      "out_of_office", sender=1, headers=AUTO, fam=["ooo-short", "numeric-day-first", "au-retail"]),
    R("G3709", at(10, "11:30", MEL), "Hi there,\n\nCan we pay the 11,280 as 4 weekly payments of 2,820 from next Monday? Boxing Day sales will sort our cashflow but until then we're stretched.\n\nMel",
      "payment_plan_request", date="2026-12-14", amount="2820.00", fam=["plan-weekly", "boxing-day", "au-retail"]),
    R("G3709", at(10, "16:00", MEL), "Yep, paying the lot on the 24th – Christmas Eve is our last big trading day and then we square up everyone.",
      "promise_to_pay", date="2026-12-24", fam=["ordinal-alone", "christmas-eve", "au-retail"]),
    R("G3709", at(7, "16:35", MEL), "Please send copies of both invoices to our shared AP inbox, I can only see 93717 in there.",
      "invoice_resend", inv=["93717"], fam=["resend-copy", "au-retail"]),
]
