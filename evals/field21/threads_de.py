"""German replies for field21 (DE, AT, CH): dated promises in every form, and the other intents."""

from evals.field21.build import Payment
from evals.field21.build import Reply as R
from evals.field21.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK21-101", "W2121", "2026-11-20", "590.00", "EUR", "UHRENMANUFAKTUR KIENZLE RE 21212"),
    Payment("BK21-102", "W2122", "2026-11-24", "2880.00", "EUR", "BERGGASTHOF HOHE MUT 21221"),
]

DSN = ("Dies ist eine automatisch erstellte Nachricht des Mailservers.\n\nIhre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:\n\n"
       "{a}\nGrund: 550 5.1.1 Postfach existiert nicht")

REPLIES = [
    R("W2121", at(23, "09:20", CET), "Guten Tag, wir überweisen beide Rechnungen am Do. Gruß A. Kienzle", "promise_to_pay", date="2026-11-26", sender=1, fam=["abbrev-weekday"]),
    R("W2122", at(25, "10:05", CET), "Servus, Zahlung erfolgt Fr. Johann", "promise_to_pay", date="2026-11-27", sender=1, fam=["abbrev-weekday", "terse"]),
    R("W2121", at(24, "14:40", CET), "Hallo, die Zahlung geht am Montag, den 7. raus. Viele Grüße, Anja Kienzle", "promise_to_pay", date="2026-12-07", sender=1, fam=["weekday-ordinal"]),
    R("W2122", at(26, "08:50", CET), "Grüß Gott, wir zahlen am 4., sobald die Saison startet ist Geld da. Gstrein", "promise_to_pay", date="2026-12-04", sender=1, fam=["ordinal-alone"]),
    R("W2121", at(25, "11:30", CET), "Sehr geehrte Damen und Herren, die Überweisung ist für den 04.12. terminiert. Mit freundlichen Grüßen, Buchhaltung", "promise_to_pay", date="2026-12-04", fam=["dotted-numeric"]),
    R("W2122", at(23, "15:10", CET), "Zahlung am 2.12.26. MfG", "promise_to_pay", date="2026-12-02", sender=1, fam=["dotted-numeric", "terse"]),
    R("W2121", at(26, "13:15", CET), "Hallo, wir begleichen beide Rechnungen am 9. Dez. Gruß Anja", "promise_to_pay", date="2026-12-09", sender=1, fam=["abbrev-month"]),
    R("W2122", at(27, "09:40", CET), "Servus, Überweisung kommt am 10. Dezember. Johann Gstrein", "promise_to_pay", date="2026-12-10", sender=1, fam=["spelled-month"]),
    R("W2121", at(23, "16:20", CET), "Guten Tag, Zahlung in KW 50. Freundliche Grüße", "promise_to_pay", date="2026-12-11", sender=1, fam=["calendar-week", "terse"]),
    R("W2122", at(24, "11:45", CET), "Hallo, wir zahlen übernächste Woche, früher geht es leider nicht. Gstrein", "promise_to_pay", date="2026-12-11", sender=1, fam=["week-after-next"]),
    R("W2121", at(25, "15:55", CET), "Die Zahlung erfolgt innerhalb von 10 Werktagen. Buchhaltung Kienzle", "promise_to_pay", date="2026-12-09", fam=["working-days"]),
    R("W2122", at(26, "10:35", CET), "Grüß Gott, wir überweisen in 14 Tagen. Johann", "promise_to_pay", date="2026-12-10", sender=1, fam=["in-two-weeks"]),
    R("W2121", at(27, "12:05", CET), "Hallo, Sie sind in unserem Zahllauf am Mittwoch. Gruß Buchhaltung", "promise_to_pay", date="2026-12-02", fam=["payment-run"]),
    R("W2122", at(23, "10:25", CET), "Servus, Zahlung Mitte Dezember, wenn die ersten Skigäste da sind, sicher. Gstrein", "promise_to_pay", date="2026-12-15", sender=1, fam=["mid-month"]),
    R("W2121", at(24, "09:05", CET), "Guten Morgen, wir zahlen nach Weihnachten. Anja Kienzle", "promise_to_pay", date="2026-12-28", sender=1, fam=["holiday", "over-30-days"]),
    R("W2122", at(25, "16:45", CET), "Wir zahlen zum Monatsende. Gstrein", "promise_to_pay", date="2026-11-30", sender=1, fam=["month-end", "terse"]),
    R("W2121", at(26, "17:30", CET), "Hallo, ursprünglich war der 3. geplant, jetzt wird es der 10., die Bank hat den Termin verschoben. Anja", "promise_to_pay", date="2026-12-10", sender=1, fam=["moved-date"]),
    R("W2122", at(27, "14:20", CET), "Servus, nicht Montag sondern Dienstag, der Chef unterschreibt erst dann. Johann", "promise_to_pay", date="2026-12-01", sender=1, fam=["not-x-but-y"]),
    R("W2121", at(23, "13:50", CET), "Wenn die Gutschrift für die beschädigte Kuckucksuhr am Montag kommt, zahlen wir am Mittwoch. Gruß Anja", "promise_to_pay", date="2026-12-02", sender=1, human=["conditional"], fam=["condition-date"]),
    R("W2123", at(24, "10:15", CET), "Grüezi, die Geschäftsleitung gibt die Zahlung am 1. Dezember frei, die Überweisung erfolgt am 3. Dezember. Freundliche Grüsse, Urs Wyss", "promise_to_pay", date="2026-12-03", sender=1, fam=["meeting-before-payment", "flagged"]),
    R("W2122", at(26, "23:30", CET), "Spät noch: wir überweisen morgen. Johann", "promise_to_pay", date="2026-11-27", sender=1, fam=["late-evening", "terse"]),
    R("W2121", at(25, "08:10", CET), "Hallo, die Hälfte zahlen wir am Freitag, den Rest im Januar. Anja", "promise_to_pay", date="2026-11-27", sender=1, human=["partial"], fam=["partial-in-words"]),
    R("W2123", at(26, "14:00", CET), "Grüezi, die Zahlung erfolgt Ende Jänner, sobald der Auftrag der Kirchgemeinde abgerechnet ist. Urs Wyss", "promise_to_pay", date="2027-01-31", sender=1, human=["conditional"], fam=["month-end-weekend", "over-30-days", "flagged"]),
    R("W2121", at(27, "10:55", CET), "Wir zahlen, sobald es die Liquidität erlaubt. Buchhaltung", "promise_to_pay", human=["undated"], fam=["undated"]),
    R("W2122", at(24, "16:05", CET), "Die Lieferung kam erst am 20. November, wir zahlen zeitnah. Gstrein", "promise_to_pay", sender=1, human=["undated"], fam=["distractor-only", "delivery-date"]),
    R("W2121", at(26, "09:25", CET), "Wir zahlen nach Freigabe durch den Steuerberater, der am 2. Dezember wieder im Haus ist. Anja", "promise_to_pay", sender=1, human=["conditional"], fam=["distractor-only", "return-date"]),
    # other intents
    R("W2121", at(24, "12:35", CET), "Guten Tag, könnten wir die 4.720 € in drei Monatsraten zahlen, die erste am 15. Dezember? Anja Kienzle", "payment_plan_request", date="2026-12-15", inv=["21211"], sender=1, fam=["plan"]),
    R("W2122", at(25, "14:15", CET), "Servus, ginge eine Stundung bis Ende Jänner? Wir zahlen dann in zwei Raten. Johann", "payment_plan_request", date="2027-01-31", sender=1, fam=["plan", "deferral"]),
    R("W2121", at(23, "11:15", CET), "Die 21212 haben wir am 20.11. bezahlt. Gruß Buchhaltung", "already_paid", inv=["21212"], fam=["paid-bare-number", "dotted-numeric"]),
    R("W2122", at(25, "09:30", CET), "Servus, 21221 ist am 24. überwiesen worden, die Bankspesen gehen leider zu Ihren Lasten. Die kleine Rechnung zahlen wir Montag. Johann", "already_paid", inv=["21221", "21222"], sec=["promise_to_pay"], date="2026-11-30", human=["amount differs"], sender=1, fam=["paid-bank-fees", "paid-and-promise"]),
    R("W2121", at(26, "15:10", CET), "Die Rechnung 21211 enthält 20 Zifferblätter, geliefert wurden 16. Bitte korrigieren. Die 21212 zahlen wir am Freitag. Anja", "dispute", inv=["21211", "21212"], sec=["promise_to_pay"], date="2026-11-27", sender=1, fam=["dispute-with-promise"]),
    R("W2123", at(23, "09:45", CET), "Grüezi, der vereinbarte Rabatt von 5 % fehlt auf der Rechnung. Bitte um Korrektur. Urs Wyss", "dispute", sender=1, fam=["discount", "flagged"]),
    R("W2121", at(27, "08:35", CET), "Bitte senden Sie uns die Rechnung 21211 nochmals zu. Danke", "invoice_resend", inv=["21211"], fam=["resend"]),
    R("W2122", at(23, "12:50", CET), "Hallo, wir haben keine Rechnung bekommen. Bitte nochmal schicken. Gstrein", "invoice_resend", sender=1, fam=["never-received"]),
    R("W2121", at(25, "13:05", CET), "Bitte die Rechnungen neu ausstellen mit unserer neuen Anschrift: Uhrenmanufaktur Kienzle GmbH, Hauptstraße 14, 78098 Triberg. Danke", "po_change", sec=["invoice_resend"], fam=["copy-with-change", "address"]),
    R("W2122", at(27, "11:25", CET), "Servus, bitte die UID-Nummer ATU12345678 auf der Rechnung ergänzen und neu schicken. Johann", "po_change", sec=["invoice_resend"], sender=1, fam=["copy-with-change", "vat-number"]),
    R("W2121", at(24, "07:45", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 1. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@uhren-kienzle.example.", "out_of_office", sender=1, headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Schwarzwälder Uhrenmanufaktur Kienzle GmbH", quote="none", fam=["ooo-short"]),
    R("W2122", at(26, "07:30", CET), "Die Hütte ist bis 18. Dezember geschlossen, das Büro ist nicht besetzt. Bitte wenden Sie sich an unseren Steuerberater, Herrn Pichler, pichler@stb-pichler.example.", "out_of_office", sec=["wrong_contact"], sender=0, headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Berggasthof Hohe Mut Hütte", quote="none", human=["absence more than 14 days"], fam=["ooo-long", "ooo-new-contact"]),
    R("W2121", at(23, "09:07", CET), DSN.format(a="buchhaltung@uhren-kienzle.example"), "bounce", sender="MAILER-DAEMON@mail.uhren-kienzle.example", subject="Unzustellbar: Zahlungserinnerung", dsn=("buchhaltung@uhren-kienzle.example", "5.1.1"), gap_days=0, fam=["dsn-de"]),
    R("W2122", at(24, "09:08", CET), DSN.format(a="office@hohemut-huette.example"), "bounce", sender="MAILER-DAEMON@mail.hohemut-huette.example", subject="Unzustellbar: Zahlungserinnerung", dsn=("office@hohemut-huette.example", "5.1.1"), gap_days=0, fam=["dsn-de"]),
    R("W2121", at(26, "11:40", CET), "Ich bin in der Werkstatt und nicht für Rechnungen zuständig. Bitte an buchhaltung@ schreiben.", "wrong_contact", sender=1, fam=["not-right-person"]),
    R("W2122", at(27, "15:50", CET), "Die Hütte wurde im Oktober an die Familie Raich verpachtet, bitte wenden Sie sich an raich@hohemut-alm.example.", "wrong_contact", sender=0, fam=["sold"]),
    R("W2121", at(25, "10:45", CET), "Danke, ist angekommen.", "other", sender=1, fam=["no-action", "terse"]),
    R("W2122", at(23, "14:30", CET), "Sehr geehrte Damen und Herren,\n\nhiermit zeigen wir an, dass über das Vermögen der Berggasthof Hohe Mut Hütte am 20. November 2026 beim Landesgericht Innsbruck ein Sanierungsverfahren ohne Eigenverwaltung eröffnet wurde. Forderungen sind beim Insolvenzgericht anzumelden.\n\nMit freundlichen Grüßen\nMag. Eva Hörtnagl, Sanierungsverwalterin", "other", sender="hoertnagl@kanzlei-hoertnagl.example", human=["insolvency"], fam=["insolvency", "formal"]),
    R("W2121", at(27, "13:40", CET), "Bitte senden Sie uns eine Freistellungsbescheinigung bzw. Ihre Steuernummer für unsere Unterlagen. Gruß Buchhaltung", "other", human=["paperwork"], fam=["paperwork"]),
]
