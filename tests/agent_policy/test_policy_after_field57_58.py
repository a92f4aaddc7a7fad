"""Policy rules written after field57 and field58 were measured once (issue 14), in my own words: a reply that only
acknowledges asks for nothing and goes to nobody; a payment booked days after the reply that says it was already made
is likely another payment, so a person checks before anyone confirms it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from core.contracts import Intent
from core.message import ParsedEmail
from tests.agent_policy.test_policy import BRAU, run


@pytest.mark.parametrize("text", ["ok", "👍", "Beleza.", "Alles klar!"])
def test_an_acknowledgement_alone_needs_nobody(text):
    d, *_ = run(Intent.other, text=text)
    assert d.action == "no_action" and not d.needs_human and d.rule == "policy.other.acknowledgement"


def test_an_acknowledgement_with_a_question_goes_to_a_person():
    d, *_ = run(Intent.other, text="ok, who is our contact now?")
    assert d.needs_human


def _written_on(day: datetime, text: str) -> ParsedEmail:
    return ParsedEmail(message_id="<m@x>", from_addr=BRAU["sender"], subject="Re: Payment reminder", date=day, text=text, visible_text=text)


def test_a_payment_booked_days_after_the_reply_that_claims_it_goes_to_a_person():
    # PAY-1 is booked on 9 November; the reply saying "paid last week" was written on the 4th
    early = datetime(2026, 11, 4, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    d, *_ = run(Intent.already_paid, mail=_written_on(early, "Paid last week, ref TRF-88123."), **BRAU)
    assert d.needs_human and any("may be another payment" in r for r in d.reasons), d.reasons


def test_a_payment_booked_the_next_working_day_is_the_one_meant():
    # written on Friday 6 November, booked on Monday the 9th: a transfer sent on a Friday
    friday = datetime(2026, 11, 6, 16, 0, tzinfo=timezone(timedelta(hours=1)))
    d, *_ = run(Intent.already_paid, mail=_written_on(friday, "Paid today, 4.500,00 EUR, ref TRF-88123."), **BRAU)
    assert not any("may be another payment" in r for r in d.reasons), d.reasons
