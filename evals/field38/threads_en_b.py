"""English replies (field38), part B: a Seoul security firm, a Kuala Lumpur car dealership on a plan, a Manchester
advertising agency and a Chicago SaaS customer (en-US, month-first)."""

from evals.field.build import Payment, Reply
from evals.field38.kit import AUTO, GB, KR, MY, US, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK38-004", "F3805", "2027-03-19", "9190.00", "USD", "HANBIT SECURITY SYSTEMS CO LTD HB-PO-0392 0410"),
    P("BK38-005", "F3807", "2027-03-22", "5480.00", "GBP", "DEANSGATE CREATIVE LTD BACS DC4471"),
    P("BK38-006", "F3808", "2027-03-17", "1740.00", "USD", "LAKESHORE CLOUDWORKS ACH 000481552"),
    P("BK38-007", "F3806", "2027-03-15", "2000.00", "USD", "STRAITS MOTOR DEALERS SDN BHD INSTALMENT 3"),
]

REPLIES = [
    # --- Hanbit Security Systems (Seoul)
    R("F3805", at(22, "09:10", KR), "Dear Northwind,\n\nWe already remitted total USD 9,190 for PO HB-PO-0392 and HB-PO-0410 on March 19 by Woori Bank. Please check again.\n\nBest Regards,\nPark Ji-won\nAccounting Manager / Hanbit Security Systems", "already_paid", inv=["93809", "93810"], fam=["collective-payment", "korean"]),
    R("F3805", at(22, "14:40", KR), "Hello. Payment date of our company is 25th every month. So we will pay on March 25.", "promise_to_pay", date="2027-03-25", fam=["payment-day", "korean"]),
    R("F3805", at(23, "10:20", KR), "Dear Sir,\nThe CCTV mounting brackets in invoice 93810 were delivered broken (8 of 20). Photos were sent to your sales team on 2027-03-04. Until replacement arrives we hold the payment of 93810.", "dispute", inv=["93810"], fam=["damaged-goods", "distractor-date", "korean"]),
    R("F3805", at(23, "16:55", KR), "Please change our company address in invoice. We moved to Pangyo. New address: 235 Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do. Business registration number same.", "po_change", fam=["new-address", "korean"], sender=0),
    R("F3805", at(24, "08:50", KR), "I will be on business trip to Dubai (Intersec follow-up) from 2027-03-24 to 2027-04-16. During this period please contact finance@hanbitsecurity.example.", "out_of_office", headers=AUTO, subject="[Auto-reply] Out of office", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "iso-dates"]),
    R("F3805", at(24, "13:15", KR), "Payment is planned at 2027-04-09 after the quarterly closing.", "promise_to_pay", date="2027-04-09", fam=["iso-date", "quarter-close"], sender=0),
    R("F3805", at(25, "10:00", KR), "Dear Manager,\nThank you for your mail. We will pay the 93809 amount this week Friday, and 93810 after replacement of the broken items.\nRegards", "promise_to_pay", date="2027-03-26", inv=["93809", "93810"], human=["conditional"], fam=["this-week-weekday", "two-parts", "condition"]),
    R("F3805", at(25, "15:30", KR), "Can you send the tax invoice copy again? Our system needs the PDF with the PO number visible for 93809.", "invoice_resend", inv=["93809"], fam=["copy-with-po", "korean"]),
    R("F3805", at(22, "11:30", KR), "This is Kim, new staff. Ms. Park moved to our HQ team. From now I am in charge of payment for foreign suppliers. My mail is h.kim@hanbitsecurity.example, please update.", "wrong_contact", fam=["new-contact", "handover"], sender="h.kim@hanbitsecurity.example"),
    R("F3805", at(23, "19:40", KR), "Sorry for late. Transfer 2 days later.", "promise_to_pay", date="2027-03-25", fam=["in-two-days", "terse", "korean"]),
    R("F3805", at(24, "17:20", KR), "We received. thank you", "other", fam=["ack", "no-action", "terse"], sender=0),
    R("F3805", at(22, "09:02", KR), "Your message to j.park@hanbitsecurity.example couldn't be delivered.\n\nj.park wasn't found at hanbitsecurity.example.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "bounce", sender="postmaster@hanbitsecurity.example", subject="Undeliverable: Reminder: overdue invoices – Hanbit Security Systems Co., Ltd.", dsn=("j.park@hanbitsecurity.example", "5.1.10"), quote="none", gap_days=0, fam=["dsn-exchange"]),
    # --- Straits Motor Dealers (Kuala Lumpur, payment plan)
    R("F3806", at(22, "10:45", MY), "Hi, instalment no. 4 of USD 2,000 will be paid on 31/3 as per our arrangement. Thanks", "promise_to_pay", date="2027-03-31", amount="2000.00", fam=["instalment", "numeric-dmy", "malaysian"]),
    R("F3806", at(22, "16:10", MY), "Dear Siew Ling is on leave, I help reply. Instalment 3 already paid on 15 March lah, USD 2,000, please check your bank. Why still send reminder?", "already_paid", ref=None, amount=None, inv=None, human=["amount differs"], fam=["instalment-paid", "malaysian", "colleague-covers"], sender=0, note="BK38-007 is the 2,000 instalment: below the open balance, so a person applies it"),
    R("F3806", at(23, "09:30", MY), "Boss ask whether can we skip April instalment because of Hari Raya bonuses and restart in May with bigger amount. Pls advise.", "payment_plan_request", fam=["skip-instalment", "malaysian"], note="asks to change the plan; no date for a first payment"),
    R("F3806", at(23, "14:00", MY), "Invoice 93812 is for the showroom signage lightbox. Our sales manager says the price quoted was USD 2,490 not 2,940. Maybe typo? Kindly check and revise.", "dispute", inv=["93812"], fam=["price-typo", "malaysian"]),
    R("F3806", at(24, "11:25", MY), "ok can. will pay next tuesday.", "promise_to_pay", date="2027-03-30", fam=["next-weekday", "terse", "malaysian"]),
    R("F3806", at(24, "15:45", MY), "Good afternoon. Please send the updated SOA showing the instalments paid so far. Our auditor needs it for year end.", "invoice_resend", fam=["statement", "auditor"]),
    R("F3806", at(25, "10:15", MY), "Dear Sir/Madam, we are now Straits Motor Group Berhad after listing. Pls amend all invoices to new name, SST no. W10-1808-32001234.", "po_change", fam=["new-entity", "tax-number"], sender=0),
    R("F3806", at(25, "18:30", MY), "Payment for April instalment will be done earlier, 9/4. No sorry, make it 8/4, the 9th is Friday and our bank officer only half day. Same amount USD 2,000.", "promise_to_pay", date="2027-04-08", amount="2000.00", fam=["self-correction", "instalment", "numeric-dmy"]),
    R("F3806", at(22, "08:05", MY), "Thank you for your email. I am on annual leave from 22/3 to 26/3 and will respond upon my return. For urgent matters, please contact accounts@straitsmotor.example.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Straits Motor Dealers Sdn Bhd", quote="none", gap_days=0, fam=["ooo-auto", "numeric-dmy"], sender=1),
    R("F3806", at(23, "11:50", MY), "Hello, this address is for sales enquiries only. Finance please use accounts@straitsmotor.example. Thank you.", "wrong_contact", fam=["sales-mailbox", "redirect"], sender="sales@straitsmotor.example"),
    R("F3806", at(24, "20:15", MY), "Transfer done just now for instalment 4, USD 2,000, Maybank ref MBB270324-88120. Not yet reflect maybe tomorrow.", "already_paid", ref="MBB270324-88120", human=["no matching payment"], fam=["just-paid", "malaysian"]),
    # --- Deansgate Creative (Manchester)
    R("F3807", at(22, "09:25", GB), "Morning,\n\n93813 went out on this morning's BACS run (ref DC4471). 93814 will be on the run on Thursday.\n\nCheers,\nTom\n\nTom Brierley | Finance Director\nDeansgate Creative Ltd | 2nd Floor, Hatbox Building, Ancoats, Manchester M4 6DE\nThis email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Deansgate Creative Ltd is registered in England and Wales no. 09912235.", "already_paid", sec=["promise_to_pay"], ref="DC4471", inv=["93813", "93814"], date="2027-03-25", html=True, fam=["paid-and-promise", "bacs", "disclaimer", "outlook-html"]),
    R("F3807", at(22, "13:05", GB), "Hiya – our year end is 31 March so everything outstanding gets cleared in the final run on Tuesday 30th. Speak soon, Karen (covering for Tom)", "promise_to_pay", date="2027-03-30", fam=["year-end", "weekday-date", "colleague-covers"], sender=0),
    R("F3807", at(23, "10:40", GB), "The 960 is for the extra artwork round on the Co-op pitch deck. That round was never signed off and we told your account manager on the 9th we didn't want it. Please cancel 93814.", "dispute", inv=["93814"], fam=["not-ordered", "distractor-date"]),
    R("F3807", at(23, "15:20", GB), "We'll pay Monday week, office is shut Good Friday and Easter Monday.", "promise_to_pay", date="2027-04-05", fam=["monday-week", "easter-closure"], note="'Monday week': the Monday after the coming Monday"),
    R("F3807", at(24, "09:55", GB), "Can you pop a copy of 93814 over? It's not in Xero.", "invoice_resend", inv=["93814"], fam=["copy-request", "british-casual"], sender=0),
    R("F3807", at(24, "14:30", GB), "Please quote our PO DC-4471 on the invoice – without it our approval workflow in Xero rejects it. 93813 came through with no PO.", "po_change", inv=["93813"], fam=["missing-po"]),
    R("F3807", at(25, "08:45", GB), "I left Deansgate Creative in February. Try accounts@ or Tom Brierley.", "wrong_contact", fam=["left-company", "terse"], sender="l.hughes@deansgatecreative.example"),
    R("F3807", at(25, "16:00", GB), "Hi, bit of a cash squeeze till the new FY budgets land. Could we do 93813 in two halves, end of April and end of May?", "payment_plan_request", date="2027-04-30", inv=["93813"], fam=["two-halves", "new-fiscal-year", "british-casual"]),
    R("F3807", at(24, "17:45", GB), "Paid Monday, look for DC4471 on your statement. Pls don't chase again", "already_paid", ref="DC4471", inv=["93813"], fam=["paid-with-ref", "terse"], note="BK38-005 dated 22 March matches by reference"),
    R("F3807", at(24, "12:00", GB), "Tom's off until the 6th April (Easter hols). He'll sort it first thing when he's back, realistically Wednesday 7th.", "promise_to_pay", date="2027-04-07", fam=["back-from-holiday", "weekday-date", "colleague-covers"], sender=0),
    R("F3807", at(25, "11:15", GB), "Sorry, ignore my last, I said Thursday but the run is actually Wednesday 31st this time because of the year end. So Weds.", "promise_to_pay", date="2027-03-31", fam=["self-correction", "year-end"]),
    # --- Lakeshore Cloudworks (Chicago, SaaS)
    R("F3808", at(22, "08:30", US), "Hi there,\n\nInvoice 93816 was paid via ACH on 3/17, trace 000481552. 93815 is in approval – our VP signs off on Thursdays, so it should go out 3/26.\n\nThanks,\nDana Kowalski\nAP Manager | Lakeshore Cloudworks\n222 W Merchandise Mart Plaza, Chicago, IL 60654", "already_paid", sec=["promise_to_pay"], ref="000481552", inv=["93816", "93815"], date="2027-03-26", html=True, fam=["paid-and-promise", "numeric-mdy", "ach", "outlook-html"]),
    R("F3808", at(22, "12:50", US), "Net 60 per our MSA, not Net 30. So 93815 isn't late until 4/26. Please fix your records.", "dispute", inv=["93815"], fam=["payment-terms", "numeric-mdy"]),
    R("F3808", at(23, "09:15", US), "We're switching AP platforms on 4/1 — all invoices after that date must be submitted through Bill.com, email invoices won't be processed. Invite link to follow.", "po_change", fam=["supplier-portal", "numeric-mdy"], sender=0),
    R("F3808", at(23, "14:35", US), "Will pay by EOW.", "promise_to_pay", date="2027-03-26", fam=["eow", "terse"]),
    R("F3808", at(24, "10:05", US), "Hey — can you send a W-9? Our new AP system won't let us pay a vendor without one on file. Actually you're a German company so I guess a W-8BEN-E? Whatever applies.", "other", human=["tax forms"], fam=["tax-forms", "self-correction"], sender=0),
    R("F3808", at(24, "15:40", US), "Check run is every other Thursday. Next one is 4/1, you're on it.", "promise_to_pay", date="2027-04-01", fam=["check-run", "numeric-mdy"]),
    R("F3808", at(25, "09:00", US), "Per our call this morning we'll wire $5,000 tomorrow and the remaining $3,925 on 4/9.", "promise_to_pay", date="2027-03-26", amount="5000.00", inv=["93815"], fam=["split-amounts", "numeric-mdy", "call-reference"]),
    R("F3808", at(25, "13:25", US), "I'm no longer handling AP for Lakeshore — I moved to FP&A. Please reach out to ap@lakeshorecloud.example going forward.", "wrong_contact", fam=["role-change", "redirect"]),
    R("F3808", at(22, "07:01", US), "Thanks for contacting Lakeshore Cloudworks Accounts Payable. Your request has been received and assigned ticket #AP-20931. A team member will respond within 2 business days.", "other", headers=AUTO, subject="[AP-20931] Reminder: overdue invoices – Lakeshore Cloudworks Inc", quote="none", fam=["ticket-autoreply", "no-action"], sender=0),
    R("F3808", at(23, "18:20", US), "Could we set 93815 up in 3 monthly installments starting 4/15? Q1 was rough, renewals slipped.", "payment_plan_request", date="2027-04-15", inv=["93815"], fam=["plan-three", "numeric-mdy", "us-spelling"]),
]
