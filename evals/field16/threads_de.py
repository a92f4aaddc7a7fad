"""German replies (field16): a Swabian bakery, a Tyrolean joinery on credit hold and a Zurich dental practice (strategic)."""

from evals.field.build import Payment, Reply
from evals.field16.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK16-020", "S1621", "2026-11-20", "3285.00", "EUR", "BAECKEREI ZOLLERNALB GMBH RE 16211 16212"),
    P("BK16-021", "S1622", "2026-11-24", "6213.20", "EUR", "TISCHLEREI OBERHUBER KG RG16221 ABZGL 2PROZ SKONTO"),
    P("BK16-022", "S1623", "2026-11-23", "9870.00", "CHF", "ZAHNARZTPRAXIS DR LUETHI AG QRR 210000000003139471430009017"),
]

REPLIES = [
    # --- Bäckerei Zollernalb (DE)
    R("S1621", at(23, "07:45", CET), "Servus, wir überweisen am Do.\nGruß T. Maier", "promise_to_pay", date="2026-11-26", fam=["abbreviated-weekday", "terse"]),
    R("S1621", at(24, "10:20", CET), "Die Rechnung vom 15.9. zahlen wir am 4.12.", "promise_to_pay", date="2026-12-04", fam=["dotted-date", "invoice-date-distractor"]),
    R("S1621", at(25, "16:30", CET), "Wir zahlen in KW 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse"]),
    R("S1621", at(26, "22:50", CET), "Hab's total vergessen, sorry – morgen früh ist das Geld unterwegs.", "promise_to_pay", date="2026-11-27", fam=["late-evening", "tomorrow"]),
    R("S1621", at(27, "09:10", CET), "Die Zahlung war für den 1.12. vorgesehen, wurde aber auf den 8.12. verschoben.", "promise_to_pay", date="2026-12-08", fam=["moved-date", "dotted-date"], sender=0),
    R("S1621", at(23, "14:00", CET), "Die Gutschrift für die nassen Mehlsäcke kommt laut Ihrem Außendienst am Montag; dann zahlen wir am Freitag darauf.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["condition-with-date", "weekday-after-event"]),
    R("S1621", at(24, "18:05", CET), "Zahlung bis Ende nächster Woche.", "promise_to_pay", date="2026-12-04", fam=["end-of-next-week"]),
    R("S1621", at(25, "08:30", CET), "Geld kommt am letzten Werktag des Monats, wie immer.", "promise_to_pay", date="2026-11-30", fam=["last-working-day", "month-end-run"]),
    R("S1621", at(26, "12:45", CET), "Zahlung Anfang Dezember.", "promise_to_pay", date="2026-12-01", fam=["beginning-of-month", "terse"]),
    R("S1621", at(27, "15:35", CET), "Wir zahlen am Dienstag, den 1. – die Ware vom 20.11. ist bis dahin auch geprüft.", "promise_to_pay", date="2026-12-01", fam=["weekday-ordinal", "delivery-date-distractor"]),
    # --- Tischlerei Oberhuber (AT, credit hold)
    R("S1622", at(23, "09:30", CET), "Grüß Gott, wir zahlen nach dem Feiertag am 8., also am 9. Dezember. Bitte die Liefersperre aufheben.", "promise_to_pay", date="2026-12-09", fam=["holiday", "credit-hold", "austrian"]),
    R("S1622", at(24, "11:40", CET), "Zahlung in 14 Tagen.", "promise_to_pay", date="2026-12-08", fam=["in-14-days", "holiday-as-written"]),
    R("S1622", at(25, "13:15", CET), "Wir überweisen € 3.000,– am Montag, den Rest nach Eingang der Zahlung vom Bauherrn.", "promise_to_pay", date="2026-11-30", amount="3000.00", fam=["partial-amount", "european-amount", "condition-rest"]),
    R("S1622", at(26, "17:20", CET), "Die Überweisung geht mit dem letzten Zahllauf im November raus, das ist der 30.", "promise_to_pay", date="2026-11-30", fam=["month-end-run", "ordinal-alone"]),
    R("S1622", at(27, "08:15", CET), "Zahlung am Dienstag nach der Bauabnahme am Montag.", "promise_to_pay", date="2026-12-01", fam=["event-before-payment", "weekday"], sender=0),
    R("S1622", at(25, "21:40", CET), "Zahlen eh, nur ned heute. Irgendwann, wenn's Geschäft wieder läuft.", "promise_to_pay", human=["undated"], fam=["undated", "sarcasm", "austrian", "late-evening"]),
    # --- Zahnarztpraxis Dr. Lüthi (CH, strategic)
    R("S1623", at(23, "10:50", CET), "Grüezi\n\nDie Rechnung wird nach Visum durch Frau Dr. Lüthi am 2. Dezember mit Valuta 7. Dezember bezahlt.\n\nFreundliche Grüsse\nAdministration\nZahnarztpraxis Dr. Lüthi AG\nSeefeldstrasse 88, 8008 Zürich\n\nDiese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.", "promise_to_pay", date="2026-12-07", html=True, fam=["outlook-html", "approval-before-payment", "swiss", "long-disclaimer"], sender=0),
    R("S1623", at(24, "09:05", CET), "Zahlung erfolgt per Ende Monat.", "promise_to_pay", date="2026-11-30", fam=["month-end", "swiss"]),
    R("S1623", at(25, "14:40", CET), "Wir zahlen innert 10 Tagen.", "promise_to_pay", date="2026-12-05", fam=["within-days", "swiss"]),
    R("S1623", at(26, "11:30", CET), "Die Zahlung ist auf übernächsten Mittwoch terminiert.", "promise_to_pay", date="2026-12-09", fam=["week-after-next", "weekday"]),
    R("S1623", at(27, "19:45", CET), "Wir zahlen CHF 1'240.– am 3.12., die grosse Rechnung im Januar.", "promise_to_pay", date="2026-12-03", amount="1240.00", fam=["swiss-apostrophe", "partial-amount", "dotted-date"]),
    # --- the rest
    R("S1621", at(23, "11:10", CET), "Beide Rechnungen wurden am 20.11. in einer Summe überwiesen (3.285,00 €).", "already_paid", fam=["total-of-two", "european-amount"]),
    R("S1622", at(24, "10:00", CET), "Wir haben heute bezahlt, abzüglich 2 % Skonto wie immer.", "already_paid", human=["amount differs"], fam=["skonto", "credit-hold"]),
    R("S1623", at(25, "09:20", CET), "Die Zahlung erfolgte am 23.11.2026 mit QR-Referenz 21 00000 00003 13947 14300 09017.", "already_paid", ref="21 00000 00003 13947 14300 09017", fam=["qr-reference", "spaced-reference"], sender=0),
    R("S1621", at(24, "15:10", CET), "Auf 16212 sind 12 Backbleche berechnet, geliefert wurden 10. Bitte korrigieren.", "dispute", inv=["16212"], fam=["short-delivery"]),
    R("S1622", at(26, "10:45", CET), "Die Scharniere waren zum Teil verkratzt, Fotos haben Sie. Wir zahlen erst nach Gutschrift.", "dispute", fam=["quality", "credit-note-first"]),
    R("S1623", at(23, "16:00", CET), "Auf der Rechnung 16231 fehlt der vereinbarte Praxisrabatt von 5 %.", "dispute", inv=["16231"], fam=["missing-discount", "swiss"]),
    R("S1621", at(27, "13:30", CET), "Können Sie uns die Rechnung 16211 nochmal als PDF schicken? Die ist bei uns im Spam gelandet.", "invoice_resend", inv=["16211"], fam=["copy", "spam-folder"]),
    R("S1623", at(26, "08:50", CET), "Bitte senden Sie uns einen Kontoauszug aller offenen Posten.", "invoice_resend", fam=["statement", "swiss"], sender=0),
    R("S1621", at(25, "11:55", CET), "Bitte Rechnungen künftig nur noch an rechnung@baeckerei-zollernalb.example – wir haben jetzt einen E-Rechnungs-Eingang (XRechnung).", "po_change", fam=["invoice-mailbox", "e-invoice"]),
    R("S1623", at(27, "10:30", CET), "Auf der Rechnung fehlt unsere Bestellnummer PL-2026-131. Bitte ergänzen und neu zustellen.", "po_change", fam=["po-missing", "swiss"]),
    R("S1622", at(23, "15:30", CET), "Könnten wir die 6.340 € in drei Monatsraten zahlen, erste Rate am 15. Dezember?", "payment_plan_request", date="2026-12-15", fam=["monthly-instalments", "credit-hold"]),
    R("S1621", at(26, "16:10", CET), "Ist eine Ratenzahlung möglich? Der Januar ist bei uns immer schwach.", "payment_plan_request", fam=["instalments", "seasonal"]),
    R("S1621", at(24, "06:50", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@baeckerei-zollernalb.example.", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Bäckerei Zollernalb GmbH", quote="none", gap_days=0, fam=["ooo-auto", "dotted-date"]),
    R("S1623", at(25, "07:30", CET), "Ich bin bis am 4. Januar 2027 im Mutterschaftsurlaub. Bitte wenden Sie sich an administration@praxis-luethi.example.", "out_of_office", headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Zahnarztpraxis Dr. Lüthi AG", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "swiss"]),
    R("S1622", at(23, "09:06", CET), "Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:\n\noffice@tischlerei-oberhuber.example\nDie eingegebene E-Mail-Adresse wurde nicht gefunden.\n\n550 5.1.1 RESOLVER.ADR.RecipientNotFound", "bounce", sender="postmaster@tischlerei-oberhuber.example", subject="Unzustellbar: Zahlungserinnerung – Tischlerei Oberhuber KG", dsn=("office@tischlerei-oberhuber.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-exchange-de"]),
    R("S1621", at(26, "09:07", CET), "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht an t.maier@baeckerei-zollernalb.example konnte nicht zugestellt werden: Das Postfach des Empfängers ist voll.\n\n552 5.2.2 Mailbox full", "bounce", sender="MAILER-DAEMON@mx.baeckerei-zollernalb.example", subject="Unzustellbar: Zahlungserinnerung", dsn=("t.maier@baeckerei-zollernalb.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-de", "mailbox-full"]),
    R("S1621", at(25, "12:30", CET), "Herr Maier ist seit 1.11. nicht mehr Geschäftsführer; zuständig ist jetzt Frau Ilse Brenner, i.brenner@baeckerei-zollernalb.example.", "wrong_contact", fam=["person-left", "new-contact"], sender=0),
    R("S1622", at(27, "11:50", CET), "Ich bin seit Oktober in Pension. Bitte wenden Sie sich an meinen Sohn Markus, m.oberhuber@tischlerei-oberhuber.example.", "wrong_contact", fam=["retired", "new-contact"]),
    R("S1622", at(24, "14:20", CET), "Ist diese Mahnung echt? Wir haben letzte Woche eine Mail mit einer neuen Bankverbindung in Zypern bekommen.", "other", human=["fraud check"], fam=["fraud-check"]),
    R("S1623", at(26, "15:50", CET), "Besten Dank, wir haben es an die Buchhaltung weitergeleitet.", "other", fam=["no-action", "forwarded"]),
]
