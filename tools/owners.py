"""Which collector owns each customer, when the books do not say.

QuickBooks, Xero and Stripe have no field for the collector who chases a customer, so their customers
arrive without an owner and every item would land in the shared, unassigned queue. An AR team keeps
that assignment in a small file (`DUNMAIL_OWNERS_FILE`, `customer_id,owner` per line) and may name a
collector for everyone else (`DUNMAIL_DEFAULT_OWNER`). The file wins over the books (it is the team's
explicit word), the books over the default.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.ports import Erp
from core.records import Customer


class OwnersFileError(ValueError):
    """The owners file cannot be read as `customer_id,owner` lines; the message names the line."""


def read_owners_file(path: Path) -> dict[str, str]:
    """customer id -> owner from a CSV of `customer_id,owner` lines (a header line and `#` comments allowed)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise OwnersFileError(f"cannot read the owners file {path}: {exc.strerror or exc}") from exc
    owners: dict[str, str] = {}
    for number, row in enumerate(csv.reader(text.splitlines()), start=1):
        cells = [c.strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        if number == 1 and [c.lower() for c in cells[:2]] == ["customer_id", "owner"]:
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise OwnersFileError(f"{path}, line {number}: expected `customer_id,owner`, got {','.join(cells)!r}")
        if cells[0] in owners and owners[cells[0]] != cells[1]:
            raise OwnersFileError(f"{path}, line {number}: customer {cells[0]} is given two owners ({owners[cells[0]]}, {cells[1]})")
        owners[cells[0]] = cells[1]
    return owners


class AssignedOwners:
    """An Erp whose customers carry the team's owner assignment; everything else is the books' own answer."""

    def __init__(self, erp: Erp, owners: dict[str, str], default_owner: str = ""):
        self._erp, self._owners, self._default = erp, owners, default_owner

    def _own(self, customer: Customer | None) -> Customer | None:
        if customer is None:
            return None
        owner = self._owners.get(customer.id) or customer.owner or self._default
        return customer if owner == customer.owner else customer.model_copy(update={"owner": owner})

    def customer_by_email(self, email: str) -> Customer | None:
        return self._own(self._erp.customer_by_email(email))

    def customer_by_domain(self, domain: str) -> Customer | None:
        return self._own(self._erp.customer_by_domain(domain))

    def customer(self, customer_id: str) -> Customer | None:
        return self._own(self._erp.customer(customer_id))

    def customers(self) -> list[Customer]:
        return [c for c in map(self._own, self._erp.customers()) if c is not None]

    def __getattr__(self, name: str) -> Callable[..., Any] | Any:
        return getattr(self._erp, name)  # invoices, payments, today…: the books' own answer
