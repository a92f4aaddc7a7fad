"""field53 German replies: a Bavarian maypole carpenter, a Liechtenstein dental lab (strategic), a Pinzgau brass-instrument
workshop (credit hold). Tag der Arbeit and the Maibaum raising on 1 May fall inside the window.

Written one by one by hand; each reply's Date is in the sender's own offset (evals/field53/kit.py).
"""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field53.kit import AUTO, CEST, at

PAYMENTS = [
    Payment("BK53-012", "G5321", "2028-04-28", "610.00", "EUR", "RE 99022 ZIMMEREI HUBER"),
    Payment("BK53-013", "G5322", "2028-05-03", "15240.00", "CHF", "DRA ZAHLLAUF KW18"),
    Payment("BK53-014", "G5323", "2028-04-27", "1500.00", "EUR", "TEILZAHLUNG OBERLECHNER"),
]

_WEITERLEITUNG = """Servus, siehe unten – der Xaver hat's beantwortet.

Resi

---------- Weitergeleitete Nachricht ----------
Von: Xaver Huber <x.huber@zimmerei-huber-maibaum.example>
Datum: Sa., 29. Apr. 2028 um 19:52
Betreff: AW: Northwind

Resi, zahl des am Dienstag nach dem Maibaumaufstellen, vorher hab i koa Zeit zum Freigeben.

---------- Weitergeleitete Nachricht ----------
Von: Resi Huber
Datum: Fr., 28. Apr. 2028 um 08:10
Betreff: Northwind

Xaver, die Northwind mahnt scho wieder. Was soll i schreiben?"""

REPLIES = [
    # --- G5321 Zimmerei Maibaum Huber (Oberbayern) ---
    Reply("G5321", at(26, "08:45", CEST), "Grüß Gott, der Chef ist die ganze Woche am Maibaum in Unterwössen. Er lässt ausrichten, dass die Zahlung bis Monatsende rausgeht. Resi Huber",
          "promise_to_pay", "2028-04-30", sender=2, fam=["colleague-for-someone", "monatsende", "bavarian"]),
    Reply("G5321", at(28, "15:20", CEST), "Die 99022 haben wir heute überwiesen, Verwendungszweck RE 99022 ZIMMEREI HUBER.",
          "already_paid", ref="RE 99022 ZIMMEREI HUBER", inv=["99022"], sender=2, fam=["already-paid"], note="BK53-012 matches"),
    Reply("G5321", at(27, "07:10", CEST), "Bei der 99021 sind 40 lfm Fichtenkantholz berechnet, geliefert wurden 32 lfm. Lieferschein liegt vor. Bitte Gutschrift über die Differenz, sonst zahlen wir nur den gelieferten Teil.",
          "dispute", inv=["99021"], sender=1, fam=["quantity"]),
    Reply("G5321", at(27, "12:30", CEST), "Zahlung kommt nächste Woche Mittwoch.",
          "promise_to_pay", "2028-05-03", sender=1, fam=["terse", "next-week-weekday"]),
    Reply("G5321", at(30, "09:55", CEST), _WEITERLEITUNG,
          "promise_to_pay", "2028-05-02", quote="none", sender=2, fam=["forwarded-chain", "buried-answer", "bavarian", "holiday-anchor"],
          note="\"am Dienstag nach dem Maibaumaufstellen\" (the raising is on 1 May) = Tuesday 2 May"),
    Reply("G5321", at(31, "10:00", CEST), "Vielen Dank für Ihre Nachricht. Wir sind am 1. Mai (Tag der Arbeit) nicht im Büro und ab Dienstag, 2. Mai wieder für Sie da.",
          "out_of_office", sender=0, headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Zimmerei Maibaum Huber GmbH", fam=["holiday"]),
    Reply("G5321", at(32, "11:20", CEST), "Können wir die 4.380 € in drei Raten zahlen? 1.460 € jeweils zum 15. Mai, 15. Juni und 15. Juli. Die Gemeinden zahlen uns die Maibäume erst im Sommer.",
          "payment_plan_request", "2028-05-15", "1460.00", sender=1, fam=["plan"]),
    Reply("G5321", at(32, "16:40", CEST), "Bitte schicken Sie uns die Rechnung 99021 nochmal als PDF, die ist im Spam gelandet.",
          "invoice_resend", inv=["99021"], sender=2, fam=["spam-folder"]),
    Reply("G5321", at(33, "08:15", CEST), "Zahlung am 12.05.",
          "promise_to_pay", "2028-05-12", sender=1, fam=["terse", "locale-numeric"]),
    Reply("G5321", at(33, "13:05", CEST), "Ich bin nicht mehr für die Buchhaltung zuständig, bitte wenden Sie sich an r.huber@zimmerei-huber-maibaum.example.",
          "wrong_contact", sender=0, fam=["handover"]),
    Reply("G5321", at(34, "09:35", CEST), "Eigentlich wollten wir am 5. zahlen, jetzt wird's der 10., weil die Gemeinde Unterwössen ihre Schlussrechnung erst am 8. begleicht.",
          "promise_to_pay", "2028-05-10", sender=2, fam=["moved-date", "distractor-date"]),
    Reply("G5321", at(29, "11:00", CEST), "Passt, danke.",
          "other", sender=1, fam=["no-action", "terse"]),
    Reply("G5321", at(34, "17:20", CEST), "Wir zahlen 2.000 € am Montag, den Rest nach Klärung der Gutschrift.",
          "promise_to_pay", "2028-05-08", "2000.00", inv=["99021"], sender=1, fam=["partial", "weekday"]),

    # --- G5322 Dentallabor Rheintal Anstalt (Vaduz, strategic) ---
    Reply("G5322", at(26, "10:10", CEST), "Sehr geehrte Damen und Herren\n\nDie Rechnung 99023 ist zur Zahlung freigegeben und wird mit unserem Zahllauf der KW 18 ausgeführt.\n\nFreundliche Grüsse\nKreditorenbuchhaltung",
          "promise_to_pay", "2028-05-05", inv=["99023"], sender=0, fam=["payment-run", "calendar-week", "swiss-spelling"],
          note="KW 18 of 2028 is 1–7 May; a week named without a day is its Friday (5 May)"),
    Reply("G5322", at(26, "16:30", CEST), "Frau Frommelt ist bis 15. Mai in den Ferien. Ihre Stellvertretung: kreditoren@dentallabor-rheintal.example",
          "out_of_office", sender=1, headers=AUTO, subject="Abwesenheitsnotiz", human=["back more than 14 days out"], fam=["long-absence"]),
    Reply("G5322", at(27, "11:45", CEST), "Bitte ergänzen Sie auf der Rechnung die neue Bestellnummer DRA-20-7741/B und unsere UID CHE-114.228.901 MWST. Ohne diese Angaben kann die Rechnung nicht verbucht werden.",
          "po_change", inv=["99023"], sender=0, fam=["po-number", "tax-number"]),
    Reply("G5322", at(28, "08:20", CEST), "Die Zirkonoxid-Rohlinge in der Lieferung zu 99023 hatten den falschen Farbton (A3 statt A2). Wir beanstanden 30 Stück à CHF 128.–.",
          "dispute", inv=["99023"], sender=1, fam=["wrong-goods", "swiss-amounts"]),
    Reply("G5322", at(31, "09:00", CEST), "Die Zahlung erfolgt nach Freigabe durch die Geschäftsleitung an der Sitzung vom 9. Mai, spätestens jedoch am 12.05.2028.",
          "promise_to_pay", "2028-05-12", sender=1, fam=["condition-date", "latest-by"],
          note="the latest-by date is the commitment; the meeting is only a possible earlier release"),
    Reply("G5322", at(33, "14:10", CEST), "Zahlung heute ausgeführt, CHF 15'240.00, Referenz DRA ZAHLLAUF KW18.",
          "already_paid", ref="DRA ZAHLLAUF KW18", sender=0, fam=["swiss-amounts"], note="BK53-013 matches"),
    Reply("G5322", at(34, "10:45", CEST), "Können Sie uns einen Kontoauszug per 30.04.2028 zustellen? Die Revisionsstelle verlangt eine Saldobestätigung.",
          "invoice_resend", inv=[], sender=1, fam=["statement", "balance-confirmation"]),
    Reply("G5322", at(30, "12:00", CEST), "Zahlung folgt Ende nächster Woche. MF",
          "promise_to_pay", "2028-05-05", sender=1, fam=["terse", "end-of-next-week"],
          note="written Sunday 30 April: next week is 1–7 May, its Friday 5 May"),
    Reply("G5322", at(29, "10:20", CEST), "Guten Tag, Ihre E-Mail an info@ wurde an die Kreditorenbuchhaltung weitergeleitet. Freundliche Grüsse, Empfang",
          "other", sender="empfang@dentallabor-rheintal.example", fam=["no-action", "receptionist"]),

    # --- G5323 Blasmusik Instrumentenbau Pinzgau (credit hold) ---
    Reply("G5323", at(26, "09:30", CEST), "Griaß Eahna, wir haben gestern € 1.500 angewiesen, Rest folgt. Bitte die Liefersperre aufheben, die Musikkapelle braucht die Ventile fürs Maiblasen. Oberlechner",
          "already_paid", ref=None, sender=1, human=["partial"], fam=["partial", "austrian", "credit-hold"],
          note="BK53-014 (1,500, 27 April) matches by amount; short of 6,730"),
    Reply("G5323", at(27, "14:00", CEST), "Den Rest von € 5.230 überweisen wir bis zum 5. Werktag im Mai.",
          "promise_to_pay", "2028-05-08", "5230.00", sender=1, partial=False, fam=["working-day-of-month"],
          note="working days of May 2028 in Austria: 1 May is Staatsfeiertag, so 2, 3, 4, 5, 8 → 8 May (the writer's country's holiday skipped)"),
    Reply("G5323", at(28, "11:15", CEST), "Wir ersuchen um Ratenzahlung: € 1.000,– monatlich, beginnend mit 1. Juni.",
          "payment_plan_request", "2028-06-01", "1000.00", sender=1, fam=["plan", "austrian"]),
    Reply("G5323", at(31, "16:20", CEST), "Die Rechnung 99024 enthält 2 Flügelhornmundstücke, die wir retourniert haben. Wir zahlen die nicht.",
          "dispute", inv=["99024"], sender=1, fam=["returned-goods"]),
    Reply("G5323", at(32, "08:50", CEST), "Zustellung an folgende Empfänger oder Gruppen fehlgeschlagen:\n\noffice@blech-pinzgau.example\nDas Postfach des Empfängers ist voll.",
          "bounce", sender="postmaster@blech-pinzgau.example", dsn=("office@blech-pinzgau.example", "5.2.2"), quote="none", subject="Unzustellbar: Zahlungserinnerung – Blasmusik Instrumentenbau Pinzgau e.U.", fam=["mailbox-full"]),
    Reply("G5323", at(33, "10:05", CEST), "I bin bis 22. Mai auf Kur. Dringendes bitte an office@blech-pinzgau.example.",
          "out_of_office", sender=1, headers=AUTO, subject="Abwesend", human=["back more than 14 days out"], fam=["long-absence", "austrian"]),
    Reply("G5323", at(34, "09:15", CEST), "Zahlung übermorgen.",
          "promise_to_pay", "2028-05-06", sender=1, fam=["terse", "uebermorgen"]),
    Reply("G5323", at(30, "18:30", CEST), "Mein Vater ist nimmer im Betrieb, bitte an mich schreiben: lukas@blech-pinzgau.example",
          "wrong_contact", sender="lukas@blech-pinzgau.example", fam=["family"]),
    Reply("G5323", at(29, "13:40", CEST), "Wir zahlen, sobald die Förderung vom Land Salzburg eingelangt ist – voraussichtlich Mitte Mai.",
          "promise_to_pay", "2028-05-15", human=["conditional"], sender=1, fam=["conditional", "mid-month"]),
    Reply("G5323", at(34, "14:30", CEST), "Bitte die Rechnung an unsere neue Adresse: Gewerbepark 7, 5730 Mittersill. Wir sind umgezogen.",
          "po_change", sender=0, fam=["billing-address"]),
    Reply("G5321", at(33, "17:45", CEST), "Hallo, die Zahlung geht in 10 Tagen raus, der Chef hat's unterschrieben.",
          "promise_to_pay", "2028-05-13", sender=2, fam=["relative-span"]),
    Reply("G5322", at(32, "13:25", CEST), "Bitte senden Sie uns eine Rechnungskopie der 99023 mit dem QR-Einzahlungsschein.",
          "invoice_resend", inv=["99023"], sender=0, fam=["qr-bill"]),
    Reply("G5323", at(26, "17:10", CEST), "Da Chef is in da Werkstatt, er sagt Freitag kummt a Zahlung. Lg Sabine",
          "promise_to_pay", "2028-04-28", sender="sabine@blech-pinzgau.example", fam=["dialect", "colleague-for-someone"]),
    Reply("G5322", at(34, "16:15", CEST), "Bitte beachten: Rechnungen ab sofort ausschliesslich an rechnungen@dentallabor-rheintal.example senden.",
          "po_change", sender=0, fam=["invoice-mailbox"]),
    Reply("G5323", at(32, "15:00", CEST), "Sie haben uns für die Reparatur eines Tenorhorns € 340 zu viel berechnet, der Kostenvoranschlag war € 280. Warum?",
          "dispute", sender=1, fam=["price"]),
]
