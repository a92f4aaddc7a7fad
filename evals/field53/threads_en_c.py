"""field53 English replies, part three: a Ugandan washing station, a Belize cacao co-op, a Cebu guitar maker, an Oregon hop farm.

Written one by one by hand; each reply's Date is in the sender's own offset (evals/field53/kit.py).
"""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field53.kit import AUTO, BZ, OR_, PH, UG, at

PAYMENTS = [
    Payment("BK53-009", "G5309", "2028-04-27", "1140.00", "USD", "MT ELGON CWS 99015"),
    Payment("BK53-010", "G5310", "2028-04-28", "1075.00", "USD", "TDCGC INSTALMENT APR"),
    Payment("BK53-011", "G5311", "2028-04-27", "690.00", "USD", "MACTAN GUITAR 99018"),
]

_LONG_CHAIN = """Sharing Rowena's reply below, sorry for the long thread. Short answer: we'll pay both on the 16th.

Jun

---------- Forwarded message ---------
From: Rowena dela Cruz <r.dela-cruz@mactanguitars.example>
Date: Tue, May 2, 2028 at 3:10 PM
Subject: Re: Northwind

Sir Jun, the tonewood shipment from Northwind was complete naman, I checked the DR. The delay is on our side kasi the Manila distributor has not paid us yet. They said the 15th.

---------- Forwarded message ---------
From: Jun Alcantara <j.alcantara@mactanguitars.example>
Date: Tue, May 2, 2028 at 11:02 AM
Subject: Northwind

Weng, can you check if this is correct? Parang we paid this already?

---------- Forwarded message ---------
From: Rico Alcantara
Date: Mon, May 1, 2028 at 8:40 PM
Subject: Fwd: Reminder

Kuya, this came to the shop email. Ikaw na bahala."""

REPLIES = [
    # --- G5309 Mt Elgon Coffee Washing Station (Mbale, Uganda) ---
    Reply("G5309", at(26, "08:30", UG), "Greetings. We shall effect payment for 99014 by Friday next week after the cherry sales proceeds are received. Alex",
          "promise_to_pay", "2028-05-05", inv=["99014"], human=["conditional"], sender=1, fam=["friday-next-week", "conditional", "ugandan-english"]),
    Reply("G5309", at(26, "14:05", UG), "The 1,140 was sent yesterday evening through Stanbic, reference MT ELGON CWS 99015.",
          "already_paid", ref="MT ELGON CWS 99015", inv=["99015"], sender=1, fam=["already-paid"], note="BK53-009 matches"),
    Reply("G5309", at(27, "09:50", UG), "Kindly be informed that the pulper spare parts on 99014 were for a Penagos unit, we have a Pinhalense. They do not fit. We are returning them.",
          "dispute", inv=["99014"], sender=1, fam=["wrong-goods"]),
    Reply("G5309", at(27, "16:20", UG), "Payment tomorrow.",
          "promise_to_pay", "2028-04-28", sender=1, fam=["terse", "tomorrow"]),
    Reply("G5309", at(28, "11:15", UG), "We will pay on 03/05/2028 without fail.",
          "promise_to_pay", "2028-05-03", sender=0, fam=["locale-numeric"]),
    Reply("G5309", at(27, "18:40", UG), "Our accountant Alex has travelled to Kampala for the URA audit. I am the washing station manager. He said the payment is by end of the week.",
          "promise_to_pay", "2028-04-28", sender="manager@mtelgoncoffee.example", fam=["colleague-for-someone", "end-of-week"],
          note="\"end of the week\" written Thursday 27 April: Friday 28 April (the working week's end)"),
    Reply("G5309", at(31, "10:25", UG), "Out of office: I am away for Labour Day and will be back on Tuesday.",
          "out_of_office", sender=1, headers=AUTO, subject="Out of office: Reminder: overdue invoices – Mt Elgon Coffee Washing Station Ltd", fam=["holiday"]),
    Reply("G5309", at(32, "12:35", UG), "Please could we pay 7,380 in three parts, 2,460 on the 15th of May, June and July. The harvest has been poor.",
          "payment_plan_request", "2028-05-15", "2460.00", sender=1, fam=["plan"]),
    Reply("G5309", at(32, "17:05", UG), "Please resend invoice 99014 with your TIN, URA requires it for the withholding tax.",
          "invoice_resend", inv=["99014"], sender=1, fam=["our-tax-number"]),
    Reply("G5309", at(33, "09:10", UG), "We will pay 3,000 on Monday the 8th and the remaining on Monday the 15th.",
          "promise_to_pay", "2028-05-08", "3000.00", inv=["99014"], sender=1, fam=["partial", "two-dates"]),
    Reply("G5309", at(33, "13:45", UG), "The payment was moved from the 5th to the 9th because the bank is closed on Friday for our internal audit. Sorry.",
          "promise_to_pay", "2028-05-09", sender=1, fam=["moved-date"]),
    Reply("G5309", at(34, "08:55", UG), "Good morning, I don't work in finance anymore. Contact finance@mtelgoncoffee.example.",
          "wrong_contact", sender=1, fam=["left"]),
    Reply("G5309", at(34, "15:30", UG), "Delivery to the following recipient failed permanently:\n\n     finance@mtelgoncoffee.example\n\nTechnical details of permanent failure:\nThe recipient server did not accept our requests to connect.",
          "bounce", sender="mailer-daemon@googlemail.example", dsn=("finance@mtelgoncoffee.example", "5.4.4"), quote="none", subject="Delivery Status Notification (Failure)", fam=["connect-fail"]),
    Reply("G5309", at(30, "20:15", UG), "We shall pay the total by the 10th.",
          "promise_to_pay", "2028-05-10", sender=1, fam=["ordinal"]),
    Reply("G5309", at(29, "10:00", UG), "We shall pay after two weeks.",
          "promise_to_pay", "2028-05-13", sender=1, fam=["relative-span"], note="after two weeks = +14 from Saturday 29 April"),
    Reply("G5309", at(26, "19:40", UG), "The goods were received well. Thanks. We will process payment on Wednesday next week.",
          "promise_to_pay", "2028-05-03", sender=1, fam=["weekday-next-week"]),
    Reply("G5309", at(34, "18:10", UG), "Sorry, the 3,000 I promised for Monday will be on Tuesday instead, the 9th.",
          "promise_to_pay", "2028-05-09", "3000.00", inv=["99014"], sender=1, fam=["moved-date", "partial"]),

    # --- G5310 Toledo District Cacao Growers Co-operative (Belize, payment plan) ---
    Reply("G5310", at(26, "09:00", BZ), "Good morning. The April instalment of 1,075 will be sent Friday as per our plan. Eusebio Coc, Chairman",
          "promise_to_pay", "2028-04-28", "1075.00", sender=1, fam=["plan-instalment", "weekday"]),
    Reply("G5310", at(28, "15:10", BZ), "We sent the April instalment today, ref TDCGC INSTALMENT APR.",
          "already_paid", ref="TDCGC INSTALMENT APR", sender=0, human=["partial"], fam=["plan-instalment"],
          note="BK53-010 matches by reference; an instalment, short of the balance"),
    Reply("G5310", at(29, "11:30", BZ), "The treasurer is in Punta Gorda for the co-op AGM. She will reply after the meeting on the 6th.",
          "other", human=["no answer yet"], sender="secretary@toledocacao.example", fam=["colleague-for-someone"]),
    Reply("G5310", at(31, "10:50", BZ), "We can't make the May instalment because the fermentary roof collapsed. Can we skip May and pay double in June?",
          "payment_plan_request", sender=0, fam=["plan-change"]),
    Reply("G5310", at(31, "16:00", BZ), "Our members voted to pay the whole balance once the Fairtrade premium comes in, probably mid-May.",
          "promise_to_pay", "2028-05-15", human=["conditional"], sender=1, fam=["mid-month", "conditional"]),
    Reply("G5310", at(32, "08:45", BZ), "The chocolate factory in Belmopan hasn't paid us so May will be late, maybe the 20th.",
          "promise_to_pay", "2028-05-20", sender=0, fam=["hedged", "ordinal"]),
    Reply("G5310", at(32, "13:20", BZ), "I am out of the office until 8 May. For emergencies call the co-op office in Punta Gorda.",
          "out_of_office", sender=0, headers=AUTO, subject="Automatic reply", fam=["absence"]),
    Reply("G5310", at(33, "10:15", BZ), "Can you send the statement of the plan, what's paid and what's left?",
          "invoice_resend", sender=0, fam=["statement"]),
    Reply("G5310", at(33, "17:35", BZ), "The invoice must be in the name of Toledo District Cacao Growers Co-operative Society Limited, the full registered name. The bank returned our transfer because of it.",
          "po_change", sender=1, fam=["company-name"]),
    Reply("G5310", at(34, "09:25", BZ), "Sent, thanks.",
          "other", sender=0, fam=["no-action", "terse"]),
    Reply("G5310", at(30, "14:00", BZ), "Please stop writing to Eusebio, he is retired from the board. Write to the treasurer.",
          "wrong_contact", sender=0, fam=["left"]),
    Reply("G5310", at(27, "12:05", BZ), "Your invoice has 14 bags of fermentation boxes liners but we ordered 10. We will only pay for 10 in the plan.",
          "dispute", sender=0, fam=["quantity"]),
    Reply("G5310", at(34, "16:45", BZ), "The May instalment will go on the 15th, depending on the cacao buyer.",
          "promise_to_pay", "2028-05-15", human=["conditional"], sender=0, fam=["ordinal", "conditional"]),

    # --- G5311 Mactan Guitar Makers (Cebu, Taglish) ---
    Reply("G5311", at(26, "10:20", PH), "Hi po! We will pay the 4,420 on Friday, kasi the bank is closed tomorrow for our town fiesta. Thank you po.",
          "promise_to_pay", "2028-04-28", "4420.00", inv=["99017"], partial=False, sender=1, fam=["taglish", "weekday"]),
    Reply("G5311", at(26, "16:55", PH), "Sir, paid na po the 690 today via BDO, ref MACTAN GUITAR 99018.",
          "already_paid", ref="MACTAN GUITAR 99018", inv=["99018"], sender=1, fam=["taglish"],
          note="BK53-011 (27 April, posted the next day) matches by reference and amount"),
    Reply("G5311", at(27, "09:35", PH), _LONG_CHAIN,
          "promise_to_pay", "2028-05-16", quote="none", sender=2, fam=["forwarded-chain", "buried-answer", "taglish"],
          note="the answer is in the first line above a forwarded chain; written Thursday 27 April (dates in the chain are older wording)"),
    Reply("G5311", at(28, "11:40", PH), "Yung rosewood backs sa 99017 may cracks po, 8 pieces. Please credit us.",
          "dispute", inv=["99017"], sender=1, fam=["taglish", "quality"]),
    Reply("G5311", at(28, "20:10", PH), "Pls send ulit the invoice, nawala sa email ko. Thanks",
          "invoice_resend", sender=2, fam=["taglish", "terse"]),
    Reply("G5311", at(29, "09:15", PH), "Good day. We will settle both invoices on or before the 5th of May.",
          "promise_to_pay", "2028-05-05", sender=0, fam=["on-or-before"]),
    Reply("G5311", at(31, "13:00", PH), "Labor Day holiday po here today. I'll process tomorrow, Tuesday.",
          "promise_to_pay", "2028-05-02", sender=1, fam=["taglish", "holiday", "tomorrow"]),
    Reply("G5311", at(31, "18:25", PH), "Rowena is on maternity leave until August. Please contact accounting@mactanguitars.example in the meantime.",
          "out_of_office", sender=1, headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Mactan Guitar Makers Inc",
          human=["back more than 14 days out"], fam=["long-absence"]),
    Reply("G5311", at(32, "10:05", PH), "Pwede po ba installment? 1,500 this month, 1,500 June, and the rest July. Mahina po ang export ngayon.",
          "payment_plan_request", sender=1, fam=["taglish", "plan", "months-only"], note="names only months: undated plan"),
    Reply("G5311", at(32, "15:45", PH), "Kindly include our TIN 008-221-457-000 on the invoice, BIR requires it.",
          "po_change", sender=0, fam=["tax-number"]),
    Reply("G5311", at(33, "08:40", PH), "Message blocked: your message to j.alcantara@mactanguitars.example was rejected. 550 5.7.606 Access denied, banned sending IP.",
          "bounce", sender="postmaster@mactanguitars.example", dsn=("j.alcantara@mactanguitars.example", "5.7.606"), quote="none", subject="Undeliverable: Reminder: overdue invoices – Mactan Guitar Makers Inc", fam=["blocked-ip"]),
    Reply("G5311", at(33, "14:20", PH), "Hello, payment is scheduled on the 15th cut-off po. Salamat!",
          "promise_to_pay", "2028-05-15", sender=0, fam=["taglish", "cut-off"]),
    Reply("G5311", at(33, "19:30", PH), "Noted po, salamat.",
          "other", sender=2, fam=["no-action", "taglish", "terse"]),
    Reply("G5311", at(34, "11:10", PH), "Hi, sorry for the late payment. Our payment will be on the 30th, kasi that's our collection day.",
          "promise_to_pay", "2028-05-30", sender=1, fam=["taglish", "ordinal"]),
    Reply("G5311", at(34, "17:50", PH), "Hi, hindi po ako ang accounting, I'm in production lang. Please email accounting@mactanguitars.example po.",
          "wrong_contact", lang="en", sender=2, fam=["taglish", "mixed-language"], note="Taglish: labelled English (the English carries the address)"),
    Reply("G5311", at(30, "10:40", PH), "We will pay on 05/08.",
          "promise_to_pay", "2028-05-08", sender=1, fam=["locale-numeric-us"], note="Philippine senders write month-first"),
    Reply("G5311", at(27, "21:05", PH), "Tomorrow po sure na.",
          "promise_to_pay", "2028-04-28", sender=2, fam=["whatsapp", "taglish", "tomorrow"]),

    # --- G5312 Willamette Bine & Hop Farm (Oregon, legal) ---
    Reply("G5312", at(26, "09:30", OR_), "Please direct all communications regarding this account to our attorney, Marcus Hale, Hale & Brandt LLP. We will not be responding directly.",
          "other", human=["counsel"], sender=1, fam=["legal", "counsel"]),
    Reply("G5312", at(26, "14:10", OR_), "This office is closed Friday for Arbor Day activities. Greta will be back Monday.",
          "other", sender=0, fam=["no-action", "closure"]),
    Reply("G5312", at(27, "10:00", OR_), "Per the settlement discussion, the farm will wire $4,380 on 5/15 and the balance on 6/15.",
          "promise_to_pay", "2028-05-15", "4380.00", sender=1, fam=["settlement", "locale-numeric-us"]),
    Reply("G5312", at(28, "08:20", OR_), "The trellis wire we got was 12 gauge, not 11 as quoted. That's the whole issue and why we're not paying until it's credited.",
          "dispute", sender=1, fam=["wrong-goods"]),
    Reply("G5312", at(31, "11:05", OR_), "Our attorney advises we'll pay the full $8,760 within 10 days of receiving your corrected invoice.",
          "promise_to_pay", human=["conditional", "undated"], sender=1, fam=["conditional", "counsel"]),
    Reply("G5312", at(32, "09:45", OR_), "Please send the invoice copy and the delivery receipt to our attorney at mhale@haleandbrandt.example.",
          "invoice_resend", sender=1, fam=["copy-to-counsel"]),
    Reply("G5312", at(32, "16:30", OR_), "I'm out at the hop yard for stringing season and checking email once a week. Back at the desk May 22.",
          "out_of_office", sender=1, fam=["typed-by-person", "long-absence"], human=["typed by a person", "back more than 14 days out"]),
    Reply("G5312", at(33, "12:55", OR_), "Greta no longer manages finance. Please write to office@willamettehops.example.",
          "wrong_contact", sender="h.lindqvist@willamettehops.example", fam=["family"]),
    Reply("G5312", at(34, "10:30", OR_), "Wire going out next Tuesday for the first half, as agreed with counsel.",
          "promise_to_pay", "2028-05-09", sender=1, fam=["next-weekday"], human=["partial"], note="\"the first half\" without a figure: partial by words"),
    Reply("G5312", at(30, "17:20", OR_), "Message to mhale@haleandbrandt.example could not be delivered: 550 5.1.1 user unknown",
          "bounce", sender="mailer-daemon@willamettehops.example", dsn=("mhale@haleandbrandt.example", "5.1.1"), quote="none", subject="Undelivered Mail Returned to Sender", fam=["postfix"]),
    Reply("G5312", at(29, "08:40", OR_), "We'll pay by end of next week if your lawyer drops the collection fee.",
          "promise_to_pay", "2028-05-05", human=["conditional"], sender=1, fam=["end-of-next-week", "conditional"],
          note="written Saturday 29 April: next week is 1–7 May, its end Friday 5 May"),
    Reply("G5312", at(34, "19:00", OR_), "Could you break the balance into 4 payments of $2,190, first one May 31?",
          "payment_plan_request", "2028-05-31", "2190.00", sender=1, fam=["plan"]),
]
