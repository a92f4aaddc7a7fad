"""The field20 split's ERP: its own customers, contacts and invoices (written by hand, none shared with field … field19).

Settings unlike the earlier splits: a marine chandlery (GB), grain elevators in Kansas (strategic), textile printers in
Bengaluru on credit hold (Indian writers), an injection-mould maker in Kraków (Polish writers), a lighting maker in
Shenzhen (Chinese writers), dental clinics in Riyadh on a plan (Arabic-speaking writers), a Tuscan ceramics works
(Italian writers), a Scottish distillery on a legal account, a veterinary practice in Iowa, canoe outfitters in Ontario,
a Singapore freight forwarder and a Cebu call centre; a Bavarian bakery chain, an organ builder in Vorarlberg
(strategic) and an Engadin cable car on a plan; a Condroz brewery (BE), a Jura watchmaker on a legal account (CH) and a
Casablanca logistics firm; a Galician cannery, a Colombian flower grower on credit hold and a Chiloé salmon farm; a
Frisian sailmaker and a Bruges chocolatier (strategic); an Alentejo cork works and a Brazilian veterinary clinic on a plan.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("S2001", "Tidewater Marine Chandlery Ltd", "tidewater-chandlery.example", "en", "en-GB", [], "carla",
     [("accounts", "", "Accounts"), ("j.pengelly", "Jenna Pengelly", "Office Manager")],
     [("20011", "2480.00", "GBP", "2026-10-15", None), ("20012", "615.50", "GBP", "2026-11-05", None)]),
    ("S2002", "Prairie Gold Grain Elevators Inc", "prairiegoldgrain.example", "en", "en-US", ["strategic"], "alice",
     [("ap", "", "Accounts Payable"), ("d.lindqvist", "Dale Lindqvist", "Controller")],
     [("20021", "18640.00", "USD", "2026-10-09", "PGG-55102"), ("20022", "3120.00", "USD", "2026-11-02", "PGG-55187")]),
    ("S2003", "Nandi Hills Textile Printers Pvt Ltd", "nandihillsprint.example", "en", "en-IN", ["credit_hold"], "bruno",
     [("accounts", "", "Accounts"), ("r.iyer", "Ramesh Iyer", "Finance Manager")],
     [("20031", "6750.00", "USD", "2026-10-12", "NHT/PO/2231"), ("20032", "1290.00", "USD", "2026-11-04", "NHT/PO/2260")]),
    ("S2004", "Wisła Precision Moulds Sp. z o.o.", "wislamoulds.example", "en", "en-PL", [], "carla",
     [("ksiegowosc", "", "Accounting"), ("k.nowak", "Katarzyna Nowak", "Chief Accountant")],
     [("20041", "4390.00", "EUR", "2026-10-14", None), ("20042", "870.00", "EUR", "2026-11-05", None)]),
    ("S2005", "Pearl Delta Lighting Co Ltd", "pearldeltalighting.example", "en", "en-CN", [], "alice",
     [("finance", "", "Finance"), ("l.wei", "Liu Wei", "Finance Supervisor")],
     [("20051", "9860.00", "USD", "2026-10-13", None), ("20052", "1475.00", "USD", "2026-11-03", None)]),
    ("S2006", "Al Noor Dental Clinics Co", "alnoordental.example", "en", "en-SA", ["payment_plan"], "bruno",
     [("accounts", "", "Accounts"), ("f.alharbi", "Faisal Al-Harbi", "Finance Director")],
     [("20061", "15300.00", "USD", "2026-09-29", None)]),
    ("S2007", "Ceramiche Val d'Orcia Srl", "ceramichevaldorcia.example", "en", "en-IT", [], "carla",
     [("amministrazione", "", "Administration"), ("g.bellini", "Giulia Bellini", "Administration Manager")],
     [("20071", "3740.00", "EUR", "2026-10-16", None), ("20072", "520.00", "EUR", "2026-11-06", None)]),
    ("S2008", "Glenbrack Distillery Ltd", "glenbrack.example", "en", "en-GB", ["legal"], "alice",
     [("office", "", "Office"), ("a.macrae", "Angus MacRae", "Managing Director")],
     [("20081", "8215.00", "GBP", "2026-09-30", None)]),
    ("S2009", "Blue Heron Veterinary PLLC", "blueheronvet.example", "en", "en-US", [], "bruno",
     [("frontdesk", "", "Front Desk"), ("m.olsen", "Marcy Olsen", "Practice Manager")],
     [("20091", "2960.00", "USD", "2026-10-15", None), ("20092", "845.00", "USD", "2026-11-05", None)]),
    ("S2010", "Muskoka Canoe Outfitters Inc", "muskokacanoe.example", "en", "en-CA", [], "carla",
     [("office", "", "Office"), ("b.tremblay", "Brent Tremblay", "Owner")],
     [("20101", "5210.00", "CAD", "2026-10-14", None)]),
    ("S2011", "Lionsgate Freight Forwarding Pte Ltd", "lionsgatefreight.example", "en", "en-SG", [], "alice",
     [("ap", "", "Accounts Payable"), ("s.tan", "Sharon Tan", "Finance Executive")],
     [("20111", "7430.00", "USD", "2026-10-12", "LGF-PO-8812"), ("20112", "960.00", "USD", "2026-11-04", "LGF-PO-8840")]),
    ("S2012", "Visayas Contact Solutions Inc", "visayascontact.example", "en", "en-PH", [], "bruno",
     [("payables", "", "Payables"), ("j.delacruz", "Joy Dela Cruz", "AP Supervisor")],
     [("20121", "4120.00", "USD", "2026-10-15", None)]),
    ("S2021", "Bäckerei Huber & Söhne GmbH", "baeckerei-huber.example", "de", "de-DE", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("t.huber", "Thomas Huber", "Geschäftsführer")],
     [("20211", "2870.00", "EUR", "2026-10-15", None), ("20212", "540.00", "EUR", "2026-11-05", None)]),
    ("S2022", "Orgelbau Feldkirch GmbH", "orgelbau-feldkirch.example", "de", "de-AT", ["strategic"], "alice",
     [("rechnungswesen", "", "Rechnungswesen"), ("e.gasser", "Elisabeth Gasser", "Prokuristin")],
     [("20221", "13950.00", "EUR", "2026-10-09", "OF-2026-118")]),
    ("S2023", "Luftseilbahn Engadin AG", "seilbahn-engadin.example", "de", "de-CH", ["payment_plan"], "bruno",
     [("kreditoren", "", "Kreditoren"), ("c.caduff", "Curdin Caduff", "Leiter Finanzen")],
     [("20231", "22400.00", "CHF", "2026-09-28", None)]),
    ("S2031", "Brasserie artisanale du Condroz SRL", "brasserie-condroz.example", "fr", "fr-BE", [], "carla",
     [("compta", "", "Comptabilité"), ("m.lambert", "Marc Lambert", "Gérant")],
     [("20311", "3260.00", "EUR", "2026-10-14", None), ("20312", "480.00", "EUR", "2026-11-05", None)]),
    ("S2032", "Horlogerie Jeanneret SA", "jeanneret-horlogerie.example", "fr", "fr-CH", ["legal"], "alice",
     [("comptabilite", "", "Comptabilité"), ("n.jeanneret", "Nathalie Jeanneret", "Directrice")],
     [("20321", "9480.00", "CHF", "2026-09-30", None)]),
    ("S2033", "Atlas Riad Logistique SARL", "atlasriad-logistique.example", "fr", "fr-MA", [], "bruno",
     [("finance", "", "Finance"), ("y.benali", "Youssef Benali", "Responsable financier")],
     [("20331", "4870.00", "EUR", "2026-10-13", None), ("20332", "1130.00", "EUR", "2026-11-04", None)]),
    ("S2041", "Conservas Ría de Arousa SL", "conservas-arousa.example", "es", "es-ES", [], "carla",
     [("administracion", "", "Administración"), ("m.otero", "María Otero", "Responsable de administración")],
     [("20411", "5630.00", "EUR", "2026-10-14", None), ("20412", "790.00", "EUR", "2026-11-05", None)]),
    ("S2042", "Floricultura La Sabana SAS", "florlasabana.example", "es", "es-CO", ["credit_hold"], "alice",
     [("cxp", "", "Cuentas por pagar"), ("a.restrepo", "Andrés Restrepo", "Director financiero")],
     [("20421", "10260.00", "USD", "2026-10-10", "FLS-OC-3310")]),
    ("S2043", "Salmonera Chiloé SpA", "salmonerachiloe.example", "es", "es-CL", [], "bruno",
     [("finanzas", "", "Finanzas"), ("c.vargas", "Camila Vargas", "Jefa de finanzas")],
     [("20431", "6180.00", "USD", "2026-10-13", None), ("20432", "925.00", "USD", "2026-11-04", None)]),
    ("S2051", "Zeilmakerij De Wadden", "zeilmakerij-wadden.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("j.dijkstra", "Jelle Dijkstra", "Eigenaar")],
     [("20511", "2340.00", "EUR", "2026-10-15", None), ("20512", "415.00", "EUR", "2026-11-05", None)]),
    ("S2052", "Chocolaterie Van Damme nv", "chocolaterie-vandamme.example", "nl", "nl-BE", ["strategic"], "alice",
     [("boekhouding", "", "Boekhouding"), ("l.vandamme", "Lieve Van Damme", "Financieel directeur")],
     [("20521", "11870.00", "EUR", "2026-10-12", "VD-BO-4471")]),
    ("S2061", "Cortiças do Alentejo Lda", "corticas-alentejo.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("a.pires", "Ana Pires", "Diretora financeira")],
     [("20611", "6540.00", "EUR", "2026-10-14", None), ("20612", "880.00", "EUR", "2026-11-05", None)]),
    ("S2062", "Clínica Veterinária Ipê Ltda", "clinicaipe.example", "pt", "pt-BR", ["payment_plan"], "carla",
     [("financeiro", "", "Financeiro"), ("r.moraes", "Renata Moraes", "Sócia-administradora")],
     [("20621", "7920.00", "USD", "2026-10-02", None)]),
]
