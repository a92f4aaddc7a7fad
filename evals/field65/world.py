"""The field65 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Season: late February to late April 2030 (replies dated Monday 25 February to Friday 26 April; AS_OF Saturday 27
April, Koningsdag). Rosenmontag (4 March), Shrove Tuesday and Carnaval (5 March), Ash Wednesday (6 March),
International Women's Day (Friday 8 March), the US clock change (10 March), Cheltenham week, St Patrick's Day (Sunday 17
March, the Irish bank holiday on Monday 18), the Fallas (15–19 March, San José on Tuesday 19), Holi, South Africa's Human
Rights Day (Thursday 21 March), Mothering Sunday and the European clock change (31 March), the fiscal year end of 31
March (a Sunday: UK, India, Japan, Canada's government) and the UK tax year end (Friday 5 April), Argentina's Malvinas
day (Tuesday 2 April), the Tour of Flanders (Sunday 7 April), Eid al-Adha / Sallah (about 13 April), Songkran (13–15
April), US tax day (Monday 15 April), Sechseläuten (Monday 15 April), Holy Week (Palm Sunday 14 April, Maundy Thursday
18, Good Friday 19, Easter Sunday 21 and Easter Monday 22 April; Tiradentes falls on Easter Sunday), ANZAC Day and
Portugal's Freedom Day (Thursday 25 April), Koningsdag (Saturday 27 April), the vendimia in Mendoza and Colchagua, the
Festa da Uva, the asparagus and lambing seasons and the spring trade fairs. Ramadan and Eid al-Fitr 2030 fall in
January and early February, outside the window, so they are not used.

Settings: a lambing-supplies merchant (Powys), a tax-preparation office (Dayton, Ohio), a St Patrick's parade
band-uniform maker (Boston, strategic), a Holi colour-powder maker (Jaipur), a Mothering Sunday florist (Bristol), an
ANZAC-biscuit bakery on credit hold (Bendigo), a tea-ceremony utensil maker (Kyoto), a Songkran water-toy importer on a
legal account (Chiang Mai), a translation bureau for the federal government on a plan (Ottawa), a shearing and
lamb-marking gang (Southland), a Sallah and Easter event-rental firm (Lagos), a race-timing company before the Two
Oceans (Cape Town), hospitality tents for Masters week on a legal account (Augusta), a racehorse transporter before
Cheltenham (Kildare); an asparagus farm (Beelitz), a riding stable for the Sechseläuten (Zürich, strategic), a
trade-fair stand builder on credit hold (Hannover), a Heidschnucken shepherd (Lüneburg Heath), a Reindling bakery
(Carinthia); a citrus grower for the Fête du Citron (Menton), a federal IT contractor on a plan (Gatineau), a Lesse
kayak rental (Houyet), a watch-fair caterer (Geneva, strategic); a Holy Week candle works (Zamora), a mascletà
pyrotechnics firm on credit hold (Valencia), a talavera workshop (Puebla), a Colchagua vineyard, Vendimia stage
lighting on a plan (Mendoza); a Koningsdag party-goods wholesaler (Haarlem, strategic), an asparagus grower (Horst), a
tent hirer for the Ronde (Oudenaarde), a TEFAF art shipper on a legal account (Maastricht); a 25 de Abril carnation
grower (Lisbon), an Easter-egg factory on credit hold (São Paulo), a folar bakery (Chaves) and a Festa da Uva winery
on a plan (Bento Gonçalves).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2030-04-27"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("K6501", "Cwm Tawe Agricultural Supplies Ltd", "cwmtawe-agri.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("g.pryce", "Gwenllian Pryce", "Office Manager")],
     [("INV-2027-65011", "2486.40", "GBP", "2030-01-31", None), ("INV-2027-65012", "918.00", "GBP", "2030-02-28", None)]),
    ("K6502", "Miami Valley Tax & Books LLC", "miamivalleytax.example", "en", "en-US", [], "bruno",
     [("ap", "", "Accounts Payable"), ("d.kowalczyk", "Dana Kowalczyk", "Owner")],
     [("INV-2027-65021", "3250.00", "USD", "2030-02-10", None), ("INV-2027-65022", "740.00", "USD", "2030-03-01", None)]),
    ("K6503", "Shamrock Regalia & Band Uniforms Inc", "shamrockregalia.example", "en", "en-US", ["strategic"], "carla",
     [("ap", "", "Accounts Payable"), ("m.oshea", "Maura O'Shea", "Controller")],
     [("INV-2027-65031", "18640.00", "USD", "2030-02-15", "SRB-40117"), ("INV-2027-65032", "2275.00", "USD", "2030-03-05", "SRB-40162")]),
    ("K6504", "Gulal & Co. Natural Colours Pvt Ltd", "gulalcolours.example", "en", "en-IN", [], "alice",
     [("accounts", "", "Accounts"), ("r.agarwal", "Rohit Agarwal", "Finance Manager")],
     [("INV-2027-65041", "6920.00", "USD", "2030-02-20", "GCN/PO/2030/118"), ("INV-2027-65042", "1180.00", "USD", "2030-03-10", "GCN/PO/2030/131")]),
    ("K6505", "Petal & Stem Florists Ltd", "petalandstem.example", "en", "en-GB", [], "bruno",
     [("hello", "", "Shop"), ("j.marsh", "Jo Marsh", "Owner")],
     [("INV-2027-65051", "1365.00", "GBP", "2030-02-28", None), ("INV-2027-65052", "412.50", "GBP", "2030-03-15", None)]),
    ("K6506", "Bendigo Golden Bakehouse Pty Ltd", "bendigogolden.example", "en", "en-AU", ["credit_hold"], "carla",
     [("accounts", "", "Accounts"), ("k.mcgrath", "Kerry McGrath", "Director")],
     [("INV-2027-65061", "7315.00", "AUD", "2030-02-14", None), ("INV-2027-65062", "1640.00", "AUD", "2030-03-14", None)]),
    ("K6507", "Higashiyama Chadogu Co., Ltd.", "higashiyama-chadogu.example", "en", "en-JP", [], "alice",
     [("keiri", "", "Accounting"), ("a.morita", "Aiko Morita", "Accounting Section Chief")],
     [("INV-2027-65071", "4480.00", "USD", "2030-02-28", None), ("INV-2027-65072", "960.00", "USD", "2030-03-20", None)]),
    ("K6508", "Lanna Splash Trading Co Ltd", "lannasplash.example", "en", "en-TH", ["legal"], "bruno",
     [("account", "", "Accounting"), ("p.srisuk", "Pimchanok Srisuk", "Managing Director")],
     [("INV-2027-65081", "9870.00", "USD", "2030-01-31", None)]),
    ("K6509", "Rideau Lexicon Translation Inc", "rideaulexicon.example", "en", "en-CA", ["payment_plan"], "carla",
     [("finance", "", "Finance"), ("h.mackenzie", "Heather MacKenzie", "Finance Director")],
     [("INV-2027-65091", "12400.00", "CAD", "2030-01-15", None)]),
    ("K6510", "Mataura Shearing Ltd", "mataurashearing.example", "en", "en-NZ", [], "alice",
     [("office", "", "Office"), ("b.tipene", "Bex Tipene", "Office Manager")],
     [("INV-2027-65101", "3985.00", "NZD", "2030-02-20", None), ("INV-2027-65102", "610.00", "NZD", "2030-03-12", None)]),
    ("K6511", "Ikeja Canopy & Events Rentals Ltd", "ikejacanopy.example", "en", "en-NG", [], "bruno",
     [("accounts", "", "Accounts"), ("o.adeyemi", "Olufunke Adeyemi", "Head of Finance")],
     [("INV-2027-65111", "5260.00", "USD", "2030-02-25", None), ("INV-2027-65112", "1390.00", "USD", "2030-03-18", None)]),
    ("K6512", "Peninsula Race Timing (Pty) Ltd", "peninsularacetiming.example", "en", "en-ZA", [], "carla",
     [("admin", "", "Admin"), ("c.vandermerwe", "Carel van der Merwe", "Director")],
     [("INV-2027-65121", "46800.00", "ZAR", "2030-02-28", None), ("INV-2027-65122", "8150.00", "ZAR", "2030-03-20", None)]),
    ("K6513", "Magnolia Lane Hospitality Tents LLC", "magnolialanetents.example", "en", "en-US", ["legal"], "alice",
     [("billing", "", "Billing"), ("w.grady", "Wade Grady", "Owner")],
     [("INV-2027-65131", "22900.00", "USD", "2030-01-20", None)]),
    ("K6514", "Curragh Equine Transport Ltd", "curraghequine.example", "en", "en-IE", [], "bruno",
     [("accounts", "", "Accounts"), ("n.doyle", "Niamh Doyle", "Office Manager")],
     [("INV-2027-65141", "5740.00", "EUR", "2030-02-15", None), ("INV-2027-65142", "1260.00", "EUR", "2030-03-08", None)]),
    ("K6521", "Spargelhof Kähne-Weber GbR", "spargelhof-kaehne-weber.example", "de", "de-DE", [], "carla",
     [("buero", "", "Büro"), ("h.weber", "Heike Weber", "Inhaberin")],
     [("INV-2027-65211", "4380.00", "EUR", "2030-02-28", None), ("INV-2027-65212", "795.00", "EUR", "2030-03-22", None)]),
    ("K6522", "Reitstall Witikon AG", "reitstall-witikon.example", "de", "de-CH", ["strategic"], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("u.fankhauser", "Urs Fankhauser", "Leiter Finanzen")],
     [("INV-2027-65221", "11250.00", "CHF", "2030-02-20", "RW-2030-088")]),
    ("K6523", "Messebau Leinetal GmbH", "messebau-leinetal.example", "de", "de-DE", ["credit_hold"], "bruno",
     [("rechnungseingang", "", "Rechnungseingang"), ("t.brandes", "Torsten Brandes", "Kaufmännischer Leiter")],
     [("INV-2027-65231", "18960.00", "EUR", "2030-02-15", "ML-4471"), ("INV-2027-65232", "2340.00", "EUR", "2030-03-15", "ML-4502")]),
    ("K6524", "Schäferei Heidegrund", "schaeferei-heidegrund.example", "de", "de-DE", [], "carla",
     [("hof", "", "Hof"), ("j.lueders", "Jens Lüders", "Schäfermeister")],
     [("INV-2027-65241", "2140.00", "EUR", "2030-03-01", None)]),
    ("K6525", "Gailtaler Backstube Wieser KG", "gailtaler-backstube.example", "de", "de-AT", [], "alice",
     [("office", "", "Büro"), ("m.wieser", "Maria Wieser", "Geschäftsführerin")],
     [("INV-2027-65251", "3270.00", "EUR", "2030-02-28", None), ("INV-2027-65252", "640.00", "EUR", "2030-03-25", None)]),
    ("K6531", "Agrumes Riviera Mentonnaise SARL", "agrumes-mentonnaise.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("l.giordano", "Laure Giordano", "Gérante")],
     [("INV-2027-65311", "5640.00", "EUR", "2030-02-15", None), ("INV-2027-65312", "1020.00", "EUR", "2030-03-10", None)]),
    ("K6532", "Solutions informatiques Outaouais inc.", "sio-gatineau.example", "fr", "fr-CA", ["payment_plan"], "carla",
     [("comptabilite", "", "Comptabilité"), ("m.tremblay", "Marc-André Tremblay", "Contrôleur")],
     [("INV-2027-65321", "14300.00", "CAD", "2030-01-31", None)]),
    ("K6533", "Kayaks de la Lesse SRL", "kayaks-lesse.example", "fr", "fr-BE", [], "alice",
     [("info", "", "Accueil"), ("p.lambotte", "Pascal Lambotte", "Gérant")],
     [("INV-2027-65331", "2870.00", "EUR", "2030-02-28", None), ("INV-2027-65332", "455.00", "EUR", "2030-03-20", None)]),
    ("K6534", "Maison Vuilleumier Traiteur SA", "vuilleumier-traiteur.example", "fr", "fr-CH", ["strategic"], "bruno",
     [("fournisseurs", "", "Fournisseurs"), ("s.vuilleumier", "Sandrine Vuilleumier", "Directrice financière")],
     [("INV-2027-65341", "16480.00", "CHF", "2030-02-28", "MVT-30-214")]),
    ("K6541", "Cerería Hermanos Tábara SL", "cereria-tabara.example", "es", "es-ES", [], "carla",
     [("administracion", "", "Administración"), ("r.tabara", "Rosario Tábara", "Gerente")],
     [("INV-2027-65411", "3960.00", "EUR", "2030-02-28", None), ("INV-2027-65412", "780.00", "EUR", "2030-03-20", None)]),
    ("K6542", "Pirotecnia Turia SL", "pirotecnia-turia.example", "es", "es-ES", ["credit_hold"], "alice",
     [("admin", "", "Administración"), ("v.soler", "Vicent Soler", "Director financiero")],
     [("INV-2027-65421", "12750.00", "EUR", "2030-02-10", None)]),
    ("K6543", "Talavera Cholula Artesanal SA de CV", "talavera-cholula.example", "es", "es-MX", [], "bruno",
     [("cxp", "", "Cuentas por pagar"), ("g.ramirez", "Guadalupe Ramírez", "Contadora")],
     [("INV-2027-65431", "4210.00", "USD", "2030-02-20", None), ("INV-2027-65432", "690.00", "USD", "2030-03-15", None)]),
    ("K6544", "Viña Cerro Apalta SpA", "cerroapalta.example", "es", "es-CL", [], "carla",
     [("finanzas", "", "Finanzas"), ("f.undurraga", "Felipe Undurraga", "Jefe de administración")],
     [("INV-2027-65441", "6380.00", "USD", "2030-02-28", None)]),
    ("K6545", "Luces del Oeste SRL", "lucesdeloeste.example", "es", "es-AR", ["payment_plan"], "alice",
     [("administracion", "", "Administración"), ("m.ferreyra", "Mariela Ferreyra", "Socia gerente")],
     [("INV-2027-65451", "8940.00", "USD", "2030-01-31", None)]),
    ("K6551", "Oranjeboom Feestartikelen BV", "oranjeboom-feest.example", "nl", "nl-NL", ["strategic"], "bruno",
     [("crediteuren", "", "Crediteurenadministratie"), ("s.devries", "Sanne de Vries", "Financieel manager")],
     [("INV-2027-65511", "9820.00", "EUR", "2030-03-01", "OF-2030-0412"), ("INV-2027-65512", "1475.00", "EUR", "2030-03-25", "OF-2030-0437")]),
    ("K6552", "Aspergekwekerij Van Rooij", "asperges-vanrooij.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("g.vanrooij", "Geert van Rooij", "Eigenaar")],
     [("INV-2027-65521", "3115.00", "EUR", "2030-02-28", None), ("INV-2027-65522", "560.00", "EUR", "2030-03-18", None)]),
    ("K6553", "Tentverhuur Vlaamse Ardennen bv", "tentverhuur-va.example", "nl", "nl-BE", [], "alice",
     [("boekhouding", "", "Boekhouding"), ("k.debruyne", "Katrien De Bruyne", "Zaakvoerder")],
     [("INV-2027-65531", "7480.00", "EUR", "2030-02-20", None), ("INV-2027-65532", "1210.00", "EUR", "2030-03-15", None)]),
    ("K6554", "Maaskunst Transport & Opslag BV", "maaskunst.example", "nl", "nl-NL", ["legal"], "bruno",
     [("finance", "", "Finance"), ("r.hermans", "Roel Hermans", "Controller")],
     [("INV-2027-65541", "13650.00", "EUR", "2030-01-25", None)]),
    ("K6561", "Cravos da Liberdade Floricultura Lda", "cravosdaliberdade.example", "pt", "pt-PT", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("a.mourao", "Ana Mourão", "Sócia-gerente")],
     [("INV-2027-65611", "2690.00", "EUR", "2030-02-28", None), ("INV-2027-65612", "480.00", "EUR", "2030-03-20", None)]),
    ("K6562", "Cacau Paulista Ovos de Páscoa Ltda", "cacaupaulista.example", "pt", "pt-BR", ["credit_hold"], "alice",
     [("financeiro", "", "Financeiro"), ("r.tavares", "Renata Tavares", "Gerente financeira")],
     [("INV-2027-65621", "15300.00", "USD", "2030-02-15", None), ("INV-2027-65622", "2880.00", "USD", "2030-03-10", None)]),
    ("K6563", "Padaria Folar de Chaves Lda", "folardechaves.example", "pt", "pt-PT", [], "bruno",
     [("geral", "", "Geral"), ("j.carvalho", "Joaquim Carvalho", "Gerente")],
     [("INV-2027-65631", "1940.00", "EUR", "2030-03-01", None), ("INV-2027-65632", "365.00", "EUR", "2030-03-25", None)]),
    ("K6564", "Vinícola Vale dos Vinhedos Ltda", "valedosvinhedos.example", "pt", "pt-BR", ["payment_plan"], "carla",
     [("administrativo", "", "Administrativo"), ("l.zanella", "Luciana Zanella", "Diretora administrativa")],
     [("INV-2027-65641", "9160.00", "USD", "2030-01-31", None)]),
]
