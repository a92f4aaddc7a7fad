"""field44, English: Pune contractors and a farmer producer company, a Lagos merchant on stop and an Ibadan school, a Naples hardware shop and a Salerno dairy on a legal account."""

from evals.field.build import Payment, Reply
from evals.field44.kit import AUTO, IN, IT, NG, at

PAYMENTS = [
    Payment("BK44-011", "Y4407", "2026-10-17", "2430.00", "USD", "SHREE GANESH INFRA UTR HDFCR52026101712345678"),
    Payment("BK44-012", "Y4408", "2026-10-12", "4298.40", "USD", "ANAND AGRO FPC 94413"),
    Payment("BK44-013", "Y4410", "2026-10-21", "3260.00", "USD", "GREENFIELD ACADEMY FEES ACCT"),
    Payment("BK44-014", "Y4411", "2026-10-20", "640.00", "EUR", "BONIFICO FERRAMENTA RUSSO FT 94418 CRO 0931188406"),
    Payment("BK44-015", None, "2026-10-22", "1980.00", "USD", "ADEYEMI T"),
]

REPLIES = [
    Reply("Y4407", at(19, "11:20", IN), """Dear Sir,

Greetings from Shree Ganesh Infra Projects!!

With reference to your mail regarding outstanding, kindly note that INV-2026-94412 has already been remitted on 17/10/2026 vide UTR No. HDFCR52026101712345678. For INV-2026-94411 the payment is under process and same will be released on or before 31/10/2026 after the approval from our MD sir.

Kindly do the needful and update your records.

Thanks & Regards,
Rahul Kulkarni
Accounts Manager
Shree Ganesh Infra Projects Pvt. Ltd.
Plot No. 14, Hinjewadi Phase II, Pune – 411057
Mob: +91 98220 55512""", "already_paid", sec=["promise_to_pay"], date="2026-10-31", ref="HDFCR52026101712345678", inv=["94412", "94411"],
          fam=["indian-english", "utr", "paid-and-promise", "on-or-before", "numeric-dmy"], note="94412 matches BK44-011 by UTR"),
    Reply("Y4407", at(20, "16:45", IN), """Dear Team,

Please find the below points for your kind perusal:
1. PO No. mentioned in INV-2026-94411 is SGIP/PO/2026/0418 which is for the Wakad site. Material was delivered to Chakan site against PO SGIP/PO/2026/0421.
2. Kindly revise the invoice with correct PO and also mention our GSTIN 27AAKCS5521M1Z8 on the same.
3. Post receipt of revised invoice, payment will be processed in next cycle.

Regards,
Accounts Dept.""", "po_change", inv=["94411"], sender=0, fam=["wrong-po", "gstin", "indian-english", "numbered-points"]),
    Reply("Y4407", at(21, "10:03", IN), """Sir, we have a Diwali holiday from 7th to 11th November, so please note that payment for 94411 will be released on 5th Nov positively. Regards Rahul""",
          "promise_to_pay", date="2026-11-05", inv=["94411"], fam=["diwali", "distractor-holiday", "positively"]),
    Reply("Y4407", at(22, "14:00", IN), """Dear Sir/Madam,

Kindly share the ledger statement for the FY 2026-27 till date along with copy of all open invoices for our reconciliation. Our auditor has asked for balance confirmation as on 30.09.2026.

Regards
Rahul""", "invoice_resend", fam=["ledger-statement", "balance-confirmation", "indian-english"]),
    Reply("Y4407", at(23, "12:12", IN), """Hello,

Payment of USD 9,875 is released today from our side through SBI, please check and confirm receipt. Swift copy will be shared by Monday.

Rahul""", "already_paid", amount=None, human=["no matching payment"], fam=["released-today", "swift-copy-later"],
          note="no bank line of 9,875; the promised SWIFT copy is not a commitment to pay"),
    Reply("Y4408", at(19, "09:40", IN), """Namaskar,

We have paid full amount on 12th October by NEFT. Bank has deducted some charges. Please check.

Sunita Patil
CEO, Anand Agro FPC Ltd
Supporting 1,240 farmer members in Junnar taluka""", "already_paid", human=["amount differs"],
          fam=["bank-charges", "short-payment"], note="BK44-012 on 12 Oct for 4,298.40 against 4,320: bank charges deducted, amount differs (as field15 decided)"),
    Reply("Y4408", at(20, "19:30", IN), """Dear Sir

Due to heavy unseasonal rains in Junnar our members onion crop is damaged and the FPC is facing cash crunch. Kindly allow us to pay the amount of USD 4320 in three equal installments in November, December and January. We request your kind cooperation.

Thanking you
Sunita Patil""", "payment_plan_request", fam=["crop-failure", "three-instalments", "indian-english"]),
    Reply("Y4408", at(21, "08:15", IN), """Hello this is voice message from Sunita madam transcribed. Madam is saying the payment we will do on Monday only after the APMC market money comes on Saturday. Thank you.""",
          "promise_to_pay", date="2026-10-26", human=["conditional"], fam=["voice-note", "customer-pays-first"],
          note="Monday 26, after the market money arrives on Saturday: dated, conditional"),
    Reply("Y4408", at(22, "11:11", IN), """Dear Sir,

This is to inform you that the FPC has a new registered office address from 1st October 2026:
Anand Agro Farmer Producer Company Ltd, Gat No. 212, At Post Narayangaon, Tal. Junnar, Dist. Pune 410504.
Kindly update in your records and issue all future invoices with the new address.

Regards, Office""", "po_change", sender=0, fam=["new-address", "indian-english"]),
    Reply("Y4409", at(19, "10:05", NG), """Good morning Sir,

Trust this meets you well. Please be informed that the sum of $7,650 being payment for INV-2026-94414 will be transferred by Thursday 29th October, God willing. We are awaiting the release of FX from our bank as you know the situation with dollar in Nigeria now.

Kindly bear with us.

Best regards,
Tunde Adeyemi
MD/CEO""", "promise_to_pay", date="2026-10-29", amount="7650.00", inv=["94414"], partial=False, human=["conditional"],
          fam=["nigerian-english", "fx-release", "weekday-ordinal", "god-willing"], note="dated, hangs on the bank releasing FX"),
    Reply("Y4409", at(20, "13:13", NG), """Sir, we have made payment of $1,980 yesterday for the small invoice from my personal account since company account dollar domiciliary is restricted. Please acknowledge. Tunde""",
          "already_paid", human=["no matching payment"], fam=["personal-account", "unidentified-line"],
          note="BK44-015 (1,980, 22 Oct) has no customer and is after the message: nothing matches now"),
    Reply("Y4409", at(21, "17:55", NG), """PLEASE STOP SENDING ME THESE REMINDERS EVERY DAY. I HAVE TOLD YOUR MR BRUNO WE ARE PAYING. YOU PEOPLE SHOULD COORDINATE YOURSELVES.""",
          "other", sender=1, human=["stop emailing"], fam=["all-caps", "angry", "stop-emailing"]),
    Reply("Y4409", at(22, "09:20", NG), """Dear Sir,

Kindly note that we received 120 bags of cement instead of 150 bags on the waybill for INV-2026-94415. Our storekeeper has signed for 120 only. Please send credit note for the 30 bags difference.

Regards,
Accounts""", "dispute", inv=["94415"], sender=0, fam=["short-delivery", "nigerian-english"]),
    Reply("Y4409", at(23, "14:30", NG), """Good afternoon. We shall pay $3,000 next week Wednesday and balance before end of November. Please lift the hold on our account so that we can collect the roofing sheets. Thanks""",
          "promise_to_pay", date="2026-10-28", amount="3000.00", fam=["next-week-weekday", "undated-remainder", "credit-hold"],
          note="'next week Wednesday' written Friday 23 = 28 October; 'before end of November' for the rest"),
    Reply("Y4410", at(19, "12:30", NG), """Dear Sir/Ma,

Compliments of the season. The school is on mid-term break and the bursary is closed till Monday 26th October. Payment will be effected the Tuesday after resumption.

Yours faithfully,
For: Bursar""", "promise_to_pay", date="2026-10-27", sender=0, fam=["relative-after-return", "school", "nigerian-english"],
          note="the Tuesday after Monday 26 = 27 October"),
    Reply("Y4410", at(21, "15:02", NG), """Good day,

Payment for the science laboratory equipment was made today from our fees account. Kindly find attached teller.

Funmilayo Okonkwo (Mrs)
Bursar""", "already_paid", attachments=[("teller_21oct.pdf", "application/pdf", "GTBank Deposit/Transfer Teller\nDate: 21-10-2026\nBeneficiary: Northwind Supplies GmbH\nAmount: USD 3,260.00\nNarration: Greenfield Academy fees acct")],
          fam=["teller", "school"], note="matches BK44-013 (3,260, 21 October)"),
    Reply("Y4410", at(22, "08:44", NG), """Dear Sir,

We cannot find this invoice in our file. Please re-send with the delivery note signed by our lab technician Mr Bello so that the Proprietress can approve.

Thank you.""", "invoice_resend", sender=0, fam=["with-delivery-note", "school"]),
    Reply("Y4410", at(23, "10:10", NG), """Good morning,

Please note Mrs Okonkwo has retired from the school. Kindly direct all correspondence to our new Bursar, Mr Emeka Nwosu (bursar.emeka@greenfieldacademy-ib.example).

Regards,
Admin Office""", "wrong_contact", sender=0, fam=["retired", "new-contact"]),
    Reply("Y4411", at(19, "09:05", IT), """Good morning,

excuse my english. The invoice 94417 we pay it at end of the month with the riba like always, the 640 we have pay yesterday with bank transfer.

Best regard
Gennaro Russo
Ferramenta Russo srl - Via Foria 211, 80137 Napoli
P.IVA 07221450637""", "already_paid", sec=["promise_to_pay"], date="2026-10-31", inv=["94418", "94417"],
          fam=["italian-english", "riba", "end-of-month", "paid-and-promise"],
          note="640 'yesterday' (18 Oct) matches BK44-014 (640, 20 October) by amount within 14 days; 94417 at month end"),
    Reply("Y4411", at(20, "17:30", IT), """Good evening. Today we make the bonifico for the 640, the CRO is 0931188406. For the other invoice please wait the 10 of november because the bank give us the money only after the 9. Thank you, Gennaro""",
          "already_paid", sec=["promise_to_pay"], date="2026-11-10", ref="0931188406", inv=["94418", "94417"], fam=["cro", "paid-and-promise", "italian-english"], note="94418 matches BK44-014 by CRO; 94417 on 10 November (the bank's timing explains the date)"),
    Reply("Y4411", at(21, "12:50", IT), """hello is possible to have the fattura elettronica? we need it in the SDI with our codice destinatario M5UXCR1 otherwise the commercialista cannot register it. grazie""",
          "po_change", fam=["sdi", "e-invoicing", "italian-english"]),
    Reply("Y4411", at(22, "10:40", IT), """Dear Sirs,

the 25 drills Bosch we received are 18 and 7 is missing, I have send photos to your magazine. The invoice 94417 is not correct, we pay only the 18.

Gennaro""", "dispute", inv=["94417"], fam=["short-delivery", "italian-english"]),
    Reply("Y4411", at(23, "08:20", IT), """I am out of office for the holiday of the Madonna and I come back monday 26. For urgent Antonio 081 555 4477. Gennaro""",
          "out_of_office", sender=1, human=["absence typed by a person"], fam=["typed-absence", "ooo-within-14", "italian-english"]),
    Reply("Y4412", at(19, "15:15", IT), """Dear Sirs,

We have received your reminder. As you know this matter is with our lawyer Avv. Pasquale De Luca of Salerno and we have nothing to add. Please write to him at studiodeluca@pec.example.

Carmela Esposito""", "other", human=["refers to lawyer"], fam=["lawyer", "legal-account"]),
    Reply("Y4412", at(20, "11:00", IT), """Good morning,

after talk with our lawyer we propose to pay the 5310 in 5 rate of 1062 euro, first rate at 30 november, then every month. Please let us know if you accept.

Carmela""", "payment_plan_request", date="2026-11-30", amount="1062.00", fam=["five-instalments", "legal-account", "italian-english"]),
    Reply("Y4412", at(21, "09:30", IT), """The mozzarella line machine you sell us is broken after 3 week!! The technician come only one time and go away. We dont pay nothing until is repaired. This is the truth and the lawyer know it.""",
          "dispute", sender=1, fam=["broken-equipment", "angry", "italian-english"]),
    Reply("Y4412", at(22, "18:05", IT), """Caseificio Esposito è chiuso per ferie fino al 3 novembre. The dairy is closed for holiday until 3 november. Grazie.""",
          "out_of_office", headers=AUTO, fam=["bilingual-ooo", "ooo-within-14"]),
    Reply("Y4407", at(21, "18:40", IN), """Dear Sir,

Kindly note the following: our company is shifting to SAP from 1st November and all invoices must be sent to ap.invoices@shreeganeshinfra.example only with PO number in subject line. Invoices sent to individuals will not be processed.

Accounts""", "po_change", sender=0, fam=["send-invoices-to", "erp-go-live"]),
    Reply("Y4408", at(23, "13:13", IN), """Dear Sir, I am out of station for Krishi Mela, Kolhapur till 28/10. Will revert on return. Regards Sunita""",
          "out_of_office", human=["absence typed by a person"], fam=["typed-absence", "numeric-dmy", "indian-english"]),
    Reply("Y4410", at(20, "06:55", NG), """Sir, the laboratory equipment invoice of $3,260 — kindly note that we have deducted 5% WHT as required by law and will remit the credit note from FIRS. So we will pay $3,097 on Friday. Regards, Bursar""",
          "promise_to_pay", date="2026-10-23", amount="3097.00", sender=0, fam=["withholding-tax", "nigerian-english"],
          note="a 5% WHT deduction: a partial amount"),
    Reply("Y4409", at(21, "10:10", NG), """Good morning,

This is Chidi from Adeyemi BM accounts. Please what is the exact total we are owing now? Your reminder shows two invoices but my ledger shows only one. Kindly send statement of account.

Chidi""", "invoice_resend", sender="chidi.accounts.abm@gmail.example", fam=["statement", "unknown-sender"]),
    Reply("Y4411", at(19, "18:18", IT), """Hi sorry we have an Iban problem. The bank say your iban DE... is not correct with the BIC. Can you send again your bank details on the letterhead? Thank you""",
          "other", fam=["iban-question", "italian-english"], human=["bank details question"]),
    Reply("Y4412", at(23, "10:45", IT), """<Messaggio di PEC> This is a certified message from Avv. Pasquale De Luca. Our client Caseificio Esposito contests the invoice 94419 entirely for non-conformity of the machinery supplied (art. 1490 c.c.). Any further reminder sent directly to our client will be considered harassment. Kind regards, Avv. P. De Luca""",
          "dispute", inv=["94419"], sender="studiodeluca@pec.example", fam=["lawyer-letter", "legal-threat", "unknown-sender"]),
    Reply("Y4407", at(20, "09:09", IN), """Dear Sir, We are still awaiting the revised invoice as requested earlier. Till the same is received payment cannot be processed. Please treat this as most urgent. Regards""",
          "po_change", sender=0, fam=["chaser", "awaiting-revision"], note="chases the PO correction asked for earlier"),
    Reply("Y4408", at(19, "16:50", IN), """Sir we will pay the amount 4320 USD on 2nd Monday of November i.e. 9th November as our board meeting is on 6th. Thank you""",
          "promise_to_pay", date="2026-11-09", amount="4320.00", partial=False, fam=["nth-weekday", "distractor-meeting"],
          note="'2nd Monday of November i.e. 9th' = 9 November"),
    Reply("Y4409", at(19, "20:20", NG), """Dear Sir, we will pay the $1,980 invoice tomorrow. Please kindly note the $7,650 we are disputing the quantity of iron rods, we counted 18 tonnes not 20. Tunde""",
          "dispute", sec=["promise_to_pay"], date="2026-10-20", amount="1980.00", inv=["94415", "94414"], partial=False,
          fam=["dispute-with-promise", "short-delivery", "tomorrow"]),
    Reply("Y4410", at(22, "16:16", NG), """Dear Sir,
We are a not-for-profit school and are exempt from VAT. Kindly re-issue the invoice without the VAT component.
Thanks""", "dispute", sender=0, fam=["tax-exempt", "school"]),
    Reply("Y4411", at(22, "15:33", IT), """Dear Northwind, the invoice 94418 is arrived with the name of my father, Ferramenta Russo di Russo Salvatore, but now the company is srl since 2024. Please correct the intestazione and the P.IVA 07221450637.""",
          "po_change", inv=["94418"], fam=["legal-entity-name", "vat-number", "italian-english"]),
    Reply("Y4412", at(20, "14:00", IT), """This email address is no longer in use. Please write to caseificioesposito@pec.example for all communications.""",
          "wrong_contact", headers=AUTO, fam=["mailbox-retired", "automatic"]),
    Reply("Y4407", at(22, "07:07", IN), """Hi, Rahul is on medical leave for 3 weeks. Please contact Mr. Ajay Deshmukh (ajay.d@shreeganeshinfra.example) for any payment related matter. Thanks, HR""",
          "wrong_contact", sender="hr@shreeganeshinfra.example", fam=["medical-leave", "new-contact", "unknown-sender"],
          note="typed by HR, names another person to chase: wrong_contact"),
    Reply("Y4408", at(22, "20:10", IN), """This is to confirm that Anand Agro FPC has received your communication. The same has been forwarded to the accounts committee. Thank you.""",
          "other", sender=0, fam=["no-action", "forwarded"]),
    Reply("Y4409", at(20, "22:40", NG), """Delivery to the following recipient failed permanently:

     accounts@adeyemibm.example

Technical details of permanent failure:
The recipient server did not accept our requests to connect. Learn more at https://support.google.example/mail/answer/7720 [mx.adeyemibm.example. 197.210.0.14: timed out]""",
          "bounce", sender="mailer-daemon@googlemail.example", dsn=("accounts@adeyemibm.example", "4.4.1"),
          subject="Delivery Status Notification (Failure)", fam=["gmail-dsn", "connection-timeout"]),
    Reply("Y4410", at(19, "23:50", NG), """Mail Delivery Subsystem

The following message to <f.okonkwo@greenfieldacademy-ib.example> was undeliverable.
The reason for the problem:
5.1.0 - Unknown address error 550-'5.1.1 <f.okonkwo@greenfieldacademy-ib.example>... User unknown'""",
          "bounce", sender="MAILER-DAEMON@greenfieldacademy-ib.example", dsn=("f.okonkwo@greenfieldacademy-ib.example", "5.1.1"),
          subject="Undeliverable mail", fam=["user-unknown", "staff-left"]),
    Reply("Y4411", at(21, "07:45", IT), """Your message to g.russo@ferramentarusso.example couldn't be delivered.
g.russo wasn't found at ferramentarusso.example.
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
          "bounce", sender="postmaster@ferramentarusso.example", dsn=("g.russo@ferramentarusso.example", "5.1.10"),
          subject="Undeliverable: Reminder: overdue invoices – Ferramenta Russo srl", fam=["o365-ndr", "recipient-not-found"]),
    Reply("Y4407", at(23, "16:40", IN), """Dear Sir,

Kindly note that an amount of USD 5,000 will be paid on 29.10.2026 and the balance USD 4,875 on 12.11.2026 towards INV-2026-94411. We hope this is in order.

Regards,
Ajay Deshmukh
Sr. Executive – Accounts""", "promise_to_pay", date="2026-10-29", amount="5000.00", inv=["94411"], sender="ajay.d@shreeganeshinfra.example",
          fam=["two-dates-earliest", "numeric-dmy-dots", "unknown-sender"],
          note="states the schedule ('we hope this is in order' is a courtesy): partial promise, first date"),
    Reply("Y4408", at(20, "10:00", IN), """Respected Sir,

With due respect I am writing on behalf of our 1,240 small and marginal farmer members. As you may be aware, the kharif season this year was very adversely affected by excess rainfall during September in the Junnar and Ambegaon talukas, and the onion and tomato prices have also fallen sharply in the Narayangaon APMC. Our FPC has therefore not been able to collect the dues from members for the input supply on time. The amount of USD 4,320 towards your invoice is fully acknowledged by us and we are not disputing it in any manner. It is our humble submission that we shall pay the same on 16th November, after the NABARD working capital loan is disbursed to our account, which is sanctioned and expected by 13th November.

Kindly bear with us and do not levy any interest.

Thanking you,
Yours faithfully,
Sunita Patil
Chief Executive Officer""", "promise_to_pay", date="2026-11-16", amount="4320.00", partial=False, human=["conditional"],
          fam=["polite-long-letter", "loan-disbursal", "three-dates", "indian-english"],
          note="pays 16 November after the loan (expected 13th) is disbursed: dated, conditional"),
    Reply("Y4409", at(23, "17:20", NG), """Sir, Mr Tunde is travelling to Guangzhou for the Canton fair and will return 9th November. Kindly hold on till then. Thanks, PA to MD""",
          "out_of_office", sender="pa.md@adeyemibm.example", human=["absence typed by a person", "absent more than 14 days"], fam=["typed-absence", "unknown-sender", "ooo-beyond-14"]),
    Reply("Y4410", at(21, "09:09", NG), """Good morning sir, the proprietress ask me to find out if you people accept payment in naira at the CBN rate? Because dollar is very hard to get now. Thank you, Bursar""",
          "other", sender=0, fam=["currency-question", "nigerian-english"], human=["payment-method question"]),
    Reply("Y4411", at(23, "19:01", IT), """Hi I am the commercialista of Ferramenta Russo, Dott. Ciro Amato. Mr Russo tell me to pay on 2 november the 94417 but is with the deduction of the 7 drills missing. So 2875 minus 7 x 52,50 = 2507,50 euro. Regards""",
          "dispute", sec=["promise_to_pay"], date="2026-11-02", amount="2507.50", inv=["94417"], sender="studio.amato@libero.example",
          fam=["accountant", "deduction", "unknown-sender", "decimal-comma"]),
    Reply("Y4412", at(21, "16:16", IT), """Good afternoon, I am Carmela daughter, Rosa. My mother is in hospital since two week. I will look at the papers next week when she is better. Please patience.""",
          "other", sender="rosa.esposito92@gmail.example", human=["hardship"], fam=["family-illness", "unknown-sender"]),
    Reply("Y4407", at(19, "15:30", IN), """Sir, as discussed on call with Mr Bruno, the payment of 94411 will be done on first working day of next month. Regards, Rahul""",
          "promise_to_pay", date="2026-11-02", inv=["94411"], fam=["first-working-day", "weekend-shift"],
          note="1 November 2026 is a Sunday: first working day is Monday 2 November"),
    Reply("Y4408", at(23, "08:00", IN), """Out of office: I am attending the FPO conclave in New Delhi from 23rd to 25th October. Will respond after return. For urgent matters contact office@anandagrofpc.example. Sunita""",
          "out_of_office", headers=AUTO, fam=["conference", "ooo-within-14"]),
    Reply("Y4410", at(23, "12:45", NG), """Dear Sir,
The Board approved a payment of $1,500 on Monday and the balance of $1,760 on 6th November. Please acknowledge receipt of this mail.
Bursar""", "promise_to_pay", date="2026-10-26", amount="1500.00", sender=0, fam=["two-dates-earliest", "board-approved"]),
    Reply("Y4409", at(22, "12:00", NG), """Sir this is to notify you that our company has relocated from Ikeja to Lekki Phase 1. New billing address: Adeyemi Building Materials Ltd, 27 Admiralty Way, Lekki Phase 1, Lagos. Please amend the two invoices and resend.""",
          "po_change", sender=0, fam=["new-address", "reissue"]),
    Reply("Y4411", at(20, "08:08", IT), """Good morning, tomorrow I make the payment for the 2875 of fattura 94417, now I am in the bank but the system is down. Gennaro""",
          "promise_to_pay", date="2026-10-21", amount="2875.00", inv=["94417"], partial=False, fam=["tomorrow", "italian-english"]),
    Reply("Y4412", at(22, "11:30", IT), """Ciao, I am the new segretaria, Anna. Please can you send me again the invoice? The lawyer wants a copy. Thanks""",
          "invoice_resend", sender=0, fam=["for-the-lawyer", "legal-account"]),
    Reply("Y4407", at(20, "20:20", IN), """Dear Sir,

IMPORTANT NOTICE: Our bank account with Yes Bank has been closed. Payments will now come from our ICICI account. Please do not treat payments from the new account as third party. This is for your information only.

Accounts""", "other", sender=0, fam=["bank-change-notice", "no-action"], note="information only: the payer's bank changed, nothing to do"),
    Reply("Y4408", at(21, "14:40", IN), """Dear Sir, kindly note that we have already paid this invoice on 12.10.2026 by NEFT ref SBIN426285521144 for USD 4,320. Bank may have cut charges of 21.60 which please waive. Regards, Office""",
          "already_paid", ref="SBIN426285521144", sender=0, human=["amount differs"], fam=["bank-charges", "waive-request", "neft"],
          note="BK44-012 on 12 October, 4,298.40 (bank text 'ANAND AGRO FPC 94413'): the stated ref is not in the line, and its amount is short by 21.60"),
    Reply("Y4410", at(20, "12:12", NG), """Good day. The invoice for the lab equipment has the school as 'Greenfield Academy' but our registered name with CAC is 'Greenfield Academy Ibadan Ltd/Gte' with RC 1480226. Kindly correct so that our auditors can accept it.""",
          "po_change", sender=0, fam=["legal-entity-name", "registration-number"]),
    Reply("Y4409", at(19, "07:30", NG), """Dear Northwind Supplies,

Please note that we have been trying to reach your Mr Bruno for two weeks. The 300 pieces of 0.55mm aluminium roofing sheets supplied under INV-2026-94414 are 0.45mm gauge as confirmed by SON inspection. We reject the consignment in its entirety and request immediate collection and a full credit note.

Tunde Adeyemi""", "dispute", inv=["94414"], fam=["wrong-spec", "rejection"]),
]
