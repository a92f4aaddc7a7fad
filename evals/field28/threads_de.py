"""German replies (field28): a Thuringian glassworks, an Austrian organ-pipe maker (strategic), an Appenzell bell foundry."""

from evals.field.build import Payment, Reply
from evals.field28.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK28-020", "T2811", "2026-11-19", "1275.00", "EUR", "GLASHUETTE LAUSCHA RENNSTEIG RE 92820"),
    P("BK28-021", "T2813", "2026-11-23", "6930.00", "CHF", "GLOCKENGIESSEREI SAENTISBLICK AG QRR 000000000000000000009282201"),
]

REPLIES = [
    # --- Glashütte Lauscha (DE)
    R("T2811", at(23, "08:40", CET), "Guten Morgen, die Zahlung erfolgt am Donnerstag, den 3.12.\nMit freundlichen Grüßen\nUte Greiner", "promise_to_pay", date="2026-12-03", fam=["weekday-date", "dotted-numeric"]),
    R("T2811", at(23, "14:15", CET), "Wir zahlen nach dem Weihnachtsmarkt-Geschäft, also in der zweiten Dezemberwoche, voraussichtlich am Mittwoch.", "promise_to_pay", date="2026-12-09", fam=["week-of", "holiday"]),
    R("T2811", at(24, "09:30", CET), "Die 1.275 € sind am 19.11. rausgegangen, die große Rechnung zahlen wir am Ersten.", "already_paid", sec=["promise_to_pay"], date="2026-12-01", inv=["92820", "92819"], fam=["paid-and-promise", "ordinal-alone"]),
    R("T2811", at(24, "16:50", CET), "Zahlung in KW 49.", "promise_to_pay", date="2026-12-04", fam=["calendar-week", "terse-mobile"]),
    R("T2811", at(25, "10:05", CET), "Eigentlich war die Überweisung für Freitag vorgesehen; wegen der Umstellung unserer Buchhaltungssoftware verschiebt sie sich auf Dienstag, den 8. Dezember.", "promise_to_pay", date="2026-12-08", fam=["moved-date", "condition-in-long-sentence"]),
    R("T2811", at(25, "15:20", CET), "Sobald unser Großkunde in Nürnberg die Christbaumkugeln abgenommen und bezahlt hat, überweisen wir Ihnen den Betrag umgehend.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "undated"]),
    R("T2811", at(26, "11:00", CET), "Wir überweisen heute in einer Woche.", "promise_to_pay", date="2026-12-03", fam=["relative-span"]),
    R("T2811", at(26, "17:40", CET), "Nach der Inventur am Samstag, dem 12.12., überweisen wir am darauffolgenden Montag.", "promise_to_pay", date="2026-12-14", fam=["relative-to-event", "dotted-numeric"]),
    R("T2811", at(27, "09:10", CET), "Zahlung am dreißigsten November.", "promise_to_pay", date="2026-11-30", fam=["date-in-words"]),
    R("T2811", at(27, "13:25", CET), "Wir zahlen 4.000 € nächste Woche Dienstag, den Rest Mitte Dezember.", "promise_to_pay", date="2026-12-01", amount="4000.00", fam=["partial-amount", "two-dates", "weekday-week"]),
    R("T2811", at(23, "11:20", CET), "Die Rechnung 92819 enthält 40 Formen, geliefert wurden 32. Bitte korrigieren.", "dispute", inv=["92819"], fam=["short-delivery"]),
    R("T2811", at(26, "09:45", CET), "Bitte senden Sie uns eine Kopie der Rechnung 92820, sie ist bei uns nicht angekommen.", "invoice_resend", inv=["92820"], fam=["never-received"], sender=0),
    R("T2811", at(24, "13:00", CET), "Ab 1. Januar bitte alle Rechnungen als XRechnung an rechnungseingang@glas-lauscha.example senden.", "po_change", fam=["send-future-invoices", "e-invoice"], sender=0),
    R("T2811", at(25, "08:10", CET), "Ich bin bis einschließlich 4. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@glas-lauscha.example.", "out_of_office", subject="Abwesenheitsnotiz: Zahlungserinnerung – Glashütte Lauscha Rennsteig GmbH", headers=AUTO, fam=["auto-reply"]),
    R("T2811", at(27, "10:40", CET), "Könnten wir die 8.640 € in drei Monatsraten zahlen, erste Rate am 15.12.?", "payment_plan_request", date="2026-12-15", fam=["plan-with-date", "dotted-numeric"]),
    R("T2811", at(24, "12:25", CET), "Die Zahlung wird – vorbehaltlich der Freigabe durch unsere Hausbank, mit der wir am Montag, dem 30.11., sprechen – am Donnerstag darauf ausgeführt.", "promise_to_pay", date="2026-12-03", human=["conditional"], fam=["condition-in-long-sentence", "relative-to-event", "meeting-before-payment"]),
    # --- Orgelpfeifenbau Aigner (AT, strategic)
    R("T2812", at(23, "10:00", CET), "Grüß Gott, die Zahlung erfolgt nach Abnahme der Orgel in St. Florian am 10. Dezember, spätestens jedoch am 18.12.", "promise_to_pay", date="2026-12-18", fam=["relative-to-event", "spaetestens", "dotted-numeric"]),
    R("T2812", at(23, "16:30", CET), "Wir überweisen nach dem Feiertag am 8. Dezember, also am Mittwoch.", "promise_to_pay", date="2026-12-09", fam=["holiday", "restated-date"]),
    R("T2812", at(24, "11:10", CET), "Die Geschäftsleitung gibt in der Sitzung am 2.12. frei, Valuta dann am Freitag derselben Woche.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "relative-to-event"]),
    R("T2812", at(25, "09:50", CET), "Wir zahlen EUR 7.740,– Anfang nächster Woche und die zweite Hälfte im Jänner.", "promise_to_pay", date="2026-11-30", amount="7740.00", fam=["partial-amount", "austrian", "two-dates"]),
    R("T2812", at(26, "14:40", CET), "Zahlung sobald die Diözese die Förderung überwiesen hat.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "undated", "austrian"]),
    R("T2812", at(27, "08:30", CET), "Überweisung übermorgen.", "promise_to_pay", date="2026-11-29", fam=["relative-span", "terse-mobile"]),
    R("T2812", at(24, "15:00", CET), "Die Rechnung bitte an unsere neue Firma Aigner Orgelbau GmbH, FN 584221 k, UID ATU78123456 neu ausstellen.", "po_change", fam=["legal-entity", "tax-id", "reissue"], sender=0),
    R("T2812", at(26, "10:20", CET), "Der Preis für die Zinnpfeifen weicht vom Angebot 2026-0412 ab. Bitte um Gutschrift über die Differenz.", "dispute", fam=["price-vs-quote"]),
    R("T2812", at(25, "08:00", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis 11. Jänner 2027 auf Montage in Bayern.", "out_of_office", subject="Abwesenheit: Zahlungserinnerung – Orgelpfeifenbau Aigner KG", headers=AUTO, human=["back more than 14 days out"], fam=["auto-reply", "long-absence", "austrian"]),
    R("T2812", at(27, "11:50", CET), "Herr Aigner ist für Zahlungen nicht zuständig, bitte wenden Sie sich an rechnungswesen@orgelpfeifen-aigner.example.", "wrong_contact", fam=["wrong-desk"]),
    R("T2812", at(23, "09:15", CET), "Zustellung an folgende Empfänger fehlgeschlagen:\n\nf.aigner@orgelpfeifen-aigner.example\nDas Postfach des Empfängers ist voll.", "bounce", dsn=("f.aigner@orgelpfeifen-aigner.example", "5.2.2"), sender="postmaster@orgelpfeifen-aigner.example", subject="Unzustellbar: Zahlungserinnerung – Orgelpfeifenbau Aigner KG", fam=["dsn-exchange", "mailbox-full"]),
    # --- Glockengiesserei Säntisblick (CH)
    R("T2813", at(23, "13:40", CET), "Grüezi\n\nDie Zahlung der Rechnung 92822 ist am 23.11. mit QR-Rechnung erfolgt.\n\nFreundliche Grüsse\nBarbara Koller", "already_paid", inv=["92822"], fam=["qr-bill", "swiss"], html=True),
    R("T2813", at(24, "10:25", CET), "Die kleine Rechnung zahlen wir mit dem Zahlungslauf per Ende Monat.", "promise_to_pay", date="2026-11-30", inv=["92823"], fam=["month-end", "payment-cycle", "swiss"], sender=0),
    R("T2813", at(25, "14:10", CET), "Wir zahlen CHF 840.– nach dem Chlausmarkt, am Montag, 7. Dezember.", "promise_to_pay", date="2026-12-07", amount="840.00", inv=["92823"], partial=False, fam=["holiday", "weekday-date", "swiss"]),
    R("T2813", at(26, "09:05", CET), "Zahlung in 10 Tagen.", "promise_to_pay", date="2026-12-06", fam=["relative-span", "terse-mobile"]),
    R("T2813", at(26, "16:15", CET), "Die Rechnung 92823 bitte mit unserer Bestellnummer SB-7781 neu ausstellen.", "po_change", inv=["92823"], fam=["po-missing", "swiss"]),
    R("T2813", at(27, "10:55", CET), "Wir haben ein Schreiben erhalten, dass Ihre Bankverbindung geändert hat. Bitte bestätigen Sie telefonisch, vorher zahlen wir nicht.", "other", human=["fraud check"], fam=["fraud-alert", "swiss"]),
    R("T2813", at(24, "13:50", CET), "Könnten wir die Rechnung in zwei Raten begleichen, die Hälfte jetzt und den Rest im Februar?", "payment_plan_request", fam=["plan-request", "swiss"]),
    R("T2813", at(27, "15:30", CET), "Bitte senden Sie uns einen Kontoauszug mit allen offenen Posten.", "invoice_resend", fam=["statement", "swiss"], sender=0),
    R("T2813", at(25, "11:30", CET), "Ich arbeite seit Oktober nicht mehr bei der Glockengiesserei. Bitte wenden Sie sich an kreditoren@glocken-saentis.example.", "wrong_contact", fam=["left-company", "swiss"]),
    R("T2813", at(26, "12:05", CET), "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nDie Übermittlung an folgende Empfänger ist fehlgeschlagen:\n\n     b.koller@glocken-saentis.example\n\n550 5.1.1 Benutzer unbekannt", "bounce", dsn=("b.koller@glocken-saentis.example", "5.1.1"), sender="postmaster@glocken-saentis.example", subject="Unzustellbar: Zahlungserinnerung", fam=["dsn-german"]),
    R("T2813", at(23, "08:30", CET), "Besten Dank, wir haben Ihre Nachricht erhalten und leiten sie weiter.", "other", fam=["no-action", "acknowledgement", "swiss"], sender=0),
    R("T2811", at(27, "16:10", CET), "Nehmen Sie auch Kreditkarte? Dann würde ich Ihnen die Daten telefonisch durchgeben.", "other", human=["card over the phone"], fam=["card-over-phone"]),
]
