"""The field48 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Settings no earlier split used: a Manchester concert hall trust, a Chicago philharmonic association (strategic), a
Virginia aquarium, a Monaghan mushroom farm (credit hold), a Norwich stained-glass studio, a Hunter Valley equestrian
centre on a plan, a Karoo observatory lodge, a Singapore violin atelier, a Hudson Valley circus school on a legal
account, a Wellington glassblowing studio, a Bohemian glassworks writing English, a Greek open-air theatre festival
(strategic) and an Entebbe wildlife education trust; a Dortmund concert house, a Zillertal glassworks (credit hold) and
an Emmental riding centre on a plan; a Chartres stained-glass workshop, an Ardennes circus (strategic) and a Laurentian
mushroom farm (credit hold); a Vigo auditorium, a Granada guitar maker and a Uruguayan riding centre on a plan; a
Limburg mushroom grower, a Ghent stained-glass studio and a Veluwe zoo (strategic); a Lisbon Portuguese-guitar workshop,
a Rio circus company on a legal account and a Recife aquarium.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2027-05-13"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("M4801", "Halloran Hall Concert Trust", "hallorantrust.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("p.nandakumar", "Priya Nandakumar", "Finance Manager")],
     [("94801", "4860.00", "GBP", "2027-03-31", None), ("94802", "1275.50", "GBP", "2027-04-16", None)]),
    ("M4802", "Lakeshore Philharmonic Association", "lakeshorephil.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("d.kowalczyk", "Denise Kowalczyk", "Controller")],
     [("94803", "18400.00", "USD", "2027-03-26", "LPA-5521"), ("94804", "2960.00", "USD", "2027-04-12", "LPA-5590")]),
    ("M4803", "Tidewater Aquarium & Marine Science Center", "tidewateraquarium.example", "en", "en-US", [], "carla",
     [("payables", "", "Payables"), ("m.bell", "Marcus Bell", "Business Office Manager")],
     [("94805", "7215.00", "USD", "2027-04-02", "TAM-0418"), ("94806", "640.00", "USD", "2027-04-20", None)]),
    ("M4804", "Glenmoy Mushrooms Ltd", "glenmoymushrooms.example", "en", "en-IE", ["credit_hold"], "alice",
     [("accounts", "", "Accounts"), ("f.duffy", "Fergal Duffy", "Managing Director")],
     [("94807", "9380.00", "EUR", "2027-03-19", None), ("94808", "1145.00", "EUR", "2027-04-09", None)]),
    ("M4805", "Cardew & Vane Stained Glass Ltd", "cardewvane.example", "en", "en-GB", [], "bruno",
     [("office", "", "Office"), ("h.cardew", "Harriet Cardew", "Director")],
     [("94809", "2340.00", "GBP", "2027-04-06", None), ("94810", "415.00", "GBP", "2027-04-23", None)]),
    ("M4806", "Wollombi Equestrian Centre Pty Ltd", "wollombiequestrian.example", "en", "en-AU", ["payment_plan"], "carla",
     [("admin", "", "Admin"), ("k.brennan", "Kylie Brennan", "Owner")],
     [("94811", "12600.00", "AUD", "2027-02-26", None)]),
    ("M4807", "Sutherland Starlight Observatory Lodge (Pty) Ltd", "starlightlodge.example", "en", "en-ZA", [], "alice",
     [("accounts", "", "Accounts"), ("t.mokoena", "Thandi Mokoena", "Lodge Manager")],
     [("94812", "38450.00", "ZAR", "2027-04-01", None), ("94813", "6900.00", "ZAR", "2027-04-19", None)]),
    ("M4808", "Tiong Bahru Violin Atelier Pte Ltd", "tbviolin.example", "en", "en-SG", [], "bruno",
     [("finance", "", "Finance"), ("m.goh", "Melissa Goh", "Finance Executive")],
     [("94814", "5870.00", "SGD", "2027-04-07", None), ("94815", "980.00", "SGD", "2027-04-21", None)]),
    ("M4809", "Hudson Ridge Circus Arts LLC", "hudsonridgecircus.example", "en", "en-US", ["legal"], "carla",
     [("office", "", "Office"), ("t.wierzbicki", "Tomasz Wierzbicki", "Owner")],
     [("94816", "6125.00", "USD", "2027-02-19", None)]),
    ("M4810", "Aro Valley Glassblowing Studio Ltd", "arovalleyglass.example", "en", "en-NZ", [], "alice",
     [("accounts", "", "Accounts"), ("n.parata", "Ngaire Parata", "Studio Manager")],
     [("94817", "3480.00", "NZD", "2027-04-08", None), ("94818", "520.00", "NZD", "2027-04-22", None)]),
    ("M4811", "Sklárna Podkrkonoší s.r.o.", "sklarna-podkrkonosi.example", "en", "en-CZ", [], "bruno",
     [("ucetni", "", "Accounting"), ("l.horakova", "Lenka Horáková", "Chief Accountant")],
     [("94819", "8760.00", "EUR", "2027-04-05", None), ("94820", "1390.00", "EUR", "2027-04-20", None)]),
    ("M4812", "Argolida Open-Air Theatre Festival S.A.", "argolidafestival.example", "en", "en-GR", ["strategic"], "carla",
     [("finance", "", "Finance"), ("e.papadaki", "Eleni Papadaki", "Finance Director")],
     [("94821", "14900.00", "EUR", "2027-03-30", "AOF-27-114"), ("94822", "2250.00", "EUR", "2027-04-15", None)]),
    ("M4813", "Entebbe Wildlife Education Trust", "entebbewildlife.example", "en", "en-UG", [], "alice",
     [("accounts", "", "Accounts"), ("g.nakato", "Grace Nakato", "Accountant")],
     [("94823", "4320.00", "USD", "2027-04-06", None), ("94824", "760.00", "USD", "2027-04-19", None)]),
    ("M4821", "Konzerthaus Ruhrbogen gGmbH", "konzerthaus-ruhrbogen.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("j.opitz", "Jens Opitz", "Kaufmännischer Leiter")],
     [("94831", "6480.00", "EUR", "2027-04-07", None), ("94832", "890.00", "EUR", "2027-04-21", None)]),
    ("M4822", "Glashütte Zillertal GmbH", "glashuette-zillertal.example", "de", "de-AT", ["credit_hold"], "carla",
     [("office", "", "Büro"), ("c.eberharter", "Christine Eberharter", "Geschäftsführerin")],
     [("94833", "11250.00", "EUR", "2027-03-24", None)]),
    ("M4823", "Reitzentrum Eggiwil AG", "reitzentrum-eggiwil.example", "de", "de-CH", ["payment_plan"], "alice",
     [("finanzen", "", "Finanzen"), ("b.stucki", "Beat Stucki", "Geschäftsführer")],
     [("94834", "16800.00", "CHF", "2027-02-26", None)]),
    ("M4831", "Atelier Vitrail Lemaire", "vitrail-lemaire.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("s.lemaire", "Sylvie Lemaire", "Gérante")],
     [("94841", "3960.00", "EUR", "2027-04-06", None), ("94842", "725.00", "EUR", "2027-04-22", None)]),
    ("M4832", "Cirque des Hautes Fagnes asbl", "cirque-hautesfagnes.example", "fr", "fr-BE", ["strategic"], "carla",
     [("comptabilite", "", "Comptabilité"), ("l.dethier", "Luc Dethier", "Administrateur délégué")],
     [("94843", "12700.00", "EUR", "2027-03-29", "HF/BC/2027/031")]),
    ("M4833", "Champignonnière des Basses-Laurentides inc.", "champignons-laurentides.example", "fr", "fr-CA", ["credit_hold"], "alice",
     [("comptes.payables", "", "Comptes payables"), ("m.lavoie", "Mathieu Lavoie", "Contrôleur")],
     [("94844", "8940.00", "CAD", "2027-03-22", None), ("94845", "1310.00", "CAD", "2027-04-14", None)]),
    ("M4841", "Auditorio Ría de Vigo SL", "auditorioriavigo.example", "es", "es-ES", [], "bruno",
     [("administracion", "", "Administración"), ("m.souto", "Marta Souto", "Responsable de administración")],
     [("94851", "7340.00", "EUR", "2027-04-05", None), ("94852", "980.00", "EUR", "2027-04-20", None)]),
    ("M4842", "Guitarrería Almansa e Hijos SL", "guitarreria-almansa.example", "es", "es-ES", [], "carla",
     [("contabilidad", "", "Contabilidad"), ("r.almansa", "Rafael Almansa", "Gerente")],
     [("94853", "2870.00", "EUR", "2027-04-08", None)]),
    ("M4843", "Centro Ecuestre La Candelaria SA", "ecuestrecandelaria.example", "es", "es-UY", ["payment_plan"], "alice",
     [("administracion", "", "Administración"), ("v.pereyra", "Verónica Pereyra", "Administradora")],
     [("94854", "10200.00", "USD", "2027-02-24", None)]),
    ("M4851", "Champignonkwekerij De Peelrand bv", "peelrand-champignons.example", "nl", "nl-NL", [], "bruno",
     [("administratie", "", "Administratie"), ("r.janssen", "Ruud Janssen", "Financieel manager")],
     [("94861", "5690.00", "EUR", "2027-04-06", None), ("94862", "845.00", "EUR", "2027-04-21", None)]),
    ("M4852", "Glas-in-loodatelier Van Ryckeghem bv", "vanryckeghem-glas.example", "nl", "nl-BE", [], "carla",
     [("boekhouding", "", "Boekhouding"), ("g.vanryckeghem", "Griet Van Ryckeghem", "Zaakvoerder")],
     [("94863", "3215.00", "EUR", "2027-04-09", None)]),
    ("M4853", "Stichting Dierenpark De Zandhoeve", "dierenpark-zandhoeve.example", "nl", "nl-NL", ["strategic"], "alice",
     [("crediteuren", "", "Crediteurenadministratie"), ("a.bakker", "Anouk Bakker", "Hoofd financiën")],
     [("94864", "13480.00", "EUR", "2027-03-31", "4500-8817"), ("94865", "1960.00", "EUR", "2027-04-19", None)]),
    ("M4861", "Oficina de Guitarra Portuguesa da Mouraria Lda", "guitarra-mouraria.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("j.serrano", "Joaquim Serrano", "Sócio-gerente")],
     [("94871", "3640.00", "EUR", "2027-04-07", None), ("94872", "590.00", "EUR", "2027-04-21", None)]),
    ("M4862", "Lona Circense Produções Artísticas Ltda", "lonacircense.example", "pt", "pt-BR", ["legal"], "carla",
     [("financeiro", "", "Financeiro"), ("c.menezes", "Carla Menezes", "Diretora administrativa")],
     [("94873", "42800.00", "BRL", "2027-02-22", None)]),
    ("M4863", "Aquário Marinho do Recife Ltda", "aquariorecife.example", "pt", "pt-BR", [], "alice",
     [("financeiro", "", "Financeiro"), ("r.albuquerque", "Renato Albuquerque", "Gerente financeiro")],
     [("94874", "18950.00", "BRL", "2027-04-05", None), ("94875", "3270.00", "BRL", "2027-04-20", None)]),
]
