"""A part sent and the rest promised is a payment claim first (issue 14, after field51 and field52's one measurement;
every reply here in other words). evals/LABELING.md ranks already_paid above promise_to_pay: the part sent is matched
against the bank, the promise for the rest rides beside it. Words the tense reader had not known: "sind heute raus",
"ya consignamos", "sent £300"; "esta mañana" is this morning, not tomorrow."""

from __future__ import annotations

import pytest

from agent.models.tense import payment_tenses
from core.contracts import Intent
from tests.agent_models.march_reply import read_reply


@pytest.mark.parametrize("text,language", [
    ("Servus, 650 Euro sind heute raus, den Rest zahlen wir nach der Inventur, etwa Mitte März.", "de"),
    ("We wired 1,200 this morning; we will pay the balance once our grant lands.", "en"),
])
def test_a_part_sent_with_the_rest_promised_is_a_claim_beside_a_promise(model, text, language):
    reading = read_reply(model, text, language)
    assert reading.intent is Intent.already_paid
    assert Intent.promise_to_pay in reading.secondary_intents


@pytest.mark.parametrize("text", [
    "Ya consignamos 2.300 dólares esta mañana, por favor liberen el pedido.",
    "Sent £300 this morning towards the older invoice.",
    "Die 800 Euro sind seit gestern raus.",
])
def test_words_that_tell_money_as_sent(text):
    assert payment_tenses(text) == (False, True)


def test_a_promise_of_a_part_and_a_rest_later_stays_a_promise(model):
    reading = read_reply(model, "We will pay 500 on Friday and the rest once the grant lands.", "en")
    assert reading.intent is Intent.promise_to_pay


def test_a_german_sign_on_is_no_yesterday():
    # German "hier" is "here"; French "hier" is "yesterday"
    assert payment_tenses("Brandner hier. Die 600 Euro überweise ich heute noch, den Rest nach der Messe.") == (True, False)
    assert payment_tenses("Le virement est parti hier.") == (False, True)
