"""The field34 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

Manufacturing and wholesale buyers, an NGO and two universities, law and accounting firms, family vineyards and
fisheries. English from German, French, Italian, Turkish, Egyptian, Japanese and Korean writers besides GB, IE and US;
German from Hamburg and Switzerland, French from Marseille and Brussels, Spanish from Barcelona and Colombia, Dutch from
Rotterdam and Ghent, Portuguese from Lisbon and Recife.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-12-03"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("K3401", "Brandt Präzisionsteile GmbH", "brandt-praezision.example", "en", "en-DE", [], "alice",
     [("ap", "", "Accounts Payable"), ("h.brandt", "Heike Brandt", "Head of Purchasing")],
     [("93401", "6840.00", "EUR", "2026-10-20", "BP-4471"), ("93402", "1215.00", "EUR", "2026-11-10", "BP-4519")]),
    ("K3402", "Domaine Lemaire et Fils", "domaine-lemaire.example", "en", "en-FR", [], "bruno",
     [("compta", "", "Accounts"), ("a.lemaire", "Antoine Lemaire", "Gérant")],
     [("93403", "2390.00", "EUR", "2026-10-22", None), ("93404", "540.00", "EUR", "2026-11-12", None)]),
    ("K3403", "Pesca Adriatica Rossi Srl", "pesca-rossi.example", "en", "en-IT", [], "carla",
     [("amministrazione", "", "Administration"), ("g.rossi", "Giulia Rossi", "Amministratrice")],
     [("93405", "4125.00", "EUR", "2026-10-19", None), ("93406", "880.00", "EUR", "2026-11-09", None)]),
    ("K3404", "Anadolu Tekstil Toptan AS", "anadolutekstil.example", "en", "en-TR", ["credit_hold"], "alice",
     [("muhasebe", "", "Accounting"), ("e.yilmaz", "Emre Yilmaz", "Finance Manager")],
     [("93407", "15730.00", "EUR", "2026-10-15", "AT-PO-3382")]),
    ("K3405", "Nile Delta Relief Foundation", "niledeltarelief.example", "en", "en-EG", [], "bruno",
     [("finance", "", "Finance"), ("m.hassan", "Mona Hassan", "Grants Accountant")],
     [("93408", "3260.00", "USD", "2026-10-21", "NDRF-GR-118"), ("93409", "745.00", "USD", "2026-11-11", "NDRF-GR-121")]),
    ("K3406", "Kansai Seramikku Co Ltd", "kansai-ceramics.example", "en", "en-JP", ["strategic"], "carla",
     [("keiri", "", "Accounting Dept"), ("y.tanaka", "Yuki Tanaka", "Accounting Section Chief")],
     [("93410", "18900.00", "USD", "2026-10-16", "KS-77120"), ("93411", "2640.00", "USD", "2026-11-06", "KS-77185")]),
    ("K3407", "Hanbit University Industry Cooperation Foundation", "hanbit-uicf.example", "en", "en-KR", [], "alice",
     [("finance", "", "Finance Team"), ("j.park", "Park Ji-won", "Research Finance Officer")],
     [("93412", "5470.00", "USD", "2026-10-23", "HB-2026-0912"), ("93413", "930.00", "USD", "2026-11-13", "HB-2026-1004")]),
    ("K3408", "Whitcombe Harlow LLP", "whitcombeharlow.example", "en", "en-GB", [], "bruno",
     [("accounts", "", "Accounts"), ("p.okoro", "Priya Okoro", "Practice Finance Manager")],
     [("93414", "2875.00", "GBP", "2026-10-20", None), ("93415", "610.00", "GBP", "2026-11-10", None)]),
    ("K3409", "Dunmore Pike Chartered Accountants", "dunmorepike.example", "en", "en-IE", [], "carla",
     [("office", "", "Office"), ("c.dunmore", "Ciarán Dunmore", "Partner")],
     [("93416", "1980.00", "EUR", "2026-10-22", None), ("93417", "415.00", "EUR", "2026-11-12", None)]),
    ("K3410", "Great Lakes Fastener Supply Inc", "greatlakesfastener.example", "en", "en-US", [], "alice",
     [("ap", "", "Accounts Payable"), ("d.kowalski", "Dana Kowalski", "AP Supervisor")],
     [("93418", "9460.00", "USD", "2026-10-17", "GLF-88213"), ("93419", "1730.00", "USD", "2026-11-07", "GLF-88290")]),
    ("K3411", "Tidewater Seafood Wholesale LLC", "tidewaterseafood.example", "en", "en-US", ["payment_plan"], "bruno",
     [("office", "", "Office"), ("b.harlan", "Beau Harlan", "Owner")],
     [("93420", "12600.00", "USD", "2026-09-30", None)]),
    ("K3421", "Elbtor Maschinenbau GmbH", "elbtor-maschinenbau.example", "de", "de-DE", [], "carla",
     [("kreditoren", "", "Kreditorenbuchhaltung"), ("j.petersen", "Jens Petersen", "Leiter Rechnungswesen")],
     [("93421", "8320.00", "EUR", "2026-10-19", "EM-45003871"), ("93422", "1460.00", "EUR", "2026-11-09", "EM-45003902")]),
    ("K3422", "Treuhand Aeschbacher AG", "treuhand-aeschbacher.example", "de", "de-CH", ["strategic"], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("u.aeschbacher", "Ursula Aeschbacher", "Partnerin")],
     [("93423", "4680.00", "CHF", "2026-10-21", None), ("93424", "790.00", "CHF", "2026-11-11", None)]),
    ("K3431", "Pêcheries du Vieux-Port SAS", "pecheries-vieuxport.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("m.santoni", "Marc Santoni", "Directeur administratif")],
     [("93425", "5340.00", "EUR", "2026-10-20", None), ("93426", "960.00", "EUR", "2026-11-10", None)]),
    ("K3432", "Cabinet Van Lierde & Dubois", "vanlierde-dubois.example", "fr", "fr-BE", [], "carla",
     [("administration", "", "Administration"), ("s.dubois", "Sophie Dubois", "Avocate associée")],
     [("93427", "3150.00", "EUR", "2026-10-22", None), ("93428", "575.00", "EUR", "2026-11-12", None)]),
    ("K3441", "Distribuciones Industriales Ribera SL", "dist-ribera.example", "es", "es-ES", [], "alice",
     [("cuentas", "", "Cuentas a pagar"), ("n.puig", "Núria Puig", "Responsable de administración")],
     [("93429", "7280.00", "EUR", "2026-10-18", "DIR-2026-551"), ("93430", "1340.00", "EUR", "2026-11-08", "DIR-2026-602")]),
    ("K3442", "Fundación Universitaria del Valle Andino", "fuvandino.example", "es", "es-CO", ["credit_hold"], "bruno",
     [("tesoreria", "", "Tesorería"), ("c.rengifo", "Carolina Rengifo", "Jefe de tesorería")],
     [("93431", "6150.00", "USD", "2026-10-16", "FUVA-OC-2291")]),
    ("K3451", "Groothandel Maashaven BV", "groothandel-maashaven.example", "nl", "nl-NL", [], "carla",
     [("crediteuren", "", "Crediteurenadministratie"), ("r.bakker", "Ruud Bakker", "Hoofd financiën")],
     [("93432", "5910.00", "EUR", "2026-10-20", "GM-30177"), ("93433", "1085.00", "EUR", "2026-11-10", "GM-30219")]),
    ("K3452", "Wijndomein Van de Velde", "wijndomein-vandevelde.example", "nl", "nl-BE", ["payment_plan"], "alice",
     [("boekhouding", "", "Boekhouding"), ("l.vandevelde", "Lieve Van de Velde", "Zaakvoerster")],
     [("93434", "4420.00", "EUR", "2026-09-29", None)]),
    ("K3461", "Conservas Atlântico Norte Lda", "conservas-atlantico.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("t.marques", "Teresa Marques", "Diretora financeira")],
     [("93435", "6720.00", "EUR", "2026-10-19", None), ("93436", "1190.00", "EUR", "2026-11-09", None)]),
    ("K3462", "Cavalcanti Albuquerque Advogados", "cavalcanti-adv.example", "pt", "pt-BR", ["legal"], "carla",
     [("financeiro", "", "Financeiro"), ("r.cavalcanti", "Renata Cavalcanti", "Sócia administradora")],
     [("93437", "3980.00", "USD", "2026-10-14", None)]),
]
