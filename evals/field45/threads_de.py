"""Hand-written German replies: a vet practice in Germany, a mountain hotel in the Engadin (strategic; Swiss spelling
and dialect) and a German print shop on credit hold. Dates: June 2027 (Mon 14 – Fri 18)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field45.kit import AUTO, CET, CH, at

PAYMENTS = [
    Payment("BK45-020", "Q4521", "2027-06-15", "2860.00", "EUR", "TIERARZTPRAXIS AM STADTPARK RE 94531"),
    Payment("BK45-021", "Q4522", "2027-06-11", "14980.00", "CHF", "BERGHOTEL PIZ ALPINA AG PA-2027-118"),
    Payment("BK45-022", "Q4523", "2027-06-16", "1367.10", "EUR", "DRUCKEREI HAGEDORN RE 94536 ABZGL 2% SKONTO"),
]

REPLIES = [
    # --- Q4521 Tierarztpraxis am Stadtpark ---
    Reply("Q4521", at(17, "12:15", CET), """Guten Tag,

die Rechnung 94531 haben wir am 15.06. überwiesen. Die 94532 folgt zum Monatsende.

Mit freundlichen Grüßen
Dr. Anja Brenner
Tierarztpraxis am Stadtpark""",
          "already_paid", sec=["promise_to_pay"], date="2027-06-30", inv=["94531", "94532"],
          fam=["paid-and-promise", "end-of-month"], note="94531 matches BK45-020"),
    Reply("Q4521", at(14, "18:40", CET), """Hallo, wir überweisen nächsten Mittwoch. Gruß A. Brenner""",
          "promise_to_pay", date="2027-06-23", fam=["next-weekday"], note="'nächsten Mittwoch' = Wednesday of next week"),
    Reply("Q4521", at(15, "13:10", CET), """Sehr geehrte Damen und Herren,

auf der Rechnung 94532 sind drei Packungen Tollwut-Impfstoff berechnet, geliefert wurden laut Lieferschein aber nur zwei. Bitte korrigieren Sie die Rechnung bzw. schicken Sie uns eine Gutschrift über eine Packung.

Freundliche Grüße
Praxisteam""",
          "dispute", inv=["94532"], sender=0, fam=["dispute-short-delivery"]),
    Reply("Q4521", at(18, "17:55", CET), """Vielen Dank für Ihre Nachricht. Unsere Praxis ist vom 21.06. bis einschließlich 09.07.2027 urlaubsbedingt geschlossen. In Notfällen wenden Sie sich bitte an die Tierklinik Nord. Ihre E-Mail wird nach unserer Rückkehr bearbeitet.""",
          "out_of_office", headers=AUTO, sender=0, subject="Automatische Antwort: Zahlungserinnerung – Tierarztpraxis am Stadtpark Dr. Brenner",
          human=["absence over 14 days"], fam=["ooo-auto", "ooo-long", "practice-closed"]),
    Reply("Q4521", at(17, "09:20", CET), """Guten Morgen,
die Zahlung geht Anfang nächster Woche raus.
Viele Grüße
A. Brenner""",
          "promise_to_pay", date="2027-06-21", fam=["early-next-week"]),
    Reply("Q4521", at(16, "11:30", CET), """Hallo,

könnten Sie uns die Rechnung 94532 bitte nochmal als PDF schicken? Unser Steuerberater findet sie nicht.

Danke und Gruß
Praxis am Stadtpark""",
          "invoice_resend", inv=["94532"], sender=0, fam=["resend"]),
    Reply("Q4521", at(16, "21:05", CET), """Zahlung erfolgt am Freitag, den 25.6. Sorry für die Verspätung, wir hatten Praxis-Umbau.

Gesendet von meinem iPhone""",
          "promise_to_pay", date="2027-06-25", fam=["weekday-and-date", "phone"], quote="none"),
    Reply("Q4521", at(15, "10:45", CET), """Guten Tag,

ich bin nur die Tiermedizinische Fachangestellte am Empfang. Für Rechnungen ist unser Steuerbüro zuständig: Kanzlei Möller & Partner, buchhaltung@kanzlei-moeller.example. Bitte wenden Sie sich direkt dorthin.

Freundliche Grüße
Jana""",
          "wrong_contact", sender=0, fam=["wrong-contact-accountant"]),
    Reply("Q4521", at(15, "16:20", CET), """Guten Tag, wir zahlen beide Rechnungen in 14 Tagen. MfG Brenner""",
          "promise_to_pay", date="2027-06-29", fam=["relative-span"]),
    Reply("Q4521", at(18, "10:10", CET), """Sehr geehrte Damen und Herren,

wir hatten dieses Frühjahr hohe Investitionen (neues digitales Röntgengerät). Wäre eine Ratenzahlung für die 94531 in drei Raten möglich, die erste zum 1.7.?

Mit freundlichen Grüßen
Dr. Anja Brenner""",
          "payment_plan_request", date="2027-07-01", inv=["94531"], fam=["plan-instalments", "numeric-date-dmy"]),
    Reply("Q4521", at(16, "15:15", CET), """Hallo, bis Monatsende ist alles bezahlt. LG""",
          "promise_to_pay", date="2027-06-30", fam=["end-of-month", "terse"]),
    Reply("Q4521", at(14, "12:00", CET), """Vielen Dank, ich habe es an Frau Dr. Brenner weitergeleitet.""",
          "other", sender=0, fam=["no-action", "forwarded"]),

    # --- Q4522 Berghotel Piz Alpina (Engadin, strategic) ---
    Reply("Q4522", at(14, "14:05", CH), """Grüezi

Die Rechnung 94533 wurde am 11.6. bezahlt, Zahlungsreferenz PA-2027-118. Bitte prüfen Sie Ihren Zahlungseingang nochmals.

Freundliche Grüsse
Buchhaltung Berghotel Piz Alpina AG""",
          "already_paid", ref="PA-2027-118", inv=["94533"], sender=0, fam=["paid-date", "swiss-spelling"],
          note="matches BK45-021 by reference and amount"),
    Reply("Q4522", at(15, "11:25", CH), """Guten Tag

Die 94534 bezahlen wir nach der Verwaltungsratssitzung vom 24. Juni, konkret am Montag, 28. Juni.

Freundliche Grüsse
Urs Caduff, Direktor""",
          "promise_to_pay", date="2027-06-28", inv=["94534"], fam=["distractor-dates", "weekday-and-date"]),
    Reply("Q4522", at(16, "09:40", CH), """Grüezi

Bitte stellen Sie uns die Rechnung 94534 neu als QR-Rechnung aus, mit unserer Bestellnummer PA-2027-131 und der neuen Adresse: Berghotel Piz Alpina AG, Via Principala 12, 7504 Pontresina.

Besten Dank
Buchhaltung""",
          "po_change", inv=["94534"], sender=0, fam=["qr-bill", "billing-address", "reissue"]),
    Reply("Q4522", at(16, "07:30", CH), """Ich bin bis am 2. Juli in den Ferien und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung@piz-alpina.example.

Urs Caduff""",
          "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Berghotel Piz Alpina AG",
          human=["absence over 14 days"], fam=["ooo-auto", "ooo-long"]),
    Reply("Q4522", at(17, "15:45", CH), """Grüezi, wir begleichen beide Rechnungen Ende Juni. Freundliche Grüsse, U. Caduff""",
          "promise_to_pay", date="2027-06-30", fam=["end-of-month"]),
    Reply("Q4522", at(18, "10:25", CH), """Sehr geehrte Damen und Herren

Auf der Rechnung 94534 haben Sie uns Frachtkosten von CHF 240.– verrechnet. Vereinbart war Lieferung franko Hotel. Wir bitten um eine Gutschrift über diesen Betrag.

Freundliche Grüsse
Buchhaltung""",
          "dispute", inv=["94534"], sender=0, fam=["dispute-freight", "swiss-spelling"]),
    Reply("Q4522", at(16, "17:10", CH), """Grüezi mitenand
mir zahled das am Mäntig, versproche.
Gruess Urs""",
          "promise_to_pay", date="2027-06-21", fam=["dialect", "bare-weekday"], note="Swiss German: 'am Mäntig' = Monday"),
    Reply("Q4522", at(14, "16:35", CH), """Guten Tag, die Zahlung erfolgt innert 10 Tagen. Freundliche Grüsse Buchhaltung""",
          "promise_to_pay", date="2027-06-24", sender=0, fam=["relative-span", "swiss-spelling"]),
    Reply("Q4522", at(17, "09:06", CH), """Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Übermittlung an folgende Empfänger ist fehlgeschlagen:

      buchhaltung@piz-alpina.example

Grund: 550 5.1.1 Benutzer unbekannt / User unknown""",
          "bounce", sender="postmaster@piz-alpina.example", subject="Unzustellbar: Zahlungserinnerung – Berghotel Piz Alpina AG",
          dsn=("buchhaltung@piz-alpina.example", "5.1.1"), fam=["bounce-german"], gap_days=0),
    Reply("Q4522", at(15, "14:50", CH), """Guten Tag

Wir haben gestern eine E-Mail erhalten, wonach Ihre Bankverbindung geändert habe (neue IBAN bei einer Bank in Zypern). Bitte bestätigen Sie uns telefonisch, ob das stimmt. Bis dahin zahlen wir nichts.

Freundliche Grüsse
Buchhaltung""",
          "other", sender=0, human=["fraud check"], fam=["fraud-check", "bank-details"]),
    Reply("Q4522", at(18, "13:55", CH), """Sehr geehrte Damen und Herren

Im Auftrag der Berghotel Piz Alpina AG teilen wir Ihnen mit, dass die Zahlung der offenen Rechnungen am 30.06.2027 erfolgt.

Freundliche Grüsse
Engadin Treuhand AG
Seraina Pult""",
          "promise_to_pay", date="2027-06-30", sender="s.pult@engadin-treuhand.example", html=True,
          fam=["treuhand", "unknown-sender", "outlook-html"]),
    Reply("Q4522", at(17, "11:05", CH), """Guten Tag

Herr Caduff ist per Ende Mai pensioniert worden. Neuer Direktor ist Gian Andrea Bezzola, g.bezzola@piz-alpina.example. Bitte richten Sie künftige Schreiben an ihn.

Freundliche Grüsse
Sekretariat""",
          "wrong_contact", sender="sekretariat@piz-alpina.example", fam=["wrong-contact-new-person"]),

    # --- Q4523 Druckerei Hagedorn (credit hold) ---
    Reply("Q4523", at(17, "10:50", CET), """Guten Tag,

wir haben die 94536 gestern abzüglich 2 % Skonto überwiesen (1.367,10 EUR). Die 94535 klären wir noch intern.

Mit freundlichen Grüßen
Rechnungswesen Druckerei Hagedorn""",
          "already_paid", inv=["94536", "94535"], sender=0, human=["amount differs"], fam=["skonto", "credit-hold"],
          note="BK45-022 is 1,367.10: Skonto taken, short of 1,395.00"),
    Reply("Q4523", at(15, "14:30", CET), """Sehr geehrte Damen und Herren,

wir schlagen vor, die 94535 in vier Monatsraten à 2.185,00 EUR zu begleichen, beginnend am 15.07. Ist das für Sie in Ordnung? Dann bitten wir auch um Aufhebung der Liefersperre.

Mit freundlichen Grüßen
Tobias Hagedorn""",
          "payment_plan_request", date="2027-07-15", amount="2185.00", inv=["94535"], fam=["plan-instalments", "credit-hold"]),
    Reply("Q4523", at(16, "12:40", CET), """Hallo,

die mit Rechnung 94535 gelieferte Farbe (Pantone 286 C, 40 kg) war verunreinigt. Ein kompletter Auftrag für die Stadtwerke ist Makulatur. Wir zahlen diese Rechnung nicht, bevor das geklärt ist.

T. Hagedorn""",
          "dispute", inv=["94535"], fam=["dispute-quality", "credit-hold"]),
    Reply("Q4523", at(14, "15:25", CET), """Guten Tag,

die Zahlung erfolgt, sobald unser Kunde (die Stadtwerke) die Broschüren bezahlt hat. Vorher ist es leider nicht möglich.

Rechnungswesen""",
          "promise_to_pay", sender=0, human=["conditional", "undated"], fam=["conditional", "credit-hold"]),
    Reply("Q4523", at(16, "08:50", CET), """Guten Morgen, Zahlung ist für KW 25 eingeplant, voraussichtlich Dienstag. Gruß Hagedorn""",
          "promise_to_pay", date="2027-06-22", fam=["iso-week", "credit-hold"], note="Tuesday of ISO week 25 = 22 June"),
    Reply("Q4523", at(18, "11:40", CET), """Sehr geehrte Damen und Herren,

über das Vermögen der Druckerei Hagedorn GmbH wurde mit Beschluss des Amtsgerichts vom 10.06.2027 das vorläufige Insolvenzverfahren eröffnet. Zum vorläufigen Insolvenzverwalter wurde Rechtsanwalt Dr. Peter Kessler bestellt. Zahlungen an Gläubiger sind bis auf Weiteres nicht zulässig. Bitte melden Sie Ihre Forderungen beim vorläufigen Insolvenzverwalter an.

Mit freundlichen Grüßen
Kanzlei Dr. Kessler Insolvenzverwaltung""",
          "other", sender="insolvenz@kanzlei-kessler.example", human=["insolvency notice"], fam=["insolvency", "unknown-sender"]),
    Reply("Q4523", at(15, "09:35", CET), """Hallo, bitte schicken Sie uns eine Kopie der Rechnung 94535 und einen aktuellen Kontoauszug. Danke, Rechnungswesen""",
          "invoice_resend", inv=["94535"], sender=0, fam=["resend", "statement"]),
    Reply("Q4523", at(15, "17:20", CET), """Überweisung geht übermorgen raus. Hagedorn""",
          "promise_to_pay", date="2027-06-17", fam=["day-after-tomorrow", "terse"]),
    Reply("Q4523", at(18, "08:05", CET), """Ich bin bis einschließlich 22.06. nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.
Tobias Hagedorn""",
          "out_of_office", headers=AUTO, subject="Abwesend: Zahlungserinnerung – Druckerei Hagedorn GmbH", fam=["ooo-auto", "ooo-within-14", "credit-hold"]),
    Reply("Q4523", at(16, "09:06", CET), """Dies ist eine automatisch generierte Nachricht des Mailservers mail.druckerei-hagedorn.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.

<rechnungswesen@druckerei-hagedorn.example>: Postfach voll (552 5.2.2 Quota exceeded)""",
          "bounce", sender="MAILER-DAEMON@mail.druckerei-hagedorn.example", subject="Unzustellbar: Zahlungserinnerung – Druckerei Hagedorn GmbH",
          dsn=("rechnungswesen@druckerei-hagedorn.example", "5.2.2"), fam=["bounce-german", "mailbox-full"], gap_days=0),
    Reply("Q4523", at(16, "16:00", CET), """Hallo, wir zahlen Ende nächster Woche. Grüße T.H.""",
          "promise_to_pay", date="2027-06-25", fam=["end-of-next-week"]),
    Reply("Q4523", at(17, "13:30", CET), """Sehr geehrte Damen und Herren,

bitte senden Sie Rechnungen ab sofort ausschließlich per E-Mail an rechnungseingang@druckerei-hagedorn.example, möglichst als XRechnung oder ZUGFeRD. Papierrechnungen können wir nicht mehr verarbeiten.

Rechnungswesen""",
          "po_change", sender=0, fam=["invoice-channel", "e-invoice"]),
]
