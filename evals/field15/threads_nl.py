"""Dutch replies (field15): a dog groomer in Amersfoort (NL) and a Flemish roofer (BE)."""

from evals.field.build import Payment, Reply
from evals.field15.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK15-050", "S1551", "2026-11-20", "1770.00", "EUR", "TRIMSALON POEDELPRACHT POEDELPRACHT NOV"),
    P("BK15-051", "S1552", "2026-11-23", "6240.00", "EUR", "+++152/1500/21034+++ DAKWERKEN VERMEULEN"),
    P("BK15-052", "S1552", "2026-11-25", "4368.00", "EUR", "DAKWERKEN VERMEULEN BV FACT 15521 70PCT"),
]

REPLIES = [
    # --- Trimsalon Poedelpracht (NL)
    R("S1551", at(23, "08:40", CET), "Hoi, ik maak het donderdag over. Groetjes Esther", "promise_to_pay", date="2026-11-26", fam=["weekday", "informal"]),
    R("S1551", at(24, "12:25", CET), "Betaling volgt op 2-12.", "promise_to_pay", date="2026-12-02", fam=["nl-numeric"]),
    R("S1551", at(25, "13:55", CET), "Ik betaal de 310 morgen en de rest eind december.", "promise_to_pay", date="2026-11-26", amount="310.00", fam=["two-dates", "no-currency", "partial-amount"]),
    R("S1551", at(26, "22:45", CET), "Sorry, laat antwoord. Morgenochtend geregeld.", "promise_to_pay", date="2026-11-27", fam=["late-evening", "terse"]),
    R("S1551", at(27, "10:35", CET), "Het staat voor week 50 ingepland.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"]),
    R("S1551", at(23, "14:15", CET), "Wij betalen volgende week vrijdag.", "promise_to_pay", date="2026-12-04", fam=["next-weekday"], sender=0),
    R("S1551", at(24, "16:50", CET), "Stond voor de 27e, wordt nu 8 december. Mijn boekhouder is ziek.", "promise_to_pay", date="2026-12-08", fam=["moved-date"]),
    R("S1551", at(25, "09:05", CET), "Binnen 5 werkdagen overgemaakt.", "promise_to_pay", date="2026-12-02", fam=["working-days"]),
    R("S1551", at(26, "11:30", CET), "Zodra de gemeente de ondernemerssubsidie heeft uitgekeerd, betaal ik alles in één keer.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("S1551", at(27, "15:15", CET), "Betaling eind van de maand.", "promise_to_pay", date="2026-11-30", fam=["end-of-month"], sender=0),
    R("S1551", at(23, "19:20", CET), "Ik betaal het over twee weken, dan is de kerstdrukte binnen.", "promise_to_pay", date="2026-12-07", fam=["in-two-weeks", "reason-date"]),
    # --- Dakwerken Vermeulen (BE)
    R("S1552", at(23, "07:50", CET), "Goeiendag, wij betalen tegen vrijdag.\nMvg Wim", "promise_to_pay", date="2026-11-27", fam=["tegen-weekday", "flemish"]),
    R("S1552", at(24, "10:10", CET), "De vergadering van de bestuurders is op 2 december, betaling volgt op 4 december.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment"]),
    R("S1552", at(25, "17:35", CET), "We storten de helft deze week en de rest binnen de maand.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["partial-share", "this-week", "flemish"]),
    R("S1552", at(26, "08:20", CET), "Betaling voorzien op 10/12/2026.", "promise_to_pay", date="2026-12-10", fam=["nl-numeric"], sender=0),
    R("S1552", at(27, "13:00", CET), "We betalen 3.000 euro volgende dinsdag, het saldo na de oplevering van de werf in Aalst.", "promise_to_pay", date="2026-12-01", amount="3000.00", human=["conditional"], fam=["next-weekday", "partial-amount", "condition"]),
    R("S1552", at(23, "16:05", CET), "Wij betalen binnen de 10 dagen.", "promise_to_pay", date="2026-12-03", fam=["within-days", "flemish"]),
    R("S1552", at(24, "13:40", CET), "Overmorgen betaald.", "promise_to_pay", date="2026-11-26", fam=["day-after-tomorrow", "terse"]),
    R("S1552", at(25, "11:15", CET), "Betaling de 15de.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone"]),
    R("S1552", at(26, "14:50", CET), "Vrijdag 4 december betaald, beloofd.", "promise_to_pay", date="2026-12-04", fam=["weekday-date"]),
    R("S1552", at(27, "09:25", CET), "Betaling met de maandelijkse betaalronde op de laatste werkdag van december.", "promise_to_pay", date="2026-12-31", fam=["month-end-run", "next-month"], sender=0),
    # --- already paid
    R("S1551", at(24, "09:30", CET), "Heb ik al betaald op 20 november, € 1.770, omschrijving 'poedelpracht nov'.", "already_paid", ref="poedelpracht nov", fam=["ref-with-payer-name"]),
    R("S1552", at(26, "10:05", CET), "Betaald op 23/11 met gestructureerde mededeling +++152/1500/21034+++.", "already_paid", ref="+++152/1500/21034+++", fam=["structured-communication"]),
    R("S1552", at(27, "11:55", CET), "Wij hebben 30% op uw G-rekening gestort en 70% op uw gewone rekening, zoals de wet het voorschrijft.", "already_paid", human=["amount differs"], fam=["g-rekening", "withholding"], sender=0),
    # --- disputes
    R("S1551", at(25, "16:20", CET), "Factuur 15512 klopt niet: de shampoo was besteld à € 6,20 per liter, jullie rekenen € 7,75.", "dispute", inv=["15512"], fam=["price-vs-order"]),
    R("S1552", at(24, "15:20", CET), "Er werden 40 m² leien gefactureerd maar er zijn er maar 32 geleverd. Gelieve een creditnota te sturen.", "dispute", fam=["short-delivery", "flemish"]),
    # --- copies, billing changes
    R("S1551", at(26, "09:45", CET), "Kunnen jullie factuur 15511 nog een keer sturen?", "invoice_resend", inv=["15511"], fam=["copy"], sender=0),
    R("S1552", at(23, "11:35", CET), "Mag ik een rekeninguittreksel van ons klantnummer?", "invoice_resend", fam=["statement"], sender=0),
    R("S1552", at(25, "14:30", CET), "Vanaf 1 januari aanvaarden wij enkel nog facturen via Peppol. Ons ondernemingsnummer is BE 0712.345.678.", "po_change", fam=["peppol"], sender=0),
    R("S1551", at(27, "12:40", CET), "Wij zijn verhuisd naar Kerkstraat 12, 3811 Amersfoort. Kunnen jullie het factuuradres aanpassen en de factuur opnieuw maken?", "po_change", fam=["address-change"]),
    # --- plans
    R("S1551", at(24, "19:05", CET), "Kan ik het in drie termijnen betalen? Eerste termijn 15 december.", "payment_plan_request", date="2026-12-15", fam=["plan-three"]),
    R("S1552", at(26, "16:10", CET), "Kunnen we een afbetalingsplan krijgen van 1.000 euro per maand?", "payment_plan_request", amount="1000.00", fam=["plan-monthly"]),
    # --- absences, DSNs
    R("S1551", at(24, "07:10", CET), "Ik ben met vakantie tot en met 6 december. De salon is gewoon open, bel gerust voor een afspraak.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Trimsalon Poedelpracht", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("S1552", at(25, "07:30", CET), "Afwezig wegens verlof tot 11/01/2027. Voor dringende zaken: boekhouding@dakwerken-vermeulen.example.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Dakwerken Vermeulen bv", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("S1551", at(26, "09:06", CET), "Dit is een automatisch gegenereerd bericht.\n\nUw bericht kon niet worden afgeleverd bij:\n\nadministratie@poedelpracht.example\n550 5.1.1 Onbekende gebruiker", "bounce", sender="MAILER-DAEMON@mail.poedelpracht.example", subject="Onbestelbaar: Herinnering: vervallen facturen", dsn=("administratie@poedelpracht.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-nl"]),
    R("S1552", at(24, "09:07", CET), "Bezorging is mislukt voor deze ontvangers of groepen:\n\nboekhouding@dakwerken-vermeulen.example\nHet postvak van de ontvanger is vol en kan momenteel geen berichten ontvangen.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@dakwerken-vermeulen.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Dakwerken Vermeulen bv", dsn=("boekhouding@dakwerken-vermeulen.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-nl", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("S1551", at(25, "12:05", CET), "Dit is het afsprakenadres van de salon. Facturen en betalingen gaan via Esther: e.jansen@poedelpracht.example.", "wrong_contact", fam=["wrong-department"], sender=0),
    R("S1552", at(27, "15:45", CET), "Wim is met pensioen. De zaak wordt nu geleid door zijn zoon Jens, jens@dakwerken-vermeulen.example.", "wrong_contact", fam=["retired", "family-business"]),
    R("S1551", at(23, "17:25", CET), "Bedankt voor de herinnering, ik heb hem naar mijn boekhouder gestuurd.", "other", fam=["no-action", "forwarded"]),
    R("S1552", at(25, "15:55", CET), "Kunnen jullie ons een attest bezorgen dat jullie geen RSZ- of belastingschulden hebben? Anders moeten wij inhouden.", "other", human=["tax form"], fam=["inhoudingsplicht"]),
    R("S1551", at(26, "13:35", CET), "Kan ik ook met iDEAL of een Tikkie betalen? Overschrijven vergeet ik steeds.", "other", human=["payment method question"], fam=["payment-method"]),
]
