"""More English commitments (field12), written on other days of the week: the same words resolve differently."""

from evals.field.build import Reply
from evals.field12.kit import AU, GB, IE, IN, NZ, US, USW, ZA, at

R = Reply
REPLIES = [
    # written Tuesday 24 November
    R("S1201", at(24, "10:00", GB), "Hi, we'll pay on Friday.", "promise_to_pay", date="2026-11-27", fam=["bare-weekday"]),
    R("S1202", at(24, "11:20", GB), "We'll pay next Tuesday.", "promise_to_pay", date="2026-12-01", sender=1, fam=["next-weekday", "same-weekday"]),
    R("S1204", at(24, "14:30", GB), "Should be paid next week some time.", "promise_to_pay", date="2026-12-04", fam=["next-week"]),
    R("S1206", at(24, "09:15", IE), "You'll have it the week after next.", "promise_to_pay", date="2026-12-11", fam=["week-after-next"]),
    R("S1208", at(24, "17:45", GB), "Paying Thur 26th, promise.", "promise_to_pay", date="2026-11-26", sender=1, fam=["weekday-ordinal", "abbrev-weekday"]),
    R("S1210", at(24, "08:50", US), "I'll send payment on 11/30.", "promise_to_pay", date="2026-11-30", sender=1, fam=["us-numeric"]),
    R("S1211", at(24, "15:10", US), "AP: scheduled 12/01.", "promise_to_pay", date="2026-12-01", fam=["us-numeric", "terse"]),
    R("S1212", at(24, "10:25", IN), "We will pay by this weekend.", "promise_to_pay", date="2026-11-28", fam=["weekend", "non-native"]),
    R("S1214", at(24, "09:30", NZ), "Pay day for suppliers is the 1st, you'll be in that.", "promise_to_pay", date="2026-12-01", fam=["ordinal-alone"]),
    R("S1216", at(24, "16:40", USW), "Will be paid within 10 days.", "promise_to_pay", date="2026-12-04", fam=["relative-span"]),
    R("S1203", at(24, "12:30", US), "We'll cut the wire on Tue 12/8.", "promise_to_pay", date="2026-12-08", sender=1, fam=["abbrev-weekday", "us-numeric"]),
    R("S1207", at(24, "12:00", AU), "Paying on 3/12 when our term fees come in.", "promise_to_pay", date="2026-12-03", fam=["au-numeric", "reason-date"]),
    R("S1209", at(24, "10:10", GB), "Anil: the 4,120 goes out in KW49 — sorry, week 49, our German parent's calendar.", "promise_to_pay", date="2026-12-04", amount="4120.00", partial=False, sender=1, fam=["calendar-week", "flagged"]),
    R("S1205", at(24, "13:40", US), "We will pay after the December 3 board meeting, on December 4.", "promise_to_pay", date="2026-12-04", sender=1, fam=["meeting-before-payment"]),
    R("S1215", at(24, "11:15", ZA), "We'll pay the 9,340 on the 30th if you lift the credit hold today.", "promise_to_pay", date="2026-11-30", amount="9340.00", partial=False, human=["conditional"], sender=1, fam=["condition-date", "flagged"]),
    # written Wednesday 25 November
    R("S1201", at(25, "10:45", GB), "Tomorrow.", "promise_to_pay", date="2026-11-26", sender=1, fam=["tomorrow", "terse"]),
    R("S1202", at(25, "13:05", GB), "It'll go on the 27th, Friday.", "promise_to_pay", date="2026-11-27", fam=["ordinal-weekday"]),
    R("S1203", at(25, "19:30", USW), "We pay at end of month, 11/30.", "promise_to_pay", date="2026-11-30", fam=["us-numeric", "month-end", "timezone"]),
    R("S1204", at(25, "16:20", GB), "Not Friday I'm afraid, more like Wednesday next week.", "promise_to_pay", date="2026-12-02", sender=1, fam=["moved-date", "next-week-weekday"]),
    R("S1206", at(25, "12:40", IE), "We'll pay on 14/12, that is our next BACS run.", "promise_to_pay", date="2026-12-14", fam=["ie-numeric"]),
    R("S1207", at(25, "19:50", AU), "Will pay first week of December.", "promise_to_pay", date="2026-12-04", sender=1, fam=["first-week"]),
    R("S1208", at(25, "11:55", GB), "Can pay the £650 for the holds on Monday; the rest once the walls are finished.", "promise_to_pay", date="2026-11-30", amount="650.00", human=["conditional"], sender=1, fam=["partial", "condition-undated"]),
    R("S1210", at(25, "07:40", US), "Sending it on the Monday after Thanksgiving.", "promise_to_pay", date="2026-11-30", sender=1, fam=["holiday-anchor"]),
    R("S1211", at(25, "12:15", US), "Sam: 12/11 at the latest.", "promise_to_pay", date="2026-12-11", sender=1, fam=["us-numeric", "at-the-latest"]),
    R("S1212", at(25, "18:00", IN), "Payment will be processed within 7 working days.", "promise_to_pay", date="2026-12-04", fam=["working-days"]),
    R("S1214", at(25, "08:15", NZ), "We'll pay at the start of next month.", "promise_to_pay", date="2026-12-01", sender=1, fam=["start-next-month"]),
    R("S1216", at(25, "13:50", USW), "It's on the list for the Friday after next.", "promise_to_pay", date="2026-12-04", fam=["week-after-next-variant"]),
    R("S1205", at(25, "10:20", US), "Could not make the 11/25 date, we'll pay 12/2 instead.", "promise_to_pay", date="2026-12-02", fam=["moved-date", "us-numeric"]),
    R("S1209", at(25, "15:35", GB), "Accounts: it will be paid on the 31st December with our year-end run.", "promise_to_pay", date="2026-12-31", fam=["ordinal-month", "over-30", "flagged"]),
    R("S1213", at(25, "11:40", AU), "Will pay Mon.", "promise_to_pay", date="2026-11-30", fam=["abbrev-weekday", "flagged"]),
    R("S1202", at(25, "09:40", GB), "We're paying the 12021 invoice in the payment run on the last working day of December.", "promise_to_pay", date="2026-12-31", inv=["12021"], fam=["month-end-run", "over-30"]),
    R("S1203", at(25, "23:40", USW), "sorry, late here. wire goes out tomorrow AM", "promise_to_pay", date="2026-11-26", sender=1, fam=["timezone", "tomorrow-late"]),
]
