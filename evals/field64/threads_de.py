"""field64 German replies: Allgäu dairy, Westphalian satchels in Betriebsferien, Schwyz fireworks, Traunsee festival tents."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field.build import Reply as R
from evals.field64.kit import AUTO, CET, at, inv

P, PAID, DISPUTE, RESEND, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, BOUNCE, WRONG, OTHER = "out_of_office", "bounce", "wrong_contact", "other"

PAYMENTS = [
    Payment("BK64-017", "J6421", "2029-07-30", "5050.00", "EUR", "ALPSENNEREI HINTERSTEIN RE 64211 64212"),
    Payment("BK64-018", "J6423", "2029-08-14", "9150.00", "CHF", "MYTHEN 9150"),
    Payment("BK64-019", "J6424", "2029-08-17", "5527.20", "EUR", "FESTZELTBAU TRAUNSEE 64241 SKONTO"),
]

REPLIES = [
    R("J6421", at(7, 23, "07:40", CET), "Servus,\n\nwir zahlen nach Mariä Himmelfahrt, also am Donnerstag, 16.08.\n\nXaver Wohlfahrt", P, date="2029-08-16",
      fam=["holiday", "numeric-date"]),
    R("J6421", at(7, 27, "10:05", CET), "Die Rechnung 64211 überweisen wir am Dienstag.", P, date="2029-07-31", inv=inv("64211"), sender=0, fam=["weekday"]),
    R("J6421", at(8, 8, "18:20", CET), "Der Almabtrieb ist erst im September, bis dahin ist die Kasse knapp. 2.000 € schicken wir Freitag, den Rest Ende September.", P,
      date="2029-08-10", amount="2000.00", fam=["partial", "weekday", "distractor-date"]),
    R("J6422", at(7, 30, "09:15", CET), "Sehr geehrte Damen und Herren,\n\ndie Rechnung INV-2027-64221 ist zur Zahlung freigegeben und wird mit unserem Zahllauf am 03.08.2029 beglichen.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung\nRanzenwerk Westfalen GmbH\nSitz: Bielefeld, Amtsgericht Bielefeld HRB 40112, Geschäftsführer: Dr. Martin Eickhoff", P,
      date="2029-08-03", inv=inv("64221"), sender=0, fam=["formal-ap", "signature", "numeric-date"]),
    R("J6422", at(8, 23, "11:00", CET), "Wir sind noch bis Ende KW 34 in Betriebsferien; die Zahlung erfolgt in KW 36.", P, date="2029-09-07",
      fam=["calendar-week", "shutdown"]),
    R("J6422", at(9, 7, "08:30", CET), "Korrektur zu meiner Mail von gestern: nicht am 12.09., sondern erst am 14.09. – der Zahllauf wurde verschoben.", P,
      date="2029-09-14", fam=["correction", "numeric-date"]),
    R("J6423", at(8, 2, "14:00", CET), "Grüezi. Nach dem 1. August kommt das Aufräumen – die Zahlung über CHF 9'150.00 folgt am Montag, 13. August.", P,
      date="2029-08-13", amount="9150.00", partial=False, fam=["holiday", "swiss-number"]),
    R("J6423", at(7, 23, "16:10", CET), "Wir zahlen am Freitag nach dem Nationalfeiertag.", P, date="2029-08-03", sender=0, fam=["holiday", "relative"]),
    R("J6424", at(7, 24, "08:45", CET), "Grüß Gott, die Zelte stehen noch bis zum Seefest am Traunsee. Zahlung Ende nächster Woche.", P, date="2029-08-03",
      fam=["next-week", "distractor-date"]),
    R("J6424", at(8, 14, "12:30", CET), "Morgen ist Feiertag (Mariä Himmelfahrt), wir überweisen am Donnerstag.", P, date="2029-08-16", sender=0, fam=["holiday", "weekday"]),
    R("J6424", at(8, 27, "10:10", CET), "Wir zahlen 64242 in 14 Tagen.", P, date="2029-09-10", inv=inv("64242"), fam=["relative"]),
    R("J6421", at(8, 30, "09:00", CET), "Guten Tag,\nwie telefonisch besprochen erfolgt die Zahlung zum Monatsende.\nFreundliche Grüße\nBuchhaltung Alpsennerei Hinterstein", P,
      date="2029-08-31", sender=0, html=True, fam=["html", "month-end"]),
    R("J6422", at(8, 1, "13:40", CET), "Wir zahlen, sobald die Gutschrift für die Retoure der 200 Ranzen bei uns eingegangen ist.", P, human=["conditional", "undated"],
      fam=["conditional", "undated"]),
    R("J6421", at(9, 3, "19:30", CET), "Übernächste Woche Mittwoch, versprochen. Die Käse sind dann verkauft.", P, date="2029-09-19", fam=["week-after-next"]),
    R("J6424", at(8, 10, "11:15", CET), "Zahlung am 20.08. – Korrektur: am 22.08., unser Kassier ist bis 21. auf Urlaub.", P, date="2029-08-22", sender=0,
      fam=["correction", "numeric-date"]),
    R("J6423", at(8, 22, "17:05", CET), "Ich überweise morgen CHF 4'000, den Rest Anfang September.", P, date="2029-08-23", amount="4000.00", fam=["partial", "relative"]),
    R("J6422", at(8, 24, "09:50", CET), "zur Info, siehe unten\n\n-------- Weitergeleitete Nachricht --------\nVon: Jutta Brinkmann <j.brinkmann@ranzenwerk.example>\nAn: Kreditoren <kreditoren@ranzenwerk.example>\nBetreff: Northwind\n\nBitte 64222 am Mittwoch, 29.08., mit anweisen. Danke, JB", P,
      date="2029-08-29", inv=inv("64222"), sender=0, fam=["forward", "weekday-ordinal"]),
    R("J6421", at(7, 25, "21:40", CET), "Mir san grad beim Heuen. Zahlt wird am 1. August, ganz sicher.", P, date="2029-08-01", fam=["dialect", "explicit-date"]),
    R("J6424", at(9, 4, "08:00", CET), "Sehr geehrte Damen und Herren, die Zahlung für beide Rechnungen erfolgt innerhalb von 5 Werktagen.", P, date="2029-09-11",
      sender=0, fam=["working-days"], note="five working days from Tue 4 Sep: 5, 6, 7, 10, 11 Sep"),
    # already paid
    R("J6421", at(8, 1, "10:30", CET), "Haben wir am 30.07. überwiesen, 5.050,00 €.", PAID, sender=0, fam=["amount-match", "numeric-date"]),
    R("J6423", at(8, 17, "09:20", CET), "Bezahlt am 14.8., Referenz MYTHEN-9150.", PAID, ref="MYTHEN-9150", fam=["terse", "reference"]),
    R("J6424", at(8, 20, "10:45", CET), "Wir haben 64241 am Freitag abzüglich 2 % Skonto bezahlt.", PAID, inv=inv("64241"), human=["amount differs from the open balance"],
      fam=["skonto", "short-payment"]),
    R("J6422", at(9, 4, "14:00", CET), "Beide Rechnungen wurden am 31.08. mit Zahllauf 35 bezahlt.", PAID, sender=0, human=["no matching payment"], fam=["no-bank-line"]),
    # disputes
    R("J6421", at(8, 6, "11:00", CET), "Auf 64212 stehen 40 kg Lab, geliefert wurden 25 kg. Bitte korrigieren.", DISPUTE, inv=inv("64212"), sender=0, fam=["short-delivery"]),
    R("J6422", at(7, 26, "15:30", CET), "Die Preise auf 64221 entsprechen nicht dem Rahmenvertrag (12,40 € statt 13,20 € je Stück). Wir bitten um Gutschrift der Differenz.", DISPUTE,
      inv=inv("64221"), fam=["price", "formal-ap"]),
    R("J6424", at(8, 13, "16:00", CET), "Das Festzelt hatte beim Seefest ein Loch im Dach, es hat auf die Blasmusik geregnet. 64241 zahlen wir nicht in voller Höhe.", DISPUTE,
      inv=inv("64241"), fam=["quality"]),
    # resends
    R("J6421", at(8, 15, "08:10", CET), "Bitte schicken Sie uns 64212 noch einmal, die ist bei uns nie angekommen.", RESEND, inv=inv("64212"), sender=0, fam=["never-received"]),
    R("J6423", at(8, 27, "10:00", CET), "Könnten Sie uns einen Kontoauszug senden? Danke.", RESEND, sender=0, fam=["statement"]),
    R("J6424", at(7, 31, "07:55", CET), "rechnung bitte nochmal als pdf, danke", RESEND, fam=["terse", "lowercase"]),
    # PO and billing changes
    R("J6422", at(8, 2, "10:00", CET), "Bitte geben Sie auf der Rechnung 64222 unsere Bestellnummer RW-4500-7802 an; ohne korrekte Bestellnummer kann unser System die Rechnung nicht verarbeiten.", PO,
      inv=inv("64222"), sender=0, fam=["po-number", "formal-ap"]),
    R("J6421", at(8, 20, "09:30", CET), "Ab sofort bitte Rechnungen nur noch als XRechnung an rechnung@alpsennerei-hinterstein.example.", PO, sender=0, fam=["e-invoicing"]),
    R("J6423", at(8, 6, "13:20", CET), "Unsere Firma heisst neu Mythen Pyrotechnik AG (Handelsregistereintrag vom 1. August). Bitte stellen Sie die Rechnung neu aus.", PO,
      fam=["legal-entity"]),
    # plans
    R("J6421", at(8, 29, "20:00", CET), "Könnten wir 64211 in drei Raten zahlen, die erste am 15.09.?", PLAN, date="2029-09-15", inv=inv("64211"), fam=["first-instalment"]),
    R("J6424", at(8, 20, "14:15", CET), "Wäre eine Ratenzahlung möglich – 1.000 € monatlich ab 1. September?", PLAN, date="2029-09-01", amount="1000.00",
      fam=["first-instalment"]),
    R("J6422", at(8, 27, "09:40", CET), "Angesichts der Betriebsferien und der schwachen Schulsaison bitten wir um Stundung und Zahlung in zwei Raten.", PLAN,
      fam=["undated", "formal-ap"]),
    # absences
    R("J6421", at(7, 30, "06:00", CET), "Ich bin bis 19.08. auf der Alm und nicht erreichbar.", OOO, headers=AUTO, human=["absence longer than 14 days"],
      fam=["auto-reply", "long-absence"]),
    R("J6422", at(7, 30, "09:06", CET), "Vielen Dank für Ihre Nachricht. Wir befinden uns vom 30.07. bis 17.08. in Betriebsferien. Ab dem 20.08. sind wir wieder für Sie da.", OOO,
      headers=AUTO, human=["absence longer than 14 days"], fam=["auto-reply", "shutdown"]),
    R("J6424", at(8, 2, "09:06", CET), "Ich bin bis einschließlich 10. August im Urlaub. Ihre Nachricht wird nicht weitergeleitet.", OOO, headers=AUTO, fam=["auto-reply"]),
    # bounces
    R("J6423", at(7, 24, "09:06", CET), "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nDie Übermittlung an folgende Empfänger ist fehlgeschlagen:\n\nu.inderbitzin@feuerwerk-mythen.example\n\n550 5.1.1 Empfängeradresse unbekannt", BOUNCE,
      sender="postmaster@feuerwerk-mythen.example", dsn=("u.inderbitzin@feuerwerk-mythen.example", "5.1.1"), quote="none",
      subject="Unzustellbar: Zahlungserinnerung – Feuerwerk Mythen AG", fam=["dsn"]),
    R("J6421", at(8, 21, "09:07", CET), "Ihre Nachricht konnte nicht zugestellt werden.\n\nx.wohlfahrt@alpsennerei-hinterstein.example: Postfach voll (552 5.2.2)", BOUNCE,
      sender="MAILER-DAEMON@alpsennerei-hinterstein.example", dsn=("x.wohlfahrt@alpsennerei-hinterstein.example", "5.2.2"), quote="none",
      subject="Nicht zustellbar", fam=["dsn"]),
    # wrong contact
    R("J6423", at(8, 29, "11:30", CET), "Herr Inderbitzin ist pensioniert. Bitte wenden Sie sich künftig an Frau Rita Kälin, r.kaelin@feuerwerk-mythen.example.", WRONG, sender=0,
      fam=["retired", "new-contact"]),
    R("J6424", at(8, 9, "17:50", CET), "I bin nur der Zeltmeister. Für Rechnungen is des Büro zuständig: office@festzelt-traunsee.example", WRONG, fam=["dialect", "not-my-job"]),
    # other
    R("J6421", at(7, 24, "09:00", CET), "Danke, ist angekommen.", OTHER, sender=0, fam=["no-action", "acknowledgement"]),
    R("J6422", at(8, 28, "13:10", CET), "Ist diese Zahlungserinnerung echt? Wir haben letzte Woche eine Mail mit einer geänderten IBAN von Ihnen erhalten.", OTHER,
      human=["fraud check"], fam=["fraud-check"]),
    R("J6423", at(8, 8, "10:00", CET), "Für unsere Buchhaltung benötigen wir eine Bestätigung Ihrer MWST-Nummer (UID). Bitte senden Sie uns diese zu.", OTHER,
      human=["tax form"], fam=["tax-form"]),
]
