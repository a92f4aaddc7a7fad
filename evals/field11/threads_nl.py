"""Dutch replies (NL, BE): toezeggingen (vrijdag, eind van de maand, binnen 10 dagen, volgende week dinsdag),
betalingen met anders geschreven kenmerk, geschillen, Peppol / nieuwe entiteit, verkeerde contacten, afwezigheid, NDR's."""

from evals.field.build import Payment, Reply

_AUTO = {"Auto-Submitted": "auto-replied"}

PAYMENTS: list[Payment] = [
    Payment("BK11-051", "R1151", "2026-11-23", "560.00", "EUR", "TIMMERBEDRIJF BAKKER BV FACT 11512"),
    Payment("BK11-052", "R1153", "2026-11-20", "6340.00", "EUR", "+++090/4412/55120+++ TRANSPORT PEETERS"),
    Payment("BK11-053", "R1155", "2026-11-24", "2906.67", "EUR", "ZORGGROEP RIVIERENLAND TERMIJN 2V3"),
]

REPLIES: list[Reply] = [
    # promise_to_pay
    Reply("R1151", "2026-11-24T09:30:00+01:00", "Goedemorgen, wordt vrijdag betaald. Groet, Wim",
          "promise_to_pay", date="2026-11-27", sender=1, fam=["promise", "weekday", "terse"]),
    Reply("R1152", "2026-11-24T14:00:00+01:00", "Beste, de factuur wordt eind van de maand voldaan.\n\nMet vriendelijke groet,\nEva Visser\nPraktijkmanager",
          "promise_to_pay", date="2026-11-30", sender=1, html=True, fam=["promise", "month-end", "html-outlook"]),
    Reply("R1153", "2026-11-25T10:10:00+01:00", "Goeiedag, de betaling staat ingepland voor volgende week dinsdag.\n\nKoen Peeters",
          "promise_to_pay", date="2026-12-01", sender=1, fam=["promise", "next-week-weekday", "nl-BE"]),
    Reply("R1154", "2026-11-24T20:00:00+01:00", "We betalen binnen 10 dagen, de kerstbomen gaan nu de deur uit.",
          "promise_to_pay", date="2026-12-04", fam=["promise", "within-days"]),
    Reply("R1155", "2026-11-24T11:00:00+01:00", "Conform de afgesproken regeling volgt termijn 3 van 3, € 2.906,66, op 15-12.",
          "promise_to_pay", date="2026-12-15", amount="2906.66", fam=["promise", "instalment-existing-plan", "flag-payment-plan"]),
    Reply("R1151", "2026-11-26T16:30:00+01:00", "Factuur 11511 betalen we zodra de opdrachtgever ons betaalt, naar verwachting half december.",
          "promise_to_pay", inv=["11511"], human=["conditional"], fam=["promise", "conditional", "our-customer-pays-us"]),
    Reply("R1152", "2026-11-26T08:45:00+01:00", "Ik maak morgen € 700 over en de rest volgende maand.",
          "promise_to_pay", date="2026-11-27", amount="700.00", fam=["promise", "partial", "tomorrow"]),
    # already_paid
    Reply("R1151", "2026-11-24T11:15:00+01:00", "Factuur 11512 hebben we gisteren betaald, omschrijving 'fact 11512'.",
          "already_paid", ref="fact 11512", inv=["11512"], fam=["paid", "past-tense", "ref-with-payer-name"]),
    Reply("R1153", "2026-11-24T09:00:00+01:00", "Betaald op 20/11 met gestructureerde mededeling +++090/4412/55120+++.",
          "already_paid", ref="+++090/4412/55120+++", fam=["paid", "structured-communication", "nl-BE"]),
    Reply("R1155", "2026-11-25T10:30:00+01:00", "Termijn 2 van de regeling is gisteren overgemaakt (€ 2.906,67). Graag geen herinneringen meer zolang de regeling loopt.",
          "already_paid", human=["amount differs"], fam=["paid", "instalment-paid", "flag-payment-plan"]),
    Reply("R1154", "2026-11-27T09:20:00+01:00", "Is al lang betaald hoor, kijk maar eens goed.",
          "already_paid", human=["no matching payment"], fam=["paid", "no-reference", "irritated"]),
    # dispute
    Reply("R1151", "2026-11-24T15:40:00+01:00", "Op factuur 11511 staan 14 uur montage, jullie monteur was er 9 uur. Graag een creditnota voor het verschil.",
          "dispute", inv=["11511"], fam=["dispute", "hours-billed", "quantity"]),
    Reply("R1153", "2026-11-26T11:00:00+01:00", "De factuur vermeldt BTW, terwijl dit een intracommunautaire levering met verlegging is. Graag opnieuw opmaken.",
          "dispute", fam=["dispute", "tax", "reverse-charge", "nl-BE"]),
    Reply("R1152", "2026-11-25T13:00:00+01:00", "De röntgenstoel is nog steeds niet gerepareerd, maar de reparatie staat wel gefactureerd. Wij betalen niet voor werk dat niet gedaan is.",
          "dispute", sender=1, fam=["dispute", "service-not-done"]),
    Reply("R1154", "2026-11-25T17:30:00+01:00", "De helft van de potgrond was beschimmeld. We betalen alleen wat bruikbaar was.",
          "dispute", fam=["dispute", "quality"]),
    # po_change
    Reply("R1155", "2026-11-24T13:30:00+01:00", "Vanaf 1 januari ontvangen wij facturen uitsluitend via Peppol (ID 0106:41220987). Facturen per e-mail worden niet meer verwerkt.",
          "po_change", fam=["po-change", "peppol", "from-now-on", "flag-payment-plan"]),
    Reply("R1153", "2026-11-25T14:30:00+01:00", "Het bestelbonnummer op de factuur klopt niet. Het moet TP-BO-5590 zijn. Kunnen jullie een nieuwe factuur sturen?",
          "po_change", sender=1, fam=["po-change", "wrong-po", "nl-BE"]),
    Reply("R1151", "2026-11-27T10:00:00+01:00", "We zijn overgenomen door Bouwgroep Oost BV. Graag de facturen voortaan op naam van Bouwgroep Oost BV, KvK 80441227, factuur@bouwgroep-oost.example.",
          "po_change", sender=1, fam=["po-change", "acquisition", "new-billing-entity"]),
    Reply("R1152", "2026-11-27T11:10:00+01:00", "Zetten jullie voortaan ons kostenplaatsnummer KP-204 op de factuur? Anders keurt het hoofdkantoor hem niet goed.",
          "po_change", fam=["po-change", "cost-centre"]),
    # wrong_contact
    Reply("R1152", "2026-11-24T10:20:00+01:00", "Hallo, dit is de balie. Ik ga niet over betalingen, mail even naar Eva Visser.",
          "wrong_contact", fam=["wrong-contact", "not-my-department"]),
    Reply("R1154", "2026-11-25T09:00:00+01:00", "Jannie is met pensioen. Haar dochter Lotte heeft het overgenomen: lotte@groeneveld-kwekerij.example.",
          "wrong_contact", fam=["wrong-contact", "retired"]),
    Reply("R1155", "2026-11-26T12:00:00+01:00", "Mirjam de Jong is met zwangerschapsverlof. Stuur uw vragen in de tussentijd naar Peter Verbeek, p.verbeek@zorggroep-rivierenland.example.",
          "wrong_contact", fam=["wrong-contact", "parental-leave", "flag-payment-plan"]),
    # other
    Reply("R1153", "2026-11-26T08:00:00+01:00", "Voor de ketenaansprakelijkheid hebben wij uw G-rekeningnummer en een recente verklaring betalingsgedrag nodig.",
          "other", human=["tax form"], fam=["other", "tax-form", "g-rekening"]),
    Reply("R1151", "2026-11-25T08:10:00+01:00", "Bedankt, ontvangen.",
          "other", fam=["other", "acknowledgement", "no-action", "terse"]),
    Reply("R1154", "2026-11-26T10:00:00+01:00", "Klopt het dat jullie een nieuw rekeningnummer hebben? We kregen een brief met een Litouws IBAN.",
          "other", human=["bank-detail question"], fam=["other", "bank-detail-question", "fraud-check"]),
    # out_of_office
    Reply("R1151", "2026-11-24T07:30:00+01:00", "Ik ben afwezig tot en met 1 december. Uw e-mail wordt niet doorgestuurd.",
          "out_of_office", sender=1, headers=_AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Timmerbedrijf Bakker BV", quote="none", fam=["ooo", "auto", "within-14"]),
    Reply("R1153", "2026-11-25T07:00:00+01:00", "Ik ben met verlof tot 11 januari. Voor dringende zaken: crediteuren@transport-peeters.example.",
          "out_of_office", sender=1, headers=_AUTO, subject="Afwezig", quote="none", human=["away more than 14 days"], fam=["ooo", "auto", "over-14", "nl-BE"]),
    Reply("R1152", "2026-11-26T18:00:00+01:00", "Ben tot maandag met vakantie, dan pak ik het op.",
          "out_of_office", sender=1, human=["hand-written absence"], fam=["ooo", "hand-written", "terse"]),
    # bounce
    Reply("R1154", "2026-11-24T09:06:00+01:00", "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\nj.smit@groeneveld-kwekerij.example\n\n550 5.1.1 Onbekende gebruiker",
          "bounce", sender="MAILER-DAEMON@mail.groeneveld-kwekerij.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Kwekerij Het Groene Veld VOF", dsn=("j.smit@groeneveld-kwekerij.example", "5.1.1"), lang="nl", fam=["bounce", "nl-dsn"]),
    Reply("R1152", "2026-11-26T09:06:00+01:00", "Bezorging mislukt. De mailbox van e.visser@dierenkliniek-delinde.example is vol.\n\n552 5.2.2 Mailbox vol",
          "bounce", sender="postmaster@dierenkliniek-delinde.example", subject="Niet bezorgd", dsn=("e.visser@dierenkliniek-delinde.example", "5.2.2"), lang="nl", fam=["bounce", "nl-dsn", "mailbox-full"]),
    # payment_plan_request
    Reply("R1154", "2026-11-24T19:00:00+01:00", "Kunnen we dit in drie termijnen betalen? Het is een lastig jaar geweest door de droogte.",
          "payment_plan_request", sender=1, fam=["plan", "hardship"]),
    Reply("R1151", "2026-11-25T17:00:00+01:00", "Is het mogelijk om 11511 in twee keer te betalen, de eerste helft op 10 december?",
          "payment_plan_request", date="2026-12-10", inv=["11511"], fam=["plan", "two-halves", "dated-start"]),
    # invoice_resend
    Reply("R1153", "2026-11-27T08:30:00+01:00", "Wij hebben deze factuur nooit ontvangen. Kunt u hem opnieuw sturen naar crediteuren@transport-peeters.example?",
          "invoice_resend", fam=["resend", "never-received", "nl-BE"]),
    Reply("R1152", "2026-11-27T09:45:00+01:00", "Kunnen jullie een overzicht sturen van alle openstaande posten?",
          "invoice_resend", sender=1, fam=["resend", "statement"]),
]
