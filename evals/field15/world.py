"""The field15 split's ERP: its own customers, contacts and invoices (written by hand, none shared with field … field14).

Settings unlike the earlier splits: a driving school (GB) and one in Germany, event caterers (US), opticians (IE), a
sawmill on credit hold (AU), roofers (NZ) and Flemish roofers, a kindergarten trust on a plan (ZA), a hotel in Da Nang
(Vietnamese writers) and one in the Serra da Estrela (PT), a recording studio on a legal account (US), a diagnostic lab
(KE), a sign maker (RO), yoga studios (AE), an Austrian winery and an Argentine bodega, a Swiss car dealership
(strategic) and a Mexican one (credit hold), an architecture practice (FR), a fishing co-operative on a plan (QC), a dog
groomer (NL) and a Brazilian driving school.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("S1501", "Harrowgate Driving School Ltd", "harrowgate-driving.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("d.kettering", "Dawn Kettering", "Office Manager")],
     [("15011", "1840.00", "GBP", "2026-10-16", None), ("15012", "395.00", "GBP", "2026-11-06", None)]),
    ("S1502", "Copper Kettle Event Catering LLC", "copperkettlecatering.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("m.okafor", "Maureen Okafor", "Controller")],
     [("15021", "14250.00", "USD", "2026-10-09", "CKC-2291"), ("15022", "2310.00", "USD", "2026-11-03", "CKC-2340")]),
    ("S1503", "Brightwater Opticians Ltd", "brightwater-optics.example", "en", "en-IE", [], "carla",
     [("accounts", "", "Accounts"), ("s.flanagan", "Siobhan Flanagan", "Practice Manager")],
     [("15031", "3675.00", "EUR", "2026-10-14", None)]),
    ("S1504", "Redgum Sawmill Pty Ltd", "redgumsawmill.example", "en", "en-AU", ["credit_hold"], "alice",
     [("admin", "", "Admin"), ("g.mcallister", "Gavin McAllister", "Owner")],
     [("15041", "8920.00", "AUD", "2026-10-08", None)]),
    ("S1505", "Kaituna Roofing Ltd", "kaitunaroofing.example", "en", "en-NZ", [], "bruno",
     [("accounts", "", "Accounts"), ("h.walker", "Hemi Walker", "Director")],
     [("15051", "2765.00", "NZD", "2026-10-15", None), ("15052", "640.00", "NZD", "2026-11-05", None)]),
    ("S1506", "Sunbird Kindergarten Trust", "sunbirdkinder.example", "en", "en-ZA", ["payment_plan"], "carla",
     [("bursar", "", "Bursar"), ("n.dlamini", "Nomsa Dlamini", "Principal")],
     [("15061", "21600.00", "ZAR", "2026-09-28", None)]),
    ("S1507", "Lotus Pier Hotel Co Ltd", "lotuspierhotel.example", "en", "en-VN", [], "alice",
     [("accounting", "", "Accounting"), ("t.nguyen", "Nguyen Thu Trang", "Chief Accountant")],
     [("15071", "5480.00", "USD", "2026-10-13", None), ("15072", "1120.00", "USD", "2026-11-04", None)]),
    ("S1508", "Hollow Oak Recording Studios LLC", "hollowoakstudios.example", "en", "en-US", ["legal"], "bruno",
     [("office", "", "Office"), ("r.castillo", "Ray Castillo", "Owner")],
     [("15081", "7340.00", "USD", "2026-09-30", None)]),
    ("S1509", "Savanna Diagnostic Laboratories Ltd", "savannadiagnostics.example", "en", "en-KE", [], "carla",
     [("finance", "", "Finance"), ("w.mwangi", "Wanjiru Mwangi", "Finance Officer")],
     [("15091", "4260.00", "USD", "2026-10-12", "SDL/LPO/0871"), ("15092", "880.00", "USD", "2026-11-06", "SDL/LPO/0903")]),
    ("S1510", "Carpathian Signworks SRL", "carpathian-signs.example", "en", "en-RO", [], "alice",
     [("office", "", "Office"), ("i.popescu", "Ioana Popescu", "Administrator")],
     [("15101", "3190.00", "EUR", "2026-10-15", None), ("15102", "455.00", "EUR", "2026-11-05", None)]),
    ("S1511", "Desert Rose Yoga Studios LLC", "desertroseyoga.example", "en", "en-AE", [], "bruno",
     [("accounts", "", "Accounts"), ("k.haddad", "Karim Haddad", "General Manager")],
     [("15111", "2980.00", "USD", "2026-10-14", None)]),
    ("S1521", "Weingut Rebenhof Kamptal", "weingut-rebenhof.example", "de", "de-AT", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("m.hofbauer", "Martina Hofbauer", "Inhaberin")],
     [("15211", "3860.00", "EUR", "2026-10-14", None), ("15212", "690.00", "EUR", "2026-11-05", None)]),
    ("S1522", "Autohaus Brunnmatt AG", "autohaus-brunnmatt.example", "de", "de-CH", ["strategic"], "alice",
     [("kreditoren", "", "Kreditoren"), ("r.zbinden", "Reto Zbinden", "Leiter Finanzen")],
     [("15221", "12480.00", "CHF", "2026-10-09", "BM-44120")]),
    ("S1523", "Fahrschule Lindenallee GmbH", "fahrschule-lindenallee.example", "de", "de-DE", [], "bruno",
     [("verwaltung", "", "Verwaltung"), ("s.krause", "Sabine Krause", "Geschäftsführerin")],
     [("15231", "1975.00", "EUR", "2026-10-16", None), ("15232", "420.00", "EUR", "2026-11-06", None)]),
    ("S1531", "Atelier d'architecture Morel Vasseur", "morel-vasseur-archi.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("c.vasseur", "Claire Vasseur", "Associée")],
     [("15311", "4580.00", "EUR", "2026-10-13", None), ("15312", "760.00", "EUR", "2026-11-05", None)]),
    ("S1532", "Coopérative des pêcheurs de l'Anse-à-Beaufils", "pecheurs-anse.example", "fr", "fr-CA", ["payment_plan"], "carla",
     [("comptabilite", "", "Comptabilité"), ("j.cloutier", "Jacinthe Cloutier", "Directrice générale")],
     [("15321", "9340.00", "CAD", "2026-09-30", None)]),
    ("S1541", "Bodega Viñas del Cerro SA", "vinasdelcerro.example", "es", "es-AR", [], "alice",
     [("administracion", "", "Administración"), ("p.quiroga", "Pablo Quiroga", "Gerente administrativo")],
     [("15411", "5120.00", "USD", "2026-10-12", None), ("15412", "870.00", "USD", "2026-11-04", None)]),
    ("S1542", "Agencia Automotriz del Bajío SA de CV", "automotrizbajio.example", "es", "es-MX", ["credit_hold"], "bruno",
     [("cxp", "", "Cuentas por pagar"), ("l.herrera", "Lucía Herrera", "Contralora")],
     [("15421", "11380.00", "USD", "2026-10-10", "ADB-OC-7712")]),
    ("S1551", "Trimsalon Poedelpracht", "poedelpracht.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("e.jansen", "Esther Jansen", "Eigenaar")],
     [("15511", "1460.00", "EUR", "2026-10-15", None), ("15512", "310.00", "EUR", "2026-11-05", None)]),
    ("S1552", "Dakwerken Vermeulen bv", "dakwerken-vermeulen.example", "nl", "nl-BE", [], "alice",
     [("boekhouding", "", "Boekhouding"), ("w.vermeulen", "Wim Vermeulen", "Zaakvoerder")],
     [("15521", "6240.00", "EUR", "2026-10-14", None)]),
    ("S1561", "Hotel Serra da Estrela Lda", "hotel-serradaestrela.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("r.figueiredo", "Rui Figueiredo", "Diretor financeiro")],
     [("15611", "7850.00", "EUR", "2026-10-13", None), ("15612", "935.00", "EUR", "2026-11-05", None)]),
    ("S1562", "Autoescola Caminho Certo Ltda", "caminhocerto.example", "pt", "pt-BR", [], "carla",
     [("financeiro", "", "Financeiro"), ("f.albuquerque", "Fernanda Albuquerque", "Sócia-gerente")],
     [("15621", "3420.00", "USD", "2026-10-15", None), ("15622", "560.00", "USD", "2026-11-04", None)]),
]
