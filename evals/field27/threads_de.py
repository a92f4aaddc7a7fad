"""German replies (field27): a Black Forest cuckoo-clock maker, a Tyrolean ski school on credit hold and an Appenzell
embroidery (strategic)."""

from evals.field.build import Payment, Reply
from evals.field27.kit import AUTO, CET, at

R = Reply
P = Payment

PFLICHT = ("\n\n--\nUhrenmanufaktur Triberger Höhe GmbH · Hauptstraße 61 · 78098 Triberg im Schwarzwald\nSitz der Gesellschaft: "
           "Triberg · Registergericht Freiburg i. Br. HRB 702214 · Geschäftsführer: Klaus Faller, Irmgard Faller\nUSt-IdNr. "
           "DE 287 441 095\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
           "richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und "
           "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet. "
           "Bitte beachten Sie: Wir ändern unsere Bankverbindung niemals per E-Mail.")

PAYMENTS = [
    P("BK27-020", "W2721", "2026-11-20", "8325.00", "EUR", "UHRENMANUFAKTUR TRIBERGER HOEHE RE 92721 92722"),
    P("BK27-021", "W2723", "2026-11-20", "13650.00", "CHF", "APPENZELLER HANDSTICKEREI SUTTER ASS30418"),
    P("BK27-022", "W2722", "2026-11-23", "4086.60", "EUR", "SKISCHULE OBERAU RE 92723"),
]

REPLIES = [
    # --- Uhrenmanufaktur Triberger Höhe (DE)
    R("W2721", at(23, "08:10", CET), "Zahlung erfolgt Do.", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse-mobile"]),
    R("W2721", at(24, "10:30", CET), "Wir überweisen beide Rechnungen am Mittwoch, den 2.12.", "promise_to_pay", date="2026-12-02", fam=["weekday-date", "dotted-numeric"], sender=0),
    R("W2721", at(25, "14:45", CET), "Die Zahlung war für heute vorgesehen, wurde aber wegen der Umstellung auf die neue Buchhaltungssoftware auf nächsten Dienstag verschoben.", "promise_to_pay", date="2026-12-01", fam=["moved-date", "next-weekday"]),
    R("W2721", at(26, "09:15", CET), "Wir zahlen in KW 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse-mobile"], sender=0),
    R("W2721", at(27, "11:20", CET), "RE 92722 (985 €) überweisen wir heute noch, RE 92721 nach der Inventur, spätestens am 14.12.", "promise_to_pay", date="2026-11-27", amount="985.00", partial=False, inv=["92722", "92721"], fam=["two-dates", "dotted-numeric"]),
    R("W2721", at(23, "17:30", CET), "Sobald die Zahlung unseres Großkunden aus Japan eingegangen ist, gleichen wir Ihre Rechnungen aus.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("W2721", at(24, "07:45", CET), "Zahlung Mittwoch übernächste Woche.", "promise_to_pay", date="2026-12-09", fam=["week-after-next", "terse-mobile"]),
    R("W2721", at(26, "16:00", CET), "Sehr geehrte Damen und Herren,\n\nwir bestätigen den Ausgleich der o. g. Rechnungen zum 30.11.2026.\n\nMit freundlichen Grüßen\nKlaus Faller\nKaufmännischer Leiter" + PFLICHT, "promise_to_pay", date="2026-11-30", html=True, fam=["html-outlook", "long-disclaimer", "dotted-numeric"]),
    R("W2721", at(25, "20:10", CET), "Zahlung kommt Anfang nächster Woche.", "promise_to_pay", date="2026-11-30", fam=["early-next-week"]),
    # --- Skischule Wildschönau Oberau (AT, credit hold)
    R("W2722", at(23, "09:00", CET), "Griaß Eahna, wir zahlen nach dem Saisonstart am 12. Dezember, in der Woche drauf am Montag.", "promise_to_pay", date="2026-12-14", fam=["relative-to-event", "austrian"]),
    R("W2722", at(25, "12:10", CET), "Wir überweisen morgen 2.000 €, den Rest im Jänner.", "promise_to_pay", date="2026-11-26", amount="2000.00", fam=["partial-amount", "austrian", "tomorrow"]),
    R("W2722", at(26, "19:20", CET), "Am Mariä Empfängnis hat die Bank zu, also am 9.12.", "promise_to_pay", date="2026-12-09", fam=["holiday", "dotted-numeric", "austrian"]),
    R("W2722", at(27, "10:00", CET), "Bitte um Geduld, wir zahlen, sobald die Förderung vom Tourismusverband überwiesen ist.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"], sender=0),
    # --- Appenzeller Handstickerei Sutter (CH, strategic)
    R("W2723", at(23, "10:40", CET), "Grüezi\n\nDie Rechnung wird nach der Verwaltungsratssitzung vom 3. Dezember freigegeben und per 7. Dezember valutiert.\n\nFreundliche Grüsse\nBeat Inauen", "promise_to_pay", date="2026-12-07", fam=["meeting-before-payment", "swiss", "value-date"]),
    R("W2723", at(24, "13:10", CET), "Zahlung mit dem Zahlungslauf Ende Monat.", "promise_to_pay", date="2026-11-30", fam=["month-end", "payment-cycle"], sender=0),
    R("W2723", at(25, "09:30", CET), "RE 92725 über CHF 1'980 zahlen wir heute in acht Tagen.", "promise_to_pay", date="2026-12-02", amount="1980.00", partial=False, inv=["92725"], fam=["relative-span", "swiss-apostrophe"]),
    R("W2723", at(26, "15:20", CET), "Valuta 10.12.2026.", "promise_to_pay", date="2026-12-10", fam=["dotted-numeric", "terse-mobile", "value-date"], sender=0),
    R("W2723", at(27, "08:50", CET), "Die Zahlung erfolgt am Zwanzigsten.", "promise_to_pay", date="2026-12-20", fam=["date-in-words", "ordinal-alone"]),
    # --- other intents
    R("W2721", at(24, "12:00", CET), "Wir haben beide Rechnungen am 20.11. überwiesen, Verwendungszweck 'RE 92721 92722'.", "already_paid", ref="RE 92721 92722", inv=["92721", "92722"], fam=["dotted-numeric", "reference"], sender=0, note="matches BK27-020"),
    R("W2723", at(25, "11:10", CET), "Die Zahlung für RE 92724 (Bestellung ASS-30418) ist am 19.11. mit Valuta 20.11. erfolgt.", "already_paid", inv=["92724"], fam=["value-date", "swiss"], sender=0, note="matches BK27-021 by amount and date"),
    R("W2722", at(26, "08:40", CET), "Haben am Montag überwiesen, abzüglich 2 % Skonto.", "already_paid", human=["paid amount differs"], fam=["skonto", "austrian"], note="BK27-022 is 2 % short"),
    R("W2721", at(25, "10:05", CET), "Bei RE 92721 wurden 30 Uhrwerke berechnet, geliefert wurden 24. Bitte um Gutschrift über die Differenz.", "dispute", inv=["92721"], fam=["short-delivery"]),
    R("W2723", at(27, "14:00", CET), "Die Mahngebühr auf Ihrer Erinnerung ist nicht vereinbart. Diese zahlen wir nicht.", "dispute", fam=["fees", "swiss"], sender=0),
    R("W2721", at(26, "11:30", CET), "Bitte senden Sie uns die Rechnung 92722 nochmals als PDF, gerne im ZUGFeRD-Format.", "invoice_resend", inv=["92722"], fam=["copy", "e-invoice"], sender=0),
    R("W2722", at(24, "18:30", CET), "Rechnung nie erhalten. Bitte nochmals schicken.", "invoice_resend", fam=["never-received", "terse-mobile"]),
    R("W2721", at(23, "13:00", CET), "Bitte senden Sie Rechnungen ab sofort ausschließlich an rechnungseingang@triberger-uhren.example.", "po_change", fam=["send-future-invoices"]),
    R("W2723", at(24, "15:40", CET), "Auf RE 92725 fehlt unsere Bestellnummer ASS-30466 und die Kostenstelle 512. Bitte korrigiert neu ausstellen.", "po_change", inv=["92725"], fam=["po-number", "cost-centre"], sender=0),
    R("W2722", at(24, "11:20", CET), "Können wir den Betrag in drei Raten zahlen, jeweils zum 15., ab Dezember?", "payment_plan_request", date="2026-12-15", fam=["plan-instalments", "austrian"]),
    R("W2721", at(27, "16:30", CET), "Wäre eine Ratenzahlung möglich? Das Weihnachtsgeschäft läuft bisher sehr schlecht.", "payment_plan_request", fam=["plan-undated"]),
    R("W2721", at(23, "09:06", CET), "Danke für Ihre Mail. Bis einschließlich 4. Dezember bin ich außer Haus. In dringenden Fällen wenden Sie sich bitte an buchhaltung@triberger-uhren.example.", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Uhrenmanufaktur Triberger Höhe GmbH", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("W2723", at(25, "09:06", CET), "Ich bin bis am 6. Januar 2027 abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.", "out_of_office", headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Appenzeller Handstickerei Sutter AG", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "swiss"]),
    R("W2722", at(25, "09:07", CET), "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht an office@skischule-oberau.example konnte nicht zugestellt werden.\n\n550 5.1.1 Empfängeradresse unbekannt", "bounce", sender="MAILER-DAEMON@mail.skischule-oberau.example", subject="Unzustellbar: Zahlungserinnerung – Skischule Wildschönau Oberau GmbH", dsn=("office@skischule-oberau.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-de"]),
    R("W2723", at(26, "09:07", CET), "Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:\n\nb.inauen@sutter-stickerei.example\nDas Postfach des Empfängers ist voll.\n\nDiagnoseinformationen für Administratoren:\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@sutter-stickerei.example", subject="Unzustellbar: Zahlungserinnerung – Appenzeller Handstickerei Sutter AG", dsn=("b.inauen@sutter-stickerei.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-de", "dsn-mailbox-full"]),
    R("W2722", at(23, "15:00", CET), "Frau Thaler ist seit Oktober in Karenz. Bitte wenden Sie sich an Herrn Lukas Mair, l.mair@skischule-oberau.example.", "wrong_contact", fam=["new-contact", "austrian"], sender=0),
    R("W2721", at(25, "16:20", CET), "Ich bin in der Entwicklung, nicht in der Buchhaltung. Bitte schreiben Sie an buchhaltung@triberger-uhren.example.", "wrong_contact", fam=["not-my-job"], sender="m.wehrle@triberger-uhren.example"),
    R("W2721", at(27, "09:30", CET), "Danke, ist angekommen.", "other", fam=["no-action", "ack"], sender=0),
    R("W2723", at(23, "16:10", CET), "Wir haben gestern ein Schreiben mit einer neuen Bankverbindung von Ihnen erhalten (Bank in Litauen). Ist das echt? Wir zahlen erst nach Ihrer Bestätigung.", "other", human=["fraud check"], fam=["fraud-alert", "swiss"]),
]
