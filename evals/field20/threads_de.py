"""German replies, written by hand for field20: a Bavarian bakery chain, a Vorarlberg organ builder, an Engadin cable car."""

from __future__ import annotations

from evals.field20.build import Payment
from evals.field20.build import Reply as R
from evals.field20.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK20-0021", "S2021", "2026-11-18", "2870.00", "EUR", "BAECKEREI HUBER SOEHNE GMBH"),
    Payment("BK20-0022", "S2021", "2026-11-20", "540.00", "EUR", "RE20212 BAECKEREI HUBER"),
    Payment("BK20-0023", "S2022", "2026-11-19", "13671.00", "EUR", "ORGELBAU FELDKIRCH OF-2026-118 ABZGL 2PCT SKONTO"),
]

SIG = "\n\nMit freundlichen Grüßen\nThomas Huber\nGeschäftsführer\nBäckerei Huber & Söhne GmbH · Amtsgericht Landshut HRB 4471 · USt-IdNr. DE 281 447 190"

REPLIES = [
    R("S2021", at(23, "06:40", CET), "Überweisung geht Fr. raus.", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse"]),
    R("S2021", at(24, "10:15", CET), "Guten Tag,\n\nwir zahlen beide Rechnungen am Freitag, den 4. Dezember." + SIG, "promise_to_pay", date="2026-12-04",
      sender=1, fam=["weekday-ordinal"]),
    R("S2021", at(25, "09:30", CET), "Der Betrag wird am 4. angewiesen.", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone"]),
    R("S2021", at(26, "14:20", CET), "Hallo, die Zahlung erfolgt am 03.12. Gruß Buchhaltung", "promise_to_pay", date="2026-12-03",
      fam=["dotted-numeric"]),
    R("S2021", at(23, "16:05", CET), "Wir überweisen in zwei Wochen, vorher ist die Kasse leer.", "promise_to_pay", date="2026-12-07",
      fam=["in-two-weeks"]),
    R("S2021", at(24, "11:50", CET), "Übernächste Woche ist das Geld bei Ihnen.", "promise_to_pay", date="2026-12-11", sender=1,
      fam=["week-after-next"]),
    R("S2021", at(25, "13:00", CET), "Zahlungslauf für 20211 und 20212 ist in KW 50 eingeplant.", "promise_to_pay", date="2026-12-11",
      inv=["20211", "20212"], fam=["calendar-week"]),
    R("S2021", at(27, "08:10", CET), "Wir begleichen den offenen Betrag innerhalb von 10 Tagen.", "promise_to_pay", date="2026-12-07",
      fam=["within-days"]),
    R("S2022", at(23, "10:00", CET), "Sehr geehrte Damen und Herren,\n\ndie Freigabe erfolgt in der Aufsichtsratssitzung am 1.12., die Zahlung dann am 3.12.\n\n"
      "Mit freundlichen Grüßen\nElisabeth Gasser\nProkuristin", "promise_to_pay", date="2026-12-03", sender=1,
      fam=["meeting-before-payment", "dotted-numeric", "strategic"]),
    R("S2022", at(24, "15:30", CET), "Grüß Gott, die Überweisung machen wir am ersten Werktag nach Mariä Empfängnis.", "promise_to_pay",
      date="2026-12-09", sender=1, fam=["holiday", "austria"], note="8 December is a holiday in Austria (a Tuesday), the first working day after it is the 9th"),
    R("S2021", at(24, "17:40", CET), "Die Zahlung war für den 3. geplant, jetzt wird es leider der 10., weil die Bank den Kredit erst dann freigibt.",
      "promise_to_pay", date="2026-12-10", sender=1, fam=["moved-date", "ordinal-alone"]),
    R("S2021", at(25, "12:30", CET), "Sobald die Gutschrift für die Retoure am Montag bei uns ist, zahlen wir Freitag den Rest.", "promise_to_pay",
      date="2026-12-04", human=["conditional"], fam=["condition-date", "credit-note-agreed"],
      note="the credit note is agreed and announced for Monday 30 November; the payment is the Friday after it"),
    R("S2021", at(26, "09:45", CET), "Die Lieferung vom 12.11. war in Ordnung, die Rechnung vom 15.10. zahlen wir nächsten Dienstag.", "promise_to_pay",
      date="2026-12-01", fam=["delivery-date-distractor", "invoice-date-distractor", "next-weekday"]),
    R("S2021", at(23, "11:25", CET), "20211 haben wir am 18.11. bezahlt, 20212 folgt zum Monatsende.", "already_paid", sec=["promise_to_pay"],
      date="2026-11-30", inv=["20211", "20212"], fam=["past-payment-date", "month-end"], note="20211 matches BK20-0021"),
    R("S2021", at(27, "15:15", CET), "Wir zahlen, sobald es geht. Das Weihnachtsgeschäft fängt gerade erst an.", "promise_to_pay", human=["undated"],
      sender=1, fam=["no-date"]),
    R("S2021", at(24, "23:45", CET), "Sorry, erst jetzt gesehen. Morgen früh geht's raus.", "promise_to_pay", date="2026-11-25", sender=1,
      fam=["late-evening", "tomorrow-morning", "terse"]),
    R("S2023", at(23, "09:20", CET), "Grüezi\n\nDie Rate von CHF 3'200.00 kommt wie vereinbart am 15.\n\nFreundliche Grüsse\nCurdin Caduff", "promise_to_pay",
      date="2026-12-15", amount="3200.00", sender=1, fam=["plan-instalment", "swiss-apostrophe", "ordinal-alone"]),
    R("S2023", at(25, "16:10", CET), "Die Novemberrate geht Ende Woche raus.", "promise_to_pay", date="2026-11-27", human=["partial"],
      fam=["plan-instalment", "end-of-week", "swiss"]),
    R("S2022", at(26, "11:00", CET), "Zahlung in Höhe von EUR 5.000,00 am Mo., 30.11., den Rest im Jänner.", "promise_to_pay", date="2026-11-30",
      amount="5000.00", sender=1, fam=["european-amount", "abbrev-weekday", "austria", "partial-amount"]),
    R("S2021", at(23, "13:40", CET), "Bis Quartalsende ist alles bezahlt, versprochen.", "promise_to_pay", date="2026-12-31", sender=1,
      fam=["quarter-end"]),
    R("S2021", at(27, "10:30", CET), "Ja ja, die dritte Mahnung in einer Woche, sehr nett. Das Geld geht Dienstag raus.", "promise_to_pay",
      date="2026-12-01", sender=1, fam=["sarcasm", "bare-weekday"]),
    # already_paid
    R("S2021", at(23, "08:45", CET), "Bezahlt am 20.11., Verwendungszweck: RE 20212 Huber.", "already_paid", ref="RE 20212 Huber", inv=["20212"],
      fam=["reference-with-payer-name", "dotted-numeric"], note="matches BK20-0022 by amount and date"),
    R("S2022", at(24, "09:10", CET), "Wir haben am 19.11. unter Abzug von 2 % Skonto bezahlt, wie in Ihren AGB vorgesehen.", "already_paid",
      sender=1, human=["amount differs"], fam=["skonto", "strategic"], note="BK20-0023 is EUR 13,671.00"),
    # dispute
    R("S2021", at(25, "10:40", CET), "Rechnung 20211: 40 der Brotkörbe kamen gebrochen an. Wir zahlen erst nach Gutschrift.", "dispute", inv=["20211"],
      fam=["damaged-goods", "credit-note-refusal"]),
    R("S2022", at(27, "13:20", CET), "Der Stundensatz in 20221 entspricht nicht dem Angebot vom Juli (EUR 78 statt 92). Bitte korrigieren.", "dispute",
      inv=["20221"], sender=1, fam=["price", "strategic"]),
    # invoice_resend
    R("S2021", at(26, "08:30", CET), "Bitte schicken Sie uns 20212 nochmal als PDF, die ist bei uns nie angekommen.", "invoice_resend", inv=["20212"],
      fam=["never-received"]),
    R("S2023", at(24, "14:00", CET), "Könnten Sie uns einen aktuellen Kontoauszug mit den bisherigen Raten senden?", "invoice_resend",
      fam=["statement", "payment-plan"]),
    # po_change
    R("S2022", at(25, "08:50", CET), "Bitte senden Sie Rechnungen künftig ausschließlich an eingangsrechnungen@orgelbau-feldkirch.example.", "po_change",
      fam=["future-invoices-to", "strategic"]),
    R("S2021", at(24, "13:10", CET), "Auf 20211 fehlt unsere Bestellnummer BH-7712. Bitte ergänzen und neu schicken.", "po_change", sec=["invoice_resend"],
      inv=["20211"], fam=["add-po", "po-and-copy"]),
    # payment_plan_request
    R("S2021", at(26, "16:30", CET), "Wäre eine Zahlung in drei Raten möglich, erste Rate am 15.12.?", "payment_plan_request", date="2026-12-15",
      sender=1, fam=["three-instalments", "dotted-numeric"]),
    R("S2023", at(27, "09:00", CET), "Die Wintersaison startet spät. Können wir den Ratenplan um zwei Monate verlängern?", "payment_plan_request",
      sender=1, fam=["extend-plan"]),
    # out_of_office
    R("S2021", at(23, "07:00", CET), "Danke für Ihre E-Mail. Bis einschließlich Freitag, 27.11., bin ich außer Haus und lese keine Mails.", "out_of_office", headers=AUTO,
      sender=1, subject="Abwesenheitsnotiz: Zahlungserinnerung – Bäckerei Huber & Söhne GmbH", fam=["auto-headers", "back-within-14"]),
    R("S2022", at(26, "07:30", CET), "Ich bin bis 11. Jänner 2027 in Karenz. In dringenden Fällen wenden Sie sich an rechnungswesen@orgelbau-feldkirch.example.",
      "out_of_office", headers=AUTO, sender=1, human=["back more than 14 days out"], fam=["auto-headers", "long-absence", "austria"]),
    # bounce
    R("S2021", at(25, "09:06", CET), "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nÜbermittlung an folgende Empfänger "
      "fehlgeschlagen:\n\n     t.huber@baeckerei-huber.example\n\n550 5.1.1 Empfänger unbekannt", "bounce",
      sender="mailer-daemon@baeckerei-huber.example", dsn=("t.huber@baeckerei-huber.example", "5.1.1"), fam=["dsn", "german-dsn"]),
    R("S2023", at(24, "09:06", CET), "Unzustellbar: Das Postfach des Empfängers ist voll.\n\nc.caduff@seilbahn-engadin.example", "bounce",
      sender="postmaster@seilbahn-engadin.example", dsn=("c.caduff@seilbahn-engadin.example", "5.2.2"), fam=["dsn", "mailbox-full"]),
    # wrong_contact
    R("S2021", at(26, "12:45", CET), "Mein Vater ist seit Oktober im Ruhestand. Bitte schreiben Sie künftig an buchhaltung@baeckerei-huber.example.",
      "wrong_contact", sender=1, fam=["retired", "names-new-contact"]),
    R("S2023", at(25, "11:30", CET), "Ich bin nicht mehr zuständig, die Kreditoren macht jetzt Frau Giacometti.", "wrong_contact", sender=1,
      fam=["names-new-contact"]),
    # other
    R("S2021", at(24, "08:20", CET), "Kommt diese Mahnung wirklich von Ihnen? Letzte Woche kam bei uns eine gefälschte Rechnung mit fremder IBAN an.", "other",
      human=["fraud check"], fam=["fraud-alert"]),
    R("S2022", at(23, "14:50", CET), "Danke, an die Buchhaltung weitergeleitet.", "other", sender=1, fam=["acknowledgement", "no-action"]),
    R("S2023", at(26, "15:40", CET), "Für die Mehrwertsteuer brauchen wir Ihre Schweizer UID-Bestätigung. Bitte zustellen.", "other",
      human=["tax form"], fam=["tax-paperwork", "payment-plan"]),
]
