"""An 'already paid' claim is about the invoices its own sentences name, not every invoice in the reply."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.lookup import LookupResult, invoices_of_the_paid_claim
from core.records import Invoice


def _inv(number: str, balance: str) -> Invoice:
    return Invoice(number=number, customer_id="C1", issue_date=date(2026, 9, 1), due_date=date(2026, 10, 1),
                   amount=Decimal(balance), balance=Decimal(balance), currency="EUR", status="open")


A, B = _inv("INV-2026-10001", "100.00"), _inv("INV-2026-10002", "250.00")


def test_a_paid_invoice_beside_a_resend_request_is_the_only_one_the_payment_must_cover():
    words = "INV-2026-10001 was paid last week. Could you send us a copy of INV-2026-10002?"
    assert invoices_of_the_paid_claim([A, B], words) == [A]
    lk = LookupResult(mentioned_invoices=[A, B], paid_invoices=[A])
    assert lk.paid_balance == Decimal("100.00") and lk.open_balance == Decimal("350.00")


def test_when_every_named_invoice_is_said_paid_or_none_is_the_whole_balance_is_meant():
    assert invoices_of_the_paid_claim([A, B], "INV-2026-10001 and INV-2026-10002 were paid yesterday.") == []
    assert invoices_of_the_paid_claim([A, B], "We will pay INV-2026-10001 on Friday; INV-2026-10002 is wrong.") == []
    assert LookupResult(mentioned_invoices=[A, B]).paid_balance == Decimal("350.00")


def test_a_sentence_that_promises_is_not_a_paid_claim():
    words = "We have paid INV-2026-10001 and will pay INV-2026-10002 on Friday."
    assert invoices_of_the_paid_claim([A, B], words) == []
