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


def _domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].lower().strip() if "@" in email else ""


class WorldErp:
    """Read-only ERP backed by a `World` snapshot (demo data and eval datasets)."""

    def __init__(self, world: World):
        self.world = world
        self._customers = {c.id: c for c in world.customers}
        self._invoices = {i.number.upper(): i for i in world.invoices}

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
        wanted = email.lower().strip()
        for customer in self.world.customers:
            if wanted in customer.contact_emails():
                return customer
        return None

    def customer_by_domain(self, domain: str) -> Customer | None:
        wanted = domain.lower().strip()
        if not wanted:
            return None
        for customer in self.world.customers:
            if customer.domain.lower() == wanted:
                return customer
        return None

    def invoices(self, customer_id: str) -> list[Invoice]:
        return [i for i in self.world.invoices if i.customer_id == customer_id]

    def open_invoices(self, customer_id: str) -> list[Invoice]:
        return [i for i in self.invoices(customer_id) if i.is_open]

    def invoice(self, number: str) -> Invoice | None:
        return self._invoices.get(number.upper().strip())

    def payments(self, customer_id: str, start: date | None = None, end: date | None = None) -> list[Payment]:
        return [
            p
            for p in self.world.payments
            if p.customer_id == customer_id and (start is None or p.date >= start) and (end is None or p.date <= end)
        ]

    def unidentified_payments(self, start: date | None = None, end: date | None = None) -> list[Payment]:
        return [p for p in self.world.payments if p.customer_id is None and (start is None or p.date >= start) and (end is None or p.date <= end)]

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


def sender_domain(email: str) -> str:
    return _domain(email)
