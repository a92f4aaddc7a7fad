"""field53 English replies, part four: more dated promises across the English-speaking customers, in the voices the
reader is least likely to have met (Outlook HTML, formal AP letters, receptionists, buried answers, moved dates).

Written one by one by hand; each reply's Date is in the sender's own offset (evals/field53/kit.py).
"""

from __future__ import annotations

from evals.field.build import Reply
from evals.field53.kit import BW, BZ, FJ, GB, IE, IM, NP, OR_, PH, TT, TX, UG, at

_DISCLAIMER = """

--
Mere Tuilagi | Finance Manager | Rewa Kava Exporters Pte Ltd
Lot 14 Wainibokasi Road, Nausori, Fiji
CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not
the intended recipient please notify the sender immediately and delete it. Any unauthorised use, disclosure or copying
is prohibited. Rewa Kava Exporters accepts no liability for viruses. Please consider the environment before printing.
Bula vinaka!"""

_AP_LETTER = """Dear Sirs,

RE: YOUR LETTER OF 24 APRIL 2028 – ACCOUNT OF LONE STAR ARENA SUPPLY LLC

We acknowledge receipt of your correspondence concerning invoices 99005 and 99006. Without prejudice to the
matters raised by our arena manager in respect of the corral panels, and without admission of liability as to the
quantities invoiced, we hereby confirm that the undisputed portion, being USD 3,275.00 in respect of invoice 99006,
shall be remitted on or before the fifteenth (15th) day of May 2028.

Nothing in this letter shall constitute a waiver of any right or remedy available to Lone Star Arena Supply LLC.

Yours faithfully,

Bobbie Whitfield
Controller"""

_BURIED = """Forwarding as requested.

From: Ishbel Tait
Sent: 03 May 2028 09:14
To: Morag Sinclair
Subject: RE: RE: Northwind yarn

Morag, the committee met last night. Minutes attached. Item 4: agreed to settle Northwind in full on Thursday 11 May
from the craft-fair takings. Item 5: the kettle.

From: Morag Sinclair
Sent: 02 May 2028 16:02
To: Ishbel Tait
Subject: RE: Northwind yarn

Can you raise Northwind at committee tonight? They've written again.

From: Ishbel Tait
Sent: 28 April 2028 11:30
To: Morag Sinclair
Subject: Northwind yarn

Did we ever pay that yarn bill from March?"""

REPLIES = [
    Reply("G5301", at(26, "13:05", IM), "Hello, Ramsey Paddock Hire reception. I've taken a message for Mr Kinvig. He has asked me to let you know payment for both is arranged for Friday 5 May. Kind regards, Front desk",
          "promise_to_pay", "2028-05-05", sender=2, fam=["receptionist", "weekday-and-day"]),
    Reply("G5301", at(29, "09:20", IM), "Juan: Will do the 720 on the 2nd, then 99001 the Tuesday after next. Cheers",
          "promise_to_pay", "2028-05-02", "720.00", inv=["99001", "99002"], partial=False, sender=1, fam=["whatsapp", "two-dates", "tuesday-after-next"],
          note="first commitment 2 May (720 is the whole of 99002); the Tuesday after next from Saturday 29 April would be 9 May"),
    Reply("G5302", at(27, "14:22", IE), "<p class=\"MsoNormal\" style=\"color:#1F497D\">Hi,</p>\nThe account is to be cleared on the 5th working day of May as per our payment cycle, i.e. Monday 8th (the 1st is a bank holiday here).\nRegards\nSinéad Ryan | Office Administrator",
          "promise_to_pay", "2028-05-08", sender=2, html=True, fam=["html", "working-day-of-month"], note="the writer computes it herself"),
    Reply("G5303", at(28, "11:45", TX), _AP_LETTER,
          "promise_to_pay", "2028-05-15", "3275.00", inv=["99005", "99006"], sender=1, fam=["legalistic", "formal-ap"],
          note="a promise of the undisputed invoice; the panels are only reserved, not disputed anew"),
    Reply("G5304", at(30, "12:15", TT), "Was supposed to be the 3rd but now is the 10th, the bank putting a hold on the US dollars. Sorry boss.",
          "promise_to_pay", "2028-05-10", sender=1, fam=["moved-date", "trini"]),
    Reply("G5305", at(31, "09:40", FJ), "Dear Northwind,\n\nPlease be advised that the outstanding invoices shall be paid on 12/05/2028.\n\nKind regards" + _DISCLAIMER,
          "promise_to_pay", "2028-05-12", sender=1, fam=["disclaimer", "locale-numeric"]),
    Reply("G5306", at(29, "13:30", BW), "Payment on Monday week.",
          "promise_to_pay", "2028-05-08", sender=1, fam=["terse", "monday-week"], note="\"Monday week\" written Saturday 29 April = 8 May"),
    Reply("G5307", at(33, "12:40", GB), _BURIED,
          "promise_to_pay", "2028-05-11", quote="none", sender=1, fam=["buried-answer", "forwarded-chain"],
          note="the only commitment is in the forwarded minutes"),
    Reply("G5308", at(29, "16:00", NP), "Dear Sir, as per our board meeting to be held on 12 May we will release payment within 3 days of the board meeting.",
          "promise_to_pay", "2028-05-15", human=["conditional"], sender=2, fam=["condition-date", "formal"],
          note="a future board meeting on 12 May; +3 days = 15 May"),
    Reply("G5309", at(31, "14:50", UG), "This is Alex's colleague from the dry mill. He asked me to reply that he will pay on Thursday.",
          "promise_to_pay", "2028-05-04", sender="drymill@mtelgoncoffee.example", fam=["colleague-for-someone", "weekday"]),
    Reply("G5310", at(30, "18:20", BZ), "We will pay the May instalment on time, the 25th as always.",
          "promise_to_pay", "2028-05-25", sender=0, fam=["plan-instalment", "ordinal"]),
    Reply("G5311", at(26, "22:40", PH), "sir sorry late reply. pay namin on 5/3 po",
          "promise_to_pay", "2028-05-03", sender=2, fam=["whatsapp", "taglish", "locale-numeric-us"]),
    Reply("G5312", at(33, "08:10", OR_), "Counsel has approved payment in full. Wire will go June 1 when the spring contract payments come in.",
          "promise_to_pay", "2028-06-01", human=["conditional"], sender=1, fam=["condition-date"]),
    Reply("G5301", at(34, "08:05", IM), "Just to confirm: 99001 will be paid by the end of next week – Friday the 12th at the latest.",
          "promise_to_pay", "2028-05-12", inv=["99001"], sender=1, fam=["end-of-next-week"]),
    Reply("G5302", at(31, "10:30", IE), "Sorry, was meant to pay last Friday but forgot with the long weekend. Will do it first thing tomorrow.",
          "promise_to_pay", "2028-05-02", sender=1, fam=["tomorrow", "bank-holiday"]),
    Reply("G5303", at(34, "12:30", TX), "Heads up – our check run is every other Thursday. You missed 5/4, so next one is 5/18.",
          "promise_to_pay", "2028-05-18", sender=2, fam=["check-run", "locale-numeric-us"]),
    Reply("G5304", at(32, "11:40", TT), "We go pay in 2 weeks time boss",
          "promise_to_pay", "2028-05-16", sender=1, fam=["relative-span", "trini"]),
    Reply("G5305", at(33, "14:00", FJ), "Hi, finance is doing payments on the last Friday of the month, so 26 May.",
          "promise_to_pay", "2028-05-26", sender=2, fam=["last-friday"]),
    Reply("G5308", at(34, "13:05", NP), "We will pay after Buddha Jayanti holiday, on 11 May.",
          "promise_to_pay", "2028-05-11", sender=1, fam=["holiday-anchor"]),
    Reply("G5306", at(34, "09:10", BW), "The payment was scheduled 5 May, now it's 12 May due to bank delays.",
          "promise_to_pay", "2028-05-12", sender=1, fam=["moved-date"]),
    Reply("G5309", at(29, "15:20", UG), "Your mail to a.wanyama@mtelgoncoffee.example was not delivered: 552 5.2.2 Mailbox full.",
          "bounce", sender="postmaster@mtelgoncoffee.example", dsn=("a.wanyama@mtelgoncoffee.example", "5.2.2"), quote="none", subject="Undeliverable: Reminder", fam=["mailbox-full"]),
]
