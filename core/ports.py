"""The ports: what the domain needs from the outside world, as protocols the adapters implement.

`Erp` is read by the agent's lookups and the dunning planner (tools/erp.py `WorldErp`, the connectors
in adapters/erp_connectors/ and the mirror in adapters/erp_mirror/ implement it); `Outbox` sends approved
replies (adapters/mail/smtp.py and adapters/mail/maildir_outbox.py implement it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Protocol

from core.outgoing import OutgoingMail
from core.records import Customer, Invoice, Payment


class ErpError(Exception):
    """The ERP could not answer; the agent routes the message to a human."""


class Erp(Protocol):
    def customer_by_email(self, email: str) -> Customer | None: ...
    def customer_by_domain(self, domain: str) -> Customer | None: ...
    def customer(self, customer_id: str) -> Customer | None: ...
    def customers(self) -> list[Customer]: ...
    def open_invoices(self, customer_id: str) -> list[Invoice]: ...
    def invoices(self, customer_id: str) -> list[Invoice]: ...
    def invoice(self, number: str) -> Invoice | None: ...
    def payments(self, customer_id: str, start: date | None = None, end: date | None = None) -> list[Payment]: ...
    def unidentified_payments(self, start: date | None = None, end: date | None = None) -> list[Payment]:
        """Cash received with no customer yet (cash application has not placed it)."""
        ...
    def find_payment(
        self,
        customer_id: str,
        reference: str | None = None,
        amount: Decimal | None = None,
        around: date | None = None,
        window_days: int = 14,
    ) -> list[Payment]: ...
    def today(self) -> date: ...


class OutboxError(Exception):
    """Delivery failed; the outbound message stays retryable with this reason.

    `temporary` is true when trying again later may succeed (an SMTP 4xx, a dropped connection, an
    unreachable server): the reply is then retried with back-off; otherwise it fails visibly."""

    def __init__(self, message: str, *, temporary: bool = False):
        super().__init__(message)
        self.temporary = temporary


Accepted = Callable[[], None]


class Outbox(Protocol):
    def deliver(self, mail: OutgoingMail, on_accepted: Accepted | None = None) -> None: ...
    def was_sent(self, message_id: str) -> bool: ...
