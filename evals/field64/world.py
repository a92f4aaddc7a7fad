"""The field64 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Season: late July to early September 2029 (replies dated Monday 23 July to Friday 7 September). The summer
shutdowns (Betriebsferien, congés d'août, the Dutch Bouwvak, Spain's August), Swiss national day (Wednesday
1 August), the Canadian Civic Holiday (Monday 6 August), Singapore's National Day (Thursday 9 August), Brazil's
Father's Day (Sunday 12 August), Assumption (Wednesday 15 August: FR, BE, ES, PT, AT, Bavaria; Liège's
Outremeuse fête), the Edinburgh Fringe, Notting Hill Carnival and the UK summer bank holiday (Monday 27 August),
US and Canadian Labor Day (Monday 3 September), Brazil's Independence Day (Friday 7 September), back to school
(rentrée, regreso a clases, volta às aulas) and the grain and grape harvests.

Settings: carnival staging hire (London), Labor Day fireworks (Michigan, strategic), a sweet-corn farm
(Ontario), cattle-station supplies on credit hold (the Kimberley), school uniforms (Cork), grain dryers on a plan
(the Fens), a boardwalk amusement park on a legal account (New Jersey), Ganesh idol makers (Pune), Fringe venues
(Edinburgh), National Day event staging (Singapore), wildflower tours (Namaqualand), school buses (Michigan); an
Allgäu dairy, a school-satchel maker (Westphalia, strategic), 1-August fireworks (Schwyz), festival tents
(Salzkammergut); school supplies (Lyon), a campsite on a plan (Vendée), an Outremeuse brasserie (Liège), a Québec
school-bus carrier; fiesta fireworks (Valencia), a sherry bodega at the vendimia (Jerez), school supplies on credit
hold (Monterrey), silleteros for the Feria de las Flores (Medellín); a builder in the Bouwvak (Utrecht), a sailing
school (Nieuwpoort), a pear grower (Betuwe); Viana embroidery for the Agonia fête, a Douro grape-picking contractor,
Father's Day gift boxes (São Paulo) and school marching bands before 7 September (Curitiba).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2029-09-08"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("J6401", "Kestrel Staging & Scaffold Ltd", "kestrelstaging.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("d.okonjo", "Dele Okonjo", "Operations Director")],
     [("INV-2027-64011", "6840.00", "GBP", "2029-07-13", None), ("INV-2027-64012", "1275.00", "GBP", "2029-07-31", None)]),
    ("J6402", "Thunder Bay Pyrotechnics Inc", "thunderbaypyro.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("k.lindqvist", "Karen Lindqvist", "Controller")],
     [("INV-2027-64021", "18400.00", "USD", "2029-07-10", "TBP-5512"), ("INV-2027-64022", "2960.00", "USD", "2029-07-30", "TBP-5540")]),
    ("J6403", "Harrow Line Sweet Corn Farms Ltd", "harrowlinecorn.example", "en", "en-CA", [], "carla",
     [("office", "", "Office"), ("m.vandenberg", "Marit Vandenberg", "Owner")],
     [("INV-2027-64031", "3315.00", "CAD", "2029-07-16", None), ("INV-2027-64032", "540.00", "CAD", "2029-08-01", None)]),
    ("J6404", "Fitzroy Crossing Station Supplies Pty Ltd", "fitzroystation.example", "en", "en-AU", ["credit_hold"], "alice",
     [("admin", "", "Admin"), ("b.tjandra", "Bec Tjandra", "Manager")],
     [("INV-2027-64041", "9720.00", "AUD", "2029-07-06", None)]),
    ("J6405", "St Finbarr's Schoolwear Ltd", "finbarrschoolwear.example", "en", "en-IE", [], "bruno",
     [("accounts", "", "Accounts"), ("n.oshea", "Niamh O'Shea", "Financial Controller")],
     [("INV-2027-64051", "4185.00", "EUR", "2029-07-12", None), ("INV-2027-64052", "760.00", "EUR", "2029-07-31", None)]),
    ("J6406", "Fenland Grain Drying Ltd", "fenlandgrain.example", "en", "en-GB", ["payment_plan"], "carla",
     [("accounts", "", "Accounts"), ("r.pryor", "Rob Pryor", "Director")],
     [("INV-2027-64061", "14250.00", "GBP", "2029-06-29", None)]),
    ("J6407", "Seaside Heights Boardwalk Amusements LLC", "sh-boardwalk.example", "en", "en-US", ["legal"], "alice",
     [("office", "", "Office"), ("t.deluca", "Tony DeLuca", "Owner")],
     [("INV-2027-64071", "7880.00", "USD", "2029-06-30", None)]),
    ("J6408", "Shree Vinayak Murti Kala Pvt Ltd", "vinayakmurti.example", "en", "en-IN", [], "bruno",
     [("accounts", "", "Accounts"), ("p.kulkarni", "Prakash Kulkarni", "Finance Manager")],
     [("INV-2027-64081", "5460.00", "USD", "2029-07-14", "SVMK/PO/2291"), ("INV-2027-64082", "920.00", "USD", "2029-08-02", "SVMK/PO/2318")]),
    ("J6409", "Cowgate Fringe Venues Ltd", "cowgatefringe.example", "en", "en-GB", [], "carla",
     [("finance", "", "Finance"), ("e.mcintyre", "Euan McIntyre", "Venue Manager")],
     [("INV-2027-64091", "3990.00", "GBP", "2029-07-15", None), ("INV-2027-64092", "845.00", "GBP", "2029-08-03", None)]),
    ("J6410", "Marina Bay Celebrations Pte Ltd", "mbcelebrations.example", "en", "en-SG", [], "alice",
     [("finance", "", "Finance"), ("w.lim", "Lim Wei Ling", "Finance Executive")],
     [("INV-2027-64101", "11200.00", "USD", "2029-07-11", "MBC-PO-8830")]),
    ("J6411", "Namaqua Wildflower Tours (Pty) Ltd", "namaquatours.example", "en", "en-ZA", [], "bruno",
     [("accounts", "", "Accounts"), ("a.vanwyk", "Annelie van Wyk", "Owner")],
     [("INV-2027-64111", "38600.00", "ZAR", "2029-07-13", None), ("INV-2027-64112", "6250.00", "ZAR", "2029-08-01", None)]),
    ("J6412", "Wolverine School Bus Lines Inc", "wolverinebus.example", "en", "en-US", [], "carla",
     [("ap", "", "Accounts Payable"), ("g.hollis", "Gary Hollis", "Fleet Manager")],
     [("INV-2027-64121", "8125.00", "USD", "2029-07-17", "WSB-22107"), ("INV-2027-64122", "1390.00", "USD", "2029-08-02", "WSB-22131")]),
    ("J6421", "Alpsennerei Hinterstein GmbH", "alpsennerei-hinterstein.example", "de", "de-DE", [], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("x.wohlfahrt", "Xaver Wohlfahrt", "Geschäftsführer")],
     [("INV-2027-64211", "4370.00", "EUR", "2029-07-13", None), ("INV-2027-64212", "680.00", "EUR", "2029-08-01", None)]),
    ("J6422", "Ranzenwerk Westfalen GmbH", "ranzenwerk.example", "de", "de-DE", ["strategic"], "bruno",
     [("kreditoren", "", "Kreditorenbuchhaltung"), ("j.brinkmann", "Jutta Brinkmann", "Leiterin Rechnungswesen")],
     [("INV-2027-64221", "16900.00", "EUR", "2029-07-09", "RW-4500-7731"), ("INV-2027-64222", "2340.00", "EUR", "2029-07-31", "RW-4500-7790")]),
    ("J6423", "Feuerwerk Mythen AG", "feuerwerk-mythen.example", "de", "de-CH", [], "carla",
     [("rechnungswesen", "", "Rechnungswesen"), ("u.inderbitzin", "Urs Inderbitzin", "Inhaber")],
     [("INV-2027-64231", "9150.00", "CHF", "2029-07-16", None)]),
    ("J6424", "Festzeltbau Traunsee GmbH", "festzelt-traunsee.example", "de", "de-AT", [], "alice",
     [("office", "", "Büro"), ("h.gruber", "Hannes Gruber", "Geschäftsführer")],
     [("INV-2027-64241", "5640.00", "EUR", "2029-07-14", None), ("INV-2027-64242", "890.00", "EUR", "2029-08-02", None)]),
    ("J6431", "Rentrée Plus Fournitures SARL", "rentreeplus.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("s.berthier", "Sandrine Berthier", "Gérante")],
     [("INV-2027-64311", "3780.00", "EUR", "2029-07-13", None), ("INV-2027-64312", "615.00", "EUR", "2029-07-31", None)]),
    ("J6432", "Camping Les Dunes d'Olonne SAS", "camping-dunes-olonne.example", "fr", "fr-FR", ["payment_plan"], "carla",
     [("direction", "", "Direction"), ("p.guerin", "Patrice Guérin", "Directeur")],
     [("INV-2027-64321", "8460.00", "EUR", "2029-06-30", None)]),
    ("J6433", "Brasserie d'Outremeuse SRL", "brasserie-outremeuse.example", "fr", "fr-BE", [], "alice",
     [("comptabilite", "", "Comptabilité"), ("l.lejeune", "Luc Lejeune", "Administrateur délégué")],
     [("INV-2027-64331", "2870.00", "EUR", "2029-07-12", None), ("INV-2027-64332", "455.00", "EUR", "2029-08-01", None)]),
    ("J6434", "Autobus Laurentides Inc", "autobuslaurentides.example", "fr", "fr-CA", [], "bruno",
     [("comptes", "", "Comptes fournisseurs"), ("g.paquette", "Geneviève Paquette", "Contrôleuse")],
     [("INV-2027-64341", "6975.00", "CAD", "2029-07-16", "AL-BC-3304")]),
    ("J6441", "Pirotecnia Hermanos Llorens SL", "pirotecnia-llorens.example", "es", "es-ES", [], "carla",
     [("administracion", "", "Administración"), ("v.llorens", "Vicent Llorens", "Gerente")],
     [("INV-2027-64411", "7320.00", "EUR", "2029-07-13", None), ("INV-2027-64412", "1180.00", "EUR", "2029-08-01", None)]),
    ("J6442", "Bodegas Vendimia del Marco SL", "vendimiadelmarco.example", "es", "es-ES", [], "alice",
     [("contabilidad", "", "Contabilidad"), ("r.dominguez", "Rocío Domínguez", "Directora financiera")],
     [("INV-2027-64421", "5260.00", "EUR", "2029-07-15", None)]),
    ("J6443", "Útiles Escolares del Norte SA de CV", "utilesdelnorte.example", "es", "es-MX", ["credit_hold"], "bruno",
     [("cxp", "", "Cuentas por pagar"), ("a.garza", "Alejandro Garza", "Contralor")],
     [("INV-2027-64431", "12840.00", "USD", "2029-07-10", "UEN-OC-4471")]),
    ("J6444", "Silletas Santa Elena SAS", "silletas-santaelena.example", "es", "es-CO", [], "carla",
     [("contabilidad", "", "Contabilidad"), ("m.atehortua", "Marta Atehortúa", "Representante legal")],
     [("INV-2027-64441", "2980.00", "USD", "2029-07-14", None), ("INV-2027-64442", "470.00", "USD", "2029-08-03", None)]),
    ("J6451", "Bouwbedrijf De Kraanvogel bv", "dekraanvogel.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("h.vanleeuwen", "Henk van Leeuwen", "Directeur")],
     [("INV-2027-64511", "9480.00", "EUR", "2029-07-13", "KV-2029-118"), ("INV-2027-64512", "1320.00", "EUR", "2029-08-01", "KV-2029-131")]),
    ("J6452", "Zeilschool Westhoek bv", "zeilschool-westhoek.example", "nl", "nl-BE", [], "bruno",
     [("boekhouding", "", "Boekhouding"), ("k.declercq", "Koen Declercq", "Zaakvoerder")],
     [("INV-2027-64521", "3640.00", "EUR", "2029-07-16", None)]),
    ("J6453", "Fruitbedrijf De Betuwse Peer vof", "betuwsepeer.example", "nl", "nl-NL", [], "carla",
     [("info", "", "Info"), ("a.verhoef", "Anouk Verhoef", "Mede-eigenaar")],
     [("INV-2027-64531", "2715.00", "EUR", "2029-07-12", None), ("INV-2027-64532", "390.00", "EUR", "2029-08-02", None)]),
    ("J6461", "Bordados de Viana Lda", "bordadosviana.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("c.meira", "Conceição Meira", "Sócia-gerente")],
     [("INV-2027-64611", "3240.00", "EUR", "2029-07-13", None), ("INV-2027-64612", "580.00", "EUR", "2029-08-01", None)]),
    ("J6462", "Vindimas do Pinhão Lda", "vindimaspinhao.example", "pt", "pt-PT", [], "bruno",
     [("geral", "", "Geral"), ("j.sampaio", "Joaquim Sampaio", "Gerente")],
     [("INV-2027-64621", "6120.00", "EUR", "2029-07-15", None)]),
    ("J6463", "Caixa Presente Dia dos Pais Ltda", "caixapresente.example", "pt", "pt-BR", [], "carla",
     [("financeiro", "", "Financeiro"), ("r.tavares", "Renata Tavares", "Diretora financeira")],
     [("INV-2027-64631", "7950.00", "USD", "2029-07-12", "CP-PED-0912"), ("INV-2027-64632", "1240.00", "USD", "2029-08-01", "CP-PED-0950")]),
    ("J6464", "Fanfarras Escolares Curitiba Ltda", "fanfarrascuritiba.example", "pt", "pt-BR", [], "alice",
     [("contas", "", "Contas a pagar"), ("e.moraes", "Edson Moraes", "Sócio")],
     [("INV-2027-64641", "4390.00", "USD", "2029-07-16", None)]),
]
