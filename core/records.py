"""ERP records as dunmail sees them (the eval `world.json` contract is the same shape)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field


# Records read from the local ERP mirror say which sync they came from ("csv sync #12, 2026-11-29T06:00Z"),
# so the evidence on a decision shows how fresh its ERP facts were. Snapshot records leave it out.
def _sync_seen() -> Any:
    return Field(default=None, exclude_if=lambda v: v is None)

Flag = Literal["strategic", "credit_hold", "legal", "payment_plan", "do_not_contact"]
HUMAN_ONLY_FLAGS: frozenset[str] = frozenset({"strategic", "credit_hold", "legal", "payment_plan"})


class Contact(BaseModel):
    email: str
    name: str = ""
    role: str = ""


class Customer(BaseModel):
    id: str
    name: str
    domain: str = ""
    contacts: list[Contact] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    owner: str = ""
    language: str = "en"
    synced: str | None = _sync_seen()

    def contact_emails(self) -> set[str]:
        return {c.email.lower() for c in self.contacts}


class Invoice(BaseModel):
    number: str
    customer_id: str
    issue_date: date
    due_date: date
    amount: Decimal
    currency: str = "EUR"
    balance: Decimal
    po_number: str | None = None
    status: str = "open"
    synced: str | None = _sync_seen()

    @property
    def is_open(self) -> bool:
        return self.balance > 0


class Payment(BaseModel):
    id: str
    customer_id: str | None = None  # None: unidentified cash, not yet applied to any customer
    date: date
    amount: Decimal
    currency: str = "EUR"
    reference: str = ""
    method: str = ""
    applied_to: list[str] = Field(default_factory=list)
    synced: str | None = _sync_seen()

    @property
    def is_unapplied(self) -> bool:
        return not self.applied_to


class CreditNote(BaseModel):
    """A credit note against a customer's invoices; kept in the mirror so a collector sees why a balance fell."""

    id: str
    number: str = ""
    customer_id: str | None = None
    date: date
    amount: Decimal
    currency: str = "EUR"
    remaining: Decimal = Decimal("0")  # credit not yet allocated to an invoice
    applied_to: list[str] = Field(default_factory=list)


class Company(BaseModel):
    name: str
    ar_mailbox: str
    # Our own accounts (IBAN, BIC, account numbers): the only bank details an outbound draft may name.
    bank_accounts: list[str] = Field(default_factory=list)


class World(BaseModel):
    """A whole ERP snapshot: the demo ERP and every eval dataset's `world.json`."""

    as_of: date
    timezone: str = "UTC"
    company: Company
    customers: list[Customer] = Field(default_factory=list)
    invoices: list[Invoice] = Field(default_factory=list)
    payments: list[Payment] = Field(default_factory=list)
