"""English replies that commit to paying: dated, partial, conditional, moved, in several locales and timezones."""

from evals.field.build import Reply

R = Reply
P = "promise_to_pay"

_TALLMAST_SIG = """
Tallmast Scaffolding Hire Ltd | Purchase Ledger
Unit 4, Riverside Works, Gateshead NE8 2BH | Registered in England No. 04418832

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in
error please notify the sender immediately and delete it from your system. Tallmast Scaffolding Hire Ltd accepts no
liability for any loss or damage caused by software viruses. Please note that all scaffold hire is subject to our
standard terms of hire (CASC/TG20 compliant). Think before you print.
"""

REPLIES = [
    R("N801", "2026-11-23T08:14:00+00:00", "Ravi here from the lab. Both of those go out on Thurs with our weekly run. Sorry, new practice software went in and everything slipped.\n\nRavi", P, date="2026-11-26", sender=1, fam=["abbrev-weekday", "mobile"]),
    R("N802", "2026-11-24T11:02:00+00:00", "Dear Sir/Madam,\n\nInvoice INV-2026-08021 has been approved and is scheduled for our BACS run on Friday the 4th of December.\n\nRegards" + _TALLMAST_SIG, P, date="2026-12-04", inv=["08021"], fam=["weekday-ordinal", "formal-ap", "disclaimer"]),
    R("N803", "2026-11-18T16:40:00-05:00", "Hi,\nBoth invoices are set up to go by ACH on 12/4.\nMegan", P, date="2026-12-04", sender=1, fam=["us-numeric"]),
    R("N804", "2026-11-19T21:55:00-08:00", "will pay tmrw sorry been on tour", P, date="2026-11-20", sender=1, fam=["timezone", "terse", "mobile"]),
    R("N805", "2026-11-24T07:30:00+13:00", "Kia ora,\n\nWe'll pay the 2,780 on Monday - that's when the season deposits clear into our account.\n\nNgā mihi\nKiri", P, date="2026-11-30", amount="2780.00", partial=False, sender=1, fam=["timezone", "reason-date"]),
    R("N806", "2026-11-20T15:12:00+00:00", "Dear Sirs,\n\nI keep the books for my husband and son here at Hollins & Crane. I will be sending both of these on the 1st when I next go through the accounts.\n\nYours faithfully\nMargaret Hollins (Mrs)", P, date="2026-12-01", sender=2, fam=["ordinal-alone", "family-bookkeeper"]),
    R("N807", "2026-11-25T10:20:00+00:00", "Hi there,\n\n08071 is on the list for our month-end payment run, which goes on the last working day of the month.\n\nBest,\nCiara", P, date="2026-11-30", inv=["08071"], sender=1, fam=["month-end-run"]),
    R("N808", "2026-11-24T21:40:00+00:00", "Evening - apologies, I'm the club treasurer and only get to the bank on Saturdays. I'll transfer the £420 this Sat.\n\nAlan Pike\nHon. Treasurer, Kingside Chess Club", P, date="2026-11-28", amount="420.00", partial=False, sender=1, fam=["abbrev-weekday", "volunteer"]),
    R("N810", "2026-11-23T12:10:00+05:30", "Dear Sir,\n\nWith reference to your mail, kindly note that our Director has approved both the invoices and the funds shall be released on 03/12/2026.\n\nThanks & Regards\nPriya Nair\nAccounts Officer", P, date="2026-12-03", sender=1, fam=["numeric-dayfirst", "non-native"]),
    R("N813", "2026-11-25T14:05:00+11:00", "G'day, 08131 goes out the week after next - the Friday, I'd say. Cheers, Grace", P, date="2026-12-11", inv=["08131"], sender=1, fam=["week-after-next", "timezone"]),
    R("N814", "2026-11-23T09:30:00+00:00", "Owen here. Paying both Friday week.", P, date="2026-12-04", sender=1, fam=["friday-week", "terse"]),
    R("N815", "2026-11-26T08:45:00+02:00", "Good day\n\nThe amount will be paid on or before 30/11.\n\nKind regards\nJohan", P, date="2026-11-30", sender=1, fam=["numeric-dayfirst"]),
    R("N816", "2026-11-17T10:00:00-06:00", "Hi there,\n\nThe invoice is approved and will be paid by EOW.\n\nThanks,\nDiane", P, date="2026-11-20", sender=1, fam=["eow"]),
    R("N817", "2026-11-23T09:15:00+08:00", "Hi,\n\nNoted with thanks. We will arrange the payment by calendar week 49.\n\nRegards,\nWei Lim", P, date="2026-12-04", sender=1, fam=["calendar-week"]),
    R("N819", "2026-11-19T14:00:00+01:00", "Good afternoon Sir,\n\nI am pleased to inform you that the payment will be effected latest by next week Wednesday by God's grace.\n\nYours faithfully,\nChinedu Okeke\nAdministrator", P, date="2026-11-25", sender=1, fam=["non-native", "next-week-weekday"]),
    R("N820", "2026-11-18T11:30:00+00:00", "Hi,\n\nFollowing our call - the 20th was the plan but our run has been moved, so both invoices will now be paid on the 27th.\n\nFiona", P, date="2026-11-27", sender=1, fam=["moved-date"]),
    R("N803", "2026-11-23T13:00:00-05:00", "Our finance committee meets December 1 and payment will be released on December 3 after sign-off.\n\nMegan O'Connor, Controller", P, date="2026-12-03", sender=1, fam=["meeting-before-payment"]),
    R("N804", "2026-11-23T13:20:00-08:00", "Hey - paying half ($1,560) Friday, rest in January when the distributor pays us for the Xmas pressings.\nJordan", P, date="2026-11-27", amount="1560.00", human=["conditional"], sender=1, fam=["partial", "conditional"]),
    R("N801", "2026-11-23T16:00:00+00:00", "If you can send us the delivery notes for the October crowns by Weds we'll pay Fri. Our dentist clients are asking for them.\nRavi", P, date="2026-11-27", human=["conditional"], sender=1, fam=["condition-date", "abbrev-weekday"]),
    R("N807", "2026-11-20T09:00:00+00:00", "Dear Northwind,\n\nPayment will be made by the end of Q4.\n\nRegards\nAccounts", P, date="2026-12-31", fam=["quarter-end"]),
    R("N802", "2026-11-26T07:20:00+00:00", "Dave says hes signed it off, accounts pay it on the 4th. Site office", P, date="2026-12-04", sender=2, fam=["ordinal-alone", "terse", "typo"]),
    R("N805", "2026-11-18T17:00:00+13:00", "Hi team, we will settle this in two weeks. Kiri", P, date="2026-12-02", sender=1, fam=["relative-span", "timezone"]),
    R("N806", "2026-11-25T11:00:00+00:00", "Dear Sir or Madam,\n\nThank you for your reminder. We shall make payment within 5 working days.\n\nYours faithfully\n\nEdward Hollins\nPartner\nHollins & Crane Funeral Directors\nEst. 1887 - A family firm serving the community for five generations\n24-hour service: 01632 960 412", P, date="2026-12-02", sender=1, html=True, fam=["working-days", "html", "formal"]),
    R("N808", "2026-11-21T10:00:00+00:00", "Sorry - I'll pay this as soon as the bank has updated our signatories. The old treasurer is still the only one on the mandate and he's moved to Spain.\nAlan", P, human=["conditional"], sender=1, fam=["conditional", "volunteer"]),
    R("N809", "2026-11-20T10:00:00-05:00", "We intend to settle the outstanding balance on December 7.\n\nSam Brooks\nOperations Manager, The Hive", P, date="2026-12-07", sender=1, fam=["flagged"]),
    R("N810", "2026-11-23T15:40:00+05:30", "Dear Team,\n\nPayment of INV-2026-08101 shall be done by 10th Dec. INV-2026-08102 is still under process at our end.\n\nRegards,\nAccounts Dept.", P, date="2026-12-10", inv=["08101", "08102"], fam=["non-native", "ordinal-month"]),
    R("N811", "2026-11-24T10:00:00-06:00", "Next installment of $1,100 goes out Dec 1 as agreed.\nTina", P, date="2026-12-01", amount="1100.00", sender=1, fam=["instalment", "flagged"]),
    R("N812", "2026-11-25T08:30:00+00:00", "We will clear it on Monday, so please lift the hold on our account. Lee", P, date="2026-11-30", sender=1, fam=["flagged"]),
    R("N813", "2026-11-19T09:00:00+11:00", "Hi,\nPayment will be made in 3 weeks.\nRegards, Payables", P, date="2026-12-10", fam=["relative-span"]),
    R("N814", "2026-11-26T17:05:00+00:00", "hi this is owen dictated from the van sorry for any typos we will pay both of them on tuesday the 1st thanks", P, date="2026-12-01", sender=1, fam=["dictated", "weekday-ordinal"]),
    R("N816", "2026-11-25T09:10:00-06:00", "Hello,\nPayment was scheduled for 11/30, but the holiday cutoff at our bank moved it to 12/2.\nAP", P, date="2026-12-02", fam=["moved-date", "us-numeric"]),
    R("N817", "2026-11-20T11:00:00+08:00", "Dear Sir/Madam,\n\nWe target to remit the payment by mid-December.\n\nBest regards\nFinance", P, date="2026-12-15", fam=["mid-month"]),
    R("N819", "2026-11-26T10:00:00+01:00", "Good morning,\nPayment will be made on the 2nd of next month.\nThank you.", P, date="2026-12-02", fam=["ordinal-month", "non-native"]),
    R("N820", "2026-11-24T14:10:00+00:00", "Good afternoon,\n\nPlease be advised that invoices 08201 and 08202 have been included in our payment proposal for value date 07.12.2026.\n\nKind regards\nAccounts Payable\nChancery Facilities Services Ltd", P, date="2026-12-07", inv=["08201", "08202"], html=True, fam=["dotted-date", "html", "formal-ap"]),
    R("N815", "2026-11-26T12:30:00+02:00", "Will pay early next week, probably Tues. Johan", P, date="2026-12-01", sender=1, fam=["hedged", "abbrev-weekday"]),
    R("N801", "2026-11-24T10:05:00+00:00", "FYI see below\n\n---------- Forwarded message ---------\nFrom: Ravi Shah <r.shah@bridgeway-dental.example>\nDate: Tue, 24 Nov 2026 at 09:40\nSubject: Northwind\nTo: accounts@bridgeway-dental.example\n\nCan you tell Northwind we're paying them Monday 30th? Both invoices. Thanks, R", P, date="2026-11-30", quote="none", fam=["forward", "weekday-ordinal"]),
    R("N803", "2026-11-19T11:00:00-05:00", "Hi, our terms are Net 60 from receipt, so 08032 will be paid on January 4th.\nAP", P, date="2027-01-04", inv=["08032"], fam=["far-date"]),
    R("N804", "2026-11-24T08:00:00-08:00", "WILL PAY BY THE END OF NEXT WEEK", P, date="2026-12-04", sender=1, fam=["caps", "next-week"]),
    R("N807", "2026-11-26T15:30:00+00:00", "Hi,\nFunds will leave our account Thursday 3 Dec and should land with you on the Friday.\nCiara", P, date="2026-12-03", sender=1, fam=["send-vs-land"]),
    R("N806", "2026-11-23T10:30:00+00:00", "Good morning,\n\nMr Hollins has asked me to let you know that you will have it before Christmas.\n\nKind regards\nMargaret", P, date="2026-12-24", sender=2, fam=["before-christmas", "family-bookkeeper"]),
    R("N810", "2026-11-24T13:00:00+05:30", "Dear Sir,\nWe will transfer USD 5,000 on 27/11 and the balance after our client releases our payment.\nRegards\nPriya", P, date="2026-11-27", amount="5000.00", human=["conditional"], sender=1, fam=["partial", "conditional", "non-native"]),
    R("N818", "2026-11-23T12:00:00+00:00", "Hi team, 08181 is in the 15th December run. Hannah", P, date="2026-12-15", inv=["08181"], sender=1, fam=["flagged"]),
    R("N802", "2026-11-19T10:30:00+00:00", "Hello,\n\nThis will be paid on our next cheque run, which is the first Tuesday of December.\n\nRegards" + _TALLMAST_SIG, P, date="2026-12-01", fam=["nth-weekday", "disclaimer"]),
    R("N805", "2026-11-23T08:00:00+13:00", "Will pay Thurs 26th. Cheers", P, date="2026-11-26", sender=1, fam=["weekday-ordinal", "terse"]),
    R("N816", "2026-11-20T14:00:00-06:00", "We will remit by wire 12/10.", P, date="2026-12-10", fam=["us-numeric", "terse"]),
    R("N819", "2026-11-20T16:30:00+01:00", "Sir, we are raising the payment now. It will be sent on Monday without fail.\nThanks", P, date="2026-11-23", fam=["non-native"]),
    R("N820", "2026-11-25T09:20:00+00:00", "> INV-2026-08201    2026-10-13    GBP 6,740.00\nPaying this one on 2 Dec.\n> INV-2026-08202    2026-11-03    GBP 1,320.00\nAnd this one the same day.\n\nFiona", P, date="2026-12-02", inv=["08201", "08202"], quote="none", sender=1, fam=["inline-quote"]),
    R("N817", "2026-11-24T10:00:00+08:00", "Hi,\nPayment will be processed within 10 days.\nThank you.\nWei", P, date="2026-12-04", sender=1, fam=["relative-span"]),
    R("N803", "2026-11-24T10:30:00-05:00", "Sorry for the delay. Our check run is every other Thursday and the next one is Dec 3, you're on it.\nAP", P, date="2026-12-03", fam=["run-schedule"]),
    R("N809", "2026-11-23T15:00:00-05:00", "Our counsel has advised that we pay $3,000 by 12/15 and the remainder in January.\nSam", P, date="2026-12-15", amount="3000.00", sender=1, fam=["partial", "flagged", "us-numeric"]),
    R("N811", "2026-11-25T16:00:00-06:00", "Tina here - sorry we missed the November installment. We'll send it Friday.", P, date="2026-11-27", sender=1, fam=["instalment", "flagged"]),
    R("N814", "2026-11-22T20:00:00+00:00", "wil pay on teusday", P, date="2026-11-24", sender=1, fam=["typo", "terse"]),
    R("N818", "2026-11-26T09:30:00+00:00", "Payment pencilled in for 4/12. H.", P, date="2026-12-04", sender=1, fam=["numeric-dayfirst", "flagged"]),
    R("N804", "2026-11-25T11:00:00-08:00", "will pay 12/1", P, date="2026-12-01", sender=1, fam=["us-numeric", "terse"]),
    R("N806", "2026-11-26T14:00:00+00:00", "Dear Sir,\n\nWe will settle both accounts once the estate we are acting for releases the funeral costs to us. I am afraid we cannot give a date.\n\nEdward Hollins", P, human=["conditional"], sender=1, fam=["conditional"]),
    R("N808", "2026-11-25T19:00:00+00:00", "will pay asap\nAlan", P, human=["undated"], sender=1, fam=["undated", "terse"]),
    R("N813", "2026-11-19T16:00:00+11:00", "Hi,\n\nAs per our terms (end of month following the month of invoice), 08131 will be paid on 31 December.\n\nRegards,\nGrace Nguyen", P, date="2026-12-31", inv=["08131"], sender=1, fam=["far-date"]),
    R("N819", "2026-11-23T12:00:00+01:00", "Good day,\nWe will pay 50% by Friday and the balance on the 10th.\nRegards", P, date="2026-11-27", human=["partial"], fam=["percent", "partial"]),
    R("N820", "2026-11-24T16:45:00+00:00", "Hi,\n\nPayment will be released the day after our board meeting on the 2nd.\n\nKind regards\nFiona Gordon", P, date="2026-12-03", sender=1, fam=["meeting-before-payment"]),
    R("N802", "2026-11-26T10:15:00+00:00", "Morning,\n\nIt was scheduled for 30/11 but the bank flagged it for a callback, so it's now going on Weds 2nd.\n\nDave", P, date="2026-12-02", sender=1, fam=["moved-date", "abbrev-weekday"]),
    R("N807", "2026-11-25T13:00:00+00:00", "It'll be paid sometime next week. C.", P, date="2026-12-04", sender=1, fam=["next-week"]),
    R("N816", "2026-11-26T09:00:00-06:00", "We'll overnight a check Monday.\nDiane", P, date="2026-11-30", sender=1, fam=["cheque"]),
    R("N803", "2026-11-24T18:20:00-05:00", "Hi its Megan dictating so excuse the punctuation we will wire the twelve thousand four hundred fifty on Wednesday the second", P, date="2026-12-02", amount="12450.00", sender=1, fam=["dictated", "weekday-ordinal", "partial"]),
    R("N817", "2026-11-25T10:00:00+08:00", "Payment will go out Tues next week. Wei", P, date="2026-12-01", sender=1, fam=["next-week-weekday", "abbrev-weekday"]),
    R("N810", "2026-11-20T11:20:00+05:30", "Dear Sir,\nWe are planning to release the payment in the 1st week of December.\nRegards", P, date="2026-12-04", fam=["first-week", "non-native"]),
    R("N805", "2026-11-23T10:00:00+13:00", "Sweet as, will pay it Thursday week.", P, date="2026-12-03", sender=1, fam=["thursday-week", "terse"]),
    R("N814", "2026-11-25T08:10:00+00:00", "We will settle by close of business Friday.\nOwen", P, date="2026-11-27", sender=1, fam=["cob"]),
    R("N801", "2026-11-26T12:00:00+00:00", "Hi, we'll pay £1,000 now and the rest in the new year, cash is tight with the practices paying late.\nRavi", P, date="2026-11-26", amount="1000.00", sender=1, fam=["partial", "today"]),
    R("N816", "2026-11-20T09:30:00-06:00", "Payment is approved and will be mailed within 3 business days.\nAccounts Payable", P, date="2026-11-25", fam=["working-days"]),
    R("N818", "2026-11-24T09:00:00+00:00", "We'll pay on Monday. (Not this Monday - the 7th.)\nHannah", P, date="2026-12-07", sender=1, fam=["clarified-date", "flagged"]),
]
