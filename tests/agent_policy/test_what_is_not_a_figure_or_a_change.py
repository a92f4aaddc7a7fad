"""A promise or a copy request is settled alone only when nothing in the customer's own words asks for a person: the
street number of a signature, the "received in error" line of a disclaimer, half of a crew, six hundred loaves or a
running number that names the invoice an amount pays are no such thing. Written after field67/68's errors, in my words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.lookup import look_up
from agent.policy import decide
from agent.state import PolicyParams
from core.contracts import Classification, Facts, Intent
from tests.agent_policy.test_policy import ERP, SENT, email, run


def promised(text: str, amount: str):
    """The policy's decision on a dated promise of `amount`, the customer's own words looked up as the agent does."""
    cls = Classification(intent=Intent.promise_to_pay, confidence=0.9, decided_by="test",
                         facts=Facts(promise_date=date(2026, 11, 20), promise_amount=Decimal(amount)))
    customer = ERP.customer("C-ACME")
    lookup = look_up(ERP, customer, cls, SENT.date(), own_words=text)
    return decide(cls, email(text=text), customer, lookup, [], PolicyParams())


@pytest.mark.parametrize("text", [
    "Half our crew is out at the regatta this week. Paying on the 20th.",
    "The shop is half-empty since the storm, but the transfer goes on the 20th.",
    "We baked 600 loaves this morning, I can barely type. Payment on the 20th.",
    "On en sort 900 par jour en ce moment. Virement le 20.",
    "We'll pay on the 20th.\n\nCom os melhores cumprimentos,\nAna Reis\nRua das Flores 88, 1200-195 Lisboa",
    "Paying on the 20th.\n\nKind regards,\nTom\nUnit 44, Harbour Road",
])
def test_a_dated_promise_whose_other_numbers_are_not_money_is_confirmed(text):
    d, *_ = run(Intent.promise_to_pay, text=text, promise_date=date(2026, 11, 20))
    assert not d.needs_human, d.reasons


def test_an_amount_equal_to_the_invoice_its_running_number_names_pays_that_invoice_whole():
    # the reader found the amount, not the invoice ("1002" has no prefix): the ERP says 1002 is open for 800.00
    d = promised("ok, the 800 on 1002 goes Friday the 20th", "800.00")
    assert not d.needs_human, d.reasons
    assert [p.invoice_number for p in d.pauses] == ["INV-2026-1002"]  # what it says of 1001 is not this promise


@pytest.mark.parametrize("text", [
    "800 for 1002 today, the other one when I can",  # the rest spoken of
    "the 800 (1002) goes today and 1,200 once the audit is done",  # another figure
    "800 for 1002 on the 20th, and the big one on 15 December",  # another day
    "I can pay the last 800 of 1002 on the 20th",  # what is left of it
])
def test_a_part_paid_by_running_number_beside_the_rest_is_still_a_part_for_a_person(text):
    d = promised(text, "800.00")
    assert d.needs_human, d.reasons


def test_an_amount_no_running_number_names_is_still_a_part_for_a_person():
    d = promised("ok, 800 goes Friday the 20th", "800.00")
    assert d.needs_human and any("partial promise" in r for r in d.reasons)


@pytest.mark.parametrize("text", [
    "Por favor, reenvíen la factura 1001.\n\nAtentamente,\nMarta\nEste mensaje y sus anexos son confidenciales. Si lo ha recibido por error, bórrelo.",
    "Podem reenviar a fatura 1001?\n\nCom os melhores cumprimentos,\nRui\nNIF 501 234 567\nEsta mensagem é confidencial e destina-se apenas ao destinatário.",
])
def test_a_copy_asked_for_is_sent_whatever_the_disclaimer_below_it_says(text):
    d, *_ = run(Intent.invoice_resend, text=text, invoice_numbers=["INV-2026-1001"])
    assert not any("asks for a change" in r for r in d.reasons), d.reasons


def test_a_copy_asked_for_with_a_change_still_goes_to_a_person():
    d, *_ = run(Intent.invoice_resend, text="Please resend 1001 with our new VAT number on it.\n\nThanks,\nBo", invoice_numbers=["INV-2026-1001"])
    assert any("asks for a change" in r for r in d.reasons), d.reasons


def test_a_festivals_days_in_a_sentence_of_their_own_are_no_later_part_of_the_promise():
    d, *_ = run(Intent.promise_to_pay, text="The winter fair runs from 2 to 28 January, we're flat out. Paying on the 20th.",
                promise_date=date(2026, 11, 20))
    assert not d.needs_human, d.reasons


@pytest.mark.parametrize("text", [
    "1001 goes on the 20th, 1002 on 28 January.",
    "The 1001 on the 20th. 1002: 28 January.",
])
def test_a_second_invoice_dated_past_the_promise_limit_still_goes_to_a_person(text):
    d, *_ = run(Intent.promise_to_pay, text=text, promise_date=date(2026, 11, 20))
    assert d.needs_human and any("also names 2027-01-28" in r for r in d.reasons), d.reasons
