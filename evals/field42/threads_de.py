"""German replies (field42): a Munich garden centre, a Viennese haulier (credit hold), a Munich IT consultancy (strategic).
Fronleichnam (Thursday 27 May 2027) is a holiday in Bavaria and Austria; Friday 28 May is a Brückentag for many."""

from evals.field.build import Payment, Reply
from evals.field42.kit import AUTO, CEST, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK42-020", "B4221", "2027-05-25", "715.00", "EUR", "GARTENCENTER ISARAUEN RE 94222"),
    P("BK42-021", "B4223", "2027-05-21", "1890.00", "EUR", "SCHWABINGER IT SIB-7764"),
]

REPLIES = [
    # --- Gartencenter Isarauen (München)
    R("B4221", at(24, "08:40", CEST), "Servus, die 715 € sind heute früh raus. Grüße aus dem Gewächshaus, Franzi", "already_paid", inv=["94222"], fam=["today", "bavarian"]),
    R("B4221", at(24, "12:10", CEST), "Guten Tag,\n\ndie Rechnung 94221 überweisen wir am Dienstag, 01.06.2027. Donnerstag ist Fronleichnam und Freitag Brückentag, da ist bei uns niemand im Büro.\n\nMit freundlichen Grüßen\nFranziska Huber", "promise_to_pay", date="2027-06-01", inv=["94221"], fam=["holiday", "brueckentag", "dotted-date"]),
    R("B4221", at(24, "17:35", CEST), "Zahlung erfolgt in KW 22.", "promise_to_pay", date="2027-06-04", fam=["calendar-week", "terse"], sender=0),
    R("B4221", at(25, "09:15", CEST), "Bei der Lieferung vom 12.04. waren 60 Olivenbäumchen mit Frostschäden dabei. Wir zahlen erst nach Gutschrift.", "dispute", inv=["94221"], fam=["damaged-goods", "distractor-date"]),
    R("B4221", at(25, "14:50", CEST), "Wir zahlen nach dem langen Wochenende, also am Montag den 31.", "promise_to_pay", date="2027-05-31", fam=["long-weekend", "weekday-date"]),
    R("B4221", at(25, "18:05", CEST), "Ich bin bis einschließlich 28.05. im Urlaub. Ab Montag, 31.05., bin ich wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an buchhaltung@gartencenter-isarauen.example.", "out_of_office", headers=AUTO, sender=1, fam=["ooo", "brueckentag"]),
    R("B4221", at(26, "08:20", CEST), "Bitte schicken Sie uns die Rechnung 94221 nochmal, diesmal als XRechnung. Unser Steuerberater braucht das so.", "po_change", sec=["invoice_resend"], inv=["94221"], fam=["e-invoice", "resend"]),
    R("B4221", at(26, "11:45", CEST), "Wir überweisen bis spätestens 15. Juni, vorher kommt die Saisonabrechnung nicht rein.", "promise_to_pay", date="2027-06-15", fam=["at-the-latest", "reason"]),
    R("B4221", at(26, "16:30", CEST), "Hallo, können wir die 3.480 € in drei Raten zahlen? Erste Rate am 10.06., dann jeweils Monatsmitte.", "payment_plan_request", date="2027-06-10", fam=["plan", "dotted-date"]),
    R("B4221", at(24, "10:55", CEST), "Frau Huber ist nicht mehr für die Buchhaltung zuständig. Bitte schreiben Sie an buchhaltung@.", "wrong_contact", sender=1, fam=["role-change"]),
    R("B4221", at(25, "07:30", CEST), "Zahlung übermorgen.", "promise_to_pay", date="2027-05-27", fam=["day-after-tomorrow", "terse"]),
    R("B4221", at(27, "10:20", CEST), "Trotz Feiertag kurz: Überweisung geht am Montag raus. Schönes Wochenende!", "promise_to_pay", date="2027-05-31", fam=["holiday", "weekday"]),
    # --- Spedition Donaukanal (Wien, credit hold)
    R("B4222", at(24, "09:05", CEST), "Sehr geehrte Damen und Herren,\n\nwir werden den offenen Betrag von EUR 9.260,00 am 4. Juni 2027 überweisen und ersuchen um Aufhebung der Liefersperre.\n\nMit freundlichen Grüßen\nGerhard Pichler\nProkurist\nSpedition Donaukanal GmbH\nHandelskai 94, 1200 Wien\nFN 123456x, Handelsgericht Wien", "promise_to_pay", date="2027-06-04", fam=["formal", "austrian", "signature"]),
    R("B4222", at(24, "13:40", CEST), "Grüß Gott, wir zahlen die Hälfte morgen, den Rest Ende Juni.", "promise_to_pay", date="2027-05-25", human=["partial"], fam=["partial-share", "austrian", "tomorrow"]),
    R("B4222", at(25, "10:25", CEST), "Die Maut-Nachverrechnung auf der Rechnung ist nicht vereinbart. Wir bestreiten EUR 1.140,00 davon.", "dispute", fam=["surcharge", "amount"]),
    R("B4222", at(25, "15:20", CEST), "Wir können derzeit nur in Raten zahlen: EUR 2.000 monatlich ab 15. Juni. Bitte um Rückmeldung.", "payment_plan_request", date="2027-06-15", amount="2000.00", fam=["plan", "monthly"]),
    R("B4222", at(26, "08:00", CEST), "Die Zahlung erfolgt am Mittwoch nach Fronleichnam, also 2. Juni.", "promise_to_pay", date="2027-06-02", fam=["holiday", "weekday-after-holiday"]),
    R("B4222", at(26, "12:35", CEST), "Bitte um Bestellnummer DK-BE-2027-118 auf der Rechnung, sonst kann unsere Buchhaltung nicht zuordnen.", "po_change", fam=["po-missing", "austrian"]),
    R("B4222", at(26, "17:10", CEST), "Ich bin bis 7. Juni auf Urlaub. Ihre Nachricht wird nicht weitergeleitet.", "out_of_office", headers=AUTO, sender=1, fam=["ooo", "austrian"]),
    R("B4222", at(27, "09:45", CEST), "Zahlung Ende nächster Woche.", "promise_to_pay", date="2027-06-04", fam=["end-of-next-week", "terse"]),
    R("B4222", at(27, "14:05", CEST), "Wir zahlen, sobald die Versicherung den Unfallschaden vom März reguliert hat.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("B4222", at(24, "16:50", CEST), "Diese Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: g.pichler@spedition-donaukanal.example\nGrund: Postfach voll", "bounce", sender="mailer-daemon@spedition-donaukanal.example", dsn=("g.pichler@spedition-donaukanal.example", "5.2.2"), quote="none", subject="Unzustellbar: Zahlungserinnerung", fam=["bounce", "mailbox-full"]),
    # --- Schwabinger IT-Beratung (München, strategic)
    R("B4223", at(24, "08:30", CEST), "Hallo,\n\ndie Rechnung INV-2026-94224 ist für den Zahllauf am 08.06.2027 vorgesehen.\n\nViele Grüße\nThomas Brandl\nLeiter Rechnungswesen", "promise_to_pay", date="2027-06-08", inv=["94224"], html=True, fam=["payment-run", "dotted-date", "outlook-html"]),
    R("B4223", at(24, "14:25", CEST), "Die 1.890 € haben wir am 21.05. bezahlt, Verwendungszweck SIB-7764.", "already_paid", ref="SIB-7764", inv=["94225"], fam=["past-date", "po-as-ref"]),
    R("B4223", at(25, "09:50", CEST), "Bitte die Bestellnummer auf 94224 von SIB-7720 auf SIB-7721 ändern, die 7720 wurde storniert.", "po_change", inv=["94224"], fam=["po-number"]),
    R("B4223", at(25, "13:15", CEST), "Wir haben 38 Beratertage abgerechnet bekommen, laut Stundenzettel waren es 34. Bitte korrigieren.", "dispute", inv=["94224"], fam=["quantity", "timesheet"]),
    R("B4223", at(25, "17:40", CEST), "Zahlung zum Monatsende (31.05.), auf Ihrem Konto dann wohl erst am 1.6.", "promise_to_pay", date="2027-05-31", fam=["month-end", "value-date-note"]),
    R("B4223", at(26, "10:00", CEST), "Bitte senden Sie beide Rechnungen an unser Rechnungseingangsportal, per Mail können wir sie nicht mehr verarbeiten.", "po_change", fam=["portal", "resend"]),
    R("B4223", at(26, "13:30", CEST), "Wir zahlen Freitag in einer Woche, also am 4.6.", "promise_to_pay", date="2027-06-04", fam=["friday-week", "numeric-date"]),
    R("B4223", at(26, "18:20", CEST), "Danke, ist angekommen.", "other", fam=["no-action", "terse"]),
    R("B4223", at(27, "11:30", CEST), "Kurze Korrektur zu meiner Mail von gestern: nicht am 04.06., sondern am 07.06. – der Zahllauf wurde wegen des Brückentags verschoben.", "promise_to_pay", date="2027-06-07", fam=["self-correction", "brueckentag", "moved-date"]),
    R("B4223", at(27, "15:55", CEST), "Hallo, ich bin Werkstudent und hab mit Rechnungen nix zu tun. Bitte an kreditoren@ wenden.", "wrong_contact", sender="werkstudent@schwabinger-it.example", fam=["unknown-sender", "wrong-person"]),
    R("B4223", at(24, "19:35", CEST), "Zahlung nach Halbjahresabschluss, spätestens 2. Juli.", "promise_to_pay", date="2027-07-02", fam=["half-year-close", "at-the-latest"]),
    R("B4223", at(25, "06:50", CEST), "Zustellung an folgende Empfänger fehlgeschlagen: kreditoren@schwabinger-it.example", "bounce", sender="postmaster@schwabinger-it.example", dsn=("kreditoren@schwabinger-it.example", "5.1.1"), quote="none", subject="Unzustellbar", fam=["bounce"]),
    R("B4223", at(26, "07:25", CEST), "Können Sie uns sagen, ob Sie auch per SEPA-Lastschrift einziehen? Das wäre für uns einfacher.", "other", human=["question"], fam=["question", "payment-method"]),
    R("B4222", at(25, "12:05", CEST), "Bitte schicken S' uns eine Kopie der Rechnung samt Lieferschein, die ist bei uns im Haus irgendwo verloren gegangen.", "invoice_resend", fam=["resend", "austrian", "delivery-note"]),
    R("B4223", at(27, "08:15", CEST), "Moin, überweisen am Dienstag nach Pfingsten – ach nein, Pfingsten war ja schon. Dann Dienstag, 1. Juni.", "promise_to_pay", date="2027-06-01", fam=["self-correction", "weekday-date", "holiday-confusion"]),
]
