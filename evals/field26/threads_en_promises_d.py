"""field26, English promises (part four): relative dates counted from an event, odd references, invoices with two dates."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field26.kit import AU, FI, GB, GH, IE, JP, LK, NZ, US, at

R = Reply

REPLIES: list[Reply] = [
    R("V2601", at(23, "19:30", FI), "Hello again. Small correction to my mail this morning: we pay not on Thursday but three days after our customer's acceptance inspection, which is on Friday 4.12, so on Monday the 7th.", "promise_to_pay",
      date="2026-12-07", human=["conditional"], fam=["relative-to-event", "moved-date", "weekday-ordinal", "non-native-fi"], sender=1,
      note="three days after the customer's acceptance inspection (someone else's act): dated and conditional"),
    R("V2602", at(26, "15:45", GB), "Hi, just back from the Oban site. Our finance director signs the payment run a week on Monday - 92604 will be on it; 92603 needs the credit for the damaged nets first.", "promise_to_pay",
      date="2026-12-07", inv=["92604", "92603"], human=["conditional"], fam=["weekday-week", "two-dates"], sender=1,
      note="'a week on Monday' written Thursday 26th: the Monday after the coming one (30th) = 7 December"),
    R("V2603", at(26, "10:25", GH), "Good morning,\nKindly note that our earlier mail dated 20th November which promised payment on 27th is hereby withdrawn. Payment shall be made on the fifteenth of December instead.\nRegards", "promise_to_pay",
      date="2026-12-15", fam=["moved-date", "date-in-words", "non-native-gh"], sender=1),
    R("V2605", at(24, "13:45", JP), "Dear Sir,\nThe delivery of the second lathe was on 11/10 and the invoice is dated 11/05. According to our rule we pay 30 days after delivery, so we will pay on Dec. 10.\nBest regards", "promise_to_pay",
      date="2026-12-10", fam=["delivery-date-distractor", "invoice-date-distractor", "non-native-jp"], sender=1),
    R("V2606", at(25, "12:15", US), "Payment will be released five business days after you lift the hold. Your call.", "promise_to_pay",
      human=["conditional"], fam=["relative-to-event", "working-days"], sender=1),
    R("V2607", at(23, "11:40", NZ), "Hi, we'll pay on Tuesday the 1st as long as the council's payment for the hop-kiln grant has cleared, which they've promised for the 30th.", "promise_to_pay",
      date="2026-12-01", human=["conditional"], fam=["weekday-ordinal", "condition-date", "condition-in-long-sentence"], sender=1,
      note="'as long as' the council's payment has cleared: someone else's payment first, conditional though dated"),
    R("V2608", at(24, "17:30", US), "From Hale & Morrow LLP, counsel to Green Mountain Lift Services. Our client will remit $4,000 on December 14 without admission of liability.", "promise_to_pay",
      date="2026-12-14", amount="4000.00", fam=["legal-threat"], sender="j.morrow@halemorrow-law.example"),
    R("V2609", at(26, "15:05", IE), "Hi, we'll pay 92614 on the 10th. Our ref will be NVS/DEC/PAT so you know it's us. The 580 was paid last week.", "already_paid",
      inv=["92614", "92615"], sec=["promise_to_pay"], date="2026-12-10", ref="NVS/DEC/PAT", human=["no matching payment"], fam=["two-invoices", "remittance-reference-variant"], sender=1,
      note="no bank line for 580; the reference is the future payment's, not a past one"),
    R("V2610", at(26, "08:15", AU), "Hi. Friday 11th December. Shane", "promise_to_pay",
      date="2026-12-11", fam=["weekday-ordinal", "terse-mobile"], sender=1),
    R("V2604", at(24, "10:45", LK), "Dear Sir, the 4th instalment which falls due on the 31st of December will be paid as scheduled. Thanking you.", "promise_to_pay",
      date="2026-12-31", fam=["instalment-existing-plan", "date-in-words", "non-native-lk"], sender=1),
    R("V2605", at(27, "17:20", JP), "Dear Sir,\nWe pay the 92609 on Dec. 7 (Fri).\nBest regards", "promise_to_pay",
      date="2026-12-07", inv=["92609"], fam=["weekday-date-mismatch", "non-native-jp"], sender=1,
      note="7 December 2026 is a Monday; the stated date is taken"),
    R("V2609", at(23, "18:45", IE), "Hi, sorry for the delay, we had a funeral in the family. Pat will pay the lot on Friday.", "promise_to_pay",
      date="2026-11-27", fam=["bare-weekday"], sender=1),
    R("V2603", at(25, "11:45", GH), "Dear Sir, our payment will be made after the Christmas break, in the first week of January 2027.", "promise_to_pay",
      date="2027-01-08", fam=["week-of", "holiday", "non-native-gh"], sender=1,
      note="the first week of January 2027 is ISO week 53 (28 Dec – 3 Jan) by the calendar, but the writer means the first working week: Monday 4 to Friday 8 January; its Friday; more than 30 days out"),
    R("V2610", at(25, "14:40", AU), "Hey, will pay 92616 after the long weekend - um, we don't have one. I mean after Christmas. 28th.", "promise_to_pay",
      date="2026-12-28", inv=["92616"], fam=["holiday", "moved-date", "ordinal-alone"], sender=1),
]
