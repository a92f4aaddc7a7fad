"""The field53 split's ERP: its own customers, contacts and invoices (written by hand, none shared with earlier splits).

Settings: an Isle of Man TT paddock-marquee hirer, a Tipperary hurley maker, a Fort Worth rodeo-arena supplier
(strategic), a Port of Spain steelpan tuner, a Suva kava exporter, a Maun safari-lodge outfitter (credit hold), a
Shetland knitwear co-operative, a Kathmandu trekking-gear maker, a Ugandan coffee washing station, a Belize cacao
co-operative on a plan, a Cebu guitar maker (Taglish) and an Oregon hop farm on a legal account; a Bavarian maypole
carpenter, a Liechtenstein dental lab (strategic) and a Pinzgau brass-instrument workshop (credit hold); a Marseille
pétanque-boule maker (strategic), an Ivorian cocoa co-operative and a Martinique rum distillery on a plan; a Cusco alpaca
weaver, a Seville flamenca-dress workshop (credit hold) and an Ecuadorian rose grower (strategic: Mother's Day); a
Haarlem Koningsdag print shop, a Curaçao dive centre (credit hold, Papiamentu) and a Ghent azalea nursery on a legal
account; a Cabo Verde grogue distillery (Kriolu), a Fortaleza cashew processor (strategic) and an Azores pineapple
greenhouse on a plan. Replies fall between Koningsdag (27 April 2028) and 4 May, across the April month end, Labour Day
and the UK early May bank holiday (1 May).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2028-05-04"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("G5301", "Ramsey Paddock Hire Ltd", "ramseypaddock.example", "en", "en-IM", [], "alice",
     [("accounts", "", "Accounts"), ("j.kinvig", "Juan Kinvig", "Director"), ("office", "", "Office")],
     [("99001", "4860.00", "GBP", "2028-03-17", None), ("99002", "720.00", "GBP", "2028-04-07", None)]),
    ("G5302", "Suir Valley Hurleys Ltd", "suirvalleyhurleys.example", "en", "en-IE", [], "bruno",
     [("accounts", "", "Accounts"), ("p.dwyer", "Pádraig Dwyer", "Owner"), ("s.ryan", "Sinéad Ryan", "Office Administrator")],
     [("99003", "2340.00", "EUR", "2028-03-24", None), ("99004", "415.00", "EUR", "2028-04-10", None)]),
    ("G5303", "Lone Star Arena Supply LLC", "lonestararena.example", "en", "en-US", ["strategic"], "carla",
     [("ap", "", "Accounts Payable"), ("b.whitfield", "Bobbie Whitfield", "Controller"), ("k.ortega", "Kyle Ortega", "AP Clerk")],
     [("99005", "18600.00", "USD", "2028-03-15", "LSA-5521"), ("99006", "3275.00", "USD", "2028-04-05", "LSA-5608")]),
    ("G5304", "Belmont Steelpan Works Ltd", "belmontsteelpan.example", "en", "en-TT", [], "alice",
     [("office", "", "Office"), ("d.joseph", "Desmond Joseph", "Tuner and Owner")],
     [("99007", "3980.00", "USD", "2028-03-20", None)]),
    ("G5305", "Rewa Kava Exporters Pte Ltd", "rewakava.example", "en", "en-FJ", [], "bruno",
     [("accounts", "", "Accounts"), ("m.tuilagi", "Mere Tuilagi", "Finance Manager"), ("r.prasad", "Rakesh Prasad", "Accounts Clerk")],
     [("99008", "6150.00", "USD", "2028-03-22", None), ("99009", "980.00", "USD", "2028-04-11", None)]),
    ("G5306", "Okavango Lodge Outfitters (Pty) Ltd", "okavangooutfitters.example", "en", "en-BW", ["credit_hold"], "carla",
     [("finance", "", "Finance"), ("t.mogae", "Tebogo Mogae", "General Manager")],
     [("99010", "9470.00", "USD", "2028-03-10", None)]),
    ("G5307", "Unst Knitwear Co-operative Ltd", "unstknitwear.example", "en", "en-GB", [], "alice",
     [("admin", "", "Admin"), ("m.sinclair", "Morag Sinclair", "Secretary")],
     [("99011", "1590.00", "GBP", "2028-03-28", None), ("99012", "265.00", "GBP", "2028-04-12", None)]),
    ("G5308", "Himal Trek Gear Pvt Ltd", "himaltrekgear.example", "en", "en-NP", [], "bruno",
     [("accounts", "", "Accounts"), ("s.shrestha", "Sunita Shrestha", "Accounts Officer"), ("n.sherpa", "Nima Sherpa", "Managing Director")],
     [("99013", "5240.00", "USD", "2028-03-21", "HTG/PO/2211")]),
    ("G5309", "Mt Elgon Coffee Washing Station Ltd", "mtelgoncoffee.example", "en", "en-UG", [], "carla",
     [("finance", "", "Finance"), ("a.wanyama", "Alex Wanyama", "Accountant")],
     [("99014", "7380.00", "USD", "2028-03-16", None), ("99015", "1140.00", "USD", "2028-04-06", None)]),
    ("G5310", "Toledo District Cacao Growers Co-operative", "toledocacao.example", "en", "en-BZ", ["payment_plan"], "alice",
     [("treasurer", "", "Treasurer"), ("e.coc", "Eusebio Coc", "Chairman")],
     [("99016", "12900.00", "USD", "2028-02-25", None)]),
    ("G5311", "Mactan Guitar Makers Inc", "mactanguitars.example", "en", "en-PH", [], "bruno",
     [("accounting", "", "Accounting"), ("r.dela-cruz", "Rowena dela Cruz", "Accounting Supervisor"), ("j.alcantara", "Jun Alcantara", "Owner")],
     [("99017", "4420.00", "USD", "2028-03-23", None), ("99018", "690.00", "USD", "2028-04-13", None)]),
    ("G5312", "Willamette Bine & Hop Farm LLC", "willamettehops.example", "en", "en-US", ["legal"], "carla",
     [("office", "", "Office"), ("g.lindqvist", "Greta Lindqvist", "Co-owner")],
     [("99019", "8760.00", "USD", "2028-02-29", None)]),
    ("G5321", "Zimmerei Maibaum Huber GmbH", "zimmerei-huber-maibaum.example", "de", "de-DE", [], "alice",
     [("buero", "", "Büro"), ("x.huber", "Xaver Huber", "Zimmerermeister"), ("r.huber", "Resi Huber", "Buchhaltung")],
     [("99021", "4380.00", "EUR", "2028-03-24", None), ("99022", "610.00", "EUR", "2028-04-12", None)]),
    ("G5322", "Dentallabor Rheintal Anstalt", "dentallabor-rheintal.example", "de", "de-LI", ["strategic"], "bruno",
     [("kreditoren", "", "Kreditoren"), ("m.frommelt", "Manuela Frommelt", "Leiterin Finanzen")],
     [("99023", "15240.00", "CHF", "2028-03-17", "DRA-20-7741")]),
    ("G5323", "Blasmusik Instrumentenbau Pinzgau e.U.", "blech-pinzgau.example", "de", "de-AT", ["credit_hold"], "carla",
     [("office", "", "Office"), ("j.oberlechner", "Josef Oberlechner", "Inhaber")],
     [("99024", "6730.00", "EUR", "2028-03-13", None)]),
    ("G5331", "Boules Provençales Marius SAS", "boules-marius.example", "fr", "fr-FR", ["strategic"], "alice",
     [("fournisseurs", "", "Comptabilité fournisseurs"), ("o.santucci", "Odile Santucci", "Directrice administrative et financière")],
     [("99031", "11480.00", "EUR", "2028-03-21", "BPM-2028-114"), ("99032", "1260.00", "EUR", "2028-04-11", None)]),
    ("G5332", "Coopérative cacaoyère de Soubré", "coop-soubre.example", "fr", "fr-CI", [], "bruno",
     [("comptabilite", "", "Comptabilité"), ("k.kouassi", "Koffi Kouassi", "Chef comptable")],
     [("99033", "7920.00", "EUR", "2028-03-17", None), ("99034", "845.00", "EUR", "2028-04-07", None)]),
    ("G5333", "Distillerie Habitation Morne-Rouge", "habitation-morne-rouge.example", "fr", "fr-MQ", ["payment_plan"], "carla",
     [("compta", "", "Comptabilité"), ("l.marie-sainte", "Line Marie-Sainte", "Gérante")],
     [("99035", "9650.00", "EUR", "2028-02-28", None)]),
    ("G5341", "Tejidos de Alpaca Qoricancha SAC", "qoricanchaalpaca.example", "es", "es-PE", [], "alice",
     [("contabilidad", "", "Contabilidad"), ("r.huaman", "Rosa Huamán", "Contadora")],
     [("99041", "5360.00", "USD", "2028-03-20", None), ("99042", "780.00", "USD", "2028-04-10", None)]),
    ("G5342", "Taller de Trajes de Flamenca La Trianera SL", "latrianera.example", "es", "es-ES", ["credit_hold"], "bruno",
     [("administracion", "", "Administración"), ("m.montoya", "Macarena Montoya", "Gerente")],
     [("99043", "6940.00", "EUR", "2028-03-14", None)]),
    ("G5343", "Rosas del Cotopaxi Cía. Ltda.", "rosascotopaxi.example", "es", "es-EC", ["strategic"], "carla",
     [("pagos", "", "Cuentas por pagar"), ("d.salazar", "Diego Salazar", "Gerente financiero")],
     [("99044", "14300.00", "USD", "2028-03-22", "RC-OC-3390"), ("99045", "2150.00", "USD", "2028-04-12", None)]),
    ("G5351", "Oranjedrukkerij Koningsblij B.V.", "koningsblij.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("s.de-vries", "Sanne de Vries", "Directeur")],
     [("99051", "3740.00", "EUR", "2028-03-23", None), ("99052", "590.00", "EUR", "2028-04-11", None)]),
    ("G5352", "Klein Curaçao Dive Center N.V.", "kleincuracaodive.example", "nl", "nl-CW", ["credit_hold"], "bruno",
     [("finance", "", "Finance"), ("r.martina", "Ruthmilda Martina", "Office Manager")],
     [("99053", "5810.00", "USD", "2028-03-15", None)]),
    ("G5353", "Azaleakwekerij De Loochristi bv", "azalea-loochristi.example", "nl", "nl-BE", ["legal"], "carla",
     [("boekhouding", "", "Boekhouding"), ("g.de-smet", "Geert De Smet", "Zaakvoerder")],
     [("99054", "8120.00", "EUR", "2028-03-06", None)]),
    ("G5361", "Grogue Ribeira da Torre Lda", "grogue-ribeiradatorre.example", "pt", "pt-CV", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("a.lopes", "Adilson Lopes", "Gerente")],
     [("99061", "4270.00", "EUR", "2028-03-21", None), ("99062", "630.00", "EUR", "2028-04-10", None)]),
    ("G5362", "Castanhas do Ceará Beneficiadora Ltda", "castanhasceara.example", "pt", "pt-BR", ["strategic"], "bruno",
     [("contasapagar", "", "Contas a pagar"), ("f.bezerra", "Francisca Bezerra", "Gerente financeira")],
     [("99063", "13450.00", "USD", "2028-03-16", "CCB-PC-8820"), ("99064", "1980.00", "USD", "2028-04-07", None)]),
    ("G5363", "Ananases da Fajã de Baixo Lda", "ananases-faja.example", "pt", "pt-PT", ["payment_plan"], "carla",
     [("escritorio", "", "Escritório"), ("m.medeiros", "Manuel Medeiros", "Sócio-gerente")],
     [("99065", "5180.00", "EUR", "2028-02-27", None)]),
]
