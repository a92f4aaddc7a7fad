"""The field22 split's ERP: its own customers, contacts and invoices (written by hand, none shared with field … field21).

Settings unlike the earlier splits: a Cornish surf school, pecan growers in Texas (strategic), kayak rentals in Oregon
on credit hold, a Nilgiri tea estate on a plan (Indian writers), bicycle components from Gdańsk (Polish writers), bamboo
homewares from Xiamen (Chinese writers), cotton mills in Alexandria on a legal account (Arabic-speaking writers), bicycle
saddles from Ferrara (Italian writers), solar installers in Lagos, an oyster farm in Galway, a Tasmanian ferry line
(strategic), harbour pilots in Halifax; a Franconian beekeeper, a Tyrolean cable car on credit hold, an Appenzell
joinery on a plan; a Jura cheese dairy, a Dakar haulier on a legal account, a Québec maple grove (strategic); an
Andalusian olive-oil mill, a Costa Rican coffee mill on credit hold, a Lima dental lab; a Dutch tulip grower on a plan,
a Ghent bicycle repairer; a Póvoa cannery, a Belém açaí distributor (strategic) and a Maputo craft brewery.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("S2201", "Penwith Surf School Ltd", "penwithsurf.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("j.trevithick", "Jenna Trevithick", "Owner")],
     [("22011", "1280.00", "GBP", "2026-10-15", None), ("22012", "340.00", "GBP", "2026-11-05", None)]),
    ("S2202", "Lone Star Pecan Growers LLC", "lonestarpecans.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("d.boudreaux", "Dale Boudreaux", "Controller")],
     [("22021", "18400.00", "USD", "2026-10-09", "LSP-5521"), ("22022", "2260.00", "USD", "2026-11-03", "LSP-5588")]),
    ("S2203", "Cascadia Kayak Rentals Inc", "cascadiakayak.example", "en", "en-US", ["credit_hold"], "carla",
     [("office", "", "Office"), ("m.lindqvist", "Maja Lindqvist", "Owner")],
     [("22031", "4370.00", "USD", "2026-10-12", None)]),
    ("S2204", "Nilgiri Highlands Tea Estates Pvt Ltd", "nilgiritea.example", "en", "en-IN", ["payment_plan"], "alice",
     [("accounts", "", "Accounts"), ("r.iyer", "Raghavan Iyer", "Finance Manager")],
     [("22041", "9650.00", "USD", "2026-09-30", None)]),
    ("S2205", "Wisła Bicycle Components Sp. z o.o.", "wisla-bike.example", "en", "en-PL", [], "bruno",
     [("ksiegowosc", "", "Accounting"), ("a.kowalczyk", "Agnieszka Kowalczyk", "Chief Accountant")],
     [("22051", "6120.00", "EUR", "2026-10-14", None), ("22052", "780.00", "EUR", "2026-11-05", None)]),
    ("S2206", "Xiamen Greenleaf Bamboo Homewares Co Ltd", "greenleafbamboo.example", "en", "en-CN", [], "carla",
     [("finance", "", "Finance"), ("l.chen", "Chen Lihua", "Finance Supervisor")],
     [("22061", "7340.00", "USD", "2026-10-13", None), ("22062", "915.00", "USD", "2026-11-04", None)]),
    ("S2207", "Alexandria Delta Cotton Mills SAE", "deltacottonmills.example", "en", "en-EG", ["legal"], "alice",
     [("accounts", "", "Accounts"), ("h.mansour", "Hossam Mansour", "Financial Director")],
     [("22071", "11260.00", "USD", "2026-09-29", None)]),
    ("S2208", "Sellerie Ferraresi Srl", "selleriaferraresi.example", "en", "en-IT", [], "bruno",
     [("amministrazione", "", "Administration"), ("g.rinaldi", "Giulia Rinaldi", "Administration Manager")],
     [("22081", "3940.00", "EUR", "2026-10-15", None), ("22082", "520.00", "EUR", "2026-11-06", None)]),
    ("S2209", "Sunharvest Solar Installers Ltd", "sunharvestsolar.example", "en", "en-NG", [], "carla",
     [("accounts", "", "Accounts"), ("o.adeyemi", "Oluwaseun Adeyemi", "Finance Lead")],
     [("22091", "5880.00", "USD", "2026-10-13", None)]),
    ("S2210", "Galway Bay Oyster Farm Ltd", "galwayoysters.example", "en", "en-IE", [], "alice",
     [("accounts", "", "Accounts"), ("c.ofarrell", "Ciarán O'Farrell", "Manager")],
     [("22101", "2150.00", "EUR", "2026-10-16", None), ("22102", "465.00", "EUR", "2026-11-06", None)]),
    ("S2211", "Tasman Strait Ferry Services Pty Ltd", "tasmanferries.example", "en", "en-AU", ["strategic"], "bruno",
     [("payables", "", "Payables"), ("b.harcourt", "Bronwyn Harcourt", "Finance Director")],
     [("22111", "16900.00", "AUD", "2026-10-08", "TSF-PO-3390")]),
    ("S2212", "Halifax Harbour Pilots Inc", "halifaxpilots.example", "en", "en-CA", [], "carla",
     [("accounting", "", "Accounting"), ("p.macneil", "Patrick MacNeil", "Office Manager")],
     [("22121", "3210.00", "CAD", "2026-10-14", None), ("22122", "690.00", "CAD", "2026-11-05", None)]),
    ("S2221", "Imkerei Honigtal GmbH", "imkerei-honigtal.example", "de", "de-DE", [], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("k.leitner", "Karin Leitner", "Geschäftsführerin")],
     [("22211", "1845.00", "EUR", "2026-10-15", None), ("22212", "395.00", "EUR", "2026-11-05", None)]),
    ("S2222", "Karwendel Seilbahnen GmbH", "karwendel-bahnen.example", "de", "de-AT", ["credit_hold"], "bruno",
     [("rechnungswesen", "", "Rechnungswesen"), ("t.eder", "Thomas Eder", "Kaufmännischer Leiter")],
     [("22221", "13750.00", "EUR", "2026-10-09", "KS-4471")]),
    ("S2223", "Schreinerei Alpstein AG", "schreinerei-alpstein.example", "de", "de-CH", ["payment_plan"], "carla",
     [("admin", "", "Administration"), ("u.sutter", "Urs Sutter", "Inhaber")],
     [("22231", "8260.00", "CHF", "2026-09-30", None)]),
    ("S2231", "Fromagerie du Haut-Doubs SARL", "fromagerie-hautdoubs.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("a.girardet", "Aurélie Girardet", "Gérante")],
     [("22311", "2740.00", "EUR", "2026-10-14", None), ("22312", "610.00", "EUR", "2026-11-05", None)]),
    ("S2232", "Transports Ndiaye et Fils SA", "transports-ndiaye.example", "fr", "fr-SN", ["legal"], "bruno",
     [("comptabilite", "", "Comptabilité"), ("m.ndiaye", "Moussa Ndiaye", "Directeur administratif et financier")],
     [("22321", "9120.00", "EUR", "2026-09-30", None)]),
    ("S2233", "Érablière du Lac-Saint-Jean inc.", "erabliere-lsj.example", "fr", "fr-CA", ["strategic"], "carla",
     [("comptes", "", "Comptes fournisseurs"), ("g.tremblay", "Ginette Tremblay", "Contrôleuse")],
     [("22331", "15400.00", "CAD", "2026-10-09", "ELSJ-882")]),
    ("S2241", "Aceites del Guadalquivir SL", "aceitesguadalquivir.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("r.ortega", "Rocío Ortega", "Responsable de administración")],
     [("22411", "3560.00", "EUR", "2026-10-13", None), ("22412", "720.00", "EUR", "2026-11-04", None)]),
    ("S2242", "Beneficio Cafetalero Monteverde SA", "cafemonteverde.example", "es", "es-CR", ["credit_hold"], "bruno",
     [("cxp", "", "Cuentas por pagar"), ("e.solano", "Esteban Solano", "Contador")],
     [("22421", "8840.00", "USD", "2026-10-10", None)]),
    ("S2243", "Laboratorio Dental Andino SAC", "labdentalandino.example", "es", "es-PE", [], "carla",
     [("contabilidad", "", "Contabilidad"), ("v.huaman", "Verónica Huamán", "Jefa de contabilidad")],
     [("22431", "4270.00", "USD", "2026-10-14", None), ("22432", "590.00", "USD", "2026-11-05", None)]),
    ("S2251", "Tulpenkwekerij De Zandhoek BV", "dezandhoek.example", "nl", "nl-NL", ["payment_plan"], "alice",
     [("administratie", "", "Administratie"), ("h.bakker", "Henk Bakker", "Eigenaar")],
     [("22511", "6480.00", "EUR", "2026-09-30", None)]),
    ("S2252", "Fietsherstel Van Acker", "fietsherstel-vanacker.example", "nl", "nl-BE", [], "bruno",
     [("boekhouding", "", "Boekhouding"), ("l.vanacker", "Lotte Van Acker", "Zaakvoerster")],
     [("22521", "1930.00", "EUR", "2026-10-15", None), ("22522", "365.00", "EUR", "2026-11-05", None)]),
    ("S2261", "Conservas da Póvoa Lda", "conservas-povoa.example", "pt", "pt-PT", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("m.sa", "Marta Sá", "Diretora financeira")],
     [("22611", "4180.00", "EUR", "2026-10-14", None), ("22612", "560.00", "EUR", "2026-11-05", None)]),
    ("S2262", "Açaí Amazônia Distribuidora Ltda", "acaiamazonia.example", "pt", "pt-BR", ["strategic"], "alice",
     [("financeiro", "", "Financeiro"), ("t.barros", "Tiago Barros", "Gerente financeiro")],
     [("22621", "12600.00", "USD", "2026-10-09", "AAD-3301")]),
    ("S2263", "Cervejaria Artesanal Maputo Lda", "cervejamaputo.example", "pt", "pt-MZ", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("j.macuacua", "Jorge Macuácua", "Sócio-gerente")],
     [("22631", "3380.00", "USD", "2026-10-14", None), ("22632", "470.00", "USD", "2026-11-05", None)]),
]
