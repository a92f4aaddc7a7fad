"""The field17 split's ERP: its own customers, contacts and invoices (written by hand, none shared with field … field16).

Settings unlike the earlier splits: a Scottish vets' practice, a Great Lakes marine supplier (strategic, Polish-born AP
supervisor), an Indian textile mill, a Hong Kong trading house on credit hold (Chinese writers), Saudi dental clinics on a
plan (Arabic-speaking writers), Italian ceramics, a Saskatchewan brewery on a legal account, a Singapore print house, a
Colorado ski school, Polish logistics; a Saxon organ builder, a climbing hall on a plan, a South Tyrolean winery
co-operative (strategic); a Luxembourg brewery, a Provençal vets' clinic on credit hold, a Dakar joinery on a legal
account; a Granada brewery, a Colombian coffee roaster (strategic), a Chilean dental clinic on a plan; a Frisian sail
loft, a cheese farm on a legal account, a Flemish abbey brewery on credit hold; Portuguese canners, a vets' clinic in
Mato Grosso (strategic) and an Angolan builder on a plan.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("S1701", "Thistlebank Veterinary Practice Ltd", "thistlebank-vets.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("f.mcrae", "Fiona McRae", "Practice Manager")],
     [("17011", "2140.00", "GBP", "2026-10-15", None), ("17012", "480.00", "GBP", "2026-11-05", None)]),
    ("S1702", "Great Lakes Marine Supply Inc", "greatlakesmarine.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("d.kowalczyk", "Dorota Kowalczyk", "AP Supervisor")],
     [("17021", "18600.00", "USD", "2026-10-09", "GLM-5531"), ("17022", "2940.00", "USD", "2026-11-02", "GLM-5590")]),
    ("S1703", "Shakti Textiles Pvt Ltd", "shaktitextiles.example", "en", "en-IN", [], "carla",
     [("accounts", "", "Accounts"), ("r.iyer", "Rajesh Iyer", "Accounts Manager")],
     [("17031", "6350.00", "USD", "2026-10-12", "STPL/PO/2211"), ("17032", "1275.00", "USD", "2026-11-04", None)]),
    ("S1704", "Jade Harbour Trading Co Ltd", "jadeharbour.example", "en", "en-HK", ["credit_hold"], "alice",
     [("finance", "", "Finance"), ("w.chen", "Chen Weiling", "Finance Manager")],
     [("17041", "9780.00", "USD", "2026-10-08", None)]),
    ("S1705", "Al Noor Dental Clinics", "alnoordental.example", "en", "en-SA", ["payment_plan"], "bruno",
     [("accounts", "", "Accounts"), ("o.alharbi", "Omar Al-Harbi", "Finance Manager")],
     [("17051", "12400.00", "USD", "2026-09-29", None)]),
    ("S1706", "Bellavista Ceramiche Srl", "bellavista-ceramiche.example", "en", "en-IT", [], "carla",
     [("amministrazione", "", "Amministrazione"), ("g.ricci", "Giulia Ricci", "Responsabile amministrativa")],
     [("17061", "3980.00", "EUR", "2026-10-14", None), ("17062", "615.00", "EUR", "2026-11-05", None)]),
    ("S1707", "Prairie Sky Brewing Co", "prairieskybrewing.example", "en", "en-CA", ["legal"], "alice",
     [("office", "", "Office"), ("b.lindqvist", "Bjorn Lindqvist", "Owner")],
     [("17071", "5460.00", "CAD", "2026-09-30", None)]),
    ("S1708", "Merlion Print & Pack Pte Ltd", "merlionprint.example", "en", "en-SG", [], "bruno",
     [("accounts", "", "Accounts"), ("s.tan", "Sharon Tan", "Finance Executive")],
     [("17081", "4720.00", "SGD", "2026-10-13", None), ("17082", "890.00", "SGD", "2026-11-04", None)]),
    ("S1709", "Cascade Ridge Ski School LLC", "cascaderidgeski.example", "en", "en-US", [], "carla",
     [("office", "", "Office"), ("k.brennan", "Kyle Brennan", "Owner")],
     [("17091", "3260.00", "USD", "2026-10-16", None), ("17092", "740.00", "USD", "2026-11-06", None)]),
    ("S1710", "Baltic Amber Logistics Sp. z o.o.", "balticamber-log.example", "en", "en-PL", [], "alice",
     [("ksiegowosc", "", "Księgowość"), ("m.nowak", "Marta Nowak", "Chief Accountant")],
     [("17101", "5840.00", "EUR", "2026-10-12", None), ("17102", "1130.00", "EUR", "2026-11-05", None)]),
    ("S1721", "Orgelbau Freiberger GmbH", "orgelbau-freiberger.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("t.freiberger", "Thomas Freiberger", "Geschäftsführer")],
     [("17211", "7480.00", "EUR", "2026-10-13", None), ("17212", "1260.00", "EUR", "2026-11-05", None)]),
    ("S1722", "Kletterhalle Felsenfest GmbH", "felsenfest-klettern.example", "de", "de-DE", ["payment_plan"], "carla",
     [("verwaltung", "", "Verwaltung"), ("j.brandt", "Jonas Brandt", "Geschäftsführer")],
     [("17221", "8150.00", "EUR", "2026-09-30", None)]),
    ("S1723", "Kellerei Etschtal Genossenschaft", "kellerei-etschtal.example", "de", "de-IT", ["strategic"], "alice",
     [("verwaltung", "", "Verwaltung"), ("e.pichler", "Evi Pichler", "Leiterin Rechnungswesen")],
     [("17231", "14900.00", "EUR", "2026-10-09", "KE-2026-318"), ("17232", "2270.00", "EUR", "2026-11-04", "KE-2026-355")]),
    ("S1731", "Brasserie artisanale du Kirchberg Sàrl", "brasserie-kirchberg.example", "fr", "fr-LU", [], "bruno",
     [("compta", "", "Comptabilité"), ("a.weber", "Anne Weber", "Gérante")],
     [("17311", "4260.00", "EUR", "2026-10-14", None), ("17312", "590.00", "EUR", "2026-11-05", None)]),
    ("S1732", "Clinique vétérinaire des Alpilles SELARL", "vetalpilles.example", "fr", "fr-FR", ["credit_hold"], "carla",
     [("compta", "", "Comptabilité"), ("m.roux", "Mathieu Roux", "Vétérinaire associé")],
     [("17321", "6980.00", "EUR", "2026-10-12", None)]),
    ("S1733", "Menuiserie Teranga Bois SARL", "teranga-bois.example", "fr", "fr-SN", ["legal"], "alice",
     [("comptabilite", "", "Comptabilité"), ("a.diop", "Awa Diop", "Directrice administrative et financière")],
     [("17331", "9120.00", "EUR", "2026-09-30", None)]),
    ("S1741", "Cervecería Sierra Nevada SL", "cerveceria-sierranevada.example", "es", "es-ES", [], "bruno",
     [("administracion", "", "Administración"), ("j.morales", "Javier Morales", "Administrador")],
     [("17411", "3870.00", "EUR", "2026-10-13", None), ("17412", "705.00", "EUR", "2026-11-04", None)]),
    ("S1742", "Tostadora Café del Quindío SAS", "cafequindio.example", "es", "es-CO", ["strategic"], "carla",
     [("tesoreria", "", "Tesorería"), ("c.restrepo", "Catalina Restrepo", "Tesorera")],
     [("17421", "16400.00", "USD", "2026-10-09", "TQ-OC-4471"), ("17422", "2180.00", "USD", "2026-11-03", "TQ-OC-4502")]),
    ("S1743", "Clínica Dental Andina SpA", "dentalandina.example", "es", "es-CL", ["payment_plan"], "alice",
     [("finanzas", "", "Finanzas"), ("r.soto", "Rodrigo Soto", "Jefe de Finanzas")],
     [("17431", "7650.00", "USD", "2026-09-30", None)]),
    ("S1751", "Zeilmakerij Wadden BV", "zeilmakerij-wadden.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("h.devries", "Hanneke de Vries", "Officemanager")],
     [("17511", "3540.00", "EUR", "2026-10-15", None), ("17512", "620.00", "EUR", "2026-11-05", None)]),
    ("S1752", "Kaasboerderij Hoeve Lindehof", "hoevelindehof.example", "nl", "nl-NL", ["legal"], "bruno",
     [("boekhouding", "", "Boekhouding"), ("p.bakker", "Pieter Bakker", "Eigenaar")],
     [("17521", "5980.00", "EUR", "2026-09-29", None)]),
    ("S1753", "Brouwerij Het Kloostergat bv", "kloostergat.example", "nl", "nl-BE", ["credit_hold"], "alice",
     [("boekhouding", "", "Boekhouding"), ("l.peeters", "Lien Peeters", "Zaakvoerder")],
     [("17531", "4460.00", "EUR", "2026-10-12", None), ("17532", "830.00", "EUR", "2026-11-04", None)]),
    ("S1761", "Conservas Atlântico Lda", "conservas-atlantico.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("a.sousa", "Ana Sousa", "Diretora financeira")],
     [("17611", "4890.00", "EUR", "2026-10-13", None), ("17612", "720.00", "EUR", "2026-11-05", None)]),
    ("S1762", "Clínica Veterinária Pantanal Ltda", "vetpantanal.example", "pt", "pt-BR", ["strategic"], "bruno",
     [("financeiro", "", "Financeiro"), ("m.oliveira", "Marcos Oliveira", "Gerente financeiro")],
     [("17621", "11200.00", "USD", "2026-10-09", "CVP-PC-0912"), ("17622", "1940.00", "USD", "2026-11-04", None)]),
    ("S1763", "Construções Kwanza Lda", "construcoes-kwanza.example", "pt", "pt-AO", ["payment_plan"], "carla",
     [("financas", "", "Finanças"), ("j.neto", "Joana Neto", "Responsável financeira")],
     [("17631", "8640.00", "USD", "2026-09-30", None)]),
]
