"""Hand-written German replies: a Mittenwald violin maker, a Linz chimney sweep, a Domleschg Christmas-tree grower."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field51.kit import AUTO, CET, at

R = Reply

REPLIES: list[Reply] = [
    # J5121 Geigenbau Karwendel, Mittenwald (de-DE)
    R("J5121", at(6, "09:10", CET), "Grüß Gott,\n\nbeide Rechnungen überweisen wir am 15.12. Der Dezember ist bei uns Hochsaison, die Weihnachtskonzerte, Sie verstehen.\n\nServus\nAnton Neuner", "promise_to_pay",
      date="2027-12-15", fam=["dotted-date", "bavarian"]),
    R("J5121", at(7, "14:30", CET), "Hallo, die 97022 ist schon bezahlt, am 02.12.27, Verwendungszweck KARWENDEL 97022. Bitte prüfen.", "already_paid",
      ref="KARWENDEL 97022", inv=["97022"], fam=["dotted-date", "terse"]),
    R("J5121", at(8, "11:45", CET), "Sehr geehrte Damen und Herren,\n\nauf der Rechnung 97021 ist das Fichtenholz für Decken mit 38 € pro Stück berechnet, vereinbart waren 31 €. Bitte schicken Sie uns eine Gutschrift über die Differenz. Bis dahin halten wir die Rechnung zurück.\n\nMit freundlichen Grüßen\nBuchhaltung Geigenbau Karwendel", "dispute",
      inv=["97021"], sender=0, fam=["price-dispute", "formal"]),
    R("J5121", at(9, "16:05", CET), "Ich bin bis einschließlich 07.01.2028 nicht im Haus. In dringenden Fällen wenden Sie sich bitte an buchhaltung@geigenbau-karwendel.example.\n\nAnton Neuner", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence", "dotted-date"]),
    R("J5121", at(13, "10:20", CET), "Könnten Sie uns die Rechnungen bitte als XRechnung schicken? Ab 1. Januar nehmen wir nur noch E-Rechnungen an, an rechnungen@geigenbau-karwendel.example.", "po_change",
      fam=["e-invoice", "invoice-mailbox"]),
    R("J5121", at(14, "08:50", CET), "Zahlung für 97021 erfolgt Anfang nächster Woche, die 97022 zusammen mit der nächsten Bestellung im Januar.", "promise_to_pay",
      date="2027-12-20", inv=["97021", "97022"], human=["undated remainder"], fam=["early-next-week", "two-invoices"]),
    R("J5121", at(15, "13:15", CET), "Servus, ich bin der Lehrling, der Chef hat mir das weitergeleitet, weil er keine Zeit hat. Ich weiß nicht, was ich damit machen soll. Vielleicht rufen Sie ihn an?", "wrong_contact",
      sender="lehrling@geigenbau-karwendel.example", fam=["apprentice"]),
    R("J5121", at(16, "09:40", CET), "Bitte senden Sie uns eine Kopie der Rechnung 97021 mit Lieferschein, der Steuerberater braucht sie für den Jahresabschluss.", "invoice_resend",
      inv=["97021"], fam=["delivery-note"]),
    R("J5121", at(17, "12:00", CET), "Wir zahlen in KW 51, voraussichtlich am Mittwoch.", "promise_to_pay",
      date="2027-12-22", fam=["calendar-week"]),
    R("J5121", at(10, "07:55", CET), "Guten Morgen, können wir die 4.780 € in drei Raten zahlen? Januar, Februar, März, jeweils zum 15.? Das Geschäft mit den Meistergeigen läuft dieses Jahr schleppend.", "payment_plan_request",
      date="2028-01-15", inv=["97021"], fam=["instalments-proposed", "dotted-date"]),
    R("J5121", at(6, "18:20", CET), "Diese Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: a.neuner@geigenbau-karwendel.example\nGrund: 550 5.1.1 Mailbox unbekannt", "bounce",
      lang="de", sender="mailer-daemon@geigenbau-karwendel.example", dsn=("a.neuner@geigenbau-karwendel.example", "5.1.1"), subject="Unzustellbar: Zahlungserinnerung – Geigenbau Karwendel GmbH", quote="none", fam=["dsn"]),
    R("J5121", at(13, "15:45", CET), "Danke für den Hinweis, ist weitergeleitet.", "other",
      fam=["no-action", "terse"]),
    R("J5121", at(16, "17:30", CET), "Heute 2.000 € auf die 97021 überwiesen. Den Rest zahlen wir nach Klärung der Gutschrift.", "already_paid",
      sec=["promise_to_pay"], inv=["97021"], human=["no matching payment", "conditional"], fam=["partial-paid", "conditional"]),

    # J5122 Rauchfangkehrermeister Pühringer, Linz (de-AT, credit hold)
    R("J5122", at(6, "07:30", CET), "Grüß Gott!\n\nÜbermorgen ist Feiertag, Maria Empfängnis, da geht bei der Bank nix. Ich überweise am Donnerstag, den 9.12.\n\nPühringer", "promise_to_pay",
      date="2027-12-09", fam=["holiday-distractor", "dotted-date", "austrian"]),
    R("J5122", at(7, "10:15", CET), "Sehr geehrte Damen und Herren, wir ersuchen um Ratenzahlung: 650 € monatlich ab Jänner, jeweils am Monatsersten. Die Kehrsaison war heuer schwach.", "payment_plan_request",
      date="2028-01-01", amount="650.00", sender=0, fam=["instalments-proposed", "austrian", "jaenner"]),
    R("J5122", at(9, "12:40", CET), "Die Lieferung der Kehrbesen war unvollständig (4 von 10 Stück). Wir zahlen nur, was wir bekommen haben: 1.060 €, am Freitag.", "dispute",
      sec=["promise_to_pay"], date="2027-12-10", amount="1060.00", fam=["short-shipment", "dispute-with-promise"]),
    R("J5122", at(10, "08:05", CET), "Ich bin auf Urlaub bis 10. Jänner. Bitte wenden Sie sich an das Büro.", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence", "jaenner"]),
    R("J5122", at(13, "14:20", CET), "Hallo, hab heute 2.650 € überwiesen, Zahlungsreferenz PUEHRINGER-97023. Bitte die Liefersperre aufheben, wir brauchen Material vor Weihnachten.", "already_paid",
      ref="PUEHRINGER-97023", fam=["credit-hold", "lift-hold"]),
    R("J5122", at(14, "11:10", CET), "Ich bin die Ehefrau vom Gerhard und mach nur die Termine. Rechnungen macht der Steuerberater, Kanzlei Leitner in Urfahr.", "wrong_contact",
      sender="m.puehringer@puehringer-rauchfang.example", fam=["family-member"]),
    R("J5122", at(15, "16:50", CET), "Bitte die Rechnung auf die neue Firma ausstellen: Pühringer Rauchfangkehrer GmbH, FN 000000a, UID ATU00000000, ab 1.12.2027.", "po_change",
      fam=["new-entity", "uid"]),
    R("J5122", at(16, "09:00", CET), "Zahle die Hälfte vor Weihnachten, den Rest Mitte Jänner.", "promise_to_pay",
      date="2027-12-24", partial=False, fam=["before-christmas", "two-parts", "jaenner"], note="half before Christmas, the rest mid-January: both dated, the whole balance"),
    R("J5122", at(17, "13:30", CET), "Wir haben eine E-Mail bekommen, dass Ihre Bankverbindung jetzt in Litauen ist. Stimmt das? Wir zahlen erst, wenn Sie das telefonisch bestätigen.", "other",
      human=["fraud worry"], fam=["fraud-worry", "changed-iban"]),
    R("J5122", at(8, "19:00", CET), "zahle morgen", "promise_to_pay",
      date="2027-12-09", fam=["terse", "mobile"]),
    R("J5122", at(15, "10:25", CET), "Schicken S' mir bitte die Rechnung nochmal, die ist im Spam gelandet und weg.", "invoice_resend",
      fam=["austrian", "never-received"]),
    R("J5122", at(13, "06:45", CET), "Nachricht an office@puehringer-rauchfang.example konnte nicht zugestellt werden: Postfach voll (552 5.2.2).", "bounce",
      lang="de", sender="postmaster@puehringer-rauchfang.example", dsn=("office@puehringer-rauchfang.example", "5.2.2"), subject="Nicht zustellbar", quote="none", fam=["dsn", "mailbox-full"]),

    # J5123 Christbaumkulturen Domleschg, Graubünden (de-CH, strategic)
    R("J5123", at(6, "08:00", CET), "Grüezi\n\nDie Rechnung 97024 ist freigegeben und geht mit dem Zahlungslauf vom 20.12.2027 raus. Die 97025 ist noch in der Visumsrunde.\n\nFreundliche Grüsse\nUrsina Caduff", "promise_to_pay",
      date="2027-12-20", inv=["97024", "97025"], fam=["swiss", "payment-run", "dotted-date"]),
    R("J5123", at(7, "13:20", CET), "Grüezi, bitte alle Rechnungen künftig als QR-Rechnung mit unserer Bestellnummer CD-3420 für die 97025 – die aktuelle hat keine Bestellnummer und wird vom System abgelehnt.", "po_change",
      inv=["97025"], fam=["qr-bill", "po-missing"]),
    R("J5123", at(8, "10:35", CET), "Die Transportkosten auf 97024 (CHF 1'450) sind nicht vereinbart, Lieferung war franko Thusis. Bitte korrigieren.", "dispute",
      inv=["97024"], fam=["freight-dispute", "swiss-number"]),
    R("J5123", at(9, "15:00", CET), "Ich bin vom 13.12. bis 3.1. in den Ferien. Ihre Nachricht wird nicht weitergeleitet. Für Dringendes: kreditoren@christbaum-domleschg.example", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence", "dotted-date"]),
    R("J5123", at(13, "09:15", CET), "Zahlung CHF 15'800 heute ausgeführt, Referenz CD-ZL-2027-51. Die 97025 folgt im Januar-Lauf.", "already_paid",
      sec=["promise_to_pay"], ref="CD-ZL-2027-51", inv=["97024", "97025"], human=["undated"], fam=["swiss-number", "payment-run"]),
    R("J5123", at(14, "16:40", CET), "Guten Tag, ich bin neu in der Kreditorenbuchhaltung. Frau Caduff hat das Unternehmen Ende November verlassen. Bitte richten Sie Mahnungen an mich, Reto Casutt.", "wrong_contact",
      sender="r.casutt@christbaum-domleschg.example", fam=["left-company", "new-contact"]),
    R("J5123", at(15, "11:00", CET), "Können Sie uns einen Kontoauszug per 31.12. schicken? Die Revisionsstelle will eine Saldobestätigung.", "invoice_resend",
      fam=["statement", "balance-confirmation"]),
    R("J5123", at(16, "14:10", CET), "Wir überweisen am Freitag, den 17., vorausgesetzt die Gutschrift für die Fracht ist bis dann da.", "promise_to_pay",
      date="2027-12-17", human=["conditional"], fam=["conditional", "weekday-ordinal"]),
    R("J5123", at(17, "08:25", CET), "Die Zahlung für beide Rechnungen erfolgt am 4.1.28. Wir haben Betriebsferien bis und mit Montag, 3. Januar (der Berchtoldstag fällt dieses Jahr auf einen Sonntag).", "promise_to_pay",
      date="2028-01-04", fam=["two-digit-year", "holiday-distractor", "christmas-closure"]),
    R("J5123", at(10, "12:05", CET), "Wir haben die Tannen für den Zürcher Weihnachtsmarkt erst am 2. Dezember erhalten statt am 20. November. Für die verspätete Lieferung erwarten wir einen Rabatt von 10 %.", "dispute",
      fam=["late-delivery", "discount-claim"]),
    R("J5123", at(14, "07:35", CET), "Wir würden die 97024 gerne in zwei Tranchen zahlen: 8'000 noch vor Weihnachten, 7'800 Ende Februar. Ist das für Sie in Ordnung?", "payment_plan_request",
      date="2027-12-24", amount="8000.00", inv=["97024"], fam=["instalments-proposed", "swiss-number"]),
    R("J5123", at(13, "10:50", CET), "Danke, erhalten.", "other",
      fam=["no-action", "terse"]),
]

PAYMENTS: list[Payment] = [
    Payment("BK51-010", "J5121", "2027-12-02", "920.00", "EUR", "KARWENDEL 97022"),
    Payment("BK51-011", "J5122", "2027-12-14", "2650.00", "EUR", "PUEHRINGER-97023"),
    Payment("BK51-012", "J5123", "2027-12-13", "15800.00", "CHF", "CD-ZL-2027-51"),
]
