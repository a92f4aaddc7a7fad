"""German replies (field58): a Munich ice-cream parlour, a campsite on the Neusiedler See (credit hold) and a Hessian
satchel maker in its Betriebsferien, around Mariä Himmelfahrt and the start of the school year."""

from evals.field.build import Payment, Reply
from evals.field58.kit import AUTO, CEST, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK58-020", "K5821", "2028-08-11", "3920.00", "EUR", "EISDIELE DOLOMITI GMBH RE 58211 58212"),
    P("BK58-021", "K5823", "2028-08-16", "890.00", "EUR", "SCHULRANZEN HOFFMANN KG 58232"),
    P("BK58-022", None, "2028-08-21", "3380.00", "EUR", "LUCA DE MARCHI"),
]

REPLIES = [
    # --- Eisdiele Dolomiti (München)
    R("K5821", at(14, "22:10", CEST), "Servus, morgen ist Feiertag, wir überweisen am Mittwoch.\nLuca", "promise_to_pay", date="2028-08-16", fam=["weekday", "holiday"]),
    R("K5821", at(16, "11:20", CEST), "Die 540 € zahlen wir diese Woche, die 3.380 € zwischen dem 5. und 8. September.", "promise_to_pay", date="2028-08-18", amount="540.00", fam=["two-dates", "date-range", "partial-amount"]),
    R("K5821", at(21, "15:45", CEST), "Zahlung erfolgt Ende nächster Woche.", "promise_to_pay", date="2028-09-01", fam=["end-of-next-week"], sender=0),
    R("K5821", at(24, "09:30", CEST), "Ich überweise privat von meinem Konto, spätestens 31.08. – bitte nicht wundern, wenn mein Name auf dem Auszug steht.", "promise_to_pay", date="2028-08-31", fam=["personal-account", "dotted-date"]),
    R("K5821", at(29, "18:05", CEST), "Wir zahlen, sobald das Wetter wieder mitspielt und die Kasse stimmt. Der August war verregnet.", "promise_to_pay", human=["undated"], fam=["vague", "weather"]),
    # --- Campingpark Seewinkel (Burgenland, credit hold)
    R("K5822", at(14, "08:15", CEST), "Grüß Gott, Hochsaison, ich komme kaum zum Büro. Zahlung kommt nach Maria Himmelfahrt, am Donnerstag.", "promise_to_pay", date="2028-08-17", fam=["weekday", "austrian", "holiday"]),
    R("K5822", at(17, "19:30", CEST), "Wir zahlen 3.000 € am 25., den Rest nach Saisonende.", "promise_to_pay", date="2028-08-25", amount="3000.00", fam=["partial-amount", "ordinal-date"]),
    R("K5822", at(22, "10:05", CEST), "Zahlung in KW 35.", "promise_to_pay", date="2028-09-01", fam=["calendar-week", "terse"], sender=0),
    R("K5822", at(28, "13:40", CEST), "Die Überweisung war für heute geplant, ist aber auf Montag, 4. September verschoben – die Bank hat das Limit nicht freigegeben.", "promise_to_pay", date="2028-09-04", fam=["moved-date", "weekday-date"]),
    R("K5822", at(31, "11:10", CEST), "Zahlung Anfang September, sobald die letzten Gäste abgereist sind.", "promise_to_pay", date="2028-09-01", human=["conditional"], fam=["beginning-of-month", "condition"]),
    # --- Schulranzen Hoffmann (Hessen, Betriebsferien)
    R("K5823", at(15, "09:50", CEST), "Guten Tag, wir sind noch in den Betriebsferien; ich bin nur kurz im Büro. Zahlung erfolgt nach den Betriebsferien, also ab dem 28.08.", "promise_to_pay", date="2028-08-28", fam=["betriebsferien", "one-person-office", "dotted-date"], sender=0),
    R("K5823", at(18, "14:25", CEST), "Beide Rechnungen gehen mit dem Zahlungslauf am Dienstag raus.", "promise_to_pay", date="2028-08-22", fam=["payment-run", "weekday"]),
    R("K5823", at(23, "08:35", CEST), "Die Zahlung erfolgt innerhalb von 5 Werktagen.", "promise_to_pay", date="2028-08-30", fam=["working-days"], sender=0),
    R("K5823", at(25, "16:15", CEST), "Wir zahlen nächsten Donnerstag, das Schulgeschäft läuft gerade erst an.", "promise_to_pay", date="2028-08-31", fam=["next-weekday", "back-to-school"]),
    R("K5823", at(30, "10:45", CEST), "Die 4.120 € überweist unsere Muttergesellschaft, die Hoffmann Holding GmbH, Mitte September.", "promise_to_pay", date="2028-09-15", amount="4120.00", inv=["INV-2027-58231"], partial=False, fam=["parent-company", "mid-month"]),
    # --- already paid
    R("K5821", at(15, "10:30", CEST), "Beide Rechnungen wurden am 11.08. bezahlt, Verwendungszweck „RE 58211 58212“.", "already_paid", note="matches BK58-020", ref="RE 58211 58212", inv=["INV-2027-58211", "INV-2027-58212"], fam=["matched", "dotted-date"]),
    R("K5821", at(22, "12:40", CEST), "Ich habe die 3.380 € gestern von meinem Privatkonto überwiesen (Luca De Marchi).", "already_paid", inv=["INV-2027-58211"], human=["payment from a personal account, not matched to the customer"], fam=["personal-account"]),
    R("K5823", at(17, "09:10", CEST), "Die 58232 haben wir gestern bezahlt.", "already_paid", note="matches BK58-021", inv=["INV-2027-58232"], fam=["matched", "loose-number"], sender=0),
    R("K5822", at(24, "15:00", CEST), "Haben wir schon bezahlt, am 18. August. Bitte Sperre aufheben!", "already_paid", human=["no matching payment"], fam=["unmatched", "credit-hold"]),
    # --- disputes
    R("K5821", at(17, "10:20", CEST), "Bei 58212 wurden 12 Kartons Waffelbecher berechnet, bekommen haben wir 8. Bitte Gutschrift; die 58211 zahlen wir am Montag.", "dispute", sec=["promise_to_pay"], date="2028-08-21", inv=["INV-2027-58212", "INV-2027-58211"], fam=["short-delivery", "dispute-and-promise"]),
    R("K5822", at(21, "17:25", CEST), "Der Kühlschrank für den Kiosk war bei Lieferung defekt. Bitte schicken Sie keine Mahnungen, bis das geklärt ist.", "dispute", fam=["damaged", "stop-reminders"]),
    R("K5823", at(29, "11:55", CEST), "Auf 58231 ist der alte Preis von 2027 berechnet worden statt des vereinbarten Rahmenpreises. Bitte korrigieren.", "dispute", inv=["INV-2027-58231"], fam=["price"], sender=0),
    # --- copies, billing changes
    R("K5821", at(28, "09:05", CEST), "Können Sie uns die Rechnungen nochmal schicken? Nach dem Urlaub finden wir nichts mehr.", "invoice_resend", fam=["after-holidays", "copy"]),
    R("K5823", at(21, "13:15", CEST), "Bitte senden Sie uns einen Kontoauszug zum 31.07.", "invoice_resend", fam=["statement"], sender=0),
    R("K5822", at(16, "12:05", CEST), "Bitte auf der Rechnung unsere neue UID ATU81234567 angeben und neu ausstellen.", "po_change", fam=["uid", "reissue"]),
    R("K5823", at(24, "14:50", CEST), "Ab 1. September bitte alle Rechnungen an rechnung@ranzen-hoffmann.example als XRechnung senden.", "po_change", fam=["new-mailbox", "e-invoice"], sender=1),
    # --- plans
    R("K5822", at(25, "18:40", CEST), "Wäre eine Ratenzahlung möglich? 1.000 € im Monat, erste Rate am 15. September.", "payment_plan_request", date="2028-09-15", amount="1000.00", fam=["monthly"]),
    R("K5821", at(30, "09:40", CEST), "Können wir die große Rechnung auf drei Raten verteilen, Beginn Ende September?", "payment_plan_request", date="2028-09-30", inv=["INV-2027-58211"], fam=["three-instalments", "end-of-named-month"]),
    # --- absences, DSNs
    R("K5823", at(14, "09:06", CEST), "Vielen Dank für Ihre Nachricht. Unser Unternehmen befindet sich vom 7. bis 25. August in den Betriebsferien. Ab dem 28. August sind wir wieder für Sie da.", "out_of_office", headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Schulranzen Hoffmann KG", fam=["auto", "betriebsferien"], sender=1),
    R("K5821", at(22, "09:06", CEST), "Ich bin bis einschließlich 15. September im Urlaub und lese keine E-Mails.", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung", human=["absence over 14 days"], fam=["auto", "long-absence"], sender=1),
    R("K5822", at(15, "09:07", CEST), "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte nicht zugestellt werden an:\noffice@camping-seewinkel.example\n552 Postfach voll", "bounce", sender="MAILER-DAEMON@camping-seewinkel.example", dsn=("office@camping-seewinkel.example", "5.2.2"), fam=["mailbox-full"]),
    R("K5823", at(28, "09:07", CEST), "Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:\n\nk.hoffmann@ranzen-hoffmann.example\nDie E-Mail-Adresse wurde nicht gefunden.", "bounce", sender="postmaster@ranzen-hoffmann.example", dsn=("k.hoffmann@ranzen-hoffmann.example", "5.1.1"), fam=["exchange"]),
    # --- wrong contacts, the rest
    R("K5821", at(18, "13:30", CEST), "Ich bin nur die Aushilfe an der Theke. Rechnungen macht Herr De Marchi, l.demarchi@eisdiele-dolomiti.example.", "wrong_contact", fam=["wrong-person"], sender=0),
    R("K5823", at(31, "10:20", CEST), "Herr Hoffmann ist in den Ruhestand gegangen. Zuständig ist jetzt Frau Petra Lenz, p.lenz@ranzen-hoffmann.example.", "wrong_contact", fam=["retired", "new-contact"], sender=1),
    R("K5822", at(19, "08:50", CEST), "Danke, ist angekommen.", "other", fam=["no-action", "ack"], sender=1),
    R("K5821", at(25, "10:15", CEST), "Können wir künftig per Lastschrift zahlen? Dann vergessen wir es im Sommer nicht.", "other", human=["payment method question"], fam=["direct-debit"]),
]
