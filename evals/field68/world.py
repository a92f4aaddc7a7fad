"""The field68 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

AS_OF is Saturday 1 March 2031: the replies are dated Monday 6 January to Friday 28 February 2031, midwinter into
carnival. In it: Epiphany / Três Reis / Día de Reyes (Monday 6 January) and Orthodox Christmas (Tuesday 7 January);
January sales and the annual stock-take (Inventur); year-end closes and audits; MLK Day (Monday 20 January); Lunar New
Year (Thursday 23 January; Spring Festival closures in China and Singapore 23–24 January, Tết in Vietnam 21–27
January); Burns Night (Saturday 25 January); India's Republic Day (Sunday 26 January); Australia Day (Monday 27
January, the public holiday); Candlemas / la Candelaria / Chandeleur (Sunday 2 February); Mexico's Constitution Day
(Monday 3 February); Waitangi Day (Thursday 6 February); Valentine's Day (Friday 14 February); Presidents' Day (Monday
17 February); Weiberfastnacht (Thursday 20 February), Rosenmontag (24 February), Carnival Tuesday / Mardi Gras /
Fastnacht (25 February) and Ash Wednesday (26 February); Brazilian Carnaval closures (24–26 February until midday);
Belgian krokusvakantie and the southern-summer holidays (Brazil, Argentina, Australia, NZ back to school in late
January / early February). Offsets are the northern-winter ones (GB/IE/PT/Canarias +0, CET +1, US −5/−6/−7/−8,
Ontario and Québec −5, Mexico −6, Colombia −5) and the southern-summer ones (NZ +13, Sydney/Melbourne +11, Brazil −3
without DST, Argentina −3, South Africa +2), plus India +5:30, Singapore +8, Vietnam +7.

Settings: snow removal (Minnesota), a haggis maker for Burns Night (Edinburgh), lantern-festival supplies (Singapore,
strategic), a lion-dance troupe (Sydney, credit hold), marquee hire for Waitangi Day (Auckland), Republic Day parade
caterers (Delhi), a Valentine's rose importer on a plan (Miami), Mardi Gras float builders on a legal account (New
Orleans), summer festival staging (Cape Town), Tết gift baskets (Ho Chi Minh City), stock-take counters (Dublin), ice
sculptors for Winterlude (Ottawa), Australian Open catering (Melbourne, strategic), a ski school (Vermont), a year-end
audit firm that must not be contacted (Chicago), snowcat tours (Colorado), a Valentine's chocolatier (Seattle), kite
makers for Uttarayan (Ahmedabad); an Inventur service (Köln), carnival costumes (Mainz, strategic), a Viennese ball
organiser (credit hold), Fasnacht lantern builders (Basel), a ski school on a plan (Garmisch), a January-sales fashion
house (Düsseldorf); a galette-des-rois bakery (Lyon), Binche carnival (Hainaut, strategic), a Carnaval de Québec
supplier on a plan, a Savoie ski resort (credit hold), a Chandeleur crêperie (Rennes), the Menton lemon festival on a
legal account; a roscón bakery (Madrid), a Cádiz carnival troupe on a plan, Candelaria tamales (Mexico City,
strategic), a Mendoza winery in summer (credit hold), Barranquilla carnival (Colombia), Tenerife carnival staging; a
Maastricht carnival society (strategic), Aalst carnival (credit hold), a Frisian ice rink, a Rotterdam accountancy on a
plan, an Antwerp ski-travel agency for the krokusvakantie; a Rio samba school (strategic), a Salvador trio elétrico
(credit hold), the Torres Vedras carnival, a Florianópolis pousada on a plan and a Lisbon sales-season retailer on a
legal account.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2031-03-01"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("Q6801", "Northstar Plow & Snow LLC", "northstarplow.example", "en", "en-US", [], "alice",
     [("ap", "", "accounts payable"), ("dale.ostrander", "Dale Ostrander", "owner"), ("kristy", "Kristy Lund", "office manager")],
     [("INV-2027-68011", "6480.00", "USD", "2030-12-20", "PO-5512"), ("INV-2027-68012", "2215.50", "USD", "2030-12-05", None)]),
    ("Q6802", "MacLachlan Haggis Company Ltd", "maclachlanhaggis.example", "en", "en-GB", [], "bob",
     [("accounts", "", "accounts"), ("fiona.maclachlan", "Fiona MacLachlan", "finance director"), ("ewan", "Ewan Birrell", "production")],
     [("INV-2027-68021", "3940.00", "GBP", "2030-12-31", "MH-0931"), ("INV-2027-68022", "1185.00", "GBP", "2030-12-10", None)]),
    ("Q6803", "Lumen Lantern Festival Supplies Pte Ltd", "lumenlantern.example", "en", "en-SG", ["strategic"], "carla",
     [("finance", "", "finance"), ("grace.tan", "Grace Tan", "finance manager"), ("wei.ming", "Lim Wei Ming", "procurement")],
     [("INV-2027-68031", "18400.00", "SGD", "2030-12-28", "LL-PO-77120"), ("INV-2027-68032", "6250.00", "SGD", "2030-12-12", "LL-PO-77188")]),
    ("Q6804", "Jade Phoenix Lion Dance Troupe Pty Ltd", "jadephoenix.example", "en", "en-AU", ["credit_hold"], "dmitri",
     [("accounts", "", "accounts"), ("kevin.luu", "Kevin Luu", "director"), ("mel", "Melissa Grant", "bookkeeper")],
     [("INV-2027-68041", "4725.00", "AUD", "2030-12-15", None), ("INV-2027-68042", "1890.00", "AUD", "2030-12-08", None)]),
    ("Q6805", "Tūī Marquee Hire Ltd", "tuimarquee.example", "en", "en-NZ", [], "alice",
     [("accounts", "", "accounts"), ("hemi.parata", "Hemi Parata", "owner"), ("sophie", "Sophie Walsh", "office")],
     [("INV-2027-68051", "8960.00", "NZD", "2030-12-03", "TMH-2031-02"), ("INV-2027-68052", "2340.00", "NZD", "2030-12-17", None)]),
    ("Q6806", "Rajpath Parade Caterers Pvt Ltd", "rajpathcaterers.example", "en", "en-IN", [], "bob",
     [("accounts", "", "accounts"), ("anil.mehra", "Anil Mehra", "accounts manager"), ("priya.s", "Priya Sethi", "director")],
     [("INV-2027-68061", "412000.00", "INR", "2030-12-30", "RPC/PO/3318"), ("INV-2027-68062", "98500.00", "INR", "2030-12-14", "RPC/PO/3342")]),
    ("Q6807", "Bellarosa Rose Imports Inc", "bellarosaimports.example", "en", "en-US", ["payment_plan"], "carla",
     [("ap", "", "accounts payable"), ("marisol.vega", "Marisol Vega", "controller"), ("tony", "Tony Ferraro", "owner")],
     [("INV-2027-68071", "14600.00", "USD", "2030-12-18", "BR-4471"), ("INV-2027-68072", "7300.00", "USD", "2030-12-18", "BR-4490")]),
    ("Q6808", "Crescent City Float Works LLC", "crescentfloats.example", "en", "en-US", ["legal"], "dmitri",
     [("ap", "", "accounts payable"), ("beau.thibodeaux", "Beau Thibodeaux", "managing member"), ("claire", "Claire Robichaux", "office")],
     [("INV-2027-68081", "22750.00", "USD", "2030-11-30", "CCF-118"), ("INV-2027-68082", "5400.00", "USD", "2030-12-31", None)]),
    ("Q6809", "Table Mountain Staging (Pty) Ltd", "tmstaging.example", "en", "en-ZA", [], "alice",
     [("accounts", "", "accounts"), ("thandi.nkosi", "Thandi Nkosi", "financial manager"), ("riaan", "Riaan du Plessis", "operations")],
     [("INV-2027-68091", "86500.00", "ZAR", "2030-12-02", "TMS-PO-661"), ("INV-2027-68092", "24300.00", "ZAR", "2030-12-16", None)]),
    ("Q6810", "Saigon Lotus Gift Baskets Co., Ltd", "saigonlotus.example", "en", "en-VN", [], "bob",
     [("ketoan", "", "accounting"), ("linh.nguyen", "Nguyen Thuy Linh", "chief accountant"), ("bao", "Tran Quoc Bao", "sales")],
     [("INV-2027-68101", "9870.00", "USD", "2030-12-27", "SL-2030-415"), ("INV-2027-68102", "3120.00", "USD", "2030-12-10", None)]),
    ("Q6811", "Liffey Stocktake Services Ltd", "liffeystocktake.example", "en", "en-IE", [], "carla",
     [("accounts", "", "accounts"), ("niamh.keane", "Niamh Keane", "accounts"), ("declan", "Declan Foley", "director")],
     [("INV-2027-68111", "4380.00", "EUR", "2030-12-04", None), ("INV-2027-68112", "1260.00", "EUR", "2030-12-19", None)]),
    ("Q6812", "Rideau Ice Carving Inc", "rideauice.example", "en", "en-CA", [], "dmitri",
     [("ap", "", "accounts payable"), ("jen.lavigne", "Jennifer Lavigne", "owner"), ("sam", "Sam Okafor", "studio")],
     [("INV-2027-68121", "7150.00", "CAD", "2030-12-29", "RIC-0207"), ("INV-2027-68122", "2890.00", "CAD", "2030-12-13", None)]),
    ("Q6813", "Rally Point Hospitality Pty Ltd", "rallypointhospitality.example", "en", "en-AU", ["strategic"], "alice",
     [("ap", "", "accounts payable"), ("bronwyn.hale", "Bronwyn Hale", "finance manager"), ("jack", "Jack Moretti", "events")],
     [("INV-2027-68131", "31800.00", "AUD", "2030-12-31", "RPH-PO-20441"), ("INV-2027-68132", "12650.00", "AUD", "2030-12-15", "RPH-PO-20467")]),
    ("Q6814", "Green Mountain Ski School Inc", "gmskischool.example", "en", "en-US", [], "bob",
     [("billing", "", "billing"), ("hank.pelletier", "Hank Pelletier", "director"), ("abby", "Abby Carrow", "office")],
     [("INV-2027-68141", "5275.00", "USD", "2030-12-02", "GMSS-88"), ("INV-2027-68142", "1640.00", "USD", "2030-12-16", None)]),
    ("Q6815", "Lakeshore Audit Partners LLP", "lakeshoreaudit.example", "en", "en-US", ["do_not_contact"], "carla",
     [("ap", "", "accounts payable"), ("ruth.kaminski", "Ruth Kaminski", "office managing partner"), ("it", "", "it")],
     [("INV-2027-68151", "9900.00", "USD", "2030-12-15", None)]),
    ("Q6816", "Ptarmigan Snowcat Tours LLC", "ptarmigansnowcat.example", "en", "en-US", [], "dmitri",
     [("office", "", "office"), ("cody.brandt", "Cody Brandt", "owner"), ("lena", "Lena Vasquez", "bookkeeping")],
     [("INV-2027-68161", "3360.00", "USD", "2030-12-06", None), ("INV-2027-68162", "1780.00", "USD", "2030-12-20", "PST-204")]),
    ("Q6817", "Puget Cacao Confections Inc", "pugetcacao.example", "en", "en-US", [], "alice",
     [("ap", "", "accounts payable"), ("dana.whitfield", "Dana Whitfield", "controller"), ("ray", "Ray Nakamura", "owner")],
     [("INV-2027-68171", "11240.00", "USD", "2030-12-09", "PCC-7731"), ("INV-2027-68172", "4080.00", "USD", "2030-12-23", "PCC-7760")]),
    ("Q6818", "Sabarmati Kite Works", "sabarmatikites.example", "en", "en-IN", [], "bob",
     [("accounts", "", "accounts"), ("jignesh.patel", "Jignesh Patel", "proprietor"), ("hetal", "Hetal Shah", "accounts")],
     [("INV-2027-68181", "186000.00", "INR", "2030-12-26", "SKW-1192"), ("INV-2027-68182", "54000.00", "INR", "2030-12-09", None)]),
    ("Q6819", "Domstadt Inventurservice GmbH", "domstadt-inventur.example", "de", "de-DE", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("m.kruell", "Monika Krüll", "Leitung Rechnungswesen"), ("jupp", "Josef Schmitz", "Geschäftsführer")],
     [("INV-2027-68191", "5740.00", "EUR", "2030-12-03", "4500887711"), ("INV-2027-68192", "2130.00", "EUR", "2030-12-17", None)]),
    ("Q6820", "Meenzer Narrenkostüme GmbH & Co. KG", "narrenkostueme.example", "de", "de-DE", ["strategic"], "dmitri",
     [("kreditoren", "", "Kreditorenbuchhaltung"), ("s.hoffmann", "Sabine Hoffmann", "Kreditorenbuchhaltung"), ("k.becker", "Klaus Becker", "Einkauf")],
     [("INV-2027-68201", "16880.00", "EUR", "2030-12-27", "NK-2030-0456"), ("INV-2027-68202", "8420.00", "EUR", "2030-12-10", "NK-2031-0012")]),
    ("Q6821", "Ballhaus Donaugold Veranstaltungs GmbH", "donaugold.example", "de", "de-AT", ["credit_hold"], "alice",
     [("rechnungswesen", "", "Rechnungswesen"), ("f.pichler", "Franziska Pichler", "Prokuristin"), ("g.huber", "Gerhard Huber", "Geschäftsführer")],
     [("INV-2027-68211", "12300.00", "EUR", "2030-12-20", None), ("INV-2027-68212", "3950.00", "EUR", "2030-12-07", None)]),
    ("Q6822", "Laterne & Larve Werkstatt AG", "laterne-larve.example", "de", "de-CH", [], "bob",
     [("buchhaltung", "", "Buchhaltung"), ("u.meier", "Urs Meier", "Finanzen"), ("r.schaub", "Regula Schaub", "Atelier")],
     [("INV-2027-68221", "9460.00", "CHF", "2030-12-05", "LL-31-004"), ("INV-2027-68222", "2880.00", "CHF", "2030-12-19", None)]),
    ("Q6823", "Skischule Zugspitzblick GmbH", "zugspitzblick.example", "de", "de-DE", ["payment_plan"], "carla",
     [("buero", "", "Büro"), ("t.brandl", "Thomas Brandl", "Inhaber"), ("v.reiter", "Vroni Reiter", "Buchhaltung")],
     [("INV-2027-68231", "7800.00", "EUR", "2030-12-15", None), ("INV-2027-68232", "3900.00", "EUR", "2030-12-15", None)]),
    ("Q6824", "Modehaus Rheinufer KG", "modehaus-rheinufer.example", "de", "de-DE", [], "dmitri",
     [("rechnungseingang", "", "Rechnungseingang"), ("a.wolters", "Anja Wolters", "Buchhaltung"), ("p.engels", "Peter Engels", "Einkauf")],
     [("INV-2027-68241", "6320.00", "EUR", "2030-12-08", "MR-PO-31-017"), ("INV-2027-68242", "1975.00", "EUR", "2030-12-22", "MR-PO-31-031")]),
    ("Q6825", "Boulangerie des Trois Rois SARL", "troisrois-boulangerie.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "comptabilité"), ("c.durand", "Céline Durand", "gérante"), ("m.faure", "Mathieu Faure", "achats")],
     [("INV-2027-68251", "4160.00", "EUR", "2030-12-31", "BTR-2030-88"), ("INV-2027-68252", "1520.00", "EUR", "2030-12-14", None)]),
    ("Q6826", "Gilles de Binche Équipements SPRL", "gillesbinche.example", "fr", "fr-BE", ["strategic"], "bob",
     [("comptabilite", "", "comptabilité"), ("j.lambert", "Jacques Lambert", "administrateur"), ("n.dupont", "Nathalie Dupont", "comptable")],
     [("INV-2027-68261", "13750.00", "EUR", "2030-12-02", "GBE-0117"), ("INV-2027-68262", "4480.00", "EUR", "2030-12-16", "GBE-0121")]),
    ("Q6827", "Bonhomme Neige Événements inc.", "bonhommeneige.example", "fr", "fr-CA", ["payment_plan"], "carla",
     [("comptes", "", "comptes fournisseurs"), ("g.tremblay", "Guylaine Tremblay", "contrôleuse"), ("s.gagnon", "Steve Gagnon", "président")],
     [("INV-2027-68271", "15200.00", "CAD", "2030-12-20", None), ("INV-2027-68272", "6080.00", "CAD", "2030-12-20", None)]),
    ("Q6828", "Domaine Skiable des Aravis SAS", "aravis-ski.example", "fr", "fr-FR", ["credit_hold"], "dmitri",
     [("fournisseurs", "", "comptabilité fournisseurs"), ("p.mollard", "Pascal Mollard", "DAF"), ("e.bouvier", "Émilie Bouvier", "comptable")],
     [("INV-2027-68281", "21600.00", "EUR", "2030-12-18", "DSA-PO-5506"), ("INV-2027-68282", "7340.00", "EUR", "2030-12-11", "DSA-PO-5541")]),
    ("Q6829", "Crêperie Ty Chandeleur SARL", "tychandeleur.example", "fr", "fr-FR", [], "alice",
     [("contact", "", "contact"), ("y.lebihan", "Yann Le Bihan", "gérant"), ("a.kerjean", "Anne Kerjean", "comptable")],
     [("INV-2027-68291", "2870.00", "EUR", "2030-12-06", None), ("INV-2027-68292", "940.00", "EUR", "2030-12-20", None)]),
    ("Q6830", "Agrumes Riviera Festivals SAS", "agrumes-riviera.example", "fr", "fr-FR", ["legal"], "bob",
     [("compta", "", "comptabilité"), ("l.giordano", "Laure Giordano", "directrice financière"), ("b.rossi", "Bruno Rossi", "président")],
     [("INV-2027-68301", "19450.00", "EUR", "2030-11-29", "ARF-2030-61"), ("INV-2027-68302", "6200.00", "EUR", "2030-12-29", None)]),
    ("Q6831", "Obrador La Rosca de Reyes S.L.", "laroscareyes.example", "es", "es-ES", [], "carla",
     [("administracion", "", "administración"), ("l.sanz", "Lucía Sanz", "administración"), ("j.ortega", "Javier Ortega", "gerente")],
     [("INV-2027-68311", "5380.00", "EUR", "2030-12-02", "RR-0931"), ("INV-2027-68312", "1745.00", "EUR", "2030-12-16", None)]),
    ("Q6832", "Comparsa Los del Muelle C.B.", "losdelmuelle.example", "es", "es-ES", ["payment_plan"], "dmitri",
     [("cuentas", "", "cuentas"), ("r.benitez", "Rafael Benítez", "tesorero"), ("m.pardo", "Macarena Pardo", "directora")],
     [("INV-2027-68321", "8600.00", "EUR", "2030-12-20", None), ("INV-2027-68322", "2400.00", "EUR", "2030-12-20", None)]),
    ("Q6833", "Tamales La Candelaria S.A. de C.V.", "tamalescandelaria.example", "es", "es-MX", ["strategic"], "alice",
     [("cxp", "", "cuentas por pagar"), ("a.rangel", "Adriana Rangel", "contralora"), ("h.salgado", "Héctor Salgado", "compras")],
     [("INV-2027-68331", "286000.00", "MXN", "2030-12-30", "TLC-OC-4410"), ("INV-2027-68332", "94500.00", "MXN", "2030-12-13", "TLC-OC-4433")]),
    ("Q6834", "Bodega Cordón del Plata S.A.", "cordondelplata.example", "es", "es-AR", ["credit_hold"], "bob",
     [("pagos", "", "pagos a proveedores"), ("f.quiroga", "Florencia Quiroga", "administración"), ("d.ferreyra", "Diego Ferreyra", "gerente")],
     [("INV-2027-68341", "12900.00", "USD", "2030-12-16", "BCP-OC-2207"), ("INV-2027-68342", "4300.00", "USD", "2030-12-09", None)]),
    ("Q6835", "Carnaval Arenosa Producciones S.A.S.", "arenosaproducciones.example", "es", "es-CO", [], "carla",
     [("contabilidad", "", "contabilidad"), ("v.charris", "Valentina Charris", "contadora"), ("j.mendoza", "Jairo Mendoza", "gerente")],
     [("INV-2027-68351", "7640.00", "USD", "2030-12-04", "CAP-OC-118"), ("INV-2027-68352", "2460.00", "USD", "2030-12-18", None)]),
    ("Q6836", "Escenarios Chicharrero S.L.", "chicharrero-escenarios.example", "es", "es-ES", [], "dmitri",
     [("facturas", "", "facturas"), ("a.hernandez", "Ayoze Hernández", "administración"), ("n.perez", "Nayra Pérez", "producción")],
     [("INV-2027-68361", "9150.00", "EUR", "2030-12-07", "ECH-2031-03"), ("INV-2027-68362", "3380.00", "EUR", "2030-12-21", None)]),
    ("Q6837", "Vastelaovend Vereniging De Sjieke Sjoen", "sjiekesjoen.example", "nl", "nl-NL", ["strategic"], "alice",
     [("penningmeester", "", "penningmeester"), ("w.ramakers", "Wiel Ramakers", "penningmeester"), ("j.houben", "Jo Houben", "voorzitter")],
     [("INV-2027-68371", "11450.00", "EUR", "2030-12-28", "SS-2031-07"), ("INV-2027-68372", "3690.00", "EUR", "2030-12-11", None)]),
    ("Q6838", "Ajuinen Stoetgroep Aalst vzw", "ajuinenstoet.example", "nl", "nl-BE", ["credit_hold"], "bob",
     [("boekhouding", "", "boekhouding"), ("k.devos", "Kristof De Vos", "boekhouder"), ("l.vermeulen", "Lieve Vermeulen", "voorzitter")],
     [("INV-2027-68381", "8260.00", "EUR", "2030-12-19", None), ("INV-2027-68382", "2750.00", "EUR", "2030-12-09", None)]),
    ("Q6839", "IJsbaan De Elfstedenhal B.V.", "elfstedenhal.example", "nl", "nl-NL", [], "carla",
     [("crediteuren", "", "crediteurenadministratie"), ("s.hoekstra", "Sietske Hoekstra", "financieel medewerker"), ("p.dijkstra", "Pieter Dijkstra", "directeur")],
     [("INV-2027-68391", "6940.00", "EUR", "2030-12-05", "EH-31-0009"), ("INV-2027-68392", "2210.00", "EUR", "2030-12-19", "EH-31-0022")]),
    ("Q6840", "Maasboulevard Accountants B.V.", "maasboulevard.example", "nl", "nl-NL", ["payment_plan"], "dmitri",
     [("administratie", "", "administratie"), ("r.kok", "Ruud Kok", "office manager"), ("e.yilmaz", "Esra Yılmaz", "partner")],
     [("INV-2027-68401", "9600.00", "EUR", "2030-12-15", None), ("INV-2027-68402", "4800.00", "EUR", "2030-12-15", None)]),
    ("Q6841", "Sneeuwstorm Reizen BV", "sneeuwstormreizen.example", "nl", "nl-BE", [], "alice",
     [("facturatie", "", "facturatie"), ("b.peeters", "Bart Peeters", "zaakvoerder"), ("e.janssens", "Els Janssens", "boekhouding")],
     [("INV-2027-68411", "5120.00", "EUR", "2030-12-06", "SR-2031-014"), ("INV-2027-68412", "1830.00", "EUR", "2030-12-20", None)]),
    ("Q6842", "G.R.E.S. Unidos da Pedra Azul", "unidospedraazul.example", "pt", "pt-BR", ["strategic"], "bob",
     [("financeiro", "", "financeiro"), ("r.alves", "Renata Alves", "gerente financeira"), ("c.santos", "Carlos Santos", "presidente")],
     [("INV-2027-68421", "96400.00", "BRL", "2030-12-27", "UPA-PC-0931"), ("INV-2027-68422", "31800.00", "BRL", "2030-12-10", "UPA-PC-0944")]),
    ("Q6843", "Trio Elétrico Farol da Barra Ltda", "farolbarra.example", "pt", "pt-BR", ["credit_hold"], "carla",
     [("contasapagar", "", "contas a pagar"), ("j.nascimento", "Jorge Nascimento", "sócio"), ("t.oliveira", "Tainá Oliveira", "financeiro")],
     [("INV-2027-68431", "48700.00", "BRL", "2030-12-18", None), ("INV-2027-68432", "15200.00", "BRL", "2030-12-08", None)]),
    ("Q6844", "Carnaval de Torres Vedras Produções Lda", "torresvedras-carnaval.example", "pt", "pt-PT", [], "dmitri",
     [("contabilidade", "", "contabilidade"), ("a.marques", "Ana Marques", "contabilista"), ("n.sousa", "Nuno Sousa", "gerente")],
     [("INV-2027-68441", "7260.00", "EUR", "2030-12-03", "CTV-2031-05"), ("INV-2027-68442", "2490.00", "EUR", "2030-12-17", None)]),
    ("Q6845", "Pousada Ilha do Sol Ltda", "pousadailhadosol.example", "pt", "pt-BR", ["payment_plan"], "alice",
     [("financeiro", "", "financeiro"), ("m.schmidt", "Mariana Schmidt", "proprietária"), ("l.costa", "Lucas Costa", "recepção")],
     [("INV-2027-68451", "22800.00", "BRL", "2030-12-15", None), ("INV-2027-68452", "11400.00", "BRL", "2030-12-15", None)]),
    ("Q6846", "Saldos do Chiado Comércio Lda", "saldoschiado.example", "pt", "pt-PT", ["legal"], "bob",
     [("financeiro", "", "financeiro"), ("r.pinto", "Rui Pinto", "diretor financeiro"), ("s.lopes", "Sofia Lopes", "contabilidade")],
     [("INV-2027-68461", "15900.00", "EUR", "2030-12-10", "SC-PO-2210"), ("INV-2027-68462", "4650.00", "EUR", "2030-12-12", None)]),
]
