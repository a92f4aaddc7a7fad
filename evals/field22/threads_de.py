"""field22 German replies: a Franconian beekeeper, a Tyrolean cable car on credit hold, an Appenzell joinery on a plan."""

from evals.field.build import Payment, Reply
from evals.field22.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK22-011", "S2221", "2026-11-23", "2240.00", "EUR", "IMKEREI HONIGTAL RE 22211 22212"),
    Payment("BK22-012", "S2222", "2026-11-25", "13750.00", "EUR", "KARWENDEL SEILBAHNEN GMBH KS4471"),
]

P, PAID, DIS, RES, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, WRONG, OTHER = "out_of_office", "wrong_contact", "other"

REPLIES = [
    Reply("S2221", at(23, "08:12", CET), "Guten Morgen, wir überweisen am Do. Gruß K. Leitner", P, date="2026-11-26", sender=1, fam=["abbrev-weekday", "terse-mobile"]),
    Reply("S2221", at(24, "10:30", CET), "Hallo, beide Rechnungen gehen mit unserem Zahllauf am 4.12. raus. Viele Grüße, Buchhaltung", P, date="2026-12-04", fam=["dotted-numeric", "payment-run"]),
    Reply("S2221", at(25, "14:20", CET), "Sehr geehrte Damen und Herren,\ndie Zahlung erfolgt in KW 50.\nMit freundlichen Grüßen\nBuchhaltung", P, date="2026-12-11", fam=["calendar-week"]),
    Reply("S2221", at(26, "22:55", CET), "Sorry für die späte Antwort – überweise morgen früh, versprochen.", P, date="2026-11-27", sender=1, fam=["late-evening", "tomorrow"]),
    Reply("S2221", at(27, "09:45", CET), "Hallo, eigentlich war der 3. geplant, jetzt wird es aber der 10. Dezember, weil die Bank den Termin verschoben hat.", P, date="2026-12-10", fam=["moved-date"]),
    Reply("S2221", at(23, "15:10", CET), "Wir zahlen übernächste Woche. Grüße", P, date="2026-12-11", fam=["week-after-next"]),
    Reply("S2221", at(24, "19:40", CET), "Na toll, die dritte Mahnung in einer Woche. Ja, das Geld kommt am Montag, den 30.", P, date="2026-11-30", sender=1, fam=["sarcasm", "weekday-date"]),
    Reply("S2221", at(25, "08:05", CET), "Guten Tag, sobald die Gutschrift für die beschädigten Gläser am Montag da ist, zahlen wir den Rest am Mittwoch darauf.", P, date="2026-12-02", human=["conditional"], fam=["condition-date"]),
    Reply("S2221", at(26, "11:11", CET), "Hallo, die 22211 zahlen wir am letzten Werktag im Monat.", P, date="2026-11-30", inv=["22211"], fam=["last-working-day"]),
    Reply("S2221", at(27, "13:30", CET), "Wir überweisen 1.000,00 € am Dienstag, den Rest im Januar.", P, date="2026-12-01", amount="1000.00", fam=["european-amount", "partial", "bare-weekday"]),
    Reply("S2222", at(23, "09:20", CET), "Sehr geehrte Damen und Herren,\nnach der Aufsichtsratssitzung am 2. Dezember wird die Zahlung am Freitag darauf angewiesen.\nMit freundlichen Grüßen\nThomas Eder", P, date="2026-12-04", sender=1, fam=["meeting-before-payment"]),
    Reply("S2222", at(24, "16:00", CET), "Grüß Gott, wir zahlen nach dem Feiertag am 8. Dezember, also am 9.12.", P, date="2026-12-09", fam=["holiday", "dotted-numeric"]),
    Reply("S2222", at(26, "10:10", CET), "Hallo, Zahlung innerhalb von 14 Tagen, wenn Sie die Liefersperre aufheben.", P, date="2026-12-10", human=["conditional"], fam=["relative-span", "condition-date"]),
    Reply("S2223", at(23, "11:30", CET), "Grüezi, die Dezember-Rate von CHF 1'380.– überweisen wir am 15.12.\nFreundliche Grüsse\nUrs Sutter", P, date="2026-12-15", amount="1380.00", sender=1, fam=["instalment-existing-plan", "swiss-amount", "dotted-numeric"]),
    Reply("S2223", at(25, "07:50", CET), "Die Rate kommt Ende nächster Woche.", P, date="2026-12-04", human=["partial"], fam=["instalment-existing-plan", "relative-span"], note="'Ende nächster Woche' with no day: Friday of next week"),
    Reply("S2223", at(27, "18:20", CET), "Wir zahlen die Rate wie immer am ersten Montag im Monat.", P, date="2026-12-07", human=["partial"], fam=["instalment-existing-plan", "nth-weekday-of-month"]),
    Reply("S2221", at(23, "12:45", CET), "Bitte um etwas Geduld, wir zahlen so schnell wie möglich.", P, human=["undated"], fam=["undated"]),
    Reply("S2221", at(26, "07:15", CET), "Zahlung am Mo., 7.12. Rechnungsdatum war übrigens der 15.9., nicht der 16.", P, date="2026-12-07", fam=["abbrev-weekday", "invoice-date-distractor"]),
    # paid
    Reply("S2221", at(24, "09:00", CET), "Guten Tag, beide Rechnungen wurden am 23.11. bezahlt, Verwendungszweck \"RE 22211 + 22212\".", PAID, ref="RE 22211 + 22212", fam=["remittance-reference-variant"], note="matches BK22-011"),
    Reply("S2222", at(26, "15:30", CET), "Die Zahlung ist am 25.11. erfolgt (KS-4471). Bitte heben Sie die Sperre auf.", PAID, ref="KS-4471", fam=["po-as-reference"], note="matches BK22-012"),
    Reply("S2223", at(26, "09:10", CET), "Die November-Rate haben wir am 20.11. bezahlt.", PAID, human=["no matching payment"], fam=["instalment-existing-plan"]),
    # dispute
    Reply("S2221", at(25, "17:00", CET), "Die Rechnung 22212 berechnet 20 Bienenbeuten, geliefert wurden 16. Bitte korrigieren.", DIS, inv=["22212"], fam=["short-delivered"]),
    Reply("S2222", at(25, "10:00", CET), "Wir sind mit der Montagepauschale in 22221 nicht einverstanden, vereinbart waren 2.400 €, nicht 3.900 €.", DIS, inv=["22221"], fam=["price", "european-amount"]),
    Reply("S2223", at(24, "13:00", CET), "Die MWST ist falsch: als Schweizer Kunde ohne Lieferung in die EU schulden wir keine deutsche MwSt. Bitte neu ausstellen.", DIS, fam=["tax-exempt-reissue"]),
    # resend
    Reply("S2221", at(23, "17:30", CET), "Können Sie mir die 22212 nochmal schicken? Finde sie nicht.", RES, inv=["22212"], sender=1, fam=["never-received"]),
    Reply("S2222", at(27, "08:30", CET), "Für den Jahresabschluss bräuchten wir einen Kontoauszug mit allen offenen Posten der Seilbahn.", RES, fam=["statement"]),
    # po change
    Reply("S2221", at(26, "14:14", CET), "Ab sofort bitte Rechnungen nur noch an rechnung@imkerei-honigtal.example, als XRechnung.", PO, fam=["send-future-invoices", "e-invoice"]),
    Reply("S2222", at(24, "12:00", CET), "Bitte ergänzen Sie auf 22221 unsere Bestellnummer KS-4471 und die Kostenstelle 310.", PO, inv=["22221"], fam=["po-missing", "cost-centre"]),
    # plan
    Reply("S2221", at(27, "16:40", CET), "Können wir die 22211 in drei Raten zahlen, erste Rate am 15. Dezember?", PLAN, date="2026-12-15", inv=["22211"], fam=["instalments"]),
    Reply("S2222", at(23, "14:00", CET), "Die Wintersaison startet erst am 12.12. Wir bitten um Stundung bis Ende Januar.", PLAN, fam=["deferral", "season-start-distractor"]),
    # ooo
    Reply("S2221", at(25, "06:30", CET), "Danke für Ihre E-Mail. Ich bin bis einschließlich 4. Dezember außer Haus und lese keine Nachrichten.", OOO, headers=dict(AUTO), subject="Abwesenheitsnotiz", sender=1, fam=["auto-headers"]),
    Reply("S2223", at(24, "06:30", CET), "Ich bin bis zum 11. Januar in den Ferien. In dringenden Fällen: admin@schreinerei-alpstein.example", OOO, headers=dict(AUTO), sender=1, human=["return more than 14 days out"], fam=["auto-headers", "long-absence"]),
    # bounce
    Reply("S2221", at(23, "09:06", CET), "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nÜbermittlung an folgende Empfänger fehlgeschlagen:\n\nk.leitner@imkerei-honigtal.example\nPostfach unbekannt.", "bounce", sender="postmaster@imkerei-honigtal.example", dsn=("k.leitner@imkerei-honigtal.example", "5.1.1"), subject="Unzustellbar: Zahlungserinnerung", fam=["dsn"]),
    Reply("S2222", at(26, "09:07", CET), "Die Nachricht konnte nicht zugestellt werden: Das Postfach von rechnungswesen@karwendel-bahnen.example ist voll.", "bounce", sender="MAILER-DAEMON@karwendel-bahnen.example", dsn=("rechnungswesen@karwendel-bahnen.example", "5.2.2"), subject="Unzustellbar", fam=["dsn", "mailbox-full"]),
    # wrong contact
    Reply("S2221", at(24, "08:08", CET), "Ich bin nur die Aushilfe im Hofladen. Frau Leitner macht die Buchhaltung: k.leitner@imkerei-honigtal.example", WRONG, sender="laden@imkerei-honigtal.example", fam=["not-my-job"]),
    Reply("S2223", at(26, "10:45", CET), "Herr Sutter hat die Schreinerei verkauft. Die neue Inhaberin ist Frau Fässler, bitte an n.faessler@schreinerei-alpstein.example.", WRONG, sender=0, fam=["acquisition"]),
    # other
    Reply("S2221", at(24, "14:40", CET), "Ist diese Mahnung echt? Ihre Bankverbindung in der Mail weicht von der auf der Rechnung ab.", OTHER, human=["fraud alert"], fam=["fraud-alert"]),
    Reply("S2221", at(27, "11:00", CET), "Danke, ist angekommen.", OTHER, fam=["no-action", "acknowledgement"]),
    Reply("S2222", at(27, "12:00", CET), "Ihr Ton ist für einen langjährigen Kunden unangemessen. Wir werden das mit Ihrer Geschäftsleitung besprechen.", OTHER, human=["tone complaint"], fam=["tone-complaint"]),
    Reply("S2223", at(25, "16:00", CET), "Wir benötigen für unsere Kreditorenstammdaten noch Ihr ausgefülltes Lieferantenformular und eine Bankbestätigung.", OTHER, human=["paperwork"], fam=["tax-forms"]),
]
