"""Dutch replies (field24): a Westland greenhouse builder (nl-NL) and a Flemish chicory grower on a plan (nl-BE)."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field24.kit import AUTO, CET, at, r

PAYMENTS = [
    Payment("BK24-13", "Z2451", "2026-11-19", "1380.00", "EUR", "KW-2026-0988 KASSENBOUW WESTLAND"),
]

REPLIES = [
    # promise_to_pay
    r("Z2451", at(23, "08:35", CET), "promise_to_pay", "2026-11-27", "bare-weekday terse-mobile",
      "vrijdag betaald. gr Joost"),
    r("Z2451", at(24, "10:25", CET), "promise_to_pay", "2026-12-03", "locale-numeric-dayfirst shared-mailbox",
      "Goedemorgen,\n\nBeide facturen staan ingepland voor de betaalrun van 3-12.\n\nMet vriendelijke groet,\nCrediteurenadministratie Kassenbouw Westland BV", sender=0),
    r("Z2451", at(25, "13:10", CET), "promise_to_pay", "2026-12-07", "holiday",
      "Hoi, na Sinterklaas, maandag 7 december, gaat het eruit. Eerder lukt niet, halve kantoor is vrij. Joost"),
    r("Z2451", at(26, "09:45", CET), "promise_to_pay", "2026-12-11", "week-after-next",
      "Goedemorgen, niet volgende week maar de week daarna, op vrijdag. Groet, Joost van der Linden"),
    r("Z2451", at(27, "15:20", CET), "promise_to_pay", "2026-11-30", "month-end",
      "Hallo, eind van de maand, dus maandag. Groeten, crediteuren", sender=0),
    r("Z2451", at(23, "14:00", CET), "promise_to_pay", "2026-12-09", "calendar-week",
      "Beste, betaling volgt in week 50 op woensdag. Mvg Joost"),
    r("Z2451", at(24, "19:15", CET), "promise_to_pay", "2026-12-08", "relative-span",
      "Sorry voor de late reactie, zitten met een kas in Almería die niet opgeleverd raakt. Betaling binnen 14 dagen. Joost"),
    r("Z2451", at(25, "11:35", CET), "promise_to_pay", "2026-12-04", "condition-date",
      "Hoi, zodra de creditnota voor de verkeerde profielen er maandag is, betalen we vrijdag erna het saldo. Joost", human=["conditional"]),
    r("Z2451", at(26, "16:30", CET), "promise_to_pay", "2026-12-01", "abbrev-weekday next-weekday",
      "di volgende week. beide. Joost"),
    r("Z2451", at(27, "08:20", CET), "promise_to_pay", "2026-12-15", "partial mid-month html-outlook",
      "Goedemorgen,\n\nWe betalen medio december € 6.000 op factuur 92451 en het restant in januari.\n\nMet vriendelijke groet,\nJoost van der Linden\nFinancieel directeur", html=True, quote="outlook", inv=["92451"], amount="6000.00"),
    r("Z2452", at(23, "10:50", CET), "promise_to_pay", "2026-12-01", "instalment-existing-plan",
      "Dag, de afbetaling van december volgens het plan gaat zoals altijd op de eerste. Groetjes, Lieve De Smet", human=["partial"]),
    r("Z2452", at(24, "13:30", CET), "promise_to_pay", "2026-12-04", "instalment-existing-plan next-friday",
      "Dag, de schijf van € 910 komt volgende week vrijdag, de witloofveiling betaalt wat later dit jaar. Lieve", amount="910.00"),
    r("Z2452", at(26, "12:10", CET), "promise_to_pay", "2026-12-07", "instalment-existing-plan moved-date",
      "Dag, kleine verschuiving: de afbetaling van 1 december wordt 7 december. Excuses. Boekhouding De Smet", sender=0, human=["partial"]),
    r("Z2451", at(23, "22:10", CET), "promise_to_pay", "2026-11-24", "late-evening relative-tomorrow",
      "zie het nu pas, morgen eerste werk. Joost"),
    r("Z2451", at(25, "08:10", CET), "promise_to_pay", "2026-11-30", "bare-weekday",
      "Hallo, maandag wordt er betaald. Groet, crediteuren", sender=0),
    r("Z2451", at(26, "14:45", CET), "promise_to_pay", "2026-12-31", "end-of-year",
      "Goedemiddag, wij betalen voor het einde van het jaar, de bank moet eerst onze kredietlijn verhogen. Joost", human=["conditional"]),
    r("Z2452", at(27, "11:05", CET), "promise_to_pay", "2026-12-02", "dotted-numeric",
      "Dag, betaling op 2.12. Lieve"),
    r("Z2451", at(24, "12:05", CET), "promise_to_pay", "2026-12-02", "meeting-before-payment",
      "Hoi, maandag hebben we directieoverleg, woensdag daarna gaat de betaling eruit. Joost"),
    r("Z2451", at(27, "12:35", CET), "promise_to_pay", None, "undated sarcasm",
      "Goh, alweer een herinnering. We betalen heus wel, zodra de tuinders ons betalen. Joost", human=["undated", "conditional"]),
    r("Z2452", at(25, "16:50", CET), "promise_to_pay", "2026-12-01", "instalment-existing-plan terse-mobile",
      "schijf gaat dinsdag 1/12 zoals afgesproken", human=["partial"]),
    # already_paid
    r("Z2451", at(23, "09:55", CET), "already_paid", None, "remittance-reference-variant",
      "Goedemorgen, 92452 is op 19-11 voldaan onder kenmerk KW-2026-0988. Groet, crediteuren", sender=0, inv=["92452"], ref="KW-2026-0988"),
    r("Z2452", at(26, "10:00", CET), "already_paid", None, "structured-communication",
      "Dag, de schijf van november is op 20/11 betaald met gestructureerde mededeling +++453/2026/11001+++. Lieve", ref="+++453/2026/11001+++", human=["no matching payment"]),
    # dispute
    r("Z2451", at(24, "15:50", CET), "dispute", None, "short-delivery",
      "Hoi, op 92451 staan 120 gevelprofielen, we hebben er 96 ontvangen. Eerst creditnota, dan betalen we. Joost", inv=["92451"]),
    r("Z2452", at(27, "14:40", CET), "dispute", None, "fees",
      "Dag, waarom staan er ineens € 45 aanmaningskosten op? Dat staat niet in ons afbetalingsplan. Lieve"),
    # invoice_resend
    r("Z2451", at(25, "15:00", CET), "invoice_resend", None, "never-received",
      "Goedemiddag, factuur 92452 hebben wij nooit ontvangen. Graag opnieuw sturen. Crediteuren", sender=0, inv=["92452"]),
    r("Z2452", at(23, "15:45", CET), "invoice_resend", None, "statement",
      "Dag, mag ik een overzicht van wat er nog openstaat na de afbetalingen? Lieve"),
    # po_change
    r("Z2451", at(26, "11:15", CET), "po_change", None, "supplier-portal",
      "Beste, vanaf 1 december ontvangen wij facturen alleen nog via ons inkoopportaal (Basware). Wilt u 92451 daar opnieuw indienen? Crediteuren", sender=0, inv=["92451"]),
    r("Z2451", at(27, "09:35", CET), "po_change", None, "po-number",
      "Hoi, op 92452 staat KW-2026-0988 maar het inkoopnummer is KW-2026-0988-2. Graag aanpassen. Joost", inv=["92452"]),
    # payment_plan_request
    r("Z2451", at(25, "17:25", CET), "payment_plan_request", "2026-12-04", "partial",
      "Hoi, kunnen we 92451 in vier delen betalen? Eerste deel € 2.810 volgende week vrijdag. Joost", inv=["92451"], amount="2810.00"),
    r("Z2452", at(24, "09:20", CET), "payment_plan_request", None, "instalment-existing-plan",
      "Dag, zou het afbetalingsplan met drie maanden verlengd kunnen worden? De prijzen op de veiling zijn slecht. Lieve"),
    # out_of_office
    r("Z2451", at(24, "09:06", CET), "out_of_office", None, "ooo",
      "Ik ben tot en met 30 november afwezig. Voor dringende zaken: crediteuren@kassenbouw-westland.example", headers=AUTO, quote="none", subject="Automatisch antwoord: Herinnering: vervallen facturen – Kassenbouw Westland BV"),
    r("Z2452", at(27, "09:06", CET), "out_of_office", None, "ooo",
      "Ik ben afwezig tot 3 december. Uw bericht wordt niet doorgestuurd.", headers=AUTO, quote="none", subject="Afwezig"),
    # bounce
    r("Z2451", at(25, "09:06", CET), "bounce", None, "dsn",
      "Uw bericht kon niet worden bezorgd bij de volgende ontvangers:\n\nj.vanderlinden@kassenbouw-westland.example\n550 5.1.1 Onbekende gebruiker",
      sender="postmaster@kassenbouw-westland.example", dsn=("j.vanderlinden@kassenbouw-westland.example", "5.1.1"), subject="Onbestelbaar: Herinnering: vervallen facturen"),
    r("Z2452", at(23, "09:06", CET), "bounce", None, "dsn",
      "Bezorging mislukt. De mailbox l.desmet@witloof-desmet.example is vol.\n\n452 4.2.2",
      sender="mailer-daemon@witloof-desmet.example", dsn=("l.desmet@witloof-desmet.example", "4.2.2"), subject="Niet afgeleverd"),
    # wrong_contact
    r("Z2451", at(23, "16:20", CET), "wrong_contact", None, "left-company",
      "Joost is per 1 november vertrokken. Stuur het voortaan naar Femke Bakker, f.bakker@kassenbouw-westland.example. Groet, crediteuren", sender=0),
    r("Z2452", at(25, "12:30", CET), "wrong_contact", None, "family-business",
      "Dag, ik ben de zoon, ma doet de boekhouding niet meer. Stuur het naar ons boekhoudkantoor: dossier.desmet@boekhoudkantoor-vanhove.example. Pieter", sender=0),
    # other
    r("Z2451", at(24, "14:15", CET), "other", None, "fraud-alert",
      "Goedemiddag, we kregen een brief met een nieuw rekeningnummer van jullie (Estland). Klopt dit? We betalen niet voordat we dit telefonisch hebben gecheckt. Crediteuren", sender=0, human=["fraud check on changed bank details"]),
    r("Z2452", at(24, "16:35", CET), "other", None, "no-action",
      "Bedankt, goed ontvangen. Lieve"),
    r("Z2451", at(26, "13:25", CET), "other", None, "tax-forms",
      "Hoi, voor G-rekening/ketenaansprakelijkheid hebben we een recente verklaring betalingsgedrag van de Belastingdienst nodig. Kunnen jullie die sturen? Joost", human=["tax form requested"]),
    r("Z2451", at(27, "16:40", CET), "other", None, "discount-question",
      "Kunnen we nog 2% betalingskorting krijgen als we alles deze week doen? Joost", human=["discount question"]),
]
