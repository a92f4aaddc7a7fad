"""German replies (field6, hand-written): an optician, an Austrian bakery, a Swiss lab, municipal utilities, a taxi
cooperative on credit hold and a marina on Lake Constance; owners, an office help, a shared AP desk."""

from evals.field6.build import Payment as P
from evals.field6.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK6-0201", "L631", "2026-11-24", "3330.00", "EUR", "OPTIK SEHWERK GMBH RE 06311 06312"),
    P("BK6-0202", "L632", "2026-11-20", "1940.00", "EUR", "BAECKEREI HUBER KG"),
    P("BK6-0203", "L634", "2026-11-25", "11603.20", "EUR", "STADTWERKE LINDENAU 4500877123 ABZGL SKONTO"),
]

REPLIES = [
    # ---- Zusagen
    R("L631", "2026-11-16T22:40:00+01:00", "Überweisung geht Do. raus. Gruß A. Krause", "promise_to_pay", date="2026-11-19", fam=["date:abbrev-weekday-dot", "voice:owner-phone-night", "setting:optician"], sender=1, quote="none"),
    R("L631", "2026-11-23T10:00:00+01:00", "Guten Tag,\nZahlung erfolgt spätestens am 04.12.\nMit freundlichen Grüßen\nOptik Sehwerk, Buchhaltung", "promise_to_pay", date="2026-12-04",
      fam=["date:numeric-dotted", "date:deadline", "setting:optician"], sender=0),
    R("L631", "2026-11-25T12:30:00+01:00", "Hallo, die 06311 zahlen wir am Fr., den 27.11., die 06312 mit dem nächsten Monatslauf.\nKrause", "promise_to_pay", date="2026-11-27", inv=["06311", "06312"],
      fam=["date:abbrev-weekday-date", "date:two-dates-two-invoices"], sender=1),
    R("L631", "2026-11-20T09:00:00+01:00", "Guten Tag, wir zahlen, sobald die Krankenkasse uns die Sehhilfen erstattet hat. Das dauert leider.\nKrause", "promise_to_pay", human=["conditional"],
      fam=["promise:conditional-undated", "setting:optician"], sender=1),
    R("L632", "2026-11-18T07:10:00+01:00", "Grüß Gott, wir zahlen nächste Woche Dienstag. Lg Huber", "promise_to_pay", date="2026-11-24", fam=["date:next-week-weekday", "locale:de-AT", "setting:bakery"], sender=1),
    R("L632", "2026-11-24T11:00:00+01:00", "Guten Tag, Herr Huber sagt, die Überweisung kommt Anfang Dezember.\nSabine Gruber, Büro", "promise_to_pay", date="2026-12-01",
      fam=["date:start-of-month", "writer:office-help", "locale:de-AT"], sender=2),
    R("L632", "2026-11-26T23:30:00+01:00", "zahle morgen in der früh. Huber", "promise_to_pay", date="2026-11-27", fam=["date:tomorrow", "voice:baker-night", "locale:de-AT"], sender=1, quote="none"),
    R("L633", "2026-11-19T14:00:00+01:00", "Grüezi\n\nDie Rechnung wird nach der Visierung durch die Geschäftsleitung am 1.12. mit Valuta 3.12. bezahlt.\n\nFreundliche Grüsse\nM. Wenger", "promise_to_pay", date="2026-12-03",
      fam=["date:approval-before-payment", "locale:de-CH", "setting:lab"], sender=1),
    R("L634", "2026-11-17T10:00:00+01:00", "Sehr geehrte Damen und Herren,\n\ndie Rechnung ist geprüft und für den Zahlungslauf in KW 49 vorgesehen.\n\nMit freundlichen Grüßen\nThomas Schulz\nKreditorenbuchhaltung", "promise_to_pay",
      date="2026-12-04", fam=["date:calendar-week", "setting:municipal-utility"], sender=1),
    R("L634", "2026-11-24T13:00:00+01:00", "Guten Tag, die Zahlung war für den 27.11. geplant, wird wegen der Haushaltssperre aber erst am 08.12. ausgeführt.\nT. Schulz", "promise_to_pay", date="2026-12-08",
      fam=["date:moved", "setting:municipal-utility"], sender=1),
    R("L634", "2026-11-20T15:00:00+01:00", "Guten Tag, Zahlung erfolgt innerhalb von 3 Werktagen. Rechnungseingang Stadtwerke", "promise_to_pay", date="2026-11-25", fam=["date:working-days"], sender=0),
    R("L634", "2026-11-26T09:30:00+01:00", "Guten Tag, die Rechnung ist im Monatsabschlusslauf am letzten Bankarbeitstag enthalten.\nKreditorenbuchhaltung", "promise_to_pay", date="2026-11-30",
      fam=["date:month-end-run"], sender=0),
    R("L635", "2026-11-19T11:00:00+01:00", "Hallo, wir überweisen in 14 Tagen, dann bitte die Liefersperre aufheben. H. Becker", "promise_to_pay", date="2026-12-03", fam=["date:relative-days", "flag:credit-hold", "setting:taxi"], sender=1),
    R("L636", "2026-11-18T17:00:00+01:00", "Servus, zahle am Ersten. Maier, Hafenmeister", "promise_to_pay", date="2026-12-01", fam=["date:ordinal-alone", "setting:marina"], sender=1, quote="none"),
    R("L636", "2026-11-26T10:00:00+01:00", "Guten Tag, wir zahlen beide Rechnungen übernächste Woche.\nVerwaltung Yachthafen", "promise_to_pay", date="2026-12-11", fam=["date:week-after-next", "setting:marina"], sender=0),
    R("L636", "2026-11-20T16:00:00+01:00", "Hallo, 1.000 € überweise ich heute, den Rest am 15.12. R. Maier", "promise_to_pay", date="2026-11-20", amount="1000.00", human=["partial"],
      fam=["promise:partial", "date:today", "setting:marina"], sender=1),
    R("L633", "2026-11-25T09:00:00+01:00", "Grüezi, Zahlung erfolgt bis spätestens Ende Quartal. Kreditoren Labor Wenger", "promise_to_pay", date="2026-12-31", fam=["date:quarter-end", "locale:de-CH"], sender=0),
    # ---- bezahlt
    R("L631", "2026-11-25T08:30:00+01:00", "Beide Rechnungen gestern überwiesen. Buchhaltung Optik Sehwerk", "already_paid", fam=["paid:matched"], sender=0, quote="none"),
    R("L632", "2026-11-23T06:30:00+01:00", "Grüß Gott, hab am Freitag bezahlt. Huber", "already_paid", fam=["paid:matched", "locale:de-AT"], sender=1),
    R("L634", "2026-11-26T11:00:00+01:00", "Guten Tag, die Rechnung wurde am 25.11. unter Abzug von 2 % Skonto beglichen.\nT. Schulz", "already_paid", human=["amount differs from the open balance"],
      fam=["paid:skonto", "setting:municipal-utility"], sender=1, note="11,603.20 against 11,840.00"),
    R("L635", "2026-11-23T10:00:00+01:00", "Wir haben am 10.11. überwiesen, bitte prüfen Sie Ihre Konten. Büro Taxi-Zentrale", "already_paid", human=["no matching payment"], fam=["paid:no-bank-line", "flag:credit-hold"], sender=0),
    # ---- Einwände, Kopien, Änderungen, Raten
    R("L633", "2026-11-20T10:00:00+01:00", "Grüezi, Sie verrechnen CHF 48 pro Analyse, vereinbart sind CHF 42 gemäss Offerte. Bitte korrigieren. M. Wenger", "dispute", fam=["dispute:price", "locale:de-CH", "setting:lab"], sender=1),
    R("L636", "2026-11-24T09:00:00+01:00", "Hallo, die Kranarbeiten auf 06362 sind schon in 06361 enthalten, also doppelt. Die 06361 zahlen wir Freitag.\nMaier", "dispute", sec=["promise_to_pay"], date="2026-11-27",
      inv=["06362", "06361"], fam=["dispute:duplicate", "promise:hidden-in-dispute", "setting:marina"], sender=1),
    R("L632", "2026-11-19T10:00:00+01:00", "Grüß Gott, die Rechnung war im Spam-Ordner und ist gelöscht. Bitte nochmal schicken. S. Gruber", "invoice_resend", fam=["resend:copy", "writer:office-help"], sender=2),
    R("L634", "2026-11-19T08:00:00+01:00", "Guten Tag, bitte senden Sie uns einen Kontoauszug über alle offenen Posten. Rechnungseingang", "invoice_resend", fam=["resend:statement"], sender=0),
    R("L634", "2026-11-23T09:00:00+01:00", "Guten Tag, auf der Rechnung fehlt unsere Bestellnummer 4500877123. Außerdem nehmen wir ab Januar nur noch XRechnung über Peppol an. Bitte neu einreichen.\nRechnungseingang",
      "po_change", fam=["po:add-po", "po:xrechnung-peppol", "setting:municipal-utility"], sender=0),
    R("L631", "2026-11-18T12:00:00+01:00", "Hallo, wir firmieren seit 1.11. als Optik Sehwerk GmbH & Co. KG. Bitte beide Rechnungen auf den neuen Namen ausstellen. Krause", "po_change", fam=["po:company-name"], sender=1),
    R("L635", "2026-11-25T14:00:00+01:00", "Guten Tag, können wir den Betrag in drei Monatsraten zahlen? Der Winter ist ruhig. H. Becker", "payment_plan_request", fam=["plan:instalments", "flag:credit-hold"], sender=1),
    R("L632", "2026-11-20T12:00:00+01:00", "Grüß Gott, ginge es in zwei Raten, 970 € am 15.12. und 970 € am 15.1.? Lg Huber", "payment_plan_request", date="2026-12-15", amount="970.00",
      fam=["plan:proposal-dated", "locale:de-AT"], sender=1),
    # ---- Abwesenheiten, Unzustellbar, falscher Kontakt, Sonstiges
    R("L634", "2026-11-18T09:06:00+01:00", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.", "out_of_office",
      subject="Automatische Antwort: Zahlungserinnerung – Stadtwerke Lindenau GmbH", headers=MS_AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("L636", "2026-11-21T08:00:00+01:00", "Hallo, bin ab heute im Urlaub bis 10. Januar, Hafen ist im Winterschlaf. Danach kümmere ich mich. Maier", "out_of_office",
      human=["absence longer than 14 days", "absence written by a person"], fam=["ooo:handwritten", "ooo:long", "setting:marina"], sender=1, quote="none"),
    R("L633", "2026-11-17T09:06:00+01:00", "Die Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: m.wenger@labor-wenger.example\nGrund: 550 5.1.1 Unbekannter Empfänger", "bounce", sender="postmaster@labor-wenger.example",
      subject="Unzustellbar: Zahlungserinnerung – Labor Dr. Wenger AG", dsn=("m.wenger@labor-wenger.example", "5.1.1"), fam=["bounce:german"], gap_days=0),
    R("L635", "2026-11-24T09:06:00+01:00", "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht an h.becker@taxi-rhein.example konnte nicht zugestellt werden: Postfach voll (552 5.2.2).", "bounce",
      sender="mailer-daemon@mx.taxi-rhein.example", subject="Nicht zustellbar: Zahlungserinnerung", dsn=("h.becker@taxi-rhein.example", "5.2.2"), fam=["bounce:mailbox-full", "flag:credit-hold"], gap_days=0),
    R("L632", "2026-11-25T10:00:00+01:00", "Guten Tag, ich bin nur die Aushilfe im Büro. Um Rechnungen kümmert sich unsere Steuerberaterin, bitte an huber@kanzlei-berger.example schreiben. Gruber",
      "wrong_contact", fam=["wc:new-contact-other-domain", "writer:office-help"], sender=2),
    R("L633", "2026-11-23T10:00:00+01:00", "Grüezi, Herr Wenger ist nicht mehr bei uns. Bitte wenden Sie sich an kreditoren@labor-wenger.example. Freundliche Grüsse, Empfang", "wrong_contact",
      fam=["wc:person-left", "locale:de-CH"], sender="empfang@labor-wenger.example"),
    R("L635", "2026-11-26T12:00:00+01:00", "Sehr geehrte Damen und Herren, über das Vermögen der Taxi-Zentrale Rhein eG wurde am 25.11. Insolvenzantrag gestellt. Forderungen bitte beim vorläufigen Insolvenzverwalter anmelden.\nDer Vorstand",
      "other", human=["insolvency"], fam=["other:insolvency", "flag:credit-hold"], sender=1),
    R("L636", "2026-11-27T09:00:00+01:00", "Danke für die Info. Maier", "other", fam=["other:ack", "no-action"], sender=1, quote="none"),
    R("L633", "2026-11-18T11:00:00+01:00", "Grüezi, bitte füllen Sie zuerst unsere Lieferantenselbstauskunft aus (Beilage), vorher können wir nicht zahlen. Kreditoren", "other", human=["supplier onboarding paperwork"],
      fam=["other:onboarding", "locale:de-CH"], sender=0),
]
