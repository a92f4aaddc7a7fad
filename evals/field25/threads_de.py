"""field25, German: an Arlberg ski school, a Black Forest clock maker on credit hold, a Lucerne boat yard (strategic).
Written by hand."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field25.kit import AUTO, CET, at, r

PAYMENTS = [
    Payment("BK25-11", "X2521", "2026-11-25", "5230.00", "EUR", "RE 92521 92522 SKISCHULE ARLBERG"),
    Payment("BK25-12", "X2523", "2026-11-24", "1820.00", "CHF", "BWS-21007 BOOTSWERFT SEEBURG ZAHLUNG"),
]

REPLIES = [
    # promises
    r("X2521", at(23, "08:15", CET), "promise_to_pay", "2026-11-27", "bare-weekday",
      "Servus,\n\nbis Freitag ist das erledigt. Die Saison geht am 5. Dezember los, da ist bei uns gerade Land unter.\n\nLG Florian", sender=1),
    r("X2521", at(24, "13:40", CET), "promise_to_pay", "2026-12-09", "holiday",
      "Grüß Gott,\nam 8. Dezember ist bei uns Feiertag (Maria Empfängnis), die Überweisung geht am Tag danach raus. Beide Rechnungen.\nSkischule Arlberg – Büro"),
    r("X2521", at(25, "17:20", CET), "promise_to_pay", "2026-12-04", "end-of-next-week",
      "Hallo, Ende nächster Woche bekommen Sie das Geld, versprochen. Die Saison fängt an, wir haben einfach keine Minute Zeit gehabt.\nF. Strolz", sender=1),
    r("X2521", at(26, "10:05", CET), "promise_to_pay", "2026-12-03", "dotted-numeric",
      "Sehr geehrte Damen und Herren,\n\ndie Zahlung für 92521 und 92522 ist mit Valuta 3.12. bei der Raiffeisenbank beauftragt.\n\nMit freundlichen Grüßen\nBüro"),
    r("X2521", at(27, "07:45", CET), "promise_to_pay", "2026-12-01", "subject-only terse-mobile", "",
      subject="AW: Zahlungserinnerung – zahle Di., sorry! Florian", sender=1),
    r("X2521", at(23, "19:30", CET), "promise_to_pay", "2026-12-07", "emoji nth-weekday-of-month",
      "Hallo ⛷️ – wir zahlen immer am ersten Montag im Monat, also bei Ihnen im Dezember. Schöne Grüße!"),
    r("X2522", at(23, "09:00", CET), "promise_to_pay", "2026-12-11", "calendar-week",
      "Guten Tag,\n\ndie Rechnung 92523 wird in KW 50 am Freitag beglichen. Bitte heben Sie die Liefersperre auf, unsere Weihnachtsaufträge stehen.\n\nHannelore Faller", sender=1),
    r("X2522", at(24, "11:30", CET), "promise_to_pay", "2026-12-15", "relative-span",
      "Hallo, heute in drei Wochen ist das Geld bei Ihnen, früher geht es leider nicht, die Kuckucksuhren für Japan sind noch nicht bezahlt.\nBuchhaltung Faller", note="heute in drei Wochen: +21"),
    r("X2522", at(25, "15:10", CET), "promise_to_pay", "2026-12-04", "condition-date",
      "Sehr geehrte Damen und Herren,\n\nsobald Sie die Gutschrift für die beschädigten Pendel am Montag schicken, zahlen wir am Freitag darauf den Rest.\n\nMit freundlichen Grüßen\nH. Faller", sender=1, human=["conditional"]),
    r("X2522", at(26, "16:45", CET), "promise_to_pay", "2026-12-10", "working-days",
      "Guten Tag, die Zahlung erfolgt innerhalb von 10 Werktagen. Freundliche Grüße, Buchhaltung", note="10 Werktage (Mo–Fr) nach Donnerstag 26"),
    r("X2523", at(23, "10:20", CET), "promise_to_pay", "2026-12-11", "week-after-next",
      "Grüezi\n\nDie Zahlung für 92524 erfolgt übernächste Woche, am Freitag. Unser Zahlungslauf ist zweiwöchentlich.\n\nFreundliche Grüsse\nUrs Amrein\nLeiter Finanzen", sender=1, inv=["92524"]),
    r("X2523", at(24, "14:00", CET), "promise_to_pay", "2026-12-15", "mid-month",
      "Grüezi, wir überweisen Mitte Dezember, nach dem Abschluss der Winterlager-Verträge. Freundliche Grüsse, Kreditoren"),
    r("X2523", at(26, "08:50", CET), "promise_to_pay", "2026-12-02", "meeting-before-payment",
      "Grüezi Frau …\n\nDie Geschäftsleitung tagt am Montag, danach gebe ich die Zahlung frei: Valuta Mittwoch, 2. Dezember.\n\nFreundliche Grüsse\nU. Amrein", sender=1),
    r("X2523", at(27, "11:15", CET), "promise_to_pay", "2026-12-04", "html-outlook",
      "Sehr geehrte Damen und Herren\nDie offenen Rechnungen werden mit dem Zahlungslauf vom Freitag, 4. Dezember 2026 beglichen.\nFreundliche Grüsse\nKreditorenbuchhaltung\nBootswerft Seeburg AG | Seestrasse 12 | 6006 Luzern\nDiese E-Mail kann vertrauliche Informationen enthalten.", html=True),
    r("X2521", at(24, "21:50", CET), "promise_to_pay", "2026-11-30", "late-evening month-end",
      "Sorry für die späte Antwort. Zum Monatsende überweise ich alles. Florian", sender=1),
    r("X2522", at(27, "10:10", CET), "promise_to_pay", "2026-12-01", "partial",
      "Guten Tag, wir zahlen am Dienstag 4.000 € auf 92523 an, den Rest im Januar.\nH. Faller", sender=1, amount="4000.00"),
    r("X2523", at(25, "09:35", CET), "promise_to_pay", None, "undated assistant-for-boss",
      "Guten Tag\n\nIm Auftrag von Herrn Amrein: Die Rechnungen sind geprüft und werden bezahlt, sobald die neue Kreditlimite der Bank bestätigt ist. Ein Datum kann er noch nicht nennen.\n\nFreundliche Grüsse\nSandra Zemp, Assistentin", human=["undated", "conditional"]),

    # already paid
    r("X2521", at(26, "09:10", CET), "already_paid", None, "remittance-reference-variant",
      "Hallo, ist gestern rausgegangen, beide Rechnungen, Verwendungszweck „RE 92521/92522“. LG Büro", ref="RE 92521/92522", note="matches BK25-11"),
    r("X2523", at(25, "16:30", CET), "already_paid", None, "one-of-two remittance-reference-variant",
      "Grüezi, 92525 haben wir am 24.11. bezahlt, CHF 1'820.00, Referenz BWS-21007. 92524 folgt.\nKreditoren", inv=["92525"], ref="BWS-21007", note="matches BK25-12; account strategic"),
    r("X2522", at(24, "08:40", CET), "already_paid", None, "terse-mobile",
      "Ist bezahlt!! Bitte Sperre aufheben.", sender=1, human=["no matching payment"]),

    # dispute
    r("X2521", at(25, "11:50", CET), "dispute", None, "quantity",
      "Hallo, auf 92522 sind 12 Skihelme berechnet, bekommen haben wir 10. Bitte korrigieren, vorher zahlen wir die nicht.\nBüro", inv=["92522"]),
    r("X2523", at(23, "15:30", CET), "dispute", "2026-11-30", "vat",
      "Grüezi\n\nAuf 92524 ist deutsche MwSt. ausgewiesen, bei Export in die Schweiz ist das falsch. Den Nettobetrag zahlen wir am Montag, die MwSt. nicht.\n\nU. Amrein", sender=1, inv=["92524"], sec=["promise_to_pay"]),

    # resend
    r("X2522", at(26, "13:25", CET), "invoice_resend", None, "lost-in-spam",
      "Guten Tag, können Sie uns die Rechnung 92523 bitte noch einmal als PDF schicken? Die alte ist im Spam gelandet. Danke"),
    r("X2523", at(24, "10:10", CET), "invoice_resend", None, "statement",
      "Grüezi, bitte senden Sie uns einen Kontoauszug per 30.11. für den Jahresabschluss. Freundliche Grüsse, Kreditoren"),

    # PO change
    r("X2523", at(27, "09:20", CET), "po_change", None, "supplier-portal",
      "Grüezi\n\nAb 1. Januar nehmen wir Rechnungen nur noch über unser Lieferantenportal (SAP Ariba) entgegen. Die Einladung folgt separat.\n\nKreditoren"),
    r("X2521", at(27, "12:30", CET), "po_change", None, "tax-id",
      "Hallo, unsere UID-Nummer ist ATU12345678, auf beiden Rechnungen steht eine alte. Bitte neu ausstellen. Danke, Büro"),

    # plan
    r("X2522", at(26, "09:40", CET), "payment_plan_request", "2026-12-15", "plan-request dotted-numeric",
      "Guten Tag,\n\nkönnen wir die 92523 in drei Raten zahlen, die erste am 15.12., dann Januar und Februar? Das Weihnachtsgeschäft läuft schleppend.\n\nHannelore Faller", sender=1),
    r("X2521", at(23, "16:00", CET), "payment_plan_request", None, "plan-request dialect-at",
      "Servus, ginge eine Ratenzahlung über den Winter? Zwei, drei Teile. LG Florian", sender=1),

    # out of office
    r("X2521", at(25, "07:00", CET), "out_of_office", None, "auto-reply",
      "Vielen Dank für Ihre Nachricht. Ich bin bis 2. Dezember auf Skilehrer-Fortbildung und lese keine E-Mails.\nFlorian Strolz", sender=1, headers=AUTO),
    r("X2523", at(23, "07:00", CET), "out_of_office", None, "auto-reply",
      "Ich bin bis am 18. Dezember abwesend. In dringenden Fällen wenden Sie sich an kreditoren@bootswerft-seeburg.example.\nUrs Amrein", sender=1, headers=AUTO,
      human=["back more than 14 days out"]),

    # bounces
    r("X2522", at(25, "09:06", CET), "bounce", None, "dsn",
      "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nDie Zustellung an folgende Empfänger ist fehlgeschlagen:\n\nh.faller@uhren-faller.example\n\n550 5.1.1 Empfänger unbekannt",
      sender="mailer-daemon@uhren-faller.example", dsn=("h.faller@uhren-faller.example", "5.1.1"), subject="Unzustellbar: Zahlungserinnerung – Schwarzwälder Uhrenmanufaktur Faller GmbH"),
    r("X2521", at(26, "09:06", CET), "bounce", None, "dsn",
      "Die Nachricht konnte nicht zugestellt werden. Das Postfach buero@skischule-arlberg.example ist voll.",
      sender="postmaster@skischule-arlberg.example", dsn=("buero@skischule-arlberg.example", "5.2.2"), subject="Unzustellbar: Zahlungserinnerung – Skischule Arlberg Zürs GmbH"),

    # wrong contact
    r("X2522", at(27, "14:00", CET), "wrong_contact", None, "succession new-contact",
      "Guten Tag, Frau Faller hat den Betrieb an ihre Tochter übergeben. Bitte schreiben Sie an lena.faller@uhren-faller.example.\nBuchhaltung"),
    r("X2523", at(26, "15:40", CET), "wrong_contact", None, "colleague-redirect de-ch",
      "Grüezi, ich bin in der Werft, nicht in der Buchhaltung. Bitte an kreditoren@ schreiben. Gruess, Beat", sender=1),

    # other
    r("X2521", at(24, "15:15", CET), "other", None, "no-action",
      "Danke, hab's an die Buchhaltung weitergeleitet.", sender=1),
    r("X2522", at(25, "12:20", CET), "other", None, "tone-complaint",
      "Sehr geehrte Damen und Herren, seit 30 Jahren kaufen wir bei Ihnen, und jetzt eine Liefersperre ohne Anruf? Das ist kein Umgang. H. Faller", sender=1, human=["needs action"]),
    r("X2523", at(24, "11:40", CET), "other", None, "tax-forms",
      "Grüezi, für die Zahlung brauchen wir von Ihnen eine Ansässigkeitsbescheinigung und das ausgefüllte Lieferantenstammblatt (Anhang). Freundliche Grüsse, Kreditoren",
      human=["needs action"], attachments=[("Lieferantenstammblatt.txt", "text/plain", "Lieferantenstammblatt Bootswerft Seeburg AG – Firma, Adresse, UID, IBAN, Unterschrift")]),
    r("X2521", at(27, "16:20", CET), "other", None, "fraud-alert",
      "Hallo, wir haben heute eine Mail mit „neuer Bankverbindung“ von Ihnen bekommen, Absender northwind-supplies.co. Stimmt das? Wir zahlen erst nach Rückruf.\nFlorian", sender=1, human=["needs action"]),
    r("X2522", at(23, "13:30", CET), "other", None, "no-action ticketing-system",
      "Ihre Anfrage ist bei uns eingegangen (Vorgang 2026-1142). Wir melden uns schnellstmöglich.\nIhr Faller-Team", headers=AUTO),
]
