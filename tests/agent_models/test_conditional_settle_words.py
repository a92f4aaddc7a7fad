"""A condition holds a promise back when the verb that pays is a verb of settling in the customer's language."""

from __future__ import annotations

import pytest

from agent.extract import is_conditional


@pytest.mark.parametrize("text", [
    "En cuanto cobremos del cliente final le liquidamos la factura, calculo que a finales de mes.",
    "Sobald die Gutschrift da ist, begleichen wir den Rest.",
    "Zodra de subsidie binnen is voldoen we de factuur.",
    "Dès que le virement client arrive, nous acquitterons la facture.",
])
def test_a_promise_held_back_by_a_condition_is_conditional_whatever_verb_pays(text):
    assert is_conditional(text)


def test_a_plain_settling_verb_is_no_condition():
    assert not is_conditional("Le liquidamos la factura el viernes.")


@pytest.mark.parametrize("text", [
    "Can we pay by card over the phone? We'll do it Thursday if so.",
    "Können wir per Kreditkarte zahlen? Falls ja, zahlen wir am Donnerstag.",
    "La facture sera réglée dans les 10 jours après passage au Collège communal de jeudi.",
])
def test_a_promise_that_waits_on_our_answer_or_a_council_is_conditional(text):
    assert is_conditional(text)


@pytest.mark.parametrize("text", ["So we'll pay on Thursday.", "I'll settle up on the 21st. If that's ok"])
def test_so_without_if_or_asking_leave_for_a_date_is_no_condition(text):
    assert not is_conditional(text)
