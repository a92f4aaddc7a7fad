"""field44, English: British and Irish builders, a merchant on stop, a Welsh co-op on a plan, a council, a school, a food bank, two sole traders."""

from evals.field.build import Payment, Reply
from evals.field44.kit import AUTO, GB, IE, at

PAYMENTS = [
    Payment("BK44-001", "Y4401", "2026-10-16", "1215.00", "GBP", "HARTWELL GROUNDWORKS INV94402 FP"),
    Payment("BK44-002", "Y4405", "2026-10-14", "2525.00", "EUR", "ST AIDANS NS BOARD OF MGMT 94408 94409"),
    Payment("BK44-003", "Y4406", "2026-10-20", "1690.00", "GBP", "RIVERBANK CFB BACS 000418"),
    Payment("BK44-004", "Y4414", "2026-10-19", "960.00", "GBP", "G PICKLES JOINERY"),
    Payment("BK44-005", "Y4403", "2026-10-15", "1500.00", "GBP", "TEIFI VALLEY COOP INSTALMENT 2"),
]

REPLIES = [
    Reply("Y4401", at(19, "07:12", GB), """Morning,

Kev here. The 6,480 for the Brackley site (94401) will go Friday, the main contractor paid us late so we are late paying everyone, sorry for that.

Kevin Hartwell
Director
Hartwell & Sons Groundworks Ltd
Excavation | Drainage | Kerbing
Tel 01280 555 731""", "promise_to_pay", date="2026-10-23", amount="6480.00", inv=["94401"], partial=False,
          fam=["bare-weekday", "construction", "uk-sole-voice"], note="the 6,480 is all of 94401"),
    Reply("Y4401", at(21, "18:40", GB), """Sent you the 1215 last friday, ref INV94402. the other one is the brackley job, thats coming friday like i told your colleague""",
          "already_paid", sec=["promise_to_pay"], date="2026-10-23", ref="INV94402", inv=["94402"],
          fam=["paid-and-promise", "lowercase-terse"], note="94402 matches BK44-001 by reference"),
    Reply("Y4401", at(22, "12:03", GB), """Hi,

Can you send me a copy of 94401 please, our QS says the retention isnt shown on it and he wont sign it off without seeing it. Not disputing it just need the paperwork.

Thanks
Accounts""", "invoice_resend", inv=["94401"], sender=0, fam=["not-a-dispute", "construction-retention"]),
    Reply("Y4401", at(20, "09:55", GB), """Hello,

We are querying INV-2026-94401. The hire of the 8 tonne excavator was for 9 days not 14 — your driver's timesheets will show it was off-hired on the 4th. We will pay INV-2026-94402 this week and the 94401 when a corrected invoice comes through.

Regards
Kevin""", "dispute", sec=["promise_to_pay"], date="2026-10-23", inv=["94401", "94402"],
          fam=["hire-days", "dispute-with-promise", "this-week"], note="'this week' = Friday 23 October"),
    Reply("Y4402", at(19, "10:21", IE), """Hi there,

Apologies for the delay on this. Our payment run is on the last Thursday of the month so INV-2026-94403 will go out on the 29th. Would you please ask your credit control to lift the stop on our account in the meantime, we have a roof going on in Claremorris next week and need the felt and battens.

Kind regards,
Mairead Gallagher
Financial Controller
Ballinrobe Builders Providers Ltd
Registered in Ireland No. 448211 | VAT IE 6448211K
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager. Please note that any views or opinions presented in this email are solely those of the author and do not necessarily represent those of Ballinrobe Builders Providers Ltd. Finally, the recipient should check this email and any attachments for the presence of viruses. The company accepts no liability for any damage caused by any virus transmitted by this email.""",
          "promise_to_pay", date="2026-10-29", inv=["94403"], fam=["payment-run", "disclaimer-longer-than-message", "credit-hold"]),
    Reply("Y4402", at(21, "16:02", IE), """Mairead is on leave. I looked at the account, we will pay 5,000 on Friday and the balance after the bank holiday weekend, hopefully the Tuesday.

Declan
Accounts""", "promise_to_pay", date="2026-10-23", amount="5000.00", sender=0,
          fam=["irish-bank-holiday", "partial", "undated-remainder"], note="Tuesday after the October bank holiday (27th) is hopeful; the firm part is 5,000 Friday"),
    Reply("Y4402", at(22, "08:47", IE), """Hi,

This is the third reminder this month. We are NOT paying for 40 bags of cement that were left out in the rain on site by your haulier and went solid. Credit note for 40 x €11.85 please before anything else moves on 94403.

Mairead""", "dispute", inv=["94403"], fam=["damaged-goods", "angry"]),
    Reply("Y4403", at(19, "13:30", GB), """Dear Sir / Madam

Thank you for your letter. As agreed with Carla in July we are paying £1,500 a month by standing order on the 15th. October's went on the 15th and November's will go on the 16th as the 15th is a Sunday.

Yours faithfully
Gareth Evans
Secretary, Teifi Valley Farmers Co-operative Ltd
Cymdeithas Ffermwyr Dyffryn Teifi""", "already_paid", sec=["promise_to_pay"], date="2026-11-16", amount="1500.00", ref=None,
          fam=["plan-instalment", "weekend-shift", "welsh-bilingual"],
          note="October instalment 1,500 on 15 Oct is BK44-005, below the 9,700 open balance; next instalment 16 November", human=["amount differs"]),
    Reply("Y4403", at(20, "11:15", GB), """Hello,

We had a very bad lambing and the milk price dropped again. Could the co-op skip the November and December instalments and then pay £2,000 a month from January? I will put it to the committee on Thursday but wanted to ask you first.

Gareth""", "payment_plan_request", fam=["skip-instalments", "farming", "committee"]),
    Reply("Y4403", at(23, "07:58", GB), """Hi, can you send the statement for the co-op account showing what's been paid off under the arrangement? The auditors want it for the AGM. Diolch, Gareth""",
          "invoice_resend", fam=["statement", "auditors"]),
    Reply("Y4404", at(19, "14:22", GB), """Good afternoon,

Thank you for your reminder. INV-2026-94406 has been approved and is in the BACS run for Thursday 29 October. INV-2026-94407 cannot be paid at present because the purchase order quoted (EBC-PO-0072310) has been receipted against a different supplier in our system. Could you please reissue it quoting EBC-PO-0072391, which is the correct order.

Kind regards,

Pauline Lomax
Procurement Officer
Eastfield Borough Council | Finance & Commercial Services
Town Hall, Market Street, Eastfield EF1 2AA

Eastfield Borough Council is committed to protecting your data. For information on how we use your personal information please see our privacy notice at www.eastfield-council.example/privacy. This email and any attachments are intended solely for the addressee and may contain confidential or privileged information. If you are not the intended recipient please notify the sender immediately and delete it. Any views expressed are those of the sender and not necessarily those of the Council. All communications may be subject to recording and/or monitoring in accordance with relevant legislation and may be disclosed under the Freedom of Information Act 2000.""",
          "promise_to_pay", sec=["po_change"], date="2026-10-29", inv=["94406", "94407"],
          fam=["council-po", "weekday-ordinal", "disclaimer-longer-than-message"]),
    Reply("Y4404", at(20, "10:02", GB), """Please note that Eastfield Borough Council only pays invoices that quote a valid purchase order. No PO, No Pay. From 1 November all invoices must be submitted through our e-invoicing portal (https://eastfield.proactis.example) and not emailed to this mailbox.

Accounts Payable Team""", "po_change", sender=0, fam=["no-po-no-pay", "portal"]),
    Reply("Y4404", at(21, "15:40", GB), """Hi

I've chased this internally. Budget holder for highways approved it this morning, it should drop into next Tuesday's payment run. If it doesn't appear by the end of next week come back to me.

Pauline""", "promise_to_pay", date="2026-10-27", fam=["next-tuesday", "distractor-end-of-next-week"],
          note="'next Tuesday's payment run' written Wednesday 21 = Tuesday of next week, 27 October"),
    Reply("Y4404", at(22, "09:00", GB), """Thank you for contacting Eastfield Borough Council Accounts Payable. Your enquiry has been logged with reference AP-CAS-0098812. We aim to respond within 10 working days. Please do not reply to this email.""",
          "other", sender=0, headers=AUTO, fam=["no-action", "ticket-confirmation"], subject="[AP-CAS-0098812] RE: Reminder: overdue invoices – Eastfield Borough Council"),
    Reply("Y4404", at(23, "11:26", GB), """Dear Accounts Receivable,

I write with some concern. Your reminder of this week states that INV-2026-94406 is overdue; however the goods receipt note for the street furniture was only signed off on 2 October after the second delivery of bollards, of which four were the wrong colour (RAL 7016 rather than RAL 9005 as specified in the order). Under clause 7.3 of the framework agreement payment terms begin from acceptance, not from delivery. We therefore do not consider the invoice overdue, and we would also ask you to arrange collection of the four incorrect bollards and a credit for them.

I would be grateful for a reply at your earliest convenience.

Yours sincerely

Pauline Lomax""", "dispute", inv=["94406"], html=True, fam=["polite-long-letter", "framework-terms", "wrong-goods", "html-only"]),
    Reply("Y4405", at(19, "21:14", IE), """Hi,

The Board of Management paid both of these on the 14th — it was one payment for 2,525 from the school account. Could you check again please?

Brid O'Hara
Principal
St Aidan's N.S.""", "already_paid", ref=None, fam=["two-in-one", "school"], note="matches BK44-002 (2,525 = 2,140 + 385, 14 October)"),
    Reply("Y4405", at(20, "08:10", IE), """Hello, I am the new school secretary, Sinead. Brid asked me to tell you that the school account only allows one payment per month and the next one is after the mid term break, the 2nd or 3rd of November. Is that OK? Thanks Sinead""",
          "promise_to_pay", date="2026-11-02", sender="secretary.staidans@gmail.example",
          fam=["two-dates-earliest", "school-calendar", "unknown-sender"], note="'the 2nd or 3rd of November' → the earlier, 2 November"),
    Reply("Y4405", at(22, "13:33", IE), """Good afternoon,

I am out of the office for the mid-term break and will return on Monday 2 November. For urgent matters please ring the school on 091 555 208.

Brid""", "out_of_office", headers=AUTO, fam=["mid-term", "ooo-within-14"]),
    Reply("Y4406", at(20, "19:02", GB), """Dear Northwind,

I am the volunteer treasurer for Riverbank and I do the banking on Tuesday evenings. I have just sent £1,690 by BACS, reference 000418. Sorry it was late, we had our grant delayed by the council.

With best wishes,
Janet Whitaker
Treasurer (volunteer)
Riverbank Community Food Bank — Registered Charity No. 1189442
Feeding families in Leeds since 2011. Donate at riverbankfoodbank.example/give""", "already_paid", ref="000418",
          fam=["charity", "volunteer", "today-payment"], note="matches BK44-003 by reference and amount"),
    Reply("Y4406", at(21, "10:45", GB), """Hello,

Could the invoice be made out to "Riverbank Community Food Bank CIO" and our charity number added please? Our funder will only reimburse us against invoices in the charity's registered name. Happy to pay straight away once we have it.

Thanks so much,
Janet""", "po_change", fam=["legal-entity-name", "charity", "funder"]),
    Reply("Y4406", at(23, "16:20", GB), """Dear all

Riverbank is a charity run by volunteers. We feed 300 families a week. I find the tone of your reminder ("failure to pay may result in further action") quite upsetting, especially as we have always paid. Please could someone look at how you write to small charities.

Janet""", "other", fam=["complaint-about-tone", "charity"], human=["complaint about tone"]),
    Reply("Y4413", at(19, "20:51", IE), """Howya,

Yeah sorry about that lads I was flat out. Ill pay the 1340 the end of the week and the small one with it. Declan""", "promise_to_pay", date="2026-10-23", sender=0,
          fam=["end-of-the-week", "irish-colloquial", "sole-trader"], note="'end of the week' written Monday = Friday 23"),
    Reply("Y4413", at(21, "07:05", IE), """sent from van. wats the 295 for I dont rember that one""", "dispute", sender=0,
          fam=["unrecognised-charge", "mobile-terse"], note="'the 295' is 94421 by amount, but no number is written: per contract the reminded invoices"),
    Reply("Y4413", at(22, "17:38", IE), """Hi its Declans wife Aoife, I do his books. Declan says the 295 is the scaffold tie hire from Bandon OK so thats grand. Ill do both invoices on the 30th when the main contractor pays us, they always pay on the 30th.

Aoife""", "promise_to_pay", date="2026-10-30", sender="aoife.murphy84@gmail.example", human=["conditional"],
          fam=["spouse-bookkeeper", "customer-pays-first", "unknown-sender"], note="dated 30th, conditional on the main contractor's payment"),
    Reply("Y4414", at(19, "06:30", GB), """Paid it yesterday mate. Gary""", "already_paid", sender=0,
          fam=["terse", "short-payment"], human=["no matching payment"], note="BK44-004 on 19 Oct is 960, not the 980 balance he means, and has no reference: no match"),
    Reply("Y4414", at(20, "18:11", GB), """Hiya, yes the 980 is right but I only had 960 in the business account when I paid it, Ill send the other £20 Friday when the Jones job pays. Sorry! Gary""",
          "already_paid", sec=["promise_to_pay"], date="2026-10-23", amount="20.00", sender=0, human=["amount differs"],
          fam=["paid-and-promise", "short-payment", "remainder"], note="960 paid (BK44-004), the 20 remainder Friday"),
    Reply("Y4414", at(22, "09:34", GB), """Hi,
I'm not at work until Monday 2nd Nov, having my knee done. If it's urgent ring Gary's brother Neil on 07700 900412.
Gary""", "out_of_office", sender=0, human=["absence typed by a person"], fam=["typed-absence", "ooo-within-14"]),
    Reply("Y4401", at(23, "10:10", GB), """hi all, as per our phone call 94401 will be paid in full, Thursday week. KH""", "promise_to_pay", date="2026-11-05", inv=["94401"],
          fam=["thursday-week", "initials"], note="'Thursday week' written Friday 23 = the Thursday after the coming Thursday (29th) = 5 November"),
    Reply("Y4402", at(23, "15:51", IE), """Delivery has failed to these recipients or groups:

m.gallagher@ballinrobe-bp.example
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:
Generating server: mail.ballinrobe-bp.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'""",
          "bounce", sender="postmaster@ballinrobe-bp.example", dsn=("m.gallagher@ballinrobe-bp.example", "5.2.2"),
          subject="Undeliverable: Reminder: overdue invoices – Ballinrobe Builders Providers Ltd", fam=["mailbox-full", "exchange-ndr"]),
    Reply("Y4406", at(22, "07:00", GB), """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  j.whitaker@riverbankfoodbank.example
    host mx.riverbankfoodbank.example [203.0.113.41]
    SMTP error from remote mail server after RCPT TO:<j.whitaker@riverbankfoodbank.example>:
    550 5.1.1 <j.whitaker@riverbankfoodbank.example>: Recipient address rejected: User unknown in virtual mailbox table""",
          "bounce", sender="Mailer-Daemon@mx.riverbankfoodbank.example", dsn=("j.whitaker@riverbankfoodbank.example", "5.1.1"),
          subject="Mail delivery failed: returning message to sender", fam=["exim-dsn", "user-unknown"]),
    Reply("Y4403", at(21, "12:12", GB), """Hi, I'm no longer secretary of the co-op, the AGM elected Rhian Morgan in my place. Please write to her on rhian.morgan@teifivalleycoop.example. Gareth""",
          "wrong_contact", fam=["new-officer", "farming"]),
    Reply("Y4405", at(23, "12:00", IE), """Hi,

I'm only the caretaker's wife helping out in the office, I don't deal with payments at all. The principal is the one you want, or the Board treasurer, Mr Tom Fahy, tfahy.bom@staidans-ns.example.

Mary""", "wrong_contact", sender=0, fam=["not-the-right-person", "school"]),
    Reply("Y4413", at(23, "09:15", IE), """Hi, I'm sorry, this is the office of D. Murphy Plastering in Cork, not Donal Murphy. We don't owe you anything, we've never bought off you — I think you have the wrong Murphy. Please check.

Thanks, Siobhan (office)""", "wrong_contact", fam=["wrong-company", "namesake"], human=[],
          note="denies being the customer at all: a person checks who we are chasing"),
    Reply("Y4404", at(21, "08:30", GB), """Good morning,

I'm afraid I'm not the right contact for invoice queries any more — I moved to Planning in September. Accounts payable for Highways are now handled by the Exchequer team at exchequer@eastfield-council.example.

Regards
Pauline""", "wrong_contact", fam=["moved-department", "council"]),
    Reply("Y4401", at(20, "16:48", GB), """Kevin is out on site all this week with no signal. I'll get him to call you. Tracey (office)""", "other", sender=0,
          fam=["no-action", "passed-on"], note="acknowledgement, someone will call: no commitment"),
    Reply("Y4402", at(20, "12:40", IE), """Hi,

Before we pay — we received an email last week from "northwind-supplles.example" saying your bank details had changed to an account in Lithuania. Is that genuine? We haven't paid anything to it. Please confirm your correct IBAN by phone.

Mairead""", "other", fam=["fraud-check", "lookalike-domain"], human=["fraud check"]),
    Reply("Y4403", at(22, "19:30", GB), """Dear Carla / Northwind,

Further to my email earlier in the week, the committee met last night and agreed to ask formally: could the remaining balance of the co-op's account (£8,200 after October's instalment) be spread over twelve months instead of the current arrangement, at about £685 a month starting 16 November? Our members have had a dreadful year with bluetongue restrictions and movement licences and cash is very tight.

Many thanks for your patience,
Gareth Evans
Ysgrifennydd / Secretary""", "payment_plan_request", date="2026-11-16", amount="685.00",
          fam=["restructure-plan", "farming", "first-instalment-dated"]),
    Reply("Y4414", at(21, "13:02", GB), """Hi,

Could you pop a copy of the invoice over? I'm doing my VAT return and can't find it in my emails anywhere. Cheers Gary""", "invoice_resend", sender=0, fam=["vat-return", "sole-trader"]),
    Reply("Y4406", at(19, "09:12", GB), """Good morning,

The food bank is closed for the half-term holiday from 19 October and reopens on Monday 2 November. Our volunteer team will respond to emails on our return. If you need emergency food support please contact Leeds Community Support on 0113 555 0000.""",
          "out_of_office", sender=0, headers=AUTO, fam=["half-term", "ooo-within-14"]),
    Reply("Y4401", at(22, "14:14", GB), """Hi, re your reminder — we'll clear both invoices on the last working day of the month, that's when our CIS return goes in and we do all suppliers in one go.

Accounts""", "promise_to_pay", date="2026-10-30", sender=0,
          fam=["last-working-day", "cis"], note="last working day of October 2026 = Friday 30 (31st is Saturday)"),
    Reply("Y4405", at(21, "14:50", IE), """Hello,

Sorry, which invoice is the €385 for? We have the art supplies invoice but the 385 one doesn't ring a bell. If you could send it on I'll get it paid.

Sinead
School Secretary""", "invoice_resend", sender=0, fam=["which-invoice", "school"],
          note="'the €385' names no number: reminded invoices"),
    Reply("Y4413", at(20, "22:03", IE), """Declan. Lookit I'll pay you 500 this week and 500 next week and the rest the week after if thats ok with ye""",
          "payment_plan_request", date="2026-10-23", amount="500.00", sender=0, fam=["weekly-instalments", "irish-colloquial"],
          note="'if thats ok with ye' asks permission: a plan; first 500 this week = Friday 23"),
    Reply("Y4404", at(19, "16:05", GB), """Hello

Can you please confirm your VAT registration number and send us a completed supplier bank details form on letterhead? Our audit flagged that your supplier record was set up without one and payments to you are blocked until it's verified. Form attached to follow.

Exchequer Team""", "other", sender=0, fam=["supplier-verification", "council"], human=["bank details form"]),
    Reply("Y4402", at(22, "18:20", IE), """I'm out of the office until Monday 9 November with limited access to email. For urgent matters please contact accounts@ballinrobe-bp.example.

Mairead Gallagher""", "out_of_office", headers=AUTO, fam=["ooo-beyond-14", "names-mailbox"],
          note="return 9 November is 18 days after 22 October, but the account is on credit hold anyway", human=["absent more than 14 days"]),
    Reply("Y4406", at(22, "12:30", GB), """Hi, Janet asked me to reply as she has COVID. I've checked the bank and the money went on Tuesday. Thanks, Ruth (Chair)""",
          "already_paid", sender="ruth.chair.riverbank@outlook.example", fam=["unknown-sender", "stand-in"],
          note="matches BK44-003 (Tuesday 20 October, 1,690)"),
    Reply("Y4414", at(23, "08:08", GB), """Gary here. The staircase you invoiced 980 for had the wrong newel posts, I had to go and buy oak ones myself from Jewson for £145. I paid you 960 so you owe me 125 by my reckoning. Not paying the 20.""",
          "dispute", sender=0, fam=["set-off", "angry-sole-trader"]),
    Reply("Y4403", at(23, "14:44", GB), """Auto reply: The co-op office is unmanned on Fridays. Your email will be dealt with on Monday. Swyddfa ar gau ar ddydd Gwener.""",
          "out_of_office", headers=AUTO, fam=["weekly-closure", "welsh-bilingual"]),
    Reply("Y4402", at(19, "17:17", IE), """Hi

Please note our company name changed on 1 October to Ballinrobe Building Supplies Ltd (same company number 448211). Could you amend 94403 to the new name and send it back? Our bank won't pay invoices in the old name.

Mairead""", "po_change", inv=["94403"], fam=["name-change", "reissue"]),
    Reply("Y4405", at(22, "10:17", IE), """Hello

I'm the Board of Management treasurer. The school is paying €2,140 on the 2nd of November for the art supplies. The €385 for the photocopier toner — we'd ask for that to be credited as it was returned unopened in September (courier ref DPD 15501234567).

Tom Fahy
Treasurer, Board of Management""", "dispute", sec=["promise_to_pay"], date="2026-11-02", amount="2140.00",
          inv=["94408", "94409"], sender="tfahy.bom@staidans-ns.example", partial=False,
          fam=["returned-goods", "dispute-with-promise", "unknown-sender"], note="2,140 is all of 94408; 94409 disputed"),
    Reply("Y4401", at(21, "08:02", GB), """Kevin Hartwell is on annual leave until 2nd November. Please contact the office on 01280 555 730 or accounts@hartwellgroundworks.example.""",
          "out_of_office", headers=AUTO, fam=["ooo-within-14", "numeric-ordinal"]),
    Reply("Y4413", at(22, "12:55", IE), """Grand, I'll do 800 tomorrow and the rest Thursday week, would that be ok? Declan""",
          "payment_plan_request", date="2026-10-23", amount="800.00", sender=0, fam=["thursday-week", "asks-permission"],
          note="'would that be ok?' asks permission: a plan; first part tomorrow = 23 October"),
    Reply("Y4406", at(21, "21:00", GB), """Dear Sirs, as we've paid the invoice could you send a receipt on headed paper for our trustees? Many thanks, Janet""",
          "invoice_resend", fam=["receipt-request", "charity"], note="asks for a document about the invoice; she says paid, but asks only for the receipt"),
    Reply("Y4404", at(23, "09:41", GB), """Hi, I'm writing on behalf of Highways Maintenance. The budget code for this year's street furniture is exhausted. Our Head of Service has said the balance of 94406 will be paid from the 2027/28 budget, i.e. in April, unless members approve a virement at the November Cabinet. Sorry I can't be more specific.

Dave Ashworth
Highways Maintenance Manager""", "promise_to_pay", inv=["94406"], sender="d.ashworth@eastfield-council.example",
          human=["conditional", "undated"], fam=["budget-year", "council", "unknown-sender"],
          note="April (next budget year) or after a Cabinet virement: no committed day"),
    Reply("Y4402", at(21, "11:11", IE), """Hi,

Following our call: we're paying €2,000 today and then €2,000 every Friday until it's cleared. I've set up the standing order on our side.

Mairead""", "promise_to_pay", date="2026-10-21", amount="2000.00", fam=["today", "weekly", "credit-hold"],
          note="states what they will do (standing order set up): a partial promise dated today"),
    Reply("Y4403", at(20, "17:10", GB), """Gareth is away at the Royal Welsh Winter Fair prep. Just to say the co-op will pay the £760 feed invoice (94405) on Wednesday week along with the instalment — Rhian, new secretary""",
          "promise_to_pay", date="2026-10-28", amount="760.00", inv=["94405"], sender="rhian.morgan@teifivalleycoop.example", partial=False,
          fam=["wednesday-week", "unknown-sender"], note="'Wednesday week' written Tuesday 20 = the Wednesday after the coming one = 28 October; 760 is all of 94405"),
    Reply("Y4414", at(20, "10:02", GB), """Gary Pickles no longer works here, he sold the business to us in September. We are Huddersfield Joinery Co now and don't owe on his old invoices. Contact him on gary.pickles1970@hotmail.example""",
          "wrong_contact", sender=1, fam=["business-sold", "new-owner"]),
    Reply("Y4405", at(20, "15:15", IE), """Hi,

I've just realised the invoice is made out to the school but should be made out to the Parents' Association (they bought the PE equipment from their fundraising). Their address is the same. Could you reissue it in their name please?

Brid""", "po_change", fam=["different-payer", "school"]),
    Reply("Y4401", at(19, "12:31", GB), """Afternoon,

Just so you know we've got a 3 week dispute with the main contractor on the Brackley job and they've held 50% of our valuation. We can do £2,000 next Friday and then the rest once they release. Is that acceptable?

Kevin""", "payment_plan_request", date="2026-10-30", amount="2000.00", fam=["next-friday", "customer-pays-first", "asks-permission"],
          note="asks whether acceptable: a plan; first part next Friday written Monday 19 = 30 October"),
    Reply("Y4404", at(22, "16:30", GB), """Dear Sir/Madam,

FREEDOM OF INFORMATION: Please can you provide copies of all invoices issued to Eastfield Borough Council in financial year 2025/26 with the associated purchase order numbers. This request is for our internal contract register audit.

Internal Audit""", "invoice_resend", sender="internal.audit@eastfield-council.example",
          fam=["bulk-copies", "council", "unknown-sender"]),
    Reply("Y4413", at(19, "14:40", IE), """Hi this is the office. Declan's out on a job in Kinsale. I'll have him sort it on Monday — the bank holiday is the 26th, so Tuesday 27th really. Thanks Siobhan""",
          "promise_to_pay", date="2026-10-27", sender=1, fam=["irish-bank-holiday", "correction-in-place"],
          note="corrected in the same breath: Monday is the bank holiday, Tuesday 27th"),
    Reply("Y4406", at(19, "16:15", GB), """Hi, just confirming I got your email, I'll pass it to Janet when she is in on Tuesday. Thanks, Pat (volunteer)""",
          "other", sender=0, fam=["no-action", "passed-on"]),
    Reply("Y4402", at(23, "09:30", IE), """Good morning,

We will be lodging €11,870 on Friday the 30th. Please take us off stop now so the yard can load Monday's orders, we've been a customer 14 years.

Mairead""", "promise_to_pay", date="2026-10-30", amount="11870.00", partial=False,
          fam=["weekday-ordinal", "credit-hold", "the-whole-balance"]),
]
