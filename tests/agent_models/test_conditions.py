"""A promise behind a condition is read as conditional in every language, by one vocabulary.

The promise reader and the date reader share core/text/conditions.py: a collector sees "conditional
promise: a human judges it" for "once the credit note arrives" in any of the six languages, and no
condition where a word only looks like one ("Sie", "asap", "Sí.").
"""

from __future__ import annotations

import pytest

from agent.extract import is_conditional
from core.text.conditions import CONDITION
from core.text.folding import fold

CONDITIONAL = [
    "We will pay INV-1 on Friday once we receive the credit note.",
    "Wir zahlen am Freitag, sobald die Gutschrift vorliegt.",
    "Nous paierons vendredi dès que nous aurons reçu l'avoir.",
    "Pagaremos el viernes en cuanto recibamos la nota de crédito.",
    "Wij betalen vrijdag zodra de creditnota binnen is.",
    "Pagaremos na sexta-feira assim que recebermos a nota de crédito.",
    "We'll pay on the 15th unless you hear otherwise from our controller.",
    # the people who pay them must pay first, even with a date beside it
    "We'll settle it early next month, when the season's tenants have paid their deposits.",
    "Le paiement suivra fin février, quand la mutuelle aura payé.",
    "Te pago a fin de mes, cuando cobremos a los distribuidores.",
    "We betalen begin maart, wanneer de leden hun contributie hebben betaald.",
    "Pagamos no início do mês, quando os clientes tiverem pago.",
    # money someone else owes them, or funds still to come, named in the sentence before
    "Our distributor still owes us for March; we'll pay you the same day it lands.",
    "The grant tranche is expected at the end of the month. We will transfer right after that.",
    "Payment is only released after the external audit sign-off, expected on the 20th.",
    "We will settle at month end after our export proceeds are realised.",
    "Pagamos no dia 20, depois que os revendedores pagarem as encomendas.",
]
PLAIN = [
    "We will pay INV-1 on Friday.",
    "Sie erhalten die Zahlung am Freitag.",
    "Will pay asap, Friday latest.",
    "A fatura será paga na sexta-feira.",
    "We'll transfer at month end; the 30th falls on a Saturday, so the Friday before.",
]


@pytest.mark.parametrize("text", CONDITIONAL)
def test_a_condition_in_any_language_makes_the_promise_conditional(text: str) -> None:
    assert is_conditional(text)


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_promise_is_not_conditional(text: str) -> None:
    assert not is_conditional(text)


def test_openers_are_whole_words() -> None:
    assert not CONDITION.search(fold("Sie sind ifrs-konform, asap"))
