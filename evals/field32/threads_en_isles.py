"""field32, English from Ireland, Scotland and England: a food group's shared services, a county council, a farm, an academy,
a hospitals trust and a civil engineer on credit hold."""

from evals.field.build import Payment, Reply
from evals.field32.kit import AUTO, GB, IE, at

R = Reply

PAYMENTS = [
    Payment("BK32-001", "M3201", "2026-11-06", "18460.00", "EUR", "LIFFEY FOODS SSC PAYRUN 45 4410982"),
    Payment("BK32-002", "M3203", "2026-11-10", "5980.00", "GBP", "STRATHEARN MAINS FP"),
    Payment("BK32-003", "M3214", "2026-11-09", "6375.00", "GBP", "WVHT BACS 0098812"),
    Payment("BK32-004", "M3202", "2026-11-05", "7315.00", "EUR", "BALLYDUFF COCO EFT 26-1187"),
]

REPLIES = [
    # Liffey Foods shared services (Dublin): tickets, templates, humans behind them
    R("M3201", at(9, "08:02", IE), """This is an automated acknowledgement. Your query has been logged with Liffey Foods Group Shared Services under ticket SSC-IE-0048813. Please quote this number in all correspondence. Our service level is 5 working days. Do not reply to this message.""",
      "other", fam=["no-action", "ticketing-system", "shared-mailbox"], sender=0, headers=AUTO, quote="none"),
    R("M3201", at(10, "14:37", IE), """Ticket SSC-IE-0048813 – update from an agent

Hi,

Thanks for your patience. INV-2026-93201 was approved in the system last Thursday and is in payment run 46, which releases on Tuesday 17th November. Value date with you should be the 18th.

Kind regards,
Ciara Byrne
AP Team Lead | Liffey Foods Group Shared Services DAC""",
      "promise_to_pay", date="2026-11-17", inv=["93201"], fam=["ticketing-system", "payment-run", "weekday-ordinal", "two-dates"], note="the run releases on the 17th; the value date is the bank's"),
    R("M3201", at(11, "09:20", IE), """Hi there, 93202 hasn't come through on our side at all – it's not in the OCR queue. Can you send it again as a PDF to ap.ireland@ please, one invoice per PDF or the scanner rejects it.
Ciara""",
      "invoice_resend", inv=["93202"], fam=["shared-mailbox", "ocr-queue"]),
    R("M3201", at(12, "16:05", IE), """Ticket SSC-IE-0049020 – resolved

Payment of EUR 18,460.00 against INV-2026-93201 was made on 06/11/2026 in payment run 45, remittance ref 4410982. Please check your bank statement. This ticket is now closed.

Liffey Foods Group Shared Services – Accounts Payable Ireland""",
      "already_paid", inv=["93201"], ref="4410982", sender=0, headers=AUTO, fam=["ticketing-system", "locale-numeric-dayfirst", "payment-run"], note="matches BK32-001"),
    R("M3201", at(13, "11:48", IE), """Hi,
Our PO on 93202 is LFG-PO-4411307 but the invoice was raised against the blanket PO for the Athlone plant which closed in September. Needs to be reissued to cost centre IE-DUB-440 with the PO line 20 or it'll sit in exceptions forever.
Thanks, Ciara""",
      "po_change", inv=["93202"], fam=["procurement", "cost-centre", "shared-mailbox"]),
    R("M3201", at(9, "17:55", IE), """Ciara is on annual leave returning Monday 16th November. For urgent AP queries please contact ap.ireland@liffeyfoods-ssc.example.""",
      "out_of_office", headers=AUTO, quote="none", fam=["ooo-short"], subject="Automatic reply: Reminder: overdue invoices – Liffey Foods Group Shared Services DAC"),

    # Ballyduff County Council: approval cycles, council meetings
    R("M3202", at(9, "10:12", IE), """Dear Sir/Madam,

Your invoice INV-2026-93203 requires approval under the Council's procurement procedures as it exceeds the budget holder's delegated limit. It will go before the Corporate Policy Group on Thursday the 19th and, if approved, is included in the EFT run of Tuesday 24 November.

Yours faithfully,
Creditors Section
Finance Department, Ballyduff County Council""",
      "promise_to_pay", date="2026-11-24", sender=0, fam=["public-body", "approval-cycle", "meeting-before-payment", "own-body-approval", "formal-ap"], note="the Council's own approval before its run: not someone else's act"),
    R("M3202", at(10, "12:30", IE), """Máire here – we paid that on the 5th, EFT ref 26-1187. I see you have 7,340 on the reminder, we paid 7,315 as the €25 delivery charge wasn't on the PO. So it's closed from our end.""",
      "already_paid", ref="26-1187", human=["amount differs"], fam=["short-payment", "ordinal-alone"], note="BK32-004 is 25.00 short"),
    R("M3202", at(11, "09:03", IE), """Hi, this is the Council's creditors inbox. Invoices go to the Finance department on ap-invoices@ballyduffcoco.example from January when the new financial management system goes live, please update your records. Creditors@ will be closed from 31/12/2026.""",
      "po_change", inv=[], fam=["send-future-invoices", "public-body", "locale-numeric-dayfirst"], sender=0),
    R("M3202", at(12, "15:20", IE), """Hello,
Is this email genuine? We got a letter last week on your headed paper saying your bank account changed to one in Lithuania. Before anything is paid on 93203 I need someone to ring me on the Council number, not the one on the letter.
Máire O'Halloran""",
      "other", human=["fraud check"], fam=["fraud-alert", "public-body"]),
    R("M3202", at(13, "10:44", IE), """Máire,
Budget for the depot works is gone for 2026. The Council can pay half of 93203 this year and the balance after the 2027 budget is adopted at the December meeting – could we agree €3,670 on 30 November and €3,670 in January? Let me know if that's acceptable.
Regards""",
      "payment_plan_request", date="2026-11-30", amount="3670.00", fam=["public-body", "budget-cycle", "council-meeting"], sender="d.tierney@ballyduffcoco.example", note="a colleague's address the ERP does not hold"),

    # Strathearn Mains (Perthshire farm): Martinmas, the mart, a terse phone
    R("M3203", at(9, "07:12", GB), """Sent the 5980 this morning, the 742 will go at the term, Martinmas, 28th. Alasdair""",
      "already_paid", sec=["promise_to_pay"], date="2026-11-28", inv=["93204", "93205"], fam=["terse-mobile", "holiday", "martinmas", "paid-and-promise"], note="5,980 is in the bank on the 10th, the claim is 9 November; the 742 at the Scottish term day"),
    R("M3203", at(10, "20:41", GB), """Aye got your letter. Cattle go through Stirling mart on Thursday, you'll get paid the Monday after once the cheque from the mart clears. 742 that is. The other one's paid.""",
      "already_paid", sec=["promise_to_pay"], date="2026-11-16", inv=["93205", "93204"], fam=["terse-mobile", "relative-to-event", "reason-not-condition"], note="Thursday the 12th, the Monday after is the 16th; the mart's cheque is the reason; paid claim matches BK32-002"),
    R("M3203", at(12, "08:55", GB), """Morning, the grain dryer parts on 93205 – half of them were for the Kubota, not the Claas we ordered for. Not paying the 742 till we get the right bits or a credit.""",
      "dispute", inv=["93205"], fam=["agriculture", "wrong-goods"]),
    R("M3203", at(13, "13:30", GB), """Hi, this is the farm office. Alasdair's father has handed over; Alasdair's away at the tups sales till the 20th. Mairi Drummond (m.drummond@strathearnmains.example) does the books now, please send reminders to her.""",
      "wrong_contact", sender=0, fam=["contact-gone", "agriculture"]),

    # Glenbervie Academy (Aberdeenshire): a school's business manager, the council pays
    R("M3204", at(9, "12:15", GB), """Dear Northwind,

School budgets are paid centrally by the Council's Business Support Unit. I have passed INV-2026-93206 to them for payment; they pay suppliers on the Friday of each fortnight, next run 20/11/26.

Fiona Mackie
Business Manager, Glenbervie Academy""",
      "promise_to_pay", date="2026-11-20", fam=["public-body", "school", "payment-run", "locale-numeric-dayfirst"]),
    R("M3204", at(10, "15:48", GB), """Hello, please note the school is now part of the Mearns Learning Partnership and invoices should be addressed to Mearns LP, c/o Aberdeenshire Business Support, Woodhill House. Could you reissue 93206 with that address and our requisition GA-REQ-0932 as the order number?""",
      "po_change", fam=["school", "entity-change", "public-body"]),
    R("M3204", at(11, "11:00", GB), """Thank you for your email. The school is closed for the In-Service days on 11th and 12th November. The office reopens on Friday 13th November. Fiona Mackie""",
      "out_of_office", headers=AUTO, quote="none", fam=["school", "seasonal-closure"], subject="Auto: Reminder: overdue invoices – Glenbervie Academy"),
    R("M3204", at(13, "09:35", GB), """We can't find 93206 on the system at all. Who ordered it? If it was the PE department, they use a different requisition book. Send us a copy of the invoice and the delivery note please.""",
      "invoice_resend", fam=["school", "delivery-note"]),

    # Wyvern Valley Hospitals Trust: procurement, goods receipting
    R("M3214", at(9, "10:05", GB), """Good morning,
Payment for INV-2026-93220 (£6,375.00) was released today by BACS, our reference WVHT BACS 0098812. 93221 is awaiting a goods receipt from the Pathology stores; once receipted it will drop into the next weekly run.
Regards
Gareth Pryce, Procurement Officer""",
      "already_paid", sec=["promise_to_pay"], inv=["93220", "93221"], ref="WVHT BACS 0098812", human=["conditional"], fam=["procurement", "goods-receipt", "paid-and-promise", "condition"], note="matches BK32-003; 93221 waits on stores"),
    R("M3214", at(10, "13:22", GB), """Your invoice 93221 quotes PO WVH-PO-0099140 which was cancelled and replaced by WVH-PO-0099217 (the original was raised on the wrong supplier site). No PO, no pay – please credit and reissue against the new number.""",
      "po_change", inv=["93221"], fam=["procurement", "no-po-no-pay"]),
    R("M3214", at(11, "11:11", GB), """Hi – we'll be paying 93221 on the 25th with the Trust's month-end run; the system closes for period 8 on the 20th, so if it's not matched by then it goes in December. Quantity matched this morning so should be fine.""",
      "promise_to_pay", date="2026-11-25", inv=["93221"], fam=["fiscal-period", "month-end-close", "distractor-date", "ordinal-alone"], sender=0),
    R("M3214", at(12, "09:40", GB), """Please be advised that all Trust suppliers must register on the NHS-style e-procurement portal Atamis-Wyvern by 1 December. Invoices received by email after that date will be returned unpaid. Registration link in the attached guide.""",
      "po_change", inv=[], sender=0, fam=["supplier-portal", "public-body", "hospital"], attachments=[("Supplier_registration_guide.pdf", "application/pdf", "Wyvern Valley Hospitals Trust - supplier registration guide. Step 1: request an invitation from procurement.ap@wyvernvalley-hospitals.example ...")]),
    R("M3214", at(13, "16:30", GB), """Mr Pryce left the Trust in October. This mailbox is not monitored. For procurement queries please use procurement.ap@wyvernvalley-hospitals.example.""",
      "wrong_contact", fam=["contact-gone", "hospital"], headers=AUTO, quote="none"),

    # Kinross & Tay Civil Engineering (credit hold)
    R("M3215", at(9, "08:20", GB), """Euan here. I know we're on stop. Main contractor on the A9 job pays us on the 20th, you'll have the 9,640 the same afternoon. Can you lift the hold for the aggregate delivery on Wednesday?""",
      "promise_to_pay", date="2026-11-20", fam=["construction", "reason-not-condition", "credit-hold"], note="the contractor's money is the reason for his own date"),
    R("M3215", at(10, "17:02", GB), """Your invoice 93222 includes 14 hours of standing time on the 2nd of October. Your operator sat in the cab while it rained. That's not our problem, it's weather, and the subcontract says so at clause 11.4. Remove it and we'll pay the rest.""",
      "dispute", fam=["construction", "standing-time", "sarcasm"]),
    R("M3215", at(11, "10:30", GB), """Can we do the 9640 as 3 x 3213.33, first one on Monday 30th, then end of December and end of January? Cash is tight till the retention comes back from the council.""",
      "payment_plan_request", date="2026-11-30", amount="3213.33", fam=["construction", "instalments", "weekday-ordinal", "month-end"]),
    R("M3215", at(12, "14:14", GB), """Remembrance Sunday this weekend and the office shut early today. I'll get the bank transfer done Monday first thing, honestly, the full 9,640.""",
      "promise_to_pay", date="2026-11-16", fam=["holiday", "remembrance", "bare-weekday"]),
    R("M3215", at(13, "07:45", GB), """Delivery to recipient failed permanently:

     e.grieve@kinrosstay-civils.example

Technical details of permanent failure:
The recipient's mailbox is full and can't accept messages now. 552-5.2.2 The email account that you tried to reach is over quota.""",
      "bounce", sender="mailer-daemon@kinrosstay-civils.example", dsn=("e.grieve@kinrosstay-civils.example", "5.2.2"), subject="Delivery Status Notification (Failure)", fam=["dsn-quota"]),
]
