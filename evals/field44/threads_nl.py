"""field44, Dutch: two Dutch hauliers (one strategic), a Flemish builder and a Dutch primary-school foundation."""

from evals.field.build import Payment, Reply
from evals.field44.kit import AUTO, BE, NL, at

PAYMENTS = [
    Payment("BK44-051", "Y4451", "2026-10-19", "1175.00", "EUR", "TRANSPORTBEDRIJF HOEKSTRA BV FACT 94462"),
    Payment("BK44-052", "Y4453", "2026-10-14", "1480.00", "EUR", "+++094/4650/00015+++ DE SMET BV"),
]

REPLIES = [
    Reply("Y4451", at(19, "08:15", NL), """Goedemorgen,

Factuur 94462 is vanochtend betaald. De 94461 nemen we mee in de betaalrun van volgende week donderdag.

Met vriendelijke groet,
Jelle Hoekstra
Transportbedrijf Hoekstra BV | Nationaal & internationaal transport
Industrieweg 12, 8401 Gorredijk""", "already_paid", sec=["promise_to_pay"], date="2026-10-29", inv=["94462", "94461"],
          fam=["paid-and-promise", "volgende-week-donderdag", "logistics"], note="94462 matches BK44-051"),
    Reply("Y4451", at(20, "10:10", NL), """Hoi,

Op factuur 94461 staan 14 ritten Zwolle–Duisburg, wij hebben er 11 gereden volgens onze CMR's. Graag een creditnota voor 3 ritten.

Groet,
Planning/administratie""", "dispute", inv=["94461"], sender=0, fam=["cmr", "trips", "logistics"]),
    Reply("Y4451", at(21, "14:30", NL), """Hallo, wij betalen vrijdag. Gr Jelle""", "promise_to_pay", date="2026-10-23", fam=["bare-weekday", "terse"]),
    Reply("Y4451", at(22, "09:20", NL), """Goedemorgen,

Ivm de overname door Hoekstra Logistics Group graag vanaf nu factureren aan: Hoekstra Logistics Group BV, KvK 91245580, btw NL865512330B01, Postbus 40, 8400 AA Gorredijk. Wilt u de openstaande facturen opnieuw uitschrijven?

Met vriendelijke groet,
Administratie""", "po_change", sender=0, fam=["takeover", "legal-entity-name", "vat-number"]),
    Reply("Y4451", at(23, "16:00", NL), """Beste,

Wij betalen € 3.000 op 30-10 en de rest medio november.

Groeten,
Jelle""", "promise_to_pay", date="2026-10-30", amount="3000.00", fam=["numeric-dd-mm", "medio", "undated-remainder"]),
    Reply("Y4451", at(19, "17:30", NL), """Kunnen jullie een kopie van de factuur sturen? Hij is niet in ons systeem ingelezen, waarschijnlijk door de scan-software. Dank!""", "invoice_resend",
          sender=0, fam=["scan-software"]),
    Reply("Y4452", at(19, "09:00", NL), """Geachte heer/mevrouw,

Uw factuur INV-2026-94463 is goedgekeurd en staat ingepland voor de betaalrun van week 44, op dinsdag.

Met vriendelijke groet,
Marleen van Dijk
Financieel manager
Van Dijk Koeltransport BV – Temperatuurgecontroleerd transport sinds 1968

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Verstrekking aan en gebruik door anderen is niet toegestaan. Van Dijk Koeltransport BV sluit iedere aansprakelijkheid uit die voortvloeit uit elektronische verzending. Op al onze diensten zijn de Algemene Voorwaarden Logistiek (AVL) van toepassing, gedeponeerd bij de griffie van de rechtbank te Rotterdam.""",
          "promise_to_pay", date="2026-10-27", inv=["94463"], html=True, fam=["week-number-weekday", "disclaimer-longer-than-message", "logistics", "html-only"],
          note="week 44 runs Monday 26 October to Sunday 1 November: Tuesday 27"),
    Reply("Y4452", at(20, "11:00", NL), """Goedendag,

Wij kunnen uw factuur niet verwerken: het inkoopordernummer ontbreekt of is onjuist. Het juiste nummer is VDK-45071 (niet 45017). Graag een gecorrigeerde factuur via ons e-invoicing adres vandijk-koel@einvoice.example.

Crediteurenadministratie""", "po_change", sender=0, fam=["transposed-po", "e-invoicing"]),
    Reply("Y4452", at(21, "15:15", NL), """Dag,

Betaling is uitgesteld: de directie moet nog tekenen, verwachting eind van de maand, maar ik kan niets beloven.

Marleen""", "promise_to_pay", human=["undated", "conditional"], fam=["hedged", "directie-approval"],
          note="'verwachting … maar ik kan niets beloven': an estimate the writer refuses to commit to — undated"),
    Reply("Y4452", at(22, "12:45", NL), """Goedemiddag,

Correctie op mijn vorige mail: de betaling gaat niet op dinsdag 27 maar op donderdag 29 oktober de deur uit.

Met vriendelijke groet,
Marleen van Dijk""", "promise_to_pay", date="2026-10-29", fam=["correction", "moved-date"]),
    Reply("Y4452", at(23, "07:30", NL), """Automatisch antwoord: ik ben afwezig tot en met vrijdag 13 november. Voor dringende zaken kunt u contact opnemen met crediteuren@vandijk-koel.example.""",
          "out_of_office", headers=AUTO, human=["absent more than 14 days"], fam=["ooo-beyond-14", "tot-en-met"]),
    Reply("Y4452", at(21, "09:09", NL), """Beste,

Wij hebben wegens de kapotte koelmotor op de trailer die u geleverd heeft een tegenvordering van € 2.450. Wij verrekenen deze met factuur 94463 en betalen het restant van € 16.270 op 5 november.

Marleen van Dijk""", "dispute", sec=["promise_to_pay"], date="2026-11-05", amount="16270.00", inv=["94463"],
          fam=["set-off", "dispute-with-promise", "logistics"]),
    Reply("Y4453", at(19, "10:45", BE), """Goeiemorgen,

De factuur 94465 is betaald op 14/10 met gestructureerde mededeling +++094/4650/00015+++. Voor de 94464 wachten we op de goedkeuring van de architect van de vorderingsstaat, daarna betalen we binnen de 30 dagen.

Met vriendelijke groeten,
Koen De Smet
Zaakvoerder""", "already_paid", sec=["promise_to_pay"], ref="+++094/4650/00015+++", inv=["94465", "94464"], human=["conditional", "undated"],
          fam=["gestructureerde-mededeling", "vorderingsstaat", "flemish"], note="94465 matches BK44-052; 94464 after the architect approves: no date"),
    Reply("Y4453", at(20, "13:30", BE), """Dag,

We gaan de 94464 betalen tegen het einde van volgende week. Kan het zijn dat er nog een creditnota komt voor de retour gezonden tegels?

Koen""", "promise_to_pay", date="2026-10-30", inv=["94464"], fam=["einde-volgende-week", "question-aside", "flemish"]),
    Reply("Y4453", at(21, "08:30", BE), """Goeiedag,

Wij betwisten factuur 94464: de prijs van de snelbouwstenen is € 0,89 per stuk volgens offerte, niet € 0,98. Gelieve een creditnota op te maken.

Boekhouding De Smet""", "dispute", inv=["94464"], sender=0, fam=["price-difference", "gelieve", "flemish"]),
    Reply("Y4453", at(22, "16:50", BE), """Dag, kunnen we de 7.390 euro in drie keer betalen, telkens op de 25ste? Eerste keer 25 november. Alvast bedankt. Koen""",
          "payment_plan_request", date="2026-11-25", fam=["three-instalments", "flemish"]),
    Reply("Y4453", at(23, "10:00", BE), """Goeiemorgen,

Ik ben niet meer bevoegd voor de boekhouding, dat doet nu ons boekhoudkantoor Verhaeghe: facturen@verhaeghe-boekhouding.example.

Groeten""", "wrong_contact", sender=0, fam=["outsourced-accounting", "flemish"]),
    Reply("Y4454", at(19, "13:00", NL), """Beste,

De stichting betaalt de factuur voor de digiborden na de herfstvakantie, op maandag 26 oktober.

Met vriendelijke groet,
Anouk Bakker
Controller
Stichting Openbaar Basisonderwijs De Regenboog""", "promise_to_pay", date="2026-10-26", fam=["herfstvakantie", "weekday-date", "school"]),
    Reply("Y4454", at(20, "09:30", NL), """Goedemorgen,

Wij zijn een onderwijsinstelling en zijn vrijgesteld van btw voor deze levering (onderwijsvrijstelling). Kunt u de factuur opnieuw opmaken zonder btw?

Anouk Bakker""", "dispute", fam=["tax-exempt", "school"]),
    Reply("Y4454", at(21, "11:11", NL), """Hallo,

Vanaf 1 november ontvangen wij facturen alleen nog via ons factuurportaal (Basware). Graag daar uploaden met vermelding van het schoolnummer BRIN 18QX.

Team Financiën""", "po_change", sender=0, fam=["portal", "brin", "school"]),
    Reply("Y4454", at(22, "14:14", NL), """Dank voor uw bericht, ik heb het doorgestuurd naar onze administratiekantoor.

Groet, Ilse (schooladministratie)""", "other", sender=0, fam=["no-action", "forwarded", "grammar-slip"]),
    Reply("Y4454", at(23, "15:30", NL), """Geachte heer, mevrouw,

Graag zouden wij het bedrag van € 2.980 in vier termijnen voldoen, de eerste op 1 december. De begroting 2026 is vrijwel op. Wilt u laten weten of dat akkoord is?

Anouk Bakker""", "payment_plan_request", date="2026-12-01", fam=["four-instalments", "budget-year", "school"]),
    Reply("Y4451", at(21, "20:00", NL), """Dit bericht kon niet worden afgeleverd bij j.hoekstra@hoekstratransport.example.

Fout: 550 5.1.1 Onbekende gebruiker.""", "bounce", lang="nl", sender="postmaster@hoekstratransport.example",
          dsn=("j.hoekstra@hoekstratransport.example", "5.1.1"), subject="Onbestelbaar: Herinnering: vervallen facturen – Transportbedrijf Hoekstra BV", fam=["dutch-dsn"]),
    Reply("Y4454", at(20, "03:00", NL), """Onbestelbaar bericht

Uw bericht aan a.bakker@regenboog-school.example is niet bezorgd: de postbus is vol (552 5.2.2).""", "bounce", lang="nl", sender="MAILER-DAEMON@regenboog-school.example",
          dsn=("a.bakker@regenboog-school.example", "5.2.2"), subject="Onbestelbaar: Herinnering: vervallen facturen – Stichting Openbaar Basisonderwijs De Regenboog", fam=["mailbox-full", "dutch-dsn"]),
    Reply("Y4451", at(22, "07:00", NL), """Ik ben op vakantie tot maandag 2 november. Voor spoedzaken: planning@hoekstratransport.example.""", "out_of_office", headers=AUTO,
          fam=["ooo-within-14"]),
    Reply("Y4452", at(19, "14:45", NL), """Goedemiddag,

Is deze herinnering echt van Northwind? Wij kregen vorige week een factuur met een ander rekeningnummer (een Belgische IBAN). Graag bevestiging voordat we iets doen.

Crediteuren""", "other", sender=0, human=["fraud check"], fam=["fraud-check", "iban-change"]),
    Reply("Y4453", at(20, "17:00", BE), """Hey, we betalen binnen de acht dagen. Groeten Koen""", "promise_to_pay", date="2026-10-28", fam=["binnen-acht-dagen", "flemish"],
          note="'binnen de acht dagen' = +8 from Tuesday 20 = 28 October"),
    Reply("Y4451", at(20, "15:00", NL), """Hoi! Ik doe de administratie van Hoekstra niet meer, ik werk sinds deze maand bij een ander bedrijf. Mail naar administratie@hoekstratransport.example. Succes!""",
          "wrong_contact", sender=1, fam=["left-company"]),
    Reply("Y4454", at(21, "16:00", NL), """Beste, de factuur wordt eind deze maand betaald, uiterlijk 31 oktober. Mvg Anouk""", "promise_to_pay", date="2026-10-31", fam=["uiterlijk", "eind-deze-maand"]),
    Reply("Y4453", at(22, "11:00", BE), """Dag,

Wij betalen 5.000 euro deze week nog, vrijdag normaal gezien, en de rest begin november.

Koen De Smet""", "promise_to_pay", date="2026-10-23", amount="5000.00", fam=["deze-week-vrijdag", "normaal-gezien", "flemish"]),
    Reply("Y4452", at(22, "17:30", NL), """Goedemiddag,

Graag ontvangen wij een actueel rekeningoverzicht van al onze openstaande posten voor de kwartaalafsluiting.

Met vriendelijke groet,
Crediteurenadministratie""", "invoice_resend", sender=0, fam=["statement", "quarter-close"]),
    Reply("Y4451", at(23, "11:45", NL), """Hallo,

Even ter info: we betalen 94461 in week 45, waarschijnlijk maandag.

Groeten Jelle""", "promise_to_pay", date="2026-11-02", inv=["94461"], fam=["week-number-weekday"], note="week 45 starts Monday 2 November"),
    Reply("Y4454", at(19, "19:30", NL), """Hoi, namens de oudervereniging: wij betalen de factuur voor het schoolreisje uit de ouderbijdragen, overmorgen. Groet, Sanne (penningmeester OV)""",
          "promise_to_pay", date="2026-10-21", sender="penningmeester.ov.regenboog@gmail.example", fam=["overmorgen", "unknown-sender", "parents-association"]),
    Reply("Y4452", at(20, "16:30", NL), """Geachte heer/mevrouw,

Wij betalen over twee weken, na ontvangst van de kwartaalfactuur van onze opdrachtgever Albert Heijn DC. Zij betalen altijd keurig op tijd.

Marleen van Dijk""", "promise_to_pay", date="2026-11-03", human=["conditional"], fam=["over-twee-weken", "customer-pays-first", "logistics"]),
    Reply("Y4453", at(19, "08:00", BE), """Goeiemorgen, de betaling gebeurt normaal eind deze maand. Koen""", "promise_to_pay", date="2026-10-31", fam=["eind-deze-maand", "flemish"]),
    Reply("Y4451", at(21, "12:30", NL), """Hoi, de 94461 gaat morgen over een week de deur uit. Groet, Jelle""", "promise_to_pay", date="2026-10-29", inv=["94461"],
          fam=["morgen-over-een-week"], note="a week from tomorrow, written Wednesday 21: 29 October"),
]
