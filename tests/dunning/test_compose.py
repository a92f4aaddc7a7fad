"""Every reminder template, in every language and tone, passes the outbound guardrails as composed."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from agent.dunning.compose import compose_reminder
from agent.dunning.policy import DunningError, load_policy
from core.records import Company, Contact, Customer, Invoice, World
from guardrails.api import OutboundContext, check_outbound
from tools.erp import WorldErp

LANGS = ("en", "de", "fr", "es", "nl", "pt")
TONES = ("courtesy", "reminder", "firm", "final", "broken_promise")


def world(lang: str) -> World:
    customer = Customer(id="C1", name="Muster Handel GmbH", domain="muster.example", language=lang,
                        contacts=[Contact(email="ceo@muster.example", name="Eva Chef", role="CEO"),
                                  Contact(email="ap@muster.example", name="Ana Pay", role="Accounts payable")])
    invoices = [Invoice(number=f"INV-2026-00{n}", customer_id="C1", issue_date=date(2026, 10, n), due_date=date(2026, 11, n),
                        amount=Decimal(f"{n}234.50"), balance=Decimal(f"{n}234.50")) for n in (1, 2)]
    return World(as_of=date(2026, 11, 20), company=Company(name="Northwind Supplies GmbH", ar_mailbox="ar@northwind-supplies.example"),
                 customers=[customer], invoices=invoices)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tone", TONES)
def test_each_template_lists_every_invoice_and_passes_the_guardrails(lang, tone):
    w = world(lang)
    erp = WorldErp(w)
    customer = w.customers[0]
    contact = load_policy().ap_contact(customer)
    promise = dict(promise_date=date(2026, 11, 12), promise_amount=Decimal("1000.00")) if tone == "broken_promise" else {}
    draft = compose_reminder(customer, contact, w.invoices, tone=tone, company_name="Northwind Supplies GmbH", attach_invoices=tone == "final", **promise)

    assert draft.to == ["ap@muster.example"]  # the AP contact, not the first contact
    assert draft.language == lang and draft.subject and "Subject:" not in draft.body
    assert all(i.number in draft.body for i in w.invoices)  # one consolidated email
    ctx = OutboundContext(customer=customer, inbound=None, now=datetime(2026, 11, 20, 9, tzinfo=timezone.utc),
                          allowed_attachments=draft.attachments, allowed_amounts=[Decimal("3469.00"), Decimal("1000.00")],
                          allowed_dates=[date(2026, 11, 12)])
    failed = [(c.check, c.reason) for c in check_outbound(draft, ctx, erp) if not c.passed]
    assert failed == []


def test_an_invalid_policy_names_the_problem(tmp_path):
    bad = tmp_path / "policy.toml"
    bad.write_text('[[segments]]\nname = "x"\n[[segments.stages]]\nname = "a"\ndays = 3\ntone = "angry"\n', encoding="utf-8")
    with pytest.raises(DunningError, match="unknown tone 'angry'"):
        load_policy(bad)
