"""English replies of every other intent for field21: plans, payments, disputes, copies, changes, absences, bounces,
wrong contacts and paperwork, many of which need a person although they look harmless."""

from evals.field21.build import Payment
from evals.field21.build import Reply as R
from evals.field21.kit import AU, AUTO, CA, GB, IE, IN, MT, NZ, SG, USE, USP, ZA, at

PAYMENTS = [
    Payment("BK21-001", "W2101", "2026-11-20", "615.00", "GBP", "OLD ORCHARD CIDER 21012"),
    Payment("BK21-002", "W2103", "2026-11-23", "9915.00", "USD", "ACH GLACIER POINT 88231"),
    Payment("BK21-003", "W2107", "2026-11-24", "2875.00", "NZD", "MANUKA RIDGE INV21071"),
    Payment("BK21-004", "W2109", "2026-11-19", "4824.00", "USD", "INDIGO GANGA IGD-TT-5530"),
    Payment("BK21-005", "W2110", "2026-11-25", "7215.00", "USD", "KEPPEL STRAIT KSC-TT-0912"),
    Payment("BK21-006", "W2112", "2026-11-18", "2160.00", "EUR", "VHLS SEPA 21121"),
    Payment("BK21-007", "W2105", "2026-11-20", "4290.00", "EUR", "SHANNONSIDE THATCH 4477"),
    Payment("BK21-008", "W2104", "2026-11-24", "540.00", "USD", "SALISH KAYAK 21042"),
]

DSN = ("This is the mail system at host mx.{d}.\n\nI'm sorry to have to inform you that your message could not\n"
       "be delivered to one or more recipients.\n\n<{a}>: host mx.{d} said: 550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table")

REPLIES = [
    # payment plans (first instalment dated)
    R("W2101", at(23, "11:05", GB), "Hi, would you accept £800 a month starting 1 December until it's cleared? Penny", "payment_plan_request", date="2026-12-01", amount="800.00", sender=1, fam=["plan", "spelled-month"]),
    R("W2103", at(24, "13:40", USE), "Could we split INV-2026-21031 into three monthly payments, the first on 12/15?", "payment_plan_request", date="2026-12-15", inv=["21031"], sender=1, fam=["plan", "us-numeric"]),
    R("W2104", at(26, "09:15", USP), "Any chance we could do half now-ish (say Monday) and half in January?", "payment_plan_request", date="2026-11-30", sender=1, fam=["plan", "half-now"]),
    R("W2105", at(25, "12:25", IE), "Hello, could we pay this off over four months, the first payment on the 10th of December? Ciara", "payment_plan_request", date="2026-12-10", sender=1, fam=["plan", "ordinal-alone"]),
    R("W2107", at(27, "10:35", NZ), "Kia ora, would instalments work? We could do $700 a fortnight starting Friday week.", "payment_plan_request", date="2026-12-11", amount="700.00", sender=1, fam=["plan", "week-on-friday"], note="Friday week from Friday the 27th: the next Friday (4 Dec) plus seven"),
    R("W2109", at(25, "14:50", IN), "Dear Sir, request you to kindly allow us to pay in 3 equal instalments from 5th December. Regards", "payment_plan_request", date="2026-12-05", sender=1, fam=["plan", "non-native", "ordinal-alone"]),
    R("W2110", at(24, "11:45", SG), "Hi, may we propose USD 2,000 per month from KW... sorry, from week 50, until settled? Jasmine", "payment_plan_request", date="2026-12-11", amount="2000.00", sender=1, fam=["plan", "calendar-week"]),
    R("W2111", at(23, "14:05", ZA), "Morning, we need to stretch the arrangement over two more months, the next instalment on the last working day of December if you agree. Hennie", "payment_plan_request", date="2026-12-31", sender=1, fam=["plan", "last-working-day", "flagged"]),
    # already paid
    R("W2101", at(23, "10:00", GB), "Hi, 21012 was paid on 20 November, ref OLD ORCHARD CIDER 21012. The bigger one follows on Friday. Penny", "already_paid", ref="OLD ORCHARD CIDER 21012", inv=["21012", "21011"], sec=["promise_to_pay"], date="2026-11-27", sender=1, fam=["paid-and-promise"]),
    R("W2103", at(24, "09:05", USE), "Both invoices were paid by ACH yesterday, trace 88231.", "already_paid", ref="88231", sender=1, fam=["paid", "terse"], note="matches BK21-002 (9,915.00, the 23rd)"),
    R("W2107", at(25, "08:15", NZ), "Paid 21071 yesterday. The small one on Monday. Tama", "already_paid", inv=["21071", "21072"], sec=["promise_to_pay"], date="2026-11-30", sender=1, fam=["paid-bare-number", "paid-and-promise"], note="matches BK21-003; the bare 21071 is checked against what it names"),
    R("W2109", at(23, "12:15", IN), "Dear Sir, we have already paid INV-2026-21091 on 19th November, UTR IGD-TT-5530. Kindly note 10% TDS was deducted as per Indian tax rules and the certificate will be shared. Regards", "already_paid", ref="IGD-TT-5530", inv=["21091"], human=["amount differs"], fam=["paid-withholding-tax", "non-native"], sender=1, note="BK21-004 is 4,824.00 against 5,360.00"),
    R("W2110", at(26, "08:55", SG), "Dear AR, 21101 was settled on 25 Nov, ref KSC-TT-0912. Jasmine", "already_paid", ref="KSC-TT-0912", inv=["21101"], human=["amount differs"], sender=1, fam=["paid-bank-fees", "paid-bare-number"], note="BK21-005 is 7,215.00: 25.00 of bank charges taken"),
    R("W2112", at(24, "15:00", MT), "Hello, paid 21121 on the 18th, and took the 2% early settlement discount on 21122 which we pay today. Sarah", "already_paid", inv=["21121", "21122"], sec=["promise_to_pay"], date="2026-11-24", human=["discount taken"], sender=1, fam=["paid-bare-number", "discount-taken"]),
    R("W2104", at(25, "14:10", USP), "Hi, paid 21042 yesterday and 21041 a week ago, both ACH.", "already_paid", inv=["21042", "21041"], human=["no matching payment"], sender=1, fam=["paid-bare-number"], note="only 21042 is in the bank (BK21-008)"),
    # disputes
    R("W2101", at(24, "12:30", GB), "Hi, 21011 charges for 40 cases, we took 34. Please credit six; we'll pay 21012 on Thursday. Penny", "dispute", inv=["21011", "21012"], sec=["promise_to_pay"], date="2026-11-26", sender=1, fam=["dispute-with-promise"]),
    R("W2103", at(25, "16:40", USE), "The Zamboni blade service on 21032 was billed at the after-hours rate but your tech came at 10am. We'll pay 21031 Dec 4 and the rest once this is fixed.", "dispute", inv=["21032", "21031"], sec=["promise_to_pay"], date="2026-12-04", sender=1, fam=["dispute-with-promise", "abbrev-month"]),
    R("W2105", at(23, "15:25", IE), "Hello, the reed delivery was a week late and we had to pay the crew to stand around. We won't pay the delivery charge; the rest will be paid on the 7th. Ciara", "dispute", sec=["promise_to_pay"], date="2026-12-07", sender=1, human=["partial"], fam=["dispute-with-promise", "ordinal-alone"]),
    R("W2110", at(27, "13:20", SG), "The rope coils on 21102 were the wrong gauge. We'll pay 21101 the week after next.", "dispute", inv=["21102", "21101"], sec=["promise_to_pay"], date="2026-12-11", sender=1, fam=["dispute-with-promise", "week-after-next"]),
    R("W2102", at(26, "12:05", GB), "Your invoice includes VAT but we're a registered charity and the lighting rig is zero-rated. Please reissue; we will pay once corrected. Owen", "dispute", sec=["promise_to_pay"], sender=1, human=["conditional"], fam=["dispute-with-promise", "undated"]),
    R("W2112", at(27, "10:40", MT), "We were charged for 12 textbook sets; 10 came. We'll pay when the credit note for two arrives.", "dispute", sec=["promise_to_pay"], sender=1, human=["conditional"], fam=["dispute-with-promise", "undated"]),
    R("W2107", at(23, "16:00", NZ), "This looks like a duplicate of the invoice we paid in October. Please check.", "dispute", sender=1, fam=["duplicate"]),
    R("W2104", at(23, "14:30", USP), "We were quoted $3,600 for the paddle order, not $3,915. Please fix before we pay.", "dispute", sender=1, fam=["price"]),
    # invoice resend
    R("W2101", at(26, "08:30", GB), "Can you resend 21011 please, can't find it. Penny", "invoice_resend", inv=["21011"], sender=1, fam=["resend", "bare-number"]),
    R("W2103", at(23, "11:55", USE), "Please send a statement of account.", "invoice_resend", sender=1, fam=["statement", "terse"]),
    R("W2109", at(26, "11:50", IN), "Dear Team, we have not received the invoice copy, kindly share the same. Regards", "invoice_resend", sender=1, fam=["never-received", "non-native"]),
    R("W2110", at(23, "14:20", SG), "Hi, pls send copies of both invoices as PDF. Tks", "invoice_resend", sender=1, fam=["resend", "terse"]),
    R("W2112", at(25, "11:45", MT), "Good morning, I never received 21122. Could you email it please? Sarah", "invoice_resend", inv=["21122"], sender=1, fam=["never-received", "bare-number"]),
    R("W2105", at(26, "14:45", IE), "Hi, could I get a copy of the invoice? Nothing to change, just lost it. Ciara", "invoice_resend", sender=1, fam=["resend"], html=True),
    # po / billing changes (copies that also ask for a change)
    R("W2103", at(26, "13:35", USE), "Please resend 21032 with PO GPA-5612; GPA-5580 was cancelled.", "po_change", inv=["21032"], sec=["invoice_resend"], sender=1, fam=["copy-with-change", "po"]),
    R("W2101", at(25, "15:40", GB), "Could you send the invoices again but addressed to Old Orchard Cider Mill (Trading) Ltd, our new entity? Penny", "po_change", sec=["invoice_resend"], sender=1, fam=["copy-with-change", "entity"]),
    R("W2109", at(24, "14:40", IN), "Sir, kindly resend both invoices with our GSTIN 33AABCI4471K1Z9 mentioned, else we cannot book. Regards", "po_change", sec=["invoice_resend"], sender=1, fam=["copy-with-change", "vat-number", "non-native"]),
    R("W2110", at(26, "13:05", SG), "Hi, our address has changed to 3 Pandan Loop #04-12. Could you send the invoices with the new address? Jasmine", "po_change", sec=["invoice_resend"], sender=1, fam=["copy-with-change", "address"]),
    R("W2104", at(24, "10:05", USP), "From now on please send invoices to ap@salishkayak.example instead of billing@.", "po_change", sender=1, fam=["mailbox"]),
    R("W2112", at(26, "09:50", MT), "Please add our VAT number MT24567891 to the invoices and reissue. Thank you", "po_change", sec=["invoice_resend"], sender=1, fam=["copy-with-change", "vat-number"]),
    # out of office
    R("W2101", at(23, "08:00", GB), "Thank you for your email. I’m away from the mill until Monday 30 November and checking mail only now and then.\nPenny Hale", "out_of_office", sender=1, headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Old Orchard Cider Mill Ltd", quote="none", fam=["ooo-short"]),
    R("W2103", at(24, "07:30", USE), "I'm out of the office through Dec 2 and will respond on my return. For urgent AP matters contact ap@glacierpointarena.example.", "out_of_office", sender=1, headers=AUTO, subject="Out of Office: Reminder: overdue invoices – Glacier Point Ice Arena LLC", quote="none", fam=["ooo-short"]),
    R("W2110", at(25, "09:00", SG), "I am on maternity leave until 1 March 2027. Please contact Mr Daniel Koh (daniel.koh@keppelchandlers.example) for finance matters.", "out_of_office", sec=["wrong_contact"], sender=1, headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Keppel Strait Ship Chandlers Pte Ltd", quote="none", human=["absence more than 14 days"], fam=["ooo-long", "ooo-new-contact"]),
    R("W2105", at(26, "18:00", IE), "I'm away until 14 December. In my absence please contact Declan at office@shannonsidethatch.example.", "out_of_office", sec=["wrong_contact"], sender=1, headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Shannonside Thatching Ltd", quote="none", human=["absence more than 14 days"], fam=["ooo-long", "ooo-new-contact"]),
    R("W2109", at(27, "08:00", IN), "I am on leave till 30th November. Regards, Ramesh", "out_of_office", sender=1, headers=AUTO, subject="Auto Reply: Reminder: overdue invoices – Indigo Ganga Dye Works Pvt Ltd", quote="none", fam=["ooo-short", "non-native"]),
    R("W2112", at(24, "10:10", MT), "Hi, I'm off sick until next Wednesday, will deal with this then. Sarah", "out_of_office", sender=1, human=["absence written by a person"], fam=["ooo-person"]),
    # bounces
    R("W2102", at(23, "09:06", GB), DSN.format(d="marionettelane.example", a="admin@marionettelane.example"), "bounce", sender="MAILER-DAEMON@mx.marionettelane.example", subject="Undelivered Mail Returned to Sender", dsn=("admin@marionettelane.example", "5.1.1"), gap_days=0, fam=["dsn-en"]),
    R("W2104", at(24, "09:07", USP), DSN.format(d="salishkayak.example", a="billing@salishkayak.example"), "bounce", sender="MAILER-DAEMON@mx.salishkayak.example", subject="Undelivered Mail Returned to Sender", dsn=("billing@salishkayak.example", "5.1.1"), gap_days=0, fam=["dsn-en"]),
    R("W2107", at(25, "09:08", NZ), "Delivery has failed to these recipients or groups:\n\naccounts@manukaridge.example\nThe recipient's mailbox is full and can't accept messages now.", "bounce", sender="postmaster@manukaridge.example", subject="Undeliverable: Reminder: overdue invoices – Manuka Ridge Beekeepers Co-operative", dsn=("accounts@manukaridge.example", "5.2.2"), gap_days=1, fam=["dsn-en", "mailbox-full"]),
    R("W2109", at(26, "09:09", IN), DSN.format(d="indigoganga.example", a="accounts@indigoganga.example"), "bounce", sender="MAILER-DAEMON@mx.indigoganga.example", subject="Undelivered Mail Returned to Sender", dsn=("accounts@indigoganga.example", "5.1.1"), gap_days=1, fam=["dsn-en"]),
    R("W2112", at(27, "09:10", MT), "Your message to accounts@vallettalanguage.example couldn't be delivered.\nThe domain's mail server rejected it: 550 5.7.1 Message rejected as spam.", "bounce", sender="postmaster@vallettalanguage.example", subject="Undeliverable: Reminder: overdue invoices – Valletta Harbour Language School Ltd", dsn=("accounts@vallettalanguage.example", "5.7.1"), gap_days=0, fam=["dsn-en", "spam-reject"]),
    R("W2105", at(24, "09:11", IE), DSN.format(d="shannonsidethatch.example", a="office@shannonsidethatch.example"), "bounce", sender="MAILER-DAEMON@mx.shannonsidethatch.example", subject="Undelivered Mail Returned to Sender", dsn=("office@shannonsidethatch.example", "5.1.1"), gap_days=0, fam=["dsn-en"]),
    # wrong contacts
    R("W2102", at(24, "13:10", GB), "Owen left us in October. Please write to finance@marionettelane.example from now on.", "wrong_contact", sender=0, fam=["left-company"]),
    R("W2103", at(27, "11:55", USE), "I handle payroll, not AP. Try Dana.", "wrong_contact", sender=0, fam=["not-right-person", "terse"]),
    R("W2104", at(25, "17:20", USP), "I sold the business to Cascade Paddle Co in October; their AP is ap@cascadepaddle.example.", "wrong_contact", sender=1, fam=["sold"]),
    R("W2107", at(26, "12:55", NZ), "Tama has stepped down as secretary. Write to treasurer@manukaridge.example. Ngā mihi", "wrong_contact", sender=0, fam=["left-role"]),
    R("W2110", at(24, "17:00", SG), "This mailbox is no longer monitored. Please email ap@keppelchandlers.example.", "wrong_contact", sender=0, fam=["closed-mailbox"]),
    R("W2112", at(23, "13:20", MT), "I'm a teacher here, I think this was meant for the office?", "wrong_contact", sender=1, fam=["not-right-person"]),
    # other
    R("W2101", at(24, "08:45", GB), "Thanks, received.", "other", sender=1, fam=["no-action", "terse"]),
    R("W2103", at(25, "15:55", USE), "Thanks - forwarded to AP.", "other", sender=1, fam=["no-action"]),
    R("W2109", at(25, "10:30", IN), "Dear Sir, kindly share your Tax Residency Certificate and Form 10F so we can apply lower TDS rate. Regards", "other", sender=1, human=["paperwork"], fam=["paperwork", "non-native"]),
    R("W2110", at(27, "15:10", SG), "Hi, before we pay we need your bank letter confirming the account details, on letterhead and signed. Jasmine", "other", sender=1, human=["paperwork"], fam=["paperwork", "bank-confirmation"]),
    R("W2104", at(26, "16:45", USP), "Please send a W-9 so we can set you up for 1099s.", "other", sender=1, human=["paperwork"], fam=["paperwork", "w9"]),
    R("W2105", at(27, "15:30", IE), "Dear Sirs,\n\nWe act for Shannonside Thatching Ltd. Our client disputes its liability for the charges on the invoice and we would ask that all future correspondence on this matter be directed to this office. Should you persist in issuing reminders, we shall have no alternative but to advise our client accordingly.\n\nYours faithfully\nO'Brien Keane Solicitors", "other", sender="info@obrienkeane-solicitors.example", human=["legal threat"], fam=["legal-threat", "formal"]),
    R("W2102", at(27, "09:35", GB), "Dear Sir or Madam,\n\nMarionette Lane Puppet Theatre CIC (the Company)\n\nWe write to advise that on 25 November 2026 the directors of the Company resolved to place it into creditors' voluntary liquidation. Creditors will be contacted in due course with details of the decision procedure. Please direct all correspondence to this office.\n\nYours faithfully\nHarper Lowe Insolvency LLP", "other", sender="cases@harperlowe-insolvency.example", human=["insolvency"], fam=["insolvency", "formal"]),
    R("W2112", at(25, "13:10", MT), "Hello, could you please send us a letter confirming our account balance as at 31 October for our auditors? Sarah", "other", sender=1, human=["paperwork"], fam=["paperwork", "audit-confirmation"], html=True),
]
