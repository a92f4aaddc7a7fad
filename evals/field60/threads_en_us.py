"""English replies from the United States (field60): graduation regalia, Memorial Day flags (strategic), a Mother's Day
chocolatier on a plan and a race-month caterer on a legal account. Dates are month-first; offsets are EDT."""

from evals.field.build import Payment, Reply
from evals.field60.kit import AUTO, EDT, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK60-001", "B6001", "2029-05-02", "15015.00", "USD", "DOVECOTE ACADEMIC REGALIA ACH 0210000214471"),
    P("BK60-002", "B6002", "2029-04-30", "21660.00", "USD", "FED 20290430MMQFMP2K001234 LIBERTY BELL FLAG"),
    P("BK60-003", "B6006", "2029-05-09", "1645.00", "USD", "MAGNOLIA HILL CHOCOLATES MHC0509"),
    P("BK60-004", "B6007", "2029-05-29", "14300.00", "USD", "BRICKYARD PIT LANE BPLWIRE0529"),
]

REPLIES = [
    # --- Dovecote Academic Regalia (Columbus OH)
    R("B6001", at(4, 24, "10:14", EDT), "Karen here. Both of these are on Thursday's ACH batch.", "promise_to_pay", date="2029-04-26", fam=["weekday", "payment-run"]),
    R("B6001", at(4, 30, "16:52", EDT), "Commencement orders have us buried. 60012 gets paid 5/9; the big one needs the board sign-off on May 15 and then goes out the 18th.", "promise_to_pay", date="2029-05-09", inv=inv("60012", "60011"), fam=["us-numeric", "two-dates", "meeting-before-payment"]),
    R("B6001", at(5, 2, "09:31", EDT), "Good morning,\n\nPlease be advised that INV-2027-60011 has been approved and is scheduled for payment on 05/17/2029 in accordance with our Net 45 terms.\n\nRegards,\nAccounts Payable\nDovecote Academic Regalia Inc.\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive use of the intended recipient(s). Any review, reliance or distribution by others is strictly prohibited.", "promise_to_pay", date="2029-05-17", inv=inv("60011"), html=True, sender=0, fam=["outlook-html", "formal-ap", "us-numeric-year", "disclaimer"]),
    R("B6001", at(5, 3, "11:05", EDT), "Both paid yesterday by ACH, trace 021000021-4471.", "already_paid", ref="021000021-4471", fam=["paid-with-ref", "matched"]),
    R("B6001", at(5, 7, "14:20", EDT), "We ordered 340 doctoral tams in black. 60 of them arrived navy. 60011 stays on hold until the replacements are here. 60012 is fine and will go out Friday.", "dispute", sec=["promise_to_pay"], date="2029-05-11", inv=inv("60011", "60012"), fam=["quality-dispute", "dispute-plus-promise", "weekday"]),
    R("B6001", at(5, 9, "08:47", EDT), "Could you resend 60012 as a PDF? Our AP inbox swallowed it.", "invoice_resend", inv=inv("60012"), sender=0, fam=["resend", "terse"]),
    R("B6001", at(5, 10, "13:12", EDT), "60012 went out with no PO and our system bounces anything without one. Please reissue it with DAR-5590.", "po_change", inv=inv("60012"), fam=["po-missing", "reissue"]),
    R("B6001", at(5, 14, "07:00", EDT), "Thank you for your email. I am out of the office for commencement week and will return on Monday, May 21. For anything urgent, please contact ap@dovecote-regalia.example.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Dovecote Academic Regalia Inc", fam=["auto-reply", "return-within-14"]),
    R("B6001", at(5, 16, "18:03", EDT), "wiring fri", "promise_to_pay", date="2029-05-18", fam=["terse", "abbrev-weekday", "lowercase"]),
    R("B6001", at(5, 21, "10:40", EDT), "Our terms are Net 30 from receipt. We logged 60012 on April 20, so it came due May 20 in our system, and it is in the May 24 run.", "promise_to_pay", date="2029-05-24", inv=inv("60012"), fam=["distractor-dates", "payment-run"]),
    R("B6001", at(5, 23, "15:15", EDT), "We'll get it paid after Memorial Day — Tuesday 5/29.", "promise_to_pay", date="2029-05-29", fam=["holiday", "us-numeric", "weekday-date"]),
    R("B6001", at(5, 25, "17:40", EDT), "Sending half ($7,500) before we close for the long weekend today, the rest by June 15.", "promise_to_pay", date="2029-05-25", amount="7500.00", fam=["partial-amount", "holiday", "today"]),
    R("B6001", at(5, 29, "11:22", EDT), "Graduation season refunds (two schools cancelled in-person ceremonies) have drained us. Could we do three payments of $5,005 — June 8, July 6 and August 3?", "payment_plan_request", date="2029-06-08", amount="5005.00", fam=["plan-with-dates", "plan-amount"]),
    R("B6001", at(5, 31, "06:12", EDT), "This is the mail system at host mx1.dovecote-regalia.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<k.brandt@dovecote-regalia.example>: host mail.dovecote-regalia.example[10.4.2.9] said:\n    550 5.1.1 <k.brandt@dovecote-regalia.example>: Recipient address rejected:\n    User unknown in virtual mailbox table (in reply to RCPT TO command)", "bounce", sender="MAILER-DAEMON@mx1.dovecote-regalia.example", dsn=("k.brandt@dovecote-regalia.example", "5.1.1"), subject="Undelivered Mail Returned to Sender", fam=["dsn-postfix", "user-unknown"]),
    R("B6001", at(6, 1, "09:58", EDT), "Karen Brandt left Dovecote at the end of April. I'm covering as interim controller; please send AP correspondence to payables@dovecote-regalia.example from now on.", "wrong_contact", sender=0, fam=["left-company", "new-contact"]),
    R("B6001", at(6, 4, "12:30", EDT), "Quick one: can we pay this by card? Our new owner wants to put it on the Amex for the points. If there's a fee, tell me how much.", "other", human=["payment-method question"], fam=["card-payment", "question"]),
    # --- Liberty Bell Flag & Banner (Allentown PA, strategic)
    R("B6002", at(4, 23, "10:02", EDT), "Dan Kowalski. Memorial Day orders come first, you come right after: payment Wednesday May 30.", "promise_to_pay", date="2029-05-30", fam=["holiday", "weekday-date", "over-30-days"]),
    R("B6002", at(4, 26, "15:48", EDT), "60022 will be paid by the end of next week. 60021 is on hold: 400 of the 3x5 nylon flags have the canton sewn on the fly end. Call me before you send another reminder.", "dispute", sec=["promise_to_pay"], date="2029-05-04", inv=inv("60022", "60021"), fam=["quality-dispute", "end-of-next-week", "dispute-plus-promise"]),
    R("B6002", at(5, 1, "08:15", EDT), "Both invoices were wired 4/30. Fed reference 20290430MMQFMP2K001234.", "already_paid", ref="20290430MMQFMP2K001234", fam=["paid-with-ref", "fed-wire"]),
    R("B6002", at(5, 3, "14:05", EDT), "Hello,\n\nRemittance for PO LB-PO-7810 (INV-2027-60022) is scheduled in our 5/10 check run.\n\nAccounts Payable | Liberty Bell Flag & Banner Co\n\"Proudly made in Pennsylvania since 1952\"", "promise_to_pay", date="2029-05-10", inv=inv("60022"), html=True, sender=0, fam=["outlook-html", "check-run", "us-numeric"]),
    R("B6002", at(5, 8, "12:40", EDT), "Please stop sending reminders to me personally. I'm the CFO, not AP. Use ap@libertybellflags.example.", "wrong_contact", fam=["not-the-right-person", "annoyed"]),
    R("B6002", at(5, 11, "05:00", EDT), "I'm at the National Flag & Banner trade show through Wednesday, May 16, with limited email. Back in the office Thursday May 17.", "out_of_office", headers=AUTO, subject="Out of Office: Reminder: overdue invoices – Liberty Bell Flag & Banner Co", fam=["auto-reply", "trade-show"]),
    R("B6002", at(5, 15, "10:26", EDT), "Our billing entity has changed after the reorganization. Please reissue both invoices to Liberty Bell Flag & Banner Holdings LLC, 400 Hamilton St, Allentown, PA 18101.", "po_change", inv=inv("60021", "60022"), sender=0, fam=["legal-entity", "billing-address", "reissue"]),
    R("B6002", at(5, 18, "16:55", EDT), "Oh good, reminder number three. Yes, we know. It goes out Tuesday.", "promise_to_pay", date="2029-05-22", fam=["sarcasm", "weekday"]),
    R("B6002", at(5, 22, "09:10", EDT), "Can we handle 60021 in two halves, one in June and one in July? Flag season is front-loaded for us and cash comes in after the holiday.", "payment_plan_request", inv=inv("60021"), fam=["plan-halves", "undated-plan"]),
    R("B6002", at(5, 24, "13:35", EDT), "Treasury moved the run from Friday the 25th to Wednesday the 30th because of the holiday. You are on it.", "promise_to_pay", date="2029-05-30", fam=["moved-date", "holiday", "weekday-ordinal"]),
    R("B6002", at(6, 1, "11:11", EDT), "Please send a statement of account as of May 31; our auditors start Monday.", "invoice_resend", sender=0, fam=["statement", "audit"]),
    # --- Magnolia Hill Chocolates (Savannah GA, payment plan)
    R("B6006", at(4, 25, "19:20", EDT), "Ruby here. Plan instalment #3 ($1,645) goes Friday like always.", "promise_to_pay", date="2029-04-27", amount="1645.00", fam=["plan-instalment", "weekday"]),
    R("B6006", at(4, 30, "08:05", EDT), "Mother's Day is our Christmas. Once the 13th is behind us I can pay $8,225 in one go, let's say the 18th.", "promise_to_pay", date="2029-05-18", amount="8225.00", fam=["holiday", "ordinal-alone", "distractor-dates"]),
    R("B6006", at(5, 4, "21:47", EDT), "Would you let us stretch the plan one more month? $1,000 a month starting June 1st would be doable.", "payment_plan_request", date="2029-06-01", amount="1000.00", fam=["plan-extension", "plan-amount"]),
    R("B6006", at(5, 9, "10:30", EDT), "Sent the May instalment of $1,645 this morning, confirmation MHC0509.", "already_paid", ref="MHC0509", human=["amount differs from the open balance"], fam=["paid-with-ref", "instalment-paid"]),
    R("B6006", at(5, 14, "06:00", EDT), "We're closed Monday 14 and Tuesday 15 May to recover from Mother's Day! Back Wednesday with fresh truffles.", "out_of_office", headers=AUTO, subject="Auto-Reply", fam=["auto-reply", "shop-closed", "holiday"]),
    R("B6006", at(5, 17, "14:44", EDT), "The foil you billed was 40 micron. We ordered 25 micron, and we sent 6 rolls back on your own return label. I am not paying for those rolls.", "dispute", fam=["wrong-goods", "returned"]),
    R("B6006", at(5, 23, "11:02", EDT), "Can you send us a W-9? My new bookkeeper can't set you up as a vendor in QuickBooks without it.", "other", human=["tax form request"], sender=0, fam=["tax-form", "w9"]),
    R("B6006", at(5, 30, "15:30", EDT), "The rest of it by the end of June, promise.", "promise_to_pay", date="2029-06-30", fam=["end-of-month-named", "over-30-days"]),
    # --- Brickyard Pit Lane Catering (Speedway IN, legal)
    R("B6007", at(4, 27, "12:00", EDT), "Our attorney has your demand letter. All further communication on this account goes to Hal Pruitt at Pruitt & Lowe, hpruitt@pruittlowe.example.", "wrong_contact", fam=["legal-counsel", "new-contact"]),
    R("B6007", at(5, 2, "09:45", EDT), "Race month starts Friday. We will settle the full $14,300 on May 31, right after the 500.", "promise_to_pay", date="2029-05-31", amount="14300.00", partial=False, fam=["whole-amount", "event-date"]),
    R("B6007", at(5, 8, "17:18", EDT), "We dispute the $2,100 generator surcharge on 60071. Nobody here ever agreed to it, and it isn't in the signed quote.", "dispute", inv=inv("60071"), fam=["fee-dispute"]),
    R("B6007", at(5, 15, "10:05", EDT), "Settlement offer: $4,000 today and $3,433.33 on the 15th of each of the next three months.", "payment_plan_request", date="2029-05-15", amount="4000.00", fam=["plan-offer", "today"]),
    R("B6007", at(5, 21, "04:30", EDT), "Thanks for your message. Our team is trackside for the Indianapolis 500 and back on Tuesday, May 29.", "out_of_office", headers=AUTO, subject="Automatic reply", fam=["auto-reply", "event"]),
    R("B6007", at(5, 29, "10:50", EDT), "Wired the 14,300 this morning. Confirmation BPL-WIRE-0529.", "already_paid", ref="BPL-WIRE-0529", fam=["paid-with-ref", "matched"]),
    R("B6007", at(6, 1, "20:15", EDT), "Hi, I do Tunde's books on the side. Check for the balance was mailed Monday... sorry, I mean it will be mailed Monday, he signs it over the weekend.", "promise_to_pay", date="2029-06-04", sender="dee.ledgerwork@gmail.example", fam=["bookkeeper", "self-correction", "unknown-sender"]),
]
