"""Reader rules written after field61 and field62 were measured once (issue 14), tested in my own words: a colleague
away in the field who reads no mail or is back at the desk later is an absence, not a promise of the day named; a
payment done today is a claim, with or without a rest still to come."""

from __future__ import annotations

import pytest

from core.contracts import Intent
from tests.agent_models.march_reply import read_reply


@pytest.mark.parametrize(("text", "lang"), [
    ("Tom's in the lambing shed all week. Try again on Monday, he'll be back at his desk then.", "en"),
    ("Priya's out on a job in Perth and checking emails on Fridays only.", "en"),
])
def test_a_colleague_away_in_the_field_is_an_absence(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.out_of_office


@pytest.mark.parametrize(("text", "lang"), [
    ("1,940 sent today, it should land tomorrow.", "en"),
    ("Virement de 2 150 € effectué aujourd'hui.", "fr"),
])
def test_a_payment_done_today_is_already_paid(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.already_paid


def test_we_work_away_but_pay_on_friday_is_still_a_promise(model):
    assert read_reply(model, "We're out on site all week but the transfer goes on Friday.").intent is Intent.promise_to_pay
