"""German replies (field60): a Beelitz asparagus farm in full season, an Ausseerland Narcissus-festival float builder
(Austrian German) and a Swiss cable-car overhaul firm (strategic), around 1 May, Ascension and its Brückentag, Whit
Monday and Corpus Christi. Numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field60.kit import AUTO, CEST, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK60-012", "B6021", "2029-05-03", "5610.00", "EUR", "SPARGELHOF BRUNNENWIESE RE 60211 60212"),
    P("BK60-013", "B6022", "2029-05-11", "3150.00", "EUR", "NARZISSENWAGENBAU AUSSEERLAND"),
    P("BK60-014", "B6023", "2029-05-24", "16800.00", "CHF", "SEILBAHNTECHNIK GANTRISCH AG GT88412"),
]

REPLIES = [
    # --- Spargelhof Brunnenwiese (Beelitz)
    R("B6021", at(4, 23, "07:40", CEST), "Guten Tag, wir überweisen am Freitag.\nGruß H. Lehmann", "promise_to_pay", date="2029-04-27", fam=["weekday"]),
    R("B6021", at(4, 25, "19:15", CEST), "Die Spargelsaison läuft erst seit zwei Wochen und die Erntehelfer werden zuerst bezahlt. Sie bekommen Ihr Geld Mitte Mai.", "promise_to_pay", date="2029-05-15", fam=["mid-month", "season"]),
    R("B6021", at(4, 30, "12:05", CEST), "Morgen ist Feiertag, die Überweisung geht am Mittwoch raus.", "promise_to_pay", date="2029-05-02", fam=["holiday", "weekday"]),
    R("B6021", at(5, 3, "10:20", CEST), "Beide Rechnungen sind am 02.05. überwiesen worden, 5.610,00 €, Verwendungszweck RE 60211 60212.", "already_paid", ref="RE 60211 60212", fam=["paid-with-ref", "dotted-date", "matched"]),
    R("B6021", at(5, 8, "16:45", CEST), "Die Bögen für die Folientunnel (60211) sind zu kurz geliefert worden, 2,40 m statt 2,80 m. Bitte schicken Sie eine Gutschrift, vorher zahlen wir diese Rechnung nicht.", "dispute", inv=inv("60211"), fam=["wrong-goods", "credit-note"]),
    R("B6021", at(5, 9, "08:30", CEST), "Zahlung nach Himmelfahrt, also am Montag, den 14.05.", "promise_to_pay", date="2029-05-14", fam=["holiday", "weekday-date"]),
    R("B6021", at(5, 11, "06:00", CEST), "Vielen Dank für Ihre Nachricht. Am Brückentag ist unser Büro nicht besetzt, ab Montag, 14.05., sind wir wieder für Sie da. Frischen Spargel gibt es wie immer im Hofladen!", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz", sender=0, fam=["auto-reply", "bridge-day"]),
    R("B6021", at(5, 15, "13:50", CEST), "Können wir die 4.680 € in drei Raten zahlen? Die erste Rate von 1.560 € am 1. Juni, dann jeweils zum Monatsersten.", "payment_plan_request", date="2029-06-01", amount="1560.00", inv=inv("60211"), fam=["plan-with-dates", "plan-amount"]),
    R("B6021", at(5, 17, "11:10", CEST), "Bitte schicken Sie uns die Rechnung 60212 noch einmal, wir finden sie nicht.", "invoice_resend", inv=inv("60212"), sender=0, fam=["resend"]),
    R("B6021", at(5, 22, "09:25", CEST), "Zahlung in KW 22.", "promise_to_pay", date="2029-06-01", fam=["calendar-week", "terse"]),
    R("B6021", at(5, 24, "15:35", CEST), "Wir sind umfirmiert. Rechnungen bitte künftig an die Spargelhof Brunnenwiese GmbH, neue USt-IdNr. DE341772905, und die offenen Rechnungen bitte neu ausstellen.", "po_change", fam=["legal-entity", "vat-number", "reissue"]),
    R("B6021", at(5, 29, "18:40", CEST), "Den Rest zahlen wir am 25. Juni, einen Tag nach Saisonende.", "promise_to_pay", date="2029-06-25", fam=["season", "day-month"]),
    R("B6021", at(6, 1, "10:00", CEST), "Frau Lehmann kümmert sich nur noch um den Hofladen. Für Rechnungsfragen wenden Sie sich bitte an unsere Steuerkanzlei, kanzlei@steuer-wendt.example.", "wrong_contact", sender=0, fam=["new-contact", "tax-adviser"]),
    R("B6021", at(6, 4, "14:15", CEST), "Überweisung bis spätestens 08.06.29.", "promise_to_pay", date="2029-06-08", fam=["dotted-date", "short-year", "at-the-latest"]),
    # --- Narzissenwagenbau Ausseerland (Styria, Austrian German)
    R("B6022", at(4, 24, "20:30", CEST), "Grüß Gott! Wir zahlen nach dem Narzissenfest, spätestens am 4. Juni.", "promise_to_pay", date="2029-06-04", fam=["event-date", "at-the-latest", "over-30-days", "austrian"]),
    R("B6022", at(4, 27, "11:00", CEST), "Dienstag ist Staatsfeiertag, wir überweisen am Mittwoch, 2. Mai.", "promise_to_pay", date="2029-05-02", fam=["holiday", "weekday-date", "austrian"]),
    R("B6022", at(5, 2, "17:25", CEST), "Die Styroporblöcke waren zur Hälfte gebrochen, so können wir keinen Wagen bauen. Wir zahlen nur, was brauchbar war.", "dispute", fam=["damaged-goods", "partial-refusal"]),
    R("B6022", at(5, 7, "09:40", CEST), "Der Franz ist bis Freitag beim Narzissenstecken in Altaussee, er meldet sich dann. LG Resi", "out_of_office", human=["absence written by a person"], sender=0, fam=["typed-absence", "austrian"]),
    R("B6022", at(5, 10, "20:05", CEST), "Sorry, heut ist Feiertag. Morgen überweis ich.", "promise_to_pay", date="2029-05-11", fam=["holiday", "tomorrow", "dialect"]),
    R("B6022", at(5, 14, "08:15", CEST), "Hab am Freitag die 3.150 € überwiesen.", "already_paid", fam=["paid-no-ref", "matched-by-amount", "austrian"]),
    R("B6022", at(5, 16, "19:50", CEST), "Kann man das auf drei Monate aufteilen? Der Verein hat erst nach dem Fest wieder Geld in der Kassa.", "payment_plan_request", fam=["undated-plan", "austrian"]),
    R("B6022", at(5, 22, "12:30", CEST), "Zahlung Anfang nächster Woche.", "promise_to_pay", date="2029-05-28", fam=["early-next-week"]),
    R("B6022", at(5, 24, "16:00", CEST), "Braucht's für die Förderung vom Land eine Rechnung auf den Verein, oder passt die so? Bitte um kurze Rückmeldung.", "other", human=["question about the invoice for a grant"], fam=["question", "austrian"]),
    R("B6022", at(5, 29, "10:45", CEST), "Da haben Sie sich in der Adresse vertan, wir sind der Trachtenverein und nicht der Wagenbau.", "wrong_contact", sender="obmann@trachtenverein-aussee.example", fam=["wrong-recipient", "unknown-sender"]),
    R("B6022", at(6, 1, "13:20", CEST), "Zahlung am 15. Juni.", "promise_to_pay", date="2029-06-15", fam=["day-month", "terse"]),
    # --- Seilbahntechnik Gantrisch AG (Bern, strategic)
    R("B6023", at(4, 23, "09:05", CEST), "Grüezi\n\nDie Zahlung ist auf den 30.04.2029 terminiert.\n\nFreundliche Grüsse\nUrs Zurbriggen", "promise_to_pay", date="2029-04-30", fam=["dotted-date", "swiss"]),
    R("B6023", at(4, 26, "14:40", CEST), "Sehr geehrte Damen und Herren\n\nDie Rechnung INV-2027-60231 wurde visiert und wird mit dem Zahlungslauf vom 15.05.2029 beglichen.\n\nFreundliche Grüsse\nKreditorenbuchhaltung\nSeilbahntechnik Gantrisch AG\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige Adressat sind, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail.", "promise_to_pay", date="2029-05-15", inv=inv("60231"), html=True, sender=0, fam=["outlook-html", "formal-ap", "payment-run", "disclaimer"]),
    R("B6023", at(5, 3, "11:30", CEST), "Die Revision der Sesselbahn wurde mit 260 Stunden verrechnet, offeriert waren 190. Bitte korrigieren Sie die Rechnung.", "dispute", fam=["hours-dispute", "swiss"]),
    R("B6023", at(5, 9, "17:00", CEST), "Ich bin bis und mit Montag, 21. Mai (Auffahrt/Pfingsten) abwesend. Ab Dienstag, 22.5., bin ich wieder im Büro.", "out_of_office", headers=AUTO, subject="Abwesenheit: Zahlungserinnerung – Seilbahntechnik Gantrisch AG", fam=["auto-reply", "holiday", "swiss"]),
    R("B6023", at(5, 14, "10:10", CEST), "Bitte senden Sie uns die Rechnung als PDF an kreditoren@gantrisch-seilbahn.example, das Papierexemplar ist bei uns nie angekommen.", "invoice_resend", fam=["never-received", "pdf"]),
    R("B6023", at(5, 16, "15:55", CEST), "Die Zahlung erfolgt nach Pfingsten, am Dienstag, 22.5.", "promise_to_pay", date="2029-05-22", fam=["holiday", "weekday-date"]),
    R("B6023", at(5, 18, "08:45", CEST), "Bitte führen Sie auf der Rechnung die Bestellnummer GT-88412-02 (Nachtrag) auf, sonst können wir sie nicht visieren.", "po_change", sender=0, fam=["po-change", "swiss"]),
    R("B6023", at(5, 23, "16:20", CEST), "Die Zahlung über CHF 16'800.00 wurde heute ausgelöst, Referenz GT88412.", "already_paid", ref="GT88412", fam=["paid-with-ref", "swiss-number", "matched"]),
    R("B6023", at(5, 25, "11:15", CEST), "Wir möchten die Rechnung in zwei Tranchen begleichen: CHF 8'400 per 30.06. und CHF 8'400 per 31.07. Bitte um Bestätigung.", "payment_plan_request", date="2029-06-30", amount="8400.00", fam=["plan-with-dates", "swiss-number"]),
    R("B6023", at(5, 30, "02:48", CEST), "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\nBetreff: Zahlungserinnerung – Seilbahntechnik Gantrisch AG\n\nDie Nachricht hat folgende Empfänger nicht erreicht:\n\nu.zurbriggen@gantrisch-seilbahn.example\nDie E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "bounce", sender="postmaster@gantrisch-seilbahn.example", dsn=("u.zurbriggen@gantrisch-seilbahn.example", "5.1.10"), subject="Unzustellbar: Zahlungserinnerung – Seilbahntechnik Gantrisch AG", fam=["dsn-exchange", "recipient-not-found"]),
    R("B6023", at(6, 1, "09:35", CEST), "Bitte bestätigen Sie uns Ihre IBAN schriftlich auf Firmenpapier mit Unterschrift. Unsere Bank verlangt das bei neuen Lieferanten.", "other", human=["bank-detail confirmation"], sender=0, fam=["bank-details", "verification"]),
    R("B6023", at(6, 4, "13:05", CEST), "Zahlung bis Ende Juni.", "promise_to_pay", date="2029-06-30", fam=["end-of-month-named", "terse"]),
]
