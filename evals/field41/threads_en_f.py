"""field41 English replies, part F: Doha scrap, Vancouver orthotics, Pune software, Cork film (hand-written one by one)."""

from evals.field.build import Payment, Reply
from evals.field41.kit import AUTO, CA, IE, IN, QA, at

PAYMENTS = [
    Payment("BK41-011", "C4111", "2027-09-09", "8460.00", "USD", "RAS BUFONTAS SCRAP QNB TT 44120"),
    Payment("BK41-012", "C4112", "2027-09-15", "3095.00", "CAD", "KITSILANO ORTHOTICS ETRANSFER"),
    Payment("BK41-013", "C4114", "2027-09-16", "5970.00", "EUR", "SHANDON BELLS PICTURES SBP-1187"),
]

REPLIES = [
    Reply("C4111", at(13, "09:15", QA), """Dear Sir,

We transferred USD 8,460 on 9th Sep from QNB, TT ref 44120. Please check.

Jijo Thomas
Accountant, Ras Bufontas Scrap Trading""",
          "already_paid", ref="44120", fam=["paid_with_reference", "voice_gulf_terse"], note="BK41-011"),
    Reply("C4111", at(14, "11:22", QA), """Sir the weight on invoice 94116 is 42.6 tons HMS but weighbridge ticket at Mesaieed shows 39.8 tons. We will pay only for 39.8. Pls send revised.""",
          "dispute", fam=["weight_dispute", "voice_gulf_terse"]),
    Reply("C4111", at(15, "10:50", QA), """Dear Sir,

We will pay 94116 on Sunday 26/09 as our week starts Sunday here.

Regards
Jijo""",
          "promise_to_pay", date="2027-09-26", fam=["weekend_sunday_workweek", "numeric_day_first"]),
    Reply("C4111", at(16, "08:30", QA), """Payment will be done after the scrap vessel is loaded and LC is negotiated at the bank, tentatively 8th October.""",
          "promise_to_pay", date="2027-10-08", human=["conditional"], fam=["conditional_lc", "voice_gulf_terse"]),
    Reply("C4111", at(13, "13:05", QA), """Dear Sir,
I am not in accounts. I am the yard supervisor. Please contact accounts@rasbufontas-scrap.example.
Thanks""",
          "wrong_contact", sender="yard@rasbufontas-scrap.example", fam=["wrong_contact_unnamed"]),
    Reply("C4111", at(14, "07:00", QA), """Thank you for your email. I am on leave for Umrah until 3rd October 2027. For urgent matters contact accounts@rasbufontas-scrap.example.""",
          "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Ras Bufontas Scrap Trading WLL",
          human=["absence more than 14 days"], fam=["ooo_long_absence", "religious_travel"]),
    Reply("C4112", at(13, "10:40", CA), """Hi there,

We paid both invoices by e-transfer today, $3,095 total. Sorry about the delay, we were short staffed over the summer.

Harpreet Sandhu
Office Manager | Kitsilano Orthotics & Bracing""",
          "already_paid", fam=["collective_payment", "paid_today"], note="BK41-012 15 Sep CAD 3,095 = 2,615 + 480"),
    Reply("C4112", at(14, "14:14", CA), """Hello,

94118 will be paid on 28/09. The small one (94119) we have a question about – the knee brace samples were supposed to be no charge per your rep, Janine.

Harpreet""",
          "dispute", sec=["promise_to_pay"], date="2027-09-28", fam=["dispute_and_promise", "numeric_day_first_ca"]),
    Reply("C4112", at(15, "16:00", CA), """Hi, can you re-send 94119? Our clinic software ate it.""",
          "invoice_resend", inv=["94119"], fam=["resend_lost", "voice_mobile"]),
    Reply("C4112", at(16, "09:55", CA), """Good morning,

Payment for 94118 and 94119 is scheduled for the 30th of September.

Thank you,
Harpreet""",
          "promise_to_pay", date="2027-09-30", fam=["explicit_date_ordinal", "quarter_end"]),
    Reply("C4112", at(13, "15:30", CA), """Hi – we're changing our clinic name to Kits Bracing Clinic Ltd effective October 1. Please update our account and invoices going forward. Same address.

Harpreet""",
          "po_change", fam=["new_legal_entity"]),
    Reply("C4112", at(15, "18:02", CA), """Will send the money next week, promise. H""",
          "promise_to_pay", date="2027-09-24", fam=["next_week_no_day", "voice_mobile"]),
    Reply("C4113", at(13, "12:30", IN), """Dear Sir,

Payment against 94117 is held as the invoice does not show our PO no. GSDPL/PO/27-28/0412. Kindly add and reissue.

Regards
Nikhil Joshi""",
          "po_change", fam=["po_missing", "voice_india_formal"]),
    Reply("C4113", at(14, "17:00", IN), """Hi,

Payment will be made after 10 working days from receipt of the corrected invoice.

Nikhil""",
          "promise_to_pay", human=["conditional"], fam=["conditional_corrected_invoice"]),
    Reply("C4113", at(15, "13:40", IN), """Dear Sir,
We will pay 94117 tomorrow positively.
Nikhil Joshi""",
          "promise_to_pay", date="2027-09-16", fam=["tomorrow", "voice_india_formal"]),
    Reply("C4113", at(16, "10:10", IN), """Dear Northwind,

Please note the Navratri holidays from 1 Oct. Payments will be processed after Dussehra, i.e. on 11th October.

Thanks,
Accounts""",
          "promise_to_pay", date="2027-10-11", sender=0, fam=["festival_closure", "distractor_holiday_date"]),
    Reply("C4113", at(13, "18:00", IN), """Sir, this invoice is duplicated, we already paid the same amount for the same licence keys in June on your earlier bill. Pls check.""",
          "dispute", inv=["94117"], fam=["duplicate_billing", "voice_mobile"]),
    Reply("C4113", at(14, "09:30", IN), """Hi. Kindly share statement of account from April 2027 till date, our auditors need the confirmation for half year audit.""",
          "invoice_resend", fam=["statement_request", "fiscal_half_year_india"]),
    Reply("C4114", at(13, "11:05", IE), """Hi there,

That's gone out to you this morning. EUR 5,970, we quoted SBP-1187 as reference.

Ciara
Production Manager | Shandon Bells Pictures""",
          "already_paid", ref="SBP-1187", fam=["paid_today", "voice_ireland"], note="BK41-013 16 Sep ref SBP-1187"),
    Reply("C4114", at(14, "16:45", IE), """Hi,

We're in the middle of the shoot (wrapping on the 24th) and nothing gets paid until the cost report closes. Realistically it'll be the first Friday in October.

Ciara""",
          "promise_to_pay", date="2027-10-01", fam=["first_weekday_of_month", "distractor_wrap_date"]),
    Reply("C4114", at(15, "12:50", IE), """Hi, 94120 has the wrong production on it – that was for 'The Cove' not 'Blackpool Road'. The PO should be SBP-1203. Can you reissue?""",
          "po_change", fam=["po_correction", "voice_ireland"]),
    Reply("C4114", at(16, "08:20", IE), """Out of office: I'm on set in Kinsale until Friday 24 September. Urgent production queries to accounts@shandonbellspictures.example.""",
          "out_of_office", headers=AUTO, subject="Out of office: Reminder: overdue invoices – Shandon Bells Pictures Ltd",
          fam=["ooo_short", "voice_ireland"]),
    Reply("C4114", at(13, "15:50", IE), """Hi,

Could you split 94120 across two months? Half now and half at the end of October when the broadcaster's second tranche lands. Would really help us out.

Ciara""",
          "payment_plan_request", date="2027-09-13", fam=["plan_half_now", "voice_ireland"]),
    Reply("C4114", at(15, "17:15", IE), """Thanks a million for the reminder, I've passed it on to our accountant, he'll be in touch.""",
          "other", fam=["no-action", "acknowledgement", "voice_ireland"]),
    Reply("C4111", at(16, "12:00", QA), """Dear Sir,

Kindly note, we can pay in Qatari Riyal only from our local account. Please confirm if QAR is acceptable and send the QAR equivalent.

Regards,
Accounts""",
          "other", sender=0, human=["currency question"], fam=["currency_question"]),
    Reply("C4112", at(14, "08:08", CA), """Your message was received by our billing inbox. A team member will respond within 2 business days. This is an automated message.""",
          "other", headers=AUTO, sender=0, fam=["no-action", "helpdesk_ticket"]),
    Reply("C4113", at(15, "16:16", IN), """Hi, we will pay 1,000 USD this Friday and remaining next month.""",
          "promise_to_pay", date="2027-09-17", amount="1000.00", human=["undated remainder"], fam=["partial_with_vague_rest", "voice_mobile"]),
    Reply("C4114", at(16, "11:30", IE), """Can we pay by card over the phone? Our bank's payments system is down since Tuesday.""",
          "other", human=["card payment question"], fam=["payment_method_question"]),
    Reply("C4112", at(16, "13:35", CA), """Hi,

Following up on my email from Monday – I said we'd pay on the 28th but our accountant says Oct 5 is the earliest, sorry! Oct 5 then.

Harpreet""",
          "promise_to_pay", date="2027-10-05", fam=["moved_date", "self_correction"]),
    Reply("C4111", at(15, "15:15", QA), """Sir please resend invoice with Arabic translation, the bank needs it for the LC documents.""",
          "invoice_resend", fam=["translation_copy"]),
]
