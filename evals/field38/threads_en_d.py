"""English replies (field38), part D: a Korean university-industry foundation and a Penang animal hospital."""

from evals.field.build import Payment, Reply
from evals.field38.kit import AUTO, KR, MY, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK38-011", "F3813", "2027-03-12", "2050.00", "USD", "DJIST FOUNDATION DJ-2027-0041"),
    P("BK38-012", "F3814", "2027-03-22", "3920.00", "USD", "PULAU PINANG ANIMAL HOSP 93826 93827"),
]

REPLIES = [
    # --- Daejeon Institute of Science and Technology Foundation (Korea)
    R("F3813", at(22, "10:00", KR), "Dear Sir/Madam,\n\nGreetings from DJIST Industry-Academic Cooperation Foundation.\nThe payment for DJ-2027-0033 requires the research project manager's inspection report. The inspection is scheduled on March 29, and the payment will be executed on April 2 after the inspection is completed.\n\nSincerely,\nChoi Seung-hyun\nGrants Accountant", "promise_to_pay", date="2027-04-02", inv=["93824"], fam=["inspection-first", "distractor-date", "formal"], note="the foundation's own inspection explains the date, not a third party's act"),
    R("F3813", at(22, "15:20", KR), "Hello. Invoice 93825 (DJ-2027-0041) was paid 2027-03-12. Please check.", "already_paid", inv=["93825"], fam=["iso-date", "paid-date-only"]),
    R("F3813", at(23, "09:35", KR), "Dear Northwind,\nThe research fund from the Ministry (NRF) for this project is delayed. When the fund is arrived, we will pay immediately. Expected date is around April 20.", "promise_to_pay", date="2027-04-20", human=["conditional"], fam=["grant-funds", "third-party", "korean"]),
    R("F3813", at(23, "14:50", KR), "Please issue the invoice with the project number (Project No. 2026-RND-0417) and the name of the principal investigator, Prof. Lee Jae-hoon. Without them the accounting office cannot process.", "po_change", fam=["project-number", "university"], sender=0),
    R("F3813", at(24, "09:15", KR), "Dear Sir,\nI am now in charge of the overseas purchase in the foundation instead of Mr. Choi, who moved to the Office of Research Affairs. Please send all payment related mail to me, jy.kang@djist-foundation.example.\nKang Ji-yeon", "wrong_contact", fam=["handover", "new-contact", "korean"], sender="jy.kang@djist-foundation.example"),
    R("F3813", at(24, "13:40", KR), "Could you send us a statement of account and the bank information letter with the bank's stamp? It is needed for registration in our new ERP.", "other", human=["supplier registration"], fam=["bank-letter", "onboarding"], sender=0),
    R("F3813", at(25, "10:25", KR), "Payment for 93824 is scheduled on 31 March (fiscal quarter end).", "promise_to_pay", date="2027-03-31", inv=["93824"], fam=["quarter-end", "terse"], sender=0),
    R("F3813", at(25, "16:40", KR), "We found 93824 charged 8 units of lab chairs but our PO was for 6 units. We received 6 units. Please make a revised invoice.", "dispute", inv=["93824"], fam=["quantity-vs-po", "korean"]),
    R("F3813", at(22, "08:01", KR), "I am attending the AACR conference in the United States from March 22 to April 9. I will check e-mail after return.", "out_of_office", headers=AUTO, subject="[Auto Reply] Reminder: overdue invoices", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "conference"], sender=1),
    R("F3813", at(23, "20:30", KR), "We can pay 5,000 USD this month and remaining in April after new budget allocation. Please accept.", "payment_plan_request", date="2027-03-31", amount="5000.00", fam=["ask-split", "this-month", "korean"], note="'this month': the first part by the month's end"),
    R("F3813", at(24, "17:10", KR), "Will pay on next Wednesday.", "promise_to_pay", date="2027-03-31", fam=["next-weekday", "terse", "korean"]),
    R("F3813", at(22, "18:15", KR), "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\n  s.choi@djist-foundation.example\n    mailbox is full: retry timeout exceeded", "bounce", sender="Mail Delivery System <mailer-daemon@mail.djist-foundation.example>", subject="Mail delivery failed: returning message to sender", dsn=("s.choi@djist-foundation.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exim", "mailbox-full"]),
    R("F3813", at(25, "11:55", KR), "We'd like to receive the invoices by Korean e-Tax invoice system if possible? If not possible, PDF is ok but please send to tax@djist-foundation.example from now.", "po_change", fam=["invoice-mailbox", "e-invoicing"], sender=0),
    R("F3813", at(23, "11:05", KR), "thank you for information. we checked", "other", fam=["ack", "no-action", "terse"], sender=0),
    # --- Pulau Pinang Animal Hospital (Penang)
    R("F3814", at(22, "09:45", MY), "Hi, payment made today via DuitNow/Swift for both invoices, total USD 3,920. Thanks and sorry for the delay. Dr Rajesh", "already_paid", inv=["93826", "93827"], fam=["collective-payment", "paid-today", "malaysian"]),
    R("F3814", at(22, "14:10", MY), "Eh why got reminder? I thought my clerk paid already. Let me check and revert by tomorrow.", "other", human=["checking, will revert"], fam=["checking", "malaysian"], note="no payment claimed, only a check promised"),
    R("F3814", at(23, "10:50", MY), "Dear Sir/Madam, the ultrasound gel (invoice 93827) expired May 2026 when we received it. We cannot use. Please collect back and cancel the invoice.", "dispute", inv=["93827"], fam=["expired-goods", "malaysian"], sender=0),
    R("F3814", at(23, "16:25", MY), "Can pay 1k now and balance 2,340 next month or not? Clinic renovation this month very tight.", "payment_plan_request", date="2027-03-23", amount="1000.00", inv=["93826"], fam=["k-amount", "ask-split", "malaysian"], note="'1k now': the first part on the reply's own day"),
    R("F3814", at(24, "08:30", MY), "Dear Northwind, kindly forward the invoice to our new clinic branch in Bayan Lepas, they will pay from their account. Address and SSM number below:\n\nPulau Pinang Animal Hospital (Bayan Lepas) Sdn Bhd\n1-2-08, Jalan Mahsuri, 11900 Bayan Lepas\nSSM 202301045567", "po_change", fam=["billing-entity", "branch"], sender=0),
    R("F3814", at(24, "12:45", MY), "will transfer on Friday. thx", "promise_to_pay", date="2027-03-26", fam=["weekday", "terse"]),
    R("F3814", at(25, "09:10", MY), "I am Dr Rajesh's PA. He's away at the vet congress in Bangkok until Monday. He asked me to tell you payment will be done on 30 March.", "promise_to_pay", date="2027-03-30", fam=["assistant-writes", "day-month"], sender="pa.rajesh@gmail.example"),
    R("F3814", at(25, "15:35", MY), "Please resend invoice 93826, my email deleted by accident. Tq", "invoice_resend", inv=["93826"], fam=["lost-copy", "malaysian"]),
    R("F3814", at(22, "20:05", MY), "Dear Sir, we will pay after we receive the claim from our insurer for the flood damage. They promise early April. After that we settle straight.", "promise_to_pay", date="2027-04-01", human=["conditional"], fam=["insurance", "third-party", "beginning-of-month"]),
    R("F3814", at(23, "08:04", MY), "Thank you for your email. Our clinic will be closed for staff training from 23 to 24 March. Emergency cases please call +60 4-555 0192. Admin will reply on 25 March.", "out_of_office", headers=AUTO, subject="Auto-reply: Clinic closure", quote="none", gap_days=0, fam=["ooo-auto", "closure"], sender=0),
    R("F3814", at(24, "19:40", MY), "I'm the locum vet, not involved in billing at all. Please remove me. Admin is admin@ppanimalhospital.example", "wrong_contact", fam=["locum", "redirect"], sender="locum.vet@ppanimalhospital.example"),
    R("F3814", at(25, "11:20", MY), "noted with thanks", "other", fam=["ack", "no-action", "terse", "malaysian"], sender=0),
]
