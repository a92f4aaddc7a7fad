"""The field56 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Settings chosen for mid/late January 2028: a Burns Night supper caterer (Edinburgh), a lion-dance troupe outfitter
before Chinese New Year (Singapore, strategic), an Australia Day fireworks company on credit hold (Sydney, its owner
writing from Perth), an ice-fishing outfitter in Minnesota (its bookkeeper wintering in Arizona), an ice-road haulier
on a payment plan (Winnipeg), a stock-take counting firm in its busiest month (Auckland), an astronomy-tour operator on
a legal account (Karoo, South Africa), a currach boatbuilder (Connemara); a sledge maker (Bavaria) and a Tyrolean
curling-stone (Eisstock) works (strategic); a galette-des-rois charm (fève) maker (Burgundy) and a Jura snowshoe maker
on credit hold (Vaud); a roscón de Reyes bakery (Valencia) and a Chilean summer-season ferry operator on a plan; a
pea-soup cannery (Friesland) and a Bruges ice-sculpture studio (strategic); a cork-stopper works (Alentejo, its
partner writing from Macau) and a hammock weaver in Fortaleza on credit hold.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2028-01-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("N5601", "Auld Reekie Suppers Ltd", "auldreekiesuppers.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("f.mackinnon", "Fiona MacKinnon", "Director"), ("kitchen", "", "Kitchen office")],
     [("INV-2027-56001", "2480.00", "GBP", "2027-12-10", None), ("INV-2027-56002", "615.00", "GBP", "2027-12-22", None)]),
    ("N5602", "Golden Mane Lion Dance Supplies Pte Ltd", "goldenmane.example", "en", "en-SG", ["strategic"], "bruno",
     [("finance", "", "Finance"), ("w.tan", "Tan Wei Ling", "Finance Manager")],
     [("INV-2027-56003", "18600.00", "SGD", "2027-12-08", "GM-PO-2211"), ("INV-2027-56004", "2940.00", "SGD", "2027-12-20", "GM-PO-2240")]),
    ("N5603", "Southern Cross Pyrotechnics Pty Ltd", "southerncrosspyro.example", "en", "en-AU", ["credit_hold"], "carla",
     [("accounts", "", "Accounts"), ("d.oconnell", "Darren O'Connell", "Managing Director")],
     [("INV-2027-56005", "12750.00", "AUD", "2027-11-30", None), ("INV-2027-56006", "1980.00", "AUD", "2027-12-15", None)]),
    ("N5604", "Mille Lacs Ice Fishing Outfitters LLC", "millelacsice.example", "en", "en-US", [], "alice",
     [("office", "", "Office"), ("j.lindqvist", "Judy Lindqvist", "Bookkeeper")],
     [("INV-2027-56007", "4325.00", "USD", "2027-12-12", None), ("INV-2027-56008", "790.00", "USD", "2027-12-28", None)]),
    ("N5605", "Northern Lights Ice Road Haulage Inc", "nlicehaul.example", "en", "en-CA", ["payment_plan"], "bruno",
     [("ap", "", "Accounts Payable"), ("m.beaulieu", "Marc Beaulieu", "Controller")],
     [("INV-2027-56009", "22400.00", "CAD", "2027-11-25", None)]),
    ("N5606", "Tally Ho Stocktake Services Ltd", "tallyho-stocktake.example", "en", "en-NZ", [], "carla",
     [("accounts", "", "Accounts"), ("r.parata", "Rawiri Parata", "Operations Manager")],
     [("INV-2027-56010", "3160.00", "NZD", "2027-12-14", None), ("INV-2027-56011", "480.00", "NZD", "2027-12-29", None)]),
    ("N5607", "Karoo Dark Sky Tours (Pty) Ltd", "karoodarksky.example", "en", "en-ZA", ["legal"], "alice",
     [("admin", "", "Admin"), ("p.vanwyk", "Pieter van Wyk", "Owner")],
     [("INV-2027-56012", "38500.00", "ZAR", "2027-11-20", None)]),
    ("N5608", "Connemara Currach Works Ltd", "connemaracurrach.example", "en", "en-IE", [], "bruno",
     [("office", "", "Office"), ("s.oflaherty", "Seán Ó Flaithearta", "Owner")],
     [("INV-2027-56013", "2215.00", "EUR", "2027-12-09", None), ("INV-2027-56014", "340.00", "EUR", "2027-12-23", None)]),
    ("N5621", "Schlittenbau Ammertal GmbH", "schlittenbau-ammertal.example", "de", "de-DE", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("a.gschwendtner", "Anton Gschwendtner", "Geschäftsführer")],
     [("INV-2027-56021", "3940.00", "EUR", "2027-12-10", None), ("INV-2027-56022", "725.00", "EUR", "2027-12-21", None)]),
    ("N5622", "Eisstock-Manufaktur Brugger KG", "eisstock-brugger.example", "de", "de-AT", ["strategic"], "alice",
     [("rechnungswesen", "", "Rechnungswesen"), ("h.brugger", "Herta Brugger", "Kommanditistin")],
     [("INV-2027-56023", "9860.00", "EUR", "2027-12-06", "EB-2027-118")]),
    ("N5631", "Fèves & Couronnes Lemoine SARL", "feves-lemoine.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("o.lemoine", "Odile Lemoine", "Gérante")],
     [("INV-2027-56031", "4150.00", "EUR", "2027-12-08", None), ("INV-2027-56032", "580.00", "EUR", "2027-12-22", None)]),
    ("N5632", "Raquettes du Jura Vaudois SA", "raquettes-jura.example", "fr", "fr-CH", ["credit_hold"], "carla",
     [("comptabilite", "", "Comptabilité"), ("l.rochat", "Laurent Rochat", "Directeur")],
     [("INV-2027-56033", "7380.00", "CHF", "2027-11-29", None)]),
    ("N5641", "Obrador Roscones Santa Llúcia SL", "roscones-santallucia.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("m.ferrer", "Mercè Ferrer", "Gerente")],
     [("INV-2027-56041", "3670.00", "EUR", "2027-12-09", None), ("INV-2027-56042", "495.00", "EUR", "2027-12-23", None)]),
    ("N5642", "Transbordadores Seno Reloncaví SpA", "senoreloncavi.example", "es", "es-CL", ["payment_plan"], "bruno",
     [("finanzas", "", "Finanzas"), ("c.oyarzun", "Cristián Oyarzún", "Jefe de Finanzas")],
     [("INV-2027-56043", "15200.00", "USD", "2027-11-26", None)]),
    ("N5651", "Snertfabriek De Friese Pot BV", "friesepot.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("t.dijkstra", "Tjitske Dijkstra", "Directeur")],
     [("INV-2027-56051", "2890.00", "EUR", "2027-12-10", None), ("INV-2027-56052", "410.00", "EUR", "2027-12-22", None)]),
    ("N5652", "IJssculptuur Atelier Brugge bv", "ijsatelier-brugge.example", "nl", "nl-BE", ["strategic"], "alice",
     [("boekhouding", "", "Boekhouding"), ("k.dewulf", "Koen De Wulf", "Zaakvoerder")],
     [("INV-2027-56053", "11240.00", "EUR", "2027-12-07", None)]),
    ("N5661", "Rolhas do Montado Lda", "rolhasdomontado.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("j.caeiro", "Joaquim Caeiro", "Sócio-gerente")],
     [("INV-2027-56061", "5340.00", "EUR", "2027-12-09", None), ("INV-2027-56062", "860.00", "EUR", "2027-12-21", None)]),
    ("N5662", "Redes do Ceará Tecelagem Ltda", "redesdoceara.example", "pt", "pt-BR", ["credit_hold"], "carla",
     [("financeiro", "", "Financeiro"), ("a.holanda", "Antônia Holanda", "Diretora financeira")],
     [("INV-2027-56063", "6920.00", "USD", "2027-12-01", None)]),
]
