"""The field33 split's ERP: its own customers, contacts and invoices (written by hand, none shared with earlier splits).

Settings: a Highland hotel and a Welsh bakery, a Canadian medical clinic (strategic) and a Canadian freight firm on a
legal account, a florist in Napier, a Ghanaian logistics firm on credit hold, an IT reseller in Lahore, a Malaysian
restaurant group on a plan, a Dutch IT distributor writing English; a Berlin hotel, an Essen medical practice
(strategic), a Bochum haulier; a Lyon bakery, a Geneva medical practice on credit hold; a Madrid restaurant, a Venezuelan
IT reseller on a plan; an Antwerp florist and an Antwerp haulier (strategic); a Porto pastry shop and a São Paulo
clinic on credit hold.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("L3301", "Glenmorie House Hotel Ltd", "glenmorie-house.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("f.macleod", "Fiona MacLeod", "General Manager")],
     [("93301", "2840.00", "GBP", "2026-10-19", None), ("93302", "615.00", "GBP", "2026-11-09", None)]),
    ("L3302", "Pen-y-Bryn Bakery Ltd", "penybrynbakery.example", "en", "en-GB", [], "bruno",
     [("office", "", "Office"), ("g.pritchard", "Gethin Pritchard", "Owner")],
     [("93303", "1275.00", "GBP", "2026-10-21", None), ("93304", "388.00", "GBP", "2026-11-10", None)]),
    ("L3303", "Maple Ridge Medical Clinic", "mapleridgeclinic.example", "en", "en-CA", ["strategic"], "carla",
     [("ap", "", "Accounts Payable"), ("d.tremblay", "Dana Tremblay", "Clinic Administrator")],
     [("93305", "9860.00", "CAD", "2026-10-16", "MRC-5521"), ("93306", "1420.00", "CAD", "2026-11-06", "MRC-5588")]),
    ("L3304", "Harbourview Florists Ltd", "harbourviewflorists.example", "en", "en-NZ", [], "alice",
     [("accounts", "", "Accounts"), ("a.ngata", "Aroha Ngata", "Owner")],
     [("93307", "1960.00", "NZD", "2026-10-20", None)]),
    ("L3305", "Adjoa Logistics Ghana Ltd", "adjoalogistics.example", "en", "en-GH", ["credit_hold"], "bruno",
     [("finance", "", "Finance"), ("k.boateng", "Kwame Boateng", "Finance Manager")],
     [("93308", "7430.00", "USD", "2026-10-14", "ALG/PO/3310"), ("93309", "1185.00", "USD", "2026-11-05", "ALG/PO/3342")]),
    ("L3306", "Indus Byte Systems (Pvt) Ltd", "indusbyte.example", "en", "en-PK", [], "carla",
     [("accounts", "", "Accounts"), ("s.qureshi", "Sana Qureshi", "Accounts Officer")],
     [("93310", "5215.00", "USD", "2026-10-15", "IBS-PO-774"), ("93311", "940.00", "USD", "2026-11-04", "IBS-PO-781")]),
    ("L3307", "Selera Kitchen Sdn Bhd", "selerakitchen.example", "en", "en-MY", ["payment_plan"], "alice",
     [("accounts", "", "Accounts"), ("l.meiling", "Lim Mei Ling", "Finance Executive")],
     [("93312", "8640.00", "USD", "2026-09-30", None)]),
    ("L3308", "Van Dijk IT Distributie BV", "vandijk-it.example", "en", "en-NL", [], "bruno",
     [("crediteuren", "", "Crediteuren"), ("j.vandijk", "Joost van Dijk", "Financial Controller")],
     [("93313", "6720.00", "EUR", "2026-10-16", "VDIT-2260"), ("93314", "1045.00", "EUR", "2026-11-06", "VDIT-2291")]),
    ("L3309", "Tamarack Freight Inc", "tamarackfreight.example", "en", "en-CA", ["legal"], "carla",
     [("payables", "", "Payables"), ("r.ouellette", "Rick Ouellette", "Controller")],
     [("93315", "4390.00", "CAD", "2026-09-29", None)]),
    ("L3321", "Hotel am Kanal Berlin GmbH", "hotel-am-kanal.example", "de", "de-DE", [], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("k.lindner", "Katrin Lindner", "Direktorin")],
     [("93321", "3480.00", "EUR", "2026-10-19", None), ("93322", "720.00", "EUR", "2026-11-09", None)]),
    ("L3322", "Praxis Dr. Wiesmann", "praxis-wiesmann.example", "de", "de-DE", ["strategic"], "bruno",
     [("verwaltung", "", "Verwaltung"), ("h.wiesmann", "Dr. Heike Wiesmann", "Praxisinhaberin")],
     [("93323", "5620.00", "EUR", "2026-10-15", None)]),
    ("L3323", "Spedition Kruse Bochum GmbH", "spedition-kruse.example", "de", "de-DE", [], "carla",
     [("kreditoren", "", "Kreditoren"), ("t.kruse", "Thomas Kruse", "Geschäftsführer")],
     [("93324", "4150.00", "EUR", "2026-10-20", "SK-88410"), ("93325", "980.00", "EUR", "2026-11-06", "SK-88455")]),
    ("L3331", "Boulangerie des Pentes", "boulangerie-pentes.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("m.girard", "Mathilde Girard", "Gérante")],
     [("93331", "1890.00", "EUR", "2026-10-19", None), ("93332", "430.00", "EUR", "2026-11-09", None)]),
    ("L3332", "Cabinet médical des Pâquis", "cabinet-paquis.example", "fr", "fr-CH", ["credit_hold"], "bruno",
     [("administration", "", "Administration"), ("l.favre", "Laurent Favre", "Administrateur")],
     [("93333", "6240.00", "CHF", "2026-10-14", None)]),
    ("L3341", "Restaurante La Almudena SL", "la-almudena.example", "es", "es-ES", [], "carla",
     [("administracion", "", "Administración"), ("c.morales", "Carmen Morales", "Gerente")],
     [("93341", "2760.00", "EUR", "2026-10-20", None), ("93342", "510.00", "EUR", "2026-11-09", None)]),
    ("L3342", "Distribuidora Tecnológica Caroní CA", "caroni-tec.example", "es", "es-VE", ["payment_plan"], "alice",
     [("cxp", "", "Cuentas por pagar"), ("j.rangel", "José Rangel", "Administrador")],
     [("93343", "9180.00", "USD", "2026-09-30", None)]),
    ("L3351", "Bloemenhandel Schelde", "bloemen-schelde.example", "nl", "nl-BE", [], "bruno",
     [("boekhouding", "", "Boekhouding"), ("i.peeters", "Ilse Peeters", "Zaakvoerster")],
     [("93351", "1680.00", "EUR", "2026-10-19", None), ("93352", "395.00", "EUR", "2026-11-09", None)]),
    ("L3352", "Transport Verhaegen nv", "verhaegen-transport.example", "nl", "nl-BE", ["strategic"], "carla",
     [("facturatie", "", "Facturatie"), ("b.verhaegen", "Bart Verhaegen", "Financieel directeur")],
     [("93353", "8920.00", "EUR", "2026-10-15", "TV-20417")]),
    ("L3361", "Pastelaria Ribeira Lda", "pastelaria-ribeira.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("a.sousa", "Ana Sousa", "Gerente")],
     [("93361", "2140.00", "EUR", "2026-10-20", None), ("93362", "465.00", "EUR", "2026-11-09", None)]),
    ("L3362", "Clínica Paulista de Ortopedia Ltda", "clinicapaulista.example", "pt", "pt-BR", ["credit_hold"], "bruno",
     [("financeiro", "", "Financeiro"), ("r.nogueira", "Renata Nogueira", "Gerente financeira")],
     [("93363", "7310.00", "USD", "2026-10-13", None)]),
]
