"""A small ERP world for the guardrail tests: two customers, their invoices and one payment each."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from core.contracts import Draft
from core.message import ParsedEmail
from core.records import Company, Contact, Customer, Invoice, Payment, World
from guardrails.api import OutboundContext
from tools.erp import WorldErp

NOW = datetime(2024, 3, 15, 10, 0, tzinfo=timezone.utc)


def make_world() -> World:
    return World(
        as_of=date(2024, 3, 15),
        company=Company(name="Northwind Supplies GmbH", ar_mailbox="ar@northwind-supplies.example"),
        customers=[
            Customer(id="C100", name="Acme Tools GmbH", domain="acme-tools.example", language="en",
                     contacts=[Contact(email="anna.berg@acme-tools.example", name="Anna Berg"), Contact(email="ap@acme-tools.example")]),
            Customer(id="C200", name="Beta Logistics BV", domain="beta-logistics.example", language="nl",
                     contacts=[Contact(email="bo@beta-logistics.example", name="Bo de Wit")]),
            Customer(id="C300", name="Stillwater Foods Ltd", domain="stillwater.example", language="en", flags=["do_not_contact"],
                     contacts=[Contact(email="kim@stillwater.example", name="Kim Lee")]),
        ],
        invoices=[
            Invoice(number="INV-2024-1001", customer_id="C100", issue_date=date(2024, 1, 10), due_date=date(2024, 2, 9),
                    amount=Decimal("1240.00"), balance=Decimal("1240.00"), po_number="PO-778812"),
            Invoice(number="INV-2024-1002", customer_id="C100", issue_date=date(2024, 2, 1), due_date=date(2024, 3, 2),
                    amount=Decimal("860.50"), balance=Decimal("360.50")),
            Invoice(number="INV-2024-2001", customer_id="C200", issue_date=date(2024, 2, 1), due_date=date(2024, 3, 2),
                    amount=Decimal("99.00"), balance=Decimal("99.00")),
            Invoice(number="INV-2024-3001", customer_id="C300", issue_date=date(2024, 2, 1), due_date=date(2024, 3, 2),
                    amount=Decimal("50.00"), balance=Decimal("50.00")),
        ],
        payments=[Payment(id="PAY-1", customer_id="C100", date=date(2024, 3, 1), amount=Decimal("500.00"), reference="TRF-55012",
                          applied_to=["INV-2024-1002"])],
    )


def erp_and_customer(customer_id: str = "C100") -> tuple[WorldErp, Customer]:
    erp = WorldErp(make_world())
    customer = erp.customer(customer_id)
    assert customer is not None
    return erp, customer


def reply(text: str = "We will pay next week.", *, sender: str = "anna.berg@acme-tools.example", name: str = "Anna Berg",
          subject: str = "Re: Payment reminder INV-2024-1001", **kw) -> ParsedEmail:  # noqa: ANN003
    return ParsedEmail(message_id="<r1@acme-tools.example>", from_addr=sender, from_name=name, subject=subject,
                       text=kw.pop("full_text", text), visible_text=text, **kw)


GOOD_BODY = (
    "Dear Ms Berg,\n\nour records show invoice INV-2024-1001 (PO-778812) for EUR 1,240.00, due on 9 February 2024, "
    "and invoice INV-2024-1002 with an open balance of EUR 360.50, due 2024-03-02. We received your payment TRF-55012 "
    "of EUR 500.00 on 01.03.2024, thank you. The total open balance is EUR 1,600.50.\n\n"
    "Could you let us know when we can expect the payment?\n\nKind regards\nAccounts Receivable, ar@northwind-supplies.example"
)


def good_draft(**update) -> Draft:  # noqa: ANN003
    draft = Draft(to=["anna.berg@acme-tools.example"], subject="Open invoices INV-2024-1001 and INV-2024-1002", body=GOOD_BODY, language="en")
    return draft.model_copy(update=update)


def context(customer: Customer, **update) -> OutboundContext:  # noqa: ANN003
    ctx = OutboundContext(customer=customer, inbound=None, now=NOW)
    return ctx.model_copy(update=update)


def injection_reason(email: ParsedEmail, customer_id: str = "C100") -> str | None:
    """The reason the injection check gives a collector for this reply (None when it passes)."""
    from guardrails.inbound import run_inbound_checks

    erp, customer = erp_and_customer(customer_id)
    for r in run_inbound_checks(email, customer, erp):
        if r.check == "inbound.injection" and not r.passed:
            return r.reason
    return None


def failed_checks(email: ParsedEmail, customer_id: str = "C100") -> list[str]:
    """Every inbound check that would hold this reply for a person, with its reason."""
    from guardrails.inbound import run_inbound_checks

    erp, customer = erp_and_customer(customer_id)
    return [f"{r.check}: {r.reason}" for r in run_inbound_checks(email, customer, erp) if not r.passed]
