"""The field28 split's ERP: its own customers, contacts and invoices (written by hand, none shared with earlier splits).

An Estonian sawmill, a Malaysian rubber-glove maker (strategic), a Ugandan vanilla exporter on a plan, a Yorkshire
rhubarb farm, an Oregon hazelnut co-op on a legal account, a Barossa olive press on credit hold, an Otago merino
station, a Connemara oyster farm, a Kerala coir-mat maker and a Louisiana crawfish processor that files for
bankruptcy (English writers); a Thuringian glassworks, an Austrian organ-pipe maker (strategic), an Appenzell bell
foundry; a Corsican charcuterie, a Liège waffle bakery on a plan, a Québec sugar shack on credit hold; a Valencian
orange grower, a Uruguayan rice mill, a Colombian coffee roaster (strategic); a Zeeland mussel farm, a Flemish chicory
grower on credit hold; a Porto wine lodge and a Minas Gerais cheese dairy on a plan.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("T2801", "Saaremaa Saeveski OÜ", "saaremaa-sawmill.example", "en", "en-EE", [], "alice",
     [("arved", "", "Accounts"), ("k.tamm", "Kadri Tamm", "Finance Manager")],
     [("92801", "6480.00", "EUR", "2026-10-15", None), ("92802", "1190.00", "EUR", "2026-11-06", None)]),
    ("T2802", "Klang Valley Nitrile Sdn Bhd", "klangnitrile.example", "en", "en-MY", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("s.lim", "Lim Siew Ling", "Finance Controller")],
     [("92803", "18760.00", "USD", "2026-10-09", "KVN-PO-55120"), ("92804", "2340.00", "USD", "2026-11-04", "KVN-PO-55188")]),
    ("T2803", "Rwenzori Vanilla Exporters Ltd", "rwenzorivanilla.example", "en", "en-UG", ["payment_plan"], "carla",
     [("finance", "", "Finance"), ("j.okello", "Joseph Okello", "Finance Officer")],
     [("92805", "12600.00", "USD", "2026-09-30", None)]),
    ("T2804", "Wakefield Triangle Rhubarb Ltd", "triangle-rhubarb.example", "en", "en-GB", [], "alice",
     [("office", "", "Office"), ("h.brearley", "Hazel Brearley", "Partner")],
     [("92806", "2875.00", "GBP", "2026-10-16", None), ("92807", "460.00", "GBP", "2026-11-05", None)]),
    ("T2805", "Willamette Hazelnut Growers Co-op", "willamettehazel.example", "en", "en-US", ["legal"], "bruno",
     [("ap", "", "Accounts Payable"), ("d.vance", "Dale Vance", "General Manager")],
     [("92808", "9340.00", "USD", "2026-09-29", "WHG-3310")]),
    ("T2806", "Angaston Olive Press Pty Ltd", "angastonolive.example", "en", "en-AU", ["credit_hold"], "carla",
     [("accounts", "", "Accounts"), ("m.rossi", "Marco Rossi", "Owner")],
     [("92809", "5215.00", "AUD", "2026-10-08", None), ("92810", "730.00", "AUD", "2026-11-03", None)]),
    ("T2807", "Glenlyon Merino Station Ltd", "glenlyonmerino.example", "en", "en-NZ", [], "alice",
     [("admin", "", "Admin"), ("t.mackay", "Tessa Mackay", "Station Manager")],
     [("92811", "4120.00", "NZD", "2026-10-14", None), ("92812", "880.00", "NZD", "2026-11-05", None)]),
    ("T2808", "Killary Oyster Farm Ltd", "killaryoysters.example", "en", "en-IE", [], "bruno",
     [("accounts", "", "Accounts"), ("c.joyce", "Ciarán Joyce", "Director")],
     [("92813", "3390.00", "EUR", "2026-10-13", None), ("92814", "615.00", "EUR", "2026-11-06", None)]),
    ("T2809", "Alleppey Coir Works Pvt Ltd", "alleppeycoir.example", "en", "en-IN", [], "carla",
     [("accounts", "", "Accounts"), ("r.menon", "Radhika Menon", "Accounts Manager")],
     [("92815", "7260.00", "USD", "2026-10-12", "ACW/PO/2291"), ("92816", "1045.00", "USD", "2026-11-04", "ACW/PO/2317")]),
    ("T2810", "Bayou Teche Crawfish LLC", "bayoutechecrawfish.example", "en", "en-US", [], "alice",
     [("office", "", "Office"), ("l.thibodeaux", "Lionel Thibodeaux", "Owner")],
     [("92817", "4985.00", "USD", "2026-10-10", None), ("92818", "695.00", "USD", "2026-11-05", None)]),
    ("T2811", "Glashütte Lauscha Rennsteig GmbH", "glas-lauscha.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("u.greiner", "Ute Greiner", "Kaufmännische Leiterin")],
     [("92819", "8640.00", "EUR", "2026-10-14", None), ("92820", "1275.00", "EUR", "2026-11-05", None)]),
    ("T2812", "Orgelpfeifenbau Aigner KG", "orgelpfeifen-aigner.example", "de", "de-AT", ["strategic"], "carla",
     [("rechnungswesen", "", "Rechnungswesen"), ("f.aigner", "Florian Aigner", "Geschäftsführer")],
     [("92821", "15480.00", "EUR", "2026-10-09", "OA-2026-118")]),
    ("T2813", "Glockengiesserei Säntisblick AG", "glocken-saentis.example", "de", "de-CH", [], "alice",
     [("kreditoren", "", "Kreditoren"), ("b.koller", "Barbara Koller", "Leiterin Finanzen")],
     [("92822", "6930.00", "CHF", "2026-10-15", None), ("92823", "840.00", "CHF", "2026-11-06", None)]),
    ("T2814", "Salaisons du Niolu SARL", "salaisons-niolu.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("a.santoni", "Antonia Santoni", "Gérante")],
     [("92824", "4270.00", "EUR", "2026-10-13", None), ("92825", "590.00", "EUR", "2026-11-05", None)]),
    ("T2815", "Gaufrerie du Perron SPRL", "gaufrerie-perron.example", "fr", "fr-BE", ["payment_plan"], "carla",
     [("comptabilite", "", "Comptabilité"), ("p.lejeune", "Pascale Lejeune", "Administratrice")],
     [("92826", "7920.00", "EUR", "2026-09-30", None)]),
    ("T2816", "Cabane à sucre Beauce-Nord inc.", "cabanebeaucenord.example", "fr", "fr-CA", ["credit_hold"], "alice",
     [("comptes", "", "Comptes fournisseurs"), ("g.poulin", "Guylaine Poulin", "Contrôleuse")],
     [("92827", "5640.00", "CAD", "2026-10-09", None), ("92828", "910.00", "CAD", "2026-11-04", None)]),
    ("T2817", "Cítricos Hermanos Ferrer SL", "citricosferrer.example", "es", "es-ES", [], "bruno",
     [("administracion", "", "Administración"), ("v.ferrer", "Vicent Ferrer", "Gerente")],
     [("92829", "5880.00", "EUR", "2026-10-14", None), ("92830", "720.00", "EUR", "2026-11-05", None)]),
    ("T2818", "Molino Arrocero del Cebollatí SA", "molinocebollati.example", "es", "es-UY", [], "carla",
     [("pagos", "", "Pagos a proveedores"), ("m.pereyra", "Martín Pereyra", "Jefe administrativo")],
     [("92831", "9150.00", "USD", "2026-10-12", None), ("92832", "1320.00", "USD", "2026-11-04", None)]),
    ("T2819", "Tostadora Cafetera del Quindío SAS", "cafequindio.example", "es", "es-CO", ["strategic"], "alice",
     [("cuentasxpagar", "", "Cuentas por pagar"), ("a.giraldo", "Andrea Giraldo", "Directora financiera")],
     [("92833", "13420.00", "USD", "2026-10-10", "TCQ-OC-4471")]),
    ("T2820", "Mosselkwekerij De Oosterschelde BV", "mossel-oosterschelde.example", "nl", "nl-NL", [], "bruno",
     [("administratie", "", "Administratie"), ("j.devisser", "Joke de Visser", "Financieel medewerker")],
     [("92834", "4760.00", "EUR", "2026-10-15", None), ("92835", "655.00", "EUR", "2026-11-05", None)]),
    ("T2821", "Witloofteelt Vandenbroucke bv", "witloof-vdb.example", "nl", "nl-BE", ["credit_hold"], "carla",
     [("boekhouding", "", "Boekhouding"), ("k.vandenbroucke", "Koen Vandenbroucke", "Zaakvoerder")],
     [("92836", "3980.00", "EUR", "2026-10-13", None), ("92837", "540.00", "EUR", "2026-11-06", None)]),
    ("T2822", "Caves Ribeira do Gaia Lda", "cavesribeiragaia.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("m.sousa", "Margarida Sousa", "Diretora financeira")],
     [("92838", "8215.00", "EUR", "2026-10-14", None), ("92839", "970.00", "EUR", "2026-11-05", None)]),
    ("T2823", "Laticínios Serra da Canastra Ltda", "laticinioscanastra.example", "pt", "pt-BR", ["payment_plan"], "bruno",
     [("financeiro", "", "Financeiro"), ("c.andrade", "Cláudio Andrade", "Gerente financeiro")],
     [("92840", "10800.00", "USD", "2026-09-30", None)]),
]
