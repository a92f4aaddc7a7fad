"""field41 English replies, part A: Chennai, Pune, Dubai, Doha (hand-written one by one)."""

from evals.field.build import Payment, Reply
from evals.field41.kit import AE, AUTO, IN, QA, at

PAYMENTS = [
    Payment("BK41-001", "C4101", "2027-09-10", "6840.00", "USD", "NOS UTR HDFCR52027091000418 INV94101"),
    Payment("BK41-002", "C4103", "2027-09-12", "3260.00", "USD", "AL SAKINA FUNERAL SVCS TT 7731"),
    Payment("BK41-003", "C4102", "2027-09-14", "4355.00", "USD", "DECCAN SOFTLINK 94103"),
]

REPLIES = [
    Reply("C4101", at(13, "10:42", IN), """Dear Sir/Madam,

Greetings from Nilgiri Orthopaedic.

Kindly note that payment against INV-2026-94101 has already been released on 10th September through HDFC Bank, UTR no. HDFCR52027091000418. Request you to please check at your end and update your ledger.

Balance invoice 94102 will be processed along with our next payment run on 24th September.

Thanks & Regards,
Accounts Department
Nilgiri Orthopaedic Supplies Pvt Ltd
No. 14, Industrial Estate, Guindy, Chennai 600032""",
          "already_paid", ref="HDFCR52027091000418", inv=["94101", "94102"], sec=["promise_to_pay"], date="2027-09-24",
          fam=["paid_with_reference", "mixed_paid_and_promise", "voice_india_formal"], sender=0,
          note="94101 paid 10 Sep, matches BK41-001; 94102 on 24 Sep"),
    Reply("C4101", at(14, "16:05", IN), """Hi,

Our half-yearly closing is on 30th Sept and all vendor payments are frozen from 27th onwards. I have put 94102 in the run of 23rd Sept (Thursday), you will get it latest by then.

Srinivasan""",
          "promise_to_pay", date="2027-09-23", inv=["94102"],
          fam=["fiscal_half_year_india", "distractor_date", "voice_india_terse"]),
    Reply("C4101", at(15, "11:18", IN), """Sir,

We have not received the GST invoice copy for 94102, only the reminder is coming. Please share the PDF with our PO no NOS/PO/2027/131 mentioned so that we can book it.

Regards
Accounts""",
          "invoice_resend", inv=["94102"], sender=0, fam=["resend_never_received", "voice_india_formal"]),
    Reply("C4101", at(16, "09:31", IN), """Dear team,
the amount for 94102 is shown as USD 1,210 but quotation was USD 1,120 for the knee braces batch. Difference of 90 dollars, kindly check and send revised invoice. We will pay after correction only.
Srinivasan R
Finance Manager""",
          "dispute", inv=["94102"], fam=["price_dispute", "voice_india_formal"]),
    Reply("C4102", at(13, "13:02", IN), """Hi,

Both invoices noted. 94103 will be paid this Friday. 94104 next week Wednesday along with the other Northwind renewal.

Priya Kulkarni
Head of Finance | Deccan Softlink Resellers
Baner Road, Pune""",
          "promise_to_pay", date="2027-09-17", inv=["94103", "94104"],
          fam=["two_dates_first_counts", "voice_india_terse"]),
    Reply("C4102", at(15, "18:47", IN), """Hello

We transferred USD 4,355 yesterday for INV-2026-94103. Our bank deducted 20 dollars as charges, please adjust.

Thanks
AP team, Deccan Softlink""",
          "already_paid", inv=["94103"], sender=0, human=["amount differs from the open balance (short by bank charges)"],
          fam=["short_payment_bank_charges", "voice_india_terse"], note="BK41-003 14 Sep USD 4,355 for 4,375"),
    Reply("C4102", at(14, "12:20", IN), """Dear Northwind team,

Please note that from 1st October 2027 our billing entity changes to Deccan Softlink Technologies LLP (GSTIN 27AAKFD4410R1ZP). Kindly raise all invoices from October in the new name and also reissue 94104 in new name, as the old entity books will be closed on 30th September.

Regards,
Priya""",
          "po_change", inv=["94104"], fam=["new_legal_entity", "fiscal_half_year_india"]),
    Reply("C4102", at(16, "08:55", IN), """Can we do 94103 in two parts? 2,000 on 30th Sept and balance in October first week. Cash is tight due to HY close. Pls confirm.

Sent from my iPhone""",
          "payment_plan_request", date="2027-09-30", amount="2000.00", inv=["94103"],
          fam=["plan_two_parts", "voice_mobile"]),
    Reply("C4102", at(13, "09:12", IN), """Hi, I am not handling vendor payments any more, I moved to the sales ops team last month. Please write to ap@deccansoftlink.example or to Mr. Rohit Deshpande, rohit.d@deccansoftlink.example.

Thanks,
Priya""",
          "wrong_contact", fam=["wrong_contact_named", "voice_india_terse"]),
    Reply("C4103", at(13, "10:05", AE), """Dear Sir,

Payment for invoice 94105 was made by TT on 12/09/2027, bank reference 7731. Copy of swift attached.

Best regards,
Farah Rahman
Operations Manager
Al Sakina Funeral Services LLC | Al Qusais, Dubai""",
          "already_paid", ref="7731", inv=["94105"], attachments=[("swift_7731.pdf", "application/pdf", "MT103 TT ref 7731 value date 12/09/2027 USD 3,260.00 beneficiary Northwind Supplies GmbH")],
          fam=["paid_with_reference", "swift_attachment", "voice_gulf_formal"], note="matches BK41-002"),
    Reply("C4103", at(14, "15:40", AE), """Dear Northwind,

With reference to your reminder, our accounts team confirms payment of invoice 94105 will be made on Thursday 23rd September, inshallah.

Regards,
Farah""",
          "promise_to_pay", date="2027-09-23", fam=["explicit_date_weekday", "voice_gulf_formal"]),
    Reply("C4103", at(15, "12:11", AE), """Hello,

We received 12 body-transport trolleys but the invoice is for 14. Two are still on back-order according to your own delivery note DN-5512. Please issue credit note for the 2 pcs, after that we will settle.

Farah Rahman""",
          "dispute", fam=["short_delivery", "voice_gulf_formal"]),
    Reply("C4103", at(16, "09:02", AE), """Thank you, well noted. I have passed it to our accountant Mr. Joseph.

Farah""",
          "other", fam=["no-action", "acknowledgement"]),
    Reply("C4103", at(13, "08:00", AE), """Dear Sender,

I am on annual leave and will be back in the office on Sunday 26 September 2027. For urgent matters please contact accounts@alsakina-funeral.example.

Regards,
Farah Rahman""",
          "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Al Sakina Funeral Services LLC",
          fam=["ooo_return_within_14", "weekend_sunday_workweek"]),
    Reply("C4104", at(13, "11:30", QA), """Dear Sir,

Invoice PC-FM-3381 / 94106 is under approval with the owners' association. Payment will be released only after the board signs, the board meeting is on 22 September. Expect transfer by end of September.

Anil Menon
Chief Accountant
Pearl Crescent Property Management W.L.L., West Bay, Doha""",
          "promise_to_pay", date="2027-09-30", human=["conditional"], fam=["conditional_board_approval", "distractor_meeting_date", "voice_gulf_formal"]),
    Reply("C4104", at(14, "10:10", QA), """Anil is on leave. The facility management invoice 94106 has wrong PO. It should be PC-FM-3391 not 3381, the 3381 PO belongs to Lusail tower. Please correct and resend.

Regards, Finance""",
          "po_change", sender=0, fam=["po_correction", "voice_gulf_terse"]),
    Reply("C4104", at(15, "16:22", QA), """Dear Northwind,

Due to the tenant arrears at our Al Sadd property we are requesting to settle 94106 in three monthly instalments: USD 4,000 on 30 September, USD 4,000 on 31 October and the balance USD 3,920 on 30 November 2027.

Kindly revert with your approval.

Anil Menon""",
          "payment_plan_request", date="2027-09-30", amount="4000.00", fam=["plan_three_instalments", "voice_gulf_formal"]),
    Reply("C4104", at(16, "13:48", QA), """Hi, pls stop sending reminders to my personal address, I resigned from Pearl Crescent in August. Contact finance@ only.""",
          "wrong_contact", sender="anil.menon1978@mailbox.example", fam=["wrong_contact_freemail", "voice_mobile"]),
    Reply("C4104", at(14, "07:55", QA), """This is an automatic reply. I am out of office until 10 October 2027 with limited access to e-mail. Your message will not be forwarded.

Anil Menon""",
          "out_of_office", headers=AUTO, subject="Out of Office: Reminder: overdue invoices – Pearl Crescent Property Management WLL",
          human=["absence more than 14 days"], fam=["ooo_long_absence"]),
]
