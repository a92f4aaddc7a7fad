"""The field60 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Settings chosen for late April to early June 2029 (Koningsdag on Friday 27 April, May Day, Liberation Day on Saturday
5 May, the UK bank holidays on 7 and 28 May, Ascension on Thursday 10 May and its Brückentag, Mother's Day (6 May in
Spain and Portugal, 13 May elsewhere), San Isidro on 15 May, Victoria Day and Whit Monday on 21 May, Memorial Day on
28 May, Corpus Christi on Thursday 31 May): an academic-regalia maker before graduation season (Ohio), a flag and
banner maker before Memorial Day (Pennsylvania, strategic), a Mother's Day chocolatier on a plan (Savannah), an
Indianapolis race-month caterer on a legal account, a Cambridge punt company, a Kilkenny First Communion dress shop, a
Chelsea show-garden builder on credit hold (Surrey), a Barossa olive press, a Queenstown ski-lift engineer, a Ratnagiri
Alphonso mango exporter, an Ottawa canoe livery and Karoo shearing contractors; a Beelitz asparagus farm, an Ausseerland
Narcissus-festival float builder, a Swiss cable-car overhaul firm (strategic); a Nantes lily-of-the-valley grower, a
Roland-Garros racket stringer on credit hold, a Mons Doudou costume society; a Madrid San Isidro rosquilla bakery, a
Seville flamenca dressmaker on a plan, a Guadalajara florist; a Haarlem Koningsdag party-goods wholesaler, a Frisian
sailing school, a Hoogstraten strawberry grower; a Fátima candle maker, a Coimbra academic-dress tailor and a São Paulo
perfumery before Dia das Mães.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2029-06-05"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("B6001", "Dovecote Academic Regalia Inc", "dovecote-regalia.example", "en", "en-US", [], "alice",
     [("ap", "", "Accounts Payable"), ("k.brandt", "Karen Brandt", "Controller")],
     [("INV-2027-60011", "12840.00", "USD", "2029-03-30", "DAR-5512"), ("INV-2027-60012", "2175.00", "USD", "2029-04-13", None)]),
    ("B6002", "Liberty Bell Flag & Banner Co", "libertybellflags.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("d.kowalski", "Dan Kowalski", "CFO")],
     [("INV-2027-60021", "18400.00", "USD", "2029-03-28", "LB-PO-7781"), ("INV-2027-60022", "3260.00", "USD", "2029-04-12", "LB-PO-7810")]),
    ("B6003", "Granta Punt & Chauffeur Co Ltd", "grantapunts.example", "en", "en-GB", [], "carla",
     [("accounts", "", "Accounts"), ("o.pemberton", "Olly Pemberton", "Director")],
     [("INV-2027-60031", "4780.00", "GBP", "2029-03-31", None), ("INV-2027-60032", "615.00", "GBP", "2029-04-14", None)]),
    ("B6004", "Bláth Communion & Occasionwear Ltd", "blath-occasionwear.example", "en", "en-IE", [], "alice",
     [("accounts", "", "Accounts"), ("a.brennan", "Aoife Brennan", "Owner")],
     [("INV-2027-60041", "3920.00", "EUR", "2029-03-29", None), ("INV-2027-60042", "860.00", "EUR", "2029-04-15", None)]),
    ("B6005", "Hawthorn & Vine Show Gardens Ltd", "hawthornvine.example", "en", "en-GB", ["credit_hold"], "bruno",
     [("accounts", "", "Accounts"), ("j.fairweather", "Jem Fairweather", "Managing Director")],
     [("INV-2027-60051", "22650.00", "GBP", "2029-03-20", "HV-CHL-29")]),
    ("B6006", "Magnolia Hill Chocolates LLC", "magnoliahillchoc.example", "en", "en-US", ["payment_plan"], "carla",
     [("office", "", "Office"), ("r.delacroix", "Ruby Delacroix", "Owner")],
     [("INV-2027-60061", "9870.00", "USD", "2029-02-28", None)]),
    ("B6007", "Brickyard Pit Lane Catering LLC", "brickyardpitlane.example", "en", "en-US", ["legal"], "alice",
     [("billing", "", "Billing"), ("t.okonkwo", "Tunde Okonkwo", "General Manager")],
     [("INV-2027-60071", "14300.00", "USD", "2029-03-15", None)]),
    ("B6008", "Barossa Olive Pressing Co Pty Ltd", "barossaolive.example", "en", "en-AU", [], "bruno",
     [("accounts", "", "Accounts"), ("m.pappas", "Maria Pappas", "Co-owner")],
     [("INV-2027-60081", "6340.00", "AUD", "2029-03-30", None), ("INV-2027-60082", "1180.00", "AUD", "2029-04-16", None)]),
    ("B6009", "Remarkables Lift Engineering Ltd", "remarkableslift.example", "en", "en-NZ", [], "carla",
     [("accounts", "", "Accounts"), ("s.tane", "Sam Tane", "Operations Director")],
     [("INV-2027-60091", "11560.00", "NZD", "2029-03-31", "RLE-4471")]),
    ("B6010", "Konkan Alphonso Exports Pvt Ltd", "konkanalphonso.example", "en", "en-IN", [], "alice",
     [("accounts", "", "Accounts"), ("p.desai", "Prakash Desai", "Finance Manager")],
     [("INV-2027-60101", "7420.00", "USD", "2029-03-29", "KAE/PO/2029/114"), ("INV-2027-60102", "1290.00", "USD", "2029-04-14", "KAE/PO/2029/131")]),
    ("B6011", "Bytown Canoe Livery Inc", "bytowncanoe.example", "en", "en-CA", [], "bruno",
     [("accounts", "", "Accounts"), ("l.tremblay", "Luc Tremblay", "Owner")],
     [("INV-2027-60111", "5260.00", "CAD", "2029-03-31", None), ("INV-2027-60112", "740.00", "CAD", "2029-04-15", None)]),
    ("B6012", "Karoo Shearing Contractors (Pty) Ltd", "karooshearing.example", "en", "en-ZA", [], "carla",
     [("admin", "", "Admin"), ("h.botha", "Hennie Botha", "Owner")],
     [("INV-2027-60121", "3890.00", "USD", "2029-03-30", None)]),
    ("B6021", "Spargelhof Brunnenwiese GbR", "spargelhof-brunnenwiese.example", "de", "de-DE", [], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("h.lehmann", "Heike Lehmann", "Inhaberin")],
     [("INV-2027-60211", "4680.00", "EUR", "2029-03-30", None), ("INV-2027-60212", "930.00", "EUR", "2029-04-13", None)]),
    ("B6022", "Narzissenwagenbau Ausseerland", "narzissenwagen-aussee.example", "de", "de-AT", [], "bruno",
     [("office", "", "Büro"), ("f.loidl", "Franz Loidl", "Obmann")],
     [("INV-2027-60221", "3150.00", "EUR", "2029-03-31", None)]),
    ("B6023", "Seilbahntechnik Gantrisch AG", "gantrisch-seilbahn.example", "de", "de-CH", ["strategic"], "carla",
     [("kreditoren", "", "Kreditoren"), ("u.zurbriggen", "Urs Zurbriggen", "Leiter Finanzen")],
     [("INV-2027-60231", "16800.00", "CHF", "2029-03-28", "GT-88412")]),
    ("B6031", "EARL Muguet des Coteaux", "muguet-coteaux.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("g.leroux", "Gaëlle Leroux", "Gérante")],
     [("INV-2027-60311", "2870.00", "EUR", "2029-03-31", None), ("INV-2027-60312", "540.00", "EUR", "2029-04-15", None)]),
    ("B6032", "Cordages Auteuil SARL", "cordages-auteuil.example", "fr", "fr-FR", ["credit_hold"], "bruno",
     [("compta", "", "Comptabilité"), ("b.nguyen", "Bastien Nguyen", "Gérant")],
     [("INV-2027-60321", "7460.00", "EUR", "2029-03-29", "CA-2029-017")]),
    ("B6033", "Les Costumiers du Doudou ASBL", "costumiers-doudou.example", "fr", "fr-BE", [], "carla",
     [("tresorerie", "", "Trésorerie"), ("m.dupuis", "Michel Dupuis", "Trésorier")],
     [("INV-2027-60331", "3340.00", "EUR", "2029-03-30", None), ("INV-2027-60332", "610.00", "EUR", "2029-04-14", None)]),
    ("B6041", "Obrador Rosquillas de la Pradera SL", "rosquillaspradera.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("c.sanz", "Carmen Sanz", "Gerente")],
     [("INV-2027-60411", "2690.00", "EUR", "2029-03-31", None), ("INV-2027-60412", "480.00", "EUR", "2029-04-13", None)]),
    ("B6042", "Trajes de Flamenca Triana SL", "flamencatriana.example", "es", "es-ES", ["payment_plan"], "bruno",
     [("administracion", "", "Administración"), ("r.montoya", "Rocío Montoya", "Socia")],
     [("INV-2027-60421", "8150.00", "EUR", "2029-03-15", None)]),
    ("B6043", "Florería Jacarandas SA de CV", "floreriajacarandas.example", "es", "es-MX", [], "carla",
     [("cxp", "", "Cuentas por pagar"), ("a.ibarra", "Alejandra Ibarra", "Contadora")],
     [("INV-2027-60431", "5740.00", "USD", "2029-03-30", "FJ-OC-2290")]),
    ("B6051", "Oranjeboog Feestartikelen bv", "oranjeboog.example", "nl", "nl-NL", [], "alice",
     [("administratie", "", "Administratie"), ("m.devries", "Marloes de Vries", "Financieel medewerker")],
     [("INV-2027-60511", "6230.00", "EUR", "2029-03-30", "OB-24117"), ("INV-2027-60512", "1140.00", "EUR", "2029-04-20", None)]),
    ("B6052", "Zeilschool Sneekermeer", "zeilschool-sneekermeer.example", "nl", "nl-NL", [], "bruno",
     [("admin", "", "Administratie"), ("j.hoekstra", "Jelle Hoekstra", "Eigenaar")],
     [("INV-2027-60521", "3480.00", "EUR", "2029-03-31", None)]),
    ("B6053", "Aardbeienkwekerij Van Gorp", "vangorp-aardbeien.example", "nl", "nl-BE", [], "carla",
     [("boekhouding", "", "Boekhouding"), ("k.vangorp", "Kristof Van Gorp", "Zaakvoerder")],
     [("INV-2027-60531", "5120.00", "EUR", "2029-03-29", None), ("INV-2027-60532", "725.00", "EUR", "2029-04-12", None)]),
    ("B6061", "Velas do Santuário Lda", "velas-santuario.example", "pt", "pt-PT", [], "alice",
     [("contabilidade", "", "Contabilidade"), ("m.marques", "Manuel Marques", "Gerente")],
     [("INV-2027-60611", "3760.00", "EUR", "2029-03-30", None), ("INV-2027-60612", "690.00", "EUR", "2029-04-13", None)]),
    ("B6062", "Trajes Académicos de Coimbra Lda", "trajes-coimbra.example", "pt", "pt-PT", [], "bruno",
     [("secretaria", "", "Secretaria"), ("i.cardoso", "Inês Cardoso", "Sócia-gerente")],
     [("INV-2027-60621", "2450.00", "EUR", "2029-03-31", None)]),
    ("B6063", "Perfumaria Flor de Ipê Ltda", "perfumariaflordeipe.example", "pt", "pt-BR", [], "carla",
     [("financeiro", "", "Financeiro"), ("t.rezende", "Thiago Rezende", "Gerente financeiro")],
     [("INV-2027-60631", "6880.00", "USD", "2029-03-28", None), ("INV-2027-60632", "1320.00", "USD", "2029-04-12", None)]),
]
