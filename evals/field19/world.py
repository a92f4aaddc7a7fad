"""The field19 split's ERP: its own customers, contacts and invoices (written by hand, none shared with field … field18).

Settings unlike the earlier splits: a Highland veterinary practice (GB), a craft brewery (US, strategic), a textile mill
(IN, Indian writers), a Polish freight forwarder, a Hong Kong electronics trader on credit hold (Chinese writers), dental
clinics in Riyadh on a plan (Arabic-speaking writers), an Italian marble quarry, a ski lodge in Alberta on a legal account,
a Queensland dive centre, a Singapore print shop, a pecan co-operative in Arkansas, a Lagos solar installer; an organ
builder (DE), a Swiss cable car (strategic), an Austrian beekeeper on credit hold; a Brussels chocolatier, a dental lab in
Casablanca (legal), a French art-metal forge on a plan; a shipyard in Vigo, a Colombian coffee exporter (strategic), a
Chilean vet clinic on a plan; a Dutch flower nursery, a Flemish bicycle shop on credit hold; a Portuguese cannery, a
Brazilian pottery and a Mozambican haulier (legal).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("S1901", "Thistlebank Veterinary Practice Ltd", "thistlebank-vets.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("f.macrae", "Fiona MacRae", "Practice Manager")],
     [("19011", "2140.00", "GBP", "2026-10-15", None), ("19012", "486.50", "GBP", "2026-11-05", None)]),
    ("S1902", "Prairie Lantern Brewing Co", "prairielantern.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("d.kowalczyk", "Dana Kowalczyk", "Controller")],
     [("19021", "18420.00", "USD", "2026-10-09", "PLB-5530"), ("19022", "2975.00", "USD", "2026-11-02", "PLB-5581")]),
    ("S1903", "Indus Valley Textiles Pvt Ltd", "indusvalleytex.example", "en", "en-IN", [], "carla",
     [("accounts", "", "Accounts"), ("r.iyer", "Ramesh Iyer", "Senior Accounts Executive")],
     [("19031", "6380.00", "USD", "2026-10-12", "IVT/PO/2291"), ("19032", "1240.00", "USD", "2026-11-04", "IVT/PO/2317")]),
    ("S1904", "Wisła Logistics Sp. z o.o.", "wisla-logistics.example", "en", "en-PL", [], "alice",
     [("ksiegowosc", "", "Accounting"), ("a.nowak", "Agnieszka Nowak", "Chief Accountant")],
     [("19041", "4710.00", "EUR", "2026-10-14", None), ("19042", "865.00", "EUR", "2026-11-05", None)]),
    ("S1905", "Jade Harbour Electronics Ltd", "jadeharbour.example", "en", "en-HK", ["credit_hold"], "bruno",
     [("finance", "", "Finance"), ("w.chan", "Wendy Chan", "Finance Manager")],
     [("19051", "9860.00", "USD", "2026-10-08", "JH-PO-7710")]),
    ("S1906", "Al Noor Dental Clinics LLC", "alnoordental.example", "en", "en-SA", ["payment_plan"], "carla",
     [("accounts", "", "Accounts"), ("o.alharbi", "Omar Al-Harbi", "Finance Supervisor")],
     [("19061", "15600.00", "USD", "2026-09-29", None)]),
    ("S1907", "Fratelli Bassani Marmi Srl", "bassanimarmi.example", "en", "en-IT", [], "alice",
     [("amministrazione", "", "Administration"), ("g.bassani", "Giulia Bassani", "Administrator")],
     [("19071", "7290.00", "EUR", "2026-10-13", None), ("19072", "1315.00", "EUR", "2026-11-04", None)]),
    ("S1908", "Kestrel Ridge Ski Lodge Inc", "kestrelridge.example", "en", "en-CA", ["legal"], "bruno",
     [("office", "", "Office"), ("b.lefebvre", "Brent Lefebvre", "General Manager")],
     [("19081", "5540.00", "CAD", "2026-09-30", None)]),
    ("S1909", "Coral Coast Dive Centre Pty Ltd", "coralcoastdive.example", "en", "en-AU", [], "carla",
     [("admin", "", "Admin"), ("j.tully", "Jake Tully", "Owner")],
     [("19091", "3310.00", "AUD", "2026-10-15", None), ("19092", "720.00", "AUD", "2026-11-06", None)]),
    ("S1910", "Lion City Print Pte Ltd", "lioncityprint.example", "en", "en-SG", [], "alice",
     [("accounts", "", "Accounts"), ("m.tan", "Melissa Tan", "Accounts Executive")],
     [("19101", "4425.00", "SGD", "2026-10-14", "LCP-PO-0912"), ("19102", "980.00", "SGD", "2026-11-05", "LCP-PO-0934")]),
    ("S1911", "Ozark Pecan Growers Cooperative", "ozarkpecan.example", "en", "en-US", [], "bruno",
     [("office", "", "Office"), ("l.whitfield", "Loretta Whitfield", "Bookkeeper")],
     [("19111", "2860.00", "USD", "2026-10-16", None), ("19112", "545.00", "USD", "2026-11-06", None)]),
    ("S1912", "Eko Solar Installers Ltd", "ekosolar.example", "en", "en-NG", [], "carla",
     [("finance", "", "Finance"), ("c.adeyemi", "Chidi Adeyemi", "Finance Officer")],
     [("19121", "8150.00", "USD", "2026-10-12", None), ("19122", "1460.00", "USD", "2026-11-04", None)]),
    ("S1921", "Orgelbau Kessler GmbH", "orgelbau-kessler.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("h.kessler", "Hannelore Kessler", "Geschäftsführerin")],
     [("19211", "4930.00", "EUR", "2026-10-14", None), ("19212", "780.00", "EUR", "2026-11-05", None)]),
    ("S1922", "Bergbahnen Lärchwald AG", "bergbahnen-laerchwald.example", "de", "de-CH", ["strategic"], "carla",
     [("kreditoren", "", "Kreditoren"), ("u.imboden", "Urs Imboden", "Leiter Rechnungswesen")],
     [("19221", "16740.00", "CHF", "2026-10-09", "BL-88031")]),
    ("S1923", "Imkerei Sonnleitner e.U.", "imkerei-sonnleitner.example", "de", "de-AT", ["credit_hold"], "alice",
     [("office", "", "Büro"), ("k.sonnleitner", "Klaus Sonnleitner", "Inhaber")],
     [("19231", "2380.00", "EUR", "2026-10-13", None)]),
    ("S1931", "Chocolaterie Vanderhaegen SRL", "chocolaterie-vdh.example", "fr", "fr-BE", [], "alice",
     [("comptabilite", "", "Comptabilité"), ("a.vanderhaegen", "Anne Vanderhaegen", "Gérante")],
     [("19311", "3640.00", "EUR", "2026-10-14", None), ("19312", "615.00", "EUR", "2026-11-05", None)]),
    ("S1932", "Laboratoire Dentaire Atlas SARL", "labo-atlas.example", "fr", "fr-MA", ["legal"], "bruno",
     [("compta", "", "Comptabilité"), ("y.bennani", "Youssef Bennani", "Directeur")],
     [("19321", "5210.00", "EUR", "2026-09-30", None)]),
    ("S1933", "Ferronnerie d'art Lemaire", "ferronnerie-lemaire.example", "fr", "fr-FR", ["payment_plan"], "carla",
     [("compta", "", "Comptabilité"), ("p.lemaire", "Pascal Lemaire", "Artisan gérant")],
     [("19331", "8460.00", "EUR", "2026-09-28", None)]),
    ("S1941", "Astillero Ría de Vigo SL", "astillero-riavigo.example", "es", "es-ES", [], "carla",
     [("administracion", "", "Administración"), ("m.outeiral", "Marta Outeiral", "Jefa de administración")],
     [("19411", "9870.00", "EUR", "2026-10-13", None), ("19412", "1190.00", "EUR", "2026-11-05", None)]),
    ("S1942", "Cafetalera Los Nevados SAS", "losnevados-cafe.example", "es", "es-CO", ["strategic"], "alice",
     [("tesoreria", "", "Tesorería"), ("j.osorio", "Julián Osorio", "Director financiero")],
     [("19421", "13250.00", "USD", "2026-10-09", "CLN-OC-4410")]),
    ("S1943", "Clínica Veterinaria Los Andes SpA", "vetlosandes.example", "es", "es-CL", ["payment_plan"], "bruno",
     [("contabilidad", "", "Contabilidad"), ("c.munoz", "Catalina Muñoz", "Administradora")],
     [("19431", "4980.00", "USD", "2026-09-30", None)]),
    ("S1951", "Kwekerij De Zonnedauw bv", "zonnedauw.example", "nl", "nl-NL", [], "bruno",
     [("administratie", "", "Administratie"), ("g.vdberg", "Gerrit van den Berg", "Eigenaar")],
     [("19511", "5320.00", "EUR", "2026-10-14", None), ("19512", "640.00", "EUR", "2026-11-05", None)]),
    ("S1952", "Fietsen Van Acker bv", "fietsen-vanacker.example", "nl", "nl-BE", ["credit_hold"], "carla",
     [("boekhouding", "", "Boekhouding"), ("s.vanacker", "Sofie Van Acker", "Zaakvoerster")],
     [("19521", "3790.00", "EUR", "2026-10-13", None)]),
    ("S1961", "Conservas Atlântico Lda", "conservas-atlantico.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("i.sousa", "Inês Sousa", "Diretora financeira")],
     [("19611", "6920.00", "EUR", "2026-10-13", None), ("19612", "830.00", "EUR", "2026-11-05", None)]),
    ("S1962", "Cerâmica Vale do Jequitinhonha Ltda", "ceramicajequi.example", "pt", "pt-BR", [], "bruno",
     [("financeiro", "", "Financeiro"), ("a.rocha", "Antônio Rocha", "Gerente financeiro")],
     [("19621", "3960.00", "USD", "2026-10-15", None), ("19622", "610.00", "USD", "2026-11-04", None)]),
    ("S1963", "Transportes Zambeze Lda", "transzambeze.example", "pt", "pt-MZ", ["legal"], "carla",
     [("contabilidade", "", "Contabilidade"), ("e.macuacua", "Ernesto Macuácua", "Chefe de contabilidade")],
     [("19631", "7480.00", "USD", "2026-09-30", None)]),
]
