"""The field30 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

Weighted to non-native English writers (India, Nigeria, the Philippines, Poland, Brazil, Vietnam) and to long formal AP
letters: a Pune foundry and a Kochi marine chandler (IN), a Lagos cold-chain firm on credit hold and an Abuja office
fitter (NG), a Manila BPO and a Cebu dried-mango exporter on credit hold (PH, month-first dates), a Bydgoszcz furniture
maker (PL, strategic), an Amazonian timber exporter writing English (BR), a Mekong seafood processor on a plan (VN), a
Pennine rope maker (GB), a Chesapeake marine-electronics dealer and a Kansas wind-turbine servicer (US), an Oregon
orthodontic group with a shared AP mailbox and ticketing system (US, strategic), a Shannon creamery (IE), a Broome pearl
trader on a legal account (AU); an Upper Austrian sawmill, a Bielefeld print shop on a plan, a Bernese cable car
(strategic); a Doubs cheese maker, a Semois brewery on credit hold (BE), a Québec haulier; a Cádiz cannery, a Lima textile
mill on a legal account, a Huila coffee estate; a Dutch butterfly nursery, a Flemish brickworks on a plan, a Frisian
shipyard; a Matosinhos cannery, a Minas dairy on credit hold and a Douro wine estate.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("R3001", "Sahyadri Precision Castings Pvt Ltd", "sahyadricastings.example", "en", "en-IN", [], "alice",
     [("accounts", "", "Accounts"), ("r.kulkarni", "Rohan Kulkarni", "Manager - Accounts & Finance")],
     [("93001", "412500.00", "INR", "2026-10-05", "SPC/PO/26-27/0418"), ("93002", "86400.00", "INR", "2026-10-28", None)]),
    ("R3002", "Ikeja Cold Chain Logistics Ltd", "ikejacoldchain.example", "en", "en-NG", ["credit_hold"], "bruno",
     [("payables", "", "Payables"), ("c.adeyemi", "Chukwuemeka Adeyemi", "Head of Finance")],
     [("93003", "18750.00", "USD", "2026-10-02", None), ("93004", "4320.00", "USD", "2026-10-30", None)]),
    ("R3003", "Bayanihan BPO Solutions Inc", "bayanihanbpo.example", "en", "en-PH", [], "carla",
     [("ap", "", "Accounts Payable"), ("m.delacruz", "Maricel Dela Cruz", "AP Supervisor")],
     [("93005", "9640.00", "USD", "2026-10-09", None), ("93006", "1875.00", "USD", "2026-11-02", None)]),
    ("R3004", "Wisła Furniture Components Sp. z o.o.", "wisla-furniture.example", "en", "en-PL", ["strategic"], "alice",
     [("ksiegowosc", "", "Accounting"), ("a.nowakowska", "Agnieszka Nowakowska", "Chief Accountant")],
     [("93007", "27380.00", "EUR", "2026-10-06", "WFC/PO/2026/1187"), ("93008", "6115.00", "EUR", "2026-11-03", "WFC/PO/2026/1244")]),
    ("R3005", "Amazonas Timber Exports Ltda", "amazonastimber.example", "en", "en-BR", [], "bruno",
     [("financeiro", "", "Finance"), ("j.barbosa", "João Pedro Barbosa", "Finance Coordinator")],
     [("93009", "14200.00", "USD", "2026-10-07", None), ("93010", "2960.00", "USD", "2026-10-30", None)]),
    ("R3006", "Mekong Delta Seafood Processing JSC", "mekongdeltaseafood.example", "en", "en-VN", ["payment_plan"], "carla",
     [("ketoan", "", "Accounting"), ("h.pham", "Pham Thi Hoa", "Chief Accountant")],
     [("93011", "22400.00", "USD", "2026-09-25", None), ("93012", "3150.00", "USD", "2026-10-27", None)]),
    ("R3007", "Pennine Rope & Rigging Ltd", "penninerope.example", "en", "en-GB", [], "alice",
     [("purchaseledger", "", "Purchase Ledger"), ("g.ackroyd", "Gillian Ackroyd", "Financial Controller")],
     [("93013", "7842.50", "GBP", "2026-10-09", "PRR-40917"), ("93014", "1265.00", "GBP", "2026-11-04", "PRR-41022")]),
    ("R3008", "Tidewater Marine Electronics Inc", "tidewatermarine.example", "en", "en-US", [], "bruno",
     [("billing", "", "Billing"), ("d.whitlock", "Dana Whitlock", "Office Manager")],
     [("93015", "5480.00", "USD", "2026-10-12", None), ("93016", "930.00", "USD", "2026-11-05", None)]),
    ("R3009", "Cascadia Orthodontic Partners PLLC", "cascadiaortho.example", "en", "en-US", ["strategic"], "carla",
     [("ap", "", "Accounts Payable (shared)"), ("t.lindqvist", "Tessa Lindqvist", "AP Lead")],
     [("93017", "16325.00", "USD", "2026-10-01", "COP-7781"), ("93018", "2740.00", "USD", "2026-10-29", "COP-7806")]),
    ("R3010", "Shannon Valley Creamery DAC", "shannonvalleycreamery.example", "en", "en-IE", [], "alice",
     [("accounts", "", "Accounts"), ("n.ohalloran", "Niamh O'Halloran", "Accounts Payable")],
     [("93019", "11960.00", "EUR", "2026-10-08", None), ("93020", "2485.00", "EUR", "2026-11-02", None)]),
    ("R3011", "Kimberley Pearl Traders Pty Ltd", "kimberleypearl.example", "en", "en-AU", ["legal"], "bruno",
     [("office", "", "Office"), ("b.tanaka", "Bruce Tanaka", "Director")],
     [("93021", "8870.00", "AUD", "2026-09-30", None), ("93022", "1540.00", "AUD", "2026-10-26", None)]),
    ("R3012", "Abuja Office Interiors Nig. Ltd", "abujainteriors.example", "en", "en-NG", [], "carla",
     [("accounts", "", "Accounts"), ("f.bello", "Fatima Bello", "Accountant")],
     [("93023", "6725.00", "USD", "2026-10-13", None), ("93024", "1180.00", "USD", "2026-11-04", None)]),
    ("R3013", "Kochi Marine Spares Pvt Ltd", "kochimarinespares.example", "en", "en-IN", [], "alice",
     [("accounts", "", "Accounts"), ("s.menon", "Sreeja Menon", "Senior Accountant")],
     [("93025", "4390.00", "USD", "2026-10-14", None), ("93026", "2215.00", "USD", "2026-11-05", None)]),
    ("R3014", "Visayas Dried Mango Exports Corp", "visayasmango.example", "en", "en-PH", ["credit_hold"], "bruno",
     [("accounting", "", "Accounting"), ("j.villanueva", "Jerome Villanueva", "Finance Manager")],
     [("93027", "13480.00", "USD", "2026-10-05", None), ("93028", "3620.00", "USD", "2026-10-29", None)]),
    ("R3015", "Prairie Wind Turbine Services LLC", "prairiewindts.example", "en", "en-US", [], "carla",
     [("ap", "", "Accounts Payable"), ("k.schroeder", "Kyle Schroeder", "Controller")],
     [("93029", "9215.00", "USD", "2026-10-10", None), ("93030", "1460.00", "USD", "2026-11-03", None)]),
    ("R3016", "Sägewerk Brandstätter GmbH", "saegewerk-brandstaetter.example", "de", "de-AT", [], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("j.brandstaetter", "Josef Brandstätter", "Geschäftsführer")],
     [("93031", "15640.00", "EUR", "2026-10-08", None), ("93032", "2380.00", "EUR", "2026-11-02", None)]),
    ("R3017", "Druckerei Lindemann KG", "druckerei-lindemann.example", "de", "de-DE", ["payment_plan"], "bruno",
     [("rechnungswesen", "", "Rechnungswesen"), ("u.lindemann", "Ute Lindemann", "Kaufmännische Leitung")],
     [("93033", "9870.00", "EUR", "2026-09-28", None), ("93034", "1425.00", "EUR", "2026-10-30", None)]),
    ("R3018", "Seilbahnen Hohgant AG", "seilbahnen-hohgant.example", "de", "de-CH", ["strategic"], "carla",
     [("kreditoren", "", "Kreditoren"), ("m.gerber", "Matthias Gerber", "Leiter Finanzen")],
     [("93035", "31450.00", "CHF", "2026-10-05", "SH-BE-5521"), ("93036", "4780.00", "CHF", "2026-11-04", None)]),
    ("R3019", "Fromagerie du Haut-Doubs SARL", "fromagerie-hautdoubs.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("s.girardot", "Sylvie Girardot", "Gérante")],
     [("93037", "6930.00", "EUR", "2026-10-09", None), ("93038", "1815.00", "EUR", "2026-11-03", None)]),
    ("R3020", "Brasserie artisanale de la Semois SRL", "brasserie-semois.example", "fr", "fr-BE", ["credit_hold"], "bruno",
     [("comptabilite", "", "Comptabilité"), ("l.pirotte", "Laurent Pirotte", "Administrateur délégué")],
     [("93039", "8460.00", "EUR", "2026-10-06", None), ("93040", "1290.00", "EUR", "2026-10-30", None)]),
    ("R3021", "Transports Lévesque inc.", "transports-levesque.example", "fr", "fr-CA", [], "carla",
     [("comptesapayer", "", "Comptes à payer"), ("m.levesque", "Marc-André Lévesque", "Contrôleur")],
     [("93041", "12375.00", "CAD", "2026-10-07", None), ("93042", "2640.00", "CAD", "2026-11-02", None)]),
    ("R3022", "Conservas Bahía de Cádiz SL", "conservasbahiacadiz.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("r.benitez", "Rocío Benítez", "Responsable de administración")],
     [("93043", "10280.00", "EUR", "2026-10-09", None), ("93044", "1950.00", "EUR", "2026-11-04", None)]),
    ("R3023", "Textiles Andinos SAC", "textilesandinos.example", "es", "es-PE", ["legal"], "bruno",
     [("tesoreria", "", "Tesorería"), ("c.huaman", "César Huamán", "Jefe de Tesorería")],
     [("93045", "17620.00", "USD", "2026-09-29", None), ("93046", "2310.00", "USD", "2026-10-28", None)]),
    ("R3024", "Cafés Finca La Esperanza SAS", "fincalaesperanza.example", "es", "es-CO", [], "carla",
     [("contabilidad", "", "Contabilidad"), ("d.ospina", "Diana Ospina", "Contadora")],
     [("93047", "7540.00", "USD", "2026-10-12", None), ("93048", "1685.00", "USD", "2026-11-05", None)]),
    ("R3025", "Kwekerij De Groene Vlinder BV", "groenevlinder.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("h.vanderlinden", "Henk van der Linden", "Directeur")],
     [("93049", "5960.00", "EUR", "2026-10-13", None), ("93050", "1340.00", "EUR", "2026-11-03", None)]),
    ("R3026", "Steenbakkerij Vandewalle NV", "steenbakkerij-vandewalle.example", "nl", "nl-BE", ["payment_plan"], "bruno",
     [("boekhouding", "", "Boekhouding"), ("k.vandewalle", "Katrien Vandewalle", "Financieel directeur")],
     [("93051", "19850.00", "EUR", "2026-09-30", None), ("93052", "2875.00", "EUR", "2026-10-29", None)]),
    ("R3027", "Scheepswerf Harlingen BV", "scheepswerf-harlingen.example", "nl", "nl-NL", [], "carla",
     [("crediteuren", "", "Crediteurenadministratie"), ("s.hoekstra", "Sjoerd Hoekstra", "Controller")],
     [("93053", "24700.00", "EUR", "2026-10-06", "SWH-2026-0391"), ("93054", "3380.00", "EUR", "2026-11-02", None)]),
    ("R3028", "Conservas Atlântico Lda", "conservas-atlantico.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("a.moreira", "Ana Moreira", "Diretora financeira")],
     [("93055", "8215.00", "EUR", "2026-10-08", None), ("93056", "1470.00", "EUR", "2026-11-04", None)]),
    ("R3029", "Laticínios Serra Azul Ltda", "laticinios-serraazul.example", "pt", "pt-BR", ["credit_hold"], "bruno",
     [("financeiro", "", "Financeiro"), ("r.tavares", "Rogério Tavares", "Gerente financeiro")],
     [("93057", "11340.00", "USD", "2026-10-05", None), ("93058", "2590.00", "USD", "2026-10-29", None)]),
    ("R3030", "Quinta do Pombal Vinhos SA", "quintadopombal.example", "pt", "pt-PT", [], "carla",
     [("faturacao", "", "Faturação"), ("m.carvalho", "Miguel Carvalho", "Administrador")],
     [("93059", "6480.00", "EUR", "2026-10-12", None), ("93060", "1125.00", "EUR", "2026-11-05", None)]),
]
