"""The field25 split's ERP: its own customers, contacts and invoices (written by hand, none shared with earlier splits).

Settings unlike field22's, field23's and field24's: an Icelandic wool mill (Icelandic writers), a Sardinian cork maker
(Italian writers), a Bristol theatre on a plan, a Pokhara trekking agency (Nepali writers), a Szeged paprika exporter
on credit hold (Hungarian writers), a Texas HVAC contractor (strategic), a Northland manuka apiary, a Kinsale butcher,
a Penang batik works (Malaysian writers), an Alaska bush-flight operator on a legal account, a Jamaican rum blender; an
Arlberg ski school, a Black Forest clock maker on credit hold, a Lucerne boat yard (strategic); a Laurentians
snow-removal firm (fr-CA), a Huye coffee co-operative on a plan (fr-RW), a Grasse perfume distillery; a Galician seafood
cannery, a Colombian flower exporter on credit hold, a Canary banana packer; a Limburg brick works (nl-BE), a Zeeland
mussel trader on a legal account; a Mindelo shipping agent (pt-CV), a Serra Gaúcha winery (strategic) and an Azores tea
plantation.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2026-11-28"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("X2501", "Hekla Ullarverksmiðja ehf", "hekla-wool.example", "en", "en-IS", [], "alice",
     [("bokhald", "", "Accounts"), ("s.jonsdottir", "Sigrún Jónsdóttir", "Fjármálastjóri")],
     [("92501", "5840.00", "EUR", "2026-10-15", None), ("92502", "760.00", "EUR", "2026-11-05", None)]),
    ("X2502", "Sughereria Gallurese srl", "sughero-gallura.example", "en", "en-IT", [], "bruno",
     [("amministrazione", "", "Amministrazione"), ("g.piras", "Giovanni Piras", "Titolare")],
     [("92503", "7260.00", "EUR", "2026-10-13", None), ("92504", "985.00", "EUR", "2026-11-04", None)]),
    ("X2503", "Harbourside Playhouse Trust", "harbourside-playhouse.example", "en", "en-GB", ["payment_plan"], "carla",
     [("finance", "", "Finance"), ("o.whitcombe", "Olly Whitcombe", "General Manager")],
     [("92505", "9600.00", "GBP", "2026-09-30", None)]),
    ("X2504", "Annapurna Trail Treks Pvt Ltd", "annapurnatrail.example", "en", "en-NP", [], "alice",
     [("accounts", "", "Accounts"), ("b.gurung", "Bishnu Gurung", "Managing Director")],
     [("92506", "3480.00", "USD", "2026-10-14", None), ("92507", "540.00", "USD", "2026-11-06", None)]),
    ("X2505", "Szegedi Paprika Export Kft", "szegedpaprika.example", "en", "en-HU", ["credit_hold"], "bruno",
     [("konyveles", "", "Könyvelés"), ("a.toth", "Anikó Tóth", "Pénzügyi vezető")],
     [("92508", "11240.00", "EUR", "2026-10-09", None)]),
    ("X2506", "Lone Star Comfort Air LLC", "lonestarcomfortair.example", "en", "en-US", ["strategic"], "carla",
     [("ap", "", "Accounts Payable"), ("d.ramirez", "Dale Ramirez", "Controller")],
     [("92509", "16380.00", "USD", "2026-10-10", "LSCA-7781"), ("92510", "2145.00", "USD", "2026-11-05", "LSCA-7840")]),
    ("X2507", "Manuka Ridge Apiaries Ltd", "manukaridge.example", "en", "en-NZ", [], "alice",
     [("accounts", "", "Accounts"), ("t.parata", "Tama Parata", "Director")],
     [("92511", "4120.00", "NZD", "2026-10-16", None), ("92512", "615.00", "NZD", "2026-11-06", None)]),
    ("X2508", "Kinsale Craft Butchers Ltd", "kinsalebutchers.example", "en", "en-IE", [], "bruno",
     [("office", "", "Office"), ("c.odonovan", "Ciarán O'Donovan", "Owner")],
     [("92513", "2870.00", "EUR", "2026-10-14", None), ("92514", "430.00", "EUR", "2026-11-05", None)]),
    ("X2509", "Penang Batik Works Sdn Bhd", "penangbatik.example", "en", "en-MY", [], "carla",
     [("finance", "", "Finance"), ("l.meiling", "Lim Mei Ling", "Finance Executive")],
     [("92515", "6310.00", "USD", "2026-10-12", "PBW/PO/3318"), ("92516", "890.00", "USD", "2026-11-04", "PBW/PO/3362")]),
    ("X2510", "Denali Bush Air LLC", "denalibushair.example", "en", "en-US", ["legal"], "alice",
     [("office", "", "Office"), ("k.lindqvist", "Karen Lindqvist", "Owner")],
     [("92517", "8470.00", "USD", "2026-09-29", None)]),
    ("X2511", "Cockpit Country Rum Blenders Ltd", "cockpitrum.example", "en", "en-JM", [], "bruno",
     [("accounts", "", "Accounts"), ("m.campbell", "Marcia Campbell", "Financial Controller")],
     [("92518", "5390.00", "USD", "2026-10-15", None), ("92519", "720.00", "USD", "2026-11-05", None)]),
    ("X2521", "Skischule Arlberg Zürs GmbH", "skischule-arlberg.example", "de", "de-AT", [], "carla",
     [("buero", "", "Büro"), ("f.strolz", "Florian Strolz", "Geschäftsführer")],
     [("92521", "4650.00", "EUR", "2026-10-14", None), ("92522", "580.00", "EUR", "2026-11-05", None)]),
    ("X2522", "Schwarzwälder Uhrenmanufaktur Faller GmbH", "uhren-faller.example", "de", "de-DE", ["credit_hold"], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("h.faller", "Hannelore Faller", "Inhaberin")],
     [("92523", "7980.00", "EUR", "2026-10-09", None)]),
    ("X2523", "Bootswerft Seeburg AG", "bootswerft-seeburg.example", "de", "de-CH", ["strategic"], "bruno",
     [("kreditoren", "", "Kreditoren"), ("u.amrein", "Urs Amrein", "Leiter Finanzen")],
     [("92524", "13650.00", "CHF", "2026-10-12", "BWS-20931"), ("92525", "1820.00", "CHF", "2026-11-04", "BWS-21007")]),
    ("X2531", "Déneigement des Laurentides inc.", "deneigement-laurentides.example", "fr", "fr-CA", [], "carla",
     [("comptes", "", "Comptes fournisseurs"), ("m.gagnon", "Mélanie Gagnon", "Contrôleuse")],
     [("92531", "6240.00", "CAD", "2026-10-15", None), ("92532", "815.00", "CAD", "2026-11-05", None)]),
    ("X2532", "Coopérative des caféiculteurs de Huye", "cafe-huye.example", "fr", "fr-RW", ["payment_plan"], "alice",
     [("comptabilite", "", "Comptabilité"), ("j.uwimana", "Jeanne Uwimana", "Gérante")],
     [("92533", "8900.00", "USD", "2026-09-30", None)]),
    ("X2533", "Distillerie Florale de Grasse SARL", "distillerie-grasse.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("a.roux", "Amandine Roux", "Directrice administrative")],
     [("92534", "5570.00", "EUR", "2026-10-13", None), ("92535", "690.00", "EUR", "2026-11-05", None)]),
    ("X2541", "Conservas Rías Baixas SA", "conservasriasbaixas.example", "es", "es-ES", [], "carla",
     [("administracion", "", "Administración"), ("x.lois", "Xoán Lois", "Director financiero")],
     [("92541", "8120.00", "EUR", "2026-10-14", None), ("92542", "1045.00", "EUR", "2026-11-05", None)]),
    ("X2542", "Flores de la Sabana SAS", "floresdelasabana.example", "es", "es-CO", ["credit_hold"], "alice",
     [("tesoreria", "", "Tesorería"), ("c.munoz", "Catalina Muñoz", "Jefe de tesorería")],
     [("92543", "9460.00", "USD", "2026-10-09", "FDS-OC-4410")]),
    ("X2543", "Empaquetadora Platanera del Valle SL", "platanera-valle.example", "es", "es-ES", [], "bruno",
     [("contabilidad", "", "Contabilidad"), ("r.hernandez", "Rayco Hernández", "Gerente")],
     [("92544", "3780.00", "EUR", "2026-10-15", None), ("92545", "515.00", "EUR", "2026-11-05", None)]),
    ("X2551", "Steenbakkerij Maasland nv", "steenbakkerij-maasland.example", "nl", "nl-BE", [], "carla",
     [("boekhouding", "", "Boekhouding"), ("j.claes", "Jef Claes", "Zaakvoerder")],
     [("92551", "10240.00", "EUR", "2026-10-13", None), ("92552", "1360.00", "EUR", "2026-11-05", None)]),
    ("X2552", "Mosselhandel De Schelde BV", "mosselhandel-schelde.example", "nl", "nl-NL", ["legal"], "alice",
     [("administratie", "", "Administratie"), ("p.devos", "Pieter de Vos", "Directeur")],
     [("92553", "6890.00", "EUR", "2026-09-30", None)]),
    ("X2553", "Kwekerij Het Hoogeland", "kwekerij-hoogeland.example", "nl", "nl-NL", [], "bruno",
     [("financien", "", "Financiën"), ("a.bakker", "Anouk Bakker", "Eigenaar")],
     [("92554", "2960.00", "EUR", "2026-10-15", None), ("92555", "455.00", "EUR", "2026-11-06", None)]),
    ("X2561", "Agência de Navegação Porto Grande Lda", "portogrande-agencia.example", "pt", "pt-CV", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("e.lopes", "Edson Lopes", "Diretor")],
     [("92561", "7430.00", "EUR", "2026-10-14", None), ("92562", "960.00", "EUR", "2026-11-05", None)]),
    ("X2562", "Vinícola Serra Gaúcha Ltda", "vinicolaserragaucha.example", "pt", "pt-BR", ["strategic"], "alice",
     [("financeiro", "", "Financeiro"), ("r.bertolini", "Rafaela Bertolini", "Gerente financeira")],
     [("92563", "12870.00", "USD", "2026-10-10", "VSG-PC-1184"), ("92564", "1590.00", "USD", "2026-11-04", None)]),
    ("X2563", "Chá Lagoa Verde dos Açores Lda", "cha-acores.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("m.medeiros", "Manuel Medeiros", "Administrador")],
     [("92565", "3340.00", "EUR", "2026-10-15", None), ("92566", "480.00", "EUR", "2026-11-05", None)]),
]
