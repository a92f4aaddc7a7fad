"""English replies (field40), part a: an Oslo translation agency, an Ålesund fishing company (credit hold), a
Gothenburg strength-sports club and a Malmö craft brewery (strategic)."""

from evals.field.build import Payment, Reply
from evals.field40.kit import AUTO, NO, SE, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK40-001", "D4001", "2027-07-02", "3450.00", "EUR", "NORDLYS OVERSETTELSER AS INV 94001"),
    P("BK40-002", "D4003", "2027-07-06", "2300.00", "EUR", "GOTA KRAFTSPORTKLUBB 94004 94005"),
    P("BK40-003", "D4004", "2027-07-07", "18240.00", "EUR", "MALMO HUMLEBRYGGERI AB MHB-PO-2203"),
]

REPLIES = [
    # --- Nordlys Oversettelser (Oslo)
    R("D4001", at(5, "08:40", NO), "Hello,\n\nWe will pay both invoices on Thursday this week.\n\nBest regards\nIngrid Haugen\nOffice Manager, Nordlys Oversettelser AS", "promise_to_pay", date="2027-07-08", fam=["weekday", "non-native"]),
    R("D4001", at(5, "10:15", NO), "Hi, invoice 94001 was paid last Friday 2 July, I can see it left our account at DNB. The small one (94002) will come together with our next payment run on 15th July.", "already_paid", sec=["promise_to_pay"], inv=["94001", "94002"], date="2027-07-15", fam=["paid-and-promise", "day-first-ordinal"]),
    R("D4001", at(6, "09:02", NO), "Hei! Sorry for slow answer, we are half the staff now because of fellesferie. Payment of 780 EUR is planned to 12.07.", "promise_to_pay", date="2027-07-12", amount="780.00", partial=False, inv=["94002"], note="780 is the whole of 94002", fam=["dotted-date", "summer-holiday", "non-native", "amount-is-one-invoice"], sender=0),
    R("D4001", at(6, "14:30", NO), "Could you send me invoice 94002 again as PDF? Our scanning system did not read it, it came as a link only.", "invoice_resend", inv=["94002"], fam=["resend-pdf"]),
    R("D4001", at(7, "07:55", NO), "I am on holiday and only check mail on my phone. I have asked my colleague to pay, it should go out before the end of this week.", "promise_to_pay", date="2027-07-09", fam=["phone", "end-of-this-week", "summer-holiday"]),
    R("D4001", at(7, "11:20", NO), "Dear Sir/Madam\n\nThank you for the reminder. From 1 August all invoices to us must be sent as EHF through the Peppol network, our org. no. is 921 554 870 MVA. Please resend 94001 and 94002 that way, we cannot approve PDF invoices any more after the summer.", "po_change", inv=["94001", "94002"], fam=["peppol", "einvoice", "after-the-summer"], sender=0),
    R("D4001", at(8, "13:45", NO), "We pay the rest in week 28. Ingrid", "promise_to_pay", date="2027-07-16", fam=["week-number", "terse"]),
    R("D4001", at(8, "16:05", NO), "Hello again – I wrote 12.07 yesterday, but our accountant is off until the 19th, so correct date is Tuesday 20 July. Sorry for the confusion!", "promise_to_pay", date="2027-07-20", fam=["self-correction", "moved-date", "summer-holiday"], sender=0),
    R("D4001", at(5, "07:31", NO), "Takk for e-posten din. Jeg er på ferie til og med 30. juli og har begrenset tilgang til e-post.\n\nThank you for your e-mail. I am on holiday until 30 July with limited access to e-mail. For urgent matters please contact regnskap@nordlys-oversett.example.", "out_of_office", headers=AUTO, subject="Automatisk svar: Reminder: overdue invoices – Nordlys Oversettelser AS", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "bilingual-ooo", "summer-holiday"]),
    R("D4001", at(6, "09:12", NO), "This is the mail system at host mx1.nordlys-oversett.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<i.haugen@nordlys-oversett.example>: host mx1.nordlys-oversett.example said:\n    552 5.2.2 Mailbox quota exceeded", "bounce", sender="MAILER-DAEMON@mx1.nordlys-oversett.example", subject="Undelivered Mail Returned to Sender", dsn=("i.haugen@nordlys-oversett.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-postfix", "mailbox-full"]),
    R("D4001", at(7, "15:40", NO), "Thanks, noted.", "other", fam=["no-action", "terse"]),
    # --- Fjordfisk Sjømat (Ålesund, credit hold)
    R("D4002", at(5, "06:50", NO), "Good morning. Payment of FF-4471 will be made on 9 July. We know the account is on hold and hope you can release the next delivery of boxes after that.\n\nOla Brekke\nCFO", "promise_to_pay", date="2027-07-09", fam=["day-month", "credit-hold-plea"]),
    R("D4002", at(5, "12:10", NO), "We have a dispute on this invoice. 40 of the insulated boxes were delivered cracked, photos were sent to your sales rep in June. We will not pay 12 680 before a credit note for these is issued.", "dispute", fam=["damaged-goods", "credit-note", "space-thousands"]),
    R("D4002", at(6, "08:25", NO), "The mackerel season starts in August and cash is very tight until then. Can we pay 4 000 now in July and the remaining in two parts in August and September?", "payment_plan_request", date="2027-07-06", amount="4000.00", note="first part 'now' is the reply's own day", fam=["seasonal-cash", "plan-three-parts"]),
    R("D4002", at(6, "13:55", NO), "Paid today, 12 680 EUR, our reference FF4471-0607.", "already_paid", ref="FF4471-0607", human=["no matching payment"], fam=["paid-today", "no-bank-line"], sender=0),
    R("D4002", at(7, "10:40", NO), "Hi, I'm just a skipper's wife helping out in the office this summer, I don't handle invoices. Please write to Ola (o.brekke@fjordfisk.example) directly.", "wrong_contact", fam=["not-my-job", "names-contact"], sender=0),
    R("D4002", at(8, "09:30", NO), "We will transfer the full amount tomorrow morning, before the factory closes for the summer shutdown from 12 July.", "promise_to_pay", date="2027-07-09", fam=["tomorrow", "shutdown-distractor"]),
    R("D4002", at(8, "15:15", NO), "As said on the phone: we pay when the buyer in Lagos has paid for the June shipment of stockfish. Expected mid July.", "promise_to_pay", date="2027-07-15", human=["conditional"], fam=["customer-pays-first", "mid-month"]),
    # --- Göta Kraftsportklubb (Gothenburg)
    R("D4003", at(5, "19:45", SE), "Hi! I'm the treasurer (voluntary) and I do the club's payments in the evenings. I'll pay both invoices on Wednesday when I'm back from the training camp.", "promise_to_pay", date="2027-07-07", fam=["volunteer", "weekday", "evening"], sender=0),
    R("D4003", at(6, "21:10", SE), "Paid both now, 2 300 EUR in one transfer. / Erik, kassör", "already_paid", fam=["collective-payment", "evening", "signature-role"], sender=0),
    R("D4003", at(6, "10:00", SE), "Hello. The invoice for the lifting platforms says 6 units but we ordered and received 5. Please correct 94004.", "dispute", inv=["94004"], fam=["quantity"]),
    R("D4003", at(7, "08:15", SE), "Can you send the invoices to kassor@gotakraft.example instead of my personal address? I'm not on the board after the annual meeting in June.", "po_change", sec=["wrong_contact"], fam=["billing-mailbox", "left-role"]),
    R("D4003", at(7, "12:30", SE), "We pay 340 EUR now and the big one when the municipality grant (kommunbidrag) is paid out, normally end of August.", "promise_to_pay", date="2027-07-07", amount="340.00", partial=False, human=["conditional"], note="340 is 94005 whole; 94004 waits on the grant", fam=["grant", "amount-is-one-invoice", "two-dates"]),
    R("D4003", at(8, "07:05", SE), "Maja Lindqvist is on parental leave from 1 July 2027 to 31 March 2028. Please contact kassor@gotakraft.example for club matters.\n\nThis is an automatic reply.", "out_of_office", headers=AUTO, subject="Autosvar: Reminder: overdue invoices – Göta Kraftsportklubb", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "parental-leave"]),
    R("D4003", at(8, "18:20", SE), "ok will fix it in vecka 28 latest", "promise_to_pay", date="2027-07-16", fam=["week-number", "swedish-word", "terse"]),
    R("D4003", at(5, "09:03", SE), "Delivery has failed to these recipients or groups:\n\nm.lindqvist@gotakraft.example\nThe recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.\n\nDiagnostic information for administrators:\nRemote Server returned '552 5.2.2 mailbox full'", "bounce", sender="postmaster@gotakraft.example", subject="Undeliverable: Reminder: overdue invoices – Göta Kraftsportklubb", dsn=("m.lindqvist@gotakraft.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange", "mailbox-full"]),
    # --- Malmö Humlebryggeri (strategic)
    R("D4004", at(5, "09:20", SE), "Hi,\n\nMHB-PO-2203 went out on 2 July according to our bank, I'll check why you don't see it. 2219 will follow in our next run on Thursday 15 July.\n\nJohan", "already_paid", sec=["promise_to_pay"], inv=["94006", "94007"], date="2027-07-15", note="BK40-003 lands 7 July, not 2 July: within 14 days, so it matches by amount", fam=["po-as-invoice", "paid-and-promise"]),
    R("D4004", at(5, "14:05", SE), "We will pay 94007 before the brewery closes for the industrial holiday (weeks 29–31). Most likely Friday the 16th.", "promise_to_pay", inv=["94007"], date="2027-07-16", fam=["shutdown", "likely-day", "week-number-distractor"]),
    R("D4004", at(6, "10:45", SE), "The hop price on 94006 is the spot price from March, but our contract says fixed price for 2027. Difference is about 2 100 EUR. Please send a corrected invoice, we pay the agreed amount as soon as we have it.", "dispute", inv=["94006"], fam=["price-contract", "corrected-invoice"]),
    R("D4004", at(6, "16:30", SE), "Payment for both POs is approved and scheduled for 2027-07-13.", "promise_to_pay", date="2027-07-13", fam=["iso-date", "scheduled"], sender=0),
    R("D4004", at(7, "08:50", SE), "Hej, the €18,240 was paid this morning with reference MHB-PO-2203. Regards, Ekonomi", "already_paid", ref="MHB-PO-2203", inv=["94006"], fam=["paid-today", "po-ref"], sender=0),
    R("D4004", at(7, "13:10", SE), "We have a new company: from 1 July the brewery is Malmö Humlebryggeri Holding AB, org.nr 559412-7788. Please reissue 94007 to the new name, the old one can't be booked after the half-year close.", "po_change", inv=["94007"], fam=["new-entity", "half-year-close"]),
    R("D4004", at(8, "11:25", SE), "We need to discuss the terms for the autumn. Can you ask Alice to call me? I'm in the office until Friday, then on semester.", "other", human=["asks for a call"], fam=["call-request", "summer-holiday"]),
    R("D4004", at(8, "17:40", SE), "Just to confirm: 2 475 EUR is going out on Monday, the 18 240 was paid yesterday.", "already_paid", sec=["promise_to_pay"], date="2027-07-12", amount="2475.00", partial=False, note="BK40-003 of 7 July matches 94006", fam=["paid-and-promise", "weekday", "amount-is-one-invoice"], sender=0),
    R("D4004", at(6, "07:02", SE), "Tack för ditt mejl! Jag har semester till och med 9 augusti.\n\nThanks for your mail. I am on holiday until 9 August. Invoices: ekonomi@malmohumle.example", "out_of_office", headers=AUTO, subject="Autosvar: Reminder: overdue invoices – Malmö Humlebryggeri AB", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "bilingual-ooo"]),
]
