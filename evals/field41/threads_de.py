"""field41 German replies: Basel (Swiss standard German, no ß) and Bremen (hand-written one by one)."""

from evals.field.build import Payment, Reply
from evals.field41.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK41-014", "C4122", "2027-09-10", "3940.00", "EUR", "BRENNEREI WESERKRUG RE 94122"),
    Payment("BK41-015", "C4123", "2027-09-14", "2860.00", "CHF", "SPALENBERG BESTATTUNGEN 94124"),
    Payment("BK41-016", "C4124", "2027-09-13", "7650.00", "EUR", "HV SCHWACHHAUSEN SAMMELZAHLUNG"),
]

REPLIES = [
    Reply("C4121", at(13, "09:12", CET), """Grüezi

Die Rechnung 94121 ist freigegeben und wird mit unserem Zahlungslauf vom Donnerstag, 23.09.2027, überwiesen.

Freundliche Grüsse
Ursula Meier
Leiterin Rechnungswesen
Rheinknie Orthopädie-Technik AG, Basel""",
          "promise_to_pay", date="2027-09-23", fam=["numeric_day_first", "voice_swiss_formal"]),
    Reply("C4121", at(14, "14:40", CET), """Guten Tag

Auf der Rechnung 94121 fehlt unsere Bestellnummer RO-BE-20931 nicht, aber die Kostenstelle 4410 (Werkstatt Kleinbasel). Ohne Kostenstelle können wir die Rechnung nicht visieren. Bitte korrigiert nochmals zustellen.

Freundliche Grüsse
Kreditorenbuchhaltung""",
          "po_change", sender=0, fam=["cost_centre", "voice_swiss_formal"]),
    Reply("C4121", at(15, "10:05", CET), """Grüezi Frau ...

Wir haben bei der Lieferung zur Rechnung 94121 nur 18 statt 24 Orthesen-Sets erhalten. Den Differenzbetrag von CHF 3'592.50 bestreiten wir; den Rest zahlen wir Ende Monat.

Freundliche Grüsse
U. Meier""",
          "dispute", sec=["promise_to_pay"], date="2027-09-30", human=["partial"], fam=["short_delivery", "partial_dispute_with_promise", "swiss_apostrophe_amount"]),
    Reply("C4121", at(16, "08:00", CET), """Ich bin bis und mit 1. Oktober 2027 abwesend (Ferien). In dringenden Fällen wenden Sie sich bitte an kreditoren@rheinknie-ortho.example.

Ursula Meier""",
          "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Rheinknie Orthopädie-Technik AG",
          human=["absence more than 14 days"], fam=["ooo_long_absence", "voice_swiss_formal"], note="back Monday 4 October"),
    Reply("C4121", at(13, "16:30", CET), """Grüezi

Können Sie uns bitte eine Kopie der Rechnung 94121 als PDF senden? Sie ist bei uns im Scanning nicht angekommen.

Freundliche Grüsse
Kreditoren""",
          "invoice_resend", sender=0, fam=["resend_never_received"]),
    Reply("C4121", at(15, "15:45", CET), """Guten Tag

Wegen der Umstellung auf das neue ERP (Go-live KW 39) werden alle Zahlungen erst in KW 40 ausgeführt, voraussichtlich am Dienstag.

Gruss
U. Meier""",
          "promise_to_pay", date="2027-10-05", fam=["calendar_week_weekday", "erp_migration"]),
    Reply("C4122", at(13, "10:22", CET), """Moin,

die 94122 haben wir am Freitag (10.09.) überwiesen, 3.940,00 EUR. Die 94123 geht diese Woche noch raus, spätestens Freitag.

Gruß aus Vegesack
Hauke Focke""",
          "already_paid", sec=["promise_to_pay"], date="2027-09-17", inv=["94122", "94123"], fam=["mixed_paid_and_promise", "voice_bremen"],
          note="94122 matches BK41-014"),
    Reply("C4122", at(14, "11:47", CET), """Moin,

Rechnung 94123 weist 19 % MwSt. auf die Eichenfässer aus, die Fässer gingen aber als innergemeinschaftliche Lieferung nach Cognac weiter. Bitte prüfen und korrigieren.

Buchhaltung Brennerei Weserkrug""",
          "dispute", inv=["94123"], sender=0, fam=["vat_dispute", "voice_bremen"]),
    Reply("C4122", at(15, "08:55", CET), """Moin moin,
zahle ich nächste Woche Mittwoch. Erst kommt der Kornbrand-Abverkauf zum Freimarkt.
HF""",
          "promise_to_pay", date="2027-09-22", fam=["next_week_weekday", "voice_mobile", "voice_bremen"]),
    Reply("C4122", at(16, "13:20", CET), """Hallo,

wir sind ab 1. Oktober die Weserkrug Spirituosen GmbH & Co. KG (neue USt-IdNr. DE349117204). Bitte stellen Sie die 94123 auf die neue Firma um und schicken sie neu.

Gruß
Buchhaltung""",
          "po_change", inv=["94123"], sender=0, fam=["new_legal_entity", "vat_id"]),
    Reply("C4122", at(13, "07:30", CET), """Vielen Dank für Ihre Nachricht. Ich bin bis zum 27.09. auf dem Oktoberfest-Stand unserer Partnerbrennerei in München und lese Mails nur unregelmäßig. In dringenden Fällen: buchhaltung@weserkrug.example

Hauke Focke""",
          "out_of_office", headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Brennerei Weserkrug GmbH",
          fam=["ooo_within_14", "oktoberfest"]),
    Reply("C4122", at(14, "16:05", CET), """Moin,

könnten wir die 94122 in drei Raten zahlen? 1.300 € jetzt, den Rest Ende Oktober und Ende November. Der Sommer war mau.

Hauke Focke""",
          "payment_plan_request", date="2027-09-14", amount="1300.00", inv=["94122"], fam=["plan_first_now", "voice_bremen"]),
    Reply("C4122", at(15, "12:12", CET), """Bitte senden Sie uns eine Kontoauszugsübersicht (offene Posten) per 30.09., unser Steuerberater braucht sie für den Quartalsabschluss.""",
          "invoice_resend", sender=0, fam=["statement_request", "quarter_end"]),
    Reply("C4122", at(16, "09:40", CET), """Moin, gezahlt wird, sobald der Großhändler uns die August-Lieferung bezahlt hat. Vorher geht nix.""",
          "promise_to_pay", human=["conditional"], fam=["conditional_customer_pays", "voice_mobile"]),
    Reply("C4123", at(13, "11:11", CET), """Grüezi

Die Rechnung 94124 haben wir heute zur Zahlung freigegeben, Valuta 15.09.2027.

Freundliche Grüsse
Thomas Brunner
Bestattungen Spalenberg AG""",
          "promise_to_pay", date="2027-09-15", fam=["value_date", "voice_swiss_formal"]),
    Reply("C4123", at(15, "09:30", CET), """Grüezi

Die Zahlung über CHF 2'860.00 ist gestern erfolgt (Referenz SPALENBERG BESTATTUNGEN 94124).

Freundliche Grüsse
Buchhaltung""",
          "already_paid", ref="SPALENBERG BESTATTUNGEN 94124", sender=0, fam=["paid_yesterday", "swiss_apostrophe_amount"],
          note="BK41-015"),
    Reply("C4123", at(14, "10:10", CET), """Guten Tag

Herr Brunner ist seit August pensioniert. Bitte richten Sie Mahnungen künftig an buchhaltung@spalenberg-bestattungen.example bzw. an Frau Sandra Keller (s.keller@spalenberg-bestattungen.example).

Freundliche Grüsse
Sekretariat""",
          "wrong_contact", sender=0, fam=["wrong_contact_named", "voice_swiss_formal"]),
    Reply("C4123", at(16, "15:00", CET), """Grüezi

Wir zahlen 94124 Ende nächster Woche. Können Sie uns bitte auch Ihre IBAN in CHF bestätigen? Auf der Rechnung steht nur ein EUR-Konto.

Gruss
T. Brunner""",
          "promise_to_pay", sec=["other"], date="2027-09-24", human=["bank details question"], fam=["end_of_next_week", "iban_question"]),
    Reply("C4123", at(13, "14:50", CET), """Die Sargträger-Rollwagen (Pos. 2) sind mit CHF 890.– statt der offerierten CHF 790.– verrechnet. Bitte Gutschrift über CHF 100.–, dann zahlen wir sofort.""",
          "dispute", fam=["price_dispute", "swiss_amount_dash"]),
    Reply("C4124", at(13, "10:40", CET), """Sehr geehrte Damen und Herren,

wir haben heute beide Rechnungen (94125 und 94126) in einer Sammelzahlung über 7.650,00 EUR beglichen.

Mit freundlichen Grüßen
Kerstin Lüders
Prokuristin
Hausverwaltung Schwachhausen GmbH
Sitz: Bremen, HRB 28841""",
          "already_paid", fam=["collective_payment", "voice_bremen_formal"], note="BK41-016 13 Sep EUR 7,650 = 6,710 + 940"),
    Reply("C4124", at(14, "09:25", CET), """Sehr geehrte Damen und Herren,

bitte stellen Sie Rechnungen ab sofort ausschließlich als XRechnung über unseren Rechnungseingang rechnungen@hv-schwachhausen.example aus, unter Angabe der WEG-Objektnummer. Die 94126 bitte in diesem Format neu senden.

Mit freundlichen Grüßen
Rechnungseingang""",
          "po_change", inv=["94126"], sender=0, fam=["xrechnung", "new_mailbox"]),
    Reply("C4124", at(15, "11:35", CET), """Guten Tag,

die 94125 wird nach der Eigentümerversammlung am 28.09. freigegeben und dann bis 30.09. bezahlt – sofern die Versammlung die Sonderumlage beschließt.

Freundliche Grüße
K. Lüders""",
          "promise_to_pay", date="2027-09-30", inv=["94125"], human=["conditional"], fam=["conditional_owners_meeting", "distractor_meeting_date"]),
    Reply("C4124", at(16, "10:50", CET), """Hallo,

94126: die Treppenhausreinigung im August wurde von Ihnen gar nicht durchgeführt (Objekt Parkallee 41). Wir zahlen das nicht.

Lüders""",
          "dispute", inv=["94126"], fam=["service_not_rendered"]),
    Reply("C4124", at(13, "16:00", CET), """Sehr geehrte Damen und Herren,

die Rechnung 94125 bezahlen wir innerhalb von 5 Werktagen.

Mit freundlichen Grüßen
Rechnungseingang""",
          "promise_to_pay", date="2027-09-20", inv=["94125"], sender=0, fam=["working_days"]),
    Reply("C4124", at(14, "08:00", CET), """Ich bin vom 14.09. bis einschließlich 05.10. nicht im Büro (Wiesn und anschließend Urlaub). Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich an rechnungen@hv-schwachhausen.example.

Kerstin Lüders""",
          "out_of_office", headers=AUTO, subject="Abwesend: Zahlungserinnerung – Hausverwaltung Schwachhausen GmbH",
          human=["absence more than 14 days"], fam=["ooo_long_absence", "oktoberfest"]),
    Reply("C4124", at(15, "14:14", CET), """Die Zahlung erfolgt am 1. Oktober, nicht wie gestern geschrieben am 24.09. – da ist die Hausgeldabrechnung noch nicht durch.

K. Lüders""",
          "promise_to_pay", date="2027-10-01", fam=["moved_date", "self_correction"]),
    Reply("C4121", at(16, "11:25", CET), """Mail Delivery System

Die Nachricht konnte nicht zugestellt werden an:
u.meier@rheinknie-ortho.example

Grund: 550 5.1.1 Empfängeradresse unbekannt""",
          "bounce", sender="mailer-daemon@rheinknie-ortho.example", subject="Unzustellbar: Zahlungserinnerung – Rheinknie Orthopädie-Technik AG",
          dsn=("u.meier@rheinknie-ortho.example", "5.1.1"), lang="de", fam=["bounce_user_unknown", "bounce_german"]),
    Reply("C4124", at(16, "06:40", CET), """Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Übermittlung an folgende Empfänger ist fehlgeschlagen:
k.lueders@hv-schwachhausen.example
Postfach voll (552 5.2.2 Quota exceeded)""",
          "bounce", sender="postmaster@hv-schwachhausen.example", subject="Unzustellbar: Zahlungserinnerung – Hausverwaltung Schwachhausen GmbH",
          dsn=("k.lueders@hv-schwachhausen.example", "5.2.2"), lang="de", fam=["bounce_mailbox_full", "bounce_german"]),
    Reply("C4122", at(16, "17:30", CET), """Danke, angekommen. Ich geb's an Hauke weiter.""",
          "other", sender=0, fam=["no-action", "acknowledgement"]),
    Reply("C4121", at(14, "09:00", CET), """Grüezi

Gewähren Sie uns Skonto, wenn wir die 94121 bis Ende Woche begleichen? Früher hatten wir 2 % innert 10 Tagen.

Freundliche Grüsse
U. Meier""",
          "other", human=["discount question"], fam=["skonto_question"]),
    Reply("C4123", at(16, "10:20", CET), """Grüezi, ich bin hier nur die Aushilfe im Empfang – für Rechnungen ist unsere Treuhänderin zuständig: treuhand.vogt@bluewin-mail.example. Freundliche Grüsse""",
          "wrong_contact", sender=0, fam=["wrong_contact_named"]),
    Reply("C4124", at(13, "13:13", CET), """Guten Tag, können wir die 94125 aufteilen? 3.000 € am 30.09. und 3.710 € am 29.10.? Die Sonderumlage kommt erst im Oktober rein. Gruß Lüders""",
          "payment_plan_request", date="2027-09-30", amount="3000.00", inv=["94125"], fam=["plan_two_parts"]),
    Reply("C4121", at(15, "13:00", CET), """Grüezi

Wir überweisen die 94121 morgen in 14 Tagen, also am 30. September.

Freundliche Grüsse
Kreditoren""",
          "promise_to_pay", date="2027-09-30", sender=0, fam=["relative_span_with_date"]),
    Reply("C4122", at(14, "19:45", CET), """Nabend, Rechnung 94123 bitte nochmal schicken, die hat unser Spamfilter gefressen. Gruß HF""",
          "invoice_resend", inv=["94123"], fam=["resend_spam_filter", "voice_mobile"]),
    Reply("C4123", at(15, "08:08", CET), """Grüezi

Wir werden die 94124 nächste Woche überweisen.

Freundliche Grüsse
T. Brunner""",
          "promise_to_pay", date="2027-09-24", fam=["next_week_no_day"]),
    Reply("C4124", at(16, "12:30", CET), """Sehr geehrte Damen und Herren,

die Zahlung der 94125 erfolgt Anfang KW 39.

Mit freundlichen Grüßen
Rechnungseingang""",
          "promise_to_pay", date="2027-09-27", inv=["94125"], sender=0, fam=["calendar_week_start"]),
]
