"""German replies (DE, AT, CH): Zahlungszusagen mit Wochentag, KW, Monatsende; Zahlungen mit anders geschriebener
Referenz; Reklamationen; XRechnung und neue Rechnungsadresse; Ansprechpartner ausgeschieden; Abwesenheiten; NDRs."""

from evals.field.build import Payment, Reply

_AUTO = {"Auto-Submitted": "auto-replied"}

PAYMENTS: list[Payment] = [
    Payment("BK11-021", "R1121", "2026-11-20", "3480.00", "EUR", "RE 11211 METALLBAU KRUEGER GMBH"),
    Payment("BK11-022", "R1122", "2026-11-23", "1960.00", "EUR", "ZAHNARZTPRAXIS DR LENZ UEBERWEISUNG 2611-04"),
    Payment("BK11-023", "R1124", "2026-11-19", "852.60", "EUR", "GAERTNEREI SONNENHOF RG 11241 ABZGL SKONTO"),
]

REPLIES: list[Reply] = [
    # promise_to_pay
    Reply("R1121", "2026-11-24T08:30:00+01:00", "Hallo, wird am Freitag überwiesen. Gruß T. Krüger",
          "promise_to_pay", date="2026-11-27", sender=1, fam=["promise", "weekday", "terse"]),
    Reply("R1121", "2026-11-25T17:10:00+01:00", "Sehr geehrte Damen und Herren,\n\ndie Rechnung 11212 geht mit dem Zahllauf am 02.12. raus, die 11211 erst Mitte Dezember, da wir auf die Abnahme warten.\n\nMit freundlichen Grüßen\nBuchhaltung",
          "promise_to_pay", date="2026-12-02", inv=["11212", "11211"], fam=["promise", "dotted-date", "two-invoices"]),
    Reply("R1122", "2026-11-24T12:00:00+01:00", "Grüß Gott, wir zahlen bis Monatsende. Lg Andrea Lenz",
          "promise_to_pay", date="2026-11-30", sender=1, fam=["promise", "month-end", "de-AT"]),
    Reply("R1123", "2026-11-24T10:15:00+01:00", "Grüezi\n\nDie Rechnung ist freigegeben und wird in KW 49 zur Zahlung angewiesen.\n\nFreundliche Grüsse\nReto Caduff\nLeiter Rechnungswesen\nBergbahnen Engadin AG",
          "promise_to_pay", date="2026-12-04", sender=1, html=True, fam=["promise", "calendar-week", "de-CH", "flag-strategic", "html-outlook"]),
    Reply("R1124", "2026-11-26T19:45:00+01:00", "Sorry, ist untergegangen! Ich überweise morgen früh.",
          "promise_to_pay", date="2026-11-27", sender=1, fam=["promise", "tomorrow", "apology"]),
    Reply("R1125", "2026-11-24T09:40:00+01:00", "Guten Tag,\n\nwir zahlen nächste Woche Mittwoch, sofern die korrigierte Lieferscheinnummer bis dahin vorliegt.\n\nFreundliche Grüße\nSven Peters",
          "promise_to_pay", date="2026-12-02", sender=1, human=["conditional"], fam=["promise", "next-week-weekday", "conditional"]),
    Reply("R1121", "2026-11-26T11:00:00+01:00", "Wir überweisen heute 1.500 € und den Rest nach Eingang der Zahlung unseres Bauherrn.",
          "promise_to_pay", date="2026-11-26", amount="1500.00", human=["conditional"], fam=["promise", "partial", "conditional", "our-customer-pays-us"]),
    # already_paid
    Reply("R1121", "2026-11-24T10:00:00+01:00", "Die 11211 haben wir am 20.11. überwiesen, Verwendungszweck \"RE 11211\". Bitte prüfen.",
          "already_paid", ref="RE 11211", inv=["11211"], fam=["paid", "dotted-date", "ref-with-payer-name"]),
    Reply("R1122", "2026-11-24T15:30:00+01:00", "Wurde gestern bezahlt. Überweisung 2611-04.",
          "already_paid", ref="2611-04", fam=["paid", "de-AT", "past-tense"]),
    Reply("R1124", "2026-11-24T08:00:00+01:00", "Hallo, wir haben am 19.11. abzüglich 2 % Skonto bezahlt, also 852,60 €.",
          "already_paid", human=["amount differs"], fam=["paid", "skonto", "paid-short"]),
    Reply("R1125", "2026-11-25T13:20:00+01:00", "Zahlung erfolgte am 18.11. mit Zahllauf ZL-4711. Anbei der Zahlungsavis.",
          "already_paid", ref="ZL-4711", human=["no matching payment"], attachments=[("Zahlungsavis_ZL-4711.pdf", "application/pdf", "ZAHLUNGSAVIS\nLogistikzentrum Nord SE\nZahllauf ZL-4711 vom 18.11.2026\nRechnung 2026-11251  7.650,00 EUR")], fam=["paid", "remittance-attachment"]),
    # dispute
    Reply("R1121", "2026-11-24T14:00:00+01:00", "Die Rechnung 11211 enthält 12 Träger HEB 200, geliefert wurden 10. Bitte Gutschrift über die Differenz, vorher keine Zahlung.",
          "dispute", inv=["11211"], fam=["dispute", "quantity"]),
    Reply("R1123", "2026-11-25T09:00:00+01:00", "Grüezi, Sie haben uns 19 % deutsche MwSt. berechnet. Als Schweizer Unternehmen ist die Lieferung steuerfrei. Bitte stornieren und ohne MwSt. neu ausstellen.",
          "dispute", fam=["dispute", "tax", "de-CH", "flag-strategic"]),
    Reply("R1124", "2026-11-25T16:00:00+01:00", "Die Hälfte der Pflanzgefäße ist mit Rissen angekommen. Fotos habe ich Ihrem Außendienst geschickt. So zahlen wir das nicht.",
          "dispute", sender=1, fam=["dispute", "quality"]),
    Reply("R1125", "2026-11-26T10:30:00+01:00", "Die Rechnung 11251 wurde bereits mit Rechnung 11190 abgerechnet (gleiche Lieferung, gleicher Lieferschein). Doppelte Berechnung, bitte stornieren.",
          "dispute", inv=["11251"], fam=["dispute", "duplicate"]),
    # po_change
    Reply("R1125", "2026-11-24T11:00:00+01:00", "Guten Tag,\n\nab 01.01.2027 nehmen wir Rechnungen ausschließlich als XRechnung über unsere Peppol-ID 0204:991-44120-33 entgegen. PDF-Rechnungen per Mail werden nicht mehr bearbeitet.\n\nRechnungseingang",
          "po_change", fam=["po-change", "xrechnung", "peppol", "from-now-on"]),
    Reply("R1121", "2026-11-25T08:45:00+01:00", "Bitte auf der Rechnung unsere Bestellnummer BN-2026-0387 angeben, sonst kann unsere Buchhaltung nicht zuordnen.",
          "po_change", fam=["po-change", "add-po"]),
    Reply("R1123", "2026-11-26T14:15:00+01:00", "Grüezi\n\nPer 1. Januar wird der Betrieb durch die neue Bergbahnen Oberengadin AG geführt (UID CHE-412.778.901). Bitte die Rechnung auf die neue Gesellschaft umschreiben.\n\nFreundliche Grüsse\nKreditoren",
          "po_change", fam=["po-change", "new-billing-entity", "de-CH", "flag-strategic"]),
    Reply("R1122", "2026-11-26T09:10:00+01:00", "Bitte die Rechnungen künftig an rechnung@praxis-lenz.example schicken, nicht an die Praxisadresse.",
          "po_change", fam=["po-change", "invoice-mailbox", "de-AT"]),
    # wrong_contact
    Reply("R1121", "2026-11-24T13:00:00+01:00", "Frau Schulte ist seit dem 31.10. nicht mehr bei uns. Zuständig ist jetzt Herr Demir, buchhaltung@metallbau-krueger.example.",
          "wrong_contact", sender=1, fam=["wrong-contact", "left-company"]),
    Reply("R1125", "2026-11-25T10:00:00+01:00", "Ich bin im Einkauf und für Zahlungen nicht zuständig. Bitte wenden Sie sich an die Kreditorenbuchhaltung.",
          "wrong_contact", sender="m.wolff@lz-nord.example", fam=["wrong-contact", "not-my-department", "unknown-sender"]),
    Reply("R1123", "2026-11-27T08:00:00+01:00", "Herr Caduff ist in Elternzeit bis März. Bitte schreiben Sie an seine Vertretung, Frau Bezzola (c.bezzola@bergbahnen-engadin.example).",
          "wrong_contact", sender=1, fam=["wrong-contact", "parental-leave", "de-CH", "flag-strategic"]),
    # other
    Reply("R1124", "2026-11-24T17:00:00+01:00", "Ist diese Mahnung echt? Wir hatten letzte Woche eine gefälschte Rechnung mit anderer IBAN. Bitte rufen Sie mich an.",
          "other", sender=1, human=["fraud check"], fam=["other", "fraud-check"]),
    Reply("R1125", "2026-11-26T08:10:00+01:00", "Vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer KRED-2026-18823 erfasst. Bitte geben Sie diese bei Rückfragen an.",
          "other", headers=_AUTO, quote="none", fam=["other", "ticket-auto-reply", "no-action"]),
    Reply("R1122", "2026-11-25T11:30:00+01:00", "Danke, ist angekommen, ich gebe es an unsere Steuerberaterin weiter.",
          "other", fam=["other", "acknowledgement", "de-AT", "no-action"]),
    # out_of_office
    Reply("R1121", "2026-11-24T08:00:00+01:00", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.11. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an buchhaltung@metallbau-krueger.example.",
          "out_of_office", sender=1, headers=_AUTO, subject="Automatische Antwort: Zahlungserinnerung – Metallbau Krüger GmbH", quote="none", fam=["ooo", "auto", "within-14"]),
    Reply("R1123", "2026-11-24T07:00:00+01:00", "Ich bin bis am 11. Januar 2027 in den Ferien und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.",
          "out_of_office", sender=1, headers=_AUTO, subject="Abwesend: Zahlungserinnerung – Bergbahnen Engadin AG", quote="none", human=["away more than 14 days"], fam=["ooo", "auto", "over-14", "de-CH", "flag-strategic"]),
    Reply("R1124", "2026-11-25T20:00:00+01:00", "Bin bis nächste Woche Donnerstag auf der Messe in Essen, danach kümmere ich mich drum.",
          "out_of_office", sender=1, human=["hand-written absence"], fam=["ooo", "hand-written"]),
    # bounce
    Reply("R1122", "2026-11-24T09:06:00+01:00", "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte nicht zugestellt werden an:\n\na.lenz@praxis-lenz.example\n\nGrund: 550 5.1.1 Empfänger unbekannt / user unknown",
          "bounce", sender="MAILER-DAEMON@mx.praxis-lenz.example", subject="Unzustellbar: Zahlungserinnerung – Zahnarztpraxis Dr. Lenz", dsn=("a.lenz@praxis-lenz.example", "5.1.1"), fam=["bounce", "de-dsn"]),
    Reply("R1124", "2026-11-26T09:07:00+01:00", "Die Nachricht an h.maier@gaertnerei-sonnenhof.example konnte nicht zugestellt werden, da das Postfach des Empfängers voll ist.\n\n552 5.2.2 Mailbox voll",
          "bounce", sender="mailer-daemon@kundenserver.example", subject="Mail delivery failed: Zustellung fehlgeschlagen", dsn=("h.maier@gaertnerei-sonnenhof.example", "5.2.2"), fam=["bounce", "de-dsn", "mailbox-full"]),
    # payment_plan_request
    Reply("R1121", "2026-11-27T10:00:00+01:00", "Könnten wir die 11211 in drei Monatsraten à 1.160 € begleichen, erste Rate am 15.12.?",
          "payment_plan_request", date="2026-12-15", amount="1160.00", inv=["11211"], fam=["plan", "instalments", "dotted-date"]),
    Reply("R1124", "2026-11-24T18:30:00+01:00", "Der Winter ist für uns schwierig. Können wir den Betrag stunden und ab Februar in Raten zahlen?",
          "payment_plan_request", sender=1, fam=["plan", "hardship", "deferral"]),
    # invoice_resend
    Reply("R1122", "2026-11-27T09:00:00+01:00", "Diese Rechnung haben wir nie bekommen. Bitte nochmal schicken.",
          "invoice_resend", fam=["resend", "never-received"]),
    Reply("R1125", "2026-11-27T11:00:00+01:00", "Bitte senden Sie uns einen aktuellen Kontoauszug (Offene-Posten-Liste) für den Jahresabschluss.",
          "invoice_resend", sender=1, fam=["resend", "statement"]),
]
