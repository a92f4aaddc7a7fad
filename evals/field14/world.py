"""The field14 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Settings: bakeries, a marina, HVAC contractors, courier firms, dance studios, museums, bookshops, a public aquarium.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("T1401", "Crumb & Crust Bakeries Ltd", "crumbandcrust.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("m.pryce", "Megan Pryce", "Finance Manager")],
     [("14011", "2480.00", "GBP", "2026-10-15", None), ("14012", "615.00", "GBP", "2026-11-04", None)]),
    ("T1402", "Bayview Marina LLC", "bayview-marina.example", "en", "en-US", [], "bruno",
     [("ap", "", "Accounts Payable"), ("r.castillo", "Rob Castillo", "Controller")],
     [("14021", "7340.00", "USD", "2026-10-14", "BVM-2231")]),
    ("T1403", "Northgate HVAC Services Ltd", "northgate-hvac.example", "en", "en-IE", ["credit_hold"], "carla",
     [("accounts", "", "Accounts"), ("d.walsh", "Declan Walsh", "Director")],
     [("14031", "3960.00", "EUR", "2026-10-17", None)]),
    ("T1404", "Lotus Courier Services Pvt Ltd", "lotus-courier.example", "en", "en-IN", [], "alice",
     [("accounts", "", "Accounts"), ("a.menon", "Anita Menon", "Accounts Executive")],
     [("14041", "2870.00", "USD", "2026-10-16", "LCS/PO/884")]),
    ("T1405", "Redgum Dance Academy Pty Ltd", "redgum-dance.example", "en", "en-AU", [], "bruno",
     [("admin", "", "Admin"), ("k.nguyen", "Kim Nguyen", "Studio Owner")],
     [("14051", "1340.00", "USD", "2026-10-19", None), ("14052", "420.00", "USD", "2026-11-05", None)]),
    ("T1406", "The Kestrel Museum Trust", "kestrel-museum.example", "en", "en-GB", ["strategic"], "carla",
     [("purchase.ledger", "", "Purchase Ledger"), ("h.okafor", "Helen Okafor", "Head of Finance")],
     [("14061", "9650.00", "GBP", "2026-10-12", "KMT-40917")]),
    ("T1407", "Page & Lantern Bookshops Inc.", "pageandlantern.example", "en", "en-US", [], "alice",
     [("payables", "", "Payables"), ("j.whitfield", "Jen Whitfield", "Bookkeeper")],
     [("14071", "1785.00", "USD", "2026-10-18", None), ("14072", "360.00", "USD", "2026-11-06", None)]),
    ("T1408", "Cape Aquarium Foundation NPC", "cape-aquarium.example", "en", "en-ZA", [], "bruno",
     [("finance", "", "Finance"), ("t.dlamini", "Thabo Dlamini", "Financial Manager")],
     [("14081", "5210.00", "USD", "2026-10-15", None)]),
    ("T1421", "Bäckerei Hofmann GmbH & Co. KG", "baeckerei-hofmann.example", "de", "de-DE", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("j.hofmann", "Julia Hofmann", "Geschäftsführerin")],
     [("14211", "2960.00", "EUR", "2026-10-16", None), ("14212", "540.00", "EUR", "2026-11-05", None)]),
    ("T1422", "Kälte-Klima Brandl GmbH", "kaelte-brandl.example", "de", "de-AT", ["legal"], "alice",
     [("office", "", "Office"), ("m.brandl", "Markus Brandl", "Prokurist")],
     [("14221", "4380.00", "EUR", "2026-10-14", "KB-7720")]),
    ("T1431", "Boulangerie Les Trois Épis SARL", "trois-epis.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("c.moreau", "Claire Moreau", "Gérante")],
     [("14311", "1920.00", "EUR", "2026-10-17", None), ("14312", "480.00", "EUR", "2026-11-05", None)]),
    ("T1432", "Port de Plaisance du Lac SA", "port-du-lac.example", "fr", "fr-BE", [], "carla",
     [("fournisseurs", "", "Fournisseurs"), ("l.dubois", "Luc Dubois", "Responsable financier")],
     [("14321", "6450.00", "EUR", "2026-10-13", "PPL-5530")]),
    ("T1441", "Estudio de Danza Alma SL", "danza-alma.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("l.herrera", "Lucía Herrera", "Directora")],
     [("14411", "1460.00", "EUR", "2026-10-18", None), ("14412", "390.00", "EUR", "2026-11-05", None)]),
    ("T1442", "Mensajería Rápida del Bajío SA de CV", "mensajeria-bajio.example", "es", "es-MX", ["strategic"], "bruno",
     [("cxp", "", "Cuentas por pagar"), ("r.salinas", "Rodrigo Salinas", "Contralor")],
     [("14421", "5870.00", "USD", "2026-10-13", "MRB-OC-3318")]),
    ("T1451", "Bakkerij Van der Meulen BV", "bakkerij-vdmeulen.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("s.vandermeulen", "Sanne van der Meulen", "Eigenaar")],
     [("14511", "2140.00", "EUR", "2026-10-16", None), ("14512", "510.00", "EUR", "2026-11-05", None)]),
    ("T1452", "Museum Het Schuttershof", "schuttershof-museum.example", "nl", "nl-BE", [], "alice",
     [("boekhouding", "", "Boekhouding"), ("p.claes", "Pieter Claes", "Zakelijk leider")],
     [("14521", "4720.00", "EUR", "2026-10-14", "MS-BB-2290")]),
    ("T1461", "Livraria Tinta Azul Lda", "tinta-azul.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("a.marques", "Ana Marques", "Gerente")],
     [("14611", "1680.00", "EUR", "2026-10-17", None), ("14612", "430.00", "EUR", "2026-11-05", None)]),
    ("T1462", "Climatização Serra Gaúcha Ltda", "climaserra.example", "pt", "pt-BR", ["payment_plan"], "carla",
     [("financeiro", "", "Financeiro"), ("g.pereira", "Gustavo Pereira", "Gerente financeiro")],
     [("14621", "6230.00", "USD", "2026-10-13", "CSG-PC-7714")]),
]
