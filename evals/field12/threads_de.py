"""German replies (field12): Brauerei, Tierarztpraxis, Glasrecycling, Imkerei, Kammerorchester — DE, AT, CH."""

from evals.field.build import Payment, Reply
from evals.field12.kit import CET, at

R = Reply
AUTO = {"Auto-Submitted": "auto-replied"}
PAYMENTS = [
    Payment("BK12-101", "S1221", "2026-11-23", "4370.00", "EUR", "RE 12211 SUDHANG BRAUEREI"),
    Payment("BK12-102", "S1223", "2026-11-24", "8120.00", "EUR", "GRN ZAHLLAUF 4711"),
    Payment("BK12-103", "S1224", "2026-11-25", "1313.20", "EUR", "HUBER FRANZ IMKEREI"),
]
REPLIES = [
    R("S1221", at(26, "09:20", CET), "Servus, wir überweisen am Fr.\nGruß Markus", "promise_to_pay", date="2026-11-27", sender=1, fam=["abbrev-weekday", "dotless"]),
    R("S1221", at(26, "14:10", CET), "Guten Tag, die Zahlung erfolgt am Di., 1.12.", "promise_to_pay", date="2026-12-01", fam=["abbrev-weekday", "dotted-date"]),
    R("S1222", at(26, "10:40", CET), "Hallo, wir zahlen übernächste Woche, spätestens Freitag.", "promise_to_pay", date="2026-12-11", sender=1, fam=["week-after-next"]),
    R("S1222", at(26, "16:05", CET), "Die Rechnung geht in KW 50 raus.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"]),
    R("S1223", at(26, "11:25", CET), "Sehr geehrte Damen und Herren,\nwir werden die Rechnung zum 4.12.26 begleichen.\nMit freundlichen Grüßen\nKreditorenbuchhaltung", "promise_to_pay", date="2026-12-04", fam=["dotted-date", "formal", "future-tense"]),
    R("S1223", at(26, "15:30", CET), "Wir zahlen im Zahllauf am letzten Arbeitstag des Monats.", "promise_to_pay", date="2026-11-30", sender=1, fam=["month-end-run"]),
    R("S1224", at(26, "08:50", CET), "Grüß Gott, ich zahl's am Montag, wenn der Honigmarkt vorbei ist.", "promise_to_pay", date="2026-11-30", sender=1, fam=["bare-weekday", "dialect", "reason-date"]),
    R("S1224", at(26, "18:30", CET), "Zahlung kommt innerhalb von 3 Werktagen.", "promise_to_pay", date="2026-12-01", fam=["working-days"]),
    R("S1221", at(27, "10:15", CET), "Ursprünglich war der 30.11. geplant, jetzt wird es der 7.12.", "promise_to_pay", date="2026-12-07", sender=1, fam=["moved-date", "dotted-date"]),
    R("S1222", at(27, "09:05", CET), "Wir zahlen am Ersten.", "promise_to_pay", date="2026-12-01", sender=1, fam=["ordinal-alone"]),
    R("S1223", at(27, "13:45", CET), "Die Geschäftsleitung tagt am 2.12., die Zahlung erfolgt danach, spätestens am 4.12.", "promise_to_pay", date="2026-12-04", sender=1, fam=["meeting-before-payment", "dotted-date"]),
    R("S1224", at(27, "11:00", CET), "Wir zahlen 500 € nächste Woche Mittwoch und den Rest im Jänner.", "promise_to_pay", date="2026-12-02", amount="500.00", fam=["partial", "next-week-weekday", "austrian"]),
    R("S1225", at(27, "10:30", CET), "Die Rate für Dezember überweisen wir am 15.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone", "flagged", "instalment"]),
    R("S1221", at(24, "12:00", CET), "Wir zahlen nächsten Freitag.", "promise_to_pay", date="2026-12-04", fam=["next-weekday"]),
    R("S1222", at(24, "09:30", CET), "Zahlung in 14 Tagen.", "promise_to_pay", date="2026-12-08", fam=["relative-span", "terse"]),
    R("S1223", at(24, "14:20", CET), "Sobald die Gutschrift für die Fehlmengen da ist, zahlen wir den Rest.", "promise_to_pay", human=["conditional"], fam=["condition-undated"]),
    R("S1224", at(24, "10:40", CET), "Wir zahlen bis Ende Quartal.", "promise_to_pay", date="2026-12-31", sender=1, fam=["quarter-end", "over-30"]),
    # past against future
    R("S1221", at(26, "12:30", CET), "Wir haben die 12211 am Montag überwiesen.", "already_paid", inv=["12211"], fam=["past-tense", "de"]),
    R("S1223", at(26, "13:20", CET), "Die Zahlung ist am Dienstag mit dem Zahllauf raus.", "already_paid", sender=1, fam=["past-tense", "ist-raus"]),
    R("S1224", at(26, "17:00", CET), "Hab am Mittwoch überwiesen, minus 2 % Skonto wie immer.", "already_paid", human=["amount differs"], sender=1, fam=["skonto", "past-tense"]),
    R("S1222", at(26, "11:50", CET), "Wir haben doch schon bezahlt! Bitte prüfen Sie Ihre Buchhaltung.", "already_paid", human=["no matching payment"], fam=["no-match", "annoyed"]),
    # people
    R("S1221", at(26, "15:40", CET), "Die Rechnung 12212 berechnet 20 Kisten Flaschen, geliefert wurden 14. Bitte korrigieren.", "dispute", inv=["12212"], sender=1, fam=["short-delivery"]),
    R("S1223", at(26, "10:05", CET), "Der Preis pro Tonne weicht vom Rahmenvertrag ab (85 € statt 92 €). Wir zahlen erst nach Korrektur.", "dispute", fam=["price-vs-contract"]),
    R("S1225", at(26, "09:45", CET), "Wir haben eine Ratenvereinbarung. Warum erhalten wir trotzdem Mahnungen?", "other", human=["on a plan, asks why reminders"], fam=["plan-reminder-question", "flagged"]),
    R("S1222", at(26, "14:50", CET), "Können wir den Betrag in drei Monatsraten ab 15.12. zahlen?", "payment_plan_request", date="2026-12-15", sender=1, fam=["plan", "dotted-date"]),
    R("S1224", at(26, "13:35", CET), "Könnten wir 60 Tage Aufschub bekommen? Die Saison war schlecht.", "payment_plan_request", sender=1, fam=["deferral"]),
    R("S1223", at(26, "12:40", CET), "Bitte stellen Sie die Rechnung neu aus mit unserer neuen Bestellnummer GRN-BE-55902.", "po_change", fam=["po-wrong"]),
    R("S1221", at(26, "11:15", CET), "Bitte ab sofort nur noch XRechnung an rechnungseingang@sudhang-brauerei.example.", "po_change", fam=["e-invoicing", "mailbox-change"]),
    R("S1222", at(26, "08:40", CET), "Die Rechnung liegt uns nicht vor. Bitte nochmal schicken.", "invoice_resend", fam=["never-received"]),
    R("S1224", at(26, "16:20", CET), "Könnten Sie mir bitte einen Kontoauszug schicken?", "invoice_resend", sender=1, fam=["statement"]),
    R("S1225", at(26, "15:05", CET), "Frau Meier ist nicht mehr bei uns. Bitte wenden Sie sich künftig an Herrn Keller, r.keller@ko-limmat.example.", "wrong_contact", sender=0, fam=["left", "flagged"]),
    R("S1223", at(26, "17:15", CET), "Ich bin im Einkauf, nicht in der Buchhaltung. Bitte an kreditoren@ schreiben.", "wrong_contact", sender=1, fam=["not-my-department"]),
    R("S1221", at(26, "17:45", CET), "Danke, ist weitergeleitet.", "other", fam=["no-action", "acknowledgement"]),
    R("S1222", at(26, "13:10", CET), "Ist diese Mahnung echt? Wir hatten letzte Woche eine gefälschte Rechnung mit Ihrem Logo.", "other", human=["fraud check"], fam=["fraud-check"]),
    R("S1223", at(26, "07:01", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro.", "out_of_office", sender=1, headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Glashütte Recycling Nord GmbH", fam=["ooo-short"]),
    R("S1224", at(26, "07:30", CET), "Ich bin bis 11. Jänner auf Urlaub. In dringenden Fällen: office@imkerei-huber.example", "out_of_office", sender=1, headers=AUTO, human=["absence more than 14 days"], fam=["ooo-long", "austrian"]),
    R("S1222", at(26, "09:06", CET), "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nDie Übermittlung an folgende Empfänger ist fehlgeschlagen:\n\n     s.brandt@tierarzt-kanal.example\n\n550 5.1.1 Benutzer unbekannt", "bounce", sender="postmaster@tierarzt-kanal.example", subject="Unzustellbar: Zahlungserinnerung – Tierarztpraxis am Kanal GbR", dsn=("s.brandt@tierarzt-kanal.example", "5.1.1"), fam=["dsn-de"]),
    R("S1225", at(26, "09:07", CET), "Ihre Nachricht konnte nicht zugestellt werden.\nEmpfänger: u.meier@ko-limmat.example\nGrund: Postfach voll (552 5.2.2)", "bounce", sender="mailer-daemon@ko-limmat.example", subject="Nicht zustellbar", dsn=("u.meier@ko-limmat.example", "5.2.2"), fam=["dsn-de", "mailbox-full", "flagged"]),
]
