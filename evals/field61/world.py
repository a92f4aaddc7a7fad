"""The field61 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).
Mid-September to mid-October 2029: a Tel Aviv threat-intelligence firm and a Jerusalem sukkah-kit maker (Israeli
writers, Yom Kippur and Sukkot), a Haifa desalination-pump maker (strategic), a Hong Kong mooncake bakery on credit hold
and a Taichung bicycle-frame maker (Chinese writers, Mid-Autumn and Golden Week), a Shenzhen lantern maker on a plan, an
Ontario turkey farm before Thanksgiving, a Vermont leaf-peeping coach line, a New York Columbus Day float builder on a
legal account, a Kent hop-and-apple harvest contractor, a Galway oyster-festival caterer, an Edinburgh freshers' printer
and a Pune back office closing its half-year; a Munich dirndl-hire shop and an Oktoberfest tent rigger on credit hold,
a Mosel grape-picking contractor, a Berlin stage builder for 3 October and a Styrian Sturm wine press (strategic); an
Épernay vendanges labour agency, a Beaujolais press maker on a legal account, a Beauce turkey farm (Québec) and a
Neuchâtel harvest-parade float builder; a Madrid grandstand hirer for 12 October, a Rioja harvester hirer on a plan, a
Santiago empanada bakery after the Fiestas Patrias and a Guadalajara tequila bottler on credit hold; a Leiden 3 October
caterer, a Groningen sugar-beet haulier (strategic) and a Haspengouw fruit grower; a Douro quinta in vindima, a
Blumenau Oktoberfest mug maker and a São Paulo toy shop before Dia das Crianças on credit hold.
AS_OF is Friday 19 October 2029: the replies are dated Monday 17 September to Tuesday 16 October.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2029-10-19"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("E6101", "Kestrel Threat Intelligence Ltd", "kestrel-ti.example", "en", "en-IL", [], "alice",
     [("finance", "", "Finance"), ("n.ben-ami", "Noa Ben-Ami", "Controller")],
     [("INV-2027-61011", "7400.00", "USD", "2029-08-20", "KTI-PO-3381"), ("INV-2027-61012", "1260.00", "USD", "2029-09-05", None)]),
    ("E6102", "Galil Desalination Pumps Ltd", "galil-pumps.example", "en", "en-IL", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("y.peretz", "Yossi Peretz", "CFO")],
     [("INV-2027-61021", "28650.00", "USD", "2029-08-24", "GDP-4500917")]),
    ("E6103", "Golden Rabbit Mooncake Co Ltd", "goldenrabbit-hk.example", "en", "en-HK", ["credit_hold"], "carla",
     [("accounts", "", "Accounts"), ("w.chan", "Winnie Chan", "Finance Manager")],
     [("INV-2027-61031", "9840.00", "HKD", "2029-08-17", None), ("INV-2027-61032", "3120.00", "HKD", "2029-09-03", None)]),
    ("E6104", "Formosa Frameworks Cycle Co", "formosa-frames.example", "en", "en-TW", [], "alice",
     [("finance", "", "Finance"), ("k.lin", "Kevin Lin", "Accounting Supervisor")],
     [("INV-2027-61041", "5630.00", "USD", "2029-08-28", "FF-PO-2290"), ("INV-2027-61042", "880.00", "USD", "2029-09-10", None)]),
    ("E6105", "Lantern River Lighting Co Ltd", "lanternriver.example", "en", "en-CN", ["payment_plan"], "bruno",
     [("finance", "", "Finance"), ("l.zhou", "Zhou Li", "Finance Director")],
     [("INV-2027-61051", "16200.00", "USD", "2029-07-31", None)]),
    ("E6106", "Maple Hollow Turkey Farms Inc", "maplehollow-turkey.example", "en", "en-CA", [], "carla",
     [("office", "", "Office"), ("d.vanderberg", "Doug Vanderberg", "Owner")],
     [("INV-2027-61061", "3475.00", "CAD", "2029-08-30", None), ("INV-2027-61062", "690.00", "CAD", "2029-09-12", None)]),
    ("E6107", "Green Mountain Foliage Coaches LLC", "gmfoliage.example", "en", "en-US", [], "alice",
     [("ap", "", "Accounts Payable"), ("s.whitcomb", "Sarah Whitcomb", "Operations Manager")],
     [("INV-2027-61071", "4980.00", "USD", "2029-08-25", None), ("INV-2027-61072", "1140.00", "USD", "2029-09-08", None)]),
    ("E6108", "Harborview Parade Floats Inc", "harborviewfloats.example", "en", "en-US", ["legal"], "bruno",
     [("billing", "", "Billing"), ("a.russo", "Anthony Russo", "President")],
     [("INV-2027-61081", "12750.00", "USD", "2029-07-20", None)]),
    ("E6109", "Orchard & Oast Harvest Contractors Ltd", "orchardoast.example", "en", "en-GB", [], "carla",
     [("accounts", "", "Accounts"), ("g.pryor", "Gemma Pryor", "Office Manager")],
     [("INV-2027-61091", "2860.00", "GBP", "2029-08-29", None), ("INV-2027-61092", "545.00", "GBP", "2029-09-11", None)]),
    ("E6110", "Claddagh Bay Oyster Catering Ltd", "claddaghbay.example", "en", "en-IE", [], "alice",
     [("accounts", "", "Accounts"), ("c.mulryan", "Ciarán Mulryan", "Director")],
     [("INV-2027-61101", "3930.00", "EUR", "2029-08-31", None)]),
    ("E6111", "Quadrangle Print & Freshers Ltd", "quadprint.example", "en", "en-GB", [], "bruno",
     [("finance", "", "Finance"), ("r.mcintyre", "Rory McIntyre", "Finance Manager")],
     [("INV-2027-61111", "6215.00", "GBP", "2029-08-27", "QP-7719"), ("INV-2027-61112", "1380.00", "GBP", "2029-09-10", "QP-7766")]),
    ("E6112", "Sukkah Works Jerusalem Ltd", "sukkahworks.example", "en", "en-IL", [], "carla",
     [("office", "", "Office"), ("e.rosen", "Eli Rosen", "Owner")],
     [("INV-2027-61121", "4350.00", "USD", "2029-08-22", None), ("INV-2027-61122", "970.00", "USD", "2029-09-06", None)]),
    ("E6113", "Deccan Shared Services Pvt Ltd", "deccanshared.example", "en", "en-IN", [], "alice",
     [("ap", "", "Accounts Payable"), ("p.kulkarni", "Prasad Kulkarni", "AP Lead")],
     [("INV-2027-61131", "8420.00", "USD", "2029-08-26", "DSS/PO/2029/4412"), ("INV-2027-61132", "1975.00", "USD", "2029-09-09", "DSS/PO/2029/4490")]),
    ("E6121", "Trachtenverleih Isarherz GmbH", "isarherz-tracht.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("v.huber", "Veronika Huber", "Inhaberin")],
     [("INV-2027-61211", "3260.00", "EUR", "2029-08-28", None), ("INV-2027-61212", "740.00", "EUR", "2029-09-11", None)]),
    ("E6122", "Festzeltbau Oberland GmbH", "festzeltbau-oberland.example", "de", "de-DE", ["credit_hold"], "carla",
     [("rechnungswesen", "", "Rechnungswesen"), ("m.schwaiger", "Markus Schwaiger", "Kaufmännischer Leiter")],
     [("INV-2027-61221", "18900.00", "EUR", "2029-08-15", "FZO-2029-118")]),
    ("E6123", "Weinlese-Service Mittelmosel GbR", "lese-mittelmosel.example", "de", "de-DE", [], "alice",
     [("buero", "", "Büro"), ("k.thielen", "Klaus Thielen", "Gesellschafter")],
     [("INV-2027-61231", "2480.00", "EUR", "2029-08-30", None), ("INV-2027-61232", "395.00", "EUR", "2029-09-13", None)]),
    ("E6124", "Spreebühne Veranstaltungstechnik GmbH", "spreebuehne.example", "de", "de-DE", [], "bruno",
     [("kreditoren", "", "Kreditorenbuchhaltung"), ("j.wendt", "Jana Wendt", "Leiterin Finanzen")],
     [("INV-2027-61241", "9650.00", "EUR", "2029-08-24", "SB-BE-5520")]),
    ("E6125", "Sturmpresse Südsteiermark KG", "sturmpresse.example", "de", "de-AT", ["strategic"], "carla",
     [("office", "", "Office"), ("f.kainz", "Florian Kainz", "Geschäftsführer")],
     [("INV-2027-61251", "6180.00", "EUR", "2029-08-31", None)]),
    ("E6131", "Vendanges Services Épernay SARL", "vendanges-epernay.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("m.lallement", "Marion Lallement", "Gérante")],
     [("INV-2027-61311", "5740.00", "EUR", "2029-08-29", None), ("INV-2027-61312", "860.00", "EUR", "2029-09-12", None)]),
    ("E6132", "Pressoirs Dumontel SA", "pressoirs-dumontel.example", "fr", "fr-FR", ["legal"], "bruno",
     [("comptabilite", "", "Comptabilité"), ("p.dumontel", "Pierre Dumontel", "Président")],
     [("INV-2027-61321", "14300.00", "EUR", "2029-07-25", None)]),
    ("E6133", "Dindes de la Beauce inc.", "dindesbeauce.example", "fr", "fr-CA", [], "carla",
     [("administration", "", "Administration"), ("g.poulin", "Geneviève Poulin", "Contrôleuse")],
     [("INV-2027-61331", "4120.00", "CAD", "2029-08-27", None), ("INV-2027-61332", "615.00", "CAD", "2029-09-10", None)]),
    ("E6134", "Chars fleuris Neuchâtel Sàrl", "charsfleuris.example", "fr", "fr-CH", [], "alice",
     [("admin", "", "Administration"), ("l.perrenoud", "Luc Perrenoud", "Associé gérant")],
     [("INV-2027-61341", "7260.00", "CHF", "2029-08-30", None)]),
    ("E6141", "Tribunas Castellana SL", "tribunascastellana.example", "es", "es-ES", [], "bruno",
     [("administracion", "", "Administración"), ("i.mendez", "Irene Méndez", "Directora financiera")],
     [("INV-2027-61411", "11450.00", "EUR", "2029-08-27", "TC-2029-087"), ("INV-2027-61412", "1320.00", "EUR", "2029-09-12", None)]),
    ("E6142", "Vendimiadoras Rioja Alta SL", "vendimiadoras-rioja.example", "es", "es-ES", ["payment_plan"], "carla",
     [("contabilidad", "", "Contabilidad"), ("a.saenz", "Aitor Sáenz", "Gerente")],
     [("INV-2027-61421", "13800.00", "EUR", "2029-07-31", None)]),
    ("E6143", "Empanadas del Cerro Ltda", "empanadasdelcerro.example", "es", "es-CL", [], "alice",
     [("finanzas", "", "Finanzas"), ("c.orellana", "Camila Orellana", "Jefa de administración")],
     [("INV-2027-61431", "3680.00", "USD", "2029-08-30", None), ("INV-2027-61432", "540.00", "USD", "2029-09-13", None)]),
    ("E6144", "Envasadora Agave Azul SA de CV", "agaveazul-envases.example", "es", "es-MX", ["credit_hold"], "bruno",
     [("cxp", "", "Cuentas por pagar"), ("r.villalobos", "Rodrigo Villalobos", "Contralor")],
     [("INV-2027-61441", "10260.00", "USD", "2029-08-18", "AAZ-OC-3320")]),
    ("E6151", "Catering Hutspot & Haring bv", "hutspotharing.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("b.vanderlaan", "Bart van der Laan", "Eigenaar")],
     [("INV-2027-61511", "4470.00", "EUR", "2029-08-29", None), ("INV-2027-61512", "620.00", "EUR", "2029-09-12", None)]),
    ("E6152", "Bietentransport Hunze bv", "bietentransport-hunze.example", "nl", "nl-NL", ["strategic"], "alice",
     [("crediteuren", "", "Crediteurenadministratie"), ("h.dijkstra", "Henk Dijkstra", "Financieel manager")],
     [("INV-2027-61521", "15640.00", "EUR", "2029-08-23", "BTH-88120")]),
    ("E6153", "Fruitbedrijf Haspengouw Vanhoof", "fruit-vanhoof.example", "nl", "nl-BE", [], "bruno",
     [("boekhouding", "", "Boekhouding"), ("s.vanhoof", "Sofie Vanhoof", "Zaakvoerder")],
     [("INV-2027-61531", "3890.00", "EUR", "2029-08-31", None), ("INV-2027-61532", "470.00", "EUR", "2029-09-14", None)]),
    ("E6161", "Quinta do Vale Escuro Lda", "valeescuro.example", "pt", "pt-PT", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("j.guedes", "Joana Guedes", "Diretora financeira")],
     [("INV-2027-61611", "6870.00", "EUR", "2029-08-28", None), ("INV-2027-61612", "930.00", "EUR", "2029-09-11", None)]),
    ("E6162", "Canecas Vale do Itajaí Ltda", "canecasitajai.example", "pt", "pt-BR", [], "alice",
     [("financeiro", "", "Financeiro"), ("r.schmitt", "Renata Schmitt", "Gerente financeira")],
     [("INV-2027-61621", "5210.00", "USD", "2029-08-29", None), ("INV-2027-61622", "760.00", "USD", "2029-09-12", None)]),
    ("E6163", "Brinquedos Pião Dourado Ltda", "piaodourado.example", "pt", "pt-BR", ["credit_hold"], "bruno",
     [("contas", "", "Contas a pagar"), ("m.tavares", "Márcio Tavares", "Controller")],
     [("INV-2027-61631", "8940.00", "USD", "2029-08-16", None)]),
]
