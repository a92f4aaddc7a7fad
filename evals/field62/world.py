"""The field62 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Settings chosen for late June to late July 2029 (the half-year close on Saturday 30 June, Canada Day on Sunday 1 July
observed Monday 2 July, Independence Day on Wednesday 4 July and its bridge days, Matariki on Friday 6 July, NAIDOC Week
1–8 July, San Fermín 6–14 July, Bastille Day on Saturday 14 July, the Belgian national day on Saturday 21 July, São João
on 24 June, Wimbledon, Dutch and German school holidays, Gulf summer leave — Eid al-Adha fell on about 24 April in 2029,
so it is outside this window): tennis-court surfacers (Surrey), flag and bunting makers (Philadelphia, strategic; Paris,
strategic; Leuven, strategic), canoe outfitters (Ontario), a hāngī caterer (Rotorua), Aboriginal-art freight (Alice
Springs, credit hold), a date-palm nursery (Al Ain), batik dye works (Selangor, on a plan), rattan furniture (Bandung), a
rowing-boat builder on a legal account (Henley), a strawberry farm (Wexford), summer camps (Missouri, Veluwe, Québec on
a plan), ferry provisioning (Nova Scotia), a sail loft (Cowes), hay contractors (Wagga Wagga), beekeeping supplies
(Lower Saxony), mountain railways (Valais, strategic), lido technology (Ruhr), marquee hire (Tyrol, credit hold), a
lavender distillery (Provence), an Ardennes brewery, San Fermín suppliers (Pamplona), awnings (Valencia), a plant
nursery (Guanajuato, credit hold), beekeepers on a legal account (Neuquén), beach bike hire (Zandvoort), São João
decorations (Porto), a festa junina producer (Recife) and a cork works (Setúbal, on a plan).
"""

from __future__ import annotations

from typing import Any

AS_OF = "2029-07-30"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("D6201", "Wrenfield Court Surfacing Ltd", "wrenfieldcourts.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("p.ashdown", "Philippa Ashdown", "Finance Manager")],
     [("INV-2027-62011", "4820.00", "GBP", "2029-05-31", None), ("INV-2027-62012", "1260.00", "GBP", "2029-06-15", None)]),
    ("D6202", "Liberty Bunting & Flag Co Inc", "libertybunting.example", "en", "en-US", ["strategic"], "bruno",
     [("ap", "", "Accounts Payable"), ("d.kowalczyk", "Dana Kowalczyk", "Controller")],
     [("INV-2027-62021", "18450.00", "USD", "2029-05-25", "LBF-7781"), ("INV-2027-62022", "2975.00", "USD", "2029-06-08", "LBF-7815")]),
    ("D6203", "Maple Leaf Canoe Outfitters Ltd", "mapleleafcanoe.example", "en", "en-CA", [], "carla",
     [("accounts", "", "Accounts"), ("j.lachance", "Jordan Lachance", "Owner")],
     [("INV-2027-62031", "6340.00", "CAD", "2029-05-30", None), ("INV-2027-62032", "890.00", "CAD", "2029-06-12", None)]),
    ("D6204", "Kōwhai Hāngī Catering Ltd", "kowhaihangi.example", "en", "en-NZ", [], "alice",
     [("accounts", "", "Accounts"), ("r.tipene", "Rawiri Tipene", "Director")],
     [("INV-2027-62041", "3150.00", "NZD", "2029-05-31", None), ("INV-2027-62042", "720.00", "NZD", "2029-06-14", None)]),
    ("D6205", "Red Centre Art Freight Pty Ltd", "redcentreartfreight.example", "en", "en-AU", ["credit_hold"], "bruno",
     [("admin", "", "Admin"), ("k.nampijinpa", "Kirsty Nampijinpa", "Operations Manager")],
     [("INV-2027-62051", "9270.00", "AUD", "2029-05-18", None)]),
    ("D6206", "Al Noor Date Palm Nursery LLC", "alnoorpalms.example", "en", "en-AE", [], "carla",
     [("accounts", "", "Accounts"), ("s.rahman", "Shahid Rahman", "Finance Officer")],
     [("INV-2027-62061", "7480.00", "USD", "2029-05-28", None), ("INV-2027-62062", "1320.00", "USD", "2029-06-11", None)]),
    ("D6207", "Selangor Batik Dye Works Sdn Bhd", "selangorbatik.example", "en", "en-MY", ["payment_plan"], "alice",
     [("finance", "", "Finance"), ("n.azman", "Nurul Azman", "Accounts Executive")],
     [("INV-2027-62071", "12600.00", "USD", "2029-04-30", None)]),
    ("D6208", "PT Rotan Bandung Furniture", "rotanbandung.example", "en", "en-ID", [], "bruno",
     [("finance", "", "Finance"), ("a.wibowo", "Agus Wibowo", "Finance Supervisor")],
     [("INV-2027-62081", "5930.00", "USD", "2029-05-29", "RB/PO/2291"), ("INV-2027-62082", "740.00", "USD", "2029-06-13", "RB/PO/2318")]),
    ("D6209", "Thamesreach Boatbuilders Ltd", "thamesreachboats.example", "en", "en-GB", ["legal"], "carla",
     [("office", "", "Office"), ("g.pemberton", "Giles Pemberton", "Managing Director")],
     [("INV-2027-62091", "8125.00", "GBP", "2029-04-20", None)]),
    ("D6210", "Slaney Valley Strawberries Ltd", "slaneystrawberries.example", "en", "en-IE", [], "alice",
     [("accounts", "", "Accounts"), ("c.doyle", "Ciara Doyle", "Office Manager")],
     [("INV-2027-62101", "2840.00", "EUR", "2029-05-30", None), ("INV-2027-62102", "615.00", "EUR", "2029-06-14", None)]),
    ("D6211", "Pine Hollow Summer Camps Inc", "pinehollowcamps.example", "en", "en-US", [], "bruno",
     [("office", "", "Office"), ("b.whitaker", "Beth Whitaker", "Camp Director")],
     [("INV-2027-62111", "4390.00", "USD", "2029-05-31", None), ("INV-2027-62112", "865.00", "USD", "2029-06-14", None)]),
    ("D6212", "Bluenose Ferry Provisioning Ltd", "bluenoseprovisioning.example", "en", "en-CA", [], "carla",
     [("ap", "", "Accounts Payable"), ("m.macisaac", "Moira MacIsaac", "Office Manager")],
     [("INV-2027-62121", "3780.00", "CAD", "2029-06-01", "BFP-0442")]),
    ("D6213", "Kingfisher Sail Loft Ltd", "kingfishersails.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("t.redfern", "Tom Redfern", "Owner")],
     [("INV-2027-62131", "2215.00", "GBP", "2029-06-05", None), ("INV-2027-62132", "480.00", "GBP", "2029-06-19", None)]),
    ("D6214", "Riverina Hay & Chaff Pty Ltd", "riverinahay.example", "en", "en-AU", [], "bruno",
     [("accounts", "", "Accounts"), ("l.mcgregor", "Lachlan McGregor", "Director")],
     [("INV-2027-62141", "3560.00", "AUD", "2029-05-31", None), ("INV-2027-62142", "905.00", "AUD", "2029-06-15", None)]),
    ("D6221", "Imkereibedarf Sonnenwabe GmbH", "sonnenwabe.example", "de", "de-DE", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("h.brinkmann", "Heike Brinkmann", "Geschäftsführerin")],
     [("INV-2027-62211", "2760.00", "EUR", "2029-05-31", None), ("INV-2027-62212", "540.00", "EUR", "2029-06-14", None)]),
    ("D6222", "Bergbahnen Alpenrose AG", "bergbahnen-alpenrose.example", "de", "de-CH", ["strategic"], "alice",
     [("kreditoren", "", "Kreditoren"), ("u.imboden", "Urs Imboden", "Leiter Finanzen")],
     [("INV-2027-62221", "15900.00", "CHF", "2029-05-25", "AR-2290")]),
    ("D6223", "Freibad-Technik Kowalski GmbH", "freibadtechnik-kowalski.example", "de", "de-DE", [], "bruno",
     [("verwaltung", "", "Verwaltung"), ("m.kowalski", "Marek Kowalski", "Inhaber")],
     [("INV-2027-62231", "4180.00", "EUR", "2029-06-01", None), ("INV-2027-62232", "690.00", "EUR", "2029-06-15", None)]),
    ("D6224", "Zeltverleih Almwiese KG", "zeltverleih-almwiese.example", "de", "de-AT", ["credit_hold"], "carla",
     [("office", "", "Büro"), ("s.gruber", "Stefan Gruber", "Geschäftsführer")],
     [("INV-2027-62241", "6240.00", "EUR", "2029-05-20", None)]),
    ("D6231", "Distillerie de lavande du Val d'Asse SARL", "lavande-valdasse.example", "fr", "fr-FR", [], "alice",
     [("compta", "", "Comptabilité"), ("m.giraud", "Mireille Giraud", "Gérante")],
     [("INV-2027-62311", "5470.00", "EUR", "2029-05-31", None), ("INV-2027-62312", "830.00", "EUR", "2029-06-15", None)]),
    ("D6232", "Pavoisement Tricolore SAS", "pavoisement-tricolore.example", "fr", "fr-FR", ["strategic"], "bruno",
     [("fournisseurs", "", "Service fournisseurs"), ("a.lemaire", "Arnaud Lemaire", "Directeur administratif et financier")],
     [("INV-2027-62321", "11200.00", "EUR", "2029-05-28", "PT-BC-5521")]),
    ("D6233", "Brasserie artisanale de la Semois SRL", "brasserie-semois.example", "fr", "fr-BE", [], "carla",
     [("comptabilite", "", "Comptabilité"), ("l.piron", "Laurence Piron", "Administratrice")],
     [("INV-2027-62331", "3390.00", "EUR", "2029-06-04", None), ("INV-2027-62332", "475.00", "EUR", "2029-06-18", None)]),
    ("D6234", "Camp de vacances du Lac-Beauport inc.", "camp-lacbeauport.example", "fr", "fr-CA", ["payment_plan"], "alice",
     [("comptabilite", "", "Comptabilité"), ("g.bergeron", "Geneviève Bergeron", "Directrice générale")],
     [("INV-2027-62341", "8760.00", "CAD", "2029-04-30", None)]),
    ("D6241", "Suministros Sanfermineros Iruña SL", "sanfermineros-iruna.example", "es", "es-ES", [], "bruno",
     [("administracion", "", "Administración"), ("i.goni", "Iñaki Goñi", "Gerente")],
     [("INV-2027-62411", "4620.00", "EUR", "2029-05-31", None), ("INV-2027-62412", "710.00", "EUR", "2029-06-15", None)]),
    ("D6242", "Toldos y Lonas Ribera SL", "toldosribera.example", "es", "es-ES", [], "carla",
     [("contabilidad", "", "Contabilidad"), ("a.ferrer", "Amparo Ferrer", "Responsable de administración")],
     [("INV-2027-62421", "3085.00", "EUR", "2029-06-05", None), ("INV-2027-62422", "560.00", "EUR", "2029-06-19", None)]),
    ("D6243", "Viveros del Bajío SA de CV", "viverosbajio.example", "es", "es-MX", ["credit_hold"], "alice",
     [("cxp", "", "Cuentas por pagar"), ("r.olvera", "Rosa Olvera", "Contadora")],
     [("INV-2027-62431", "7340.00", "USD", "2029-05-22", "VB-OC-3318")]),
    ("D6244", "Cooperativa Apícola del Neuquén Ltda", "apicolaneuquen.example", "es", "es-AR", ["legal"], "bruno",
     [("administracion", "", "Administración"), ("m.sepulveda", "Martín Sepúlveda", "Tesorero")],
     [("INV-2027-62441", "5210.00", "USD", "2029-04-25", None)]),
    ("D6251", "Zomerkampen De Veluwe bv", "zomerkampen-veluwe.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("j.vanderberg", "Joost van der Berg", "Directeur")],
     [("INV-2027-62511", "3920.00", "EUR", "2029-05-31", None), ("INV-2027-62512", "460.00", "EUR", "2029-06-14", None)]),
    ("D6252", "Strandfietsen Zandvoort vof", "strandfietsen-zandvoort.example", "nl", "nl-NL", [], "alice",
     [("info", "", "Info"), ("s.koster", "Sanne Koster", "Eigenaar")],
     [("INV-2027-62521", "2180.00", "EUR", "2029-06-04", None), ("INV-2027-62522", "395.00", "EUR", "2029-06-18", None)]),
    ("D6253", "Vlaggenatelier Leuven bv", "vlaggenatelier-leuven.example", "nl", "nl-BE", ["strategic"], "bruno",
     [("boekhouding", "", "Boekhouding"), ("k.peeters", "Koen Peeters", "Zaakvoerder")],
     [("INV-2027-62531", "9850.00", "EUR", "2029-05-25", "VL-2029-118")]),
    ("D6261", "Fogaréu Decorações Populares Lda", "fogareu-decoracoes.example", "pt", "pt-PT", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("t.meireles", "Teresa Meireles", "Sócia-gerente")],
     [("INV-2027-62611", "3470.00", "EUR", "2029-05-31", None), ("INV-2027-62612", "590.00", "EUR", "2029-06-15", None)]),
    ("D6262", "Arraial Nordeste Produções de Eventos Ltda", "arraialnordeste.example", "pt", "pt-BR", [], "alice",
     [("financeiro", "", "Financeiro"), ("e.cavalcanti", "Eduardo Cavalcanti", "Diretor financeiro")],
     [("INV-2027-62621", "4860.00", "USD", "2029-05-29", None), ("INV-2027-62622", "810.00", "USD", "2029-06-12", None)]),
    ("D6263", "Corticeira Vale do Sado Lda", "corticeira-valedosado.example", "pt", "pt-PT", ["payment_plan"], "bruno",
     [("contabilidade", "", "Contabilidade"), ("j.raposo", "João Raposo", "Diretor financeiro")],
     [("INV-2027-62631", "10400.00", "EUR", "2029-04-30", None)]),
]
