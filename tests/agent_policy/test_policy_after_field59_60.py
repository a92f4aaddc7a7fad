"""Policy rules written after field59 and field60 were measured once (issue 14), in my own words: a promise that names
two of the customer's invoices by their bare numbers pauses both, and a part written as South Asian English writes a
whole sum ("500/-") is a part a person looks at before anyone confirms it."""

from __future__ import annotations

from datetime import date

import pytest

from agent.lookup import look_up
from core.contracts import Classification, Facts, Intent
from tests.agent_policy.test_policy import ERP, SENT, run


def _promise_read(text: str, named: list[str]):
    promise = Classification(intent=Intent.promise_to_pay, confidence=0.9, decided_by="test",
                             facts=Facts(promise_date=date(2026, 11, 20), invoice_numbers=named))
    return look_up(ERP, ERP.customer("C-ACME"), promise, SENT.date(), own_words=text)


def test_a_promise_naming_one_invoice_in_full_covers_the_other_it_names_by_number():
    lookup = _promise_read("Invoice INV-2026-1001 goes out on Friday, and 1002 with the next run at month end.", ["INV-2026-1001"])
    assert {i.number for i in lookup.mentioned_invoices} == {"INV-2026-1001", "INV-2026-1002"}


def test_a_promise_naming_invoices_only_by_bare_numbers_keeps_to_the_account():
    # "1001 tomorrow, the small one next week": the pause covers the account, not only the number said
    assert _promise_read("1001 goes out tomorrow, the small one next week.", []).mentioned_invoices == []


def test_a_part_written_with_a_dash_goes_to_a_person():
    d, *_ = run(Intent.promise_to_pay, text="Sir, we shall clear 500/- on Friday and the balance thereafter.",
                promise_date=date(2026, 11, 20), invoice_numbers=["INV-2026-1001"])
    assert d.needs_human, d.reasons


@pytest.mark.parametrize("text", [
    "Für unseren Jahresabschluss bräuchten wir eine Saldenbestätigung per 28.02. Danke!",
    "Our auditors have asked for a balance confirmation as at 31 January, plus copies of both invoices.",
])
def test_an_audit_balance_confirmation_goes_to_a_person_even_with_copies(text):
    d, *_ = run(Intent.invoice_resend, text=text, invoice_numbers=["INV-2026-1001"])
    assert d.needs_human and d.rule == "policy.invoice_resend.audit_confirmation", d.reasons
