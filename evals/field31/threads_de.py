"""field31, German: a Bernese confiserie and a Lucerne butcher (de-CH, no ß, dialect on the phone), a Tyrolean inn on
credit hold and a Styrian joinery on a plan (de-AT: Jänner, Krampus, Maria Empfängnis on 8 December)."""

from __future__ import annotations

from typing import Any

from evals.field.build import Payment, Reply
from evals.field31.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK31-011", "N3121", "2026-12-02", "560.00", "CHF", "CONFISERIE BAUMGARTNER RG 93122"),
    Payment("BK31-012", "N3123", "2026-12-03", "2290.00", "CHF", "METZGEREI WYSS LUZERN"),
    Payment("BK31-013", "N3124", "2026-12-01", "1450.00", "EUR", "TISCHLEREI GRUBER RATE 5"),
]


def p(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    """A promise to pay (primary intent)."""
    return Reply(cust, when, body, "promise_to_pay", date, fam=fam, **kw)


REPLIES = [
    p("N3121", at(2, "05:40", CET), "Hoi zäme, bin grad am Grittibänz backen 🥖 zahle am Fritig, versproche. Ueli", "2026-12-04",
      ["dialect-ch", "bare-weekday", "terse-mobile", "emoji", "holiday"], sender=1),
    p("N3121", at(3, "17:10", CET), "Grüezi\n\nDie 560.– überweisen wir morgen, die 3'840.– nach dem Weihnachtsmarkt, also am Montag, 21.12.\n\nFreundliche Grüsse\nUeli Baumgartner", "2026-12-04",
      ["two-dates", "swiss-amounts", "relative-to-event", "weekday-date"], amount="560.00", inv=["93122", "93121"], partial=False, sender=1),
    p("N3121", at(7, "09:15", CET), "Guten Tag, Zahlung folgt in KW 51, voraussichtlich am Dienstag. Gruss Büro", "2026-12-15",
      ["calendar-week", "weekday-in-week"]),
    p("N3121", at(8, "20:30", CET), "Sorry, hab vergessen. Mach ich übermorgen, wenn meine Frau wieder im Laden steht und ich zur Bank komme", "2026-12-10",
      ["day-after-tomorrow", "spouse", "reason-not-condition", "terse-mobile"], sender=1),
    p("N3122", at(2, "10:00", CET), "Servus, wir zahlen nach Maria Empfängnis, also am Mittwoch den 9. Dezember, die ganze Summe. Bitte lasst die Bestellung für die Wintersaison nicht hängen. Hannes", "2026-12-09",
      ["holiday", "weekday-date", "credit-hold"], sender=1),
    p("N3122", at(4, "14:20", CET), "Grüß Gott, 3.000 Euro überweisen wir heute in acht Tagen, den Rest sobald die ersten Skigäste da sind und bezahlt haben.", "2026-12-11",
      ["heute-in-acht-tagen", "partial-amount", "undated-balance"], amount="3000.00", sender=1),
    p("N3122", at(7, "11:30", CET), "Wenn Sie die Liefersperre aufheben und die Getränke bis Donnerstag liefern, zahlen wir am 18.12. alles. Sonst können wir nicht aufsperren und auch nicht zahlen.", "2026-12-18",
      ["condition", "credit-hold-condition", "dotted-numeric", "condition-date"], human=["conditional"], sender=1),
    p("N3123", at(2, "07:00", CET), "Grüessech, mir zahle Ende nächschti Wuche. Beat", "2026-12-11",
      ["dialect-ch", "end-of-next-week", "terse-mobile"], sender=1),
    p("N3123", at(4, "12:15", CET), "Guten Tag\n\nWir haben die Rechnung 93124 mit Valuta 14.12.2026 im E-Banking erfasst.\n\nFreundliche Grüsse\nMetzgerei Wyss", "2026-12-14",
      ["dotted-numeric", "valuta", "formal-ap"]),
    p("N3123", at(7, "16:45", CET), "Nach unserer Metzgete am Samstag ist wieder Geld in der Kasse. Zahlung dann am Montag drauf.", "2026-12-14",
      ["relative-to-event", "reason-not-condition", "weekday-week"], sender=1),
    p("N3124", at(2, "08:30", CET), "Sehr geehrte Damen und Herren,\n\ndie sechste Rate laut Vereinbarung (EUR 1.450,00) überweisen wir wie immer am 15. des Monats.\n\nMit freundlichen Grüßen\nSieglinde Gruber", "2026-12-15",
      ["instalment-existing-plan", "ordinal-alone"], amount="1450.00", sender=1),
    p("N3124", at(3, "13:00", CET), "Die Rate für Dezember kommt heuer früher, spätestens zu Heiligabend, weil wir zwischen den Feiertagen zusperren.", "2026-12-24",
      ["instalment-existing-plan", "holiday", "before-christmas"], sender=1),
    p("N3124", at(8, "10:10", CET), "Grüß Gott, heute ist Feiertag bei uns (Maria Empfängnis), deshalb erst morgen. Die Rate geht morgen raus.", "2026-12-09",
      ["holiday", "tomorrow", "instalment-existing-plan"], sender=1),
    p("N3121", at(5, "09:00", CET), "Hallo, wir haben am Dienstag telefoniert und ich sagte den 4. – das hat nicht geklappt, der Samichlaus-Umsatz kommt erst. Neu: Donnerstag, 10.12.", "2026-12-10",
      ["moved-date", "past-call-distractor", "holiday", "weekday-date"], sender=1),
    p("N3123", at(8, "07:30", CET), "Zahlung übernächste Woche, am Mittwoch. Merci", "2026-12-23",
      ["week-after-next", "weekday-in-week"], sender=1),
    p("N3122", at(5, "19:00", CET), "Heut is Krampus, morgen Nikolo, übermorgen sind die Kinder wieder in der Schul und dann mach ich die Überweisung, versprochen!", "2026-12-07",
      ["holiday", "relative-span", "terse-mobile", "dialect-at"], sender=1,
      note="Krampus on 5 December; the transfer on the day after tomorrow, Monday 7 December"),
    # --- already_paid
    Reply("N3121", at(3, "08:00", CET), "Die 560.– haben wir gestern überwiesen. Bitte nicht mehr mahnen, merci.", "already_paid",
          inv=["93122"], fam=["swiss-amounts", "terse-mobile"], note="matches BK31-011", sender=1),
    Reply("N3123", at(4, "08:30", CET), "Guten Tag, die Rechnung wurde am 3.12. beglichen (CHF 2'290.–). Freundliche Grüsse", "already_paid",
          fam=["swiss-amounts", "dotted-numeric"], note="matches BK31-012"),
    Reply("N3124", at(2, "09:00", CET), "Wir haben die fünfte Rate am 1.12. bezahlt, warum bekommen wir eine Mahnung über den ganzen Betrag?", "already_paid", sec=["other"],
          fam=["instalment-existing-plan", "plan-complaint"], human=["amount differs: an instalment, not the balance", "complaint about the reminder"], sender=1),
    # --- dispute
    Reply("N3121", at(4, "10:30", CET), "Grüezi, auf 93121 sind 12 Kartons Couverture verrechnet, geliefert wurden 10. Bitte korrigieren, vorher zahlen wir nicht.", "dispute",
          inv=["93121"], fam=["short-delivery"], sender=1),
    Reply("N3123", at(3, "15:00", CET), "Sie haben uns 8,1 % MWST verrechnet, wir sind aber als Landwirtschaftsbetrieb mit 2,6 % eingestuft. Bitte neue Rechnung.", "dispute",
          fam=["vat"], sender=1),
    Reply("N3122", at(8, "12:00", CET), "Die Kühlvitrine war von Anfang an kaputt, Ihr Techniker war am 20. November da und hat nix repariert. Für so was zahl ich nicht.", "dispute",
          fam=["quality", "past-date-distractor"], sender=1),
    # --- invoice_resend
    Reply("N3121", at(7, "13:00", CET), "Könnten Sie mir die Rechnung nochmals schicken? Finde sie nicht mehr. Merci vielmal", "invoice_resend",
          fam=["terse-mobile"], sender=1),
    Reply("N3124", at(4, "11:00", CET), "Bitte um einen Kontoauszug mit allen bisherigen Raten.", "invoice_resend",
          fam=["statement", "instalment-existing-plan"], sender=1),
    # --- po_change
    Reply("N3123", at(5, "10:00", CET), "Ab Januar bitte alle Rechnungen als QR-Rechnung an rechnungen@metzgerei-wyss.example, nicht mehr an info@.", "po_change",
          fam=["send-future-invoices", "qr-bill"]),
    Reply("N3121", at(8, "14:00", CET), "Wir sind neu eine GmbH: Confiserie Baumgartner GmbH, UID CHE-123.456.789. Bitte 93121 und 93122 auf den neuen Namen ausstellen.", "po_change",
          inv=["93121", "93122"], fam=["entity-change", "tax-id"], sender=1),
    # --- payment_plan_request
    Reply("N3122", at(3, "16:00", CET), "Können wir die 7.150 in drei Raten zahlen? Erste Rate 2.000 am 15. Dezember, dann Jänner und Februar.", "payment_plan_request",
          "2026-12-15", amount="2000.00", fam=["monthly-plan", "janner"], sender=1),
    Reply("N3123", at(8, "09:00", CET), "Wäre es möglich, die Hälfte jetzt und den Rest im Januar zu zahlen?", "payment_plan_request",
          "2026-12-08", fam=["half-now"], sender=1, note="half now = the message date (field29)"),
    Reply("N3124", at(7, "10:00", CET), "Wir müssten die restlichen Raten um drei Monate strecken, die Aufträge sind im Winter schwach. Ginge das?", "payment_plan_request",
          fam=["stretch-plan", "instalment-existing-plan"], sender=1),
    # --- out_of_office
    Reply("N3121", at(2, "06:00", CET), "Vielen Dank für Ihre Nachricht. Unser Büro ist bis und mit 7. Dezember nicht besetzt. Ab 8. Dezember sind wir gerne wieder für Sie da.", "out_of_office",
          fam=["auto-reply"], headers=AUTO, subject="Abwesenheitsnotiz: Zahlungserinnerung – Confiserie Baumgartner"),
    Reply("N3124", at(3, "07:00", CET), "Ich bin bis 22. Jänner 2027 in Karenz. In dringenden Fällen wenden Sie sich bitte an office@tischlerei-gruber.example.", "out_of_office",
          fam=["auto-reply", "long-absence", "janner"], headers=AUTO, sender=1, human=["return more than 14 days away"], subject="Automatische Antwort: Zahlungserinnerung – Tischlerei Gruber & Söhne"),
    Reply("N3123", at(5, "11:00", CET), "Beat ist bis am 12. an der Fleischfachmesse, er meldet sich danach. Gruss, Vreni", "out_of_office",
          fam=["typed-absence", "family"], human=["absence typed by a person"]),
    # --- bounce
    Reply("N3122", at(2, "04:00", CET), "Diese Nachricht wurde automatisch von einem Mailsystem erstellt.\n\nDie Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\n  h.egger@gasthof-egger.example\n  550 5.1.1 Benutzer unbekannt", "bounce",
          lang="de", fam=["dsn-de", "user-unknown"], sender="mailer-daemon@mail.gasthof-egger.example", dsn=("h.egger@gasthof-egger.example", "5.1.1"), quote="none",
          subject="Unzustellbar: Zahlungserinnerung – Gasthof zur Post Familie Egger"),
    Reply("N3123", at(7, "03:00", CET), "Ihre Nachricht an info@metzgerei-wyss.example konnte nicht zugestellt werden.\n\nDas Postfach des Empfängers ist voll.\n\n552 5.2.2 Mailbox full", "bounce",
          lang="de", fam=["dsn-de", "mailbox-full"], sender="postmaster@metzgerei-wyss.example", dsn=("info@metzgerei-wyss.example", "5.2.2"), quote="none",
          subject="Unzustellbar: Zahlungserinnerung – Metzgerei Wyss"),
    # --- wrong_contact
    Reply("N3122", at(4, "09:00", CET), "Hier ist nur die Rezeption, für Rechnungen ist der Chef zuständig. Schreibens bitte direkt dem Hannes.", "wrong_contact",
          fam=["wrong-desk", "dialect-at"], sender=0),
    Reply("N3124", at(5, "12:00", CET), "Frau Gruber ist nicht mehr bei uns, der Betrieb wurde an die Holzbau Steirer GmbH übergeben. Bitte wenden Sie sich an buchhaltung@holzbau-steirer.example.", "wrong_contact",
          fam=["acquisition", "contact-gone"], sender=0),
    # --- other
    Reply("N3121", at(4, "16:00", CET), "Merci für die Info, habe es weitergeleitet.", "other",
          fam=["no-action", "acknowledgement"], sender=1),
    Reply("N3122", at(7, "15:00", CET), "Ich hab heute einen Anruf bekommen, angeblich von Ihnen, mit einer neuen Kontonummer in Litauen. Stimmt das? Ich zahl nix bevor das geklärt ist.", "other",
          fam=["fraud-alert"], human=["fraud check"], sender=1),
]
