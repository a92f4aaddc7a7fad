"""field36 German replies: a Cologne electrical wholesaler and a Vienna hotel."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field36.kit import AUTO, r

PAYMENTS = [
    Payment("BK36-0011", "H3621", "2026-11-12", "1320.00", "EUR", "DOMSTADT ELEKTRO RE 93622"),
    Payment("BK36-0012", "H3622", "2026-11-13", "760.00", "EUR", "HOTEL DONAUBLICK 93624"),
    Payment("BK36-0013", "H3622", "2026-11-16", "5480.00", "EUR", "DONAUBLICK ZAHLUNG 20261116"),
]

P = "promise_to_pay"
REPLIES = [
    r("H3621", 16, "09:20", "Moin, die 93621 ist im Zahllauf vom Do., 19.11. Gruß aus Köln", P, "2026-11-19", "payment-run abbreviated-weekday dotted-date"),
    r("H3621", 16, "14:05", "Sehr geehrte Damen und Herren, wir werden die Rechnung INV-2026-93621 am 26.11.26 begleichen. Mit freundlichen Grüßen, Kreditorenbuchhaltung", P, "2026-11-26", "dotted-date formal-ap"),
    r("H3621", 17, "10:30", "Zahlung erfolgt in KW 48, am Mittwoch.", P, "2026-11-25", "calendar-week", sender=1),
    r("H3621", 17, "15:15", "Wir zahlen übernächste Woche Dienstag, vorher gibt die Bank den Rahmen nicht frei.", P, "2026-12-01", "week-after-next", sender=1),
    r("H3621", 18, "08:50", "Korrektur zu meiner Mail von gestern: nicht am 24., sondern am 25. – der Dienstag ist Vorstandssitzung.", P, "2026-11-25", "self-correction ordinal-alone distractor-meeting", sender=1),
    r("H3621", 18, "13:40", "Ultimo November, also Montag, den 30., geht alles raus. Schmitz", P, "2026-11-30", "month-end weekday-ordinal", sender=1),
    r("H3621", 19, "09:10", "Die 1.320 € haben wir doch schon? Ach nein, das war die andere. Die 93621 zahlen wir Fr. 27.", P, "2026-11-27", "self-correction abbreviated-weekday"),
    r("H3621", 19, "14:30", "Zahlung binnen 10 Tagen ab heute, versprochen.", P, "2026-11-29", "relative-days"),
    r("H3621", 16, "17:00", "Tach zusammen, 4.000 € überweisen wir am Freitag, den Rest Anfang Dezember.", P, "2026-11-20", "partial weekday", amount="4000.00"),
    r("H3621", 17, "12:10", "Sobald die Gutschrift für die beschädigten Kabeltrommeln da ist, zahlen wir – dann am 3.12.", P, "2026-12-03", "hidden-condition dotted-date", human=["conditional"]),
    r("H3622", 16, "10:15", "Grüß Gott, die Zahlung für beide Rechnungen erfolgt am Montag, 23. November. Liebe Grüße, Gerlinde Huber", P, "2026-11-23", "weekday-date vienna", sender=1),
    r("H3622", 16, "18:20", "Wegen des Feiertags am 8.12. machen wir den Zahllauf schon am 7.12.", P, "2026-12-07", "holiday payment-run dotted-date vienna"),
    r("H3622", 17, "09:40", "Wir überweisen Mitte nächster Woche, konkret am Mittwoch.", P, "2026-11-25", "next-week-weekday vienna", sender=1),
    r("H3622", 18, "11:20", "Das Hotel schließt am 22. für die Wintersaison-Vorbereitung, die Zahlung kommt davor, am 20.", P, "2026-11-20", "distractor-closing ordinal-alone vienna"),
    r("H3622", 18, "16:00", "Zahlung in 3 Werktagen, Frau Huber ist bis dahin im Haus.", P, "2026-11-23", "working-days vienna"),
    r("H3622", 19, "10:45", "Am Ersten des Monats zahlen wir alles, also am 1. Dezember.", P, "2026-12-01", "date-in-words vienna", sender=1),
    r("H3622", 19, "15:50", "Die Bezahlung ist für den 2.12. vorgesehen – der Termin mit unserem Steuerberater am 30.11. ändert nichts daran.", P, "2026-12-02", "distractor-meeting dotted-date vienna"),
    r("H3621", 16, "11:00", "Die Rechnung 93622 wurde am 12.11. bezahlt, Verwendungszweck DOMSTADT ELEKTRO RE 93622.", "already_paid", fam="already-paid dotted-date", ref="DOMSTADT ELEKTRO RE 93622", inv=["93622"]),
    r("H3622", 17, "14:00", "Die kleine Rechnung (93624) haben wir am Freitag, 13.11., überwiesen.", "already_paid", fam="already-paid vienna", inv=["93624"]),
    r("H3622", 18, "09:05", "Die 5.480 € sind am Montag raus, Überweisung vom 16.11. liegt bei Ihnen.", "already_paid", fam="already-paid vienna", sender=1, inv=["93623"]),
    r("H3621", 17, "16:30", "Wir erkennen die Rechnung nicht an: 200 m NYM-J 5x2,5 wurden nie geliefert. Bitte Gutschrift.", "dispute", fam="dispute short-delivery"),
    r("H3622", 17, "11:10", "Die Minibar-Kühlschränke laufen zu laut, Gäste beschweren sich. Bis zur Klärung keine Zahlung.", "dispute", fam="dispute quality vienna", sender=1),
    r("H3621", 18, "10:10", "Bitte senden Sie uns die Rechnung 93621 nochmal als PDF, unser E-Rechnungs-Eingang hat sie abgelehnt.", "invoice_resend", fam="invoice-resend"),
    r("H3622", 19, "12:00", "Könnten Sie uns bitte einen aktuellen Kontoauszug schicken? Wir finden die Rechnungen nicht.", "invoice_resend", fam="invoice-resend statement vienna"),
    r("H3621", 19, "11:30", "Auf der Rechnung fehlt unsere Bestellnummer DE-BE-30488, die alte 30417 ist storniert. Bitte neu ausstellen.", "po_change", fam="po-change"),
    r("H3622", 16, "12:40", "Bitte künftige Rechnungen an rechnungen@donaublick-wien.example senden, nicht mehr an die Buchhaltung.", "po_change", fam="future-invoices-elsewhere vienna"),
    r("H3621", 18, "15:20", "Ab 1.1. firmieren wir als Domstadt Elektro Handels GmbH & Co. KG, bitte Rechnungsanschrift ändern.", "po_change", fam="po-change billing-entity"),
    r("H3621", 16, "15:50", "Können wir die 8.640 € in drei Monatsraten zahlen? Das Weihnachtsgeschäft bindet unsere Liquidität.", "payment_plan_request", fam="payment-plan", sender=1),
    r("H3622", 18, "14:30", "Wir bitten um Ratenzahlung bis Ende März, die Nebensaison ist schwach.", "payment_plan_request", fam="payment-plan hotel vienna", sender=1),
    r("H3621", 17, "07:00", "Ich bin bis einschließlich 20.11. nicht im Büro. In dringenden Fällen wenden Sie sich an kreditoren@domstadt-elektro.example.", "out_of_office", fam="out-of-office", sender=1, headers=AUTO, quote="none"),
    r("H3622", 19, "07:15", "Danke für Ihre Nachricht. Ich bin ab 30.11. wieder erreichbar. Gerlinde Huber", "out_of_office", fam="out-of-office vienna", sender=1, headers=AUTO, quote="none"),
    r("H3621", 18, "09:06", "", "bounce", fam="bounce", sender="MAILER-DAEMON@domstadt-elektro.example", dsn=("einkauf.alt@domstadt-elektro.example", "5.1.1"), quote="none", subject="Unzustellbar: Zahlungserinnerung"),
    r("H3622", 16, "09:07", "", "bounce", fam="bounce", sender="postmaster@donaublick-wien.example", dsn=("rezeption@donaublick-wien.example", "5.2.2"), quote="none", subject="Nicht zustellbar"),
    r("H3621", 19, "16:10", "Herr Schmitz ist nicht mehr für Sie zuständig, bitte wenden Sie sich an Frau Esser (Einkauf).", "wrong_contact", fam="wrong-contact"),
    r("H3622", 17, "16:45", "Hier ist die Rezeption, für Rechnungen sind wir nicht zuständig.", "wrong_contact", fam="wrong-contact hotel vienna", sender="rezeption@donaublick-wien.example"),
    r("H3621", 19, "08:20", "Danke für die Info, ist weitergeleitet an die Kreditoren.", "other", fam="no-action acknowledgement"),
    r("H3622", 18, "17:30", "Bitte schicken Sie uns Ihre UID-Bestätigung, sonst darf die Zahlung nicht raus.", "other", fam="tax-form vienna", human=["tax form"]),
]
