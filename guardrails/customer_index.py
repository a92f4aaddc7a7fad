"""Which of many customers a draft may name, in one pass over the draft instead of one test per customer.

Why: every draft is checked against every other customer's names, domain and contacts (outbound.other_customers).
With a few dozen customers a substring test each is cheap; with the thousands of a real ledger it cost tens of
milliseconds per draft, more than reading the reply. Here each customer's keys (the longest ASCII run of its
names and domain, as `ignorecase_form` has it, and its contacts' addresses) go into one RE2 set, asked once per
draft; only the customers with a key in the draft are then tested as before. Exact: a customer left out has no key
in the draft, so none of its patterns could have matched; a key with no ASCII run (a name in another script) is
always a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import is_

from core.records import Customer
from core.text.references import ignorecase_form
from guardrails import linear

_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
NamesOf = Callable[[Customer], list[str]]  # the names a draft may name a customer by (those the check searches for)


@lru_cache(maxsize=8192)
def ascii_key(value: str) -> str:
    """What `value` needs in `ignorecase_form(text)` to be found case-insensitively: its longest run of ASCII
    characters ("" for none: it is always searched)."""
    return ignorecase_form(max(_ASCII_RUN.findall(value), key=len, default=""))


class CustomerIndex:
    """The customers of a ledger by the keys a draft must hold to name them (see the module's docstring)."""

    def __init__(self, customers: Sequence[Customer], names_of: NamesOf) -> None:
        self.customers = list(customers)
        keyed: dict[str, set[int]] = {}
        self._always: set[int] = set()
        for n, customer in enumerate(self.customers):
            values = [*names_of(customer), customer.domain or "", *customer.contact_emails()]
            for value in values:
                if not value:
                    continue
                key = ascii_key(value)
                if key:
                    keyed.setdefault(key, set()).add(n)
                else:
                    self._always.add(n)
        self._keys = list(keyed.values())
        self._set = linear.LiteralSet(list(keyed))

    def candidates(self, folded: str) -> list[Customer]:
        """The customers that may be named in a text already in `ignorecase_form`, in ledger order."""
        hits = set(self._always)
        for i in self._set.found(folded):
            hits |= self._keys[i]
        return [self.customers[n] for n in sorted(hits)]


@lru_cache(maxsize=4)
def _index(customers: tuple[Customer, ...], names_of: NamesOf) -> CustomerIndex:
    return CustomerIndex(customers, names_of)


def ledger_key(customers: Sequence[Customer]) -> tuple[Customer, ...]:
    """The customers as one cache key, by identity (see `_Ledger`): for anything worked out once per ledger."""
    return _Ledger(customers)


def index_of(customers: Sequence[Customer], names_of: NamesOf) -> CustomerIndex:
    """The index of this ledger, built once while the ledger's records stay the same objects (the ERP keeps them)."""
    return _index(_Ledger(customers), names_of)


class _Ledger(tuple):  # type: ignore[type-arg]
    """The customers as one cache key, by identity: hashing thousands of records by value would cost what the index saves."""

    def __new__(cls, customers: Sequence[Customer]) -> "_Ledger":
        return super().__new__(cls, customers)

    def __hash__(self) -> int:
        return hash(tuple(map(id, self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, tuple) and len(self) == len(other) and all(map(is_, self, other))  # compared in C: asked per message
