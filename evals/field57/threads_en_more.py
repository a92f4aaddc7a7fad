"""More English dated replies (field57): Excel tables pasted into the mail, forwarded chains, one-word answers and plans with a first date."""

from evals.field.build import Reply
from evals.field57.kit import BST, GB, IE, IN, JP, US, at

R = Reply

REPLIES = [
    R("E5703", at(16, "12:40", IN), "Dear Sir,\n\nPlease find payment schedule as below:\n\nInvoice No.\tAmount (USD)\tPayment Date\nINV-2027-57004\t9,180.00\t24-Mar-2028\nINV-2027-57005\t1,460.00\t24-Mar-2028\n\nRegards,\nAccounts", "promise_to_pay", date="2028-03-24", fam=["excel-table", "indian-business-english", "dd-mon-yyyy"], note="two rows, each an invoice's whole balance on one day: no single stated figure, so no amount", partial=False),
    R("E5702", at(17, "10:05", JP), "Dear Sir,\n\nPayment plan is as follows.\n\nInvoice\tAmount\tDate\nINV-2027-57003\tUSD 6,420\t2028/3/29\n\nBest regards,\nAccounting Section", "promise_to_pay", date="2028-03-29", amount="6420.00", partial=False, fam=["excel-table", "japanese-business-english", "iso-slash-date"], note="the one amount is the whole balance"),
    R("E5704", at(14, "16:45", GB), "Inv\tAmt\tPay on\n57006\t1,975.00\t24/03\n57007\t420.00\t24/03\n\nJean", "promise_to_pay", date="2028-03-24", inv=["INV-2027-57006", "INV-2027-57007"], sender=1, fam=["excel-table", "numeric-day-first", "short-number"]),
    R("E5701", at(20, "09:25", IE), "Tomorrow.", "promise_to_pay", date="2028-03-21", fam=["one-word", "tomorrow"]),
    R("E5708", at(16, "20:10", IE), "Friday.", "promise_to_pay", date="2028-03-17", sender=1, fam=["one-word", "weekday"]),
    R("E5704", at(24, "08:15", GB), "Thursday. No — Wednesday. Actually Thursday, the accountant's in Wednesday.", "promise_to_pay", date="2028-03-30", sender=1, fam=["self-correction-twice", "weekday"]),
    R("E5701", at(15, "14:30", IE), "See below from our bookkeeper.\n\n---------- Forwarded message ---------\nFrom: Orla Keane <orla.keane.books@gmail.example>\nDate: Wed, 15 Mar 2028 at 13:02\nSubject: Ashgrove\n\nCiarán, I'll put the Northwind payment through on the 23rd with the VAT return money.", "promise_to_pay", date="2028-03-23", sender=1, fam=["forwarded-chain", "see-below", "ordinal-alone"]),
    R("E5702", at(20, "11:30", JP), "Dear Sir,\n\nWe are sorry for late reply. As our fiscal year ends at 3/31, all unpaid will be paid at 3/30 (Thu).\n\nBest regards,\nTanaka", "promise_to_pay", date="2028-03-30", sender=1, fam=["japanese-business-english", "fiscal-year-end", "weekday-in-brackets"]),
    R("E5703", at(27, "15:00", IN), "Dear Sir,\nKindly note that payment will be released on 1st April being first day of new FY, our system is locked till then.\nRegards", "promise_to_pay", date="2028-04-01", fam=["indian-business-english", "new-budget", "ordinal-month"]),
    R("E5705", at(27, "11:10", US), "Paying 4/6, that's when the Nowruz orders invoice out. Firm date.", "promise_to_pay", date="2028-04-06", sender=1, fam=["us-month-first", "nowruz"]),
    R("E5708", at(31, "09:40", BST), "Ah go on then, we'll pay Tuesday. The baths reopen Saturday so cash is back.", "promise_to_pay", date="2028-04-04", fam=["weekday", "irish"]),
    R("E5707", at(30, "10:50", JP), "Dear Sir,\n\nAfter our year-end closing, we will remit at April 14 by FY28 budget.\n\nSato", "promise_to_pay", date="2028-04-14", sender=1, fam=["japanese-business-english", "fiscal-year-end", "date-on-good-friday"]),
    R("E5704", at(31, "12:30", BST), "Before the tax year ends — so by 5 April. It'll be the 4th really.", "promise_to_pay", date="2028-04-04", fam=["uk-tax-year", "self-correction"]),
    R("E5701", at(30, "16:20", BST), "We'll pay the lot on Holy Thursday, before we shut for Easter.", "promise_to_pay", date="2028-04-13", fam=["holy-week", "maundy-thursday"]),
    R("E5703", at(31, "10:15", IN), "Dear Sir, we request to allow us to pay in 2 equal instalments of USD 5,320/- on 10/04/2028 and 10/05/2028. Regards, Rupa", "payment_plan_request", date="2028-04-10", amount="5320.00", sender=1, fam=["plan-two", "indian-business-english", "numeric-day-first"]),
    R("E5708", at(24, "11:10", IE), "Could we pay €500 on 3 April and the rest in May?", "payment_plan_request", date="2028-04-03", amount="500.00", fam=["plan-two", "question-form"]),
    R("E5702", at(13, "09:50", JP), "Dear Sir,\n\nWe deeply apologize. We will pay on the day after tomorrow.\n\nBest regards,\nAccounting Section", "promise_to_pay", date="2028-03-15", fam=["japanese-business-english", "day-after-tomorrow"]),
    R("E5705", at(13, "22:40", US), "Wire goes out Wednesday, sorry for the wait. Nowruz prep has eaten my week.", "promise_to_pay", date="2028-03-15", fam=["weekday", "late-evening", "nowruz"]),
]
