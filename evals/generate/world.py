"""The ERP snapshot (world.json) of one dataset: customers, contacts, invoices and payments.

Invariants (checked by build_datasets.validate_world):
- balance = amount - what the applied payments put on the invoice;
- a payment applied to several invoices pays each of them in full; a partial payment names one invoice;
- every invoice appears in at most one payment's applied_to.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

COMPANY = {"name": "Northwind Supplies GmbH", "ar_mailbox": "ar@northwind-supplies.example"}
COMPANY_DOMAIN = "northwind-supplies.example"
OWNERS = {"alice": "Alice Wagner", "bob": "Bob Lindqvist", "carla": "Carla Moretti", "dmitri": "Dmitri Volkov"}
FLAGS = ("strategic", "credit_hold", "legal", "payment_plan", "do_not_contact")

# Where customers of a language sit (time zone for their Date headers, currency of their invoices).
LOCALES = {
    "en": [("Europe/London", "GBP"), ("Europe/London", "EUR"), ("America/New_York", "USD"),
           ("Europe/Dublin", "EUR"), ("America/Chicago", "USD")],
    "de": [("Europe/Berlin", "EUR"), ("Europe/Vienna", "EUR"), ("Europe/Zurich", "CHF")],
    "fr": [("Europe/Paris", "EUR"), ("Europe/Brussels", "EUR")],
    "es": [("Europe/Madrid", "EUR")],
    "nl": [("Europe/Amsterdam", "EUR"), ("Europe/Brussels", "EUR")],
    "pt": [("Europe/Lisbon", "EUR")],
}

CUSTOMER_PARTS = {
    "en": (["Harbour", "Kestrel", "Bluefield", "Ashworth", "Greenway", "Summit", "Oakridge", "Mersey", "Pinecrest",
            "Redwood", "Castleford", "Brightwater", "Thornbury", "Lakeside", "Ironbridge", "Clearview", "Hollis",
            "Silverline", "Northgate", "Everett", "Fairfax", "Copperleaf", "Westbrook", "Dunmore", "Granite State",
            "Maple Leaf", "Seabright", "Holloway", "Quayside", "Stonebridge", "Wexford", "Ridgeway", "Calder",
            "Beacon Hill", "Foxglove", "Marlow", "Tamworth", "Kingsbury", "Riverside", "Sterling"],
           ["Foods Ltd", "Engineering Ltd", "Logistics Inc.", "Facilities Ltd", "Lab Supplies LLC", "Print Co.",
            "Marine Services Ltd", "Hospitality Group", "Dental Supplies Inc.", "Building Products Ltd", "Hotels plc",
            "Packaging Ltd", "Veterinary Group", "Tools Ltd", "Optics LLC", "Architects LLP", "Catering Ltd",
            "Schools Trust", "Medical Devices Inc.", "Office Interiors Ltd", "Cafés Ltd", "Construction LLC",
            "Farms Ltd", "Fabrication Inc.", "Property Management Ltd", "Fitness Clubs Ltd", "Electrical Ltd"]),
    "de": (["Brandt", "Kessler", "Hoffmann", "Weber", "Schulz", "Lindner", "Becker", "Bergmann", "Fischer", "Neumann",
            "Krüger", "Wagner", "Zimmermann", "Hartmann", "Lehmann", "Köhler", "Roth", "Vogel", "Seidel", "Haas",
            "Albrecht", "Sommer", "Winkler", "Lorenz"],
           ["Maschinenbau GmbH", "Logistik AG", "& Söhne KG", "Elektrotechnik GmbH", "Bäckereibedarf GmbH",
            "Gebäudetechnik GmbH", "Verpackungen GmbH", "Metallbau GmbH & Co. KG", "Büroeinrichtungen GmbH",
            "Haustechnik e.K.", "Druckerei GmbH", "Landtechnik GmbH", "Sanitär & Heizung GmbH", "Feinkost GmbH",
            "Kunststofftechnik GmbH", "Hotelbetriebe GmbH"]),
    "fr": (["Dupont", "Martin", "Lefèvre", "Moreau", "Garnier", "Leroux", "Bertrand", "Rousseau", "Fontaine",
            "Chevalier", "Mercier", "Blanchard", "Girard", "Lambert", "Faure", "Picard", "Gauthier", "Roussel"],
           ["Distribution SARL", "Boulangeries SAS", "Transports SA", "Industrie SA", "& Fils SARL",
            "Hôtellerie SAS", "Bâtiment SARL", "Imprimerie SAS", "Équipements SARL", "Froid Industriel SAS",
            "Services SARL", "Menuiserie SARL"]),
    "es": (["García", "Navarro", "Martínez", "Ortega", "Ruiz", "Fernández", "López", "Sánchez", "Romero", "Torres",
            "Domínguez", "Vázquez", "Castillo", "Molina", "Herrera", "Iglesias"],
           ["Distribuciones S.L.", "Construcciones S.A.", "Hostelería S.L.", "Talleres S.L.", "e Hijos S.L.",
            "Logística S.L.", "Suministros Industriales S.A.", "Climatización S.L.", "Alimentación S.L.",
            "Reformas S.L.", "Instalaciones S.L."]),
    "nl": (["Van Dijk", "De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "Bos",
            "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer"],
           ["Installatietechniek B.V.", "Logistiek B.V.", "Bouw B.V.", "Kantoorinrichting B.V.", "Groothandel B.V.",
            "Transport B.V.", "Techniek B.V.", "Horeca B.V.", "Verpakkingen B.V.", "Machinebouw B.V.",
            "Schoonmaak B.V."]),
    "pt": (["Silva", "Ferreira", "Costa", "Sousa", "Oliveira", "Pereira", "Santos", "Rodrigues", "Martins",
            "Carvalho", "Almeida", "Lopes", "Marques", "Ribeiro", "Gomes", "Pinto"],
           ["Distribuidora, Lda.", "Construções S.A.", "Hotelaria, Lda.", "& Filhos, Lda.", "Metalúrgica, Lda.",
            "Transportes, Lda.", "Equipamentos, Lda.", "Climatização, Lda.", "Serviços, Lda.",
            "Indústrias S.A."]),
}

PEOPLE = {
    "en": (["James", "Sarah", "Michael", "Emma", "David", "Laura", "Tom", "Rachel", "Chris", "Hannah", "Mark",
            "Olivia", "Paul", "Jessica", "Ryan", "Sophie", "Daniel", "Megan", "Kevin", "Priya", "Aisha", "Liam",
            "Grace", "Ben", "Nicole", "Sean"],
           ["Thompson", "Patel", "Hughes", "O'Brien", "Walker", "Bennett", "Clarke", "Murphy", "Reynolds", "Foster",
            "Khan", "Harris", "Turner", "Doyle", "Mitchell", "Chen", "Baker", "Sullivan", "Price", "Edwards"]),
    "de": (["Julia", "Thomas", "Sabine", "Markus", "Katrin", "Stefan", "Anja", "Michael", "Claudia", "Jens",
            "Petra", "Andreas", "Nicole", "Frank", "Martina", "Uwe", "Lena", "Tobias", "Birgit", "Jürgen"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Meyer", "Wagner", "Becker", "Schäfer", "Koch", "Richter",
            "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Hofmann", "Krause"]),
    "fr": (["Sophie", "Julien", "Camille", "Nicolas", "Isabelle", "Pierre", "Nathalie", "Antoine", "Céline",
            "François", "Aurélie", "Mathieu", "Sandrine", "Olivier", "Émilie", "Laurent"],
           ["Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
            "Laurent", "Michel", "Lefebvre", "Roux", "David", "Bertin"]),
    "es": (["María", "Javier", "Lucía", "Carlos", "Elena", "Pablo", "Carmen", "Alejandro", "Marta", "Sergio",
            "Laura", "Raúl", "Cristina", "Jorge", "Beatriz", "Diego"],
           ["González", "Rodríguez", "Pérez", "Gómez", "Díaz", "Moreno", "Muñoz", "Álvarez", "Jiménez", "Ruiz",
            "Gil", "Serrano", "Blanco", "Suárez", "Ramos", "Vega"]),
    "nl": (["Sanne", "Daan", "Lotte", "Bram", "Femke", "Joost", "Marieke", "Pieter", "Anouk", "Ruben", "Eva",
            "Thijs", "Inge", "Maarten", "Esther", "Wouter"],
           ["de Jong", "Janssen", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Groot",
            "Mulder", "Bos", "Vos", "Verhoeven", "Kuipers", "Willems", "Dekker"]),
    "pt": (["Ana", "João", "Mariana", "Pedro", "Inês", "Rui", "Catarina", "Tiago", "Sofia", "Miguel", "Beatriz",
            "Nuno", "Rita", "Hugo", "Joana", "Paulo"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
            "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves"]),
}

ROLES = {
    "en": ["Accounts Payable", "Finance Manager", "Financial Controller", "Purchasing Manager", "Office Manager",
           "Bookkeeper", "CFO", "AP Clerk", "Operations Manager"],
    "de": ["Kreditorenbuchhaltung", "Buchhaltung", "Leitung Finanzen", "Einkauf", "Controlling", "Geschäftsführung",
           "Sachbearbeitung Rechnungsprüfung"],
    "fr": ["Comptabilité fournisseurs", "Responsable comptable", "Directeur administratif et financier", "Achats",
           "Assistante de direction", "Contrôleur de gestion"],
    "es": ["Cuentas a pagar", "Administración", "Responsable financiero", "Compras", "Contabilidad", "Gerente"],
    "nl": ["Crediteurenadministratie", "Financieel manager", "Inkoop", "Office manager", "Controller", "Boekhouding"],
    "pt": ["Contas a pagar", "Contabilidade", "Diretor financeiro", "Compras", "Administrativa", "Gerente"],
}

GENERIC_BOX = {
    "en": ["accounts", "ap", "accountspayable", "invoices", "finance"],
    "de": ["buchhaltung", "kreditoren", "rechnungseingang", "finanzen"],
    "fr": ["comptabilite", "compta", "factures", "fournisseurs"],
    "es": ["contabilidad", "administracion", "facturas", "proveedores"],
    "nl": ["crediteuren", "administratie", "facturen", "boekhouding"],
    "pt": ["contabilidade", "faturas", "financeiro", "fornecedores"],
}
GENERIC_ROLE = {"en": "Accounts Payable", "de": "Buchhaltung", "fr": "Comptabilité fournisseurs",
                "es": "Cuentas a pagar", "nl": "Crediteurenadministratie", "pt": "Contas a pagar"}


def ascii_slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " ").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def money(x: Decimal | int | float | str) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"))


@dataclass
class CustomerInfo:
    """What the generator knows about a customer beyond world.json (never written out)."""
    id: str
    lang: str
    tz: str
    currency: str
    flags: list[str]
    contacts: list[dict]
    domain: str
    name: str
    short: str
    owner: str
    po_style: int
    terms: int
    uses_gmail: bool = False
    extra: dict = field(default_factory=dict)


class World:
    """A mutable ERP snapshot; threads may add unapplied payments (money that arrived unmatched)."""

    def __init__(self, rng: random.Random, as_of: date, n_customers: int, lang_counts: dict[str, int],
                 inv_base: int, flag_share: float = 0.16, flag_every_language: bool = True):
        self.rng = rng
        self.as_of = as_of
        self.customers: list[dict] = []
        self.info: dict[str, CustomerInfo] = {}
        self.invoices: list[dict] = []
        self.payments: list[dict] = []
        self._inv_no = inv_base
        self._pay_no = rng.randint(1000, 8000)
        self._used_names: set[str] = set()
        self._used_refs: set[str] = set()
        langs = [l for l, n in lang_counts.items() for _ in range(n)]
        rng.shuffle(langs)
        flagged_langs: set[str] = set()
        for i, lang in enumerate(langs[:n_customers]):
            # every language gets at least one flagged account, so flagged threads exist in all of them
            share = flag_share if (not flag_every_language or lang in flagged_langs
                                   or langs[i + 1:].count(lang) > 1) else 1.0
            self._add_customer(f"C{rng.randint(1, 9)}{i + 101:03d}", lang, share)
            if self.customers[-1]["flags"]:
                flagged_langs.add(lang)
        self._build_ledger()

    # ------------------------------------------------------------------ customers
    def _person(self, lang: str) -> tuple[str, str]:
        firsts, lasts = PEOPLE[lang]
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def _add_customer(self, cid: str, lang: str, flag_share: float) -> None:
        rng = self.rng
        prefixes, suffixes = CUSTOMER_PARTS[lang]
        while True:
            name = f"{rng.choice(prefixes)} {rng.choice(suffixes)}"
            core = re.sub(r"(?<!\w)(GmbH & Co\. KG|GmbH|AG|KG|e\.K\.|Co\.|SARL|SAS|SA|S\.L\.|S\.A\.|B\.V\.|Lda\.|"
                          r"Ltd|LLC|LLP|Inc\.|plc)(?!\w)", "", name).replace("&", " ").replace(",", " ")
            if name not in self._used_names:
                break
        self._used_names.add(name)
        slug = ascii_slug(core)
        slug = "-".join(slug.split("-")[:3])
        domain = slug + rng.choice([".example"] * 5 + [".test"])
        tz, cur = rng.choice(LOCALES[lang])
        flags: list[str] = []
        if rng.random() < flag_share:
            flags.append(rng.choice(FLAGS))
            if rng.random() < 0.15:
                other = rng.choice(FLAGS)
                if other not in flags:
                    flags.append(other)
        uses_gmail = rng.random() < 0.08
        contacts = []
        n_people = rng.choice([1, 1, 2, 2, 2, 3])
        for j in range(n_people):
            first, last = self._person(lang)
            fl = ascii_slug(first).replace("-", "")
            ll = ascii_slug(last).replace("-", "")
            local = rng.choice([f"{fl}.{ll}", f"{fl[0]}.{ll}", f"{fl}", f"{fl[0]}{ll}"])
            if uses_gmail and j == 0:
                email = f"{fl}.{ll}{rng.randint(1, 99)}@gmail.com" if rng.random() < 0.6 else f"{ll}.{slug.split('-')[0]}@gmail.com"
            else:
                email = f"{local}@{domain}"
            if any(c["email"] == email for c in contacts):
                continue
            contacts.append({"email": email, "name": f"{first} {last}", "role": rng.choice(ROLES[lang])})
        if not uses_gmail and rng.random() < 0.55:
            contacts.insert(rng.randint(0, len(contacts)),
                            {"email": f"{rng.choice(GENERIC_BOX[lang])}@{domain}", "name": "", "role": GENERIC_ROLE[lang]})
        owner = rng.choice(list(OWNERS))
        short = re.sub(r"\s+", " ", core).strip()
        self.customers.append({"id": cid, "name": name, "domain": domain,
                               "contacts": contacts, "flags": flags, "owner": owner, "language": lang})
        self.info[cid] = CustomerInfo(id=cid, lang=lang, tz=tz, currency=cur, flags=flags, contacts=contacts,
                                      domain=domain, name=name, short=short, owner=owner,
                                      po_style=rng.randrange(6), terms=rng.choice([14, 30, 30, 30, 45, 60]),
                                      uses_gmail=uses_gmail)

    # ------------------------------------------------------------------ ledger
    def po_number(self, cid: str) -> str:
        rng = self.rng
        style = self.info[cid].po_style
        return [
            lambda: f"45{rng.randint(10000000, 99999999)}",
            lambda: f"PO-{rng.randint(100000, 999999)}",
            lambda: f"PO {self.as_of.year}-{rng.randint(100, 9999):04d}",
            lambda: f"BST-{rng.randint(10000, 99999)}",
            lambda: f"{rng.choice(['PO', 'OC', 'BC', 'PED'])}{rng.randint(10000, 99999)}",
            lambda: f"P{rng.randint(1000000, 9999999)}",
        ][style]()

    def new_reference(self, lang: str | None = None) -> str:
        rng = self.rng
        while True:
            ref = rng.choice([
                lambda: f"TRF-{rng.randint(10000, 99999)}",
                lambda: f"FT{rng.randint(24300, 26320)}{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{rng.randint(10, 99)}",
                lambda: f"SEPA-{rng.randint(100000000, 999999999)}",
                lambda: f"WIRE {rng.randint(100000, 999999)}",
                lambda: f"RF{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
                lambda: f"ACH{rng.randint(1000000, 9999999)}",
                lambda: f"PAY/{self.as_of.year}/{rng.randint(1000, 9999)}",
            ])()
            if ref not in self._used_refs:
                self._used_refs.add(ref)
                return ref

    def _new_invoice_number(self, year: int) -> str:
        self._inv_no += self.rng.randint(1, 37)
        return f"INV-{year}-{self._inv_no}"

    def _build_ledger(self) -> None:
        rng = self.rng
        drafts = []
        for c in self.customers:
            info = self.info[c["id"]]
            n = rng.randint(3, 8)
            for k in range(n):
                # at least two invoices overdue by the reminder window
                if k < 2:
                    issue = self.as_of - timedelta(days=info.terms + rng.randint(18, 110))
                else:
                    issue = self.as_of - timedelta(days=rng.randint(6, 240))
                drafts.append((issue, c["id"], k))
        drafts.sort()
        for issue, cid, k in drafts:
            info = self.info[cid]
            amount = money(rng.choice([rng.uniform(120, 1500), rng.uniform(800, 6000), rng.uniform(3000, 24000)]))
            if rng.random() < 0.15:
                amount = money(round(float(amount), -1))
            due = issue + timedelta(days=info.terms)
            inv = {"number": self._new_invoice_number(issue.year), "customer_id": cid,
                   "issue_date": issue.isoformat(), "due_date": due.isoformat(), "amount": str(amount),
                   "currency": info.currency, "balance": str(amount), "po_number": self.po_number(cid) if rng.random() < 0.85 else "",
                   "status": "open"}
            if k >= 2 and due < self.as_of - timedelta(days=5):
                r = rng.random()
                if r < 0.5:
                    self._pay(inv, amount, due + timedelta(days=rng.randint(-10, 20)))
                elif r < 0.62:
                    part = money(amount * Decimal(rng.choice(["0.5", "0.3", "0.25", "0.6"])))
                    self._pay(inv, part, due + timedelta(days=rng.randint(-5, 25)))
                elif r < 0.68:
                    inv["status"] = "disputed"
            self.invoices.append(inv)
        # a few payments settle two invoices at once
        by_cust: dict[str, list[dict]] = {}
        for inv in self.invoices:
            by_cust.setdefault(inv["customer_id"], []).append(inv)
        for cid, invs in by_cust.items():
            paid_singles = [p for p in self.payments if p["customer_id"] == cid and len(p["applied_to"]) == 1]
            full = [p for p in paid_singles if self.inv(p["applied_to"][0])["status"] == "paid"]
            if len(full) >= 2 and rng.random() < 0.4:
                a, b = full[:2]
                a["applied_to"].append(b["applied_to"][0])
                a["amount"] = str(money(a["amount"]) + money(b["amount"]))
                self.payments.remove(b)
        # noise: unapplied receipts that match nothing open
        for _ in range(max(2, len(self.customers) // 8)):
            c = rng.choice(self.customers)
            self.add_payment(c["id"], money(rng.uniform(40, 900)) + Decimal("0.37"),
                             self.as_of - timedelta(days=rng.randint(1, 60)), [], None)
        self.payments.sort(key=lambda p: (p["date"], p["id"]))

    def inv(self, number: str) -> dict:
        for i in self.invoices:
            if i["number"] == number:
                return i
        raise KeyError(number)

    def _pay(self, inv: dict, amount: Decimal, when: date) -> None:
        when = min(when, self.as_of - timedelta(days=1))
        bal = money(inv["balance"]) - amount
        inv["balance"] = str(bal)
        inv["status"] = "paid" if bal == 0 else "partially_paid"
        self.add_payment(inv["customer_id"], amount, when, [inv["number"]], None)

    def add_payment(self, cid: str, amount: Decimal, when: date, applied_to: list[str], reference: str | None) -> dict:
        info = self.info[cid]
        self._pay_no += self.rng.randint(1, 9)
        method = self.rng.choice({"USD": ["ach", "wire"], "GBP": ["bacs", "faster_payments", "wire"]}.get(
            info.currency, ["sepa_credit_transfer", "sepa_credit_transfer", "wire"]))
        p = {"id": f"PAY-{when.year}-{self._pay_no:05d}", "customer_id": cid, "date": when.isoformat(),
             "amount": str(money(amount)), "currency": info.currency, "reference": reference or self.new_reference(),
             "method": method, "applied_to": list(applied_to)}
        self.payments.append(p)
        return p

    # ------------------------------------------------------------------ queries
    def open_overdue(self, cid: str, on: date) -> list[dict]:
        return [i for i in self.invoices if i["customer_id"] == cid and i["status"] in ("open", "partially_paid")
                and date.fromisoformat(i["due_date"]) < on]

    def to_json(self, tz: str = "Europe/Berlin") -> dict:
        return {"as_of": self.as_of.isoformat(), "timezone": tz, "company": dict(COMPANY),
                "customers": self.customers, "invoices": self.invoices,
                "payments": sorted(self.payments, key=lambda p: (p["date"], p["id"]))}
