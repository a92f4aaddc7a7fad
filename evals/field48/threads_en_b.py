"""Hand-written field48 replies in English: a Norwich stained-glass studio, a Hunter Valley equestrian centre on a plan,
a Karoo observatory lodge, a Singapore violin atelier, a Hudson Valley circus school on a legal account."""

from evals.field.build import Payment, Reply
from evals.field48.kit import AU, AUTO, GB, NY, SG, ZA, at

PAYMENTS = [
    Payment("BK48-006", "M4805", "2027-05-10", "2300.00", "GBP", "CARDEW VANE LTD"),
    Payment("BK48-007", "M4806", "2027-05-10", "2100.00", "AUD", "WEC INST 3"),
    Payment("BK48-008", "M4807", "2027-05-11", "38450.00", "ZAR", "SSOL94812"),
    Payment("BK48-009", "M4808", "2027-05-07", "5870.00", "SGD", "TBVA0507 TIONG BAHRU VIOLIN"),
]

REPLIES = [
    # --- M4805 Cardew & Vane Stained Glass Ltd (Norwich, en-GB) ---
    Reply("M4805", at(13, "12:15", GB), """Hello - I'll pay both after the bank holiday, Tuesday 1st June. We're finishing the west window at St Peter Mancroft and I won't be at a desk till then.
Harriet""", "promise_to_pay", date="2027-06-01", fam=["promise-date", "holiday", "weekday-ordinal"]),
    Reply("M4805", at(10, "10:48", GB), """Hi,

I think there's a mistake here. We're on 30 days end of month terms with you (it's on our account form), so 94810 isn't due until the end of May. It'll be paid on the last working day of May as always, which this year is Friday 28th because of the bank holiday.

Office
Cardew & Vane""", "dispute", sec=["promise_to_pay"], date="2027-05-28", inv=["94810"], sender=0,
          fam=["dispute-terms", "month-end-run", "holiday"], note="last working day of May in England: Friday 28 (31 May is the spring bank holiday)"),
    Reply("M4805", at(11, "09:20", GB), """Morning. Paid £2,300 on Monday for 94809 - I knocked off £40 for the cracked lead came in the last delivery, which I agreed with your rep Tom on the phone.
Harriet""", "already_paid", inv=["94809"], human=["amount differs"], fam=["paid-short", "deduction"],
          note="BK48-006 is 2,300.00, the invoice 2,340.00"),
    Reply("M4805", at(12, "15:10", GB), """Dear Northwind,

We have moved the workshop. Our new address is Unit 4, Whiffler Road Industrial Estate, Norwich NR3 2AZ. Please reissue both open invoices with the new billing address, as our accountant won't accept invoices to the old premises.

Thank you,
Harriet Cardew
Director, Cardew & Vane Stained Glass Ltd""", "po_change", fam=["billing-address", "reissue"]),
    Reply("M4805", at(11, "13:33", GB), """Hello, Harriet is up the scaffolding at Ely Cathedral all week with no signal to speak of. She'll be back in the studio on Monday and will look at this then. Sarah (studio assistant)""",
          "out_of_office", sender=0, human=["absence typed by a person"], fam=["ooo-typed", "colleague"]),
    Reply("M4805", at(10, "17:55", GB), """Monday week, if that's ok. H.""", "promise_to_pay", date="2027-05-24", fam=["promise-date", "weekday-week", "terse"],
          note="written Monday 10: the coming Monday is the 17th, Monday week the 24th"),
    Reply("M4805", at(12, "08:05", GB), """Sorry, what was 94810 for? I can't find it anywhere. Could you send me a copy?""", "invoice_resend", inv=["94810"],
          fam=["resend", "terse"]),
    Reply("M4805", at(13, "09:42", GB), """Hi,

94809 has £85 delivery on it but your quote (QTN-3390) said free delivery on orders over £2,000, and this one was £2,255 before delivery. Can you take the delivery charge off please and resend?

Harriet""", "dispute", inv=["94809"], fam=["dispute-freight"]),
    Reply("M4805", at(11, "16:20", GB), """Apologies, I'd lost track. Both on Friday the 21st.""", "promise_to_pay", date="2027-05-21", fam=["promise-date", "weekday-ordinal"]),
    Reply("M4805", at(12, "11:11", GB), """Hello, our new accountant has asked me to get your VAT registration number and company number for our supplier file before we pay anyone else. Could you let me have them?
Thanks, Harriet""", "other", human=["supplier paperwork"], fam=["supplier-paperwork"]),
    Reply("M4805", at(10, "09:01", GB), """This is the mail delivery system at mail.cardewvane.example.

Delivery to the following recipient failed permanently:

    h.cardew@cardewvane.example

Technical details of permanent failure:
550 5.1.1 <h.cardew@cardewvane.example>: Recipient address rejected: User unknown in virtual mailbox table""", "bounce",
          sender="mailer-daemon@mail.cardewvane.example", subject="Delivery Status Notification (Failure)", dsn=("h.cardew@cardewvane.example", "5.1.1"),
          fam=["bounce", "user-unknown"]),
    Reply("M4805", at(12, "18:40", GB), """Will sort it by the end of the week. H""", "promise_to_pay", date="2027-05-14", fam=["promise-date", "end-of-week", "terse"]),

    # --- M4806 Wollombi Equestrian Centre Pty Ltd (Hunter Valley NSW, en-AU, payment plan) ---
    Reply("M4806", at(11, "08:10", AU), """Hi there,

Instalment 3 of 6 ($2,100) will go through on Friday 14/5 as per our arrangement.

Cheers,
Kylie""", "promise_to_pay", date="2027-05-14", amount="2100.00", fam=["instalment", "promise-date", "flagged"]),
    Reply("M4806", at(10, "15:30", AU), """Why are we still getting these reminders?? We're on a payment plan with you and we're up to date. Please fix your system.
Admin - Wollombi Equestrian""", "other", sender=0, human=["reminders while on a plan"], fam=["complaint", "flagged"]),
    Reply("M4806", at(12, "20:05", AU), """Hi,

We've had a rough month - a colic outbreak in the barn and the vet bills have wiped us out. Is there any chance we could skip the May instalment and add it onto the end of the plan instead? I'd really appreciate it.

Kylie Brennan""", "payment_plan_request", fam=["plan-change", "flagged"]),
    Reply("M4806", at(11, "10:55", AU), """Paid the $2,100 instalment on Monday, ref WEC INST 3. K""", "already_paid", ref="WEC INST 3", human=["amount differs"],
          fam=["paid-instalment", "flagged"], note="BK48-007 is one instalment, not the 12,600 open"),
    Reply("M4806", at(10, "06:00", AU), """Thanks for your email. I'm away at the Scone Horse Festival until Monday 17 May with patchy reception. For bookings call the office on 02 4998 1120.

Kylie""", "out_of_office", headers=AUTO, subject="Out of office: Reminder: overdue invoices – Wollombi Equestrian Centre Pty Ltd", quote="none",
          fam=["ooo-short", "flagged"]),
    Reply("M4806", at(13, "07:45", AU), """Heads up - the next instalment will be a bit late this time, it'll go on the 28th instead of the 21st. Feed bill is due the same week. Sorry!
Kylie""", "promise_to_pay", date="2027-05-28", human=["partial"], fam=["instalment", "moved-date", "flagged"], note="instalment of the plan, no amount written"),
    Reply("M4806", at(12, "09:30", AU), """Hello, Kylie has sold her share of the business to me and doesn't look after the accounts any more. Please send everything to me from now on: Sam Reid, sam@wollombiequestrian.example.
Sam""", "wrong_contact", sender="sam@wollombiequestrian.example", fam=["wrong-contact", "new-owner", "unknown-sender", "flagged"]),
    Reply("M4806", at(12, "14:02", AU), """We'll clear the remaining balance before EOFY (30 June) - the accountant wants it off the books. Kylie""", "promise_to_pay", date="2027-06-30",
          fam=["promise-date", "eofy", "over-30-days", "flagged"]),
    Reply("M4806", at(13, "16:18", AU), """Hi,

Your reminder says $12,600 is overdue. That's not right - we've paid two instalments of $2,100 already (March and April) so the balance is $8,400. Please correct it.

Kylie""", "dispute", fam=["dispute-balance", "flagged"]),
    Reply("M4806", at(11, "19:22", AU), """Could you send me a statement and the updated plan schedule please? Our bookkeeper wants to reconcile. Thanks, admin""",
          "invoice_resend", sender=0, fam=["statement", "flagged"]),

    # --- M4807 Sutherland Starlight Observatory Lodge (Northern Cape, en-ZA) ---
    Reply("M4807", at(10, "11:20", ZA), """Good day

We will make payment on the 25th when our month-end funds clear. Apologies for the inconvenience.

Kind regards
Thandi Mokoena
Lodge Manager""", "promise_to_pay", date="2027-05-25", fam=["promise-date", "ordinal-alone"]),
    Reply("M4807", at(11, "14:35", ZA), """Good afternoon

EFT done today for INV-2026-94812, R38 450,00, ref SSOL94812. Proof of payment attached.

Accounts""", "already_paid", inv=["94812"], ref="SSOL94812", sender=0,
          attachments=[("POP_SSOL94812.pdf", "application/pdf", "Payment notification: R38 450,00 to Northwind Supplies GmbH, reference SSOL94812, 2027-05-11")],
          fam=["paid-matched", "proof-of-payment"]),
    Reply("M4807", at(12, "10:02", ZA), """Hi

The dome heater on 94813 was the wrong voltage (110V, we ordered 230V) and we sent it back with your courier on the 3rd. Please issue a credit note, we will not be paying that invoice.

Thandi""", "dispute", inv=["94813"], fam=["dispute-wrong-goods"]),
    Reply("M4807", at(13, "09:14", ZA), """Morning

Winter is our quiet season - the stargazing tours drop off once it gets cold. Could we pay R10 000 per month from the end of May until both invoices are settled?

Regards
Thandi""", "payment_plan_request", date="2027-05-31", amount="10000.00", fam=["plan-request", "month-end"]),
    Reply("M4807", at(11, "12:12", ZA), """We'll settle 94813 before Youth Day (Wednesday 16 June), so by Tuesday 15 June. Thandi""", "promise_to_pay", date="2027-06-15", inv=["94813"],
          fam=["promise-date", "holiday", "over-30-days"]),
    Reply("M4807", at(13, "08:00", ZA), """I am on leave until 24 May 2027. Your email will not be forwarded. For urgent matters please contact reception@starlightlodge.example.

Thandi Mokoena""", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Sutherland Starlight Observatory Lodge (Pty) Ltd",
          quote="none", fam=["ooo-short"]),
    Reply("M4807", at(12, "22:30", ZA), """Sorry, load shedding all evening and the router's down, I can't get onto the bank. Will pay tomorrow morning. T""", "promise_to_pay",
          date="2027-05-13", fam=["promise-date", "late-night", "mobile"]),
    Reply("M4807", at(10, "15:50", ZA), """Hi

Before we can load Northwind as a supplier for payment we need a bank confirmation letter stamped by your bank, not older than 3 months. Our auditors are strict on this since last year's fraud case.

Accounts""", "other", sender=0, human=["supplier paperwork"], fam=["supplier-paperwork", "fraud-worry"]),
    Reply("M4807", at(11, "08:48", ZA), """Good morning

Please address all invoices to our holding company from now on: Starlight Karoo Holdings (Pty) Ltd, VAT no. 4870291133, PO Box 58, Sutherland 6920. Kindly reissue 94812 and 94813.

Accounts""", "po_change", sender=0, fam=["legal-entity", "reissue"]),
    Reply("M4807", at(12, "13:40", ZA), """R20 000 this Friday and the balance by month end. Thandi""", "promise_to_pay", date="2027-05-14", amount="20000.00",
          fam=["promise-date", "partial", "two-parts"]),
    Reply("M4807", at(13, "11:25", ZA), """Good day

Thandi left the lodge at the end of April. The new lodge manager is Pieter Swanepoel, p.swanepoel@starlightlodge.example. Please direct all correspondence to him.

Accounts""", "wrong_contact", sender=0, fam=["wrong-contact", "new-contact"]),
    Reply("M4807", at(10, "09:33", ZA), """Delivery has failed to these recipients or groups:

t.mokoena@starlightlodge.example
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'""", "bounce",
          sender="postmaster@starlightlodge.example", subject="Undeliverable: Reminder: overdue invoices – Sutherland Starlight Observatory Lodge (Pty) Ltd",
          dsn=("t.mokoena@starlightlodge.example", "5.2.2"), fam=["bounce", "exchange"]),

    # --- M4808 Tiong Bahru Violin Atelier Pte Ltd (Singapore, en-SG) ---
    Reply("M4808", at(10, "10:15", SG), """Hi, will pay by 21/5 ya, boss approved already. Thanks!
Melissa""", "promise_to_pay", date="2027-05-21", fam=["promise-date", "day-first", "singlish"]),
    Reply("M4808", at(11, "09:40", SG), """Dear Sir/Mdm,

Please be informed that payment of SGD 5,870.00 was made via FAST on 7 May 2027, ref TBVA0507. Kindly check and update your record.

Thank you.
Finance Dept""", "already_paid", inv=["94814"], ref="TBVA0507", sender=0, fam=["paid-matched", "formal"]),
    Reply("M4808", at(12, "14:25", SG), """Hi, I think 94815 is duplicate. The rosin + E strings order is already billed in 94814 item 3, same delivery order DO-77120. Pls check and cancel 94815. Thanks""",
          "dispute", inv=["94815"], fam=["dispute-duplicate"]),
    Reply("M4808", at(13, "11:05", SG), """Hi, our payment run is usually Thursday but next Thursday is Vesak Day public holiday, so it will go on Wednesday 19th instead. Both invoices. Melissa""",
          "promise_to_pay", date="2027-05-19", fam=["promise-date", "holiday", "weekday-ordinal"]),
    Reply("M4808", at(12, "16:48", SG), """Hi, can send the invoice again in proper tax invoice format with GST breakdown? Our auditor is asking for it. Both invoices pls.""",
          "invoice_resend", fam=["resend", "tax-invoice"]),
    Reply("M4808", at(10, "08:30", SG), """Dear sender, I am on leave from 10 May to 12 May and will be back in office on 13 May. For urgent matters please contact finance@tbviolin.example. Thank you.

Melissa Goh""", "out_of_office", headers=AUTO, subject="Auto Reply: Reminder: overdue invoices – Tiong Bahru Violin Atelier Pte Ltd", quote="none",
          fam=["ooo-short"]),
    Reply("M4808", at(13, "17:20", SG), """Noted with thanks.""", "other", sender=0, fam=["no-action", "terse"]),
    Reply("M4808", at(10, "13:50", SG), """Hi, payment will be made within 7 working days. Melissa""", "promise_to_pay", date="2027-05-19",
          fam=["promise-date", "working-days"], note="Mon-Fri from Tuesday 11: the 7th is Wednesday 19 May"),
    Reply("M4808", at(11, "15:30", SG), """Hi, is it possible to pay 94814 in 2 parts? Half end May and half end June. Cashflow a bit tight after the Chinese orchestra order. Thanks""",
          "payment_plan_request", date="2027-05-31", inv=["94814"], fam=["plan-request", "month-end"]),
    Reply("M4808", at(12, "10:00", SG), """Dear Sir/Mdm, Ms Melissa Goh is on maternity leave until September. Please contact Mr Jason Lim (jason.lim@tbviolin.example) for all payment matters. Thank you.
Finance""", "wrong_contact", sender=0, fam=["wrong-contact", "maternity-leave"]),

    # --- M4809 Hudson Ridge Circus Arts LLC (Kingston NY, en-US, legal) ---
    Reply("M4809", at(10, "12:05", NY), """I already told your lawyer I'd pay $1,500 on 5/28 and the rest over the summer when the camps start. Tomasz""",
          "promise_to_pay", date="2027-05-28", amount="1500.00", human=["undated remainder"], fam=["promise-date", "partial", "us-month-first", "flagged"]),
    Reply("M4809", at(11, "16:00", NY), """Re: Hudson Ridge Circus Arts LLC - Northwind Supplies GmbH, INV-2026-94816

Dear Sir or Madam:

This office represents Hudson Ridge Circus Arts LLC. Our client disputes INV-2026-94816 in its entirety. The aerial rigging points delivered under that invoice were not supplied with the load certification required by the purchase terms and could not lawfully be used with students. Our client has held the equipment for collection since February.

Please direct all further communication regarding this matter to the undersigned.

Very truly yours,
Joseph A. Marino, Esq.
Marino & Dutch LLP, Kingston, NY""", "dispute", inv=["94816"], sender="jmarino@marinodutchlaw.example", fam=["legal-letter", "dispute-quality", "unknown-sender", "flagged"]),
    Reply("M4809", at(12, "09:10", NY), """Please direct all further correspondence about this account to our attorney, Joseph Marino, at Marino & Dutch LLP. We will not be responding to collection emails.
Hudson Ridge Circus Arts""", "other", sender=0, human=["refer to attorney"], fam=["legal", "flagged"]),
    Reply("M4809", at(12, "21:40", NY), """Stop harassing me. I have paid what I owe you people.""", "already_paid", human=["no matching payment"], fam=["paid-unmatched", "angry", "flagged"]),
    Reply("M4809", at(10, "05:30", NY), """Thanks for your message! Hudson Ridge is on tour with our student show through June 6. Email will be checked occasionally. Classes resume June 7.

Tomasz""", "out_of_office", headers=AUTO, subject="Auto-Reply: Reminder: overdue invoices – Hudson Ridge Circus Arts LLC", quote="none",
          human=["absence longer than 14 days"], fam=["ooo-long", "flagged"]),
    Reply("M4809", at(13, "10:40", NY), """Would you accept $500 a month starting June 15? The school lost its county arts grant this year and that's honestly all I can do.
Tomasz W.""", "payment_plan_request", date="2027-06-15", amount="500.00", fam=["plan-request", "flagged"]),
    Reply("M4809", at(10, "14:22", NY), """I mailed a check for the full amount on Friday. It should reach you this week.
T. Wierzbicki""", "already_paid", human=["no matching payment"], fam=["paid-unmatched", "cheque", "flagged"]),
    Reply("M4809", at(11, "11:15", NY), """Send me an itemized invoice. The one I have just says "rigging equipment" and a total. I'm not paying a number I can't check.""",
          "invoice_resend", fam=["resend", "itemised", "flagged"]),
    Reply("M4809", at(13, "15:05", NY), """WITHOUT PREJUDICE

Dear Sir or Madam:

Further to our letter of May 11, and without any admission of liability, our client is prepared to pay $4,000.00 in full and final settlement of INV-2026-94816, subject to your collecting the uncertified rigging from its premises. This offer remains open until May 27, 2027.

Joseph A. Marino, Esq.""", "dispute", inv=["94816"], sender="jmarino@marinodutchlaw.example", fam=["settlement-offer", "legal-letter", "unknown-sender", "flagged"],
          note="an offer is not a commitment; its deadline is not a promise date"),
    Reply("M4809", at(11, "07:20", NY), """<office@hudsonridgecircus.example>: host mx.hudsonridgecircus.example[203.0.113.40] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)""", "bounce", sender="MAILER-DAEMON@mx.hudsonridgecircus.example",
          subject="Undelivered Mail Returned to Sender", dsn=("office@hudsonridgecircus.example", "5.2.2"), fam=["bounce", "flagged"]),
]
