"""German replies (de-DE, de-AT, de-CH senders) for field3, hand-written; never train or tune on these."""

from evals.field3.build import Payment as P
from evals.field3.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

PAYMENTS = [
    P("BK3-0101", "H331", "2026-11-16", "3155.00", "EUR", "RE 73311 73312 SCHREINEREI BRANDSTAETTER GMBH"),
    P("BK3-0102", "H335", "2026-11-20", "3210.00", "EUR", "PETERSEN FISCHHANDEL KG"),
    P("BK3-0103", "H334", "2026-11-19", "9372.50", "EUR", "ZPM-ZA-44120 ZUERCHER PRAEZISION"),
    P("BK3-0104", "H332", "2026-11-25", "21480.00", "EUR", "ZAHLUNGSAVIS 2026118830 KLINIKUM OBERLAUSITZ"),
    P("BK3-0105", "H336", "2026-11-03", "4975.00", "EUR", "DRUCKHAUS LENZ OHG RG 73361"),
]

REPLIES = [
    # ---- Zahlungszusagen
    R("H331", "2026-11-09T18:20:00+01:00", "Geht Do. raus.\nTB\n\nGesendet von iPhone", "promise_to_pay", date="2026-11-12",
      fam=["date:abbrev-weekday", "voice:mobile"], sender=1, quote="none"),
    R("H332", "2026-11-12T10:00:00+01:00", "Sehr geehrte Damen und Herren,\n\ndie Rechnung 73321 (Bestellnummer KOL-BE-2026-5521) ist sachlich und rechnerisch geprüft und wird mit dem Zahllauf in KW 50 beglichen.\n\nMit freundlichen Grüßen\nSabine Wendt\nKreditorenbuchhaltung\nKlinikum Oberlausitz gGmbH",
      "promise_to_pay", date="2026-12-11", inv=["73321"], fam=["date:calendar-week", "voice:formal-ap"], sender=1),
    R("H333", "2026-11-16T21:10:00+01:00", "Servus,\nbin grad im Stress mit der Wintersaison, ich zahl am 25. ein.\nLG Herbert", "promise_to_pay", date="2026-11-25",
      fam=["date:ordinal-alone", "voice:mobile"], sender=1),
    R("H334", "2026-11-18T08:40:00+01:00", "Grüezi\n\nDie Rechnungen 73341 und 73342 werden per 30.11.2026 überwiesen.\n\nFreundliche Grüsse\nBeat Keller\nCFO", "promise_to_pay",
      date="2026-11-30", inv=["73341", "73342"], fam=["date:numeric-de"], sender=1),
    R("H335", "2026-11-20T07:15:00+01:00", "Moin,\n\nwir überweisen Anfang nächster Woche.\n\nGruß\nInge Petersen", "promise_to_pay", date="2026-11-23",
      fam=["date:early-next-week"], sender=1),
    R("H331", "2026-11-24T11:00:00+01:00", "Hallo,\nwar eigentlich für den 27. eingeplant, wird jetzt aber der 4.12., weil unser Steuerberater die Zahlungen erst dann freigibt.\nBüro Brandstätter",
      "promise_to_pay", date="2026-12-04", fam=["date:moved", "date:numeric-de"], sender=0),
    R("H332", "2026-11-05T09:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nIhre Rechnung wird innerhalb von 5 Werktagen nach Freigabe durch die Fachabteilung angewiesen.\n\nMit freundlichen Grüßen\nRechnungsprüfung",
      "promise_to_pay", human=["conditional"], fam=["date:event-undated", "voice:formal-ap"], sender=0),
    R("H334", "2026-11-06T14:00:00+01:00", "Guten Tag\n\nWir zahlen Rechnung 73341 Ende nächsten Monats.\n\nKreditorenbuchhaltung", "promise_to_pay", date="2026-12-31", inv=["73341"],
      fam=["date:end-of-next-month"], sender=0),
    R("H335", "2026-11-11T10:30:00+01:00", "Guten Tag,\nübernächste Woche ist der Betrag bei Ihnen.\nMfG Buchhaltung Petersen", "promise_to_pay", date="2026-11-27",
      fam=["date:week-after-next"], sender=0),
    R("H333", "2026-11-27T23:30:00+01:00", "Hallo, überweise morgen früh. Grüße aus dem Bregenzerwald", "promise_to_pay", date="2026-11-28",
      fam=["date:tomorrow", "voice:mobile"], sender=0, quote="none"),
    R("H331", "2026-11-13T16:00:00+01:00", "Hallo,\nich kann diese Woche nicht alles zahlen. 1.000 € überweise ich am Montag, den Rest Mitte Dezember.\nT. Brandstätter", "promise_to_pay",
      date="2026-11-16", amount="1000.00", fam=["partial", "date:weekday"], sender=1),
    R("H336", "2026-11-19T12:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nwir haben mit Ihrem Rechtsanwalt eine Zahlung bis zum 15.12.2026 vereinbart und werden diese einhalten.\n\nMarkus Lenz",
      "promise_to_pay", date="2026-12-15", fam=["date:numeric-de", "legal"], sender=1),
    R("H334", "2026-11-26T17:00:00+01:00", "Grüezi\n\nDie Zahlung erfolgt mit unserem Monatsendlauf, der jeweils am letzten Arbeitstag des Monats freigegeben wird.\n\nBeat Keller", "promise_to_pay",
      date="2026-11-30", fam=["date:month-end-run"], sender=1),
    R("H335", "2026-11-03T09:00:00+01:00", "Moin, Zahlung erfolgt nächsten Freitag. Gruß Inge", "promise_to_pay", date="2026-11-13", fam=["date:next-weekday"], sender=1, quote="none"),
    R("H332", "2026-11-23T10:00:00+01:00", "Guten Tag,\n\nsofern Sie uns bis Mittwoch eine Kopie des unterschriebenen Lieferscheins senden, zahlen wir am Freitag.\n\nSabine Wendt", "promise_to_pay",
      date="2026-11-27", human=["conditional"], fam=["date:condition"], sender=1),
    R("H333", "2026-11-04T20:00:00+01:00", "Zahl ich in 14 Tagen, passt?\nHerbert", "promise_to_pay", date="2026-11-18", fam=["date:in-two-weeks", "voice:terse"], sender=1, quote="none"),
    R("H331", "2026-11-02T08:00:00+01:00", "Guten Morgen,\n\nwir zahlen am Mittwoch, den 11.11.\n\nSchreinerei Brandstätter", "promise_to_pay", date="2026-11-11",
      fam=["date:weekday-date", "date:numeric-de"], sender=0),
    # ---- bereits bezahlt
    R("H331", "2026-11-17T09:00:00+01:00", "Guten Tag,\nhabe gestern 3.155,00 € überwiesen, Verwendungszweck RE 73311 73312.\nGruß T. Brandstätter", "already_paid", ref="RE 73311 73312",
      inv=["73311", "73312"], note="matches BK3-0101 by reference", fam=["paid:reference"], sender=1),
    R("H335", "2026-11-25T08:30:00+01:00", "Bereits am 20.11. bezahlt.", "already_paid", note="matches BK3-0102 by amount and date", fam=["paid:bare", "voice:terse"], sender=0),
    R("H334", "2026-11-24T10:00:00+01:00", "Guten Tag\n\nDie Zahlung über EUR 9'390.00 wurde am 19.11. ausgeführt (Referenz ZPM-ZA-44120).\n\nFreundliche Grüsse\nKreditoren", "already_paid",
      ref="ZPM-ZA-44120", human=["amount differs from the open balance"], note="BK3-0103 by reference, 17.50 short (charges)", fam=["paid:short"], sender=0),
    R("H333", "2026-11-21T12:00:00+01:00", "Hab ich doch schon bezahlt!! Am 12. Schaut's halt nach.", "already_paid", human=["no matching payment"],
      fam=["paid:bare", "voice:annoyed"], sender=1, quote="none"),
    R("H332", "2026-11-26T11:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie das Zahlungsavis. Die Rechnung 73321 wurde am 25.11.2026 beglichen.\n\nMit freundlichen Grüßen\nRechnungsprüfung", "already_paid",
      ref="2026-118830", inv=["73321"], attachments=[("Zahlungsavis_2026-118830.pdf", "application/pdf", "Zahlungsavis Nr. 2026-118830\nKlinikum Oberlausitz gGmbH\nZahlungsdatum: 25.11.2026\nRe-Nr. INV-2026-73321   21.480,00 EUR\nSumme 21.480,00 EUR")],
      note="BK3-0104 matches by amount and date", fam=["paid:remittance-attachment"], sender=0),
    R("H336", "2026-11-09T09:00:00+01:00", "Wir haben am 3.11. gezahlt.\nDruckhaus Lenz", "already_paid", note="matches BK3-0105", fam=["paid:bare"], sender=0),
    # ---- Reklamationen
    R("H331", "2026-11-10T14:00:00+01:00", "Guten Tag,\n\ndie Rechnung 73312 enthält 8 Stunden Montage, Ihre Monteure waren laut Stundenzettel aber nur 5 Stunden vor Ort. Bitte korrigieren Sie die Rechnung.\n\nBüro Brandstätter",
      "dispute", inv=["73312"], fam=["dispute:hours"], sender=0),
    R("H335", "2026-11-06T10:00:00+01:00", "Moin,\n\ndie Kühlware kam angetaut bei uns an, das haben wir dem Fahrer direkt auf dem Lieferschein vermerkt. Solange keine Gutschrift da ist, zahlen wir nicht.\n\nInge Petersen",
      "dispute", fam=["dispute:damaged", "dispute:credit-note"], sender=1),
    R("H334", "2026-11-12T09:30:00+01:00", "Guten Tag\n\nAuf Rechnung 73342 ist deutsche MwSt. ausgewiesen, die Lieferung ging aber in die Schweiz (Ausfuhr). Bitte stellen Sie die Rechnung ohne MwSt. neu aus.\n\nBeat Keller",
      "dispute", inv=["73342"], fam=["dispute:vat"], sender=1),
    R("H336", "2026-11-16T15:00:00+01:00", "Sehr geehrte Damen und Herren,\n\ndie Forderung wird in voller Höhe bestritten. Wir verweisen auf das Schreiben unseres Rechtsanwalts vom 2.10.2026 und bitten, weitere Mahnungen zu unterlassen.\n\nDruckhaus Lenz OHG",
      "dispute", fam=["dispute:legal-threat", "legal"], sender=0),
    # ---- Rechnungskopie / Kontoauszug
    R("H333", "2026-11-08T19:00:00+01:00", "Könnt ihr mir die Rechnung nochmal schicken? Find sie nicht mehr.\nHerbert", "invoice_resend", fam=["resend:copies", "voice:mobile"], sender=1, quote="none"),
    R("H332", "2026-11-19T08:45:00+01:00", "Sehr geehrte Damen und Herren,\n\nbitte übersenden Sie uns eine aktuelle Offene-Posten-Liste zu unserem Kundenkonto.\n\nMit freundlichen Grüßen\nRechnungsprüfung",
      "invoice_resend", fam=["resend:statement", "voice:formal-ap"], sender=0),
    # ---- Bestellnummer / Rechnungsweg
    R("H332", "2026-11-17T13:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nRechnungen an das Klinikum sind ab sofort ausschließlich als XRechnung unter Angabe unserer Leitweg-ID 14-3-0200-KOL-47 einzureichen. Bitte stellen Sie 73321 entsprechend neu aus.\n\nSabine Wendt",
      "po_change", inv=["73321"], fam=["po:e-invoicing"], sender=1),
    R("H334", "2026-11-20T11:15:00+01:00", "Guten Tag\n\nBitte auf Rechnung 73341 unsere Bestellnummer ZPM-BEST-9934 angeben, nicht 9910. So bleibt sie in der Freigabe hängen.\n\nKreditoren",
      "po_change", inv=["73341"], fam=["po:wrong"], sender=0),
    # ---- Ratenzahlung
    R("H333", "2026-11-23T20:30:00+01:00", "Könnten wir das in drei Raten machen? Erste Rate 500 € am 1. Dezember.\nHerbert Moosbrugger", "payment_plan_request", date="2026-12-01", amount="500.00",
      fam=["plan:amounts"], sender=1),
    R("H335", "2026-11-26T09:00:00+01:00", "Guten Tag,\nkönnen wir die Zahlung auf Januar und Februar verteilen? Der Herbst war schwach.\nInge Petersen", "payment_plan_request",
      fam=["plan:two-parts"], sender=1),
    # ---- Abwesenheit
    R("H331", "2026-11-13T09:06:00+01:00", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\nThomas Brandstätter",
      "out_of_office", subject="Automatische Antwort: Zahlungserinnerung – Schreinerei Brandstätter GmbH", headers=AUTO, fam=["ooo:short", "date:numeric-de"], sender=1, quote="none"),
    R("H334", "2026-11-24T09:06:00+01:00", "Guten Tag\n\nIch bin bis am 14. Dezember abwesend. In dringenden Fällen wenden Sie sich bitte an kreditoren@zuercher-praezision.example.\n\nBeat Keller",
      "out_of_office", human=["absence longer than 14 days"], subject="Abwesenheitsnotiz: Zahlungserinnerung – Zürcher Präzisionsmechanik AG", headers=AUTO,
      fam=["ooo:long"], sender=1, quote="none"),
    # ---- Unzustellbar
    R("H335", "2026-11-18T09:05:37+01:00", "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\ni.petersen@petersen-fisch.example\nDie eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut.\n\nDiagnoseinformationen für Administratoren:\nRemoteserver hat '550 5.1.1 User unknown' zurückgegeben",
      "bounce", sender="postmaster@petersen-fisch.example", subject="Unzustellbar: Zahlungserinnerung – Nordsee Fischhandel Petersen KG",
      dsn=("i.petersen@petersen-fisch.example", "5.1.1"), fam=["bounce:exchange"], gap_days=0),
    R("H333", "2026-11-10T09:05:49+01:00", "Dies ist eine automatisch erstellte Nachricht des Mailservers mail.gasthof-moosbrugger.example.\n\nIhre Nachricht an h.moosbrugger@gasthof-moosbrugger.example konnte nicht zugestellt werden.\nGrund: Das Postfach des Empfängers ist voll (552 5.2.2 quota exceeded).\n\nEs wurden keine weiteren Zustellversuche unternommen.",
      "bounce", sender="MAILER-DAEMON@mail.gasthof-moosbrugger.example", subject="Unzustellbare Nachricht", dsn=("h.moosbrugger@gasthof-moosbrugger.example", "5.2.2"),
      fam=["bounce:mailbox-full"], gap_days=0),
    # ---- falscher Ansprechpartner
    R("H331", "2026-11-19T10:00:00+01:00", "Guten Tag,\n\nHerr Brandstätter kümmert sich nicht mehr um die Buchhaltung. Bitte wenden Sie sich künftig an unsere Steuerkanzlei: kanzlei@steuer-hofer.example.\n\nBüro",
      "wrong_contact", fam=["wrong:not-responsible"], sender=0),
    R("H335", "2026-11-14T11:00:00+01:00", "Frau Petersen ist im Ruhestand. Ansprechpartner ist jetzt ihr Sohn, jan.petersen@petersen-fisch.example.\n\nBuchhaltung", "wrong_contact",
      fam=["wrong:left-company"], sender=0),
    # ---- Sonstiges
    R("H336", "2026-11-25T10:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nwir teilen mit, dass für die Druckhaus Lenz OHG beim Amtsgericht Würzburg ein Antrag auf Insolvenz in Eigenverwaltung gestellt wurde (Az. 3 IN 412/26). Forderungen richten Sie bitte an den vorläufigen Sachwalter.\n\nDruckhaus Lenz OHG",
      "other", human=["insolvency notice"], fam=["other:insolvency"], sender=0),
    R("H332", "2026-11-09T14:00:00+01:00", "Vielen Dank, wir haben Ihre Nachricht an die zuständige Stelle weitergeleitet.\n\nRechnungsprüfung", "other", fam=["no-action"], sender=0),
    R("H331", "2026-11-26T18:00:00+01:00", "Ist diese Mahnung echt? Die IBAN in Ihrer Mail ist eine andere als auf der Rechnung. Bitte bestätigen Sie uns das kurz telefonisch.\nBrandstätter",
      "other", human=["fraud check"], fam=["other:fraud-check"], sender=1),
]
