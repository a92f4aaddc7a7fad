"""English promises (field52), second round: the oyster farm, the sugarhouse, the organ builders, the escape rooms and
the curling rink, each date written the sender's way."""

from evals.field.build import Reply
from evals.field52.kit import ET, GB, HOB, IE, MT, at

R = Reply

REPLIES = [
    # --- Derwent Estuary Oysters (Hobart)
    R("W5201", at(21, "19:30", HOB), "Will pay on 1/3, sorry for the delay, the boat's been in the slip.", "promise_to_pay", date="2028-03-01", fam=["day-first", "reason"]),
    R("W5201", at(22, "06:40", HOB), "Transfer booked for Thursday. Westpac says it'll land Friday, the 25th.", "promise_to_pay", date="2028-02-25", fam=["bank-lag", "weekday-ordinal"]),
    R("W5201", at(23, "13:15", HOB), "Hi, we'll square up both after our BAS is lodged, we're doing it this week, so first week of March latest. Let's say Friday 3rd.", "promise_to_pay", date="2028-03-03", fam=["own-accountant", "weekday-ordinal"]),
    R("W5201", at(24, "18:05", HOB), "We pay suppliers on the 15th of each month. March 15th it is.", "promise_to_pay", date="2028-03-15", fam=["supplier-day"]),
    R("W5201", at(25, "10:40", HOB), "Paying $3,000 today and the remaining $5,785 on 10/3.", "promise_to_pay", date="2028-02-25", amount="3000.00", partial=False, fam=["two-dates", "day-first"]),
    R("W5201", at(28, "07:55", HOB), "We were going to pay tomorrow but Kylie's stuck in Melbourne. Now Thursday.", "promise_to_pay", date="2028-03-02", fam=["moved-date", "weekday"]),
    R("W5201", at(29, "12:00", HOB), "Tuesday week okay? That's the 7th.", "promise_to_pay", date="2028-03-07", fam=["tuesday-week", "ordinal"]),
    # --- Green Mountain Sugarworks (Vermont, strategic)
    R("W5202", at(21, "15:10", ET), "Scheduled for 2/28. Thanks for your patience.", "promise_to_pay", date="2028-02-28", fam=["month-first"], sender=0),
    R("W5202", at(22, "09:55", ET), "We run checks every other Thursday. Next run is 3/2, so it'll be mailed then.", "promise_to_pay", date="2028-03-02", fam=["month-first", "check-run"]),
    R("W5202", at(23, "17:25", ET), "Our auditors are in March 6-8, so I'm going to get this paid before they arrive — Friday the 3rd.", "promise_to_pay", date="2028-03-03", fam=["meeting-distractor", "weekday-ordinal"]),
    R("W5202", at(24, "11:30", ET), "Net 60 per our master agreement. By our math that makes 98003 due 3/10, and we'll pay on that date.", "promise_to_pay", date="2028-03-10", inv=["98003"], fam=["terms-dispute-light", "month-first"]),
    R("W5202", at(25, "14:45", ET), "Paying the $2,745 on Monday via ACH. The big one by the end of March.", "promise_to_pay", date="2028-02-28", amount="2745.00", partial=False, fam=["two-dates", "ach"]),
    R("W5202", at(28, "10:00", ET), "It'll go out in the first week of March, I'll aim for Wednesday 3/1.", "promise_to_pay", date="2028-03-01", fam=["month-first", "aim-for"]),
    R("W5202", at(29, "16:20", ET), "Yes yes. Leap day, and here I am paying invoices instead of proposing. Wire goes out tomorrow.", "promise_to_pay", date="2028-03-01", fam=["sarcasm", "leap-day", "tomorrow"]),
    R("W5202", at(26, "09:40", ET), "Payment of INV-2026-98003 has been approved for remittance on 03/07/2028.", "promise_to_pay", date="2028-03-07", inv=["98003"], fam=["month-first", "formal"], sender=0),
    # --- Lee Valley Organ Builders (Cork)
    R("W5203", at(21, "11:50", IE), "We'll pay the lot on the 28th, when the parish pays us for the Skibbereen restoration.", "promise_to_pay", date="2028-02-28", human=["conditional"], fam=["condition", "client-pays", "ordinal"]),
    R("W5203", at(22, "10:25", IE), "Grand, will pay next Tuesday.", "promise_to_pay", date="2028-02-29", fam=["next-weekday", "leap-day"]),
    R("W5203", at(23, "14:50", IE), "I'll pay it on 6/3 — I'm at the console in Cobh until then.", "promise_to_pay", date="2028-03-06", fam=["day-first"]),
    R("W5203", at(24, "16:30", IE), "Apologies, will be paid by close of business tomorrow.", "promise_to_pay", date="2028-02-25", fam=["cob-tomorrow"]),
    R("W5203", at(25, "12:15", IE), "We'll pay within ten days of today, have to move money from the deposit account first.", "promise_to_pay", date="2028-03-06", fam=["within-n-days"]),
    R("W5203", at(29, "09:05", IE), "Paid the 5,280 last week. The 690 will be there Friday.", "already_paid", sec=["promise_to_pay"], date="2028-03-03", amount="690.00", partial=False, fam=["paid-and-promise", "weekday"]),
    R("W5203", at(26, "20:45", IE), "Meeting with the bank on 2 March about the overdraft, so payment will follow on Monday the 6th.", "promise_to_pay", date="2028-03-06", fam=["meeting-before-payment", "weekday-ordinal"]),
    # --- Leith Lockbox (credit hold)
    R("W5204", at(21, "12:05", GB), "Paying the £870 Thursday. Can you release the order for the new puzzle boxes?", "promise_to_pay", date="2028-02-24", amount="870.00", fam=["weekday", "credit-hold-plea"]),
    R("W5204", at(23, "09:30", GB), "Monday 6th March for both. That's a promise.", "promise_to_pay", date="2028-03-06", fam=["weekday-ordinal"]),
    R("W5204", at(24, "13:45", GB), "HMRC VAT bill due on the 7th so we'll pay yours on the 8th.", "promise_to_pay", date="2028-03-08", fam=["distractor-date", "ordinal"]),
    R("W5204", at(25, "17:50", GB), "Will clear it end of next week.", "promise_to_pay", date="2028-03-03", fam=["end-of-next-week"]),
    R("W5204", at(28, "15:30", GB), "We had planned to pay on the 1st, but the card takings come in on the 3rd now. So Friday 3 March.", "promise_to_pay", date="2028-03-03", fam=["moved-date", "weekday-date"]),
    R("W5204", at(29, "10:40", GB), "Half of 98007 today, £1,575, the other half on 31/3.", "promise_to_pay", date="2028-02-29", amount="1575.00", human=["partial"], fam=["two-halves", "day-first"]),
    R("W5204", at(22, "21:10", GB), "Och, sorry, clean forgot. Paying first thing tomorrow.", "promise_to_pay", date="2028-02-23", fam=["tomorrow", "scottish"]),
    # --- Bow River Curling (Calgary)
    R("W5205", at(22, "10:45", MT), "Cheque will be mailed Friday February 25.", "promise_to_pay", date="2028-02-25", fam=["weekday-date", "cheque"]),
    R("W5205", at(23, "13:30", MT), "We'll pay after the Brier qualifiers wrap up on March 5 — so the Monday after, March 6.", "promise_to_pay", date="2028-03-06", fam=["event-distractor", "month-name"]),
    R("W5205", at(24, "08:15", MT), "We'll e-transfer the 1,120 today, and the 6,475 on March 15.", "promise_to_pay", date="2028-02-24", amount="1120.00", partial=False, fam=["two-dates", "e-transfer"]),
    R("W5205", at(25, "16:10", MT), "Our treasurer signs cheques on the first Monday of the month. That's March 6.", "promise_to_pay", date="2028-03-06", fam=["first-monday", "month-name"]),
    R("W5205", at(28, "09:50", MT), "Payment going out in two weeks' time.", "promise_to_pay", date="2028-03-13", fam=["two-weeks"]),
    R("W5205", at(29, "11:20", MT), "Tomorrow, promise. Just waiting for the second signature.", "promise_to_pay", date="2028-03-01", fam=["tomorrow", "second-signature"]),
    R("W5205", at(27, "18:30", MT), "Paying 98009 once the city reimburses our ice plant grant. They said 'mid-March' but who knows.", "promise_to_pay", human=["undated", "conditional"], inv=["98009"], fam=["condition", "vague"]),
]
