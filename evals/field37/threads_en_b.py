"""field37 English replies, part B: a Manila pharmacy chain (credit hold, month-first), a Karachi clinic, a Nairobi children's trust on a plan."""

from __future__ import annotations

from evals.field.build import Payment as P
from evals.field.build import Reply as R
from evals.field37.kit import AUTO, KHI, MNL, NBO, at

PAYMENTS = [
    P("BK37-04", "G3704", "2026-12-04", "1930.00", "USD", "MEDSUKI PHARMACY CORP BDO-TT-88140"),
    P("BK37-05", "G3705", "2026-12-07", "615.00", "USD", "AL SHIFA FAMILY CLINIC HBL 7720114"),
    P("BK37-06", "G3706", "2026-12-08", "1300.00", "USD", "TUMAINI CHILDRENS TRUST INST 3"),
    P("BK37-07", "G3705", "2026-12-09", "3400.00", "USD", "ALSHIFA CLINIC INV93709"),
]

REPLIES = [
    # --- MedSuki Pharmacy Corporation, Manila (en-PH, month-first, +08:00, credit hold) ---
    R("G3704", at(7, "10:22", MNL), "Good morning Ma'am/Sir,\n\nKindly be informed that the payment for INV-2026-93707 is already scheduled on 12/15/2026 thru BDO telegraphic transfer. We will send the TT copy once released.\n\nThank you and God bless.\n\nMa. Kristine Dela Cruz\nAP Supervisor",
      "promise_to_pay", date="2026-12-15", inv=["93707"], fam=["numeric-month-first", "ph-pharmacy", "formal-ph"]),
    R("G3704", at(7, "14:55", MNL), "Hi po,\n\nThe 1,930 was already paid last Friday Dec 4 via BDO, TT ref BDO-TT-88140. Attached is the TT copy. Please lift the hold on our account so our branches can order for the Christmas season.\n\nThanks po\nKristine",
      "already_paid", ref="BDO-TT-88140", inv=["93708"], attachments=[("TT_BDO-88140.pdf", "application/pdf", "BDO Unibank Telegraphic Transfer\nValue date: 2026-12-04\nAmount: USD 1,930.00\nBeneficiary: Northwind Supplies GmbH\nDetails: INV-2026-93708\nRef: BDO-TT-88140")],
      fam=["paid-ref", "remittance-attachment", "credit-hold-ask", "ph-pharmacy"]),
    R("G3704", at(8, "09:30", MNL), "Dear Northwind,\n\nPlease note Dec 8 is a holiday here (Feast of the Immaculate Conception) so our treasury is offline today. The 12,640 will be released tomorrow, 12/9.\n\nRegards,\nAccounts Payable\nMedSuki Pharmacy Corporation",
      "promise_to_pay", date="2026-12-09", amount="12640.00", sender=0, fam=["holiday-today", "numeric-month-first", "ph-pharmacy"]),
    R("G3704", at(8, "16:40", MNL), "Hello,\n\nWe cannot process 93707 because the PO indicated (MSP-PO-30418) was already closed. Please revise the invoice to reference PO MSP-PO-30977 which is the re-issued PO for the same delivery. Once corrected we can include in the next check run.\n\nRespectfully,\nKristine",
      "po_change", inv=["93707"], fam=["po-replaced", "ph-pharmacy"]),
    R("G3704", at(9, "08:05", MNL), "Good day!\n\nRequesting copies of all invoices and an updated SOA as of Dec 2026 for our year-end audit. Our external auditors (SGV) will also send a confirmation request separately.\n\nThank you!",
      "invoice_resend", sender=0, fam=["statement-request", "audit", "ph-pharmacy"]),
    R("G3704", at(9, "11:15", MNL), "Hi,\n\nWe are requesting for a payment term of 3 equal installments for 93707 starting January 15, 2027 due to the 13th month pay and bonus release this month. Hoping for your kind consideration.\n\nKristine",
      "payment_plan_request", date="2027-01-15", inv=["93707"], fam=["plan-instalments", "january", "13th-month", "ph-pharmacy"]),
    R("G3704", at(9, "19:50", MNL), "ok noted po will follow up with treasury",
      "other", fam=["no-action", "acknowledgement", "terse", "ph-pharmacy"]),
    R("G3704", at(10, "10:10", MNL), "Hi Sir/Ma'am,\n\nThere is a discrepancy on 93707. We received 1,840 boxes of nitrile gloves only vs 2,000 billed. Receiving report RR-55102 attached. Kindly issue a credit memo for the 160 boxes.\n\nKristine",
      "dispute", inv=["93707"], attachments=[("RR-55102.pdf", "application/pdf", "Receiving Report RR-55102\nPO MSP-PO-30418\nItem: Nitrile gloves M, box/100\nQty received: 1,840\nReceived by: Warehouse Taguig")], fam=["dispute-quantity", "ph-pharmacy"]),
    R("G3704", at(10, "13:25", MNL), "Good afternoon,\n\nThis is to inform you that I am on leave from December 10 to 12/28/2026. For concerns please email payables@medsuki.example.\n\nKristine Dela Cruz",
      "out_of_office", sender=1, headers=AUTO, human=["absence over 14 days"], fam=["ooo-long", "numeric-month-first", "ph-pharmacy"]),
    R("G3704", at(10, "17:35", MNL), "Hi!\n\nCheck for both invoices will be ready for pick-up on 12/11, or we can deposit direct to your bank. Which do you prefer? Payment will be on that date either way.\n\nAP",
      "promise_to_pay", date="2026-12-11", sender=0, fam=["numeric-month-first", "cheque", "ph-pharmacy"]),
    R("G3704", at(7, "16:00", MNL), "Dear Sir,\n\nWe will settle the balance before Rizal Day. Management approved it already.\n\nRegards,\nKristine",
      "promise_to_pay", date="2026-12-29", fam=["holiday-anchor", "ph-pharmacy"], note="Rizal Day is 30 December; 'before' read as the day before"),
    R("G3704", at(8, "11:45", MNL), "Please be advised that effective January 1, 2027 all supplier invoices must be submitted thru our vendor portal (vendors.medsuki.example). Emailed invoices will no longer be accepted.",
      "po_change", inv=[], sender=0, fam=["portal", "ph-pharmacy"]),

    # --- Al-Shifa Family Clinic, Karachi (en-PK, day-first, +05:00) ---
    R("G3705", at(7, "11:20", KHI), "Dear Sir,\n\nAssalam o Alaikum. Your reminder is received. Payment of invoice 93710 has been done today through HBL, reference 7720114. Remaining invoice 93709 will be cleared InshaAllah on 15/12.\n\nRegards\nDr. Farhan Qureshi\nAdministrator",
      "already_paid", sec=["promise_to_pay"], date="2026-12-15", ref="7720114", inv=["93710", "93709"], fam=["paid-ref", "numeric-day-first", "inshallah", "pk-clinic"]),
    R("G3705", at(7, "17:45", KHI), "Sir kindly share the invoice copy of 93709, our accountant says it is not in file. Also please mention our NTN on it as our tax consultant requires.",
      "po_change", sec=["invoice_resend"], inv=["93709"], fam=["tax-number-on-invoice", "pk-clinic"]),
    R("G3705", at(8, "10:00", KHI), "Dear Team,\n\nWe will make the payment next week Tuesday InshaAllah. Our finance is busy with the year closing of the clinic.\n\nThanks",
      "promise_to_pay", date="2026-12-15", sender=0, fam=["next-week-weekday", "inshallah", "pk-clinic"]),
    R("G3705", at(8, "14:30", KHI), "Dear Sir\n\nWe have paid 3400 USD yesterday against 93709. The balance 60 USD is bank charges deducted by correspondent bank. Kindly adjust.\n\nAccounts",
      "already_paid", inv=["93709"], human=["amount differs"], sender=0, fam=["bank-charges", "short-payment", "pk-clinic"], note="BK37-07 3,400.00 on 9 Dec; claims 7 Dec; open balance 3,460.00"),
    R("G3705", at(9, "09:15", KHI), "Sir this is not correct. We have never ordered 615 dollars of sterilisation pouches. Our order was only autoclave tape. Please check with your sales person Mr. Adnan.",
      "dispute", inv=["93710"], fam=["dispute-not-ordered", "pk-clinic"]),
    R("G3705", at(9, "13:00", KHI), "Salam,\n\nDr. Farhan is performing Umrah and will be back on 4th January 2027. Please contact accounts@alshifaclinic.example for payment matters.\n\nClinic office",
      "out_of_office", sender="office@alshifaclinic.example", human=["absence over 14 days", "hand-written absence"], fam=["ooo-long", "handwritten-absence", "unknown-sender", "pk-clinic"]),
    R("G3705", at(9, "18:20", KHI), "Dear sir, we request you to kindly allow us to pay in 4 installments of USD 865 each month starting from 25th December as our clinic expansion has taken all liquidity.",
      "payment_plan_request", date="2026-12-25", amount="865.00", fam=["plan-instalments", "pk-clinic"]),
    R("G3705", at(10, "10:40", KHI), "Respected Sir,\n\nPayment will be made before Quaid-e-Azam Day holiday. Please do not send further reminders.\n\nRegards\nAccounts",
      "promise_to_pay", date="2026-12-24", sender=0, fam=["holiday-anchor", "pk-clinic"], note="Quaid-e-Azam Day is 25 December; before it = 24 December (field33)"),
    R("G3705", at(10, "15:00", KHI), "Dear Sir, Please find below the remittance from our bank.\n\n---------- Forwarded message ---------\nFrom: HBL Cash Management <cms@hbl.example>\nDate: Wed, 9 Dec 2026\nSubject: Outward remittance advice\n\nRemitter: ALSHIFA CLINIC\nBeneficiary: NORTHWIND SUPPLIES GMBH\nAmount: USD 3,400.00\nValue date: 09-12-2026\nDetails: INV93709",
      "already_paid", inv=["93709"], ref="INV93709", human=["amount differs"], sender=0, fam=["forward-see-below", "bank-advice", "short-payment", "pk-clinic"]),
    R("G3705", at(7, "20:10", KHI), "I am not dealing with accounts anymore. I am the medical superintendent. Please write to accounts@alshifaclinic.example",
      "wrong_contact", sender="dr.sana.malik@alshifaclinic.example", fam=["wrong-contact", "unknown-sender", "pk-clinic"]),
    R("G3705", at(8, "22:05", KHI), "Sir we will pay within 7 working days after receiving the corrected invoice with NTN.",
      "promise_to_pay", sec=["po_change"], human=["conditional"], fam=["conditional-reissue", "working-days", "pk-clinic"]),

    # --- Tumaini Children's Trust, Nairobi (en-KE, +03:00, payment plan) ---
    R("G3706", at(7, "09:05", NBO), "Dear Sir/Madam,\n\nKindly note instalment 3 of 6 (USD 1,300) will be remitted on 8th December as per our agreed schedule.\n\nRegards,\nGrace Wambui\nFinance & Admin Officer\nTumaini Children's Trust",
      "promise_to_pay", date="2026-12-08", amount="1300.00", inv=["93711"], fam=["plan-instalment", "ke-nonprofit"]),
    R("G3706", at(8, "16:30", NBO), "Good afternoon,\n\nInstalment 3 was sent today, ref TUMAINI CHILDRENS TRUST INST 3. Kindly confirm receipt.\n\nGrace",
      "already_paid", ref="TUMAINI CHILDRENS TRUST INST 3", inv=["93711"], human=["amount differs"], fam=["plan-instalment-paid", "ke-nonprofit"], note="BK37-06 1,300.00 matches by reference; the open balance is 7,800.00"),
    R("G3706", at(8, "18:00", NBO), "Dear Team,\n\nWe are writing to request that instalments 4 to 6 be pushed by two months. Our main donor has delayed the December disbursement to February due to their own audit. We will resume on 26th February 2027.\n\nGrace",
      "payment_plan_request", date="2027-02-26", inv=["93711"], fam=["plan-extension", "donor-delay", "ke-nonprofit"]),
    R("G3706", at(9, "10:45", NBO), "Hello,\n\nOur office will be closed from 11th December for Jamhuri Day and the Christmas break, reopening 5th January 2027. Kindly direct urgent matters to the Director on +254 700 555 210.\n\nTumaini Children's Trust",
      "out_of_office", sender=0, headers=AUTO, human=["absence over 14 days"], fam=["holiday-closure", "ooo-long", "ke-nonprofit"]),
    R("G3706", at(9, "14:20", NBO), "Dear Sir,\n\nWhy are we still receiving overdue reminders when we are on a payment plan and paying every month? This is the third one. Kindly update your system.\n\nGrace",
      "other", human=["other needs a person"], fam=["on-plan-complaint", "ke-nonprofit"]),
    R("G3706", at(10, "08:40", NBO), "Hi, kindly share the statement showing instalments received so far. Our auditors need it for the year-end.",
      "invoice_resend", fam=["statement-request", "ke-nonprofit"]),
    R("G3706", at(10, "12:15", NBO), "Dear Sir,\n\nInstalment 4 will be paid on 8th January not 8th December as previously indicated, we are sorry for the mix-up in my earlier mail.\n\nGrace",
      "promise_to_pay", date="2027-01-08", inv=["93711"], human=["partial"], fam=["self-correction", "plan-instalment", "january", "ke-nonprofit"]),
    R("G3706", at(7, "13:30", NBO), "Dear Sir,\n\nPlease note Grace Wambui has left the Trust. Kindly address all finance matters to our new Finance Officer, Mr. Otieno Odhiambo, o.odhiambo@tumainitrust.example.\n\nThe Director",
      "wrong_contact", sender="director@tumainitrust.example", fam=["wrong-contact-new", "unknown-sender", "ke-nonprofit"]),
    R("G3706", at(10, "17:55", NBO), "Thank you, well received.",
      "other", fam=["no-action", "acknowledgement", "ke-nonprofit"]),
]
