"""Composes one consolidated reminder per customer from the versioned templates in prompts/reminders/.

Every amount, date and invoice number comes from the ERP records (or, for a broken promise, from
the promise we recorded), so the outbound fact check can verify all of them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound

from agent.drafting import SUPPORTED_LANGUAGES, _date, _money
from agent.dunning.policy import DunningError
from core.contracts import Draft
from core.records import Contact, Customer, Invoice
from prompts import PROMPTS_DIR


@lru_cache(maxsize=None)
def _env(version: str) -> Environment:
    folder = PROMPTS_DIR / "reminders" / version
    if not folder.is_dir():
        raise DunningError(f"no reminder templates at {folder}: check template_version in the dunning policy")
    env = Environment(loader=FileSystemLoader(str(folder)), undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False)
    env.filters["money"] = _money
    env.filters["day"] = _date
    return env


def reminder_language(customer: Customer) -> str:
    return customer.language if customer.language in SUPPORTED_LANGUAGES else "en"


def compose_reminder(
    customer: Customer,
    contact: Contact,
    invoices: list[Invoice],
    *,
    tone: str,
    company_name: str,
    template_version: str = "v1",
    attach_invoices: bool = False,
    promise_date: date | None = None,
    promise_amount: Decimal | None = None,
) -> Draft:
    """One email listing all the given invoices, in the customer's language, to their AP contact."""
    if not invoices:
        raise DunningError(f"no invoices to remind {customer.name} of")
    language = reminder_language(customer)
    env = _env(template_version)
    try:
        template = env.get_template(f"{tone}.{language}.j2")
    except TemplateNotFound:
        language = "en"
        template = env.get_template(f"{tone}.en.j2")
    invoices = sorted(invoices, key=lambda i: (i.due_date, i.number))
    text = template.render(
        name=contact.name.split()[0] if contact.name.strip() else "",
        customer=customer,
        invoices=invoices,
        total=sum((i.balance for i in invoices), Decimal("0")),
        currency=invoices[0].currency,
        company=company_name,
        lang=language,
        attached=attach_invoices,
        promise_date=promise_date,
        promise_amount=promise_amount,
    ).strip()
    first, _, body = text.partition("\n")
    if not first.startswith("Subject:"):
        raise DunningError(f"reminder template {tone}.{language} must start with a 'Subject:' line")
    return Draft(
        to=[contact.email],
        subject=first.removeprefix("Subject:").strip(),
        body=body.strip() + "\n",
        language=language,
        attachments=[f"{i.number}.pdf" for i in invoices] if attach_invoices else [],
        template=f"reminders/{template_version}/{tone}.{language}",
    )
