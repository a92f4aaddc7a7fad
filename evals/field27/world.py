"""The field27 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Settings no earlier split used: a Cornish cider press, a British Columbia orchard packer (strategic), a Bangladeshi jute
mill and a Philippine coconut-oil mill writing English, a Nigerian cassava-starch processor on a plan, an Oregon oyster
farm on credit hold, a Queensland mango grower, a Texas pecan sheller on a legal account, a Connemara marble quarry, a
Gdańsk amber workshop writing English; a Black Forest cuckoo-clock maker, a Tyrolean ski school on credit hold, an
Appenzell embroidery (strategic); a Normandy calvados distillery, a Liège waffle bakery on a legal account, a Martinique
rum distillery on a plan; a Peruvian alpaca-yarn spinner, a Canary banana co-operative on credit hold, a Huila coffee
roaster; a Volendam eel smokehouse, an Antwerp diamond-tool maker (strategic); an Alentejo olive-oil press, a Minas
Gerais cheese dairy on a plan and a Maputo cashew processor.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("W2701", "Penwith Cider Press Ltd", "penwithcider.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("t.trewin", "Tamsin Trewin", "Finance Manager")],
     [("92701", "4360.00", "GBP", "2026-10-14", None), ("92702", "815.00", "GBP", "2026-11-05", None)]),
    ("W2702", "Similkameen Orchard Packers Inc", "similkameen-packers.example", "en", "en-CA", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("r.dhaliwal", "Rajinder Dhaliwal", "Controller")],
     [("92703", "16480.00", "CAD", "2026-10-09", "SOP-77120"), ("92704", "2390.00", "CAD", "2026-11-04", "SOP-77184")]),
    ("W2703", "Padma Golden Fibre Jute Mills Ltd", "padmajute.example", "en", "en-BD", [], "carla",
     [("accounts", "", "Accounts"), ("m.rahman", "Mizanur Rahman", "Deputy Manager Accounts")],
     [("92705", "8740.00", "USD", "2026-10-13", "PGF/PO/2219"), ("92706", "1260.00", "USD", "2026-11-06", "PGF/PO/2264")]),
    ("W2704", "Ogun Valley Starch Processors Ltd", "ogunstarch.example", "en", "en-NG", ["payment_plan"], "alice",
     [("finance", "", "Finance"), ("a.adeyemi", "Adebola Adeyemi", "Chief Accountant")],
     [("92707", "13200.00", "USD", "2026-09-30", None)]),
    ("W2705", "Mindanao Copra & Coconut Oil Corp", "mindanaococonut.example", "en", "en-PH", [], "bruno",
     [("accounting", "", "Accounting"), ("j.villanueva", "Jocelyn Villanueva", "Accounting Supervisor")],
     [("92708", "9950.00", "USD", "2026-10-15", "MCC-4471"), ("92709", "1730.00", "USD", "2026-11-05", "MCC-4502")]),
    ("W2706", "Netarts Bay Oyster Co LLC", "netartsoysters.example", "en", "en-US", ["credit_hold"], "carla",
     [("office", "", "Office"), ("k.lindqvist", "Karen Lindqvist", "Owner")],
     [("92710", "5620.00", "USD", "2026-10-08", None)]),
    ("W2707", "Bowen Ridge Mangoes Pty Ltd", "bowenridgemangoes.example", "en", "en-AU", [], "alice",
     [("accounts", "", "Accounts"), ("d.costigan", "Darren Costigan", "Director")],
     [("92711", "3890.00", "AUD", "2026-10-16", None), ("92712", "960.00", "AUD", "2026-11-06", None)]),
    ("W2708", "Brazos Pecan Shelling Co", "brazospecan.example", "en", "en-US", ["legal"], "bruno",
     [("ap", "", "Accounts Payable"), ("w.garza", "Wade Garza", "President")],
     [("92713", "10870.00", "USD", "2026-09-29", None)]),
    ("W2709", "Connemara Green Marble Ltd", "connemaramarble.example", "en", "en-IE", [], "carla",
     [("office", "", "Office"), ("n.oflaherty", "Niamh O'Flaherty", "Office Manager")],
     [("92714", "4480.00", "EUR", "2026-10-14", None), ("92715", "640.00", "EUR", "2026-11-05", None)]),
    ("W2710", "Bursztyn Motławski Sp. z o.o.", "bursztyn-motlawa.example", "en", "en-PL", [], "alice",
     [("ksiegowosc", "", "Accounting"), ("e.kowalczyk", "Ewa Kowalczyk", "Chief Accountant")],
     [("92716", "6230.00", "EUR", "2026-10-12", None), ("92717", "1140.00", "EUR", "2026-11-04", None)]),
    ("W2721", "Uhrenmanufaktur Triberger Höhe GmbH", "triberger-uhren.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("k.faller", "Klaus Faller", "Kaufmännischer Leiter")],
     [("92721", "7340.00", "EUR", "2026-10-13", None), ("92722", "985.00", "EUR", "2026-11-05", None)]),
    ("W2722", "Skischule Wildschönau Oberau GmbH", "skischule-oberau.example", "de", "de-AT", ["credit_hold"], "carla",
     [("office", "", "Büro"), ("j.thaler", "Johanna Thaler", "Geschäftsführerin")],
     [("92723", "4170.00", "EUR", "2026-10-12", None)]),
    ("W2723", "Appenzeller Handstickerei Sutter AG", "sutter-stickerei.example", "de", "de-CH", ["strategic"], "alice",
     [("kreditoren", "", "Kreditoren"), ("b.inauen", "Beat Inauen", "Leiter Finanzen")],
     [("92724", "13650.00", "CHF", "2026-10-09", "ASS-30418"), ("92725", "1980.00", "CHF", "2026-11-04", "ASS-30466")]),
    ("W2731", "Distillerie du Pays d'Auge Lecornu", "calvados-lecornu.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("h.lecornu", "Hélène Lecornu", "Gérante")],
     [("92731", "5890.00", "EUR", "2026-10-13", None), ("92732", "870.00", "EUR", "2026-11-05", None)]),
    ("W2732", "Gaufrerie Liégeoise Dethier SPRL", "gaufres-dethier.example", "fr", "fr-BE", ["legal"], "carla",
     [("administration", "", "Administration"), ("p.dethier", "Pascal Dethier", "Administrateur délégué")],
     [("92733", "6420.00", "EUR", "2026-09-30", None)]),
    ("W2733", "Rhumerie de l'Anse Céron SAS", "rhum-anseceron.example", "fr", "fr-MQ", ["payment_plan"], "alice",
     [("comptabilite", "", "Comptabilité"), ("m.jeanlouis", "Marie-Line Jean-Louis", "Directrice administrative")],
     [("92734", "11240.00", "EUR", "2026-09-28", None)]),
    ("W2741", "Hilandería Alpaca del Colca SAC", "alpacacolca.example", "es", "es-PE", [], "bruno",
     [("contabilidad", "", "Contabilidad"), ("r.quispe", "Rosa Quispe", "Jefa de Contabilidad")],
     [("92741", "7160.00", "USD", "2026-10-14", None), ("92742", "1090.00", "USD", "2026-11-05", None)]),
    ("W2742", "Cooperativa Platanera del Valle de Guía", "platanera-guia.example", "es", "es-ES", ["credit_hold"], "carla",
     [("administracion", "", "Administración"), ("a.santana", "Airam Santana", "Gerente")],
     [("92743", "5480.00", "EUR", "2026-10-12", None)]),
    ("W2743", "Tostadora Café Cerro Huila SAS", "cafecerrohuila.example", "es", "es-CO", [], "alice",
     [("cuentasporpagar", "", "Cuentas por pagar"), ("d.ospina", "Diana Ospina", "Contadora")],
     [("92744", "4950.00", "USD", "2026-10-15", "CCH-OC-3310"), ("92745", "780.00", "USD", "2026-11-04", "CCH-OC-3352")]),
    ("W2751", "Palingrokerij Tuijp & Zn", "paling-tuijp.example", "nl", "nl-NL", [], "bruno",
     [("administratie", "", "Administratie"), ("g.tuijp", "Gerrit Tuijp", "Eigenaar")],
     [("92751", "3840.00", "EUR", "2026-10-14", None), ("92752", "590.00", "EUR", "2026-11-05", None)]),
    ("W2752", "Diamantgereedschap Van Roey nv", "vanroey-diamond.example", "nl", "nl-BE", ["strategic"], "carla",
     [("boekhouding", "", "Boekhouding"), ("s.vanroey", "Sofie Van Roey", "Financieel directeur")],
     [("92753", "14720.00", "EUR", "2026-10-09", "VR-PO-5521"), ("92754", "2130.00", "EUR", "2026-11-04", "VR-PO-5560")]),
    ("W2761", "Lagar do Monte da Azinheira Lda", "lagar-azinheira.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("j.carrilho", "Joaquim Carrilho", "Sócio-gerente")],
     [("92761", "6180.00", "EUR", "2026-10-13", None), ("92762", "920.00", "EUR", "2026-11-05", None)]),
    ("W2762", "Laticínios Serra da Canastra Ltda", "queijocanastra.example", "pt", "pt-BR", ["payment_plan"], "bruno",
     [("financeiro", "", "Financeiro"), ("c.resende", "Cláudia Resende", "Gerente financeira")],
     [("92763", "9870.00", "USD", "2026-09-29", None)]),
    ("W2763", "Cajuína Processadora de Caju de Maputo Lda", "caju-maputo.example", "pt", "pt-MZ", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("a.macuacua", "Arlindo Macuácua", "Director financeiro")],
     [("92764", "5340.00", "USD", "2026-10-15", None), ("92765", "1010.00", "USD", "2026-11-06", None)]),
]
