"""The field24 split's ERP: its own customers, contacts and invoices (written by hand, none shared with earlier splits).

Settings unlike field22's: a Norwegian salmon smokery, a Welsh slate quarry, a Singapore logistics firm (strategic), a
Nigerian fintech on credit hold, a Chicago pretzel bakery on a legal account, an Australian saddlery on a plan, a Cape
gin distillery, an Okanagan cider maker, a Kerala spice exporter (Indian writers), a Brno glassworks (Czech writers), a
Busan marine-paint maker (Korean writers, strategic); a Swabian tool maker, a Styrian pumpkin-seed-oil mill on credit
hold, a Zürich bike courier (strategic); a Walloon brewery, a Geneva watch-part supplier (strategic), a Moroccan argan
co-operative on a plan; a Catalan textile firm, an Argentine leather tannery on a legal account, a Chilean nursery on
credit hold; a Westland greenhouse builder, a Flemish chicory grower on a plan; a Brazilian soy co-operative
(strategic), an Alentejo cork works and an Angolan coffee roaster on credit hold.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("Z2401", "Nordfjord Røkeri AS", "nordfjord-roykeri.example", "en", "en-NO", [], "alice",
     [("faktura", "", "Invoices"), ("i.haugland", "Ingrid Haugland", "Økonomisjef")],
     [("92401", "6420.00", "EUR", "2026-10-15", None), ("92402", "880.00", "EUR", "2026-11-06", None)]),
    ("Z2402", "Chwarel Penrhyn Slate Ltd", "penrhyn-slate.example", "en", "en-GB", [], "bruno",
     [("accounts", "", "Accounts"), ("g.pritchard", "Gareth Pritchard", "Quarry Manager")],
     [("92403", "3150.00", "GBP", "2026-10-14", None), ("92404", "412.50", "GBP", "2026-11-05", None)]),
    ("Z2403", "Straits Harbour Logistics Pte Ltd", "straitsharbour.example", "en", "en-SG", ["strategic"], "carla",
     [("ap", "", "Accounts Payable"), ("w.tan", "Wei Ling Tan", "Finance Manager")],
     [("92405", "18760.00", "USD", "2026-10-09", "SHL-PO-55210"), ("92406", "2240.00", "USD", "2026-11-04", "SHL-PO-55388")]),
    ("Z2404", "Kobo Ledger Technologies Ltd", "koboledger.example", "en", "en-NG", ["credit_hold"], "alice",
     [("finance", "", "Finance"), ("c.adeyemi", "Chinedu Adeyemi", "Head of Finance")],
     [("92407", "9340.00", "USD", "2026-10-08", None)]),
    ("Z2405", "Wicker Park Pretzel Bakery Inc", "wickerparkpretzel.example", "en", "en-US", ["legal"], "bruno",
     [("office", "", "Office"), ("d.kowalczyk", "Dan Kowalczyk", "Owner")],
     [("92408", "5275.00", "USD", "2026-09-30", None)]),
    ("Z2406", "Bullock Creek Saddlery Pty Ltd", "bullockcreeksaddlery.example", "en", "en-AU", ["payment_plan"], "carla",
     [("admin", "", "Admin"), ("s.mcgrath", "Shannon McGrath", "Owner")],
     [("92409", "12400.00", "AUD", "2026-09-25", None)]),
    ("Z2407", "Fynbos Hill Distillery (Pty) Ltd", "fynboshill.example", "en", "en-ZA", [], "alice",
     [("accounts", "", "Accounts"), ("l.vandermerwe", "Lize van der Merwe", "Financial Manager")],
     [("92410", "4890.00", "ZAR", "2026-10-13", None), ("92411", "1320.00", "ZAR", "2026-11-05", None)]),
    ("Z2408", "Naramata Bench Cider Co", "naramatacider.example", "en", "en-CA", [], "bruno",
     [("ap", "", "Accounts Payable"), ("j.okafor", "Jordan Okafor", "Operations Lead")],
     [("92412", "2960.00", "CAD", "2026-10-16", None), ("92413", "745.00", "CAD", "2026-11-06", None)]),
    ("Z2409", "Malabar Coast Spice Exports Pvt Ltd", "malabarspice.example", "en", "en-IN", [], "carla",
     [("accounts", "", "Accounts"), ("r.menon", "Rajesh Menon", "Senior Accountant")],
     [("92414", "7180.00", "USD", "2026-10-12", "MCS/PO/2026/318"), ("92415", "1095.00", "USD", "2026-11-04", "MCS/PO/2026/341")]),
    ("Z2410", "Sklárna Brno s.r.o.", "sklarna-brno.example", "en", "en-CZ", [], "alice",
     [("ucetni", "", "Accounting"), ("p.dvorak", "Petra Dvořáková", "Chief Accountant")],
     [("92416", "3840.00", "EUR", "2026-10-14", None), ("92417", "520.00", "EUR", "2026-11-05", None)]),
    ("Z2411", "Haeundae Marine Coatings Co Ltd", "haeundaecoatings.example", "en", "en-KR", ["strategic"], "bruno",
     [("finance", "", "Finance Team"), ("m.park", "Park Min-jun", "Finance Manager")],
     [("92418", "21300.00", "USD", "2026-10-09", "HMC-2611-07")]),
    ("Z2412", "Llanberis Outdoor Centre CIC", "llanberisoutdoor.example", "en", "en-GB", [], "carla",
     [("office", "", "Office"), ("c.hughes", "Ceri Hughes", "Centre Manager")],
     [("92419", "1890.00", "GBP", "2026-10-15", None)]),
    ("Z2421", "Werkzeugbau Häberle GmbH", "haeberle-werkzeugbau.example", "de", "de-DE", [], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("k.haeberle", "Klaus Häberle", "Geschäftsführer")],
     [("92421", "8470.00", "EUR", "2026-10-14", None), ("92422", "965.00", "EUR", "2026-11-05", None)]),
    ("Z2422", "Ölmühle Kürbishof Gleisdorf", "kuerbishof-oelmuehle.example", "de", "de-AT", ["credit_hold"], "bruno",
     [("office", "", "Büro"), ("a.pichler", "Andrea Pichler", "Inhaberin")],
     [("92423", "4215.00", "EUR", "2026-10-09", None)]),
    ("Z2423", "Velokurier Limmat AG", "velokurier-limmat.example", "de", "de-CH", ["strategic"], "carla",
     [("kreditoren", "", "Kreditoren"), ("u.baumann", "Urs Baumann", "Leiter Finanzen")],
     [("92424", "6380.00", "CHF", "2026-10-13", "VKL-8812"), ("92425", "790.00", "CHF", "2026-11-04", "VKL-8840")]),
    ("Z2431", "Brasserie du Val de Sambre SRL", "brasserie-valdesambre.example", "fr", "fr-BE", [], "alice",
     [("comptabilite", "", "Comptabilité"), ("m.dethier", "Marc Dethier", "Gérant")],
     [("92431", "5630.00", "EUR", "2026-10-15", None), ("92432", "845.00", "EUR", "2026-11-05", None)]),
    ("Z2432", "Composants Horlogers de Plainpalais SA", "chp-geneve.example", "fr", "fr-CH", ["strategic"], "bruno",
     [("fournisseurs", "", "Comptabilité fournisseurs"), ("s.favre", "Sophie Favre", "Responsable financière")],
     [("92433", "14920.00", "CHF", "2026-10-12", "CHP-CMD-30417")]),
    ("Z2433", "Coopérative Tafoukt Argan", "tafoukt-argan.example", "fr", "fr-MA", ["payment_plan"], "carla",
     [("gestion", "", "Gestion"), ("f.amrani", "Fatima Amrani", "Présidente")],
     [("92434", "7650.00", "EUR", "2026-09-29", None)]),
    ("Z2441", "Tèxtils Ripoll i Fills SL", "textilsripoll.example", "es", "es-ES", [], "alice",
     [("administracio", "", "Administració"), ("n.puig", "Núria Puig", "Cap d'administració")],
     [("92441", "4980.00", "EUR", "2026-10-14", None), ("92442", "655.00", "EUR", "2026-11-05", None)]),
    ("Z2442", "Curtiembre del Riachuelo SA", "curtiembreriachuelo.example", "es", "es-AR", ["legal"], "bruno",
     [("tesoreria", "", "Tesorería"), ("h.benitez", "Horacio Benítez", "Gerente general")],
     [("92443", "9860.00", "USD", "2026-09-30", None)]),
    ("Z2443", "Viveros del Maule SpA", "viverosdelmaule.example", "es", "es-CL", ["credit_hold"], "carla",
     [("finanzas", "", "Finanzas"), ("c.rojas", "Camila Rojas", "Jefa de finanzas")],
     [("92444", "3720.00", "USD", "2026-10-10", None), ("92445", "480.00", "USD", "2026-11-04", None)]),
    ("Z2451", "Kassenbouw Westland BV", "kassenbouw-westland.example", "nl", "nl-NL", [], "alice",
     [("crediteuren", "", "Crediteurenadministratie"), ("j.vanderlinden", "Joost van der Linden", "Financieel directeur")],
     [("92451", "11240.00", "EUR", "2026-10-14", "KW-2026-0917"), ("92452", "1380.00", "EUR", "2026-11-05", "KW-2026-0988")]),
    ("Z2452", "Witloofkwekerij De Smet", "witloof-desmet.example", "nl", "nl-BE", ["payment_plan"], "bruno",
     [("boekhouding", "", "Boekhouding"), ("l.desmet", "Lieve De Smet", "Zaakvoerder")],
     [("92453", "5460.00", "EUR", "2026-09-28", None)]),
    ("Z2461", "Cooperativa Agroindustrial Chapadão Verde", "coopchapadao.example", "pt", "pt-BR", ["strategic"], "carla",
     [("financeiro", "", "Financeiro"), ("m.schneider", "Marcelo Schneider", "Gerente financeiro")],
     [("92461", "16840.00", "USD", "2026-10-09", "CCV-PC-4471"), ("92462", "2210.00", "USD", "2026-11-04", "CCV-PC-4502")]),
    ("Z2462", "Corticeira Monte do Sobreiro Lda", "montedosobreiro.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("j.caeiro", "Joana Caeiro", "Diretora administrativa")],
     [("92463", "4370.00", "EUR", "2026-10-13", None), ("92464", "615.00", "EUR", "2026-11-05", None)]),
    ("Z2463", "Torrefação Planalto do Huambo Lda", "planaltohuambo.example", "pt", "pt-AO", ["credit_hold"], "bruno",
     [("financas", "", "Finanças"), ("a.chipenda", "Adelino Chipenda", "Diretor financeiro")],
     [("92465", "3980.00", "USD", "2026-10-10", None)]),
]
