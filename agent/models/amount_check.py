"""An amount written by the model, turned into money or refused with a reason.

The model is asked for plain decimal strings ("1234.56"), but it copies what customers write and
sometimes invents: stripping the characters we do not expect made "-500.00" into 500.00 and "1e9"
into 19.00. Here nothing is stripped but a currency code or symbol at either end; the rest must be
a positive, finite amount with at most two decimals and below a sane ceiling, or it is refused.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from core.text.amounts import parse_amount

# Larger than any invoice this service dunns; a model answer above it is a misreading.
CEILING = Decimal(1_000_000_000)

_PLAIN = re.compile(r"\d+(?:\.\d{1,2})?")
_CURRENCY = re.compile(r"^(?:[A-Z]{3}|[€$£¥₹₩₽]|R\$|CHF|Fr\.?)\s*|\s*(?:[A-Z]{3}|[€$£¥₹₩₽]|R\$|CHF|Fr\.?)$")


class MalformedAmount(ValueError):
    """The model's amount is not a plain positive amount of money; the message says why."""


def checked_amount(value: str | None) -> Decimal | None:
    """None for no amount; a Decimal for a good one; MalformedAmount for anything else."""
    if value is None or not str(value).strip():
        return None
    raw = str(value).strip()
    text = _CURRENCY.sub("", raw, count=1).strip() if len(raw) > 1 else raw
    if text.startswith(("-", "\u2212", "(")) or text.endswith("-"):
        raise MalformedAmount(f"{raw!r} is negative")
    amount = _decimal(text)
    if amount is None:
        raise MalformedAmount(f"{raw!r} is not an amount of money")
    if not amount.is_finite():
        raise MalformedAmount(f"{raw!r} is not finite")
    if amount <= 0:
        raise MalformedAmount(f"{raw!r} is not positive")
    if amount >= CEILING:
        raise MalformedAmount(f"{raw!r} is implausibly large")
    return amount.quantize(Decimal("0.01"))


def _decimal(text: str) -> Decimal | None:
    """The plain form the prompt asks for first, then the written styles (1,234.56 / 1.234,56)."""
    if _PLAIN.fullmatch(text):
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
            return None
    cleaned = text.replace("\u00a0", " ").replace("\u202f", " ")
    decimals = re.search(r"[.,](\d+)$", cleaned)
    if decimals:
        digits = len(decimals.group(1))
        both = "." in cleaned and "," in cleaned  # then the last separator is the decimal one
        if digits > 3 or (both and digits > 2):
            return None  # "12.3456", "1.234,567": more precision than money has
    amount = parse_amount(cleaned)
    if amount is not None and cleaned.startswith("0") and amount >= 1:
        return None  # "0.001" read as thousands: a leading zero cannot start a grouped amount
    return amount
