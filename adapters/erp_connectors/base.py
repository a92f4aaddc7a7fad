"""What every connector hands the mirror: the records that changed since its cursor, and the new cursor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from core.ports import ErpError
from core.records import CreditNote, Customer, Invoice, Payment


class ConnectorError(ErpError):
    """The connected system could not be read (unreachable, refused our credentials, answered nonsense).
    The sync is recorded as failed and the agent routes replies to a human until a sync succeeds."""


class AuthError(ConnectorError):
    """The system refused our credentials: a person must reconnect it (the message says which setting)."""


@dataclass
class Changes:
    """One connector's answer to "what changed since this cursor?".

    `full` means the records are the whole book (a csv export, a first sync): whatever the mirror
    holds that is not in them was deleted. Otherwise they are upserts, and `deleted` names what the
    system reports removed (customer ids, invoice numbers, payment ids, credit note ids)."""

    customers: list[Customer] = field(default_factory=list)
    invoices: list[Invoice] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    credit_notes: list[CreditNote] = field(default_factory=list)
    deleted: dict[str, list[str]] = field(default_factory=dict)  # "customers" | "invoices" | "payments" | "credit_notes"
    invoice_ids: dict[str, str] = field(default_factory=dict)  # invoice number -> the system's own id
    cursor: dict[str, str] = field(default_factory=dict)  # stream -> value, stored only when the sync succeeds
    full: bool = False
    problems: list[str] = field(default_factory=list)  # records skipped, with where and why

    def counts(self) -> dict[str, int]:
        out = {"customers": len(self.customers), "invoices": len(self.invoices), "payments": len(self.payments),
               "credit_notes": len(self.credit_notes)}
        out.update({f"deleted_{kind}": len(ids) for kind, ids in self.deleted.items() if ids})
        return out


class Connector(Protocol):
    """A read-only source of ERP records. `fetch` gets everything on an empty cursor, changes otherwise.

    `known_invoice_ids` maps the system's invoice ids to numbers already in the mirror, so a payment
    that arrives in a later sync than its invoice can still name the invoice number."""

    name: str

    def fetch(self, cursor: dict[str, str], known_invoice_ids: dict[str, str]) -> Changes: ...
