"""field33, German: a Berlin hotel, an Essen medical practice, a Bochum haulier (Berlin and Ruhr voices)."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field33.kit import AUTO, CET, at, pay

R = Reply
REPLIES: list[Reply] = [
    pay("L3321", at(23, "08:40", CET), "Moin, zahlen wir am Fr., 27.11. Jruß aus'm Wedding", "2026-11-27", ["abbreviated-weekday", "dotted-german", "terse", "hotel", "berlin", "odd-word"]),
    pay("L3321", at(23, "14:10", CET), "Guten Tag,\nbeide Rechnungen überweisen wir am Donnerstag, den 3. Dezember.\nMit freundlichen Grüßen\nKatrin Lindner", "2026-12-03", ["weekday-ordinal", "hotel", "berlin"]),
    pay("L3321", at(24, "10:30", CET), "Na klar zahlen wa. Übernächste Woche Mittwoch, det is versprochen.", "2026-12-09", ["relative-week-after-next", "hotel", "berlin", "odd-word"]),
    pay("L3321", at(24, "16:20", CET), "Wie schon am 12.11. geschrieben (\"zahlen wir nach der Messe\"): Die Messe ist vorbei, Zahlung am 30.11.", "2026-11-30", ["quotes-own-promise", "dotted-german", "distractor-past-date", "hotel"]),
    pay("L3321", at(25, "09:15", CET), "720 € gehen morgen raus, die 3.480 € in zwei Raten à 1.740 € am 4.12. und am 18.12.", "2026-11-26", ["instalments-by-amount", "hotel", "berlin"], amount="720.00", inv=["93322"], partial=False),
    pay("L3321", at(25, "15:45", CET), "Zahlung in KW 49, am Freitag.", "2026-12-04", ["calendar-week", "terse", "hotel"]),
    pay("L3322", at(23, "09:20", CET), "Sehr geehrte Damen und Herren,\ndie Rechnung INV-2026-93323 wird am 01.12.2026 angewiesen.\nMit freundlichen Grüßen\nPraxisverwaltung Dr. Wiesmann", "2026-12-01", ["dotted-german", "formal-ap", "medical", "ruhr"], sender=0),
    pay("L3322", at(23, "17:30", CET), "Unser Steuerberater kommt am Mittwoch, danach wird am Freitag überwiesen.", "2026-11-27", ["distractor-meeting", "medical", "ruhr"]),
    pay("L3322", at(24, "12:05", CET), "Zahlung erfolgt binnen 10 Arbeitstagen.", "2026-12-08", ["relative-working-days", "medical"]),
    pay("L3322", at(25, "08:10", CET), "Wir zahlen zum Monatsletzten, wie immer am letzten Bankarbeitstag.", "2026-11-30", ["end-of-month-business-day", "medical"]),
    pay("L3323", at(23, "07:30", CET), "Tach. Zahlung kommt am Mo. Glück auf!", "2026-11-30", ["abbreviated-weekday", "terse", "logistics", "ruhr", "odd-word"]),
    pay("L3323", at(23, "13:00", CET), "Hallo, auf Ihre beiden Erinnerungen: beide Rechnungen zahlen wir am 2.12. zusammen.", "2026-12-02", ["answers-two-reminders", "dotted-german", "logistics", "ruhr"]),
    pay("L3323", at(24, "11:40", CET), "Die Lieferung vom 19.10. ist in Ordnung. Zahlung erfolgt heute in zwei Wochen.", "2026-12-08", ["distractor-delivery-date", "relative-weeks", "logistics"]),
    pay("L3323", at(24, "17:10", CET), "Der ursprünglich genannte 27.11. verschiebt sich auf den 4.12., sorry.", "2026-12-04", ["distractor-moved-date", "dotted-german", "logistics"]),
    pay("L3323", at(25, "10:20", CET), "Zahlung am ersten Dezember. Das ist ein Dienstag, oder?", "2026-12-01", ["dates-in-words", "logistics", "ruhr"]),
    R("L3321", at(25, "18:30", CET), "Zahlen tun wa, wenn der Gruppenbucher von der Messe uns bezahlt hat.", "promise_to_pay", human=["conditional"], fam=["hidden-condition", "hotel", "berlin"]),
    R("L3323", at(25, "16:00", CET), "Wird bezahlt, sobald's wieder läuft. Is grad schwierig.", "promise_to_pay", human=["undated"], fam=["undated-promise", "logistics", "ruhr"]),
    R("L3321", at(23, "11:30", CET), "Die 720 € haben wir am 20.11. überwiesen, Verwendungszweck KANAL 93322.", "already_paid", ref="KANAL 93322", inv=["93322"], fam=["already-paid", "dotted-german", "hotel"]),
    R("L3323", at(24, "08:50", CET), "Ist längst bezahlt. Schauen Se mal genauer hin.", "already_paid", fam=["already-paid", "sarcasm", "logistics", "ruhr"]),
    R("L3321", at(24, "13:25", CET), "Die Rechnung 93321 enthält 12 Zimmerreinigungen zu viel. Das war so nicht vereinbart.", "dispute", inv=["93321"], fam=["dispute", "hotel"]),
    R("L3323", at(23, "16:40", CET), "Die Palettengebühr auf 93325 ist falsch, wir haben Tauschpaletten geliefert. Bitte korrigieren.", "dispute", inv=["93325"], fam=["dispute", "logistics", "ruhr"]),
    R("L3322", at(24, "15:30", CET), "Bitte senden Sie uns die Rechnung erneut als PDF, sie ist bei uns nicht angekommen.", "invoice_resend", fam=["invoice-resend", "medical"]),
    R("L3321", at(25, "11:50", CET), "Bitte Rechnung neu ausstellen – wir sind seit 1.11. eine gemeinnützige GmbH, ohne USt bitte.", "invoice_resend", fam=["invoice-resend", "tax-exempt-reissue", "hotel"]),
    R("L3323", at(23, "10:15", CET), "Die Bestellnummer SK-88455 ist storniert, bitte auf SK-88501 umschreiben.", "po_change", inv=["93325"], fam=["po-change", "logistics"]),
    R("L3322", at(24, "09:45", CET), "Bitte tragen Sie auf der Rechnung unsere Kostenstelle und Bestellnummer WP-2026-17 ein.", "po_change", fam=["po-change", "medical"]),
    R("L3321", at(24, "14:45", CET), "Auf der Rechnung 93321 steht die alte Bestellnummer. Neue: HAK-1120.", "po_change", inv=["93321"], fam=["po-change", "hotel"]),
    R("L3323", at(25, "13:15", CET), "Können wir das in drei Monatsraten abstottern? Diesel frisst uns auf.", "payment_plan_request", fam=["payment-plan", "logistics", "ruhr", "odd-word"]),
    R("L3322", at(25, "14:00", CET), "Wir bitten um Ratenzahlung in vier Raten à 1.405 €.", "payment_plan_request", fam=["payment-plan", "instalments-by-amount", "medical"]),
    R("L3321", at(23, "06:30", CET), "Ich bin bis einschließlich 27.11. nicht im Haus. In dringenden Fällen wenden Sie sich an die Rezeption.", "out_of_office", headers=AUTO, quote="none", fam=["out-of-office", "hotel"]),
    R("L3322", at(24, "06:45", CET), "Abwesenheitsnotiz: Die Praxis ist vom 23.11. bis 29.11. geschlossen. Vertretung: Praxis Dr. Ahlers.", "out_of_office", headers=AUTO, quote="none", fam=["out-of-office", "medical"]),
    R("L3321", at(23, "09:06", CET), "Unzustellbar: Die Adresse empfang@hotel-am-kanal.example existiert nicht.", "bounce", sender="postmaster@hotel-am-kanal.example", dsn=("empfang@hotel-am-kanal.example", "5.1.1"), quote="none", fam=["bounce", "hotel"]),
    R("L3322", at(24, "09:06", CET), "Diese Nachricht wurde automatisch erstellt. Die Zustellung an folgende Empfänger ist fehlgeschlagen: abrechnung@praxis-wiesmann.example", "bounce", sender="mailer-daemon@praxis-wiesmann.example", dsn=("abrechnung@praxis-wiesmann.example", "5.1.1"), quote="none", fam=["bounce", "medical"]),
    R("L3323", at(25, "09:07", CET), "Ihre Nachricht konnte nicht zugestellt werden. Postfach voll: dispo@spedition-kruse.example", "bounce", sender="postmaster@spedition-kruse.example", dsn=("dispo@spedition-kruse.example", "5.2.2"), quote="none", fam=["bounce", "logistics"]),
    R("L3323", at(24, "15:55", CET), "Ich bin Disponent, nicht Buchhaltung. Bitte an kreditoren@ schicken.", "wrong_contact", fam=["wrong-contact", "logistics", "ruhr"]),
    R("L3322", at(25, "12:30", CET), "Frau Dr. Wiesmann hat die Praxis an das MVZ Rüttenscheid übergeben. Wir sind nicht mehr zuständig.", "wrong_contact", fam=["wrong-contact", "acquisition", "medical"]),
    R("L3321", at(25, "17:05", CET), "Danke, ist angekommen.", "other", fam=["other", "no-action", "terse", "hotel"]),
    R("L3322", at(23, "15:50", CET), "Wir haben eine E-Mail mit angeblich neuer Bankverbindung von Ihnen erhalten. Ist die echt? Bitte rufen Sie uns an.", "other", human=["fraud alert"], fam=["other", "fraud-alert", "medical"]),
]
