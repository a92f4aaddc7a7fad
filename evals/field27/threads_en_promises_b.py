"""English promises (field27, part B): distractor dates, moved dates, conditions with dates, quarters, the week after
next, nth weekdays, dates in words and holidays, written by the same customers as part A."""

from evals.field.build import Reply
from evals.field27.kit import BD, CA, GB, IE, NG, PH, PL, QLD, USC, USW, at

R = Reply

REPLIES = [
    R("W2701", at(23, "12:10", GB), "The payment was meant to go today but it has moved to Thursday 3 December: our bank is migrating the business accounts this week.", "promise_to_pay", date="2026-12-03", fam=["moved-date", "weekday-date"]),
    R("W2701", at(24, "09:00", GB), "Re the October invoice: I'll pay it the week after next.", "promise_to_pay", date="2026-12-11", fam=["week-after-next", "invoice-date-distractor"]),
    R("W2701", at(27, "08:15", GB), "We'll pay on the second Tuesday of December.", "promise_to_pay", date="2026-12-08", fam=["nth-weekday-of-month"]),
    R("W2701", at(25, "19:20", GB), "pay it tues", "promise_to_pay", date="2026-12-01", fam=["abbrev-weekday", "terse-mobile"]),
    R("W2701", at(27, "09:00", GB), "Good morning,\n\nFurther to your reminder, we confirm that invoices INV-2026-92701 and INV-2026-92702 will be paid in full by Tuesday 8th December 2026.\n\nKind regards,\nAccounts\nPenwith Cider Press Ltd", "promise_to_pay", date="2026-12-08", inv=["92701", "92702"], html=True, fam=["html-outlook", "weekday-ordinal", "shared-mailbox"], sender=0),
    R("W2701", at(23, "20:05", GB), "Paying both 1st thing tomorrow x", "promise_to_pay", date="2026-11-24", fam=["terse-mobile", "tomorrow"]),
    R("W2702", at(25, "10:00", CA), "Delivery of the replacement bins is booked for Dec 3; payment of both invoices follows on Dec 9 regardless.", "promise_to_pay", date="2026-12-09", fam=["delivery-date-distractor", "two-dates"]),
    R("W2702", at(27, "14:30", CA), "We will have you paid by the end of Q4.", "promise_to_pay", date="2026-12-31", fam=["quarter"]),
    R("W2702", at(23, "17:30", CA), "Your invoice was entered on Nov 20 and we pay net 30 from entry, i.e. Dec 20.", "promise_to_pay", date="2026-12-20", fam=["invoice-date-distractor", "restated-date", "payment-cycle"], sender=0),
    R("W2702", at(26, "13:00", CA), "Thanks. Cheque #004417 for INV-2026-92704 will be mailed tomorrow.", "promise_to_pay", date="2026-11-27", ref="004417", inv=["92704"], fam=["cheque-number", "tomorrow"], sender=0),
    R("W2703", at(23, "15:30", BD), "Dear Sir, our Chairman will sign the cheque after the board meeting on 1st December and the payment will reach you by 8th December In Sha Allah.", "promise_to_pay", date="2026-12-08", fam=["meeting-before-payment", "non-native-bd"]),
    R("W2703", at(26, "14:00", BD), "Payment was scheduled for 26/11 but it is shifted to 30/11 due to bank closing.", "promise_to_pay", date="2026-11-30", fam=["moved-date", "locale-numeric-dayfirst", "non-native-bd"]),
    R("W2703", at(24, "11:20", BD), "Dear Sir, after the Victory Day holiday on 16 December we will pay, on 17/12/2026.", "promise_to_pay", date="2026-12-17", fam=["holiday", "locale-numeric-dayfirst", "non-native-bd"]),
    R("W2703", at(27, "16:00", BD), "Kindly note invoice 92706 (1260 USD) will be paid tomorrow and 92705 at next month end.", "promise_to_pay", date="2026-11-28", amount="1260.00", partial=False, inv=["92706", "92705"], fam=["two-dates", "month-end", "non-native-bd"], sender=0),
    R("W2703", at(25, "09:50", BD), "We shall pay on the first Sunday of December.", "promise_to_pay", date="2026-12-06", fam=["nth-weekday-of-month", "weekend", "non-native-bd"]),
    R("W2704", at(25, "11:00", NG), "We will pay the 2nd instalment on the last Friday of this month.", "promise_to_pay", date="2026-11-27", fam=["instalment-existing-plan", "nth-weekday-of-month", "non-native-ng"]),
    R("W2704", at(27, "16:45", NG), "Please see below from our MD.\n\n-----Original Message-----\nFrom: Tunde Bakare\nSent: 27 November 2026 14:02\nTo: Adebola Adeyemi\nSubject: RE: Northwind\n\nApproved. Pay them on Tuesday.", "promise_to_pay", date="2026-12-01", fam=["forwarded-chain", "see-below", "weekday"]),
    R("W2704", at(23, "13:00", NG), "Payment will be made first thing tomorrow morning, God willing.", "promise_to_pay", date="2026-11-24", fam=["tomorrow", "non-native-ng"]),
    R("W2704", at(24, "18:00", NG), "Sorry, the instalment due on 30th November will now be paid on 4th December because of the system migration at our bank.", "promise_to_pay", date="2026-12-04", fam=["moved-date", "instalment-existing-plan", "non-native-ng"]),
    R("W2705", at(25, "09:00", PH), "Good day! The coconut oil shipment arrives Manila on 2 Dec. Nonetheless we will settle INV-2026-92708 on December 4.", "promise_to_pay", date="2026-12-04", inv=["92708"], fam=["delivery-date-distractor", "non-native-ph"]),
    R("W2705", at(27, "11:15", PH), "We will pay after the Bonifacio Day holiday, on December 1st.", "promise_to_pay", date="2026-12-01", fam=["holiday", "ordinal-date", "non-native-ph"]),
    R("W2705", at(23, "09:10", PH), "Settlement on the 7th of December po.", "promise_to_pay", date="2026-12-07", fam=["ordinal-date", "non-native-ph", "terse-mobile"]),
    R("W2705", at(26, "15:45", PH), "We will pay 50% this Friday and the other 50% on 18 December.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["partial-share", "two-dates", "this-week"]),
    R("W2705", at(24, "13:10", PH), "Dear Northwind, payment is in the approval queue of our Manila head office. Once they approve it, it will be paid on the next check run (Thursday).", "promise_to_pay", date="2026-11-26", human=["conditional"], fam=["condition", "payment-cycle", "non-native-ph"], sender=0),
    R("W2706", at(26, "07:30", USW), "12/11 for sure\n\nSent from my phone", "promise_to_pay", date="2026-12-11", fam=["locale-numeric-monthfirst", "terse-mobile"]),
    R("W2706", at(24, "16:00", USW), "We'll pay in two weeks, once the bank releases our disaster loan.", "promise_to_pay", date="2026-12-08", human=["conditional"], fam=["relative-span", "condition"]),
    R("W2706", at(23, "08:00", USW), "We'll mail a check the day after Thanksgiving.", "promise_to_pay", date="2026-11-27", fam=["holiday", "relative-to-event"]),
    R("W2706", at(27, "20:15", USW), "ok ok. friday the 4th.", "promise_to_pay", date="2026-12-04", fam=["weekday-ordinal", "terse-mobile", "sarcasm"]),
    R("W2707", at(23, "14:20", QLD), "Supplier pay day is the 20th, you'll be in December's.", "promise_to_pay", date="2026-12-20", fam=["ordinal-alone", "payment-cycle"]),
    R("W2707", at(26, "11:00", QLD), "Our accountant says we can do $2,000 now-ish, i.e. Monday, and the rest once the levy refund comes through.", "promise_to_pay", date="2026-11-30", amount="2000.00", human=["conditional"], fam=["restated-date", "partial-amount", "condition"]),
    R("W2707", at(25, "07:15", QLD), "Was going to pay today but the bank's app is down, so it'll be tomorrow now.", "promise_to_pay", date="2026-11-26", fam=["moved-date", "tomorrow"]),
    R("W2707", at(27, "18:40", QLD), "wk after next mate", "promise_to_pay", date="2026-12-11", fam=["week-after-next", "terse-mobile"]),
    R("W2708", at(24, "09:40", USC), "Per our counsel, payment of the balance will be made on or before December 18, 2026, without admission of liability.", "promise_to_pay", date="2026-12-18", fam=["legal-threat", "explicit-date"], sender=0),
    R("W2708", at(27, "10:30", USC), "Wire scheduled 12/7.", "promise_to_pay", date="2026-12-07", fam=["locale-numeric-monthfirst", "terse-mobile"]),
    R("W2708", at(25, "12:00", USC), "Our lender is expected to fund the inventory loan on Dec 4; we will pay you the same day it funds.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["condition", "relative-to-event"]),
    R("W2708", at(23, "16:30", USC), "We will pay in full within 10 days of today.", "promise_to_pay", date="2026-12-03", fam=["relative-span"]),
    R("W2709", at(23, "11:40", IE), "Grand, we'll sort it next Thursday.", "promise_to_pay", date="2026-12-03", fam=["next-weekday"]),
    R("W2709", at(26, "10:05", IE), "Payment Monday 7th. I was going to say the 1st but the site meeting at the quarry is that day.", "promise_to_pay", date="2026-12-07", fam=["weekday-ordinal", "distractor-date"]),
    R("W2709", at(24, "17:25", IE), "Paying 2,000 on Friday and the 640 invoice at month end.", "promise_to_pay", date="2026-11-27", amount="2000.00", fam=["partial-amount", "two-dates", "month-end"]),
    R("W2709", at(27, "08:30", IE), "We'll pay on the last working day before Christmas.", "promise_to_pay", date="2026-12-24", fam=["last-working-day", "holiday"], sender=0),
    R("W2710", at(24, "10:45", PL), "We transfer on Friday, 11th December, after our stock-taking on the 10th.", "promise_to_pay", date="2026-12-11", fam=["weekday-date", "relative-to-event", "non-native-pl"]),
    R("W2710", at(26, "12:00", PL), "Payment will be done the twenty-first of December.", "promise_to_pay", date="2026-12-21", fam=["date-in-words", "non-native-pl"]),
    R("W2710", at(23, "16:10", PL), "We make payment on 4.12, after we receive the funds from our Danish customer.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["condition", "dotted-numeric", "non-native-pl"]),
    R("W2710", at(27, "14:00", PL), "Payment Tuesday, 1 December, as we discussed on the phone on Wednesday.", "promise_to_pay", date="2026-12-01", fam=["weekday-date", "past-call-distractor", "non-native-pl"]),
]
