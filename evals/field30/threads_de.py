"""field30, German replies (Upper Austria, Bielefeld, Bernese Oberland), written by hand."""

from evals.field30.build import Payment, Reply
from evals.field30.kit import AUTO, CET, at

CH_FOOTER = ("Seilbahnen Hohgant AG | Talstation 1 | 3555 Trubschachen\nDiese E-Mail kann vertrauliche und/oder rechtlich geschützte "
             "Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie "
             "bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist "
             "nicht gestattet.")

PAYMENTS = [
    Payment("BK30-013", "R3016", "2026-11-13", "2380.00", "EUR", "2026BR0419 BRANDSTAETTER"),
    Payment("BK30-014", "R3017", "2026-11-16", "9672.60", "EUR", "RE 93033 ABZGL SKONTO LINDEMANN"),
]

REPLIES = [
    Reply("R3016", at(17, "10:15", CET), """Grüß Gott,

die Rechnung 93031 überweisen wir am Montag, den 30. November. Die kleinere (93032) folgt mit dem nächsten Zahllauf Mitte Dezember.

LG Josef Brandstätter""", "promise_to_pay", date="2026-11-30", inv=["93031", "93032"], fam=["weekday-ordinal", "two-dates", "austrian"]),
    Reply("R3016", at(18, "08:40", CET), """Zahlung erfolgt KW 49, voraussichtlich Donnerstag.""", "promise_to_pay", date="2026-12-03",
          fam=["calendar-week", "hedged-weekday", "terse-mobile"]),
    Reply("R3016", at(19, "13:05", CET), """Servus,

nach unserer Rundholz-Versteigerung am 26.11. überweisen wir am Tag darauf alles auf einmal.

Josef""", "promise_to_pay", date="2026-11-27", fam=["relative-to-event", "dotted-numeric", "austrian"]),
    Reply("R3016", at(20, "11:20", CET), """Wir zahlen heute in 14 Tagen. Mfg Brandstätter""", "promise_to_pay", date="2026-12-04", fam=["relative-span", "terse-mobile"]),
    Reply("R3016", at(17, "16:35", CET), """Bitte noch um etwas Geduld, die Zahlung kommt übernächste Woche.""", "promise_to_pay", sender=0, date="2026-12-04",
          fam=["week-after-next"]),
    Reply("R3017", at(17, "09:25", CET), """Guten Tag,

die dritte Rate über 1.500,00 € geht wie vereinbart am 1.12. raus.

Mit freundlichen Grüßen
Ute Lindemann""", "promise_to_pay", date="2026-12-01", amount="1500.00", fam=["instalment-existing-plan", "dotted-numeric"]),
    Reply("R3017", at(19, "14:10", CET), """Sehr geehrte Damen und Herren,

die Rechnung 93034 begleichen wir innerhalb von 10 Werktagen nach Eingang der korrigierten Lieferscheine.

Mit freundlichen Grüßen
Rechnungswesen""", "promise_to_pay", sender=0, inv=["93034"], human=["conditional"], fam=["condition", "working-days"]),
    Reply("R3017", at(20, "10:45", CET), """Hallo, Zahlung kommt Mi., 2.12. Gruß U. Lindemann""", "promise_to_pay", date="2026-12-02",
          fam=["abbrev-weekday", "dotted-numeric", "terse-mobile"]),
    Reply("R3018", at(17, "11:00", CET), f"""Sehr geehrte Damen und Herren

Besten Dank für Ihre Erinnerung. Die Rechnung 93035 ist visiert und wird mit dem Zahlungslauf vom Donnerstag, 26. November 2026, beglichen. Die Rechnung 93036 befindet sich noch in der Visumsrunde; wir rechnen mit der Zahlung per Ende Monat.

Freundliche Grüsse
Kreditorenbuchhaltung

{CH_FOOTER}""", "promise_to_pay", sender=0, date="2026-11-26", inv=["93035", "93036"],
          fam=["weekday-ordinal", "two-dates", "formal-ap", "long-disclaimer", "swiss"]),
    Reply("R3018", at(18, "15:30", CET), """Grüezi

Wir zahlen nach der Verwaltungsratssitzung vom 3. Dezember, und zwar am Montag darauf.

Matthias Gerber""", "promise_to_pay", date="2026-12-07", fam=["meeting-before-payment", "relative-to-event", "swiss"]),
    Reply("R3018", at(20, "09:10", CET), """Guten Tag

Die Zahlung war für den 27. geplant, wird nun aber auf den 4. Dezember verschoben, da die Saisoneröffnung Vorrang hat.

Freundliche Grüsse
M. Gerber""", "promise_to_pay", date="2026-12-04", fam=["moved-date", "ordinal-alone", "swiss"]),
    Reply("R3016", at(19, "22:50", CET), """Morgen früh geht die Überweisung raus. Schönen Abend noch.""", "promise_to_pay", date="2026-11-20",
          fam=["late-evening", "terse-mobile"]),
    Reply("R3017", at(18, "12:20", CET), """Zur Info, siehe unten.

Gruß
Rechnungswesen

-------- Weitergeleitete Nachricht --------
Von: Sparkasse Bielefeld <noreply@sparkasse-bielefeld.example>
Datum: 18.11.2026 11:58
Betreff: Terminüberweisung angelegt

Ihre Terminüberweisung über 1.425,00 EUR an Northwind Supplies GmbH wird am 04.12.2026 ausgeführt.
Verwendungszweck: RE 93034""", "promise_to_pay", sender=0, date="2026-12-04", amount="1425.00", partial=False, inv=["93034"],
          fam=["forwarded-chain", "see-below", "bank-notice", "dotted-numeric"]),
    Reply("R3018", at(19, "10:35", CET), """Grüezi

Wir überweisen die Hälfte am 25.11., den Rest Anfang Januar.

Gruss M. Gerber""", "promise_to_pay", date="2026-11-25", human=["partial"], fam=["partial", "dotted-numeric", "swiss"]),
    Reply("R3016", at(18, "10:55", CET), """Sehr geehrte Damen und Herren,

wir bezahlen Ihre Rechnungen, sobald die Förderung vom Land Oberösterreich bei uns eingelangt ist. Der Bescheid liegt vor, nur die Auszahlung fehlt noch.

Mit freundlichen Grüßen
Brandstätter""", "promise_to_pay", human=["conditional"], fam=["condition", "third-party-payment", "austrian"]),
    Reply("R3017", at(17, "15:05", CET), """Die Überweisung machen wir am Zweiten, versprochen. U.L.""", "promise_to_pay", date="2026-12-02",
          fam=["ordinal-alone", "date-in-words", "terse-mobile"]),
    Reply("R3018", at(17, "14:20", CET), """Guten Tag

Wir begleichen beide Rechnungen per Ende Quartal.

Freundliche Grüsse
Kreditoren""", "promise_to_pay", sender=0, date="2026-12-31", fam=["quarter", "swiss"]),
    # ---- other intents
    Reply("R3016", at(20, "08:30", CET), """Guten Morgen,

die Rechnung 93032 haben wir bereits am 13.11. überwiesen, Referenz 2026-BR-0419. Bitte prüfen.

LG Josef Brandstätter""", "already_paid", ref="2026-BR-0419", inv=["93032"], fam=["remittance-reference-variant", "dotted-numeric"]),
    Reply("R3017", at(19, "09:00", CET), """Guten Tag,

93033 haben wir am Montag abzüglich 2 % Skonto überwiesen.

Gruß Ute Lindemann""", "already_paid", inv=["93033"], human=["amount differs (Skonto)"], fam=["skonto"]),
    Reply("R3016", at(17, "13:40", CET), """Sehr geehrte Damen und Herren,

laut Rechnung 93031 haben Sie uns 18 m³ Lärche verrechnet, geliefert wurden laut Lieferschein aber nur 15 m³. Bitte um Gutschrift über die Differenz, vorher können wir nicht zahlen.

Mit freundlichen Grüßen
Buchhaltung""", "dispute", sender=0, inv=["93031"], fam=["short-delivery", "credit-note", "austrian"]),
    Reply("R3018", at(18, "13:45", CET), """Guten Tag

Auf der Rechnung 93036 ist 8,1 % MWST ausgewiesen. Die Montage wurde aber durch Ihre deutsche Niederlassung erbracht, es gilt das Reverse-Charge-Verfahren. Bitte korrigieren.

Freundliche Grüsse
M. Gerber""", "dispute", inv=["93036"], fam=["vat", "reverse-charge", "swiss"]),
    Reply("R3016", at(19, "08:15", CET), """Hallo, bitte schicken Sie uns die Rechnung 93032 nochmals, sie ist bei uns nie angekommen. Danke""", "invoice_resend",
          inv=["93032"], sender=0, fam=["never-received"]),
    Reply("R3018", at(19, "15:55", CET), """Grüezi

Könnten Sie uns bitte einen aktuellen Kontoauszug mit allen offenen Posten zustellen? Besten Dank.

Kreditoren""", "invoice_resend", sender=0, fam=["statement", "swiss"]),
    Reply("R3017", at(18, "16:00", CET), """Sehr geehrte Damen und Herren,

bitte senden Sie Rechnungen ab sofort ausschließlich als XRechnung an rechnungseingang@druckerei-lindemann.example. PDF-Rechnungen per E-Mail können wir nicht mehr verarbeiten.

Mit freundlichen Grüßen
Rechnungswesen""", "po_change", sender=0, fam=["send-future-invoices", "e-invoicing"]),
    Reply("R3018", at(20, "13:25", CET), """Guten Tag

Bitte vermerken Sie auf der Rechnung 93036 unsere Bestellnummer SH-BE-5590 und stellen Sie sie uns neu zu.

Freundliche Grüsse
Kreditoren""", "po_change", sender=0, inv=["93036"], fam=["po-correction", "swiss"]),
    Reply("R3016", at(18, "14:30", CET), """Grüß Gott,

wäre bei uns eine Ratenzahlung in drei Monatsraten möglich, erste Rate am 15.12.? Der Holzpreis ist heuer leider im Keller.

LG Josef""", "payment_plan_request", date="2026-12-15", fam=["plan-request", "dotted-numeric", "austrian"]),
    Reply("R3017", at(20, "14:15", CET), """Guten Tag,

können wir die bestehende Ratenvereinbarung um die Rechnung 93034 erweitern? Dann hätten wir alles in einer Vereinbarung.

Gruß U. Lindemann""", "payment_plan_request", inv=["93034"], fam=["stretch-plan", "instalment-existing-plan"]),
    Reply("R3016", at(17, "07:50", CET), """Ich bin bis einschließlich 30.11. nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buchhaltung@saegewerk-brandstaetter.example.""",
          "out_of_office", headers=dict(AUTO), subject="Abwesenheitsnotiz: Zahlungserinnerung – Sägewerk Brandstätter GmbH", fam=["auto-reply", "dotted-numeric"]),
    Reply("R3018", at(18, "07:05", CET), """Besten Dank für Ihre Nachricht. Ich bin bis am 14. Dezember abwesend (Vorbereitung Wintersaison) und habe nur beschränkt Zugriff auf meine E-Mails.""",
          "out_of_office", headers=dict(AUTO), human=["away more than 14 days"], subject="Automatische Antwort: Zahlungserinnerung – Seilbahnen Hohgant AG",
          fam=["auto-reply", "long-absence", "swiss"]),
    Reply("R3017", at(19, "05:12", CET), """Dies ist eine automatisch erstellte Nachricht.

Ihre Nachricht konnte nicht zugestellt werden an:
u.lindemann@druckerei-lindemann.example

Grund: 550 5.1.1 Die E-Mail-Adresse des Empfängers wurde nicht gefunden. Überprüfen Sie die Adresse und versuchen Sie es erneut.""",
          "bounce", sender="postmaster@druckerei-lindemann.example", subject="Unzustellbar: Zahlungserinnerung – Druckerei Lindemann KG",
          dsn=("u.lindemann@druckerei-lindemann.example", "5.1.1"), fam=["dsn-exchange"]),
    Reply("R3016", at(20, "06:40", CET), """Zustellung fehlgeschlagen.

Die Nachricht an j.brandstaetter@saegewerk-brandstaetter.example konnte nicht zugestellt werden: das Postfach des Empfängers ist voll (552 5.2.2).

Diese Nachricht wurde automatisch vom Mailserver erzeugt.""", "bounce", sender="MAILER-DAEMON@mail.saegewerk-brandstaetter.example",
          subject="Zustellung fehlgeschlagen", dsn=("j.brandstaetter@saegewerk-brandstaetter.example", "5.2.2"), fam=["dsn-postfix", "mailbox-full"]),
    Reply("R3016", at(19, "11:45", CET), """Guten Tag,

Herr Brandstätter sen. ist seit Oktober in Pension. Bitte wenden Sie sich in Zukunft an seinen Sohn Florian Brandstätter, florian@saegewerk-brandstaetter.example.

Mit freundlichen Grüßen
Buchhaltung""", "wrong_contact", sender=0, fam=["retired", "austrian"]),
    Reply("R3017", at(17, "11:30", CET), """Hallo, ich bin nur für den Vertrieb zuständig und weiß nicht, warum diese Mahnungen bei mir landen. Bitte an die Buchhaltung schreiben.""",
          "wrong_contact", sender="vertrieb@druckerei-lindemann.example", fam=["not-my-department"]),
    Reply("R3016", at(18, "09:20", CET), """Danke, habe ich an unsere Buchhaltung weitergeleitet.""", "other", fam=["no-action", "acknowledgement"]),
    Reply("R3018", at(20, "15:40", CET), """Guten Tag

Wir haben heute ein Schreiben auf Ihrem Briefpapier erhalten, wonach Ihre Bankverbindung auf eine litauische IBAN geändert wurde. Ist das echt? Bis zur Klärung zahlen wir nichts.

M. Gerber""", "other", human=["fraud check"], fam=["fraud-alert", "swiss"]),
]
