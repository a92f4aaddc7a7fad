"""Facts from the customer's own words, and payments that really pay the invoices meant.

Given a reply and the ERP, the collector sees only invoices the customer named (not those in our
own quoted reminder), only payments allocated to those invoices in their currency, and unidentified
cash that fits a claim sent to a person for cash application.
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

from agent.lookup import customer_words, look_up
from agent.policy import decide
from agent.state import PolicyParams
from core.contracts import Classification, Facts, Intent
from core.message import ParsedEmail
from core.records import World
from tests.foundation.world import WORLD
from tools.erp import WorldErp

OUR_REMINDER = "Dear Jo,\n\nthe following invoices are overdue:\nINV-2026-1001   1,200.00 EUR   due 2026-10-01\nINV-2026-1002     800.00 EUR   due 2026-10-15\n\nNorthwind"


def _erp(payments: list[dict]) -> WorldErp:
    world = copy.deepcopy(WORLD)
    world["payments"] = payments
    return WorldErp(World.model_validate(world))


def _classification(intent: Intent, **facts) -> Classification:
    return Classification(intent=intent, confidence=0.9, decided_by="test", facts=Facts(**facts))


def test_invoice_numbers_only_in_our_quoted_reminder_are_not_the_customers() -> None:
    erp = _erp([])
    acme = erp.customer("C-ACME")
    # An unmarked top-post: our reminder's lines sit in the "visible" text under the customer's line.
    visible = "We will pay INV-2026-1001 on Friday.\n\n" + OUR_REMINDER
    own = customer_words("Re: Payment reminder", visible, "", OUR_REMINDER)
    cls = _classification(Intent.promise_to_pay, invoice_numbers=["INV-2026-1001", "INV-2026-1002"], promise_date=date(2026, 11, 20))
    result = look_up(erp, acme, cls, date(2026, 11, 10), OUR_REMINDER, own)
    assert [i.number for i in result.mentioned_invoices] == ["INV-2026-1001"]
    decision = decide(cls, ParsedEmail(message_id="<m@x>", from_addr="jo.baker@acme-tools.example", text=visible, visible_text=visible),
                      acme, result, [], PolicyParams())
    assert [p.invoice_number for p in decision.pauses] == ["INV-2026-1001"], "the promise covers only what the customer named"


def test_a_subject_inherited_with_re_names_nothing_but_the_customers_own_subject_does() -> None:
    assert "INV-9" not in customer_words("RE: Invoice INV-9 overdue", "we'll pay", "", "")
    assert "INV-9" in customer_words("Invoice INV-9 is wrong", "see subject", "", "")


def test_a_payment_applied_to_another_invoice_or_in_another_currency_is_not_found() -> None:
    erp = _erp([
        {"id": "P-OTHER", "customer_id": "C-ACME", "date": "2026-11-08", "amount": "1200.00", "currency": "EUR", "reference": "ACME-77", "applied_to": ["INV-2026-0999"]},
        {"id": "P-USD", "customer_id": "C-ACME", "date": "2026-11-08", "amount": "1200.00", "currency": "USD", "reference": "ACME-78", "applied_to": []},
    ])
    acme = erp.customer("C-ACME")
    cls = _classification(Intent.already_paid, invoice_numbers=["INV-2026-1001"], payment_amount=Decimal("1200.00"))
    result = look_up(erp, acme, cls, date(2026, 11, 10), "", "we paid INV-2026-1001, 1200.00")
    assert result.matched_payments == []
    why = {e.ref: e.detail["why"] for e in result.evidence if e.kind == "erp.payment.not_matching"}
    assert why == {"P-OTHER": "applied to other invoices", "P-USD": "in USD, not EUR"}
    decision = decide(cls, ParsedEmail(message_id="<m@x>", from_addr="jo.baker@acme-tools.example", text="paid", visible_text="paid"),
                      acme, result, [], PolicyParams())
    assert decision.rule == "policy.already_paid.not_found" and decision.needs_human


def test_a_payment_allocated_to_the_named_invoice_is_found() -> None:
    erp = _erp([{"id": "P-1", "customer_id": "C-ACME", "date": "2026-11-08", "amount": "1200.00", "currency": "EUR", "reference": "ACME-77",
                 "applied_to": ["INV-2026-1001"]}])
    cls = _classification(Intent.already_paid, invoice_numbers=["INV-2026-1001"], payment_amount=Decimal("1200.00"))
    result = look_up(erp, erp.customer("C-ACME"), cls, date(2026, 11, 10), "", "we paid INV-2026-1001")
    assert [p.id for p in result.matched_payments] == ["P-1"]


def test_a_claim_that_fits_unidentified_cash_goes_to_a_person_for_cash_application() -> None:
    erp = _erp([{"id": "UNID-7", "customer_id": None, "date": "2026-11-09", "amount": "800.00", "currency": "EUR", "reference": "ACME TOOLS 1002",
                 "applied_to": []}])
    assert [p.id for p in erp.unidentified_payments()] == ["UNID-7"]  # the snapshot loads with cash that has no customer
    acme = erp.customer("C-ACME")
    cls = _classification(Intent.already_paid, invoice_numbers=["INV-2026-1002"], payment_amount=Decimal("800.00"))
    result = look_up(erp, acme, cls, date(2026, 11, 10), "", "paid INV-2026-1002 yesterday, 800 EUR")
    assert result.matched_payments == [] and [p.id for p in result.unidentified_payments] == ["UNID-7"]
    decision = decide(cls, ParsedEmail(message_id="<m@x>", from_addr="jo.baker@acme-tools.example", text="paid", visible_text="paid"),
                      acme, result, [], PolicyParams())
    assert decision.action == "route_human" and decision.rule == "policy.already_paid.unidentified_cash"
    assert decision.record["cash_application"] == ["UNID-7"] and not any(p.automatic for p in decision.pauses)


def test_a_bare_running_number_names_that_invoice_so_a_payment_of_the_whole_balance_does_not_pay_it() -> None:
    # "we paid 1002" (INV-2026-1002, 800.00): a payment of both invoices' 2,000.00 is someone else's story
    erp = _erp([{"id": "P-ALL", "customer_id": "C-ACME", "date": "2026-11-08", "amount": "2000.00", "currency": "EUR", "reference": "ACME-90", "applied_to": []}])
    acme = erp.customer("C-ACME")
    own = customer_words("Re: Payment reminder", "We paid 1002 on the 6th, with a deduction for withholding tax.", "", OUR_REMINDER)
    result = look_up(erp, acme, _classification(Intent.already_paid), date(2026, 11, 10), OUR_REMINDER, own)
    assert [i.number for i in result.mentioned_invoices] == ["INV-2026-1002"]
    assert result.matched_payments == []


def test_an_amount_is_not_read_as_an_invoices_running_number() -> None:
    erp = _erp([])
    acme = erp.customer("C-ACME")
    own = customer_words("Re: Payment reminder", "We sent 1001.50 EUR and 1002 € yesterday.", "", OUR_REMINDER)
    result = look_up(erp, acme, _classification(Intent.already_paid), date(2026, 11, 10), OUR_REMINDER, own)
    assert result.mentioned_invoices == []
