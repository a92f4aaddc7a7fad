"""German replies (DE, AT, CH): dental lab, scaffolding, a lake ferry, a record label, a ski school, a seed cooperative."""

from evals.field.build import Payment, Reply

R = Reply
P = "promise_to_pay"
AUTO = {"Auto-Submitted": "auto-replied"}

_HOCHWALD_SIG = """
Mit freundlichen Grüßen

i. A. Kreditorenbuchhaltung
Gerüstbau Hochwald GmbH
Industriestraße 14 · 34123 Kassel
Geschäftsführer: Peter Hochwald, Sabine Hochwald · Amtsgericht Kassel HRB 11872 · USt-IdNr. DE281234567

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat
sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese
Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
"""

PAYMENTS = [
    Payment("BK8-101", "N831", "2026-11-23", "3220.00", "EUR", "RE 08311 08312 DENTALLABOR FEINSCHLIFF"),
    Payment("BK8-102", "N832", "2026-11-20", "9120.00", "EUR", "GERUESTBAU HOCHWALD 4500712093"),
    Payment("BK8-103", "N836", "2026-11-19", "5135.20", "EUR", "SAATGUT ELBTAL EG RE 08361 ABZGL SKONTO"),
]

REPLIES = [
    # promises
    R("N831", "2026-11-23T09:12:00+01:00", "Hallo, wir überweisen am Do. beide Rechnungen.\nGruß K. Weber", P, date="2026-11-26", sender=1, fam=["abbrev-weekday", "mobile"]),
    R("N832", "2026-11-24T10:30:00+01:00", "Sehr geehrte Damen und Herren,\n\ndie Rechnung 08321 ist zur Zahlung freigegeben und wird mit dem Zahllauf am 04.12. beglichen." + _HOCHWALD_SIG, P, date="2026-12-04", inv=["08321"], html=True, fam=["dotted-date", "formal-ap", "disclaimer", "html"]),
    R("N833", "2026-11-25T14:00:00+01:00", "Grüezi\n\nDie Zahlung erfolgt in KW 50.\n\nFreundliche Grüsse\nUrs Brunner", P, date="2026-12-11", sender=1, fam=["calendar-week", "de-CH"]),
    R("N834", "2026-11-24T22:10:00+01:00", "sorry für die verspätung, zahlung kommt übernächste woche. lena", P, date="2026-12-11", sender=1, fam=["week-after-next", "lowercase"]),
    R("N836", "2026-11-26T08:30:00+01:00", "Guten Morgen,\n\nwir zahlen zum Monatsende.\n\nMit freundlichen Grüßen\nBirgit Vogel", P, date="2026-11-30", sender=1, fam=["month-end"]),
    R("N831", "2026-11-25T11:00:00+01:00", "Hallo,\n\nursprünglich war der 27. geplant, jetzt wird es leider der 3.12., unser Steuerberater ist krank.\n\nViele Grüße\nKatrin Weber", P, date="2026-12-03", sender=1, fam=["moved-date", "numeric-dayfirst"]),
    R("N835", "2026-11-20T17:00:00+01:00", "Servus, wir zahlen morgen. Bitte die Liefersperre aufheben, die Saison beginnt!\nJohann Gruber", P, date="2026-11-21", sender=1, fam=["tomorrow", "flagged", "de-AT"]),
    R("N832", "2026-11-24T15:20:00+01:00", "Guten Tag,\n\nwir zahlen am Freitag 5.000 €, den Rest nach der Abnahme durch den Bauherrn.\n\nMichael Krause\nKaufmännischer Leiter", P, date="2026-11-27", amount="5000.00", human=["conditional"], sender=1, fam=["partial", "conditional"]),
    R("N833", "2026-11-23T09:45:00+01:00", "Guten Tag\n\nDie Überweisung wird am 1.12.26 ausgeführt.\n\nKreditoren\nBodensee Schifffahrt AG", P, date="2026-12-01", fam=["dotted-date-short-year", "de-CH"]),
    R("N834", "2026-11-19T13:00:00+01:00", "Hi, wir zahlen, sobald unser Vertrieb die Herbstquartale abgerechnet hat. Lena", P, human=["conditional"], sender=1, fam=["conditional"]),
    R("N836", "2026-11-24T12:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nder Vorstand der Genossenschaft tagt am 2.12.; die Zahlung erfolgt danach, spätestens am 4.12.\n\nMit freundlichen Grüßen\nSaatgut Elbtal eG", P, date="2026-12-04", fam=["meeting-before-payment", "formal"]),
    R("N831", "2026-11-19T16:40:00+01:00", "Hallo, Zahlung erfolgt in 14 Tagen. Gruß", P, date="2026-12-03", sender=1, fam=["relative-span", "terse"]),
    R("N833", "2026-11-23T16:00:00+01:00", "Guten Tag\n\nWir begleichen den offenen Betrag bis Ende Quartal.\n\nFreundliche Grüsse\nKreditoren", P, date="2026-12-31", fam=["quarter-end"]),
    # paid
    R("N831", "2026-11-25T08:20:00+01:00", "Guten Morgen,\n\nbeide Rechnungen haben wir am 23.11. überwiesen (Verwendungszweck 08311/08312).\n\nMfG\nBuchhaltung", "already_paid", inv=["08311", "08312"], note="BK8-101", fam=["paid-matched", "past-tense"]),
    R("N832", "2026-11-23T10:00:00+01:00", "Die Zahlung ist am Freitag raus." + _HOCHWALD_SIG, "already_paid", note="BK8-102", fam=["paid-matched", "past-tense", "disclaimer"]),
    R("N836", "2026-11-20T09:00:00+01:00", "Guten Tag,\n\nwir haben die Rechnung 08361 am 19.11. unter Abzug von 2 % Skonto bezahlt.\n\nFreundliche Grüße\nB. Vogel", "already_paid", inv=["08361"], human=["amount differs"], sender=1, note="BK8-103, Skonto withheld", fam=["paid-short", "skonto"]),
    R("N834", "2026-11-26T19:30:00+01:00", "Haben wir doch längst bezahlt!! Schauen Sie bitte mal auf Ihr Konto.", "already_paid", human=["no matching payment"], sender=1, fam=["paid-unmatched", "annoyed"]),
    # disputes
    R("N832", "2026-11-20T11:00:00+01:00", "Guten Tag,\n\nauf 08321 sind 120 Gerüstrohre berechnet, geliefert wurden laut Lieferschein 100. Bitte korrigieren Sie die Rechnung." + _HOCHWALD_SIG, "dispute", inv=["08321"], fam=["short-delivery", "disclaimer"]),
    R("N833", "2026-11-19T10:00:00+01:00", "Guten Tag\n\nSie haben uns deutsche Umsatzsteuer berechnet. Als Schweizer Unternehmen ist die Lieferung für uns steuerfrei. Bitte stellen Sie die Rechnung ohne USt neu aus.\n\nUrs Brunner", "dispute", sender=1, fam=["tax-charged", "de-CH"]),
    R("N834", "2026-11-23T12:30:00+01:00", "Hallo,\n\n200 Platten aus der letzten Pressung knacksen auf Seite B. So zahlen wir die Rechnung nicht, wir brauchen eine Gutschrift oder Neupressung.\n\nLena Hoffmann", "dispute", sender=1, fam=["quality", "credit-note"]),
    R("N835", "2026-11-25T10:00:00+01:00", "Grüß Gott,\n\ndie Mahngebühr von 40 € akzeptieren wir nicht. Den Rechnungsbetrag zahlen wir am Montag.\n\nJohann Gruber", "dispute", sec=["promise_to_pay"], date="2026-11-30", sender=1, fam=["fees", "dispute-plus-promise", "flagged"]),
    # plans
    R("N834", "2026-11-25T09:30:00+01:00", "Hallo, können wir den Betrag in drei Raten zahlen, erste Rate am 15.12.? Der Dezember ist bei uns immer knapp. Lena", "payment_plan_request", date="2026-12-15", sender=1, fam=["plan-dated", "dotted-date"]),
    R("N836", "2026-11-23T14:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nwäre eine Ratenzahlung möglich, etwa 4 x 1.310 €? Die Ernte wurde erst teilweise abgerechnet.\n\nMit freundlichen Grüßen\nBirgit Vogel", "payment_plan_request", amount="1310.00", sender=1, fam=["plan-undated"]),
    # PO / billing
    R("N832", "2026-11-26T09:00:00+01:00", "Guten Tag,\n\ndie Bestellnummer auf der Rechnung ist falsch, richtig ist 4500712903. Ohne korrekte Bestellnummer können wir nicht buchen. Bitte neu ausstellen." + _HOCHWALD_SIG, "po_change", fam=["po-wrong", "disclaimer"]),
    R("N833", "2026-11-20T15:00:00+01:00", "Guten Tag\n\nBitte senden Sie Rechnungen ab sofort ausschliesslich an rechnungseingang@bodensee-schiff.example. Die bisherige Adresse wird nicht mehr bearbeitet.\n\nKreditoren", "po_change", fam=["mailbox-change", "de-CH"]),
    R("N831", "2026-11-26T13:00:00+01:00", "Hallo,\n\nab dem 1.12. firmieren wir als Feinschliff Dentaltechnik GmbH & Co. KG. Bitte stellen Sie die beiden offenen Rechnungen auf den neuen Namen aus.\n\nK. Weber", "po_change", sender=1, fam=["entity-change"]),
    # copies
    R("N836", "2026-11-19T08:00:00+01:00", "Bitte Rechnung nochmal schicken, liegt uns nicht vor.", "invoice_resend", fam=["never-received", "terse"]),
    R("N831", "2026-11-24T08:15:00+01:00", "Guten Tag, könnten Sie uns einen aktuellen Kontoauszug über alle offenen Posten senden? Danke, Buchhaltung", "invoice_resend", fam=["statement"]),
    # wrong contacts
    R("N834", "2026-11-20T10:00:00+01:00", "Frau Hoffmann ist nicht mehr für die Buchhaltung zuständig. Bitte wenden Sie sich an buchhaltung@nachtschicht-records.example.", "wrong_contact", fam=["person-left"]),
    R("N835", "2026-11-24T18:00:00+01:00", "I bin nur Skilehrer und hab mit Rechnungen nix zu tun. Des Büro macht des, die Hanni, hanni@skischule-arlberg.example", "wrong_contact", sender=1, fam=["not-my-job", "dialect", "flagged"]),
    # other
    R("N832", "2026-11-25T08:00:00+01:00", "Guten Tag,\n\nwir haben ein Schreiben erhalten, wonach sich Ihre Bankverbindung geändert hat. Bevor wir zahlen, möchten wir das telefonisch bestätigt haben.\n\nMichael Krause", "other", human=["fraud check"], sender=1, fam=["fraud-check"]),
    R("N836", "2026-11-25T11:30:00+01:00", "Guten Tag, für unsere Unterlagen benötigen wir Ihre aktuelle Freistellungsbescheinigung nach § 48b EStG und die Unbedenklichkeitsbescheinigung des Finanzamts. Vorher können wir nichts anweisen.\nB. Vogel", "other", human=["tax form"], sender=1, fam=["tax-form"]),
    R("N833", "2026-11-24T09:00:00+01:00", "Danke, ist an die Kreditorenbuchhaltung weitergeleitet.", "other", sender=1, fam=["no-action", "forwarded"]),
    # absences
    R("N831", "2026-11-24T07:00:00+01:00", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 01.12. nicht im Labor. In dringenden Fällen wenden Sie sich bitte an buchhaltung@feinschliff-dental.example.", "out_of_office", sender=1, headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Dentallabor Feinschliff GmbH", fam=["ooo-short"]),
    R("N833", "2026-11-26T08:00:00+01:00", "Besten Dank für Ihre Nachricht. Unsere Verwaltung ist wegen Betriebsferien bis 11. Januar geschlossen.", "out_of_office", human=["absent more than 14 days"], headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Bodensee Schifffahrt AG", fam=["ooo-long"]),
    # delivery failures
    R("N832", "2026-11-18T09:07:00+01:00", "Ihre Nachricht konnte nicht an folgende Empfänger zugestellt werden:\n\nkreditoren@hochwald-geruest.example\nDie E-Mail-Adresse wurde auf dem Zielserver nicht gefunden.", "bounce", sender="postmaster@hochwald-geruest.example", subject="Unzustellbar: Zahlungserinnerung – Gerüstbau Hochwald GmbH", dsn=("kreditoren@hochwald-geruest.example", "5.1.1"), lang="de", fam=["dsn-exchange-de"]),
    R("N836", "2026-11-17T09:06:00+01:00", "Dies ist eine automatisch erstellte Nachricht.\n\nDie Zustellung an rechnungen@saatgut-elbtal.example ist endgültig fehlgeschlagen: Postfach voll (552 5.2.2).", "bounce", sender="mailer-daemon@mail.saatgut-elbtal.example", subject="Zustellung fehlgeschlagen", dsn=("rechnungen@saatgut-elbtal.example", "5.2.2"), lang="de", fam=["dsn-de", "mailbox-full"]),
]
