"""More English promises (field28): long AP sentences with a hidden condition, HTML-only Outlook, shared mailboxes,
sarcasm around a real promise, quarters, week after next and dates that need the sender's offset."""

from evals.field.build import Reply
from evals.field28.kit import AU, EE, GB, IE, IN, MY, NZ, PST, UG, US, at

R = Reply

_SIG = ("\n\nKind regards\n\nLim Siew Ling\nFinance Controller | Klang Valley Nitrile Sdn Bhd\nLot 12, Jalan Sungai Puloh, 42100 Klang, Selangor\n\n"
        "This email is confidential and may be legally privileged. If you have received it in error, you are on notice of its "
        "status; please notify us immediately by reply email and then delete this email and any attachment. Please do not "
        "copy it or use it for any purpose, or disclose its contents to any other person. Internet communications are not "
        "secure and Klang Valley Nitrile Sdn Bhd does not accept legal responsibility for the contents of this message.")

REPLIES = [
    R("T2801", at(23, "11:40", EE), "Good morning, I confirm we transfer the full amount on Wednesday 2 December, I already put it in the bank.", "promise_to_pay", date="2026-12-02", fam=["weekday-date", "non-native-ee"]),
    R("T2801", at(26, "13:05", EE), "After our annual inventory on Saturday 5.12 we know the numbers, and the payment goes the Tuesday after, whatever the inventory shows.", "promise_to_pay", date="2026-12-08", fam=["relative-to-event", "dotted-numeric", "non-native-ee"]),
    R("T2801", at(27, "17:30", EE), "ok we pay monday", "promise_to_pay", date="2026-11-30", fam=["terse-mobile", "weekday"]),
    R("T2802", at(23, "14:50", MY), "Dear Sir/Madam,\n\nWe refer to your reminder dated 19 November. Please be advised that both invoices have been approved and will be paid in our next payment cycle, which falls on the 7th of December 2026." + _SIG, "promise_to_pay", date="2026-12-07", html=True, fam=["html-outlook", "long-disclaimer", "letter-date-distractor", "payment-cycle"]),
    R("T2802", at(25, "15:30", MY), "Hi, 92804 will be paid in Q4 together with the year-end accruals, most likely on 31 December.", "promise_to_pay", date="2026-12-31", inv=["92804"], fam=["quarter", "long-range", "non-native-my"]),
    R("T2802", at(26, "10:40", MY), "Dear Sir, payment of USD 18,760 will be released subject to receipt of the original certificate of analysis, target date 3 December.", "promise_to_pay", date="2026-12-03", amount="18760.00", partial=False, human=["conditional"], fam=["condition-in-long-sentence", "formal-ap"]),
    R("T2803", at(24, "11:55", UG), "Dear Northwind, the fourth instalment will follow on 18th December as per the schedule signed in September.", "promise_to_pay", date="2026-12-18", fam=["instalment-existing-plan", "ordinal-alone", "letter-date-distractor"]),
    R("T2803", at(26, "14:05", UG), "Hello, we shall remit USD 4,200 on Monday next week being 30th November and the remaining as per plan.", "promise_to_pay", date="2026-11-30", amount="4200.00", fam=["weekday-ordinal", "instalment-existing-plan", "non-native-ug"]),
    R("T2804", at(24, "08:20", GB), "Oh marvellous, another reminder, just what a rhubarb farmer needs in November. Yes, it'll be paid on Thursday.", "promise_to_pay", date="2026-11-26", fam=["sarcasm", "weekday"]),
    R("T2804", at(25, "16:45", GB), "We get paid by the wholesaler on the 4th and we'll pay you on the 7th.", "promise_to_pay", date="2026-12-07", fam=["reason-date", "two-dates", "ordinal-alone"]),
    R("T2804", at(26, "12:15", GB), "Payment will go with our December supplier run, that's the 2nd Tuesday.", "promise_to_pay", date="2026-12-08", fam=["nth-weekday-of-month", "payment-cycle"]),
    R("T2805", at(23, "09:45", PST), "Subject to board ratification at the December 10 meeting, we anticipate remitting the balance on December 14.", "promise_to_pay", date="2026-12-14", human=["conditional"], fam=["meeting-before-payment", "condition-in-long-sentence", "legal-account"]),
    R("T2805", at(26, "11:30", PST), "We'll pay the undisputed portion, $5,000, by Friday next week.", "promise_to_pay", date="2026-12-04", amount="5000.00", fam=["partial-amount", "next-week"]),
    R("T2806", at(24, "15:20", AU), "Look, I'll pay it the Tuesday after next, the 8th, and I'd appreciate the hold gone by then.", "promise_to_pay", date="2026-12-08", fam=["week-after-next", "restated-date", "credit-hold"]),
    R("T2806", at(27, "13:45", AU), "We'll pay in the first week of the new year once the bank rolls the facility over.", "promise_to_pay", date="2027-01-08", human=["conditional"], fam=["week-of", "condition", "long-range"]),
    R("T2807", at(24, "12:20", NZ), "Paying on the 2nd, that's a Wednesday I think.", "promise_to_pay", date="2026-12-02", fam=["ordinal-alone", "weekday-date"]),
    R("T2807", at(26, "07:50", NZ), "We'll pay 92812 today and 92811 three days after the ram sale on 8 December.", "promise_to_pay", date="2026-11-26", inv=["92812", "92811"], fam=["two-dates", "relative-to-event"]),
    R("T2807", at(27, "14:30", NZ), "Expect payment a week from Monday.", "promise_to_pay", date="2026-12-07", fam=["relative-span", "week-of"]),
    R("T2808", at(23, "12:35", IE), "Hi there, just to say we will be paying in full on the Monday after next. Thanks for your patience.", "promise_to_pay", date="2026-12-07", fam=["week-after-next"]),
    R("T2808", at(25, "18:20", IE), "Sorry for the delay — it'll be paid on Christmas Eve, the 24th, before we close for the holidays.", "promise_to_pay", date="2026-12-24", fam=["holiday", "restated-date"]),
    R("T2808", at(27, "12:40", IE), "We're paying €1,500 now and the rest once the Bord Iascaigh grant comes through.", "promise_to_pay", date="2026-11-27", amount="1500.00", human=["conditional"], fam=["partial-amount", "condition"]),
    R("T2809", at(23, "16:45", IN), "Sir, payment will be released on 1st December after month closing, and the remittance shall be shared the same day.", "promise_to_pay", date="2026-12-01", fam=["ordinal-alone", "non-native-in"]),
    R("T2809", at(25, "12:00", IN), "Kindly note we shall remit after our buyer in Rotterdam clears the container, expected 4th December, then two days after.", "promise_to_pay", date="2026-12-06", human=["conditional"], fam=["relative-to-event", "condition-in-long-sentence", "non-native-in"]),
    R("T2809", at(27, "11:20", IN), "Payment will be done on 15/12.", "promise_to_pay", date="2026-12-15", fam=["locale-numeric-dayfirst", "terse-mobile"]),
    R("T2810", at(23, "13:10", US), "Will pay the big one 12/11, the little one with it.", "promise_to_pay", date="2026-12-11", fam=["locale-numeric-monthfirst"]),
    R("T2810", at(25, "11:55", US), "Sure, we'll get you paid in two weeks.", "promise_to_pay", date="2026-12-09", fam=["relative-span"]),
    R("T2810", at(27, "15:35", US), "I'm paying $2,000 on the 1st and the rest when I can.", "promise_to_pay", date="2026-12-01", amount="2000.00", human=["undated"], fam=["partial-amount", "ordinal-alone"]),
    R("T2802", at(24, "17:20", MY), "Hi, Siew Ling here. Payment will be made by Friday next week, after our Group CFO signs the payment batch on Tuesday.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "next-week"]),
    R("T2801", at(24, "11:25", EE), "We will pay after Christmas, on 28. December.", "promise_to_pay", date="2026-12-28", fam=["holiday", "dotted-numeric", "non-native-ee"]),
    R("T2804", at(23, "15:00", GB), "Invoice date was the 6th of October, delivery the 2nd, so I make it due now, fair enough. It'll be paid on the 30th.", "promise_to_pay", date="2026-11-30", fam=["invoice-date-distractor", "delivery-date-distractor", "ordinal-alone"]),
    R("T2808", at(26, "14:55", IE), "The accounts office is a shared inbox, so whoever picks this up: Ciarán approved it this morning, goes out tomorrow.", "promise_to_pay", date="2026-11-27", fam=["shared-mailbox"], sender=0),
    R("T2806", at(25, "08:05", AU), "Payment Tuesday next week, 1 Dec, the whole lot.", "promise_to_pay", date="2026-12-01", fam=["weekday-week", "weekday-date"]),
    R("T2803", at(23, "09:10", UG), "We will pay as soon as possible.", "promise_to_pay", human=["undated"], fam=["undated", "non-native-ug"]),
    R("T2809", at(24, "09:35", IN), "We will clear within seven days from today positively.", "promise_to_pay", date="2026-12-01", fam=["relative-span", "date-in-words", "non-native-in"]),
    R("T2810", at(24, "10:35", US), "Should be able to pay before Christmas if the restaurant contracts come in.", "promise_to_pay", date="2026-12-24", human=["conditional"], fam=["holiday", "condition"]),
    R("T2804", at(27, "17:05", GB), "Right, so: the co-op pays us for the forced crop on the 9th, the bank needs a day, and I'm off on the 11th, so it'll be Thursday the 10th.", "promise_to_pay", date="2026-12-10", fam=["several-dates", "reason-date", "weekday-ordinal"]),
    R("T2808", at(24, "10:05", IE), "We'll have it paid in three weeks' time, once the Christmas oyster orders are invoiced — the Galway restaurants pay us within the week, so you'll have yours by 15 December regardless.", "promise_to_pay", date="2026-12-15", fam=["several-dates", "restated-date", "condition-in-long-sentence"]),
    R("T2809", at(26, "16:40", IN), "Sir, as discussed on phone on 24th, payment shall be released on the last working day of this month, i.e. 30th November.", "promise_to_pay", date="2026-11-30", fam=["last-working-day", "past-call-distractor", "non-native-in"]),
    R("T2801", at(25, "17:50", EE), "The payment was approved in our board on 20.11, the transfer is made on first Monday of December.", "promise_to_pay", date="2026-12-07", fam=["nth-weekday-of-month", "meeting-distractor", "non-native-ee"]),
    R("T2810", at(23, "17:40", US), "If the SBA disaster loan clears we'll pay you everything the same week. They said early December.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "undated"]),
    R("T2807", at(23, "09:55", NZ), "We'll pay end of next month, sorry, it's a slow year.", "promise_to_pay", date="2026-12-31", fam=["month-end", "long-range"]),
]
