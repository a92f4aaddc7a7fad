"""The field39 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

Mining and energy suppliers, dental laboratories, bakeries, architecture firms, small municipalities, marinas and
language schools: a Tarkwa mining supplier on credit hold (GH), a Kandy dental laboratory (LK), a Sylhet bakery on a
plan (BD), a Port Antonio marina (JM), a Kowloon language centre (HK, strategic), an Inverness architecture practice
(GB), a Texas oilfield energy-services firm (US, month-first); a Leipzig bakery and a Tyrolean municipality
(strategic); a Marseille architecture practice and a Geneva language school on credit hold; a Guayaquil dental
laboratory and a Barcelona bakery on a plan; a Ghent marina and a Groningen heat supplier on a legal account; a Recife
dental laboratory and an Azorean municipality.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2027-01-16"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("E3901", "Tarkwa Ridge Mining Supplies Ltd", "tarkwaridge.example", "en", "en-GH", ["credit_hold"], "alice",
     [("accounts", "", "Accounts Payable"), ("k.asante", "Kwabena Asante", "Finance Manager")],
     [("93901", "18450.00", "USD", "2026-11-30", "TRM/PO/2026/0417"), ("93902", "3120.00", "USD", "2026-12-15", None)]),
    ("E3902", "Kandy Dental Ceramics (Pvt) Ltd", "kandydentalceramics.example", "en", "en-LK", [], "bruno",
     [("accounts", "", "Accounts"), ("n.perera", "Nilmini Perera", "Accountant")],
     [("93903", "2860.00", "USD", "2026-12-04", None), ("93904", "745.00", "USD", "2026-12-18", None)]),
    ("E3903", "Golden Crust Bakers Sylhet Ltd", "goldencrustsylhet.example", "en", "en-BD", ["payment_plan"], "carla",
     [("accounts", "", "Accounts"), ("r.chowdhury", "Rafiqul Islam Chowdhury", "Director Finance")],
     [("93905", "9600.00", "USD", "2026-10-30", None)]),
    ("E3904", "Port Antonio Marina & Boatyard Ltd", "portantoniomarina.example", "en", "en-JM", [], "alice",
     [("office", "", "Office"), ("d.campbell", "Delroy Campbell", "Marina Manager")],
     [("93906", "4275.00", "USD", "2026-12-01", None), ("93907", "960.00", "USD", "2026-12-21", None)]),
    ("E3905", "Kowloon Bay Language Centre Ltd", "kblc.example", "en", "en-HK", ["strategic"], "bruno",
     [("accounts", "", "Accounts"), ("w.chan", "Winnie Chan", "Finance & Admin Manager")],
     [("93908", "12300.00", "HKD", "2026-12-10", "KBLC-PO-26118"), ("93909", "2480.00", "HKD", "2026-12-22", None)]),
    ("E3906", "MacLeod Grant Architects LLP", "macleodgrant.example", "en", "en-GB", [], "carla",
     [("accounts", "", "Accounts"), ("f.macleod", "Fiona MacLeod", "Practice Manager")],
     [("93910", "3940.00", "GBP", "2026-12-04", None), ("93911", "610.00", "GBP", "2026-12-18", None)]),
    ("E3907", "Pecos Basin Energy Services LLC", "pecosbasinenergy.example", "en", "en-US", [], "alice",
     [("ap", "", "Accounts Payable"), ("j.whitfield", "Jolene Whitfield", "AP Supervisor")],
     [("93912", "27650.00", "USD", "2026-12-07", "PBE-44871"), ("93913", "1875.00", "USD", "2026-12-21", "PBE-45102")]),
    ("E3921", "Bäckerei Kühne GmbH", "baeckerei-kuehne.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("t.kuehne", "Thomas Kühne", "Geschäftsführer")],
     [("93921", "2340.00", "EUR", "2026-12-03", None), ("93922", "485.00", "EUR", "2026-12-17", None)]),
    ("E3922", "Gemeinde Mieders", "gemeinde-mieders.example", "de", "de-AT", ["strategic"], "carla",
     [("gemeindeamt", "", "Gemeindeamt"), ("a.pittl", "Andrea Pittl", "Amtsleiterin")],
     [("93923", "6780.00", "EUR", "2026-12-09", "GM-2026-118")]),
    ("E3931", "Atelier Calanques Architectes", "calanques-archi.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("s.giraud", "Sophie Giraud", "Assistante de gestion")],
     [("93931", "5120.00", "EUR", "2026-12-02", None), ("93932", "870.00", "EUR", "2026-12-16", None)]),
    ("E3932", "École de langues Léman Sàrl", "ecole-leman.example", "fr", "fr-CH", ["credit_hold"], "bruno",
     [("administration", "", "Administration"), ("p.dubois", "Pascal Dubois", "Directeur administratif")],
     [("93933", "4460.00", "CHF", "2026-11-27", None)]),
    ("E3941", "Laboratorio Dental Sonrisa Andina Cía. Ltda.", "sonrisa-andina.example", "es", "es-EC", [], "carla",
     [("contabilidad", "", "Contabilidad"), ("m.zambrano", "María José Zambrano", "Contadora")],
     [("93941", "3380.00", "USD", "2026-12-05", None), ("93942", "640.00", "USD", "2026-12-19", None)]),
    ("E3942", "Forn de Pa Sant Gervasi SL", "forn-santgervasi.example", "es", "es-ES", ["payment_plan"], "alice",
     [("administracion", "", "Administración"), ("j.puig", "Jordi Puig", "Gerente")],
     [("93943", "7200.00", "EUR", "2026-10-31", None)]),
    ("E3951", "Jachthaven De Watersportbaan vzw", "jachthaven-watersportbaan.example", "nl", "nl-BE", [], "bruno",
     [("boekhouding", "", "Boekhouding"), ("k.devos", "Katrien De Vos", "Havenadministratie")],
     [("93951", "3150.00", "EUR", "2026-12-04", None), ("93952", "520.00", "EUR", "2026-12-18", None)]),
    ("E3952", "Warmtebedrijf Hunze BV", "warmtebedrijf-hunze.example", "nl", "nl-NL", ["legal"], "carla",
     [("crediteuren", "", "Crediteuren"), ("r.bakker", "Roelof Bakker", "Controller")],
     [("93953", "14980.00", "EUR", "2026-11-20", None)]),
    ("E3961", "Laboratório de Prótese Capibaribe Ltda", "protese-capibaribe.example", "pt", "pt-BR", [], "alice",
     [("financeiro", "", "Financeiro"), ("a.cavalcanti", "Ana Cavalcanti", "Gerente financeira")],
     [("93961", "2790.00", "USD", "2026-12-03", None), ("93962", "455.00", "USD", "2026-12-17", None)]),
    ("E3962", "Município da Povoação", "municipio-povoacao.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("h.medeiros", "Helena Medeiros", "Chefe da Divisão Financeira")],
     [("93963", "5840.00", "EUR", "2026-12-10", "CM-POV-2026/311")]),
]
