"""Dutch replies (nl-NL, nl-BE senders) for field3, hand-written; never train or tune on these."""

from evals.field3.build import Payment as P
from evals.field3.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

PAYMENTS = [
    P("BK3-0401", "H361", "2026-11-18", "2555.00", "EUR", "WH20261118 TUINCENTRUM DE WILGENHOEK"),
    P("BK3-0402", "H362", "2026-11-19", "6380.00", "EUR", "KOOPMANS INSTALLATIE"),
    P("BK3-0403", "H363", "2026-11-20", "8250.00", "EUR", "GEMEENTE HOUTWIJK FACT 73631"),
    P("BK3-0404", "H364", "2026-11-20", "450.00", "EUR", "PEETERS KRIS"),
    P("BK3-0405", "H365", "2026-11-02", "3300.00", "EUR", "DRUKKERIJ VAN AKEN SCHIJF 1"),
]

REPLIES = [
    # ---- betaaltoezeggingen
    R("H364", "2026-11-10T22:00:00+01:00", "betaal ik vrij. groetjes Kris", "promise_to_pay", date="2026-11-13", fam=["date:abbrev-weekday", "voice:mobile"], sender=1, quote="none"),
    R("H361", "2026-11-12T09:30:00+01:00", "Goedemorgen,\n\nBeide facturen staan ingepland voor betaling op 24-11.\n\nMet vriendelijke groet,\nRia Bakker\nBoekhouder", "promise_to_pay",
      date="2026-11-24", fam=["date:numeric-nl"], sender=1),
    R("H362", "2026-11-16T17:00:00+01:00", "Hoi, betaling volgt volgende week woensdag. Gr Wim", "promise_to_pay", date="2026-11-25", fam=["date:next-week-weekday"], sender=1),
    R("H363", "2026-11-18T11:00:00+01:00", "Geachte heer/mevrouw,\n\nUw factuur 73631 is goedgekeurd en wordt betaald in week 49.\n\nMet vriendelijke groet,\nAfdeling Financiën\nGemeente Houtwijk",
      "promise_to_pay", date="2026-12-04", inv=["73631"], fam=["date:calendar-week", "voice:public-sector"], sender=0),
    R("H365", "2026-11-20T10:00:00+01:00", "Goedemorgen,\nDe tweede schijf van de afbetalingsregeling, € 3.300,00, wordt op 1 december overgemaakt.\nLies Van Aken", "promise_to_pay",
      date="2026-12-01", amount="3300.00", fam=["instalment", "date:day-month"], sender=1),
    R("H361", "2026-11-23T14:00:00+01:00", "Hallo,\nstond voor de 25e gepland, wordt nu de 2e van december i.v.m. een systeemmigratie.\nAdministratie", "promise_to_pay", date="2026-12-02",
      fam=["date:moved"], sender=0),
    R("H362", "2026-11-05T09:00:00+01:00", "Betaling geschiedt eind van de maand.\nCrediteuren", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month", "voice:terse"], sender=0),
    R("H364", "2026-11-19T12:00:00+01:00", "Dag, we betalen de 26ste. Mvg Frituur De Gouden Hoorn", "promise_to_pay", date="2026-11-26", fam=["date:ordinal-alone"], sender=0),
    R("H363", "2026-11-09T15:00:00+01:00", "Goedemiddag,\n\nHet college tekent de betaalopdrachten op 17 november; de betaling volgt op 19 november.\n\nThijs Smit\nInkoper", "promise_to_pay",
      date="2026-11-19", fam=["date:meeting-then-payment", "voice:public-sector"], sender=1),
    R("H361", "2026-11-04T16:00:00+01:00", "Als u ons de pakbon van de tweede levering vóór vrijdag mailt, betalen we dinsdag.\nRia", "promise_to_pay", date="2026-11-10",
      human=["conditional"], fam=["date:condition"], sender=1),
    R("H362", "2026-11-26T08:00:00+01:00", "Morgen gaat het eruit.\nWim", "promise_to_pay", date="2026-11-27", fam=["date:tomorrow", "voice:terse"], sender=1, quote="none"),
    R("H364", "2026-11-02T19:00:00+01:00", "ik stort morgen 200 euro, de rest over twee weken", "promise_to_pay", date="2026-11-03", amount="200.00",
      fam=["partial", "voice:mobile"], sender=1, quote="none"),
    R("H363", "2026-11-25T10:00:00+01:00", "Geachte heer/mevrouw,\nBetaling vindt plaats binnen 5 werkdagen.\nFacturen Gemeente Houtwijk", "promise_to_pay", date="2026-12-02",
      fam=["date:working-days"], sender=0),
    R("H361", "2026-11-17T09:00:00+01:00", "Betaling volgt over drie weken.\nRia Bakker", "promise_to_pay", date="2026-12-08", fam=["date:in-weeks"], sender=1),
    R("H362", "2026-11-13T10:00:00+01:00", "Goedemorgen,\nDe factuur wordt meegenomen in onze maandelijkse betaalrun op de laatste werkdag van de maand.\nCrediteurenadministratie", "promise_to_pay",
      date="2026-11-30", fam=["date:month-end-run"], sender=0),
    # ---- al betaald
    R("H361", "2026-11-20T11:00:00+01:00", "Goedemorgen,\nBeide facturen zijn op 18-11 voldaan, betalingskenmerk WH-2026-1118.\nAdministratie", "already_paid", ref="WH-2026-1118",
      note="matches BK3-0401 by reference", fam=["paid:reference"], sender=0),
    R("H362", "2026-11-24T13:00:00+01:00", "is al betaald hoor, vorige week donderdag", "already_paid", note="matches BK3-0402 by amount and date", fam=["paid:bare", "voice:mobile"], sender=1, quote="none"),
    R("H363", "2026-11-23T10:00:00+01:00", "Geachte heer/mevrouw,\nFactuur 73631 is op 20 november betaald.\nFacturen", "already_paid", inv=["73631"], note="matches BK3-0403 by amount and date",
      fam=["paid:amount"], sender=0),
    R("H364", "2026-11-23T18:00:00+01:00", "Ik heb vrijdag 450 euro overgeschreven.\nKris", "already_paid", human=["amount differs from the open balance"],
      note="BK3-0404 matches the stated amount, 22.50 short", fam=["paid:short"], sender=1),
    R("H365", "2026-11-05T09:00:00+01:00", "De eerste schijf van € 3.300 is op 2 november betaald.\nBoekhouding", "already_paid", human=["amount differs from the open balance"],
      note="BK3-0405 is the instalment, not the balance", fam=["instalment", "paid:partial"], sender=0),
    # ---- betwistingen
    R("H362", "2026-11-09T14:00:00+01:00", "Goedemiddag,\n\nOp factuur 73621 staan 14 radiatoren, er zijn er 12 geleverd en geplaatst. Graag een creditnota voor het verschil.\n\nWim Koopmans",
      "dispute", inv=["73621"], fam=["dispute:quantity"], sender=1),
    R("H363", "2026-11-12T10:30:00+01:00", "Geachte heer/mevrouw,\n\nHet gefactureerde uurtarief wijkt af van de raamovereenkomst (€ 72 in plaats van € 65). Wij betalen pas na ontvangst van een creditnota.\n\nThijs Smit",
      "dispute", fam=["dispute:price", "dispute:credit-note"], sender=1),
    R("H364", "2026-11-16T21:00:00+01:00", "Die friteuse heeft het precies 3 dagen gedaan. Ik betaal niet voor schroot, kom hem maar halen.", "dispute",
      fam=["dispute:defective", "voice:annoyed"], sender=1, quote="none"),
    # ---- kopie
    R("H363", "2026-11-05T09:30:00+01:00", "Geachte heer/mevrouw,\nWij hebben factuur 73631 niet ontvangen. Graag opnieuw toesturen.\nFacturen", "invoice_resend", inv=["73631"],
      fam=["resend:never-received"], sender=0),
    R("H361", "2026-11-25T15:00:00+01:00", "Kunt u mij een rekeningoverzicht sturen van alle openstaande posten? Dan stemmen we het even af.\nRia", "invoice_resend",
      fam=["resend:statement"], sender=1),
    # ---- inkoopnummer / factuurkanaal
    R("H363", "2026-11-16T11:00:00+01:00", "Geachte heer/mevrouw,\n\nFacturen aan de gemeente moeten via Peppol worden ingediend, met ons inkoopordernummer GH-OI-77412. Wilt u factuur 73631 op die manier opnieuw indienen?\n\nThijs Smit",
      "po_change", inv=["73631"], fam=["po:e-invoicing", "voice:public-sector"], sender=1),
    R("H362", "2026-11-20T09:00:00+01:00", "Ons inkoopnummer ontbreekt op de factuur; graag opnieuw uitreiken met IKZ-2026-1190.\nCrediteuren", "po_change", fam=["po:missing"], sender=0),
    # ---- betalingsregeling
    R("H364", "2026-11-24T20:00:00+01:00", "Kan ik het in twee keer betalen, de helft op 1 december en de helft op 1 januari?\nKris", "payment_plan_request", date="2026-12-01",
      fam=["plan:two-parts"], sender=1),
    R("H361", "2026-11-10T10:00:00+01:00", "Goedemorgen,\nZou een betalingsregeling van 4 maanden mogelijk zijn? Het is een lastig najaar geweest.\nAdministratie", "payment_plan_request",
      fam=["plan:months"], sender=0),
    # ---- afwezig
    R("H362", "2026-11-25T09:06:00+01:00", "Ik ben afwezig tot en met vrijdag 4 december. Voor dringende zaken kunt u mailen naar crediteuren@koopmans-installatie.example.\n\nWim Koopmans",
      "out_of_office", subject="Automatisch antwoord: Herinnering: vervallen facturen – Installatiebedrijf Koopmans & Zn BV", headers=AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("H363", "2026-11-11T09:06:00+01:00", "Ik ben met ouderschapsverlof tot 1 februari 2027. Uw bericht wordt niet doorgestuurd; mail voor facturen naar facturen@houtwijk-gemeente.example.\n\nThijs Smit",
      "out_of_office", human=["absence longer than 14 days"], subject="Afwezig: Herinnering: vervallen facturen – Gemeente Houtwijk", headers=AUTO,
      fam=["ooo:long"], sender=1, quote="none"),
    # ---- onbestelbaar
    R("H361", "2026-11-17T09:05:44+01:00", "Het bericht kan niet worden bezorgd bij deze ontvangers of groepen:\n\nr.bakker@wilgenhoek.example\nHet e-mailadres dat u hebt ingevoerd, kan niet worden gevonden.\n\nDiagnostische gegevens voor beheerders:\nDe externe server heeft '550 5.1.1 User unknown' geretourneerd",
      "bounce", sender="postmaster@wilgenhoek.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Tuincentrum De Wilgenhoek BV",
      dsn=("r.bakker@wilgenhoek.example", "5.1.1"), fam=["bounce:exchange"], gap_days=0),
    R("H364", "2026-11-09T09:05:15+01:00", "Dit is een automatisch bericht van de mailserver mail.goudenhoorn.example.\n\nUw bericht aan info@goudenhoorn.example kon niet worden afgeleverd: de mailbox bestaat niet (550 5.1.1).\n\nEr worden geen nieuwe pogingen gedaan.",
      "bounce", sender="MAILER-DAEMON@mail.goudenhoorn.example", subject="Onbestelbaar bericht", dsn=("info@goudenhoorn.example", "5.1.1"),
      fam=["bounce:generic"], gap_days=0),
    # ---- verkeerde contactpersoon
    R("H361", "2026-11-27T10:00:00+01:00", "Goedemorgen,\nRia Bakker werkt hier niet meer. Graag voortaan mailen naar boekhouding@wilgenhoek.example.\nAdministratie", "wrong_contact",
      fam=["wrong:left-company"], sender=0),
    R("H364", "2026-11-26T14:00:00+01:00", "Dit adres wordt niet meer gelezen. Mail naar kris@goudenhoorn.example.", "wrong_contact", fam=["wrong:mailbox-unmonitored"], sender=0, quote="none"),
    # ---- overig
    R("H362", "2026-11-03T10:00:00+01:00", "Dank, doorgestuurd naar crediteuren.\nWim", "other", fam=["no-action", "voice:terse"], sender=1),
    R("H365", "2026-11-17T11:00:00+01:00", "Goedemorgen,\nIs dit wel een echte herinnering? Het rekeningnummer onderaan komt niet overeen met wat we in de regeling hebben afgesproken.\nLies Van Aken",
      "other", human=["fraud check"], fam=["other:fraud-check"], sender=1),
]
