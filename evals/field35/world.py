"""The field35 split's ERP: its own customers, contacts and invoices (written by hand, none shared with earlier splits).

Small manufacturers and farms, and the accountants and assistants who write for them: a Cork dairy farm, a Speyside
cooperage (strategic), a Pune auto-parts workshop, a Western Cape fruit farm on credit hold, an Ohio accounting firm
writing for a client on a plan, a Vermont machine shop, a Perthshire sheep farm, an Austrian sawmill, a Bavarian
brewery on credit hold, a Liège chocolatier, a Quebec maple farm, a Puebla ceramics works, an Andalusian olive
estate (strategic), a Flemish greenhouse and a Flemish furniture maker, a Minas Gerais coffee farm and a cork mill
in the Alentejo.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-12-07"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("J3501", "Ballinhassig Dairy Farm Ltd", "ballinhassigdairy.example", "en", "en-IE", [], "alice",
     [("accounts", "", "Accounts"), ("m.oleary", "Maeve O'Leary", "Farm Manager")],
     [("93501", "4210.00", "EUR", "2026-10-20", None), ("93502", "760.00", "EUR", "2026-11-10", None)]),
    ("J3502", "Craigellachie Cooperage Ltd", "craigcooperage.example", "en", "en-GB", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("a.grant", "Alasdair Grant", "Finance Director")],
     [("93503", "18940.00", "GBP", "2026-10-16", "CC-PO-5512"), ("93504", "2290.00", "GBP", "2026-11-12", "CC-PO-5570")]),
    ("J3503", "Deccan Precision Auto Parts Pvt Ltd", "deccanprecision.example", "en", "en-IN", [], "carla",
     [("accounts", "", "Accounts"), ("r.kulkarni", "Rohan Kulkarni", "Accounts Executive")],
     [("93505", "6380.00", "USD", "2026-10-22", "DPA/PO/2291"), ("93506", "1140.00", "USD", "2026-11-13", "DPA/PO/2340")]),
    ("J3504", "Rooihoek Fruit Farms (Pty) Ltd", "rooihoekfruit.example", "en", "en-ZA", ["credit_hold"], "alice",
     [("admin", "", "Admin"), ("j.vanwyk", "Johan van Wyk", "Owner")],
     [("93507", "9520.00", "ZAR", "2026-10-15", None)]),
    ("J3505", "Lindqvist & Moore CPAs (for Hartwell Feed & Grain)", "lindqvistmoore.example", "en", "en-US", ["payment_plan"], "bruno",
     [("clientservices", "", "Client Services"), ("d.moore", "Dana Moore", "Partner")],
     [("93508", "12600.00", "USD", "2026-09-30", None)]),
    ("J3506", "Green Mountain Machine Works Inc", "gmmachineworks.example", "en", "en-US", [], "carla",
     [("ap", "", "Accounts Payable"), ("t.beaulieu", "Tom Beaulieu", "Controller")],
     [("93509", "5875.00", "USD", "2026-10-21", "GMW-1187"), ("93510", "980.00", "USD", "2026-11-11", "GMW-1203")]),
    ("J3507", "Glenalmond Hill Farm", "glenalmondhill.example", "en", "en-GB", [], "alice",
     [("office", "", "Office"), ("f.mackenzie", "Fiona MacKenzie", "Partner")],
     [("93511", "2340.00", "GBP", "2026-10-23", None), ("93512", "415.00", "GBP", "2026-11-13", None)]),
    ("J3521", "Sägewerk Hintersteiner GmbH", "saegewerk-hintersteiner.example", "de", "de-AT", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("g.hintersteiner", "Gerlinde Hintersteiner", "Geschäftsführerin")],
     [("93521", "7430.00", "EUR", "2026-10-19", None), ("93522", "1260.00", "EUR", "2026-11-12", None)]),
    ("J3522", "Brauerei Moosrainer KG", "brauerei-moosrainer.example", "de", "de-DE", ["credit_hold"], "carla",
     [("rechnungswesen", "", "Rechnungswesen"), ("x.huber", "Xaver Huber", "Kaufmännischer Leiter")],
     [("93523", "5190.00", "EUR", "2026-10-22", "BM-8841")]),
    ("J3531", "Chocolaterie Delvaux-Lemaire SRL", "choco-delvaux.example", "fr", "fr-BE", [], "alice",
     [("comptabilite", "", "Comptabilité"), ("a.lemaire", "Anne Lemaire", "Gérante")],
     [("93531", "3860.00", "EUR", "2026-10-20", None), ("93532", "540.00", "EUR", "2026-11-12", None)]),
    ("J3532", "Érablière du Rang Saint-Joseph inc.", "erabliere-stjoseph.example", "fr", "fr-CA", [], "bruno",
     [("administration", "", "Administration"), ("m.gagnon", "Martin Gagnon", "Propriétaire")],
     [("93533", "6470.00", "CAD", "2026-10-16", None)]),
    ("J3541", "Talavera y Cerámica de Cholula SA de CV", "talaveracholula.example", "es", "es-MX", [], "carla",
     [("cxp", "", "Cuentas por pagar"), ("g.rosales", "Guadalupe Rosales", "Contadora")],
     [("93541", "4920.00", "USD", "2026-10-21", "TCC-OC-3310"), ("93542", "830.00", "USD", "2026-11-10", "TCC-OC-3356")]),
    ("J3542", "Finca Olivarera Los Almendros SL", "olivarera-almendros.example", "es", "es-ES", ["strategic"], "alice",
     [("administracion", "", "Administración"), ("j.moreno", "Javier Moreno", "Gerente")],
     [("93543", "14280.00", "EUR", "2026-10-14", None)]),
    ("J3551", "Serres Van Damme bv", "serres-vandamme.example", "nl", "nl-BE", [], "bruno",
     [("boekhouding", "", "Boekhouding"), ("k.vandamme", "Koen Van Damme", "Zaakvoerder")],
     [("93551", "5640.00", "EUR", "2026-10-20", None), ("93552", "710.00", "EUR", "2026-11-11", None)]),
    ("J3552", "Meubelmakerij De Schaepdrijver", "schaepdrijver-meubelen.example", "nl", "nl-BE", [], "carla",
     [("administratie", "", "Administratie"), ("l.deschaepdrijver", "Lieve De Schaepdrijver", "Zaakvoerster")],
     [("93553", "3280.00", "EUR", "2026-10-22", None)]),
    ("J3561", "Fazenda Santa Luzia do Cerrado Ltda", "fazendasantaluzia.example", "pt", "pt-BR", [], "alice",
     [("financeiro", "", "Financeiro"), ("c.araujo", "Cláudia Araújo", "Gerente financeira")],
     [("93561", "8150.00", "USD", "2026-10-19", None), ("93562", "990.00", "USD", "2026-11-12", None)]),
    ("J3562", "Corticeira Vale do Sorraia Lda", "corticeira-sorraia.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("n.pires", "Nuno Pires", "Diretor administrativo")],
     [("93563", "6720.00", "EUR", "2026-10-21", None)]),
]
