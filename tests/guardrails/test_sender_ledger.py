"""The sender checks' ledger parts, worked out once per ledger (guardrails/sender.py `_SenderLedger`), answer as
asking every customer did: on display names holding customers' names in other cases and spellings, on a ledger
that changes, and when RE2 refuses the names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.records import Customer
from guardrails import sender
from guardrails.sender import _SenderLedger, on_customer_domain, run_sender_checks
from tests.guardrails.world import erp_and_customer, reply

NAMES = ["Acme Tools GmbH", "Beta Logistics BV", "Straße Bau AG", "ÉLAN SARL", "Ab", "Dup Name", "dup name", "Ærø (Nord) & Co. [1]+*?"]


def _named_before(customers: list[Customer], customer: Customer | None, sender_addr: str, name: str) -> list[str]:
    """The display-name loop as it was: every customer asked in turn."""
    out, lowered = [], name.casefold()
    for other in customers:
        if customer is not None and other.id == customer.id:
            continue
        if len(other.name) >= 4 and other.name.casefold() in lowered and not on_customer_domain(sender_addr, other):
            out.append(other.name)
    return out


@settings(max_examples=200, deadline=None)
@given(picks=st.lists(st.sampled_from(NAMES + ["acme tools gmbh", "STRASSE BAU AG", "élan sarl", "x"]), max_size=4),
       glue=st.sampled_from([" ", " / ", "", " for "]))
def test_names_found_are_those_every_customer_finds(picks: list[str], glue: str) -> None:
    customers = [Customer(id=f"K{n}", name=name, domain=f"k{n}.example") for n, name in enumerate(NAMES)]
    name = glue.join(picks)
    ledger = _SenderLedger(customers)
    found = [c.name for c in ledger.named_in(name.casefold()) if len(c.name) >= 4 and not on_customer_domain("a@k0.example", c)]
    assert found == _named_before(customers, None, "a@k0.example", name)
    broken = _SenderLedger(customers)
    broken._names = None  # RE2 refused a name: each is looked for on its own
    assert [c.name for c in broken.named_in(name.casefold())] == [c.name for c in ledger.named_in(name.casefold())]


def test_a_changed_ledger_is_read_again() -> None:
    erp, customer = erp_and_customer()
    spoof = reply(sender="anna.berg@acme-tools.example", name="Anna from Gamma Trading")
    assert next(r for r in run_sender_checks(spoof, customer, erp) if r.check == "inbound.display_name").passed
    erp.world.customers = [*erp.world.customers, Customer(id="C900", name="Gamma Trading", domain="gamma.example")]
    sender._sender_ledger.cache_clear()  # not needed for new objects; a clean start either way
    result = next(r for r in run_sender_checks(spoof, customer, erp) if r.check == "inbound.display_name")
    assert not result.passed and "Gamma Trading" in result.reason


def test_a_drafted_reply_asks_the_sender_checks_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The inbound guard and the draft's verified sender ask about the same message: the second gets the first
    one's answers; a message changed in place, another customer or a changed ledger is checked again."""
    erp, customer = erp_and_customer()
    calls: list[str] = []
    inner = sender._sender_checks
    monkeypatch.setattr(sender, "_sender_checks", lambda email, *rest: calls.append(email.from_name) or inner(email, *rest))
    mail = reply(sender="anna.berg@acme-tools.example", name="Anna Berg")
    first = run_sender_checks(mail, customer, erp)
    again = run_sender_checks(mail, customer, erp)
    assert again == first and again is not first and len(calls) == 1
    mail.from_name = "Anna from Gamma Trading"
    erp.world.customers = [*erp.world.customers, Customer(id="C900", name="Gamma Trading", domain="gamma.example")]
    changed = next(r for r in run_sender_checks(mail, customer, erp) if r.check == "inbound.display_name")
    assert not changed.passed and "Gamma Trading" in changed.reason and len(calls) == 2
    mail.headers["Authentication-Results"] = "mx.example; spf=fail smtp.mailfrom=acme-tools.example"
    assert not next(r for r in run_sender_checks(mail, customer, erp) if r.check == "inbound.authentication").passed
    assert len(calls) == 3
