"""German replies: a Swabian Mittelstand controller, a Tyrolean hotel group on credit hold, a Frankfurt dental MVZ (8–12 March 2027)."""

from __future__ import annotations

from evals.field43.build import Payment, Reply
from evals.field43.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK43-021", "A4321", "2027-03-05", "1140.00", "EUR", "KESSLER PRAEZISIONSTEILE KP-4500-802 94322"),
    Payment("BK43-022", "A4323", "2027-03-05", "4590.00", "EUR", "DENTALZENTREN RHEIN-MAIN MVZ GMBH"),
    Payment("BK43-023", "A4322", "2027-03-01", "5000.00", "EUR", "HOTELGRUPPE ALPENROSE AKONTO"),
]

_SIG = ("\n\nMit freundlichen Grüßen\n\nHolger Vogt\nLeiter Controlling\n\nKessler Präzisionsteile GmbH\nIndustriestraße 14, 72770 "
        "Reutlingen\nSitz: Reutlingen, Amtsgericht Stuttgart HRB 351122\nGeschäftsführer: Dr. Eberhard Kessler, Martin Kessler")

REPLIES = [
    Reply("A4321", at(8, "10:14", CET), "Guten Tag,\n\nbeide Rechnungen sind für unseren Zahllauf am Donnerstag freigegeben." + _SIG,
          "promise_to_pay", "2027-03-11", fam=["bare-weekday", "payment-run", "mittelstand", "long-signature"]),
    Reply("A4321", at(9, "11:02", CET), "Sehr geehrte Damen und Herren,\n\ndie Rechnung 94321 (Bestellung KP-4500-771) wird mit Valuta "
          "19.03.2027 überwiesen. Die 94322 ist bei uns noch nicht wareneingangsgebucht, dazu melden wir uns gesondert.\n\n"
          "Mit freundlichen Grüßen\nKreditorenbuchhaltung", "promise_to_pay", "2027-03-19", human=["undated remainder"], sender=0,
          fam=["value-date", "dotted-numeric", "one-of-two"]),
    Reply("A4321", at(10, "14:30", CET), "Zahlung erfolgt KW 11, voraussichtlich Mittwoch.\n\nH. Vogt", "promise_to_pay", "2027-03-17",
          fam=["calendar-week", "weekday-in-week", "terse"]),
    Reply("A4321", at(11, "09:12", CET), "Korrektur zu meiner Mail von gestern: nicht Mittwoch, sondern erst Freitag, 19.03., weil die "
          "Geschäftsleitung die Zahlungsliste erst am Donnerstag abzeichnet." + _SIG, "promise_to_pay", "2027-03-19",
          fam=["moved-date", "not-x-but-y", "meeting-before-payment"]),
    Reply("A4321", at(12, "08:40", CET), "Guten Morgen,\n\ndie Zahlung erfolgt per Ende März im Rahmen unseres Quartalsabschlusses.\n\n"
          "Kreditorenbuchhaltung", "promise_to_pay", "2027-03-31", sender=0, fam=["month-end", "quarter-distractor"]),
    Reply("A4322", at(8, "12:45", CET), "Grüß Gott,\n\nwir überweisen den offenen Betrag von € 9.360,– am 15. März. Bitte heben Sie danach "
          "die Liefersperre auf, die Saison am Arlberg läuft noch bis Ostern.\n\nLG Sabine Huber", "promise_to_pay", "2027-03-15",
          amount="9360.00", partial=False, fam=["month-name-date", "austrian", "credit-hold", "whole-balance"]),
    Reply("A4322", at(10, "16:20", CET), "Wir zahlen in 14 Tagen.\nBuchhaltung Alpenrose", "promise_to_pay", "2027-03-24", sender=0,
          fam=["relative-span", "terse"]),
    Reply("A4322", at(11, "10:05", CET), "Die Hälfte heute, den Rest nächste Woche.\nS. Huber", "promise_to_pay", "2027-03-11", human=["partial"],
          fam=["partial-share", "two-parts", "today"]),
    Reply("A4323", at(8, "13:20", CET), "Hallo,\n\nwir begleichen die Rechnung übermorgen.\n\nGruß\nTobias Albrecht", "promise_to_pay",
          "2027-03-10", fam=["day-after-tomorrow", "dental-chain"]),
    Reply("A4323", at(9, "09:45", CET), "Sehr geehrte Damen und Herren,\n\ndie Zahlung über 4.590,00 EUR erfolgt innerhalb von 5 "
          "Werktagen.\n\nMit freundlichen Grüßen\nRechnungswesen\nDentalzentren Rhein-Main MVZ GmbH", "promise_to_pay", "2027-03-16",
          amount="4590.00", partial=False, sender=0, fam=["working-days", "whole-balance", "formal-ap"]),
    Reply("A4323", at(11, "15:10", CET), "Wir zahlen, sobald die KZV die Quartalsabrechnung ausgezahlt hat, voraussichtlich am 25.03.\n\n"
          "T. Albrecht", "promise_to_pay", "2027-03-25", human=["conditional"],
          fam=["third-party-payment", "condition-date", "dotted-numeric"]),
    Reply("A4321", at(8, "22:10", CET), "Zur Info – siehe unten.\n\n-----Ursprüngliche Nachricht-----\nVon: Kessler, Martin\nGesendet: "
          "Montag, 8. März 2027 18:40\nAn: Vogt, Holger\nBetreff: AW: Northwind offene Posten\n\nHolger, beide Northwind-Rechnungen "
          "bitte am Montag, 15.03., raus. Gruß M.K.", "promise_to_pay", "2027-03-15",
          fam=["forward-with-note", "see-below", "weekday-date", "late-evening"]),
    Reply("A4322", at(12, "11:30", CET), "Servus,\n\nwie telefonisch besprochen: die Überweisung ist für Dienstag in einer Woche eingeplant.\n\n"
          "Sabine Huber\nProkuristin", "promise_to_pay", "2027-03-23", fam=["weekday-week", "austrian", "written-on-friday"]),
    Reply("A4323", at(10, "10:50", CET), "Sehr geehrte Damen und Herren,\n\nIhre Rechnung 94324 ist zur Zahlung am 18.3.27 vorgesehen.\n\n"
          "Mit freundlichen Grüßen\nRechnungswesen\nDentalzentren Rhein-Main MVZ GmbH", "promise_to_pay", "2027-03-18", sender=0,
          html=True, fam=["html-outlook", "dotted-numeric-short-year"]),
    Reply("A4321", at(11, "13:55", CET), "Die Zahlung der 1.140,00 € erfolgt morgen, die 94321 am 26.03. mit dem nächsten "
          "Zahlungsvorschlag.\n\nKreditorenbuchhaltung", "promise_to_pay", "2027-03-12", amount="1140.00", partial=False,
          inv=["94322", "94321"], sender=0, fam=["two-dates", "figure-names-invoice", "tomorrow"]),
    Reply("A4322", at(8, "17:25", CET), "Wir zahlen Anfang nächster Woche.\nHuber", "promise_to_pay", "2027-03-15",
          fam=["early-next-week", "terse"]),
    Reply("A4323", at(12, "09:35", CET), "Die Zahlung geht nächsten Freitag raus, also am 19.\n\nAlbrecht", "promise_to_pay", "2027-03-19",
          fam=["next-weekday", "restated-date", "written-on-friday"]),
    Reply("A4321", at(12, "15:20", CET), "Wir haben die Zahlung vom 12.03. auf den 22.03. verschoben, da unsere Hausbank auf das neue "
          "Online-Banking umstellt." + _SIG, "promise_to_pay", "2027-03-22", fam=["moved-date", "dotted-numeric"]),
    Reply("A4321", at(9, "14:15", CET), "Die Rechnung 94322 wurde am 05.03.2027 überwiesen (Verwendungszweck: KP-4500-802 / 94322).\n\n"
          "Kreditorenbuchhaltung", "already_paid", ref="KP-4500-802 / 94322", inv=["94322"], sender=0,
          fam=["past-tense", "remittance-reference-variant"]),
    Reply("A4323", at(8, "08:55", CET), "Bereits am Freitag bezahlt.\nT. Albrecht", "already_paid", fam=["past-weekday", "terse"]),
    Reply("A4322", at(9, "15:40", CET), "Wir haben am 1.3. bereits 5.000 € angezahlt, der Rest folgt am 26.3.\n\nSabine Huber",
          "already_paid", "2027-03-26", sec=["promise_to_pay"], human=["amount differs"],
          fam=["paid-part", "paid-and-promise", "dotted-numeric"]),
    Reply("A4321", at(10, "09:30", CET), "Guten Tag,\n\nin der Rechnung 94321 wurde ein Stückpreis von 12,40 € statt der im Rahmenvertrag "
          "2027 vereinbarten 11,20 € berechnet. Wir bitten um Gutschrift über die Differenz. Die 94322 zahlen wir am Montag." + _SIG,
          "dispute", "2027-03-15", inv=["94321", "94322"], sec=["promise_to_pay"],
          fam=["price-vs-contract", "undisputed-part", "bare-weekday"]),
    Reply("A4323", at(11, "11:40", CET), "Die gelieferten Abformmaterialien waren teilweise abgelaufen (MHD 02/2027). Wir zahlen die "
          "Rechnung erst nach Klärung und Ersatzlieferung.\n\nTobias Albrecht\nKaufmännischer Leiter", "dispute",
          fam=["quality", "expired-goods"]),
    Reply("A4322", at(9, "10:10", CET), "Bitte senden Sie uns die Rechnung nochmals als PDF, sie ist bei uns nicht eingelangt.\n\n"
          "Buchhaltung", "invoice_resend", sender=0, fam=["never-received", "austrian"]),
    Reply("A4323", at(12, "13:00", CET), "Könnten Sie uns eine Kopie der Rechnung 94324 schicken? Unser Scan ist unvollständig, die "
          "zweite Seite fehlt.\n\nRechnungswesen", "invoice_resend", inv=["94324"], sender=0, fam=["copy"]),
    Reply("A4321", at(12, "10:25", CET), "Rechnungen ohne gültige Bestellnummer können wir nicht verarbeiten. Bitte stellen Sie die "
          "Rechnung 94322 mit der korrekten Bestellnummer KP-4500-802-01 neu aus.\n\nKreditorenbuchhaltung", "po_change", inv=["94322"],
          sender=0, fam=["po-corrected", "reissue"]),
    Reply("A4323", at(9, "16:00", CET), "Ab dem 1. April bitte alle Rechnungen ausschließlich als XRechnung an "
          "eingangsrechnungen@dz-rheinmain.example senden. PDF-Rechnungen per E-Mail werden dann nicht mehr bearbeitet.\n\n"
          "Rechnungswesen", "po_change", inv=[], sender=0, fam=["e-invoicing", "send-future-invoices"]),
    Reply("A4322", at(10, "12:15", CET), "Könnten wir den Betrag in drei Monatsraten zahlen, beginnend am 15. April? Die Wintersaison "
          "war heuer schwach, im Jänner hatten wir kaum Schnee.\n\nSabine Huber", "payment_plan_request", "2027-04-15",
          fam=["plan-asked", "austrian", "more-than-30-days"]),
    Reply("A4321", at(8, "15:50", CET), "Wäre eine Stundung der 94321 bis Ende April möglich? Ein Großkunde hat seine Abrufe verschoben.\n\n"
          "H. Vogt", "payment_plan_request", "2027-04-30", inv=["94321"], fam=["deferral", "end-of-next-month"]),
    Reply("A4321", at(9, "08:30", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 19.03.2027 nicht im Büro. In "
          "dringenden Fällen wenden Sie sich bitte an kreditoren@kessler-praezision.example.\n\nHolger Vogt", "out_of_office",
          headers=AUTO, quote="none", fam=["auto-reply", "short-absence"]),
    Reply("A4322", at(10, "09:06", CET), "Danke für Ihre Nachricht. Ich bin bis 6. April auf Urlaub und lese meine E-Mails nicht. "
          "Ihre Nachricht wird nicht weitergeleitet.\n\nSabine Huber", "out_of_office", human=["absence more than 14 days"], headers=AUTO, quote="none",
          fam=["auto-reply", "long-absence", "austrian"]),
    Reply("A4323", at(10, "09:06", CET), "Dies ist eine automatisch erstellte Nachricht des Mailservers mx.dz-rheinmain.example.\n\nIhre "
          "Nachricht konnte nicht an folgende Empfänger zugestellt werden:\n\nrechnungswesen@dz-rheinmain.example\n"
          "550 5.1.1 Benutzer unbekannt", "bounce", sender="MAILER-DAEMON@mx.dz-rheinmain.example",
          subject="Unzustellbar: Zahlungserinnerung – Dentalzentren Rhein-Main MVZ GmbH",
          dsn=("rechnungswesen@dz-rheinmain.example", "5.1.1"), fam=["dsn-postfix-de"]),
    Reply("A4321", at(11, "09:06", CET), "Fehler bei der Zustellung an folgende Empfänger oder Gruppen:\n\n"
          "kreditoren@kessler-praezision.example\nDas Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. "
          "Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.\n\nDiagnoseinformationen für Administratoren:\n"
          "Generierender Server: EX02.kessler-praezision.example\n552 5.2.2 STOREDRV.Deliver; mailbox full", "bounce",
          sender="postmaster@kessler-praezision.example", subject="Unzustellbar: Zahlungserinnerung – Kessler Präzisionsteile GmbH",
          dsn=("kreditoren@kessler-praezision.example", "5.2.2"), fam=["dsn-exchange-de", "dsn-quota"]),
    Reply("A4322", at(11, "14:40", CET), "Frau Huber ist seit 1. März nicht mehr bei uns. Zuständig ist jetzt Herr Markus Pichler, "
          "m.pichler@alpenrose-hotels.example.\n\nBuchhaltung Hotelgruppe Alpenrose", "wrong_contact", sender=0,
          fam=["contact-gone", "new-contact", "austrian"]),
    Reply("A4323", at(9, "12:25", CET), "Guten Tag, ich bin Praxismanagerin in der Filiale Offenbach und für Rechnungen nicht zuständig. "
          "Bitte wenden Sie sich an unser Rechnungswesen in Frankfurt.\n\nBirgit Schäfer", "wrong_contact",
          sender="b.schaefer@dz-rheinmain.example", fam=["not-my-job", "unknown-sender"]),
    Reply("A4321", at(10, "11:45", CET), "Danke, zur Kenntnis genommen.\n\nKreditorenbuchhaltung", "other", sender=0,
          fam=["no-action", "acknowledgement"]),
    Reply("A4323", at(12, "16:05", CET), "Ist diese Mahnung echt? Wir haben heute einen Anruf erhalten, Ihre Bankverbindung habe sich "
          "geändert. Bitte bestätigen Sie uns Ihre IBAN schriftlich, bevor wir zahlen.\n\nT. Albrecht", "other",
          human=["fraud check"], fam=["fraud-alert"]),
    Reply("A4322", at(12, "09:10", CET), "Können wir auch per Kreditkarte zahlen? Dann ginge es schneller.\n\nS. Huber", "other",
          human=["payment method"], fam=["payment-method", "credit-hold"]),
]
