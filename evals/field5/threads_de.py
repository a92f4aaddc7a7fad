"""German replies (field5, hand-written): a dental practice, an Austrian brewery, Swiss architects, a car dealer with a
new employee, a church kindergarten and a cleaning company whose books are kept by a shared-service centre in Poland."""

from evals.field5.build import Payment as P
from evals.field5.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK5-0101", "K531", "2026-11-20", "2950.00", "EUR", "RE 95311 95312 ZAHNARZTPRAXIS DR LOHMANN"),
    P("BK5-0102", "K532", "2026-11-23", "6180.00", "EUR", "HOLLERBRAEU GMBH"),
    P("BK5-0103", "K533", "2026-11-12", "8450.00", "EUR", "ARCHITEKTURBUERO STAEHELI AG"),
    P("BK5-0104", "K534", "2026-11-17", "6066.20", "EUR", "AUTOHAUS BRENNER 95341 95342 ABZGL SKONTO"),
]

REPLIES = [
    # ---- Zusagen
    R("K531", "2026-11-16T23:10:00+01:00", "Überweise Mi. Sorry, Praxis war heute voll.\nK. Lohmann\nVon meinem iPhone gesendet", "promise_to_pay", date="2026-11-18",
      fam=["date:abbrev-weekday", "voice:owner-phone-night", "setting:dental"], sender=1, quote="none"),
    R("K531", "2026-11-19T10:30:00+01:00", "Guten Tag, hier der Empfang der Praxis Dr. Lohmann. Frau Dr. Lohmann lässt ausrichten, dass die Zahlung am 27.11. erfolgt.\nFreundliche Grüße", "promise_to_pay",
      date="2026-11-27", fam=["date:numeric-dotted", "voice:receptionist", "setting:dental"], sender=2),
    R("K531", "2026-11-24T12:40:00+01:00", "Hallo, die 95312 überweisen wir Mitte Dezember, wenn die KZV-Abschlagszahlung da ist.\nLohmann", "promise_to_pay", date="2026-12-15", inv=["95312"],
      fam=["date:mid-month", "date:stated-reason", "setting:dental"], sender=1),
    R("K532", "2026-11-20T09:15:00+01:00", "Grüß Gott,\n\nwir überweisen per Ultimo November.\n\nMit freundlichen Grüßen\nFranz Moser\nProkurist, Brauerei Hollerbräu", "promise_to_pay", date="2026-11-30",
      fam=["date:ultimo", "locale:de-AT", "setting:brewery"], sender=1),
    R("K532", "2026-11-25T14:00:00+01:00", "Servus, die Rechnung ist freigegeben, Bezahlung erfolgt in KW 50.\nBuchhaltung Hollerbräu", "promise_to_pay", date="2026-12-11",
      fam=["date:calendar-week", "locale:de-AT"], sender=0),
    R("K532", "2026-11-26T16:20:00+01:00", "Grüß Gott, geht übermorgen raus. Lg Moser", "promise_to_pay", date="2026-11-28", fam=["date:day-after-tomorrow", "locale:de-AT"], sender=1, quote="none"),
    R("K533", "2026-11-19T08:45:00+01:00", "Grüezi\n\nDie Zahlung wird bis Ende Monat ausgelöst.\n\nFreundliche Grüsse\nAdministration Stäheli Architektur", "promise_to_pay", date="2026-11-30",
      fam=["date:end-of-month", "locale:de-CH", "setting:architects"], sender=0),
    R("K533", "2026-11-23T17:30:00+01:00", "Grüezi, wir begleichen das per Ende Quartal, wie bei uns für Fremdleistungen üblich.\nR. Stäheli", "promise_to_pay", date="2026-12-31",
      fam=["date:quarter-end", "locale:de-CH"], sender=1),
    R("K534", "2026-11-18T11:00:00+01:00", "Guten Tag,\n\nich bin seit Montag neu in der Buchhaltung, bitte entschuldigen Sie die späte Antwort. Herr Brenner sagt, die 95341 wird nächsten Freitag überwiesen.\n\nViele Grüße\nSelin Yılmaz",
      "promise_to_pay", date="2026-11-27", inv=["95341"], fam=["date:next-weekday", "writer:new-employee", "setting:car-dealer"], sender=2),
    R("K534", "2026-11-20T15:10:00+01:00", "Hallo, Ihr Außendienst hat uns die Gutschrift für die falsch gelieferten Felgen bereits zugesagt. Sobald die Gutschrift da ist, zahlen wir den Rest.\nM. Brenner",
      "promise_to_pay", human=["conditional"], fam=["promise:conditional-credit-note", "setting:car-dealer"], sender=1),
    R("K534", "2026-11-24T09:30:00+01:00", "Wir überweisen heute 2.000 € und den Rest Anfang Dezember.\nBuchhaltung Autohaus Brenner", "promise_to_pay", date="2026-11-24", amount="2000.00",
      fam=["promise:partial"], sender=0),
    R("K535", "2026-11-23T13:00:00+01:00", "Sehr geehrte Damen und Herren,\n\ndie Rechnung wird in der Sitzung des Kirchenvorstands am 2.12. freigegeben; die Überweisung erfolgt dann am 4.12.\n\nMit freundlichen Grüßen\nTrägerverwaltung",
      "promise_to_pay", date="2026-12-04", fam=["date:meeting-before-payment", "setting:kindergarten", "setting:church"], sender=1),
    R("K535", "2026-11-19T12:15:00+01:00", "Guten Tag, die Zahlung erfolgt innerhalb von 5 Werktagen. Viele Grüße, Kita Sonnenschein, Leitung", "promise_to_pay", date="2026-11-26",
      fam=["date:working-days", "setting:kindergarten"], sender=0),
    R("K536", "2026-11-24T10:00:00+01:00", "Sehr geehrte Damen und Herren,\n\nwir bezahlen Rechnung 95361 am 03.12.2026 im Zahlungslauf.\n\nMit freundliche Grüße\nPiotr Wójcik\nShared Service Center Wrocław",
      "promise_to_pay", date="2026-12-03", inv=["95361"], fam=["date:numeric-dotted", "writer:ssc-abroad", "voice:non-native"], sender=1),
    R("K536", "2026-11-18T14:30:00+01:00", "Hallo, Zahlung ist verschoben: nicht am 20.11., sondern am 27.11. Grund ist Freigabe vom Controlling.\nP. Wójcik", "promise_to_pay", date="2026-11-27",
      fam=["date:moved", "writer:ssc-abroad"], sender=1),
    # ---- bezahlt
    R("K531", "2026-11-21T09:00:00+01:00", "Wurde am 20.11. überwiesen, Verwendungszweck RE 95311 95312.\nPraxis Dr. Lohmann", "already_paid", ref="RE 95311 95312", inv=["95311", "95312"],
      fam=["paid:ref-with-payer", "setting:dental"], sender=0),
    R("K532", "2026-11-25T08:10:00+01:00", "Bezahlt.", "already_paid", fam=["paid:bare", "locale:de-AT"], sender=1, quote="none"),
    R("K533", "2026-11-16T10:00:00+01:00", "Grüezi, die Zahlung wurde am 12.11. ausgeführt. Freundliche Grüsse, Administration", "already_paid", fam=["paid:matched-flagged", "locale:de-CH"], sender=0),
    R("K534", "2026-11-19T11:20:00+01:00", "Guten Tag, beide Rechnungen wurden am 17.11. abzüglich 2 % Skonto überwiesen.\nBuchhaltung", "already_paid", human=["amount differs from the open balance"],
      fam=["paid:skonto", "setting:car-dealer"], sender=0, note="6,066.20 against 6,190.00 open"),
    R("K536", "2026-11-20T09:45:00+01:00", "Dzień dobry / Guten Tag,\nZahlung erfolgte am 10.11., Referenz GW-ZA-88410.\nSSC Kreditoren", "already_paid", ref="GW-ZA-88410", human=["no matching payment"],
      fam=["paid:no-bank-line", "writer:ssc-abroad"], sender=0),
    # ---- Einwände, Kopien, Änderungen, Raten
    R("K532", "2026-11-18T10:40:00+01:00", "Grüß Gott, der Hopfen aus der Lieferung zur Bestellung HB-BEST-4471 war feucht und ist verdorben. Wir zahlen nicht, bevor eine Gutschrift da ist.\nMoser",
      "dispute", fam=["dispute:goods-damaged", "locale:de-AT", "setting:brewery"], sender=1),
    R("K536", "2026-11-23T11:30:00+01:00", "Guten Tag, in Rechnung 95361 ist Stundensatz 28,00 EUR, vereinbart war 24,00 EUR laut Rahmenvertrag. Bitte Korrektur.\nP. Wójcik", "dispute", inv=["95361"],
      fam=["dispute:price", "writer:ssc-abroad", "setting:cleaning"], sender=1),
    R("K535", "2026-11-17T09:30:00+01:00", "Guten Tag, wir haben diese Rechnung nie bekommen. Bitte senden Sie sie uns nochmals zu.\nKita Sonnenschein", "invoice_resend", fam=["resend:never-received"], sender=0),
    R("K533", "2026-11-24T13:45:00+01:00", "Grüezi, können Sie uns bitte einen aktuellen Kontoauszug mit allen offenen Posten zustellen? Danke.\nAdministration", "invoice_resend",
      fam=["resend:statement", "locale:de-CH"], sender=0),
    R("K536", "2026-11-25T10:20:00+01:00", "Sehr geehrte Damen und Herren,\n\nab 1.12. nehmen wir Rechnungen nur noch als XRechnung über unser Lieferantenportal an. Bitte Rechnung 95361 dort erneut einreichen.\n\nSSC Kreditoren",
      "po_change", inv=["95361"], fam=["po:xrechnung-portal", "writer:ssc-abroad"], sender=0),
    R("K534", "2026-11-26T14:00:00+01:00", "Hallo, bitte ab sofort an die neue Rechnungsanschrift: Autohaus Brenner GmbH & Co. KG, Buchhaltung, Industriestraße 12, 74072 Heilbronn. Die offenen Rechnungen bitte neu ausstellen.\nM. Brenner",
      "po_change", fam=["po:billing-address"], sender=1),
    R("K531", "2026-11-25T22:30:00+01:00", "Hallo, wäre es möglich, den Betrag in drei Raten zu zahlen? Die Abrechnung mit der Kasse hängt gerade.\nKerstin Lohmann", "payment_plan_request",
      fam=["plan:instalments", "voice:owner-phone-night"], sender=1, quote="none"),
    R("K535", "2026-11-26T11:00:00+01:00", "Guten Tag, könnten wir 4 Monatsraten zu je 220 € vereinbaren, beginnend am 15.12.? Die Elternbeiträge kommen erst im Januar.\nTrägerverwaltung",
      "payment_plan_request", date="2026-12-15", amount="220.00", fam=["plan:proposal", "setting:kindergarten"], sender=1),
    # ---- Abwesenheiten, Unzustellbar, falscher Kontakt, Sonstiges
    R("K532", "2026-11-20T09:06:00+01:00", "Danke für Ihre Nachricht. Ich bin bis einschließlich 7. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@hollerbraeu.example.",
      "out_of_office", human=["absence longer than 14 days"], subject="Abwesenheitsnotiz: Zahlungserinnerung – Brauerei Hollerbräu GmbH", headers=AUTO,
      fam=["ooo:long", "locale:de-AT"], sender=1, quote="none"),
    R("K534", "2026-11-25T09:06:00+01:00", "Vielen Dank für Ihre E-Mail. Ich bin bis zum 30.11. nicht erreichbar. Ihre Nachricht wird nicht weitergeleitet.", "out_of_office",
      subject="Automatische Antwort: Zahlungserinnerung – Autohaus Brenner GmbH & Co. KG", headers=MS_AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("K531", "2026-11-17T09:06:00+01:00", "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\nk.lohmann@praxis-lohmann.example\nDie eingegebene E-Mail-Adresse wurde nicht gefunden.\n\nDiagnoseinformationen für Administratoren:\nRemoteserver hat '550 5.1.1 User unknown' zurückgegeben",
      "bounce", sender="postmaster@praxis-lohmann.example", subject="Unzustellbar: Zahlungserinnerung – Zahnarztpraxis Dr. Kerstin Lohmann", dsn=("k.lohmann@praxis-lohmann.example", "5.1.1"),
      fam=["bounce:exchange-german"], gap_days=0),
    R("K535", "2026-11-18T09:06:00+01:00", "Hallo,\n\nleider konnte Ihre Nachricht nicht an den Empfänger zugestellt werden.\n\nEmpfänger: leitung@kita-sonnenschein.example\nFehler: Das Postfach ist voll (552 5.2.2).\n\nDies ist eine automatisch erstellte Nachricht.",
      "bounce", sender="mailer-daemon@mx.kita-sonnenschein.example", subject="Nicht zustellbar: Zahlungserinnerung", dsn=("leitung@kita-sonnenschein.example", "5.2.2"),
      fam=["bounce:german-hoster", "bounce:mailbox-full"], gap_days=0),
    R("K531", "2026-11-23T11:00:00+01:00", "Guten Tag, hier ist der Empfang. Für Rechnungen ist bei uns das Abrechnungsbüro Kaiser zuständig, bitte schreiben Sie an lohmann@abrechnung-kaiser.example.", "wrong_contact",
      fam=["wc:receptionist", "setting:dental"], sender=2),
    R("K533", "2026-11-26T08:30:00+01:00", "Grüezi, Herr Stäheli ist seit Ende Oktober nicht mehr in der Firma. Bitte wenden Sie sich künftig an admin@staeheli-architektur.example.\nFreundliche Grüsse, Empfang",
      "wrong_contact", fam=["wc:person-left", "locale:de-CH"], sender="empfang@staeheli-architektur.example"),
    R("K532", "2026-11-27T10:00:00+01:00", "Danke, ist angekommen.", "other", fam=["other:ack", "no-action", "locale:de-AT"], sender=0, quote="none"),
    R("K534", "2026-11-23T16:00:00+01:00", "Guten Tag, ist diese Mahnung echt? Wir haben letzte Woche eine Mail mit Ihrer angeblich neuen IBAN bekommen. Bitte rufen Sie uns zurück, bevor wir etwas überweisen.\nM. Brenner",
      "other", human=["fraud check"], fam=["other:fraud-check", "setting:car-dealer"], sender=1),
    R("K536", "2026-11-19T13:00:00+01:00", "Guten Tag, für die Anlage als Kreditor brauchen wir noch das ausgefüllte Lieferantenstammblatt und Ihre USt-IdNr. Erst danach kann Zahlung erfolgen.\nSSC Kreditoren",
      "other", human=["supplier onboarding paperwork"], fam=["other:onboarding", "writer:ssc-abroad"], sender=0),
]
