"""German replies (field52): a Cologne carnival-float builder (strategic), a Styrian beekeeping supplier on credit hold
and a Basel Fasnacht lantern atelier."""

from evals.field.build import Payment, Reply
from evals.field52.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK52-010", "W5211", "2028-02-29", "2230.00", "EUR", "WAGENBAU DEUTZ GMBH RE 98022 WD-2028-031"),
    P("BK52-011", "W5212", "2028-02-24", "490.00", "EUR", "IMKEREIBEDARF MURTAL TEILZAHLUNG"),
    P("BK52-012", "W5213", "2028-02-23", "1150.00", "CHF", "LATERNENATELIER SPALEN AG 98026"),
]

REPLIES = [
    # --- Wagenbau Deutz (Köln, strategic)
    R("W5211", at(21, "08:15", CET), "Moin, bei uns ist bis Aschermittwoch Ausnahmezustand – Rosenmontagszug. Wir zahlen am Donnerstag, 2. März.", "promise_to_pay", date="2028-03-02", fam=["carnival-distractor", "weekday-date"]),
    R("W5211", at(22, "10:30", CET), "Die Rechnung 98021 wird mit unserem Zahlungslauf am 01.03.2028 beglichen.", "promise_to_pay", date="2028-03-01", inv=["98021"], fam=["dotted-date", "zahlungslauf"], sender=0),
    R("W5211", at(22, "16:45", CET), "Hallo, die 2.230 € überweisen wir am Dienstag, die 14.780 € in KW 10.", "promise_to_pay", date="2028-02-29", amount="2230.00", partial=False, fam=["two-dates", "calendar-week"]),
    R("W5211", at(23, "09:05", CET), "Sehr geehrte Damen und Herren,\n\nbei Rechnung 98021 fehlen 6 der bestellten Hydraulikzylinder für die Wagenplattform. Wir bitten um Gutschrift über den entsprechenden Betrag und zahlen danach den Rest.\n\nMit freundlichen Grüßen\nHeike Schmitz", "dispute", inv=["98021"], fam=["short-delivery", "credit-note"]),
    R("W5211", at(24, "11:20", CET), "Bitte ab sofort Rechnungen nur noch als XRechnung an rechnungseingang@wagenbau-deutz.example. Papier- und PDF-Rechnungen werden ab 1.3. nicht mehr bearbeitet.", "po_change", fam=["xrechnung", "invoice-mailbox"], sender=0),
    R("W5211", at(25, "13:00", CET), "Ich bin vom 24.02. bis einschließlich 01.03.2028 nicht im Büro (Karneval). Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen: buchhaltung@wagenbau-deutz.example.\n\nAlaaf!", "out_of_office", headers=AUTO, fam=["auto-absence", "carnival"]),
    R("W5211", at(28, "07:40", CET), "Heute ist Rosenmontag, da arbeitet in Köln keiner. Überweisung geht übermorgen raus, versprochen.", "promise_to_pay", date="2028-03-01", fam=["day-after-tomorrow", "carnival", "rhineland"]),
    R("W5211", at(29, "14:10", CET), "98022 heute bezahlt, Beleg anbei. 98021 wie besprochen nach Klärung der Gutschrift.", "already_paid", inv=["98022"], human=["open remainder"], attachments=[("Zahlungsavis_98022.pdf", "application/pdf", "Zahlungsavis Wagenbau Deutz GmbH 2.230,00 EUR Rechnung INV-2026-98022")], fam=["remittance", "paid-one-of-two"]),
    R("W5211", at(23, "18:20", CET), "Können Sie uns die Rechnung 98021 bitte mit der neuen Bestellnummer WD-2028-044 neu ausstellen? Die alte Bestellung wurde storniert.", "po_change", inv=["98021"], fam=["new-po", "reissue"], sender=0),
    R("W5211", at(26, "10:50", CET), "Bin nur die Aushilfe für die Wagen, hab mit Rechnungen nix zu tun. Sorry.", "wrong_contact", sender="aushilfe.wagenhalle@wagenbau-deutz.example", fam=["temp", "rhineland"]),
    # --- Imkereibedarf Murtal (Steiermark, credit hold)
    R("W5212", at(21, "09:30", CET), "Grüß Gott, 490 Euro sind heute raus, den Rest zahlen wir nach der Frühjahrsmesse in Graz, so Mitte März.", "already_paid", human=["partial", "open remainder"], fam=["part-payment", "austrian", "vague"]),
    R("W5212", at(22, "14:00", CET), "Wir ersuchen um Ratenzahlung: 3 Raten à 1.000 Euro, jeweils zum 15., beginnend mit 15. März.", "payment_plan_request", date="2028-03-15", fam=["instalments", "austrian"]),
    R("W5212", at(23, "11:45", CET), "Die Beuten-Rähmchen auf 98024 waren bei Lieferung zerbrochen, Fotos haben wir geschickt. Die Rechnung zahlen wir so nicht.", "dispute", inv=["98024"], fam=["damaged", "photos"]),
    R("W5212", at(24, "08:25", CET), "Zahlung folgt am Freitag, dem 3. März. Bitte die Liefersperre aufheben, wir brauchen die Wachsplatten vor der Saison!", "promise_to_pay", date="2028-03-03", fam=["weekday-date", "credit-hold-plea"]),
    R("W5212", at(25, "10:10", CET), "Sehr geehrte Damen und Herren, über das Vermögen der Imkereibedarf Murtal GmbH wurde beim Landesgericht Leoben ein Sanierungsverfahren ohne Eigenverwaltung eröffnet. Forderungen sind beim Sanierungsverwalter anzumelden.", "other", human=["insolvency"], sender="kanzlei@sanierung-leoben.example", fam=["sanierungsverfahren", "austrian", "third-party"]),
    R("W5212", at(28, "16:30", CET), "Die Zahlung wird in der ersten Märzwoche erfolgen.", "promise_to_pay", date="2028-03-03", fam=["first-week-of-month"]),
    R("W5212", at(29, "09:00", CET), "Hans ist auf Kur bis 14. März. Ich bin nur die Tochter und mache das Büro nicht.", "out_of_office", sender="office@imkerei-murtal.example", fam=["typed-absence", "family-member"]),
    R("W5212", at(22, "07:00", CET), "Unzustellbar: Der Empfänger j.pichler@imkerei-murtal.example existiert nicht.", "bounce", sender="MAILER-DAEMON@mx.imkerei-murtal.example", dsn=("j.pichler@imkerei-murtal.example", "5.1.1"), quote="none", fam=["dsn", "german-dsn"]),
    # --- Laternenatelier Spalen (Basel)
    R("W5213", at(21, "10:00", CET), "Grüezi\n\nDie Fasnacht beginnt am 6. März mit dem Morgestraich; bis dahin zahlen wir alles. Valuta 3. März.\n\nFreundliche Grüsse\nUrsula Gysin", "promise_to_pay", date="2028-03-03", fam=["fasnacht-distractor", "value-date", "swiss"]),
    R("W5213", at(22, "15:15", CET), "Die Rechnung 98026 wurde am 22.2. bezahlt (Valuta 23.2.), Referenz LS-9826.", "already_paid", inv=["98026"], ref="LS-9826", fam=["value-date", "dotted-date"]),
    R("W5213", at(23, "09:40", CET), "Wir zahlen per Ende Monat – also am 29. Februar, dieses Jahr gibt's den ja.", "promise_to_pay", date="2028-02-29", fam=["leap-day", "month-end", "swiss"]),
    R("W5213", at(24, "13:20", CET), "Könnten Sie uns bitte eine QR-Rechnung schicken? Ohne QR-Code kann unsere Bank nicht mehr buchen.", "invoice_resend", fam=["qr-bill", "swiss"]),
    R("W5213", at(25, "11:05", CET), "Auf der Rechnung 98025 ist deutsche MwSt. 19 % ausgewiesen; wir sind in der Schweiz, bitte ohne MwSt. neu ausstellen.", "dispute", inv=["98025"], fam=["vat", "cross-border"]),
    R("W5213", at(28, "08:50", CET), "Danke, erledigt.", "other", fam=["no-action", "terse"]),
    R("W5213", at(29, "12:30", CET), "Ich bin bis am 13. März abwesend (Fasnachtsferien). Ihre E-Mail wird nicht weitergeleitet.", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence", "fasnacht"]),
    R("W5213", at(26, "17:10", CET), "Zahlung 98025 in zwei Wochen, sobald die Subvention vom Comité eingetroffen ist.", "promise_to_pay", date="2028-03-11", inv=["98025"], human=["conditional"], fam=["condition", "two-weeks"]),
    R("W5213", at(22, "09:10", CET), "Wir haben eine E-Mail erhalten, wonach Ihre Bankverbindung neu bei einer Bank in Zypern sei. Ist das korrekt? Bitte telefonisch bestätigen.", "other", human=["fraud worry"], fam=["fraud", "changed-iban"]),
    R("W5211", at(24, "15:55", CET), "Könnten wir die 14.780 € in drei Monatsraten zahlen? Erste Rate Ende März, nach der Zugabrechnung mit dem Festkomitee.", "payment_plan_request", date="2028-03-31", fam=["instalments", "month-end"]),
    R("W5212", at(26, "12:00", CET), "Bitte senden Sie uns die Rechnungen nochmal, diesmal mit UID-Nummer ATU71234509, sonst kriegen wir den Vorsteuerabzug nicht.", "po_change", fam=["uid", "austrian"]),
    R("W5213", at(24, "07:30", CET), "Wir zahlen am Montag in einer Woche.", "promise_to_pay", date="2028-03-06", fam=["monday-week"]),
    R("W5211", at(21, "12:40", CET), "Guten Tag, leider falscher Ansprechpartner – ich bin im Einkauf, bitte an buchhaltung@ wenden.", "wrong_contact", sender="einkauf@wagenbau-deutz.example", fam=["purchasing", "redirect"]),
    R("W5212", at(27, "20:15", CET), "Hab die Zahlung für Mittwoch eingeplant.", "promise_to_pay", date="2028-03-01", fam=["weekday", "sunday-evening"]),
    R("W5213", at(23, "14:00", CET), "Delivery has failed to these recipients or groups:\nfinanzen@laternen-spalen.example\nDas Postfach ist voll.", "bounce", sender="postmaster@laternen-spalen.example", dsn=("finanzen@laternen-spalen.example", "5.2.2"), quote="none", fam=["dsn", "mailbox-full"]),
    R("W5211", at(29, "09:30", CET), "Wir zahlen die 98021 im Laufe der KW 11.", "promise_to_pay", date="2028-03-17", inv=["98021"], fam=["calendar-week", "friday-of-week"]),
    R("W5212", at(23, "16:40", CET), "Bitte Kontoauszug bzw. Saldenbestätigung per 29.02.2028 schicken, Jahresabschluss.", "invoice_resend", fam=["statement", "dotted-date"]),
    R("W5213", at(28, "15:40", CET), "Die Bestellnummer auf 98025 ist falsch, richtig wäre LS-BST-2028-07. Bitte korrigieren.", "po_change", inv=["98025"], fam=["po-fix"]),
]
