"""English replies beside the plain promises (field18): payments, disputes, copies, billing changes, plans, absences,
DSNs, wrong contacts and the rest, and dated promises in other voices (forwarded chains, Outlook HTML, disclaimers)."""

from evals.field.build import Payment, Reply
from evals.field18.kit import AU, AUTO, CT, ET, GB, IE, IN, NG, NZ, PH, PT_US, SG, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK18-001", "U1801", "2026-11-20", "4820.00", "GBP", "GLENMORVEN DISTILLERY GD18011"),
    P("BK18-002", "U1802", "2026-11-24", "4215.00", "USD", "ACH PINECREST VETERINARY 112426"),
    P("BK18-003", "U1805", "2026-11-25", "2140.00", "NZD", "TASMAN CLIMBING CO"),
    P("BK18-004", "U1807", "2026-11-19", "2865.00", "USD", "KESTREL DENTAL LAB PVT LTD"),
    P("BK18-005", "U1808", "2026-11-23", "5340.00", "SGD", "LION CITY TEA PTE LTD LCTPAY7781"),
    P("BK18-006", "U1811", "2026-11-18", "2750.00", "GBP", "RIDGEWAY CHAMBER ORCH"),
    P("BK18-007", "U1803", "2026-11-25", "3000.00", "EUR", "HARBOURLINE BOATYARD"),
]

_DISCLAIMER = ("\n\n--\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in "
               "error please notify the sender and delete it. Kestrel Dental Lab Pvt Ltd, CIN U33112KA2011PTC058812.")
_FWD = ("\n\n---------- Forwarded message ---------\nFrom: Rangi Tane <r.tane@tasmanclimbing.example>\nDate: Tue, 24 Nov 2026 at 18:02\n"
        "Subject: Fwd: Reminder: overdue invoices – Tasman Climbing Co Ltd\nTo: admin@tasmanclimbing.example\n\nCan you sort this one? R")

REPLIES = [
    # --- dated promises in other voices
    R("U1805", at(25, "08:40", NZ), "Hi team, Rangi forwarded me this – it's in the Wednesday payment run next week." + _FWD, "promise_to_pay", date="2026-12-02", fam=["forwarded-chain", "payment-run", "next-week-weekday"], sender=0),
    R("U1807", at(23, "12:50", IN), "Dear Sir,\nPayment is scheduled on 27/11/2026 after the quarterly closing." + _DISCLAIMER, "promise_to_pay", date="2026-11-27", fam=["disclaimer", "in-numeric"], sender=0),
    R("U1801", at(26, "09:35", GB), "Hello,\nThe payment has been approved and will leave our account on Tuesday 1st December.\nKind regards\nFiona", "promise_to_pay", date="2026-12-01", html=True, fam=["outlook-html", "weekday-ordinal"]),
    R("U1811", at(24, "16:05", GB), "Hi, sorry, this should have gone last week – it'll be in tomorrow's BACS run.", "promise_to_pay", date="2026-11-25", fam=["payment-run", "tomorrow"]),
    R("U1802", at(24, "15:20", ET), "Hi,\nWe're switching banks. Payment moved from 11/30 to 12/7.\nDana", "promise_to_pay", date="2026-12-07", html=True, fam=["outlook-html", "moved-date", "us-numeric"]),
    R("U1808", at(23, "17:45", SG), "Dear Sir/Madam, payment of SGD 2,000 on 30/11 and SGD 3,340 on 15/12.", "promise_to_pay", date="2026-11-30", amount="2000.00", fam=["two-instalments", "sg-numeric"]),
    R("U1812", at(25, "11:20", PH), "Hi! Forwarding to our treasury. @Treasury kindly release on Thurs, 3 Dec. Thanks!", "promise_to_pay", date="2026-12-03", fam=["abbrev-weekday", "forwarded-chain"], sender=0),
    R("U1810", at(23, "13:35", PT_US), "yep will pay wed", "promise_to_pay", date="2026-11-25", fam=["abbrev-weekday", "terse", "lowercase"]),
    R("U1803", at(27, "13:05", IE), "The cheque is being signed at Monday's directors' meeting and posted Tuesday.", "promise_to_pay", date="2026-12-01", fam=["meeting-before-payment", "weekday"]),
    R("U1801", at(27, "22:40", GB), "Quick one from my phone – it'll go Monday. F", "promise_to_pay", date="2026-11-30", fam=["late-evening", "weekday", "phone"]),
    # --- already paid
    R("U1801", at(23, "10:05", GB), "Paid 18011 on Friday 20th, reference GD18011. The £615 one follows.", "already_paid", ref="GD18011", inv=["18011"], fam=["weekday-ordinal"]),
    R("U1802", at(25, "10:50", ET), "Both invoices were paid by ACH on 11/24, $4,215.00 total.", "already_paid", fam=["us-numeric", "total-of-two"]),
    R("U1805", at(26, "08:55", NZ), "Paid the big one yesterday, small one next Wednesday.", "already_paid", sec=["promise_to_pay"], inv=["18051", "18052"], date="2026-12-02", fam=["paid-and-promise", "next-week-weekday"], note="the invoice each part means is inferred from 'big' and 'small'"),
    R("U1807", at(24, "11:05", IN), "Dear Sir, we have remitted USD 2,890 on 19/11/2026 against invoice 18071. Please check.", "already_paid", inv=["18071"], human=["amount differs"], fam=["bank-charges", "in-numeric"]),
    R("U1808", at(24, "09:30", SG), "Hi, payment made 23/11, our ref LCT-PAY-7781.", "already_paid", ref="LCT-PAY-7781", fam=["ref-punctuation", "sg-numeric"]),
    R("U1810", at(24, "12:40", PT_US), "I paid both with my card over the phone yesterday, talked to someone named Greta.", "already_paid", human=["no matching payment"], fam=["card", "no-bank-line"]),
    R("U1803", at(26, "12:20", IE), "Paid €3,000 yesterday, the rest will be paid next Friday.", "already_paid", sec=["promise_to_pay"], date="2026-12-04", human=["amount differs", "partial"], fam=["paid-and-promise", "next-weekday"]),
    # --- disputes
    R("U1801", at(24, "14:45", GB), "18012 charges us for 12 cask bungs sets, we only ordered 6. Please credit the difference.", "dispute", inv=["18012"], fam=["quantity"]),
    R("U1802", at(26, "09:05", ET), "The price on 18021 doesn't match the quote Dana signed ($2,950). We'll pay 18022 Friday; please fix 18021.", "dispute", sec=["promise_to_pay"], inv=["18021", "18022"], date="2026-11-27", human=["partial"], fam=["price", "undisputed-part"]),
    R("U1806", at(25, "13:25", ET), "We're disputing MRP-88310: half the brochures arrived with the wrong Pantone. Hold on reminders please.", "dispute", inv=["18061"], fam=["quality", "po-reference"]),
    R("U1808", at(25, "16:05", SG), "Dear Sir, GST was charged although we are an overseas customer under the zero-rated scheme. Please issue credit note.", "dispute", fam=["tax"]),
    R("U1811", at(27, "12:15", GB), "You've billed us for the piano tuning twice, once in October and again here.", "dispute", fam=["duplicate"]),
    R("U1812", at(26, "14:10", PH), "Hello, the compressor delivered is not working since day 1. We will not pay until replaced.", "dispute", fam=["defective"]),
    R("U1804", at(24, "11:55", AU), "Invoice 18041 includes an installation fee we never agreed to. Send a corrected invoice and we'll pay on the 10th.", "dispute", sec=["promise_to_pay"], inv=["18041"], date="2026-12-10", human=["conditional"], fam=["fee", "condition-date"]),
    # --- copies
    R("U1803", at(23, "14:50", IE), "Could you send a copy of the invoice? Can't find it anywhere.", "invoice_resend", fam=["copy"]),
    R("U1807", at(26, "11:55", IN), "Dear Sir, kindly share statement of account for reconciliation.", "invoice_resend", fam=["statement", "non-native-in"]),
    R("U1810", at(25, "17:10", PT_US), "never got 18102, can you resend?", "invoice_resend", inv=["18102"], fam=["never-received", "terse"]),
    R("U1811", at(25, "09:25", GB), "Please could you send the invoice as a PDF rather than a link – our firewall blocks it.", "invoice_resend", fam=["format"]),
    R("U1812", at(23, "16:15", PH), "Good day! Requesting for the soft copy of the invoice for our filing. Thank you.", "invoice_resend", fam=["copy", "non-native-ph"], sender=0),
    R("U1808", at(27, "10:45", SG), "Could you resend 18081? The attachment was corrupted.", "invoice_resend", inv=["18081"], fam=["corrupt-attachment"]),
    R("U1805", at(24, "13:40", NZ), "Need a copy of the November statement for the accountant please.", "invoice_resend", fam=["statement"], sender=0),
    # --- billing changes
    R("U1802", at(27, "09:45", ET), "Please add our new PO PVC-0455 to invoice 18021 and reissue.", "po_change", inv=["18021"], fam=["add-po"]),
    R("U1806", at(24, "10:15", ET), "Effective December 1, invoices must be submitted through our Coupa portal.", "po_change", fam=["supplier-portal"], sender=0),
    R("U1801", at(25, "11:05", GB), "We've changed our registered address to 2 Distillery Lane, Tain IV19 1PZ. Please reissue both invoices.", "po_change", fam=["address"]),
    R("U1807", at(25, "12:35", IN), "Dear Sir, GSTIN on the invoice is wrong. Correct GSTIN is 29AACCK4471M1ZQ. Kindly revise.", "po_change", fam=["tax-id", "non-native-in"]),
    R("U1812", at(27, "10:30", PH), "Please bill to Coral Shelf Holdings Inc. from now on, TIN 009-441-872-000.", "po_change", fam=["new-entity"]),
    R("U1808", at(26, "13:50", SG), "Kindly send all invoices to ap@lioncitytea.example going forward.", "po_change", fam=["invoice-mailbox"], sender=0),
    R("U1811", at(23, "12:40", GB), "Could you put cost centre RCO-TOUR-26 on the invoice? Our auditors need it.", "po_change", fam=["cost-centre"]),
    # --- plans
    R("U1801", at(26, "15:40", GB), "Could we pay 18011 in three monthly instalments, the first on 15 December?", "payment_plan_request", date="2026-12-15", fam=["plan-three", "spelled-month"]),
    R("U1803", at(25, "16:45", IE), "Winter is quiet in the yard. Would you take €1,500 a month starting Monday 7th?", "payment_plan_request", date="2026-12-07", amount="1500.00", fam=["plan-monthly", "weekday-ordinal"]),
    R("U1805", at(23, "14:15", NZ), "Any chance we could split it over 4 weeks, first payment this Friday?", "payment_plan_request", date="2026-11-27", fam=["plan-weekly", "this-weekday"]),
    R("U1810", at(26, "12:05", PT_US), "Can we do $500 on 12/1 and $500 every two weeks after?", "payment_plan_request", date="2026-12-01", amount="500.00", fam=["plan-biweekly", "us-numeric"]),
    R("U1812", at(24, "13:20", PH), "Sir/Maam, is it possible to pay in 3 gives? Low season po. First on Dec 15.", "payment_plan_request", date="2026-12-15", fam=["plan-three", "non-native-ph"]),
    R("U1809", at(24, "10:05", NG), "Kindly extend our arrangement by two months; next instalment would be end of December.", "payment_plan_request", date="2026-12-31", fam=["plan-extension", "end-of-month-named"]),
    R("U1811", at(24, "09:15", GB), "Could we defer payment until the Arts Council money arrives and then pay in two halves?", "payment_plan_request", fam=["deferral", "undated"]),
    # --- absences
    R("U1801", at(23, "09:06", GB), "Thank you for your email. I'm out of the office until Monday 30 November with limited access to email.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Glenmorven Distillery Ltd", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("U1802", at(24, "09:06", ET), "I am out of the office for Thanksgiving and will return on Monday, November 30.", "out_of_office", headers=AUTO, subject="Out of Office: Reminder: overdue invoices – Pinecrest Veterinary Clinic PC", quote="none", gap_days=0, fam=["ooo-auto", "holiday"]),
    R("U1803", at(25, "09:06", IE), "I'm on annual leave until 4th January 2027. For urgent matters call the yard on 021 4410 220.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Harbourline Boatyard Ltd", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("U1807", at(26, "09:36", IN), "Thank you for your mail. I am on leave from 26/11 to 02/12 and will respond on my return.", "out_of_office", headers=AUTO, subject="Auto Reply: Reminder: overdue invoices – Kestrel Dental Lab Pvt Ltd", quote="none", gap_days=0, fam=["ooo-auto", "in-numeric"]),
    R("U1810", at(27, "06:06", PT_US), "Shop's closed for the holiday weekend, back Tuesday Dec 1!", "out_of_office", headers=AUTO, subject="Auto: Reminder: overdue invoices – Redwater Cycles LLC", quote="none", gap_days=0, fam=["ooo-auto", "holiday"], sender=0),
    R("U1808", at(25, "09:06", SG), "I am currently on maternity leave and will return on 1 March 2027.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Lion City Tea Importers Pte Ltd", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("U1811", at(26, "11:20", GB), "Hi, I'm away touring with the orchestra until 8 December, I'll look at this when I'm back. Hugh", "out_of_office", human=["absence written by a person"], fam=["ooo-human"]),
    # --- DSNs
    R("U1801", at(23, "09:07", GB), "Delivery has failed to these recipients or groups:\n\naccounts@glenmorven.example\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\n550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "bounce", sender="postmaster@glenmorven.example", subject="Undeliverable: Reminder: overdue invoices – Glenmorven Distillery Ltd", dsn=("accounts@glenmorven.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-exchange"]),
    R("U1805", at(24, "09:07", NZ), "This is the mail system at host mx.tasmanclimbing.example.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n<admin@tasmanclimbing.example>: mailbox full (#5.2.2)", "bounce", sender="MAILER-DAEMON@mx.tasmanclimbing.example", subject="Undelivered Mail Returned to Sender", dsn=("admin@tasmanclimbing.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-postfix", "mailbox-full"]),
    R("U1808", at(25, "09:07", SG), "Address not found\n\nYour message wasn't delivered to finance@lioncitytea.example because the address couldn't be found.\n\nThe response was:\n550 5.1.1 The email account that you tried to reach does not exist.", "bounce", sender="mailer-daemon@googlemail.example", subject="Delivery Status Notification (Failure)", dsn=("finance@lioncitytea.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-gmail"]),
    R("U1810", at(26, "09:07", PT_US), "Your message to office@redwatercycles.example couldn't be delivered.\n\n550 5.7.1 Recipient's domain rejected your message: sender not permitted by policy.", "bounce", sender="postmaster@redwatercycles.example", subject="Undeliverable: Reminder: overdue invoices – Redwater Cycles LLC", dsn=("office@redwatercycles.example", "5.7.1"), quote="none", gap_days=0, fam=["dsn-policy"]),
    R("U1812", at(23, "09:07", PH), "The following message to <accounting@coralshelfdive.example> was undeliverable.\nThe reason for the problem:\n5.4.4 - Unable to route. Host not found.", "bounce", sender="MAILER-DAEMON@relay.northwind-supplies.example", subject="Undeliverable mail", dsn=("accounting@coralshelfdive.example", "5.4.4"), quote="none", gap_days=0, fam=["dsn-no-route"]),
    R("U1803", at(27, "09:07", IE), "Hello, this is the mail server at harbourline-boats.example. The mailbox c.doyle@harbourline-boats.example has been disabled.\n\n550 5.2.1 Mailbox disabled", "bounce", sender="MAILER-DAEMON@harbourline-boats.example", subject="Returned mail: see transcript for details", dsn=("c.doyle@harbourline-boats.example", "5.2.1"), quote="none", gap_days=0, fam=["dsn-disabled"]),
    R("U1811", at(25, "09:07", GB), "Message not delivered. h.pryce@ridgewayorchestra.example: 452 4.2.2 Over quota. Giving up after 3 days.", "bounce", sender="MAILER-DAEMON@ridgewayorchestra.example", subject="Delivery failure", dsn=("h.pryce@ridgewayorchestra.example", "4.2.2"), quote="none", gap_days=0, fam=["dsn-quota"]),
    # --- wrong contacts
    R("U1802", at(23, "11:45", ET), "I'm the front desk – I don't handle bills. Please email Dana at d.ortiz@pinecrestvet.example.", "wrong_contact", fam=["front-desk"], sender=0),
    R("U1803", at(24, "16:30", IE), "Ciarán has retired. Accounts are now done by Maeve Kinsella, maeve@harbourline-boats.example.", "wrong_contact", fam=["retired"], sender=0),
    R("U1805", at(26, "14:05", NZ), "Wrong person mate, I'm a route setter. Try Rangi.", "wrong_contact", fam=["wrong-person", "terse"], sender=0),
    R("U1807", at(27, "12:20", IN), "Dear Sir, I have resigned from Kestrel w.e.f. 30/11. Kindly contact Mr. Suresh at accounts@kestreldental.example.", "wrong_contact", fam=["resigned", "non-native-in"]),
    R("U1810", at(24, "10:10", PT_US), "Jen sold the shop to us in October – her old invoices are hers. Her email is jenkowalski@fastmail.example.", "wrong_contact", fam=["sold-business"], sender=0),
    R("U1812", at(26, "16:35", PH), "Hi, I'm from the dive desk, not accounting. Please email Ms. Reyes instead.", "wrong_contact", fam=["wrong-department"], sender=0),
    R("U1811", at(27, "15:30", GB), "I'm a volunteer who helps with the newsletter – not sure why I got this. Hugh does the money.", "wrong_contact", fam=["volunteer"], sender=0),
    # --- the rest
    R("U1801", at(24, "12:15", GB), "Thanks, passed to Fiona.", "other", fam=["no-action", "forwarded-internally"], sender=0),
    R("U1802", at(25, "11:40", ET), "Can you send us a W-9 before we can pay?", "other", human=["tax form"], fam=["w9"]),
    R("U1805", at(27, "15:20", NZ), "Is this legit? Your bank account on the reminder is different to the one we have.", "other", human=["fraud check"], fam=["fraud-check"]),
    R("U1807", at(23, "14:35", IN), "Dear Sir, noted with thanks.", "other", fam=["no-action", "ack", "non-native-in"]),
    R("U1808", at(24, "12:05", SG), "Can we pay in SGD instead of USD? What is your rate?", "other", human=["payment method question"], fam=["currency-question"]),
    R("U1810", at(26, "17:45", PT_US), "Stop emailing me every week, it's Thanksgiving for crying out loud.", "other", human=["complaint"], fam=["complaint", "holiday"]),
    R("U1812", at(25, "08:05", PH), "Thank you for the reminder po!", "other", fam=["no-action", "ack", "non-native-ph"]),
    R("U1811", at(23, "17:25", GB), "Do you offer a charity discount? We're a registered charity, no. 1098812.", "other", human=["discount question"], fam=["discount"]),
]
