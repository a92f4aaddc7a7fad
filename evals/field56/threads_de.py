"""German replies (field56): a Bavarian sledge maker and a Tyrolean Eisstock works (strategic) in stock-take month."""

from evals.field.build import Payment, Reply
from evals.field56.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK56-021", "N5621", "2028-01-14", "725.00", "EUR", "SCHLITTENBAU AMMERTAL RE 56022"),
    P("BK56-022", "N5622", "2028-01-21", "9860.00", "EUR", "EISSTOCK-MANUFAKTUR BRUGGER EB-2027-118"),
    P("BK56-023", "N5621", "2028-01-24", "3900.00", "EUR", "SCHLITTENBAU AMMERTAL GMBH RG 56021"),
]

_SHARED = """Hallo zusammen,

wir haben das intern besprochen: Rechnung 56021 zahlen wir am 26.01., die 56022 mit dem nächsten Zahllauf am 02.02.

Viele Grüße
Buchhaltung (Resi, Korbinian, Vroni)"""

_INLINE = """> nach unseren Unterlagen sind folgende Rechnungen überfällig:

Stimmt leider.

> INV-2027-56023    2027-12-06    EUR 9.860,00

Wird am Dienstag, 1. Februar überwiesen.

> Falls Sie bereits bezahlt haben, teilen Sie uns bitte Datum und Referenz mit.

Noch nicht.

H. Brugger"""

REPLIES = [
    # --- Schlittenbau Ammertal (Bavaria)
    R("N5621", at(17, "08:30", CET), "Servus, Zahlung ultimo Januar, nach unserer Inventur.", "promise_to_pay", date="2028-01-31", fam=["ultimo", "stock-take"]),
    R("N5621", at(18, "14:10", CET), "Die Überweisung geht am Freitag raus.", "promise_to_pay", date="2028-01-21", fam=["weekday"]),
    R("N5621", at(19, "09:45", CET), _SHARED, "promise_to_pay", date="2028-01-26", sender=0, fam=["shared-mailbox", "two-dates", "dotted-date"]),
    R("N5621", at(20, "11:00", CET), "Hallo hier Anton Gschwendtner Komma ich bin grad in der Werkstatt Punkt wir zahlen nächste Woche Dienstag Punkt Servus", "promise_to_pay", date="2028-01-25", fam=["voice-to-text", "next-week-weekday"]),
    R("N5621", at(21, "16:45", CET), "Wir zahlen 725 € heute, den Rest nach der Spielwarenmesse Anfang Februar.", "promise_to_pay", date="2028-01-21", amount="725.00", fam=["today", "partial-amount", "fair-distractor"]),
    R("N5621", at(24, "07:20", CET), "Zahlung am ersten Bankarbeitstag im Februar.", "promise_to_pay", date="2028-02-01", sender=0, fam=["first-business-day"]),
    R("N5621", at(25, "10:00", CET), "Wir überweisen bis spätestens 31.1.28.", "promise_to_pay", date="2028-01-31", sender=0, fam=["dotted-date", "short-year", "at-the-latest"]),
    R("N5621", at(27, "13:30", CET), "Zahlung Anfang nächster Woche.", "promise_to_pay", date="2028-01-31", fam=["early-next-week"]),
    R("N5621", at(28, "09:15", CET), "Überweisung in KW 5.", "promise_to_pay", date="2028-02-04", sender=0, fam=["calendar-week", "terse"]),
    R("N5621", at(26, "22:10", CET), "Sorry, war noch auf der Eisstockbahn. Zahlung übermorgen.", "promise_to_pay", date="2028-01-28", fam=["day-after-tomorrow", "late-evening"]),
    # --- Eisstock-Manufaktur Brugger (Tyrol, strategic)
    R("N5622", at(17, "10:30", CET), "Grüß Gott! Die Rechnung zur Bestellung EB-2027-118 wird mit Valuta 28.01.2028 beglichen.", "promise_to_pay", date="2028-01-28", sender=0, fam=["value-date", "po-named", "austrian"]),
    R("N5622", at(19, "15:00", CET), "Wir zahlen EUR 5.000,00 am Montag, den Rest im Februar.", "promise_to_pay", date="2028-01-24", amount="5000.00", fam=["weekday", "partial-amount"]),
    R("N5622", at(21, "08:40", CET), "Dear colleagues, excuse the English, our new bookkeeper is from Bristol. We pay on 1 February.", "promise_to_pay", date="2028-02-01", lang="en", sender=0, fam=["language-switch", "day-month"]),
    R("N5622", at(24, "12:00", CET), "Nach Abschluss der Bilanz zahlen wir, voraussichtlich Mitte Februar.", "promise_to_pay", date="2028-02-15", human=["conditional"], fam=["condition", "mid-month"]),
    R("N5622", at(26, "09:00", CET), "Zahlung morgen früh.", "promise_to_pay", date="2028-01-27", fam=["tomorrow", "terse"]),
    R("N5622", at(27, "17:50", CET), _INLINE, "promise_to_pay", date="2028-02-01", quote="none", fam=["inline-answers", "weekday-date"]),
    # --- already paid
    R("N5621", at(20, "10:00", CET), "Die 56022 haben wir bereits am 14.01. überwiesen, Verwendungszweck „Re. 56022 Schlittenbau“.", "already_paid", ref="Re. 56022 Schlittenbau", inv=["INV-2027-56022"], sender=0, fam=["ref-written-differently", "dotted-date"]),
    R("N5622", at(25, "11:00", CET), "Die Zahlung ist am 21.1. erfolgt, Referenz EB2027118.", "already_paid", ref="EB2027118", sender=0, fam=["ref-without-dashes"]),
    R("N5621", at(27, "10:30", CET), "Wir haben am Montag 3.900 € für die 56021 überwiesen, die 40 € Differenz sind Skonto.", "already_paid", inv=["INV-2027-56021"], human=["amount differs"], fam=["discount-deducted", "short-payment"]),
    # --- disputes
    R("N5621", at(18, "09:20", CET), "Auf der Rechnung 56021 stehen 12 Hörnerschlitten, geliefert wurden 10. Bitte um Gutschrift.", "dispute", inv=["INV-2027-56021"], fam=["quantity", "credit-note"]),
    R("N5622", at(20, "14:30", CET), "Wir haben 6.000 € bezahlt. Die restlichen 3.860 € beanstanden wir, da 8 Eisstöcke Risse in der Laufsohle hatten.", "dispute", sec=["already_paid"], fam=["part-paid-rest-disputed", "faulty-goods"]),
    R("N5621", at(25, "15:15", CET), "Die Fracht auf der 56022 war laut Angebot frei Haus. Die 56021 zahlen wir am Freitag, die 56022 erst nach Korrektur.", "dispute", sec=["promise_to_pay"], date="2028-01-28", inv=["INV-2027-56022", "INV-2027-56021"], fam=["freight", "pay-the-rest"]),
    # --- copies, billing changes
    R("N5621", at(19, "08:10", CET), "Bitte schicken Sie uns die Rechnung 56022 noch einmal als PDF, wir brauchen sie für die Inventur.", "invoice_resend", inv=["INV-2027-56022"], sender=0, fam=["copy", "stock-take"]),
    R("N5622", at(18, "10:45", CET), "Bitte um eine Saldenbestätigung zum 31.12.2027 für den Jahresabschluss.", "invoice_resend", sender=0, fam=["balance-confirmation"]),
    R("N5621", at(21, "09:30", CET), "Neue Rechnungsanschrift ab sofort: Schlittenbau Ammertal GmbH, Am Sägewerk 3, 82487 Oberammergau. Bitte die offenen Rechnungen neu ausstellen.", "po_change", fam=["billing-address"]),
    R("N5622", at(24, "08:15", CET), "Bitte Rechnungen künftig ausschließlich als ebInterface an rechnung@eisstock-brugger.example.", "po_change", sender=0, fam=["invoice-mailbox", "e-invoice"]),
    # --- instalments
    R("N5621", at(26, "11:40", CET), "Könnten wir die 56021 in drei Raten zahlen, erste Rate am 15. Februar?", "payment_plan_request", date="2028-02-15", inv=["INV-2027-56021"], fam=["instalments-asked", "first-date"]),
    R("N5622", at(28, "10:10", CET), "Wäre eine Ratenzahlung möglich – 4 × 2.465 € monatlich ab März?", "payment_plan_request", date="2028-03-01", amount="2465.00", fam=["monthly", "from-month"]),
    # --- absences, bounces
    R("N5621", at(24, "09:06", CET), "Ich bin bis einschließlich 28.01. auf der Spielwarenmesse und ab 31.01. wieder erreichbar.", "out_of_office", headers=AUTO, subject="Abwesenheitsnotiz", quote="none", fam=["auto-reply"]),
    R("N5622", at(18, "09:06", CET), "Unser Betrieb ist bis 14. Februar auf Betriebsurlaub. Ihre Nachricht wird nicht weitergeleitet.", "out_of_office", sender=0, headers=AUTO, subject="Automatische Antwort: Betriebsurlaub", quote="none", human=["out of office more than 14 days"], fam=["auto-reply", "long-absence"]),
    R("N5621", at(19, "09:07", CET), "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\nDie Zustellung an folgende Empfänger ist fehlgeschlagen:\n\na.gschwendtner@schlittenbau-ammertal.example\n550 5.1.1 Benutzer unbekannt", "bounce", sender="MAILER-DAEMON@schlittenbau-ammertal.example", subject="Unzustellbar: Zahlungserinnerung – Schlittenbau Ammertal GmbH", dsn=("a.gschwendtner@schlittenbau-ammertal.example", "5.1.1"), fam=["dsn", "german-dsn"]),
    R("N5622", at(26, "09:07", CET), "Ihre Nachricht konnte nicht zugestellt werden: das Postfach h.brugger@eisstock-brugger.example ist voll.", "bounce", sender="postmaster@eisstock-brugger.example", subject="Nicht zustellbar", dsn=("h.brugger@eisstock-brugger.example", "5.2.2"), fam=["dsn", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("N5621", at(17, "17:00", CET), "Ich bin nur der Geschäftsführer, die Rechnungen macht Frau Huber: huber@schlittenbau-ammertal.example", "wrong_contact", fam=["redirect"]),
    R("N5622", at(20, "11:20", CET), "Frau Brugger ist seit Jahresbeginn in Pension. Ansprechpartner ist jetzt Herr Mair, m.mair@eisstock-brugger.example.", "wrong_contact", sender=0, fam=["retired", "new-contact"]),
    R("N5621", at(23, "12:00", CET), "Danke, ist weitergeleitet.", "other", sender=0, fam=["no-action", "forwarded-on"]),
    R("N5622", at(27, "08:30", CET), "Bitte bestätigen Sie telefonisch Ihre IBAN; sie sieht in Ihrer letzten Mail anders aus als im Stammsatz.", "other", human=["bank-detail check"], sender=0, fam=["fraud-worry"]),
]
