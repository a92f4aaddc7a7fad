"""Dutch replies, written by hand for field20: a Frisian sailmaker (NL) and a Bruges chocolatier on a strategic account (BE)."""

from __future__ import annotations

from evals.field20.build import Payment
from evals.field20.build import Reply as R
from evals.field20.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK20-0051", "S2051", "2026-11-20", "2755.00", "EUR", "ZEILMAKERIJ DE WADDEN"),
    Payment("BK20-0052", "S2052", "2026-11-23", "11870.00", "EUR", "+++120/2052/44711+++ CHOCOLATERIE VAN DAMME"),
]

REPLIES = [
    R("S2051", at(23, "08:15", CET), "Betaling gaat vr. de deur uit.", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse"]),
    R("S2051", at(24, "10:30", CET), "Hallo,\n\nwe betalen beide facturen op vrijdag 4 december.\n\nGroet,\nJelle Dijkstra", "promise_to_pay",
      date="2026-12-04", sender=1, fam=["weekday-ordinal"]),
    R("S2051", at(25, "14:00", CET), "Wordt de 8e betaald.", "promise_to_pay", date="2026-12-08", fam=["ordinal-alone", "terse"]),
    R("S2051", at(26, "09:20", CET), "Staat ingepland voor 3-12.", "promise_to_pay", date="2026-12-03", fam=["day-first-numeric", "terse"]),
    R("S2051", at(23, "17:00", CET), "Over twee weken maken we het over, eerder lukt niet.", "promise_to_pay", date="2026-12-07", sender=1,
      fam=["in-two-weeks"]),
    R("S2051", at(24, "12:40", CET), "Niet volgende week maar de week daarna.", "promise_to_pay", date="2026-12-11", sender=1, fam=["week-after-next"]),
    R("S2052", at(25, "09:10", CET), "Goedemiddag, de betaling is voorzien in week 50.\n\nMet vriendelijke groeten\nLieve Van Damme\nFinancieel directeur",
      "promise_to_pay", date="2026-12-11", sender=1, fam=["calendar-week", "strategic", "flemish"]),
    R("S2051", at(27, "11:00", CET), "Binnen 10 dagen staat het op jullie rekening.", "promise_to_pay", date="2026-12-07", fam=["within-days"]),
    R("S2051", at(26, "15:45", CET), "Wordt eind van de maand voldaan.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("S2051", at(25, "11:30", CET), "We betalen op de maandag na pakjesavond, dan is de winkelkas weer gevuld.", "promise_to_pay", date="2026-12-07",
      sender=1, fam=["holiday", "sinterklaas"], note="pakjesavond is Saturday 5 December; the Monday after is the 7th"),
    R("S2051", at(24, "16:20", CET), "Het stond voor de 3e, wordt nu de 10e want de bank doet moeilijk.", "promise_to_pay", date="2026-12-10",
      sender=1, fam=["moved-date", "ordinal-alone"]),
    R("S2051", at(23, "13:30", CET), "Zodra de creditnota maandag binnen is, betalen we vrijdag het restant.", "promise_to_pay", date="2026-12-04",
      human=["conditional"], sender=1, fam=["condition-date", "credit-note-agreed"]),
    R("S2052", at(26, "10:15", CET), "De directie keurt dinsdag 1 december goed, de betaling volgt donderdag 3 december.", "promise_to_pay",
      date="2026-12-03", sender=1, fam=["meeting-before-payment", "strategic"]),
    R("S2051", at(27, "09:40", CET), "Levering van 12-11 was prima. De factuur van 15-10 betalen we volgende week dinsdag.", "promise_to_pay",
      date="2026-12-01", fam=["delivery-date-distractor", "invoice-date-distractor", "next-weekday"]),
    R("S2051", at(27, "16:10", CET), "We betalen zodra het kan.", "promise_to_pay", human=["undated"], fam=["no-date", "terse"]),
    R("S2051", at(25, "23:35", CET), "Sorry, nu pas gezien. Morgenochtend maak ik het over.", "promise_to_pay", date="2026-11-26", sender=1,
      fam=["late-evening", "tomorrow-morning"]),
    R("S2052", at(23, "11:20", CET), "We betalen € 6.000,00 vrijdag en het saldo na de kerstdagen.", "promise_to_pay", date="2026-11-27",
      amount="6000.00", sender=1, fam=["european-amount", "partial-amount", "strategic"]),
    R("S2051", at(26, "10:50", CET), "Bedankt voor de derde herinnering deze week, echt gezellig. Het gaat maandag de deur uit.", "promise_to_pay",
      date="2026-11-30", sender=1, fam=["sarcasm", "bare-weekday"]),
    R("S2051", at(23, "10:05", CET), "Halverwege december is alles betaald.", "promise_to_pay", date="2026-12-15", fam=["mid-month"]),
    R("S2052", at(27, "14:30", CET), "De betaling volgt op de laatste werkdag van het jaar.", "promise_to_pay", date="2026-12-31", sender=1,
      fam=["last-working-day", "year-end", "strategic"]),
    # already_paid
    R("S2051", at(23, "09:00", CET), "Beide facturen zijn vrijdag in één keer betaald, € 2.755,00.", "already_paid",
      fam=["combined-payment", "european-amount"], note="matches BK20-0051"),
    R("S2052", at(24, "08:30", CET), "Betaald op 23/11 met gestructureerde mededeling +++120/2052/44711+++.", "already_paid",
      ref="+++120/2052/44711+++", sender=1, fam=["structured-communication", "strategic"]),
    # dispute
    R("S2051", at(24, "11:15", CET), "Op factuur 20511 staat 80 meter zeildoek, we hebben er 60 gehad. Graag een creditnota.", "dispute",
      inv=["20511"], fam=["quantity"]),
    R("S2052", at(25, "15:50", CET), "De prijs per kilo cacaoboter op 20521 is hoger dan in het contract. Wij betalen niet tot dit rechtgezet is.",
      "dispute", inv=["20521"], sender=1, fam=["price", "strategic"]),
    # invoice_resend
    R("S2051", at(25, "10:00", CET), "Kun je 20512 nog een keer sturen? Kan hem niet vinden.", "invoice_resend", inv=["20512"], fam=["copy"]),
    R("S2052", at(27, "10:20", CET), "Graag een rekeninguittreksel van onze openstaande posten.", "invoice_resend", fam=["statement", "strategic"]),
    # po_change
    R("S2052", at(23, "15:00", CET), "Vanaf 1 december enkel facturen via Peppol of naar facturen@chocolaterie-vandamme.example.", "po_change",
      fam=["e-invoicing", "future-invoices-to", "strategic"]),
    R("S2051", at(26, "13:00", CET), "We zijn nu een bv, graag de facturen op naam van Zeilmakerij De Wadden B.V. met ons nieuwe KvK-nummer.",
      "po_change", sender=1, fam=["company-name", "legal-entity"]),
    # payment_plan_request
    R("S2051", at(27, "12:30", CET), "Kunnen we het in drie termijnen betalen, eerste op 15 december?", "payment_plan_request", date="2026-12-15",
      sender=1, fam=["three-instalments"]),
    R("S2052", at(24, "14:10", CET), "Is een betalingsregeling over vier maanden bespreekbaar?", "payment_plan_request", sender=1,
      fam=["spread-months", "strategic"]),
    # out_of_office
    R("S2051", at(24, "07:00", CET), "Ik ben tot en met 27 november afwezig.", "out_of_office", headers=AUTO, sender=1,
      subject="Automatisch antwoord: Herinnering: vervallen facturen", fam=["auto-headers", "back-within-14"]),
    R("S2052", at(26, "07:15", CET), "Ik ben met zwangerschapsverlof tot 1 maart. Voor dringende zaken: boekhouding@chocolaterie-vandamme.example.",
      "out_of_office", headers=AUTO, sender=1, human=["back more than 14 days out"], fam=["auto-headers", "long-absence", "names-mailbox"]),
    # bounce
    R("S2051", at(25, "09:06", CET), "Uw bericht kon niet worden afgeleverd bij de volgende ontvangers:\n\nj.dijkstra@zeilmakerij-wadden.example\n"
      "550 5.1.1 Onbekende gebruiker", "bounce", sender="mailer-daemon@zeilmakerij-wadden.example",
      dsn=("j.dijkstra@zeilmakerij-wadden.example", "5.1.1"), fam=["dsn", "dutch-dsn"]),
    R("S2052", at(23, "09:06", CET), "Niet bezorgd: de postvak van de ontvanger is vol.\n\nl.vandamme@chocolaterie-vandamme.example", "bounce",
      sender="postmaster@chocolaterie-vandamme.example", dsn=("l.vandamme@chocolaterie-vandamme.example", "5.2.2"), fam=["dsn", "mailbox-full"]),
    # wrong_contact
    R("S2051", at(27, "15:00", CET), "Ik doe de administratie niet meer, dat doet nu ons boekhoudkantoor: info@boekhoudkantoor-harlingen.example.",
      "wrong_contact", sender=1, fam=["external-accountant", "names-new-contact"]),
    R("S2052", at(25, "12:20", CET), "Mevrouw Van Damme is niet meer bij ons sinds de overname. Richt u tot de financiële dienst.", "wrong_contact",
      sender=1, fam=["acquisition", "contact-gone"]),
    # other
    R("S2051", at(26, "16:30", CET), "Is deze mail echt van jullie? Het IBAN-nummer in jullie handtekening is anders dan vorig jaar.", "other",
      human=["fraud check"], fam=["fraud-alert"]),
    R("S2051", at(24, "09:30", CET), "Bedankt, doorgezet naar onze boekhouder.", "other", sender=1, fam=["acknowledgement", "no-action"]),
]
