"""The ERP over a `world.json` snapshot (demo data and eval datasets); the interface is core.ports.Erp.

Every lookup returns plain records; the caller keeps them as evidence on the decision.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from core.ports import ErpError
from core.records import Customer, Invoice, Payment, World
from core.text.references import reference_key


class WorldErp:
    """Read-only ERP backed by a `World` snapshot (demo data and eval datasets)."""

    def __init__(self, world: World):
        self.world = world
        self._customers = {c.id: c for c in world.customers}
        self._invoices = {i.number.upper(): i for i in world.invoices}
        # Looked up for every message: indexed once per snapshot (the first customer listed wins, as a scan would).
        self._by_email: dict[str, Customer] = {}
        self._by_domain: dict[str, Customer] = {}
        for c in world.customers:
            for email in c.contact_emails():
                self._by_email.setdefault(email, c)
            self._by_domain.setdefault(c.domain.lower(), c)
        self._invoices_of: dict[str, list[Invoice]] = {}
        self._payments_of: dict[str | None, list[Payment]] = {}
        self._indexed = (-1, -1)

    def _by_customer(self) -> tuple[dict[str, list[Invoice]], dict[str | None, list[Payment]]]:
        """Invoices and payments by customer, indexed again whenever a list grew (a simulated payment arriving)."""
        sizes = (len(self.world.invoices), len(self.world.payments))
        if sizes != self._indexed:
            self._invoices_of, self._payments_of = {}, {}
            for i in self.world.invoices:
                self._invoices_of.setdefault(i.customer_id, []).append(i)
            for p in self.world.payments:
                self._payments_of.setdefault(p.customer_id, []).append(p)
            self._indexed = sizes
        return self._invoices_of, self._payments_of

    @classmethod
    def from_file(cls, path: Path) -> "WorldErp":
        try:
            return cls(World.model_validate(json.loads(Path(path).read_text(encoding="utf-8"))))
        except (OSError, ValueError) as exc:
            raise ErpError(f"cannot load ERP snapshot {path}: {exc}") from exc

    def today(self) -> date:
        return self.world.as_of

    def customers(self) -> list[Customer]:
        return list(self.world.customers)

    def customer(self, customer_id: str) -> Customer | None:
        return self._customers.get(customer_id)

    def customer_by_email(self, email: str) -> Customer | None:
        return self._by_email.get(email.lower().strip())

    def customer_by_domain(self, domain: str) -> Customer | None:
        wanted = domain.lower().strip()
        return self._by_domain.get(wanted) if wanted else None

    def invoices(self, customer_id: str) -> list[Invoice]:
        return list(self._by_customer()[0].get(customer_id, ()))

    def open_invoices(self, customer_id: str) -> list[Invoice]:
        return [i for i in self.invoices(customer_id) if i.is_open]

    def invoice(self, number: str) -> Invoice | None:
        return self._invoices.get(number.upper().strip())

    def payments(self, customer_id: str, start: date | None = None, end: date | None = None) -> list[Payment]:
        return [p for p in self._by_customer()[1].get(customer_id, ()) if (start is None or p.date >= start) and (end is None or p.date <= end)]

    def unidentified_payments(self, start: date | None = None, end: date | None = None) -> list[Payment]:
        return [p for p in self._by_customer()[1].get(None, ()) if (start is None or p.date >= start) and (end is None or p.date <= end)]

    def find_payment(
        self,
        customer_id: str,
        reference: str | None = None,
        amount: Decimal | None = None,
        around: date | None = None,
        window_days: int = 14,
    ) -> list[Payment]:
        """Payments of this customer matching a reference, else an exact amount near a date."""
        candidates = self.payments(customer_id)
        if reference:
            wanted = reference_key(reference)
            by_ref = [p for p in candidates if wanted and reference_key(p.reference) == wanted]
            if by_ref:
                return by_ref
        if amount is not None:
            centre = around or self.today()
            lo, hi = centre - timedelta(days=window_days), centre + timedelta(days=window_days)
            return [p for p in candidates if p.amount == amount and lo <= p.date <= hi]
        return []
