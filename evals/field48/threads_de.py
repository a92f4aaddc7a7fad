"""Hand-written field48 replies in German: a Dortmund concert house, a Zillertal glassworks on credit hold, an Emmental
riding centre on a plan (Pfingsten, Fronleichnam, Swiss and Tyrolean spelling)."""

from evals.field.build import Payment, Reply
from evals.field48.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK48-014", "M4821", "2027-05-07", "890.00", "EUR", "RE 94832 KONZERTHAUS RUHRBOGEN GGMBH"),
    Payment("BK48-015", "M4822", "2027-05-12", "5625.00", "EUR", "GLASHUETTE ZILLERTAL TEILZAHLUNG"),
    Payment("BK48-016", "M4823", "2027-05-10", "2800.00", "CHF", "210000000003139471430009017"),
]

REPLIES = [
    # --- M4821 Konzerthaus Ruhrbogen gGmbH (Dortmund, de-DE) ---
    Reply("M4821", at(11, "10:30", CET), """Guten Tag,

die Zahlung beider Rechnungen erfolgt nach Pfingsten, voraussichtlich am Dienstag, 18.05.

Mit freundlichen Grüßen
Jens Opitz
Kaufmännischer Leiter
Konzerthaus Ruhrbogen gGmbH""", "promise_to_pay", date="2027-05-18", fam=["promise-date", "holiday", "dotted-date"]),
    Reply("M4821", at(10, "14:15", CET), """Sehr geehrte Damen und Herren,

beide Rechnungen sind in unserem Zahllauf der KW 20 enthalten.

Freundliche Grüße
Buchhaltung""", "promise_to_pay", date="2027-05-21", sender=0, fam=["promise-date", "calendar-week"]),
    Reply("M4821", at(12, "09:05", CET), """Hallo,

die 890,00 € für RE 94832 wurden bereits am 07.05. überwiesen (Verwendungszweck "RE 94832"). Bitte prüfen Sie Ihren Zahlungseingang.

Gruß
Buchhaltung Konzerthaus Ruhrbogen""", "already_paid", inv=["94832"], ref="RE 94832", sender=0, fam=["paid-matched", "dotted-date"]),
    Reply("M4821", at(12, "16:20", CET), """Guten Tag,

die mit Rechnung 94831 gelieferten Orchesterpulte kamen in Silber statt in Schwarz - bestellt war ausdrücklich schwarz matt (siehe unsere Bestellung vom 12.02.). Wir haben das am 19.04. reklamiert (Ihr Ticket 4471), bisher ohne Antwort. Bis zur Klärung zahlen wir die Rechnung nicht.

Jens Opitz""", "dispute", inv=["94831"], fam=["dispute-wrong-goods"]),
    Reply("M4821", at(12, "07:45", CET), """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 21.05.2027, nicht im Haus und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung@konzerthaus-ruhrbogen.example.

Jens Opitz""", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Konzerthaus Ruhrbogen gGmbH", quote="none",
          fam=["ooo-short"], note="back Monday 24 May, 12 days later"),
    Reply("M4821", at(13, "11:10", CET), """Hallo, wir zahlen zum Monatsende. Gruß J. Opitz""", "promise_to_pay", date="2027-05-31", fam=["promise-date", "month-end", "terse"]),
    Reply("M4821", at(11, "15:55", CET), """Guten Tag,

Herr Opitz ist diese Woche auf einer Tagung, ich habe mit ihm telefoniert: Die Zahlung geht übernächste Woche raus.

Viele Grüße
Buchhaltung""", "promise_to_pay", date="2027-05-28", sender=0, fam=["promise-date", "week-after-next", "colleague"]),
    Reply("M4821", at(10, "11:25", CET), """Sehr geehrte Damen und Herren,

als Gesellschaft der Stadt Dortmund können wir ab sofort nur noch elektronische Rechnungen im Format XRechnung annehmen. Bitte senden Sie beide Rechnungen erneut an rechnungseingang@konzerthaus-ruhrbogen.example, Leitweg-ID 05913000-RUHRB-47.

Mit freundlichen Grüßen
Buchhaltung""", "po_change", sender=0, fam=["e-invoicing", "xrechnung"]),
    Reply("M4821", at(13, "09:40", CET), """Hallo, könnten Sie uns bitte eine Kopie der Rechnung 94831 schicken? Das Original ist beim Umzug der Verwaltung in den Neubau verloren gegangen. Danke!""",
          "invoice_resend", inv=["94831"], sender=0, fam=["resend"]),
    Reply("M4821", at(11, "13:05", CET), """Guten Tag,

die Spielzeit war finanziell schwierig. Wäre es möglich, die Rechnung 94831 in drei Raten à 2.160,00 € zu zahlen, die erste zum 01.06., dann 01.07. und 01.08.?

Mit freundlichen Grüßen
Jens Opitz""", "payment_plan_request", date="2027-06-01", amount="2160.00", inv=["94831"], fam=["plan-request", "dotted-date"]),
    Reply("M4821", at(13, "17:30", CET), """Freigabe ist erfolgt, die Überweisung geht morgen raus. Opitz""", "promise_to_pay", date="2027-05-14", fam=["promise-date", "terse"]),
    Reply("M4821", at(10, "09:50", CET), """Guten Morgen,

bevor wir zahlen: Wir haben letzte Woche ein Schreiben auf Ihrem Briefpapier erhalten, wonach sich Ihre Bankverbindung geändert hat (neue IBAN bei einer Bank in Malta). Ist das echt? Bitte rufen Sie uns unter 0231 555 3810 zurück.

Buchhaltung""", "other", sender=0, human=["fraud check"], fam=["fraud-worry", "bank-details"]),
    Reply("M4821", at(12, "12:35", CET), """Guten Tag,

Herr Opitz ist seit 1. Mai in Elternzeit. Seine Vertretung ist Frau Selin Demir, s.demir@konzerthaus-ruhrbogen.example. Bitte schreiben Sie künftig an sie.

Freundliche Grüße
Buchhaltung""", "wrong_contact", sender=0, fam=["wrong-contact", "parental-leave"]),
    Reply("M4821", at(11, "16:45", CET), """Hallo, da Donnerstag (27.05.) Fronleichnam ist und wir Freitag Brückentag haben, zahlen wir schon am Mittwoch, 26.05. Gruß Opitz""",
          "promise_to_pay", date="2027-05-26", fam=["promise-date", "holiday", "distractor-date"]),
    Reply("M4821", at(13, "08:10", CET), """Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Übermittlung an folgende Empfänger ist fehlgeschlagen:

      buchhaltung@konzerthaus-ruhrbogen.example

Remote-Server hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Empfänger nicht gefunden' zurückgegeben""", "bounce",
          sender="postmaster@konzerthaus-ruhrbogen.example", subject="Unzustellbar: Zahlungserinnerung – Konzerthaus Ruhrbogen gGmbH",
          dsn=("buchhaltung@konzerthaus-ruhrbogen.example", "5.1.10"), fam=["bounce", "exchange"]),

    # --- M4822 Glashütte Zillertal GmbH (Tyrol, de-AT, credit hold) ---
    Reply("M4822", at(10, "10:40", CET), """Grüß Gott,

wir überweisen die Rechnung am 20. Mai. Bitte heben Sie die Liefersperre auf, wir brauchen das Quarzmehl dringend für die Sommerproduktion.

Mit freundlichen Grüßen
Christine Eberharter
Geschäftsführerin""", "promise_to_pay", date="2027-05-20", fam=["promise-date", "flagged"]),
    Reply("M4822", at(12, "15:25", CET), """Hallo, die Hälfte (5.625,00) ist heute raus, der Rest folgt Ende Mai. LG Büro""", "already_paid", sec=["promise_to_pay"], date="2027-05-31",
          sender=0, human=["amount differs"], fam=["paid-part", "month-end", "flagged"], note="BK48-015 is half of 11,250"),
    Reply("M4822", at(11, "09:15", CET), """Sehr geehrte Damen und Herren,

die mit Rechnung 94833 gelieferten Ersatzteile für den Hafenofen waren zum Teil beschädigt (zwei Brennerdüsen gebrochen, Fotos anbei). Wir bitten um Ersatzlieferung bzw. Gutschrift über EUR 1.480,00. Den Restbetrag überweisen wir nach Erhalt der Gutschrift.

Christine Eberharter""", "dispute", sec=["promise_to_pay"], human=["conditional"], inv=["94833"], attachments=[("duesen.jpg", "image/jpeg", "")],
          fam=["dispute-damaged", "conditional", "flagged"]),
    Reply("M4822", at(13, "14:10", CET), """Guten Tag,

die Saison ist bei uns noch nicht angelaufen. Könnten wir die 11.250 € in vier Monatsraten zu je 2.812,50 € zahlen, beginnend mit 15. Juni?

Danke und liebe Grüße
Christine Eberharter""", "payment_plan_request", date="2027-06-15", amount="2812.50", fam=["plan-request", "flagged"]),
    Reply("M4822", at(10, "06:45", CET), """Danke für Ihre Nachricht. Ich bin bis einschließlich 14.05. auf Urlaub und ab Montag, 17.05. wieder erreichbar. Dringendes bitte an office@glashuette-zillertal.example.

Christine Eberharter""", "out_of_office", headers=AUTO, subject="Abwesend: Zahlungserinnerung – Glashütte Zillertal GmbH", quote="none",
          fam=["ooo-short", "flagged"]),
    Reply("M4822", at(11, "11:55", CET), """Grüß Gott, Zahlung erfolgt in der KW 21, voraussichtlich am Dienstag. Büro Glashütte""", "promise_to_pay", date="2027-05-25", sender=0,
          fam=["promise-date", "calendar-week", "flagged"]),
    Reply("M4822", at(10, "18:30", CET), """Servus, des zohl ma eh no in dera Woch, brauchts ned dauernd schreibn. Christine""", "promise_to_pay", date="2027-05-14",
          fam=["promise-date", "dialect", "this-week", "flagged"], note="Tyrolean: 'this week' = Friday 14 May"),
    Reply("M4822", at(12, "10:05", CET), """Sehr geehrte Damen und Herren,

unsere Buchhaltung wird seit Mai von der Kanzlei Hauser in Schwaz betreut. Bitte richten Sie Mahnungen und Rechnungen künftig an Frau Mag. Hauser, office@kanzlei-hauser.example.

Büro Glashütte Zillertal""", "wrong_contact", sender=0, fam=["wrong-contact", "outsourced", "flagged"]),
    Reply("M4822", at(13, "10:50", CET), """Sehr geehrte Damen und Herren,

wir teilen mit, dass über das Vermögen der Glashütte Zillertal GmbH mit Beschluss des Landesgerichts Innsbruck vom 10.05.2027 ein Sanierungsverfahren ohne Eigenverwaltung eröffnet wurde. Forderungen sind beim Landesgericht anzumelden. Zahlungen auf Altforderungen dürfen nicht mehr geleistet werden.

Dr. Andreas Pichler
Sanierungsverwalter""", "other", sender="kanzlei@pichler-insolvenz.example", human=["insolvency"], fam=["insolvency", "unknown-sender", "flagged"]),
    Reply("M4822", at(11, "14:30", CET), """Schicken S' uns bitte die Rechnung nochmal, diesmal mit unserer UID drauf (ATU71938455), sonst nimmt's der Steuerberater ned.""",
          "po_change", fam=["vat-number", "dialect", "flagged"], note="a copy with a tax id added is a billing change"),
    Reply("M4822", at(12, "17:15", CET), """Wir überweisen in 14 Tagen. Eberharter""", "promise_to_pay", date="2027-05-26", fam=["promise-date", "relative-span", "flagged"]),
    Reply("M4822", at(13, "12:20", CET), """Das haben wir eh schon am 30. April überwiesen! Bitte schauen Sie nach.""", "already_paid", human=["no matching payment"], sender=0,
          fam=["paid-unmatched", "flagged"]),
    Reply("M4822", at(11, "08:20", CET), """Guten Morgen, können Sie mir bitte die Rechnung 94833 noch einmal als PDF schicken? Ich finde sie im Postfach nicht. Danke, C. Eberharter""",
          "invoice_resend", inv=["94833"], fam=["resend", "flagged"]),

    # --- M4823 Reitzentrum Eggiwil AG (Emmental, de-CH, payment plan) ---
    Reply("M4823", at(10, "13:40", CET), """Grüezi

Die 3. Rate von CHF 2'800.– überweisen wir am 31. Mai, wie vereinbart.

Freundliche Grüsse
Beat Stucki
Geschäftsführer""", "promise_to_pay", date="2027-05-31", amount="2800.00", fam=["instalment", "promise-date", "swiss", "flagged"]),
    Reply("M4823", at(11, "10:10", CET), """Guten Tag

Warum erhalten wir Mahnungen? Wir haben mit Ihnen eine Ratenvereinbarung und sind mit keiner Rate im Rückstand. Bitte korrigieren Sie das.

Finanzen Reitzentrum Eggiwil""", "other", sender=0, human=["reminders while on a plan"], fam=["complaint", "flagged"]),
    Reply("M4823", at(12, "16:35", CET), """Grüezi

Nach dem nassen Frühling sind die Einnahmen aus dem Reitunterricht eingebrochen. Wir möchten die Ratenvereinbarung anpassen: statt CHF 2'800.– neu CHF 1'400.– pro Monat ab Juni. Ist das für Sie möglich?

Beat Stucki""", "payment_plan_request", fam=["plan-change", "swiss", "flagged"], note="'ab Juni' names no day"),
    Reply("M4823", at(11, "15:00", CET), """Rate Mai CHF 2'800.00 am 10.05. bezahlt, Referenz 21 00000 00003 13947 14300 09017. Finanzen""", "already_paid",
          ref="21 00000 00003 13947 14300 09017", sender=0, human=["amount differs"], fam=["paid-instalment", "qr-reference", "flagged"]),
    Reply("M4823", at(10, "07:10", CET), """Besten Dank für Ihre Nachricht. Ich bin bis und mit 25. Mai in den Ferien. In dringenden Fällen wenden Sie sich an finanzen@reitzentrum-eggiwil.example.

Beat Stucki""", "out_of_office", headers=AUTO, subject="Abwesenheit: Zahlungserinnerung – Reitzentrum Eggiwil AG", quote="none",
          human=["absence longer than 14 days"], fam=["ooo-long", "swiss", "flagged"], note="back 26 May, 16 days after the 10th"),
    Reply("M4823", at(13, "09:20", CET), """Guten Tag

Ihre Mahnung enthält Verzugszinsen von CHF 210.–. Das akzeptieren wir nicht: Wir haben eine Ratenvereinbarung und halten sie ein. Bitte stornieren Sie die Zinsen.

Beat Stucki""", "dispute", fam=["dispute-fees", "flagged"]),
    Reply("M4823", at(12, "19:05", CET), """Mir zahle d'Rate am Friti, gäll. Beat""", "promise_to_pay", date="2027-05-14", human=["partial"],
          fam=["instalment", "dialect", "promise-date", "flagged"], note="Bernese 'Friti' = Friday"),
    Reply("M4823", at(13, "13:15", CET), """Guten Tag, könnten Sie uns für die nächste Rate eine QR-Rechnung schicken? Unsere Bank verlangt das seit der Umstellung. Danke, Finanzen""",
          "invoice_resend", sender=0, fam=["resend", "qr-bill", "flagged"]),
    Reply("M4823", at(11, "11:30", CET), """Grüezi

Per 1. Juni firmieren wir neu als Pferdesportzentrum Emmental AG (gleiche UID CHE-431.229.870, neue Adresse: Dorfstrasse 12, 3537 Eggiwil). Bitte stellen Sie die Rechnung neu aus.

Beat Stucki""", "po_change", fam=["legal-entity", "billing-address", "swiss", "flagged"]),
    Reply("M4823", at(12, "08:25", CET), """Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: b.stucki@reitzentrum-eggiwil.example
Grund: Das Postfach des Empfängers ist voll.
Status: 5.2.2""", "bounce", sender="mailer-daemon@reitzentrum-eggiwil.example", subject="Unzustellbar: Zahlungserinnerung – Reitzentrum Eggiwil AG",
          dsn=("b.stucki@reitzentrum-eggiwil.example", "5.2.2"), fam=["bounce", "flagged"]),
    Reply("M4823", at(13, "16:40", CET), """Grüezi, den ganzen Restbetrag zahlen wir Ende Quartal in einem Zug, dann ist die Sache erledigt. Freundliche Grüsse B. Stucki""",
          "promise_to_pay", date="2027-06-30", fam=["promise-date", "quarter-end", "over-30-days", "flagged"]),
    Reply("M4821", at(12, "13:50", CET), """Hallo, wir zahlen am Mittwoch nach Pfingsten, also am 19.05. Gruß, Buchhaltung""", "promise_to_pay", date="2027-05-19", sender=0,
          fam=["promise-date", "holiday", "dotted-date"]),
]
