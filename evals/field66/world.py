"""The field66 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Season: early October to mid November 2030 (replies dated Tuesday 1 October to Friday 15 November, AS_OF Saturday
16 November). Oktoberfest's last weekend (ends Sunday 6 October), German Unity Day (Thursday 3 October) and its bridge
Friday, Portugal's Republic Day (Saturday 5 October), the Spanish Fiesta Nacional and the Pilar in Zaragoza and Brazil's
Nossa Senhora Aparecida and Dia das Crianças (all Saturday 12 October), Canadian Thanksgiving and Columbus /
Indigenous Peoples' Day (Monday 14 October), the Dutch and Belgian autumn holidays, Diwali (Lakshmi Puja on Saturday
26 October 2030), the end of European summer time (27 October) and of US/Canadian daylight time (3 November), Austria's
national day (Saturday 26 October), the October month-end close (Thursday 31 October), Reformation Day (Thursday 31
October) and Halloween, All Saints (Friday 1 November) and All Souls / Finados / Día de Muertos (1–2 November), Lewes
Bonfire Night (Tuesday 5 November), Melbourne Cup day and the US midterm elections (both Tuesday 5 November), the
Räbechilbi in Richterswil (Saturday 9 November), Remembrance Sunday (10 November), Armistice / Veterans Day, Sint-
Maarten, São Martinho, Singles' Day and the carnival start at 11:11 (all Monday 11 November), Brazil's Proclamation of
the Republic (Friday 15 November); the sugar-beet campaign, the chestnut and olive harvests.

Settings: a Remembrance-wreath maker (Kent), an election yard-sign printer (Ohio, strategic), a pumpkin farm and corn
maze (Vermont), a Melbourne Cup millinery on credit hold, a diya and lantern works in Jaipur (Indian writers), a scenery
builder for the Wexford opera festival, a sugar-beet haulier in the Red River Valley on a legal account, an 11.11
e-commerce fulfilment warehouse (Singapore), a Prince Edward Island potato-harvest contractor on a plan, a Virginia
memorial stoneworks, a Lewes bonfire-torch supplier; a Munich beer-tent builder, a sugar-beet logistics co-operative
in the Hildesheimer Börde (strategic), a Viennese chestnut-stand supplier on credit hold, a turnip-lantern grower on
Lake Zurich; an Ardèche chestnut co-operative, a Lyon chrysanthemum grower on a plan, a Québec moose-hunting
outfitter, a cider press in the Pays de Herve on a legal account; an olive mill in Sierra Mágina, a cempasúchil grower
in Atlixco on credit hold, a Madrid huesos-de-santo bakery, a Zaragoza Pilar stage hirer (strategic); a Groningen
sugar-beet haulier, a Utrecht Sint-Maarten lantern workshop, a Flemish chrysanthemum nursery on a plan, a Limburg
carnival society; a Bragança chestnut exporter, a Nazaré big-wave rescue school (strategic), a São Paulo toy
distributor for Dia das Crianças and a Belo Horizonte wreath florist for Finados on credit hold.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2030-11-16"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(full number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("M6601", "Poppyfield Wreath Makers Ltd", "poppyfield-wreaths.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("h.pennington", "Hilary Pennington", "Office Manager")],
     [("INV-2027-66011", "2480.00", "GBP", "2030-09-20", None), ("INV-2027-66012", "615.00", "GBP", "2030-10-04", None)]),
    ("M6602", "Ballot Box Print & Sign Co.", "ballotboxsigns.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("d.whitcomb", "Darlene Whitcomb", "Controller")],
     [("INV-2027-66021", "18740.00", "USD", "2030-09-16", "BB-30551"), ("INV-2027-66022", "3260.00", "USD", "2030-10-01", "BB-30618")]),
    ("M6603", "Lantern Hill Pumpkin Farm LLC", "lanternhillfarm.example", "en", "en-US", [], "carla",
     [("office", "", "Office"), ("j.tetreault", "Jolene Tetreault", "Owner")],
     [("INV-2027-66031", "4115.00", "USD", "2030-09-25", None), ("INV-2027-66032", "780.00", "USD", "2030-10-07", None)]),
    ("M6604", "Flemington Millinery Pty Ltd", "flemingtonmillinery.example", "en", "en-AU", ["credit_hold"], "alice",
     [("accounts", "", "Accounts"), ("c.vandenberg", "Cassie Vandenberg", "Director")],
     [("INV-2027-66041", "6390.00", "AUD", "2030-09-22", None)]),
    ("M6605", "Deepshikha Diya Works Pvt Ltd", "deepshikhadiya.example", "en", "en-IN", [], "bruno",
     [("accounts", "", "Accounts"), ("r.agarwal", "Rakesh Agarwal", "Finance Manager")],
     [("INV-2027-66051", "5270.00", "USD", "2030-09-24", "DDW/PO/2291"), ("INV-2027-66052", "940.00", "USD", "2030-10-08", "DDW/PO/2318")]),
    ("M6606", "Slaney Scenic Studios Ltd", "slaneyscenic.example", "en", "en-IE", [], "carla",
     [("accounts", "", "Accounts"), ("o.furlong", "Orla Furlong", "Production Manager")],
     [("INV-2027-66061", "3840.00", "EUR", "2030-09-23", None), ("INV-2027-66062", "1125.00", "EUR", "2030-10-09", None)]),
    ("M6607", "Red River Beet Haulage Inc", "redriverbeet.example", "en", "en-US", ["legal"], "alice",
     [("office", "", "Office"), ("g.solberg", "Gary Solberg", "President")],
     [("INV-2027-66071", "9860.00", "USD", "2030-08-30", None)]),
    ("M6608", "Eleven-Eleven Fulfilment Pte Ltd", "elevenfulfil.example", "en", "en-SG", [], "bruno",
     [("finance", "", "Finance"), ("w.tan", "Tan Wei Ling", "Finance Executive")],
     [("INV-2027-66081", "7420.00", "USD", "2030-09-27", "EEF-PO-88120"), ("INV-2027-66082", "1390.00", "USD", "2030-10-10", "EEF-PO-88164")]),
    ("M6609", "Bluenose Potato Harvest Contractors Ltd", "bluenoseharvest.example", "en", "en-CA", ["payment_plan"], "carla",
     [("accounts", "", "Accounts"), ("m.macphail", "Marlene MacPhail", "Bookkeeper")],
     [("INV-2027-66091", "12600.00", "CAD", "2030-09-12", None)]),
    ("M6610", "Old Dominion Memorial Stoneworks Inc", "olddominionstone.example", "en", "en-US", [], "alice",
     [("billing", "", "Billing"), ("t.harlow", "Travis Harlow", "Office Manager")],
     [("INV-2027-66101", "3375.00", "USD", "2030-09-26", None), ("INV-2027-66102", "860.00", "USD", "2030-10-11", None)]),
    ("M6611", "Cliffe Torch & Pyro Supplies Ltd", "cliffetorch.example", "en", "en-GB", [], "bruno",
     [("accounts", "", "Accounts"), ("n.ashdown", "Nigel Ashdown", "Managing Director")],
     [("INV-2027-66111", "2960.00", "GBP", "2030-09-27", None), ("INV-2027-66112", "470.00", "GBP", "2030-10-10", None)]),
    ("M6621", "Wiesn-Zeltbau Huber GmbH", "zeltbau-huber.example", "de", "de-DE", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("a.huber", "Anton Huber", "Geschäftsführer")],
     [("INV-2027-66211", "8640.00", "EUR", "2030-09-25", None), ("INV-2027-66212", "1230.00", "EUR", "2030-10-08", None)]),
    ("M6622", "Rübenlogistik Hildesheimer Börde eG", "ruebenlogistik-boerde.example", "de", "de-DE", ["strategic"], "alice",
     [("kreditoren", "", "Kreditorenbuchhaltung"), ("k.brandes", "Kerstin Brandes", "Leiterin Rechnungswesen")],
     [("INV-2027-66221", "14380.00", "EUR", "2030-09-20", "RLB-4500-2231"), ("INV-2027-66222", "2290.00", "EUR", "2030-10-04", "RLB-4500-2260")]),
    ("M6623", "Maronibedarf Wieser e.U.", "maroni-wieser.example", "de", "de-AT", ["credit_hold"], "bruno",
     [("office", "", "Büro"), ("f.wieser", "Franz Wieser", "Inhaber")],
     [("INV-2027-66231", "2745.00", "EUR", "2030-09-24", None)]),
    ("M6624", "Räbehof Gemüsebau AG", "raebehof.example", "de", "de-CH", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("u.bachmann", "Ursula Bachmann", "Administration")],
     [("INV-2027-66241", "3980.00", "CHF", "2030-09-26", None), ("INV-2027-66242", "715.00", "CHF", "2030-10-09", None)]),
    ("M6631", "Coopérative castanéicole des Boutières", "castanes-boutieres.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("m.chabal", "Mireille Chabal", "Présidente")],
     [("INV-2027-66311", "4360.00", "EUR", "2030-09-23", None), ("INV-2027-66312", "890.00", "EUR", "2030-10-07", None)]),
    ("M6632", "Chrysanthèmes Vernay SARL", "chrysanthemes-vernay.example", "fr", "fr-FR", ["payment_plan"], "bruno",
     [("comptabilite", "", "Comptabilité"), ("p.vernay", "Pascal Vernay", "Gérant")],
     [("INV-2027-66321", "7150.00", "EUR", "2030-09-18", None)]),
    ("M6633", "Pourvoirie du Lac-aux-Orignaux inc.", "lacauxorignaux.example", "fr", "fr-CA", [], "carla",
     [("admin", "", "Administration"), ("s.gagnon", "Sylvie Gagnon", "Propriétaire")],
     [("INV-2027-66331", "5480.00", "CAD", "2030-09-25", None), ("INV-2027-66332", "640.00", "CAD", "2030-10-08", None)]),
    ("M6634", "Cidrerie du Plateau de Herve SRL", "cidrerie-herve.example", "fr", "fr-BE", ["legal"], "alice",
     [("compta", "", "Comptabilité"), ("j.lejeune", "Jean-Marc Lejeune", "Administrateur délégué")],
     [("INV-2027-66341", "6020.00", "EUR", "2030-08-29", None)]),
    ("M6641", "Almazara Sierra Mágina SCA", "almazara-sierramagina.example", "es", "es-ES", [], "bruno",
     [("administracion", "", "Administración"), ("r.cobo", "Rafael Cobo", "Gerente")],
     [("INV-2027-66411", "6875.00", "EUR", "2030-09-24", None), ("INV-2027-66412", "1310.00", "EUR", "2030-10-08", None)]),
    ("M6642", "Flores de Cempasúchil de Atlixco SPR de RL", "cempasuchil-atlixco.example", "es", "es-MX", ["credit_hold"], "carla",
     [("cxp", "", "Cuentas por pagar"), ("g.tlapale", "Guadalupe Tlapale", "Administradora")],
     [("INV-2027-66421", "4690.00", "USD", "2030-09-20", "FCA-OC-1187")]),
    ("M6643", "Obrador La Almudena SL", "obrador-almudena.example", "es", "es-ES", [], "alice",
     [("contabilidad", "", "Contabilidad"), ("c.nieto", "Carmen Nieto", "Propietaria")],
     [("INV-2027-66431", "2185.00", "EUR", "2030-09-27", None), ("INV-2027-66432", "560.00", "EUR", "2030-10-10", None)]),
    ("M6644", "Carpas y Escenarios del Ebro SL", "carpasdelebro.example", "es", "es-ES", ["strategic"], "bruno",
     [("facturas", "", "Facturas"), ("j.lasheras", "Javier Lasheras", "Director financiero")],
     [("INV-2027-66441", "11270.00", "EUR", "2030-09-19", "CEE-2030-0412"), ("INV-2027-66442", "1980.00", "EUR", "2030-10-03", "CEE-2030-0455")]),
    ("M6651", "Bietentransport Hogeland BV", "bietentransport-hogeland.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("h.dijkstra", "Henk Dijkstra", "Directeur")],
     [("INV-2027-66511", "7730.00", "EUR", "2030-09-23", None), ("INV-2027-66512", "1045.00", "EUR", "2030-10-07", None)]),
    ("M6652", "Lampionatelier Het Lichtje", "hetlichtje.example", "nl", "nl-NL", [], "alice",
     [("info", "", "Info"), ("s.vandermeer", "Sanne van der Meer", "Eigenaar")],
     [("INV-2027-66521", "1890.00", "EUR", "2030-09-26", None), ("INV-2027-66522", "345.00", "EUR", "2030-10-09", None)]),
    ("M6653", "Chrysantenkwekerij Van Damme bv", "vandamme-chrysant.example", "nl", "nl-BE", ["payment_plan"], "bruno",
     [("boekhouding", "", "Boekhouding"), ("g.vandamme", "Geert Van Damme", "Zaakvoerder")],
     [("INV-2027-66531", "8460.00", "EUR", "2030-09-17", None)]),
    ("M6654", "Carnavalsvereniging De Kwakkerts", "dekwakkerts.example", "nl", "nl-NL", [], "carla",
     [("penningmeester", "", "Penningmeester"), ("l.janssen", "Luc Janssen", "Voorzitter")],
     [("INV-2027-66541", "2630.00", "EUR", "2030-09-27", None), ("INV-2027-66542", "410.00", "EUR", "2030-10-10", None)]),
    ("M6661", "Castanhas da Terra Fria Lda", "castanhas-terrafria.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("a.pires", "Amândio Pires", "Sócio-gerente")],
     [("INV-2027-66611", "5960.00", "EUR", "2030-09-24", None), ("INV-2027-66612", "830.00", "EUR", "2030-10-08", None)]),
    ("M6662", "Escola de Resgate Praia do Norte Lda", "resgate-praiadonorte.example", "pt", "pt-PT", ["strategic"], "bruno",
     [("financeiro", "", "Financeiro"), ("t.batalha", "Tiago Batalha", "Diretor")],
     [("INV-2027-66621", "9340.00", "EUR", "2030-09-19", "ERP-PO-0733")]),
    ("M6663", "Pipoca Brinquedos Distribuidora Ltda", "pipocabrinquedos.example", "pt", "pt-BR", [], "carla",
     [("contasapagar", "", "Contas a pagar"), ("v.nogueira", "Vanessa Nogueira", "Gerente financeira")],
     [("INV-2027-66631", "6210.00", "USD", "2030-09-25", "PIP-OC-5520"), ("INV-2027-66632", "1470.00", "USD", "2030-10-09", "PIP-OC-5561")]),
    ("M6664", "Coroas e Flores Campo Santo Ltda", "camposanto-flores.example", "pt", "pt-BR", ["credit_hold"], "alice",
     [("financeiro", "", "Financeiro"), ("e.drummond", "Eliane Drummond", "Sócia")],
     [("INV-2027-66641", "3780.00", "USD", "2030-09-23", None)]),
]
