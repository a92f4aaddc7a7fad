"""field49 English replies, part g: a last round of dated commitments, relative spans and distractor dates."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field49.kit import CA, GB, JM, NG, PK, TT, US, at

REPLIES = [
    Reply("H4901", at(2, "16:40", GB), "Hi, we'll pay 94902 on the last working day of the month. Morag", "promise_to_pay",
          date="2027-09-30", inv=["94902"], fam=["promise", "last working day"], sender=1, note="30 September 2027 is a Thursday, a working day"),
    Reply("H4902", at(3, "18:15", GB), "Right, I'll pay it in three weeks when the Abergavenny Food Festival money comes in (that's the 18th-19th, so after that). Say the 24th.", "promise_to_pay",
          date="2027-09-24", fam=["promise", "festival distractor", "self-correction"], sender=1,
          note="'three weeks' is replaced by the day written, the 24th; the festival's dates are distractors"),
    Reply("H4903", at(1, "13:15", JM), "Good afternoon. We have arranged payment of 94908 for Monday 13th September, after the bank reopens from the storm closure. Kind regards, Office", "promise_to_pay",
          date="2027-09-13", inv=["94908"], fam=["promise", "weekday ordinal", "caribbean"], sender=0),
    Reply("H4904", at(31, "18:55", NG), "Sir, kindly note we will pay 94912 balance this week Friday. Thanks and God bless.", "promise_to_pay",
          date="2027-09-03", inv=["94912"], fam=["promise", "this week friday", "nigerian"], sender=0),
    Reply("H4905", at(2, "12:55", PK), "Dear Sir, the payment of 94914 is now planned for 27th September instead of 20th September as informed earlier. Sorry for the change. Imran", "promise_to_pay",
          date="2027-09-27", inv=["94914"], fam=["promise", "moved date", "ordinal month"], sender=1),
    Reply("H4906", at(1, "12:30", US), "Hi - our payment runs are every other Thursday. 94918 misses tomorrow's, so it'll go in the next one, 9/16.", "promise_to_pay",
          date="2027-09-16", inv=["94918"], fam=["promise", "payment run", "month-first US", "distractor"], sender=0),
    Reply("H4907", at(31, "15:35", US), "Walter here. I know, I know. My lawyer says I shouldn't, but I'll say it: we'll pay you the full $7,430 once the harvest is in. Late October.", "promise_to_pay",
          human=["undated", "legal account"], fam=["promise", "undated", "legal"], sender=1, note="'late October' gives no day"),
    Reply("H4908", at(1, "12:50", CA), "Hi, I'm paying the 615 today and the big one on the 20th of September, after the last whale-watching charter.", "promise_to_pay",
          date="2027-09-01", amount="615.00", partial=False, inv=None, fam=["promise", "two invoices two dates", "today"], sender=1),
    Reply("H4909", at(2, "19:10", TT), "Good night, we will send the September instalment on 17/09 and the October one on 15/10 like normal.", "promise_to_pay",
          date="2027-09-17", inv=["94925"], fam=["promise", "plan instalment", "numeric day-first"], sender=1),
    Reply("H4910", at(31, "19:00", GB), "Hello, we'll get 94928 paid on Thursday. Sorry it's late - the Orkney County Show wiped out a week. Inga", "promise_to_pay",
          date="2027-09-02", inv=["94928"], fam=["promise", "weekday"], sender=1),
    Reply("H4911", at(2, "14:40", US), "Hi, we'll mail a check for the 94931 balance the week of 9/13, probably Tuesday. Beth", "promise_to_pay",
          date="2027-09-14", inv=["94931"], fam=["promise", "week of", "probably the Tuesday", "month-first US"], sender=0),
    Reply("H4912", at(2, "11:15", NG), "Good morning Sir, 94933 balance will be paid within 3 working days. Regards, AP Unit", "promise_to_pay",
          date="2027-09-07", inv=["94933"], fam=["promise", "working days", "nigerian"], sender=0,
          note="three working days after Thursday 2 September: 3, 6, 7 September"),
    Reply("H4906", at(3, "08:30", US), "Per my voicemail, we're releasing $10,000 on 94917 on 9/10 and the remaining $8,650 on 9/24.", "promise_to_pay",
          date="2027-09-10", amount="10000.00", inv=["94917"], fam=["promise", "partial", "month-first US", "split dates"], sender=1),
    Reply("H4901", at(1, "17:35", GB), "Hello, I'm afraid we can't pay until our insurers settle the claim for the Lochaline slipway damage. They've said mid-October. We'll pay then.", "promise_to_pay",
          date="2027-10-15", human=["conditional"], fam=["promise", "conditional", "mid-month"], sender=1),
    Reply("H4904", at(3, "14:40", NG), "Dear Sir, we are requesting to pay in two instalments: USD 2,820 on 20/09 and USD 2,820 on 20/10. Please kindly approve.", "payment_plan_request",
          date="2027-09-20", amount="2820.00", inv=None, fam=["payment plan", "numeric day-first", "nigerian"], sender=1),
    Reply("H4903", at(2, "18:45", JM), "Yes man, mi a go pay the 860 tomorrow, and the big one end a di month.", "promise_to_pay",
          date="2027-09-03", amount="860.00", partial=False, fam=["promise", "patois", "two invoices two dates"], sender=0),
]
