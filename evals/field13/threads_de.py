"""German replies (field13): Austrian ski school and Swiss art foundry; dotted dates, KW, Jänner, Swiss apostrophes."""

from evals.field.build import Payment, Reply
from evals.field13.kit import AUTO, CET, at

R = Reply
P = Payment
A, C = "S1321", "S1322"
PAYMENTS = [
    P("BK13-021", "S1321", "2026-11-24", "720.00", "EUR", "RE 13212 SKISCHULE GIPFELBLICK"),
    P("BK13-022", "S1322", "2026-11-20", "11630.00", "CHF", "KGA BE-5512 RG 13221"),
    P("BK13-023", "S1321", "2026-11-19", "4380.00", "EUR", "ZAHLUNG 13211"),
]
REPLIES = [
    # promises
    R(A, at(23, "08:40", CET), "Servus, Zahlung geht am Do. raus. Florian", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse", "de-AT"]),
    R(A, at(23, "14:10", CET), "Sehr geehrte Damen und Herren,\n\nbeide Rechnungen werden mit 4.12.26 überwiesen.\n\nMit freundlichen Grüßen\nBuchhaltung Skischule Gipfelblick", "promise_to_pay", date="2026-12-04", sender=0, fam=["dotted-date", "formal-ap", "de-AT"]),
    R(A, at(24, "09:55", CET), "Wir zahlen Anfang nächster Woche, sobald die Saisonkarten-Einnahmen da sind – also spätestens Montag.", "promise_to_pay", date="2026-11-30", fam=["early-next-week", "de-AT"]),
    R(A, at(24, "17:30", CET), "Die 720 Euro überweisen wir morgen, die große Rechnung im Jänner.", "promise_to_pay", date="2026-11-25", amount="720.00", inv=["13211", "13212"], fam=["jaenner", "two-dates", "de-AT"], note="an amount for the first of two dates is partial"),
    R(A, at(25, "11:20", CET), "Grüß Gott, die Zahlung ist für KW 49 eingeplant.", "promise_to_pay", date="2026-12-04", sender=0, fam=["calendar-week", "de-AT"]),
    R(A, at(25, "19:05", CET), "Bitte um Geduld, wir zahlen die Hälfte am Monatsende und den Rest Mitte Dezember.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["partial-share", "month-end", "de-AT"]),
    R(A, at(26, "10:00", CET), "Hallo, 13211 wird übernächste Woche bezahlt. LG", "promise_to_pay", date="2026-12-11", inv=["13211"], fam=["week-after-next", "terse", "de-AT"]),
    R(A, at(26, "15:45", CET), "Zahlung erfolgt innerhalb von 5 Werktagen nach Freigabe durch den Geschäftsführer, der ist am Montag wieder da.", "promise_to_pay", date="2026-12-07", fam=["working-days", "meeting-before-payment", "de-AT"], note="the release is Monday 30; five working days after it: Dec 1, 2, 3, 4, 7"),
    R(A, at(27, "09:30", CET), "Wir überweisen € 2.000,– am Dienstag, den Rest nach dem Saisonstart.", "promise_to_pay", date="2026-12-01", amount="2000.00", human=["conditional"], fam=["partial", "conditional", "de-AT"]),
    R(A, at(27, "13:15", CET), "Zahlung heute noch angewiesen? Nein – leider erst am Mittwoch, den 2.12. Sorry!", "promise_to_pay", date="2026-12-02", fam=["weekday-ordinal", "moved-date", "de-AT"]),
    R(C, at(23, "10:25", CET), "Guten Tag\n\nDie Rechnung 13221 ist zur Zahlung per 30.11.2026 freigegeben.\n\nFreundliche Grüsse\nUrsula Baumgartner\nLeiterin Finanzen", "promise_to_pay", date="2026-11-30", inv=["13221"], html=True, fam=["html-outlook", "dotted-date", "de-CH", "strategic"]),
    R(C, at(24, "08:15", CET), "Wir zahlen Fr. 5'000.– am kommenden Freitag, den Restbetrag nach Abnahme der Bronze durch die Stiftung.", "promise_to_pay", date="2026-11-27", amount="5000.00", human=["conditional"], sender=0, fam=["swiss-apostrophe", "partial", "conditional", "de-CH"]),
    R(C, at(25, "16:40", CET), "Die Zahlung erfolgt wie immer mit unserem Zahlungslauf am letzten Arbeitstag des Monats.", "promise_to_pay", date="2026-11-30", sender=0, fam=["month-end-run", "de-CH"]),
    R(C, at(26, "09:05", CET), "Grüezi, Zahlung in 14 Tagen. U. Baumgartner", "promise_to_pay", date="2026-12-10", fam=["in-days", "terse", "de-CH"]),
    R(C, at(26, "14:30", CET), "Der Verwaltungsrat tagt am 3. Dezember; die Zahlung folgt am Montag darauf.", "promise_to_pay", date="2026-12-07", fam=["meeting-before-payment", "de-CH"]),
    R(C, at(27, "11:50", CET), "Wir begleichen die Rechnung bis Ende Jahr.", "promise_to_pay", date="2026-12-31", sender=0, fam=["end-of-year", "over-30-days", "de-CH"]),
    R(C, at(23, "16:55", CET), "Nächste Woche Donnerstag ist das Geld bei Ihnen.", "promise_to_pay", date="2026-12-03", fam=["next-week-weekday", "de-CH"]),
    R(A, at(23, "21:10", CET), "Zahl ma eh. Nächsten Freitag.", "promise_to_pay", date="2026-12-04", fam=["dialect", "next-weekday", "de-AT"]),
    # already_paid
    R(A, at(25, "10:10", CET), "Die 13212 haben wir gestern überwiesen, Verwendungszweck \"RE13212\".", "already_paid", ref="RE13212", inv=["13212"], fam=["ref-spaces", "past-tense", "de-AT"], note="matches BK13-021"),
    R(A, at(23, "12:00", CET), "Hallo, 13211 ist am 19.11. bezahlt worden. Bitte Zahlungseingang prüfen.", "already_paid", inv=["13211"], sender=0, fam=["dotted-date", "passive", "de-AT"], note="matches BK13-023"),
    R(C, at(24, "13:20", CET), "Wir haben am 20.11. CHF 11'650.00 überwiesen (Ref. KGA-BE-5512). Bitte Mahnung stornieren.", "already_paid", ref="KGA-BE-5512", inv=["13221"], human=["amount differs"], fam=["swiss-apostrophe", "bank-charges", "de-CH"], note="BK13-022 is 11,630.00"),
    R(A, at(27, "08:05", CET), "Ist längst bezahlt!!", "already_paid", human=["no matching payment"], fam=["terse", "angry", "de-AT"], note="names nothing, so both invoices are meant: no bank line of 5,100.00"),
    # dispute
    R(A, at(24, "11:45", CET), "Die Rechnung 13211 verrechnet 12 Lawinenpiepser, geliefert wurden 10. Bitte korrigieren.", "dispute", inv=["13211"], fam=["short-delivery", "de-AT"]),
    R(C, at(25, "09:40", CET), "Wir sind als Kulturstiftung von der MWST befreit. Bitte stellen Sie die Rechnung ohne MWST neu aus.", "dispute", sender=0, fam=["tax-exempt-reissue", "de-CH"]),
    R(A, at(26, "17:20", CET), "Mahngebühr von € 15? Wir zahlen die Rechnung, die Gebühr sicher nicht.", "dispute", sec=["promise_to_pay"], human=["undated"], fam=["fees", "de-AT"]),
    # resend
    R(A, at(25, "14:00", CET), "Können Sie uns bitte die 13212 nochmal schicken? Die ist bei uns nie angekommen.", "invoice_resend", inv=["13212"], fam=["never-received", "de-AT"]),
    R(C, at(27, "10:40", CET), "Bitte senden Sie uns einen aktuellen Kontoauszug.", "invoice_resend", sender=0, fam=["statement", "de-CH"]),
    # po_change
    R(C, at(23, "13:50", CET), "Ab sofort nehmen wir Rechnungen nur noch als QR-Rechnung über unser Portal entgegen. Bitte 13221 dort neu einreichen, Bestellnummer KGA-BE-5512-02.", "po_change", inv=["13221"], sender=0, fam=["supplier-portal", "po", "de-CH"]),
    R(A, at(26, "12:30", CET), "Bitte künftig Rechnungen an buchhaltung@skischule-gipfelblick.example und nicht an Florian schicken, außerdem neue UID ATU73318806.", "po_change", fam=["send-elsewhere", "tax-id", "de-AT"]),
    # plan
    R(A, at(23, "18:00", CET), "Wäre es möglich, 13211 in drei Raten zu zahlen, erste Rate am 15.12.?", "payment_plan_request", date="2026-12-15", inv=["13211"], fam=["plan", "dotted-date", "de-AT"]),
    R(C, at(26, "11:10", CET), "Könnten wir den Betrag auf zwei Zahlungen verteilen, Dezember und Januar?", "payment_plan_request", sender=0, fam=["plan", "de-CH"]),
    # ooo
    R(A, at(24, "09:06", CET), "Ich bin bis 1. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich an buchhaltung@skischule-gipfelblick.example.", "out_of_office", subject="Abwesenheitsnotiz: Zahlungserinnerung – Skischule Arlberg Gipfelblick GmbH", headers=AUTO, quote="none", fam=["auto-reply", "de-AT"]),
    R(C, at(25, "09:06", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis am 11. Januar abwesend.", "out_of_office", subject="Automatische Antwort: Zahlungserinnerung – Kunstgiesserei Aarethal AG", headers=AUTO, quote="none", human=["away more than 14 days"], fam=["auto-reply", "long-absence", "de-CH"]),
    # bounce
    R(A, at(25, "09:07", CET), "Dies ist eine automatisch erstellte Nachricht des Mailsystems.\n\nIhre Nachricht konnte nicht zugestellt werden an:\n\nbuchhaltung@skischule-gipfelblick.example\n\n550 5.1.1 Benutzer unbekannt", "bounce", sender="MAILER-DAEMON@skischule-gipfelblick.example", subject="Unzustellbar: Zahlungserinnerung – Skischule Arlberg Gipfelblick GmbH", dsn=("buchhaltung@skischule-gipfelblick.example", "5.1.1"), quote="none", gap_days=0, lang="de", fam=["dsn-de", "de-AT"]),
    R(C, at(26, "09:08", CET), "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\nkreditoren@giesserei-aarethal.example\nDas Postfach des Empfängers ist voll.\n\nDiagnoseinformationen für Administratoren:\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@giesserei-aarethal.example", subject="Unzustellbar: Zahlungserinnerung – Kunstgiesserei Aarethal AG", dsn=("kreditoren@giesserei-aarethal.example", "5.2.2"), quote="none", gap_days=0, lang="de", fam=["dsn-exchange-de", "mailbox-full", "de-CH"]),
    # wrong_contact
    R(A, at(27, "15:00", CET), "Ich bin nur Skilehrer und hab mit den Rechnungen nix zu tun. Bitte an die Buchhaltung.", "wrong_contact", sender="m.huber@skischule-gipfelblick.example", fam=["not-my-department", "unknown-sender", "de-AT"]),
    R(C, at(24, "15:30", CET), "Frau Baumgartner ist seit Ende Oktober pensioniert. Zuständig ist neu Herr Reto Imboden, r.imboden@giesserei-aarethal.example.", "wrong_contact", sender=0, fam=["retired", "de-CH"]),
    # other
    R(A, at(24, "16:00", CET), "Danke, ist weitergeleitet.", "other", fam=["no-action", "terse", "de-AT"]),
    R(C, at(27, "14:20", CET), "Wir haben eine Mahnung mit einer anderen IBAN erhalten. Ist Ihre Bankverbindung noch gültig? Bitte telefonisch bestätigen.", "other", human=["fraud check"], fam=["fraud-check", "de-CH"]),
    R(A, at(27, "18:30", CET), "Können wir auch mit Kreditkarte zahlen? Dann ginge es sofort.", "other", human=["payment method question"], fam=["payment-method", "de-AT"]),
]
