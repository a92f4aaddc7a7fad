"""The field23 split's ERP: its own customers, contacts and invoices (written by hand, none shared with earlier splits).

A Faroese fish exporter, a Scottish distillery (strategic), a Kenyan flower farm, a Philippine BPO, a Vietnamese coffee
roaster, a Montana saddlery on credit hold, a Donegal tweed mill on a legal account, a Queensland prawn fleet on a plan,
a Yukon outfitter, a Karoo ostrich tannery, a Singapore ship chandler; a Bavarian organ builder, a Viennese
coffee-house supplier on credit hold, a Bernese watch-strap maker on a plan; a Breton sail loft, a Walloon slate quarry
(strategic), a Tunisian date-palm co-operative; a Chilean winery, a Mexican furniture maker on a legal account, an Asturian
cider house on credit hold; a Flemish chocolatier, a Frisian goat dairy on a plan, a Rotterdam towage firm (strategic);
an Angolan oil-services firm, a Minas cachaça distillery on credit hold and a Madeira embroidery house.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("Y2301", "Nordhavið Seafood P/F", "nordhavid-seafood.example", "en", "en-FO", [], "alice",
     [("accounts", "", "Accounts"), ("j.poulsen", "Jóhanna Poulsen", "Finance Manager")],
     [("92301", "18450.00", "EUR", "2026-10-14", "NH-PO-3310"), ("92302", "2275.00", "EUR", "2026-11-06", "NH-PO-3388")]),
    ("Y2302", "Glen Carrach Distillery Ltd", "glencarrach.example", "en", "en-GB", ["strategic"], "bruno",
     [("purchase.ledger", "", "Purchase Ledger"), ("e.munro", "Euan Munro", "Finance Director")],
     [("92303", "26900.00", "GBP", "2026-10-09", "GCD-7741"), ("92304", "3150.00", "GBP", "2026-11-04", "GCD-7802")]),
    ("Y2303", "Naivasha Bloom Farms Ltd", "naivashabloom.example", "en", "en-KE", [], "carla",
     [("accounts", "", "Accounts"), ("a.chebet", "Agnes Chebet", "Finance Officer")],
     [("92305", "6340.00", "USD", "2026-10-15", None), ("92306", "1180.00", "USD", "2026-11-05", None)]),
    ("Y2304", "Bayanihan Contact Solutions Inc", "bayanihan-cs.example", "en", "en-PH", [], "alice",
     [("ap", "", "Accounts Payable"), ("m.delacruz", "Maricel Dela Cruz", "AP Supervisor")],
     [("92307", "9870.00", "USD", "2026-10-12", "BCS-PO-11820"), ("92308", "1445.00", "USD", "2026-11-03", "BCS-PO-11902")]),
    ("Y2305", "Highland Bean Roasters Co Ltd", "highlandbean.example", "en", "en-VN", [], "bruno",
     [("ketoan", "", "Accounting"), ("h.le", "Le Thi Hoa", "Chief Accountant")],
     [("92309", "4720.00", "USD", "2026-10-16", None), ("92310", "890.00", "USD", "2026-11-06", None)]),
    ("Y2306", "Big Sky Saddlery LLC", "bigskysaddlery.example", "en", "en-US", ["credit_hold"], "carla",
     [("office", "", "Office"), ("t.halvorsen", "Tom Halvorsen", "Owner")],
     [("92311", "7615.00", "USD", "2026-10-08", None)]),
    ("Y2307", "Gweedore Tweed Mills Ltd", "gweedoretweed.example", "en", "en-IE", ["legal"], "alice",
     [("accounts", "", "Accounts"), ("s.boyle", "Seamus Boyle", "Managing Director")],
     [("92312", "11230.00", "EUR", "2026-09-29", None)]),
    ("Y2308", "Moreton Bay Prawn Co Pty Ltd", "moretonbayprawn.example", "en", "en-AU", ["payment_plan"], "bruno",
     [("accounts", "", "Accounts"), ("k.nguyen", "Kylie Nguyen", "Office Manager")],
     [("92313", "15880.00", "AUD", "2026-09-30", None)]),
    ("Y2309", "Klondike Trail Outfitters Ltd", "klondiketrail.example", "en", "en-CA", [], "carla",
     [("admin", "", "Admin"), ("d.mackenzie", "Dana MacKenzie", "Controller")],
     [("92314", "5390.00", "CAD", "2026-10-15", None), ("92315", "760.00", "CAD", "2026-11-05", None)]),
    ("Y2310", "Oudtshoorn Ostrich Leather (Pty) Ltd", "ostrichleather-karoo.example", "en", "en-ZA", [], "alice",
     [("creditors", "", "Creditors"), ("p.vanwyk", "Pieter van Wyk", "Financial Manager")],
     [("92316", "48200.00", "ZAR", "2026-10-13", None), ("92317", "6900.00", "ZAR", "2026-11-04", None)]),
    ("Y2311", "Straits Marine Chandlery Pte Ltd", "straitsmarine.example", "en", "en-SG", [], "bruno",
     [("finance", "", "Finance"), ("w.tan", "Tan Wei Ling", "Finance Executive")],
     [("92318", "8125.00", "USD", "2026-10-14", "SMC-PO-5521"), ("92319", "1330.00", "USD", "2026-11-05", "SMC-PO-5570")]),
    ("Y2321", "Orgelbau Wendelstein GmbH", "orgelbau-wendelstein.example", "de", "de-DE", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("k.riedl", "Korbinian Riedl", "Kaufmännischer Leiter")],
     [("92320", "13870.00", "EUR", "2026-10-13", None), ("92321", "1720.00", "EUR", "2026-11-05", None)]),
    ("Y2322", "Kaffeehausbedarf Leopoldstadt GmbH", "kaffeehausbedarf.example", "de", "de-AT", ["credit_hold"], "alice",
     [("rechnungswesen", "", "Rechnungswesen"), ("b.nowak", "Brigitte Nowak", "Prokuristin")],
     [("92322", "5960.00", "EUR", "2026-10-12", None)]),
    ("Y2323", "Uhrenarmbänder Aarberg AG", "armband-aarberg.example", "de", "de-CH", ["payment_plan"], "bruno",
     [("kreditoren", "", "Kreditoren"), ("u.gerber", "Ursula Gerber", "Leiterin Finanzen")],
     [("92323", "9480.00", "CHF", "2026-09-30", None)]),
    ("Y2331", "Voilerie Le Gall SARL", "voilerie-legall.example", "fr", "fr-FR", [], "carla",
     [("compta", "", "Comptabilité"), ("y.legall", "Yann Le Gall", "Gérant")],
     [("92324", "7240.00", "EUR", "2026-10-14", None), ("92325", "980.00", "EUR", "2026-11-05", None)]),
    ("Y2332", "Ardoisières de Herbeumont SA", "ardoises-herbeumont.example", "fr", "fr-BE", ["strategic"], "alice",
     [("comptabilite", "", "Comptabilité fournisseurs"), ("m.lambert", "Marc Lambert", "Directeur financier")],
     [("92326", "21350.00", "EUR", "2026-10-09", "AH-BC-2207")]),
    ("Y2333", "Coopérative des Dattes de Kébili", "dattes-kebili.example", "fr", "fr-TN", [], "bruno",
     [("finance", "", "Finance"), ("f.bensalem", "Fatma Ben Salem", "Responsable administrative")],
     [("92327", "4390.00", "EUR", "2026-10-15", None), ("92328", "615.00", "EUR", "2026-11-06", None)]),
    ("Y2341", "Viña Cordillera del Maule SpA", "vinacordillera.example", "es", "es-CL", [], "carla",
     [("contabilidad", "", "Contabilidad"), ("r.sepulveda", "Rodrigo Sepúlveda", "Jefe de administración")],
     [("92329", "8760.00", "USD", "2026-10-13", None), ("92330", "1290.00", "USD", "2026-11-04", None)]),
    ("Y2342", "Muebles Artesanales Tlaquepaque SA de CV", "mueblestlaquepaque.example", "es", "es-MX", ["legal"], "alice",
     [("cxp", "", "Cuentas por pagar"), ("g.ibarra", "Guadalupe Ibarra", "Directora de finanzas")],
     [("92331", "12640.00", "USD", "2026-09-28", None)]),
    ("Y2343", "Sidrería El Llagar de Nava SL", "llagardenava.example", "es", "es-ES", ["credit_hold"], "bruno",
     [("administracion", "", "Administración"), ("a.menendez", "Covadonga Menéndez", "Gerente")],
     [("92332", "4185.00", "EUR", "2026-10-14", None), ("92333", "540.00", "EUR", "2026-11-05", None)]),
    ("Y2351", "Chocolaterie Van Damme bv", "chocolaterie-vandamme.example", "nl", "nl-BE", [], "carla",
     [("boekhouding", "", "Boekhouding"), ("l.vandamme", "Lieve Van Damme", "Zaakvoerster")],
     [("92334", "6480.00", "EUR", "2026-10-14", None), ("92335", "1025.00", "EUR", "2026-11-05", None)]),
    ("Y2352", "Geitenzuivel De Terp bv", "geitenzuivel-deterp.example", "nl", "nl-NL", ["payment_plan"], "alice",
     [("administratie", "", "Administratie"), ("s.hoekstra", "Sjoerd Hoekstra", "Directeur")],
     [("92336", "7920.00", "EUR", "2026-09-30", None)]),
    ("Y2353", "Sleepdienst Maasmond bv", "sleepdienst-maasmond.example", "nl", "nl-NL", ["strategic"], "bruno",
     [("crediteuren", "", "Crediteurenadministratie"), ("r.dekker", "Rianne Dekker", "Financieel controller")],
     [("92337", "19640.00", "EUR", "2026-10-12", "SM-IO-40718"), ("92338", "2870.00", "EUR", "2026-11-04", "SM-IO-40799")]),
    ("Y2361", "Kwanza Offshore Serviços Lda", "kwanzaoffshore.example", "pt", "pt-AO", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("n.dasilva", "Nzinga da Silva", "Diretora financeira")],
     [("92339", "23400.00", "USD", "2026-10-13", "KOS-RQ-0931"), ("92340", "3870.00", "USD", "2026-11-05", "KOS-RQ-0977")]),
    ("Y2362", "Alambique Serra do Cipó Ltda", "alambiqueserradocipo.example", "pt", "pt-BR", ["credit_hold"], "alice",
     [("financeiro", "", "Financeiro"), ("j.drummond", "João Drummond", "Sócio-administrador")],
     [("92341", "6230.00", "USD", "2026-10-14", None)]),
    ("Y2363", "Bordados da Madeira Freitas Lda", "bordados-freitas.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("c.freitas", "Conceição Freitas", "Gerente")],
     [("92342", "3960.00", "EUR", "2026-10-15", None), ("92343", "710.00", "EUR", "2026-11-05", None)]),
]
