"""Reader rules written after field65 and field66 were measured once (issue 14), tested in my own words: a payment told
in a German past passive with its participle last ("wurde am 1.3. ausgeführt"), Portuguese "já transferimos", Spanish
"se los pagué" (not the subjunctive "que se lo pague"), Dutch "heeft … gestort" are claims; a copy asked again because
the one received is a broken image is a copy request."""

from __future__ import annotations

import pytest

from agent.models.tense import payment_tenses
from core.contracts import Intent
from tests.agent_models.march_reply import read_reply


@pytest.mark.parametrize(("text", "lang"), [
    ("Grüezi, die Zahlung über CHF 4'120 wurde am 1.3. ausgeführt. Freundliche Grüsse", "de"),
    ("Já transferimos os 2.310 € na segunda-feira.", "pt"),
    ("Hola, los 740 de la factura se los pagué el lunes por transferencia.", "es"),
])
def test_a_payment_told_as_made_is_already_paid(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.already_paid


@pytest.mark.parametrize(("text", "told"), [
    ("Onze boekhouder heeft de € 2.400 gisteren op de rekening gestort.", (False, True)),
    ("Es importante que se lo pague el martes.", (True, False)),
    ("Die Rechnung wurde freigegeben und wird am Freitag bezahlt.", (True, False)),
])
def test_the_tense_of_a_payment(text, told):
    assert payment_tenses(text) == told


def test_a_copy_asked_again_because_it_came_as_a_broken_image_is_a_copy_request(model):
    text = "Please resend INV-2027-11223 as a PDF. The copy we got is a broken image and our scanning vendor rejected it."
    assert read_reply(model, text).intent is Intent.invoice_resend
