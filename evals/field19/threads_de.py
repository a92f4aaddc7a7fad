"""German replies in field19: an organ builder (DE), a Swiss cable car (strategic), an Austrian beekeeper on credit hold."""

from __future__ import annotations

from evals.field19.build import Payment
from evals.field19.build import Reply as R
from evals.field19.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK19-011", "S1921", "2026-11-19", "780.00", "EUR", "ORGELBAU KESSLER GMBH RE 2026 19212"),
    Payment("BK19-012", "S1922", "2026-11-20", "16740.00", "CHF", "BERGBAHNEN LAERCHWALD AG ZAHLUNG BL-88031"),
    Payment("BK19-013", "S1921", "2026-11-24", "4831.40", "EUR", "ORGELBAU KESSLER RG19211 ABZGL 2PROZ SKONTO"),
]

DSN_DE = ("Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nDie Zustellung an folgende Empfänger ist "
          "fehlgeschlagen:\n\n{rcpt}\n\nGrund: {why}")

REPLIES = [
    # --- promises
    R("S1921", at(23, "09:15", CET), "Guten Morgen, wir überweisen beide Rechnungen am Do., 3.12. Freundliche Grüße H. Kessler", "promise_to_pay", date="2026-12-03", fam=["abbrev-weekday", "dotted-numeric"]),
    R("S1921", at(24, "14:20", CET), "Zahlung erfolgt in KW 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse"], note="KW 50 ohne Tag: ihr Freitag"),
    R("S1921", at(25, "11:05", CET), "Hallo, die 19211 zahlen wir übernächste Woche, die kleine (19212) noch diese Woche.", "promise_to_pay", date="2026-11-27", inv=["19211", "19212"], fam=["week-after-next", "this-week", "two-dates"]),
    R("S1921", at(26, "16:40", CET), "Sehr geehrte Damen und Herren,\nder Zahlungstermin war ursprünglich der 30.11., wir müssen ihn leider auf den 7.12. verschieben, da die Gemeinde als Auftraggeber erst am 4.12. zahlt.\nMit freundlichen Grüßen\nOrgelbau Kessler GmbH\nBuchhaltung\n\nOrgelbau Kessler GmbH · Sitz: Freiberg · Amtsgericht Chemnitz HRB 12345 · Geschäftsführerin: Hannelore Kessler · USt-IdNr. DE123456789\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.", "promise_to_pay", date="2026-12-07", sender=0, fam=["moved-date", "condition-date", "long-disclaimer", "shared-mailbox"]),
    R("S1921", at(27, "22:50", CET), "Spät, aber: morgen früh geht die Überweisung über 780,00 € raus.", "promise_to_pay", date="2026-11-28", amount="780.00", inv=["19212"], partial=False, fam=["late-evening", "tomorrow", "european-amount"], note="780,00 ist 19212 ganz"),
    R("S1921", at(23, "13:30", CET), "Wir zahlen innerhalb von 10 Tagen nach Eingang der Gutschrift für die falsch gelieferten Pfeifen.", "promise_to_pay", human=["conditional", "undated"], fam=["within-days", "condition"]),
    R("S1921", at(24, "08:50", CET), "Zahlung zum Monatsultimo.", "promise_to_pay", date="2026-11-30", fam=["month-end", "terse"]),
    R("S1922", at(23, "10:40", CET), "Grüezi\n\nDie Rechnung ist visiert und wird mit dem Zahlungslauf vom 15.12. beglichen.\n\nFreundliche Grüsse\nUrs Imboden", "promise_to_pay", date="2026-12-15", fam=["dotted-numeric", "swiss", "payment-run"]),
    R("S1922", at(25, "17:15", CET), "Die Geschäftsleitung genehmigt am Montag, die Zahlung erfolgt dann am Mittwoch darauf.", "promise_to_pay", date="2026-12-02", fam=["meeting-before-payment", "swiss"]),
    R("S1922", at(26, "09:30", CET), "Wir zahlen CHF 8'000.– am Freitag, den Rest Anfang Januar.", "promise_to_pay", date="2026-11-27", amount="8000.00", fam=["partial", "swiss-amount", "weekday"]),
    R("S1922", at(27, "11:10", CET), "Zahlung erfolgt nach Saisoneröffnung am 12. Dezember, also am Montag danach.", "promise_to_pay", date="2026-12-14", fam=["relative-after-event", "swiss"]),
    R("S1923", at(23, "19:10", CET), "Griaß Gott, ich zahl am 9. – der 8. ist Feiertag (Maria Empfängnis). Bitte liefern S' die Gläser trotzdem.", "promise_to_pay", date="2026-12-09", fam=["holiday", "credit-hold-condition", "austrian"]),
    R("S1923", at(25, "12:00", CET), "Zahlung am Dienstag in einer Woche, sobald die Weihnachtsmarkt-Einnahmen da sind.", "promise_to_pay", date="2026-12-08", human=["conditional"], fam=["tuesday-week", "condition", "austrian"], note="Dienstag in einer Woche vom Mittwoch 25.: 8. Dezember (ein Feiertag, wie geschrieben)"),
    R("S1923", at(26, "07:45", CET), "Zahl ich eh, bitte nicht drängeln.", "promise_to_pay", human=["undated"], fam=["no-date", "terse", "austrian"]),
    R("S1921", at(26, "12:15", CET), "Na toll, schon wieder eine Mahnung. Ja, wir zahlen. Nächsten Dienstag. Reicht das?", "promise_to_pay", date="2026-12-01", fam=["sarcasm", "next-weekday"]),
    R("S1921", at(24, "16:00", CET), "Weitergeleitet zur Info, siehe unten.\n\n-------- Weitergeleitete Nachricht --------\nVon: Hannelore Kessler\nDatum: 24.11.2026 15:41\nAn: buchhaltung@orgelbau-kessler.example\nBetreff: Northwind\n\nBitte Northwind mit dem Lauf am 1.12. bezahlen. HK", "promise_to_pay", date="2026-12-01", sender=0, fam=["forwarded", "see-below", "dotted-numeric"]),
    R("S1922", at(24, "15:00", CET), "Guten Tag\nDie Zahlung erfolgt am 4.12.26.\nFreundliche Grüsse\nKreditorenbuchhaltung", "promise_to_pay", date="2026-12-04", sender=0, html=True, fam=["html-outlook", "two-digit-year", "shared-mailbox"]),
    R("S1923", at(27, "09:20", CET), "Zahlung Ende Q1 2027, vorher geht's nicht.", "promise_to_pay", date="2027-03-31", fam=["quarter"]),
    # --- already_paid
    R("S1921", at(23, "11:50", CET), "Die 19212 ist am 19.11. bezahlt worden, Verwendungszweck RE 2026 19212.", "already_paid", ref="RE 2026 19212", inv=["19212"], fam=["ref-spacing", "dotted-numeric"], note="matches BK19-011"),
    R("S1922", at(24, "10:20", CET), "Guten Tag, die Zahlung ist am 20.11. erfolgt (Referenz BL-88031). Bitte prüfen Sie Ihre Zahlungseingänge.", "already_paid", ref="BL-88031", fam=["po-as-reference", "swiss"], note="matches BK19-012"),
    R("S1921", at(25, "09:40", CET), "19211 wurde gestern unter Abzug von 2 % Skonto überwiesen: 4.831,40 €.", "already_paid", inv=["19211"], human=["amount differs"], fam=["skonto", "european-amount"], note="BK19-013, 4,831.40 against 4,930.00"),
    # --- dispute
    R("S1921", at(26, "10:10", CET), "Die Rechnung 19211 enthält 12 Zinnpfeifen, bestellt und geliefert wurden 10. Bitte korrigieren.", "dispute", inv=["19211"], fam=["short-delivery"]),
    R("S1923", at(24, "18:30", CET), "Die Mahngebühr von 15 € zahl ich sicher nicht, die Rechnung selber schon am Freitag.", "dispute", sec=["promise_to_pay"], date="2026-11-27", fam=["late-fee", "promise-after-dispute", "austrian"]),
    # --- invoice_resend
    R("S1921", at(27, "08:30", CET), "Bitte senden Sie uns eine Kopie der Rechnung 19212, sie ist bei uns nicht angekommen.", "invoice_resend", inv=["19212"], fam=["never-received"]),
    R("S1922", at(26, "14:45", CET), "Bitte um Zustellung eines Kontoauszugs per 30.11.", "invoice_resend", sender=0, fam=["statement", "swiss"]),
    # --- po_change
    R("S1922", at(23, "16:20", CET), "Rechnungen bitte ab sofort ausschliesslich über unser Lieferantenportal (Ariba) einreichen. Die Rechnung ist dort mit Bestellnummer BL-88031 neu zu erfassen.", "po_change", sender=0, fam=["supplier-portal", "swiss"]),
    R("S1921", at(25, "15:30", CET), "Bitte künftig alle Rechnungen an rechnung@orgelbau-kessler.example senden und auf der 19211 unsere Auftragsnummer OK-2026-77 ergänzen.", "po_change", inv=["19211"], fam=["future-invoices-mailbox", "po-missing"]),
    # --- payment_plan_request
    R("S1923", at(24, "10:30", CET), "Kann ich die 19231 in drei Raten zahlen? Erste Rate am 15.12., dann Jänner und Februar.", "payment_plan_request", date="2026-12-15", inv=["19231"], fam=["plan-instalments", "austrian"]),
    R("S1921", at(27, "13:20", CET), "Wäre eine Ratenzahlung möglich? Der Auftrag der Domgemeinde verzögert sich.", "payment_plan_request", fam=["plan-undated"]),
    # --- out_of_office
    R("S1921", at(23, "09:06", CET), "Danke für Ihre E-Mail. Bis einschließlich 4. Dezember bin ich außer Haus. In dringenden Fällen wenden Sie sich bitte an buchhaltung@orgelbau-kessler.example.", "out_of_office", subject="Abwesenheitsnotiz: Zahlungserinnerung", headers=AUTO, quote="none", fam=["ooo-auto"]),
    R("S1922", at(25, "09:06", CET), "Ich bin bis am 11. Januar 2027 abwesend. Ihre Nachricht wird nicht weitergeleitet.", "out_of_office", subject="Automatische Antwort: Zahlungserinnerung", headers=AUTO, quote="none", human=["absence more than 14 days"], fam=["ooo-auto", "ooo-long", "swiss"]),
    R("S1923", at(26, "11:00", CET), "Bin auf Urlaub bis 2.12., dann meld ich mich. Klaus", "out_of_office", human=["written by a person"], fam=["ooo-plain", "austrian"]),
    # --- bounce
    R("S1921", at(24, "09:07", CET), DSN_DE.format(rcpt="h.kessler@orgelbau-kessler.example", why="550 5.1.1 Benutzer unbekannt"), "bounce", sender="MAILER-DAEMON@mail.orgelbau-kessler.example", subject="Unzustellbar: Zahlungserinnerung", dsn=("h.kessler@orgelbau-kessler.example", "5.1.1"), fam=["dsn-german"]),
    R("S1923", at(25, "09:07", CET), DSN_DE.format(rcpt="k.sonnleitner@imkerei-sonnleitner.example", why="552 5.2.2 Postfach voll"), "bounce", sender="postmaster@imkerei-sonnleitner.example", subject="Unzustellbar", dsn=("k.sonnleitner@imkerei-sonnleitner.example", "5.2.2"), fam=["dsn-german", "mailbox-full"]),
    # --- wrong_contact
    R("S1922", at(26, "16:30", CET), "Herr Imboden ist pensioniert. Zuständig ist neu Frau Corinne Gasser, c.gasser@bergbahnen-laerchwald.example.", "wrong_contact", sender=0, fam=["retired", "new-contact", "swiss"]),
    R("S1921", at(27, "10:45", CET), "Ich bin die Orgelbaumeisterin, nicht die Buchhaltung. Bitte an buchhaltung@ schreiben.", "wrong_contact", fam=["wrong-person"]),
    # --- other
    R("S1921", at(25, "17:50", CET), "Ist diese Mahnung echt? Ihre Bankverbindung weicht von der auf der Rechnung ab. Bitte rufen Sie uns an.", "other", human=["fraud check"], fam=["fraud-alert", "bank-details"]),
    R("S1923", at(27, "15:30", CET), "Danke, hab's erhalten.", "other", fam=["no-action", "ack", "austrian"]),
    R("S1921", at(26, "13:45", CET), "Sehr geehrte Damen und Herren, über das Vermögen der Orgelbau Kessler GmbH wurde am 25.11.2026 beim Amtsgericht Chemnitz das vorläufige Insolvenzverfahren eröffnet. Forderungen sind beim vorläufigen Insolvenzverwalter anzumelden.", "other", sender="kanzlei@ra-brenner-insolvenz.example", human=["insolvency"], fam=["insolvency-notice"]),
]
