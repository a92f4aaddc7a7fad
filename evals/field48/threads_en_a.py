"""Hand-written field48 replies in English: a Manchester concert hall, a Chicago philharmonic, a Virginia aquarium, a
Monaghan mushroom farm."""

from evals.field.build import Payment, Reply
from evals.field48.kit import AUTO, CHI, GB, IE, NY, at

PAYMENTS = [
    Payment("BK48-001", "M4801", "2027-05-06", "4860.00", "GBP", "HHCT-0506 HALLORAN HALL"),
    Payment("BK48-002", "M4802", "2027-05-07", "18400.00", "USD", "071000013384421 LAKESHORE PHIL ASSN"),
    Payment("BK48-003", "M4804", "2027-05-10", "9380.00", "EUR", "GLENMOY 94807"),
    Payment("BK48-004", "M4801", "2027-05-13", "1275.50", "GBP", "HALLORAN HALL CONC"),
    Payment("BK48-005", "M4803", "2027-05-03", "7215.00", "USD", "TIDEWATER AQUARIUM ACH TAM-0418"),
]

REPLIES = [
    # --- M4801 Halloran Hall Concert Trust (Manchester, en-GB) ---
    Reply("M4801", at(10, "09:41", GB), """Hello,

Both invoices are in our payment run on Friday 14th May. Apologies for the delay - the April run was skipped because the office was shut over Easter and then again for the early May bank holiday, and it all piled up.

Best wishes
Priya

Priya Nandakumar
Finance Manager | Halloran Hall Concert Trust
Registered charity no. 1093318""", "promise_to_pay", date="2027-05-14", fam=["promise-date", "weekday-ordinal", "holiday"]),
    Reply("M4801", at(11, "07:58", GB), """4860 going today, the 1275.50 one end of month.
Sent from my iPhone""", "promise_to_pay", date="2027-05-11", amount="4860.00", partial=False, sender=0,
          fam=["promise-date", "terse", "mobile", "two-parts"], note="4,860 is the whole of 94801; the rest dated"),
    Reply("M4801", at(12, "14:20", GB), """Dear Accounts Receivable,

Our records show INV-2026-94801 was paid by BACS on 6 May, reference HHCT-0506. Please check your bank and allocate it.

INV-2026-94802 is in the next run.

Kind regards,
Accounts Team
Halloran Hall Concert Trust""", "already_paid", inv=["94801", "94802"], ref="HHCT-0506", sender=0,
          sec=["promise_to_pay"], human=["undated"], fam=["paid-matched", "undated-remainder"],
          note="94801 matches BK48-001 by reference; 'the next run' names no day"),
    Reply("M4801", at(12, "16:05", GB), """Hi,

I can't approve 94802 as it stands. It charges for six LED music-stand lights and we only ever received four - the delivery note signed by our stage manager (attached) says four. Please send a credit note for the two missing and we'll pay the rest.

Thanks
Priya""", "dispute", inv=["94802"], attachments=[("DN-55812-signed.pdf", "application/pdf", "Delivery note 55812 - LED stand light x4 - received by R. Okoye")],
          fam=["dispute-short-delivery", "attachment"]),
    Reply("M4801", at(13, "10:12", GB), """Morning - could you resend 94802 please? Our new scanning system rejected the PDF (it says the file is password protected?). Many thanks, P""",
          "invoice_resend", inv=["94802"], fam=["resend", "terse"]),
    Reply("M4801", at(12, "06:30", GB), """Thank you for your email. I am on annual leave and will be back in the office on Tuesday 1 June. For anything urgent about the concert season please contact the box office on 0161 496 0732. For payments please write to accounts@hallorantrust.example.

Priya Nandakumar""", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Halloran Hall Concert Trust",
          human=["absence longer than 14 days"], quote="none", fam=["ooo-long", "holiday"], note="back 1 June, 20 days after the 12th"),
    Reply("M4801", at(11, "11:47", GB), """Hello again,

Quick update as promised. The trustees meet on Thursday 20 May to sign off this quarter's payments - nothing over £1,000 goes out without two signatures. The transfer for both invoices will then be made on Monday 24 May.

Priya""", "promise_to_pay", date="2027-05-24", fam=["promise-date", "meeting-distractor"], note="trustees' meeting on the 20th is a distractor"),
    Reply("M4801", at(10, "13:02", GB), """Hiya, this is the box office, we don't deal with invoices I'm afraid!! You want Priya in finance - p.nandakumar@hallorantrust.example. I've forwarded it to her anyway.
Jodie""", "wrong_contact", sender="boxoffice@hallorantrust.example", fam=["wrong-contact", "unknown-sender", "colleague"]),
    Reply("M4801", at(13, "15:33", GB), """Dear Sir/Madam,

I'm writing with some reluctance. Ticket sales for the spring season came in well under budget and our cash is very tight until the summer festival. Would you be willing to let us pay 94801 in three instalments of £1,620, the first on Friday 28 May and the others at the end of June and July?

We would of course keep 94802 separate and pay it in full this month.

Yours faithfully,
Priya Nandakumar
Finance Manager""", "payment_plan_request", date="2027-05-28", amount="1620.00", inv=["94801", "94802"],
          fam=["plan-request", "formal", "promise-date"]),
    Reply("M4801", at(11, "09:15", GB), """Hello,

Before we pay anything: we had an email on Friday, apparently from your accounts team, saying your bank details have changed and asking us to use a new account in Lithuania. It looked a bit odd. Can someone ring me on 0161 496 0719 to confirm whether this is genuine? We won't release the payment until we've spoken.

Regards
Priya""", "other", human=["fraud check"], fam=["fraud-worry"]),
    Reply("M4801", at(11, "16:50", GB), """Hi, yes this will be paid a fortnight today. Sorry it's late. Priya""", "promise_to_pay", date="2027-05-25",
          fam=["promise-date", "relative-span"], note="a fortnight from Tuesday 11 May"),
    Reply("M4801", at(10, "10:03", GB), """This is the mail system at host mx1.hallorantrust.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<accounts@hallorantrust.example>: mailbox is full
    (quota exceeded, 5.2.2)""", "bounce", sender="MAILER-DAEMON@mx1.hallorantrust.example", subject="Undelivered Mail Returned to Sender",
          dsn=("accounts@hallorantrust.example", "5.2.2"), fam=["bounce", "postfix"]),
    Reply("M4801", at(12, "12:26", GB), """We'll pay as soon as the Arts Council grant instalment lands in our account. They've told us "May" but no date. I'll let you know when it does.
Priya""", "promise_to_pay", human=["conditional", "undated"], fam=["conditional", "undated"]),
    Reply("M4801", at(13, "08:44", GB), """Thanks, I've passed this on to Priya.
Accounts""", "other", sender=0, fam=["no-action", "terse"]),
    Reply("M4801", at(13, "17:02", GB), """Paid this afternoon - 94802, £1,275.50. Think the other one went last week already. P""", "already_paid", inv=["94801", "94802"],
          fam=["paid-matched", "terse"], note="94802 matches BK48-004 (13 May, 1,275.50), 94801 matches BK48-001",
          human=[]),

    # --- M4802 Lakeshore Philharmonic Association (Chicago, en-US, strategic) ---
    Reply("M4802", at(10, "10:22", CHI), """Hi,

Both invoices have been approved and are scheduled for our 5/21 ACH run.

Thank you,
Denise Kowalczyk
Controller
Lakeshore Philharmonic Association
"Music for every neighborhood since 1962\"""", "promise_to_pay", date="2027-05-21", fam=["promise-date", "us-month-first", "flagged"]),
    Reply("M4802", at(11, "14:10", CHI), """Good afternoon,

A check for $2,960.00 (INV-2026-94804, PO LPA-5590) will be cut on 5/18 and mailed the same day. Please allow 5-7 business days for delivery.

The larger invoice is still with the Operations Committee.

Accounts Payable
Lakeshore Philharmonic Association""", "promise_to_pay", date="2027-05-18", amount="2960.00", partial=False, inv=["94804"], sender=0,
          human=["undated remainder"], fam=["promise-date", "us-month-first", "cheque", "delivery-distractor"]),
    Reply("M4802", at(12, "09:05", CHI), """Hello,

The PO on INV-2026-94803 needs to be LPA-5521-A. The original PO was revised after the spring gala (the extra risers were added) and our system will not match the invoice to the old number. Please reissue with the new PO and we will process it right away.

Thanks,
Denise""", "po_change", inv=["94803"], fam=["po-change", "reissue"]),
    Reply("M4802", at(12, "15:48", CHI), """Denise asked me to reply on this.

94803 bills the 40 choral risers at $460 each. Our agreement (attached, section 3) sets $410 per riser for orders over 25 units. That's $2,000 over. We're not paying the invoice until it's corrected.

Regards,
Kevin Odom
Operations Manager""", "dispute", inv=["94803"], sender="k.odom@lakeshorephil.example",
          attachments=[("LPA-supply-agreement-2026.pdf", "application/pdf", "3. Pricing: choral risers, orders over 25 units, USD 410.00 per unit")],
          fam=["dispute-price", "colleague", "unknown-sender"]),
    Reply("M4802", at(13, "11:30", CHI), """Hi there, we sent the $18,400.00 by ACH on 5/7. The trace number is 071000013384421. Please apply it to INV-2026-94803.
AP Team""", "already_paid", inv=["94803"], ref="071000013384421", sender=0, fam=["paid-matched", "us-month-first", "flagged"]),
    Reply("M4802", at(10, "07:00", CHI), """I am out of the office through Monday, May 17 with limited access to email. I will respond when I return on Tuesday, May 18. For urgent accounting matters please contact ap@lakeshorephil.example.

Denise Kowalczyk""", "out_of_office", headers=AUTO, subject="Out of Office: Reminder: overdue invoices – Lakeshore Philharmonic Association",
          quote="none", fam=["ooo-short", "flagged"]),
    Reply("M4802", at(11, "16:40", CHI), """Denise here. We had this down for 5/14 but our treasurer (second signer) is traveling with the orchestra's tour until the weekend, so it will now go out Wednesday 5/19. Apologies for the back and forth.""",
          "promise_to_pay", date="2027-05-19", fam=["promise-date", "moved-date", "us-month-first"]),
    Reply("M4802", at(12, "10:55", CHI), """Hello - our auditors flagged that we don't have a W-9 on file for Northwind. Could you send one, together with copies of 94803 and 94804? We can't release anything to a new vendor record without it.
Thanks, AP""", "invoice_resend", sec=["other"], sender=0, human=["tax form"], fam=["resend", "tax-form"]),
    Reply("M4802", at(13, "13:14", CHI), """Hi,

Our endowment draw doesn't come in until the start of each quarter. For 94803, would it be possible to do $9,200 on 6/1 and the remaining $9,200 on 7/1? 94804 we'll pay in full this month.

Denise""", "payment_plan_request", date="2027-06-01", amount="9200.00", inv=["94803", "94804"], fam=["plan-request", "us-month-first"]),
    Reply("M4802", at(10, "15:21", CHI), """Noted. Our fiscal year closes 6/30 and 94804 will be paid before then. 94803 is still under review.
- Denise""", "promise_to_pay", date="2027-06-30", inv=["94804"], human=["undated remainder"],
          fam=["promise-date", "fiscal-year", "over-30-days"]),
    Reply("M4802", at(11, "08:36", CHI), """Hello,

Please note Denise Kowalczyk retired on April 30. Going forward, the contact for all vendor statements and collections is Oliver Mensah, Interim Controller, omensah@lakeshorephil.example, (312) 555-0188.

Accounts Payable""", "wrong_contact", sender=0, fam=["wrong-contact", "new-contact"]),
    Reply("M4802", at(12, "17:25", CHI), """Can we pay these by credit card? It would help with cash flow this month. If so please call me at 312-555-0147 and I'll give you the card number over the phone - I'd rather not email it.
Denise""", "other", human=["payment method question"], fam=["card-payment", "payment-method"]),
    Reply("M4802", at(13, "09:48", CHI), """We'll have both out before the Memorial Day weekend - so Friday the 28th at the latest.
Denise K.""", "promise_to_pay", date="2027-05-28", fam=["promise-date", "holiday", "weekday-ordinal"]),

    # --- M4803 Tidewater Aquarium & Marine Science Center (Norfolk VA, en-US) ---
    Reply("M4803", at(11, "10:05", NY), """Payment for both invoices will go out 5/20 via ACH.

Marcus Bell
Business Office Manager
Tidewater Aquarium & Marine Science Center""", "promise_to_pay", date="2027-05-20", fam=["promise-date", "us-month-first"]),
    Reply("M4803", at(10, "11:40", NY), """Good morning,

INV-2026-94806 was submitted without a purchase order. Per our procurement policy any invoice over $500 requires a PO. Please reissue it referencing PO TAM-0452 and send it to payables@tidewateraquarium.example.

Thank you,
Payables""", "po_change", inv=["94806"], sender=0, fam=["po-change", "formal"]),
    Reply("M4803", at(12, "13:18", NY), """Hi - 94805 is scheduled for Friday 5/14. 94806 will follow the week of 5/24, it's in the next cycle.
Marcus""", "promise_to_pay", date="2027-05-14", fam=["promise-date", "us-month-first", "two-parts"], note="earliest of two dated parts"),
    Reply("M4803", at(11, "15:02", NY), """I paid 94806 by card over the phone with your colleague (Anja?) last Friday. $640. Please check and stop the reminders.
Marcus""", "already_paid", inv=["94806"], human=["no matching payment"], fam=["paid-unmatched", "card-phone"]),
    Reply("M4803", at(12, "09:30", NY), """Hello,

The Tidewater Aquarium & Marine Science Center is a 501(c)(3) nonprofit and exempt from Virginia sales and use tax. INV-2026-94805 includes sales tax of $384.00. Please reissue the invoice without tax; our exemption certificate (Form ST-13A) is attached.

Payables""", "dispute", inv=["94805"], sender=0, attachments=[("ST-13A_Tidewater.pdf", "application/pdf", "Virginia ST-13A nonprofit exemption certificate - Tidewater Aquarium & Marine Science Center")],
          fam=["tax-exempt", "dispute-tax"]),
    Reply("M4803", at(13, "14:44", NY), """Could you please send us a statement of account showing all open items? We're reconciling before our board meeting.
Thanks - Payables""", "invoice_resend", sender=0, fam=["statement", "resend"]),
    Reply("M4803", at(12, "10:10", NY), """Marcus here. I'll get this paid two weeks from today, that's the soonest our cash allows. Sorry.""", "promise_to_pay", date="2027-05-26",
          fam=["promise-date", "relative-span"]),
    Reply("M4803", at(10, "06:12", NY), """Thank you for your message. I am attending the AZA Mid-Year Meeting from 5/10 through 5/14 and will return to the office on Monday 5/17. I will respond to your email then.

Marcus Bell""", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Tidewater Aquarium & Marine Science Center",
          quote="none", fam=["ooo-short", "us-month-first"]),
    Reply("M4803", at(13, "16:30", NY), """next Thursday for both, promise!
M""", "promise_to_pay", date="2027-05-20", fam=["promise-date", "next-weekday", "terse"], note="written Thursday: Thursday of next week"),
    Reply("M4803", at(11, "23:50", NY), """Just saw this - will pay tomorrow first thing. Marcus (sent from phone)""", "promise_to_pay", date="2027-05-12",
          fam=["promise-date", "late-night", "mobile"], note="23:50 Tuesday in Norfolk: tomorrow is Wednesday 12 May"),
    Reply("M4803", at(12, "08:02", NY), """Reporting-MTA: dns; mail.tidewateraquarium.example
Final-Recipient: rfc822; payables@tidewateraquarium.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam by Content Filtering.""", "bounce", sender="postmaster@mail.tidewateraquarium.example",
          subject="Delivery Status Notification (Failure)", dsn=("payables@tidewateraquarium.example", "5.7.1"), fam=["bounce", "spam-filter"]),
    Reply("M4803", at(13, "12:01", NY), """Received, thank you.""", "other", sender=0, fam=["no-action", "terse"]),
    Reply("M4803", at(10, "14:55", NY), """Hi, I only handle purchasing for the gift shop, I don't do payments. I'm copying payables@tidewateraquarium.example who should be able to help. Best, Dana""",
          "wrong_contact", sender="shop@tidewateraquarium.example", fam=["wrong-contact", "unknown-sender"]),
    Reply("M4803", at(12, "15:37", NY), """Hello,

Attendance dropped a lot this spring while the shark gallery was closed for renovation, and we're behind with several suppliers. Would you agree to $2,000 a month starting June 1 until both invoices are cleared? I can sign something if you need it.

Marcus Bell""", "payment_plan_request", date="2027-06-01", amount="2000.00", fam=["plan-request"]),
    Reply("M4803", at(13, "10:47", NY), """Hi, 94805 was paid on 5/3 by ACH (ref TAM-0418). Please check again, I think it went against the wrong account on your side.
Payables""", "already_paid", inv=["94805"], ref="TAM-0418", sender=0, fam=["paid-matched", "us-month-first"],
          note="BK48-005 carries TAM-0418 and 7,215.00 on 3 May"),

    # --- M4804 Glenmoy Mushrooms Ltd (Co. Monaghan, en-IE, credit hold) ---
    Reply("M4804", at(10, "08:15", IE), """Will clear 94808 Friday and 94807 at the end of the month. Can you take us off hold now please, we need the compost delivery for next week's crop.
Fergal""", "promise_to_pay", date="2027-05-14", fam=["promise-date", "two-parts", "flagged"]),
    Reply("M4804", at(11, "12:40", IE), """Hi,

We paid €9,380.00 yesterday, reference GLENMOY 94807. Remittance attached.

Regards,
Accounts
Glenmoy Mushrooms Ltd""", "already_paid", inv=["94807"], ref="GLENMOY 94807", sender=0,
          attachments=[("remittance-94807.pdf", "application/pdf", "Remittance advice: Northwind Supplies GmbH, INV-2026-94807, EUR 9,380.00, 10/05/2027, ref GLENMOY 94807")],
          fam=["paid-matched", "remittance", "flagged"]),
    Reply("M4804", at(12, "09:22", IE), """Fergal here. Before anyone chases me again - 94807 includes a pallet of casing trays we sent back to you in March (your driver took them, I have the docket). We want a credit note for those before we pay it.""",
          "dispute", inv=["94807"], fam=["dispute-returned", "flagged"]),
    Reply("M4804", at(12, "17:45", IE), """Hi,

Things are slow with the supermarket contracts being renegotiated. Would you accept €2,000 a month from the 1st of June until it's cleared? We'd really like to keep trading with you.

Fergal Duffy
Managing Director""", "payment_plan_request", date="2027-06-01", amount="2000.00", fam=["plan-request", "flagged"]),
    Reply("M4804", at(10, "07:01", IE), """Thank you for your email. The office is closed from Friday 4 June and I will be back on Tuesday 8 June after the June bank holiday weekend. Orders: orders@glenmoymushrooms.example.

Fergal Duffy""", "out_of_office", headers=AUTO, subject="Auto: Reminder: overdue invoices – Glenmoy Mushrooms Ltd", quote="none",
          human=["absence longer than 14 days"], fam=["ooo-long", "holiday", "flagged"], note="back 8 June, 29 days after the 10th"),
    Reply("M4804", at(11, "16:02", IE), """We get paid by the supermarkets on the 25th, so you'll have it on the 26th. Same as always.
F.""", "promise_to_pay", date="2027-05-26", fam=["promise-date", "reason-not-condition", "flagged"]),
    Reply("M4804", at(13, "10:30", IE), """Please stop sending these emails. Fergal is dealing with your managing director directly about the account and the hold. Any further correspondence should go through him.

Accounts""", "other", sender=0, human=["stop emailing"], fam=["stop-emailing", "flagged"]),
    Reply("M4804", at(10, "19:12", IE), """Yes, yes, we know. Third email since Thursday. Lovely. It goes Thursday, alright?""", "promise_to_pay", date="2027-05-13",
          fam=["promise-date", "sarcasm", "flagged"]),
    Reply("M4804", at(12, "11:05", IE), """Hi, we never got 94808 at all. Can you send it to accounts@glenmoymushrooms.example please? Thanks""", "invoice_resend",
          inv=["94808"], sender=0, fam=["resend", "never-received", "flagged"]),
    Reply("M4804", at(11, "14:18", IE), """Hello, I'm in dispatch so this isn't really for me. Fergal looks after the accounts - f.duffy@glenmoymushrooms.example. Orla""", "wrong_contact",
          sender="orla.mccabe@glenmoymushrooms.example", fam=["wrong-contact", "unknown-sender", "flagged"]),
    Reply("M4804", at(12, "20:20", IE), """Tuesday week for the lot. Fergal""", "promise_to_pay", date="2027-05-25", fam=["promise-date", "weekday-week", "terse", "flagged"],
          note="written Wednesday 12: the coming Tuesday is the 18th, Tuesday week the 25th"),
]
