"""The field70 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

AS_OF is Saturday 4 October 2031: the replies are dated Monday 4 August to Friday 3 October 2031, the summer shutdown
and the return to work. In it: the aftermath of the Swiss National Day (Friday 1 August), the Scottish and Irish August
bank holiday and Ontario's Civic Holiday (Monday 4 August), the August closures in France, Spain and Italy with
Ferragosto / the Assumption (Friday 15 August; also Austria, Belgium, Portugal, Chile, Saarland and Catholic Bavaria),
the English summer bank holiday (Monday 25 August), Labor Day in the US and Canada (Monday 1 September), Brazil's
Independence Day (Sunday 7 September), the Jeûne genevois (Thursday 11 September), the Diada (Thursday 11 September),
the Knabenschiessen weekend in Zurich (Saturday 13 – Monday 15 September), Mexico's 16 de Septiembre (Tuesday), Prinsjesdag
(Tuesday 16 September, the third Tuesday), Rosh Hashanah (Thursday 18 – Friday 19 September, from the evening of Wednesday
17th), Chile's Fiestas Patrias (Thursday 18 and Friday 19 September), the Oktoberfest opening (Saturday 20 September),
Ganesh Chaturthi (Saturday 20 September), Heritage Day in South Africa (Wednesday 24 September), Yom Kippur (Saturday 27
September, from the evening of Friday 26th), quarter-end (Tuesday 30 September) with Canada's National Day for Truth and
Reconciliation, Sukkot (Thursday 2 October), the German Day of Unity (Friday 3 October) and, just past the window,
Labour Day in New South Wales (Monday 6 October); back-to-school, college move-in, the grape, hop, coffee and apple
harvests, vendange and vendimia, the rentrée, the bouwvak, the silent season in the distilleries.

Settings: school outfitters (Leeds), Fringe venues (Edinburgh, strategic), a school-bus contractor (Pennsylvania), state
fair concessions (Minnesota, credit hold), crush services (Napa), a kosher caterer (Brooklyn), tailgate rentals on a legal
account (Texas), festival screen rentals (Toronto), oyster-festival supplies on a plan (Galway), spring-racing hospitality
(Sydney, strategic), lambing supplies (Canterbury), Ganesh décor exports (Pune), a honey apiary (Galilee), braai supplies
(Johannesburg, strategic), trackside catering (Singapore), hop gardens (Kent), dorm outfitters (Boston), a Speyside
distillery, an industrial distributor's AP department (Chicago, strategic), a packaging maker writing English through
Ferragosto (Bologna); an Oktoberfest tent (Munich, strategic), a Rheinhessen winery, fairground rides for the
Knabenschiessen (Zurich), school supplies (Vienna, credit hold), Day-of-Unity event technology on a plan (Berlin), a Black
Forest sawmill back from Betriebsferien; a champagne house (Épernay, strategic), a rentrée stationer (Lyon), a Geneva
caterer, Fêtes de Wallonie entertainers on a plan (Namur), an apple orchard (Île d'Orléans); a Rioja bodega, a Barcelona
stage builder (credit hold), flags and fireworks for the Grito (Dolores Hidalgo), fondas for the Fiestas Patrias
(Santiago), a spring students' festival producer (Buenos Aires); a Prinsjesdag milliner (The Hague), a building firm
after the bouwvak (strategic), a Flemish schoolbook supplier on a plan (Ghent), a bulb exporter (Lisse); a Douro quinta, an
Algarve hotel at season's end (credit hold), a coffee cooperative (Sul de Minas) and Sete de Setembro events (São Paulo,
strategic); and, on plans, a Madrid school-canteen caterer and a Lisbon school-uniform maker at the vuelta al cole / regresso às aulas.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2031-10-04"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("S7001", "Aireborough School Outfitters Ltd", "aireborough-outfitters.example", "en", "en-GB", [], "alice",
     [("accounts", "", "AP mailbox"), ("gemma.holroyd", "Gemma Holroyd", "Finance manager"), ("raj.mistry", "Raj Mistry", "Shop manager")],
     [("INV-2027-70011", "4860.00", "GBP", "2031-07-11", "AS-PO-3318"), ("INV-2027-70012", "1235.40", "GBP", "2031-07-25", None)]),
    ("S7002", "Cowgate Fringe Venues Ltd", "cowgatevenues.example", "en", "en-GB", ["strategic"], "alice",
     [("finance", "", "Finance"), ("euan.macleod", "Euan MacLeod", "Finance director"), ("kirsty.boyd", "Kirsty Boyd", "Venue manager")],
     [("INV-2027-70021", "18400.00", "GBP", "2031-07-15", "CFV-2031-088"), ("INV-2027-70022", "5760.00", "GBP", "2031-07-31", "CFV-2031-102")]),
    ("S7003", "Keystone Pupil Transport Inc.", "keystonepupil.example", "en", "en-US", [], "bob",
     [("ap", "", "AP mailbox"), ("donna.reyes", "Donna Reyes", "Controller"), ("mike.stahl", "Mike Stahl", "Fleet manager")],
     [("INV-2027-70031", "22650.00", "USD", "2031-07-18", "KPT-5501"), ("INV-2027-70032", "3480.00", "USD", "2031-08-01", "KPT-5517")]),
    ("S7004", "Gopher Midway Concessions LLC", "gophermidway.example", "en", "en-US", ["credit_hold"], "bob",
     [("office", "", "Office"), ("brent.lindqvist", "Brent Lindqvist", "Owner")],
     [("INV-2027-70041", "6920.00", "USD", "2031-06-30", None), ("INV-2027-70042", "2115.00", "USD", "2031-07-20", None)]),
    ("S7005", "Mayacamas Crush & Cellar Services LLC", "mayacamascrush.example", "en", "en-US", [], "bob",
     [("ap", "", "AP mailbox"), ("elena.vasquez", "Elena Vasquez", "Controller"), ("tom.brannigan", "Tom Brannigan", "Cellar master")],
     [("INV-2027-70051", "14380.00", "USD", "2031-07-25", "MCS-3102"), ("INV-2027-70052", "2960.00", "USD", "2031-08-08", "MCS-3119")]),
    ("S7006", "Ocean Parkway Kosher Catering Inc.", "oceanparkwaykosher.example", "en", "en-US", [], "bob",
     [("accounts", "", "Accounts"), ("chaim.berger", "Chaim Berger", "Owner"), ("rivka.adler", "Rivka Adler", "Bookkeeper")],
     [("INV-2027-70061", "8750.00", "USD", "2031-07-21", None), ("INV-2027-70062", "1640.00", "USD", "2031-08-04", "OPK-778")]),
    ("S7007", "Brazos Tailgate Rentals LLC", "brazostailgate.example", "en", "en-US", ["legal"], "bob",
     [("billing", "", "Billing"), ("wade.tillman", "Wade Tillman", "Owner")],
     [("INV-2027-70071", "11200.00", "USD", "2031-05-31", None)]),
    ("S7008", "Spadina Screen Rentals Inc.", "spadinascreen.example", "en", "en-CA", [], "bob",
     [("ap", "", "AP mailbox"), ("priya.nair", "Priya Nair", "Controller"), ("luc.fortin", "Luc Fortin", "Rental manager")],
     [("INV-2027-70081", "9840.00", "CAD", "2031-07-28", "SSR-2031-61"), ("INV-2027-70082", "1275.00", "CAD", "2031-08-12", None)]),
    ("S7009", "Clarinbridge Oyster Festival Supplies Ltd", "clarinbridgeoyster.example", "en", "en-IE", ["payment_plan"], "alice",
     [("accounts", "", "Accounts"), ("siobhan.fahy", "Siobhán Fahy", "Director")],
     [("INV-2027-70091", "5600.00", "EUR", "2031-05-31", None), ("INV-2027-70092", "2240.00", "EUR", "2031-06-30", None)]),
    ("S7010", "Rosehill Spring Carnival Hospitality Pty Ltd", "rosehillspring.example", "en", "en-AU", ["strategic"], "alice",
     [("accounts", "", "AP mailbox"), ("kate.mcinnes", "Kate McInnes", "Finance manager"), ("dylan.roper", "Dylan Roper", "Events manager")],
     [("INV-2027-70101", "27300.00", "AUD", "2031-07-31", "RSC-9920"), ("INV-2027-70102", "4150.00", "AUD", "2031-08-14", "RSC-9934")]),
    ("S7011", "Waitaki Lambing Supplies Ltd", "waitakilambing.example", "en", "en-NZ", [], "alice",
     [("accounts", "", "Accounts"), ("aroha.tane", "Aroha Tane", "Office manager")],
     [("INV-2027-70111", "7480.00", "NZD", "2031-07-20", "WLS-220"), ("INV-2027-70112", "1930.00", "NZD", "2031-08-05", None)]),
    ("S7012", "Vighnaharta Idol & Decor Exports Pvt Ltd", "vighnahartadecor.example", "en", "en-IN", [], "bob",
     [("accounts", "", "Accounts"), ("sanjay.kulkarni", "Sanjay Kulkarni", "CFO"), ("meera.joshi", "Meera Joshi", "Accounts executive")],
     [("INV-2027-70121", "385000.00", "INR", "2031-07-25", "VIDE/PO/31/044"), ("INV-2027-70122", "72500.00", "INR", "2031-08-10", "VIDE/PO/31/058")]),
    ("S7013", "Galilee Blossom Apiaries Ltd", "galileeblossom.example", "en", "en-IL", [], "bob",
     [("office", "", "Office"), ("noa.peretz", "Noa Peretz", "Finance"), ("avi.shalev", "Avi Shalev", "Owner")],
     [("INV-2027-70131", "12600.00", "USD", "2031-07-31", "GBA-1184"), ("INV-2027-70132", "3150.00", "USD", "2031-08-15", None)]),
    ("S7014", "Highveld Heritage Braai Supplies (Pty) Ltd", "highveldbraai.example", "en", "en-ZA", ["strategic"], "alice",
     [("creditors", "", "Creditors"), ("thabo.nkosi", "Thabo Nkosi", "Financial manager"), ("annelie.botha", "Annelie Botha", "Creditors clerk")],
     [("INV-2027-70141", "164500.00", "ZAR", "2031-07-31", "HHB-7712"), ("INV-2027-70142", "28900.00", "ZAR", "2031-08-15", "HHB-7730")]),
    ("S7015", "Marina Bay Trackside Catering Pte Ltd", "marinabaytrackside.example", "en", "en-SG", [], "bob",
     [("ap", "", "AP mailbox"), ("jasmine.koh", "Jasmine Koh", "Finance executive")],
     [("INV-2027-70151", "8260.00", "SGD", "2031-07-30", "MBT-0931"), ("INV-2027-70152", "2480.00", "SGD", "2031-08-14", None)]),
    ("S7016", "Faversham Hop Gardens Ltd", "favershamhops.example", "en", "en-GB", [], "alice",
     [("office", "", "Office"), ("will.ashdown", "Will Ashdown", "Farm manager"), ("helen.ashdown", "Helen Ashdown", "Partner")],
     [("INV-2027-70161", "3975.00", "GBP", "2031-07-18", None), ("INV-2027-70162", "860.00", "GBP", "2031-08-01", None)]),
    ("S7017", "Commonwealth Dorm Outfitters LLC", "commonwealthdorm.example", "en", "en-US", [], "bob",
     [("ap", "", "AP mailbox"), ("kevin.oneil", "Kevin O'Neil", "AP specialist"), ("sarah.lindgren", "Sarah Lindgren", "Operations director")],
     [("INV-2027-70171", "19850.00", "USD", "2031-07-15", "CDO-44102"), ("INV-2027-70172", "4420.00", "USD", "2031-08-01", "CDO-44137")]),
    ("S7018", "Glen Avon Distillery Ltd", "glenavondistillery.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("fraser.grant", "Fraser Grant", "Financial controller"), ("isla.munro", "Isla Munro", "Purchasing")],
     [("INV-2027-70181", "9240.00", "GBP", "2031-07-25", "GAD-PO-6610"), ("INV-2027-70182", "2185.00", "GBP", "2031-08-08", "GAD-PO-6642")]),
    ("S7019", "Calumet Industrial Supply Corp.", "calumetindustrial.example", "en", "en-US", ["strategic"], "bob",
     [("accountspayable", "", "AP mailbox"), ("janet.kowalczyk", "Janet Kowalczyk", "AP supervisor"), ("derrick.shaw", "Derrick Shaw", "Assistant controller")],
     [("INV-2027-70191", "42750.00", "USD", "2031-07-31", "CIS-4500-88213"), ("INV-2027-70192", "8315.00", "USD", "2031-08-15", "CIS-4500-88290")]),
    ("S7020", "Imballaggi Reno S.r.l.", "imballaggireno.example", "en", "it-IT", [], "alice",
     [("amministrazione", "", "Amministrazione"), ("giulia.ferri", "Giulia Ferri", "Accounts")],
     [("INV-2027-70201", "7640.00", "EUR", "2031-07-20", "IR-31-0712"), ("INV-2027-70202", "1980.00", "EUR", "2031-07-31", None)]),
    ("S7021", "Festzeltbetrieb Theresienhöhe GmbH", "festzelt-theresienhoehe.example", "de", "de-DE", ["strategic"], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("maximilian.obermaier", "Maximilian Obermaier", "Geschäftsführer"), ("sabine.wirth", "Sabine Wirth", "Kreditorenbuchhaltung")],
     [("INV-2027-70211", "38600.00", "EUR", "2031-07-31", "FTH-4500-3120"), ("INV-2027-70212", "9450.00", "EUR", "2031-08-15", "FTH-4500-3141")]),
    ("S7022", "Weingut Kessler-Hahn", "weingut-kessler-hahn.example", "de", "de-DE", [], "alice",
     [("info", "", "Weingut"), ("petra.kessler", "Petra Kessler", "Inhaberin")],
     [("INV-2027-70221", "6380.00", "EUR", "2031-07-15", None), ("INV-2027-70222", "1740.00", "EUR", "2031-08-01", None)]),
    ("S7023", "Chilbi-Bahnen Wipkingen AG", "chilbi-wipkingen.example", "de", "de-CH", [], "alice",
     [("kreditoren", "", "Kreditoren"), ("reto.baumann", "Reto Baumann", "Leiter Finanzen")],
     [("INV-2027-70231", "19800.00", "CHF", "2031-07-31", "CBW-31-077"), ("INV-2027-70232", "4260.00", "CHF", "2031-08-15", "CBW-31-084")]),
    ("S7024", "Schulbedarf Donaustadt GmbH", "schulbedarf-donaustadt.example", "de", "de-AT", ["credit_hold"], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("elisabeth.gruber", "Elisabeth Gruber", "Buchhaltung"), ("markus.pichler", "Markus Pichler", "Geschäftsführer")],
     [("INV-2027-70241", "11240.00", "EUR", "2031-06-30", None), ("INV-2027-70242", "3090.00", "EUR", "2031-07-31", None)]),
    ("S7025", "Einheitsfest Eventtechnik Berlin GmbH", "einheitsfest-eventtechnik.example", "de", "de-DE", ["payment_plan"], "alice",
     [("finanzen", "", "Finanzen"), ("jens.krueger", "Jens Krüger", "Geschäftsführer")],
     [("INV-2027-70251", "16800.00", "EUR", "2031-05-31", None), ("INV-2027-70252", "4200.00", "EUR", "2031-06-30", None)]),
    ("S7026", "Sägewerk Hornberger KG", "saegewerk-hornberger.example", "de", "de-DE", [], "alice",
     [("rechnungswesen", "", "Rechnungswesen"), ("thomas.hornberger", "Thomas Hornberger", "Komplementär"), ("anja.vogt", "Anja Vogt", "Buchhaltung")],
     [("INV-2027-70261", "8920.00", "EUR", "2031-07-18", "SHK-2031-212"), ("INV-2027-70262", "2370.00", "EUR", "2031-08-01", "SHK-2031-229")]),
    ("S7027", "Champagne Vautrin-Lemoine SAS", "champagne-vautrin-lemoine.example", "fr", "fr-FR", ["strategic"], "alice",
     [("fournisseurs", "", "Comptabilité fournisseurs"), ("claire.vautrin", "Claire Vautrin", "Directrice administrative et financière"), ("olivier.lemoine", "Olivier Lemoine", "Chef de cave")],
     [("INV-2027-70271", "24500.00", "EUR", "2031-07-31", "CVL-BC-31077"), ("INV-2027-70272", "6180.00", "EUR", "2031-08-14", "CVL-BC-31090")]),
    ("S7028", "Papeterie de la Rentrée SARL", "papeterie-rentree.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("sophie.durand", "Sophie Durand", "Gérante")],
     [("INV-2027-70281", "5940.00", "EUR", "2031-07-10", None), ("INV-2027-70282", "1320.00", "EUR", "2031-07-31", None)]),
    ("S7029", "Traiteur du Bourg-de-Four SA", "traiteur-bourgdefour.example", "fr", "fr-CH", [], "alice",
     [("comptabilite", "", "Comptabilité"), ("laurent.favre", "Laurent Favre", "Directeur administratif")],
     [("INV-2027-70291", "13450.00", "CHF", "2031-07-31", "TBF-31-208"), ("INV-2027-70292", "2890.00", "CHF", "2031-08-15", None)]),
    ("S7030", "Fêtes de Wallonie Animations SRL", "fetes-wallonie-animations.example", "fr", "fr-BE", ["payment_plan"], "alice",
     [("comptabilite", "", "Comptabilité"), ("nathalie.dewez", "Nathalie Dewez", "Administratrice")],
     [("INV-2027-70301", "7200.00", "EUR", "2031-05-31", None), ("INV-2027-70302", "2400.00", "EUR", "2031-06-30", None)]),
    ("S7031", "Vergers de l'Île d'Orléans inc.", "vergers-iledorleans.example", "fr", "fr-CA", [], "bob",
     [("comptes", "", "Comptes fournisseurs"), ("genevieve.tremblay", "Geneviève Tremblay", "Contrôleuse"), ("marcandre.pouliot", "Marc-André Pouliot", "Propriétaire")],
     [("INV-2027-70311", "8640.00", "CAD", "2031-07-25", "VIO-2031-33"), ("INV-2027-70312", "1915.00", "CAD", "2031-08-10", None)]),
    ("S7032", "Bodegas Viña Albelda S.A.", "vinaalbelda.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("carmen.saez", "Carmen Sáez", "Responsable de administración"), ("inaki.ortiz", "Iñaki Ortiz", "Enólogo")],
     [("INV-2027-70321", "15700.00", "EUR", "2031-07-31", "BVA-31-412"), ("INV-2027-70322", "3860.00", "EUR", "2031-08-14", "BVA-31-430")]),
    ("S7033", "Mercè Escenografia S.L.", "merce-escenografia.example", "es", "es-ES", ["credit_hold"], "alice",
     [("comptabilitat", "", "Contabilidad"), ("jordi.puig", "Jordi Puig", "Gerente")],
     [("INV-2027-70331", "21300.00", "EUR", "2031-06-30", None), ("INV-2027-70332", "5150.00", "EUR", "2031-07-31", None)]),
    ("S7034", "Banderas y Pirotecnia Dolores S.A. de C.V.", "banderasdolores.example", "es", "es-MX", [], "bob",
     [("cxp", "", "Cuentas por pagar"), ("fernanda.lozano", "Fernanda Lozano", "Contralora"), ("ramiro.ibarra", "Ramiro Ibarra", "Compras")],
     [("INV-2027-70341", "248000.00", "MXN", "2031-07-31", "BPD-OC-5521"), ("INV-2027-70342", "56400.00", "MXN", "2031-08-15", "BPD-OC-5540")]),
    ("S7035", "Fondas del Parque SpA", "fondasdelparque.example", "es", "es-CL", [], "bob",
     [("administracion", "", "Administración"), ("camila.munoz", "Camila Muñoz", "Jefa de administración"), ("rodrigo.soto", "Rodrigo Soto", "Socio")],
     [("INV-2027-70351", "9850000.00", "CLP", "2031-07-31", None), ("INV-2027-70352", "2340000.00", "CLP", "2031-08-14", None)]),
    ("S7036", "Primavera Estudiantil Producciones S.R.L.", "primaveraestudiantil.example", "es", "es-AR", [], "bob",
     [("administracion", "", "Administración"), ("lucia.ferreyra", "Lucía Ferreyra", "Administración")],
     [("INV-2027-70361", "7450.00", "USD", "2031-07-15", None), ("INV-2027-70362", "1980.00", "USD", "2031-08-01", None)]),
    ("S7037", "Hoedenatelier Lange Voorhout B.V.", "hoedenatelier-lv.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("marloes.dekker", "Marloes Dekker", "Eigenaar")],
     [("INV-2027-70371", "6875.00", "EUR", "2031-07-25", "HLV-2031-41"), ("INV-2027-70372", "1490.00", "EUR", "2031-08-08", None)]),
    ("S7038", "Bouwbedrijf Van Dijk & Zonen B.V.", "vandijkbouw.example", "nl", "nl-NL", ["strategic"], "alice",
     [("crediteuren", "", "Crediteurenadministratie"), ("erik.vandijk", "Erik van Dijk", "Directeur"), ("fatima.elamrani", "Fatima El Amrani", "Crediteurenadministratie")],
     [("INV-2027-70381", "29400.00", "EUR", "2031-07-15", "VDZ-45-7781"), ("INV-2027-70382", "7860.00", "EUR", "2031-08-01", "VDZ-45-7802")]),
    ("S7039", "Schoolboeken Vlaanderen BV", "schoolboeken-vlaanderen.example", "nl", "nl-BE", ["payment_plan"], "alice",
     [("boekhouding", "", "Boekhouding"), ("pieter.desmet", "Pieter De Smet", "Zaakvoerder")],
     [("INV-2027-70391", "9600.00", "EUR", "2031-05-31", None), ("INV-2027-70392", "3200.00", "EUR", "2031-06-30", None)]),
    ("S7040", "Bloembollen Export Lisse B.V.", "bollenexport-lisse.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("joost.vanderlinden", "Joost van der Linden", "Controller"), ("anouk.smit", "Anouk Smit", "Financieel medewerker")],
     [("INV-2027-70401", "12350.00", "EUR", "2031-07-31", "BEL-PO-8812"), ("INV-2027-70402", "2740.00", "EUR", "2031-08-15", "BEL-PO-8830")]),
    ("S7041", "Quinta do Vale Socalco, Lda.", "quintavalesocalco.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("rui.carvalho", "Rui Carvalho", "Sócio-gerente"), ("ana.pinto", "Ana Pinto", "Contabilista")],
     [("INV-2027-70411", "9870.00", "EUR", "2031-07-25", "QVS-31-118"), ("INV-2027-70412", "2430.00", "EUR", "2031-08-08", None)]),
    ("S7042", "Hotel Maré Alta Algarve, S.A.", "hotelmarealta.example", "pt", "pt-PT", ["credit_hold"], "alice",
     [("financeiro", "", "Financeiro"), ("marta.sequeira", "Marta Sequeira", "Diretora financeira")],
     [("INV-2027-70421", "14600.00", "EUR", "2031-06-30", None), ("INV-2027-70422", "3780.00", "EUR", "2031-07-31", None)]),
    ("S7043", "Cafeicultores do Sul de Minas Ltda.", "cafesuldeminas.example", "pt", "pt-BR", [], "bob",
     [("financeiro", "", "Financeiro"), ("gustavo.mendes", "Gustavo Mendes", "Gerente financeiro"), ("leticia.araujo", "Letícia Araújo", "Analista financeira")],
     [("INV-2027-70431", "58400.00", "BRL", "2031-07-31", "CSM-OC-2231"), ("INV-2027-70432", "13900.00", "BRL", "2031-08-14", "CSM-OC-2245")]),
    ("S7044", "Desfile da Pátria Eventos Ltda.", "desfiledapatria.example", "pt", "pt-BR", ["strategic"], "bob",
     [("contasapagar", "", "Contas a pagar"), ("renata.oliveira", "Renata Oliveira", "Gerente financeira"), ("bruno.costa", "Bruno Costa", "Analista de contas a pagar")],
     [("INV-2027-70441", "76300.00", "BRL", "2031-07-20", "DPE-4410"), ("INV-2027-70442", "18450.00", "BRL", "2031-08-05", "DPE-4432")]),
    ("S7045", "Comedores Escolares Vuelta al Cole S.L.", "comedoresvueltaalcole.example", "es", "es-ES", ["payment_plan"], "alice",
     [("administracion", "", "Administración"), ("lorena.gil", "Lorena Gil", "Administración")],
     [("INV-2027-70451", "8400.00", "EUR", "2031-05-31", None), ("INV-2027-70452", "2100.00", "EUR", "2031-06-30", None)]),
    ("S7046", "Uniformes Escolares Alfama, Lda.", "uniformesalfama.example", "pt", "pt-PT", ["payment_plan"], "alice",
     [("contabilidade", "", "Contabilidade"), ("sofia.matos", "Sofia Matos", "Sócia-gerente")],
     [("INV-2027-70461", "6000.00", "EUR", "2031-05-31", None), ("INV-2027-70462", "1500.00", "EUR", "2031-06-30", None)]),
]
