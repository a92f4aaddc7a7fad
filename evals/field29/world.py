"""The field29 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

A Lake District mountain-rescue outfitter (GB), a Louisiana touring theatre (strategic), a Kerry falconry centre, a
Botswana safari outfitter on credit hold, a Mongolian cashmere house (Mongolian writers), a Wisconsin cranberry marsh on
a legal account, a Western Australian pearling company on a plan, a Chiang Mai silk weaver (Thai writers), a Cretan
olive press (strategic, Greek writers), a Sialkot surgical-instrument maker (Pakistani writers), a Kona macadamia farm
and a Cappadocia balloon operator (Turkish writers); a Kiel boatyard, a Salzburg zither maker on credit hold, a Bernese
alphorn maker (strategic); a Normandy stud farm, a Burkinabè shea-butter co-operative on a plan, a Val-de-Travers
absinthe distillery on a legal account; a La Mancha cheese dairy, a Guatemalan coffee co-operative on credit hold, a
Patagonian wool estancia (strategic); a Dutch windmill restorer, a Flemish bell foundry on a plan, a Surinamese sawmill
on a legal account; a Lisbon tile workshop, a Bahia cocoa farm on credit hold and a São Tomé cocoa plantation
(strategic).

AS_OF is Saturday 5 December 2026: the replies are dated Monday 30 November to Thursday 3 December, and the ERP snapshot
is taken after the last of them (as the earlier splits' 28 November followed replies of 23 to 27 November).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-12-05"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("S2901", "Tarn & Fell Rescue Supplies Ltd", "tarnfell-rescue.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("g.harker", "Gwen Harker", "Owner")],
     [("92901", "2480.00", "GBP", "2026-10-23", None), ("92902", "615.00", "GBP", "2026-11-13", None)]),
    ("S2902", "Bayou Lantern Touring Theatre Inc", "bayoulantern.example", "en", "en-US", ["strategic"], "bruno",
     [("payables", "", "Accounts Payable"), ("d.thibodeaux", "Delphine Thibodeaux", "Company Manager")],
     [("92903", "9860.00", "USD", "2026-10-16", "BLT-5512"), ("92904", "1240.00", "USD", "2026-11-10", "BLT-5587")]),
    ("S2903", "Kestrel Glen Falconry Centre", "kestrelglen.example", "en", "en-IE", [], "carla",
     [("office", "", "Office"), ("c.moriarty", "Cathal Moriarty", "Manager")],
     [("92905", "1935.00", "EUR", "2026-10-21", None)]),
    ("S2904", "Okavango Trail Outfitters (Pty) Ltd", "okavangotrail.example", "en", "en-BW", ["credit_hold"], "alice",
     [("finance", "", "Finance"), ("k.molefe", "Kagiso Molefe", "Finance Manager")],
     [("92906", "7450.00", "USD", "2026-10-14", None)]),
    ("S2905", "Steppe Gold Cashmere LLC", "steppegold.example", "en", "en-MN", [], "bruno",
     [("accounting", "", "Accounting"), ("b.enkhjargal", "Enkhjargal Bat-Erdene", "Chief Accountant")],
     [("92907", "5320.00", "USD", "2026-10-20", None), ("92908", "880.00", "USD", "2026-11-11", None)]),
    ("S2906", "Cedar Bog Cranberry Company", "cedarbogcranberry.example", "en", "en-US", ["legal"], "carla",
     [("office", "", "Office"), ("h.lindqvist", "Hank Lindqvist", "Owner")],
     [("92909", "6740.00", "USD", "2026-09-29", None)]),
    ("S2907", "Cape Leeuwin Pearling Co Pty Ltd", "leeuwinpearl.example", "en", "en-AU", ["payment_plan"], "alice",
     [("accounts", "", "Accounts"), ("r.fitzgerald", "Rhiannon Fitzgerald", "Finance Officer")],
     [("92910", "12600.00", "AUD", "2026-09-30", None)]),
    ("S2908", "Doi Suthep Silk Weavers Co Ltd", "doisuthepsilk.example", "en", "en-TH", [], "bruno",
     [("account", "", "Accounting"), ("p.srisuk", "Pimchanok Srisuk", "Accounting Manager")],
     [("92911", "3980.00", "USD", "2026-10-22", None), ("92912", "455.00", "USD", "2026-11-12", None)]),
    ("S2909", "Chania Stone Olive Press SA", "chaniapress.example", "en", "en-GR", ["strategic"], "carla",
     [("logistirio", "", "Accounts"), ("e.papadakis", "Eleni Papadakis", "Finance Director")],
     [("92913", "8150.00", "EUR", "2026-10-19", "CSP-2026-318")]),
    ("S2910", "Sialkot Precision Surgical (Pvt) Ltd", "sialkotprecision.example", "en", "en-PK", [], "alice",
     [("accounts", "", "Accounts"), ("i.qureshi", "Imran Qureshi", "Accounts Officer")],
     [("92914", "4275.00", "USD", "2026-10-21", None), ("92915", "690.00", "USD", "2026-11-12", None)]),
    ("S2911", "Kona Ridge Macadamia LLC", "konaridgemac.example", "en", "en-US", [], "bruno",
     [("office", "", "Office"), ("l.kahananui", "Leilani Kahananui", "Office Manager")],
     [("92916", "3340.00", "USD", "2026-10-23", None)]),
    ("S2912", "Göreme Sky Balloons Ltd", "goremesky.example", "en", "en-TR", [], "carla",
     [("muhasebe", "", "Accounting"), ("s.aydin", "Selin Aydın", "Finance Specialist")],
     [("92917", "2760.00", "EUR", "2026-10-22", None), ("92918", "1180.00", "EUR", "2026-11-13", None)]),
    ("S2921", "Bootswerft Lütjens GmbH", "luetjens-werft.example", "de", "de-DE", [], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("j.luetjens", "Jörn Lütjens", "Geschäftsführer")],
     [("92921", "11450.00", "EUR", "2026-10-20", None), ("92922", "980.00", "EUR", "2026-11-12", None)]),
    ("S2922", "Zitherbau Oberhuber", "zither-oberhuber.example", "de", "de-AT", ["credit_hold"], "bruno",
     [("office", "", "Büro"), ("t.oberhuber", "Theresia Oberhuber", "Inhaberin")],
     [("92923", "3640.00", "EUR", "2026-10-16", None)]),
    ("S2923", "Alphornmanufaktur Gerber AG", "alphorn-gerber.example", "de", "de-CH", ["strategic"], "carla",
     [("kreditoren", "", "Kreditoren"), ("u.gerber", "Urs Gerber", "Leiter Finanzen")],
     [("92924", "8900.00", "CHF", "2026-10-19", "AG-7731"), ("92925", "1120.00", "CHF", "2026-11-11", "AG-7790")]),
    ("S2931", "Haras du Pin-Vert", "haras-pinvert.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("a.lecoeur", "Agathe Lecoeur", "Gérante")],
     [("92926", "5780.00", "EUR", "2026-10-21", None), ("92927", "640.00", "EUR", "2026-11-12", None)]),
    ("S2932", "Coopérative Karité Wend-Panga", "karite-wendpanga.example", "fr", "fr-BF", ["payment_plan"], "bruno",
     [("comptabilite", "", "Comptabilité"), ("s.ouedraogo", "Salimata Ouédraogo", "Trésorière")],
     [("92928", "6300.00", "EUR", "2026-09-30", None)]),
    ("S2933", "Distillerie de la Fée Verte SA", "feeverte-distillerie.example", "fr", "fr-CH", ["legal"], "carla",
     [("administration", "", "Administration"), ("m.jeanneret", "Marc Jeanneret", "Directeur")],
     [("92929", "4150.00", "CHF", "2026-09-28", None)]),
    ("S2941", "Quesería Hermanos Lozano SL", "queserialozano.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("r.lozano", "Rocío Lozano", "Gerente")],
     [("92930", "3870.00", "EUR", "2026-10-22", None), ("92931", "720.00", "EUR", "2026-11-13", None)]),
    ("S2942", "Cooperativa Cafetalera Atitlán RL", "cafeatitlan.example", "es", "es-GT", ["credit_hold"], "bruno",
     [("contabilidad", "", "Contabilidad"), ("e.xocop", "Esteban Xocop", "Contador")],
     [("92932", "9450.00", "USD", "2026-10-15", None)]),
    ("S2943", "Estancia Lanera Cerro Chato SA", "cerrochato-lanas.example", "es", "es-AR", ["strategic"], "carla",
     [("pagos", "", "Pagos a proveedores"), ("m.etcheverry", "Martín Etcheverry", "Administrador")],
     [("92933", "7200.00", "USD", "2026-10-20", None), ("92934", "1350.00", "USD", "2026-11-11", None)]),
    ("S2951", "Molenbouw Van Tuyll bv", "molenbouw-vantuyll.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("s.vantuyll", "Sanne van Tuyll", "Directeur")],
     [("92935", "6850.00", "EUR", "2026-10-21", None), ("92936", "530.00", "EUR", "2026-11-12", None)]),
    ("S2952", "Klokkengieterij Michiels nv", "klokkengieterij-michiels.example", "nl", "nl-BE", ["payment_plan"], "bruno",
     [("boekhouding", "", "Boekhouding"), ("p.michiels", "Pieter Michiels", "Zaakvoerder")],
     [("92937", "14200.00", "EUR", "2026-09-30", None)]),
    ("S2953", "Houtzagerij Marowijne NV", "marowijnehout.example", "nl", "nl-SR", ["legal"], "carla",
     [("financien", "", "Financiën"), ("r.pinas", "Roy Pinas", "Financieel manager")],
     [("92938", "5600.00", "USD", "2026-09-29", None)]),
    ("S2961", "Azulejaria do Intendente Lda", "azulejaria-intendente.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("i.salgueiro", "Inês Salgueiro", "Gerente")],
     [("92939", "4480.00", "EUR", "2026-10-20", None), ("92940", "610.00", "EUR", "2026-11-12", None)]),
    ("S2962", "Fazenda Cacau Aurora Ltda", "cacauaurora.example", "pt", "pt-BR", ["credit_hold"], "bruno",
     [("financeiro", "", "Financeiro"), ("j.bittencourt", "Jaqueline Bittencourt", "Gerente financeira")],
     [("92941", "8760.00", "USD", "2026-10-15", None)]),
    ("S2963", "Roça Monte Verde Cacau SA", "rocamonteverde.example", "pt", "pt-ST", ["strategic"], "carla",
     [("contabilidade", "", "Contabilidade"), ("a.neto", "Aurélio Neto", "Diretor administrativo")],
     [("92942", "6150.00", "EUR", "2026-10-21", None), ("92943", "940.00", "EUR", "2026-11-12", None)]),
]
