"""A schedule asked for is a plan request, a schedule stated is a promise (issue 14, after field51 and field52's one
measurement; every reply here in other words). evals/LABELING.md: asked schedules are plan requests dated by their first
part; "1,000 Monday and the rest the Monday after" said outright is a promise of the first part's day. Asking is a
question or a proposal about the split itself; a question about something else elsewhere in the reply is not."""

from __future__ import annotations

import pytest

from core.contracts import Intent
from tests.agent_models.march_reply import read_reply


@pytest.mark.parametrize("text,language", [
    ("Solicitamos pagar el total en cuatro cuotas mensuales desde el 20 de marzo; el invierno fue muy flojo.", "es"),
    ("Le proponemos saldar la deuda con tres cheques posdatados: 31 de marzo, 30 de abril y 31 de mayo.", "es"),
    ("On paierait la moitié le 12 mars et l'autre moitié fin avril, ça vous convient ?", "fr"),
    ("Mogen we het in twee keer doen, de helft nu en de rest eind april?", "nl"),
])
def test_a_schedule_asked_for_is_a_plan_request(model, text, language):
    assert read_reply(model, text, language).intent is Intent.payment_plan_request


@pytest.mark.parametrize("text,language", [
    ("We'll pay half on Friday and the rest the Friday after. Thanks for bearing with us!", "en"),
    ("Is Maria still the one to send remittances to? Anyway, we'll pay half on Friday and the other half on the 19th.", "en"),
])
def test_a_schedule_stated_is_no_plan_request(model, text, language):
    assert read_reply(model, text, language).intent is not Intent.payment_plan_request
