"""English replies from Britain and Ireland (field61): a Kent hop-and-apple harvest contractor, a Galway oyster-festival
caterer (the festival is the last weekend of September) and an Edinburgh freshers'-week printer (strategic for nobody:
a plain account with a formal finance team). Back to work after the summer, harvest wages first; BST and IST are +01:00."""

from evals.field.build import Payment, Reply
from evals.field61.kit import AUTO, BST, IST_IE, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK61-012", "E6109", "2029-09-27", "3405.00", "GBP", "ORCHARD AND OAST HARVEST"),
    P("BK61-013", "E6111", "2029-10-05", "7595.00", "GBP", "QUADRANGLE PRINT BACS QP7719 QP7766"),
    P("BK61-014", "E6110", "2029-10-08", "3930.00", "EUR", "CLADDAGH BAY OYSTER CATERING"),
    P("BK61-015", None, "2029-10-12", "545.00", "GBP", "G PRYOR"),
]

REPLIES = [
    # --- Orchard & Oast Harvest Contractors (Kent)
    R("E6109", at(9, 17, "07:20", BST), "Morning, pickers get paid first, always have. You'll have yours Thursday week.", "promise_to_pay", date="2029-09-27", fam=["thursday-week", "season"]),
    R("E6109", at(9, 27, "17:30", BST), "Both paid this afternoon, £3,405 by faster payment.", "already_paid", fam=["paid-no-ref", "matched-by-amount"]),
    R("E6109", at(9, 18, "12:40", BST), "Gemma's in the hop garden all week helping with the last picking. Try again on Monday, she'll be back at her desk then. - Jack (yard)", "out_of_office", human=["absence written by a person"], sender=0, fam=["typed-absence", "season"]),
    R("E6109", at(9, 20, "09:15", BST), "Could I have a copy of 61092? We've had a new bookkeeping system in over the summer and half the August invoices went missing in the migration.", "invoice_resend", inv=inv("61092"), fam=["resend", "system-migration"]),
    R("E6109", at(10, 1, "08:05", BST), "We're a bit stretched after the season - could we do £1,000 now and the remainder spread over October and November?", "payment_plan_request", date="2029-10-01", amount="1000.00", fam=["plan", "now-and-rest"]),
    R("E6109", at(10, 3, "15:50", BST), "Invoice 61091 bills 14 days of the forklift hire, we only had it for 10 - it went back on 23 August, your driver signed for it. Please amend.", "dispute", inv=inv("61091"), fam=["hire-days", "dispute"]),
    R("E6109", at(10, 8, "10:10", BST), "Right, 545 will go on the 18th and the big one by the end of the month. Happy?", "promise_to_pay", date="2029-10-18", amount="545.00", inv=inv("61092", "61091"), partial=True, fam=["two-dates", "ordinal", "partial-amount"]),
    R("E6109", at(10, 12, "13:25", BST), "paid the 545 out of my own account by mistake, can you still apply it to 61092?", "already_paid", inv=inv("61092"), human=["no matching payment (private account)"], fam=["paid-private-account", "terse"]),
    R("E6109", at(10, 15, "09:00", BST), "Good morning, payment for 61091 will be made in our month-end run on the last working day of October.", "promise_to_pay", date="2029-10-31", inv=inv("61091"), fam=["month-end-run", "working-day"]),
    R("E6109", at(9, 24, "11:35", BST), "Gemma has left Orchard & Oast. Please send accounts correspondence to accounts@orchardoast.example or to me, Jack Pryor, jack@orchardoast.example.", "wrong_contact", sender=0, fam=["left-company", "new-contact"]),
    R("E6109", at(10, 16, "14:45", BST), "Before we pay anything else - we had a letter supposedly from you saying your bank details have changed to a Revolut account. Is that genuine?? Seems off.", "other", human=["fraud check on bank details"], fam=["fraud-check", "bank-change"]),
    # --- Claddagh Bay Oyster Catering (Galway)
    R("E6110", at(9, 17, "10:05", IST_IE), "Hi, it's festival fortnight here, so it'll be after the Oyster Festival - Friday the 5th of October, so it will.", "promise_to_pay", date="2029-10-05", fam=["season", "irish-english", "weekday-ordinal"]),
    R("E6110", at(9, 28, "08:00", IST_IE), "Thanks for your email. We're flat out at the Galway International Oyster & Seafood Festival until Sunday 30 September. Back in the office Tuesday 2 October.", "out_of_office", headers=AUTO, sender=0, subject="Out of Office: festival weekend", fam=["auto-reply", "festival", "within-14"]),
    R("E6110", at(10, 4, "16:20", IST_IE), "Ciarán here, sorry for the delay, festival takings are being counted. I'll transfer the lot Monday.", "promise_to_pay", date="2029-10-08", fam=["weekday", "irish-english"]),
    R("E6110", at(10, 8, "12:30", IST_IE), "Done - €3,930 sent this morning. No ref, it'll show as Claddagh Bay.", "already_paid", fam=["paid-no-ref", "matched-by-amount"]),
    R("E6110", at(9, 19, "21:50", IST_IE), "Lads, we never got an invoice for the marquee heaters in the first place. How can it be overdue? Send it on and I'll look at it.", "invoice_resend", fam=["never-received", "irish-english"]),
    R("E6110", at(9, 21, "13:15", IST_IE), "The invoice should be made out to Claddagh Bay Events DAC, not the catering company - the festival contract was with Events. VAT IE 3812754KH.", "po_change", fam=["legal-entity", "vat-number"]),
    R("E6110", at(9, 25, "09:40", IST_IE), "Any chance of a discount if we clear it this week? We've been customers for six years.", "other", human=["discount question"], fam=["discount"]),
    R("E6110", at(10, 11, "18:05", IST_IE), "We're paying the deposit part today (€1,500) and the rest by the end of the month, if that's alright with you.", "promise_to_pay", date="2029-10-11", amount="1500.00", fam=["partial-amount", "today"]),
    R("E6110", at(9, 26, "23:40", IST_IE), "<c.mulryan@claddaghbay.example>: host mail.claddaghbay.example[198.51.100.7] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\n\n--- Delivery report ---\nFinal-Recipient: rfc822; c.mulryan@claddaghbay.example\nAction: failed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\nWill-Retry-Until: expired", "bounce", sender="MAILER-DAEMON@claddaghbay.example", dsn=("c.mulryan@claddaghbay.example", "4.2.2"), subject="Delivery Status Notification (Failure)", fam=["dsn-postfix", "mailbox-full", "queue-expired"]),
    # --- Quadrangle Print & Freshers (Edinburgh)
    R("E6111", at(9, 17, "09:30", BST), "Dear Northwind,\n\nThank you for your statement. Both invoices are approved and scheduled for our BACS run of Friday 5 October 2029.\n\nKind regards\nFinance Team\nQuadrangle Print & Freshers Ltd\nRegistered in Scotland SC401882. This email is confidential; if you have received it in error please delete it and notify the sender. We accept no liability for viruses.", "promise_to_pay", date="2029-10-05", sender=0, fam=["formal-ap", "bacs-run", "disclaimer"]),
    R("E6111", at(9, 18, "14:10", BST), "Rory here - freshers' week chaos, we printed 40,000 wall planners in 9 days. Our system bounced 61112 back saying PO missing - could you add QP-7766 and send it again?", "po_change", inv=inv("61112"), fam=["po-missing", "season", "reissue"]),
    R("E6111", at(9, 26, "10:20", BST), "Please note that from 1 October 2029 all invoices must be sent to invoices@quadprint.example (our new AP automation). Invoices sent to individuals will not be paid.", "po_change", inv=[], sender=0, fam=["invoice-mailbox", "half-year"]),
    R("E6111", at(10, 5, "15:40", BST), "Remittance advice attached - BACS 05/10/2029.", "already_paid", ref="QP7719 QP7766", attachments=[("remittance_051029.txt", "text/plain", "REMITTANCE ADVICE\nQuadrangle Print & Freshers Ltd\nPayment date: 05/10/2029   Method: BACS\nINV-2027-61111  QP-7719  6,215.00\nINV-2027-61112  QP-7766  1,380.00\nTotal GBP 7,595.00\nReference: QP7719 QP7766")], inv=inv("61111", "61112"), sender=0, fam=["remittance-attachment", "matched"]),
    R("E6111", at(9, 20, "16:05", BST), "The unit price on 61111 is £0.31 per planner, the quote said £0.27. That's £1,600 over across the run. We'll hold the invoice pending a credit note.", "dispute", inv=inv("61111"), fam=["price-dispute", "credit-note"]),
    R("E6111", at(9, 21, "08:45", BST), "I am on annual leave from 21 September returning 15 October. Your email has not been forwarded. For urgent finance queries please contact finance@quadprint.example.", "out_of_office", headers=AUTO, subject="Annual leave: Reminder: overdue invoices – Quadrangle Print & Freshers Ltd", human=["back after more than 14 days"], fam=["auto-reply", "long-absence"]),
    R("E6111", at(10, 1, "11:55", BST), "Could you send a statement with everything open at 30 September? It's the start of our second half and I'm reconciling suppliers.", "invoice_resend", inv=[], fam=["statement", "half-year"]),
    R("E6111", at(9, 24, "09:05", BST), "Hi, following the price query, we'll pay 61112 in full on Friday the 28th and 61111 once the credit note is in.", "promise_to_pay", date="2029-09-28", amount="1380.00", inv=inv("61112", "61111"), human=["conditional"], fam=["weekday-ordinal", "condition", "partial-amount"]),
]
