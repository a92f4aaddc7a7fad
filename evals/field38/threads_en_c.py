"""English replies (field38), part C: a Chicago car dealership on a legal account (en-US), a Tel Aviv SaaS company,
an Osaka printing house and a Manchester security firm."""

from evals.field.build import Payment, Reply
from evals.field38.kit import AUTO, GB, IL, JP, US, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK38-008", "F3810", "2027-03-23", "4370.00", "USD", "RAMAT DATA LTD WIRE 93818+93819"),
    P("BK38-009", "F3812", "2027-03-19", "2875.00", "GBP", "IRWELL GUARDING LTD IG-PO-1187"),
    P("BK38-010", "F3811", "2027-03-16", "5172.00", "EUR", "NANIWA PRINT CO LTD"),
]

REPLIES = [
    # --- Halsted Auto Group (Chicago, legal)
    R("F3809", at(22, "09:05", US), "Please direct all further communication regarding invoice 93817 to our counsel, Brennan & Oyelaran LLP, attn. Sarah Brennan. Do not contact our staff directly.", "other", inv=["93817"], human=["counsel handles it"], fam=["counsel", "legal-account"]),
    R("F3809", at(22, "15:30", US), "We dispute the full amount. The diagnostic scanners on 93817 were refurbished units sold as new. Our attorney has the serial numbers.", "dispute", inv=["93817"], fam=["goods-not-as-described", "legal-account"]),
    R("F3809", at(23, "10:10", US), "Settlement check for $10,000 goes out Friday 3/26 as agreed with your lawyers on the 3/19 call. Balance per the agreement by 4/30.", "promise_to_pay", date="2027-03-26", amount="10000.00", fam=["settlement", "numeric-mdy", "distractor-date"]),
    R("F3809", at(23, "16:45", US), "Marco here. Honestly I'd love to just pay this and be done but it's out of my hands, legal has it. Sorry man.", "other", human=["counsel handles it"], fam=["sympathetic", "legal-account"], sender=1),
    R("F3809", at(24, "11:20", US), "This mailbox is no longer monitored. Halsted Auto Group payables are now handled by our parent company at ap@lakeviewmotorholdings.example.", "wrong_contact", headers=AUTO, quote="none", subject="Automatic reply: Reminder: overdue invoices – Halsted Auto Group LLC", fam=["unmonitored-mailbox", "auto"], sender=0),
    R("F3809", at(25, "08:40", US), "I'm out of the office through Monday, March 29 for the NADA follow-ups. Limited access to email.", "out_of_office", headers=AUTO, subject="Out of Office: Reminder: overdue invoices – Halsted Auto Group LLC", quote="none", gap_days=0, fam=["ooo-auto", "legal-account"]),
    R("F3809", at(25, "14:10", US), "Per my voicemail: we can do the $14,380 in four payments of $3,595, first one 4/15. Need it in writing from your side before we cut anything.", "payment_plan_request", date="2027-04-15", amount="3595.00", inv=["93817"], fam=["plan-four", "numeric-mdy", "legal-account"]),
    R("F3809", at(22, "18:55", US), "Can you email me the signed delivery receipts for 93817? Our lawyer is asking.", "invoice_resend", inv=["93817"], fam=["proof-of-delivery", "legal-account"]),
    R("F3809", at(24, "09:00", US), "Wire sent this morning – $14,380.00, Fed ref 20270324B1Q8021C000417.", "already_paid", ref="20270324B1Q8021C000417", human=["no matching payment"], fam=["wire", "fed-ref", "legal-account"]),
    # --- Ramat Data (Tel Aviv, SaaS)
    R("F3810", at(22, "10:55", IL), "Hi! Both invoices will be paid by wire tomorrow (Tuesday). You'll see one transfer for 4,370.", "promise_to_pay", date="2027-03-23", amount="4370.00", partial=False, fam=["tomorrow", "collective-payment"], note="4,370 is the whole balance"),
    R("F3810", at(23, "12:30", IL), "Wired today, 4,370 USD, ref \"93818+93819\".", "already_paid", ref="93818+93819", inv=["93818", "93819"], fam=["paid-today", "terse"]),
    R("F3810", at(22, "16:15", IL), "Yael's on reserve duty till mid-April, I'm covering. Can you send me the invoices? I'm not on the distribution list — roni.ben-david@ramatdata.example", "invoice_resend", fam=["reserve-duty", "colleague-covers"], sender="roni.ben-david@ramatdata.example"),
    R("F3810", at(23, "09:40", IL), "We were billed for 25 seats but downgraded to 15 in January (see ticket #4471 from Jan 12). Please reissue 93818 for 15 seats.", "dispute", inv=["93818"], fam=["seat-count", "saas", "distractor-date"]),
    R("F3810", at(24, "14:20", IL), "Hi, going forward please send invoices to invoices@ramatdata.example — that's what feeds our Priority ERP. ap@ is being retired.", "po_change", fam=["invoice-mailbox"], sender=0),
    R("F3810", at(24, "19:05", IL), "paying the 720 now, the 3650 one on sunday", "promise_to_pay", date="2027-03-24", amount="720.00", partial=False, inv=["93819", "93818"], fam=["two-parts", "mobile", "israeli-week"], note="720 is all of 93819; the rest on Sunday 28"),
    R("F3810", at(25, "10:35", IL), "Thanks for the reminder. The payment is approved and will leave our account on 31.3, last working day of the quarter.", "promise_to_pay", date="2027-03-31", fam=["quarter-end", "numeric-dmy"], sender=0),
    R("F3810", at(25, "15:50", IL), "Auto-reply: I'm on a flight to New York until Friday. Back online Sunday 28.3.", "out_of_office", headers=AUTO, subject="Auto-reply: Reminder: overdue invoices – Ramat Data Ltd", quote="none", gap_days=0, fam=["ooo-auto", "travel"]),
    R("F3810", at(22, "22:40", IL), "Is there any discount if we prepay the annual renewal now? Asking before we pay the open ones.", "other", human=["discount question"], fam=["discount-question", "late-evening"]),
    # --- Naniwa Print (Osaka)
    R("F3811", at(22, "09:20", JP), "Dear Sir,\n\nThank you very much for your always kind support.\nWe are very sorry for our late payment. We will pay the invoice 93820 on the end of this month, March 31.\nThe invoice 93821 we have not received. Could you please send it again?\n\nBest regards,\nHiroko Mori\nGeneral Affairs Dept., Naniwa Print Co., Ltd.", "promise_to_pay", sec=["invoice_resend"], date="2027-03-31", inv=["93820", "93821"], fam=["end-of-month", "japanese", "formal", "never-received"]),
    R("F3811", at(22, "14:45", JP), "Dear Sir,\nWe remitted EUR 5,190 on March 16. The bank deducted transfer fee. Please confirm receipt.", "already_paid", inv=["93820"], human=["amount differs"], fam=["bank-charges", "japanese"], note="BK38-010 is 5,172.00: 18 short"),
    R("F3811", at(23, "10:30", JP), "Our company pays suppliers on the 10th and the 25th of each month. Your invoice will be paid on the 25th of March.", "promise_to_pay", date="2027-03-25", fam=["payment-day", "japanese"], sender=0),
    R("F3811", at(23, "13:55", JP), "To Northwind,\nThe price of the ink cartridge in invoice 93821 is different from your quotation No. Q-2027-118 (1,180 EUR). Please check.", "dispute", inv=["93821"], fam=["price-vs-quote", "japanese"]),
    R("F3811", at(24, "10:10", JP), "Thank you for your e-mail. Our office will be closed from March 27 to April 4 due to the change of our office system for the new fiscal year. We will reply after April 5.", "out_of_office", headers=AUTO, subject="Auto reply", quote="none", gap_days=0, fam=["ooo-auto", "fiscal-year", "closure"], sender=0),
    R("F3811", at(24, "16:30", JP), "We will pay in the beginning of April.", "promise_to_pay", date="2027-04-01", fam=["beginning-of-month", "terse", "japanese"]),
    R("F3811", at(25, "09:45", JP), "Please send the invoice of the company name \"Naniwa Print Co., Ltd.\" not \"Naniwa Printing\". Our tax office requires correct name for Qualified Invoice.", "po_change", fam=["company-name", "qualified-invoice"]),
    R("F3811", at(25, "14:05", JP), "Dear Sir or Madam,\nMs. Mori has retired at the end of February. From now, please send to accounting@naniwaprint.example. I am Suzuki, in charge from April.", "wrong_contact", fam=["retired", "new-contact", "japanese"], sender=0),
    R("F3811", at(23, "17:20", JP), "Dear Northwind, we would like to pay the 5,190 EUR in two times, April 10 and May 10, because of new fiscal year budget. Is it possible?", "payment_plan_request", date="2027-04-10", inv=["93820"], fam=["two-instalments", "new-fiscal-year", "japanese"]),
    R("F3811", at(22, "11:00", JP), "Your message to h.mori@naniwaprint.example couldn't be delivered. The mailbox is disabled.\n\n550 5.2.1 Mailbox disabled", "bounce", sender="postmaster@naniwaprint.example", subject="Undeliverable: Reminder: overdue invoices – Naniwa Print Co., Ltd.", dsn=("h.mori@naniwaprint.example", "5.2.1"), quote="none", gap_days=0, fam=["dsn-disabled"]),
    # --- Irwell Guarding (Manchester, security)
    R("F3812", at(22, "08:50", GB), "Hi, 93822 was paid on Friday against PO IG-PO-1187. 93823 – never seen it, can you send it through? Ta, Karen", "already_paid", sec=["invoice_resend"], inv=["93822", "93823"], fam=["paid-and-resend", "british-casual"]),
    R("F3812", at(22, "13:20", GB), "We'll settle by the 31st. Year end, so it'll definitely go.", "promise_to_pay", date="2027-03-31", fam=["day-of-month", "year-end"]),
    R("F3812", at(23, "11:35", GB), "Can you hold off chasing till after Easter? We'll pay the Tuesday after, 30th March.", "promise_to_pay", date="2027-03-30", fam=["after-easter", "weekday-date"]),
    R("F3812", at(23, "15:10", GB), "93823 is for 3 radio handsets but only 2 were in the box. Driver's POD says 3, he's wrong. Please credit one.", "dispute", inv=["93823"], fam=["short-delivery", "british-casual"]),
    R("F3812", at(24, "10:25", GB), "Please note our new PO for April onwards is IG-PO-1250, old POs close on 31 March with our year end. Please amend 93823 to the new PO.", "po_change", inv=["93823"], fam=["new-po", "year-end"], sender=0),
    R("F3812", at(24, "15:55", GB), "Hello, I'm a night supervisor at a site in Salford, no idea why I'm getting invoices. Please take me off this list.", "wrong_contact", fam=["wrong-person", "british-casual"], sender="night.salford@irwellguarding.example"),
    R("F3812", at(25, "09:30", GB), "Karen is away until 12 April. Your message has not been forwarded.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Irwell Guarding Ltd", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-auto", "not-forwarded", "ooo-long"]),
    R("F3812", at(25, "13:40", GB), "Could we pay the 615 a week on Friday? Cash flow's tight with the wage run.", "promise_to_pay", date="2027-04-02", amount="615.00", inv=["93823"], partial=False, fam=["week-on-friday", "question-form"], note="'a week on Friday' written Thursday 25: Friday 2 April"),
    R("F3812", at(23, "19:50", GB), "Thanks, received & passed to accounts.", "other", fam=["ack", "no-action"], sender=1),
]
