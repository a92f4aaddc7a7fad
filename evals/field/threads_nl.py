"""Dutch replies (Netherlands and Flanders), hand-written; never train on these."""

from evals.field.build import Payment as P
from evals.field.build import Reply as R

PAYMENTS = [
    P("PAY-2026-90051", "F161", "2026-11-12", "4405.00", "EUR", "/RFB/VDI 5520 VAN DIJK INSTALLATIETECHNIEK", "sepa"),
    P("PAY-2026-90052", "F162", "2026-11-17", "720.40", "EUR", "KORENSCHOOF", "sepa"),
]

REPLIES = [
    R("F161", "2026-11-16T09:00:00+01:00", "Goedemorgen,\n\nWe betalen donderdag.\n\nMet vriendelijke groet,\nPieter van Dijk", "promise_to_pay", date="2026-11-19", fam=["date:weekday"]),
    R("F162", "2026-11-18T20:00:00+01:00", "Betaal ik vrij. Sorry!", "promise_to_pay", date="2026-11-20", quote="none", fam=["date:abbrev-weekday", "voice:mobile"]),
    R("F161", "2026-11-17T10:00:00+01:00", "Beste,\n\nFactuur INV-2026-51611 wordt op 3-12 betaald.\n\nGroet,\nCrediteurenadministratie", "promise_to_pay", date="2026-12-03", inv=["51611"], sender=0, fam=["date:numeric-eu"]),
    R("F162", "2026-11-19T10:00:00+01:00", "Dag,\n\nIk betaal de 27e, dan komt ons geld van de markt binnen.\n\nAnouk", "promise_to_pay", date="2026-11-27", fam=["date:ordinal-alone"]),
    R("F161", "2026-11-18T10:00:00+01:00", "Hoi,\n\nDe betaling stond gepland voor vrijdag 20 november maar is verschoven naar woensdag 25 november.\n\nPieter", "promise_to_pay", date="2026-11-25", fam=["date:moved"]),
    R("F161", "2026-11-16T11:00:00+01:00", "Beste,\n\nDeze week lukt niet, maar volgende week dinsdag wordt het overgemaakt.\n\nPieter van Dijk", "promise_to_pay", date="2026-11-24", fam=["date:negation", "date:next-week-weekday"]),
    R("F162", "2026-11-17T10:00:00+01:00", "Dag,\n\nWe betalen over drie weken, eerder gaat echt niet.\n\nAnouk Peeters", "promise_to_pay", date="2026-12-08", fam=["date:relative-span"]),
    R("F161", "2026-11-19T10:00:00+01:00", "Beste,\n\nOnze directie keurt de betalingen maandag 23/11 goed; de overboeking volgt op donderdag 26/11.\n\nMvg\nCrediteuren", "promise_to_pay", date="2026-11-26",
      sender=0, fam=["date:meeting-distractor", "date:numeric-eu"]),
    R("F161", "2026-10-20T10:00:00+02:00", "Beste,\n\nUw factuur zit in de betaalrun van eind oktober, die op de laatste werkdag van de maand wordt uitgevoerd.\n\nCrediteurenadministratie", "promise_to_pay", date="2026-10-30",
      sender=0, fam=["date:eom-business-day"]),
    R("F162", "2026-11-23T10:00:00+01:00", "Als de bank het krediet goedkeurt betalen we vrijdag, anders wordt het januari.\nAnouk", "promise_to_pay", date="2026-11-27", human=["conditional"], fam=["date:condition-distractor"]),
    R("F161", "2026-11-24T10:00:00+01:00", "Beste,\n\nWe maken morgen € 845,00 over voor 51612; 51611 volgt in week 50.\n\nPieter", "promise_to_pay", date="2026-11-25", amount="845.00",
      inv=["51611", "51612"], fam=["amount:eu", "date:calendar-week"]),
    R("F162", "2026-11-25T10:00:00+01:00", "Kunnen we in drie keer betalen? Eerste deel 15 december.\nAnouk", "payment_plan_request", date="2026-12-15", fam=["intent:plan"]),
    R("F161", "2026-11-26T10:00:00+01:00", "Beste,\n\nWe betalen voor de kerst.\n\nPieter", "promise_to_pay", date="2026-12-24", fam=["date:holiday-relative"]),
    # --- intents
    R("F161", "2026-11-20T10:00:00+01:00", "Beste,\n\nVanaf 1 december ontvangen wij facturen uitsluitend via ons Basware-portaal of als e-factuur (UBL) op facturen@vandijk-installatie.example. PDF's per mail worden niet meer verwerkt.\n\nCrediteurenadministratie", "po_change",
      sender=0, fam=["intent:portal"]),
    R("F161", "2026-11-25T10:00:00+01:00", "Beste,\n\nOp factuur 51612 ontbreekt ons inkoopnummer VDI-INK-5531. Graag een nieuwe factuur met dit nummer.\n\nGroet, Pieter", "po_change", inv=["51612"], fam=["intent:po-missing"]),
    R("F162", "2026-11-24T10:00:00+01:00", "Dag,\n\nIk heb de bakkerij op 1 november overgedragen aan Bakkerij Janssens. Voor openstaande rekeningen moet u bij hen zijn: boekhouding@janssens-bakkerij.example.\n\nAnouk", "wrong_contact",
      fam=["intent:acquisition-contact"]),
    R("F161", "2026-11-18T10:00:00+01:00", "Beste,\n\nIs deze herinnering echt van jullie? We kregen vorige week een factuur met jullie logo maar een ander rekeningnummer. Graag even telefonisch bevestigen.\n\nPieter", "other",
      human=["asks us to confirm the reminder is genuine"], fam=["intent:fraud-check"]),
    R("F161", "2026-11-23T10:00:00+01:00", "Beste,\n\nVoor de betaling hebben we nog een G-rekeningverklaring en een uittreksel KvK nodig.\n\nCrediteurenadministratie", "other",
      sender=0, human=["account paperwork requested"], fam=["intent:account-paperwork"]),
    R("F162", "2026-11-20T10:00:00+01:00", "Dag,\n\nDe factuur klopt niet: we hebben 20 zakken bloem besteld en er zijn er 12 geleverd.\n\nAnouk", "dispute", fam=["intent:dispute-quantity"]),
    R("F163", "2026-11-18T10:00:00+01:00", "Geachte heer/mevrouw,\n\nDeze vordering wordt betwist. Wij hebben de zaak overgedragen aan onze advocaat; verdere correspondentie graag via mr. De Graaf.\n\nR. Bakker\nFinancieel manager", "dispute",
      fam=["intent:legal-threat"]),
    R("F162", "2026-11-17T10:00:00+01:00", "Kan je de factuur nog eens sturen aub? Kan hem niet vinden.\nAnouk", "invoice_resend", fam=["intent:resend", "voice:mobile"]),
    R("F163", "2026-11-23T07:00:00+01:00", "Ik ben afwezig tot en met 4 december. Voor dringende zaken kunt u contact opnemen met administratie@noordzee-vis.example.\n\nRuud Bakker", "out_of_office",
      subject="Automatisch antwoord: Herinnering: vervallen facturen – Noordzee Visgroothandel BV", headers={"Auto-Submitted": "auto-replied"}, quote="none", fam=["intent:ooo"]),
    R("F161", "2026-11-21T10:00:00+01:00", "Dit bericht is automatisch gegenereerd.\n\nDe bezorging bij de volgende ontvangers is mislukt:\n\np.vandijk@vandijk-installatie.example\nHet e-mailadres bestaat niet.\n\n550 5.1.1 User unknown",
      "bounce", sender="postmaster@vandijk-installatie.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Van Dijk Installatietechniek BV", dsn=("p.vandijk@vandijk-installatie.example", "5.1.1"),
      fam=["intent:bounce-exchange"]),
    R("F162", "2026-11-26T10:00:00+01:00", "Ok, bedankt!", "other", quote="none", fam=["no-action", "voice:terse"]),
    # --- paid
    R("F161", "2026-11-16T10:00:00+01:00", "Beste,\n\nBeide facturen zijn op 12-11 voldaan, totaal € 4.405,00, kenmerk VDI 5520.\n\nMvg Pieter", "already_paid", ref="VDI 5520", fam=["pay:eu-date-amount", "pay:ref-format"]),
    R("F162", "2026-11-19T10:00:00+01:00", "Is al betaald hoor, dinsdag.", "already_paid", quote="none", fam=["pay:bare-paid", "voice:mobile"]),
]
