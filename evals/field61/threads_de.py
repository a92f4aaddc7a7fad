"""German replies (field61): a Munich dirndl-hire shop during the Wiesn (22 Sep - 7 Oct), an Oktoberfest tent rigger on
credit hold, a Mosel grape-picking contractor in the Weinlese, a Berlin stage builder for the Tag der Deutschen Einheit
(Wed 3 Oct) and a Styrian Sturm wine press (strategic, Austrian German). Numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field61.kit import AUTO, CEST, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK61-016", "E6121", "2029-10-09", "4000.00", "EUR", "TRACHTENVERLEIH ISARHERZ RE 61211 61212"),
    P("BK61-017", "E6124", "2029-09-28", "9650.00", "EUR", "SPREEBUEHNE VERANSTALTUNGSTECHNIK SB-BE-5520"),
    P("BK61-018", "E6123", "2029-10-12", "2480.00", "EUR", "THIELEN KLAUS WEINLESE"),
]

REPLIES = [
    # --- Trachtenverleih Isarherz (München)
    R("E6121", at(9, 17, "09:05", CEST), "Servus, ab Samstag ist Wiesn, da ist bei uns der Laden voll. Wir zahlen nach dem Oktoberfest, am Dienstag, 9.10.\nVG Veronika Huber", "promise_to_pay", date="2029-10-09", fam=["season", "weekday-date", "bavarian"]),
    R("E6121", at(9, 18, "13:30", CEST), "Könnten Sie uns die Rechnung 61212 nochmal schicken? Die ist bei uns irgendwo zwischen den Leihverträgen verschwunden.", "invoice_resend", inv=inv("61212"), fam=["resend"]),
    R("E6121", at(9, 22, "07:30", CEST), "Vielen Dank für Ihre E-Mail. Während des Oktoberfests (22.09. bis 07.10.2029) ist unser Büro nur eingeschränkt besetzt. Ab dem 08.10. sind wir wieder regulär erreichbar.", "out_of_office", headers=AUTO, sender=0, subject="Abwesenheitsnotiz: Zahlungserinnerung – Trachtenverleih Isarherz GmbH", human=["back after more than 14 days"], fam=["auto-reply", "oktoberfest", "dotted-date"], note="back on 8 October: 16 days"),
    R("E6121", at(10, 9, "11:15", CEST), "Heute überwiesen: 4.000,00 € für RE 61211 und 61212.", "already_paid", ref="RE 61211 61212", fam=["paid-with-ref", "matched"]),
    R("E6121", at(10, 2, "19:40", CEST), "Bei der RE 61211 sind 12 Dirndl-Schürzen berechnet, die nie geliefert wurden. Bitte korrigieren, den Rest zahlen wir wie besprochen.", "dispute", inv=inv("61211"), fam=["goods-dispute", "short-delivery"]),
    R("E6121", at(10, 11, "10:00", CEST), "Wir überweisen am Monatsende.", "promise_to_pay", date="2029-10-31", fam=["end-of-month", "terse"]),
    # --- Festzeltbau Oberland (credit hold)
    R("E6122", at(9, 17, "08:20", CEST), "Sehr geehrte Damen und Herren,\n\ndie Zahlung der Rechnung INV-2027-61221 erfolgt nach Abbau der Festzelte und Schlussabrechnung mit dem Festwirt, voraussichtlich Ende Oktober.\n\nMit freundlichen Grüßen\nMarkus Schwaiger\nKaufmännischer Leiter", "promise_to_pay", date="2029-10-31", human=["conditional"], fam=["condition", "end-of-month", "formal"]),
    R("E6122", at(9, 19, "16:45", CEST), "Wir bitten um Ratenzahlung: 3 Raten à 6.300 €, jeweils zum 15. (Oktober, November, Dezember).", "payment_plan_request", date="2029-10-15", amount="6300.00", fam=["plan", "three-instalments"]),
    R("E6122", at(9, 25, "12:00", CEST), "Herr Schwaiger ist bis 12.10. auf der Theresienwiese im Einsatz und liest keine Mails. Vertretung: rechnungswesen@festzeltbau-oberland.example", "out_of_office", headers=AUTO, subject="Abwesend", human=["back after more than 14 days"], fam=["auto-reply", "oktoberfest", "long-absence"], note="back on 13 October: 18 days"),
    R("E6122", at(10, 9, "09:10", CEST), "Die Zeltplanen für die Ochsenbraterei waren bei Lieferung beschädigt, wir haben sie selbst flicken lassen. Wir ziehen 2.400 € von der Rechnung ab.", "dispute", inv=inv("61221"), fam=["goods-dispute", "deduction"]),
    R("E6122", at(10, 15, "14:30", CEST), "Unsere neue Rechnungsanschrift ab 1. Oktober: Festzeltbau Oberland GmbH, Gewerbepark 7, 83646 Bad Tölz. Bitte Rechnung neu ausstellen.", "po_change", fam=["billing-address", "reissue"]),
    R("E6122", at(10, 16, "17:05", CEST), "Die 6.300 € (erste Rate) gehen übermorgen raus.", "promise_to_pay", date="2029-10-18", amount="6300.00", fam=["day-after-tomorrow", "instalment"]),
    # --- Weinlese-Service Mittelmosel
    R("E6123", at(9, 17, "06:50", CEST), "Morgen, die Lese hat angefangen, ich bin im Wingert. Überweisung kommt Ende der Woche.", "promise_to_pay", date="2029-09-21", fam=["end-of-week", "season"]),
    R("E6123", at(9, 24, "20:10", CEST), "Die 395 für die 61232 überweise ich morgen, die andere nach der Lese, wenn die Winzer uns bezahlt haben.", "promise_to_pay", date="2029-09-25", amount="395.00", inv=inv("61232", "61231"), human=["conditional"], fam=["tomorrow", "partial-amount", "condition"]),
    R("E6123", at(9, 28, "18:00", CEST), "Wir sind in der Weinlese. Das Büro ist bis einschließlich 19. Oktober nur sporadisch besetzt. In dringenden Fällen: 0171 5550192.", "out_of_office", headers=AUTO, sender=0, subject="Automatische Antwort: Weinlese", human=["back after more than 14 days"], fam=["auto-reply", "season", "long-absence"]),
    R("E6123", at(10, 12, "21:30", CEST), "Hab heute 2.480 überwiesen, privat vom Konto, Lese ist durch.", "already_paid", inv=inv("61231"), fam=["paid-no-ref", "matched-by-amount", "private-account"]),
    R("E6123", at(10, 1, "07:40", CEST), "Der Klaus ist nicht mehr bei uns, die GbR führt jetzt Jutta Thielen. Bitte an j.thielen@lese-mittelmosel.example schreiben.", "wrong_contact", sender=0, fam=["new-contact", "family-business"]),
    R("E6123", at(10, 4, "12:20", CEST), "Zahlung in KW 41.", "promise_to_pay", date="2029-10-12", fam=["calendar-week", "terse"]),
    R("E6123", at(9, 20, "05:10", CEST), "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nÜbermittlung an folgende Empfänger fehlgeschlagen:\n\n   k.thielen@lese-mittelmosel.example\n   Grund: 550 5.1.1 Postfach nicht vorhanden / mailbox unavailable", "bounce", lang="de", sender="MAILER-DAEMON@mx00.lese-mittelmosel.example", dsn=("k.thielen@lese-mittelmosel.example", "5.1.1"), subject="Unzustellbar: Zahlungserinnerung – Weinlese-Service Mittelmosel GbR", fam=["dsn-german-isp", "user-unknown"]),
    # --- Spreebühne Veranstaltungstechnik (Berlin)
    R("E6124", at(9, 17, "10:40", CEST), "Guten Tag,\n\ndie Rechnung INV-2027-61241 (Bestellung SB-BE-5520) ist freigegeben und wird mit dem Zahlungslauf am 28.09.2029 beglichen.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung\nSpreebühne Veranstaltungstechnik GmbH\nSitz: Berlin, HRB 188204 B, Geschäftsführer: T. Wendt", "promise_to_pay", date="2029-09-28", sender=0, html=True, fam=["formal-ap", "payment-run", "dotted-date", "outlook-html"]),
    R("E6124", at(9, 28, "15:20", CEST), "Zahlung ist heute raus, Verwendungszweck SB-BE-5520.", "already_paid", ref="SB-BE-5520", fam=["paid-with-ref", "matched"]),
    R("E6124", at(9, 19, "11:50", CEST), "Wir bauen gerade die Bühnen für die Einheitsfeier am Brandenburger Tor auf. Zahlung kommt nach dem 3. Oktober, genauer gesagt am Freitag danach.", "promise_to_pay", date="2029-10-05", fam=["holiday-relative", "weekday"]),
    R("E6124", at(9, 21, "09:30", CEST), "Bitte schicken Sie Rechnungen künftig ausschließlich als XRechnung über unser Portal (Leitweg-ID 11-0-88204-17). PDF per Mail wird ab 01.10. nicht mehr angenommen.", "po_change", inv=[], sender=0, fam=["xrechnung", "portal"]),
    R("E6124", at(10, 2, "16:10", CEST), "Morgen ist Feiertag und danach haben wir Abbau. Ich kümmere mich nächste Woche Mittwoch um die Zahlung.", "promise_to_pay", date="2029-10-10", fam=["next-week-weekday", "holiday"]),
    R("E6124", at(10, 5, "08:45", CEST), "Sie haben uns die Traversen-Miete doppelt berechnet, einmal in 61241 und einmal in der Gutschrift-Korrektur vom August. Bitte prüfen.", "dispute", inv=inv("61241"), fam=["duplicate-billing"]),
    R("E6124", at(10, 10, "10:00", CEST), "Danke, ist angekommen.", "other", fam=["acknowledgement", "no-action", "terse"], inv=[]),
    R("E6124", at(10, 14, "13:05", CEST), "Ist diese Erinnerung echt? Wir haben gestern eine Mail mit neuer IBAN bei einer litauischen Bank bekommen, angeblich von Ihnen. Bitte telefonisch bestätigen.", "other", human=["fraud check on bank details"], fam=["fraud-check", "bank-change"]),
    # --- Sturmpresse Südsteiermark (AT, strategic)
    R("E6125", at(9, 17, "08:10", CEST), "Grüß Gott, jetzt ist Sturmzeit, wir pressen Tag und Nacht. Die Zahlung geht nächste Woche raus.\nLG Florian Kainz", "promise_to_pay", date="2029-09-28", fam=["next-week", "austrian", "season"]),
    R("E6125", at(9, 26, "14:40", CEST), "Nächste Woche geht sich's doch nicht aus, wir zahlen Mitte Oktober.", "promise_to_pay", date="2029-10-15", fam=["moved-date", "mid-month", "austrian"]),
    R("E6125", at(10, 3, "09:20", CEST), "Könnten wir die 6.180 € in zwei Raten zahlen? Die Hälfte jetzt, die andere nach Martini.", "payment_plan_request", date="2029-10-03", fam=["plan", "half-now", "austrian"]),
    R("E6125", at(10, 8, "17:55", CEST), "Die Rechnung bitte auf unsere UID ATU71234508 ausstellen, die fehlt drauf und ohne die bekommen wir die Vorsteuer nicht.", "po_change", fam=["vat-number", "reissue", "austrian"]),
    R("E6125", at(10, 12, "07:30", CEST), "Ich bin von 12.10. bis einschließlich 21.10. auf Urlaub. In dringenden Fällen bitte office@sturmpresse.example.", "out_of_office", headers=AUTO, subject="Abwesenheit", fam=["auto-reply", "austrian", "within-14"]),
    R("E6125", at(10, 16, "10:25", CEST), "Zahlung übernächste Woche, versprochen.", "promise_to_pay", date="2029-11-02", fam=["week-after-next", "terse"]),
    # --- more of the same accounts
    R("E6121", at(10, 3, "10:35", CEST), "Heut ist Feiertag, aber morgen überweis ich die 740 für die kleine Rechnung.", "promise_to_pay", date="2029-10-04", amount="740.00", inv=inv("61212"), fam=["holiday", "tomorrow", "partial-amount"]),
    R("E6124", at(10, 8, "09:55", CEST), "Nach Rücksprache mit Frau Wendt: Zahlung am 15.10.29.", "promise_to_pay", date="2029-10-15", fam=["dotted-date", "short-year"], sender=0),
    R("E6122", at(9, 18, "04:40", CEST), "Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.\n\nEmpfänger: m.schwaiger@festzeltbau-oberland.example\nServerantwort: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281)\n\nDiese Nachricht wurde vom Microsoft Exchange-Server erzeugt.", "bounce", lang="de", sender="postmaster@festzeltbau-oberland.example", dsn=("m.schwaiger@festzeltbau-oberland.example", "5.4.1"), subject="Unzustellbar: Zahlungserinnerung – Festzeltbau Oberland GmbH", fam=["dsn-exchange-de", "access-denied"]),
    R("E6125", at(10, 5, "15:00", CEST), "Bis Allerheiligen ist alles bezahlt, Ehrenwort.", "promise_to_pay", date="2029-11-01", fam=["holiday-date", "austrian"]),
]
