"""Dutch replies (field17): a Frisian sail loft, a cheese farm on a legal account and a Flemish abbey brewery on credit
hold."""

from evals.field.build import Payment, Reply
from evals.field17.kit import BE, NL, at, dsn, ooo

R = Reply
P = Payment

PAYMENTS = [
    P("BK17-051", "S1751", "2026-11-20", "4160.00", "EUR", "ZEILMAKERIJ WADDEN BV ZMW 17511 17512"),
    P("BK17-052", "S1753", "2026-11-24", "4460.00", "EUR", "BROUWERIJ HET KLOOSTERGAT +++090/1753/17531+++"),
]

REPLIES = [
    # --- Zeilmakerij Wadden (NL)
    R("S1751", at(23, "08:50", NL), "Hoi, betalen vrijdag.\nGroet Hanneke", "promise_to_pay", date="2026-11-27", fam=["weekday", "terse"]),
    R("S1751", at(24, "13:20", NL), "We maken het bedrag over op 3-12.", "promise_to_pay", date="2026-12-03", fam=["day-first"]),
    R("S1751", at(25, "10:40", NL), "Betaling in week 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse"], sender=0),
    R("S1751", at(26, "15:00", NL), "We betalen volgende week dinsdag.", "promise_to_pay", date="2026-12-01", fam=["next-week-weekday"]),
    R("S1751", at(27, "22:35", NL), "Sorry voor het late antwoord, maandag gaat het eruit.", "promise_to_pay", date="2026-11-30", fam=["late-evening", "weekday"]),
    R("S1751", at(23, "11:45", NL), "De betaling stond voor vandaag gepland maar schuift door naar donderdag 3 december i.v.m. de overstap naar een nieuwe bank.", "promise_to_pay", date="2026-12-03", fam=["moved-date", "weekday-date"], sender=0),
    R("S1751", at(24, "16:25", NL), "De € 620 betalen we morgen, de rest na de jaarafsluiting.", "promise_to_pay", date="2026-11-25", amount="620.00", human=["conditional"], fam=["partial-amount", "condition"]),
    R("S1751", at(25, "09:15", NL), "Binnen 14 dagen betaald.", "promise_to_pay", date="2026-12-09", fam=["within-days", "terse"]),
    R("S1751", at(26, "18:45", NL), "We betalen na Sinterklaas, maandag 7 december.", "promise_to_pay", date="2026-12-07", fam=["holiday", "weekday-date"]),
    R("S1751", at(27, "09:05", NL), "Over twee weken.", "promise_to_pay", date="2026-12-11", fam=["relative-span", "terse"]),
    R("S1751", at(24, "07:50", NL), "We betalen de 1e van de maand.", "promise_to_pay", date="2026-12-01", fam=["ordinal-alone"]),
    # --- Kaasboerderij Hoeve Lindehof (NL, legal)
    R("S1752", at(23, "14:30", NL), "Na overleg met onze advocaat betalen wij de hoofdsom op 1 december; de incassokosten betwisten wij.", "dispute", sec=["promise_to_pay"], date="2026-12-01", fam=["undisputed-part", "legal-account", "fees"]),
    R("S1752", at(24, "09:30", NL), "Wij betalen zoals altijd op de laatste werkdag van deze maand, met de betaalrun.", "promise_to_pay", date="2026-11-30", fam=["month-end-run"]),
    R("S1752", at(25, "20:10", NL), "Wij betalen als het melkgeld van de coöperatie binnen is, waarschijnlijk half december.", "promise_to_pay", date="2026-12-15", human=["conditional"], fam=["estimate-of-event", "mid-month"]),
    R("S1752", at(26, "11:25", NL), "Betaling 2.000 euro op 4 december, rest in januari.", "promise_to_pay", date="2026-12-04", amount="2000.00", fam=["partial-amount", "two-dates"]),
    R("S1752", at(27, "13:10", NL), "Het geld staat vrijdag 11 december op uw rekening.", "promise_to_pay", date="2026-12-11", fam=["weekday-date"]),
    # --- Brouwerij Het Kloostergat (BE, credit hold)
    R("S1753", at(23, "10:10", BE), "Als jullie de levering van vrijdag vrijgeven, betalen wij donderdag.", "promise_to_pay", date="2026-11-26", human=["conditional"], fam=["credit-hold-condition", "weekday"]),
    R("S1753", at(24, "11:50", BE), "Wij betalen tegen vrijdag.", "promise_to_pay", date="2026-11-27", fam=["flemish", "weekday"]),
    R("S1753", at(25, "14:45", BE), "Betaling binnen de 10 dagen.", "promise_to_pay", date="2026-12-05", fam=["flemish", "within-days"]),
    R("S1753", at(26, "08:30", BE), "De betaling was gepland op 30/11, wordt nu 4/12 wegens een fout bij de bank.", "promise_to_pay", date="2026-12-04", fam=["moved-date", "day-first"], sender=0),
    R("S1753", at(27, "17:15", BE), "Ik betaal de kleine factuur vandaag en de grote volgende week.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["today", "one-of-two"]),
    R("S1753", at(23, "21:50", BE), "Morgen betaald, beloofd.", "promise_to_pay", date="2026-11-24", fam=["late-evening", "tomorrow", "terse"]),
    # --- already_paid
    R("S1751", at(25, "12:30", NL), "Is al betaald op 20-11, kenmerk ZMW 17511 17512, € 4.160,00.", "already_paid", ref="ZMW 17511 17512", inv=["17511", "17512"], fam=["ref-with-payer-name", "european-amount"]),
    R("S1753", at(26, "10:00", BE), "Betaald op 24/11 met gestructureerde mededeling +++090/1753/17531+++.", "already_paid", ref="+++090/1753/17531+++", reminded=["17531"], fam=["structured-communication"]),
    # --- dispute
    R("S1751", at(26, "14:10", NL), "Op factuur 17511 staat 60 meter zeildoek, we hebben 45 meter ontvangen. Graag een creditnota.", "dispute", inv=["17511"], fam=["short-delivery"]),
    R("S1753", at(24, "15:20", BE), "De prijs per vat klopt niet met de offerte: 38 euro in plaats van 42.", "dispute", fam=["price"]),
    # --- invoice_resend
    R("S1751", at(23, "15:30", NL), "Kunnen jullie factuur 17512 nog een keer sturen? Ik kan hem niet vinden.", "invoice_resend", inv=["17512"], fam=["copy"], sender=0),
    R("S1752", at(26, "16:40", NL), "Graag een overzicht van alle openstaande posten op onze rekening.", "invoice_resend", fam=["statement"]),
    # --- po_change
    R("S1751", at(27, "11:15", NL), "Vanaf 1 januari graag alle facturen naar facturen@zeilmakerij-wadden.example, niet meer naar dit adres.", "po_change", fam=["invoice-mailbox"]),
    R("S1753", at(25, "09:40", BE), "Gelieve ons nieuw ondernemingsnummer BE 0789.456.123 op de factuur te vermelden en ze opnieuw te sturen.", "po_change", sec=["invoice_resend"], fam=["tax-id", "copy-with-correction"]),
    # --- payment_plan_request
    R("S1751", at(25, "16:55", NL), "Kunnen we de 3.540 euro in drie termijnen betalen, de eerste op 15 december?", "payment_plan_request", date="2026-12-15", fam=["plan-new"]),
    R("S1752", at(27, "10:20", NL), "Wij vragen een betalingsregeling: 500 euro per maand, te beginnen in januari.", "payment_plan_request", amount="500.00", fam=["plan-new", "undated"]),
    # --- out_of_office
    ooo("S1751", at(24, "07:15", NL), "Ik ben afwezig tot en met 2 december en lees mijn mail niet.", prefix="Automatisch antwoord: ", fam=["ooo-auto"], sender=1),
    ooo("S1753", at(26, "07:40", BE), "De brouwerij is gesloten van 26 november tot en met 13 december. Vanaf 14 december zijn wij terug bereikbaar.", prefix="Afwezig: ", human=["absent more than 14 days"], fam=["ooo-long", "seasonal-closure"], sender=0),
    # --- bounce
    dsn("S1752", at(24, "09:09", NL), "Uw bericht kon niet worden bezorgd bij boekhouding@hoevelindehof.example.\n\n550 5.1.1 Onbekende ontvanger", "postmaster@hoevelindehof.example", "boekhouding@hoevelindehof.example", "5.1.1", prefix="Onbestelbaar: ", fam=["dsn-nl"]),
    dsn("S1753", at(25, "09:10", BE), "Delivery has failed to these recipients or groups:\n\nboekhouding@kloostergat.example\nThe recipient's mailbox is full and can't accept messages now.\n\n552 5.2.2 Mailbox full", "postmaster@kloostergat.example", "boekhouding@kloostergat.example", "5.2.2", lang="en", fam=["dsn-exchange", "dsn-mailbox-full"]),
    # --- wrong_contact
    R("S1752", at(24, "12:40", NL), "Dit is het adres van de boerderijwinkel. De boekhouding doet ons administratiekantoor: info@agroadmin-friesland.example.", "wrong_contact", fam=["shared-mailbox"], sender=0),
    R("S1753", at(27, "14:50", BE), "Lien is niet meer bij ons sinds de overname door Brouwerijgroep Vlaanderen. Contacteer voortaan Koen Martens, k.martens@kloostergat.example.", "wrong_contact", fam=["acquired-contact-gone"]),
    # --- other
    R("S1751", at(26, "09:55", NL), "Bedankt, doorgezet naar onze boekhouder.", "other", fam=["no-action", "forwarded"]),
    R("S1752", at(25, "13:30", NL), "Alle correspondentie over deze vordering graag via onze advocaat, mr. De Jong.", "other", human=["attorney"], fam=["attorney", "legal-account"]),
]
