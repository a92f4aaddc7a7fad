"""The other customers' written names, gathered once per ledger (guardrails/inbound.py `_LedgerNames`), are those
the union over every other customer gave: with names shared between customers, ids held twice and unknown writers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.records import Customer
from guardrails.inbound import _LedgerNames, _written_names, other_customer_names
from tests.guardrails.world import erp_and_customer

_NAMES = st.sampled_from(["Acme Tools GmbH", "Acme Tools Ltd", "Beta Logistics BV", "Harbor", "Café Élan SARL", "Gamma Trading", "", "Delta & Co"])


def _union(customers: list[Customer], customer: Customer | None) -> frozenset[str]:
    names: set[str] = set()
    for other in customers:
        if customer is None or other.id != customer.id:
            names |= _written_names(other.name or "")
    return frozenset(names)


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.tuples(st.sampled_from(["C1", "C2", "C3", "C4"]), _NAMES), max_size=8), writer=st.sampled_from(["C1", "C2", "C9", None]))
def test_other_names_are_the_union_of_the_others(rows: list[tuple[str, str]], writer: str | None) -> None:
    customers = [Customer(id=cid, name=name) for cid, name in rows]
    customer = Customer(id=writer, name="x") if writer else None
    assert _LedgerNames(customers).without(writer) == _union(customers, customer)


def test_the_erp_answer_is_the_union() -> None:
    erp, customer = erp_and_customer()
    assert other_customer_names(customer, erp) == _union(erp.customers(), customer) != frozenset()
    assert other_customer_names(None, erp) == _union(erp.customers(), None)
