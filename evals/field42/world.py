"""The field42 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

Voices: an IT consultancy in Abuja, a haulier in Mombasa (credit hold), a sailing club in Malta, a cosmetics distributor
in Cyprus (strategic), a medical lab in Romania, a private school in Kraków (payment plan), a London garden centre and a
London haulier (strategic), a Boston medical lab and a Boston kindergarten; a Munich garden centre and IT consultancy
(strategic), a Viennese haulier (credit hold); a Quebec sailing club and a Paris cosmetics distributor (payment plan);
a Chilean medical lab and a Peruvian kindergarten (credit hold); an Amsterdam IT consultancy and an Antwerp haulier
(strategic); a São Paulo garden centre and a Porto private school (strategic).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2027-05-29"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("B4201", "Zuma Rock IT Consulting Ltd", "zumarock-it.example", "en", "en-NG", [], "alice",
     [("accounts", "", "Accounts"), ("c.okonkwo", "Chidinma Okonkwo", "Finance Manager")],
     [("94201", "4820.00", "USD", "2027-04-20", "ZR-PO-1187"), ("94202", "960.00", "USD", "2027-05-07", None)]),
    ("B4202", "Tudor Creek Haulage Ltd", "tudorcreekhaulage.example", "en", "en-KE", ["credit_hold"], "bruno",
     [("finance", "", "Finance"), ("a.baraka", "Amina Baraka", "Finance Officer")],
     [("94203", "7310.00", "USD", "2027-04-16", None), ("94204", "1245.00", "USD", "2027-05-06", None)]),
    ("B4203", "Marsamxett Sailing Club", "marsamxettsailing.example", "en", "en-MT", [], "carla",
     [("treasurer", "", "Treasurer"), ("j.camilleri", "Joseph Camilleri", "Hon. Treasurer")],
     [("94205", "2140.00", "EUR", "2027-04-22", None), ("94206", "385.00", "EUR", "2027-05-10", None)]),
    ("B4204", "Limassol Beauty Distributors Ltd", "limassolbeauty.example", "en", "en-CY", ["strategic"], "alice",
     [("ap", "", "Accounts Payable"), ("e.georgiou", "Elena Georgiou", "Financial Controller")],
     [("94207", "16480.00", "EUR", "2027-04-15", "LBD-4471"), ("94208", "2230.00", "EUR", "2027-05-05", "LBD-4519")]),
    ("B4205", "Laborator Medica Somes SRL", "medica-somes.example", "en", "en-RO", [], "bruno",
     [("contabilitate", "", "Accounting"), ("m.dumitru", "Mihaela Dumitru", "Economist")],
     [("94209", "3675.00", "EUR", "2027-04-19", None), ("94210", "540.00", "EUR", "2027-05-07", None)]),
    ("B4206", "Wawel Hill International School", "wawelhillschool.example", "en", "en-PL", ["payment_plan"], "carla",
     [("bursar", "", "Bursar"), ("k.nowak", "Katarzyna Nowak", "Bursar")],
     [("94211", "11900.00", "EUR", "2027-03-31", None)]),
    ("B4207", "Highbury Fields Garden Centre Ltd", "highburyfieldsgc.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("r.pemberton", "Rosalind Pemberton", "Office Manager")],
     [("94212", "2865.00", "GBP", "2027-04-21", None), ("94213", "412.50", "GBP", "2027-05-07", None)]),
    ("B4208", "Thameside Haulage Ltd", "thamesidehaulage.example", "en", "en-GB", ["strategic"], "bruno",
     [("purchaseledger", "", "Purchase Ledger"), ("d.okafor", "Daniel Okafor", "Finance Director")],
     [("94214", "18750.00", "GBP", "2027-04-14", "THL-22904"), ("94215", "3120.00", "GBP", "2027-05-04", "THL-23011")]),
    ("B4209", "Back Bay Clinical Labs Inc", "backbayclinical.example", "en", "en-US", [], "carla",
     [("ap", "", "Accounts Payable"), ("s.mcgrath", "Sean McGrath", "AP Supervisor")],
     [("94216", "6240.00", "USD", "2027-04-18", "BBCL-88031"), ("94217", "1180.00", "USD", "2027-05-06", "BBCL-88102")]),
    ("B4210", "Beacon Hill Montessori School", "beaconhillmontessori.example", "en", "en-US", [], "alice",
     [("office", "", "Business Office"), ("l.whitaker", "Laura Whitaker", "Business Manager")],
     [("94218", "2975.00", "USD", "2027-04-23", None)]),
    ("B4221", "Gartencenter Isarauen GmbH", "gartencenter-isarauen.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("f.huber", "Franziska Huber", "Geschäftsführerin")],
     [("94221", "3480.00", "EUR", "2027-04-20", None), ("94222", "715.00", "EUR", "2027-05-07", None)]),
    ("B4222", "Spedition Donaukanal GmbH", "spedition-donaukanal.example", "de", "de-AT", ["credit_hold"], "carla",
     [("rechnungswesen", "", "Rechnungswesen"), ("g.pichler", "Gerhard Pichler", "Prokurist")],
     [("94223", "9260.00", "EUR", "2027-04-16", None)]),
    ("B4223", "Schwabinger IT-Beratung GmbH", "schwabinger-it.example", "de", "de-DE", ["strategic"], "alice",
     [("kreditoren", "", "Kreditoren"), ("t.brandl", "Thomas Brandl", "Leiter Rechnungswesen")],
     [("94224", "14300.00", "EUR", "2027-04-15", "SIB-7720"), ("94225", "1890.00", "EUR", "2027-05-06", "SIB-7764")]),
    ("B4231", "Club de voile de Lévis", "voile-levis.example", "fr", "fr-CA", [], "bruno",
     [("tresorerie", "", "Trésorerie"), ("m.gagnon", "Marc-André Gagnon", "Trésorier")],
     [("94231", "2680.00", "CAD", "2027-04-21", None), ("94232", "455.00", "CAD", "2027-05-07", None)]),
    ("B4232", "Cosmétiques Lumière Distribution SAS", "lumiere-cosmetiques.example", "fr", "fr-FR", ["payment_plan"], "carla",
     [("comptabilite", "", "Comptabilité fournisseurs"), ("a.leroux", "Audrey Leroux", "Responsable comptable")],
     [("94233", "8940.00", "EUR", "2027-04-12", None), ("94234", "1320.00", "EUR", "2027-05-05", None)]),
    ("B4241", "Laboratorio Clínico Providencia SpA", "labprovidencia.example", "es", "es-CL", [], "alice",
     [("pagos", "", "Pagos a proveedores"), ("c.munoz", "Constanza Muñoz", "Jefa de Finanzas")],
     [("94241", "5130.00", "USD", "2027-04-19", "LCP-OC-3302"), ("94242", "790.00", "USD", "2027-05-06", None)]),
    ("B4242", "Nido Los Girasoles SAC", "nidolosgirasoles.example", "es", "es-PE", ["credit_hold"], "bruno",
     [("administracion", "", "Administración"), ("r.quispe", "Rosa Quispe", "Administradora")],
     [("94243", "2460.00", "USD", "2027-04-17", None)]),
    ("B4251", "Grachtengordel IT-advies BV", "grachtengordel-it.example", "nl", "nl-NL", [], "carla",
     [("crediteuren", "", "Crediteurenadministratie"), ("s.devries", "Sanne de Vries", "Controller")],
     [("94251", "4390.00", "EUR", "2027-04-20", None), ("94252", "625.00", "EUR", "2027-05-07", None)]),
    ("B4252", "Transport Scheldezicht bv", "scheldezicht-transport.example", "nl", "nl-BE", ["strategic"], "alice",
     [("boekhouding", "", "Boekhouding"), ("p.janssens", "Pieter Janssens", "Financieel directeur")],
     [("94253", "12780.00", "EUR", "2027-04-14", "TSZ-5580")]),
    ("B4261", "Garden Center Vila Madalena Ltda", "gcvilamadalena.example", "pt", "pt-BR", [], "bruno",
     [("financeiro", "", "Financeiro"), ("t.rocha", "Thiago Rocha", "Gerente financeiro")],
     [("94261", "3960.00", "USD", "2027-04-20", None), ("94262", "610.00", "USD", "2027-05-06", None)]),
    ("B4262", "Colégio da Foz Lda", "colegiodafoz.example", "pt", "pt-PT", ["strategic"], "carla",
     [("tesouraria", "", "Tesouraria"), ("i.moreira", "Inês Moreira", "Diretora administrativa")],
     [("94263", "7420.00", "EUR", "2027-04-15", None), ("94264", "980.00", "EUR", "2027-05-05", None)]),
]
