"""The field38 split's ERP: its own customers, contacts and invoices (written by hand, none shared with other splits).

Media and advertising agencies, SaaS customers, universities, car dealerships, veterinary practices, printing houses
and security firms: an Istanbul media agency, a Cairo printing house (credit hold), a Haifa veterinary group, a
Japanese university (strategic), a Seoul security firm, a Kuala Lumpur car dealership on a plan, a Manchester
advertising agency, a Chicago SaaS customer, a Chicago car dealership on a legal account, a Tel Aviv SaaS company, an
Osaka printing house, a Manchester security firm, a Korean university foundation and a Penang animal hospital (all
writing English); a Graz advertising agency and a Hamburg car dealership (strategic); a Lyon printing house and a
Brussels security firm (credit hold); a Madrid car dealership and a Montevideo veterinary clinic on a plan; an Antwerp
printing house and a Utrecht media agency (strategic); a Porto polytechnic and a Praia (Cape Verde) security firm.
"""

from __future__ import annotations

from typing import Any

AS_OF = "2027-03-27"

# id, name, domain, language, locale (decides numeric dates), flags, owner,
# contacts [(local part, name, role)], invoices [(number suffix, amount, currency, due date, po)]
CUSTOMERS: list[tuple[Any, ...]] = [
    ("F3801", "Haliç Medya Ajansı A.Ş.", "halicmedya.example", "en", "en-TR", [], "alice",
     [("muhasebe", "", "Accounting"), ("e.yildiz", "Elif Yıldız", "Finance Manager")],
     [("93801", "6840.00", "EUR", "2027-02-26", "HM-2027-114"), ("93802", "1275.00", "EUR", "2027-03-12", "HM-2027-131")]),
    ("F3802", "Nile Gate Printing House S.A.E.", "nilegateprint.example", "en", "en-EG", ["credit_hold"], "bruno",
     [("accounts", "", "Accounts"), ("a.mansour", "Ahmed Mansour", "Chief Accountant")],
     [("93803", "9360.00", "USD", "2027-02-15", None), ("93804", "2180.00", "USD", "2027-03-05", None)]),
    ("F3803", "Carmel Veterinary Group Ltd", "carmelvet.example", "en", "en-IL", [], "carla",
     [("finance", "", "Finance"), ("n.shapira", "Noa Shapira", "Controller")],
     [("93805", "4120.00", "USD", "2027-02-28", None), ("93806", "890.00", "USD", "2027-03-14", None)]),
    ("F3804", "Hokuriku Institute of Technology", "hokuriku-it.example", "en", "en-JP", ["strategic"], "alice",
     [("keiri", "", "Accounting Section"), ("k.tanaka", "Kenji Tanaka", "Procurement Officer")],
     [("93807", "18450.00", "EUR", "2027-02-20", "HIT-PO-26-0871"), ("93808", "3260.00", "EUR", "2027-03-10", "HIT-PO-26-0915")]),
    ("F3805", "Hanbit Security Systems Co., Ltd.", "hanbitsecurity.example", "en", "en-KR", [], "bruno",
     [("finance", "", "Finance Team"), ("j.park", "Park Ji-won", "Accounting Manager")],
     [("93809", "7730.00", "USD", "2027-02-24", "HB-PO-0392"), ("93810", "1460.00", "USD", "2027-03-11", "HB-PO-0410")]),
    ("F3806", "Straits Motor Dealers Sdn Bhd", "straitsmotor.example", "en", "en-MY", ["payment_plan"], "carla",
     [("accounts", "", "Accounts"), ("s.lim", "Lim Siew Ling", "Finance Executive")],
     [("93811", "12600.00", "USD", "2027-01-29", None), ("93812", "2940.00", "USD", "2027-03-01", None)]),
    ("F3807", "Deansgate Creative Ltd", "deansgatecreative.example", "en", "en-GB", [], "alice",
     [("accounts", "", "Accounts"), ("t.brierley", "Tom Brierley", "Finance Director")],
     [("93813", "5480.00", "GBP", "2027-02-27", "DC-4471"), ("93814", "960.00", "GBP", "2027-03-13", "DC-4502")]),
    ("F3808", "Lakeshore Cloudworks Inc", "lakeshorecloud.example", "en", "en-US", [], "bruno",
     [("ap", "", "Accounts Payable"), ("d.kowalski", "Dana Kowalski", "AP Manager")],
     [("93815", "8925.00", "USD", "2027-02-25", "LCW-77310"), ("93816", "1740.00", "USD", "2027-03-12", "LCW-77388")]),
    ("F3809", "Halsted Auto Group LLC", "halstedauto.example", "en", "en-US", ["legal"], "carla",
     [("payables", "", "Payables"), ("m.reyes", "Marco Reyes", "Controller")],
     [("93817", "14380.00", "USD", "2027-01-31", None)]),
    ("F3810", "Ramat Data Ltd", "ramatdata.example", "en", "en-IL", [], "alice",
     [("ap", "", "Accounts Payable"), ("y.levi", "Yael Levi", "Finance Manager")],
     [("93818", "3650.00", "USD", "2027-02-26", None), ("93819", "720.00", "USD", "2027-03-15", None)]),
    ("F3811", "Naniwa Print Co., Ltd.", "naniwaprint.example", "en", "en-JP", [], "bruno",
     [("accounting", "", "Accounting"), ("h.mori", "Hiroko Mori", "General Affairs")],
     [("93820", "5190.00", "EUR", "2027-02-27", None), ("93821", "1380.00", "EUR", "2027-03-12", None)]),
    ("F3812", "Irwell Guarding Ltd", "irwellguarding.example", "en", "en-GB", [], "carla",
     [("purchase.ledger", "", "Purchase Ledger"), ("k.ashworth", "Karen Ashworth", "Office Manager")],
     [("93822", "2875.00", "GBP", "2027-02-28", "IG-PO-1187"), ("93823", "615.00", "GBP", "2027-03-14", "IG-PO-1203")]),
    ("F3813", "Daejeon Institute of Science and Technology Foundation", "djist-foundation.example", "en", "en-KR", [], "alice",
     [("accounting", "", "Accounting Office"), ("s.choi", "Choi Seung-hyun", "Grants Accountant")],
     [("93824", "11240.00", "USD", "2027-02-19", "DJ-2027-0033"), ("93825", "2050.00", "USD", "2027-03-08", "DJ-2027-0041")]),
    ("F3814", "Pulau Pinang Animal Hospital Sdn Bhd", "ppanimalhospital.example", "en", "en-MY", [], "bruno",
     [("admin", "", "Admin"), ("r.nair", "Dr Rajesh Nair", "Managing Partner")],
     [("93826", "3340.00", "USD", "2027-02-26", None), ("93827", "580.00", "USD", "2027-03-13", None)]),
    ("F3821", "Werbeagentur Schloßberg GmbH", "schlossberg-werbung.example", "de", "de-AT", [], "carla",
     [("buchhaltung", "", "Buchhaltung"), ("g.pichler", "Gerlinde Pichler", "Prokuristin")],
     [("93828", "4760.00", "EUR", "2027-02-26", None), ("93829", "1130.00", "EUR", "2027-03-12", None)]),
    ("F3822", "Autohaus Wandsbek GmbH & Co. KG", "autohaus-wandsbek.example", "de", "de-DE", ["strategic"], "alice",
     [("kreditoren", "", "Kreditorenbuchhaltung"), ("j.petersen", "Jan Petersen", "Leiter Rechnungswesen")],
     [("93830", "16920.00", "EUR", "2027-02-19", "AW-BE-55120"), ("93831", "2380.00", "EUR", "2027-03-09", "AW-BE-55198")]),
    ("F3831", "Imprimerie des Traboules SARL", "imprimerie-traboules.example", "fr", "fr-FR", [], "bruno",
     [("compta", "", "Comptabilité"), ("m.girard", "Mathilde Girard", "Gérante")],
     [("93832", "5360.00", "EUR", "2027-02-26", None), ("93833", "840.00", "EUR", "2027-03-12", None)]),
    ("F3832", "Sécurité Bruxelles-Midi SA", "securite-bxlmidi.example", "fr", "fr-BE", ["credit_hold"], "carla",
     [("comptabilite", "", "Comptabilité"), ("l.dubois", "Laurent Dubois", "Directeur administratif et financier")],
     [("93834", "7840.00", "EUR", "2027-02-12", None), ("93835", "1925.00", "EUR", "2027-03-05", None)]),
    ("F3841", "Motor Chamartín SL", "motorchamartin.example", "es", "es-ES", [], "alice",
     [("administracion", "", "Administración"), ("c.navarro", "Carmen Navarro", "Jefa de administración")],
     [("93836", "9870.00", "EUR", "2027-02-25", "MC-PED-3318"), ("93837", "1560.00", "EUR", "2027-03-11", "MC-PED-3361")]),
    ("F3842", "Clínica Veterinaria del Prado", "vetdelprado.example", "es", "es-UY", ["payment_plan"], "bruno",
     [("administracion", "", "Administración"), ("f.olivera", "Florencia Olivera", "Directora")],
     [("93838", "6240.00", "USD", "2027-01-28", None), ("93839", "1190.00", "USD", "2027-03-03", None)]),
    ("F3851", "Drukkerij Scheldekaai nv", "drukkerij-scheldekaai.example", "nl", "nl-BE", [], "carla",
     [("boekhouding", "", "Boekhouding"), ("p.peeters", "Pieter Peeters", "Zaakvoerder")],
     [("93840", "4390.00", "EUR", "2027-02-26", None), ("93841", "970.00", "EUR", "2027-03-12", None)]),
    ("F3852", "Mediabureau Domstad bv", "mediabureau-domstad.example", "nl", "nl-NL", ["strategic"], "alice",
     [("crediteuren", "", "Crediteurenadministratie"), ("m.devries", "Marloes de Vries", "Controller")],
     [("93842", "13280.00", "EUR", "2027-02-20", "DOM-2027-0088"), ("93843", "2460.00", "EUR", "2027-03-10", "DOM-2027-0102")]),
    ("F3861", "Instituto Politécnico da Foz", "ipfoz.example", "pt", "pt-PT", [], "bruno",
     [("contabilidade", "", "Contabilidade"), ("a.sousa", "Ana Sousa", "Diretora financeira")],
     [("93844", "8150.00", "EUR", "2027-02-26", "IPF-CP-2027-019"), ("93845", "1320.00", "EUR", "2027-03-12", "IPF-CP-2027-027")]),
    ("F3862", "Segurança Atlântico Lda", "segatlantico.example", "pt", "pt-CV", [], "carla",
     [("financeiro", "", "Financeiro"), ("j.tavares", "João Tavares", "Administrador")],
     [("93846", "3980.00", "EUR", "2027-02-27", None), ("93847", "760.00", "EUR", "2027-03-13", None)]),
]
