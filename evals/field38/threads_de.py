"""German replies (field38): a Graz advertising agency and a Hamburg car dealership (strategic)."""

from evals.field.build import Payment, Reply
from evals.field38.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK38-013", "F3821", "2027-03-19", "1130.00", "EUR", "WERBEAGENTUR SCHLOSSBERG GMBH RE 93829"),
    P("BK38-014", "F3822", "2027-03-23", "16920.00", "EUR", "AUTOHAUS WANDSBEK GMBH CO KG AW-BE-55120"),
]

REPLIES = [
    # --- Werbeagentur Schloßberg (Graz)
    R("F3821", at(22, "08:45", CET), "Grüß Gott,\n\ndie Rechnung 93829 haben wir am 19.3. überwiesen (Verwendungszweck RE 93829). Die 93828 kommt mit dem Zahllauf am Mittwoch, 31.3.\n\nLiebe Grüße aus Graz\nGerlinde Pichler\nProkuristin\nWerbeagentur Schloßberg GmbH | Sackstraße 14 | 8010 Graz\nFN 412887 t | UID ATU69123458", "already_paid", sec=["promise_to_pay"], ref="RE 93829", inv=["93829", "93828"], date="2027-03-31", fam=["paid-and-promise", "dotted-date", "austrian", "signature"]),
    R("F3821", at(22, "13:20", CET), "Servus, wir zahlen nach Ostern, gleich am Dienstag den 30. Frohe Ostern!", "promise_to_pay", date="2027-03-30", fam=["after-easter", "weekday-date", "austrian"]),
    R("F3821", at(22, "16:35", CET), "Die Zahlung erfolgt in der KW 14.", "promise_to_pay", date="2027-04-09", fam=["calendar-week", "terse"], sender=0),
    R("F3821", at(23, "09:10", CET), "Hallo, die Rechnung 93828 enthält 40 Stunden Grafik für die Frühjahrskampagne. Vereinbart war ein Pauschalpreis von 3.800 €. Bitte um Korrektur, vorher können wir nicht zahlen.", "dispute", inv=["93828"], fam=["flat-fee", "refuse-until-credit"]),
    R("F3821", at(23, "14:50", CET), "Liebe Kolleginnen und Kollegen, wir überweisen bis spätestens Ende des Monats. LG", "promise_to_pay", date="2027-03-31", fam=["end-of-month", "austrian"]),
    R("F3821", at(23, "17:25", CET), "Wir zahlen die 4.760 in zwei Teilen, die erste Hälfte am 9. April und den Rest Ende April – geht das für euch in Ordnung?", "payment_plan_request", date="2027-04-09", amount="2380.00", inv=["93828"], fam=["two-halves", "question-form", "austrian"]),
    R("F3821", at(24, "08:30", CET), "Zahlung ist für übermorgen freigegeben.", "promise_to_pay", date="2027-03-26", fam=["day-after-tomorrow", "terse"], sender=0),
    R("F3821", at(24, "11:55", CET), "Können Sie uns die Rechnung 93828 nochmals als PDF schicken? Die ist bei uns im Spam gelandet und inzwischen gelöscht.", "invoice_resend", inv=["93828"], fam=["spam-folder"]),
    R("F3821", at(24, "15:15", CET), "Ab 1. April bitte alle Rechnungen an rechnungseingang@schlossberg-werbung.example – wir stellen auf ein neues Belegsystem um.", "po_change", fam=["invoice-mailbox", "dated-change"], sender=0),
    R("F3821", at(24, "19:45", CET), "Sorry für die späte Meldung, hatte Kundenpräsentation. Überweise morgen in der Früh, versprochen.", "promise_to_pay", date="2027-03-25", fam=["tomorrow", "austrian", "late-evening"]),
    R("F3821", at(25, "09:40", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. April auf Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung@schlossberg-werbung.example.", "out_of_office", headers=AUTO, subject="Abwesend: Zahlungserinnerung – Werbeagentur Schloßberg GmbH", quote="none", gap_days=0, fam=["ooo-auto", "easter-holiday"]),
    R("F3821", at(25, "12:05", CET), "Die Zahlung war für heute geplant, wird aber auf Montag, 29.3. verschoben – nein, Ostermontag, blöd. Dann Dienstag 30.3.", "promise_to_pay", date="2027-03-30", fam=["self-correction", "easter-monday", "dotted-date"]),
    R("F3821", at(25, "15:30", CET), "Ich bin nicht mehr für die Buchhaltung zuständig, seit Jänner macht das Frau Pichler. Bitte an sie wenden.", "wrong_contact", fam=["role-change", "austrian"], sender="m.koller@schlossberg-werbung.example"),
    R("F3821", at(22, "10:25", CET), "Wir überweisen in 14 Tagen, sobald unser Kunde (Grazer Messe) die Kampagne bezahlt hat.", "promise_to_pay", date="2027-04-05", human=["conditional"], fam=["third-party", "in-14-days"]),
    R("F3821", at(23, "11:40", CET), "Danke, ist angekommen und weitergeleitet.", "other", fam=["ack", "no-action"], sender=0),
    R("F3821", at(25, "18:10", CET), "Kurze Info: Zahlung geht am 1.4. raus, zusammen mit den Gehältern.", "promise_to_pay", date="2027-04-01", fam=["dotted-date", "with-salaries"]),
    R("F3821", at(22, "09:02", CET), "Diese Nachricht wurde automatisch von einem Programm erstellt.\n\nDie Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden:\n\ng.pichler@schlossberg-werbung.example\n    550 5.1.1 Die E-Mail-Adresse existiert nicht", "bounce", sender="MAILER-DAEMON@mail.schlossberg-werbung.example", subject="Unzustellbar: Zahlungserinnerung – Werbeagentur Schloßberg GmbH", dsn=("g.pichler@schlossberg-werbung.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-de"]),
    R("F3821", at(24, "13:25", CET), "Wir zahlen KW 13, am Mittwoch.", "promise_to_pay", date="2027-03-31", fam=["calendar-week", "weekday-of-week", "terse"]),
    # --- Autohaus Wandsbek (Hamburg, strategic)
    R("F3822", at(22, "09:30", CET), "Moin,\n\nwir haben am 23.03. (also morgen) die 93830 im Zahlungslauf, Buchungstext AW-BE-55120. Die 93831 folgt mit dem Quartalsabschluss am 31.03.\n\nMit freundlichen Grüßen\nJan Petersen\nLeiter Rechnungswesen\nAutohaus Wandsbek GmbH & Co. KG\nSitz Hamburg, Amtsgericht Hamburg HRA 118744\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.", "promise_to_pay", date="2027-03-23", inv=["93830", "93831"], html=True, fam=["two-dates", "dotted-date", "disclaimer", "hamburg", "outlook-html"]),
    R("F3822", at(23, "10:15", CET), "Moin, 93830 ist heute raus, 16.920 €, Referenz AW-BE-55120.", "already_paid", ref="AW-BE-55120", inv=["93830"], fam=["paid-today", "hamburg", "terse"]),
    R("F3822", at(23, "15:40", CET), "Die Rechnung 93831 bezieht sich auf die Bestellung AW-BE-55198, auf der Rechnung steht aber AW-BE-55189. So kriegen wir sie nicht durch die Freigabe. Bitte mit richtiger Bestellnummer neu ausstellen.", "po_change", inv=["93831"], fam=["wrong-po", "reissue"], sender=0),
    R("F3822", at(24, "08:55", CET), "Zahlung 93831 erfolgt nächste Woche Donnerstag, Karfreitag und Ostermontag sind bei uns keine Buchungstage.", "promise_to_pay", date="2027-04-01", inv=["93831"], fam=["next-week-weekday", "easter-closure"]),
    R("F3822", at(24, "12:35", CET), "Bei 93831 sind 14 Fußmatten-Sets berechnet, geliefert wurden 10 (Lieferschein 77812 vom 02.03.). Bitte Gutschrift über 4 Sets.", "dispute", inv=["93831"], fam=["short-delivery", "distractor-date"], sender=0),
    R("F3822", at(24, "16:50", CET), "Hallo zusammen, ich bin ab 1.4. nicht mehr bei Autohaus Wandsbek. Bitte künftig an kreditoren@autohaus-wandsbek.example schreiben. Tschüss!", "wrong_contact", fam=["leaving", "redirect", "hamburg"]),
    R("F3822", at(25, "09:20", CET), "Guten Tag, wir begleichen die offene Rechnung zum Quartalsende.", "promise_to_pay", date="2027-03-31", fam=["quarter-end", "formal"], sender=0),
    R("F3822", at(25, "13:10", CET), "Ich bin vom 25.03. bis 18.04. im Urlaub. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen: kreditoren@autohaus-wandsbek.example", "out_of_office", headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Autohaus Wandsbek GmbH & Co. KG", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "dotted-date"]),
    R("F3822", at(22, "14:05", CET), "Moin, bitte schicken Sie uns eine aktuelle Saldenbestätigung bzw. Kontoauszug zum 31.03., brauchen wir für den Quartalsabschluss.", "invoice_resend", fam=["statement", "quarter-end"], sender=0),
    R("F3822", at(22, "18:25", CET), "Wir zahlen, sobald der Hersteller uns die Garantieerstattungen für Februar gutgeschrieben hat. Erfahrungsgemäß Mitte April.", "promise_to_pay", date="2027-04-15", human=["conditional"], fam=["third-party", "mid-month", "hamburg"]),
    R("F3822", at(23, "08:40", CET), "Zahlung kommt übernächste Woche, spätestens Freitag 09.04.", "promise_to_pay", date="2027-04-09", fam=["week-after-next", "at-the-latest"]),
    R("F3822", at(23, "19:15", CET), "Könnten wir die 16.920 € in drei Monatsraten zahlen? Erste Rate am 15.4., dann 15.5. und 15.6. Die Werkstattumbauten haben mehr gekostet als gedacht.", "payment_plan_request", date="2027-04-15", inv=["93830"], fam=["plan-three", "dotted-date"]),
    R("F3822", at(25, "11:45", CET), "Moin, die Zahlung geht morgen raus. Wir haben Karfreitag zwar zu, aber die Bank führt den Auftrag trotzdem aus.", "promise_to_pay", date="2027-03-26", fam=["tomorrow", "good-friday", "hamburg"]),
    R("F3822", at(24, "10:05", CET), "Bitte die Rechnungen künftig als XRechnung über unser Portal einreichen, PDF per Mail wird ab Q2 nicht mehr angenommen.", "po_change", fam=["e-invoicing", "beginning-of-q2"], sender=0),
    R("F3822", at(25, "16:30", CET), "Die Überweisung ist für Mittwoch, 31.03.2027 terminiert. Gruß J. Petersen", "promise_to_pay", date="2027-03-31", fam=["dotted-date", "weekday-date"]),
    R("F3822", at(22, "11:50", CET), "Ist das hier eine echte Mahnung? Wir hatten letzte Woche eine Mail mit neuer IBAN von Ihnen, die kam uns komisch vor. Bitte kurz telefonisch bestätigen.", "other", human=["fraud check"], fam=["fraud-check", "iban-change"]),
    R("F3822", at(23, "13:30", CET), "Delivery has failed to these recipients or groups:\n\nj.petersen@autohaus-wandsbek.example\nDas Postfach ist voll.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@autohaus-wandsbek.example", subject="Unzustellbar: Zahlungserinnerung – Autohaus Wandsbek GmbH & Co. KG", dsn=("j.petersen@autohaus-wandsbek.example", "5.2.2"), quote="none", gap_days=0, lang="de", fam=["dsn-exchange-de", "mailbox-full"]),
    R("F3822", at(24, "14:30", CET), "Hatten Ihnen doch geschrieben, dass die Rechnung diese Woche bezahlt wird. Dabei bleibt es: Donnerstag.", "promise_to_pay", date="2027-03-25", fam=["quotes-own-promise", "weekday", "annoyed"]),
    R("F3822", at(22, "16:10", CET), "Die 2.380 € (93831) überweisen wir Anfang April, die große Rechnung erst, wenn die Leasingbank uns die Vorführwagen abgerechnet hat.", "promise_to_pay", date="2027-04-01", amount="2380.00", inv=["93831", "93830"], partial=False, human=["conditional"], fam=["two-parts", "beginning-of-month", "condition"]),
]
