"""field72, German (Germany, Austria, Switzerland): June and July 2032 (written by hand)."""

from evals.field.build import Payment as P
from evals.field.build import Reply as R
from evals.field72.kit import AUTO, addr, at, auto, name

PAYMENTS = [
    P("BK72-021", "V7223", "2032-06-11", "14440.00", "EUR", "SEPA-UEBERWEISUNG SOMMERHAUS BIERGARTEN-TECHNIK GMBH RE 72231 72232"),
    P("BK72-022", "V7226", "2032-07-15", "28340.00", "CHF", "ZAHLUNG GLACIER UHRENBESTANDTEILE AG GUB-11820"),
    P("BK72-023", "V7224", "2032-07-06", "22870.00", "EUR", "KIELER WOCHE SEGELBEDARF KG ZV-2032-0706"),
    P("BK72-024", "V7223", "2032-07-28", "2980.00", "EUR", "SOMMERHAUS BIERGARTEN 4500087790"),
]

REPLIES = [
    # ---------------------------------------------------------------- Zusagen
    R("V7223", at("V7223", 6, 1, "08:45"),
      "Guten Morgen,\n\ndie beiden Rechnungen sind freigegeben und gehen mit dem Zahllauf am Freitag raus.\n\nViele Grüße\n"
      "Katrin Vogt\nKreditorenbuchhaltung", "promise_to_pay", date="2032-06-04", sender=1, fam=["bare weekday"]),
    R("V7223", at("V7223", 6, 24, "14:30"),
      "Hallo,\n\nwir sind gerade im Biergarten-Hochbetrieb (EM-Public-Viewing) und die Buchhaltung ist dünn besetzt. Zahlung "
      "erfolgt spätestens am 9.7.\n\nGruß\nUwe Brandstetter", "promise_to_pay", date="2032-07-09", sender=2,
      fam=["dotted date", "owner voice"]),
    R("V7223", at("V7223", 7, 19, "10:10"),
      "Hallo zusammen,\n\nsiehe unten - Uwe hat die 72231 freigegeben, die geht Mittwoch raus.\n\nKatrin\n\n---------- "
      "Weitergeleitete Nachricht ---------\nVon: Uwe Brandstetter\nDatum: Fr., 16. Juli 2032\nAn: Katrin Vogt\nBetreff: AW: "
      "Zahlungserinnerung\n\nKatrin, die 72231 bitte zahlen, die 72232 erst wenn die Zapfanlage wieder läuft. U.",
      "promise_to_pay", date="2032-07-21", inv=["INV-2028-72231"], sender=1, fam=["forwarded chain", "siehe unten"]),
    R("V7224", at("V7224", 6, 7, "09:30"),
      "Moin,\n\nvor der Kieler Woche (ab 19.06.) kommen wir zu nichts mehr. Zahlung daher in KW 27, am Dienstag.\n\n"
      "Henning Jessen\nLeiter Finanzen\n\nKieler Woche Segelbedarf KG · Sitz Kiel · Amtsgericht Kiel HRA 0000 KI · "
      "Persönlich haftende Gesellschafterin: Jessen Verwaltungs-GmbH, Amtsgericht Kiel HRB 0000 KI · Geschäftsführer: "
      "Henning Jessen, Maren Jessen · USt-IdNr. DE000000000\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht "
      "der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.",
      "promise_to_pay", date="2032-06-29", sender=1, html=True, fam=["calendar week", "Handelsregister footer", "event distractor"]),
    R("V7224", at("V7224", 7, 26, "15:00"),
      "Moin, die 4.120 € überweisen wir morgen. Die andere Rechnung ist ja schon durch. Gruß H. Jessen",
      "promise_to_pay", date="2032-07-27", amount="4120.00", inv=["INV-2028-72242"], partial=False, sender=1,
      fam=["tomorrow", "Moin"]),
    R("V7225", at("V7225", 6, 2, "11:20"),
      "Grüß Gott,\n\nder Fronleichnam und der Zwickeltag danach haben uns die Woche zerrissen, Entschuldigung. Ich überweise "
      "beide Rechnungen am Montag, den 7. Juni.\n\nMit lieben Grüßen\nResi Brunnsteiner", "promise_to_pay",
      date="2032-06-07", sender=1, fam=["Austrian", "Fronleichnam aftermath"]),
    R("V7225", at("V7225", 7, 12, "19:45"),
      "Servus, die Almsaison läuft, ich zahl 1.000 Euro nächsten Freitag und den Rest Ende August. Resi",
      "promise_to_pay", date="2032-07-23", amount="1000.00", sender=1, fam=["Austrian", "partial", "nächsten Freitag"]),
    R("V7226", at("V7226", 6, 29, "16:20"),
      "Grüezi\n\nWir haben per 30.6. Halbjahresabschluss, da läuft nichts. Die Zahlung erfolgt innert der ersten Juliwoche, "
      "konkret am 2.7.\n\nFreundliche Grüsse\nBeat Zürcher\nLeiter Rechnungswesen", "promise_to_pay", date="2032-07-02",
      sender=1, fam=["Swiss German", "half-year close"]),
    R("V7226", at("V7226", 7, 14, "10:00"),
      "Grüezi mitenand\n\nBevor unsere Betriebsferien beginnen (19.7. bis 6.8.) lösen wir noch sämtliche offenen Posten aus. "
      "Sie erhalten CHF 28'340.00 bis am Freitag.\n\nEs grüsst\nSandra Meier", "promise_to_pay", date="2032-07-16",
      sender=2, fam=["Swiss industrial holidays", "bis am", "Swiss number"]),
    R("V7227", at("V7227", 6, 14, "08:50"),
      "Grüezi\n\nDie Juni-Rate gemäss Abzahlungsvereinbarung überweisen wir am 25. Juni, wie abgemacht CHF 1'500.-.\n\n"
      "Reto Ammann", "promise_to_pay", date="2032-06-25", amount="1500.00", sender=1, fam=["plan instalment", "Swiss"]),
    R("V7227", at("V7227", 7, 28, "17:30"),
      "Hoi, wegen dem 1. August (Sonntag, aber wir haben am Samstag das grosse Feuerwerksschiff) kommt die Juli-Rate erst "
      "am Dienstag, 3. August. Sorry. Reto", "promise_to_pay", date="2032-08-03", sender=1,
      fam=["Bundesfeiertag distractor", "Swiss"]),
    R("V7223", at("V7223", 6, 15, "09:05"),
      "Hallo,\n\nZahlung geht Anfang nächster Woche raus.\n\nGruß K. Vogt", "promise_to_pay", date="2032-06-21", sender=1,
      fam=["Anfang nächster Woche"]),
    R("V7224", at("V7224", 6, 30, "12:00"),
      "Hallo,\n\nnach Abschluss des ersten Halbjahres wird die Zahlung in 14 Tagen angewiesen.\n\nMit freundlichen Grüßen\n"
      "Rechnungswesen", "promise_to_pay", date="2032-07-14", sender=0, fam=["in 14 Tagen", "half-year close"]),
    R("V7226", at("V7226", 6, 7, "13:40"),
      "Guten Tag\n\nDie 72261 wird am 15.6.32 bezahlt. Die 72262 ist bei uns erst per Ende Juni fällig (Zahlungsziel 30 Tage "
      "netto ab Wareneingang).\n\nFreundliche Grüsse\nSandra Meier", "promise_to_pay", date="2032-06-15",
      inv=["INV-2028-72261", "INV-2028-72262"], sender=2, fam=["short dotted year", "due-date distractor"]),
    R("V7225", at("V7225", 6, 28, "07:55"),
      "Guten Morgen, ich zahl am Mittwoch alles. Es ist ja nicht so, dass ihr uns vergessen würdet. Resi",
      "promise_to_pay", date="2032-06-30", sender=1, fam=["sarcasm", "Austrian"]),
    R("V7223", at("V7223", 7, 5, "16:10"),
      "Hallo,\n\nder Zahllauf am Donnerstag - Moment, Donnerstag ist unser Betriebsausflug. Dann Freitag, 9. Juli.\n\nKatrin Vogt",
      "promise_to_pay", date="2032-07-09", sender=1, fam=["self-correction"]),
    R("V7224", at("V7224", 6, 3, "10:20"),
      "Guten Tag,\n\nZahlung Ende Juni, nach Eingang der Sponsorengelder der Stadt.\n\nH. Jessen", "promise_to_pay",
      date="2032-06-30", sender=1, human=["conditional"], fam=["conditional", "month end"]),
    R("V7226", at("V7226", 7, 26, "08:30"),
      "Grüezi, übernächste Woche am Montag, wenn wir aus den Ferien zurück sind. B. Zürcher", "promise_to_pay",
      date="2032-08-09", sender=1, fam=["übernächste Woche", "Swiss"]),
    # ---------------------------------------------------------------- bezahlt
    R("V7223", at("V7223", 6, 14, "09:30"),
      "Hallo,\n\ndie Zahlung über 14.440,00 EUR ist am 11.06. rausgegangen.\n\nGruß Katrin Vogt", "already_paid", sender=1,
      fam=["matched by amount"], note="matches BK72-021"),
    R("V7226", at("V7226", 7, 16, "11:00"),
      "Grüezi\n\nBeide Rechnungen sind gestern valutiert worden, CHF 28'340.00, Referenz GUB-11820.\n\nFreundliche Grüsse\n"
      "Sandra Meier", "already_paid", ref="GUB-11820", sender=2, fam=["Swiss", "valuta"], note="matches BK72-022"),
    R("V7224", at("V7224", 7, 7, "10:00"),
      "Moin,\n\nwie angekündigt am 6.7. überwiesen, Verwendungszweck ZV-2032-0706. Anbei der Zahlungsavis.\n\nH. Jessen",
      "already_paid", ref="ZV-2032-0706", sender=1, attachments=[("Zahlungsavis_ZV-2032-0706.pdf", "application/pdf",
      "Zahlungsavis\nKieler Woche Segelbedarf KG\nAusführungsdatum 06.07.2032\nINV-2028-72241  18.750,00\nINV-2028-72242   4.120,00\nSumme EUR 22.870,00")],
      fam=["Zahlungsavis", "matched"], note="matches BK72-023"),
    R("V7225", at("V7225", 6, 9, "18:00"),
      "Servus, ist am Montag überwiesen worden, alles. Resi", "already_paid", sender=1, human=["no matching payment"],
      fam=["Austrian", "unmatched"]),
    R("V7227", at("V7227", 6, 28, "09:15"),
      "Grüezi, die Juni-Rate ist am Freitag raus. Reto", "already_paid", sender=1, human=["no matching payment"],
      fam=["plan instalment"]),
    # ---------------------------------------------------------------- Reklamation
    R("V7223", at("V7223", 6, 21, "11:40"),
      "Hallo,\n\ndie Kühlzelle aus der 72231 verliert seit der Lieferung Kältemittel. Solange Ihr Techniker nicht da war, "
      "zahlen wir die Rechnung nicht.\n\nUwe Brandstetter\nGeschäftsführer", "dispute", inv=["INV-2028-72231"], sender=2,
      fam=["faulty goods"]),
    R("V7224", at("V7224", 7, 13, "14:00"),
      "Guten Tag,\n\nauf der 72242 sind 12 Rettungswesten berechnet, geliefert wurden 10. Bitte Gutschrift über die Differenz, "
      "den Rest zahlen wir dann am 20.\n\nH. Jessen", "dispute", sec=["promise_to_pay"], date="2032-07-20",
      inv=["INV-2028-72242"], sender=1, human=["conditional"], fam=["quantity", "conditional promise"]),
    R("V7226", at("V7226", 6, 22, "10:50"),
      "Grüezi\n\nSie haben uns die Zollabfertigung zweimal verrechnet (auf 72261 und 72262). Bitte korrigieren.\n\nB. Zürcher",
      "dispute", inv=["INV-2028-72261", "INV-2028-72262"], sender=1, fam=["duplicate fee"]),
    R("V7225", at("V7225", 7, 20, "20:10"),
      "Der Preis auf der 72252 stimmt nicht, wir haben 12,50 pro Kiste ausgemacht und nicht 14. Resi",
      "dispute", inv=["INV-2028-72252"], sender=1, fam=["price", "Austrian"]),
    # ---------------------------------------------------------------- Kopie
    R("V7223", at("V7223", 7, 1, "10:30"),
      "Hallo,\n\nkönnen Sie mir bitte eine Kopie der 72232 schicken? Die ist bei uns nie angekommen.\n\nKatrin Vogt",
      "invoice_resend", inv=["INV-2028-72232"], sender=1, fam=["never received"]),
    R("V7226", at("V7226", 7, 6, "15:20"),
      "Grüezi\n\nFür die Revision benötigen wir einen Kontoauszug per 30.06.2032. Besten Dank.\n\nSandra Meier",
      "invoice_resend", sender=2, fam=["statement", "half-year close"]),
    R("V7224", at("V7224", 6, 15, "08:40"),
      "Moin, bitte beide Rechnungen nochmal als PDF, das ZUGFeRD-Format frisst unser System nicht. Danke",
      "invoice_resend", sender=1, fam=["e-invoice format"]),
    # ---------------------------------------------------------------- Bestellnummer / Rechnungsanschrift
    R("V7223", at("V7223", 6, 8, "13:00"),
      "Hallo,\n\nauf der 72232 fehlt unsere Bestellnummer 4500087790 - ohne die kann ich nicht buchen. Bitte neu ausstellen.\n\n"
      "Katrin Vogt", "po_change", inv=["INV-2028-72232"], sender=1, fam=["missing PO"]),
    R("V7226", at("V7226", 7, 1, "09:00"),
      "Grüezi\n\nAb 1. Juli 2032 bitte sämtliche Rechnungen ausschliesslich als PDF an kreditoren.scan@glacier-uhren.example.\n\n"
      "Freundliche Grüsse\nKreditoren", "po_change", sender=0, fam=["invoice mailbox"]),
    R("V7224", at("V7224", 7, 21, "10:40"),
      "Guten Tag,\n\nwir haben umfirmiert, neuer Name: Kieler Woche Segelbedarf GmbH & Co. KG. Bitte die offene Rechnung "
      "entsprechend korrigieren.\n\nRechnungswesen", "po_change", sender=0, fam=["legal entity"]),
    # ---------------------------------------------------------------- Ratenzahlung
    R("V7225", at("V7225", 6, 16, "21:00"),
      "Servus, könnten wir die zwei Rechnungen in drei Raten zahlen? Erste Rate 3.000 am 1. Juli. Resi",
      "payment_plan_request", date="2032-07-01", amount="3000.00", sender=1, fam=["plan with dates", "Austrian"]),
    R("V7223", at("V7223", 7, 27, "11:45"),
      "Hallo,\n\nder Sommer war verregnet, der Umsatz im Biergarten entsprechend. Wäre eine Ratenzahlung über vier Monate "
      "möglich?\n\nUwe Brandstetter", "payment_plan_request", sender=2, fam=["plan undated", "weather"]),
    R("V7227", at("V7227", 7, 5, "08:00"),
      "Grüezi\n\nKönnten wir die Raten ab August auf CHF 800.- reduzieren und dafür die Laufzeit verlängern?\n\nReto Ammann",
      "payment_plan_request", amount="800.00", sender=1, fam=["plan change"]),
    # ---------------------------------------------------------------- Abwesenheit
    R("V7223", at("V7223", 7, 23, "17:00"),
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.08.2032 im Urlaub. In dringenden Fällen wenden Sie sich "
      "bitte an buchhaltung@sommerhaus-technik.example.\n\nKatrin Vogt", "out_of_office", sender=1, headers=AUTO,
      subject=auto("Abwesenheitsnotiz", "de", name("V7223")), human=["absence beyond 14 days"], fam=["auto", "long absence"]),
    R("V7226", at("V7226", 7, 19, "07:00"),
      "Grüezi\n\nUnser Betrieb bleibt vom 19. Juli bis 6. August 2032 wegen Betriebsferien geschlossen. Ab Montag, 9. August "
      "sind wir gerne wieder für Sie da.", "out_of_office", sender=0, headers=AUTO,
      subject=auto("Automatische Antwort", "de", name("V7226")), human=["absence beyond 14 days"],
      fam=["Swiss industrial holidays", "company closure"]),
    R("V7224", at("V7224", 6, 21, "08:00"),
      "Ich bin während der Kieler Woche bis 28.06. nur eingeschränkt erreichbar.\n\nHenning Jessen", "out_of_office",
      sender=1, headers=AUTO, subject=auto("Abwesenheit", "de", name("V7224")), fam=["auto", "Kieler Woche"]),
    # ---------------------------------------------------------------- Unzustellbar
    R("V7223", at("V7223", 6, 16, "09:06"),
      "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nDie Übermittlung an folgende Empfänger "
      "ist fehlgeschlagen:\n\n     buchhaltung@sommerhaus-technik.example\n\nRemote-Server meldet: 550 5.1.1 <buchhaltung@"
      "sommerhaus-technik.example>: Empfängeradresse abgelehnt: Benutzer unbekannt", "bounce",
      sender="mailer-daemon@sommerhaus-technik.example", lang="de", subject="Unzustellbar: Zahlungserinnerung – " + name("V7223"),
      dsn=(addr("V7223", 0), "5.1.1"), gap_days=0, quote="none", fam=["German DSN"]),
    R("V7225", at("V7225", 7, 7, "09:07"),
      "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: office@brunnsteiner-alm.example\nGrund: Das Postfach des "
      "Empfängers ist voll (552 5.2.2 Quota exceeded).\n\nDiese Nachricht wurde automatisch erstellt.", "bounce",
      sender="postmaster@brunnsteiner-alm.example", lang="de", subject="Nicht zustellbar: Zahlungserinnerung",
      dsn=(addr("V7225", 0), "5.2.2"), gap_days=0, quote="none", fam=["German DSN", "quota"]),
    # ---------------------------------------------------------------- falscher Ansprechpartner
    R("V7224", at("V7224", 7, 29, "09:00"),
      "Guten Tag,\n\nHerr Jessen ist seit 1. Juli im Ruhestand. Ihr Ansprechpartner ist jetzt Frau Maren Jessen, "
      "maren.jessen@kielerwoche-segel.example.\n\nRechnungswesen", "wrong_contact", sender=0, fam=["retired"]),
    R("V7226", at("V7226", 6, 10, "11:15"),
      "Grüezi, ich habe nur die Ferienvertretung gemacht und bin ab morgen nicht mehr zuständig. Zahlungen bitte direkt an Herrn Zürcher. S. Meier",
      "wrong_contact", sender=2, fam=["wrong person", "Swiss"]),
    # ---------------------------------------------------------------- Sonstiges
    R("V7223", at("V7223", 6, 3, "08:20"),
      "Danke, ist angekommen und weitergeleitet.", "other", sender=1, fam=["no-action"]),
    R("V7226", at("V7226", 6, 2, "10:00"),
      "Grüezi\n\nKönnen Sie uns bitte eine QR-Rechnung mit Schweizer IBAN senden? Auf Ihr deutsches Konto können wir nur mit "
      "Spesen zahlen.\n\nB. Zürcher", "other", sender=1, human=["payment method question"], fam=["QR-Rechnung", "Swiss"]),
    R("V7225", at("V7225", 7, 2, "12:30"),
      "Hallo, bekommen wir Skonto wenn wir jetzt zahlen? Resi", "other", sender=1, human=["discount question"],
      fam=["Skonto"]),
    R("V7223", at("V7223", 7, 12, "10:00"),
      "Hallo,\n\nIhre neue Bankverbindung in der letzten Mail - ist die echt? Ich möchte das telefonisch bestätigt haben, "
      "bevor ich etwas ändere.\n\nKatrin Vogt", "other", sender=1, human=["bank-detail confirmation"], fam=["fraud check"]),
]
