"""The field67 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

AS_OF is Saturday 22 June 2030: the replies are dated Monday 29 April to Friday 21 June 2030, late spring into early
summer. In it: May Day (Wednesday 1 May), Dutch Remembrance (Saturday 4 May) and Liberation Day (Sunday 5 May), the UK
and Irish early May bank holiday (Monday 6 May), VE Day in France (Wednesday 8 May), Mother's Day in the US and Brazil
(Sunday 12 May), the Journée nationale des patriotes in Québec (Monday 20 May), Memorial Day and the UK spring bank
holiday (Monday 27 May), Ascension (Thursday 30 May) and its bridge Friday, the Irish June bank holiday and New
Zealand's King's Birthday (Monday 3 June), Pentecost (Sunday 9 June) and Whit Monday (10 June), Portugal Day (Monday 10
June), Australia's King's Birthday (Monday 10 June: the second Monday of June 2030, not the 9th, which is a Sunday),
Santo António in Lisbon (Thursday 13 June), the Festas Juninas, Father's Day (Sunday 16 June), Youth Day in South
Africa (Sunday 16, observed Monday 17 June), Juneteenth (Wednesday 19 June), Corpus Christi (Thursday 20 June),
Matariki (Friday 21 June), the approaching half-year close (30 June) and the aguinaldo in Argentina; the asparagus and
strawberry seasons, spring trade fairs, Roland-Garros (late May to early June), graduation season. Offsets are the
summer ones (GB/IE/PT +1, CET +2, US −4/−5/−6/−7, Ontario and Québec −4) and southern-winter ones (NSW +10, NZ +12,
Brazil and Argentina −3, South Africa +2), plus Mexico −6, India +5:30 and Singapore +8.

Settings: a strawberry farm (Kent), a Chelsea Flower Show garden designer (London, strategic), a barbecue supply house
(Texas, credit hold), a graduation-regalia maker (Ohio), a wedding barn on a legal account (Vermont), a Juneteenth
festival producer (Tulsa), Bloomsday walking tours on a plan (Dublin), ski hire before the snow season (NSW,
strategic), a kiwifruit packhouse (Bay of Plenty), an Alphonso-mango exporter (Ratnagiri), a durian trader (Singapore),
a citrus packer (Western Cape, credit hold), a tulip-festival supplier (Ottawa), a cherry orchard (Washington), a
rafting outfitter (Utah), punt hire in May Week (Cambridge), a Highland games association (Perthshire), a Mother's Day
wholesale florist (New Jersey); an asparagus farm (Beelitz, strategic), a beer-garden and Maibaum rental (Munich), an
alpine dairy (Pinzgau, credit hold), Art Basel stand builders (Basel); a Plougastel strawberry grower (Brittany), a
Roland-Garros clay-court contractor (Paris, strategic), Doudou workshops on a plan (Mons), a Fête nationale producer
(Québec); a Huelva strawberry cooperative, fireworks for the Hogueras (Alicante, credit hold), graduation gowns
(Guadalajara), a ski hire on a legal account (Bariloche); an asparagus grower (Limburg), Pinkpop stage builders
(Landgraaf, strategic), a strawberry farm and bakery (Hoogstraten); sardines for Santo António (Lisbon), Festa Junina
fireworks and bunting (Campina Grande, credit hold) and graduation events on a plan (São Paulo).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2030-06-22"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("P6701", "Harcourt Strawberry Growers Ltd", "harcourtberries.example", "en", "en-GB", [], "alice",
     [("accounts", "", "AP mailbox"), ("fiona.harcourt", "Fiona Harcourt", "Director"), ("pete.lawes", "Pete Lawes", "Farm office")],
     [("INV-2027-67011", "3840.00", "GBP", "2030-04-12", "HSG-2231"), ("INV-2027-67012", "1295.50", "GBP", "2030-04-26", None)]),
    ("P6702", "Wisteria Lane Garden Design Ltd", "wisterialane.example", "en", "en-GB", ["strategic"], "alice",
     [("ap", "", "AP mailbox"), ("imogen.clarke", "Imogen Clarke", "Finance manager")],
     [("INV-2027-67021", "12480.00", "GBP", "2030-04-19", "WLD-PO-0417"), ("INV-2027-67022", "6215.00", "GBP", "2030-05-03", "WLD-PO-0431")]),
    ("P6703", "Lone Oak Grill Supply Co.", "loneoakgrill.example", "en", "en-US", ["credit_hold"], "bob",
     [("payables", "", "AP mailbox"), ("travis.mccoy", "Travis McCoy", "Owner")],
     [("INV-2027-67031", "7960.00", "USD", "2030-03-29", None), ("INV-2027-67032", "2340.75", "USD", "2030-04-15", None)]),
    ("P6704", "Capstone Regalia Inc.", "capstoneregalia.example", "en", "en-US", [], "bob",
     [("ap", "", "AP mailbox"), ("dana.kowalski", "Dana Kowalski", "Controller"), ("jamal.reed", "Jamal Reed", "AP clerk")],
     [("INV-2027-67041", "18750.00", "USD", "2030-04-20", "CR-55102"), ("INV-2027-67042", "4125.00", "USD", "2030-05-05", "CR-55188")]),
    ("P6705", "Bellhaven Barn Weddings LLC", "bellhavenbarn.example", "en", "en-US", ["legal"], "bob",
     [("office", "", "Office"), ("claire.bellamy", "Claire Bellamy", "Owner")],
     [("INV-2027-67051", "5480.00", "USD", "2030-02-28", None)]),
    ("P6706", "Greenwood Jubilee Events LLC", "greenwoodjubilee.example", "en", "en-US", [], "bob",
     [("finance", "", "Finance"), ("toni.walker", "Toni Walker", "Producer"), ("marcus.hale", "Marcus Hale", "Bookkeeper")],
     [("INV-2027-67061", "9300.00", "USD", "2030-04-30", "GJ-2030-014"), ("INV-2027-67062", "1875.00", "USD", "2030-05-10", "GJ-2030-019")]),
    ("P6707", "Bloomsday Walking Tours Ltd", "bloomsdaytours.example", "en", "en-IE", ["payment_plan"], "alice",
     [("accounts", "", "Accounts"), ("niamh.doyle", "Niamh Doyle", "Managing director")],
     [("INV-2027-67071", "4200.00", "EUR", "2030-03-31", None), ("INV-2027-67072", "1650.00", "EUR", "2030-04-30", None)]),
    ("P6708", "Snowy Gums Ski Hire Pty Ltd", "snowygums.example", "en", "en-AU", ["strategic"], "alice",
     [("accounts", "", "AP mailbox"), ("bec.oloughlin", "Bec O'Loughlin", "Finance manager"), ("shane.pratt", "Shane Pratt", "Operations")],
     [("INV-2027-67081", "21900.00", "AUD", "2030-04-30", "SG-7781"), ("INV-2027-67082", "3380.00", "AUD", "2030-05-15", "SG-7790")]),
    ("P6709", "Tui Ridge Kiwifruit Packhouse Ltd", "tuiridge.example", "en", "en-NZ", [], "alice",
     [("accounts", "", "Accounts"), ("hemi.walker", "Hemi Walker", "Packhouse manager")],
     [("INV-2027-67091", "8640.00", "NZD", "2030-04-20", "TR-4410"), ("INV-2027-67092", "2190.00", "NZD", "2030-05-20", "TR-4436")]),
    ("P6710", "Alphonso Orchards Export Pvt Ltd", "alphonsoexport.example", "en", "en-IN", [], "bob",
     [("accounts", "", "Accounts"), ("rohan.desai", "Rohan Desai", "Finance head"), ("priya.sawant", "Priya Sawant", "Accounts executive")],
     [("INV-2027-67101", "412500.00", "INR", "2030-04-25", "AOE/PO/2030/112"), ("INV-2027-67102", "96800.00", "INR", "2030-05-10", "AOE/PO/2030/127")]),
    ("P6711", "Lion City Durian Traders Pte Ltd", "lioncitydurian.example", "en", "en-SG", [], "bob",
     [("ap", "", "AP mailbox"), ("wei.ling.tan", "Tan Wei Ling", "Finance executive")],
     [("INV-2027-67111", "6480.00", "SGD", "2030-05-02", "LCD-0522"), ("INV-2027-67112", "1960.00", "SGD", "2030-05-16", None)]),
    ("P6712", "Karoo Citrus Packers (Pty) Ltd", "karoocitrus.example", "en", "en-ZA", ["credit_hold"], "alice",
     [("creditors", "", "Creditors"), ("pieter.vdmerwe", "Pieter van der Merwe", "Financial manager")],
     [("INV-2027-67121", "148000.00", "ZAR", "2030-03-31", "KCP-3301"), ("INV-2027-67122", "37650.00", "ZAR", "2030-04-30", "KCP-3318")]),
    ("P6713", "Rideau Tulip Supply Inc.", "rideautulip.example", "en", "en-CA", [], "bob",
     [("ap", "", "AP mailbox"), ("genevieve.ross", "Geneviève Ross", "Controller")],
     [("INV-2027-67131", "7725.00", "CAD", "2030-04-15", "RT-2030-33"), ("INV-2027-67132", "980.00", "CAD", "2030-05-01", None)]),
    ("P6714", "Cascadia Cherry Orchards LLC", "cascadiacherry.example", "en", "en-US", [], "bob",
     [("ap", "", "AP mailbox"), ("luis.ortega", "Luis Ortega", "Office manager")],
     [("INV-2027-67141", "11340.00", "USD", "2030-04-28", "CCO-881"), ("INV-2027-67142", "2675.00", "USD", "2030-05-12", "CCO-894")]),
    ("P6715", "Red Rock River Outfitters", "redrockriver.example", "en", "en-US", [], "bob",
     [("billing", "", "Billing"), ("kelsey.dunn", "Kelsey Dunn", "Co-owner")],
     [("INV-2027-67151", "4390.00", "USD", "2030-04-18", None), ("INV-2027-67152", "1245.00", "USD", "2030-05-06", None)]),
    ("P6716", "Pembroke Punting Company Ltd", "pembrokepunts.example", "en", "en-GB", [], "alice",
     [("office", "", "Office"), ("olly.fenwick", "Olly Fenwick", "Manager")],
     [("INV-2027-67161", "2960.00", "GBP", "2030-04-22", None), ("INV-2027-67162", "740.00", "GBP", "2030-05-08", None)]),
    ("P6717", "Strathearn Highland Games Association", "strathearngames.example", "en", "en-GB", [], "alice",
     [("treasurer", "", "Treasurer mailbox"), ("morag.kerr", "Morag Kerr", "Treasurer"), ("alasdair.grant", "Alasdair Grant", "Secretary")],
     [("INV-2027-67171", "3150.00", "GBP", "2030-04-30", "SHGA-30-07"), ("INV-2027-67172", "865.00", "GBP", "2030-05-14", None)]),
    ("P6718", "Petal & Stem Wholesale Florists Inc.", "petalstemwholesale.example", "en", "en-US", [], "bob",
     [("ap", "", "AP mailbox"), ("rosa.delgado", "Rosa Delgado", "AP specialist")],
     [("INV-2027-67181", "15600.00", "USD", "2030-04-14", "PS-40021"), ("INV-2027-67182", "3920.00", "USD", "2030-04-28", "PS-40058")]),
    ("P6720", "Spargelhof Lindenau GmbH & Co. KG", "spargelhof-lindenau.example", "de", "de-DE", ["strategic"], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("katrin.lindenau", "Katrin Lindenau", "Geschäftsführerin"), ("uwe.brandt", "Uwe Brandt", "Kreditoren")],
     [("INV-2027-67201", "14280.00", "EUR", "2030-04-15", "SL-4500-2214"), ("INV-2027-67202", "3975.00", "EUR", "2030-05-02", "SL-4500-2251")]),
    ("P6721", "Maibaum & Biergarten Verleih GmbH", "biergarten-verleih.example", "de", "de-DE", [], "alice",
     [("rechnungen", "", "Rechnungseingang"), ("florian.huber", "Florian Huber", "Inhaber")],
     [("INV-2027-67211", "6840.00", "EUR", "2030-04-24", None), ("INV-2027-67212", "1190.00", "EUR", "2030-05-08", None)]),
    ("P6722", "Sennerei Pinzgauer Almsommer eGen", "almsommer-pinzgau.example", "de", "de-AT", ["credit_hold"], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("johanna.rainer", "Johanna Rainer", "Obfrau")],
     [("INV-2027-67221", "9120.00", "EUR", "2030-03-31", None), ("INV-2027-67222", "2480.00", "EUR", "2030-04-30", None)]),
    ("P6723", "Rheinknie Messebau AG", "rheinknie-messebau.example", "de", "de-CH", [], "alice",
     [("kreditoren", "", "Kreditoren"), ("beat.suter", "Beat Suter", "Leiter Finanzen")],
     [("INV-2027-67231", "23400.00", "CHF", "2030-05-10", "RM-30-0612"), ("INV-2027-67232", "5860.00", "CHF", "2030-05-24", "RM-30-0640")]),
    ("P6724", "Maison Guérin – Fraises de Plougastel", "fraises-guerin.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("yannick.guerin", "Yannick Guérin", "Gérant")],
     [("INV-2027-67241", "5230.00", "EUR", "2030-04-20", None), ("INV-2027-67242", "1480.00", "EUR", "2030-05-05", None)]),
    ("P6725", "Terre Battue Services SAS", "terrebattue.example", "fr", "fr-FR", ["strategic"], "alice",
     [("fournisseurs", "", "Comptabilité fournisseurs"), ("helene.marchal", "Hélène Marchal", "Directrice financière"), ("julien.petit", "Julien Petit", "Comptable")],
     [("INV-2027-67251", "31600.00", "EUR", "2030-04-30", "TBS-BC-30118"), ("INV-2027-67252", "7450.00", "EUR", "2030-05-15", "TBS-BC-30127")]),
    ("P6726", "Les Ateliers du Doudou SRL", "ateliersdudoudou.example", "fr", "fr-BE", ["payment_plan"], "alice",
     [("comptabilite", "", "Comptabilité"), ("benoit.lemaire", "Benoît Lemaire", "Administrateur")],
     [("INV-2027-67261", "6900.00", "EUR", "2030-03-31", None), ("INV-2027-67262", "2100.00", "EUR", "2030-04-30", None)]),
    ("P6727", "Productions Fête du Solstice inc.", "fetedusolstice.example", "fr", "fr-CA", [], "bob",
     [("comptes", "", "Comptes fournisseurs"), ("mathieu.gagnon", "Mathieu Gagnon", "Directeur de production")],
     [("INV-2027-67271", "12850.00", "CAD", "2030-05-01", "FS-2030-044"), ("INV-2027-67272", "3415.00", "CAD", "2030-05-17", "FS-2030-051")]),
    ("P6728", "Fresas del Condado Sociedad Cooperativa Andaluza", "fresascondado.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("rocio.marquez", "Rocío Márquez", "Responsable de administración")],
     [("INV-2027-67281", "8760.00", "EUR", "2030-04-18", "FC-30-221"), ("INV-2027-67282", "2345.00", "EUR", "2030-05-03", "FC-30-236")]),
    ("P6729", "Pirotecnia Fogueres Levante S.L.", "fogueres-levante.example", "es", "es-ES", ["credit_hold"], "alice",
     [("contabilidad", "", "Contabilidad"), ("vicent.ferrer", "Vicent Ferrer", "Gerente")],
     [("INV-2027-67291", "17300.00", "EUR", "2030-03-31", None), ("INV-2027-67292", "4150.00", "EUR", "2030-04-30", None)]),
    ("P6730", "Togas y Birretes del Bajío S.A. de C.V.", "togasbajio.example", "es", "es-MX", [], "bob",
     [("cxp", "", "Cuentas por pagar"), ("alejandra.ruiz", "Alejandra Ruiz", "Contralora")],
     [("INV-2027-67301", "186400.00", "MXN", "2030-04-30", "TBB-OC-7712"), ("INV-2027-67302", "42900.00", "MXN", "2030-05-15", "TBB-OC-7731")]),
    ("P6731", "Alquiler Cerro Nevado S.A.", "cerronevado.example", "es", "es-AR", ["legal"], "bob",
     [("administracion", "", "Administración"), ("martin.sosa", "Martín Sosa", "Socio gerente")],
     [("INV-2027-67311", "9850.00", "USD", "2030-02-28", None)]),
    ("P6732", "Aspergekwekerij De Peelrand B.V.", "peelrand-asperges.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("ingrid.vandenberg", "Ingrid van den Berg", "Financieel medewerker")],
     [("INV-2027-67321", "7420.00", "EUR", "2030-04-22", "PR-2030-118"), ("INV-2027-67322", "1865.00", "EUR", "2030-05-06", None)]),
    ("P6733", "Podiumbouw Zuid-Limburg B.V.", "podiumbouw-zl.example", "nl", "nl-NL", ["strategic"], "alice",
     [("crediteuren", "", "Crediteurenadministratie"), ("ruud.janssen", "Ruud Janssen", "Controller"), ("sanne.peeters", "Sanne Peeters", "Projectleider")],
     [("INV-2027-67331", "26800.00", "EUR", "2030-05-01", "PZL-4471"), ("INV-2027-67332", "5320.00", "EUR", "2030-05-20", "PZL-4489")]),
    ("P6734", "Hoeve De Aardbeiengaard BV", "aardbeiengaard.example", "nl", "nl-BE", [], "alice",
     [("boekhouding", "", "Boekhouding"), ("lieve.verhoeven", "Lieve Verhoeven", "Zaakvoerder")],
     [("INV-2027-67341", "4680.00", "EUR", "2030-04-25", None), ("INV-2027-67342", "960.00", "EUR", "2030-05-10", None)]),
    ("P6735", "Sardinhas da Mouraria, Lda.", "sardinhasmouraria.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("teresa.figueiredo", "Teresa Figueiredo", "Sócia-gerente")],
     [("INV-2027-67351", "6120.00", "EUR", "2030-04-26", None), ("INV-2027-67352", "1740.00", "EUR", "2030-05-12", None)]),
    ("P6736", "Arraiá Fogos e Bandeirinhas Ltda.", "arraiafogos.example", "pt", "pt-BR", ["credit_hold"], "bob",
     [("financeiro", "", "Financeiro"), ("joao.batista", "João Batista Lima", "Sócio")],
     [("INV-2027-67361", "48600.00", "BRL", "2030-04-15", None), ("INV-2027-67362", "12300.00", "BRL", "2030-05-02", None)]),
    ("P6737", "Ipê Formaturas e Eventos Ltda.", "ipeformaturas.example", "pt", "pt-BR", ["payment_plan"], "bob",
     [("contasapagar", "", "Contas a pagar"), ("camila.rocha", "Camila Rocha", "Gerente financeira"), ("diego.nunes", "Diego Nunes", "Analista financeiro")],
     [("INV-2027-67371", "35400.00", "BRL", "2030-04-10", "IPE-0419"), ("INV-2027-67372", "9800.00", "BRL", "2030-05-08", "IPE-0433")]),
]
