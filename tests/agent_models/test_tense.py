"""A payment still to come is not a payment made: the collector chases a promise, not a claim."""

from __future__ import annotations

import pytest

from agent.models.tense import speaks_of_a_payment_to_come


@pytest.mark.parametrize("text", [
    "The balance will be transferred on Monday.",
    "Die offene Rechnung wird am 9.12. beglichen.",
    "Le solde sera viré mardi.",
    "La factura se abonará la semana que viene.",
    "Het bedrag wordt dinsdag voldaan.",
    "O valor será transferido na terça.",
    "Abonaremos el importe el martes.",
    "Nous réglerons le solde lundi.",
    "Efetuaremos o pagamento dia 3.",
])
def test_a_payment_still_to_come_is_recognised(text):
    assert speaks_of_a_payment_to_come(text)


@pytest.mark.parametrize("text", [
    "We transferred the balance on Monday.",
    "Wir haben den Betrag gestern überwiesen.",
    "Le solde a été viré mardi.",
    "Ya hemos abonado la factura.",
    "Het bedrag is gisteren overgemaakt.",
    "O valor já foi transferido.",
    "We sent it last week and it will reach you soon.",
])
def test_money_already_sent_is_never_read_as_a_promise(text):
    assert not speaks_of_a_payment_to_come(text)
