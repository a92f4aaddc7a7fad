"""German replies (field62): a Lower Saxony beekeeping supplier, Valais mountain railways (strategic), a Ruhr lido
technician and a Tyrolean marquee hirer (credit hold) — half-year close, Sommerferien, Swiss National Day ahead."""

from evals.field.build import Payment, Reply
from evals.field62.kit import AUTO, CEST, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK62-030", "D6221", "2029-07-04", "540.00", "EUR", "SONNENWABE GMBH RE 62212"),
    P("BK62-031", "D6223", "2029-07-12", "4870.00", "EUR", "FREIBAD-TECHNIK KOWALSKI RG 62231 62232"),
    P("BK62-032", "D6222", "2029-07-20", "15900.00", "CHF", "BERGBAHNEN ALPENROSE AG ZAHLUNG AR2290"),
    P("BK62-033", "D6224", "2029-07-17", "3000.00", "EUR", "ZELTVERLEIH ALMWIESE TEILZAHLUNG"),
]

REPLIES = [
    # --- Imkereibedarf Sonnenwabe (Niedersachsen)
    R("D6221", at(6, 25, "08:40", CEST), "Guten Morgen, die 62211 überweisen wir nach dem Halbjahresabschluss, spätestens am 6.7.\n\nViele Grüße\nHeike Brinkmann", "promise_to_pay", date="2029-07-06", inv=["INV-2027-62211"], fam=["dotted-date", "half-year-close"]),
    R("D6221", at(7, 4, "15:10", CEST), "Die 540 € sind heute raus, Verwendungszweck 62212.", "already_paid", ref="62212", inv=["INV-2027-62212"], fam=["reference", "terse"]),
    R("D6221", at(7, 9, "10:20", CEST), "Hallo, wir zahlen die 62211 in KW 29, Honigernte läuft gerade.", "promise_to_pay", date="2029-07-20", inv=["INV-2027-62211"], fam=["calendar-week"]),
    R("D6221", at(6, 22, "11:00", CEST), "Bei 62211 fehlen 20 Rähmchen, geliefert wurden 180 statt 200. Bitte um Gutschrift.", "dispute", inv=["INV-2027-62211"], fam=["quantity-short"]),
    R("D6221", at(7, 13, "09:05", CEST), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. August im Sommerurlaub. In dringenden Fällen wenden Sie sich bitte an buchhaltung@sonnenwabe.example.", "out_of_office", headers=AUTO, human=["absence over 14 days"], fam=["auto-reply", "sommerferien", "long-absence"]),
    R("D6221", at(7, 16, "14:30", CEST), "Könnten Sie uns die Rechnung 62211 noch einmal schicken? Im Original fehlt unsere USt-IdNr.", "invoice_resend", sec=[], inv=["INV-2027-62211"], fam=["resend"], sender=0),
    R("D6221", at(7, 20, "16:45", CEST), "So, Ernte ist durch. Wir zahlen die 62211 am Montag, versprochen.", "promise_to_pay", date="2029-07-23", inv=["INV-2027-62211"], fam=["weekday"]),
    R("D6221", at(6, 28, "12:15", CEST), "Können wir die 2.760 € in drei Monatsraten zahlen, erste Rate zum 15. Juli?", "payment_plan_request", date="2029-07-15", amount="920.00", fam=["plan-three-rates", "first-instalment-date"]),
    R("D6221", at(7, 24, "08:20", CEST), "Bitte ab sofort nur noch an rechnungen@sonnenwabe.example senden, das Buchhaltungspostfach wird aufgelöst.", "po_change", sender=0, fam=["billing-mailbox-change"]),
    R("D6221", at(7, 2, "09:30", CEST), "Ist diese Mahnung echt? Wir haben heute eine fast identische Mail mit anderer IBAN bekommen.", "other", human=["fraud check"], fam=["fraud-check", "changed-iban"]),
    # --- Bergbahnen Alpenrose (Wallis, strategic)
    R("D6222", at(6, 21, "10:00", CEST), "Grüezi\n\nDie Rechnung zur Bestellung AR-2290 wird am 20. Juli valutiert, nach Freigabe durch den Verwaltungsrat am 18.\n\nFreundliche Grüsse\nUrs Imboden\nLeiter Finanzen", "promise_to_pay", date="2029-07-20", html=True, fam=["swiss", "meeting-before-payment", "outlook-html"]),
    R("D6222", at(7, 20, "11:30", CEST), "Die Zahlung über CHF 15'900 ist heute erfolgt, Referenz AR2290.", "already_paid", ref="AR2290", fam=["swiss-apostrophe", "reference"]),
    R("D6222", at(7, 2, "07:45", CEST), "Guten Tag, ab 1. August läuft unsere Kreditorenbuchhaltung über die Konzerngesellschaft Alpenrose Holding AG, Visp. Bitte Rechnungen entsprechend adressieren.", "po_change", fam=["legal-entity-change", "swiss", "distractor-date"], sender=0),
    R("D6222", at(7, 10, "13:20", CEST), "Die Anlage wurde mit zwei Wochen Verspätung in Betrieb genommen. Wir ziehen die vereinbarte Konventionalstrafe von CHF 1'500 ab.", "dispute", fam=["penalty-deduction", "swiss"]),
    R("D6222", at(6, 29, "16:00", CEST), "Herr Imboden ist bis am 9. Juli abwesend. Ihre Nachricht wird nicht weitergeleitet.", "out_of_office", headers=AUTO, fam=["auto-reply", "swiss"]),
    R("D6222", at(7, 25, "09:15", CEST), "Danke, erhalten.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("D6222", at(7, 16, "08:30", CEST), "Wir benötigen für die Verbuchung ein Formular A1 bzw. eine Bestätigung Ihrer Mehrwertsteuerpflicht in der Schweiz.", "other", human=["tax form"], fam=["tax-form", "swiss"], sender=0),
    # --- Freibad-Technik Kowalski (Ruhrgebiet)
    R("D6223", at(6, 26, "19:50", CEST), "Bei dem Wetter sind alle Bäder voll, wir sind nur am Schrauben. Zahlung übernächste Woche.", "promise_to_pay", date="2029-07-13", fam=["week-after-next", "late-evening"]),
    R("D6223", at(7, 12, "10:10", CEST), "Beide Rechnungen heute zusammen überwiesen, 4.870,00 EUR.", "already_paid", fam=["total-both"]),
    R("D6223", at(6, 21, "08:15", CEST), "Die Dosierpumpe aus 62231 ist nach drei Tagen ausgefallen. Wir zahlen erst, wenn Ersatz da ist.", "dispute", inv=["INV-2027-62231"], fam=["defective", "withhold"]),
    R("D6223", at(7, 3, "12:40", CEST), "Ersatzpumpe ist da und läuft. Dann zahlen wir die 62231 bis Ende nächster Woche.", "promise_to_pay", date="2029-07-13", inv=["INV-2027-62231"], fam=["end-of-next-week"]),
    R("D6223", at(7, 5, "17:20", CEST), "Ich bin nicht mehr für die Firma tätig. Bitte wenden Sie sich an verwaltung@freibadtechnik-kowalski.example.", "wrong_contact", fam=["left-company"]),
    R("D6223", at(6, 28, "07:30", CEST), "Bitte die 690er Rechnung nochmal als PDF, die hängt bei uns im Spam.", "invoice_resend", inv=["INV-2027-62232"], fam=["resend", "amount-as-name"], sender=0),
    R("D6223", at(7, 17, "11:45", CEST), "Zahlen die 62232 morgen.", "promise_to_pay", date="2029-07-18", inv=["INV-2027-62232"], fam=["tomorrow", "terse"]),
    R("D6223", at(7, 23, "14:00", CEST), "Bitte tragen Sie auf 62232 unsere Bestellnummer FK-0711 ein, sonst bucht der Steuerberater das nicht.", "po_change", inv=["INV-2027-62232"], fam=["po-add"], sender=0),
    R("D6223", at(7, 6, "09:00", CEST), "Dies ist eine automatische Antwort. Unser Büro ist vom 9. bis 20. Juli wegen Betriebsferien nicht besetzt.", "out_of_office", headers=AUTO, human=["absence over 14 days"], fam=["auto-reply", "betriebsferien"], sender=0),
    R("D6223", at(7, 26, "16:30", CEST), "Nächsten Mittwoch zahlen wir den Rest, sobald der Stadtwerke-Auftrag bezahlt ist.", "promise_to_pay", date="2029-08-01", human=["conditional"], fam=["next-weekday", "condition"]),
    # --- Zeltverleih Almwiese (Tirol, credit hold)
    R("D6224", at(6, 22, "10:30", CEST), "Grüß Gott, wir haben gerade Zeltfest-Saison. Zahlung Anfang Juli, sicher bis 5.7.", "promise_to_pay", date="2029-07-05", fam=["austrian", "dotted-date"]),
    R("D6224", at(7, 17, "13:15", CEST), "Wir haben heute 3.000 € angewiesen, den Rest zahlen wir Ende Juli.", "already_paid", sec=["promise_to_pay"], date="2029-07-31", human=["amount differs from balance"], fam=["part-paid", "end-of-month"]),
    R("D6224", at(7, 2, "09:45", CEST), "Können wir den Betrag in vier Raten abstottern? Das Hochwasser im Juni hat uns zwei Feste gekostet.", "payment_plan_request", fam=["austrian", "plan-request"]),
    R("D6224", at(7, 9, "15:40", CEST), "Ihr habt das Festzelt für Kufstein doppelt verrechnet. Schaut bitte nach.", "dispute", fam=["duplicate-billing", "austrian"], sender=0),
    R("D6224", at(7, 24, "08:50", CEST), "Bitte schicken Sie uns einen aktuellen Kontoauszug, wir sehen nicht mehr durch.", "invoice_resend", fam=["statement-request"], sender=0),
    R("D6224", at(6, 27, "12:00", CEST), "Bin bis 20. Juli auf Montage in Südtirol, dann kümmere ich mich. Stefan", "out_of_office", human=["typed absence", "absence over 14 days"], fam=["typed-absence", "long-absence"]),
    # --- bounces in German
    R("D6221", at(7, 23, "10:07", CEST), "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nÜbermittlung an folgende Empfänger fehlgeschlagen:\n\n   h.brinkmann@sonnenwabe.example\n\nDas Postfach des Empfängers ist voll und kann keine Nachrichten mehr empfangen.", "bounce", sender="postmaster@sonnenwabe.example", gap_days=0, dsn=("h.brinkmann@sonnenwabe.example", "5.2.2"), subject="Unzustellbar: Zahlungserinnerung – Imkereibedarf Sonnenwabe GmbH", fam=["dsn-exchange-de", "mailbox-full"]),
    R("D6224", at(7, 12, "10:08", CEST), "Hallo, hier ist das Mailsystem von mail.zeltverleih-almwiese.example.\n\nIhre Nachricht konnte an folgende Adresse nicht zugestellt werden:\n\n<s.gruber@zeltverleih-almwiese.example>: 550 5.1.1 Benutzer unbekannt", "bounce", sender="MAILER-DAEMON@mail.zeltverleih-almwiese.example", gap_days=0, dsn=("s.gruber@zeltverleih-almwiese.example", "5.1.1"), subject="Unzustellbare Nachricht", fam=["dsn-postfix-de", "credit-hold"]),
    R("D6222", at(7, 4, "10:06", CEST), "Ihre Nachricht an u.imboden@bergbahnen-alpenrose.example wurde abgelehnt.\n\nGrund: 550 5.7.1 Absenderdomäne nicht auf der Zulassungsliste.\n\nWenden Sie sich an Ihren Administrator.", "bounce", sender="mailgateway@bergbahnen-alpenrose.example", gap_days=0, dsn=("u.imboden@bergbahnen-alpenrose.example", "5.7.1"), subject="Nachricht abgelehnt", fam=["dsn-gateway-de", "swiss"]),
    # --- more dated commitments
    R("D6221", at(6, 29, "13:50", CEST), "Die kleine Rechnung zahlen wir nächste Woche Mittwoch.", "promise_to_pay", date="2029-07-04", inv=["INV-2027-62212"], fam=["next-week-weekday"]),
    R("D6222", at(7, 11, "10:00", CEST), "Wie besprochen: Zahlung CHF 14'400 nach Abzug der Konventionalstrafe am 27.07.2029.", "dispute", sec=["promise_to_pay"], date="2029-07-27", amount="14400.00", fam=["dispute-plus-promise", "swiss-apostrophe", "full-numeric"]),
    R("D6223", at(6, 25, "09:20", CEST), "Zahlung erfolgt Anfang nächster Woche.", "promise_to_pay", date="2029-07-02", fam=["early-next-week"], sender=0),
    R("D6224", at(7, 19, "17:10", CEST), "Die restlichen 3.240 € kommen innerhalb von 14 Tagen.", "promise_to_pay", date="2029-08-02", amount="3240.00", partial=False, fam=["in-14-days", "remaining-balance"]),
    R("D6221", at(7, 26, "10:40", CEST), "Sorry, am Montag hat es nicht geklappt, das Konto war gesperrt. Jetzt definitiv am 31.", "promise_to_pay", date="2029-07-31", inv=["INV-2027-62211"], fam=["moved-date", "ordinal-alone"]),
    R("D6223", at(7, 27, "08:10", CEST), "Überweisung heute Nachmittag, Zahlung ist freigegeben.", "promise_to_pay", date="2029-07-27", fam=["today"], sender=0),
]
