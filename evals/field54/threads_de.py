"""German replies (field54): a ropemaker in Leer, a harp maker in Lienz and a paragliding school in Engelberg
(strategic), around the quarter end, a fiscal year end at 30 September and German Unity Day on a Sunday."""

from evals.field.build import Payment, Reply
from evals.field54.kit import AUTO, CEST, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK54-020", "T5421", "2027-09-29", "4320.00", "EUR", "SEILEREI HANKE GMBH RG 54022 54023"),
    P("BK54-021", "T5422", "2027-09-24", "2930.40", "EUR", "OBERMOSER THERESA HARFENBAU"),
    P("BK54-022", "T5423", "2027-10-01", "11850.00", "CHF", "GLEITSCHIRMSCHULE TITLIS AG ZA20274471"),
]

REPLIES = [
    # --- Seilerei Hanke (Leer)
    R("T5421", at(27, "09:10", CEST), "Moin, wir zahlen beide Rechnungen in KW 41.\nGruß J. Hanke", "promise_to_pay", date="2027-10-15", fam=["calendar-week", "terse"], sender=1),
    R("T5421", at(30, "14:20", CEST), "Zahlung erfolgt zum Quartalsende, also heute noch per Echtzeitüberweisung.", "promise_to_pay", date="2027-09-30", fam=["quarter-end", "same-day"], sender=1),
    R("T5421", at(31, "11:00", CEST), "Der Feiertag fällt dieses Jahr auf den Sonntag, also kein Brückentag bei uns: die Überweisung geht Montag raus.", "promise_to_pay", date="2027-10-04", fam=["holiday", "weekday"], sender=1),
    R("T5421", at(35, "16:00", CEST), "Nicht am Freitag, wie Ihr Kollege am Telefon meinte, sondern am Dienstag, 12.10.", "promise_to_pay", date="2027-10-12", fam=["rejected-date", "dotted-date"], sender=1),
    R("T5421", at(29, "07:45", CEST), "Wir überweisen übermorgen.", "promise_to_pay", date="2027-10-01", fam=["day-after-tomorrow", "terse"], sender=0),
    R("T5421", at(33, "18:00", CEST), "Schönen Feiertag noch! Zahlung kommt Mittwoch.", "promise_to_pay", date="2027-10-06", fam=["holiday", "weekday", "weekend"], sender=1),
    R("T5421", at(28, "12:00", CEST), "Guten Tag,\nHerr Hanke ist diese Woche auf der Messe in Hamburg. Ich habe kurz mit ihm telefoniert: Die Zahlung erfolgt am ersten Werktag im Oktober.\nMit freundlichen Grüßen\nPetra Ahrens\nEmpfang / Sekretariat", "promise_to_pay", date="2027-10-01", sender="p.ahrens@seilerei-hanke.example", fam=["colleague-answers", "first-working-day", "unknown-sender"]),
    R("T5421", at(36, "08:20", CEST), "Überweisung am 8.10.", "promise_to_pay", date="2027-10-08", fam=["dotted-date", "terse"], sender=1),
    # --- Harfenbau Obermoser (Lienz)
    R("T5422", at(28, "10:00", CEST), "Grüß Gott, wir zahlen Mitte Oktober, wenn die Harfen fürs Konservatorium abgerechnet sind.", "promise_to_pay", date="2027-10-15", human=["conditional"], fam=["mid-month", "condition", "austrian"], sender=1),
    R("T5422", at(32, "09:30", CEST), "Zahlung nächste Woche. LG", "promise_to_pay", date="2027-10-08", fam=["next-week", "weekend", "terse"], sender=1),
    R("T5422", at(36, "11:15", CEST), "Die Zahlung erfolgt am Ersten des nächsten Monats.", "promise_to_pay", date="2027-11-01", fam=["first-of-next-month"], sender=1),
    R("T5422", at(30, "16:40", CEST), "Sehr geehrte Damen und Herren,\nwir begleichen den offenen Betrag binnen vierzehn Tagen.\nHochachtungsvoll\nT. Obermoser", "promise_to_pay", date="2027-10-14", fam=["within-days-word", "formal"], sender=1),
    # --- Gleitschirmschule Titlis (Engelberg, strategic)
    R("T5423", at(27, "13:00", CEST), "Guten Tag\n\nDie Rechnung zur Bestellung GT-8841 wird per Valuta 5.10.2027 beglichen.\n\nFreundliche Grüsse\nUrs Amstutz\nLeiter Finanzen\nGleitschirmschule Titlis AG", "promise_to_pay", date="2027-10-05", html=True, fam=["outlook-html", "value-date", "swiss"], sender=1),
    R("T5423", at(30, "08:45", CEST), "Unser Geschäftsjahr endet heute. Nach dem Abschluss zahlen wir Ende nächster Woche.", "promise_to_pay", date="2027-10-08", fam=["fiscal-year-end", "end-of-next-week"], sender=1),
    R("T5423", at(35, "10:20", CEST), "Wir zahlen CHF 5'000 am Donnerstag, den Rest Ende Monat.", "promise_to_pay", date="2027-10-07", amount="5000.00", fam=["swiss-apostrophe", "partial-amount", "two-dates"], sender=0),
    # --- already paid
    R("T5421", at(30, "10:10", CEST), "Ist das nicht gestern rausgegangen? Laut Kontoauszug am 29.09. über 4.320,00 €.", "already_paid", fam=["paid-as-question", "dotted-date"], sender=1, note="matches BK54-020"),
    R("T5422", at(31, "09:00", CEST), "Haben wir doch am 24. überwiesen – mit 1 % Skonto, also 2.930,40 €. Bitte prüfen. LG Theresa", "already_paid", human=["short payment: discount deducted"], fam=["skonto", "short-payment"], sender=1),
    R("T5423", at(34, "09:00", CEST), "Guten Tag\n\nZahlungsavis\nValuta: 01.10.2027\nBeleg-Nr.: ZA-2027-4471\nRechnung INV-2027-54025 / Bestellung GT-8841   CHF 11'850.00\nTotal   CHF 11'850.00\n\nFreundliche Grüsse\nKreditorenbuchhaltung", "already_paid", ref="ZA-2027-4471", inv=["INV-2027-54025"], fam=["remittance-pasted", "swiss"], sender=0, note="matches BK54-022"),
    # --- disputes
    R("T5421", at(34, "08:30", CEST), "Die 580 € zahlen wir binnen 10 Tagen. Die 3.740 € beanstanden wir, da 12 der 40 Festmacherleinen falsch gespleißt waren. Bitte um Gutschrift.", "dispute", sec=["promise_to_pay"], date="2027-10-14", amount="580.00", fam=["dispute-with-promise", "within-days", "quality"], sender=1),
    R("T5422", at(29, "11:40", CEST), "Darf ich höflich nachfragen, ob bei der Rechnung 54024 nicht der vereinbarte Händlerrabatt von 15 % fehlt? Vielen Dank und liebe Grüße", "dispute", inv=["INV-2027-54024"], fam=["polite-dispute", "discount-missing"], sender=1),
    R("T5423", at(36, "14:10", CEST), "Guten Tag\nDie Tandemschirme wurden zwei Wochen zu spät geliefert. Die vertragliche Konventionalstrafe von CHF 1'185 ziehen wir vom Rechnungsbetrag ab.\nFreundliche Grüsse", "dispute", fam=["penalty", "late-delivery", "swiss"], sender=1),
    # --- resend
    R("T5421", at(29, "09:20", CEST), "Rechnung 54023 liegt uns nicht vor, bitte nochmal schicken.", "invoice_resend", inv=["INV-2027-54023"], fam=["never-received", "terse"], sender=0),
    R("T5422", at(34, "10:45", CEST), "Bitte um einen Kontoauszug per 30.9., unser Steuerberater braucht ihn.", "invoice_resend", fam=["statement", "dotted-date"], sender=1),
    R("T5423", at(28, "15:30", CEST), "Bitte senden Sie uns eine Kopie der Rechnung mit Lieferschein.", "invoice_resend", fam=["copy"], sender=0),
    # --- PO and billing changes
    R("T5421", at(31, "13:15", CEST), "Hinweis: Ab sofort nehmen wir nur noch E-Rechnungen im XRechnung-Format an, bitte an rechnungseingang@seilerei-hanke.example. PDF per Mail wird nicht mehr verarbeitet.", "po_change", fam=["e-invoicing", "invoice-mailbox"], sender=1),
    R("T5422", at(35, "09:40", CEST), "Unsere UID-Nummer lautet seit der Umgründung ATU81234567. Bitte Rechnung neu ausstellen.", "po_change", fam=["tax-number", "austrian"], sender=1),
    R("T5423", at(29, "10:30", CEST), "Auf der Rechnung fehlt unsere Bestellnummer GT-8841 sowie die Kostenstelle 410. Bitte korrigieren.", "po_change", fam=["missing-po", "cost-centre"], sender=0),
    # --- plans
    R("T5421", at(32, "10:20", CEST), "Können wir die 3.740 € in drei Raten zahlen? Erste Rate am 15.10.", "payment_plan_request", date="2027-10-15", fam=["instalments", "dotted-date"], sender=1),
    R("T5422", at(27, "17:00", CEST), "Wäre eine Ratenzahlung möglich, 500 € monatlich ab Anfang November?", "payment_plan_request", date="2027-11-01", amount="500.00", fam=["monthly", "beginning-of-month"], sender=1),
    R("T5423", at(31, "16:00", CEST), "Wir würden gerne über Teilzahlungen sprechen. Bitte rufen Sie Herrn Amstutz an.", "payment_plan_request", fam=["undated-plan", "call-me"], sender=0),
    # --- absence
    R("T5421", at(28, "08:00", CEST), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Oktober auf der Messe und habe nur eingeschränkt Zugriff auf E-Mails.\n\nZu Zahlungen: Rechnungen aus August werden im Zahlungslauf am 07.10. bezahlt.\n\nJörg Hanke", "out_of_office", sec=["promise_to_pay"], date="2027-10-07", headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Seilerei Hanke GmbH", fam=["auto-reply-with-answer", "dotted-date"], sender=1),
    R("T5422", at(29, "07:00", CEST), "Ich bin bis 2. November auf Konzertreise und lese keine E-Mails. In dringenden Fällen bitte telefonisch an die Werkstatt.", "out_of_office", human=["return more than 14 days out"], headers=AUTO, subject="Abwesend: Zahlungserinnerung", fam=["long-absence"], sender=1),
    R("T5423", at(34, "07:30", CEST), "Ich bin bis Freitag, 8. Oktober, abwesend. Ihre Nachricht wird nicht weitergeleitet.", "out_of_office", headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung – Gleitschirmschule Titlis AG", fam=["strategic"], sender=1),
    # --- bounces
    R("T5421", at(30, "09:06", CEST), "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nDie Zustellung an folgende Empfänger ist fehlgeschlagen:\n\nj.hanke@seilerei-hanke.example\n\nDas Postfach des Empfängers ist voll.", "bounce", sender="postmaster@seilerei-hanke.example", subject="Unzustellbar: Zahlungserinnerung – Seilerei Hanke GmbH", dsn=("j.hanke@seilerei-hanke.example", "5.2.2"), lang="de", quote="none", fam=["exchange-dsn", "german-dsn"]),
    R("T5423", at(35, "09:05", CEST), "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: u.amstutz@gleitschirm-titlis.example\nGrund: 550 5.1.1 Benutzer unbekannt", "bounce", sender="MAILER-DAEMON@mail.gleitschirm-titlis.example", subject="Nicht zustellbar", dsn=("u.amstutz@gleitschirm-titlis.example", "5.1.1"), lang="de", quote="none", fam=["german-dsn"]),
    # --- wrong contact
    R("T5422", at(33, "12:30", CEST), "Ich bin nur die Werkstattmeisterin. Für Rechnungen ist mein Bruder zuständig: k.obermoser@harfenbau-obermoser.example", "wrong_contact", fam=["wrong-person", "new-contact"], sender=0),
    R("T5421", at(35, "11:20", CEST), "Dieses Postfach wird nicht mehr betreut. Bitte wenden Sie sich an buchhaltung@seilerei-hanke.example.", "wrong_contact", headers=AUTO, subject="Automatische Antwort", fam=["unmonitored-mailbox"], sender=1),
    # --- other
    R("T5421", at(31, "15:30", CEST), "Danke, ist angekommen und liegt jetzt bei der Buchhaltung.", "other", fam=["no-action", "forwarded-on"], sender=1),
    R("T5423", at(32, "10:00", CEST), "Ist diese Mahnung echt? Wir haben letzte Woche eine Mail mit geänderter IBAN von einer ähnlichen Adresse bekommen. Bitte telefonisch bestätigen.", "other", human=["fraud check"], fam=["fraud-check", "bank-details"], sender=1),
]
