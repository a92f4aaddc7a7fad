"""The field57 split's ERP: its own customers, contacts and invoices (written by hand, none shared with earlier splits).

Settings for the weeks around St Patrick's Day, the March equinox, Nowruz and the fiscal year ends of 31 March (Japan,
India) and 5 April (UK), with Holy Week ahead (Easter 16 April 2028): a hurley maker (IE) and seaweed baths (IE), a kendo
armour workshop (JP) and a Sapporo ice-sculpture firm (JP, strategic), a Kolkata jute exporter (IN) and a Pune planetarium
trust on a plan (IN), a chalk-stream trout hatchery (GB), a Persian rug restorer in New Jersey (US, credit hold), an
Austrian Easter-egg dyer, a German climbing gym and dental lab, a Lyon Easter chocolatier and a Geneva climbing school,
a Valencian Fallas workshop and a Seville Holy Week float carver (legal), a tulip-bulb grower (NL) and a bike hire in
Bruges, a sugared-almond maker in Moncorvo (PT) and an açaí co-operative in Belém (BR).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2028-03-26"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("E5701", "Ashgrove Hurley Makers Ltd", "ashgrovehurleys.example", "en", "en-IE", [], "alice",
     [("accounts", "", "Accounts"), ("c.brennan", "Ciarán Brennan", "Owner")],
     [("INV-2027-57001", "2860.00", "EUR", "2028-02-10", None), ("INV-2027-57002", "740.00", "EUR", "2028-02-28", None)]),
    ("E5702", "Kashiwa Bogu Kobo K.K.", "kashiwabogu.example", "en", "en-JP", [], "bruno",
     [("keiri", "", "Accounting Section"), ("h.tanaka", "Hiroshi Tanaka", "Accounting Manager")],
     [("INV-2027-57003", "6420.00", "USD", "2028-02-15", "KB-2027-118")]),
    ("E5703", "Sundarban Jute Exports Pvt Ltd", "sundarbanjute.example", "en", "en-IN", [], "carla",
     [("accounts", "", "Accounts"), ("r.banerjee", "Rupa Banerjee", "Finance Head")],
     [("INV-2027-57004", "9180.00", "USD", "2028-02-12", "SJE/PO/2291"), ("INV-2027-57005", "1460.00", "USD", "2028-03-01", "SJE/PO/2340")]),
    ("E5704", "Tarnside Trout Hatchery Ltd", "tarnsidetrout.example", "en", "en-GB", [], "alice",
     [("office", "", "Office"), ("j.pennock", "Jean Pennock", "Director")],
     [("INV-2027-57006", "1975.00", "GBP", "2028-02-14", None), ("INV-2027-57007", "420.00", "GBP", "2028-03-02", None)]),
    ("E5705", "Zagros Rug Restoration LLC", "zagrosrugs.example", "en", "en-US", ["credit_hold"], "bruno",
     [("billing", "", "Billing"), ("d.rahimi", "Darius Rahimi", "Owner")],
     [("INV-2027-57008", "4350.00", "USD", "2028-02-09", None)]),
    ("E5706", "Pune Planetarium Trust", "puneplanetarium.example", "en", "en-IN", ["payment_plan"], "carla",
     [("finance", "", "Finance"), ("a.kulkarni", "Anand Kulkarni", "Administrator")],
     [("INV-2027-57009", "12600.00", "USD", "2028-01-31", None)]),
    ("E5707", "Sapporo Hyouchou Ice Sculpture Co., Ltd.", "sapporo-hyouchou.example", "en", "en-JP", ["strategic"], "alice",
     [("ap", "", "Accounts Payable"), ("y.sato", "Yumiko Sato", "General Affairs")],
     [("INV-2027-57010", "15800.00", "USD", "2028-02-20", "SH-0457")]),
    ("E5708", "Bantry Bay Seaweed Baths Ltd", "bantryseaweed.example", "en", "en-IE", [], "bruno",
     [("info", "", "Office"), ("n.oshea", "Niamh O'Shea", "Manager")],
     [("INV-2027-57011", "1320.00", "EUR", "2028-02-16", None), ("INV-2027-57012", "385.00", "EUR", "2028-03-03", None)]),
    ("E5721", "Ostereierfärberei Pichler", "eierfaerberei-pichler.example", "de", "de-AT", [], "carla",
     [("buero", "", "Büro"), ("g.pichler", "Gerlinde Pichler", "Inhaberin")],
     [("INV-2027-57021", "3240.00", "EUR", "2028-02-13", None), ("INV-2027-57022", "510.00", "EUR", "2028-03-01", None)]),
    ("E5722", "Kletterhalle Nordwand GmbH", "kletterhalle-nordwand.example", "de", "de-DE", [], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("t.reuter", "Tobias Reuter", "Geschäftsführer")],
     [("INV-2027-57023", "5690.00", "EUR", "2028-02-17", "KN-1182")]),
    ("E5723", "Dentallabor Lenz GmbH", "dentallabor-lenz.example", "de", "de-DE", ["strategic"], "bruno",
     [("rechnungswesen", "", "Rechnungswesen"), ("m.lenz", "Monika Lenz", "Kaufmännische Leitung")],
     [("INV-2027-57024", "8815.00", "EUR", "2028-02-08", None)]),
    ("E5731", "Chocolaterie Pâquerette SARL", "chocolaterie-paquerette.example", "fr", "fr-FR", [], "carla",
     [("compta", "", "Comptabilité"), ("e.vial", "Élodie Vial", "Gérante")],
     [("INV-2027-57031", "4120.00", "EUR", "2028-02-14", None), ("INV-2027-57032", "690.00", "EUR", "2028-03-02", None)]),
    ("E5732", "École d'Escalade Vertiges SA", "vertiges-escalade.example", "fr", "fr-CH", [], "alice",
     [("administration", "", "Administration"), ("l.monnier", "Luc Monnier", "Directeur")],
     [("INV-2027-57033", "3380.00", "CHF", "2028-02-18", "VE-0931")]),
    ("E5741", "Taller de Ninots Russafa SL", "ninotsrussafa.example", "es", "es-ES", [], "bruno",
     [("administracion", "", "Administración"), ("v.ferrer", "Vicent Ferrer", "Gerente")],
     [("INV-2027-57041", "7250.00", "EUR", "2028-02-10", None), ("INV-2027-57042", "980.00", "EUR", "2028-03-01", None)]),
    ("E5742", "Imaginería y Pasos Triana SL", "pasostriana.example", "es", "es-ES", ["legal"], "carla",
     [("contabilidad", "", "Contabilidad"), ("r.montero", "Rocío Montero", "Administradora")],
     [("INV-2027-57043", "11400.00", "EUR", "2028-01-25", None)]),
    ("E5751", "Bollenkwekerij De Zandgrond BV", "dezandgrond.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("k.verbeek", "Kees Verbeek", "Eigenaar")],
     [("INV-2027-57051", "3960.00", "EUR", "2028-02-15", None), ("INV-2027-57052", "615.00", "EUR", "2028-03-03", None)]),
    ("E5752", "Fietsverhuur Reie BV", "fietsverhuur-reie.example", "nl", "nl-BE", [], "bruno",
     [("boekhouding", "", "Boekhouding"), ("a.declercq", "An Declercq", "Zaakvoerder")],
     [("INV-2027-57053", "2470.00", "EUR", "2028-02-19", "FR-2028-07")]),
    ("E5761", "Amêndoas de Moncorvo Lda", "amendoasmoncorvo.example", "pt", "pt-PT", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("m.sarmento", "Manuela Sarmento", "Sócia-gerente")],
     [("INV-2027-57061", "3150.00", "EUR", "2028-02-12", None), ("INV-2027-57062", "470.00", "EUR", "2028-03-02", None)]),
    ("E5762", "Cooperativa Açaí do Guamá", "acaiguama.example", "pt", "pt-BR", [], "alice",
     [("financeiro", "", "Financeiro"), ("j.pantoja", "Joana Pantoja", "Tesoureira")],
     [("INV-2027-57063", "5840.00", "USD", "2028-02-16", "CAG-118")]),
]
