"""field72, Dutch (the Netherlands and Flanders): June and July 2032 (written by hand)."""

from evals.field.build import Payment as P
from evals.field.build import Reply as R
from evals.field72.kit import AUTO, addr, at, auto, name

PAYMENTS = [
    P("BK72-051", "V7238", "2032-06-09", "7230.00", "EUR", "SEPA OVERBOEKING STRANDPAVILJOEN DE ZEEMEEUW BV"),
    P("BK72-052", "V7239", "2032-07-02", "17800.00", "EUR", "HARINGHANDEL SCHEVENINGEN BV BETALINGSKENMERK 2032-0702-HS"),
    P("BK72-053", "V7240", "2032-06-30", "10335.00", "EUR", "ZOMERFEESTEN GENT VZW +++072/0240/72401+++"),
]

REPLIES = [
    # ---------------------------------------------------------------- toezeggingen
    R("V7238", at("V7238", 6, 1, "09:40"),
      "Hoi,\n\nHet strandseizoen is net begonnen en het is hier een gekkenhuis. Ik maak het vrijdag over.\n\nGroet,\nJoost",
      "promise_to_pay", date="2032-06-04", sender=1, fam=["bare weekday", "owner voice"]),
    R("V7238", at("V7238", 7, 5, "21:10"),
      "betaal do. Joost", "promise_to_pay", date="2032-07-08", sender=1, fam=["terse mobile"]),
    R("V7238", at("V7238", 7, 20, "10:00"),
      "Goedemorgen,\n\nIlse hier, de boekhouder. Joost is met vakantie (bouwvak bij de aannemer, dus ook bij ons rustig). "
      "Ik betaal factuur 72382 volgende week woensdag; 72381 wil hij eerst zelf bekijken.\n\nMet vriendelijke groet,\nIlse Dekker",
      "promise_to_pay", date="2032-07-28", inv=["INV-2028-72382"], sender=2, fam=["volgende week woensdag", "bookkeeper"]),
    R("V7239", at("V7239", 6, 8, "11:20"),
      "Goedemiddag,\n\nZaterdag is Vlaggetjesdag en de eerste Hollandse Nieuwe gaat over de toonbank, dus we zitten tot over "
      "onze oren in het werk. Beide facturen staan in de betaalrun van 18 juni.\n\nMet vriendelijke groet,\n\nMarloes Bakker\n"
      "Financieel manager\n\nHaringhandel Scheveningen B.V. | KvK 00000000 | btw NL000000000B01\nDe informatie in dit bericht is "
      "uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet toegestaan. Aan dit bericht kunnen geen rechten "
      "worden ontleend.", "promise_to_pay", date="2032-06-18", sender=1, html=True,
      fam=["Vlaggetjesdag distractor", "KvK footer"]),
    R("V7239", at("V7239", 6, 28, "16:30"),
      "Hallo, na de halfjaarafsluiting op de 30e betalen we in week 27. Vrijdag dus. Marloes", "promise_to_pay",
      date="2032-07-02", sender=1, fam=["week number", "half-year close"]),
    R("V7239", at("V7239", 7, 26, "08:50"),
      "Goedemorgen, Sander hier (inkoop). Marloes is tot half augustus weg, maar ik heb van haar gehoord dat de resterende "
      "€ 1.200 eind deze week gaat.", "promise_to_pay", date="2032-07-30", amount="1200.00", sender=2, fam=["partial", "eind deze week"]),
    R("V7240", at("V7240", 6, 2, "14:00"),
      "Dag,\n\nDe Gentse Feesten komen eraan en ge weet hoe dat gaat. We betalen de twee facturen binnen de 14 dagen, met de "
      "gestructureerde mededeling.\n\nPieter De Clercq\nPenningmeester", "promise_to_pay", date="2032-06-16", sender=1,
      fam=["Flemish", "binnen de 14 dagen"]),
    R("V7240", at("V7240", 7, 15, "19:30"),
      "Dag, we zitten middenin de feesten (tot en met de 25ste) en op 21 juli is 't nationale feestdag. Ik betaal maandag 26 "
      "juli. Pieter", "promise_to_pay", date="2032-07-26", sender=1, fam=["Gentse Feesten", "Belgian National Day"]),
    R("V7241", at("V7241", 6, 14, "07:30"),
      "Goedemorgen,\n\nWe betalen 72411 voor de bouwvak begint. Uiterlijk 16 juli.\n\nRia van der Heijden", "promise_to_pay",
      date="2032-07-16", inv=["INV-2028-72411"], sender=1, fam=["bouwvak", "uiterlijk"]),
    R("V7241", at("V7241", 7, 1, "12:00"),
      "Hallo, we betalen € 5.000 over twee weken en de rest als de opdrachtgever van de nieuwbouw in Tilburg ons betaalt. Ria",
      "promise_to_pay", date="2032-07-15", amount="5000.00", sender=1, human=["conditional"], fam=["partial", "conditional"]),
    R("V7238", at("V7238", 6, 23, "17:45"),
      "Hoi, wat fijn weer een herinnering. Het staat al ingepland voor de 30e. Groet, Joost", "promise_to_pay",
      date="2032-06-30", sender=1, fam=["sarcasm", "ordinal alone"]),
    R("V7239", at("V7239", 7, 12, "10:00"),
      "Goedemorgen, betaling volgt eind van de maand. Met vriendelijke groet, Crediteurenadministratie", "promise_to_pay",
      date="2032-07-31", sender=0, fam=["eind van de maand"]),
    R("V7240", at("V7240", 6, 21, "09:00"),
      "Dag,\n\nIk doe de overschrijving donderdag. Nee wacht, donderdag ben ik naar de drukker. Vrijdag 25 juni dan.\n\nPieter",
      "promise_to_pay", date="2032-06-25", sender=1, fam=["self-correction", "Flemish"]),
    R("V7241", at("V7241", 7, 26, "08:00"),
      "Goedemorgen, de bouwvak is begonnen maar ik ben er deze week nog. Ik betaal 72412 op 29-7. Ria",
      "promise_to_pay", date="2032-07-29", inv=["INV-2028-72412"], sender=1, fam=["numeric day-first", "bouwvak"]),
    R("V7238", at("V7238", 6, 9, "10:30"),
      "Hoi, het staat klaar, morgen gaat het eruit. Ilse", "promise_to_pay", date="2032-06-10", sender=2, fam=["tomorrow"]),
    R("V7239", at("V7239", 6, 1, "13:00"),
      "Goedemiddag,\n\nDe facturen zijn goedgekeurd en worden betaald op de eerstvolgende betaaldag, 11 juni (we betalen "
      "op de 11e en 25e van de maand).\n\nMarloes Bakker", "promise_to_pay", date="2032-06-11", sender=1, fam=["payment days"]),
    R("V7240", at("V7240", 7, 28, "11:30"),
      "Dag,\n\nWe betalen begin volgende maand, als de rekeningen van de feesten verwerkt zijn.\n\nPieter", "promise_to_pay",
      date="2032-08-01", sender=1, fam=["begin volgende maand"]),
    R("V7238", at("V7238", 7, 13, "14:15"),
      "Hallo,\n\nVolgende week vrijdag gaat het over.\n\nJoost", "promise_to_pay", date="2032-07-23", sender=1,
      fam=["volgende week vrijdag"]),
    # ---------------------------------------------------------------- al betaald
    R("V7238", at("V7238", 6, 10, "09:00"),
      "Goedemorgen, we hebben gisteren € 7.230 overgemaakt. Groet, Ilse", "already_paid", sender=2, fam=["matched by amount"],
      note="matches BK72-051"),
    R("V7239", at("V7239", 7, 5, "10:20"),
      "Goedemorgen,\n\nBetaling van € 17.800,00 is vrijdag 2 juli verwerkt, kenmerk 2032-0702-HS.\n\nCrediteurenadministratie",
      "already_paid", ref="2032-0702-HS", sender=0, fam=["matched"], note="matches BK72-052"),
    R("V7240", at("V7240", 7, 1, "10:00"),
      "Dag, betaald gisteren met gestructureerde mededeling +++072/0240/72401+++. Pieter", "already_paid",
      ref="+++072/0240/72401+++", sender=1, fam=["gestructureerde mededeling", "matched"], note="matches BK72-053"),
    R("V7241", at("V7241", 7, 8, "11:00"),
      "Dit is al lang betaald, kijk nog eens goed. Ria", "already_paid", sender=1, human=["no matching payment"],
      fam=["curt", "unmatched"]),
    # ---------------------------------------------------------------- geschillen
    R("V7238", at("V7238", 6, 17, "15:00"),
      "Hoi,\n\nOp 72381 staan 30 ligbedden, we hebben er 24 gekregen. Graag een creditnota voor de 6 die niet gekomen zijn.\n\n"
      "Joost", "dispute", inv=["INV-2028-72381"], sender=1, fam=["quantity"]),
    R("V7239", at("V7239", 6, 24, "11:40"),
      "Goedemiddag,\n\nDe koelcontainer op 72392 is twee keer gefactureerd (ook op 72391, regel 3). Graag corrigeren.\n\n"
      "Marloes Bakker", "dispute", inv=["INV-2028-72392", "INV-2028-72391"], sender=1, fam=["duplicate"]),
    R("V7240", at("V7240", 7, 7, "16:00"),
      "Dag, de podiumverlichting op 72402 werkte niet op de openingsavond. We betalen die factuur niet tot dat is opgelost. "
      "Pieter", "dispute", inv=["INV-2028-72402"], sender=1, fam=["faulty", "Flemish"]),
    # ---------------------------------------------------------------- kopie
    R("V7238", at("V7238", 7, 1, "09:15"),
      "Hoi, kan je 72382 nog een keer sturen? Die is bij ons nooit aangekomen. Ilse", "invoice_resend",
      inv=["INV-2028-72382"], sender=2, fam=["never received"]),
    R("V7241", at("V7241", 6, 21, "10:00"),
      "Goedemorgen, graag een rekeningoverzicht van alle openstaande posten. Ria", "invoice_resend", sender=1,
      fam=["statement"]),
    R("V7240", at("V7240", 6, 28, "13:00"),
      "Dag,\n\nKunt ge de facturen opnieuw sturen via Peppol? Sinds dit jaar moeten we alles elektronisch ontvangen.\n\nPieter",
      "invoice_resend", sender=1, fam=["Peppol", "Flemish"]),
    # ---------------------------------------------------------------- PO / facturatie
    R("V7241", at("V7241", 6, 3, "08:30"),
      "Goedemorgen,\n\nOp 72412 staat het verkeerde projectnummer. Het moet VDH-2032-095 zijn. Graag een nieuwe factuur.\n\n"
      "Ria van der Heijden", "po_change", inv=["INV-2028-72412"], sender=1, fam=["project number"]),
    R("V7239", at("V7239", 7, 14, "10:00"),
      "Goedemorgen,\n\nVanaf 1 augustus graag alle facturen naar facturen@haring-scheveningen.example, niet meer naar dit adres.\n\n"
      "Marloes", "po_change", sender=1, fam=["invoice mailbox"]),
    R("V7240", at("V7240", 6, 7, "12:30"),
      "Dag, ons ondernemingsnummer staat fout op beide facturen. Het juiste is BE 0000.000.000. Graag aanpassen. Pieter",
      "po_change", sender=1, fam=["company number"]),
    # ---------------------------------------------------------------- betalingsregeling
    R("V7238", at("V7238", 7, 27, "18:00"),
      "Hoi, door het slechte weer in juli is de omzet ingezakt. Kunnen we het in drie termijnen doen, eerste op 15 augustus? "
      "Joost", "payment_plan_request", date="2032-08-15", sender=1, fam=["plan with dates", "weather"]),
    R("V7240", at("V7240", 6, 15, "10:00"),
      "Dag,\n\nZouden we de facturen in schijven mogen betalen? De sponsoring komt pas na de feesten binnen.\n\nPieter",
      "payment_plan_request", sender=1, fam=["schijven", "Flemish"]),
    R("V7241", at("V7241", 7, 19, "09:00"),
      "Goedemorgen, is een betalingsregeling mogelijk voor 72411? Bijvoorbeeld € 4.000 per maand. Ria",
      "payment_plan_request", amount="4000.00", inv=["INV-2028-72411"], sender=1, fam=["plan"]),
    # ---------------------------------------------------------------- afwezig
    R("V7239", at("V7239", 7, 23, "17:00"),
      "Bedankt voor uw bericht. Ik ben afwezig tot en met 13 augustus. Voor dringende zaken kunt u contact opnemen met "
      "crediteuren@haring-scheveningen.example.\n\nMarloes Bakker", "out_of_office", sender=1, headers=AUTO,
      subject=auto("Automatisch antwoord", "nl", name("V7239")), human=["absence beyond 14 days"], fam=["auto", "summer holiday"]),
    R("V7241", at("V7241", 7, 30, "16:00"),
      "Ons kantoor is gesloten vanwege de bouwvakvakantie tot en met 20 augustus.", "out_of_office", sender=0, headers=AUTO,
      subject=auto("Afwezig", "nl", name("V7241")), human=["absence beyond 14 days"], fam=["bouwvak", "closure"]),
    R("V7240", at("V7240", 7, 16, "12:00"),
      "Dag, ik ben tot 26 juli niet bereikbaar (Gentse Feesten). Pieter", "out_of_office", sender=1, headers=AUTO,
      subject=auto("Afwezig", "nl", name("V7240")), fam=["auto", "Gentse Feesten"]),
    # ---------------------------------------------------------------- onbestelbaar
    R("V7238", at("V7238", 6, 28, "09:06"),
      "Uw bericht kan niet worden bezorgd bij de volgende ontvanger:\n\nadministratie@dezeemeeuw-strand.example\n\n"
      "Reden: 550 5.1.1 De ontvanger bestaat niet.", "bounce", sender="postmaster@dezeemeeuw-strand.example", lang="nl",
      subject="Onbestelbaar: Herinnering: vervallen facturen – " + name("V7238"), dsn=(addr("V7238", 0), "5.1.1"),
      gap_days=0, quote="none", fam=["Dutch NDR"]),
    R("V7241", at("V7241", 7, 12, "09:08"),
      "Dit bericht is automatisch aangemaakt.\n\nBezorging aan facturen@vdheijden-bouw.example is mislukt: mailbox vol "
      "(552 5.2.2).", "bounce", sender="mailer-daemon@vdheijden-bouw.example", lang="nl", subject="Bezorgingsfout",
      dsn=(addr("V7241", 0), "5.2.2"), gap_days=0, quote="none", fam=["Dutch DSN"]),
    # ---------------------------------------------------------------- verkeerde contactpersoon
    R("V7239", at("V7239", 6, 15, "14:00"),
      "Hallo, ik doe de inkoop, niet de betalingen. Stuur dit naar crediteuren@haring-scheveningen.example. Sander",
      "wrong_contact", sender=2, fam=["wrong person"]),
    R("V7240", at("V7240", 7, 22, "10:00"),
      "Dag, ik ben sinds deze week geen penningmeester meer. De nieuwe penningmeester is An Maes, an.maes@zomerfeesten-gent."
      "example. Pieter", "wrong_contact", sender=1, fam=["role change"]),
    # ---------------------------------------------------------------- overig
    R("V7238", at("V7238", 6, 2, "08:00"),
      "Ontvangen, dank je. Ik zet het door naar Ilse.", "other", sender=1, fam=["no-action"]),
    R("V7239", at("V7239", 6, 30, "11:00"),
      "Goedemiddag,\n\nUw IBAN op de laatste factuur wijkt af van wat bij ons bekend is. Kunt u telefonisch bevestigen welk "
      "rekeningnummer juist is?\n\nMarloes", "other", sender=1, human=["bank-detail confirmation"], fam=["fraud check"]),
    R("V7241", at("V7241", 7, 2, "13:00"),
      "Geldt de 2% korting voor betaling binnen 8 dagen nog als we nu betalen? Ria", "other", sender=1,
      human=["discount question"], fam=["discount"]),
]
