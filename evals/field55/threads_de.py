"""field55 German replies (DE/AT/CH): Pfingsten, Fronleichnam and its Brückentag, the Halbjahresabschluss."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field55.kit import AUTO, CEST, at

P, PAID, DISPUTE, RESEND, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, BOUNCE, WRONG, OTHER = "out_of_office", "bounce", "wrong_contact", "other"

PAYMENTS: list[Payment] = [
    Payment("BK55-0021", "F5521", "2028-06-16", "6100.00", "EUR", "TRACHTENSCHNEIDEREI LECHNER GMBH RE 55022 55023"),
    Payment("BK55-0022", "F5523", "2028-06-13", "2630.00", "EUR", "RAUCH KG INV-2027-55025"),
    Payment("BK55-0023", "F5522", "2028-06-20", "6175.00", "EUR", "SENNEREI HOCHALM TUX SH-2028-031"),
]

REPLIES: list[Reply] = [
    Reply("F5521", at(1, "08:30", CEST), "Guten Morgen,\n\ndie Zahlung erfolgt am Dienstag nach Pfingsten.\n\nGruß\nV. Lechner", P,
          date="2028-06-06", fam=["holiday-date"]),
    Reply("F5521", at(13, "16:10", CEST), "Donnerstag ist Fronleichnam, Freitag Brückentag – die Überweisung geht am Montag raus.", P,
          date="2028-06-19", fam=["corpus-christi", "weekday"]),
    Reply("F5523", at(7, "11:20", CEST), "Servus, wir zahlen nach Fronleichnam, also am 16.", P,
          date="2028-06-16", fam=["corpus-christi", "day-alone"]),
    Reply("F5522", at(6, "09:45", CEST), "Sehr geehrte Damen und Herren,\n\ndie Zahlung wird mit dem Halbjahresabschluss freigegeben, spätestens am 30.06.\n\nMit freundlichen Grüßen\nRechnungswesen Sennerei Hochalm", P,
          date="2028-06-30", fam=["half-year", "numeric-dm"]),
    Reply("F5521", at(20, "14:00", CEST), "Zahlung binnen 5 Werktagen.", P,
          date="2028-06-27", fam=["working-days", "terse"]),
    Reply("F5523", at(2, "10:05", CEST), "Wir überweisen in KW 25.", P,
          date="2028-06-23", fam=["iso-week"]),
    Reply("F5524", at(8, "15:30", CEST), "Grüezi\n\nWir überweisen nach der Revision, voraussichtlich Ende Juni. Die Revisoren sind bis zum 23. im Haus.\n\nFreundliche Grüsse\nKreditoren", P,
          date="2028-06-30", human=["conditional"], fam=["condition-hidden", "end-of-month"]),
    Reply("F5522", at(19, "08:15", CEST), "Grüß Gott, übernächste Woche kommt das Geld, versprochen. Josef", P,
          date="2028-07-07", fam=["week-after-next"]),
    Reply("F5521", at(27, "17:40", CEST), "Den 30. schaffen wir nicht, da ist Halbjahresabschluss und das Konto gesperrt. Zahlung am 5.7.", P,
          date="2028-07-05", fam=["date-rejected", "numeric-dm"]),
    Reply("F5523", at(22, "19:50", CEST), "Geht morgen raus. T. Rauch\n\nVon meinem iPhone gesendet", P,
          date="2028-06-23", fam=["terse", "mobile"]),
    Reply("F5524", at(14, "10:00", CEST), "Wir zahlen CHF 5'000.– am Freitag, den Rest Ende Juli.", P,
          date="2028-06-16", amount="5000.00", fam=["partial", "swiss-number"]),
    Reply("F5522", at(9, "13:30", CEST), "Die Überweisung erfolgt Anfang nächster Woche.", P,
          date="2028-06-12", fam=["early-next-week"]),
    Reply("F5521", at(15, "12:00", CEST), "Hallo, wir zahlen, sobald die Fördermittel für die Trachtenwerkstatt eingegangen sind. Das kann aber dauern.", P,
          human=["conditional"], fam=["condition-hidden", "holiday-written"], note="written on Corpus Christi; payment hangs on undated grant money"),
    Reply("F5523", at(28, "09:10", CEST), "Zahlung Mitte Juli, vorher geht's nicht.", P,
          date="2028-07-15", fam=["mid-month"]),
    Reply("F5522", at(26, "11:00", CEST), "Sehr geehrte Damen und Herren,\n\nim Auftrag unserer Mandantin, der Sennerei Hochalm Tux eGen, teilen wir mit, dass die offene Rechnung innerhalb von 10 Tagen beglichen wird.\n\nMit freundlichen Grüßen\nSteuerberatung Kofler & Partner, Schwaz", P,
          date="2028-07-06", sender="kanzlei@kofler-stb.example", fam=["accountant", "relative-days"]),
    # already paid
    Reply("F5521", at(16, "15:20", CEST), "Erledigt.", PAID, fam=["terse", "paid-today"], note="matches BK55-0021 (6,100.00 on 16 June)"),
    Reply("F5523", at(13, "12:30", CEST), "Überweisung heute ausgeführt, Rechnung INV-2027-55025. Die kleine kommt später.", PAID,
          inv=["INV-2027-55025"], fam=["paid-today", "ausgefuehrt"], note="matches BK55-0022 (2,630.00, the named invoice)"),
    Reply("F5522", at(21, "08:50", CEST), "Anbei die Bestätigung:\n\nAuftrag ausgeführt\nEmpfänger: Northwind Supplies GmbH\nBetrag: 6.175,00 EUR\nVerwendungszweck: SH-2028-031\nAusführungstag: 20.06.2028", PAID,
          ref="SH-2028-031", fam=["pasted-confirmation"], note="matches BK55-0023 by reference"),
    Reply("F5524", at(23, "16:45", CEST), "Ist das nicht schon gestern rausgegangen? Bitte prüfen.", PAID,
          human=["no matching payment in world.json"], fam=["paid-question"]),
    # disputes
    Reply("F5521", at(8, "10:40", CEST), "Auf INV-2027-55023 stehen 12 Dirndlstoffe, geliefert wurden 8. Bitte korrigieren, vorher zahlen wir nicht.", DISPUTE,
          inv=["INV-2027-55023"], fam=["quantity"]),
    Reply("F5523", at(26, "13:15", CEST), "Eine Frechheit. Die Mahngebühr auf der Rechnung ist nicht vereinbart, und die Rechnung haben wir doppelt bekommen.", DISPUTE,
          fam=["impolite", "fee", "duplicate"]),
    Reply("F5524", at(5, "09:00", CEST), "Sehr geehrte Damen und Herren\n\nWir erheben hiermit Mängelrüge: die gelieferten Mundstücke entsprechen nicht der vereinbarten Bohrung. Wir bitten um Gutschrift über INV-2027-55027 bzw. Ersatzlieferung.\n\nFreundliche Grüsse", DISPUTE,
          inv=["INV-2027-55027"], fam=["polite", "goods", "whit-monday-written"]),
    # resend
    Reply("F5521", at(5, "20:00", CEST), "Bitte schicken Sie beide Rechnungen noch einmal als ZUGFeRD-PDF, unser Steuerbüro braucht die eingebetteten Daten.", RESEND,
          fam=["format-request"]),
    Reply("F5522", at(29, "10:30", CEST), "Für die Halbjahresprüfung bitten wir um eine Saldenbestätigung bzw. einen Kontoauszug per 30.06.2028.", RESEND,
          inv=[], fam=["statement", "half-year"]),
    Reply("F5523", at(12, "08:20", CEST), "Die Rechnung über 480 Euro haben wir nie bekommen. Bitte nochmal senden.", RESEND,
          inv=["INV-2027-55026"], fam=["never-received"], note="the invoice named by its amount"),
    # PO / billing
    Reply("F5521", at(22, "11:30", CEST), "Bitte ergänzen Sie auf INV-2027-55022 unsere Bestellnummer 4711-TR. Ohne Bestellnummer kann die Rechnung nicht gebucht werden.", PO,
          inv=["INV-2027-55022"], fam=["po-add"]),
    Reply("F5522", at(1, "14:00", CEST), "Ab 1. Juli lautet unsere Rechnungsanschrift: Sennerei Hochalm Tux eGen, Lanersbach 412, 6293 Tux. Bitte offene Rechnungen neu ausstellen.", PO,
          fam=["address"]),
    # plans
    Reply("F5523", at(19, "09:30", CEST), "Können wir in drei Raten zahlen? Erste Rate am 30.6., dann Ende Juli und Ende August.", PLAN,
          date="2028-06-30", fam=["plan-dated", "numeric-dm"]),
    Reply("F5524", at(20, "15:00", CEST), "Wir ersuchen um Ratenzahlung: 3 x CHF 5'100, erstmals am 31. Juli.", PLAN,
          date="2028-07-31", amount="5100.00", fam=["plan-dated", "swiss-number"]),
    Reply("F5521", at(28, "12:10", CEST), "Wäre eine Stundung bis September möglich? Die Wiesn-Aufträge werden erst dann bezahlt.", PLAN,
          fam=["plan-undated", "deferral"]),
    # out of office
    Reply("F5521", at(14, "17:00", CEST), "Unser Büro ist an Fronleichnam und am Brückentag geschlossen. Ab Montag, 19.06., sind wir wieder für Sie da.", OOO,
          headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Trachtenschneiderei Lechner GmbH", fam=["ooo-holiday", "corpus-christi"]),
    Reply("F5522", at(23, "08:00", CEST), "Ich bin bis einschließlich 24. Juli auf der Alm und nicht erreichbar.", OOO,
          headers=AUTO, sender=1, human=["return more than 14 days after the message"], fam=["ooo-long"]),
    Reply("F5523", at(9, "07:00", CEST), "Abwesenheitsnotiz: Bin bis 12.6. nicht im Büro. Ihre Rechnung wird am 16.6. bezahlt, das ist schon eingeplant.", OOO,
          sec=[P], date="2028-06-16", headers=AUTO, sender=1, fam=["ooo-with-answer", "numeric-dm"]),
    # bounces
    Reply("F5521", at(3, "09:06", CEST), "Unzustellbar: Zahlungserinnerung\n\nDie Nachricht konnte an folgende Empfänger nicht zugestellt werden:\nv.lechner@tracht-lechner.example – Empfänger unbekannt.", BOUNCE,
          sender="postmaster@tracht-lechner.example", dsn=("v.lechner@tracht-lechner.example", "5.1.1"), fam=["dsn-exchange-de"]),
    Reply("F5524", at(12, "09:07", CEST), "Die Nachricht konnte nicht zugestellt werden. Grund: Das Postfach des Empfängers ist voll.", BOUNCE,
          sender="mailer-daemon@alphorn-zurbriggen.example", dsn=("kreditoren@alphorn-zurbriggen.example", "5.2.2"), fam=["dsn-de"]),
    # wrong contact
    Reply("F5523", at(20, "10:00", CEST), "Herr Rauch senior ist nicht mehr im Betrieb. Rechnungen bitte nur noch an buero@schindel-rauch.example.", WRONG,
          sender=1, inv=[], fam=["retired"]),
    Reply("F5522", at(13, "06:30", CEST), "I bin da Senner, ned de Buchhaltung. Schreibt's an rechnungswesen@.", WRONG,
          sender="alm@sennerei-hochalm.example", inv=[], fam=["dialect", "not-me"]),
    # other
    Reply("F5521", at(26, "09:00", CEST), "Danke, hab ich an unsere Lohnbuchhalterin weitergegeben.", OTHER, fam=["no-action", "ack"]),
    Reply("F5524", at(27, "11:20", CEST), "Ist diese Mahnung echt? Die IBAN auf dem PDF weicht von der in unserem Lieferantenstamm ab.", OTHER,
          human=["fraud check"], fam=["fraud-check"]),
]
