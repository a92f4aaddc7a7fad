"""Hand-written field48 replies in English: a Wellington glassblowing studio, a Bohemian glassworks writing English, a
Greek open-air theatre festival (strategic), an Entebbe wildlife education trust."""

from evals.field.build import Payment, Reply
from evals.field48.kit import AUTO, CZ, GR, NZ, UG, at

PAYMENTS = [
    Payment("BK48-010", "M4810", "2027-05-11", "520.00", "NZD", "AROVALLEY GLASS"),
    Payment("BK48-011", "M4811", "2027-05-07", "1390.00", "EUR", "SKLARNA PODKRKONOSI 94820"),
    Payment("BK48-012", "M4812", "2027-05-07", "2250.00", "EUR", "ARGOLIDA FESTIVAL SA"),
    Payment("BK48-013", "M4813", "2027-05-10", "4320.00", "USD", "FT27130HXK9 ENTEBBE WILDLIFE"),
]

REPLIES = [
    # --- M4810 Aro Valley Glassblowing Studio Ltd (Wellington, en-NZ) ---
    Reply("M4810", at(10, "09:12", NZ), """Kia ora,

We pay all our suppliers on the 20th of the month, so you'll see it on the 20th. Sorry it slipped past last month.

Ngā mihi
Ngaire""", "promise_to_pay", date="2027-05-20", fam=["promise-date", "ordinal-alone"]),
    Reply("M4810", at(11, "14:40", NZ), """Hello,

Payment of both invoices has been scheduled for 28/05/2027.

Regards
Accounts | Aro Valley Glassblowing Studio""", "promise_to_pay", date="2027-05-28", sender=0, html=True, fam=["promise-date", "html-outlook", "day-first"]),
    Reply("M4810", at(12, "10:33", NZ), """Hi there,

About half the borosilicate rods on 94817 arrived shattered - the box had clearly been dropped. Photos attached. We're not paying for broken stock, please credit the damaged ones.

Ngaire""", "dispute", inv=["94817"], attachments=[("rods1.jpg", "image/jpeg", ""), ("rods2.jpg", "image/jpeg", "")], fam=["dispute-damaged", "attachment"]),
    Reply("M4810", at(12, "16:05", NZ), """Paid the $520 yesterday. Ngaire""", "already_paid", inv=["94818"], fam=["paid-matched", "terse"],
          note="BK48-010, 520.00 on 11 May"),
    Reply("M4810", at(10, "11:50", NZ), """Hi - we're shut for the King's Birthday long weekend and I'm away the week before, so I'll pay when we're back, Tuesday 8 June. Hope that's ok.
Ngaire""", "promise_to_pay", date="2027-06-08", fam=["promise-date", "holiday"], note="29 days after the 10th: within 30"),
    Reply("M4810", at(11, "08:02", NZ), """Thanks for your email. I'm away from the studio until Monday 24 May. Your message won't be forwarded - for anything urgent call 04 555 2871.

Ngaire""", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Aro Valley Glassblowing Studio Ltd", quote="none",
          fam=["ooo-short"], note="back on the 24th, 13 days after the 11th"),
    Reply("M4810", at(13, "09:25", NZ), """Hi, could you email 94817 again please? I think it went to our old Xtra address which nobody checks any more. Thanks""",
          "invoice_resend", inv=["94817"], sender=0, fam=["resend"]),
    Reply("M4810", at(12, "13:15", NZ), """Hi, can you please add our order number AVG-233 to 94817? Xero won't match the bill without it. Cheers, Ngaire""",
          "po_change", inv=["94817"], fam=["po-change"]),
    Reply("M4810", at(10, "15:45", NZ), """next week Wednesday for both, thanks""", "promise_to_pay", date="2027-05-19", fam=["promise-date", "next-week-weekday", "terse"]),
    Reply("M4810", at(13, "12:00", NZ), """Cheers, forwarded to Ngaire.""", "other", sender=0, fam=["no-action", "terse"]),
    Reply("M4810", at(11, "18:20", NZ), """Hey, I'm one of the glassblowers, I don't do the money side. Ngaire's the one you want (n.parata@arovalleyglass.example). Hamish""",
          "wrong_contact", sender="hamish@arovalleyglass.example", fam=["wrong-contact", "unknown-sender"]),
    Reply("M4810", at(12, "19:40", NZ), """Hi,

Would it be ok if we paid $1,000 a fortnight, starting this Friday, until it's all cleared? Winter's always slow for the gallery side.

Ngaire""", "payment_plan_request", date="2027-05-14", amount="1000.00", fam=["plan-request", "fortnight"]),
    Reply("M4810", at(13, "15:10", NZ), """Kia ora - the gallery in Auckland still owes us for the big commission. They've said end of May, and we'll pay you the same day it lands. Ngaire""",
          "promise_to_pay", date="2027-05-31", human=["conditional"], fam=["conditional", "promise-date"], note="someone else's payment, dated where the writer dates it"),
    Reply("M4810", at(11, "10:10", NZ), """Will pay Friday 14th - sorry, I mean Monday 17th, Friday's a kiln firing day and I won't be near a computer.""", "promise_to_pay",
          date="2027-05-17", fam=["promise-date", "self-correction"]),

    # --- M4811 Sklárna Podkrkonoší s.r.o. (Czech glassworks, non-native English) ---
    Reply("M4811", at(10, "08:45", CZ), """Dear Sirs,

the payment of both invoices is planned on 20.5.2027.

Best regards
Lenka Horáková
Chief Accountant
Sklárna Podkrkonoší s.r.o.""", "promise_to_pay", date="2027-05-20", fam=["promise-date", "non-native", "dotted-date"]),
    Reply("M4811", at(11, "10:20", CZ), """Hello,
we have paid invoice 94820 on 7.5. amount 1 390 EUR, please see attached bank statement.
Regards, accounting dept.""", "already_paid", inv=["94820"], sender=0,
          attachments=[("vypis_2027-05-07.pdf", "application/pdf", "Výpis z účtu / Statement 07.05.2027: -1 390,00 EUR, Northwind Supplies GmbH, VS 94820")],
          fam=["paid-matched", "non-native", "attachment"]),
    Reply("M4811", at(11, "13:55", CZ), """Dear Sirs,
the invoice 94819 contains quantity 120 pcs of graphite moulds, but we received only 100 pcs according to delivery note nr. 40117. Please send us credit note for 20 pcs, after that we pay.
Best regards, L. Horáková""", "dispute", inv=["94819"], fam=["dispute-short-delivery", "non-native"]),
    Reply("M4811", at(12, "09:30", CZ), """Dear Sirs, the payment will be realised in calendar week 21. Best regards, Horáková""", "promise_to_pay", date="2027-05-28",
          fam=["promise-date", "calendar-week", "non-native"], note="ISO week 21 ends Friday 28 May"),
    Reply("M4811", at(12, "14:12", CZ), """Hello, please change the VAT number on both invoices. Correct is CZ27481930, on invoice is the old number from before the merger with our sister company. Without correct number we cannot book it.
Thank you, accounting""", "po_change", sender=0, fam=["vat-number", "non-native"]),
    Reply("M4811", at(11, "07:00", CZ), """Dobrý den, do 21.5.2027 jsem na dovolené. V naléhavých případech kontaktujte ucetni@sklarna-podkrkonosi.example.

Hello, I am on holiday until 21.5.2027. In urgent cases please contact ucetni@sklarna-podkrkonosi.example.

Lenka Horáková""", "out_of_office", headers=AUTO, subject="Automatická odpověď: Reminder: overdue invoices – Sklárna Podkrkonoší s.r.o.", quote="none",
          fam=["ooo-short", "bilingual"]),
    Reply("M4811", at(13, "11:40", CZ), """Dear Sirs, we will pay till end of this month. Best regards, Lenka""", "promise_to_pay", date="2027-05-31",
          fam=["promise-date", "month-end", "non-native"]),
    Reply("M4811", at(10, "15:05", CZ), """Hello, please send us the invoice 94820 also in paper form by post, our auditor requires the original with stamp. Address is on our web. Thank you""",
          "invoice_resend", inv=["94820"], sender=0, fam=["resend", "paper-original", "non-native"]),
    Reply("M4811", at(12, "10:48", CZ), """Dear Sirs,

due to the low orders from the Christmas decoration customers this spring we would like to ask for splitting invoice 94819 in 3 parts: 2 920 EUR on 31.5., 2 920 EUR on 30.6. and 2 920 EUR on 31.7. Is it possible for you?

Best regards
Lenka Horáková""", "payment_plan_request", date="2027-05-31", amount="2920.00", inv=["94819"], fam=["plan-request", "non-native", "dotted-date"]),
    Reply("M4811", at(13, "08:20", CZ), """Hello, Mrs. Horáková is not more working in our company. Please contact Mr. Petr Novotný, p.novotny@sklarna-podkrkonosi.example, he is now chief accountant.
Accounting""", "wrong_contact", sender=0, fam=["wrong-contact", "non-native"]),
    Reply("M4811", at(12, "16:30", CZ), """Dear Sirs, we will pay on Monday 17.5. It was planned for Friday 14.5. but our director is at the trade fair in Milano and he must sign. Regards, L.H.""",
          "promise_to_pay", date="2027-05-17", fam=["promise-date", "moved-date", "non-native"]),
    Reply("M4811", at(10, "12:30", CZ), """Hello,
on invoice 94819 and 94820 are two different IBAN numbers (one Deutsche Bank, one Commerzbank). Which is correct? We do not pay until you confirm, we had fraud case last year.
Accounting""", "other", inv=["94819", "94820"], sender=0, human=["bank detail confirmation"], fam=["fraud-worry", "bank-details", "non-native"]),
    Reply("M4811", at(13, "14:05", CZ), """Dear Sirs, we pay 94820 today with 2 % discount for payment, 1 362,20 EUR. Best regards Horáková""", "promise_to_pay", date="2027-05-13",
          amount="1362.20", inv=["94820"], fam=["promise-date", "skonto", "partial", "non-native"], note="the discount is not agreed: a part amount"),

    # --- M4812 Argolida Open-Air Theatre Festival S.A. (Nafplio, en-GR, strategic) ---
    Reply("M4812", at(10, "13:20", GR), """Dear colleagues,

The payment of INV-2026-94821 will be executed on 25/05, right after the Ministry of Culture subsidy is credited to our account (expected on 24/05).

Kind regards,
Eleni Papadaki
Finance Director""", "promise_to_pay", date="2027-05-25", inv=["94821"], human=["conditional"],
          fam=["promise-date", "conditional", "day-first", "flagged"], note="the subsidy's date is a condition, 25/05 the payment"),
    Reply("M4812", at(11, "12:05", GR), """Hello, we paid the 2.250 EUR on Friday 7/5. Please check. Finance dept.""", "already_paid", inv=["94822"], sender=0,
          fam=["paid-matched", "flagged"], note="BK48-012, 2,250.00 on 7 May"),
    Reply("M4812", at(11, "15:40", GR), """Dear all, please add on 94822 our PO number AOF-27-131. Without it our ERP rejects the invoice. Thank you, Eleni""", "po_change",
          inv=["94822"], fam=["po-change", "flagged"]),
    Reply("M4812", at(12, "11:50", GR), """Dear colleagues,

On INV-2026-94821 the stage lighting gels (line 4, 60 sheets) are charged twice - once as line 4 and again inside the "lighting package" in line 7. Please correct and reissue.

Eleni""", "dispute", inv=["94821"], fam=["dispute-duplicate", "flagged"]),
    Reply("M4812", at(12, "08:00", GR), """Καλημέρα σας, θα απουσιάζω από το γραφείο έως 18/05/2027.
Good morning, I will be out of the office until 18/05/2027. For urgent matters please contact finance@argolidafestival.example.

Eleni Papadaki""", "out_of_office", headers=AUTO, subject="Αυτόματη απάντηση: Reminder: overdue invoices – Argolida Open-Air Theatre Festival S.A.", quote="none",
          fam=["ooo-short", "bilingual", "flagged"]),
    Reply("M4812", at(13, "10:15", GR), """Dear colleagues, the board meets on 26/05 to approve the May payments and the transfer will follow on Friday 28/05. Eleni""", "promise_to_pay",
          date="2027-05-28", fam=["promise-date", "meeting-distractor", "flagged"]),
    Reply("M4812", at(10, "16:44", GR), """Dear colleagues,

As you know our festival opens in July and the ticket revenue comes only then. Could we pay INV-2026-94821 in two equal parts of EUR 7,450.00 on 15/07 and 15/08? The smaller invoice we will pay in May.

Best regards,
Eleni Papadaki""", "payment_plan_request", date="2027-07-15", amount="7450.00", inv=["94821"], fam=["plan-request", "day-first", "flagged"]),
    Reply("M4812", at(13, "13:30", GR), """Hello, please send us a copy of 94821 together with the signed delivery notes. Our auditors need them for the subsidy file. Thanks""",
          "invoice_resend", inv=["94821"], sender=0, fam=["resend", "pod", "flagged"]),
    Reply("M4812", at(11, "09:05", GR), """Hello, for invoices and reminders please contact our external accountants from now on: Kostas Dimou, k.dimou@dimou-accounting.example. Eleni only approves.
Finance""", "wrong_contact", sender=0, fam=["wrong-contact", "outsourced", "flagged"]),
    Reply("M4812", at(11, "17:30", GR), """Dear colleagues, we will transfer within the next 10 days. Regards, Eleni""", "promise_to_pay", date="2027-05-21",
          fam=["promise-date", "relative-span", "flagged"]),
    Reply("M4812", at(12, "12:40", GR), """Hello,

To pay without Greek withholding tax we need a certificate of tax residence for Northwind Supplies GmbH from the German tax office, for 2027. Could you send it?

Finance""", "other", sender=0, human=["tax form"], fam=["tax-form", "flagged"]),
    Reply("M4812", at(13, "16:55", GR), """The transfer for both invoices is with the bank now, value date 14/05. Eleni""", "promise_to_pay", date="2027-05-14",
          fam=["promise-date", "value-date", "flagged"], note="a value date tomorrow is a promise, not a payment"),
    Reply("M4812", at(10, "10:00", GR), """Dear supplier,

From 1 June 2027 we accept only electronic invoices through the myDATA platform via our provider. Please send all invoices to einvoice@argolidafestival.example in UBL format with our VAT EL099871234. PDF invoices by e-mail will be returned.

Finance Department""", "po_change", sender=0, fam=["e-invoicing", "flagged"]),

    # --- M4813 Entebbe Wildlife Education Trust (en-UG) ---
    Reply("M4813", at(10, "09:40", UG), """Dear Sir/Madam,

We shall pay by end of this month.

Regards,
Grace Nakato
Accountant""", "promise_to_pay", date="2027-05-31", fam=["promise-date", "month-end"]),
    Reply("M4813", at(11, "11:15", UG), """Dear Sir,

Payment of USD 4,320 was done via RTGS on 10th May, ref FT27130HXK9. Kindly acknowledge.

Accounts""", "already_paid", inv=["94823"], ref="FT27130HXK9", sender=0, fam=["paid-matched"]),
    Reply("M4813", at(12, "10:25", UG), """Dear Sir/Madam,

We shall pay invoice 94823 less 6% withholding tax as required by URA, that is USD 4,060.80, on Friday. The WHT certificate will be sent to you after filing.

Grace""", "promise_to_pay", date="2027-05-14", amount="4060.80", inv=["94823"], fam=["promise-date", "withholding", "partial"]),
    Reply("M4813", at(13, "09:05", UG), """Dear Sir,

Kindly reissue the invoices addressed to Entebbe Wildlife Education Trust with our TIN 1000623187 indicated. URA requires it for us to claim on EFRIS.

Regards, Grace""", "po_change", fam=["tax-id", "reissue"]),
    Reply("M4813", at(10, "07:30", UG), """I am on leave until 31st May 2027 with limited access to email. Kindly contact accounts@entebbewildlife.example for any urgent matter.

Grace Nakato""", "out_of_office", headers=AUTO, subject="Out of Office: Reminder: overdue invoices – Entebbe Wildlife Education Trust", quote="none",
          human=["absence longer than 14 days"], fam=["ooo-long"]),
    Reply("M4813", at(12, "15:20", UG), """Dear Sir/Madam,

Kindly allow us to pay the outstanding amount in monthly instalments of USD 1,000 starting 15th June 2027. Our donor funding for this year has delayed.

Grace Nakato""", "payment_plan_request", date="2027-06-15", amount="1000.00", fam=["plan-request"]),
    Reply("M4813", at(11, "14:50", UG), """Dear Sir, the donor funds are expected next week. We shall pay immediately thereafter. Regards""", "promise_to_pay", date="2027-05-21",
          human=["conditional"], fam=["conditional", "promise-date"], note="the donor's transfer, dated next week"),
    Reply("M4813", at(13, "11:55", UG), """Dear Sir, kindly share invoice 94824, we have no record of it in our system. Thanks, Grace""", "invoice_resend", inv=["94824"],
          fam=["resend", "never-received"]),
    Reply("M4813", at(13, "16:10", UG), """Well received, thank you.
Grace""", "other", fam=["no-action", "terse"]),
    Reply("M4813", at(10, "12:45", UG), """Good afternoon, I am the education officer, I do not handle payments. Kindly direct this to accounts@entebbewildlife.example.
Regards, Brian""", "wrong_contact", sender="education@entebbewildlife.example", fam=["wrong-contact", "unknown-sender"]),
    Reply("M4813", at(12, "08:35", UG), """Dear Sir, we paid the USD 760 on 28th April. Please check your records.""", "already_paid", inv=["94824"],
          human=["no matching payment"], fam=["paid-unmatched"]),
    Reply("M4813", at(13, "14:20", UG), """Dear Sir, we shall pay on Monday 17th. Grace""", "promise_to_pay", date="2027-05-17", fam=["promise-date", "weekday-ordinal"]),
]
