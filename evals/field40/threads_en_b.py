"""English replies (field40), part b: a Finnish aviation maintenance shop, a Helsinki translation agency, a Dnipro aid
foundation on a payment plan and a Lviv aircraft maintenance company."""

from evals.field.build import Payment, Reply
from evals.field40.kit import AUTO, FI, UA, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK40-004", "D4005", "2027-07-05", "9870.00", "EUR", "SAIMAA AVIATION TECHNICS OY SAT-27-0611"),
    P("BK40-005", "D4007", "2027-07-06", "1200.00", "USD", "DNIPRO AID FOUNDATION INSTALMENT 4 INV 94011"),
    P("BK40-006", "D4008", "2027-07-07", "7295.00", "USD", "LVIV WINGS MRO LLC LW-0927"),
]

REPLIES = [
    # --- Saimaa Aviation Technics (Lappeenranta)
    R("D4005", at(5, "08:10", FI), "Good morning,\n\nSAT-27-0611 was paid today, 9 870,00 EUR. SAT-27-0654 is waiting for the goods receipt from the hangar, it will be paid within 14 days after that.\n\nBR, Tuomas Virtanen\nFinance Manager | Saimaa Aviation Technics Oy\nLentokentäntie 21, 53600 Lappeenranta", "already_paid", sec=["promise_to_pay"], inv=["94008", "94009"], human=["conditional"], fam=["outlook-html", "paid-and-promise", "goods-receipt", "finnish-signature"], html=True),
    R("D4005", at(5, "13:30", FI), "Hello. The second invoice 94009 has the wrong PO. It should be SAT-27-0655 (the torque wrench calibration), 0654 was cancelled. Please reissue.", "po_change", inv=["94009"], fam=["wrong-po", "reissue"]),
    R("D4005", at(6, "09:45", FI), "We will pay 1 415 EUR on 14.7.2027.", "promise_to_pay", date="2027-07-14", amount="1415.00", partial=False, inv=["94009"], note="1,415 is the whole of 94009", fam=["dotted-date", "amount-is-one-invoice"], sender=0),
    R("D4005", at(6, "15:20", FI), "Hi, the hangar is on kesäloma (summer holiday) weeks 28–30 and nobody can confirm the goods receipt before that. So realistically payment early August, like 3.8.", "promise_to_pay", date="2027-08-03", fam=["summer-holiday", "week-number-distractor", "dotted-date"]),
    R("D4005", at(7, "10:05", FI), "I'll forward this to our purchase ledger team, they handle it. – Tuomas", "other", human=["forwarded, no answer"], fam=["forwarded"], note="a forward promised, nothing said about payment"),
    R("D4005", at(7, "11:50", FI), "Tämä on automaattinen vastaus. Olen lomalla 5.7.–25.7.2027.\n\nThis is an automatic reply. I am on holiday 5.7.–25.7.2027. Please contact ostolaskut@saimaa-avtech.example.", "out_of_office", headers=AUTO, subject="Automaattinen vastaus: Reminder: overdue invoices – Saimaa Aviation Technics Oy", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "bilingual-ooo", "dotted-range"]),
    R("D4005", at(8, "08:35", FI), "Payment run is every Tuesday. Both will be in the run on Tuesday next week.", "promise_to_pay", date="2027-07-13", fam=["next-week-weekday", "payment-run"], sender=0),
    R("D4005", at(8, "14:00", FI), "Hi, is there an early payment discount if we pay the 9 870 this week? Our CFO asked.", "other", human=["discount question"], fam=["discount-question"]),
    R("D4005", at(6, "12:40", FI), "Hello,\n\nI'm not in Saimaa any more, I moved to the Tampere base in June. The right person for Lappeenranta invoices is Jenni Laine, jenni.laine@saimaa-avtech.example.", "wrong_contact", fam=["moved-role", "names-contact"]),
    # --- Kielisilta Language Services (Helsinki)
    R("D4006", at(5, "10:25", FI), "Hi! Sorry, my mistake, I thought it was paid already in June. I'll pay it tomorrow.", "promise_to_pay", date="2027-07-06", fam=["tomorrow", "apology"]),
    R("D4006", at(5, "16:00", FI), "Can you send a copy of 94010? I can't find it in our system, maybe it went to spam during juhannus.", "invoice_resend", inv=["94010"], fam=["not-received", "midsummer"]),
    R("D4006", at(6, "08:20", FI), "We don't accept the interest charge on the reminder. We always pay within the term and this was the first delay. We pay the invoice amount only.", "dispute", fam=["late-fee"], sender=0),
    R("D4006", at(6, "18:45", FI), "Sent from my phone: I'm at the summer cottage, will do the payment Monday when we're back in the city.", "promise_to_pay", date="2027-07-12", fam=["phone", "summer-cottage", "weekday"]),
    R("D4006", at(7, "09:00", FI), "Paid yesterday evening, 2 230 EUR, reference 94010.", "already_paid", ref="94010", inv=["94010"], human=["no matching payment"], fam=["paid-yesterday", "no-bank-line"]),
    R("D4006", at(7, "14:35", FI), "Our bank details changed in June, did you receive the letter? Also for refunds please use the new IBAN FI21 1234 5600 0007 85.", "other", human=["bank details"], fam=["bank-details"]),
    R("D4006", at(8, "10:10", FI), "Aino will handle it after her holiday, she is back 2 August. I am only the summer trainee, sorry.", "wrong_contact", fam=["summer-trainee", "not-my-job"], sender=0),
    R("D4006", at(8, "12:55", FI), "We can pay half now (1 115) and half end of August, is that ok?", "payment_plan_request", date="2027-07-08", amount="1115.00", fam=["plan-half-now", "asks-permission"]),
    # --- Dnipro Aid Foundation (payment plan)
    R("D4007", at(5, "11:40", UA), "Dear colleagues,\n\nThe July instalment (USD 1,200) under our payment plan will be sent on 6 July. We thank you for your patience during this difficult period.\n\nOksana Kovalenko\nFinance Officer", "promise_to_pay", date="2027-07-06", amount="1200.00", fam=["plan-instalment", "formal"]),
    R("D4007", at(6, "16:10", UA), "Instalment no. 4 was paid today, 1 200 USD. Please confirm the remaining balance.", "already_paid", amount=None, human=["amount differs"], note="BK40-005 carries 1,200 of 14,400: a plan instalment, not the balance", fam=["plan-instalment", "balance-question"]),
    R("D4007", at(7, "09:30", UA), "Our donor (the EU humanitarian grant) moved the tranche from July to September. Could we skip the August instalment and pay double in September?", "payment_plan_request", fam=["donor-delay", "skip-instalment"]),
    R("D4007", at(7, "15:55", UA), "The August payment will be on 5 August as usual, if the bank transfer limits allow it (NBU rules for foreign currency).", "promise_to_pay", date="2027-08-05", human=["conditional", "partial"], note="an instalment of an existing plan is partial", fam=["plan-instalment", "bank-rules", "conditional"]),
    R("D4007", at(8, "10:20", UA), "Please stop sending reminders for the full amount, we are on a plan agreed with Alice in April. Next instalment 5 August.", "promise_to_pay", date="2027-08-05", human=["partial"], fam=["plan-instalment", "tone-complaint"], sender=0),
    R("D4007", at(5, "09:01", UA), "Your message to finance@dniproaid.example couldn't be delivered.\n\nThe domain dniproaid.example doesn't accept mail at this address.\n\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "bounce", sender="postmaster@dniproaid.example", subject="Undeliverable: Reminder: overdue invoices – Dnipro Aid Foundation", dsn=("finance@dniproaid.example", "5.1.10"), quote="none", gap_days=0, fam=["dsn-o365"]),
    R("D4007", at(8, "13:45", UA), "Received, thank you. We'll follow the schedule.", "other", fam=["no-action", "acknowledgement"]),
    # --- Lviv Wings MRO
    R("D4008", at(5, "10:50", UA), "Hello, LW-0927 was paid 07.07 — sorry, I mean payment is ordered for 07.07, it is not sent yet.", "promise_to_pay", inv=["94012"], date="2027-07-07", fam=["self-correction", "dotted-date"]),
    R("D4008", at(8, "12:15", UA), "We paid 7 320 USD yesterday, 7 July, but our bank took 25 USD commission. Please consider it.", "already_paid", human=["amount differs"], note="the bank line BK40-006 shows 7,295", fam=["bank-charges", "short-payment"]),
    R("D4008", at(6, "17:30", UA), "For invoice 94013: the seals kit was returned to you in June (RMA 2207). We expect credit note.", "dispute", inv=["94013"], fam=["returned-goods", "credit-note"]),
    R("D4008", at(7, "09:55", UA), "Transfer of 1180 USD will be on Monday 12.07. Andriy", "promise_to_pay", date="2027-07-12", amount="1180.00", partial=False, inv=["94013"], note="1,180 is the whole of 94013", fam=["weekday-date", "dotted-date", "amount-is-one-invoice"]),
    R("D4008", at(7, "13:20", UA), "Please make invoices to our new legal address: 79000, Lviv, vul. Horodotska 174, office 3. The old address is not valid since 1 July.", "po_change", fam=["billing-address"]),
    R("D4008", at(8, "08:45", UA), "We will pay after the half-year audit is finished, about 20 July.", "promise_to_pay", date="2027-07-20", fam=["half-year-close", "about-date"]),
    R("D4008", at(8, "16:05", UA), "Hi, I am on vacation till 26.07, for urgent questions — accounting@lvivwings.example\nSent from mobile", "out_of_office", sender=1, human=["absence written by hand", "absent more than 14 days"], fam=["ooo-by-hand", "phone"]),
    R("D4008", at(5, "15:15", UA), "Hi! Can you please send the act of completed works (акт) for 94012 together with the invoice? Without it our accountant can't pay.", "invoice_resend", inv=["94012"], fam=["act-of-works", "paperwork-before-payment"]),
]
