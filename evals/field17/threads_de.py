"""German replies (field17): a Saxon organ builder, a climbing hall on a plan and a South Tyrolean winery co-operative
(strategic)."""

from evals.field.build import Payment, Reply
from evals.field17.kit import CET, at, dsn, ooo

R = Reply
P = Payment

PAYMENTS = [
    P("BK17-021", "S1721", "2026-11-20", "8740.00", "EUR", "ORGELBAU FREIBERGER GMBH RE17211 17212"),
    P("BK17-022", "S1723", "2026-11-23", "14602.00", "EUR", "KELLEREI ETSCHTAL GEN KE-2026-318"),
]

REPLIES = [
    # --- Orgelbau Freiberger (DE, Sachsen)
    R("S1721", at(23, "08:30", CET), "Moin, Zahlung geht Mi. raus.\nGruß T. Freiberger", "promise_to_pay", date="2026-11-25", fam=["abbrev-weekday", "terse"]),
    R("S1721", at(24, "11:10", CET), "Wir überweisen beide Rechnungen am 4.12.", "promise_to_pay", date="2026-12-04", fam=["dotted-date"]),
    R("S1721", at(25, "14:30", CET), "Die Zahlung erfolgt in KW 49.", "promise_to_pay", date="2026-12-04", fam=["calendar-week", "terse"], sender=0),
    R("S1721", at(26, "09:20", CET), "Wir zahlen übernächste Woche, sobald die Orgel in Chemnitz abgenommen ist.", "promise_to_pay", date="2026-12-11", human=["conditional"], fam=["week-after-next", "estimate-of-event"]),
    R("S1721", at(27, "21:45", CET), "Sorry, spät – wir zahlen Montag, den 30.11.", "promise_to_pay", date="2026-11-30", fam=["late-evening", "weekday-date"]),
    R("S1721", at(23, "16:40", CET), "Buchhaltung: Die Zahlung war für den 27.11. vorgesehen, wurde aber auf den 3.12. verschoben, da unser Zahlungslauf umgestellt wird.", "promise_to_pay", date="2026-12-03", fam=["moved-date", "dotted-date"], sender=0),
    R("S1721", at(24, "15:05", CET), "Den Betrag von 1.260,00 € überweisen wir morgen, für die 7.480,00 € brauchen wir noch die Freigabe des Gemeindekirchenrats.", "promise_to_pay", date="2026-11-25", amount="1260.00", human=["conditional"], fam=["european-amount", "partial-amount", "condition"]),
    R("S1721", at(25, "18:10", CET), "Zahlung erfolgt zum Monatsletzten.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("S1721", at(26, "13:15", CET), "Überweisung erfolgt innerhalb von 10 Tagen nach Eingang Ihrer Gutschrift über die Pfeifenreparatur, die uns für Montag zugesagt ist.", "promise_to_pay", date="2026-12-10", human=["conditional"], fam=["condition-date", "within-days"]),
    R("S1721", at(27, "12:00", CET), "Wir zahlen am Ersten.", "promise_to_pay", date="2026-12-01", fam=["ordinal-word", "terse"]),
    # --- Kletterhalle Felsenfest (DE, on a plan)
    R("S1722", at(23, "10:00", CET), "Die dritte Rate über 2.037,50 € geht wie vereinbart am 1. Dezember raus.", "promise_to_pay", date="2026-12-01", amount="2037.50", fam=["instalment", "existing-plan", "european-amount"]),
    R("S1722", at(24, "19:30", CET), "Die Rate für Dezember überweisen wir nach unserem Nikolaus-Boulderturnier, also am 7.12.", "promise_to_pay", date="2026-12-07", human=["partial"], fam=["instalment", "reason-date", "dotted-date"]),
    R("S1722", at(25, "12:45", CET), "Zahlung Anfang nächster Woche.", "promise_to_pay", date="2026-11-30", fam=["early-next-week", "terse"]),
    R("S1722", at(26, "08:55", CET), "Wir zahlen Ende des Monats, dann sind auch die Mitgliedsbeiträge eingezogen.", "promise_to_pay", date="2026-11-30", fam=["month-end", "reason-date"], sender=0),
    R("S1722", at(27, "10:30", CET), "Die nächste Rate kommt Freitag in einer Woche.", "promise_to_pay", date="2026-12-11", human=["partial"], fam=["friday-week", "instalment"]),
    R("S1722", at(23, "23:55", CET), "Ich mach die Überweisung morgen früh, versprochen.", "promise_to_pay", date="2026-11-24", fam=["late-evening", "tomorrow"]),
    # --- Kellerei Etschtal (IT, Südtirol, strategic)
    R("S1723", at(23, "09:15", CET), "Sehr geehrte Damen und Herren,\n\nder Verwaltungsrat genehmigt die Zahlung in seiner Sitzung am 2. Dezember; die Überweisung erfolgt mit Valuta 4. Dezember.\n\nMit freundlichen Grüßen\nEvi Pichler\nLeiterin Rechnungswesen", "promise_to_pay", date="2026-12-04", html=True, fam=["meeting-before-payment", "outlook-html", "value-date"]),
    R("S1723", at(24, "10:40", CET), "Wegen des Feiertags am 8. Dezember (Maria Empfängnis) zahlen wir erst am Mittwoch, 9.12.", "promise_to_pay", date="2026-12-09", fam=["holiday", "weekday-date"]),
    R("S1723", at(25, "16:00", CET), "Die 2.270 Euro zahlen wir diese Woche noch, die 14.900 nach der Traubengeldauszahlung Mitte Dezember.", "promise_to_pay", date="2026-11-27", amount="2270.00", fam=["this-week", "two-dates", "partial-amount"]),
    R("S1723", at(26, "11:20", CET), "Zahlungsziel laut Rahmenvertrag 60 Tage ab Monatsende – Zahlung somit am 31.12.2026.", "promise_to_pay", date="2026-12-31", fam=["dotted-date", "terms"], sender=0),
    R("S1723", at(27, "08:10", CET), "Überweisung heute Nachmittag.", "promise_to_pay", date="2026-11-27", fam=["today", "terse"]),
    R("S1723", at(24, "14:20", CET), "Die Zahlung erfolgt bis spätestens 15. Jänner.", "promise_to_pay", date="2027-01-15", fam=["austrian-month-name", "far-date", "at-the-latest"]),
    # --- already_paid
    R("S1721", at(25, "10:05", CET), "Beide Rechnungen wurden am 20.11. in einer Summe überwiesen, Verwendungszweck RE17211/17212.", "already_paid", ref="RE17211/17212", inv=["17211", "17212"], fam=["ref-punctuation", "total-of-two"]),
    R("S1723", at(26, "15:30", CET), "Die Rechnung zu Bestellung KE-2026-318 wurde am 23.11. abzüglich 2 % Skonto bezahlt.", "already_paid", reminded=["17231"], human=["amount differs"], fam=["skonto", "po-as-reference"]),
    # --- dispute
    R("S1721", at(24, "13:30", CET), "In Rechnung 17211 sind 40 Stunden Montage berechnet, vereinbart war ein Pauschalpreis. Bitte korrigieren.", "dispute", inv=["17211"], fam=["price"]),
    R("S1722", at(26, "17:20", CET), "Die Mahngebühr von 15 € akzeptieren wir nicht, wir haben eine Ratenvereinbarung mit Ihnen.", "dispute", fam=["fees", "existing-plan"]),
    # --- invoice_resend
    R("S1721", at(23, "12:10", CET), "Bitte senden Sie uns die Rechnung 17212 nochmal als PDF zu, sie ist bei uns nie angekommen.", "invoice_resend", inv=["17212"], fam=["never-received"], sender=0),
    R("S1723", at(25, "09:40", CET), "Bitte um Zusendung eines aktuellen Kontoauszugs.", "invoice_resend", fam=["statement", "terse"], sender=0),
    # --- po_change
    R("S1723", at(23, "14:05", CET), "Ab sofort bitte alle Rechnungen elektronisch im FatturaPA-Format an unseren Empfängerkodex KRRH6B9 – PDF-Rechnungen können wir nicht mehr verbuchen.", "po_change", fam=["e-invoicing"]),
    R("S1721", at(26, "10:30", CET), "Bitte auf der Rechnung unsere Bestellnummer OF-2026-117 ergänzen und neu zusenden.", "po_change", sec=["invoice_resend"], fam=["po-missing", "copy-with-correction"]),
    # --- payment_plan_request
    R("S1721", at(27, "15:40", CET), "Könnten wir die 7.480 € in drei Monatsraten zahlen, erste Rate Mitte Dezember?", "payment_plan_request", date="2026-12-15", inv=["17211"], fam=["plan-new", "mid-month"]),
    R("S1722", at(25, "09:10", CET), "Wir müssen leider um eine Verlängerung der Ratenzahlung bitten – statt 4 Raten hätten wir gern 8, beginnend im Januar.", "payment_plan_request", fam=["plan-extended", "undated"]),
    # --- out_of_office
    ooo("S1721", at(24, "07:00", CET), "Ich bin bis einschließlich 4. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@orgelbau-freiberger.example.", prefix="Automatische Antwort: ", fam=["ooo-auto"], sender=1),
    ooo("S1723", at(26, "08:00", CET), "Ich bin bis 11. Jänner 2027 in Elternzeit. Bitte wenden Sie sich an verwaltung@kellerei-etschtal.example.", prefix="Abwesenheitsnotiz: ", human=["absent more than 14 days"], fam=["ooo-long"], sender=1),
    # --- bounce
    dsn("S1722", at(24, "09:08", CET), "Diese Nachricht wurde automatisch vom Mailsystem erstellt.\n\nDie Nachricht konnte nicht an folgende Empfänger zugestellt werden:\n\nverwaltung@felsenfest-klettern.example\n550 5.1.1 Benutzer unbekannt", "MAILER-DAEMON@mail.felsenfest-klettern.example", "verwaltung@felsenfest-klettern.example", "5.1.1", prefix="Unzustellbar: ", fam=["dsn-de"]),
    dsn("S1721", at(26, "09:11", CET), "Ihre Nachricht an buchhaltung@orgelbau-freiberger.example konnte nicht zugestellt werden.\n\nDas Postfach des Empfängers ist voll.\n\n552 5.2.2 Postfach voll", "postmaster@orgelbau-freiberger.example", "buchhaltung@orgelbau-freiberger.example", "5.2.2", prefix="Unzustellbar: ", fam=["dsn-de", "dsn-mailbox-full"]),
    # --- wrong_contact
    R("S1722", at(24, "16:50", CET), "Hier ist die Theke der Kletterhalle, für Rechnungen ist Herr Brandt zuständig: j.brandt@felsenfest-klettern.example", "wrong_contact", fam=["shared-mailbox"], sender=0),
    R("S1723", at(27, "11:50", CET), "Frau Pichler ist seit 1. November in Pension. Ihre Nachfolgerin ist Frau Gasser, m.gasser@kellerei-etschtal.example.", "wrong_contact", fam=["left-company"]),
    # --- other
    R("S1722", at(27, "09:30", CET), "Danke, ist angekommen.", "other", fam=["no-action", "ack"]),
    R("S1721", at(25, "20:15", CET), "Ist diese Mahnung echt? Wir haben letzte Woche eine Mail mit einer neuen IBAN von Ihnen bekommen, die uns komisch vorkam.", "other", human=["fraud check"], fam=["fraud-check"]),
]
