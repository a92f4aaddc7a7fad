"""English replies (field39): a Kowloon language centre (Hong Kong, strategic) and an Inverness architecture practice (Scotland)."""

from evals.field.build import Payment, Reply
from evals.field39.kit import AUTO, HK, SC, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK39-007", "E3906", "2027-01-12", "610.00", "GBP", "MACLEOD GRANT ARCH 93911"),
    P("BK39-008", "E3906", "2027-01-14", "3940.00", "GBP", "MACLEOD GRANT ARCHITECTS MGA-BACS-0113"),
    P("BK39-009", "E3905", "2027-01-11", "2480.00", "HKD", "KBLC FPS 93909"),
]

REPLIES = [
    # --- Kowloon Bay Language Centre (HK, strategic)
    R("E3905", at(11, "10:20", HK), "Dear Sir/Madam,\n\nThanks for your email. Invoice 93909 was settled by FPS this morning. For 93908 we are waiting for the PO to be re-approved in the new budget year, will revert.\n\nBest Regards,\nWinnie Chan\nFinance & Admin Manager", "already_paid", inv=["93908", "93909"], fam=["paid-today", "fps", "budget-not-released"], note="93909 matches BK39-009; 93908 no date"),
    R("E3905", at(11, "15:45", HK), "Hi, pls note we will pay 93908 by 29/1, our month end payment run.", "promise_to_pay", date="2027-01-29", inv=["93908"], fam=["numeric-day-first", "payment-run"]),
    R("E3905", at(12, "09:30", HK), "Dear Northwind,\nThe textbooks delivered on 93908 included 40 copies of the old edition (2nd ed.) but our PO KBLC-PO-26118 stated 3rd edition. Please arrange collection and credit note. We will settle the remaining amount after receiving the CN.", "dispute", sec=["promise_to_pay"], human=["conditional"], inv=["93908"], fam=["wrong-edition", "credit-note-condition"]),
    R("E3905", at(12, "14:10", HK), "Noted, will arrange payment before CNY, i.e. on or before 5 Feb.", "promise_to_pay", date="2027-02-05", fam=["holiday-anchor", "ie-date"]),
    R("E3905", at(12, "18:35", HK), "Hi, can u send me the invoice copy again? the attachment in Dec cannot open (corrupted pdf)", "invoice_resend", fam=["corrupted-pdf", "mobile"]),
    R("E3905", at(13, "11:05", HK), "Please be informed that our school has been restructured and from 1 Jan 2027 invoices should be issued to \"Kowloon Bay Education Group Limited\" (BR No. 71234567). Kindly re-issue 93908 under the new name, otherwise our auditor cannot accept.", "po_change", inv=["93908"], fam=["new-entity", "reissue"]),
    R("E3905", at(13, "16:20", HK), "Ms Chan is on leave until 25 Jan. I am covering. We will pay next Friday.\n\nRegards,\nKelvin Ho\nAccounts Officer", "promise_to_pay", date="2027-01-22", fam=["next-weekday", "cover"], sender=0),
    R("E3905", at(14, "09:00", HK), "Thank you for your email. I am on leave from 13 Jan to 25 Jan with limited access. For urgent matters, please contact accounts@kblc.example.", "out_of_office", headers=AUTO, subject="Out of Office: Reminder: overdue invoices – Kowloon Bay Language Centre Ltd", fam=["auto-reply", "back-within-14"]),
    R("E3905", at(14, "12:45", HK), "Can we split the HKD 12,300 into 3 monthly payments? Student enrolment for the winter term was lower than expected. HKD 4,100 on 31 Jan, 28 Feb and 31 Mar.", "payment_plan_request", date="2027-01-31", amount="4100.00", inv=["93908"], fam=["instalments", "enrolment"]),
    R("E3905", at(11, "12:15", HK), "Payment done today via FPS for the $2,480 one. Thx", "already_paid", inv=["93909"], fam=["fps", "terse"], note="matches BK39-009"),
    R("E3905", at(12, "11:50", HK), "I'm afraid I don't handle supplier accounts. This email was sent to the teaching office. Please write to accounts@kblc.example instead.", "wrong_contact", fam=["wrong-department"], sender="teaching@kblc.example"),
    R("E3905", at(13, "09:10", HK), "We'll pay HKD 6,000 tmr and the rest end of the month.", "promise_to_pay", date="2027-01-14", amount="6000.00", fam=["tomorrow", "abbrev", "partial-amount"]),
    R("E3905", at(13, "13:40", HK), "Your message to procurement@kblc.example couldn't be delivered.\n\nprocurement wasn't found at kblc.example.\n\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "bounce", sender="postmaster@kblc.example", dsn=("procurement@kblc.example", "5.1.10"), quote="none", subject="Undeliverable: Reminder: overdue invoices – Kowloon Bay Language Centre Ltd", fam=["dsn", "o365"]),
    R("E3905", at(14, "15:30", HK), "Thanks for the reminder, received with thanks.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("E3905", at(11, "17:20", HK), "The budget for 2027 has not been released by our board yet (usually around 3rd week of Jan). We will pay as soon as it is released.", "promise_to_pay", human=["conditional"], fam=["budget-not-released", "undated"]),
    R("E3905", at(12, "16:00", HK), "Please note we will settle on 20 Jan (Wed).", "promise_to_pay", date="2027-01-20", fam=["date-weekday-paren"]),
    R("E3905", at(13, "19:55", HK), "Hi, just wanted to check — why is there a HK$350 delivery surcharge on 93909? It was never quoted to us.", "dispute", inv=["93909"], fam=["surcharge"]),
    R("E3905", at(14, "10:25", HK), "Please kindly advise your bank's SWIFT code and intermediary bank. Our new bank (Hang Seng) requires it for USD/HKD cross-border.", "other", human=["bank details question"], fam=["swift-question"]),
    R("E3905", at(14, "18:05", HK), "ok will pay within this week", "promise_to_pay", date="2027-01-15", fam=["this-week", "lowercase"], note="'within this week' written on Thursday: Friday 15"),
    # --- MacLeod Grant Architects (Scotland)
    R("E3906", at(11, "09:45", SC), "Morning,\n\nThe 610 went over on Friday's run, the 3,940 is in this week's. Should be with you by Thursday.\n\nCheers\nFiona", "already_paid", inv=["93910", "93911"], sec=["promise_to_pay"], date="2027-01-14", fam=["paid-and-promise", "weekday"], note="610 on Friday 8 Jan: BK39-007 on 12 Jan, within 14 days"),
    R("E3906", at(11, "14:30", SC), "Hi there, sorry, I've only just got back in after the festive break. I'll get this paid on the 20th when our partners sign off the January run.", "promise_to_pay", date="2027-01-20", fam=["after-holidays", "bare-day-of-month"]),
    R("E3906", at(12, "10:00", SC), "Both paid today by BACS, remittance to follow.", "already_paid", human=["amount differs"], fam=["paid-today", "bacs"], note="BK39-007 is 610.00 on 12 Jan; no line for 3,940 on 12 Jan"),
    R("E3906", at(12, "15:05", SC), "Hiya, can you send us a statement please? Think we've paid 93911 already but I can't see it reconciled.", "invoice_resend", inv=["93911"], fam=["statement", "scots"]),
    R("E3906", at(13, "08:55", SC), "That's the 3,940 paid the now, reference MGA-BACS-0113. Sorry for the wait.", "already_paid", ref="MGA-BACS-0113", inv=["93910"], fam=["paid-now", "scots", "matched"], note="matches BK39-008 by reference, credited a day later"),
    R("E3906", at(13, "12:20", SC), "Fiona's on holiday until the 1st of Feb. I'm just the receptionist I'm afraid, I'll leave it on her desk.", "out_of_office", human=["typed absence", "absence beyond 14 days"], fam=["typed-absence", "long-absence"], sender=0),
    R("E3906", at(13, "16:40", SC), "Could you please address future invoices to accounts@macleodgrant.example rather than to me? I'm not always in the office.", "po_change", inv=[], fam=["invoice-mailbox"]),
    R("E3906", at(14, "09:10", SC), "We'll pay a week on Monday. Partners' meeting is on Friday to approve the payment run.", "promise_to_pay", date="2027-01-25", fam=["a-week-on", "meeting-distractor"]),
    R("E3906", at(14, "13:15", SC), "Hello, the CAD licences on 93910 were billed for 12 seats but we only have 9 staff since two left in December and one retired at Hogmanay. Could you credit the 3 seats?", "dispute", inv=["93910"], fam=["seat-count", "new-year-staff"]),
    R("E3906", at(11, "11:25", SC), "Hi Northwind, we will be paying the 3,940 before Burns Night (25th) — payment date 22nd Jan.", "promise_to_pay", date="2027-01-22", inv=["93910"], fam=["holiday-distractor", "ordinal-date"]),
    R("E3906", at(12, "12:40", SC), "Fiona MacLeod has left MacLeod Grant Architects. Please contact Euan Grant (e.grant@macleodgrant.example) for all accounts enquiries.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("E3906", at(12, "17:30", SC), "Aye, will get it sorted by end of the month.", "promise_to_pay", date="2027-01-31", fam=["end-of-month", "scots"]),
    R("E3906", at(13, "10:35", SC), "Could we spread the 3,940 over February and March? We're waiting on stage payments from two clients whose projects stalled over winter.", "payment_plan_request", inv=["93910"], fam=["spread-no-amount"]),
    R("E3906", at(14, "11:50", SC), "Payment on 18/01.", "promise_to_pay", date="2027-01-18", fam=["numeric-day-first", "terse"]),
    R("E3906", at(14, "15:45", SC), "Many thanks, noted. Fiona", "other", fam=["no-action", "acknowledgement"]),
    R("E3906", at(11, "16:50", SC), "Hi, I'll pay it Thursday. Actually no, make that Friday, our bank's cut-off is 2pm and I'm in a site meeting in Aviemore all Thursday.", "promise_to_pay", date="2027-01-15", fam=["self-correction", "meeting-distractor"]),
    R("E3906", at(12, "09:20", SC), "Is the 610 the VAT-inclusive figure? Our QS says the quote was 610 net, so the invoice should be 732 with VAT and then the total would be wrong. Just want to understand before we pay.", "other", human=["question about invoice"], fam=["vat-question"]),
    R("E3906", at(13, "14:00", SC), "Delivery to the following recipient failed permanently:\n\n     euan.grant@macleodgrant.example\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain macleodgrant.example by aspmx.l.google.com.\n\nThe error that the other server returned was:\n550-5.1.1 The email account that you tried to reach does not exist.", "bounce", sender="mailer-daemon@googlemail.com", dsn=("euan.grant@macleodgrant.example", "5.1.1"), quote="none", subject="Delivery Status Notification (Failure)", fam=["dsn", "gmail"]),
    R("E3906", at(14, "17:10", SC), "Hi, we pay suppliers on the last working day of each month, so this will be Friday 29th.", "promise_to_pay", date="2027-01-29", fam=["last-working-day"]),
]
