"""One reading of an address's domain for threading, ERP look-ups, sender checks and connectors
(core/text/addresses.domain_of): the same contact written two ways belongs to the same customer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.text.addresses import domain_of

LABEL = st.from_regex(r"[A-Za-z0-9-]{1,12}", fullmatch=True)
DOMAIN = st.lists(LABEL, min_size=2, max_size=4).map(".".join)
LOCAL = st.from_regex(r"[A-Za-z0-9._+'-]{1,16}", fullmatch=True)


@given(LOCAL, DOMAIN, st.sampled_from(["{}", "<{}>", " {} ", " <{}> "]))
def test_a_contact_written_with_brackets_spaces_or_capitals_is_on_the_same_domain(local: str, domain: str, form: str) -> None:
    assert domain_of(form.format(f"{local}@{domain}")) == domain.lower()


def test_the_last_at_sign_decides_and_no_at_sign_means_no_domain() -> None:
    assert domain_of('"ap@old.example"@New.Example') == "new.example"
    assert domain_of("accounts payable") == ""
    assert domain_of("") == ""
