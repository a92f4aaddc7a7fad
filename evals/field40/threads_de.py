"""German replies (field40): a Stuttgart translation agency and a South Tyrol brewery (strategic)."""

from evals.field.build import Payment, Reply
from evals.field40.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK40-012", "D4021", "2027-07-05", "540.00", "EUR", "NECKARWORT GMBH RE 94025"),
    P("BK40-013", "D4022", "2027-07-07", "15780.00", "EUR", "BRAUEREI SCHLERNBRAEU SB-2027-088"),
]

REPLIES = [
    # --- Übersetzungsbüro Neckarwort (Stuttgart)
    R("D4021", at(5, "08:25", CET), "Grüß Gott,\n\nwir überweisen beide Rechnungen am Freitag.\n\nViele Grüße\nClaudia Schaible\nGeschäftsführerin\nÜbersetzungsbüro Neckarwort GmbH | Königstraße 48 | 70173 Stuttgart\nAmtsgericht Stuttgart HRB 731204", "promise_to_pay", date="2027-07-09", fam=["weekday", "signature", "swabian"]),
    R("D4021", at(5, "11:40", CET), "Die 94025 haben wir heute Morgen bezahlt, die 94024 folgt mit dem Zahlungslauf am 15.07.", "already_paid", sec=["promise_to_pay"], inv=["94025", "94024"], date="2027-07-15", note="BK40-012 matches 94025", fam=["paid-and-promise", "dotted-date"], sender=0),
    R("D4021", at(6, "09:10", CET), "Zahlung KW 28.", "promise_to_pay", date="2027-07-16", fam=["calendar-week", "terse"]),
    R("D4021", at(6, "13:55", CET), "Hallo, in der Rechnung 94024 sind 38 Normseiten abgerechnet, geliefert haben Sie uns aber 31 (Fachübersetzung Maschinenbau, Auftrag vom Mai). Bitte korrigieren Sie die Rechnung, dann zahlen wir umgehend.", "dispute", inv=["94024"], fam=["quantity", "translation-pages"]),
    R("D4021", at(6, "16:20", CET), "Wir zahlen nach den Sommerferien, also Mitte September.", "promise_to_pay", date="2027-09-15", fam=["after-the-summer", "mid-month"]),
    R("D4021", at(7, "08:40", CET), "Bitte schicken Sie uns die Rechnungen künftig als XRechnung an rechnungseingang@neckarwort.example, die PDFs per Mail können wir ab 1.8. nicht mehr verbuchen.", "po_change", fam=["xrechnung", "billing-mailbox"], sender=0),
    R("D4021", at(7, "10:30", CET), "Sorry, kleine Korrektur zu meiner Mail von gestern: nicht Freitag, sondern erst Montag, den 12.07., weil die Freigabe fehlt.", "promise_to_pay", date="2027-07-12", fam=["self-correction", "moved-date", "weekday-date"]),
    R("D4021", at(7, "15:05", CET), "Könnten Sie uns die Rechnung 94024 nochmals zusenden? Bei uns ist nur die Mahnung angekommen.", "invoice_resend", inv=["94024"], fam=["not-received"]),
    R("D4021", at(8, "09:35", CET), "Ich bin vom 05.07. bis einschließlich 30.07.2027 im Urlaub. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buchhaltung@neckarwort.example.", "out_of_office", headers=AUTO, subject="Abwesend: Zahlungserinnerung – Übersetzungsbüro Neckarwort GmbH", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "dotted-range"]),
    R("D4021", at(8, "12:10", CET), "Die Überweisung erfolgt bis spätestens Ende KW 29.", "promise_to_pay", date="2027-07-23", fam=["calendar-week", "at-the-latest"], sender=0),
    R("D4021", at(8, "14:45", CET), "Guten Tag, ich bin Freelancerin und übersetze nur für Neckarwort – Rechnungen bitte direkt an die Buchhaltung dort.", "wrong_contact", sender="j.ostertag@freelance-uebersetzung.example", fam=["freelancer", "unknown-sender"]),
    R("D4021", at(5, "15:30", CET), "Können wir die 3.120 € in zwei Raten zahlen, die Hälfte gleich jetzt und die andere Hälfte Ende August?", "payment_plan_request", inv=["94024"], date="2027-07-05", amount="1560.00", note="'gleich jetzt' is the reply's own day", fam=["plan-half", "asks-permission"]),
    R("D4021", at(6, "07:45", CET), "Danke, ist angekommen und liegt zur Freigabe bei der Chefin.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("D4021", at(7, "09:06", CET), "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht an c.schaible@neckarwort.example konnte nicht zugestellt werden.\n\n550 5.1.1 <c.schaible@neckarwort.example>: Empfängeradresse abgelehnt: Benutzer unbekannt", "bounce", sender="MAILER-DAEMON@mail.neckarwort.example", subject="Unzustellbar: Zahlungserinnerung – Übersetzungsbüro Neckarwort GmbH", dsn=("c.schaible@neckarwort.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-de"]),
    R("D4021", at(6, "11:25", CET), "Wir zahlen am 20. – vorher ist die Liquidität wegen der Halbjahres-Umsatzsteuer knapp.", "promise_to_pay", date="2027-07-20", fam=["bare-day", "tax-distractor"], sender=0),
    R("D4021", at(7, "16:40", CET), "Hallo zusammen, Zahlung geht übermorgen raus. Gruß aus dem Homeoffice", "promise_to_pay", date="2027-07-09", fam=["day-after-tomorrow"]),
    R("D4021", at(5, "17:15", CET), "Mir hend die Rechnung scho zahlt, am 2. Juli, glaub i. Schauet Se bitte nochmal nach.", "already_paid", human=["no matching payment"], note="the only Neckarwort line is 540 on 5 July; the balance of both is 3,660", fam=["swabian-dialect", "unsure"]),
    # --- Brauerei Schlernbräu (South Tyrol, strategic)
    R("D4022", at(5, "09:50", CET), "Sehr geehrte Damen und Herren,\n\ndie Rechnung zur Bestellung SB-2027-088 wird am 7. Juli mit Valuta 8. Juli beglichen.\n\nMit freundlichen Grüßen\nPeter Pichler\nKaufmännischer Leiter\nBrauerei Schlernbräu – Birreria Schlernbräu\nMwSt.-Nr./P.IVA IT 01734560215", "promise_to_pay", inv=["94026"], date="2027-07-08", note="the value date is the day the money arrives", fam=["outlook-html", "value-date", "bilingual-signature", "south-tyrol"], html=True),
    R("D4022", at(6, "10:15", CET), "Servus, die 2.160 zahlen wir vor Ferragosto, spätestens am 13. August.", "promise_to_pay", date="2027-08-13", amount="2160.00", partial=False, inv=["94027"], note="2,160 is 94027 whole; 38 days out", fam=["ferragosto", "at-the-latest", "amount-is-one-invoice"]),
    R("D4022", at(7, "14:30", CET), "Zahlung SB-2027-088 heute erfolgt, Valuta 07.07.2027, Betrag 15.780,00 €.", "already_paid", inv=["94026"], fam=["paid-today", "value-date"], sender=0),
    R("D4022", at(6, "15:40", CET), "Bitte die Rechnungen ab sofort an unsere PEC-Adresse schicken bzw. über das SdI mit Empfängerkodex M5UXCR1 – sonst können wir sie in Italien nicht verbuchen.", "po_change", fam=["sdi-einvoice", "italy"]),
    R("D4022", at(7, "09:20", CET), "Bei der Lieferung vom Juni waren 12 Fässer undicht, das Protokoll liegt Ihrem Fahrer vor. Wir erwarten eine Gutschrift über die Fässer auf 94027.", "dispute", inv=["94027"], fam=["damaged-goods", "credit-note"]),
    R("D4022", at(8, "11:05", CET), "Zahlung kommt nach der Bilanzsitzung im Verwaltungsrat am 20. Juli, also am 21.", "promise_to_pay", date="2027-07-21", fam=["meeting-distractor", "day-after"]),
    R("D4022", at(8, "16:25", CET), "Guten Tag, ich bin im Sudhaus zuständig, nicht für die Buchhaltung. Bitte an verwaltung@schlernbraeu.example.", "wrong_contact", sender="braumeister@schlernbraeu.example", fam=["not-my-job", "unknown-sender"]),
    R("D4022", at(5, "07:10", CET), "Ich bin bis 16. Juli nicht im Büro. Sono assente fino al 16 luglio. In dringenden Fällen / per urgenze: verwaltung@schlernbraeu.example", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz / Risposta automatica: Zahlungserinnerung – Brauerei Schlernbräu", quote="none", gap_days=0, fam=["ooo-short", "bilingual-ooo", "south-tyrol"]),
    R("D4022", at(6, "08:05", CET), "Könnten Sie uns einen Kontoauszug schicken? Wir machen gerade den Halbjahresabschluss und die Salden stimmen nicht überein.", "invoice_resend", fam=["statement-request", "half-year-close"], sender=0),
    R("D4022", at(7, "11:45", CET), "Wegen der Betriebsferien im August würden wir die 2.160 gerne in zwei Teilen zahlen: 1.000 Ende Juli, 1.160 Mitte September. Geht das?", "payment_plan_request", inv=["94027"], date="2027-07-31", amount="1000.00", fam=["plan-two-parts", "shutdown"]),
    R("D4022", at(8, "13:50", CET), "Wir zahlen, sobald die Landesförderung für die neue Abfüllanlage gutgeschrieben ist.", "promise_to_pay", human=["conditional"], fam=["grant", "undated"], sender=0),
    R("D4022", at(5, "13:20", CET), "Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\nDie Nachricht konnte nicht zugestellt werden an:\nverwaltung@schlernbraeu.example\n\n554 5.7.1 Nachricht als Spam abgelehnt", "bounce", sender="MAILER-DAEMON@mx.schlernbraeu.example", subject="Unzustellbar: Zahlungserinnerung – Brauerei Schlernbräu", dsn=("verwaltung@schlernbraeu.example", "5.7.1"), quote="none", gap_days=0, fam=["dsn-de", "spam-reject"]),
    R("D4022", at(6, "17:30", CET), "Gibt es bei Zahlung innerhalb von 8 Tagen noch Skonto? Dann würden wir sofort zahlen.", "other", human=["discount question"], fam=["skonto-question"]),
    R("D4022", at(7, "17:10", CET), "Zahlung am Dienstag in einer Woche, dem 13.", "promise_to_pay", date="2027-07-13", note="'Dienstag in einer Woche' from Wednesday 7 July, confirmed by 'dem 13.'", fam=["tuesday-week", "bare-day"], sender=0),
    R("D4022", at(8, "10:00", CET), "Wir überweisen Anfang nächster Woche.", "promise_to_pay", date="2027-07-12", fam=["early-next-week"]),
    R("D4021", at(8, "07:50", CET), "Wir zahlen heute in 14 Tagen.", "promise_to_pay", date="2027-07-22", fam=["in-two-weeks"]),
    R("D4021", at(7, "12:20", CET), "Zahlung Ende des Monats, versprochen. Die Lage ist gerade schwierig, zwei Kunden zahlen nicht.", "promise_to_pay", date="2027-07-31", fam=["end-of-month", "hard-times"], sender=0),
    R("D4022", at(5, "16:00", CET), "Wir zahlen die 94027 am 23.07. und die große Rechnung nach Rücksprache mit dem Eigentümer.", "promise_to_pay", inv=["94027", "94026"], date="2027-07-23", human=["conditional"], fam=["two-invoices", "dotted-date", "owner-approval"]),
    R("D4022", at(8, "18:05", CET), "Hallo, bin grad am Gardasee im Urlaub, hab's am Handy gesehen. Der Peter zahlt's nächste Woche Mittwoch, hab ich mit ihm ausgemacht.", "promise_to_pay", date="2027-07-14", fam=["phone", "summer-holiday", "next-week-weekday"], sender=0),
    R("D4021", at(5, "10:05", CET), "Wir haben eine neue Adresse: Rotebühlstraße 121, 70178 Stuttgart. Bitte Rechnungen entsprechend ändern und neu ausstellen.", "po_change", fam=["billing-address", "reissue"], sender=0),
]
