"""field23, German: a Bavarian organ builder, a Viennese coffee-house supplier (credit hold), a Bernese watch-strap
maker on a plan. Numeric dates are day-first."""

from __future__ import annotations

from typing import Any

from evals.field.build import Payment, Reply
from evals.field23.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK23-09", "Y2321", "2026-11-20", "1720.00", "EUR", "ORGELBAU WENDELSTEIN RE 92321"),
    Payment("BK23-10", "Y2323", "2026-11-25", "1580.00", "CHF", "ARMBAND AARBERG RATE 3"),
]


def P(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    return Reply(cust, when, body, "promise_to_pay", date=date, fam=fam, **kw)


REPLIES = [
    P("Y2321", at(23, "08:30", CET), "Grüß Gott,\n\ndie beiden Rechnungen sind freigegeben und gehen am Do. raus.\n\nPfiat di\nKorbinian Riedl",
      "2026-11-26", ["abbrev-weekday", "dialect-bavarian"]),
    P("Y2321", at(24, "14:10", CET), "Sehr geehrte Damen und Herren,\n\ndie Zahlung der Rechnung 92320 erfolgt nach Abnahme der Orgel in St. Korbinian am 5.12., also am Montag, 7.12.\n\nMit freundlichen Grüßen\nBuchhaltung",
      "2026-12-07", ["delivery-date-distractor", "dotted-numeric", "condition-date"], inv=["92320"], sender=0, human=["conditional"]),
    P("Y2321", at(25, "09:45", CET), "Hallo, überweisen in KW 49. Gruß KR", "2026-12-04", ["calendar-week", "terse-mobile"]),
    P("Y2321", at(26, "11:20", CET), "Guten Tag, wir zahlen übernächste Woche am Dienstag. Grüße aus Brannenburg", "2026-12-08",
      ["week-after-next"]),
    P("Y2321", at(27, "16:00", CET), "Servus, 5.000 € überweisen wir heute in acht Tagen, der Rest folgt mit der Schlussrechnung der Diözese.",
      "2026-12-04", ["relative-span", "partial"], amount="5000.00", note="heute in acht Tagen = +7"),
    P("Y2321", at(23, "17:40", CET), "Die Zahlung ist für den letzten Arbeitstag vor unseren Betriebsferien vorgesehen, das ist Mittwoch, der 23.12.", "2026-12-23",
      ["last-working-day", "dotted-numeric"], sender=0, note="exactly 30 days out: not more than 30"),
    P("Y2322", at(23, "10:05", CET), "Grüß Gott, wir überweisen am 30.11. den gesamten offenen Betrag. Mit freundlichen Grüßen, B. Nowak",
      "2026-11-30", ["dotted-numeric"]),
    P("Y2322", at(24, "15:30", CET), "Sehr geehrte Damen und Herren, bitte um Verständnis – nach dem Krampus-Geschäft am 5. Dezember zahlen wir, spätestens Mittwoch, den 9. Dezember.",
      "2026-12-09", ["holiday", "weekday-ordinal"]),
    P("Y2322", at(26, "08:50", CET), "Wenn Sie die Liefersperre aufheben, überweisen wir morgen 3.000 EUR.", "2026-11-27",
      ["condition-date", "partial"], amount="3000.00", human=["conditional"]),
    P("Y2322", at(27, "12:30", CET), "Geht nach Maria Empfängnis raus, am 9.12.", "2026-12-09", ["holiday", "dotted-numeric", "terse-mobile"]),
    P("Y2323", at(23, "09:10", CET), "Grüezi, die Rate für Dezember gemäss Ratenplan überweisen wir am 1.12. Freundliche Grüsse, U. Gerber",
      "2026-12-01", ["instalment-existing-plan", "dotted-numeric"], human=["partial"]),
    P("Y2323", at(25, "13:40", CET), "Grüezi mitenand, wegen der Inventur verschiebt sich die Rate auf den 10.12. statt 3.12.", "2026-12-10",
      ["instalment-existing-plan", "moved-date", "dotted-numeric"], sender=0, human=["partial"]),
    P("Y2323", at(27, "10:00", CET), "Wir zahlen zusätzlich CHF 2'000 Ende nächster Woche, damit wir vor Jahresende aufholen.", "2026-12-04",
      ["instalment-existing-plan", "swiss-thousands", "partial"], amount="2000.00"),
    P("Y2321", at(24, "07:55", CET), "Moin, Zahlung erfolgt Anfang nächster Woche. VG", "2026-11-30", ["early-next-week", "terse-mobile"], sender=0),
    P("Y2322", at(25, "17:15", CET), "Wir zahlen vor Weihnachten, versprochen, aber nicht vor dem 15.", "2026-12-15",
      ["ordinal-alone", "holiday"], note="not before the 15th: the 15th is the commitment's earliest date, taken as the date"),
    P("Y2321", at(26, "19:50", CET), "Hallo, sorry für die späte Antwort. Der Betrag geht innerhalb von 3 Werktagen raus.", "2026-12-01",
      ["working-days", "late-evening"]),
    # already_paid
    Reply("Y2321", at(24, "10:30", CET), "Guten Tag, die Rechnung 92321 wurde am 20.11. bezahlt. Bitte prüfen Sie Ihren Zahlungseingang.", "already_paid",
          inv=["92321"], fam=["past-payment-date", "dotted-numeric"], sender=0, note="matches BK23-09"),
    Reply("Y2322", at(25, "11:10", CET), "Wir haben doch schon letzte Woche überwiesen!! Referenz KHB-2611.", "already_paid", ref="KHB-2611",
          fam=["remittance-reference-variant"], human=["no matching payment"]),
    Reply("Y2323", at(26, "15:00", CET), "Die Rate 3 (CHF 1'580) ist am 25.11. eingegangen, siehe Ihr Konto. Weitere Mahnungen bitte einstellen.",
          "already_paid", amount=None, fam=["instalment-existing-plan", "swiss-thousands"], sender=0,
          human=["amount differs from the open balance"], note="BK23-10 matches the instalment, not the balance"),
    # disputes
    Reply("Y2321", at(25, "12:00", CET), "Die Zinnpfeifen aus Rechnung 92320 haben die falsche Mensur. Wir zahlen erst nach Ersatz.", "dispute",
          inv=["92320"], fam=["quality"]),
    Reply("Y2322", at(23, "13:20", CET), "Die Mahngebühr von 40 € akzeptieren wir nicht. Den Rechnungsbetrag zahlen wir am Freitag.", "dispute",
          sec=["promise_to_pay"], date="2026-11-27", fam=["fees-dispute", "bare-weekday"]),
    Reply("Y2323", at(24, "16:20", CET), "Die MWST ist falsch ausgewiesen, wir sind als Exporteur befreit. Bitte korrigieren.", "dispute",
          fam=["vat-dispute"]),
    # invoice_resend
    Reply("Y2321", at(27, "09:00", CET), "Hallo, könnten Sie uns bitte einen Kontoauszug zum 30.11. schicken? Danke.", "invoice_resend",
          fam=["statement"], sender=0),
    Reply("Y2322", at(24, "09:25", CET), "Die Rechnung ist bei uns nie angekommen. Bitte nochmal als PDF.", "invoice_resend", fam=["never-received"], sender=0),
    # po_change
    Reply("Y2321", at(23, "15:15", CET), "Bitte ab sofort alle Rechnungen über unser Lieferantenportal (Jaggaer) einreichen, E-Mail-Rechnungen werden nicht mehr bearbeitet.",
          "po_change", fam=["supplier-portal"], sender=0),
    Reply("Y2323", at(26, "10:40", CET), "Bitte die Rechnung auf unsere neue UID CHE-123.456.789 MWST ausstellen.", "po_change", fam=["tax-id"], sender=0),
    # payment_plan_request
    Reply("Y2321", at(25, "15:50", CET), "Könnten wir die 92320 in drei Monatsraten zahlen, erste Rate am 15.12.?", "payment_plan_request",
          date="2026-12-15", inv=["92320"], fam=["instalments", "dotted-numeric"]),
    Reply("Y2322", at(26, "14:30", CET), "Die Saison ist schwach. Wäre eine Ratenzahlung möglich?", "payment_plan_request", fam=["instalments"]),
    # out_of_office
    Reply("Y2321", at(24, "06:00", CET), "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@orgelbau-wendelstein.example.",
          "out_of_office", fam=["ooo-short"], headers=AUTO),
    Reply("Y2323", at(27, "06:00", CET), "Ich bin bis am 4. Januar in den Ferien. Ihre Nachricht wird nicht weitergeleitet.", "out_of_office",
          fam=["ooo-long"], headers=AUTO, human=["absent more than 14 days"]),
    # bounces
    Reply("Y2321", at(23, "09:06", CET), "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte nicht zugestellt werden an:\nk.riedl@orgelbau-wendelstein.example\n550 5.1.1 Benutzer unbekannt",
          "bounce", sender="mailer-daemon@orgelbau-wendelstein.example", dsn=("k.riedl@orgelbau-wendelstein.example", "5.1.1"), fam=["dsn-de"]),
    Reply("Y2322", at(25, "09:06", CET), "Unzustellbar: Zahlungserinnerung\n\nDie Zustellung an b.nowak@kaffeehausbedarf.example ist fehlgeschlagen. Das Postfach ist voll.\n552 5.2.2",
          "bounce", sender="postmaster@kaffeehausbedarf.example", dsn=("b.nowak@kaffeehausbedarf.example", "5.2.2"), fam=["dsn-exchange-de"]),
    # wrong_contact
    Reply("Y2321", at(26, "12:10", CET), "Herr Riedl ist seit Oktober im Ruhestand. Zuständig ist jetzt Frau Huber, m.huber@orgelbau-wendelstein.example.",
          "wrong_contact", fam=["left-company"], sender=0),
    Reply("Y2323", at(24, "11:00", CET), "Ich bin in der Produktion, nicht in der Buchhaltung. Bitte an kreditoren@armband-aarberg.example.", "wrong_contact",
          fam=["redirect-known"]),
    # other
    Reply("Y2321", at(25, "08:10", CET), "Danke, ist angekommen.", "other", fam=["no-action", "acknowledgement", "terse-mobile"]),
    Reply("Y2322", at(27, "14:00", CET), "Uns hat jemand im Namen von Northwind angerufen und eine neue IBAN in Litauen genannt. Stimmt das?", "other",
          fam=["fraud-alert"], human=["fraud alert: changed bank details"]),
    Reply("Y2323", at(25, "09:30", CET), "Können Sie uns für die Quellensteuer eine Ansässigkeitsbescheinigung schicken?", "other",
          fam=["tax-forms"], human=["tax certificate requested"]),
    Reply("Y2321", at(27, "11:45", CET), "Ihr Ton in der letzten Mahnung war, gelinde gesagt, unpassend. Wir sind seit 30 Jahren Kunde.", "other",
          fam=["tone-complaint"], human=["complaint about tone"]),
]
