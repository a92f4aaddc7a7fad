"""The field63 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

AS_OF is Saturday 22 December 2029: the replies are dated Monday 19 November to Friday 21 December 2029, the season
from Thanksgiving to the Christmas shutdown. In it: US Thanksgiving (Thursday 22 November) and its Friday, Black Friday
(23 November) and Cyber Monday (26 November); the first Sunday of Advent (2 December) and the Advent Sundays after it;
Portugal's Restoration of Independence (Saturday 1 December); UAE National Day (Sunday 2 December); Sinterklaas
(pakjesavond Wednesday 5 December in the Netherlands, Sint-Niklaas Thursday 6 December in Flanders) and St Nicholas'
Day in Germany and Austria; the Spanish Constitution day (Thursday 6 December) and the Immaculate Conception (Saturday
8 December: the Spanish puente of 6–7 December; a holiday in Portugal and Argentina too); the Virgin of Guadalupe
(Wednesday 12 December) and the Mexican posadas (16–24 December); Hanukkah in early December; the Brazilian 13th salary
(paid by 20 December); year-end closes, budget freezes and last payment runs before the Christmas shutdown; Christmas Eve
(Monday 24 December), Christmas Day (Tuesday 25), Boxing Day / St Stephen's Day (Wednesday 26), New Year's Eve (Monday
31) and the first working days of January 2030. Offsets are the northern-winter ones (GB/IE/PT +0, CET +1, US −5/−6/−7/
−8, Canada −5) and southern-summer ones (NZ +13, Queensland +10 without DST, Brazil and Argentina −3, Mexico −6).

Settings: a Christmas-tree farm (Oregon), a turkey farm (Minnesota, strategic), a Black Friday fulfilment house (New
Jersey, credit hold), a pantomime company (Bristol), a mince-pie bakery (Yorkshire), festive lighting installers (Cork,
on a plan), ski-lift servicing (Colorado, strategic), ice rinks (Ontario), a prawn trawler before the Christmas rush
(Queensland, credit hold), a garden centre (Auckland), wedding-season banquets (Jaipur), cold-chain logistics
(Singapore), National Day events (Dubai), a youth orchestra on a plan (Stellenbosch), a candle works on a legal account
(Vermont), a toy shop (Edinburgh), a touring Nutcracker ballet (Chicago); an Advent-calendar printer (Leipzig), a
Lebkuchen bakery (Nuremberg, strategic), Christmas-market hut builders (Salzburg, credit hold), a Swiss chocolatier
(Bern); a foie-gras farm (Périgord), santon makers on a plan (Aubagne), Christmas-market chalets (Liège), a maple-syrup
caterer for the Fêtes (Québec, strategic); turrón makers (Xixona), nativity-figure makers (Murcia, credit hold),
piñatas for the posadas (Mexico City), a pan dulce bakery on a legal account (Buenos Aires); a speculaas bakery
(Zaandam), Sinterklaas costume hire (Ghent), a Christmas-tree nursery (Brabant, strategic); a bolo-rei pastry shop
(Lisbon), a port-wine shipper (Porto, credit hold), a panettone bakery (São Paulo) and beach kiosks on a plan
(Florianópolis).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2029-12-22"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("H6301", "Pinecrest Christmas Tree Farm LLC", "pinecresttrees.example", "en", "en-US", [], "alice",
     [("accounts", "", "Accounts"), ("j.halvorsen", "Jenna Halvorsen", "Owner")],
     [("INV-2027-63011", "6480.00", "USD", "2029-10-31", None), ("INV-2027-63012", "1295.00", "USD", "2029-11-15", None)]),
    ("H6302", "Gobbler Ridge Turkey Farms Inc", "gobblerridge.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("d.lindqvist", "Dale Lindqvist", "Controller")],
     [("INV-2027-63021", "18750.00", "USD", "2029-10-26", "GRT-PO-5531"), ("INV-2027-63022", "3420.00", "USD", "2029-11-20", "GRT-PO-5602")]),
    ("H6303", "Parcelwise Fulfilment Inc", "parcelwise.example", "en", "en-US", ["credit_hold"], "carla",
     [("payables", "", "Payables"), ("r.okonkwo", "Rita Okonkwo", "AP Supervisor")],
     [("INV-2027-63031", "9860.00", "USD", "2029-10-19", None), ("INV-2027-63032", "2140.00", "USD", "2029-11-09", None)]),
    ("H6304", "Limelight Pantomime Company Ltd", "limelightpanto.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("g.whitlock", "Gemma Whitlock", "Company Manager")],
     [("INV-2027-63041", "4275.00", "GBP", "2029-10-31", None), ("INV-2027-63042", "860.00", "GBP", "2029-11-16", None)]),
    ("H6305", "Dales Mince Pie Bakery Ltd", "dalesbakery.example", "en", "en-GB", [], "bruno",
     [("office", "", "Office"), ("t.ackroyd", "Tom Ackroyd", "Director")],
     [("INV-2027-63051", "3180.00", "GBP", "2029-10-24", None)]),
    ("H6306", "Twinkle & Co Festive Lighting Ltd", "twinklelighting.example", "en", "en-IE", ["payment_plan"], "carla",
     [("accounts", "", "Accounts"), ("c.odonovan", "Ciarán O'Donovan", "Managing Director")],
     [("INV-2027-63061", "12600.00", "EUR", "2029-09-28", None)]),
    ("H6307", "Summit Lift Services LLC", "summitlift.example", "en", "en-US", ["strategic"], "alice",
     [("ap", "", "Accounts Payable"), ("m.reyes", "Marisol Reyes", "Finance Director")],
     [("INV-2027-63071", "24300.00", "USD", "2029-10-15", "SLS-88412"), ("INV-2027-63072", "4150.00", "USD", "2029-11-12", "SLS-88577")]),
    ("H6308", "Frostline Ice Rinks Ltd", "frostline-rinks.example", "en", "en-CA", [], "bruno",
     [("accounting", "", "Accounting"), ("p.tremblay", "Paul Tremblay", "Operations Manager")],
     [("INV-2027-63081", "7420.00", "CAD", "2029-10-30", None), ("INV-2027-63082", "1380.00", "CAD", "2029-11-14", None)]),
    ("H6309", "Moreton Bay Prawn Co Pty Ltd", "moretonbayprawns.example", "en", "en-AU", ["credit_hold"], "carla",
     [("admin", "", "Admin"), ("s.kowalski", "Shane Kowalski", "Owner")],
     [("INV-2027-63091", "5640.00", "AUD", "2029-10-22", None)]),
    ("H6310", "Pohutukawa Garden Centre Ltd", "pohutukawagardens.example", "en", "en-NZ", [], "alice",
     [("accounts", "", "Accounts"), ("a.tipene", "Aroha Tipene", "Manager")],
     [("INV-2027-63101", "2230.00", "NZD", "2029-10-29", None), ("INV-2027-63102", "540.00", "NZD", "2029-11-19", None)]),
    ("H6311", "Shaadi Bells Banquets Pvt Ltd", "shaadibells.example", "en", "en-IN", [], "bruno",
     [("accounts", "", "Accounts"), ("v.sharma", "Vikram Sharma", "Finance Manager")],
     [("INV-2027-63111", "6890.00", "USD", "2029-10-25", None), ("INV-2027-63112", "1470.00", "USD", "2029-11-13", None)]),
    ("H6312", "Lion City Cold Chain Pte Ltd", "lioncitycoldchain.example", "en", "en-SG", [], "carla",
     [("finance", "", "Finance"), ("w.tan", "Tan Wei Ling", "Finance Executive")],
     [("INV-2027-63121", "8310.00", "USD", "2029-10-18", "LCC/PO/22917")]),
    ("H6313", "Falcon Dunes Events LLC", "falcondunes.example", "en", "en-AE", [], "alice",
     [("accounts", "", "Accounts"), ("r.menon", "Rahul Menon", "Accounts Manager")],
     [("INV-2027-63131", "5920.00", "USD", "2029-10-28", None), ("INV-2027-63132", "2380.00", "USD", "2029-11-11", None)]),
    ("H6314", "Boland Youth Orchestra Trust", "bolandyouthorchestra.example", "en", "en-ZA", ["payment_plan"], "bruno",
     [("bursar", "", "Bursar"), ("l.vanwyk", "Liezl van Wyk", "Administrator")],
     [("INV-2027-63141", "14800.00", "ZAR", "2029-09-30", None)]),
    ("H6315", "Hearthstone Candle Works LLC", "hearthstonecandles.example", "en", "en-US", ["legal"], "carla",
     [("office", "", "Office"), ("b.mercer", "Brandon Mercer", "Owner")],
     [("INV-2027-63151", "7760.00", "USD", "2029-09-21", None)]),
    ("H6316", "Gingerbread Lane Toys Ltd", "gingerbreadlane.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("f.mackay", "Fiona MacKay", "Finance Manager")],
     [("INV-2027-63161", "3940.00", "GBP", "2029-10-26", None), ("INV-2027-63162", "615.00", "GBP", "2029-11-16", None)]),
    ("H6317", "Nutcracker Ballet Touring Inc", "nutcrackertouring.example", "en", "en-US", [], "bruno",
     [("payables", "", "Payables"), ("e.novak", "Elena Novak", "General Manager")],
     [("INV-2027-63171", "5380.00", "USD", "2029-10-31", None), ("INV-2027-63172", "940.00", "USD", "2029-11-15", None)]),
    ("H6321", "Adventskalender-Druckerei Hollmann GmbH", "druckerei-hollmann.example", "de", "de-DE", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("k.hollmann", "Katrin Hollmann", "Geschäftsführerin")],
     [("INV-2027-63211", "5870.00", "EUR", "2029-10-30", None), ("INV-2027-63212", "1240.00", "EUR", "2029-11-15", None)]),
    ("H6322", "Lebkuchen-Manufaktur Pfeiffer KG", "lebkuchen-pfeiffer.example", "de", "de-DE", ["strategic"], "alice",
     [("kreditoren", "", "Kreditorenbuchhaltung"), ("t.pfeiffer", "Thomas Pfeiffer", "Kaufmännischer Leiter")],
     [("INV-2027-63221", "16400.00", "EUR", "2029-10-19", "LMP-4471"), ("INV-2027-63222", "2980.00", "EUR", "2029-11-12", "LMP-4520")]),
    ("H6323", "Hüttenbau Oberhuber e.U.", "huettenbau-oberhuber.example", "de", "de-AT", ["credit_hold"], "bruno",
     [("office", "", "Büro"), ("j.oberhuber", "Josef Oberhuber", "Inhaber")],
     [("INV-2027-63231", "8650.00", "EUR", "2029-10-24", None)]),
    ("H6324", "Confiserie Brändli AG", "confiserie-braendli.example", "de", "de-CH", [], "carla",
     [("kreditoren", "", "Kreditoren"), ("u.braendli", "Ursula Brändli", "Leiterin Finanzen")],
     [("INV-2027-63241", "9120.00", "CHF", "2029-10-29", None), ("INV-2027-63242", "1760.00", "CHF", "2029-11-14", None)]),
    ("H6331", "Foie Gras du Périgord Lacombe SARL", "foiegras-lacombe.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("m.lacombe", "Martine Lacombe", "Gérante")],
     [("INV-2027-63311", "6320.00", "EUR", "2029-10-26", None), ("INV-2027-63312", "1180.00", "EUR", "2029-11-16", None)]),
    ("H6332", "Santons Arnaud & Fils", "santons-arnaud.example", "fr", "fr-FR", ["payment_plan"], "bruno",
     [("contact", "", "Accueil"), ("p.arnaud", "Pierre Arnaud", "Gérant")],
     [("INV-2027-63321", "4980.00", "EUR", "2029-09-28", None)]),
    ("H6333", "Chalets de Noël Dumont SRL", "chalets-dumont.example", "fr", "fr-BE", [], "carla",
     [("comptabilite", "", "Comptabilité"), ("a.dumont", "Anne Dumont", "Administratrice")],
     [("INV-2027-63331", "7450.00", "EUR", "2029-10-22", None), ("INV-2027-63332", "990.00", "EUR", "2029-11-13", None)]),
    ("H6334", "Érablière et Traiteur des Fêtes Gagnon inc.", "traiteur-gagnon.example", "fr", "fr-CA", ["strategic"], "alice",
     [("comptes", "", "Comptes fournisseurs"), ("s.gagnon", "Sylvie Gagnon", "Contrôleuse")],
     [("INV-2027-63341", "11200.00", "CAD", "2029-10-18", "TFG-20931")]),
    ("H6341", "Turrones Artesanos de Xixona SL", "turrones-xixona.example", "es", "es-ES", [], "bruno",
     [("administracion", "", "Administración"), ("j.verdu", "Jordi Verdú", "Director financiero")],
     [("INV-2027-63411", "8740.00", "EUR", "2029-10-25", None), ("INV-2027-63412", "1530.00", "EUR", "2029-11-15", None)]),
    ("H6342", "Belenes y Figuras Murcianas SL", "belenes-murcia.example", "es", "es-ES", ["credit_hold"], "carla",
     [("contabilidad", "", "Contabilidad"), ("m.sanchez", "María Sánchez", "Gerente")],
     [("INV-2027-63421", "3860.00", "EUR", "2029-10-19", None)]),
    ("H6343", "Piñatas y Posadas del Centro SA de CV", "pinatasposadas.example", "es", "es-MX", [], "alice",
     [("cxp", "", "Cuentas por pagar"), ("g.rios", "Guadalupe Ríos", "Contralora")],
     [("INV-2027-63431", "4290.00", "USD", "2029-10-30", None), ("INV-2027-63432", "860.00", "USD", "2029-11-12", None)]),
    ("H6344", "Panificadora Pan Dulce del Sur SRL", "pandulcedelsur.example", "es", "es-AR", ["legal"], "bruno",
     [("administracion", "", "Administración"), ("d.ferreyra", "Diego Ferreyra", "Socio gerente")],
     [("INV-2027-63441", "6150.00", "USD", "2029-09-27", None)]),
    ("H6351", "Banketbakkerij Speculaas & Zo BV", "speculaasenzo.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("l.devries", "Lotte de Vries", "Financieel medewerker")],
     [("INV-2027-63511", "4620.00", "EUR", "2029-10-29", None), ("INV-2027-63512", "780.00", "EUR", "2029-11-14", None)]),
    ("H6352", "Sint & Piet Kostuumverhuur bv", "sintenpiet-verhuur.example", "nl", "nl-BE", [], "alice",
     [("boekhouding", "", "Boekhouding"), ("b.claes", "Bart Claes", "Zaakvoerder")],
     [("INV-2027-63521", "2890.00", "EUR", "2029-10-24", None), ("INV-2027-63522", "415.00", "EUR", "2029-11-16", None)]),
    ("H6353", "Kerstboomkwekerij Van den Heuvel BV", "kwekerij-vandenheuvel.example", "nl", "nl-NL", ["strategic"], "bruno",
     [("crediteuren", "", "Crediteurenadministratie"), ("h.vandenheuvel", "Henk van den Heuvel", "Directeur")],
     [("INV-2027-63531", "13250.00", "EUR", "2029-10-17", "KVH-3390")]),
    ("H6361", "Pastelaria Bolo-Rei da Baixa Lda", "bolorei-baixa.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("a.marques", "Ana Marques", "Gerente")],
     [("INV-2027-63611", "3970.00", "EUR", "2029-10-26", None), ("INV-2027-63612", "720.00", "EUR", "2029-11-15", None)]),
    ("H6362", "Caves do Douro Exportadora SA", "cavesdouro-export.example", "pt", "pt-PT", ["credit_hold"], "bruno",
     [("financeiro", "", "Departamento Financeiro"), ("j.pinto", "João Pinto", "Diretor financeiro")],
     [("INV-2027-63621", "10480.00", "EUR", "2029-10-19", None)]),
    ("H6363", "Panetones Paulistanos Ltda", "panetonespaulistanos.example", "pt", "pt-BR", [], "carla",
     [("financeiro", "", "Financeiro"), ("r.oliveira", "Renata Oliveira", "Coordenadora financeira")],
     [("INV-2027-63631", "5260.00", "USD", "2029-10-29", None), ("INV-2027-63632", "1140.00", "USD", "2029-11-13", None)]),
    ("H6364", "Quiosques Praia Grande Ltda", "quiosquespraiagrande.example", "pt", "pt-BR", ["payment_plan"], "alice",
     [("contato", "", "Contato"), ("t.souza", "Thiago Souza", "Sócio")],
     [("INV-2027-63641", "3680.00", "USD", "2029-09-29", None)]),
]
