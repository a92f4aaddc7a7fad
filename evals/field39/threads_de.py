"""German replies (field39): a Leipzig bakery (Saxon touches) and a Tyrolean municipality (strategic, Austrian German)."""

from evals.field.build import Payment, Reply
from evals.field39.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK39-012", "E3921", "2027-01-11", "485.00", "EUR", "BAECKEREI KUEHNE GMBH RE 93922"),
    P("BK39-013", "E3922", "2027-01-13", "6780.00", "EUR", "GEMEINDE MIEDERS GM-2026-118 RE 93923"),
]

REPLIES = [
    # --- Bäckerei Kühne (Leipzig)
    R("E3921", at(11, "06:10", CET), "Guten Morgen, die 485 € sind heute früh raus. Die andere Rechnung zahlen wir nächsten Freitag, nach dem Jahresabschluss mit dem Steuerbüro.\nGruß T. Kühne", "already_paid", inv=["93921", "93922"], sec=["promise_to_pay"], date="2027-01-22", fam=["paid-today", "next-weekday", "matched"], note="485 matches BK39-012"),
    R("E3921", at(11, "09:30", CET), "Nu, wir sin grade erst aus'm Weihnachtsgeschäft raus. Zahlung kommt Ende Januar, versprochen.", "promise_to_pay", date="2027-01-31", fam=["saxon", "end-of-month"]),
    R("E3921", at(11, "14:20", CET), "Hallo,\n\nbei der Rechnung 93921 stimmt was nicht: Sie haben uns 12 Sack Roggenmehl Type 1150 berechnet, geliefert wurden aber nur 8. Lieferschein liegt bei. Bitte um Gutschrift über die 4 Sack.\n\nMit freundlichen Grüßen\nThomas Kühne", "dispute", inv=["93921"], fam=["short-delivery", "bakery"]),
    R("E3921", at(12, "07:45", CET), "Wir überweisen in KW 3.", "promise_to_pay", date="2027-01-22", fam=["calendar-week", "terse"], sender=0),
    R("E3921", at(12, "11:10", CET), "Könnten Sie uns die Rechnung 93921 nochmal schicken? Unser Steuerberater findet sie nicht in DATEV.", "invoice_resend", inv=["93921"], fam=["resend", "datev"]),
    R("E3921", at(12, "16:35", CET), "Die Zahlung erfolgt am 20.01.", "promise_to_pay", date="2027-01-20", fam=["dotted-date", "terse"], sender=0),
    R("E3921", at(13, "08:05", CET), "Wir möchten die 2.340 € gern in drei Raten zahlen (je 780 €, jeweils zum 15. eines Monats ab Februar). Der Januar ist in der Bäckerei immer der schwächste Monat.", "payment_plan_request", date="2027-02-15", amount="780.00", inv=["93921"], fam=["instalments", "bakery-season"]),
    R("E3921", at(13, "10:50", CET), "Hallo, ich bin seit Januar nicht mehr in der Buchhaltung, bitte wenden Sie sich an Frau Lehmann (buchhaltung@baeckerei-kuehne.example).\nVG Jana Schulze", "wrong_contact", fam=["new-year-staff", "redirect"], sender="j.schulze@baeckerei-kuehne.example"),
    R("E3921", at(13, "15:25", CET), "Wir zahlen Mittwoch nächster Woche. Dienstag geht nicht, da ist die Hygienekontrolle vom Ordnungsamt.", "promise_to_pay", date="2027-01-20", fam=["next-week-weekday", "distractor-day"]),
    R("E3921", at(14, "07:20", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.01.2027 im Urlaub. In dringenden Fällen wenden Sie sich bitte an buchhaltung@baeckerei-kuehne.example.", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Bäckerei Kühne GmbH", fam=["auto-reply", "back-within-14"]),
    R("E3921", at(14, "09:40", CET), "Zahlung am Montag.", "promise_to_pay", date="2027-01-18", fam=["weekday", "terse"]),
    R("E3921", at(14, "13:15", CET), "Die 2.340 € überweisen wir innerhalb von 5 Werktagen. Die 485 € sind schon bezahlt, siehe Kontoauszug vom 11.01.", "already_paid", sec=["promise_to_pay"], date="2027-01-21", inv=["93921", "93922"], fam=["working-days", "paid-and-promise"], note="485 matches BK39-012"),
    R("E3921", at(11, "18:50", CET), "Guten Abend, ab sofort bitte alle Rechnungen an rechnung@baeckerei-kuehne.example, und bitte als XRechnung. Papier und normale PDFs können wir ab 2027 nicht mehr verarbeiten.", "po_change", inv=[], fam=["xrechnung", "invoice-mailbox"]),
    R("E3921", at(12, "13:45", CET), "Bezahlt.", "already_paid", human=["amount differs"], fam=["terse", "paid-no-ref"], note="only 485 on the bank line, both invoices reminded"),
    R("E3921", at(12, "19:20", CET), "Ich zahl das Anfang Februar, vorher geht's ni. Die Mehlpreise ham uns dies Jahr ganz schön zugesetzt.", "promise_to_pay", date="2027-02-01", fam=["saxon", "beginning-of-month"]),
    R("E3921", at(13, "17:15", CET), "Danke, Ihre Erinnerung ist da, hab sie dem Chef auf den Tisch gelegt.", "other", fam=["no-action", "forwarded"], sender=0),
    R("E3921", at(14, "11:25", CET), "Zahlung erfolgt am 28. Nee, Moment – am 28. ist Inventur, dann am 27.01.", "promise_to_pay", date="2027-01-27", fam=["self-correction", "dotted-date"]),
    R("E3921", at(11, "12:05", CET), "Warum steht auf der 93922 eine Mahngebühr von 15 €? Die Rechnung war erst am 17.12. fällig und wir hatten Betriebsferien. Die Gebühr zahlen wir nicht.", "dispute", inv=["93922"], fam=["dunning-fee"]),
    R("E3921", at(13, "12:30", CET), "Die Überweisung geht übermorgen raus.", "promise_to_pay", date="2027-01-15", fam=["day-after-tomorrow"]),
    R("E3921", at(14, "16:05", CET), "Gilt bei Zahlung bis Ende der Woche noch Skonto? Dann überweisen wir sofort.", "other", human=["discount question"], fam=["skonto-question"]),
    # --- Gemeinde Mieders (Tirol, strategic)
    R("E3922", at(11, "08:15", CET), "Grüß Gott,\n\nder Voranschlag 2027 wurde vom Gemeinderat noch nicht beschlossen. Die Sitzung ist am 21. Jänner, die Zahlung erfolgt dann in der Woche darauf, voraussichtlich am Mittwoch, 27. Jänner.\n\nMit freundlichen Grüßen\nAndrea Pittl\nAmtsleiterin\nGemeinde Mieders", "promise_to_pay", date="2027-01-27", fam=["budget-not-released", "meeting-distractor", "austrian"]),
    R("E3922", at(11, "10:40", CET), "Servus, Zahlung geht Ende Jänner raus. LG", "promise_to_pay", date="2027-01-31", fam=["austrian", "end-of-month", "terse"]),
    R("E3922", at(13, "15:05", CET), "Sehr geehrte Damen und Herren,\n\ndie Rechnung 93923 wurde am 13.01.2027 mit Verwendungszweck GM-2026-118 angewiesen.\n\nMfG\nGemeindeamt Mieders", "already_paid", ref="GM-2026-118", inv=["93923"], fam=["paid-with-ref", "dotted-date"], sender=0, note="matches BK39-013 by reference"),
    R("E3922", at(12, "09:20", CET), "Die Schneeräumgeräte-Ersatzteile laut Rechnung 93923 wurden nur teilweise geliefert, die Frässchnecke fehlt noch. Wir zahlen erst nach vollständiger Lieferung.", "dispute", inv=["93923"], fam=["partial-delivery", "municipality"]),
    R("E3922", at(12, "14:30", CET), "Bitte stellen Sie die Rechnung künftig an die Gemeinde Mieders, Dorf 12, 6142 Mieders aus, mit unserer UID ATU12345678 und der Auftragsnummer GM-2027-004. Die alte Auftragsnummer ist mit Jahreswechsel abgelaufen.", "po_change", inv=[], fam=["uid", "new-order-number", "austrian"]),
    R("E3922", at(12, "16:55", CET), "Zahlung am 3.2.", "promise_to_pay", date="2027-02-03", fam=["dotted-date-short", "terse"], sender=0),
    R("E3922", at(13, "08:50", CET), "Frau Pittl ist bis 8. Februar auf Kur und nicht erreichbar. Ich bin bis dahin zuständig – Stefan Haas, Gemeindeamt.", "out_of_office", human=["typed absence", "absence beyond 14 days"], fam=["typed-absence", "long-absence"], sender=0),
    R("E3922", at(13, "11:20", CET), "Die Rechnung ist bei uns nie angekommen. Bitte nochmals per Post und per Mail an gemeindeamt@gemeinde-mieders.example.", "invoice_resend", fam=["never-received"], sender=0),
    R("E3922", at(13, "14:05", CET), "Wir zahlen in der KW 4, am Dienstag.", "promise_to_pay", date="2027-01-26", fam=["calendar-week", "weekday"]),
    R("E3922", at(13, "16:40", CET), "Ich bin für die Buchhaltung nicht zuständig, ich bin im Bauamt. Bitte an gemeindeamt@gemeinde-mieders.example.", "wrong_contact", fam=["wrong-department"], sender="bauamt@gemeinde-mieders.example"),
    R("E3922", at(14, "08:25", CET), "Können wir die 6.780 € in zwei Teilen zahlen? 3.390 € nach dem Gemeinderatsbeschluss Ende Jänner und den Rest im März, wenn die Bedarfszuweisung vom Land kommt.", "payment_plan_request", date="2027-01-31", amount="3390.00", inv=["93923"], fam=["two-instalments", "grant", "austrian"]),
    R("E3922", at(14, "10:10", CET), "Zahlung erfolgt nach Eingang der Förderung vom Land Tirol.", "promise_to_pay", human=["conditional"], fam=["grant", "condition", "undated"]),
    R("E3922", at(14, "14:45", CET), "Wir überweisen in 14 Tagen.", "promise_to_pay", date="2027-01-28", fam=["fourteen-days"]),
    R("E3922", at(11, "11:55", CET), "Diese Nachricht wurde automatisch erstellt.\n\nDie Zustellung an folgende Empfänger ist fehlgeschlagen:\n\nbuergermeister@gemeinde-mieders.example\n\nDas Postfach des Empfängers ist nicht mehr vorhanden.\n\nDiagnoseinformationen: 550 5.1.1 RESOLVER.ADR.RecipNotFound", "bounce", sender="postmaster@gemeinde-mieders.example", dsn=("buergermeister@gemeinde-mieders.example", "5.1.1"), quote="none", subject="Unzustellbar: Zahlungserinnerung – Gemeinde Mieders", fam=["dsn", "german-dsn"]),
    R("E3922", at(12, "07:35", CET), "Die Zahlung wurde für nächste Woche Donnerstag freigegeben.", "promise_to_pay", date="2027-01-21", fam=["next-week-weekday", "released"]),
    R("E3922", at(13, "18:10", CET), "Bitte senden Sie uns Ihre Bankverbindung auf Briefpapier mit Unterschrift, das verlangt die Gemeindeaufsicht seit heuer für neue Lieferanten im Haushaltssystem.", "other", human=["supplier registration"], fam=["bank-letter", "municipality"]),
    R("E3922", at(14, "12:15", CET), "Mail Delivery System\n\nIhre Nachricht konnte nicht zugestellt werden an:\nkassa@gemeinde-mieders.example\nGrund: 552 5.2.2 Postfach voll", "bounce", sender="MAILER-DAEMON@gemeinde-mieders.example", dsn=("kassa@gemeinde-mieders.example", "5.2.2"), quote="none", subject="Unzustellbar", fam=["dsn", "german-dsn", "mailbox-full"]),
    R("E3922", at(12, "11:45", CET), "Grüß Gott, wir zahlen am Freitag, den 15.", "promise_to_pay", date="2027-01-15", fam=["weekday-date", "austrian"]),
]
