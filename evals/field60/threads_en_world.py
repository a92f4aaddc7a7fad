"""English replies from the rest of the world (field60): a Barossa olive press (Anzac Day, harvest), a Queenstown lift
engineer before the ski season, a Ratnagiri mango exporter (Indian business English), an Ottawa canoe livery around
Victoria Day and Karoo shearing contractors (Freedom Day, Workers' Day)."""

from evals.field.build import Payment, Reply
from evals.field60.kit import ACST, AUTO, EDT, IN, NZST, SAST, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK60-007", "B6008", "2029-04-27", "7520.00", "AUD", "BAROSSA OLIVE PRESSING 2704"),
    P("BK60-008", "B6009", "2029-05-11", "11560.00", "NZD", "REMARKABLES LIFT ENG RLE4471"),
    P("BK60-009", "B6010", "2029-05-04", "8710.00", "USD", "KONKAN ALPHONSO EXPORTS SBIN929124567812"),
    P("BK60-010", "B6011", "2029-04-30", "6000.00", "CAD", "INTERAC BYTOWN CANOE CANOE60111"),
    P("BK60-011", "B6012", "2029-05-04", "3890.00", "USD", "KAROO SHEARING KAROO 60121"),
]

REPLIES = [
    # --- Barossa Olive Pressing (South Australia, ACST, day-first)
    R("B6008", at(4, 24, "09:30", ACST), "Maria here. We're shut tomorrow for Anzac Day, I'll pay Thursday.", "promise_to_pay", date="2029-04-26", fam=["holiday", "weekday"]),
    R("B6008", at(4, 27, "16:15", ACST), "Harvest's started. We'll pay once the first oil cheques land, probably mid-May.", "promise_to_pay", date="2029-05-15", human=["conditional"], fam=["mid-month", "condition", "hedged"]),
    R("B6008", at(4, 30, "10:05", ACST), "Paid the 7,520 on Fri 27/4, EFT ref BAROSSA OLIVE 2704.", "already_paid", ref="BAROSSA OLIVE 2704", fam=["paid-with-ref", "au-numeric", "matched"]),
    R("B6008", at(5, 2, "14:40", ACST), "The malaxer gaskets on 60082 are the wrong size, they don't fit our Pieralisi. We're sending them back and won't be paying that one.", "dispute", inv=inv("60082"), fam=["wrong-goods", "returned"]),
    R("B6008", at(5, 3, "08:20", ACST), "We'll pay you within 10 days.", "promise_to_pay", date="2029-05-13", sender=0, fam=["within-days"]),
    R("B6008", at(5, 4, "11:55", ACST), "Payment 18/5.", "promise_to_pay", date="2029-05-18", fam=["au-numeric", "terse"]),
    R("B6008", at(5, 7, "13:10", ACST), "Could you send a proper tax invoice for 60081 with the GST shown? The copy we've got looks like the quote.", "invoice_resend", inv=inv("60081"), sender=0, fam=["tax-invoice-copy"]),
    R("B6008", at(5, 9, "06:00", ACST), "I'm picking in the grove until 14 May and checking email at night only. Urgent pressing bookings: call the shed.", "out_of_office", headers=AUTO, subject="Auto reply", fam=["auto-reply", "harvest"]),
    R("B6008", at(5, 11, "17:35", ACST), "Will transfer Monday arvo.", "promise_to_pay", date="2029-05-14", fam=["weekday", "aussie-slang"]),
    R("B6008", at(5, 15, "12:25", ACST), "The season's running late. Could we pay $2,500 a fortnight starting 1 June?", "payment_plan_request", date="2029-06-01", amount="2500.00", fam=["plan-fortnightly", "plan-amount"]),
    R("B6008", at(5, 17, "09:05", ACST), "Paying the 1,180 today and the rest in a fortnight.", "promise_to_pay", date="2029-05-17", amount="1180.00", fam=["partial-amount", "today", "fortnight"]),
    R("B6008", at(5, 21, "15:50", ACST), "We've restructured. Please bill Barossa Olive Holdings Pty Ltd, ABN 51 824 753 556, from now on and reissue the open ones.", "po_change", sender=0, fam=["legal-entity", "reissue"]),
    R("B6008", at(5, 23, "10:30", ACST), "Maria started maternity leave this week. Please deal with Nick from now on: n.pappas@barossaolive.example.", "wrong_contact", sender=0, fam=["parental-leave", "new-contact"]),
    R("B6008", at(5, 25, "16:45", ACST), "End of next week mate.", "promise_to_pay", date="2029-06-01", fam=["end-of-next-week", "terse"]),
    R("B6008", at(5, 28, "11:15", ACST), "Before we pay: we got an email saying your BSB and account number changed. Can someone ring me to confirm? It smells like a scam to me.", "other", human=["bank-detail fraud check"], fam=["fraud-check", "bank-details"]),
    R("B6008", at(5, 30, "09:40", ACST), "We pay suppliers on the 7th of each month, so 7 June.", "promise_to_pay", date="2029-06-07", fam=["payment-run", "day-month"]),
    R("B6008", at(6, 1, "02:14", ACST), "Hi. This is the qmail-send program at mail.barossaolive.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<m.pappas@barossaolive.example>:\nThis account has been disabled (#5.2.1)", "bounce", sender="MAILER-DAEMON@mail.barossaolive.example", dsn=("m.pappas@barossaolive.example", "5.2.1"), subject="failure notice", fam=["dsn-qmail", "account-disabled"]),
    R("B6008", at(6, 4, "08:50", ACST), "We'll pay Tuesday 12th, after the King's Birthday long weekend.", "promise_to_pay", date="2029-06-12", fam=["holiday", "weekday-ordinal"]),
    # --- Remarkables Lift Engineering (Queenstown, NZST)
    R("B6009", at(4, 23, "08:00", NZST), "Sam. Paying on the 2nd.", "promise_to_pay", date="2029-05-02", fam=["ordinal-alone", "terse"]),
    R("B6009", at(4, 26, "14:30", NZST), "The council's lift certification visit is on 9 May. Payment goes the Friday after that.", "promise_to_pay", date="2029-05-11", fam=["meeting-before-payment", "relative-weekday"]),
    R("B6009", at(4, 30, "10:10", NZST), "I'll pay 5k this week and the remainder next week.", "promise_to_pay", date="2029-05-04", amount="5000.00", fam=["this-week", "partial-amount"]),
    R("B6009", at(5, 1, "13:45", NZST), "You're in our 20th-of-the-month supplier run.", "promise_to_pay", date="2029-05-20", sender=0, fam=["payment-run", "ordinal-alone"]),
    R("B6009", at(5, 3, "16:20", NZST), "You've billed 120 hours for the bullwheel overhaul. Our timesheets show 84. We'll pay for 84.", "dispute", fam=["hours-dispute"]),
    R("B6009", at(5, 8, "09:00", NZST), "Please resend 60091, our scanning bureau rejected the copy as unreadable.", "invoice_resend", inv=inv("60091"), sender=0, fam=["resend"]),
    R("B6009", at(5, 10, "17:55", NZST), "Paid today, 11,560.00, ref RLE4471.", "already_paid", ref="RLE4471", fam=["paid-with-ref", "timezone", "matched"]),
    R("B6009", at(5, 14, "05:00", NZST), "Kia ora, I'm at the manufacturer's factory in Austria until 30 May. Emails will be answered when I'm back.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Remarkables Lift Engineering Ltd", human=["away more than 14 days"], fam=["auto-reply", "long-absence"]),
    R("B6009", at(5, 16, "12:05", NZST), "Should be sorted by the end of May.", "promise_to_pay", date="2029-05-31", fam=["end-of-month-named", "hedged"]),
    R("B6009", at(5, 18, "11:30", NZST), "The season hasn't opened so cash is thin. Could we pay $3,000 now and $2,140 on the first of each month from June to September?", "payment_plan_request", date="2029-05-18", amount="3000.00", fam=["plan-with-dates", "now"]),
    R("B6009", at(5, 21, "15:40", NZST), "We've raised a new PO for the balance, RLE-4533, which replaces RLE-4471. Please reissue 60091 against it.", "po_change", inv=inv("60091"), fam=["po-replaced", "reissue"]),
    R("B6009", at(5, 22, "08:25", NZST), "Paying Thursday.", "promise_to_pay", date="2029-05-24", fam=["weekday", "terse"]),
    R("B6009", at(5, 25, "13:00", NZST), "I look after operations, not the accounts. Please use accounts@remarkableslift.example for invoices.", "wrong_contact", fam=["not-the-right-person"]),
    R("B6009", at(5, 29, "10:35", NZST), "Quick question: should there be GST on this? The work was on a lift we export to Australia afterwards, our accountant thinks it might be zero-rated.", "other", human=["tax question"], fam=["tax-question"]),
    R("B6009", at(6, 1, "09:15", NZST), "Tuesday, after King's Birthday Monday.", "promise_to_pay", date="2029-06-05", fam=["holiday", "weekday", "terse"]),
    R("B6009", at(6, 3, "07:00", NZST), "Our office is closed for the King's Birthday weekend and reopens on Tuesday 5 June.", "out_of_office", headers=AUTO, subject="Office closed", sender=0, fam=["auto-reply", "holiday"]),
    # --- Konkan Alphonso Exports (Ratnagiri, IST, day-first)
    R("B6010", at(4, 23, "11:20", IN), "Dear Sir,\nWe shall release the payment on 30/04/2029 positively.\nRegards,\nPrakash Desai", "promise_to_pay", date="2029-04-30", fam=["indian-english", "in-numeric"]),
    R("B6010", at(4, 25, "15:05", IN), "Dear Sir/Madam,\nKindly note payment of invoice no. 60102 is under process and will be done by 05.05.2029.\nThanks & Regards\nAccounts Dept.", "promise_to_pay", date="2029-05-05", inv=inv("60102"), sender=0, fam=["indian-english", "dotted-date", "formal-ap"]),
    R("B6010", at(4, 28, "12:40", IN), "Respected Sir,\nAlphonso season is at peak and our buyers in Dubai are delaying remittance. We request to pay USD 3,000/- now and the balance in two equal parts at May end and June end. Kindly consider.", "payment_plan_request", date="2029-04-28", amount="3000.00", fam=["indian-english", "plan-with-months", "now"]),
    R("B6010", at(4, 30, "18:10", IN), "Dear Sir, we are the chartered accountants of Konkan Alphonso Exports. The payment is scheduled on 10/05/2029. Regards, Joshi & Associates", "promise_to_pay", date="2029-05-10", sender="ca.joshiassociates@gmail.example", fam=["accountant", "unknown-sender", "in-numeric"]),
    R("B6010", at(5, 2, "10:15", IN), "Due to Maharashtra Day holiday on 1st, payment will be done tomorrow.", "promise_to_pay", date="2029-05-03", fam=["holiday", "tomorrow"]),
    R("B6010", at(5, 4, "16:30", IN), "Dear Sir,\nPayment of USD 8,710/- done vide UTR SBIN929124567812 dated 03/05/2029.\nKindly acknowledge.", "already_paid", ref="SBIN929124567812", fam=["utr", "indian-english", "matched"]),
    R("B6010", at(5, 7, "12:00", IN), "The crate liners supplied against PO KAE/PO/2029/114 are 30 micron instead of 50 micron. Kindly issue credit note. We will not process the payment till then.", "dispute", inv=inv("60101"), fam=["quality-dispute", "credit-note", "po-reference"]),
    R("B6010", at(5, 9, "14:20", IN), "Kindly share duplicate copy of invoice no. 60101 for our records.", "invoice_resend", inv=inv("60101"), sender=0, fam=["duplicate-copy", "indian-english"]),
    R("B6010", at(5, 11, "11:45", IN), "Please note our GSTIN 27AACCK4471Q1Z5 is not mentioned on the invoices. Kindly revise and resend at the earliest.", "po_change", fam=["tax-id", "reissue"]),
    R("B6010", at(5, 14, "09:00", IN), "I am on leave till 18/05/2029 for a family function. For urgent matters please contact accounts@konkanalphonso.example.", "out_of_office", headers=AUTO, subject="Out of office", fam=["auto-reply", "in-numeric"]),
    R("B6010", at(5, 16, "17:20", IN), "Mr. Desai has been transferred to our Vashi cold-storage unit. Kindly address all payment matters to Ms. Revati Kulkarni, r.kulkarni@konkanalphonso.example.", "wrong_contact", sender=0, fam=["moved-department", "new-contact"]),
    R("B6010", at(5, 18, "13:35", IN), "Payment will be released within 3 working days.", "promise_to_pay", date="2029-05-23", fam=["working-days"]),
    R("B6010", at(5, 21, "10:50", IN), "We will do the needful by month end.", "promise_to_pay", date="2029-05-31", fam=["indian-english", "end-of-month"]),
    R("B6010", at(5, 24, "15:15", IN), "Please send your Tax Residency Certificate and Form 10F so that we can remit without deducting withholding tax.", "other", human=["tax form request"], sender=0, fam=["tax-form", "withholding"]),
    R("B6010", at(5, 26, "12:30", IN), "Sir, we will clear 1290/- on Monday and 7420/- on 8th June.", "promise_to_pay", date="2029-05-28", amount="1290.00", fam=["two-dates", "partial-amount", "indian-english"]),
    R("B6010", at(5, 30, "04:47", IN), "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  p.desai@konkanalphonso.example\n    Unrouteable address", "bounce", sender="mailer-daemon@mx.konkanalphonso.example", dsn=("p.desai@konkanalphonso.example", "5.0.0"), subject="Mail delivery failed: returning message to sender", fam=["dsn-exim", "unrouteable"]),
    R("B6010", at(6, 2, "11:05", IN), "Payment will be done on Monday positively.", "promise_to_pay", date="2029-06-04", fam=["weekday", "indian-english"]),
    R("B6010", at(6, 4, "16:40", IN), "Noted with thanks.", "other", sender=0, fam=["no-action", "acknowledgement"]),
    # --- Bytown Canoe Livery (Ottawa, EDT)
    R("B6011", at(4, 24, "09:10", EDT), "Luc here. Sorry, we open for the season on the Victoria Day weekend and the cash comes after. I can pay on May 22, the Tuesday after.", "promise_to_pay", date="2029-05-22", fam=["holiday", "month-day", "season"]),
    R("B6011", at(4, 27, "19:30", EDT), "I'll pay the $740 Monday. The big one when the tulip festival rentals come in.", "promise_to_pay", date="2029-04-30", amount="740.00", human=["conditional"], fam=["two-invoices", "condition", "weekday"]),
    R("B6011", at(5, 1, "08:40", EDT), "E-transfer sent last night for $6,000, message CANOE60111.", "already_paid", ref="CANOE60111", fam=["paid-with-ref", "interac", "matched"]),
    R("B6011", at(5, 3, "17:05", EDT), "Three of the 17-foot canoes had cracks in the gelcoat when they came off the truck. I want a credit for those before I pay 60111.", "dispute", inv=inv("60111"), fam=["damaged-goods", "credit-note"]),
    R("B6011", at(5, 7, "12:15", EDT), "Could you resend both invoices? Our new bookkeeper never got them.", "invoice_resend", sender=0, fam=["never-received"]),
    R("B6011", at(5, 9, "10:00", EDT), "In two weeks.", "promise_to_pay", date="2029-05-23", fam=["relative-span", "terse"]),
    R("B6011", at(5, 14, "06:20", EDT), "I'm paddling the Rideau Canal until May 20 with no signal. Back on the 21st.", "out_of_office", headers=AUTO, subject="Absent / Absent", fam=["auto-reply", "bilingual-subject"]),
    R("B6011", at(5, 17, "15:30", EDT), "Could I pay $1,500 a month through the summer until it's cleared?", "payment_plan_request", amount="1500.00", fam=["plan-amount", "undated-plan"]),
    R("B6011", at(5, 22, "09:25", EDT), "Good long weekend, rentals were strong. Paying Friday.", "promise_to_pay", date="2029-05-25", fam=["holiday", "weekday"]),
    R("B6011", at(5, 25, "14:10", EDT), "We've incorporated. Please bill Bytown Canoe & Kayak Livery Inc., GST/HST 71829 4410 RT0001, and reissue both invoices.", "po_change", fam=["legal-entity", "tax-id", "reissue"]),
    R("B6011", at(5, 28, "11:45", EDT), "I'll send it next Wednesday.", "promise_to_pay", date="2029-06-06", fam=["next-weekday"]),
    R("B6011", at(5, 31, "13:30", EDT), "Luc sold the livery to us this month. The old balance is his, not ours; please write to him at luc.tremblay@videotron.example.", "wrong_contact", sender=0, fam=["sold-business", "new-contact"]),
    R("B6011", at(6, 2, "10:20", EDT), "Our credit union won't send Interac to a foreign account. Can you give me wire details instead, with the SWIFT code?", "other", human=["payment-method question"], fam=["payment-method", "bank-details"]),
    R("B6011", at(6, 4, "16:55", EDT), "Paid by Thursday at the latest.", "promise_to_pay", date="2029-06-07", fam=["at-the-latest", "weekday"]),
    # --- Karoo Shearing Contractors (Graaff-Reinet, SAST)
    R("B6012", at(4, 24, "07:15", SAST), "Hennie. The shearing teams are out in the Camdeboo until the 4th. I'll pay on the 7th.", "promise_to_pay", date="2029-05-07", fam=["ordinal-alone", "distractor-dates"]),
    R("B6012", at(4, 26, "16:00", SAST), "Our office is closed for Freedom Day on 27 April and reopens on Monday 30 April.", "out_of_office", headers=AUTO, subject="Auto-reply: office closed", sender=0, fam=["auto-reply", "holiday"]),
    R("B6012", at(4, 30, "08:30", SAST), "Workers' Day tomorrow, so Wednesday.", "promise_to_pay", date="2029-05-02", fam=["holiday", "weekday", "terse"]),
    R("B6012", at(5, 3, "14:45", SAST), "Paid, POP attached.", "already_paid", ref="KAROO 60121", attachments=[("POP_Karoo_0503.pdf", "application/pdf", "PROOF OF PAYMENT\nBeneficiary: Northwind Supplies GmbH\nAmount: USD 3,890.00\nDate: 2029-05-03\nReference: KAROO 60121")], fam=["proof-of-payment", "attachment", "matched"]),
    R("B6012", at(5, 8, "12:20", SAST), "You charged us for 14 sets of combs and cutters. We got 10. Check your own delivery note.", "dispute", fam=["quantity-dispute"]),
    R("B6012", at(5, 10, "17:10", SAST), "We'll pay as soon as the wool cheque from the BKB sale on the 16th clears.", "promise_to_pay", human=["conditional"], fam=["condition", "distractor-dates"]),
    R("B6012", at(5, 15, "10:40", SAST), "Good day. My father Hennie passed away last month. I'm his daughter Elna and I'm running the business now. Please write to elna.botha@karoomail.example.", "wrong_contact", fam=["bereavement", "new-contact"]),
    R("B6012", at(5, 18, "09:50", SAST), "Could we settle it in 3 monthly payments of $1,296.67 starting 1 June?", "payment_plan_request", date="2029-06-01", amount="1296.67", sender=0, fam=["plan-amount", "plan-with-dates"]),
    R("B6012", at(5, 23, "13:25", SAST), "Please resend the invoice, I want to check the VAT on it.", "invoice_resend", sender=0, fam=["resend"]),
    R("B6012", at(5, 28, "11:00", SAST), "Pay by 8 June.", "promise_to_pay", date="2029-06-08", fam=["day-month", "terse"]),
    R("B6012", at(6, 1, "15:35", SAST), "Is this invoice in dollars or rand? I thought we agreed rand with your rep.", "other", human=["currency question"], fam=["currency-question"]),
    R("B6012", at(6, 4, "03:30", SAST), "Mail delivery failed: returning message to sender\n\nSMTP error from remote mail server after RCPT TO:<h.botha@karooshearing.example>:\n550 5.1.1 <h.botha@karooshearing.example>: mailbox unavailable", "bounce", sender="postmaster@karooshearing.example", dsn=("h.botha@karooshearing.example", "5.1.1"), subject="Mail delivery failed", fam=["dsn-smtp-error", "mailbox-unavailable"]),
]
