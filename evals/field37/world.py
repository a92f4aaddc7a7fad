"""The field37 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

Construction subcontractors (Sydney formwork, Paramaribo builder), private clinics and pharmacies (Karachi clinic, a
Manila pharmacy chain on credit hold, a Swiss private clinic, strategic, a Colombian drugstore chain), law and accounting
firms (a Toronto law firm, a New York CPA firm, a Luxembourg fiduciary, a Lisbon law firm on a legal account), nonprofits
and charities (a Nairobi children's trust on a plan, a Rotterdam food bank), agricultural co-ops (Canterbury growers,
strategic; a Maule valley co-op), retail chains (Melbourne outdoor stores, Montreal boutiques on credit hold) and event
companies (Singapore staging, Berlin event technology, Luanda events).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-12-12"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("G3701", "Ironbark Formwork Pty Ltd", "ironbarkformwork.example", "en", "en-AU", [], "alice",
     [("accounts", "", "Accounts"), ("s.doyle", "Shane Doyle", "Director")],
     [("93701", "18460.00", "AUD", "2026-10-30", "IBF-5521"), ("93702", "2315.50", "AUD", "2026-11-13", None)]),
    ("G3702", "Waimate Growers Co-operative Ltd", "waimategrowers.example", "en", "en-NZ", ["strategic"], "bruno",
     [("accounts", "", "Accounts"), ("a.tipene", "Aroha Tipene", "Finance Manager")],
     [("93703", "9870.00", "NZD", "2026-10-28", None), ("93704", "1245.00", "NZD", "2026-11-16", None)]),
    ("G3703", "Beaumont Kerr LLP", "beaumontkerr.example", "en", "en-CA", [], "carla",
     [("ap", "", "Accounts Payable"), ("p.raman", "Priya Raman", "Office Administrator")],
     [("93705", "4120.00", "CAD", "2026-10-31", None), ("93706", "780.00", "CAD", "2026-11-14", None)]),
    ("G3704", "MedSuki Pharmacy Corporation", "medsuki.example", "en", "en-PH", ["credit_hold"], "alice",
     [("payables", "", "Accounts Payable"), ("k.delacruz", "Ma. Kristine Dela Cruz", "AP Supervisor")],
     [("93707", "12640.00", "USD", "2026-10-20", "MSP-PO-30418"), ("93708", "1930.00", "USD", "2026-11-10", None)]),
    ("G3705", "Al-Shifa Family Clinic (Pvt) Ltd", "alshifaclinic.example", "en", "en-PK", [], "bruno",
     [("accounts", "", "Accounts"), ("f.qureshi", "Dr. Farhan Qureshi", "Administrator")],
     [("93709", "3460.00", "USD", "2026-10-29", None), ("93710", "615.00", "USD", "2026-11-12", None)]),
    ("G3706", "Tumaini Children's Trust", "tumainitrust.example", "en", "en-KE", ["payment_plan"], "carla",
     [("finance", "", "Finance"), ("g.wambui", "Grace Wambui", "Finance & Admin Officer")],
     [("93711", "7800.00", "USD", "2026-09-30", None)]),
    ("G3707", "Lumen Stage & Events Pte Ltd", "lumenstage.example", "en", "en-SG", [], "alice",
     [("finance", "", "Finance"), ("j.teo", "Jasmine Teo", "Finance Executive")],
     [("93712", "6240.00", "SGD", "2026-10-27", None), ("93713", "1180.00", "SGD", "2026-11-17", None)]),
    ("G3708", "Halpern Weiss & Co. CPAs", "halpernweiss.example", "en", "en-US", [], "bruno",
     [("ap", "", "Accounts Payable"), ("d.russo", "Diane Russo", "Office Manager")],
     [("93714", "5375.00", "USD", "2026-10-30", None), ("93715", "940.00", "USD", "2026-11-15", None)]),
    ("G3709", "Coastline Outfitters Pty Ltd", "coastlineoutfitters.example", "en", "en-AU", [], "carla",
     [("accounts.payable", "", "Accounts Payable"), ("m.hartigan", "Mel Hartigan", "Finance Manager")],
     [("93716", "11280.00", "AUD", "2026-10-26", "CO-77812"), ("93717", "860.00", "AUD", "2026-11-18", None)]),
    ("G3721", "Privatklinik Seeblick AG", "klinik-seeblick.example", "de", "de-CH", ["strategic"], "alice",
     [("kreditoren", "", "Kreditoren"), ("b.imhof", "Beat Imhof", "Leiter Finanzen")],
     [("93721", "14860.00", "CHF", "2026-10-30", "SB-24-8812"), ("93722", "1275.00", "CHF", "2026-11-13", None)]),
    ("G3722", "Kiezlicht Eventtechnik GmbH", "kiezlicht.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("j.oswald", "Jana Oswald", "Geschäftsführerin")],
     [("93723", "5940.00", "EUR", "2026-10-29", None), ("93724", "690.00", "EUR", "2026-11-16", None)]),
    ("G3731", "Fiduciaire Kremer & Associés Sàrl", "fiduciaire-kremer.example", "fr", "fr-LU", [], "carla",
     [("comptabilite", "", "Comptabilité"), ("a.kremer", "Anne Kremer", "Associée gérante")],
     [("93731", "3880.00", "EUR", "2026-10-28", None), ("93732", "520.00", "EUR", "2026-11-12", None)]),
    ("G3732", "Boutiques Maison Rivard inc.", "maisonrivard.example", "fr", "fr-CA", ["credit_hold"], "alice",
     [("comptesapayer", "", "Comptes à payer"), ("l.gagnon", "Luc Gagnon", "Contrôleur")],
     [("93733", "10450.00", "CAD", "2026-10-23", "MR-45102"), ("93734", "1615.00", "CAD", "2026-11-17", None)]),
    ("G3741", "Cooperativa Agrícola Valle del Maule Ltda.", "coopmaule.example", "es", "es-CL", [], "bruno",
     [("contabilidad", "", "Contabilidad"), ("r.sepulveda", "Rodrigo Sepúlveda", "Jefe de Administración y Finanzas")],
     [("93741", "8720.00", "USD", "2026-10-30", None), ("93742", "1090.00", "USD", "2026-11-13", None)]),
    ("G3742", "Droguerías La Sabana S.A.S.", "drogueriaslasabana.example", "es", "es-CO", [], "carla",
     [("cuentasporpagar", "", "Cuentas por pagar"), ("n.ospina", "Natalia Ospina", "Coordinadora de Tesorería")],
     [("93743", "6315.00", "USD", "2026-10-27", "DLS-OC-5530"), ("93744", "845.00", "USD", "2026-11-16", None)]),
    ("G3751", "Bouwbedrijf Marowijne N.V.", "marowijnebouw.example", "nl", "nl-SR", [], "alice",
     [("administratie", "", "Administratie"), ("r.ramdin", "Ravi Ramdin", "Financieel manager")],
     [("93751", "7460.00", "USD", "2026-10-29", None), ("93752", "980.00", "USD", "2026-11-12", None)]),
    ("G3752", "Stichting Voedselbank Maasoever", "voedselbankmaasoever.example", "nl", "nl-NL", [], "bruno",
     [("penningmeester", "", "Penningmeester"), ("j.vandijk", "Joke van Dijk", "Penningmeester")],
     [("93753", "2340.00", "EUR", "2026-10-30", None), ("93754", "415.00", "EUR", "2026-11-16", None)]),
    ("G3761", "Kianda Eventos, Lda.", "kiandaeventos.example", "pt", "pt-AO", [], "carla",
     [("financeiro", "", "Financeiro"), ("e.kiala", "Edson Kiala", "Diretor Financeiro")],
     [("93761", "9150.00", "USD", "2026-10-26", None), ("93762", "1340.00", "USD", "2026-11-13", None)]),
    ("G3762", "Sarmento Lobo & Associados, Sociedade de Advogados", "sarmentolobo.example", "pt", "pt-PT", ["legal"], "alice",
     [("contabilidade", "", "Contabilidade"), ("i.sarmento", "Inês Sarmento", "Sócia")],
     [("93763", "4690.00", "EUR", "2026-10-30", None), ("93764", "735.00", "EUR", "2026-11-16", None)]),
]
