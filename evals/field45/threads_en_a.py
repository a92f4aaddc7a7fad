"""Hand-written English replies (1 of 4): a Reading IT reseller, a Kraków shared-service centre, a Gothenburg SaaS
customer, a Bergen fishing-gear wholesaler and a Gdańsk print shop on credit hold. Dates: June 2027 (Mon 14 – Fri 18)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field45.kit import AUTO, GB, NO, PL, SE, at

PAYMENTS = [
    Payment("BK45-001", "Q4501", "2027-06-11", "4860.00", "GBP", "KVIT-BACS-0611 KENNET VALLEY IT SOL"),
    Payment("BK45-002", "Q4503", "2027-06-14", "3240.00", "EUR", "SKARGARDSBOKNING AB INV 94505"),
    Payment("BK45-003", "Q4504", "2027-06-10", "9800.00", "EUR", "NORDKYST FISKEUTSTYR AS 94507"),
    Payment("BK45-004", "Q4502", "2027-06-15", "18420.00", "EUR", "1500087342 MERIDIAN DISTRIBUTION GROUP"),
    Payment("BK45-005", "Q4501", "2027-06-02", "735.00", "GBP", "KENNET VALLEY IT"),
]

REPLIES = [
    # --- Q4501 Kennet Valley IT Solutions (Reading) ---
    Reply("Q4501", at(14, "10:12", GB), """Hi,

94501 went out in our BACS run last Friday, remittance attached. 94502 is on next week's run, which is Thursday.

Thanks
Priya

Priya Danby | Finance Manager
Kennet Valley IT Solutions Ltd | Unit 4, Arlington Business Park, Reading""",
          "already_paid", sec=["promise_to_pay"], date="2027-06-24", ref="KVIT-BACS-0611", inv=["94501", "94502"],
          attachments=[("Remittance_KVIT_0611.txt", "text/plain",
                        "REMITTANCE ADVICE\nPayer: Kennet Valley IT Solutions Ltd\nPayment date: 11/06/2027\nPayment reference: KVIT-BACS-0611\nINV-2026-94501  GBP 4,860.00\nTotal GBP 4,860.00")],
          fam=["paid-and-promise", "remittance", "weekday-next-week"],
          note="matches BK45-001 by reference and amount; 'next week's run, which is Thursday' = Thursday 24 June"),
    Reply("Q4501", at(14, "15:40", GB), """Afternoon,

Could you resend 94502 please? Can't find it anywhere on our side, I suspect it went to the old sales@ address.

Ta,
Accounts team""",
          "invoice_resend", inv=["94502"], sender=0, fam=["resend"]),
    Reply("Q4501", at(16, "07:03", GB), """Thank you for your email. I am on annual leave, returning on Monday 28th June. Emails are not being forwarded; for anything urgent please contact accounts@kennetvalley-it.example.

Priya""",
          "out_of_office", subject="Automatic reply: Reminder: overdue invoices – Kennet Valley IT Solutions Ltd",
          headers=AUTO, fam=["ooo-auto", "ooo-within-14"], note="back 28 June = 12 days after 16 June"),
    Reply("Q4501", at(15, "18:51", GB), """Sorry for the dely, will pay both on thirsday

Sent from my iPhone""",
          "promise_to_pay", date="2027-06-17", fam=["autocorrect", "phone", "bare-weekday"], quote="none"),
    Reply("Q4501", at(16, "11:26", GB), """Hi there,

Before we pay 94501: three of the twelve USB-C docks on it came back to you under RMA 55102 at the start of May and we still have no credit note. That's £1,215 we shouldn't be paying.

Happy to pay the remaining £3,645 on Friday if you can confirm the credit is coming.

Regards
Priya""",
          "dispute", sec=["promise_to_pay"], date="2027-06-18", amount="3645.00", inv=["94501"],
          human=["conditional"], fam=["dispute-returns", "partial", "conditional"],
          note="pays the undisputed part Friday if the credit is confirmed"),
    Reply("Q4501", at(15, "09:47", GB), """Hello,

The PO quoted on 94502 is wrong – it says KV-PO-3402 but the order was raised on KV-PO-3420 (digits swapped). Our AP system won't match it so it's sitting in the exceptions queue. Can you reissue with the right PO and we'll get it paid.

Many thanks,
Priya""",
          "po_change", inv=["94502"], fam=["po-correct"]),
    Reply("Q4501", at(15, "13:15", GB), """Answers below in bold-ish (caps) –

> According to our records the following invoices are past due:
>
> INV-2026-94501    2027-04-30    GBP 4,860.00

THIS ONE IS WITH OUR MD FOR SIGN-OFF, GOES OUT ON THE 25TH.

> INV-2026-94502    2027-05-21    GBP 735.00

NEVER SEEN THIS ONE – PLEASE SEND A COPY.

> If you have already paid, please send us the payment date and reference.

Priya""",
          "promise_to_pay", sec=["invoice_resend"], date="2027-06-25", inv=["94501", "94502"], quote="none",
          fam=["inline-answers", "day-of-month", "resend"], note="answers between the reminder's lines; the 25th = 25 June"),
    Reply("Q4501", at(17, "08:58", GB), """Morning,

I moved over to procurement in April so I'm not the person for this any more. Our new credit controller is Simon Ferris – simon.ferris@kennetvalley-it.example – please deal with him from now on.

Best,
Priya""",
          "wrong_contact", fam=["wrong-contact-new-person"]),
    Reply("Q4501", at(17, "16:33", GB), """Third reminder this month. Lovely.

Yes, we know. It will be paid when the council pays us for the network job those docks went into, which they've promised for the end of June. Not a day before, I'm afraid.

Accounts""",
          "promise_to_pay", date="2027-06-30", sender=0, human=["conditional"],
          fam=["sarcasm", "conditional", "end-of-month"], note="waits on the council paying them: conditional, dated as written"),
    Reply("Q4501", at(14, "12:05", GB), """Hi,

Just so you know how it works here: our payment runs are on Wednesdays. I'm away 21–25 June so I've already set both invoices up for the run on the 30th, total £5,595.00.

Priya""",
          "promise_to_pay", date="2027-06-30", amount="5595.00", partial=False,
          fam=["distractor-dates", "day-of-month"], note="the absence 21–25 June is a distractor; the amount is the whole balance"),
    Reply("Q4501", at(18, "10:41", GB), """Hi,

Quick one – do you take card? Our bank has put a daily limit on new BACS payees and it's a pain. If you can send a Stripe or card link for 94501 I can pay it today.

Priya""",
          "other", inv=["94501"], human=["payment-method question"], fam=["payment-method"]),
    Reply("Q4501", at(16, "09:06", GB), """This is the mail system at host mx2.kennetvalley-it.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<accounts@kennetvalley-it.example>: host mx2.kennetvalley-it.example[10.4.1.12] said:
    550 5.1.1 <accounts@kennetvalley-it.example>: Recipient address rejected:
    User unknown in virtual mailbox table""",
          "bounce", sender="MAILER-DAEMON@mx2.kennetvalley-it.example", subject="Undelivered Mail Returned to Sender",
          dsn=("accounts@kennetvalley-it.example", "5.1.1"), fam=["bounce-postfix"], gap_days=0),
    Reply("Q4501", at(18, "14:20", GB), """Hi,

We lost a big maintenance contract in May and cash is tight through the summer. Would you accept 94501 in three equal parts – £1,620 on 1 July, 1 August and 1 September? 94502 we can clear this month.

Appreciate it,
Priya""",
          "payment_plan_request", date="2027-07-01", amount="1620.00", inv=["94501", "94502"],
          fam=["plan-instalments", "explicit-date"]),
    Reply("Q4501", at(14, "16:02", GB), """Hi, both paid – 94502 on 2 June and 94501 last Friday. Please check again.

Priya""",
          "already_paid", inv=["94501", "94502"], fam=["paid-two-dates"],
          note="BK45-005 (735.00, 2 June) and BK45-001 (4,860.00, 11 June) match each invoice by amount and date"),

    # --- Q4502 Meridian Distribution Group – Shared Services Kraków (strategic) ---
    Reply("Q4502", at(14, "09:02", PL), """Dear Sender,

Thank you for contacting Meridian AP EMEA Shared Services. Your request has been registered under ticket number AP-INC-0448213.
Our standard response time is 5 business days. Please do not reply to this message; quote the ticket number in any further correspondence.

This is an automated message.""",
          "other", sender=0, headers=AUTO, subject="[AP-INC-0448213] RE: Reminder: overdue invoices – Meridian Distribution Group – Shared Services Kraków",
          fam=["no-action", "ticket-auto", "shared-service"]),
    Reply("Q4502", at(16, "10:34", PL), """Dear Northwind team,

Ref. ticket AP-INC-0447990.

Invoice 94503 was paid on 15.06.2027, payment document 1500087342, amount EUR 18,420.00.
Invoice 94504 is blocked for payment – goods receipt not yet posted by the requester in Leipzig. Once the GR is posted it will be released in the next payment run.

Best regards,
Katarzyna Nowicka
AP Team Lead | Meridian Distribution Group Shared Services Sp. z o.o. | Kraków""",
          "already_paid", sec=["promise_to_pay"], ref="1500087342", inv=["94503", "94504"], human=["conditional"],
          fam=["shared-service", "ticket-number", "paid-and-blocked", "conditional"],
          note="94503 matches BK45-004; 94504 waits on a goods receipt, no date"),
    Reply("Q4502", at(15, "11:20", PL), """Hello,

Please note that as of 1 June 2027 all supplier invoices for Meridian entities must be submitted via Coupa or to invoices.emea@meridian-ssc.example in PDF, one invoice per file, PO number in the header. Invoice 94504 was sent to a personal mailbox and cannot be processed. Please resubmit to the correct channel.

Kind regards
AP EMEA Shared Services
Ticket AP-INC-0448102""",
          "po_change", inv=["94504"], sender=0, fam=["shared-service", "invoice-channel", "ticket-number"]),
    Reply("Q4502", at(17, "13:48", PL), """Dear Sir or Madam,

Invoice 94504 is parked with a price variance. PO 4700221907 covers 40 licences at EUR 70.00. The invoice also contains an "onboarding fee" of EUR 160.00 which is not on the PO and was not agreed with the buyer.
Please issue a credit note for EUR 160.00 or a corrected invoice. The remaining amount will be paid after receipt.

Katarzyna Nowicka
AP Team Lead""",
          "dispute", sec=["promise_to_pay"], inv=["94504"], human=["conditional"], html=True,
          fam=["dispute-fee", "shared-service", "conditional", "outlook-html"], note="pays the rest once the credit note arrives, no date"),
    Reply("Q4502", at(18, "08:15", PL), """Hi,
both invoices (94503, 94504) are approved and scheduled for the payment run of 23.06.2027.
BR Kasia""",
          "promise_to_pay", date="2027-06-23", inv=["94503", "94504"], fam=["shared-service", "numeric-date-dmy"]),
    Reply("Q4502", at(14, "08:31", PL), """I am out of the office until 5 July 2027 with no access to e-mail.
For urgent AP matters please contact ap.emea@meridian-ssc.example or call the AP hotline +48 12 000 4410.

Katarzyna Nowicka""",
          "out_of_office", headers=AUTO, subject="Out of Office: Reminder: overdue invoices – Meridian Distribution Group – Shared Services Kraków",
          human=["absence over 14 days"], fam=["ooo-auto", "ooo-long"], note="back 5 July = 21 days"),
    Reply("Q4502", at(15, "14:02", PL), """Hello,

I'm handling AP for the Nordic entities only (SE/NO/DK/FI). Meridian Distribution GmbH is looked after by the DACH team, please address them directly: ap.dach@meridian-ssc.example.

Regards,
Bartosz Zieliński
AP Specialist – Nordics""",
          "wrong_contact", sender="b.zielinski@meridian-ssc.example", fam=["wrong-contact-team", "shared-service"]),
    Reply("Q4502", at(16, "15:55", PL), """Dear Supplier,

Our OCR tool could not read the scanned invoice 94503 (image quality too low). Please send a native PDF copy to invoices.emea@meridian-ssc.example.

Ticket AP-INC-0448330
AP EMEA Shared Services""",
          "invoice_resend", inv=["94503"], sender=0, fam=["resend", "shared-service", "ticket-number"]),
    Reply("Q4502", at(17, "09:29", PL), """Dear Northwind,

For our half-year closing we need a statement of account for all Meridian entities as of 31.05.2027, incl. open items and payments received. Could you send it by 24.06?

Thank you,
Kasia Nowicka""",
          "invoice_resend", fam=["statement", "distractor-dates"], note="a statement; names no invoice, so the reminded ones"),
    Reply("Q4502", at(17, "12:10", PL), """Hello, the two open items are in the payment proposal for Tuesday the 22nd. They go out that day, value date maybe 23rd.

Katarzyna""",
          "promise_to_pay", date="2027-06-22", fam=["weekday-ordinal", "value-date"],
          note="sent the 22nd; the value date after it is not the promise"),

    # --- Q4503 Skärgårdsbokning AB (Gothenburg, SaaS) ---
    Reply("Q4503", at(15, "09:12", SE), """Hi!

We paid the May invoice yesterday (94505). The June one we pay after midsummer, on the 28th.

Best regards / Med vänliga hälsningar
Johan Lindqvist
CFO, Skärgårdsbokning AB""",
          "already_paid", sec=["promise_to_pay"], date="2027-06-28", inv=["94505", "94506"],
          fam=["paid-and-promise", "holiday", "day-of-month"], note="94505 matches BK45-002 (14 June, 3,240.00)"),
    Reply("Q4503", at(14, "13:40", SE), """Hello,

We downgraded from the Business plan to Starter on 1 May (confirmed by your support in case #88213). Invoice 94506 is still charged at the Business price, EUR 3,240. Starter is EUR 1,890 per month. Please send a corrected invoice, we will pay the correct amount directly.

Johan""",
          "dispute", sec=["promise_to_pay"], inv=["94506"], human=["conditional"],
          fam=["dispute-price", "saas-downgrade", "conditional"]),
    Reply("Q4503", at(16, "10:05", SE), """Hi,

From 1 July we only receive invoices by e-invoice (Peppol). Our Peppol ID is 0007:5567123456. PDF invoices by email will not be processed by us after that date. Please update your system.

Regards
Ekonomi / Skärgårdsbokning AB""",
          "po_change", sender=0, fam=["peppol", "invoice-channel"]),
    Reply("Q4503", at(18, "16:44", SE), """Hi, I am on summer vacation until 9 August. For invoice questions please mail ekonomi@skargardsbokning.example. Have a nice summer!
/Johan""",
          "out_of_office", headers=AUTO, subject="Autosvar: Reminder: overdue invoices – Skärgårdsbokning AB",
          human=["absence over 14 days"], fam=["ooo-auto", "ooo-long", "swedish-summer"]),
    Reply("Q4503", at(16, "14:18", SE), """Hello

We will pay before midsommar, so latest Thursday 24/6. Sorry for the delay, our accountant was sick.

Johan""",
          "promise_to_pay", date="2027-06-24", fam=["holiday", "numeric-date-dmy", "weekday-and-date"]),
    Reply("Q4503", at(17, "11:02", SE), """Hi,

We cancelled the subscription per email to your support on 1 April (with 30 days notice), so there should be no invoice for June at all. 94506 is therefore not correct. Please cancel it.

Br,
Johan Lindqvist""",
          "dispute", inv=["94506"], fam=["dispute-cancelled", "saas"]),
    Reply("Q4503", at(15, "15:31", SE), """Hi,

Would it be ok to split 94506 in two – half on 1 July and half on 1 August? Q2 has been slow for bookings.

Johan""",
          "payment_plan_request", date="2027-07-01", inv=["94506"], fam=["plan-two-parts"],
          note="'half' is not written as an amount"),
    Reply("Q4503", at(14, "11:50", SE), """Hello,

We got an email on Friday saying your bank account has changed to a bank in Lithuania (LT72 3250 0...). Is this correct? We will not pay anything before we hear from you by phone. Please call +46 31 000 1820.

Ekonomi""",
          "other", sender=0, human=["fraud check"], fam=["fraud-check", "bank-details"]),

    # --- Q4504 Nordkyst Fiskeutstyr AS (Bergen) ---
    Reply("Q4504", at(14, "08:20", NO), """Hello,

We have paid 9 875 EUR on 10.06 for 94507. But the bank took their fee so you maybe see only 9 800. Please confirm what you have received.

Best regards
Eirik Haugland
Daglig leder""",
          "already_paid", inv=["94507"], human=["amount differs"], fam=["bank-charges", "numeric-date-dmy"],
          note="BK45-003 is 9,800.00 on 10 June: the fee was taken, short of the balance"),
    Reply("Q4504", at(14, "14:05", NO), """Hi,
94508 is approved and will be paid Friday 25.06.
Eirik""",
          "promise_to_pay", date="2027-06-25", inv=["94508"], fam=["weekday-and-date"]),
    Reply("Q4504", at(15, "10:10", NO), """Hello,

On 94507 you charged 40 pcs of trawl floats 200 mm. 12 of them arrived cracked (photos attached, the driver signed the note). We will pay for 28, not 40. Please send credit note for the 12.

Eirik""",
          "dispute", inv=["94507"], attachments=[("IMG_4471.jpg", "image/jpeg", "")], fam=["dispute-damaged"]),
    Reply("Q4504", at(16, "09:41", NO), """Good day,

Eirik Haugland has left the company in May. I am the new daglig leder, Silje Rønning. Please send all reminders and invoices to me: s.ronning@nordkyst-fisk.example

Regards Silje""",
          "wrong_contact", sender="s.ronning@nordkyst-fisk.example", fam=["wrong-contact-new-person"]),
    Reply("Q4504", at(17, "07:55", NO), """Jeg er på ferie til og med 12. juli. Henvendelser om regnskap: regnskap@nordkyst-fisk.example.
I am on holiday until 12 July. For accounting questions please write to regnskap@nordkyst-fisk.example.

Eirik Haugland""",
          "out_of_office", headers=AUTO, subject="Fravær / Out of office", human=["absence over 14 days"],
          fam=["ooo-auto", "ooo-long", "bilingual"]),
    Reply("Q4504", at(17, "19:32", NO), """Will ay tomorow, sorry was out at the fjord whole week. Eirik

Sendt fra min iPhone""",
          "promise_to_pay", date="2027-06-18", fam=["autocorrect", "phone", "tomorrow"], quote="none"),
    Reply("Q4504", at(18, "11:15", NO), """Hello,

The season was bad for us (cod quota was cut again). Is it possible to pay 94507 in 4 parts? We can pay 2 500 EUR on the 1st of July and same every month after.

Eirik""",
          "payment_plan_request", date="2027-07-01", amount="2500.00", inv=["94507"], fam=["plan-instalments"]),
    Reply("Q4504", at(15, "12:30", NO), """Hi, can you send invoice 94508 again with our org.nr. and MVA on it? NO 918 223 441 MVA. Our auditor does not accept it without.
Thanks""",
          "po_change", inv=["94508"], sender=0, fam=["vat-number", "reissue"]),
    Reply("Q4504", at(15, "16:48", NO), """Hi

We will transfer the full amount in two weeks. Now we wait for money from the fish auction (Råfisklaget) but it is always paid on time.

Eirik""",
          "promise_to_pay", date="2027-06-29", fam=["relative-span", "reason-not-condition"],
          note="in two weeks from Tue 15 = 29 June; the auction pays them routinely: explanation, not a condition"),

    # --- Q4505 Drukarnia Motława (Gdańsk, credit hold) ---
    Reply("Q4505", at(14, "10:22", PL), """Good morning,

We transferred 3000 EUR today, the rest 3215 EUR until 30.06. Please unblock our account, we have a big order for catalogues waiting.

Best regards
Marek Wiśniewski
Prezes Zarządu""",
          "already_paid", sec=["promise_to_pay"], date="2027-06-30", amount="3215.00", inv=["94509"],
          human=["no matching payment"], fam=["paid-part-and-promise", "numeric-date-dmy", "credit-hold"]),
    Reply("Q4505", at(15, "09:18", PL), """Dear Sirs,

The paper you delivered on invoice 94509 was 90 g/m2 instead of 115 g/m2 as ordered. Our customer rejected the whole print run of brochures. We do not accept this invoice in this form. I attach the order confirmation.

Marek Wiśniewski""",
          "dispute", inv=["94509"], attachments=[("zamowienie_2027_0412.pdf", "application/pdf", "Order confirmation: 115 g/m2 silk, 400 reams")],
          fam=["dispute-wrong-goods"]),
    Reply("Q4505", at(16, "13:05", PL), """Hello,

Please, we propose three installments: 2 000 EUR on 25.06, 2 000 EUR on 25.07 and 2 215 EUR on 25.08. Can you then unlock our account for the next order of foil?

Regards
Księgowość / Accounting""",
          "payment_plan_request", date="2027-06-25", amount="2000.00", sender=0, inv=["94509"],
          fam=["plan-instalments", "numeric-date-dmy", "credit-hold"]),
    Reply("Q4505", at(17, "07:40", PL), """Dzień dobry,
jestem na urlopie do 21.06.2027. W sprawach pilnych: ksiegowosc@drukarnia-motlawa.example.
I am on leave until 21.06.2027. Urgent matters: ksiegowosc@drukarnia-motlawa.example.
Marek Wiśniewski""",
          "out_of_office", headers=AUTO, subject="Odpowiedź automatyczna / Automatic reply", lang="en",
          fam=["ooo-auto", "bilingual", "credit-hold"], note="Polish and English; the English half is this split's language"),
    Reply("Q4505", at(16, "17:22", PL), """Hello, payment will be done on Monday 21st. Sorry for delay.
Marek""",
          "promise_to_pay", date="2027-06-21", fam=["weekday-ordinal"]),
    Reply("Q4505", at(18, "09:03", PL), """Hello,

Why is our account blocked?? We can not order the foil for next job and your sales person says only accounting can decide. We are your customer for 6 years. Please call me today.

Marek""",
          "other", human=["complaint about credit hold"], fam=["complaint", "credit-hold"]),
    Reply("Q4505", at(14, "15:14", PL), """Hello,

Payment for 94509 will be made after we receive the money from our customer (Baltic Ferries), they promised to pay us in the beginning of July.

Regards
Księgowość""",
          "promise_to_pay", date="2027-07-01", sender=0, human=["conditional"], fam=["conditional", "beginning-of-month"],
          note="waits on their customer; 'beginning of July' = 1 July"),
]
