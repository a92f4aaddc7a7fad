"""German replies (field63): Leipzig Advent calendars, a Nuremberg Lebkuchen bakery before the Christkindlesmarkt,
Salzburg market huts on credit hold (Jänner, Grüß Gott), a Bern chocolatier (CHF 10'880, Samichlaus, MWST)."""

from evals.field.build import Payment, Reply
from evals.field63.kit import AUTO, CET, at, auto
from evals.field63.world import CUSTOMERS

R = Reply
N = {c[0]: c[1] for c in CUSTOMERS}

PAYMENTS = [
    Payment("BK63-016", "H6321", "2029-12-07", "7110.00", "EUR", "HOLLMANN 1207"),
    Payment("BK63-017", "H6322", "2029-12-03", "19380.00", "EUR", "ZA-2029-12-0331 LEBKUCHEN PFEIFFER"),
    Payment("BK63-018", "H6323", "2029-12-14", "8000.00", "EUR", "OBERHUBER HUETTENBAU"),
    Payment("BK63-019", "H6324", "2029-11-30", "10880.00", "CHF", "CB88120 CONFISERIE BRAENDLI"),
]

REPLIES = [
    # --- promises
    R("H6321", at(11, 19, "10:15", CET), "Guten Tag,\nwir überweisen beide Rechnungen am Freitag.\nMfG K. Hollmann", "promise_to_pay", date="2029-11-23", fam=["bare-weekday", "terse"]),
    R("H6321", at(11, 22, "14:30", CET), "Die Zahlung erfolgt zum Monatsende, also am 30.11.", "promise_to_pay", date="2029-11-30", fam=["month-end", "dotted-date"]),
    R("H6321", at(11, 28, "09:00", CET), "Wir drucken gerade die letzten Adventskalender aus, die Zahlung kommt nächste Woche Mittwoch.", "promise_to_pay", date="2029-12-05", fam=["next-week-weekday", "season"]),
    R("H6321", at(12, 6, "16:00", CET), "Sehr geehrte Damen und Herren,\n\ndie Rechnung INV-2027-63212 wird am 12.12.29 beglichen. Die Rechnung 63211 prüfen wir noch intern.\n\nMit freundlichen Grüßen\nBuchhaltung\nAdventskalender-Druckerei Hollmann GmbH", "promise_to_pay", date="2029-12-12", inv=["INV-2027-63212", "INV-2027-63211"], fam=["dotted-short-year", "formal-ap", "two-invoices"], sender=0),
    R("H6321", at(12, 17, "11:00", CET), "Zahlung erfolgt innerhalb von 3 Werktagen.", "promise_to_pay", date="2029-12-20", fam=["working-days", "terse"]),
    R("H6321", at(12, 20, "19:00", CET), "Vor den Betriebsferien schaffen wir es leider nicht mehr. Wir zahlen am ersten Arbeitstag im neuen Jahr, dem 2. Januar.", "promise_to_pay", date="2030-01-02", fam=["shutdown", "next-year", "late-evening"]),
    R("H6321", at(11, 30, "13:00", CET), "Wir zahlen, sobald uns die korrigierte Lieferscheinkopie vorliegt.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("H6322", at(11, 20, "08:30", CET), "Sehr geehrte Damen und Herren,\n\ndie Rechnungen INV-2027-63221 und INV-2027-63222 sind zur Zahlung freigegeben und werden mit unserem Zahllauf am 03.12.2029 ausgeglichen.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung\nLebkuchen-Manufaktur Pfeiffer KG\nSitz Nürnberg · Registergericht Nürnberg HRA 18822 · Persönlich haftende Gesellschafterin: Pfeiffer Verwaltungs-GmbH\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.", "promise_to_pay", date="2029-12-03", html=True, fam=["formal-ap", "outlook-html", "disclaimer", "payment-run"], sender=0),
    R("H6322", at(11, 27, "17:45", CET), "Pfeiffer hier. Der Christkindlesmarkt eröffnet am Freitag, bis dahin geht hier nichts. Überweisung am Montag danach, dem 3. Dezember – nein, Moment, am Dienstag, den 4., am Montag ist Inventur.", "promise_to_pay", date="2029-12-04", fam=["correction", "distractor-weekday", "season"]),
    R("H6322", at(12, 11, "10:00", CET), "Wir zahlen 16.400 EUR am Freitag, die 2.980 EUR nach Rücksprache mit dem Einkauf.", "promise_to_pay", date="2029-12-14", amount="16400.00", fam=["partial-amount", "bare-weekday", "german-thousands"]),
    R("H6322", at(12, 19, "12:00", CET), "Wir zahlen in 14 Tagen.", "promise_to_pay", date="2030-01-02", fam=["relative-span", "terse"]),
    R("H6323", at(11, 21, "07:30", CET), "Grüß Gott, Zahlung am 5.12., bis dahin sind die Hütten am Christkindlmarkt abgerechnet.", "promise_to_pay", date="2029-12-05", fam=["dotted-date", "austrian", "reason-date"]),
    R("H6323", at(12, 10, "18:20", CET), "Die Hälfte zahlen wir vor Weihnachten, den Rest im Jänner.", "promise_to_pay", date="2029-12-24", human=["partial"], fam=["before-christmas", "austrian", "partial-share"]),
    R("H6323", at(11, 29, "11:00", CET), "Überweisung geht morgen raus.", "promise_to_pay", date="2029-11-30", fam=["tomorrow", "terse"]),
    R("H6324", at(11, 23, "09:40", CET), "Grüezi\n\nDie Zahlung von CHF 10'880 erfolgt per 30.11.2029.\n\nFreundliche Grüsse\nUrsula Brändli", "promise_to_pay", date="2029-11-30", amount="10880.00", partial=False, fam=["swiss-apostrophe", "per-date"]),
    R("H6324", at(12, 4, "13:15", CET), "Die Rechnung 63242 zahlen wir nach dem Samichlaus, am Freitag.", "promise_to_pay", date="2029-12-07", inv=["INV-2027-63242"], fam=["holiday-distractor", "bare-weekday", "swiss"]),
    R("H6324", at(12, 14, "08:50", CET), "Gemäss Zahlungsplan der Kreditoren wird die Zahlung am 21.12. ausgelöst.\n\nFreundliche Grüsse\nKreditoren", "promise_to_pay", date="2029-12-21", fam=["dotted-date", "formal-ap", "swiss"], sender=0),
    # --- already paid
    R("H6321", at(12, 10, "09:00", CET), "Beide Rechnungen wurden am 7.12. überwiesen, 7.110,00 €, Verwendungszweck HOLLMANN 1207.", "already_paid", ref="HOLLMANN 1207", fam=["dotted-date", "total-of-two"]),
    R("H6322", at(12, 6, "10:00", CET), "Sehr geehrte Damen und Herren,\n\ndie Zahlung über 19.380,00 EUR wurde am 03.12.2029 ausgeführt. Das Zahlungsavis finden Sie im Anhang.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung", "already_paid", ref="ZA-2029-12-0331", fam=["remittance-attachment", "formal-ap", "strategic"], sender=0,
      attachments=[("Zahlungsavis_ZA-2029-12-0331.pdf", "application/pdf", "ZAHLUNGSAVIS\nEmpfänger: Northwind Supplies GmbH\nZahlungsdatum: 03.12.2029\nReferenz: ZA-2029-12-0331\nINV-2027-63221   16.400,00\nINV-2027-63222    2.980,00\nSumme EUR 19.380,00")]),
    R("H6323", at(12, 18, "10:00", CET), "Wir haben am Freitag 8.000 € überwiesen, mehr geht vor Weihnachten nicht. Bitte die Sperre aufheben!", "already_paid", human=["amount differs from balance"], fam=["short-payment", "credit-hold", "austrian"]),
    R("H6324", at(12, 3, "09:00", CET), "Die Zahlung wurde am 30.11. ausgeführt, CHF 10'880, Referenz CB-88120.", "already_paid", ref="CB-88120", fam=["swiss-apostrophe", "ref-punctuation"]),
    # --- disputes
    R("H6321", at(11, 26, "11:00", CET), "Rechnung 63211: 2.000 Kalender wurden mit falscher Türchen-Nummerierung geliefert (zweimal die 24, keine 17). Wir zahlen erst, wenn Sie nachdrucken oder eine Gutschrift schicken.", "dispute", inv=["INV-2027-63211"], fam=["defective-goods", "credit-note"]),
    R("H6322", at(12, 13, "14:00", CET), "In der Rechnung 63222 ist ein Energiezuschlag von 240 EUR enthalten, der nicht vereinbart war. Bitte korrigieren.", "dispute", inv=["INV-2027-63222"], fam=["fees", "strategic"]),
    R("H6324", at(11, 20, "10:00", CET), "Bei der Rechnung 63241 wurde die MWST zweimal berechnet. Bitte um Korrektur.", "dispute", inv=["INV-2027-63241"], fam=["tax-error", "swiss"]),
    # --- resend
    R("H6321", at(12, 3, "08:00", CET), "Bitte senden Sie uns die Rechnung 63212 noch einmal zu, sie liegt uns nicht vor.", "invoice_resend", inv=["INV-2027-63212"], fam=["never-received"]),
    R("H6323", at(11, 26, "12:00", CET), "Schicken S' mir bitte eine Kopie von der Rechnung, die ist bei uns nie angekommen.", "invoice_resend", fam=["never-received", "austrian", "credit-hold"]),
    R("H6324", at(12, 17, "09:30", CET), "Für den Jahresabschluss benötigen wir einen Kontoauszug per 30.11.2029.", "invoice_resend", fam=["statement", "year-end"], sender=0),
    # --- PO and billing changes
    R("H6321", at(12, 12, "11:00", CET), "Bitte tragen Sie auf beiden Rechnungen unsere Bestellnummer BN-2029-118 ein und schicken Sie sie neu.", "po_change", fam=["po-missing", "reissue"]),
    R("H6322", at(11, 29, "10:30", CET), "Ab sofort bitte alle Rechnungen ausschließlich als XRechnung an rechnungseingang@lebkuchen-pfeiffer.example senden.", "po_change", fam=["e-invoicing", "invoice-mailbox", "strategic"], sender=0),
    R("H6324", at(12, 7, "15:00", CET), "Unsere Firma heisst seit 1. Dezember Brändli Confiseur AG (neue UID CHE-412.883.190 MWST). Bitte stellen Sie die Rechnungen neu aus.", "po_change", fam=["entity-change", "tax-number"]),
    # --- plans
    R("H6321", at(12, 4, "10:00", CET), "Könnten wir die 5.870 € in drei Monatsraten zahlen? Die erste am 15.12.", "payment_plan_request", date="2029-12-15", fam=["plan-monthly", "dotted-date"]),
    R("H6323", at(12, 3, "16:00", CET), "Könnt ma des in zwei Raten machen? 4.000 vor Weihnachten, der Rest Ende Jänner.", "payment_plan_request", date="2029-12-24", amount="4000.00", fam=["plan-halves", "austrian", "before-christmas"]),
    R("H6324", at(12, 19, "11:00", CET), "Wäre eine Ratenzahlung möglich? Wir schlagen CHF 2'000 pro Monat ab Anfang Januar vor.", "payment_plan_request", date="2030-01-01", amount="2000.00", fam=["plan-monthly", "swiss-apostrophe"]),
    # --- absences
    R("H6322", at(12, 21, "09:10", CET), "Vielen Dank für Ihre Nachricht. Unser Büro ist vom 22.12.2029 bis einschließlich 06.01.2030 geschlossen. Ab dem 07.01.2030 sind wir wieder für Sie da.", "out_of_office", headers=AUTO, subject=auto("Automatische Antwort", "de", N["H6322"]), quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "shutdown"], sender=0),
    R("H6324", at(12, 5, "09:20", CET), "Ich bin bis am 10. Dezember abwesend. In dringenden Fällen wenden Sie sich bitte an kreditoren@confiserie-braendli.example.", "out_of_office", headers=AUTO, subject=auto("Abwesenheitsnotiz", "de", N["H6324"]), quote="none", gap_days=0, fam=["ooo-auto", "swiss"]),
    # --- bounces
    R("H6321", at(11, 27, "09:10", CET), "Dies ist das Mailsystem auf mail.druckerei-hollmann.example.\n\nIhre Nachricht konnte leider an einen oder mehrere Empfänger nicht zugestellt werden.\n\n<buchhaltung@druckerei-hollmann.example>: host mail.druckerei-hollmann.example sagte: 550 5.1.1 Empfänger unbekannt", "bounce", sender="MAILER-DAEMON@mail.druckerei-hollmann.example", subject="Unzustellbar: " + "Zahlungserinnerung – " + N["H6321"], dsn=("buchhaltung@druckerei-hollmann.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-postfix-de"]),
    R("H6323", at(12, 11, "09:10", CET), "Die Nachricht konnte nicht an office@huettenbau-oberhuber.example zugestellt werden. Das Postfach des Empfängers ist voll.\n\nVom Remoteserver wurde '552 5.2.2 Postfach voll' zurückgegeben.", "bounce", sender="postmaster@huettenbau-oberhuber.example", subject="Unzustellbar: Zahlungserinnerung – " + N["H6323"], dsn=("office@huettenbau-oberhuber.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-de", "dsn-mailbox-full"]),
    # --- wrong contacts
    R("H6321", at(12, 14, "10:00", CET), "Frau Hollmann ist seit Dezember in Elternzeit. Bitte wenden Sie sich an Herrn Lutz Brenner, l.brenner@druckerei-hollmann.example.", "wrong_contact", fam=["parental-leave", "new-contact"], sender=0),
    R("H6324", at(11, 28, "14:00", CET), "Ich arbeite in der Produktion und bin für Rechnungen nicht zuständig. Bitte wenden Sie sich an die Kreditorenabteilung.", "wrong_contact", fam=["not-ap", "unknown-sender"], sender="produktion@confiserie-braendli.example"),
    # --- other
    R("H6322", at(11, 22, "09:00", CET), "Danke, ist angekommen und an die Kreditorenbuchhaltung weitergeleitet.", "other", fam=["no-action", "forwarded-internally", "strategic"]),
    R("H6321", at(12, 5, "11:30", CET), "Wir haben heute ein Schreiben mit einer neuen Bankverbindung von Ihnen erhalten (IBAN bei einer litauischen Bank). Ist das korrekt? Bitte bestätigen Sie das telefonisch, bevor wir etwas überweisen.", "other", human=["fraud check"], fam=["fraud-check", "iban-change"]),
]
