"""A payment offered "in full and final settlement" is a write-off in disguise: the owner decides.

Given a reply that offers less than is open as a full and final settlement, the collector sees no
drafted acknowledgement (approving "we have noted your payment" could itself accept the offer), the
item goes to the account's owner, and the reason quotes the customer's words. An ordinary promise to
pay "in full" is still an ordinary promise.
"""

from __future__ import annotations

import copy
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.lookup import look_up
from agent.policy import decide
from agent.settlement import settlement_words
from agent.state import PolicyParams
from core.contracts import Classification, Facts, Intent
from core.message import ParsedEmail
from core.records import World
from tests.foundation.world import WORLD
from tools.erp import WorldErp

OFFERS = {
    "en": "We can pay EUR 400.00 in full and final settlement of INV-2026-1001. Please confirm.",
    "de": "Wir überweisen 400,00 EUR zur endgültigen Erledigung der Rechnung INV-2026-1001.",
    "fr": "Nous vous réglons 400,00 EUR pour solde de tout compte concernant INV-2026-1001.",
    "es": "Le transferimos 400,00 EUR como pago total y definitivo de INV-2026-1001.",
    "nl": "Wij betalen 400,00 EUR ter finale kwijting van INV-2026-1001.",
    "pt": "Pagaremos 400,00 EUR como quitação total da fatura INV-2026-1001.",
}


def _decision(text: str, intent: Intent, **facts):
    erp = WorldErp(World.model_validate(copy.deepcopy(WORLD)))
    acme = erp.customer("C-ACME")
    cls = Classification(intent=intent, confidence=0.9, decided_by="test", facts=Facts(invoice_numbers=["INV-2026-1001"], **facts))
    sent_on = date(2026, 11, 10)
    lookup = look_up(erp, acme, cls, sent_on, "", text)
    email = ParsedEmail(message_id="<m@x>", from_addr="jo.baker@acme-tools.example", date=datetime(2026, 11, 10, 9, tzinfo=timezone.utc), text=text, visible_text=text)
    return decide(cls, email, acme, lookup, [], PolicyParams()), acme


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_a_settlement_offer_goes_to_the_owner_without_a_draft(language: str) -> None:
    decision, acme = _decision(OFFERS[language], Intent.promise_to_pay, promise_date=date(2026, 11, 13), promise_amount=Decimal("400.00"))
    assert decision.action == "route_human" and decision.template is None, "no acknowledgement is drafted"
    assert decision.owner == acme.owner
    assert "settlement" in decision.reasons[0] and settlement_words(OFFERS[language]) in decision.reasons[0]


def test_paying_in_full_is_a_promise_not_an_offer() -> None:
    decision, _ = _decision("We will make payment in full on Friday.", Intent.promise_to_pay, promise_date=date(2026, 11, 13))
    assert decision.action == "draft_reply" and decision.rule == "policy.promise_to_pay.confirm"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_the_offer_is_found_wherever_the_reply_puts_it(noise: str) -> None:
    assert settlement_words(noise + " in full and final settlement " + noise) is not None
