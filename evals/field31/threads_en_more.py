"""field31, a last handful of English replies: conditions buried mid-sentence, quarters, a PS that moves the date."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field31.kit import AU, IE, KE, NY, TX, ZA, at

REPLIES = [
    Reply("N3101", at(8, "06:05", ZA), "Hi there, so I spoke to my husband and what we decided, because the flour supplier also wants his money and the landlord, is that you will get the full amount on the 18th provided the bank approves the new overdraft which they said they would look at this week, and if not then I'll phone you.", "promise_to_pay",
          "2026-12-18", fam=["condition", "long-sentence", "hidden-condition", "spouse"], human=["conditional"], sender=1),
    Reply("N3106", at(2, "13:40", IE), "Paying Friday.\n\nPS actually make that Monday, the lorry's in Friday and I'll be out the back all day", "promise_to_pay",
          "2026-12-07", fam=["self-correction", "bare-weekday", "postscript"], sender=1),
    Reply("N3107", at(7, "17:00", TX), "Dale here. We'll be paying at the end of Q1 once the tax refund lands. Not before, sorry.", "promise_to_pay",
          "2027-03-31", fam=["quarter", "condition", "third-party-payment"], human=["conditional"], sender=1),
    Reply("N3109", at(4, "08:15", AU), "<p>Hi,</p>\nWe'll pay on the 16th of December. Thanks for your patience, Bev", "promise_to_pay",
          "2026-12-16", fam=["html-outlook", "date-in-words"], html=True, sender=1),
    Reply("N3110", at(8, "14:20", KE), "Good afternoon, the committee approved yesterday. We are paying the 740 on Thursday and the 5,200 on the 22nd, after Jamhuri and before Christmas.", "promise_to_pay",
          "2026-12-10", amount="740.00", inv=["93115", "93114"], partial=False,
          fam=["two-dates", "holiday", "meeting-before-payment", "non-native-ke"], sender=1),
    Reply("N3112", at(3, "22:10", NY), "ok so paying $1,000 Monday, $1,000 the Monday after, and the rest ($840) on the 21st. That's the best I can do with the holiday rush", "promise_to_pay",
          "2026-12-07", amount="1000.00", fam=["partial-amount", "instalments", "three-dates", "late-evening"], sender=1),
    Reply("N3111", at(8, "11:00", ZA), "Our new financial year starts 1 March, we will pay both invoices before then, end of February at the latest.", "promise_to_pay",
          "2027-02-28", fam=["fiscal-year-distractor", "at-the-latest", "end-of-month"], sender=1),
    Reply("N3103", at(4, "07:45", KE), "Good morning. We are pleased to inform you that we shall pay 93105 today through RTGS. Kind regards", "promise_to_pay",
          "2026-12-04", inv=["93105"], fam=["today", "non-native-ke", "formal-ap"]),
]
