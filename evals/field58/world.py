"""The field58 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Settings chosen for mid/late August 2028 (Assumption Day on Tuesday 15 August, the Spanish and Italian August
shutdown, Brazil's Father's Day on 13 August, India's Independence Day, back-to-school, the UK summer bank holiday on
Monday 28 August): festival portable-toilet hire (Yorkshire), an ice-cream distributor (New Jersey, strategic), campsites
(Kerry), pool maintenance on credit hold (Gold Coast), a school-textbook distributor (Pune), a Naples gelateria writing
English, a sunscreen lab on a legal account (Florida), lifeguard training on a plan (Raglan), marquee hire (Cornwall), a
school stationer (Nairobi); an ice-cream parlour (Munich), a campsite on the Neusiedler See (credit hold), a satchel
maker in its Betriebsferien (Hesse); a Breton glacier, a Landes campsite on a plan, a Namur school supplier; a Xàtiva
ice-cream maker, a Motril pool-maintenance firm on credit hold, a Santiago school stationer; a Groningen ice-cream
parlour, a Zeeland campsite, a Ghent schoolbook shop; a churrasco-grill maker (Porto Alegre), a Costa Vicentina
campsite and an Algarve ice-cream maker (strategic).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2028-09-01"


def _inv(n: str, amount: str, cur: str, due: str, po: str | None = None) -> tuple[str, str, str, str, str | None]:
    """One open invoice, numbered in full (INV-2027-58…) so no other split's range can collide."""
    return (f"INV-2027-{n}", amount, cur, due, po)


# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("K5801", "Dovecote Portable Loos Ltd", "dovecote-loos.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("j.haworth", "Janet Haworth", "Office Manager")],
     [_inv("58011", "2480.00", "GBP", "2028-07-14"), _inv("58012", "615.00", "GBP", "2028-07-28")]),
    ("K5802", "Frostline Ice Cream Distributors Inc", "frostline-icecream.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("d.romano", "Dominic Romano", "Controller")],
     [_inv("58021", "18600.00", "USD", "2028-07-10", "FL-7730"), _inv("58022", "3240.00", "USD", "2028-07-31", "FL-7781")]),
    ("K5803", "Saffron Ridge Campsites Ltd", "saffronridge-camping.example", "en", "en-IE", [], "carla",
     [("office", "", "Office"), ("c.ohalloran", "Ciara O'Halloran", "Owner")],
     [_inv("58031", "1950.00", "EUR", "2028-07-12"), _inv("58032", "430.00", "EUR", "2028-07-26")]),
    ("K5804", "Bluewater Pool Services Pty Ltd", "bluewaterpools.example", "en", "en-AU", ["credit_hold"], "alice",
     [("accounts", "", "Accounts"), ("t.nguyen", "Tran Nguyen", "Director")],
     [_inv("58041", "7420.00", "AUD", "2028-07-07")]),
    ("K5805", "Tricolour Textbooks Pvt Ltd", "tricolour-textbooks.example", "en", "en-IN", [], "bruno",
     [("accounts", "", "Accounts"), ("r.kulkarni", "Rohan Kulkarni", "Finance Manager")],
     [_inv("58051", "5600.00", "USD", "2028-07-15", "TT/PO/2291"), _inv("58052", "1180.00", "USD", "2028-07-29")]),
    ("K5806", "Gelateria Fratelli Sarno Srl", "fratellisarno.example", "en", "en-IT", [], "carla",
     [("amministrazione", "", "Amministrazione"), ("g.sarno", "Giuseppe Sarno", "Titolare")],
     [_inv("58061", "4890.00", "EUR", "2028-07-11"), _inv("58062", "760.00", "EUR", "2028-07-27")]),
    ("K5807", "Sunhaven Sunscreen Labs LLC", "sunhaven-labs.example", "en", "en-US", ["legal"], "alice",
     [("payables", "", "Payables"), ("m.delgado", "Marisol Delgado", "Operations Director")],
     [_inv("58071", "9300.00", "USD", "2028-06-30")]),
    ("K5808", "Kestrel Lifeguard Training Ltd", "kestrel-lifeguard.example", "en", "en-NZ", ["payment_plan"], "bruno",
     [("admin", "", "Admin"), ("a.tane", "Aroha Tane", "Director")],
     [_inv("58081", "6600.00", "NZD", "2028-06-28")]),
    ("K5809", "Harbourside Marquee Hire Ltd", "harbourside-marquees.example", "en", "en-GB", [], "carla",
     [("accounts", "", "Accounts"), ("p.trelawny", "Peter Trelawny", "Director")],
     [_inv("58091", "3150.00", "GBP", "2028-07-13"), _inv("58092", "890.00", "GBP", "2028-07-27")]),
    ("K5810", "Jacaranda School Stationers Ltd", "jacaranda-stationers.example", "en", "en-KE", [], "alice",
     [("finance", "", "Finance"), ("e.otieno", "Esther Otieno", "Accountant")],
     [_inv("58101", "2740.00", "USD", "2028-07-14"), _inv("58102", "520.00", "USD", "2028-07-28")]),
    ("K5821", "Eisdiele Dolomiti GmbH", "eisdiele-dolomiti.example", "de", "de-DE", [], "bruno",
     [("buchhaltung", "", "Buchhaltung"), ("l.demarchi", "Luca De Marchi", "Geschäftsführer")],
     [_inv("58211", "3380.00", "EUR", "2028-07-12"), _inv("58212", "540.00", "EUR", "2028-07-27")]),
    ("K5822", "Campingpark Seewinkel GmbH", "camping-seewinkel.example", "de", "de-AT", ["credit_hold"], "carla",
     [("office", "", "Büro"), ("h.gangl", "Herta Gangl", "Inhaberin")],
     [_inv("58221", "6950.00", "EUR", "2028-07-10")]),
    ("K5823", "Schulranzen Hoffmann KG", "ranzen-hoffmann.example", "de", "de-DE", [], "alice",
     [("rechnungswesen", "", "Rechnungswesen"), ("k.hoffmann", "Klaus Hoffmann", "Komplementär")],
     [_inv("58231", "4120.00", "EUR", "2028-07-13"), _inv("58232", "890.00", "EUR", "2028-07-28")]),
    ("K5831", "Glacier Artisanal Le Pingouin SARL", "glacier-lepingouin.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("y.le-goff", "Yann Le Goff", "Gérant")],
     [_inv("58311", "2860.00", "EUR", "2028-07-12"), _inv("58312", "470.00", "EUR", "2028-07-26")]),
    ("K5832", "Camping des Pins Maritimes SAS", "camping-pinsmaritimes.example", "fr", "fr-FR", ["payment_plan"], "carla",
     [("accueil", "", "Accueil"), ("m.darrigade", "Martine Darrigade", "Présidente")],
     [_inv("58321", "8400.00", "EUR", "2028-06-30")]),
    ("K5833", "Fournitures Scolaires Lambert SA", "fournitures-lambert.example", "fr", "fr-BE", [], "alice",
     [("comptabilite", "", "Comptabilité"), ("s.lambert", "Sophie Lambert", "Administratrice déléguée")],
     [_inv("58331", "3640.00", "EUR", "2028-07-13"), _inv("58332", "720.00", "EUR", "2028-07-27")]),
    ("K5841", "Helados Nieve de Xàtiva SL", "nievedexativa.example", "es", "es-ES", [], "bruno",
     [("administracion", "", "Administración"), ("v.ferrer", "Vicent Ferrer", "Gerente")],
     [_inv("58411", "2980.00", "EUR", "2028-07-11"), _inv("58412", "610.00", "EUR", "2028-07-27")]),
    ("K5842", "Piscinas Costa Tropical SL", "piscinas-costatropical.example", "es", "es-ES", ["credit_hold"], "carla",
     [("facturas", "", "Facturas"), ("a.moreno", "Alicia Moreno", "Administradora")],
     [_inv("58421", "5760.00", "EUR", "2028-07-10")]),
    ("K5843", "Librería y Papelería Los Andes SpA", "papeleria-losandes.example", "es", "es-CL", [], "alice",
     [("pagos", "", "Pagos"), ("f.araya", "Francisca Araya", "Jefa de finanzas")],
     [_inv("58431", "4350.00", "USD", "2028-07-14"), _inv("58432", "980.00", "USD", "2028-07-28")]),
    ("K5851", "IJssalon De Poolster", "ijssalon-poolster.example", "nl", "nl-NL", [], "bruno",
     [("administratie", "", "Administratie"), ("b.huisman", "Bert Huisman", "Eigenaar")],
     [_inv("58511", "1870.00", "EUR", "2028-07-12"), _inv("58512", "395.00", "EUR", "2028-07-26")]),
    ("K5852", "Camping 't Zonnedal bv", "camping-zonnedal.example", "nl", "nl-NL", [], "carla",
     [("receptie", "", "Receptie"), ("m.devisser", "Marieke de Visser", "Bedrijfsleider")],
     [_inv("58521", "5240.00", "EUR", "2028-07-11")]),
    ("K5853", "Schoolboekenhandel Vermeersch bv", "vermeersch-boeken.example", "nl", "nl-BE", [], "alice",
     [("boekhouding", "", "Boekhouding"), ("g.vermeersch", "Griet Vermeersch", "Zaakvoerster")],
     [_inv("58531", "3260.00", "EUR", "2028-07-13"), _inv("58532", "640.00", "EUR", "2028-07-27")]),
    ("K5861", "Churrasqueiras Gaúcha Forte Ltda", "gauchaforte.example", "pt", "pt-BR", [], "bruno",
     [("financeiro", "", "Financeiro"), ("r.bortolini", "Rafael Bortolini", "Diretor financeiro")],
     [_inv("58611", "6180.00", "USD", "2028-07-12"), _inv("58612", "1240.00", "USD", "2028-07-28")]),
    ("K5862", "Parque de Campismo Costa Vicentina Lda", "campismo-vicentina.example", "pt", "pt-PT", [], "carla",
     [("geral", "", "Geral"), ("i.pacheco", "Inês Pacheco", "Gerente")],
     [_inv("58621", "3970.00", "EUR", "2028-07-11"), _inv("58622", "580.00", "EUR", "2028-07-26")]),
    ("K5863", "Gelados Artesanais do Algarve Lda", "gelados-algarve.example", "pt", "pt-PT", ["strategic"], "alice",
     [("contabilidade", "", "Contabilidade"), ("n.guerreiro", "Nuno Guerreiro", "Administrador")],
     [_inv("58631", "11200.00", "EUR", "2028-07-10", "GAA-0417")]),
]
