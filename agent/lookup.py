"""ERP lookups for one reply: the records policy decides on, each kept as evidence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from agent.contracts import Classification, Evidence
from tools.erp import Erp
from tools.records import Customer, Invoice, Payment


class LookupResult(BaseModel):
    open_invoices: list[Invoice] = Field(default_factory=list)
    reminded_invoices: list[Invoice] = Field(default_factory=list)  # open ones our message listed
    mentioned_invoices: list[Invoice] = Field(default_factory=list)  # named in the reply and the customer's
    foreign_invoices: list[str] = Field(default_factory=list)  # named but unknown or another customer's
    matched_payments: list[Payment] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def target_invoices(self) -> list[Invoice]:
        """The invoices the reply is about: those it names, else those our message listed, else all open ones."""
        return self.mentioned_invoices or self.reminded_invoices or self.open_invoices

    @property
    def open_balance(self) -> Decimal:
        return sum((i.balance for i in self.target_invoices), Decimal("0"))


def _invoice_evidence(inv: Invoice) -> Evidence:
    return Evidence(kind="erp.invoice", ref=inv.number, detail=inv.model_dump(mode="json"))


def _payment_evidence(p: Payment) -> Evidence:
    return Evidence(kind="erp.payment", ref=p.id, detail=p.model_dump(mode="json"))


def _by_short_number(invoices: list[Invoice], number: str) -> Invoice | None:
    """Customers often quote "13178" for INV-2026-13178: accept it when exactly one of theirs ends so."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) < 3:
        return None
    matches = [i for i in invoices if "".join(ch for ch in i.number if ch.isdigit()).endswith(digits)]
    return matches[0] if len(matches) == 1 else None


def look_up(erp: Erp, customer: Customer, classification: Classification, sent_on: date, our_last_message: str = "") -> LookupResult:
    facts = classification.facts
    result = LookupResult(open_invoices=erp.open_invoices(customer.id))
    result.reminded_invoices = [i for i in result.open_invoices if i.number in our_last_message]
    result.evidence.append(Evidence(kind="erp.customer", ref=customer.id, detail=customer.model_dump(mode="json")))
    own = erp.invoices(customer.id)
    for number in facts.invoice_numbers:
        inv = erp.invoice(number) or _by_short_number(own, number)
        if inv is not None and inv.customer_id == customer.id:
            if inv.number not in {i.number for i in result.mentioned_invoices}:
                result.mentioned_invoices.append(inv)
        else:
            result.foreign_invoices.append(number)
    for inv in result.target_invoices:
        result.evidence.append(_invoice_evidence(inv))
    if classification.intent in ("already_paid",) or "already_paid" in classification.secondary_intents:
        claimed = facts.payment_amount or (facts.amounts[0] if facts.amounts else None)
        around = facts.payment_date or sent_on
        payments = erp.find_payment(customer.id, reference=facts.payment_reference, amount=claimed, around=around)
        if not payments and result.open_balance != claimed:
            # The amount they meant is what they owed on the invoices they name.
            payments = erp.find_payment(customer.id, amount=result.open_balance, around=around)
        result.matched_payments = payments
        result.evidence.extend(_payment_evidence(p) for p in payments)
    return result


def lookup_summary(result: LookupResult) -> dict[str, Any]:
    return result.model_dump(mode="json", exclude={"evidence"})
