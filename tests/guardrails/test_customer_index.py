"""The other-customers check looks a draft's names up in an index of the ledger (guardrails/customer_index.py):
it flags exactly what testing every customer flagged, and a ledger of thousands costs it no more than a few."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from core.contracts import Draft
from core.records import Contact, Customer
from core.text.references import ignorecase_form
from guardrails import outbound
from guardrails.api import OutboundContext
from guardrails.customer_index import index_of

NAMES = ["Hopwright Brewing Co. Ltd", "Larkspur Veterinary Group", "Redwood Lot Studios LLC", "Østfold Tømmer AS", "Café Émile SARL",
         "Brauhaus Kessler GmbH", "Acme Tools Ltd", "İstanbul Kargo A.Ş.", "O'Neill & Daughters", "Tiny"]
LEDGER = [Customer(id=f"C{n}", name=name, domain=f"d{n}.example", contacts=[Contact(email=f"ap{n}@d{n}.example", name="", role="AP")], owner="alice")
          for n, name in enumerate(NAMES)]


def _everyone(text: str, own: Customer) -> set[str]:
    """What the check found when it tested every customer of the ledger (its rules, asked of each)."""
    lowered = text.lower()
    found = set()
    for other in LEDGER:
        if other.id == own.id:
            continue
        if any(outbound.name_pattern(n).search(text) for n in outbound._names_of(other)):
            found.add(other.id)
        if other.domain != own.domain and outbound._domain_pattern(other.domain).search(text):
            found.add(other.id)
        if any(e in lowered for e in other.contact_emails()):
            found.add(other.id)
    return found


PIECES = st.sampled_from([*NAMES, "Hopwright", "Larkspur Veterinary", "d3.example", "ap4@d4.example", "HOPWRIGHT BREWING CO. LTD",
                          "istanbul kargo a.ş.", "tiny", "Dear customer,", "INV-2026-0001", "redwood lot studios", "\n"])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.one_of(PIECES, st.text(max_size=10)), max_size=8))
def test_the_index_finds_every_customer_testing_each_would_find(words: list[str]) -> None:
    text = " ".join(words)
    own = LEDGER[6]
    candidates = {c.id for c in index_of(LEDGER, outbound._names_of).candidates(ignorecase_form(text))}
    assert _everyone(text, own) <= candidates


class _Ledger:
    def __init__(self, customers: list[Customer]) -> None:
        self._customers = customers

    def customers(self) -> list[Customer]:
        return self._customers

    def invoice(self, number: str) -> None:
        return None


def test_a_draft_naming_one_customer_of_five_thousand_is_checked_against_that_one() -> None:
    ledger = [Customer(id=f"K{n:05d}", name=f"Kundenfirma Nummer {n:05d} GmbH", domain=f"k{n}.example",
                       contacts=[Contact(email=f"ap@k{n}.example", name="", role="AP")], owner="bruno") for n in range(5000)]
    own = ledger[0]
    draft = Draft(to=["ap@k0.example"], subject="Ihre Rechnung", body="Guten Tag,\nwie mit Kundenfirma Nummer 04711 GmbH besprochen …", language="de")
    index = index_of(ledger, outbound._names_of)
    assert [c.id for c in index.candidates(ignorecase_form(draft.body))] == ["K04711"]
    result = outbound._other_customers(draft, OutboundContext(customer=own, inbound=None, now=datetime(2026, 11, 30, tzinfo=timezone.utc)), _Ledger(ledger), own)
    assert not result.passed and "Kundenfirma Nummer 04711 GmbH" in result.reason
