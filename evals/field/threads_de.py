"""German replies (Germany and Austria), hand-written; never train on these."""

from evals.field.build import Payment as P
from evals.field.build import Reply as R

PAYMENTS = [
    P("PAY-2026-90021", "F131", "2026-11-13", "5085.50", "EUR", "RE 51311 51312 BRENNER HAUSTECHNIK", "sepa"),
    P("PAY-2026-90022", "F132", "2026-11-20", "9447.20", "EUR", "KALTENBACH WZB 4711-2026-332", "sepa"),
    P("PAY-2026-90023", "F133", "2026-11-10", "1488.30", "EUR", "LINDNER FEINKOST RG 51331", "sepa"),
    P("PAY-2026-90024", "F135", "2026-11-19", "560.00", "EUR", "PRAXIS DR VOGT", "sepa"),
]

REPLIES = [
    # --- promise dates
    R("F131", "2026-11-17T08:12:00+01:00", "Hallo,\n\nwir überweisen am 04.12.\n\nGruß\nS. Brenner", "promise_to_pay", date="2026-12-04", fam=["date:dotted-de"]),
    R("F131", "2026-11-24T16:40:00+01:00", "Zahlung Do.\n\nVon meinem iPhone gesendet", "promise_to_pay", date="2026-11-26", quote="none", fam=["date:abbrev-weekday", "voice:mobile"]),
    R("F132", "2026-11-16T10:05:00+01:00", "Sehr geehrte Damen und Herren,\n\ndie Rechnung INV-2026-51321 ist zur Zahlung freigegeben und wird mit unserem Zahllauf in KW 48 beglichen.\n\nMit freundlichen Grüßen\nMartina Huber\nKreditorenbuchhaltung", "promise_to_pay", date="2026-11-27",
      inv=["51321"], fam=["date:calendar-week", "voice:formal"], note="KW 48 = Freitag, 27.11."),
    R("F133", "2026-11-18T19:30:00+01:00", "Hallo zusammen,\nich schaffe es erst übernächste Woche, dann aber beide Rechnungen.\nLG Petra", "promise_to_pay", date="2026-12-04", fam=["date:week-after-next"]),
    R("F135", "2026-11-16T11:00:00+01:00", "Sehr geehrte Damen und Herren,\n\ndie Zahlung erfolgt Mitte Dezember.\n\nMit freundlichen Grüßen\nSabine Ecker\nPraxis Dr. Vogt", "promise_to_pay", date="2026-12-15", fam=["date:mid-month"]),
    R("F131", "2026-11-19T09:00:00+01:00", "Guten Morgen,\n\ndie Zahlung war für den 20.11. geplant, verschiebt sich aber wegen einer Umstellung unserer Bank auf den 27.11.\n\nViele Grüße\nStefan Brenner", "promise_to_pay", date="2026-11-27",
      fam=["date:moved", "date:dotted-de"]),
    R("F132", "2026-11-17T14:00:00+01:00", "Hallo,\n\nbis Freitag können wir leider nicht zahlen, aber am Dienstag, den 24.11. geht die Überweisung raus.\n\nGrüße\nM. Huber", "promise_to_pay", date="2026-11-24",
      fam=["date:negation", "date:dotted-de"]),
    R("F133", "2026-11-16T09:30:00+01:00", "Hallo,\n\nder Gesellschafterkreis tagt am Montag, den 23.11., danach (am 25.11.) wird bezahlt.\n\nPetra Lindner", "promise_to_pay", date="2026-11-25",
      fam=["date:meeting-distractor", "date:dotted-de"]),
    R("F132", "2026-10-20T10:00:00+02:00", "Sehr geehrte Damen und Herren,\n\nIhre Rechnung ist in unserem Monatszahllauf, der am letzten Bankarbeitstag des Monats ausgeführt wird.\n\nFreundliche Grüße\nKreditorenbuchhaltung", "promise_to_pay", date="2026-10-30",
      sender=0, fam=["date:eom-business-day", "voice:formal"], note="31.10.2026 ist ein Samstag"),
    R("F131", "2026-11-16T10:00:00+01:00", "Hallo,\n\nsobald die Gutschrift für die falsch gelieferten Ventile da ist, zahlen wir den Rest am Freitag darauf.\n\nGruß Brenner", "promise_to_pay",
      human=["conditional"], fam=["date:condition-distractor"], note="Freitag nach einer Gutschrift, die noch nicht da ist: keine feste Zahlung"),
    R("F135", "2026-11-20T08:00:00+01:00", "Grüß Gott,\n\nwir zahlen am Ersten.\n\nMfG\nEcker", "promise_to_pay", date="2026-12-01", fam=["date:ordinal-alone"]),
    R("F133", "2026-11-23T12:00:00+01:00", "Hallo,\n\n702,00 € überweise ich morgen, die andere Rechnung Anfang Dezember.\n\nPetra", "promise_to_pay", date="2026-11-24", amount="702.00",
      fam=["date:relative-day", "amount:eu"]),
    R("F131", "2026-11-18T17:00:00+01:00", "Hallo,\n\nwir zahlen innerhalb der nächsten 10 Tage.\n\nGruß\nStefan Brenner", "promise_to_pay", date="2026-11-28", fam=["date:relative-span"]),
    R("F132", "2026-11-25T09:00:00+01:00", "Guten Tag,\n\ndie Rechnung wird am 1.12.26 bezahlt.\n\nMfG M. Huber", "promise_to_pay", date="2026-12-01", fam=["date:dotted-de"]),
    R("F134", "2026-11-18T10:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nwie mit Frau Wagner vereinbart, überweisen wir die dritte Rate über 5.000,00 EUR am 30.11.2026.\n\nMit freundlichen Grüßen\nThomas Maier\nLeiter Finanzen", "promise_to_pay", date="2026-11-30", amount="5000.00",
      fam=["intent:instalment-existing", "date:dotted-de"]),
    R("F135", "2026-11-23T09:00:00+01:00", "Hallo, wir würden die Rechnung gerne in zwei Raten zahlen, die erste am 10. Dezember. Geht das?\nS. Ecker", "payment_plan_request", date="2026-12-10", fam=["intent:plan"]),
    # --- intents
    R("F132", "2026-11-19T11:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nab dem 01.01.2027 nehmen wir Rechnungen ausschließlich als XRechnung über unser Lieferantenportal entgegen. PDF-Rechnungen per E-Mail können dann nicht mehr bearbeitet werden. Bitte registrieren Sie sich unter portal.kaltenbach-wzb.example.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung", "po_change",
      sender=0, fam=["intent:portal", "voice:formal"]),
    R("F131", "2026-11-20T10:00:00+01:00", "Hallo,\n\nbitte schicken Sie künftig alle Rechnungen an rechnung@brenner-haustechnik.example, nicht mehr an mich persönlich.\n\nDanke\nS. Brenner", "po_change", fam=["intent:billing-elsewhere"]),
    R("F133", "2026-11-25T10:00:00+01:00", "Hallo,\n\nauf der Rechnung 51332 fehlt unsere Bestellnummer LF-2026-118. Ohne die kann unsere Buchhaltung nicht buchen. Bitte neu ausstellen.\n\nPetra Lindner", "po_change", inv=["51332"], fam=["intent:po-missing"]),
    R("F135", "2026-11-24T10:00:00+01:00", "Sehr geehrte Damen und Herren,\n\ndie Praxis wurde zum 1. November von Dr. Anna Weiss übernommen. Für offene Posten wenden Sie sich bitte an verwaltung@praxis-weiss.example. Wir sind dafür nicht mehr zuständig.\n\nMfG\nPraxis", "wrong_contact",
      sender=0, fam=["intent:acquisition-contact"]),
    R("F132", "2026-11-18T09:00:00+01:00", "Hallo,\n\nwir haben eine E-Mail mit Ihrem Logo und einer neuen Bankverbindung bekommen. Ist Ihre Zahlungserinnerung echt? Bitte rufen Sie mich unter 07121 5558810 zurück, bevor wir zahlen.\n\nMartina Huber", "other",
      human=["asks us to confirm the reminder is genuine"], fam=["intent:fraud-check"]),
    R("F134", "2026-11-24T09:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nfür die Zahlung benötigen wir eine gültige Freistellungsbescheinigung nach § 48b EStG. Ohne diese müssen wir 15 % Bauabzugsteuer einbehalten.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung", "other",
      sender=0, human=["tax paperwork requested"], fam=["intent:tax-forms", "voice:formal"]),
    R("F133", "2026-11-27T10:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nüber das Vermögen der Lindner & Söhne Feinkost OHG wurde am 25.11.2026 das Insolvenzverfahren eröffnet. Forderungen sind beim Insolvenzverwalter RA Dr. Kurz (kanzlei@kurz-insolvenz.example) anzumelden.\n\nPetra Lindner", "other",
      human=["insolvency notice"], fam=["intent:bankruptcy"]),
    R("F132", "2026-11-23T10:00:00+01:00", "Hallo,\n\nauf INV-2026-51321 wurden 25 Stück berechnet, geliefert wurden 20. Bitte korrigieren, vorher zahlen wir nicht.\n\nM. Huber", "dispute", inv=["51321"], fam=["intent:dispute-quantity"]),
    R("F131", "2026-11-25T11:00:00+01:00", "Hallo,\n\nwieso stellen Sie Mahngebühren in Rechnung? Die Rechnung ist erst seit 3 Wochen fällig. Die 40 € zahlen wir nicht.\n\nGruß Brenner", "dispute", fam=["intent:dispute-fees"]),
    R("F135", "2026-11-17T09:00:00+01:00", "Hallo,\nkönnen Sie uns die Rechnung bitte nochmal schicken? Wir finden sie nicht.\nDanke\nEcker", "invoice_resend", fam=["intent:resend"]),
    R("F132", "2026-11-26T09:00:00+01:00", "Bitte senden Sie uns einen aktuellen Kontoauszug zu.\n\nKreditorenbuchhaltung", "invoice_resend", sender=0, html=True, fam=["intent:statement", "voice:html-outlook"]),
    R("F133", "2026-11-20T08:00:00+01:00", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.11. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an rechnungen@lindner-feinkost.example.", "out_of_office",
      subject="Abwesenheitsnotiz: Zahlungserinnerung – Lindner & Söhne Feinkost OHG", headers={"Auto-Submitted": "auto-replied"}, quote="none", fam=["intent:ooo"]),
    R("F131", "2026-11-21T10:00:00+01:00", "Diese Nachricht wurde automatisch erstellt.\n\nBei der Zustellung der Nachricht an folgende Empfänger ist ein Fehler aufgetreten:\n\ns.brenner@brenner-haustechnik.example\nDas Postfach ist voll.\n\nRemote-Server hat '552 5.2.2 Mailbox full' zurückgegeben",
      "bounce", sender="postmaster@brenner-haustechnik.example", subject="Unzustellbar: Zahlungserinnerung – Brenner Haustechnik GmbH", dsn=("s.brenner@brenner-haustechnik.example", "5.2.2"), fam=["intent:bounce-exchange"]),
    R("F135", "2026-11-19T10:00:00+01:00", "Danke, ist weitergeleitet.", "other", quote="none", fam=["no-action", "voice:terse"]),
    # --- paid
    R("F131", "2026-11-16T09:15:00+01:00", "Hallo,\n\nbeide Rechnungen wurden am 13.11. überwiesen, 5.085,50 €.\n\nGruß\nStefan Brenner", "already_paid", fam=["pay:eu-date-amount"]),
    R("F132", "2026-11-23T08:30:00+01:00", "Guten Tag,\n\nwir haben am 20.11. unter Abzug von 2 % Skonto 9.447,20 EUR überwiesen.\n\nMfG\nM. Huber", "already_paid",
      human=["amount differs"], fam=["pay:eu-date-amount", "pay:short"], note="Skonto abgezogen: 9.447,20 statt 9.640,00"),
    R("F133", "2026-11-16T20:00:00+01:00", "Ist bezahlt!!", "already_paid", quote="none", fam=["pay:bare-paid", "voice:mobile"],
      human=["amount differs"], note="die Bank zeigt nur 1.488,30 für 51331; offen sind 2.190,30"),
    R("F135", "2026-11-20T10:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nder Betrag wurde gestern überwiesen.\n\nMit freundlichen Grüßen\nS. Ecker", "already_paid", fam=["pay:bare-paid"]),
]
