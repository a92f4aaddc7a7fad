"""More English dated promises (field46): hospital check runs, grant drawdowns, Scottish and Irish small firms, Ghanaian and Kenyan voices."""

from evals.field.build import Reply as R
from evals.field46.kit import CA, GB, GH, IE, KE, US, VAN, at

REPLIES = [
    R("P4605", at(20, "13:50", US), "Hi, this is Derek from AP writing on behalf of Tamara. Invoice 94642 is approved; it'll be in the 1/27 check run. The 94641 one we paid already I believe?",
      "promise_to_pay", date="2027-01-27", inv=["94642", "94641"], sender="d.pryor@mercyvalleyhealth.example",
      fam=["on behalf of", "unknown sender", "hospital"], note="a colleague not in the ERP writes for Tamara"),
    R("P4606", at(27, "15:30", KE), "Good afternoon. Payment is scheduled for Wednesday next week as our board meets on Tuesday to approve all supplier payments.",
      "promise_to_pay", date="2027-02-03", fam=["kenyan english", "next week + weekday", "distractor weekday"]),
    R("P4608", at(22, "11:00", GB), "Hi, payment will be with you by the end of next week at the latest. Graeme", "promise_to_pay", date="2027-01-29",
      fam=["end of next week", "scottish"]),
    R("P4602", at(18, "16:25", IE), "We'll pay on the 28th, the day after our customers pay us, don't worry it's guaranteed", "promise_to_pay",
      date="2027-01-28", fam=["irish", "day after"], note="'guaranteed' makes the customer's payment no condition"),
    R("P4610", at(26, "12:00", VAN), "Payment of CAD 960 for 94692 will go with this Friday's EFT, 8,120 after our CNY closing on 2/19.", "promise_to_pay",
      date="2027-01-29", amount="960.00", inv=["94692", "94691"], partial=False, human=["second date for the rest"],
      fam=["chinese new year", "two dates", "month-first"]),
    R("P4611", at(21, "15:55", US), "Dr. Okonkwo signed the approval. You should see the funds by Monday the 25th.", "promise_to_pay", date="2027-01-25",
      fam=["grant account", "weekday+ordinal"]),
    R("P4603", at(19, "17:05", US), "Will be mailed out Thurs. Sorry for the delay, new bookkeeper.", "promise_to_pay", date="2027-01-21", fam=["abbreviated weekday"]),
    R("P4601", at(27, "09:05", GB), "Both invoices will be paid this Friday coming.", "promise_to_pay", date="2027-01-29", fam=["this friday coming", "scottish"], sender=0),
    R("P4607", at(18, "11:45", GH), "Good morning Sir. We will pay on or before the 25th of this month.", "promise_to_pay", date="2027-01-25",
      fam=["ghanaian english", "credit hold"]),
    R("P4604", at(26, "09:10", CA), "Good morning. Both invoices are on the Feb 4 payment proposal; Finance signs it off the day before.", "promise_to_pay",
      date="2027-02-04", fam=["university", "distractor day before"]),
    R("P4605", at(29, "10:30", US), "Hello, 94641 will be paid with the February 9 run. Thanks, AP", "promise_to_pay", date="2027-02-09", inv=["94641"], sender=0,
      fam=["hospital", "month name"]),
]
