"""English replies from Israeli writers (field61): a Tel Aviv threat-intelligence firm, a Haifa desalination-pump maker
(strategic) and a Jerusalem sukkah-kit maker, around Yom Kippur (Wed 19 Sep), Sukkot (24-30 Sep) and Simchat Torah
(Mon 1 Oct). Sunday is a working day; numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field61.kit import AUTO, IDT, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK61-001", "E6101", "2029-09-24", "8660.00", "USD", "KESTREL THREAT INTEL LTD 61011 61012"),
    P("BK61-002", "E6112", "2029-10-03", "4350.00", "USD", "SUKKAH WORKS JLM"),
    P("BK61-003", "E6102", "2029-10-09", "28650.00", "USD", "GALIL DESAL PUMPS GDP4500917"),
    P("BK61-004", "E6112", "2029-09-20", "950.00", "USD", "E ROSEN"),
]

REPLIES = [
    # --- Kestrel Threat Intelligence (Tel Aviv)
    R("E6101", at(9, 17, "09:12", IDT), "Hi, we are closed Wednesday for Yom Kippur, transfer will go out Thursday.\nNoa", "promise_to_pay", date="2029-09-20", fam=["holiday", "weekday"]),
    R("E6101", at(9, 17, "16:40", IDT), "Both invoices approved. Payment on Sunday 23/9 with the weekly run.", "promise_to_pay", date="2029-09-23", fam=["weekday-date", "day-first", "sunday-workday"]),
    R("E6101", at(9, 18, "11:05", IDT), "Noa is out from tomorrow until after Sukkot, back on 2 October. For urgent finance matters write to finance@kestrel-ti.example.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Kestrel Threat Intelligence Ltd", fam=["auto-reply", "holiday", "within-14"]),
    R("E6101", at(9, 24, "10:30", IDT), "Paid this morning, USD 8,660 for 61011 + 61012. Bank ref on our side 0924-KTI-17.", "already_paid", ref="0924-KTI-17", fam=["paid-with-ref", "matched-by-amount"], sender=0),
    R("E6101", at(9, 20, "08:15", IDT), "Gmar chatima tova :) back at the desk. We'll wire 61012 today and 61011 next week once the PO owner signs.", "promise_to_pay", date="2029-09-20", amount="1260.00", inv=inv("61012", "61011"), human=["conditional"], fam=["partial-amount", "condition", "holiday-greeting"]),
    R("E6101", at(9, 25, "13:20", IDT), "Regarding 61011 - the PO on it should be KTI-PO-3381-B, the amended one after we added the extra seats. Please reissue, otherwise our system rejects it.", "po_change", inv=inv("61011"), fam=["po-correction", "non-native"]),
    R("E6101", at(10, 2, "09:00", IDT), "Can you send me again 61012? I don't find it in our mailbox, maybe it went to spam before the holiday.", "invoice_resend", inv=inv("61012"), fam=["resend", "non-native"]),
    R("E6101", at(10, 4, "15:45", IDT), "Your reminder for 61011 is not correct, we got a 10% discount for the 2-year contract and the invoice shows full price. We pay 6,660 and not 7,400.", "dispute", inv=inv("61011"), fam=["price-dispute", "discount"]),
    R("E6101", at(9, 27, "12:10", IDT), "I am not in finance anymore, moved to the product team. Please contact Ortal Shani ortal.s@kestrel-ti.example.", "wrong_contact", fam=["moved-role", "new-contact"]),
    R("E6101", at(10, 7, "10:25", IDT), "We will pay end of this month, the new quarter budget opened only now.", "promise_to_pay", date="2029-10-31", fam=["end-of-month", "budget"]),
    R("E6101", at(10, 9, "17:50", IDT), "Payment is scheduled for 15.10, Monday.", "promise_to_pay", date="2029-10-15", fam=["dotted-date", "weekday-date"]),
    R("E6101", at(10, 10, "09:30", IDT), "Thanks, got the copy. All good.", "other", fam=["acknowledgement", "no-action"], inv=[]),
    R("E6101", at(9, 21, "14:00", IDT), "Hey, quick one - is the bank account in the footer new? Last year you had Deutsche Bank, now it says Commerzbank. Before we pay I want a call to confirm, our security team insists (you can imagine, we are a security company).", "other", human=["fraud check on bank details"], fam=["fraud-check", "bank-change"]),
    # --- Galil Desalination Pumps (Haifa, strategic)
    R("E6102", at(9, 18, "08:40", IDT), "Dear Sir/Madam,\n\nInvoice INV-2027-61021 has been approved for payment and will be paid on 30 September 2029 in our end-of-quarter payment run.\n\nBest regards,\nAccounts Payable\nGalil Desalination Pumps Ltd\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.", "promise_to_pay", date="2029-09-30", sender=0, html=True, fam=["formal-ap", "disclaimer", "quarter-end", "outlook-html"]),
    R("E6102", at(9, 19, "07:00", IDT), "Our offices are closed for Yom Kippur from Tuesday 18 September at 14:00 until Thursday 20 September. We will answer your e-mail when we are back.", "out_of_office", headers=AUTO, sender=0, subject="Automatic reply: Reminder: overdue invoices – Galil Desalination Pumps Ltd", fam=["auto-reply", "holiday"]),
    R("E6102", at(9, 20, "10:10", IDT), "Hi, after the holiday our CFO approves on Monday and the transfer is Tuesday.", "promise_to_pay", date="2029-09-25", fam=["meeting-before-payment", "weekday"]),
    R("E6102", at(9, 26, "16:05", IDT), "Sorry, the Tuesday did not happen - everyone took the chol hamoed days. New date: Wednesday 3 Oct, I confirm personally.", "promise_to_pay", date="2029-10-03", fam=["moved-date", "holiday", "weekday-date"]),
    R("E6102", at(10, 9, "11:30", IDT), "USD 28,650 was released today, our reference GDP4500917.", "already_paid", ref="GDP4500917", fam=["paid-with-ref", "matched"]),
    R("E6102", at(9, 24, "09:00", IDT), "Our offices are closed for the Sukkot holiday and will reopen on Tuesday, 2 October 2029. Chag sameach!", "out_of_office", headers=AUTO, sender=0, subject="Out of office - Sukkot", fam=["auto-reply", "holiday", "within-14"]),
    R("E6102", at(9, 28, "12:45", IDT), "Yossi asked me to tell you the pumps from your August delivery had 2 units with wrong flange size. Until we get the credit for those two, we pay only the rest. Please call him.", "dispute", inv=inv("61021"), fam=["goods-dispute", "relayed"], sender=0),
    R("E6102", at(10, 11, "14:15", IDT), "From 1 November all supplier invoices must be uploaded to our new portal (SAP Ariba, ANID AN01-GALIL). Invoices sent by email will not be processed.", "po_change", inv=[], sender=0, fam=["portal", "supplier-onboarding"]),
    R("E6102", at(10, 15, "08:20", IDT), "Please send a statement of account as at 30 September, the auditors ask for it for the half-year close.", "invoice_resend", inv=[], fam=["statement", "half-year"]),
    # --- Sukkah Works Jerusalem
    R("E6112", at(9, 17, "21:30", IDT), "Crazy week, 300 sukkah kits going out before Sunday. I'll pay you right after Sukkot, promise.", "promise_to_pay", human=["undated"], fam=["season", "undated", "owner-mobile"]),
    R("E6112", at(9, 20, "07:55", IDT), "paid the small one yesterday from my private account, 950", "already_paid", inv=inv("61122"), human=["no matching payment (private account, amount differs)"], fam=["paid-private-account", "short-payment", "terse"]),
    R("E6112", at(9, 23, "19:10", IDT), "Eli is in the sukkah with the family this week, he doesn't look at mails. Back after the chag. - Miri (his wife)", "out_of_office", human=["absence written by a person"], sender=0, fam=["typed-absence", "holiday"]),
    R("E6112", at(10, 3, "11:20", IDT), "4350 sent today, should arrive tomorrow.", "already_paid", inv=inv("61121"), fam=["paid-no-ref", "matched-by-amount", "terse"]),
    R("E6112", at(9, 18, "13:35", IDT), "The kits you invoiced in 61121 had 40 bamboo mats (schach) that arrived moldy. We threw them out, I have photos. I won't pay for those.", "dispute", inv=inv("61121"), fam=["goods-dispute", "season"]),
    R("E6112", at(10, 2, "10:05", IDT), "Can we do 61121 in three parts? Oct, Nov, Dec, around the 10th each. After the holidays cash is very tight, all the money went into stock.", "payment_plan_request", date="2029-10-10", fam=["plan", "three-instalments", "season"]),
    R("E6112", at(10, 8, "09:40", IDT), "ok the 1st part 1450 on Wednesday", "promise_to_pay", date="2029-10-10", amount="1450.00", inv=inv("61121"), fam=["partial-amount", "weekday", "terse"]),
    R("E6112", at(10, 14, "12:00", IDT), "Please put the invoices on our new company name, Sukkah Works Jerusalem (2029) Ltd, company no. 516022871. The old company was merged.", "po_change", fam=["legal-entity", "reissue"]),
    R("E6112", at(9, 19, "22:10", IDT), "Your message to eli.r@sukkahworks.example couldn't be delivered.\n\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain sukkahworks.example by mx1.sukkahworks.example.\n\nThe error that the other server returned was:\n550 5.1.1 <eli.r@sukkahworks.example>: Recipient address rejected: User unknown in virtual mailbox table", "bounce", lang="en", sender="mailer-daemon@googlemail.example", dsn=("eli.r@sukkahworks.example", "5.1.1"), subject="Delivery Status Notification (Failure)", fam=["dsn-gmail", "user-unknown"]),
    R("E6112", at(10, 11, "16:30", IDT), "Do you take Isracard / Visa by phone? Easier for me than a foreign transfer, the bank takes 35 USD each time.", "other", human=["card payment by phone"], fam=["card-by-phone", "bank-fees"]),
    R("E6112", at(10, 16, "08:50", IDT), "Second part of the plan - 1450 USD - goes on 11.11, as agreed with Carla.", "promise_to_pay", date="2029-11-11", amount="1450.00", inv=inv("61121"), fam=["instalment", "dotted-date"]),
]
