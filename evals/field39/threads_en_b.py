"""English replies (field39): a Sylhet bakery on a payment plan (Bangladesh) and a Port Antonio marina (Jamaica)."""

from evals.field.build import Payment, Reply
from evals.field39.kit import AUTO, BD, JM, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK39-004", "E3904", "2027-01-11", "960.00", "USD", "PORT ANTONIO MARINA 93907"),
    P("BK39-005", "E3904", "2027-01-12", "4200.00", "USD", "PAMB LTD NCB REF 4471"),
    P("BK39-006", "E3903", "2027-01-10", "1200.00", "USD", "GOLDEN CRUST BAKERS PLAN INST 3"),
]

REPLIES = [
    # --- Golden Crust Bakers Sylhet (BD, payment plan)
    R("E3903", at(11, "11:20", BD), "Dear Sir,\n\nAssalamu Alaikum. We have already deposited the 3rd instalment of USD 1,200 on 10th January as per the agreed schedule. Please adjust and send updated statement.\n\nBest regards,\nRafiqul Islam Chowdhury\nDirector (Finance)", "already_paid", inv=["93905"], sec=["invoice_resend"], human=["amount differs: plan instalment below open balance"], fam=["plan-instalment", "paid-date"], note="matches BK39-006, an instalment below the open balance"),
    R("E3903", at(11, "16:05", BD), "The 4th instalment will be paid on 10th February, Insha Allah, as per plan.", "promise_to_pay", date="2027-02-10", human=["partial: plan instalment"], fam=["plan-instalment", "february-date"]),
    R("E3903", at(12, "10:40", BD), "We are extremely sorry. Due to the flour price hike after the new year our cash flow is very tight. We request you kindly to reduce the remaining instalments to USD 600 per month instead of 1,200, starting end of January.", "payment_plan_request", date="2027-01-31", amount="600.00", fam=["shrink-plan", "end-of-month"]),
    R("E3903", at(12, "13:00", BD), "Sir, kindly note I have joined as new Accounts Executive replacing Mr. Habib. Please send me the copy of invoice 93905 and the plan agreement.", "invoice_resend", inv=["93905"], fam=["new-year-staff", "resend"], sender="accounts.exec@goldencrustsylhet.example"),
    R("E3903", at(12, "17:30", BD), "Instalment will be sent on Sunday 17th Jan (our working day).", "promise_to_pay", date="2027-01-17", human=["partial: plan instalment"], fam=["sunday-working-day", "plan-instalment"]),
    R("E3903", at(13, "09:15", BD), "Dear concern,\nThe bank has not yet approved our LC margin, so the payment will go once the bank approves, hopefully within this month.", "promise_to_pay", human=["conditional"], fam=["bank-approval", "condition"]),
    R("E3903", at(13, "14:25", BD), "Please stop sending reminders, we are on a payment plan with your Ms Carla and we have paid every instalment on time. Kindly check your records before sending such letters.", "other", human=["complaint about reminder"], fam=["tone-complaint", "plan"]),
    R("E3903", at(14, "10:05", BD), "Dear Sir, we will pay USD 2,400 (two instalments together) on 20/01/2027 to catch up.", "promise_to_pay", date="2027-01-20", amount="2400.00", fam=["catch-up", "numeric-day-first"]),
    R("E3903", at(14, "15:40", BD), "I am out of station for a family function and will be back on Sunday 24 January. For urgent issues contact our accounts section.\n\nRafiq", "out_of_office", human=["typed absence"], fam=["typed-absence", "back-within-14"]),
    R("E3903", at(11, "09:00", BD), "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n  habib.rahman@goldencrustsylhet.example\n    host mail.goldencrustsylhet.example [203.0.113.45]\n    SMTP error from remote mail server after RCPT TO:<habib.rahman@goldencrustsylhet.example>:\n    550 5.1.1 No such user", "bounce", sender="Mail Delivery System <Mailer-Daemon@goldencrustsylhet.example>", dsn=("habib.rahman@goldencrustsylhet.example", "5.1.1"), quote="none", subject="Mail delivery failed: returning message to sender", fam=["dsn", "exim", "left-company"]),
    R("E3903", at(12, "08:20", BD), "Mr Habib is no longer with Golden Crust. Kindly correspond with me for all payment related matters. - Rafiqul", "wrong_contact", fam=["left-company"], sender=1),
    R("E3903", at(13, "11:50", BD), "We will pay this month instalment within 3 working days.", "promise_to_pay", date="2027-01-18", human=["partial: plan instalment"], fam=["working-days", "plan-instalment"]),
    R("E3903", at(14, "12:35", BD), "Dear Sir, the interest of 2% you have added on the statement was not in our plan agreement. We will not pay this charge. Please remove.", "dispute", fam=["late-fee", "plan"]),
    R("E3903", at(11, "13:45", BD), "Noted with thanks.", "other", fam=["no-action", "acknowledgement", "terse"], sender=0),
    R("E3903", at(12, "19:10", BD), "Sir we want to clear the full remaining balance in one go in mid-February after our Ekushey season sales. Can we skip the January instalment?", "payment_plan_request", date="2027-02-15", fam=["skip-instalment", "mid-month"]),
    R("E3903", at(13, "18:40", BD), "Payment next Sunday in sha Allah.", "promise_to_pay", date="2027-01-24", human=["partial: plan instalment"], fam=["next-weekday", "sunday-working-day", "terse"]),
    R("E3903", at(14, "08:30", BD), "Dear Sir,\n\nWe have changed our bank to Eastern Bank. Can you confirm whether you can receive from EBL directly or we must go through Standard Chartered as before?\n\nRegards", "other", human=["payment-method question"], fam=["bank-question"]),
    R("E3903", at(11, "18:25", BD), "Please be informed that the instalment of January will be remitted on 28th Jan positively.", "promise_to_pay", date="2027-01-28", human=["partial: plan instalment"], fam=["ordinal-date", "positively"]),
    R("E3903", at(12, "12:00", BD), "Dear Carla, the original bakery oven parts invoice shows 9,600 but the plan letter says 9,100 after the discount for the damaged proofing trays. Which is correct? We follow 9,100.", "dispute", fam=["amount-mismatch", "plan"]),
    R("E3903", at(13, "16:15", BD), "The amount will be sent by next week. Please do not charge any late fee.", "promise_to_pay", date="2027-01-22", human=["partial: plan instalment"], fam=["next-week"]),
    # --- Port Antonio Marina & Boatyard (JM)
    R("E3904", at(11, "08:40", JM), "Morning. Paid the 960 this morning from NCB, ref 93907. The other one coming.", "already_paid", inv=["93907"], sec=["promise_to_pay"], human=["undated"], fam=["paid-today", "matched", "undated-remainder"], note="matches BK39-004"),
    R("E3904", at(11, "13:25", JM), "Hi there, we will settle the 4,275 on Friday once the yachts from the Christmas charters pay their dockage. Delroy", "promise_to_pay", date="2027-01-15", inv=["93906"], fam=["weekday", "marina", "reason-not-condition"]),
    R("E3904", at(12, "09:30", JM), "Wire sent yesterday for the boatyard invoice, NCB ref 4471. They took their fees out so you may see a little less.", "already_paid", ref="4471", inv=["93906"], human=["amount differs: short by bank charges"], fam=["paid-yesterday", "bank-charges"], note="BK39-005 4200.00 against 4275.00"),
    R("E3904", at(12, "15:10", JM), "Yow, di antifouling paint dem sen wi was di wrong colour, wi order navy blue an get black. Mi nah pay fi dat part till unnu sort it out.", "dispute", fam=["patois", "wrong-goods"]),
    R("E3904", at(12, "17:45", JM), "Can you send me again the invoice for the December haul-out supplies? I can't find it anywhere, think it went to the old office address.", "invoice_resend", fam=["resend", "lost"]),
    R("E3904", at(13, "10:05", JM), "Payment end of the month, boss. Season is busy now, money coming in.", "promise_to_pay", date="2027-01-31", fam=["end-of-month", "caribbean"]),
    R("E3904", at(13, "14:50", JM), "Good afternoon,\n\nPlease note that from January 2027 all invoices should be addressed to our new company: Port Antonio Marine Holdings Ltd, 2 West Street, Port Antonio, Portland, TRN 000-123-456. Kindly reissue the open ones.\n\nMarcia Brown\nOffice Administrator", "po_change", fam=["new-entity", "trn", "reissue"], sender=0),
    R("E3904", at(13, "19:20", JM), "Mi a go pay it next week Wednesday when di bank open back early.", "promise_to_pay", date="2027-01-20", fam=["next-week-weekday", "patois"]),
    R("E3904", at(14, "09:15", JM), "Delroy is off island until the 8th of February. Please contact me, Marcia, at office@portantoniomarina.example.", "out_of_office", human=["typed absence", "absence beyond 14 days"], fam=["typed-absence", "long-absence"], sender=0),
    R("E3904", at(14, "11:40", JM), "Sorry for the late reply, we paid 960 on Monday and we will pay the 4,275 on 25th January.", "already_paid", inv=["93906", "93907"], sec=["promise_to_pay"], date="2027-01-25", fam=["paid-and-promise", "ordinal-date"], note="960 matches BK39-004; 4,275 promised"),
    R("E3904", at(11, "11:00", JM), "Thanks for the reminder. I've passed it to Delroy.", "other", fam=["no-action", "forwarded"], sender=0),
    R("E3904", at(12, "11:05", JM), "Hi, could we pay the 4,275 over three months? Hurricane Beryl damage to the docks still eating our cash. 1,425 each month starting Feb 1.", "payment_plan_request", date="2027-02-01", amount="1425.00", inv=["93906"], fam=["instalments", "hurricane"]),
    R("E3904", at(12, "20:30", JM), "I am not the person for this anymore, I moved to the restaurant side. Try accounts@portantoniomarina.example or Marcia in the office.", "wrong_contact", fam=["moved-role"]),
    R("E3904", at(13, "07:55", JM), "Will pay Tuesday 19th.", "promise_to_pay", date="2027-01-19", fam=["weekday-date", "terse"]),
    R("E3904", at(13, "12:15", JM), "Hi, is it possible to pay by credit card? Our USD account is low but the Visa has room. Let me know and I'll do it tomorrow.", "other", human=["payment-method question"], fam=["card-payment"]),
    R("E3904", at(14, "13:55", JM), "Delivery has failed to these recipients or groups:\n\naccounts@portantoniomarina.example\nThe recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.\n\nDiagnostic information for administrators:\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'", "bounce", sender="postmaster@portantoniomarina.example", dsn=("accounts@portantoniomarina.example", "5.2.2"), quote="none", subject="Undeliverable: Reminder: overdue invoices – Port Antonio Marina & Boatyard Ltd", fam=["dsn", "exchange", "mailbox-full"]),
    R("E3904", at(14, "16:20", JM), "We'll get the big one paid in two weeks, promise. Mi nuh like owe nobody.", "promise_to_pay", date="2027-01-28", fam=["two-weeks", "patois"]),
    R("E3904", at(11, "15:35", JM), "Hello. We shut for Christmas until the 8th and the accountant left in December, new one starts Monday. Payment will go out by the 22nd once she has access.", "promise_to_pay", date="2027-01-22", fam=["new-year-staff", "bare-day-of-month"]),
    R("E3904", at(13, "16:30", JM), "Both paid in full, check again.", "already_paid", human=["amount differs"], fam=["paid-no-ref", "terse"], note="BK39-004 covers 93907 and BK39-005 is short of 93906 by 75.00"),
    R("E3904", at(12, "06:45", JM), "Hi, thanks. The fuel dock invoice is correct but the one for 960 is for a dinghy we returned in December, the credit never came. Will pay the 4,275 on Thursday.", "dispute", sec=["promise_to_pay"], date="2027-01-14", inv=["93906", "93907"], fam=["returned-goods", "dispute-and-promise"]),
]
