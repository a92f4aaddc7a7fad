"""German replies (field47): a riding centre on the Lüneburg Heath, a Vorarlberg laundry on a plan, a Basel-Land
locksmith (strategic) and an Erzgebirge aerial survey firm on credit hold, around Easter and the quarter end."""

from evals.field.build import Payment, Reply
from evals.field47.kit import AUTO, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK47-014", "R4721", "2027-03-24", "4205.00", "EUR", "REITSPORTZENTRUM LUENEBURGER HEIDE RSZ 947211 947212"),
    P("BK47-015", "R4723", "2027-03-23", "9860.00", "CHF", "SCHLIESSTECHNIK BIRSFELDEN AG ZA 947231"),
    P("BK47-016", "R4724", "2027-03-19", "5000.00", "EUR", "LUFTBILD VERMESSUNG ERZGEB"),
]

REPLIES = [
    # --- Reitsportzentrum Lüneburger Heide
    R("R4721", at(25, "09:15", "EU"), "Guten Morgen,\nwir überweisen am Dienstag nach Ostern, also am 30.03.\nViele Grüße\nHeike Brockmann", "promise_to_pay", date="2027-03-30", fam=["weekday-after-easter", "dotted-date"]),
    R("R4721", at(29, "18:20", "EU"), "Hallo, trotz Ostermontag kurz von mir: Die beiden Rechnungen gehen in KW 14 raus, voraussichtlich Mittwoch.", "promise_to_pay", date="2027-04-07", fam=["calendar-week-weekday", "holiday-context"]),
    R("R4721", at(30, "08:45", "EU"), "Zahlung zum Quartalsende.", "promise_to_pay", date="2027-03-31", sender=0, fam=["quarter-end", "terse"]),
    R("R4721", at(31, "11:30", "EU"), "Die Überweisung war für heute vorgesehen. Unser Steuerberater hat die Zahlungsfreigabe aber auf den 8.4. verschoben, weil am 10. die Umsatzsteuer-Voranmeldung fällig ist und er die Liquidität im Blick behalten will.", "promise_to_pay", date="2027-04-08", fam=["moved-date", "dotted-date", "tax-date-distractor"]),
    R("R4721", at(26, "10:10", "EU"), "Die 725,00 € zahlen wir morgen, die andere Rechnung Mitte April.", "promise_to_pay", date="2027-03-27", amount="725.00", partial=False, fam=["two-dates", "good-friday", "mid-month"]),
    R("R4721", at(27, "16:40", "EU"), "Wir zahlen, sobald die Reitbeteiligungen für April eingegangen sind, spätestens aber am 6. April.", "promise_to_pay", date="2027-04-06", sender=0, fam=["latest-date-over-condition"]),
    R("R4721", at(30, "21:15", "EU"), "Entschuldigung, dass ich erst jetzt antworte - bei uns ist Fohlenzeit. Ich überweise morgen in einer Woche.", "promise_to_pay", date="2027-04-07", fam=["tomorrow-in-a-week", "late-evening"]),
    # --- Großwäscherei Ländle (AT, plan)
    R("R4722", at(26, "09:30", "EU"), "Grüß Gott,\ndie Märzrate über 2.000 € überweisen wir am 31. März.\nFrohe Ostern!\nMarkus Feurstein", "promise_to_pay", date="2027-03-31", amount="2000.00", fam=["instalment", "austrian"]),
    R("R4722", at(30, "10:00", "EU"), "Die Rate für April geht wie vereinbart am 15. hinaus.", "promise_to_pay", date="2027-04-15", human=["partial"], sender=0, fam=["instalment", "day-of-month", "austrian"]),
    R("R4722", at(31, "16:10", "EU"), "Wegen der Umstellung auf die neue Buchhaltungssoftware verschiebt sich die Rate um eine Woche, auf den 7. April.", "promise_to_pay", date="2027-04-07", human=["partial"], fam=["instalment", "moved-date"]),
    # --- Schliesstechnik Birsfelden (CH, strategic)
    R("R4723", at(25, "14:05", "EU"), "Grüezi\n\nDie Rechnung 947231 ist visiert und wird mit dem Zahlungslauf vom 1. April bezahlt. Die 947232 liegt noch beim Projektleiter zur Kontrolle.\n\nFreundliche Grüsse\nUrs Gysin\nLeiter Rechnungswesen", "promise_to_pay", date="2027-04-01", inv=["947231", "947232"], human=["other invoice on hold"], fam=["swiss", "hold-on-other", "payment-run"]),
    R("R4723", at(30, "10:30", "EU"), "Sehr geehrte Damen und Herren\n\nBesten Dank für Ihre Erinnerung. Die Zahlung von CHF 11'400.00 wird per Valuta 06.04.2027 ausgeführt.\n\nFreundliche Grüsse\nKreditorenbuchhaltung\nSchliesstechnik Birsfelden AG", "promise_to_pay", date="2027-04-06", amount="11400.00", partial=False, html=True, sender=0, fam=["outlook-html", "swiss-apostrophe", "value-date"]),
    R("R4723", at(31, "09:00", "EU"), "Wir zahlen nach dem Verwaltungsratsbeschluss vom 13. April, Valuta 16. April.", "promise_to_pay", date="2027-04-16", fam=["meeting-before-payment", "value-date"]),
    # --- Luftbild Vermessung Erzgebirge (credit hold)
    R("R4724", at(25, "11:00", "EU"), "Ullrich hier. Die 860 Euro überweise ich heute noch, den Rest nach Eingang der Zahlung vom Landesamt für Geobasisinformation.", "promise_to_pay", date="2027-03-25", amount="860.00", human=["conditional"], fam=["today", "condition", "partial-amount"]),
    R("R4724", at(30, "15:20", "EU"), "Zahlung erfolgt innerhalb von 3 Werktagen.", "promise_to_pay", date="2027-04-02", sender=0, fam=["working-days"]),
    R("R4724", at(31, "07:50", "EU"), "Zahlung am Freitag, den 9. April. Bitte heben Sie die Liefersperre auf, wir brauchen die Akkus für die Befliegung in KW 15.", "promise_to_pay", date="2027-04-09", sec=["other"], fam=["weekday-date", "calendar-week-distractor", "credit-hold-question"]),
    R("R4724", at(26, "13:00", "EU"), "Sehr geehrte Damen und Herren,\n\nwir betreuen die Luftbild Vermessung Erzgebirge GmbH steuerlich. Die Zahlung der Rechnung 947241 wird bis 16.04.2027 erfolgen.\n\nMit freundlichen Grüßen\nKanzlei Meinel & Partner Steuerberatungsgesellschaft\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.", "promise_to_pay", date="2027-04-16", inv=["947241"], sender="zahlungsverkehr@kanzlei-meinel.example", fam=["tax-adviser", "unknown-sender", "disclaimer", "dotted-date"]),
    # --- already paid
    R("R4721", at(29, "09:40", "EU"), "Beide Rechnungen wurden am 24.03. überwiesen, Verwendungszweck RSZ 947211 947212.", "already_paid", ref="RSZ 947211 947212", inv=["947211", "947212"], sender=0, fam=["dotted-date", "ref-match"]),
    R("R4723", at(26, "08:30", "EU"), "Die Rechnung 947231 wurde am 23.03.2027 bezahlt (CHF 9'860.00). Zahlungsavis im Anhang.", "already_paid", inv=["947231"], sender=0, attachments=[("Zahlungsavis_947231.txt", "text/plain", "ZAHLUNGSAVIS\nBegünstigter: Northwind Supplies GmbH\nValuta: 23.03.2027\nBetrag: CHF 9'860.00\nRechnung: 947231")], fam=["payment-advice", "one-invoice"]),
    R("R4724", at(29, "11:15", "EU"), "Haben wir doch schon am 19. bezahlt?! 5.000 € per Überweisung.", "already_paid", human=["amount differs"], fam=["short-payment", "irritated"]),
    # --- disputes
    R("R4721", at(31, "10:20", "EU"), "Auf Rechnung 947211 sind 12 Schabracken berechnet, geliefert wurden 10. Bitte schicken Sie eine Gutschrift über 2 Stück, dann zahlen wir.", "dispute", sec=["promise_to_pay"], inv=["947211"], human=["conditional"], fam=["short-delivery", "credit-then-pay"]),
    R("R4723", at(30, "13:30", "EU"), "Der Montagepreis auf 947232 entspricht nicht unserer Offerte Nr. 2026-3318 (CHF 1'240.00 statt 1'540.00). Bitte korrigieren.", "dispute", inv=["947232"], fam=["price-vs-quote", "swiss-apostrophe"]),
    R("R4724", at(30, "09:10", "EU"), "Die Mahngebühr von 40 € akzeptieren wir nicht, wir haben nie eine erste Mahnung bekommen.", "dispute", sender=0, fam=["fees"]),
    # --- other
    R("R4721", at(26, "14:00", "EU"), "Danke, ist angekommen und an Frau Brockmann weitergeleitet.", "other", sender=0, fam=["no-action", "forwarded"]),
    R("R4722", at(25, "08:40", "EU"), "Können wir künftig per SEPA-Lastschrift zahlen? Dann vergessen wir die Raten nicht mehr.", "other", human=["payment method question"], fam=["direct-debit-question"]),
    R("R4723", at(31, "15:00", "EU"), "Wir haben eine E-Mail erhalten, wonach sich Ihre Bankverbindung geändert habe (neue IBAN bei einer Bank in Litauen). Bitte bestätigen Sie uns das telefonisch, bevor wir irgendetwas zahlen.", "other", human=["fraud worry"], fam=["fraud-check", "changed-iban"]),
    # --- resend
    R("R4721", at(25, "15:30", "EU"), "Können Sie mir die Rechnung 947212 nochmal schicken? Ich finde sie nicht.", "invoice_resend", inv=["947212"], fam=["copy"]),
    R("R4724", at(29, "08:00", "EU"), "Schicken Sie uns bitte einen aktuellen Kontoauszug, dann gleichen wir ab.", "invoice_resend", sender=0, fam=["statement"]),
    # --- out of office
    R("R4721", at(26, "09:20", "EU"), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. April nicht im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@reitsport-heide.example.", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Reitsportzentrum Lüneburger Heide GmbH", quote="none", gap_days=0, fam=["ooo-auto", "inclusive-date"]),
    R("R4723", at(30, "10:15", "EU"), "Ich bin bis am 23. April 2027 abwesend. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich an kreditoren@schliesstechnik-birsfelden.example.", "out_of_office", headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Schliesstechnik Birsfelden AG", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "swiss"]),
    # --- bounces
    R("R4722", at(29, "10:20", "EU"), "Dies ist eine automatisch erstellte Nachricht des Mailsystems.\n\nIhre Nachricht konnte an folgende Adresse nicht zugestellt werden:\n\n<rechnungswesen@grosswaescherei-laendle.example>: 550 5.1.1 Empfänger unbekannt", "bounce", sender="MAILER-DAEMON@mail.grosswaescherei-laendle.example", subject="Unzustellbar: Zahlungserinnerung – Großwäscherei Ländle GmbH", dsn=("rechnungswesen@grosswaescherei-laendle.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-de"]),
    R("R4724", at(25, "09:15", "EU"), "Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:\n\nverwaltung@luftbild-erzgebirge.example\nDas Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.\n\nDiagnoseinformationen für Administratoren:\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@luftbild-erzgebirge.example", subject="Unzustellbar: Zahlungserinnerung – Luftbild Vermessung Erzgebirge GmbH", dsn=("verwaltung@luftbild-erzgebirge.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-de", "mailbox-full"]),
    # --- plans
    R("R4724", at(26, "15:45", "EU"), "Wäre eine Ratenzahlung möglich? Wir könnten ab 15. April monatlich 1.000 € zahlen.", "payment_plan_request", date="2027-04-15", amount="1000.00", fam=["monthly-plan"]),
    R("R4721", at(31, "13:10", "EU"), "Könnten wir die 3.480 € in drei Raten zahlen - April, Mai und Juni, jeweils zum Monatsende?", "payment_plan_request", date="2027-04-30", fam=["three-months", "end-of-month"]),
    # --- PO / billing change
    R("R4723", at(26, "11:30", "EU"), "Bitte stellen Sie die Rechnungen künftig als QR-Rechnung aus und vermerken Sie auf 947232 unsere Bestellnummer SB-77352.", "po_change", inv=["947232"], sender=0, fam=["qr-bill", "missing-po"]),
    R("R4722", at(31, "09:40", "EU"), "Wir firmieren ab 1. April als Ländle Textilservice GmbH, die UID ATU12345678 bleibt gleich. Bitte stellen Sie die offenen Rechnungen auf den neuen Namen aus.", "po_change", fam=["new-company-name", "austrian"]),
    # --- wrong contact
    R("R4724", at(31, "12:00", "EU"), "Herr Ullrich ist nicht mehr Geschäftsführer. Ansprechpartnerin ist ab sofort Frau Claudia Rehn, c.rehn@luftbild-erzgebirge.example.", "wrong_contact", sender=0, fam=["new-contact", "left-role"]),
    R("R4722", at(25, "13:20", "EU"), "Bitte schreiben Sie künftig an rechnungswesen@grosswaescherei-laendle.example - ich bin seit März in der Geschäftsführung und nicht mehr für Zahlungen zuständig.", "wrong_contact", fam=["moved-role"]),
    R("R4723", at(30, "16:40", "EU"), "Zahlung erfolgt Ende KW 14.", "promise_to_pay", date="2027-04-09", sender=0, fam=["end-of-calendar-week", "terse"]),
]
