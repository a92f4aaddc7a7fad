"""field49 English replies, part d: more promises from the ferry company, the apiary, the sail loft, the bindery, the stitcher and the foundry."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field49.kit import AUTO, GB, JM, NG, PK, US, at

DISCLAIMER = ("\n\n--\nThis e-mail and any attachments are confidential and may be legally privileged. If you are not the intended "
              "recipient please notify the sender and delete it. Ardnacross Ferry Company Ltd, registered in Scotland SC418822, "
              "registered office: The Pier, Lochaline, Morvern PA80 5XT. Please consider the environment before printing.")

REPLIES = [
    Reply("H4901", at(31, "11:15", GB), "Hello,\n\nPayment for 94902 will be made on 07/09." + DISCLAIMER, "promise_to_pay",
          date="2027-09-07", inv=["94902"], fam=["promise", "numeric day-first", "long disclaimer"], sender=1),
    Reply("H4901", at(1, "08:55", GB), "Aye, we know. It'll be paid Friday. Honestly you lot are quicker with the reminders than CalMac are with the timetable.", "promise_to_pay",
          date="2027-09-03", fam=["promise", "sarcasm", "scottish", "weekday"], sender=1),
    Reply("H4901", at(2, "10:40", GB), "Good morning,\n\nWe had planned to pay on 10 September but the bank holiday messed up our transfers. It'll now be Wednesday the 15th.\n\nRegards\nMorag", "promise_to_pay",
          date="2027-09-15", fam=["promise", "moved date", "weekday ordinal"], sender=1, note="10 September was the old date"),
    Reply("H4901", at(3, "12:20", GB), "Morag Lamont | Finance Officer\nRE: 94901 - payment will be sent Monday week, once the Craignure harbour dues come in. Thanks", "promise_to_pay",
          date="2027-09-13", inv=["94901"], fam=["promise", "monday week", "html outlook"], sender=1, html=True,
          note="'Monday week' written Friday 3 September is Monday 13 September; the harbour dues explain the date"),
    Reply("H4902", at(31, "12:10", GB), "Hi. Yes sorry, paying it on the 10th when the supermarket pays us for the August honey. Gethin", "promise_to_pay",
          date="2027-09-10", fam=["promise", "ordinal day only", "terse mobile"], sender=1, note="the supermarket's pay day explains the date and is not a condition"),
    Reply("H4902", at(2, "18:30", GB), "Thanks for your patience. £1,000 tomorrow and the rest, £1,890, on the 30th.", "promise_to_pay",
          date="2027-09-03", amount="1000.00", fam=["promise", "partial", "split dates"], sender=1),
    Reply("H4902", at(3, "08:02", GB), "Will pay in a fortnight, sorry, cash flow is tight with the varroa treatment bill. G.", "promise_to_pay",
          date="2027-09-17", fam=["promise", "fortnight", "terse"], sender=1),
    Reply("H4902", at(1, "21:15", GB), "Morning - is this email genuine? We got another from northwind-supplles.example last week asking us to pay into a new account. Not paying anyone till I hear back. Gethin", "other",
          human=["fraud worry: look-alike domain"], fam=["fraud worry", "look-alike domain", "other needs person"], sender=1),
    Reply("H4903", at(31, "09:45", JM), "Morning! Payment for 94909 will reach you by the end of next week. Blessings.", "promise_to_pay",
          date="2027-09-10", inv=["94909"], fam=["promise", "end of next week", "caribbean"], sender=0),
    Reply("H4903", at(2, "11:50", JM), "Yes we will pay 94908 on the 15th of this month. The 860 one after the 15th also, by the 30th.", "promise_to_pay",
          date="2027-09-15", inv=["94908"], fam=["promise", "two invoices two dates", "ordinal month"], sender=1),
    Reply("H4903", at(3, "13:30", JM), "Paid via Western Union Business Solutions on Tuesday, will send you the confirmation number when I find it. Desmond", "already_paid",
          human=["no matching bank line"], fam=["already paid", "no reference"], sender=1, note="no bank line for a Tuesday payment of the full balance"),
    Reply("H4904", at(31, "15:10", NG), "Dear Sir,\n\nWe apologise for the delay. Management has approved payment of INV-2026-94911 and it will be effected on Thursday, 9th September 2027.\n\nKind regards,\nAccounts Unit\nAdeyemi Bookbinders & Printers Ltd", "promise_to_pay",
          date="2027-09-09", inv=["94911"], fam=["promise", "weekday ordinal", "formal AP", "nigerian"], sender=0),
    Reply("H4904", at(1, "17:00", NG), "Ok noted. Will pay tomorrow latest. Thanks", "promise_to_pay",
          date="2027-09-02", fam=["promise", "tomorrow", "terse mobile"], sender=1),
    Reply("H4904", at(2, "10:05", NG), "Good morning Sir,\n\nPlease help us. We paid part USD 2,000 on 94911 in July, I don't see it on your reminder. Kindly confirm and send updated statement.\n\nFolake", "invoice_resend",
          inv=["94911"], sec=[], human=["claims an earlier part payment"], fam=["resend", "statement", "part payment claim"], sender=1,
          note="the request is a statement; the July payment claim needs a person to look"),
    Reply("H4904", at(3, "11:25", NG), "Good day. Payment of the outstanding balance will be made in two weeks time, i.e. 17th September. Regards.", "promise_to_pay",
          date="2027-09-17", fam=["promise", "two weeks", "nigerian"], sender=1),
    Reply("H4905", at(31, "13:00", PK), "Dear Sir,\n\nPayment of 94915 will be released on 07/09 and 94914 on 21/09.\n\nRegards\nAccounts Dept", "promise_to_pay",
          date="2027-09-07", inv=["94915", "94914"], fam=["promise", "numeric day-first", "two invoices two dates"], sender=0),
    Reply("H4905", at(1, "12:20", PK), "Sir, we are paying USD 5,000 today against 94914 and balance 7,800 next month. Please adjust.", "promise_to_pay",
          date="2027-09-01", amount="5000.00", inv=["94914"], fam=["promise", "partial", "pakistani"], sender=1),
    Reply("H4905", at(2, "16:35", PK), "Dear Sir, payment will be made in first week of October after our fiscal quarter close. Regards Imran", "promise_to_pay",
          date="2027-10-01", fam=["promise", "first week of next month", "pakistani"], sender=1, note="'first week of October' is read as its start, 1 October, as 'beginning of next month'"),
    Reply("H4905", at(3, "10:30", PK), "Dear Sir, this invoice has been sent to wrong person. I am in merchandising department. Please write to accounts. Thanks, Bilal", "wrong_contact",
          fam=["wrong contact", "staff got it by mistake"], sender="bilal.merch@sialkotmatchball.example"),
    Reply("H4906", at(31, "15:25", US), "Hi - 94917 will be in the check run on 9/15. 94918 is paid, see the 8/27 ACH.", "already_paid",
          date="2027-09-15", inv=["94917", "94918"], sec=["promise_to_pay"], fam=["already paid", "promise", "month-first US", "check run"], sender=1,
          note="94918 paid by the 8/27 ACH (BK49-006, by amount); 94917 promised for 9/15"),
    Reply("H4906", at(1, "16:45", US), "We'll have this paid by EOM. Thanks for your patience with the foundry move.", "promise_to_pay",
          date="2027-09-30", fam=["promise", "EOM", "terse"], sender=1),
    Reply("H4906", at(2, "11:00", US), "Northwind team, we can pay $9,325 on 9/17 and the other half on 10/15. Let me know if that works, otherwise we pay in full 10/15. Linda", "payment_plan_request",
          date="2027-09-17", amount="9325.00", inv=["94917"], fam=["payment plan", "month-first US", "half and half"], sender=1),
    Reply("H4906", at(3, "09:55", US), "Linda is out until Tuesday, 9/7 (Labor Day). For urgent AP questions please contact ap@sawtoothbells.example.", "out_of_office",
          headers=AUTO, fam=["out of office", "auto", "labor day"], sender=1),
    Reply("H4906", at(3, "15:40", US), "Can we pay by credit card? We'd like to put the 2,940 on the company Amex for the points. Call me.", "other",
          human=["card payment question"], fam=["card payment", "other needs person"], sender=1),
    Reply("H4906", at(1, "10:15", US), "Please note our AP mailbox has moved. Effective immediately all invoices should go to invoices@sawtoothbells.example; ap@ will be shut down 9/30.", "po_change",
          fam=["po change", "new invoice mailbox", "html outlook"], sender=0, html=True),
]
