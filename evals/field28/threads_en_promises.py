"""English promises (field28): several dates in one reply, conditions hidden in long sentences, dates in words,
dates counted from an event, holidays, moved dates and distractor dates, from native and non-native writers."""

from evals.field.build import Reply
from evals.field28.kit import AU, EE, GB, IE, IN, MY, NZ, PST, UG, US, at

R = Reply

REPLIES = [
    # --- Saaremaa sawmill (EE, non-native)
    R("T2801", at(23, "09:12", EE), "Hello, we pay 92801 on Thursday 3rd and the small one together with it.", "promise_to_pay", date="2026-12-03", fam=["weekday-ordinal", "non-native-ee"]),
    R("T2801", at(23, "15:40", EE), "Our timber buyer in Finland is paying us on the tenth of December, so we transfer to you on the eleventh.", "promise_to_pay", date="2026-12-11", fam=["date-in-words", "reason-date", "non-native-ee"]),
    R("T2801", at(24, "10:05", EE), "Payment 30.11. Sorry for delay, the saw line was broken two weeks.", "promise_to_pay", date="2026-11-30", fam=["dotted-numeric", "terse-mobile", "non-native-ee"]),
    R("T2801", at(24, "16:20", EE), "We had meeting with bank on 1 December about the overdraft, after this meeting we can pay, I think the Friday same week.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["relative-to-event", "meeting-before-payment", "condition-in-long-sentence", "non-native-ee"]),
    R("T2801", at(25, "08:45", EE), "Kadri is on holiday, I am her colleague. The invoice 92802 goes with payment run of 7.12, 92801 we pay half (3240 EUR) tomorrow.", "promise_to_pay", date="2026-11-26", amount="3240.00", inv=["92802", "92801"], fam=["two-dates", "partial-amount", "dotted-numeric", "non-native-ee"], sender=0),
    R("T2801", at(25, "13:30", EE), "we pay in week 50", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse-mobile"]),
    R("T2801", at(26, "11:10", EE), "The payment was planned for 27.11 but now it is moved to Tuesday, 1.12, because our accountant is sick.", "promise_to_pay", date="2026-12-01", fam=["moved-date", "dotted-numeric", "non-native-ee"]),
    R("T2801", at(27, "09:00", EE), "We will pay when the insurance company compensates the storm damage on our drying kiln, they promised decision in December.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "undated", "non-native-ee"]),
    R("T2801", at(27, "14:55", EE), "Estonian Independence... no, sorry, wrong holiday :) We pay before Christmas, latest 23rd.", "promise_to_pay", date="2026-12-23", fam=["holiday", "ordinal-alone", "non-native-ee"]),
    # --- Klang Valley Nitrile (MY, strategic)
    R("T2802", at(23, "10:30", MY), "Dear Sir/Madam,\n\nKindly be informed that INV-2026-92803 has been scheduled in our payment run on 4/12/2026.\n\nThank you.\n\nAccounts Payable\nKlang Valley Nitrile Sdn Bhd", "promise_to_pay", date="2026-12-04", inv=["92803"], fam=["locale-numeric-dayfirst", "formal-ap", "non-native-my"], sender=0),
    R("T2802", at(24, "14:00", MY), "Hi, for 92804 we will pay after the goods receipt is verified by our QA team, normally 5 working days after delivery on 30 Nov.", "promise_to_pay", date="2026-12-07", inv=["92804"], human=["conditional"], fam=["relative-to-event", "working-days", "condition-in-long-sentence", "non-native-my"]),
    R("T2802", at(25, "09:20", MY), "Noted with thanks. Payment will be made end of this month lah.", "promise_to_pay", date="2026-11-30", fam=["month-end", "non-native-my"]),
    R("T2802", at(26, "17:45", MY), "Dear Northwind,\nWe are closing our books for Deepavali leave... sorry that was last month. Payment for both invoices on the 2nd Wednesday of December.", "promise_to_pay", date="2026-12-09", fam=["nth-weekday-of-month", "holiday", "non-native-my"]),
    R("T2802", at(27, "11:15", MY), "USD 10,000 on Monday 30th Nov, balance within two weeks after that.", "promise_to_pay", date="2026-11-30", amount="10000.00", fam=["two-dates", "partial-amount", "weekday-ordinal"]),
    # --- Rwenzori Vanilla (UG, payment plan)
    R("T2803", at(23, "12:00", UG), "Dear Sir, the third instalment under our agreed plan will be sent on Friday 4th December as scheduled.", "promise_to_pay", date="2026-12-04", fam=["instalment-existing-plan", "weekday-ordinal", "non-native-ug"]),
    R("T2803", at(24, "09:40", UG), "Greetings. We are waiting for the vanilla auction proceeds from Kampala, once they are released we shall pay the November instalment.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "instalment-existing-plan", "non-native-ug"]),
    R("T2803", at(25, "15:15", UG), "The instalment of USD 2,100 will reach you on the 1st of December, God willing.", "promise_to_pay", date="2026-12-01", amount="2100.00", partial=False, fam=["instalment-existing-plan", "ordinal-alone", "non-native-ug"]),
    R("T2803", at(27, "10:25", UG), "We pay on Tuesday 8th December, after Jamhuri... sorry Kenya's holiday is 12th, ours is different. Tuesday the 8th.", "promise_to_pay", date="2026-12-08", fam=["weekday-ordinal", "restated-date", "non-native-ug"]),
    # --- Triangle rhubarb (GB)
    R("T2804", at(23, "08:05", GB), "Forcing sheds are in full swing so excuse the brevity — paying 92806 Weds, the other one Fri wk.", "promise_to_pay", date="2026-11-25", fam=["abbrev-weekday", "two-dates", "terse-mobile"]),
    R("T2804", at(23, "19:30", GB), "Sent from my iPhone\n\nwill pay tmrw", "promise_to_pay", date="2026-11-24", fam=["terse-mobile", "abbreviation"]),
    R("T2804", at(24, "11:45", GB), "We'll settle on the last working day of the month, as we always do with suppliers.", "promise_to_pay", date="2026-11-30", fam=["last-working-day"]),
    R("T2804", at(24, "13:10", GB), "Hazel's out in the fields. She says a fortnight today, she'll be paid by the supermarket by then.", "promise_to_pay", date="2026-12-08", fam=["relative-span", "reason-date"], sender=0),
    R("T2804", at(25, "10:00", GB), "Morning. I'd have paid already if your driver hadn't left the pallets at the wrong farm on the 12th — but fine, it'll go out on 2/12.", "promise_to_pay", date="2026-12-02", fam=["delivery-date-distractor", "locale-numeric-dayfirst", "sarcasm"]),
    R("T2804", at(26, "16:20", GB), "We can do £1,000 a week on Fridays starting this one if that helps, we're rather stretched.", "payment_plan_request", date="2026-11-27", amount="1000.00", fam=["plan-with-date", "weekday"]),
    R("T2804", at(27, "09:35", GB), "Not this Monday coming but the one after.", "promise_to_pay", date="2026-12-07", fam=["week-after-next", "terse-mobile"]),
    R("T2804", at(27, "12:50", GB), "Paying the 92807 one on the twelfth of December and the big one on the eighteenth.", "promise_to_pay", date="2026-12-12", inv=["92807", "92806"], fam=["date-in-words", "two-dates"]),
    # --- Willamette hazelnut co-op (US, legal)
    R("T2805", at(23, "14:10", US), "Per our counsel's letter of 11/12, the co-op will remit $4,670 on 12/4 and the balance after the harvest pool settles.", "promise_to_pay", date="2026-12-04", amount="4670.00", human=["conditional"], fam=["locale-numeric-monthfirst", "legal-threat", "letter-date-distractor", "condition"]),
    R("T2805", at(24, "10:40", PST), "Board approved payment at Tuesday's meeting. Check goes out Monday, Nov 30.", "promise_to_pay", date="2026-11-30", fam=["meeting-before-payment", "cheque"]),
    R("T2805", at(25, "12:00", PST), "We'll be closed for Thanksgiving Thursday and Friday. Payment will be released the following Tuesday.", "promise_to_pay", date="2026-12-01", fam=["holiday", "relative-to-event"]),
    R("T2805", at(27, "09:30", PST), "ACH for the full $9,340 is set for 12/15. Our reference will be WHG-DEC-SETTLE.", "promise_to_pay", date="2026-12-15", amount="9340.00", ref="WHG-DEC-SETTLE", partial=False, fam=["locale-numeric-monthfirst", "announced-reference"]),
    # --- Angaston olive press (AU, credit hold)
    R("T2806", at(23, "10:15", AU), "Mate, crush season wiped us out. We'll pay you Thurs week, promise.", "promise_to_pay", date="2026-12-03", fam=["abbrev-weekday", "week-of", "terse-mobile"]),
    R("T2806", at(24, "08:50", AU), "Can pay the $730 on 27/11 and the big one on 11/12. Please lift the hold so we can order bottles.", "promise_to_pay", date="2026-11-27", amount="730.00", inv=["92810", "92809"], partial=False, fam=["two-dates", "locale-numeric-dayfirst", "credit-hold"]),
    R("T2806", at(25, "17:05", AU), "Our accountant says once the ATO refund lands (they said about the 10th) we'll clear everything the same day.", "promise_to_pay", human=["conditional"], date="2026-12-10", fam=["condition-in-long-sentence", "relative-to-event"]),
    R("T2806", at(26, "09:30", AU), "Paying first thing Monday morning.", "promise_to_pay", date="2026-11-30", fam=["weekday"]),
    # --- Glenlyon merino station (NZ)
    R("T2807", at(23, "13:20", NZ), "Wool cheque from the sale on 3 December, so we'll pay you the Monday after.", "promise_to_pay", date="2026-12-07", fam=["relative-to-event", "reason-date"]),
    R("T2807", at(24, "07:45", NZ), "Kia ora, shearing gang is in this week. Payment 1/12.", "promise_to_pay", date="2026-12-01", fam=["locale-numeric-dayfirst", "terse-mobile"]),
    R("T2807", at(25, "20:10", NZ), "Will pay on the 20th.", "promise_to_pay", date="2026-12-20", fam=["ordinal-alone", "terse-mobile"]),
    R("T2807", at(26, "12:30", NZ), "Tessa's away mustering till Wednesday. She'll pay it when she's back, Thursday at the latest.", "promise_to_pay", date="2026-12-03", fam=["relative-to-event", "weekday"], sender=0),
    R("T2807", at(27, "08:15", NZ), "NZ$2,000 today, rest by 18 Dec.", "promise_to_pay", date="2026-11-27", amount="2000.00", fam=["two-dates", "partial-amount"]),
    # --- Killary oysters (IE)
    R("T2808", at(23, "09:00", IE), "Dia dhuit, the storm took out half the trestles so cash is tight. We'll pay 92814 on Friday week and 92813 before Christmas.", "promise_to_pay", date="2026-12-04", inv=["92814", "92813"], fam=["week-of", "two-dates", "holiday"]),
    R("T2808", at(24, "15:25", IE), "Paying the 8th — no wait, the 8th is the feast day and the bank's half-staffed, make it Wednesday the 9th.", "promise_to_pay", date="2026-12-09", fam=["restated-date", "holiday", "weekday-ordinal"]),
    R("T2808", at(25, "11:40", IE), "We'll get it to you within 10 working days, the auditors are in.", "promise_to_pay", date="2026-12-09", fam=["working-days"]),
    R("T2808", at(26, "10:10", IE), "Ciarán says pay on the first working day of December.", "promise_to_pay", date="2026-12-01", fam=["first-working-day"], sender=0),
    R("T2808", at(27, "16:00", IE), "Grand, will do it Tues.", "promise_to_pay", date="2026-12-01", fam=["abbrev-weekday", "terse-mobile"]),
    # --- Alleppey coir (IN)
    R("T2809", at(23, "11:30", IN), "Dear Sir,\nWith reference to your reminder, we wish to inform that payment for PO ACW/PO/2291 will be released on or before 05-12-2026 positively.", "promise_to_pay", date="2026-12-05", fam=["locale-numeric-dayfirst", "over-polite", "non-native-in"]),
    R("T2809", at(24, "12:45", IN), "Kindly note the payment is held pending GST reconciliation by our CA, after that we will release within 3 days.", "promise_to_pay", human=["conditional", "undated"], fam=["condition-in-long-sentence", "tax-id", "non-native-in"]),
    R("T2809", at(25, "10:20", IN), "Sir, we will do the needful and transfer on Monday, 30th November.", "promise_to_pay", date="2026-11-30", fam=["weekday-ordinal", "non-native-in"]),
    R("T2809", at(26, "14:35", IN), "Payment for 92816 shall be made by 10th Dec, for 92815 by 20th Dec, kindly bear with us.", "promise_to_pay", date="2026-12-10", inv=["92816", "92815"], fam=["two-dates", "ordinal-alone", "non-native-in"]),
    R("T2809", at(27, "09:50", IN), "We will pay in first week of December, most probably Thursday.", "promise_to_pay", date="2026-12-03", fam=["week-of", "non-native-in"]),
    # --- Bayou Teche crawfish (US)
    R("T2810", at(23, "08:30", US), "Y'all will have it by Friday the 4th.", "promise_to_pay", date="2026-12-04", fam=["weekday-ordinal", "regional-us"]),
    R("T2810", at(24, "16:45", US), "Paying $695 on 12/1 and the rest on 12/15.", "promise_to_pay", date="2026-12-01", amount="695.00", inv=None, human=["partial"], fam=["two-dates", "locale-numeric-monthfirst"]),
    R("T2810", at(25, "10:15", US), "Sorry, we are closed through Thanksgiving weekend. Payment goes out the Monday after.", "promise_to_pay", date="2026-11-30", fam=["holiday", "relative-to-event"]),
    R("T2810", at(26, "19:00", US), "I know I said the 27th. Bank's closed for Thanksgiving so it'll be Mon instead.", "promise_to_pay", date="2026-11-30", fam=["moved-date", "holiday", "abbrev-weekday"]),
]
