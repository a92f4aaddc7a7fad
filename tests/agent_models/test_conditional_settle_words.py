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
