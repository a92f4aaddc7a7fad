"""The field16 split's ERP: its own customers, contacts and invoices (written by hand, none shared with field … field15).

Settings unlike the earlier splits: an artisan bakery (GB) and one in Swabia, a veterinary clinic group (US, strategic)
and vet clinics in Brussels (on a plan) and São Paulo (credit hold), a textile exporter in Tamil Nadu (Indian writers), a
logistics firm in Gdańsk (Polish writers), a Hong Kong trading house on credit hold (Chinese writers), a facilities
company in Doha (Arabic writers), a machine shop near Brescia on a plan (Italian writers), a dental group on a legal
account (Ontario), a craft brewery (Oregon), a marine engineering yard (Singapore), a Highland distillery, a charter
school (tax-exempt, US), a Tyrolean joinery on credit hold, a Zurich dental practice (strategic), a cheese dairy in
Haute-Savoie, a Geneva garage on a legal account, a Barcelona brewery, a dental clinic in Medellín (strategic), a Chilean
haulier on credit hold, a Westland flower grower, a Ghent bicycle repairer on a plan, a Frisian sail loft on a legal
account, a bakery in Braga and a Luanda haulier (strategic).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("S1601", "Thornbury Artisan Bakery Ltd", "thornburybakery.example", "en", "en-GB", [], "carla",
     [("accounts", "", "Accounts"), ("j.pryce", "Jenna Pryce", "Operations Manager")],
     [("16011", "2146.80", "GBP", "2026-10-19", None), ("16012", "318.40", "GBP", "2026-11-09", None)]),
    ("S1602", "Pinecrest Veterinary Partners PLLC", "pinecrestvets.example", "en", "en-US", ["strategic"], "alice",
     [("payables", "", "Accounts Payable"), ("d.whitfield", "Dana Whitfield", "Practice Controller")],
     [("16021", "18760.00", "USD", "2026-10-07", "PVP-30418"), ("16022", "1945.50", "USD", "2026-11-02", "PVP-30502")]),
    ("S1603", "Kaveri Textile Exports Pvt Ltd", "kaveritextiles.example", "en", "en-IN", [], "bruno",
     [("accounts", "", "Accounts"), ("r.subramanian", "Ramesh Subramanian", "Senior Accounts Executive")],
     [("16031", "6420.00", "USD", "2026-10-12", "KTE/PO/2026/1187"), ("16032", "1130.00", "USD", "2026-11-05", "KTE/PO/2026/1240")]),
    ("S1604", "Wisła Logistics Sp. z o.o.", "wisla-logistics.example", "en", "en-PL", [], "carla",
     [("ksiegowosc", "", "Accounting"), ("m.kowalczyk", "Marta Kowalczyk", "Chief Accountant")],
     [("16041", "4875.00", "EUR", "2026-10-15", None), ("16042", "612.00", "EUR", "2026-11-06", None)]),
    ("S1605", "Golden Harbour Trading Ltd", "goldenharbourtrading.example", "en", "en-HK", ["credit_hold"], "alice",
     [("accounts", "", "Accounts"), ("w.chan", "Chan Wing Yee", "Finance Manager")],
     [("16051", "9380.00", "USD", "2026-10-06", None)]),
    ("S1606", "Al Noor Facilities Management WLL", "alnoorfm.example", "en", "en-QA", [], "bruno",
     [("finance", "", "Finance"), ("a.rahman", "Ahmed Abdul Rahman", "Accounts Manager")],
     [("16061", "7215.00", "USD", "2026-10-13", "ANFM-LPO-5521"), ("16062", "890.00", "USD", "2026-11-04", "ANFM-LPO-5590")]),
    ("S1607", "Officine Meccaniche Ferraro Srl", "omferraro.example", "en", "en-IT", ["payment_plan"], "carla",
     [("amministrazione", "", "Administration"), ("g.ferraro", "Giulia Ferraro", "CFO")],
     [("16071", "15600.00", "EUR", "2026-09-25", None)]),
    ("S1608", "Maple Ridge Dental Group Inc", "mapleridgedental.example", "en", "en-CA", ["legal"], "alice",
     [("office", "", "Office"), ("p.desrosiers", "Paul Desrosiers", "Managing Partner")],
     [("16081", "6980.00", "CAD", "2026-09-29", None)]),
    ("S1609", "Bluestem Brewing Company", "bluestembrewing.example", "en", "en-US", [], "bruno",
     [("books", "", "Bookkeeping"), ("t.lindqvist", "Tess Lindqvist", "Co-owner")],
     [("16091", "3312.00", "USD", "2026-10-16", None), ("16092", "540.00", "USD", "2026-11-06", None)]),
    ("S1610", "Lionsgate Marine Engineering Pte Ltd", "lionsgatemarine.example", "en", "en-SG", [], "carla",
     [("ap", "", "Accounts Payable"), ("k.tan", "Kelvin Tan", "Finance Executive")],
     [("16101", "11240.00", "SGD", "2026-10-09", "LME-PO-88213"), ("16102", "1675.00", "SGD", "2026-11-03", "LME-PO-88390")]),
    ("S1611", "Glenmorven Distillery Ltd", "glenmorven.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("e.macleod", "Euan MacLeod", "Finance Director")],
     [("16111", "5460.00", "GBP", "2026-10-14", None), ("16112", "775.00", "GBP", "2026-11-05", None)]),
    ("S1612", "Harborview Charter School", "harborviewcharter.example", "en", "en-US", [], "bruno",
     [("business.office", "", "Business Office"), ("l.ortega", "Linda Ortega", "Business Manager")],
     [("16121", "4290.00", "USD", "2026-10-13", "HCS-PO-2627-044")]),
    ("S1621", "Bäckerei Zollernalb GmbH", "baeckerei-zollernalb.example", "de", "de-DE", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("t.maier", "Thomas Maier", "Geschäftsführer")],
     [("16211", "2870.00", "EUR", "2026-10-15", None), ("16212", "415.00", "EUR", "2026-11-05", None)]),
    ("S1622", "Tischlerei Oberhuber KG", "tischlerei-oberhuber.example", "de", "de-AT", ["credit_hold"], "alice",
     [("office", "", "Büro"), ("j.oberhuber", "Johann Oberhuber", "Komplementär")],
     [("16221", "6340.00", "EUR", "2026-10-08", None)]),
    ("S1623", "Zahnarztpraxis Dr. Lüthi AG", "praxis-luethi.example", "de", "de-CH", ["strategic"], "bruno",
     [("administration", "", "Administration"), ("c.luethi", "Corinne Lüthi", "Praxisleiterin")],
     [("16231", "9870.00", "CHF", "2026-10-12", "PL-2026-118"), ("16232", "1240.00", "CHF", "2026-11-04", "PL-2026-131")]),
    ("S1631", "Fromagerie des Aravis SARL", "fromagerie-aravis.example", "fr", "fr-FR", [], "carla",
     [("compta", "", "Comptabilité"), ("b.perrillat", "Bernard Perrillat", "Gérant")],
     [("16311", "3960.00", "EUR", "2026-10-14", None), ("16312", "520.00", "EUR", "2026-11-05", None)]),
    ("S1632", "Clinique vétérinaire du Sablon SRL", "clinique-sablon.example", "fr", "fr-BE", ["payment_plan"], "alice",
     [("administration", "", "Administration"), ("n.dubois", "Nathalie Dubois", "Gestionnaire")],
     [("16321", "8150.00", "EUR", "2026-09-30", None)]),
    ("S1633", "Garage du Léman SA", "garage-leman.example", "fr", "fr-CH", ["legal"], "bruno",
     [("comptabilite", "", "Comptabilité"), ("o.favre", "Olivier Favre", "Directeur")],
     [("16331", "7420.00", "CHF", "2026-10-02", None)]),
    ("S1641", "Cervecería Artesana Montjuïc SL", "cerveceria-montjuic.example", "es", "es-ES", [], "carla",
     [("administracion", "", "Administración"), ("m.puig", "Montse Puig", "Responsable de administración")],
     [("16411", "4180.00", "EUR", "2026-10-15", None), ("16412", "690.00", "EUR", "2026-11-05", None)]),
    ("S1642", "Clínica Dental Sonrisa Andina SAS", "sonrisaandina.example", "es", "es-CO", ["strategic"], "alice",
     [("cuentasporpagar", "", "Cuentas por pagar"), ("c.restrepo", "Camilo Restrepo", "Director financiero")],
     [("16421", "12650.00", "USD", "2026-10-09", "SA-OC-4471"), ("16422", "1380.00", "USD", "2026-11-03", "SA-OC-4502")]),
    ("S1643", "Transportes Frontera del Pacífico SpA", "fronterapacifico.example", "es", "es-CL", ["credit_hold"], "bruno",
     [("contabilidad", "", "Contabilidad"), ("v.soto", "Valentina Soto", "Jefa de finanzas")],
     [("16431", "8760.00", "USD", "2026-10-07", None)]),
    ("S1651", "Bloemenkwekerij De Zonnehoek BV", "zonnehoek-bloemen.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("p.vanderlinden", "Pieter van der Linden", "Directeur")],
     [("16511", "5240.00", "EUR", "2026-10-14", None), ("16512", "460.00", "EUR", "2026-11-05", None)]),
    ("S1652", "Fietsenmakerij Van Damme", "fietsen-vandamme.example", "nl", "nl-BE", ["payment_plan"], "alice",
     [("info", "", "Winkel"), ("k.vandamme", "Koen Van Damme", "Zaakvoerder")],
     [("16521", "3680.00", "EUR", "2026-09-29", None)]),
    ("S1653", "Zeilmakerij Harlingen VOF", "zeilmakerij-harlingen.example", "nl", "nl-NL", ["legal"], "bruno",
     [("kantoor", "", "Kantoor"), ("s.dijkstra", "Sjoerd Dijkstra", "Vennoot")],
     [("16531", "4470.00", "EUR", "2026-10-01", None)]),
    ("S1661", "Padaria Flor do Minho Lda", "flordominho.example", "pt", "pt-PT", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("a.barbosa", "Ana Barbosa", "Sócia-gerente")],
     [("16611", "2960.00", "EUR", "2026-10-15", None), ("16612", "385.00", "EUR", "2026-11-05", None)]),
    ("S1662", "Clínica Veterinária Pata Amiga Ltda", "pataamiga.example", "pt", "pt-BR", ["credit_hold"], "alice",
     [("financeiro", "", "Financeiro"), ("l.moraes", "Luciana Moraes", "Gerente financeira")],
     [("16621", "5830.00", "USD", "2026-10-08", None), ("16622", "720.00", "USD", "2026-11-04", None)]),
    ("S1663", "Transportes Kwanza Lda", "transkwanza.example", "pt", "pt-AO", ["strategic"], "bruno",
     [("financas", "", "Finanças"), ("e.domingos", "Edson Domingos", "Diretor financeiro")],
     [("16631", "14300.00", "USD", "2026-10-06", "TK-RC-0933")]),
]
