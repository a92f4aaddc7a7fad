"""Drafts replies from the versioned templates in prompts/replies/, filled only with ERP data.

Every amount, date and invoice number in a draft comes from the ERP records policy looked up,
never from the customer's text, so the outbound fact check can verify all of them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound

from agent.lookup import LookupResult
from core.contracts import Decision, Draft
from core.message import ParsedEmail
from core.outgoing import reply_subject
from core.records import Customer
from core.text.amounts import group_digits
from core.text.written_dates import written_day
from prompts import PROMPTS_DIR

TEMPLATE_VERSION = "v1"
SUPPORTED_LANGUAGES = ("en", "de", "fr", "es", "nl", "pt")


def _money(amount: Decimal, currency: str, language: str) -> str:
    return f"{group_digits(amount, language)} {currency}"


def _date(value: date | str, language: str) -> str:
    return written_day(date.fromisoformat(value) if isinstance(value, str) else value, language)


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(PROMPTS_DIR / "replies" / TEMPLATE_VERSION)), undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False)
    env.filters["money"] = _money
    env.filters["day"] = _date
    return env


_ENV = _env()


def compile_templates() -> list[str]:
    """Compile every reply template now (jinja2 compiles one on its first use, so a worker's first draft
    of each kind and language paid for it); their sources, as samples of ordinary business mail in the
    six languages for other warm-ups."""
    assert _ENV.loader is not None
    sources = []
    for name in _ENV.loader.list_templates():
        _ENV.get_template(name)
        sources.append(_ENV.loader.get_source(_ENV, name)[0])
    return sources


def draft_language(customer: Customer, reply_language: str | None) -> str:
    """Answer in the correspondence language the ERP records for the customer (what the outbound
    language check holds drafts to); the reply's detected language only fills a gap."""
    for lang in (customer.language, reply_language):
        if lang in SUPPORTED_LANGUAGES:
            return lang
    return "en"


def contact_name(customer: Customer, email: ParsedEmail) -> str:
    for c in customer.contacts:
        if c.email.lower() == email.from_addr.lower() and c.name:
            return c.name.split()[0]
    return email.from_name.split()[0] if email.from_name.strip() else ""


def render_draft(
    decision: Decision,
    email: ParsedEmail,
    customer: Customer,
    lookup: LookupResult,
    *,
    company_name: str,
    reply_language: str | None,
    our_subject: str = "",
) -> Draft:
    """The reply policy chose, in the customer's language. Its subject is our own message's subject
    when we know it (the sender's subject may carry words meant for us, not for a reply)."""
    assert decision.template, "render_draft needs a decision with a template"
    language = draft_language(customer, reply_language)
    try:
        template = _ENV.get_template(f"{decision.template}.{language}.j2")
    except TemplateNotFound:
        language = "en"
        template = _ENV.get_template(f"{decision.template}.en.j2")
    invoices = lookup.target_invoices
    payment = next((p for p in lookup.matched_payments if p.id == decision.template_vars.get("payment_id")), None)
    body = template.render(
        name=contact_name(customer, email),
        customer=customer,
        invoices=invoices,
        total=sum((i.balance for i in invoices), Decimal("0")),
        currency=invoices[0].currency if invoices else "EUR",
        payment=payment,
        company=company_name,
        lang=language,
        **{k: v for k, v in decision.template_vars.items() if k not in ("attachments", "payment_id")},
    ).strip() + "\n"
    references = [*email.references, email.message_id] if email.message_id else list(email.references)
    return Draft(
        to=[email.from_addr],
        subject=reply_subject(our_subject or email.subject),
        body=body,
        language=language,
        in_reply_to=email.message_id,
        references=references,
        attachments=list(decision.template_vars.get("attachments", [])),
        template=f"{TEMPLATE_VERSION}/{decision.template}.{language}",
    )
