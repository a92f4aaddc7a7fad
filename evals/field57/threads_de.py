"""German replies (field57): an Austrian Easter-egg dyer in its busiest weeks, a German climbing gym and a dental lab (strategic)."""

from evals.field.build import Payment, Reply
from evals.field57.kit import AUTO, CEST, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK57-020", "E5721", "2028-03-20", "3750.00", "EUR", "PICHLER GERLINDE RE 57021 57022"),
    P("BK57-021", "E5722", "2028-03-22", "5690.00", "EUR", "KLETTERHALLE NORDWAND GMBH KN-1182"),
    P("BK57-022", "E5723", "2028-03-28", "8815.00", "EUR", "DENTALLABOR LENZ 57024"),
]

REPLIES = [
    # --- Ostereierfärberei Pichler (AT)
    R("E5721", at(14, "08:40", CET), "Grüß Gott, wir zahlen nach Ostern, wenn das Geschäft gelaufen ist. Vorher geht's leider nicht.\nLG Gerlinde Pichler", "promise_to_pay", human=["undated"], sender=1, fam=["after-easter", "undated", "austrian"], note="'nach Ostern' names no day"),
    R("E5721", at(15, "10:05", CET), "Überweisung am Montag, den 20.", "promise_to_pay", date="2028-03-20", fam=["weekday-ordinal", "terse"]),
    R("E5721", at(16, "19:30", CET), "Die 510 zahlen wir morgen, die 3.240 in der Karwoche.", "promise_to_pay", date="2028-03-17", amount="510.00", fam=["partial-amount", "holy-week", "two-dates"]),
    R("E5721", at(20, "09:10", CET), "Zahlung erfolgt vor Ostern, spätestens Gründonnerstag.", "promise_to_pay", date="2028-04-13", sender=1, fam=["before-easter", "maundy-thursday"]),
    R("E5721", at(22, "14:25", CET), "Wir überweisen am 3.4.28.", "promise_to_pay", date="2028-04-03", fam=["dotted-date", "short-year"]),
    R("E5721", at(28, "11:50", CEST), "Sollte heute rausgehen, geht aber erst übermorgen, die Bank hat das Limit. Also Donnerstag.", "promise_to_pay", date="2028-03-30", fam=["moved-date", "day-after-tomorrow", "self-correction"]),
    # --- Kletterhalle Nordwand (DE)
    R("E5722", at(13, "09:30", CET), "Hallo, Zahlung kommt Freitag. Gruß Tobias", "promise_to_pay", date="2028-03-17", sender=1, fam=["weekday", "terse"]),
    R("E5722", at(17, "16:15", CET), "Wir zahlen in KW 13.", "promise_to_pay", date="2028-03-31", fam=["calendar-week"]),
    R("E5722", at(21, "12:40", CET), "Die Rechnung geht mit dem Zahllauf am letzten Arbeitstag im März raus.", "promise_to_pay", date="2028-03-31", fam=["month-end-run"]),
    R("E5722", at(23, "08:20", CET), "Zahlung Anfang April, am 3.", "promise_to_pay", date="2028-04-03", sender=1, fam=["ordinal-alone", "early-month"]),
    R("E5722", at(29, "17:05", CEST), "Sorry, ging im Umbau der Boulderhalle unter. Überweisung innerhalb von 5 Werktagen.", "promise_to_pay", date="2028-04-05", fam=["working-days"]),
    # --- Dentallabor Lenz (DE, strategic)
    R("E5723", at(14, "11:00", CET), "Sehr geehrte Damen und Herren,\n\ndie Zahlung ist für den 24.03.2028 disponiert.\n\nMit freundlichen Grüßen\nMonika Lenz\nKaufmännische Leitung", "promise_to_pay", date="2028-03-24", sender=1, html=True, fam=["outlook-html", "dotted-date", "formal"]),
    R("E5723", at(20, "15:45", CET), "Wir zahlen nächste Woche Mittwoch 4.000 €, den Rest nach Klärung mit der Praxis Dr. Haas.", "promise_to_pay", date="2028-03-29", amount="4000.00", human=["conditional"], fam=["next-week-weekday", "partial-amount", "condition"]),
    # --- already_paid
    R("E5721", at(21, "10:30", CET), "Haben gestern überwiesen, 3.750 € für beide Rechnungen.", "already_paid", fam=["paid-matched-amount", "both-invoices"]),
    R("E5722", at(23, "09:00", CET), "Bezahlt am 22.03., Verwendungszweck KN-1182.", "already_paid", ref="KN-1182", fam=["paid-matched", "dotted-date"]),
    R("E5723", at(29, "10:15", CEST), "Die Zahlung ist gestern raus, Ref. 57024.", "already_paid", ref="57024", fam=["paid-matched", "terse"]),
    R("E5722", at(30, "13:30", CEST), "Erledigt.", "already_paid", fam=["one-word", "paid-matched-amount"], note="'Erledigt.' answering a reminder: paid; BK57-021 matches"),
    # --- disputes
    R("E5721", at(17, "13:10", CET), "Sie haben uns 2.000 Eier-Farbtabletten verrechnet, gekommen sind 1.500. So zahl ich das nicht.", "dispute", fam=["quantity-dispute", "austrian"]),
    R("E5722", at(20, "11:25", CET), "Die Griffe zerbröseln nach zwei Wochen. Das ist nicht die Qualität, die wir bestellt haben – wir zahlen erst nach einem Gutachten.", "dispute", sender=1, fam=["quality-dispute"]),
    R("E5723", at(22, "16:30", CET), "Die Rechnung 57024 ist identisch mit der vom Februar – Sie haben doppelt fakturiert.", "dispute", inv=["INV-2027-57024"], fam=["duplicate-billing", "short-number"]),
    R("E5722", at(27, "10:40", CEST), "Laut Rahmenvertrag gilt ein Stückpreis von 4,20 €, nicht 4,90 €. Bitte korrigieren. Den unstrittigen Teil zahlen wir Freitag.", "dispute", sec=["promise_to_pay"], date="2028-03-31", fam=["price-dispute", "plus-promise"]),
    # --- invoice_resend
    R("E5721", at(13, "15:00", CET), "Bitte die Rechnungen nochmal schicken, sind im Spam gelandet.", "invoice_resend", fam=["spam-folder"]),
    R("E5722", at(15, "09:50", CET), "Können Sie uns einen Kontoauszug zum 31.03. schicken? Brauchen wir für den Jahresabschluss.", "invoice_resend", fam=["statement-request", "year-end"]),
    R("E5723", at(27, "14:10", CEST), "Rechnung bitte erneut als PDF, die ZUGFeRD-Datei ließ sich nicht öffnen.", "invoice_resend", fam=["e-invoice-format"]),
    # --- po_change
    R("E5722", at(14, "10:20", CET), "Schon wieder ohne Bestellnummer! Es ist KN-1182, steht doch auf dem Lieferschein. Bitte neu ausstellen.", "po_change", fam=["po-change-as-complaint"]),
    R("E5723", at(21, "08:55", CET), "Ab 1. April firmieren wir als Lenz Dental Manufaktur GmbH, neue USt-IdNr. DE 318 447 102. Bitte offene Rechnungen entsprechend neu ausstellen.", "po_change", fam=["company-name-change", "vat-number"]),
    R("E5721", at(24, "12:00", CET), "Rechnungen bitte künftig nur noch an buero@eierfaerberei-pichler.example, nicht an mich persönlich.", "po_change", sender=1, fam=["mailbox-change"]),
    # --- payment_plan_request
    R("E5721", at(19, "18:45", CET), "Könnten wir in drei Raten zahlen? Die erste am 31.3., dann Ende April und Ende Mai. Das Ostergeschäft zahlt sich erst spät aus.", "payment_plan_request", date="2028-03-31", sender=1, fam=["plan-three", "dotted-date"]),
    R("E5722", at(22, "10:10", CET), "Wäre eine Ratenzahlung à 1.000 € monatlich ab 15. April möglich?", "payment_plan_request", date="2028-04-15", amount="1000.00", fam=["plan-monthly"]),
    R("E5723", at(30, "09:20", CEST), "Wir möchten den Betrag auf zwei Quartale verteilen. Bitte um Rückmeldung.", "payment_plan_request", fam=["plan-quarters", "undated-instalments"]),
    # --- out_of_office
    R("E5721", at(23, "07:00", CET), "Ich bin bis einschließlich 18. April im Osterurlaub. In dringenden Fällen: buero@eierfaerberei-pichler.example", "out_of_office", sender=1, headers=AUTO, subject="Abwesenheitsnotiz", human=["absence over 14 days"], fam=["ooo-long", "easter"]),
    R("E5722", at(16, "08:00", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis 22.03. nicht im Büro.", "out_of_office", sender=1, headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Kletterhalle Nordwand GmbH", fam=["ooo-short"]),
    R("E5723", at(28, "08:00", CEST), "Ich bin ab sofort bis zum 5. April abwesend. Ihre Nachricht wird nicht weitergeleitet.", "out_of_office", sender=1, headers=AUTO, subject="Abwesend", fam=["ooo-short"]),
    # --- bounce
    R("E5722", at(14, "09:06", CET), "Dies ist eine automatisch erstellte Benachrichtigung.\n\nIhre Nachricht an t.reuter@kletterhalle-nordwand.example konnte nicht zugestellt werden.\n\n550 5.1.1 Benutzer unbekannt", "bounce", sender="MAILER-DAEMON@kletterhalle-nordwand.example", subject="Unzustellbar: Zahlungserinnerung", dsn=("t.reuter@kletterhalle-nordwand.example", "5.1.1"), quote="none", fam=["dsn-german"]),
    R("E5721", at(27, "09:06", CEST), "Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:\n\ng.pichler@eierfaerberei-pichler.example\nDas Postfach ist voll.", "bounce", sender="postmaster@eierfaerberei-pichler.example", subject="Unzustellbar", dsn=("g.pichler@eierfaerberei-pichler.example", "5.2.2"), quote="none", fam=["dsn-german", "mailbox-full"]),
    # --- wrong_contact
    R("E5722", at(24, "11:15", CET), "Ich bin seit 1. März in der Routenbau-Abteilung und nicht mehr für Rechnungen zuständig. Bitte an buchhaltung@kletterhalle-nordwand.example.", "wrong_contact", sender=1, fam=["moved-department"]),
    R("E5723", at(16, "13:40", CET), "Frau Lenz ist in Elternzeit. Zuständig ist vertretungsweise Herr Brandt, j.brandt@dentallabor-lenz.example.", "wrong_contact", sender=1, fam=["colleague-answering", "new-contact"]),
    # --- other
    R("E5721", at(18, "09:30", CET), "Danke, habe ich weitergeleitet.", "other", fam=["no-action", "forwarded-internally"]),
    R("E5723", at(24, "15:20", CET), "Bitte bestätigen Sie uns Ihre Bankverbindung schriftlich mit Unterschrift – wir hatten einen Betrugsversuch mit gefälschten IBAN-Mitteilungen.", "other", human=["bank-detail confirmation"], fam=["fraud-check"]),
]
