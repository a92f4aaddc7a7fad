"""The field43 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Hospitality and restaurant groups, franchise retail, dental and medical practice chains and event agencies: a London
restaurant group, a Kent dental partnership (strategic), a Chicago event agency, a Toronto franchise holder on credit
hold, a Seattle dental chain, a Boston diner group on a plan, two Italian family firms writing English (a Bologna
trattoria group, a Parma salumificio), a Dublin event agency, a Calgary restaurant group, a Pennsylvania dental group on
a legal account; a Swabian precision-parts maker (its controller), a Tyrolean hotel group on credit hold, a Frankfurt
dental MVZ; a French bakery franchise (its expert-comptable writes too), a Lyon event agency on a plan, a Québec hotel
group; a Valencian farm co-operative, an Andalusian olive co-operative on credit hold, a Madrid restaurant group; a
Flemish bakery franchise, a Dutch dental chain (strategic), an Utrecht event agency; a Minho restaurant group, a São Paulo
dental network on a plan and a Brazilian açaí franchise.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2027-03-12"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("A4301", "Harbourline Hospitality Group Ltd", "harbourline-hospitality.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("j.pryce", "Jenna Pryce", "Group Finance Manager")],
     [("94301", "4860.00", "GBP", "2027-01-29", None), ("94302", "1275.00", "GBP", "2027-02-12", None)]),
    ("A4302", "Saltmarsh Dental Partners LLP", "saltmarsh-dental.example", "en", "en-GB", ["strategic"], "bruno",
     [("payables", "", "Payables"), ("r.osei", "Richard Osei", "Practice Finance Lead")],
     [("94303", "9420.00", "GBP", "2027-01-22", "SDP-PO-3318")]),
    ("A4303", "Copperline Events Inc", "copperline-events.example", "en", "en-US", [], "carla",
     [("ap", "", "Accounts Payable"), ("d.kowalski", "Dana Kowalski", "Controller")],
     [("94304", "12650.00", "USD", "2027-01-31", "CE-5512"), ("94305", "2380.00", "USD", "2027-02-15", "CE-5580")]),
    ("A4304", "Maple Crest Franchise Holdings Ltd", "maplecrest-franchise.example", "en", "en-CA", ["credit_hold"], "alice",
     [("apinvoices", "", "AP Invoices"), ("p.singh", "Priya Singh", "AP Lead")],
     [("94306", "7940.00", "CAD", "2027-01-25", None)]),
    ("A4305", "Bayview Smile Clinics PLLC", "bayviewsmile.example", "en", "en-US", [], "bruno",
     [("accountspayable", "", "Accounts Payable"), ("k.nguyen", "Kim Nguyen", "AP Supervisor")],
     [("94307", "5315.00", "USD", "2027-02-01", None), ("94308", "860.00", "USD", "2027-02-19", None)]),
    ("A4306", "Lakeshore Diner Group LLC", "lakeshorediners.example", "en", "en-US", ["payment_plan"], "carla",
     [("billing", "", "Billing"), ("t.walsh", "Tom Walsh", "Owner")],
     [("94309", "6600.00", "USD", "2026-12-18", None)]),
    ("A4307", "Trattorie Fratelli Bellucci Srl", "fratellibellucci.example", "en", "en-IT", [], "alice",
     [("amministrazione", "", "Amministrazione"), ("g.bellucci", "Giulia Bellucci", "Amministratrice")],
     [("94310", "3940.00", "EUR", "2027-01-28", None), ("94311", "715.00", "EUR", "2027-02-16", None)]),
    ("A4308", "Salumificio Rinaldi & Figli Srl", "salumificio-rinaldi.example", "en", "en-IT", [], "bruno",
     [("contabilita", "", "Contabilità"), ("m.rinaldi", "Marco Rinaldi", "Titolare")],
     [("94312", "8150.00", "EUR", "2027-01-20", None)]),
    ("A4309", "Northgate Events & Staging Ltd", "northgate-events.example", "en", "en-IE", [], "carla",
     [("finance", "", "Finance"), ("c.byrne", "Ciara Byrne", "Finance Manager")],
     [("94313", "4210.00", "EUR", "2027-02-05", None), ("94314", "590.00", "EUR", "2027-02-20", None)]),
    ("A4310", "Prairie Table Restaurants Ltd", "prairietable.example", "en", "en-CA", [], "alice",
     [("ap", "", "Accounts Payable"), ("b.lachance", "Brent Lachance", "Controller")],
     [("94315", "3480.00", "CAD", "2027-02-03", None)]),
    ("A4311", "Keystone Family Dental Group LLC", "keystonefamilydental.example", "en", "en-US", ["legal"], "bruno",
     [("office", "", "Office"), ("l.ferraro", "Lou Ferraro", "Practice Administrator")],
     [("94316", "11200.00", "USD", "2026-12-30", None)]),
    ("A4321", "Kessler Präzisionsteile GmbH", "kessler-praezision.example", "de", "de-DE", [], "carla",
     [("kreditoren", "", "Kreditorenbuchhaltung"), ("h.vogt", "Holger Vogt", "Leiter Controlling")],
     [("94321", "6780.00", "EUR", "2027-01-27", "KP-4500-771"), ("94322", "1140.00", "EUR", "2027-02-17", "KP-4500-802")]),
    ("A4322", "Hotelgruppe Alpenrose GmbH", "alpenrose-hotels.example", "de", "de-AT", ["credit_hold"], "alice",
     [("buchhaltung", "", "Buchhaltung"), ("s.huber", "Sabine Huber", "Prokuristin")],
     [("94323", "9360.00", "EUR", "2027-01-21", None)]),
    ("A4323", "Dentalzentren Rhein-Main MVZ GmbH", "dz-rheinmain.example", "de", "de-DE", [], "bruno",
     [("rechnungswesen", "", "Rechnungswesen"), ("t.albrecht", "Tobias Albrecht", "Kaufmännischer Leiter")],
     [("94324", "4590.00", "EUR", "2027-02-04", None)]),
    ("A4331", "Maison Perrin Franchise SAS", "maison-perrin.example", "fr", "fr-FR", [], "carla",
     [("compta", "", "Comptabilité"), ("a.perrin", "Anne Perrin", "Présidente")],
     [("94331", "5240.00", "EUR", "2027-01-29", None), ("94332", "880.00", "EUR", "2027-02-18", None)]),
    ("A4332", "Agence Événements Lumière SARL", "evenements-lumiere.example", "fr", "fr-FR", ["payment_plan"], "alice",
     [("administration", "", "Administration"), ("l.garnier", "Lucas Garnier", "Gérant")],
     [("94333", "7650.00", "EUR", "2027-01-15", None)]),
    ("A4333", "Groupe hôtelier Saint-Laurent inc.", "hotels-saint-laurent.example", "fr", "fr-CA", [], "bruno",
     [("comptesapayer", "", "Comptes à payer"), ("g.pelletier", "Geneviève Pelletier", "Contrôleuse")],
     [("94334", "6120.00", "CAD", "2027-02-02", None)]),
    ("A4341", "Cooperativa Agrícola Virgen de la Vega S.Coop.V.", "coopvirgenvega.example", "es", "es-ES", [], "carla",
     [("administracion", "", "Administración"), ("v.ferrer", "Vicent Ferrer", "Gerente")],
     [("94341", "8430.00", "EUR", "2027-01-26", None), ("94342", "1260.00", "EUR", "2027-02-16", None)]),
    ("A4342", "Sociedad Cooperativa Olivarera San Isidro", "olivarerasanisidro.example", "es", "es-ES", ["credit_hold"], "alice",
     [("contabilidad", "", "Contabilidad"), ("r.moreno", "Rocío Moreno", "Responsable de administración")],
     [("94343", "5970.00", "EUR", "2027-01-19", None)]),
    ("A4343", "Grupo Restaurantes La Alameda SL", "grupolaalameda.example", "es", "es-ES", [], "bruno",
     [("proveedores", "", "Proveedores"), ("j.sanz", "Javier Sanz", "Director financiero")],
     [("94344", "3310.00", "EUR", "2027-02-08", None)]),
    ("A4351", "Bakkerij Van den Broeck bv", "vandenbroeck-bakkerij.example", "nl", "nl-BE", [], "carla",
     [("boekhouding", "", "Boekhouding"), ("k.vandenbroeck", "Koen Van den Broeck", "Zaakvoerder")],
     [("94351", "4780.00", "EUR", "2027-01-28", None), ("94352", "640.00", "EUR", "2027-02-18", None)]),
    ("A4352", "Tandartspraktijken De Linde bv", "delinde-tandartsen.example", "nl", "nl-NL", ["strategic"], "alice",
     [("crediteuren", "", "Crediteurenadministratie"), ("m.dekker", "Marloes Dekker", "Financieel manager")],
     [("94353", "7215.00", "EUR", "2027-01-22", None)]),
    ("A4353", "Evenementenbureau Vonk bv", "vonk-events.example", "nl", "nl-NL", [], "bruno",
     [("administratie", "", "Administratie"), ("s.vonk", "Sander Vonk", "Eigenaar")],
     [("94354", "2960.00", "EUR", "2027-02-10", None)]),
    ("A4361", "Grupo Sabores do Minho, Lda", "saboresdominho.example", "pt", "pt-PT", [], "carla",
     [("contabilidade", "", "Contabilidade"), ("h.araujo", "Helena Araújo", "Diretora financeira")],
     [("94361", "6340.00", "EUR", "2027-01-27", None), ("94362", "1090.00", "EUR", "2027-02-17", None)]),
    ("A4362", "Rede Sorriso Clínicas Odontológicas Ltda", "redesorriso.example", "pt", "pt-BR", ["payment_plan"], "alice",
     [("financeiro", "", "Financeiro"), ("c.menezes", "Camila Menezes", "Gerente financeira")],
     [("94363", "9800.00", "USD", "2027-01-18", None)]),
    ("A4363", "Franquias Açaí Tropical Ltda", "acaitropical.example", "pt", "pt-BR", [], "bruno",
     [("contasapagar", "", "Contas a pagar"), ("r.batista", "Rodrigo Batista", "Controller")],
     [("94364", "4150.00", "USD", "2027-02-05", None)]),
]
