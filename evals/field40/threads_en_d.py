"""English replies (field40), part d: a Houston fishing company on a legal account and a Houston aviation services firm
(en-US, month-first numeric dates)."""

from evals.field.build import Payment, Reply
from evals.field40.kit import AUTO, US, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK40-010", "D4014", "2027-07-07", "1895.00", "USD", "LONE STAR AERO SERVICES LSA-55187 ACH"),
    P("BK40-011", None, "2027-07-06", "450.00", "USD", "ZELLE FROM R DELACRUZ"),
]

REPLIES = [
    # --- Bayou City Gulf Fisheries (legal)
    R("D4013", at(5, "10:30", US), "Office is closed today for the 4th (observed). Ray will look at it tomorrow.", "other", human=["no answer yet"], fam=["holiday-observed", "will-revert"], sender=0),
    R("D4013", at(6, "09:15", US), "Our attorney has advised us not to communicate about this account directly. Please direct all correspondence to Hollis & Vane PLLC, attn. M. Vane.", "other", human=["counsel"], fam=["counsel", "legal"]),
    R("D4013", at(6, "14:40", US), "Ray here. We'll wire the $8,760 on 7/15 once the shrimp boats are back in and we get paid by the processor.", "promise_to_pay", date="2027-07-15", human=["conditional"], fam=["month-first", "customer-pays-first"]),
    R("D4013", at(7, "11:05", US), "Sent $450 by Zelle yesterday as good faith. More coming.", "already_paid", human=["no matching payment"], note="BK40-011 is a Zelle of 450 with no customer: not matched", fam=["zelle", "good-faith", "unidentified-line"]),
    R("D4013", at(7, "16:20", US), "Can we do $1,500 a month starting August 1st? Season's been terrible, the Gulf closure ran through June.", "payment_plan_request", date="2027-08-01", amount="1500.00", fam=["plan-monthly", "ordinal-date", "season"]),
    R("D4013", at(8, "08:55", US), "The ice machine you sold us died after six weeks. We are not paying for junk. Talk to our lawyer.", "dispute", fam=["defective", "hostile", "counsel"]),
    R("D4013", at(8, "13:10", US), "Will pay 7/30.", "promise_to_pay", date="2027-07-30", fam=["month-first", "terse"], sender=0),
    R("D4013", at(5, "12:01", US), "Thank you for your message. Our office is closed Monday July 5 in observance of Independence Day and will reopen Tuesday July 6.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Bayou City Gulf Fisheries LLC", quote="none", gap_days=0, fam=["ooo-holiday", "holiday-observed"]),
    R("D4013", at(6, "09:02", US), "The following message to <ap@bayoucitygulf.example> was undeliverable.\nThe reason for the problem:\n5.1.0 - Unknown address error 550-'5.1.1 <ap@bayoucitygulf.example>: Recipient address rejected: User unknown in virtual mailbox table'", "bounce", sender="mailer-daemon@bayoucitygulf.example", subject="Delivery Status Notification (Failure)", dsn=("ap@bayoucitygulf.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-generic"]),
    # --- Lone Star Aero Services (Houston)
    R("D4014", at(6, "08:20", US), "Good morning,\n\nHope you had a good 4th. LSA-55102 is scheduled for our 7/16 check run. LSA-55187 was paid via ACH, should post 7/7.\n\nThanks,\nKayla Whitfield\nAP Supervisor | Lone Star Aero Services LLC\n8800 Hangar Rd, Houston, TX 77061", "already_paid", sec=["promise_to_pay"], inv=["94022", "94023"], date="2027-07-16", note="BK40-010 of 7/7 matches LSA-55187", fam=["outlook-html", "month-first", "paid-and-promise", "holiday-small-talk"], html=True),
    R("D4014", at(6, "11:45", US), "We need a W-9 equivalent for a foreign vendor — please send a completed W-8BEN-E before we can release payment on 55102.", "other", inv=[], human=["tax form"], fam=["w8ben-e", "paperwork-before-payment"], sender=0),
    R("D4014", at(6, "15:30", US), "Hi – the invoice for PO LSA-55102 bills 12 hydraulic actuators at the list price, but our blanket PO has the negotiated rate of $880/ea, not $955. Please rebill.", "dispute", inv=["94022"], fam=["price-contract", "blanket-po"]),
    R("D4014", at(7, "09:10", US), "Paid 7/7 via ACH, $1,895.00, trace 111000025559871.", "already_paid", ref="111000025559871", inv=["94023"], note="BK40-010 matches by amount and date", fam=["ach-trace", "month-first"]),
    R("D4014", at(7, "13:25", US), "Please update our remit-to records: AP now sits in our Fort Worth office. Invoices to payables@lonestaraero.example only, subject line must contain the PO #.", "po_change", fam=["billing-mailbox", "po-in-subject"]),
    R("D4014", at(7, "17:05", US), "LSA-55102 will go out net 30 from the corrected invoice. If you get it to me this week, that's around 8/6.", "dispute", sec=["promise_to_pay"], inv=["94022"], date="2027-08-06", human=["conditional"], note="around 8/6 depends on the corrected invoice arriving this week", fam=["net-terms", "month-first", "conditional"]),
    R("D4014", at(8, "10:00", US), "Kayla is out until 7/19. For anything urgent contact payables@lonestaraero.example.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Lone Star Aero Services LLC", quote="none", gap_days=0, fam=["ooo-short", "month-first"]),
    R("D4014", at(8, "12:40", US), "We're cutting a check for 55102 on Monday the 12th. Overnighting it FedEx.", "promise_to_pay", inv=["94022"], date="2027-07-12", fam=["check", "weekday-date"]),
    R("D4014", at(8, "14:15", US), "I'm in AR, not AP – forwarding to the right team. Please update your contact to payables@.", "wrong_contact", sender="ar@lonestaraero.example", fam=["not-my-job", "unknown-sender"]),
    R("D4014", at(5, "09:05", US), "Delivery to the following recipient failed permanently:\n\n     k.whitfield@lonestaraero.example\n\nTechnical details of permanent failure:\nThe recipient server did not accept our requests to connect.\n[lonestaraero.example. 421 4.4.0 connection timed out]", "bounce", sender="mailer-daemon@googlemail.example", subject="Delivery Status Notification (Failure)", dsn=("k.whitfield@lonestaraero.example", "4.4.0"), quote="none", gap_days=0, fam=["dsn-gmail", "timeout"]),
]
