"""English promises whose date sits where a reader does not look first (field18): only in the subject line, across
midnight in the sender's zone, on a holiday, or not at all beside a date that is only context."""

from evals.field.build import Reply
from evals.field18.kit import ET, GB, IE, IN, NZ, PH, PT_US, SG, at

R = Reply

REPLIES = [
    R("U1801", at(24, "12:50", GB), "As per subject line. F", "promise_to_pay", date="2026-11-26", subject="RE: Reminder: overdue invoices – paying Thursday", fam=["subject-only-date", "terse"]),
    R("U1811", at(25, "10:25", GB), "See above, thanks.\nHugh", "promise_to_pay", date="2026-11-30", subject="Payment Monday – Ridgeway Chamber Orchestra", fam=["subject-only-date", "terse"]),
    R("U1810", at(27, "00:35", PT_US), "Can't sleep so I'm doing the books. Paying this tomorrow.", "promise_to_pay", date="2026-11-28", fam=["across-midnight", "tomorrow"], note="00:35 −08:00 on the 27th: the sender's tomorrow is the 28th"),
    R("U1808", at(26, "00:15", SG), "Sorry very late here. Will remit tomorrow.", "promise_to_pay", date="2026-11-27", fam=["across-midnight", "tomorrow"], note="the 25th in UTC, the 26th in Singapore: tomorrow is the 27th"),
    R("U1803", at(26, "14:40", IE), "January's month-end run falls on Sunday the 31st, so it'll be processed on Friday the 29th. That's the earliest we can do.", "promise_to_pay", date="2027-01-29", fam=["month-end-weekend", "payment-run", "far-date"]),
    R("U1812", at(27, "10:55", PH), "Hi po, payment within 10 working days from today.", "promise_to_pay", date="2026-12-11", fam=["working-days", "non-native-ph"]),
    R("U1801", at(27, "09:20", GB), "Payment is scheduled for 1st December – Monday is St Andrew's Day and the bank's shut.", "promise_to_pay", date="2026-12-01", fam=["holiday", "ordinal-month", "scottish"]),
    R("U1802", at(25, "13:40", ET), "I told you the 20th last time and it didn't happen, so I won't give you another date. But it's coming.", "promise_to_pay", human=["undated"], fam=["distractor-only", "moved-date"]),
    R("U1805", at(27, "16:50", NZ), "Invoice says due 5 Nov, I know. We'll pay once we've had a couple of decent weekends at the gym.", "promise_to_pay", human=["conditional"], fam=["distractor-only", "due-date-distractor", "condition"], sender=0),
    R("U1807", at(25, "13:15", IN), "Dear Sir, delivery of the last consignment happened on 18/11 only. Payment will be processed in due course.", "promise_to_pay", human=["undated"], fam=["distractor-only", "delivery-date", "non-native-in"]),
    R("U1811", at(27, "11:50", GB), "Our treasurer signs all the cheques and she's back from holiday on 7 December. We'll pay once she has.", "promise_to_pay", human=["conditional"], fam=["distractor-only", "return-date-in-promise"]),
    R("U1806", at(26, "13:20", ET), "We'll release payment once the Q4 audit sign-off is done.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
]
