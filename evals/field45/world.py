"""The field45 split's ERP: its own customers, contacts and invoices (written by hand, none shared with another split).

IT resellers and SaaS customers, marine and fishing suppliers, garden centres, veterinary practices, printing shops and
hotels in the Alps: a Reading IT reseller, a Kraków shared-service centre answering for a reseller group (strategic,
ticket numbers), a Gothenburg SaaS customer, a Bergen fishing-gear wholesaler, a Gdańsk print shop (credit hold), a
Danish ship chandler, a Fremantle marine chandlery, a Victorian garden centre, a Tasmanian fishermen's co-op (legal), a
Karoo vet clinic on a plan, a Cape Town print shop, a Devon vet practice, a Yorkshire garden centre and a South Tyrol
hotel writing English; a German vet practice, a Swiss mountain hotel (strategic) and a German print shop (credit hold);
a French garden centre, a Valais hotel and a Luxembourg print shop on a plan; a Cantabrian chandlery, a Medellín vet
clinic and a Callao fishing company (credit hold); a Dutch garden centre, a Flemish print shop kept by its bookkeeper
and a Dutch vet clinic (legal); a Peniche fishing supplier, a Brazilian print shop and a Brazilian SaaS customer on a
plan.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2027-06-18"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("Q4501", "Kennet Valley IT Solutions Ltd", "kennetvalley-it.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("p.danby", "Priya Danby", "Finance Manager")],
     [("94501", "4860.00", "GBP", "2027-04-30", "KV-PO-3318"), ("94502", "735.00", "GBP", "2027-05-21", "KV-PO-3402")]),
    ("Q4502", "Meridian Distribution Group – Shared Services Kraków", "meridian-ssc.example", "en", "en-PL", ["strategic"], "bruno",
     [("ap.emea", "", "AP EMEA Shared Services"), ("k.nowicka", "Katarzyna Nowicka", "AP Team Lead")],
     [("94503", "18420.00", "EUR", "2027-04-23", "4700218835"), ("94504", "2960.00", "EUR", "2027-05-14", "4700221907")]),
    ("Q4503", "Skärgårdsbokning AB", "skargardsbokning.example", "en", "en-SE", [], "carla",
     [("ekonomi", "", "Ekonomi"), ("j.lindqvist", "Johan Lindqvist", "CFO")],
     [("94505", "3240.00", "EUR", "2027-05-05", None), ("94506", "3240.00", "EUR", "2027-06-05", None)]),
    ("Q4504", "Nordkyst Fiskeutstyr AS", "nordkyst-fisk.example", "en", "en-NO", [], "alice",
     [("regnskap", "", "Regnskap"), ("e.haugland", "Eirik Haugland", "Daglig leder")],
     [("94507", "9875.00", "EUR", "2027-04-28", None), ("94508", "1430.00", "EUR", "2027-05-26", None)]),
    ("Q4505", "Drukarnia Motława Sp. z o.o.", "drukarnia-motlawa.example", "en", "en-PL", ["credit_hold"], "bruno",
     [("ksiegowosc", "", "Księgowość"), ("m.wisniewski", "Marek Wiśniewski", "Prezes Zarządu")],
     [("94509", "6215.00", "EUR", "2027-04-16", None)]),
    ("Q4506", "Esbjerg Skibsproviant ApS", "esbjerg-proviant.example", "en", "en-DK", [], "carla",
     [("bogholderi", "", "Bogholderi"), ("l.mikkelsen", "Lone Mikkelsen", "Bogholder")],
     [("94510", "2780.00", "EUR", "2027-05-07", None), ("94511", "465.00", "EUR", "2027-05-28", None)]),
    ("Q4507", "Fremantle Marine Chandlery Pty Ltd", "freochandlery.example", "en", "en-AU", [], "alice",
     [("accounts", "", "Accounts"), ("d.costa", "Darren Costa", "Owner")],
     [("94512", "5390.00", "AUD", "2027-04-30", None), ("94513", "812.50", "AUD", "2027-05-31", None)]),
    ("Q4508", "Bellbird Garden Centre Pty Ltd", "bellbirdgarden.example", "en", "en-AU", [], "bruno",
     [("admin", "", "Admin"), ("s.nguyen", "Sharon Nguyen", "Office Manager")],
     [("94514", "3675.00", "AUD", "2027-05-03", None), ("94515", "940.00", "AUD", "2027-05-24", None)]),
    ("Q4509", "Derwent Estuary Fishermen's Co-operative Ltd", "derwentfishcoop.example", "en", "en-AU", ["legal"], "carla",
     [("office", "", "Office"), ("b.oreilly", "Bernadette O'Reilly", "Secretary")],
     [("94516", "12640.00", "AUD", "2027-03-31", None)]),
    ("Q4510", "Karoo Animal Clinic CC", "karooanimalclinic.example", "en", "en-ZA", ["payment_plan"], "alice",
     [("accounts", "", "Accounts"), ("h.vanwyk", "Hendrik van Wyk", "Practice Owner")],
     [("94517", "48600.00", "ZAR", "2027-03-31", None)]),
    ("Q4511", "Table Bay Print & Signage (Pty) Ltd", "tablebayprint.example", "en", "en-ZA", [], "bruno",
     [("creditors", "", "Creditors"), ("t.mokoena", "Thabo Mokoena", "Financial Manager")],
     [("94518", "31250.00", "ZAR", "2027-05-04", "TBP-1182"), ("94519", "7480.00", "ZAR", "2027-05-25", "TBP-1207")]),
    ("Q4512", "Exe Valley Veterinary Practice Ltd", "exevalleyvets.example", "en", "en-GB", [], "carla",
     [("accounts", "", "Accounts"), ("r.pengelly", "Rosalind Pengelly", "Practice Manager")],
     [("94520", "2145.00", "GBP", "2027-05-06", None), ("94521", "389.00", "GBP", "2027-05-27", None)]),
    ("Q4513", "Wharfedale Garden Centre Ltd", "wharfedalegc.example", "en", "en-GB", [], "alice",
     [("purchase.ledger", "", "Purchase Ledger"), ("g.akroyd", "Graham Akroyd", "Finance Director")],
     [("94522", "7920.00", "GBP", "2027-04-29", "WGC-22871"), ("94523", "1264.00", "GBP", "2027-05-20", "WGC-22940")]),
    ("Q4514", "Hotel Sassolungo Dolomites Srl", "hotel-sassolungo.example", "en", "en-IT", [], "bruno",
     [("amministrazione", "", "Amministrazione"), ("m.demetz", "Martina Demetz", "Direttrice")],
     [("94524", "6380.00", "EUR", "2027-05-10", None), ("94525", "1150.00", "EUR", "2027-05-31", None)]),
    ("Q4521", "Tierarztpraxis am Stadtpark Dr. Brenner", "tierarzt-stadtpark.example", "de", "de-DE", [], "carla",
     [("praxis", "", "Praxis"), ("a.brenner", "Dr. Anja Brenner", "Inhaberin")],
     [("94531", "2860.00", "EUR", "2027-05-05", None), ("94532", "418.00", "EUR", "2027-05-26", None)]),
    ("Q4522", "Berghotel Piz Alpina AG", "piz-alpina.example", "de", "de-CH", ["strategic"], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("u.caduff", "Urs Caduff", "Direktor")],
     [("94533", "14980.00", "CHF", "2027-04-30", "PA-2027-118"), ("94534", "2240.00", "CHF", "2027-05-28", "PA-2027-131")]),
    ("Q4523", "Druckerei Hagedorn GmbH", "druckerei-hagedorn.example", "de", "de-DE", ["credit_hold"], "bruno",
     [("rechnungswesen", "", "Rechnungswesen"), ("t.hagedorn", "Tobias Hagedorn", "Geschäftsführer")],
     [("94535", "8740.00", "EUR", "2027-04-21", None), ("94536", "1395.00", "EUR", "2027-05-19", None)]),
    ("Q4531", "Jardinerie des Trois Chênes SARL", "jardinerie-troischenes.example", "fr", "fr-FR", [], "carla",
     [("compta", "", "Comptabilité"), ("s.lebreton", "Sandrine Lebreton", "Gérante")],
     [("94541", "5460.00", "EUR", "2027-05-04", None), ("94542", "870.00", "EUR", "2027-05-25", None)]),
    ("Q4532", "Hôtel du Glacier d'Arolla SA", "hotel-glacier-arolla.example", "fr", "fr-CH", [], "alice",
     [("administration", "", "Administration"), ("p.follonier", "Pascal Follonier", "Directeur")],
     [("94543", "7325.00", "CHF", "2027-05-07", None), ("94544", "980.00", "CHF", "2027-05-28", None)]),
    ("Q4533", "Imprimerie Reuter & Fils Sàrl", "imprimerie-reuter.example", "fr", "fr-LU", ["payment_plan"], "bruno",
     [("comptabilite", "", "Comptabilité"), ("c.reuter", "Claude Reuter", "Gérant")],
     [("94545", "11640.00", "EUR", "2027-03-31", None)]),
    ("Q4541", "Suministros Náuticos del Cantábrico SL", "nauticacantabrico.example", "es", "es-ES", [], "carla",
     [("administracion", "", "Administración"), ("i.gutierrez", "Iñigo Gutiérrez", "Gerente")],
     [("94551", "4725.00", "EUR", "2027-05-03", None), ("94552", "690.00", "EUR", "2027-05-24", None)]),
    ("Q4542", "Clínica Veterinaria Los Andes SAS", "vetlosandes.example", "es", "es-CO", [], "alice",
     [("contabilidad", "", "Contabilidad"), ("l.restrepo", "Luisa Fernanda Restrepo", "Directora administrativa")],
     [("94553", "3180.00", "USD", "2027-05-06", None), ("94554", "545.00", "USD", "2027-05-27", None)]),
    ("Q4543", "Pesquera Punta Callao SAC", "pesqueracallao.example", "es", "es-PE", ["credit_hold"], "bruno",
     [("tesoreria", "", "Tesorería"), ("r.huaman", "Rosa Huamán", "Jefa de Tesorería")],
     [("94555", "16890.00", "USD", "2027-04-19", "OC-PPC-0614")]),
    ("Q4551", "Tuincentrum De Linde BV", "tuincentrumdelinde.example", "nl", "nl-NL", [], "carla",
     [("administratie", "", "Administratie"), ("m.bakker", "Marloes Bakker", "Bedrijfsleider")],
     [("94561", "4390.00", "EUR", "2027-05-05", None), ("94562", "615.00", "EUR", "2027-05-26", None)]),
    ("Q4552", "Drukkerij Vandenbroucke bv", "drukkerij-vandenbroucke.example", "nl", "nl-BE", [], "alice",
     [("boekhouding", "", "Boekhouding"), ("k.vandenbroucke", "Koen Vandenbroucke", "Zaakvoerder")],
     [("94563", "6870.00", "EUR", "2027-04-30", None), ("94564", "1120.00", "EUR", "2027-05-28", None)]),
    ("Q4553", "Dierenkliniek Noorderpark BV", "dierenkliniek-noorderpark.example", "nl", "nl-NL", ["legal"], "bruno",
     [("financien", "", "Financiën"), ("j.dijkstra", "Jeroen Dijkstra", "Directeur")],
     [("94565", "9340.00", "EUR", "2027-03-26", None)]),
    ("Q4561", "Marisco Atlântico – Artigos de Pesca Lda", "marisco-atlantico.example", "pt", "pt-PT", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("j.ribeiro", "Joaquim Ribeiro", "Sócio-gerente")],
     [("94571", "5120.00", "EUR", "2027-05-04", None), ("94572", "760.00", "EUR", "2027-05-25", None)]),
    ("Q4562", "Gráfica Horizonte Ltda", "graficahorizonte.example", "pt", "pt-BR", [], "alice",
     [("financeiro", "", "Financeiro"), ("a.moura", "Ana Paula Moura", "Gerente financeira")],
     [("94573", "3890.00", "USD", "2027-05-07", None), ("94574", "610.00", "USD", "2027-05-28", None)]),
    ("Q4563", "Nuvem Sul Tecnologia Ltda", "nuvemsul.example", "pt", "pt-BR", ["payment_plan"], "bruno",
     [("contas.pagar", "", "Contas a pagar"), ("r.fagundes", "Rodrigo Fagundes", "Controller")],
     [("94575", "14400.00", "USD", "2027-03-31", None)]),
]
