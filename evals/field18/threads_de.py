"""German replies (field18): a Franconian brewery, a Vorarlberg ski school and a Swiss veterinary practice (strategic)."""

from evals.field.build import Payment, Reply
from evals.field18.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK18-020", "U1821", "2026-11-20", "3960.00", "EUR", "BRAUEREI KESSELGRUND GMBH RE 18211"),
    P("BK18-021", "U1822", "2026-11-23", "2740.00", "EUR", "SKISCHULE ARLBERGHANG OG"),
]

REPLIES = [
    # --- Brauerei Kesselgrund (DE)
    R("U1821", at(23, "08:40", CET), "Zahlung erfolgt Do.\nGruß T. Weidner", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse"]),
    R("U1821", at(24, "10:15", CET), "Guten Tag, wir zahlen am 4.", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone"]),
    R("U1821", at(25, "13:50", CET), "Die Überweisung ist für den 4.12. vorgemerkt.", "promise_to_pay", date="2026-12-04", fam=["dotted-date"], sender=0),
    R("U1821", at(26, "09:20", CET), "Beide Rechnungen gehen mit unserem Zahllauf am Mittwoch raus.", "promise_to_pay", date="2026-12-02", fam=["payment-run", "weekday"]),
    R("U1821", at(27, "11:05", CET), "Zahlung in KW 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse"]),
    R("U1821", at(23, "15:30", CET), "Ursprünglich war der 3. geplant, jetzt wird es leider der 10. – unsere Bank stellt das Onlinebanking um.", "promise_to_pay", date="2026-12-10", fam=["moved-date", "ordinal-alone"]),
    R("U1821", at(24, "12:40", CET), "Wenn die Gutschrift für die Leergutdifferenz bis Montag da ist, zahlen wir am Freitag.", "promise_to_pay", date="2026-11-27", human=["conditional"], fam=["condition-date", "weekday"]),
    R("U1821", at(25, "22:45", CET), "Sorry für die späte Antwort – ich überweise morgen früh.", "promise_to_pay", date="2026-11-26", fam=["late-evening", "tomorrow"]),
    R("U1821", at(26, "14:10", CET), "Wir zahlen übernächste Woche.", "promise_to_pay", date="2026-12-11", fam=["week-after-next"], sender=0),
    R("U1821", at(27, "16:25", CET), "Unser Beirat tagt am 2. Dezember, die Zahlung erfolgt dann am 7. Dezember.", "promise_to_pay", date="2026-12-07", fam=["meeting-before-payment", "spelled-month"]),
    R("U1821", at(23, "11:55", CET), "Die neuen Gärtanks wurden erst am 20.11. geliefert. Wir zahlen am 15. Dez.", "promise_to_pay", date="2026-12-15", fam=["delivery-date", "abbrev-month"]),
    R("U1821", at(24, "16:50", CET), "Zahlung in der ersten Januarwoche, vorher ist das Budget erschöpft.", "promise_to_pay", date="2027-01-08", fam=["first-week-of-month", "far-date"]),
    R("U1821", at(25, "10:35", CET), "Wir zahlen, sobald die Abrechnung der Brauereimesse da ist.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("U1821", at(27, "09:45", CET), "Unsere letzte Zahlung an Sie ging am 12.11. raus. Diese Rechnung begleichen wir, sobald es die Liquidität zulässt.", "promise_to_pay", human=["conditional"], fam=["distractor-only", "past-payment-distractor"], sender=0),
    # --- Skischule Arlberghang (AT)
    R("U1822", at(23, "09:30", CET), "Grüß Gott, wir überweisen innerhalb von 10 Werktagen.", "promise_to_pay", date="2026-12-07", fam=["working-days", "austrian"]),
    R("U1822", at(24, "11:20", CET), "Wir zahlen Mitte Dezember, da beginnt die Saison.", "promise_to_pay", date="2026-12-15", fam=["mid-month"]),
    R("U1822", at(25, "15:05", CET), "Zahlung vor Weihnachten, versprochen.", "promise_to_pay", date="2026-12-24", fam=["holiday", "before-christmas"], sender=0),
    R("U1822", at(26, "17:30", CET), "Wir zahlen gleich nach Weihnachten.", "promise_to_pay", date="2026-12-28", fam=["holiday", "after-christmas", "far-date"], note="25 and 26 December are holidays and the 27th a Sunday"),
    R("U1822", at(27, "10:40", CET), "Die Katharina ist bis 2. Dez. auf Urlaub, sie überweist am Tag danach.", "promise_to_pay", date="2026-12-03", fam=["return-date-in-promise", "abbrev-month", "austrian"], sender=0),
    R("U1822", at(23, "13:15", CET), "Zahlung Dienstag in einer Woche.", "promise_to_pay", date="2026-12-01", fam=["tuesday-week", "terse"]),
    R("U1822", at(24, "08:55", CET), "Wir zahlen Anfang Dezember.", "promise_to_pay", date="2026-12-01", fam=["early-month"]),
    R("U1822", at(25, "18:20", CET), "Wir zahlen in 14 Tagen, die Lift-Abrechnung kommt vorher.", "promise_to_pay", date="2026-12-09", fam=["in-two-weeks"]),
    R("U1822", at(26, "12:35", CET), "Die Rechnung vom 15.10. liegt uns vor, wir zahlen so bald wie möglich.", "promise_to_pay", human=["undated"], fam=["distractor-only", "invoice-date-distractor", "asap"]),
    # --- Tierarztpraxis Seeblick (CH, strategic)
    R("U1823", at(23, "10:05", CET), "Guten Tag\n\nDie Zahlung erfolgt per Ende Monat.\n\nFreundliche Grüsse\nUrs Baumann", "promise_to_pay", date="2026-11-30", fam=["month-end", "swiss"]),
    R("U1823", at(25, "14:40", CET), "Die Zahlung erfolgt am letzten Arbeitstag im Januar, gemäss unserem Budgetplan.", "promise_to_pay", date="2027-01-29", fam=["last-working-day", "month-end-weekend", "far-date"], note="31 January 2027 is a Sunday"),
    R("U1823", at(26, "09:10", CET), "Wir zahlen CHF 4'000 am Montag, 7. Dezember, den Rest im Januar.", "promise_to_pay", date="2026-12-07", amount="4000.00", fam=["swiss-apostrophe", "partial-amount", "weekday-date"]),
    R("U1823", at(27, "15:55", CET), "Nicht am Donnerstag wie angekündigt, sondern am Freitag bis 15 Uhr.", "promise_to_pay", date="2026-12-04", fam=["moved-date", "not-x-but-y", "time-of-day"]),
    R("U1823", at(24, "13:25", CET), "Die Zahlung ist für das nächste Quartal eingeplant.", "promise_to_pay", date="2027-01-01", fam=["next-quarter", "far-date"], sender=0),
    R("U1823", at(23, "16:45", CET), "Die Zahlung wird nach Freigabe durch den Verwaltungsrat erfolgen. Die nächste Sitzung ist am 3. Dezember, einen Zahlungstermin kann ich noch nicht nennen.", "promise_to_pay", human=["conditional"], fam=["distractor-only", "meeting-before-payment"]),
    # --- already paid
    R("U1821", at(24, "09:05", CET), "Bezahlt am 20.11., Verwendungszweck RE 18211.", "already_paid", ref="RE 18211", inv=["18211"], fam=["dotted-date"]),
    R("U1822", at(25, "11:50", CET), "Haben wir schon am Montag überwiesen, 2.740 €.", "already_paid", fam=["past-weekday", "austrian"]),
    # --- disputes
    R("U1821", at(26, "10:30", CET), "Bei 18212 sind 40 Kästen Etiketten berechnet, geliefert wurden 30. Bitte korrigieren.", "dispute", inv=["18212"], fam=["quantity"]),
    R("U1823", at(23, "14:20", CET), "Die Position «Notfallpauschale» war nie vereinbart. Den unbestrittenen Teil zahlen wir am Freitag.", "dispute", sec=["promise_to_pay"], date="2026-11-27", human=["partial"], fam=["fee", "undisputed-part", "swiss"]),
    # --- copies, billing changes
    R("U1822", at(27, "14:50", CET), "Bitte die Rechnung nochmal als PDF schicken, danke.", "invoice_resend", fam=["copy"], sender=0),
    R("U1821", at(23, "10:50", CET), "Können Sie uns einen Kontoauszug per 30.11. schicken? Wir machen Inventur.", "invoice_resend", fam=["statement"]),
    R("U1823", at(24, "15:35", CET), "Bitte auf der Rechnung unsere Bestellnummer TS-5520-B angeben und neu ausstellen.", "po_change", fam=["add-po"]),
    R("U1821", at(27, "13:20", CET), "Neue Rechnungsadresse ab sofort: Brauerei Kesselgrund GmbH, Mühlweg 4, 96049 Bamberg.", "po_change", fam=["address"], sender=0),
    # --- plans
    R("U1822", at(26, "15:15", CET), "Können wir die 2.740 € in drei Raten zahlen, erste Rate am 15.12.?", "payment_plan_request", date="2026-12-15", fam=["plan-three", "dotted-date"]),
    R("U1821", at(25, "16:05", CET), "Wäre eine Ratenzahlung möglich? 1.000 € am 1. Dezember, den Rest in zwei Monatsraten.", "payment_plan_request", date="2026-12-01", amount="1000.00", fam=["plan-three", "spelled-month"]),
    # --- absences, DSNs
    R("U1821", at(24, "09:06", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 1. Dezember nicht im Büro.", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Brauerei Kesselgrund GmbH", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("U1822", at(24, "09:06", CET), "Unser Büro ist bis 18. Dezember geschlossen. Ab dem Saisonstart sind wir wieder für Sie da.", "out_of_office", headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Skischule Arlberghang OG", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "seasonal-closure"], sender=0),
    R("U1821", at(25, "09:07", CET), "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte nicht zugestellt werden an:\n\nbuchhaltung@brauerei-kesselgrund.example\n550 5.1.1 Empfänger unbekannt", "bounce", sender="MAILER-DAEMON@mx.brauerei-kesselgrund.example", subject="Unzustellbar: Zahlungserinnerung – Brauerei Kesselgrund GmbH", dsn=("buchhaltung@brauerei-kesselgrund.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-de"]),
    R("U1823", at(26, "09:07", CET), "Die Zustellung an diese Empfänger ist fehlgeschlagen:\n\nu.baumann@tierarzt-seeblick.example\nDas Postfach des Empfängers ist voll.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@tierarzt-seeblick.example", subject="Unzustellbar: Zahlungserinnerung – Tierarztpraxis Seeblick AG", dsn=("u.baumann@tierarzt-seeblick.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-de", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("U1821", at(26, "11:40", CET), "Herr Weidner ist seit 1.11. nicht mehr bei uns. Zuständig ist Frau Sonja Pfister, s.pfister@brauerei-kesselgrund.example.", "wrong_contact", fam=["left-company"]),
    R("U1823", at(25, "10:25", CET), "Ich bin nur die Praxisassistenz. Für Zahlungen ist Herr Baumann zuständig, u.baumann@tierarzt-seeblick.example.", "wrong_contact", fam=["wrong-person", "swiss"], sender=0),
    R("U1821", at(23, "14:55", CET), "Danke, ist weitergeleitet.", "other", fam=["no-action", "forwarded-internally"], sender=0),
    R("U1822", at(27, "12:05", CET), "Können wir künftig per Kreditkarte zahlen? Das wäre für uns einfacher.", "other", human=["payment method question"], fam=["card-question"]),
]
