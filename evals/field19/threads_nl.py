"""Dutch replies in field19: a flower nursery in Westland (NL), a Flemish bicycle shop on credit hold."""

from __future__ import annotations

from evals.field19.build import Payment
from evals.field19.build import Reply as R
from evals.field19.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK19-018", "S1951", "2026-11-20", "640.00", "EUR", "KWEKERIJ DE ZONNEDAUW BV FACTUUR 19512"),
    Payment("BK19-019", "S1951", "2026-11-23", "5300.00", "EUR", "KWEKERIJ DE ZONNEDAUW 19511"),
]

DSN_NL = ("Dit is een automatisch gegenereerd bericht.\n\nUw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n{rcpt}\n\n"
          "Reden: {why}")

REPLIES = [
    # --- promises
    R("S1951", at(23, "08:20", CET), "Goedemorgen, we betalen beide facturen do. 3 december. Gr. Gerrit", "promise_to_pay", date="2026-12-03", fam=["abbrev-weekday", "weekday-ordinal"]),
    R("S1951", at(24, "13:40", CET), "Betaling volgt in week 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse"], note="week 50 zonder dag: de vrijdag"),
    R("S1951", at(25, "10:50", CET), "Wordt volgende week woensdag overgemaakt.", "promise_to_pay", date="2026-12-02", fam=["next-week-weekday"]),
    R("S1951", at(26, "21:15", CET), "Morgen gaat € 2.500,00 eruit, de rest na de kerstverkoop.", "promise_to_pay", date="2026-11-27", amount="2500.00", human=["conditional"], fam=["partial", "european-amount", "late-evening"]),
    R("S1951", at(27, "09:30", CET), "Stond gepland op 1 december maar schuift naar 8 december, de veiling betaalt later uit.", "promise_to_pay", date="2026-12-08", fam=["moved-date"]),
    R("S1951", at(23, "15:10", CET), "We betalen na Sinterklaas, maandag de 7e.", "promise_to_pay", date="2026-12-07", fam=["holiday", "weekday-ordinal"]),
    R("S1951", at(24, "10:00", CET), "Betaling binnen 10 dagen.", "promise_to_pay", date="2026-12-04", fam=["within-days", "terse"]),
    R("S1951", at(25, "16:30", CET), "Hèhè, alweer een herinnering. Ja hoor, we betalen. Vrijdag. Tevreden?", "promise_to_pay", date="2026-11-27", fam=["sarcasm", "weekday"]),
    R("S1951", at(26, "11:40", CET), "Zie onderstaand.\n\n---------- Doorgestuurd bericht ---------\nVan: Gerrit van den Berg\nAan: administratie@zonnedauw.example\nOnderwerp: Northwind\n\nNorthwind mag mee in de betaalrun van 4-12. G.", "promise_to_pay", date="2026-12-04", sender=0, fam=["forwarded", "see-below", "dashed-numeric"]),
    R("S1951", at(27, "14:00", CET), "Zodra de creditnota voor de kapotte kasramen binnen is, betalen we de rest.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "credit-note"]),
    R("S1951", at(23, "11:25", CET), "Goedemiddag\nBetaling van factuur 19511 vindt plaats op 30-11-2026.\nMet vriendelijke groet\nAdministratie\n\nKwekerij De Zonnedauw bv | KvK 27123456 | Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken, de afzender direct te informeren en het bericht te vernietigen. Aan dit bericht kunnen geen rechten worden ontleend.", "promise_to_pay", date="2026-11-30", inv=["19511"], sender=0, html=True, fam=["html-outlook", "long-disclaimer", "dashed-numeric"]),
    R("S1952", at(23, "14:15", CET), "We betalen tegen eind deze maand, als jullie de bestelling van de winterbanden vrijgeven.", "promise_to_pay", date="2026-11-30", human=["conditional"], fam=["month-end", "credit-hold-condition", "flemish"]),
    R("S1952", at(24, "18:40", CET), "Betaling gebeurt ten laatste op 15/12.", "promise_to_pay", date="2026-12-15", fam=["day-first-numeric", "flemish"]),
    R("S1952", at(25, "09:10", CET), "De boekhouder keurt goed op maandag, betaling dan dinsdag.", "promise_to_pay", date="2026-12-01", fam=["meeting-before-payment", "flemish"]),
    R("S1952", at(26, "13:20", CET), "We betalen binnen de twee weken.", "promise_to_pay", date="2026-12-10", fam=["in-two-weeks", "flemish"]),
    R("S1952", at(27, "10:40", CET), "Betaling op de laatste werkdag van het jaar.", "promise_to_pay", date="2026-12-31", fam=["last-working-day", "flemish"]),
    R("S1951", at(24, "16:50", CET), "We betalen als het kan begin volgende week.", "promise_to_pay", date="2026-11-30", fam=["early-next-week"]),
    # --- already_paid
    R("S1951", at(23, "09:50", CET), "Factuur 19512 is op 20/11 betaald.", "already_paid", inv=["19512"], fam=["day-first-numeric"], note="matches BK19-018"),
    R("S1951", at(24, "12:20", CET), "19511 is gisteren betaald, € 5.300,00 na aftrek van de afgesproken korting.", "already_paid", inv=["19511"], amount=None, human=["amount differs"], fam=["discount-deducted", "european-amount"], note="BK19-019 is 5,300.00 against 5,320.00"),
    R("S1952", at(25, "15:45", CET), "Betaald met gestructureerde mededeling +++195/2119/52107+++.", "already_paid", ref="+++195/2119/52107+++", human=["no matching payment"], fam=["structured-communication", "flemish"]),
    # --- dispute
    R("S1951", at(25, "11:15", CET), "Op 19511 staan 300 trays, we hebben er 260 ontvangen. Graag een creditnota.", "dispute", inv=["19511"], fam=["short-delivery", "credit-note"]),
    R("S1952", at(26, "10:05", CET), "De aanmaningskosten van € 40 betwisten we, die staan niet in onze voorwaarden.", "dispute", fam=["late-fee", "flemish"]),
    # --- invoice_resend
    R("S1951", at(26, "08:45", CET), "Kunt u factuur 19512 nog eens sturen? Niet ontvangen.", "invoice_resend", inv=["19512"], fam=["never-received", "terse"]),
    R("S1952", at(27, "11:55", CET), "Graag een rekeninguittreksel van ons klantaccount.", "invoice_resend", fam=["statement", "flemish"]),
    # --- po_change
    R("S1951", at(27, "15:30", CET), "Facturen voortaan naar facturen@zonnedauw.example en graag ons inkoopnummer ZD-2026-311 vermelden op 19511.", "po_change", inv=["19511"], fam=["future-invoices-mailbox", "po-missing"]),
    R("S1952", at(24, "14:50", CET), "Ons nieuw ondernemingsnummer is BE 0765.432.198 na de omvorming naar bv. Gelieve de factuur aan te passen.", "po_change", fam=["tax-id", "flemish"]),
    # --- payment_plan_request
    R("S1951", at(24, "09:15", CET), "Kunnen we 19511 in drie termijnen betalen? Eerste termijn op 15 december.", "payment_plan_request", date="2026-12-15", inv=["19511"], fam=["plan-instalments"]),
    R("S1952", at(27, "13:10", CET), "Is een afbetalingsplan mogelijk? De winter is slecht voor fietsen.", "payment_plan_request", fam=["plan-undated", "flemish"]),
    # --- out_of_office
    R("S1951", at(25, "09:06", CET), "Ik ben afwezig tot en met 1 december. Voor dringende zaken: administratie@zonnedauw.example.", "out_of_office", subject="Automatisch antwoord: Herinnering", headers=AUTO, quote="none", fam=["ooo-auto"]),
    R("S1951", at(27, "09:06", CET), "Wij zijn gesloten van 21 december tot 11 januari.", "out_of_office", subject="Automatisch antwoord", headers=AUTO, quote="none", human=["absence more than 14 days"], fam=["ooo-auto", "ooo-long", "seasonal-closure"]),
    R("S1952", at(23, "12:00", CET), "Ik ben met verlof tot 30/11, Sofie", "out_of_office", human=["written by a person"], fam=["ooo-plain", "flemish"]),
    # --- bounce
    R("S1951", at(24, "09:07", CET), DSN_NL.format(rcpt="g.vdberg@zonnedauw.example", why="550 5.1.1 Onbekende gebruiker"), "bounce", sender="MAILER-DAEMON@zonnedauw.example", subject="Onbestelbaar: Herinnering", dsn=("g.vdberg@zonnedauw.example", "5.1.1"), fam=["dsn-dutch"]),
    R("S1952", at(26, "09:07", CET), DSN_NL.format(rcpt="s.vanacker@fietsen-vanacker.example", why="552 5.2.2 Mailbox vol"), "bounce", sender="postmaster@fietsen-vanacker.example", subject="Niet afgeleverd", dsn=("s.vanacker@fietsen-vanacker.example", "5.2.2"), fam=["dsn-dutch", "mailbox-full"]),
    # --- wrong_contact
    R("S1951", at(26, "14:30", CET), "Ik ben de teeltleider, niet de administratie. Mail administratie@zonnedauw.example.", "wrong_contact", sender="teelt@zonnedauw.example", fam=["wrong-person"]),
    R("S1952", at(25, "12:30", CET), "Sofie is niet meer zaakvoerster sinds de overname door Velo Groep. Contacteer hun hoofdkantoor.", "wrong_contact", sender=0, fam=["acquisition", "no-new-contact", "flemish"]),
    # --- other
    R("S1951", at(25, "13:45", CET), "Bedankt, ontvangen en doorgezet naar Gerrit.", "other", sender=0, fam=["no-action", "ack"]),
    R("S1952", at(26, "16:10", CET), "Is deze mail echt van jullie? Het IBAN op de herinnering is anders dan op de factuur.", "other", human=["fraud check"], fam=["fraud-alert", "bank-details"]),
]
