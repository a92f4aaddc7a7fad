"""German replies (field15): an Austrian winery, a Swiss car dealership (strategic) and a German driving school."""

from evals.field.build import Payment, Reply
from evals.field15.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK15-020", "S1523", "2026-11-20", "2395.00", "EUR", "FAHRSCHULE LINDENALLEE GMBH RE 15231 15232"),
    P("BK15-021", "S1521", "2026-11-16", "3782.80", "EUR", "WEINGUT REBENHOF RG 15211"),
    P("BK15-022", "S1522", "2026-11-24", "12480.00", "CHF", "AUTOHAUS BRUNNMATT AG BM44120ZL"),
]

REPLIES = [
    # --- Weingut Rebenhof (AT)
    R("S1521", at(23, "08:50", CET), "Grüß Gott, wir überweisen am Donnerstag.\nLG Martina Hofbauer", "promise_to_pay", date="2026-11-26", fam=["weekday"]),
    R("S1521", at(24, "10:30", CET), "Die Zahlung erfolgt nach der Lesegut-Abrechnung am 3.12.26.", "promise_to_pay", date="2026-12-03", fam=["dotted-date", "short-year", "reason-date"]),
    R("S1521", at(25, "15:10", CET), "Wir zahlen die 690 morgen, die große Rechnung Mitte Dezember.", "promise_to_pay", date="2026-11-26", amount="690.00", fam=["two-dates", "no-currency", "partial-amount"]),
    R("S1521", at(26, "09:20", CET), "Zahlung in KW 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse"], sender=0),
    R("S1521", at(27, "11:05", CET), "Die Überweisung war für heute geplant, ist jetzt aber auf Dienstag, 1. Dezember verschoben – unsere Bank stellt gerade das Online-Banking um.", "promise_to_pay", date="2026-12-01", fam=["moved-date", "weekday-date"]),
    R("S1521", at(23, "17:40", CET), "Bitte um Nachsicht – wir zahlen, sobald die Förderung vom Land Niederösterreich eingelangt ist.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "austrian"]),
    R("S1521", at(25, "22:30", CET), "Sorry für die späte Antwort, ich überweise gleich morgen früh.", "promise_to_pay", date="2026-11-26", fam=["late-evening"]),
    R("S1521", at(27, "14:15", CET), "Zahlung am Zwölften.", "promise_to_pay", date="2026-12-12", fam=["ordinal-word", "weekend"]),
    R("S1521", at(24, "13:45", CET), "Wir zahlen die Hälfte diese Woche, den Rest im Jänner.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["partial-share", "this-week", "austrian"], sender=0),
    # --- Autohaus Brunnmatt (CH, strategic)
    R("S1522", at(23, "10:05", CET), "Guten Tag\n\nDie Geschäftsleitung gibt die Zahlung an der Sitzung vom 1. Dezember frei; Valuta 3. Dezember.\n\nFreundliche Grüsse\nReto Zbinden\nLeiter Finanzen\nAutohaus Brunnmatt AG", "promise_to_pay", date="2026-12-03", html=True, fam=["outlook-html", "meeting-before-payment", "swiss"]),
    R("S1522", at(24, "08:35", CET), "Die Rechnung zur Bestellung BM-44120 wird mit dem Zahlungslauf per Ende Monat beglichen.", "promise_to_pay", date="2026-11-30", fam=["month-end-run"], sender=0),
    R("S1522", at(25, "16:20", CET), "Wir zahlen CHF 6'000 am Freitag, den Rest nach Rücksprache mit dem Verwaltungsrat.", "promise_to_pay", date="2026-11-27", amount="6000.00", human=["conditional"], fam=["swiss-apostrophe", "partial-amount", "condition"]),
    R("S1522", at(26, "12:10", CET), "Zahlung übermorgen.", "promise_to_pay", date="2026-11-28", fam=["day-after-tomorrow", "terse"]),
    R("S1522", at(27, "09:40", CET), "Freigabe ist erfolgt; Zahlung mit Valuta 04.12.2026.", "promise_to_pay", date="2026-12-04", fam=["dotted-date", "value-date"], sender=0),
    # --- Fahrschule Lindenallee (DE)
    R("S1523", at(23, "07:55", CET), "Hallo, Zahlung kommt Fr.", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse"]),
    R("S1523", at(24, "11:15", CET), "Wir begleichen beide Rechnungen bis spätestens 10.12.2026.", "promise_to_pay", date="2026-12-10", fam=["dotted-date", "at-the-latest"]),
    R("S1523", at(25, "14:00", CET), "Die Überweisung erfolgt innerhalb von 5 Werktagen.", "promise_to_pay", date="2026-12-02", fam=["working-days"], sender=0),
    R("S1523", at(26, "16:35", CET), "Die 420 € gehen nächste Woche Mittwoch raus, die 1.975 € Anfang Januar.", "promise_to_pay", date="2026-12-02", amount="420.00", fam=["next-week-weekday", "two-dates", "partial-amount"]),
    R("S1523", at(27, "10:25", CET), "Wir zahlen Dienstag in einer Woche.", "promise_to_pay", date="2026-12-08", fam=["tuesday-week"]),
    R("S1523", at(23, "12:30", CET), "Wir zahlen in 14 Tagen, wenn die Prüfungsgebühren vom TÜV erstattet sind.", "promise_to_pay", date="2026-12-07", human=["conditional"], fam=["estimate-of-event", "condition"]),
    R("S1523", at(24, "09:10", CET), "Zahlung zum Monatsultimo.", "promise_to_pay", date="2026-11-30", fam=["ultimo"], sender=0),
    R("S1523", at(25, "18:50", CET), "Wir zahlen nächsten Freitag.", "promise_to_pay", date="2026-12-04", fam=["next-weekday"]),
    # --- already paid
    R("S1523", at(26, "10:45", CET), "Wir haben am 20.11. überwiesen, Verwendungszweck „RE 15231 15232 Fahrschule“.", "already_paid", ref="RE 15231 15232 Fahrschule", inv=["15231", "15232"], fam=["dotted-date", "ref-differs-from-bank"]),
    R("S1521", at(23, "13:20", CET), "Die Rechnung 15211 wurde am 16.11. unter Abzug von 2 % Skonto bezahlt.", "already_paid", inv=["15211"], human=["amount differs"], fam=["skonto"], sender=0),
    R("S1522", at(25, "10:50", CET), "Zahlung CHF 12'480.00 ausgeführt am 24.11.2026, Referenz BM44120-ZL.", "already_paid", ref="BM44120-ZL", fam=["swiss-apostrophe", "ref-punctuation"], sender=0),
    # --- disputes
    R("S1521", at(24, "16:00", CET), "Die Rechnung 15212 über 690 € betrifft die Wartung der Etikettiermaschine – die wurde aber nie durchgeführt. Bitte stornieren.", "dispute", inv=["15212"], fam=["service-not-done"]),
    R("S1523", at(27, "13:30", CET), "Bei 15231 wurden 12 Sitzbezüge berechnet, geliefert wurden 8. Bitte schicken Sie uns eine Gutschrift über 4 Stück.", "dispute", inv=["15231"], fam=["short-delivery"], sender=0),
    # --- copies, billing changes
    R("S1522", at(23, "14:55", CET), "Können Sie uns bitte einen aktuellen Kontoauszug zustellen? Wir gleichen gerade die Kreditoren ab.", "invoice_resend", fam=["statement", "swiss"], sender=0),
    R("S1523", at(25, "09:30", CET), "Die Rechnung 15232 haben wir nie bekommen. Bitte nochmal schicken.", "invoice_resend", inv=["15232"], fam=["never-received"]),
    R("S1522", at(26, "15:25", CET), "Ab 1.1.2027 verarbeiten wir nur noch Rechnungen, die über unser Lieferantenportal (SAP Ariba) eingereicht werden. Per E-Mail zugestellte Rechnungen werden retourniert.", "po_change", fam=["supplier-portal"], sender=0),
    R("S1521", at(23, "11:10", CET), "Wir sind seit Oktober eine GmbH: Weingut Rebenhof Kamptal GmbH, UID ATU78451236. Bitte die offenen Rechnungen neu ausstellen.", "po_change", fam=["new-entity", "uid"]),
    # --- plans
    R("S1523", at(27, "15:40", CET), "Können wir die 1.975 € in drei Monatsraten zahlen, erste Rate am 15.12.?", "payment_plan_request", date="2026-12-15", fam=["plan-three", "dotted-date"]),
    R("S1521", at(26, "17:15", CET), "Wäre eine Stundung bis Ende Februar möglich? Der Export nach China hängt beim Zoll.", "payment_plan_request", date="2027-02-28", fam=["deferral", "end-of-month-named"]),
    # --- absences, DSNs
    R("S1522", at(24, "07:20", CET), "Ich bin bis und mit 4. Dezember abwesend. In dringenden Fällen wenden Sie sich bitte an kreditoren@autohaus-brunnmatt.example.", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Autohaus Brunnmatt AG", quote="none", gap_days=0, fam=["ooo-auto", "swiss"]),
    R("S1523", at(23, "09:06", CET), "Vielen Dank für Ihre Nachricht. Ich bin vom 23.11. bis einschließlich 11.12.2026 nicht im Büro und lese meine E-Mails nicht.", "out_of_office", headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Fahrschule Lindenallee GmbH", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "dotted-date"]),
    R("S1521", at(24, "09:07", CET), "Dies ist eine automatisch erstellte Nachricht des Mailsystems.\n\nIhre Nachricht konnte nicht zugestellt werden an:\n\nbuchhaltung@weingut-rebenhof.example\n550 5.1.1 Benutzer unbekannt", "bounce", sender="MAILER-DAEMON@mx.weingut-rebenhof.example", subject="Unzustellbar: Zahlungserinnerung – Weingut Rebenhof Kamptal", dsn=("buchhaltung@weingut-rebenhof.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-de"]),
    R("S1523", at(26, "09:08", CET), "Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:\n\nverwaltung@fahrschule-lindenallee.example\nDas Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen.\n\nDiagnoseinformationen für Administratoren:\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@fahrschule-lindenallee.example", subject="Unzustellbar: Zahlungserinnerung – Fahrschule Lindenallee GmbH", dsn=("verwaltung@fahrschule-lindenallee.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-de", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("S1522", at(23, "16:30", CET), "Herr Zbinden ist per Ende Oktober ausgetreten. Zuständig ist neu Frau Livia Gerber, l.gerber@autohaus-brunnmatt.example.", "wrong_contact", fam=["left-company", "swiss"]),
    R("S1523", at(26, "13:05", CET), "Hier ist das Anmeldepostfach der Fahrschule. Für Rechnungen ist Frau Krause zuständig: s.krause@fahrschule-lindenallee.example", "wrong_contact", fam=["wrong-department"], sender=0),
    R("S1522", at(27, "12:45", CET), "Danke, erhalten.", "other", fam=["no-action", "ack"]),
    R("S1523", at(24, "17:20", CET), "Ist diese Mahnung echt? Die IBAN in der Mail weicht von der auf Ihrer Rechnung ab. Wir zahlen erst, wenn Sie das telefonisch bestätigen.", "other", human=["fraud check"], fam=["fraud-check"]),
    R("S1521", at(25, "11:35", CET), "Könnten wir künftig per SEPA-Lastschrift zahlen? Dann vergessen wir es nicht mehr.", "other", human=["payment method question"], fam=["direct-debit"], sender=0),
]
