"""The field18 split's ERP: its own customers, contacts and invoices (written by hand, none shared with field … field17).

A training split weighted to dated promises, so most accounts carry no flag (a plain dated promise needs no person) and a
few carry one each. Settings unlike the earlier splits: a Scottish distillery and a chamber orchestra (GB), a veterinary
clinic (US East) and a bicycle shop (US Pacific), a boatyard (IE), solar installers on credit hold (AU), a climbing gym
(NZ), a printing house (CA, strategic), a dental lab (IN), tea importers (SG), a pharmacy on a plan (NG), a dive resort
(PH); a brewery (DE), a ski school (AT), a veterinary practice (CH, strategic); a printer (FR), a brasserie (BE), a
veterinary clinic on credit hold (QC); a cannery (ES), a surf school (CO), a plant nursery on a plan (CL); a bicycle
repairer (NL), a sailmaker (BE), a cheese farm (NL, strategic); a wine estate (PT), a dental clinic (BR) and a surf lodge
on credit hold (PT).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("U1801", "Glenmorven Distillery Ltd", "glenmorven.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("f.mackinnon", "Fiona MacKinnon", "Finance Manager")],
     [("18011", "4820.00", "GBP", "2026-10-16", None), ("18012", "615.00", "GBP", "2026-11-06", None)]),
    ("U1802", "Pinecrest Veterinary Clinic PC", "pinecrestvet.example", "en", "en-US", [], "bruno",
     [("billing", "", "Billing"), ("d.ortiz", "Dana Ortiz", "Practice Administrator")],
     [("18021", "3275.00", "USD", "2026-10-13", "PVC-0412"), ("18022", "940.00", "USD", "2026-11-04", "PVC-0437")]),
    ("U1803", "Harbourline Boatyard Ltd", "harbourline-boats.example", "en", "en-IE", [], "carla",
     [("accounts", "", "Accounts"), ("c.doyle", "Ciarán Doyle", "Yard Manager")],
     [("18031", "6180.00", "EUR", "2026-10-14", None)]),
    ("U1804", "Wattle & Ember Solar Pty Ltd", "wattle-ember.example", "en", "en-AU", ["credit_hold"], "alice",
     [("accounts", "", "Accounts"), ("b.nguyen", "Bao Nguyen", "Operations Director")],
     [("18041", "11450.00", "AUD", "2026-10-08", None)]),
    ("U1805", "Tasman Climbing Co Ltd", "tasmanclimbing.example", "en", "en-NZ", [], "bruno",
     [("admin", "", "Admin"), ("r.tane", "Rangi Tane", "Owner")],
     [("18051", "2140.00", "NZD", "2026-10-15", None), ("18052", "385.00", "NZD", "2026-11-05", None)]),
    ("U1806", "Maple Ridge Printing Inc", "mapleridgeprint.example", "en", "en-CA", ["strategic"], "carla",
     [("ap", "", "Accounts Payable"), ("l.bouchard", "Laura Bouchard", "Controller")],
     [("18061", "15900.00", "CAD", "2026-10-09", "MRP-88310"), ("18062", "2260.00", "CAD", "2026-11-03", "MRP-88417")]),
    ("U1807", "Kestrel Dental Lab Pvt Ltd", "kestreldental.example", "en", "en-IN", [], "alice",
     [("accounts", "", "Accounts"), ("p.raghavan", "Priya Raghavan", "Accounts Executive")],
     [("18071", "2890.00", "USD", "2026-10-12", None), ("18072", "710.00", "USD", "2026-11-04", None)]),
    ("U1808", "Lion City Tea Importers Pte Ltd", "lioncitytea.example", "en", "en-SG", [], "bruno",
     [("finance", "", "Finance"), ("w.tan", "Wei Ling Tan", "Finance Executive")],
     [("18081", "5340.00", "SGD", "2026-10-14", None)]),
    ("U1809", "Lagoon Bay Pharmacy Ltd", "lagoonbaypharmacy.example", "en", "en-NG", ["payment_plan"], "carla",
     [("accounts", "", "Accounts"), ("o.adeyemi", "Olumide Adeyemi", "Chief Accountant")],
     [("18091", "7600.00", "USD", "2026-09-30", None)]),
    ("U1810", "Redwater Cycles LLC", "redwatercycles.example", "en", "en-US", [], "alice",
     [("office", "", "Office"), ("j.kowalski", "Jen Kowalski", "Owner")],
     [("18101", "1980.00", "USD", "2026-10-15", None), ("18102", "455.00", "USD", "2026-11-05", None)]),
    ("U1811", "Ridgeway Chamber Orchestra", "ridgewayorchestra.example", "en", "en-GB", [], "bruno",
     [("finance", "", "Finance"), ("h.pryce", "Hugh Pryce", "General Manager")],
     [("18111", "2750.00", "GBP", "2026-10-16", None)]),
    ("U1812", "Coral Shelf Dive Resort Inc", "coralshelfdive.example", "en", "en-PH", [], "carla",
     [("accounting", "", "Accounting"), ("m.reyes", "Maricel Reyes", "Accounting Supervisor")],
     [("18121", "4410.00", "USD", "2026-10-13", None)]),
    ("U1821", "Brauerei Kesselgrund GmbH", "brauerei-kesselgrund.example", "de", "de-DE", [], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("t.weidner", "Thomas Weidner", "Kaufmännischer Leiter")],
     [("18211", "3960.00", "EUR", "2026-10-14", None), ("18212", "580.00", "EUR", "2026-11-05", None)]),
    ("U1822", "Skischule Arlberghang OG", "skischule-arlberghang.example", "de", "de-AT", [], "bruno",
     [("office", "", "Büro"), ("k.strolz", "Katharina Strolz", "Geschäftsführerin")],
     [("18221", "2740.00", "EUR", "2026-10-15", None)]),
    ("U1823", "Tierarztpraxis Seeblick AG", "tierarzt-seeblick.example", "de", "de-CH", ["strategic"], "carla",
     [("administration", "", "Administration"), ("u.baumann", "Urs Baumann", "Leiter Administration")],
     [("18231", "8120.00", "CHF", "2026-10-09", "TS-5520")]),
    ("U1831", "Imprimerie Lavande et Fils SARL", "imprimerie-lavande.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("a.roussel", "Anne Roussel", "Gérante")],
     [("18311", "4230.00", "EUR", "2026-10-13", None), ("18312", "675.00", "EUR", "2026-11-05", None)]),
    ("U1832", "Brasserie du Vieux Moulin SRL", "vieuxmoulin-brasserie.example", "fr", "fr-BE", [], "bruno",
     [("comptabilite", "", "Comptabilité"), ("g.lambert", "Gilles Lambert", "Administrateur délégué")],
     [("18321", "2980.00", "EUR", "2026-10-14", None)]),
    ("U1833", "Clinique vétérinaire des Îles", "cliniquevet-iles.example", "fr", "fr-CA", ["credit_hold"], "carla",
     [("comptes", "", "Comptes fournisseurs"), ("m.arsenault", "Mélanie Arsenault", "Directrice administrative")],
     [("18331", "6450.00", "CAD", "2026-10-09", None)]),
    ("U1841", "Conservas del Cantábrico SL", "conservascantabrico.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("i.etxeberria", "Iñaki Etxeberria", "Jefe de administración")],
     [("18411", "5180.00", "EUR", "2026-10-13", None), ("18412", "730.00", "EUR", "2026-11-04", None)]),
    ("U1842", "Escuela de Surf Punta Roca SAS", "puntaroca-surf.example", "es", "es-CO", [], "bruno",
     [("contabilidad", "", "Contabilidad"), ("v.mejia", "Valentina Mejía", "Contadora")],
     [("18421", "2360.00", "USD", "2026-10-15", None)]),
    ("U1843", "Viveros Los Andes SpA", "viveroslosandes.example", "es", "es-CL", ["payment_plan"], "carla",
     [("finanzas", "", "Finanzas"), ("r.sepulveda", "Rodrigo Sepúlveda", "Gerente de finanzas")],
     [("18431", "7920.00", "USD", "2026-09-29", None)]),
    ("U1851", "Fietsenmakerij De Spaak BV", "despaak.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("j.bakker", "Joost Bakker", "Eigenaar")],
     [("18511", "1840.00", "EUR", "2026-10-15", None), ("18512", "395.00", "EUR", "2026-11-05", None)]),
    ("U1852", "Zeilmakerij Van Damme bv", "zeilmakerij-vandamme.example", "nl", "nl-BE", [], "bruno",
     [("boekhouding", "", "Boekhouding"), ("l.vandamme", "Lieve Van Damme", "Zaakvoerder")],
     [("18521", "5620.00", "EUR", "2026-10-14", None)]),
    ("U1853", "Kaasboerderij Hoeve Lindenhof", "hoevelindenhof.example", "nl", "nl-NL", ["strategic"], "carla",
     [("financien", "", "Financiën"), ("m.devries", "Marieke de Vries", "Bedrijfsleider")],
     [("18531", "9870.00", "EUR", "2026-10-09", "HL-3310")]),
    ("U1861", "Quinta da Ribeira Vinhos Lda", "quintadaribeira.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("j.marques", "Joana Marques", "Diretora financeira")],
     [("18611", "4670.00", "EUR", "2026-10-13", None), ("18612", "820.00", "EUR", "2026-11-05", None)]),
    ("U1862", "Clínica Odontológica Sorriso Pleno Ltda", "sorrisopleno.example", "pt", "pt-BR", [], "bruno",
     [("financeiro", "", "Financeiro"), ("c.tavares", "Camila Tavares", "Gerente financeira")],
     [("18621", "3150.00", "USD", "2026-10-15", None)]),
    ("U1863", "Surf Lodge Ericeira Lda", "surflodge-ericeira.example", "pt", "pt-PT", ["credit_hold"], "carla",
     [("reservas", "", "Reservas"), ("t.sousa", "Tiago Sousa", "Sócio-gerente")],
     [("18631", "2590.00", "EUR", "2026-10-12", None)]),
]
