"""German replies (field7, hand-written): a hair salon owner, an Austrian garden centre, a cinema's commercial
manager, a Swiss bike shop's external fiduciary and a recycling yard on credit hold."""

from evals.field7.build import Payment as P
from evals.field7.build import Reply as R

CET = "+01:00"
AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def t(day: str, hm: str) -> str:
    """The reply's Date: November 2026 day, local time, Central European time."""
    return f"2026-11-{day}T{hm}:00{CET}"


PAYMENTS = [
    P("BK7-0201", "M731", "2026-11-20", "1870.00", "EUR", "SALON HAARWERK RE 07311 07312"),
    P("BK7-0202", "M733", "2026-11-24", "2960.00", "EUR", "KINO AM MARKT GMBH"),
    P("BK7-0203", "M734", "2026-11-23", "3640.00", "EUR", "VELO SPEICHE AG ZAHLUNG 2026-118"),
    P("BK7-0204", "M732", "2026-11-25", "4184.60", "EUR", "GARTENCENTER BLUMENHOF ABZGL 2% SKONTO"),
]

REPLIES = [
    R("M731", t("23", "21:15"), "zahl ich Fr. Gruß Sandra", "promise_to_pay", date="2026-11-27", fam=["date:abbrev-weekday-dot", "setting:hairdresser", "voice:owner-phone-night"], sender=1, quote="none"),
    R("M731", t("25", "09:00"), "Guten Tag,\ndie 07311 überweisen wir nächste Woche Mittwoch, die 07312 zahlen wir, wenn die Gutschrift für die falschen Farben da ist.\nSandra Becker", "promise_to_pay",
      date="2026-12-02", inv=["07311", "07312"], human=["conditional"], fam=["promise:half-promise", "date:next-week-weekday"], sender=1),
    R("M732", t("23", "10:00"), "Grüß Gott,\ndie Zahlung erfolgt in KW 49.\nMfG Franz Moser", "promise_to_pay", date="2026-12-04", fam=["date:calendar-week", "setting:garden-centre", "locale:de-AT"], sender=1),
    R("M732", t("26", "08:30"), "Servus, wir zahlen Anfang nächster Woche. Moser", "promise_to_pay", date="2026-11-30", fam=["date:early-next-week", "locale:de-AT"], sender=1),
    R("M733", t("23", "14:00"), "Sehr geehrte Damen und Herren,\n\ndie Rechnung wird am 4.12.26 beglichen.\n\nMit freundlichen Grüßen\nTobias Schulz\nKaufmännischer Leiter", "promise_to_pay", date="2026-12-04",
      fam=["date:numeric-dotted-short-year", "setting:cinema"], sender=1),
    R("M733", t("20", "11:00"), "Hallo, wir zahlen innerhalb von 3 Werktagen. Verwaltung Kino am Markt", "promise_to_pay", date="2026-11-25", fam=["date:working-days"], sender=0),
    R("M734", t("23", "09:30"), "Grüezi\n\nIch betreue die Buchhaltung der Velo Speiche als externe Treuhänderin. Die Zahlung erfolgt bis Monatsende.\n\nFreundliche Grüsse\nRuth Meier", "promise_to_pay",
      date="2026-11-30", fam=["date:end-of-month", "writer:external-fiduciary", "locale:de-CH"], sender=1),
    R("M734", t("25", "10:00"), "Grüezi, wir überweisen übernächste Woche. R. Meier", "promise_to_pay", date="2026-12-11", fam=["date:week-after-next", "locale:de-CH"], sender=1),
    R("M735", t("23", "10:00"), "Guten Tag, wir zahlen 3.000 EUR am Freitag und den Rest Mitte Dezember.\nHeike Wolf", "promise_to_pay", date="2026-11-27", amount="3000.00",
      fam=["promise:partial", "setting:recycling"], sender=1),
    R("M731", t("20", "18:00"), "Hallo, die Überweisung geht morgen raus. LG Sandra", "promise_to_pay", date="2026-11-21", fam=["date:tomorrow"], sender=1),
    R("M733", t("25", "16:00"), "Wir zahlen, sobald der Verleiher uns die Abrechnung geschickt hat.", "promise_to_pay", human=["conditional"], fam=["promise:conditional-undated"], sender=1),
    R("M732", t("20", "09:00"), "Zahlung am 15. Lg Moser", "promise_to_pay", date="2026-12-15", fam=["date:day-of-month", "locale:de-AT"], sender=1, quote="none"),
    R("M734", t("20", "10:00"), "Grüezi, die Zahlung erfolgt in 14 Tagen. Freundliche Grüsse", "promise_to_pay", date="2026-12-04", fam=["date:in-14-days", "locale:de-CH"], sender=0),
    # ---- already paid
    R("M731", t("23", "09:00"), "Hallo, beide Rechnungen sind am Freitag überwiesen worden. Sandra", "already_paid", fam=["paid:matched"], sender=1),
    R("M733", t("25", "10:00"), "Bezahlt gestern.", "already_paid", fam=["paid:terse"], sender=0, quote="none"),
    R("M734", t("24", "09:00"), "Grüezi, die Zahlung wurde gestern mit Referenz 2026-118 ausgeführt. R. Meier, Treuhand", "already_paid", ref="2026-118", fam=["paid:matched-ref", "writer:external-fiduciary"], sender=1),
    R("M732", t("26", "09:00"), "Grüß Gott, wir haben gestern abzüglich 2 % Skonto bezahlt. Moser", "already_paid", human=["amount differs"], fam=["paid:skonto-short"], sender=1),
    # ---- disputes
    R("M731", t("18", "10:00"), "Guten Tag, auf der 07312 sind 20 Tuben Farbe berechnet, geliefert wurden 12. Bitte korrigieren. Becker", "dispute", inv=["07312"], fam=["dispute:quantity"], sender=1),
    R("M733", t("18", "11:00"), "Die Wartung des Projektors wurde nicht durchgeführt, der Techniker ist nie erschienen. Wir zahlen diese Rechnung nicht.\nT. Schulz", "dispute", fam=["dispute:service-not-done"], sender=1),
    R("M735", t("18", "10:00"), "Sehr geehrte Damen und Herren, der Preis je Tonne weicht vom Rahmenvertrag ab (84 statt 71 EUR). Wir bitten um Gutschrift; den unstrittigen Teil zahlen wir am Freitag.\nH. Wolf",
      "dispute", sec=["promise_to_pay"], date="2026-11-20", fam=["dispute:price", "dispute:beside-promise"], sender=1),
    R("M732", t("19", "10:00"), "Die Rechnung wurde doppelt gestellt, wir haben sie bereits im Oktober unter anderer Nummer bezahlt. Moser", "dispute", fam=["dispute:duplicate", "locale:de-AT"], sender=1),
    # ---- PO / billing
    R("M732", t("17", "10:00"), "Bitte auf der Rechnung unsere Bestellnummer BH-2026-347 angeben, die BH-2026-311 ist falsch. Danke, Rechnungswesen", "po_change", fam=["po:replace"], sender=0),
    R("M735", t("17", "10:00"), "Ab 1. Dezember nehmen wir nur noch XRechnung über unser Portal an. Bitte 07351 dort erneut einreichen.", "po_change", inv=["07351"], fam=["po:e-invoicing"], sender=0),
    R("M733", t("17", "12:00"), "Bitte die Rechnungsadresse ändern: Kino am Markt GmbH, Marktplatz 3, 04109 Leipzig, und die Rechnung neu ausstellen.", "po_change", fam=["po:address"], sender=1),
    # ---- resend / plan
    R("M734", t("19", "09:00"), "Grüezi, könnten Sie mir bitte eine Kopie der Rechnung und einen Kontoauszug senden? Ich bin neu als Treuhänderin für die Velo Speiche. R. Meier", "invoice_resend",
      fam=["resend:statement", "writer:external-fiduciary"], sender=1),
    R("M731", t("19", "09:00"), "Die 07311 haben wir nie bekommen, bitte nochmal schicken.", "invoice_resend", inv=["07311"], fam=["resend:never-received"], sender=0),
    R("M733", t("20", "10:00"), "Können wir den Betrag in drei Monatsraten zahlen, erste Rate am 1.12.?", "payment_plan_request", date="2026-12-01", fam=["plan:monthly", "date:numeric-dotted"], sender=1),
    R("M732", t("20", "11:00"), "Wäre eine Ratenzahlung möglich? Der Winter ist für uns schwierig. Moser", "payment_plan_request", fam=["plan:undated"], sender=1),
    # ---- auto-replies, bounces, contacts, other
    R("M733", t("16", "09:05"), "Ich bin bis einschließlich 24.11. nicht im Büro. In dringenden Fällen wenden Sie sich an verwaltung@kino-am-markt.example.", "out_of_office",
      headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung", fam=["ooo:short"], sender=1, quote="none"),
    R("M731", t("16", "09:05"), "Vielen Dank für Ihre Nachricht. Der Salon ist bis zum 7. Januar geschlossen.", "out_of_office", human=["absence longer than 14 days"],
      headers=AUTO, subject="Automatische Antwort: Zahlungserinnerung", fam=["ooo:long"], sender=1, quote="none"),
    R("M734", t("16", "09:06"), "Diese Nachricht wurde automatisch erstellt.\n\nDie Zustellung an folgende Empfänger ist fehlgeschlagen:\n\nkreditoren@velo-speiche.example\n550 5.1.1 Benutzer unbekannt",
      "bounce", sender="postmaster@velo-speiche.example", subject="Unzustellbar: Zahlungserinnerung", dsn=("kreditoren@velo-speiche.example", "5.1.1"), fam=["bounce:exchange-de"], gap_days=0),
    R("M732", t("16", "09:06"), "Die Nachricht konnte nicht zugestellt werden.\n\n<f.moser@blumenhof.example>: 552 5.2.2 Postfach voll",
      "bounce", sender="MAILER-DAEMON@blumenhof.example", subject="Unzustellbare Nachricht", dsn=("f.moser@blumenhof.example", "5.2.2"), fam=["bounce:mailbox-full"], gap_days=0),
    R("M735", t("18", "10:00"), "Ich bin nicht mehr zuständig. Bitte wenden Sie sich an kreditoren@recyclinghof-nord.example.", "wrong_contact", fam=["wrong:not-responsible"], sender=1),
    R("M731", t("18", "10:00"), "Ich bin nur die Aushilfe am Empfang, bitte schreiben Sie direkt an Frau Becker: s.becker@haarwerk.example", "wrong_contact", fam=["wrong:temp"], sender=0),
    R("M733", t("20", "10:00"), "Danke, erhalten und weitergeleitet.", "other", fam=["no-action", "other:ack"], sender=0, quote="none"),
    R("M734", t("20", "10:00"), "Können Sie uns eine QR-Rechnung schicken? Ohne QR-Code kann unser E-Banking nicht zahlen.", "other", human=["payment-method question"], fam=["other:qr-bill", "locale:de-CH"], sender=1),
]
