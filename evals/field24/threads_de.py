"""German replies (field24): a Swabian tool maker, a Styrian pumpkin-seed-oil mill on credit hold, a Zürich bike courier."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field24.kit import AUTO, CET, at, r

PAYMENTS = [
    Payment("BK24-09", "Z2421", "2026-11-19", "965.00", "EUR", "RE 92422 HAEBERLE WERKZEUGBAU"),
    Payment("BK24-10", "Z2423", "2026-11-20", "790.00", "CHF", "VKL-8840 VELOKURIER LIMMAT"),
]

REPLIES = [
    # promise_to_pay
    r("Z2421", at(23, "08:15", CET), "promise_to_pay", "2026-11-27", "abbrev-weekday terse-mobile",
      "Zahlung geht Fr. raus. Gruß K. Häberle\n\nVon meinem iPhone gesendet"),
    r("Z2421", at(24, "10:40", CET), "promise_to_pay", "2026-12-04", "dotted-numeric shared-mailbox",
      "Sehr geehrte Damen und Herren,\n\ndie beiden Rechnungen sind für unseren Zahllauf am 4.12.26 vorgemerkt.\n\nMit freundlichen Grüßen\nBuchhaltung Werkzeugbau Häberle GmbH", sender=0),
    r("Z2421", at(25, "14:25", CET), "promise_to_pay", "2026-12-10", "calendar-week",
      "Hallo, des zahlet mir in der KW 50, Donnerstag. Die Bank hat bei uns halt a bissle gedauert. Grüß Gott, Klaus Häberle"),
    r("Z2421", at(26, "09:05", CET), "promise_to_pay", "2026-12-11", "week-after-next",
      "Guten Morgen, übernächste Woche Freitag ist das Geld bei Ihnen, versprochen. Häberle"),
    r("Z2421", at(27, "16:50", CET), "promise_to_pay", "2026-11-30", "month-end",
      "Hallo zusammen, wir überweisen zum Monatsende, also am Montag. Viele Grüße, Buchhaltung", sender=0),
    r("Z2421", at(23, "17:30", CET), "promise_to_pay", "2026-12-01", "relative-span working-days",
      "Sehr geehrte Damen und Herren, die Zahlung erfolgt innerhalb von 6 Werktagen. Mit freundlichen Grüßen K. Häberle"),
    r("Z2421", at(24, "07:20", CET), "promise_to_pay", "2026-12-07", "meeting-before-payment",
      "Morgen, wir haben am Donnerstag Gesellschafterversammlung, danach geb ich die Zahlung frei, spätestens Montag 7.12. Häberle"),
    r("Z2421", at(26, "19:45", CET), "promise_to_pay", "2026-12-15", "mid-month partial",
      "N'Abend. 5.000 € kommen Mitte Dezember, der Rest Anfang Januar. Mehr geht grad ned, die Autozulieferer zahlen selber nix. KH", amount="5000.00"),
    r("Z2422", at(23, "09:50", CET), "promise_to_pay", "2026-12-02", "dotted-numeric credit-hold",
      "Grüß Gott, wir zahlen am 2.12., bitte die Liefersperre aufheben, das Kernöl für den Weihnachtsmarkt muss raus. Liebe Grüße Andrea Pichler"),
    r("Z2422", at(25, "11:15", CET), "promise_to_pay", "2026-12-09", "holiday",
      "Hallo, am 8. Dezember ist bei uns Feiertag und die Bank zu, die Zahlung geht daher am Tag danach raus. Lg Büro Kürbishof", sender=0),
    r("Z2422", at(27, "13:05", CET), "promise_to_pay", "2026-12-01", "next-weekday",
      "Servus, kommenden Dienstag überweisen wir. Andrea"),
    r("Z2423", at(23, "10:20", CET), "promise_to_pay", "2026-12-03", "dotted-numeric shared-mailbox",
      "Grüezi\n\nDie Rechnungen 92424 und 92425 werden am 03.12.2026 zur Zahlung freigegeben.\n\nFreundliche Grüsse\nKreditoren Velokurier Limmat AG", sender=0),
    r("Z2423", at(24, "15:35", CET), "promise_to_pay", "2026-12-31", "end-of-year",
      "Grüezi, wir zahlen alles per Jahresende, so ist das bei uns budgetiert. Freundliche Grüsse, Urs Baumann"),
    r("Z2423", at(26, "08:00", CET), "promise_to_pay", "2026-12-04", "moved-date",
      "Grüezi, der Zahlungslauf vom 1.12. wurde auf Freitag, 4.12. verschoben (Systemumstellung). Ihre Rechnungen sind drin. Gruss U. Baumann"),
    r("Z2421", at(25, "08:30", CET), "promise_to_pay", "2026-11-26", "relative-tomorrow",
      "Moin, morgen geht's raus. Sorry. Häberle"),
    r("Z2421", at(27, "10:10", CET), "promise_to_pay", "2026-12-02", "condition-date",
      "Hallo, sobald die Gutschrift für die falsch gelieferten Fräser am Montag da ist, zahlen wir am Mittwoch drauf den Rest. Gruß Buchhaltung", sender=0, human=["conditional"]),
    r("Z2422", at(24, "12:00", CET), "promise_to_pay", "2026-12-18", "holiday before-christmas",
      "Hallo, vor Weihnachten geht sich das aus, spätestens 18. Dezember. Andrea Pichler"),
    r("Z2423", at(27, "11:40", CET), "promise_to_pay", "2026-12-01", "html-outlook",
      "Grüezi\n\nBesten Dank für die Erinnerung. Die Zahlung von CHF 790.00 für 92425 erfolgt am Dienstag, 1. Dezember. Die 92424 ist noch bei der Geschäftsleitung.\n\nFreundliche Grüsse\nUrs Baumann\nLeiter Finanzen", html=True, quote="outlook",
      inv=["92424", "92425"], amount="790.00", partial=False, human=["second invoice undated"]),
    r("Z2421", at(23, "21:50", CET), "promise_to_pay", "2026-11-24", "late-evening relative-tomorrow terse-mobile",
      "mach ich morgen früh, sorry"),
    r("Z2421", at(26, "13:15", CET), "promise_to_pay", None, "undated",
      "Wir zahlen, sobald der Kunde in Ingolstadt uns bezahlt. Wann das ist, weiß der Himmel. Häberle", human=["undated", "conditional"]),
    # already_paid
    r("Z2421", at(23, "11:05", CET), "already_paid", "2026-12-04", "past-payment-date remittance-reference-variant",
      "Hallo, die 92422 haben wir am 19.11. bezahlt (Verwendungszweck RE 92422). Die andere kommt mit dem nächsten Lauf am 4.12. Gruß Buchhaltung", sender=0, inv=["92421", "92422"], sec=["promise_to_pay"]),
    r("Z2423", at(25, "09:30", CET), "already_paid", None, "shared-mailbox",
      "Grüezi, die VKL-8840 / Rechnung 92425 wurde am 20.11. bezahlt. Freundliche Grüsse Kreditoren", sender=0, inv=["92425"], ref="VKL-8840"),
    # dispute
    r("Z2421", at(24, "14:10", CET), "dispute", None, "short-delivery",
      "Hallo, auf 92421 stehen 50 Hartmetallfräser, geliefert wurden 35. Bitte Gutschrift über 15 Stück, vorher zahlen wir nicht. Häberle", inv=["92421"]),
    r("Z2422", at(26, "10:45", CET), "dispute", None, "price",
      "Grüß Gott, der Preis pro Flaschenkarton ist um 20 Cent höher als im Angebot. So zahlen wir das nicht. Andrea Pichler"),
    # invoice_resend
    r("Z2421", at(27, "08:45", CET), "invoice_resend", None, "never-received shared-mailbox",
      "Guten Tag, die Rechnung 92422 liegt uns nicht vor. Bitte nochmal als PDF an buchhaltung@. Danke", sender=0, inv=["92422"]),
    r("Z2423", at(24, "08:40", CET), "invoice_resend", None, "statement",
      "Grüezi, können Sie uns bitte einen Kontoauszug per 30.11. senden? Danke, U. Baumann"),
    # po_change
    r("Z2421", at(25, "15:55", CET), "po_change", None, "supplier-portal",
      "Sehr geehrte Damen und Herren, ab 01.12. nehmen wir Rechnungen nur noch über unser Lieferantenportal (Coupa) an. Die Zugangsdaten kommen separat. Bitte 92421 dort nochmal einstellen. Buchhaltung", sender=0, inv=["92421"]),
    r("Z2423", at(26, "16:20", CET), "po_change", None, "po-number",
      "Grüezi, auf der 92424 fehlt unsere Bestellnummer VKL-8812-B. Bitte neu ausstellen. Freundliche Grüsse Kreditoren", sender=0, inv=["92424"]),
    # payment_plan_request
    r("Z2422", at(24, "17:10", CET), "payment_plan_request", "2026-12-15", "mid-month",
      "Hallo, könnten wir das in drei Raten zahlen, 15.12., 15.1. und 15.2.? Die Ernte war heuer schlecht. Andrea"),
    r("Z2421", at(27, "09:30", CET), "payment_plan_request", None, "undated",
      "Wär's möglich, dass mir des in Raten zahlet? Zwei oder drei, wie's Ihne passt. Häberle"),
    # out_of_office
    r("Z2421", at(23, "08:00", CET), "out_of_office", None, "ooo",
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@haeberle-werkzeugbau.example.", headers=AUTO, quote="none", subject="Abwesenheitsnotiz: Zahlungserinnerung – Werkzeugbau Häberle GmbH"),
    r("Z2423", at(25, "09:06", CET), "out_of_office", None, "ooo long-absence",
      "Ich bin im Sabbatical bis 15. Januar 2027. Ihre Nachricht wird nicht weitergeleitet.", headers=AUTO, quote="none", subject="Automatische Antwort: Zahlungserinnerung – Velokurier Limmat AG"),
    # bounce
    r("Z2421", at(24, "09:06", CET), "bounce", None, "dsn",
      "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nÜbermittlung an folgende Empfänger fehlgeschlagen:\n\n     k.haeberle@haeberle-werkzeugbau.example\n\n550 5.1.1 Benutzer unbekannt",
      sender="mailer-daemon@haeberle-werkzeugbau.example", dsn=("k.haeberle@haeberle-werkzeugbau.example", "5.1.1"), subject="Unzustellbar: Zahlungserinnerung"),
    r("Z2422", at(26, "09:07", CET), "bounce", None, "dsn",
      "Ihre Nachricht konnte nicht zugestellt werden. Das Postfach a.pichler@kuerbishof-oelmuehle.example ist voll.\n\n452 4.2.2 Postfach voll",
      sender="postmaster@kuerbishof-oelmuehle.example", dsn=("a.pichler@kuerbishof-oelmuehle.example", "4.2.2"), subject="Unzustellbar: Zahlungserinnerung – Ölmühle Kürbishof Gleisdorf"),
    # wrong_contact
    r("Z2421", at(26, "11:30", CET), "wrong_contact", None, "left-role",
      "Ich bin seit Oktober im Ruhestand, des macht jetzt mei Sohn. Schreibet Sie an t.haeberle@haeberle-werkzeugbau.example. Klaus Häberle"),
    r("Z2423", at(23, "14:50", CET), "wrong_contact", None, "acquisition",
      "Grüezi, nach der Übernahme durch die Swiss Urban Logistics sind wir nicht mehr zuständig. Bitte an creditors@swissurban.example schreiben. U. Baumann"),
    # other
    r("Z2421", at(25, "10:00", CET), "other", None, "fraud-alert",
      "Hallo, wir haben heute eine Mail bekommen, Ihre Bankverbindung hätte sich geändert (IBAN in Zypern). Stimmt das? Wir überweisen erst nach Rückruf. Buchhaltung", sender=0, human=["fraud check on changed bank details"]),
    r("Z2422", at(23, "15:20", CET), "other", None, "no-action",
      "Danke, habs an die Buchhaltung weitergeleitet. Lg", sender=0),
    r("Z2423", at(27, "14:30", CET), "other", None, "tax-forms",
      "Grüezi, für die Zahlung benötigen wir Ihr ausgefülltes Lieferantenstammblatt und die UID-Bestätigung. Freundliche Grüsse, Kreditoren", sender=0, human=["supplier form requested"]),
    r("Z2421", at(24, "16:00", CET), "other", None, "tone-complaint",
      "Also ehrlich, seit 30 Jahr zahle mir jede Rechnung, und jetzt so a Mahnung mit Inkassodrohung? Des goht ned. Häberle", human=["complaint about tone"]),
]
