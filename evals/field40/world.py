"""The field40 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Translation agencies, gyms and sports clubs, craft breweries, aviation maintenance shops, fishing companies, NGOs and
florists' wholesalers: an Oslo translation agency, an Ålesund fishing company (credit hold), a Gothenburg strength-sports
club, a Malmö craft brewery (strategic), a Finnish aviation maintenance shop at Lappeenranta, a Helsinki translation
agency, a Dnipro aid foundation on a plan, a Lviv aircraft maintenance company, an Addis Ababa flower exporter, an
Ethiopian relief NGO, a Welsh craft brewery, a Cardiff chain of gyms and a Houston fishing company on a legal account and
a Houston aviation services firm (all writing English); a Stuttgart translation agency and a South Tyrol brewery
(strategic); a Toulouse aircraft maintenance shop and a Dakar fishing company (credit hold); a Valencia sports club and a
Costa Rican florists' wholesaler on a plan; a Brabant craft brewery and a Curaçao foundation; a Coimbra translation
agency and a Brasília gym.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2027-07-10"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("D4001", "Nordlys Oversettelser AS", "nordlys-oversett.example", "en", "en-NO", [], "alice",
     [("regnskap", "", "Accounting"), ("i.haugen", "Ingrid Haugen", "Office Manager")],
     [("94001", "3450.00", "EUR", "2027-06-04", None), ("94002", "780.00", "EUR", "2027-06-18", None)]),
    ("D4002", "Fjordfisk Sjømat AS", "fjordfisk.example", "en", "en-NO", ["credit_hold"], "bruno",
     [("faktura", "", "Accounts Payable"), ("o.brekke", "Ola Brekke", "CFO")],
     [("94003", "12680.00", "EUR", "2027-05-28", "FF-4471")]),
    ("D4003", "Göta Kraftsportklubb", "gotakraft.example", "en", "en-SE", [], "carla",
     [("kassor", "", "Treasurer"), ("m.lindqvist", "Maja Lindqvist", "Club Manager")],
     [("94004", "1960.00", "EUR", "2027-06-07", None), ("94005", "340.00", "EUR", "2027-06-21", None)]),
    ("D4004", "Malmö Humlebryggeri AB", "malmohumle.example", "en", "en-SE", ["strategic"], "alice",
     [("ekonomi", "", "Finance"), ("j.bergstrom", "Johan Bergström", "Finance Director")],
     [("94006", "18240.00", "EUR", "2027-05-31", "MHB-PO-2203"), ("94007", "2475.00", "EUR", "2027-06-14", "MHB-PO-2219")]),
    ("D4005", "Saimaa Aviation Technics Oy", "saimaa-avtech.example", "en", "en-FI", [], "bruno",
     [("ostolaskut", "", "Purchase Ledger"), ("t.virtanen", "Tuomas Virtanen", "Finance Manager")],
     [("94008", "9870.00", "EUR", "2027-06-02", "SAT-27-0611"), ("94009", "1415.00", "EUR", "2027-06-16", "SAT-27-0654")]),
    ("D4006", "Kielisilta Language Services Oy", "kielisilta.example", "en", "en-FI", [], "carla",
     [("laskut", "", "Invoices"), ("a.korhonen", "Aino Korhonen", "CEO")],
     [("94010", "2230.00", "EUR", "2027-06-09", None)]),
    ("D4007", "Dnipro Aid Foundation", "dniproaid.example", "en", "en-UA", ["payment_plan"], "alice",
     [("finance", "", "Finance"), ("o.kovalenko", "Oksana Kovalenko", "Finance Officer")],
     [("94011", "14400.00", "USD", "2027-04-30", None)]),
    ("D4008", "Lviv Wings MRO LLC", "lvivwings.example", "en", "en-UA", [], "bruno",
     [("accounting", "", "Accounting"), ("a.melnyk", "Andriy Melnyk", "Chief Accountant")],
     [("94012", "7320.00", "USD", "2027-06-01", "LW-0927"), ("94013", "1180.00", "USD", "2027-06-15", "LW-0951")]),
    ("D4009", "Addis Rose Flower Export PLC", "addisrose.example", "en", "en-ET", [], "carla",
     [("finance", "", "Finance"), ("h.tesfaye", "Hanna Tesfaye", "Finance Head")],
     [("94014", "5640.00", "USD", "2027-06-03", None), ("94015", "920.00", "USD", "2027-06-17", None)]),
    ("D4010", "Tana Relief Partnership", "tanarelief.example", "en", "en-ET", [], "alice",
     [("accounts", "", "Accounts"), ("d.bekele", "Dawit Bekele", "Grants & Finance Manager")],
     [("94016", "4380.00", "USD", "2027-06-05", "TRP-GR-118")]),
    ("D4011", "Cwrw Castell Brewing Co Ltd", "cwrwcastell.example", "en", "en-GB", [], "bruno",
     [("accounts", "", "Accounts"), ("g.pritchard", "Gareth Pritchard", "Director")],
     [("94017", "2890.00", "GBP", "2027-06-04", None), ("94018", "615.00", "GBP", "2027-06-18", None)]),
    ("D4012", "Dragon Fitness Centres Ltd", "dragonfitness.example", "en", "en-GB", [], "carla",
     [("payables", "", "Payables"), ("s.morgan", "Sian Morgan", "Finance Manager")],
     [("94019", "6150.00", "GBP", "2027-06-01", "DFC-3380"), ("94020", "1240.00", "GBP", "2027-06-15", "DFC-3412")]),
    ("D4013", "Bayou City Gulf Fisheries LLC", "bayoucitygulf.example", "en", "en-US", ["legal"], "alice",
     [("ap", "", "Accounts Payable"), ("r.delacruz", "Ray Delacruz", "Owner")],
     [("94021", "8760.00", "USD", "2027-05-14", None)]),
    ("D4014", "Lone Star Aero Services LLC", "lonestaraero.example", "en", "en-US", [], "bruno",
     [("payables", "", "Accounts Payable"), ("k.whitfield", "Kayla Whitfield", "AP Supervisor")],
     [("94022", "11460.00", "USD", "2027-06-01", "LSA-55102"), ("94023", "1895.00", "USD", "2027-06-15", "LSA-55187")]),
    ("D4021", "Übersetzungsbüro Neckarwort GmbH", "neckarwort.example", "de", "de-DE", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("c.schaible", "Claudia Schaible", "Geschäftsführerin")],
     [("94024", "3120.00", "EUR", "2027-06-04", None), ("94025", "540.00", "EUR", "2027-06-18", None)]),
    ("D4022", "Brauerei Schlernbräu", "schlernbraeu.example", "de", "de-IT", ["strategic"], "alice",
     [("verwaltung", "", "Verwaltung"), ("p.pichler", "Peter Pichler", "Kaufmännischer Leiter")],
     [("94026", "15780.00", "EUR", "2027-05-31", "SB-2027-088"), ("94027", "2160.00", "EUR", "2027-06-14", "SB-2027-101")]),
    ("D4031", "Aéro Maintenance Garonne SAS", "aero-garonne.example", "fr", "fr-FR", [], "bruno",
     [("comptabilite", "", "Comptabilité fournisseurs"), ("s.fabre", "Sylvie Fabre", "Responsable comptable")],
     [("94028", "8940.00", "EUR", "2027-06-02", "AMG-BC-7730"), ("94029", "1370.00", "EUR", "2027-06-16", "AMG-BC-7764")]),
    ("D4032", "Pêcheries de la Petite-Côte SA", "pecheries-petitecote.example", "fr", "fr-SN", ["credit_hold"], "carla",
     [("compta", "", "Comptabilité"), ("a.diop", "Awa Diop", "Directrice financière")],
     [("94030", "10250.00", "EUR", "2027-05-20", None)]),
    ("D4041", "Club Deportivo Turia", "cdturia.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("v.ferrer", "Vicent Ferrer", "Gerente")],
     [("94031", "2740.00", "EUR", "2027-06-04", None), ("94032", "465.00", "EUR", "2027-06-18", None)]),
    ("D4042", "Flores del Valle Central S.A.", "floresvallecentral.example", "es", "es-CR", ["payment_plan"], "bruno",
     [("contabilidad", "", "Contabilidad"), ("m.solano", "Mariela Solano", "Jefa financiera")],
     [("94033", "8100.00", "USD", "2027-05-15", None)]),
    ("D4051", "Bierbrouwerij De Meierij", "demeierij.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("b.vanderheijden", "Bram van der Heijden", "Eigenaar")],
     [("94034", "4560.00", "EUR", "2027-06-04", None), ("94035", "690.00", "EUR", "2027-06-18", None)]),
    ("D4052", "Stichting Kas di Esperansa", "kasdiesperansa.example", "nl", "nl-CW", [], "alice",
     [("financien", "", "Financiën"), ("r.martina", "Roxanne Martina", "Penningmeester")],
     [("94036", "3980.00", "USD", "2027-06-01", None)]),
    ("D4061", "Traduções Mondego Lda", "traducoes-mondego.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("i.carvalho", "Inês Carvalho", "Gerente")],
     [("94037", "2680.00", "EUR", "2027-06-04", None), ("94038", "430.00", "EUR", "2027-06-18", None)]),
    ("D4062", "Academia Cerrado Fitness Ltda", "cerradofitness.example", "pt", "pt-BR", [], "carla",
     [("financeiro", "", "Financeiro"), ("l.rocha", "Leandro Rocha", "Sócio-administrador")],
     [("94039", "5230.00", "USD", "2027-06-02", None), ("94040", "760.00", "USD", "2027-06-16", None)]),
]
