"""Sender checks: is this message really from the customer it claims to be from?"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from core.contracts import GuardrailResult
from core.message import ParsedEmail
from core.ports import Erp
from core.records import Customer
from core.text.addresses import domain_of
from core.text.patterns import EMAIL_ADDRESS
from guardrails import linear
from guardrails.customer_index import ledger_key
from guardrails.lookalike import imitates
from guardrails.policy import verdict

FREE_MAIL_DOMAINS: frozenset[str] = frozenset(
    """gmail.com googlemail.com outlook.com outlook.de outlook.fr outlook.es hotmail.com hotmail.de hotmail.fr hotmail.es
    hotmail.co.uk live.com live.de live.fr live.nl msn.com yahoo.com yahoo.de yahoo.fr yahoo.es yahoo.co.uk ymail.com
    aol.com aol.de icloud.com me.com mac.com gmx.de gmx.net gmx.com gmx.at gmx.ch web.de t-online.de freenet.de
    orange.fr wanadoo.fr free.fr laposte.net sfr.fr neuf.fr proton.me protonmail.com pm.me tutanota.com zoho.com
    mail.com yandex.com yandex.ru mail.ru terra.es telefonica.net ziggo.nl kpnmail.nl hetnet.nl planet.nl home.nl
    sapo.pt iol.pt gmail.pt libero.it bluewin.ch hushmail.com fastmail.com""".split()
)

# Linear-time (RE2): with Python's re both took quadratic time on a long display name (25 s for 40,000 letters).
_ADDR_IN_NAME = linear.compile(EMAIL_ADDRESS)
_DOMAIN_IN_NAME = linear.compile(r"\b(?:[a-z0-9-]+\.)+(?:com|net|org|de|fr|es|nl|pt|be|at|ch|co\.uk|uk|eu|io|example|test)\b", re.I)
_AUTH_RESULT = {m: linear.compile(rf"\b{m}\s*=\s*([a-z]+)") for m in ("spf", "dkim", "dmarc")}


def is_free_mail(email: str) -> bool:
    return domain_of(email) in FREE_MAIL_DOMAINS


def on_customer_domain(email: str, customer: Customer) -> bool:
    dom, cdom = domain_of(email), customer.domain.lower()
    return bool(cdom) and (dom == cdom or dom.endswith("." + cdom))


def customer_domains(customer: Customer) -> set[str]:
    """The customer's own mail domains: its domain and its known contacts' (free-mail providers are nobody's)."""
    domains = {customer.domain.lower()} if customer.domain else set()
    return domains | {domain_of(c.email) for c in customer.contacts if "@" in c.email and not is_free_mail(c.email)}


def on_customer_domains(email: str, customer: Customer) -> bool:
    """The address is on one of `customer_domains` or a subdomain of one."""
    dom = domain_of(email)
    return any(dom == k or dom.endswith("." + k) for k in customer_domains(customer))


def is_known(email: str, customer: Customer | None) -> bool:
    """A known contact of the customer, or an address on its own (non-free-mail) domain."""
    if customer is None or not email:
        return False
    return email.lower() in customer.contact_emails() or on_customer_domain(email, customer)


def _header(email: ParsedEmail, name: str) -> str:
    wanted = name.lower()
    return " ; ".join(v for k, v in email.headers.items() if k.lower() == wanted)


def _auth_failures(email: ParsedEmail) -> list[str]:
    results = _header(email, "Authentication-Results").lower()
    found = {m: pattern.findall(results) for m, pattern in _AUTH_RESULT.items()}
    failed = []
    if any(v in {"fail", "permerror"} for v in found["spf"]):
        failed.append("SPF")
    if any(v == "fail" for v in found["dkim"]) and "pass" not in found["dkim"]:
        failed.append("DKIM")
    if any(v == "fail" for v in found["dmarc"]):
        failed.append("DMARC")
    spf_header = _header(email, "Received-SPF").strip().lower()
    if spf_header.startswith(("fail", "permerror")) and "SPF" not in failed:
        failed.append("SPF")
    return failed


class _SenderLedger:
    """What the sender checks need of the whole ledger, worked out once per ledger instead of once per message.

    Why (issue 17): every message, and every draft's verified sender, asked each customer of the ledger whether its
    name is in the display name, and listed every customer's domain again: linear in the ledger, per message. Here
    the customers' domains are listed once, and their casefolded names (four characters or more) go into one RE2 set
    of literals: one pass over the display name says which customers' names stand in it, in ledger order, and only
    those are tested as before. Exact: a literal found is a substring, and a name not found is none."""

    def __init__(self, customers: Sequence[Customer]) -> None:
        self.customers = list(customers)
        self.ids = {c.id for c in self.customers}
        self.domains = [(c.domain.lower(), c.name) for c in self.customers if c.domain]
        self.domain_set = frozenset(d for d, _ in self.domains)
        named = [(n, c.name.casefold()) for n, c in enumerate(self.customers) if len(c.name) >= 4]
        literals = list(dict.fromkeys(key for _, key in named))
        slot = {key: i for i, key in enumerate(literals)}
        self._holders: list[list[int]] = [[] for _ in literals]
        for n, key in named:
            self._holders[slot[key]].append(n)
        self._literals = literals
        try:
            self._names: linear.LiteralSet | None = linear.LiteralSet(literals)
        except Exception:  # noqa: BLE001 - a name RE2 would not take: each name is then looked for on its own
            self._names = None

    def named_in(self, casefolded: str) -> list[Customer]:
        """The customers (four characters of name or more) whose casefolded name is in `casefolded`, in ledger order."""
        found = self._names.found(casefolded) if self._names is not None else [i for i, key in enumerate(self._literals) if key in casefolded]
        return [self.customers[n] for n in sorted(n for i in found for n in self._holders[i])]


@lru_cache(maxsize=4)
def _sender_ledger(customers: tuple[Customer, ...]) -> _SenderLedger:
    return _SenderLedger(customers)


def _ledger(erp: Erp) -> _SenderLedger:
    """The ledger's precomputed parts, built again only when the ERP hands out other records (after a sync)."""
    return _sender_ledger(ledger_key(erp.customers()))


def _genuine_domains(erp: Erp, customer: Customer | None, ledger: _SenderLedger | None = None) -> list[tuple[str, str]]:
    """(domain, whose) for every customer domain and our own mailbox domain."""
    ledger = ledger or _ledger(erp)
    out = list(ledger.domains)
    if customer is not None and customer.id not in ledger.ids and customer.domain:
        out.append((customer.domain.lower(), customer.name))
    world = getattr(erp, "world", None)
    company = getattr(world, "company", None)
    if company is not None and "@" in company.ar_mailbox:
        out.append((domain_of(company.ar_mailbox), company.name))
    return out


# The last sender checks: (email, customer, erp, ledger, company, what they read of the email and the customer, results).
_LAST: tuple[Any, ...] | None = None


def _read_of(email: ParsedEmail, customer: Customer | None) -> tuple[Any, ...]:
    """Everything of the email and the customer the sender checks read, so that an object changed in place
    between two calls (a test, a tool) is never answered from the memo."""
    who = (customer.id, customer.name, customer.domain, frozenset(customer.contact_emails())) if customer is not None else None
    return (email.from_addr, email.from_name, tuple(email.reply_to), email.is_bounce, tuple(email.headers.items()), who)


def run_sender_checks(email: ParsedEmail, customer: Customer | None, erp: Erp) -> list[GuardrailResult]:
    """The sender checks of one message.

    Asked twice for a reply we draft: by the inbound guard, then for the draft's verified sender
    (guardrails/recipients.py), with the same message and customer objects (the reading steps validate
    them once, core/validated.py). The second call gets the first one's results (issue 17): the same
    objects holding the same values, the same ledger and the same company give the same answers.
    Anything else runs them again."""
    global _LAST
    ledger = _ledger(erp)
    company = getattr(getattr(erp, "world", None), "company", None)
    read = (_read_of(email, customer), getattr(company, "ar_mailbox", None), getattr(company, "name", None))
    last = _LAST
    if (last is not None and last[0] is email and last[1] is customer and last[2] is erp and last[3] is ledger and last[4] is company
            and last[5] == read):
        return list(last[6])
    results = _sender_checks(email, customer, erp, ledger)
    _LAST = (email, customer, erp, ledger, company, read, tuple(results))
    return results


def _sender_checks(email: ParsedEmail, customer: Customer | None, erp: Erp, ledger: _SenderLedger) -> list[GuardrailResult]:
    sender = (email.from_addr or "").strip().lower()
    dom = domain_of(sender)
    who = customer.name if customer else "any customer"
    results: list[GuardrailResult] = []

    # A bounce comes from a mail server about our own message: it names no customer and triggers no sending.
    known = is_known(sender, customer) or email.is_bounce
    results.append(verdict(
        "inbound.sender_known", known,
        f"{sender or '(no sender)'} is not a known contact of {who} and does not write from "
        f"{customer.domain if customer and customer.domain else 'its domain'}",
    ))

    # Display name holding another address or domain: "billing@acme.example <evil@attacker.test>".
    name = email.from_name or ""
    # An address needs an "@" and a domain a ".": a name with neither (most) is not searched for them.
    bad_name = [a for a in _ADDR_IN_NAME.findall(name) if a.lower() != sender] if "@" in name else []
    unaddressed = _ADDR_IN_NAME.sub(" ", name) if "@" in name else name
    bad_name += [d for d in _DOMAIN_IN_NAME.findall(unaddressed) if d.lower() not in (dom, "")] if "." in unaddressed else []
    lowered = name.casefold()
    for other in ledger.named_in(lowered):
        if customer is not None and other.id == customer.id:
            continue
        if len(other.name) >= 4 and other.name.casefold() in lowered and not on_customer_domain(sender, other):
            bad_name.append(other.name)
    if customer is not None and len(customer.name) >= 4 and customer.name.casefold() in lowered and not known:
        bad_name.append(customer.name)
    results.append(verdict(
        "inbound.display_name", not bad_name,
        f"the sender's display name \"{name}\" shows {', '.join(bad_name)} but the mail comes from {sender}",
        passage=name,
    ))

    stray = [r for r in email.reply_to if domain_of(r) != dom and not (customer and r.lower() in customer.contact_emails())]
    results.append(verdict(
        "inbound.reply_to", not stray,
        f"Reply-To ({', '.join(stray)}) differs from the sender's domain {dom}: answers would go elsewhere",
    ))

    imitations = []
    if dom and dom not in FREE_MAIL_DOMAINS and not email.is_bounce:
        # the ledger's own domains first, as a set built once: the whole list only for a domain that is none of them
        genuine = [] if dom in ledger.domain_set else _genuine_domains(erp, customer, ledger)
        if genuine and dom not in {g for g, _ in genuine}:
            for g, whose in genuine:
                why = imitates(dom, g)
                if why:
                    imitations.append(f"{dom} imitates {g} ({whose}): it {why}")
                    break
    results.append(verdict("inbound.lookalike_domain", not imitations, "; ".join(imitations), passage=dom or None))

    free_claim = bool(not email.is_bounce and dom in FREE_MAIL_DOMAINS and customer is not None and sender not in customer.contact_emails())
    results.append(verdict(
        "inbound.free_mail", not free_claim,
        f"{sender} is a free-mail address that is not a known contact of {who}",
    ))

    failures = _auth_failures(email)
    results.append(verdict(
        "inbound.authentication", not failures,
        f"the receiving server says {', '.join(failures)} failed for {dom}: the sender may be forged",
        passage=_header(email, "Authentication-Results")[:300] or None,
    ))
    return results
