"""English replies (field39): a Tarkwa mining supplier on credit hold (Ghana) and a Kandy dental laboratory (Sri Lanka)."""

from evals.field.build import Payment, Reply
from evals.field39.kit import AUTO, GH, LK, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK39-001", "E3901", "2027-01-08", "3120.00", "USD", "TARKWA RIDGE MINING GCB/TT/270108/552"),
    P("BK39-002", "E3902", "2027-01-08", "745.00", "USD", "KANDY DENTAL CERAMICS INV 93904"),
    P("BK39-003", "E3902", "2027-01-12", "2860.00", "USD", "KDC PVT LTD COM BANK TT 0112-7781"),
]

REPLIES = [
    # --- Tarkwa Ridge Mining Supplies (GH, credit hold)
    R("E3901", at(11, "09:12", GH), "Good morning.\n\nPlease we have received your reminder. Payment for 93902 will be effected on Friday by God's grace. The big invoice is still with our MD for approval.\n\nRegards\nKwabena", "promise_to_pay", date="2027-01-15", inv=["93902"], human=["undated remainder"], fam=["weekday", "ghana", "undated-remainder"]),
    R("E3901", at(11, "14:40", GH), "Dear Sir/Madam,\n\nKindly note that our first payment run for 2027 is scheduled for 22nd January. Your two invoices have been captured on it.\n\nThank you.\nAccounts Payable\nTarkwa Ridge Mining Supplies Ltd", "promise_to_pay", date="2027-01-22", fam=["payment-run", "ordinal-date"], sender=0),
    R("E3901", at(12, "08:05", GH), "We are still waiting on the mine (our client at Damang) to pay us for the December supplies. Once they settle us we shall pay you. We are not running away.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "client-pays-first"]),
    R("E3901", at(12, "11:30", GH), "Invoice 93901: you billed 120 tricone drill bits but the GRN at our Tarkwa store shows 96 received. The other 24 never arrived. Please issue a credit note for the difference before we can process.", "dispute", inv=["93901"], fam=["short-delivery", "grn"]),
    R("E3901", at(12, "15:55", GH), "Payment of USD 3,120.00 was sent on 8th January through GCB Bank, ref GCB/TT/270108/552. Please check and confirm, and kindly lift the hold on our account so the site can order again.", "already_paid", ref="GCB/TT/270108/552", inv=["93902"], fam=["paid-with-ref", "credit-hold-ask"]),
    R("E3901", at(13, "09:40", GH), "Dear Northwind,\n\nWith the cedi depreciation our dollar purchases have become very difficult. Kindly allow us to pay the 18,450 in three parts: 6,000 by end of January, 6,000 by end of February and the balance by end of March.\n\nWe count on your usual understanding.\nKwabena Asante", "payment_plan_request", date="2027-01-31", amount="6000.00", inv=["93901"], fam=["instalments", "end-of-month", "ghana"]),
    R("E3901", at(13, "12:20", GH), "We will pay USD 5,000 tomorrow as part payment, rest next month when the forex is released.", "promise_to_pay", date="2027-01-14", amount="5000.00", fam=["tomorrow", "partial-amount", "terse"]),
    R("E3901", at(13, "16:45", GH), "Payment will be made within 7 working days from today.", "promise_to_pay", date="2027-01-22", fam=["working-days"], sender=0),
    R("E3901", at(11, "10:02", GH), "Mr Asante has left the company since December. Please direct all payables matters to Mrs Abena Owusu, abena.owusu@tarkwaridge.example.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("E3901", at(11, "06:30", GH), "Thank you for your mail. I am on site at Prestea until Monday 18th January with limited access to email. For urgent matters call the office on 0312 320 000.\n\nKwabena Asante", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Tarkwa Ridge Mining Supplies Ltd", fam=["auto-reply", "back-within-14"]),
    R("E3901", at(14, "08:50", GH), "Please before we pay, confirm your bank details have not changed. We received a letter last week with a different account number (Ecobank) bearing your letterhead. We want to be sure.", "other", human=["fraud check"], fam=["bank-detail-check", "fraud"]),
    R("E3901", at(12, "13:10", GH), "Noted. Treasury will release the funds on the 20th.", "promise_to_pay", date="2027-01-20", fam=["bare-day-of-month", "terse"]),
    R("E3901", at(14, "10:15", GH), "Good news, the MD has approved both. We pay end of this month.", "promise_to_pay", date="2027-01-31", fam=["end-of-month"]),
    R("E3901", at(14, "14:05", GH), "Payment date: 26/01/2027. Both invoices.", "promise_to_pay", date="2027-01-26", fam=["numeric-day-first", "terse"], sender=0),
    R("E3901", at(11, "12:00", GH), "This is the mail system at host tarkwaridge.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<procurement@tarkwaridge.example>: host mx1.tarkwaridge.example said: 550 5.1.1 <procurement@tarkwaridge.example>: Recipient address rejected: User unknown in virtual mailbox table", "bounce", sender="MAILER-DAEMON@tarkwaridge.example", dsn=("procurement@tarkwaridge.example", "5.1.1"), quote="none", subject="Undelivered Mail Returned to Sender", fam=["dsn", "postfix"]),
    R("E3901", at(13, "10:30", GH), "Please we cannot trace invoice 93902 in our system. Kindly resend it together with the signed delivery note.", "invoice_resend", inv=["93902"], fam=["resend-with-pod", "ghana"]),
    R("E3901", at(12, "09:00", GH), "Kindly note that PO TRM/PO/2026/0417 was amended to TRM/PO/2026/0417-A in December after the price revision. Our system will reject invoice 93901 unless it carries the amended PO. Please reissue.", "po_change", inv=["93901"], fam=["amended-po", "reissue"]),
    R("E3901", at(13, "15:20", GH), "We have a meeting with Stanbic on the 19th about our overdraft facility but that does not affect you. Your payment goes out Thursday the 21st regardless.", "promise_to_pay", date="2027-01-21", fam=["meeting-distractor", "weekday-date"]),
    R("E3901", at(14, "17:40", GH), "Boss we go pay by next week latest, the accountant just resumed from leave.", "promise_to_pay", date="2027-01-22", fam=["next-week", "pidgin", "new-year-staff"]),
    R("E3901", at(11, "16:20", GH), "Happy New Year. We have paid 93902 already, what is outstanding now?", "already_paid", inv=["93902"], sec=["invoice_resend"], fam=["paid-no-ref", "statement-ask"], note="matches BK39-001 by amount, within 14 days of the reply"),
    R("E3901", at(12, "18:10", GH), "The drill bits were fine but the 18,450 includes freight of USD 1,200 that was agreed to be on your account (CIF Tarkwa). We will pay 17,250 and expect a revised invoice.", "dispute", sec=["promise_to_pay"], human=["undated"], inv=["93901"], fam=["freight-dispute", "incoterms"]),
    R("E3901", at(14, "11:45", GH), "Hello, I am the new accounts officer, I resumed on the 4th. I have your reminder. I will check the file and revert.", "other", human=["check and revert"], fam=["new-year-staff", "revert"]),
    R("E3901", at(13, "08:15", GH), "Please lift the credit hold. We will clear everything by 29th January, which is our month end close.", "promise_to_pay", date="2027-01-29", fam=["ordinal-date", "month-end-close"]),
    # --- Kandy Dental Ceramics (LK)
    R("E3902", at(11, "10:35", LK), "Dear Sir,\n\nWe paid USD 745 on 08/01/2027 for invoice 93904. Kindly check.\n\nThank you,\nNilmini", "already_paid", inv=["93904"], fam=["paid-numeric-date", "matched"], note="matches BK39-002"),
    R("E3902", at(11, "15:10", LK), "Dear Northwind team, noted with thanks. The balance 2,860 will be settled on or before 20th January 2027.", "promise_to_pay", date="2027-01-20", inv=["93903"], fam=["on-or-before", "sri-lanka"]),
    R("E3902", at(12, "09:05", LK), "Please note the TT for 2,860 USD was remitted today through Commercial Bank, reference TT 0112-7781. Bank charges are on our side.", "already_paid", ref="TT 0112-7781", inv=["93903"], fam=["paid-today", "matched"], note="matches BK39-003"),
    R("E3902", at(12, "11:25", LK), "Will pay Friday.", "promise_to_pay", date="2027-01-15", fam=["weekday", "terse"]),
    R("E3902", at(12, "16:40", LK), "Madam,\n\nThe zirconia blanks billed on 93903 were 98mm A2 but we ordered A3. Our technicians could not use 6 of them. We request a replacement or credit before payment.", "dispute", inv=["93903"], fam=["wrong-goods", "dental-lab"]),
    R("E3902", at(13, "08:45", LK), "Good morning, can you send me a statement of account as at 31st December please? Our auditors are here for the year end.", "invoice_resend", inv=[], fam=["statement", "year-end-audit"]),
    R("E3902", at(13, "13:30", LK), "We will settle both invoices within two weeks from today. Our dollar account is being topped up.", "promise_to_pay", date="2027-01-27", fam=["two-weeks"], sender=0),
    R("E3902", at(13, "17:05", LK), "Hi, I'm no longer handling supplier payments since January. My colleague Mr. Tharindu Jayasuriya (tharindu.j@kandydentalceramics.example) will attend to this.", "wrong_contact", fam=["new-year-staff", "new-contact"]),
    R("E3902", at(14, "09:20", LK), "Sorry for the delay. Payment will be done next week Tuesday.", "promise_to_pay", date="2027-01-19", fam=["next-week-weekday"]),
    R("E3902", at(14, "12:50", LK), "Can we pay the 2,860 in two parts, 1,430 on the 25th of this month and 1,430 on 25th February? Business was slow over the season.", "payment_plan_request", date="2027-01-25", amount="1430.00", inv=["93903"], fam=["two-instalments", "ordinal-date"]),
    R("E3902", at(11, "08:00", LK), "Thank you for your email. I am on annual leave and will return on 1st February 2027. Please contact accounts@kandydentalceramics.example in my absence.", "out_of_office", headers=AUTO, human=["absence beyond 14 days"], fam=["auto-reply", "long-absence"]),
    R("E3902", at(12, "14:00", LK), "Please update our company name on future invoices as Kandy Dental Ceramics (Private) Limited, and add our VAT registration no 114567890-7000. The abbreviated name is not accepted by the bank for TT.", "po_change", inv=[], fam=["company-name", "vat-number"]),
    R("E3902", at(14, "15:35", LK), "Thanks, received. Forwarded to our accountant.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("E3902", at(11, "13:15", LK), "Dear Sir,\nWe will remit the payment on 18.01.2027 (Monday).\nRgds\nNilmini Perera\nAccountant | Kandy Dental Ceramics (Pvt) Ltd\nNo. 42, Peradeniya Road, Kandy\nT: +94 81 222 3344", "promise_to_pay", date="2027-01-18", fam=["dotted-date", "signature"]),
    R("E3902", at(12, "10:10", LK), "We pay end of month, as per our usual cycle, sorry it slipped in December.", "promise_to_pay", date="2027-01-31", fam=["end-of-month"]),
    R("E3902", at(13, "10:55", LK), "Hello, I don't see invoice 93904 in our records at all. Can you resend with the PO ref? We only received 93903.", "invoice_resend", inv=["93904"], fam=["never-received"]),
    R("E3902", at(14, "07:30", LK), "Payment was scheduled for 15th but our director is travelling, so it will be on 21st (Thursday) instead.", "promise_to_pay", date="2027-01-21", fam=["moved-date", "distractor-date"]),
    R("E3902", at(12, "19:45", LK), "This is the mail delivery agent at mail.kandydentalceramics.example.\n\nDelivery to the following recipient failed permanently:\n\n     orders@kandydentalceramics.example\n\nReason: 552 5.2.2 Mailbox full - quota exceeded", "bounce", sender="postmaster@kandydentalceramics.example", dsn=("orders@kandydentalceramics.example", "5.2.2"), quote="none", subject="Delivery Status Notification (Failure)", fam=["dsn", "mailbox-full"]),
    R("E3902", at(13, "09:35", LK), "Is there any discount if we settle both invoices this week in full? Other suppliers give 2% for prompt payment.", "other", human=["discount question"], fam=["discount-question"]),
    R("E3902", at(14, "16:10", LK), "We will transfer USD 1,000 on Monday and the balance once our Colombo client pays us, inshallah early Feb.", "promise_to_pay", date="2027-01-18", amount="1000.00", human=["conditional"], fam=["partial-amount", "condition", "weekday"]),
    R("E3902", at(11, "17:50", LK), "noted. will pay by the 22nd", "promise_to_pay", date="2027-01-22", fam=["bare-day-of-month", "lowercase", "terse"]),
    R("E3902", at(13, "15:15", LK), "Hi, our new accountant started this week and is setting up the bank approvals. Payment realistically on 27/01.", "promise_to_pay", date="2027-01-27", fam=["numeric-day-first", "new-year-staff"]),
    R("E3902", at(12, "12:30", LK), "Dear Sir / Madam\n\nPlease find below the payment schedule approved by our Director:\n- INV 93904 USD 745 — 15 Jan\n- INV 93903 USD 2,860 — 29 Jan\n\nBest regards\nAccounts", "promise_to_pay", date="2027-01-15", inv=["93903", "93904"], fam=["schedule-list", "two-dates"], sender=0, partial=False),
]
