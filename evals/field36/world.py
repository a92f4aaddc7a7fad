"""The field36 split's ERP: its own customers, contacts and invoices (written by hand, none shared with earlier splits).

Weighted to wholesale and distribution, IT and telecom resellers, hotels, schools and municipalities and freight
forwarders, in Poland, Romania, Greece, China, Vietnam, Nigeria, Ireland and a Mexican-owned distributor in Laredo, Texas (English,
en-US: its treasurers write month-first), Cologne and Vienna,
Paris and Switzerland, Peru and Argentina, Amsterdam and Limburg, Brazil and Mozambique.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-21"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("H3601", "Wisła Hurt Sp. z o.o.", "wislahurt.example", "en", "en-PL", [], "alice",
     [("ksiegowosc", "", "Accounting"), ("a.nowak", "Agnieszka Nowak", "Chief Accountant")],
     [("93601", "6420.00", "EUR", "2026-10-20", "WH/ZAM/2231"), ("93602", "1180.00", "EUR", "2026-11-06", None)]),
    ("H3602", "Tel-Net Distribuție SRL", "telnet-distributie.example", "en", "en-RO", ["strategic"], "bruno",
     [("contabilitate", "", "Accounting"), ("m.ionescu", "Mihai Ionescu", "Finance Manager")],
     [("93603", "18750.00", "EUR", "2026-10-15", "TND-4410")]),
    ("H3603", "Aegean Bay Hotels SA", "aegeanbayhotels.example", "en", "en-GR", [], "carla",
     [("accounts", "", "Accounts"), ("e.papadaki", "Eleni Papadaki", "Financial Controller")],
     [("93604", "4370.00", "EUR", "2026-10-22", None), ("93605", "890.00", "EUR", "2026-11-05", None)]),
    ("H3604", "Ningbo Harbourline Freight Co Ltd", "harbourline-freight.example", "en", "en-CN", [], "alice",
     [("finance", "", "Finance"), ("l.wei", "Li Wei", "Finance Supervisor")],
     [("93606", "9240.00", "USD", "2026-10-19", "HLF-PO-0778"), ("93607", "1560.00", "USD", "2026-11-04", None)]),
    ("H3605", "Saigon Lotus Telecom JSC", "saigonlotustel.example", "en", "en-VN", ["credit_hold"], "bruno",
     [("ketoan", "", "Accounting"), ("p.hoa", "Pham Thi Hoa", "Accountant")],
     [("93608", "7310.00", "USD", "2026-10-16", None)]),
    ("H3606", "Ikeja Crest Secondary School", "ikejacrestschool.example", "en", "en-NG", ["payment_plan"], "carla",
     [("bursary", "", "Bursary"), ("o.adeyemi", "Olumide Adeyemi", "Bursar")],
     [("93609", "5120.00", "USD", "2026-10-09", None), ("93610", "740.00", "USD", "2026-11-03", None)]),
    ("H3607", "Distribuidora Mayorista del Norte LLC", "dmnorte.example", "en", "en-US", [], "alice",
     [("cxp", "", "Accounts Payable"), ("j.garza", "Jorge Garza", "Treasurer")],
     [("93611", "11900.00", "USD", "2026-10-21", "DMN-OC-5120"), ("93612", "2045.00", "USD", "2026-11-06", "DMN-OC-5188")]),
    ("H3608", "Shannonside County Council", "shannonside-council.example", "en", "en-IE", [], "bruno",
     [("payables", "", "Payables Unit"), ("c.brennan", "Ciara Brennan", "Senior Staff Officer, Finance")],
     [("93613", "3860.00", "EUR", "2026-10-23", "SCC-PO-88213")]),
    ("H3621", "Domstadt Elektro Großhandel GmbH", "domstadt-elektro.example", "de", "de-DE", [], "carla",
     [("kreditoren", "", "Kreditorenbuchhaltung"), ("k.schmitz", "Klaus Schmitz", "Leiter Rechnungswesen")],
     [("93621", "8640.00", "EUR", "2026-10-20", "DE-BE-30417"), ("93622", "1320.00", "EUR", "2026-11-05", None)]),
    ("H3622", "Hotel Donaublick Wien GmbH", "donaublick-wien.example", "de", "de-AT", [], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("g.huber", "Gerlinde Huber", "Prokuristin")],
     [("93623", "5480.00", "EUR", "2026-10-21", None), ("93624", "760.00", "EUR", "2026-11-06", None)]),
    ("H3631", "Transports Marcadet SAS", "transports-marcadet.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité fournisseurs"), ("s.leroy", "Sophie Leroy", "Responsable comptable")],
     [("93631", "7150.00", "EUR", "2026-10-20", "TM-BC-6650"), ("93632", "980.00", "EUR", "2026-11-05", None)]),
    ("H3632", "Commune de Valmont-sur-Rolle", "valmont-rolle.example", "fr", "fr-CH", ["strategic"], "carla",
     [("finances", "", "Service des finances"), ("p.favre", "Pascal Favre", "Boursier communal")],
     [("93633", "12300.00", "CHF", "2026-10-19", "VR-2026-114")]),
    ("H3641", "Distribuidora Andina del Rímac SAC", "andinarimac.example", "es", "es-PE", [], "alice",
     [("tesoreria", "", "Tesorería"), ("r.quispe", "Rosa Quispe", "Jefa de Tesorería")],
     [("93641", "6780.00", "USD", "2026-10-16", "DAR-OC-3391"), ("93642", "1250.00", "USD", "2026-11-04", None)]),
    ("H3642", "Colegio San Martín de Tours", "colegiosanmartin.example", "es", "es-AR", [], "bruno",
     [("administracion", "", "Administración"), ("m.ferreyra", "Martín Ferreyra", "Administrador")],
     [("93643", "3940.00", "USD", "2026-10-22", None), ("93644", "610.00", "USD", "2026-11-06", None)]),
    ("H3651", "Grachtenhof ICT Groothandel bv", "grachtenhof-ict.example", "nl", "nl-NL", [], "carla",
     [("crediteuren", "", "Crediteurenadministratie"), ("d.devries", "Daan de Vries", "Financieel manager")],
     [("93651", "9870.00", "EUR", "2026-10-19", "GH-IO-2207"), ("93652", "1430.00", "EUR", "2026-11-05", None)]),
    ("H3652", "Expeditie Maasvallei bv", "expeditie-maasvallei.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("j.hendrix", "Jos Hendrix", "Directeur")],
     [("93653", "4620.00", "EUR", "2026-10-23", None)]),
    ("H3661", "Atacadão Serra Verde Ltda", "serraverde-atacado.example", "pt", "pt-BR", [], "bruno",
     [("financeiro", "", "Financeiro"), ("c.moura", "Carla Moura", "Gerente financeira")],
     [("93661", "8450.00", "USD", "2026-10-20", "ASV-PC-9031"), ("93662", "1370.00", "USD", "2026-11-05", None)]),
    ("H3662", "Hotel Costa do Sol Maputo Lda", "costadosol-maputo.example", "pt", "pt-MZ", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("a.macuacua", "Américo Macuácua", "Director financeiro")],
     [("93663", "5260.00", "USD", "2026-10-21", None), ("93664", "820.00", "USD", "2026-11-04", None)]),
]
