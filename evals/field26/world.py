"""The field26 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Settings no earlier split used: a Finnish sauna builder writing English, a Scottish salmon farm (strategic), a Ghanaian
cocoa trader, a Sri Lankan tea broker on a plan, a Japanese machine-tool importer writing English, a Kentucky cooperage
on credit hold, a Marlborough hop garden, a Vermont ski-lift servicer on a legal account, Kilkenny stonemasons, a
Tasmanian abalone farm; a Hamburg shipping broker, a Wachau apricot farm on credit hold, a Glarus cheese maker
(strategic); a Lyon silk weaver, a Swiss (fr-CH) chocolatier on a plan, an Ardennes ham smokehouse on a legal account; a
Uruguayan wool exporter, a Jalisco tequila distillery on credit hold, a Cantabrian anchovy cannery; a Rotterdam port
caterer, a Flemish flax mill (strategic); an Azores dairy, a Rio Grande do Sul erva-mate packer on a plan and a Porto
cork-stopper maker.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("V2601", "Kiuas Sauna Works Oy", "kiuas-sauna.example", "en", "en-FI", [], "alice",
     [("accounts", "", "Accounts"), ("a.virtanen", "Aino Virtanen", "Finance Manager")],
     [("92601", "6480.00", "EUR", "2026-10-14", None), ("92602", "940.00", "EUR", "2026-11-05", None)]),
    ("V2602", "Loch Croisg Salmon Ltd", "lochcroisg-salmon.example", "en", "en-GB", ["strategic"], "bruno",
     [("payables", "", "Payables"), ("f.macrae", "Fiona MacRae", "Financial Controller")],
     [("92603", "18750.00", "GBP", "2026-10-09", "LCS-PO-3381"), ("92604", "2215.00", "GBP", "2026-11-04", "LCS-PO-3417")]),
    ("V2603", "Asante Cocoa Trading Ltd", "asante-cocoa.example", "en", "en-GH", [], "carla",
     [("accounts", "", "Accounts"), ("k.boateng", "Kwame Boateng", "Finance Officer")],
     [("92605", "9320.00", "USD", "2026-10-13", None), ("92606", "1480.00", "USD", "2026-11-06", None)]),
    ("V2604", "Hillcrest Tea Brokers (Pvt) Ltd", "hillcrest-tea.example", "en", "en-LK", ["payment_plan"], "alice",
     [("finance", "", "Finance"), ("d.perera", "Dilani Perera", "Accountant")],
     [("92607", "12600.00", "USD", "2026-09-30", None)]),
    ("V2605", "Kanto Machine Tools Import K.K.", "kanto-mti.example", "en", "en-JP", [], "bruno",
     [("keiri", "", "Accounting"), ("h.tanaka", "Hiroshi Tanaka", "Accounting Section Chief")],
     [("92608", "14200.00", "USD", "2026-10-15", "KMT-0912"), ("92609", "2360.00", "USD", "2026-11-05", "KMT-0957")]),
    ("V2606", "Bluegrass Barrel Cooperage LLC", "bluegrassbarrel.example", "en", "en-US", ["credit_hold"], "carla",
     [("ap", "", "Accounts Payable"), ("j.whitlock", "June Whitlock", "Office Manager")],
     [("92610", "7890.00", "USD", "2026-10-08", None)]),
    ("V2607", "Marlborough Hop Gardens Ltd", "marlboroughhops.example", "en", "en-NZ", [], "alice",
     [("accounts", "", "Accounts"), ("t.parata", "Tane Parata", "Director")],
     [("92611", "3340.00", "NZD", "2026-10-16", None), ("92612", "715.00", "NZD", "2026-11-06", None)]),
    ("V2608", "Green Mountain Lift Services Inc", "gmliftservices.example", "en", "en-US", ["legal"], "bruno",
     [("billing", "", "Billing"), ("d.lacasse", "Dennis Lacasse", "Owner")],
     [("92613", "11460.00", "USD", "2026-09-29", None)]),
    ("V2609", "Nore Valley Stonemasons Ltd", "norevalleystone.example", "en", "en-IE", [], "carla",
     [("office", "", "Office"), ("c.brennan", "Ciara Brennan", "Office Manager")],
     [("92614", "4125.00", "EUR", "2026-10-14", None), ("92615", "580.00", "EUR", "2026-11-05", None)]),
    ("V2610", "Tasman Bay Abalone Pty Ltd", "tasmanabalone.example", "en", "en-AU", [], "alice",
     [("accounts", "", "Accounts"), ("s.oconnell", "Shane O'Connell", "General Manager")],
     [("92616", "5870.00", "AUD", "2026-10-12", None), ("92617", "1290.00", "AUD", "2026-11-04", None)]),
    ("V2621", "Elbkontor Schiffsmakler GmbH", "elbkontor-makler.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("h.petersen", "Hauke Petersen", "Prokurist")],
     [("92621", "8640.00", "EUR", "2026-10-13", None), ("92622", "1175.00", "EUR", "2026-11-05", None)]),
    ("V2622", "Marillenhof Aggsbach KG", "marillenhof-wachau.example", "de", "de-AT", ["credit_hold"], "carla",
     [("office", "", "Büro"), ("g.steindl", "Gerlinde Steindl", "Inhaberin")],
     [("92623", "3980.00", "EUR", "2026-10-12", None)]),
    ("V2623", "Glarner Käserei Linthal AG", "kaeserei-linthal.example", "de", "de-CH", ["strategic"], "alice",
     [("kreditoren", "", "Kreditoren"), ("u.zwicky", "Urs Zwicky", "Leiter Rechnungswesen")],
     [("92624", "15300.00", "CHF", "2026-10-09", "GKL-88012"), ("92625", "2240.00", "CHF", "2026-11-04", "GKL-88107")]),
    ("V2631", "Soieries de la Croix-Rousse SARL", "soieries-croixrousse.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("m.girard", "Mathilde Girard", "Gérante")],
     [("92631", "7260.00", "EUR", "2026-10-14", None), ("92632", "1380.00", "EUR", "2026-11-05", None)]),
    ("V2632", "Chocolaterie du Léman SA", "chocolaterie-leman.example", "fr", "fr-CH", ["payment_plan"], "carla",
     [("comptabilite", "", "Comptabilité"), ("p.rochat", "Pascal Rochat", "Directeur administratif")],
     [("92633", "9840.00", "CHF", "2026-09-30", None)]),
    ("V2633", "Salaisons de l'Ourthe SPRL", "salaisons-ourthe.example", "fr", "fr-BE", ["legal"], "alice",
     [("comptabilite", "", "Comptabilité"), ("j.lambotte", "Jean-Luc Lambotte", "Administrateur")],
     [("92634", "5460.00", "EUR", "2026-10-05", None)]),
    ("V2641", "Lanas del Plata SA", "lanasdelplata.example", "es", "es-UY", [], "bruno",
     [("administracion", "", "Administración"), ("r.pereyra", "Rosario Pereyra", "Jefa de administración")],
     [("92641", "12480.00", "USD", "2026-10-13", None), ("92642", "1960.00", "USD", "2026-11-05", None)]),
    ("V2642", "Destilería Altos de Arandas SA de CV", "altosdearandas.example", "es", "es-MX", ["credit_hold"], "carla",
     [("cxp", "", "Cuentas por pagar"), ("a.navarro", "Alejandro Navarro", "Contralor")],
     [("92643", "8730.00", "USD", "2026-10-10", "DAA-OC-5521")]),
    ("V2643", "Conservas Santoña del Cantábrico SL", "conservas-santona.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("b.ruiz", "Begoña Ruiz", "Responsable financiera")],
     [("92644", "4370.00", "EUR", "2026-10-15", None), ("92645", "820.00", "EUR", "2026-11-05", None)]),
    ("V2651", "Havencatering Maasvlakte BV", "havencatering-mv.example", "nl", "nl-NL", [], "bruno",
     [("administratie", "", "Administratie"), ("r.dekker", "Ruud Dekker", "Financieel manager")],
     [("92651", "6150.00", "EUR", "2026-10-14", None), ("92652", "890.00", "EUR", "2026-11-05", None)]),
    ("V2652", "Vlasfabriek Leiedal NV", "vlasfabriek-leiedal.example", "nl", "nl-BE", ["strategic"], "carla",
     [("boekhouding", "", "Boekhouding"), ("k.declercq", "Katrien Declercq", "Financieel directeur")],
     [("92653", "13900.00", "EUR", "2026-10-09", "VL-2026-441"), ("92654", "1740.00", "EUR", "2026-11-04", "VL-2026-468")]),
    ("V2661", "Lacticínios da Terceira Lda", "lacticinios-terceira.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("m.borges", "Manuel Borges", "Diretor financeiro")],
     [("92661", "5930.00", "EUR", "2026-10-13", None), ("92662", "1045.00", "EUR", "2026-11-05", None)]),
    ("V2662", "Ervateira Coxilha Ltda", "ervateira-coxilha.example", "pt", "pt-BR", ["payment_plan"], "bruno",
     [("financeiro", "", "Financeiro"), ("c.bortolini", "Cláudia Bortolini", "Gerente financeira")],
     [("92663", "7640.00", "USD", "2026-09-29", None)]),
    ("V2663", "Rolhas do Douro SA", "rolhas-douro.example", "pt", "pt-PT", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("a.teixeira", "Ana Teixeira", "Técnica de contas")],
     [("92664", "4480.00", "EUR", "2026-10-14", None), ("92665", "760.00", "EUR", "2026-11-05", None)]),
]
