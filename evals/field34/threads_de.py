"""field34 German: a Hamburg machine builder (Moin, Zahllauf, XRechnung) and a Swiss trust and accounting firm (strategic)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field34.kit import AUTO, CET, at

P = "promise_to_pay"

DISCLAIMER_DE_EN = (
    "\n\nElbtor Maschinenbau GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 104477 · Geschäftsführer: Dr. Hauke Lorenzen\n"
    "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige "
    "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten "
    "Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.\n"
    "This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have "
    "received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised "
    "copying, disclosure or distribution of the material in this e-mail is strictly forbidden.")

PAYMENTS = [Payment("BK34-021", "K3421", "2026-11-27", "9780.00", "EUR", "ELBTOR MASCHINENBAU RE 93421 93422")]

REPLIES = [
    Reply("K3421", at(26, "08:05", CET), "Moin,\nZahlung geht am Di. 01.12. raus.\nGruß\nJens Petersen", P, date="2026-12-01",
          fam=["abbrev-weekday", "dotted-numeric", "hamburg"]),
    Reply("K3421", at(27, "09:40", CET), "Guten Tag,\ndie Rechnung 93421 wird mit unserem Zahllauf am kommenden Mittwoch beglichen.\nMit freundlichen Grüßen\nKreditorenbuchhaltung", P,
          date="2026-12-02", inv=["93421"], sender=0, fam=["payment-run", "formal-ap", "hamburg"]),
    Reply("K3421", at(30, "10:10", CET), "Moin, Zahlung erfolgt in KW 49, voraussichtlich am Donnerstag. J. Petersen", P, date="2026-12-03",
          fam=["calendar-week", "weekday-week", "hamburg"]),
    Reply("K3421", at(31, "14:25", CET), "Wir zahlen am Zehnten. Gruß aus Hamburg", P, date="2026-12-10", fam=["ordinal-alone", "date-in-words", "terse-mobile"]),
    Reply("K3421", at(28, "11:50", CET), "Moin aus dem Wochenende. Überweisung kommt Montag in einer Woche.", P, date="2026-12-07",
          fam=["relative-span", "weekend", "hamburg"], note="'Montag in einer Woche' the Monday a week after the coming one"),
    Reply("K3421", at(29, "16:30", CET), "Am ersten Advent schreibe ich ungern Mails, aber damit Sie Ruhe haben: Zahlung bis spätestens 04.12. Petersen", P,
          date="2026-12-04", fam=["advent", "weekend", "dotted-numeric"]),
    Reply("K3421", at(26, "13:15", CET), "Mit freundlichen Grüßen\nKreditorenbuchhaltung\nElbtor Maschinenbau GmbH", P, sender=0,
          subject="AW: Zahlungserinnerung – Elbtor Maschinenbau GmbH – Zahlung am 08.12.", date="2026-12-08", fam=["subject-only", "dotted-numeric"]),
    Reply("K3421", at(27, "15:05", CET), "Sehr geehrte Damen und Herren,\ndie offenen Rechnungen werden am letzten Bankarbeitstag dieses Monats ausgeglichen.\nMit freundlichen Grüßen\nKreditorenbuchhaltung" + DISCLAIMER_DE_EN, P,
          date="2026-11-30", sender=0, html=True, fam=["html-outlook", "long-disclaimer", "last-working-day", "month-end"]),
    Reply("K3421", at(31, "09:20", CET), "Der Liefertermin 18.11. war in Ordnung, die Zahlung erfolgt innerhalb von 14 Tagen. Gruß J. Petersen", P,
          date="2026-12-15", fam=["delivery-date-distractor", "relative-span"]),
    Reply("K3421", at(30, "16:40", CET), "Übernächste Woche Dienstag, vorher geht es leider nicht.", P, date="2026-12-15",
          fam=["week-after-next", "terse-mobile", "cyber-monday"]),
    Reply("K3422", at(26, "10:30", CET), "Grüezi\nDie Zahlung wird am 3. Dezember ausgelöst.\nFreundliche Grüsse\nUrsula Aeschbacher", P, date="2026-12-03",
          fam=["swiss", "accounting-firm"]),
    Reply("K3422", at(27, "14:00", CET), "Grüezi\nWir zahlen CHF 2'000.– am Montag, den Rest nach Eingang unserer Mandantenhonorare.\nFreundliche Grüsse\nBuchhaltung", P,
          date="2026-11-30", amount="2000.00", sender=0, fam=["partial-amount", "swiss-number", "swiss"]),
    Reply("K3422", at(30, "11:15", CET), "Zahlung per Ende Quartal. Freundliche Grüsse U. Aeschbacher", P, date="2026-12-31", fam=["quarter", "swiss"]),
    Reply("K3422", at(31, "15:45", CET), "Grüezi, die Zahlung erfolgt nach der Verwaltungsratssitzung vom 7. Dezember, und zwar am 9. Dezember. Freundliche Grüsse", P,
          date="2026-12-09", fam=["meeting-before-payment", "two-dates", "swiss"]),
    Reply("K3422", at(28, "09:35", CET), "Zahlung erfolgt am Mittwoch, 2.12. Schönes Wochenende.", P, date="2026-12-02", fam=["weekday-date", "weekend", "swiss"]),
    Reply("K3421", at(26, "17:45", CET), "Zahlung am 11.12., vorausgesetzt unsere Hausbank gibt bis dahin die Kreditlinie frei. Petersen", P,
          date="2026-12-11", human=["conditional"], fam=["condition", "hidden-condition", "hamburg"]),
    Reply("K3422", at(29, "19:20", CET), "Verschoben: nicht wie telefonisch besprochen am 1.12., sondern am 10.12. Freundliche Grüsse", P, date="2026-12-10",
          fam=["moved-date", "past-call-distractor", "swiss", "weekend"]),
    Reply("K3421", at(30, "12:30", CET), "Guten Tag, beide Rechnungen wurden am 27.11. mit 9.780,00 EUR überwiesen. Mit freundlichen Grüßen Kreditorenbuchhaltung", "already_paid",
          sender=0, note="matches BK34-021", fam=["collective-payment", "dotted-numeric"]),
    Reply("K3422", at(27, "11:20", CET), "Die Zahlung für 93423 ist am 20.11. erfolgt, Referenz TA-20261120-04. Freundliche Grüsse", "already_paid", inv=["93423"],
          ref="TA-20261120-04", human=["already_paid without a matching payment"], fam=["swiss", "reference"]),
    Reply("K3422", at(30, "07:55", CET), "Bezahlt.", "already_paid", human=["already_paid without a matching payment"], fam=["terse-mobile", "swiss"]),
    Reply("K3421", at(27, "10:55", CET), "Rechnung 93422: Die gelieferten Lagerbuchsen passen nicht zur Zeichnung, Reklamation RK-2231 läuft. Bis zur Klärung bitte keine Mahnungen.", "dispute",
          inv=["93422"], fam=["quality", "manufacturing"]),
    Reply("K3422", at(31, "10:40", CET), "Grüezi, auf 93424 sind die Stunden vom Oktober doppelt verrechnet. Bitte korrigieren. Freundliche Grüsse", "dispute",
          inv=["93424"], fam=["duplicate-billing", "swiss"]),
    Reply("K3421", at(29, "13:05", CET), "Bitte senden Sie uns die Rechnung 93422 nochmals zu, sie liegt uns nicht vor.", "invoice_resend", inv=["93422"], sender=0,
          fam=["never-received", "weekend"]),
    Reply("K3422", at(26, "15:50", CET), "Könnten Sie uns bitte einen aktuellen Kontoauszug zustellen? Merci vielmal.", "invoice_resend", sender=0,
          fam=["statement", "swiss"]),
    Reply("K3421", at(31, "11:35", CET), "Bitte senden Sie Rechnungen künftig ausschließlich an rechnungseingang@elbtor-maschinenbau.example, gern als XRechnung.", "po_change", sender=0,
          fam=["send-future-invoices", "e-invoicing"]),
    Reply("K3422", at(30, "14:20", CET), "Auf 93423 fehlt unsere Bestellnummer. Bitte mit PO TA-8813 neu ausstellen.", "po_change", inv=["93423"], fam=["po-number", "swiss"]),
    Reply("K3421", at(26, "11:40", CET), "Können wir 93421 in zwei Raten zahlen, 4.000 EUR am 15.12. und den Rest im Januar? Gruß Petersen", "payment_plan_request",
          inv=["93421"], date="2026-12-15", amount="4000.00", fam=["instalments", "dotted-numeric"]),
    Reply("K3422", at(28, "10:10", CET), "Wäre eine Ratenzahlung in drei Monatsraten möglich? Freundliche Grüsse", "payment_plan_request",
          fam=["instalments", "undated", "swiss", "weekend"]),
    Reply("K3421", at(27, "07:30", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 02.12.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an kreditoren@elbtor-maschinenbau.example.", "out_of_office",
          headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung", quote="none", fam=["auto-reply", "dotted-numeric"]),
    Reply("K3422", at(30, "06:10", CET), "Ich bin bis am 8. Januar 2027 abwesend und lese keine E-Mails. Freundliche Grüsse, U. Aeschbacher", "out_of_office",
          headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung", quote="none", human=["absent more than 14 days"], fam=["auto-reply", "long-absence", "swiss"]),
    Reply("K3421", at(28, "09:06", CET), "Dies ist eine automatisch erstellte Nachricht.\nDie Zustellung an folgende Empfänger ist fehlgeschlagen:\nkreditoren@elbtor-maschinenbau.example\n550 5.1.1 Benutzer unbekannt", "bounce",
          sender="MAILER-DAEMON@elbtor-maschinenbau.example", dsn=("kreditoren@elbtor-maschinenbau.example", "5.1.1"), quote="none", fam=["postfix"]),
    Reply("K3422", at(31, "09:07", CET), "Unzustellbar: Zahlungserinnerung\nDas Postfach des Empfängers buchhaltung@treuhand-aeschbacher.example ist voll und kann keine Nachrichten annehmen.", "bounce",
          sender="postmaster@treuhand-aeschbacher.example", dsn=("buchhaltung@treuhand-aeschbacher.example", "5.2.2"), quote="none", fam=["mailbox-full", "exchange"]),
    Reply("K3421", at(26, "14:45", CET), "Ich bin für Kreditoren nicht mehr zuständig, bitte wenden Sie sich an kreditoren@elbtor-maschinenbau.example.", "wrong_contact",
          fam=["moved-role"]),
    Reply("K3422", at(29, "10:25", CET), "Frau Aeschbacher ist pensioniert. Ihr Nachfolger ist Herr Beat Marti, b.marti@treuhand-aeschbacher.example.", "wrong_contact", sender=0,
          fam=["left-company", "new-contact", "swiss", "weekend"]),
    Reply("K3421", at(30, "13:40", CET), "Danke, ist weitergeleitet.", "other", fam=["no-action", "terse-mobile"]),
    Reply("K3421", at(27, "09:06", CET), "Ihre Anfrage ist bei uns eingegangen und wird unter Ticket #KRED-58812 bearbeitet. Bitte antworten Sie nicht auf diese Nachricht.", "other",
          sender=0, headers=AUTO, subject="[KRED-58812] Eingangsbestätigung", quote="none", fam=["no-action", "ticketing-system", "shared-mailbox"]),
    Reply("K3422", at(31, "16:30", CET), "Wir haben ein Schreiben mit neuer Bankverbindung erhalten, angeblich von Ihnen. Bitte bestätigen Sie uns das telefonisch, bevor wir zahlen.", "other",
          human=["bank-detail confirmation (fraud alert)"], fam=["fraud-alert", "swiss"]),
]
