"""A state value the reading steps read again is validated once: the same model for the same dict, a fresh
one for any other dict (even an equal one, or one at an address a freed dict had), always equal to what
model_validate makes."""

from __future__ import annotations

from core.records import Customer
from core.validated import validated


def _customer(name: str) -> dict[str, object]:
    return {"id": "C1", "name": name, "domain": "acme.example", "language": "en"}


def test_the_same_dict_gives_the_same_model_and_another_dict_its_own() -> None:
    data = _customer("Acme")
    first = validated(Customer, data)
    assert validated(Customer, data) is first
    assert first == Customer.model_validate(data)
    other = _customer("Acme")  # equal, but another object: validated again
    assert validated(Customer, other) is not first and validated(Customer, other) == first
    renamed = _customer("Acme Holdings")
    assert validated(Customer, renamed).name == "Acme Holdings"


def test_a_dict_never_answers_for_another_made_after_it_was_freed() -> None:
    names = [f"Customer {i}" for i in range(200)]
    for name in names:  # each dict is dropped after its turn; ids get reused, answers must not
        assert validated(Customer, _customer(name)).name == name
