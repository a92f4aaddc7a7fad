"""Why a reply that reads as settled may still need a person: what in its words the reading does not account for.

Policy settles a reply alone (a promise confirmed, a payment found) only when nothing in the customer's words
contradicts that reading; each function here names one such thing, or None. They assume the reader misses: a
figure it did not take for an amount, a month it did not take for the payment's, an invoice its date does not
cover, a contact outside the customer's domains. Each answer becomes a reason a collector reads.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from agent.dates import EXPLICIT_KINDS, find_dates, find_promise_date, speaks_of_paying
from agent.lookup import LookupResult
from core.records import Customer
from core.text.amounts import bare_figures, parse_number, portion_words
from core.text.conditions import MONEY_WAIT, PAYMENT_ACT
from core.text.folding import fold
from core.text.months import MONTH_NUMBERS
from core.text.remainders import rest_left_for_later
from core.text.sentences import sentences
from guardrails.number_words import digits_from_words
from guardrails.sender import on_customer_domains


def contact_outside(contact: str | None, customer: Customer) -> str | None:
    """The warning for a new contact outside the customer's own mail domains, whatever else the reply says:
    redirected contacts are how statements and payments are diverted."""
    if not contact or on_customer_domains(contact, customer):
        return None
    return (f"the new contact {contact} is outside {customer.name}'s own mail domains: confirm the change by phone with a contact "
            "you already know before anything goes there (redirected contacts are how statements and payments are diverted)")


def numbers_of(lookup: LookupResult) -> set[Decimal]:
    """The invoices' own numbers as figures: "84101" names INV-2026-84101, it is no sum of money."""
    invoices = [*lookup.open_invoices, *lookup.mentioned_invoices, *lookup.reminded_invoices]
    return {Decimal(d) for i in invoices for d in re.findall(r"\d{3,}", i.number)}


def unaccounted(words: str, languages: tuple[str | None, ...], accounted: set[Decimal], whole: Decimal) -> str | None:
    """What in the customer's words the sums `accounted` for do not explain: figures below `whole` (written in
    digits, or in words of the reply's or the customer's language) that are none of them, else words of a part
    ("half", "the rest", "minus Skonto"); None when everything adds up.

    Why: the reader may miss a part payment written without a currency ("2,000 today, the rest when…"), in words
    ("zweitausend") or as a share; a reply is settled alone only when every figure in it is a whole it pays. A
    part is less than the whole: a larger figure is a cheque, register or postcode number ("HRB 82404"), not
    a part payment."""
    figures = set(bare_figures(words))
    written = {parse_number(n) for n in re.findall(r"\d[\d.,]*", words)}
    for language in dict.fromkeys(lang or "en" for lang in languages):  # figures in words: only those the digits did not say
        figures.update(x for x in bare_figures(digits_from_words(words, language), years_are_figures=True) if x not in written)
    stray = sorted(x for x in figures if x not in accounted and x < whole)
    if stray:
        return ", ".join(map(str, stray))
    share = portion_words(fold(words))
    return f"'{share}'" if share else None


# Month names that are also everyday words or names ("may", "march", "Marco"): not read as a month of payment.
_NOT_A_MONTH = frozenset({"may", "march", "marco"})
PAID_DAYS_APART = 10  # a bank books a transfer a few days after it is sent; more than this is another payment


BOOKED_AFTER_THE_REPLY = 3  # days: a transfer sent on a Friday is booked on Monday; later than that it is another payment


def paid_at_another_time(words: str, said_on: date | None, found_on: date, written_on: date | None = None) -> str | None:
    """When the customer says they paid, if it is not when the payment found was made, else None.

    Why: "we paid this in October, check your records" while the only payment found is of 20 November: the
    matcher found a payment, but likely not the one meant (a later invoice's, or someone else's). A payment is
    confirmed alone only when what the customer says of it agrees with it. The day read, else a month named in a
    sentence that speaks of paying. A payment booked well after the reply that says it was made ("Pagado el lunes
    pasado.", written on the 17th; the payment found is of the 22nd) is not the one meant either."""
    if written_on is not None and (found_on - written_on).days > BOOKED_AFTER_THE_REPLY:
        return f"before {written_on}" if said_on is None else str(said_on)
    if said_on is not None:
        return str(said_on) if abs((found_on - said_on).days) > PAID_DAYS_APART else None
    for cut in sentences(fold(words)):
        if not PAYMENT_ACT.search(cut):
            continue
        months = {MONTH_NUMBERS[w] for w in re.findall(r"[a-z]+", cut) if w in MONTH_NUMBERS and w not in _NOT_A_MONTH}
        if months and found_on.month not in months:
            return "in " + "/".join(w for w in re.findall(r"[a-z]+", cut) if w in MONTH_NUMBERS and w not in _NOT_A_MONTH)
    return None


def _said_at(tail: str, cut: str) -> list[int]:
    """Where the figures `tail` (an invoice number's last run of digits) stand in `cut` as a number of their own: not
    inside a longer number nor an amount ("10061" in "INV-10061" but not in "110061" or "10061,50").

    Why not a pattern: rf"(?<![\\d.,]){tail}(?![\\d.,]\\d)" is compiled anew for every invoice number the process has
    not met lately, once per number per reply on new mail; a scan with str.find reads the same places."""
    found, at = [], cut.find(tail)
    while at != -1:
        end = at + len(tail)
        if not (at > 0 and (cut[at - 1].isdecimal() or cut[at - 1] in ".,")) \
                and not (end + 1 < len(cut) and (cut[end].isdecimal() or cut[end] in ".,") and cut[end + 1].isdecimal()):
            found.append(at)
        at = cut.find(tail, at + 1)
    return found


def invoices_without_a_date(words: str, lookup: LookupResult, sent_on: date, language: str | None) -> list[str]:
    """Invoices a reply naming several of them speaks of only in sentences that carry no date.

    Why: "10061 is approved for the 2 December run. 10062 is still with the budget holder." reads as a dated
    promise, but the date is one invoice's; the other is left open. Each invoice a reply names one by one is
    accounted for only where a date stands beside it; "11312 at month end and 11311 on the 10th" is."""
    numbers = {i.number for i in [*lookup.mentioned_invoices, *lookup.reminded_invoices, *lookup.open_invoices]}
    cuts = sentences(words)
    named: dict[str, list[str]] = {}
    for number in numbers:
        digits = re.findall(r"\d{3,}", number)
        if not digits:
            continue
        tail = digits[-1]
        said = [cut for cut in cuts if _said_at(tail, cut)]
        if said:
            named[number] = said
    if len(named) < 2:
        return []
    undated = {number for number, said in named.items() if not any(find_dates(cut, sent_on, language) for cut in said)}
    return sorted(undated | _vaguely_timed(words, named, sent_on, language))


def rest_still_undated(words: str, sent_on: date, language: str | None) -> str | None:
    """The words leaving part of what is owed for later ("the other one coming"), when no day follows them in their
    sentence, or None. Why: "93754 is paid today, the other follows at month end" dates the rest; "the other one
    coming" does not, and a payment found then settles only part of what the reminder chased."""
    folded = fold(words)
    rest = rest_left_for_later(folded)
    if rest is None:
        return None
    start = folded.find(rest)
    end = min([i for i in (folded.find(c, start + len(rest)) for c in ".!?\n") if i != -1] or [len(folded)])
    return None if find_dates(words[start:end], sent_on, language) else rest


def a_later_day_named(words: str, promised: date, sent_on: date, language: str | None, max_days: int) -> date | None:
    """A day the reply names, after the promised one and further off than a promise may run unseen, or None.

    Why: "So the 22082 is paid 31/12 and 22081 the 30/11" is read as a promise for 30/11, the earlier part; the part
    dated 31/12 runs past what a collector confirms alone. Only dates written out count (not "next week")."""
    for f in find_dates(words, sent_on, language):
        if f.kind not in EXPLICIT_KINDS - {"dom", "dom_loose"} or f.future is None:  # a day with its month written out
            continue
        if f.may_have_passed(sent_on) or f.past not in (None, f.future) and (f.future - sent_on).days > 180:
            continue  # it may be a day gone by ("the invoice of 20/10", "Rechnungsdatum war der 15.9.")
        parts = [int(n) for n in re.findall(r"\d+", f.text)[:2]]
        if f.kind in ("numeric", "dotted_spaced") and len(parts) == 2 and max(parts) <= 12 and parts[0] != parts[1]:
            continue  # "02/10" reads either way round: too unsure a day to send a promise to a person for
        if f.future > promised and (f.future - sent_on).days > max_days and _about_paying(words, f.start, f.end):
            return f.future
    return None


def _about_paying(words: str, start: int, end: int) -> bool:
    """Whether the sentence around a date speaks of paying or names a figure beside it ("22082: 31/12"): not "Las fiestas
    son del 1 al 4 de marzo", a festival's days in a sentence of their own."""
    folded = fold(words)
    lo = max(folded.rfind(c, 0, start) for c in ".!?\n") + 1
    his = [i for i in (folded.find(c, end) for c in ".!?\n") if i != -1]
    sentence = folded[lo:min(his) if his else len(folded)]
    return speaks_of_paying(sentence) or bool(re.search(r"\d{3,}", folded[lo:start] + folded[end:min(his) if his else len(folded)]))


# Time words that name no day: "22102 now-ish and 22101 by 11 Dec", "die eine irgendwann, die andere am 4.".
_VAGUE_TIME = re.compile(r"\b(?:now-?ish|\w+-ish|some\s*time|at\s+some\s+point|whenever|when(?:ever)?\s+(?:we|i)\s+can|as\s+soon\s+as\s+(?:we|i)\s+can"
                         r"|irgendwann|sobald\s+es\s+geht|un\s+de\s+ces\s+jours|quand\s+(?:nous\s+)?(?:on\s+)?(?:pourrons|pourra)|cuando\s+(?:podamos|se\s+pueda)"
                         r"|algun\s+dia|ooit|wanneer\s+het\s+kan|quando\s+(?:pudermos|der)|um\s+dia\s+destes)\b")


def _vaguely_timed(words: str, named: dict[str, list[str]], sent_on: date, language: str | None) -> set[str]:
    """Invoices whose own stretch of a sentence (from the number to the next invoice named) has a vague time word or
    money still to come ("20011 when our insurance pays out") and no date, though the sentence dates another: the date
    is the other invoice's."""
    out = set()
    tails = {number: re.findall(r"\d{3,}", number)[-1] for number in named}
    for number, said in named.items():
        for cut in said:
            at = next(iter(_said_at(tails[number], cut)), None)
            if at is None:
                continue
            others = [start for other, tail in tails.items() if other != number for start in _said_at(tail, cut) if start > at]
            stretch = cut[at:min(others, default=len(cut))]
            folded = fold(stretch)
            if (_VAGUE_TIME.search(folded) or MONEY_WAIT.search(folded)) and find_promise_date(stretch, sent_on, language, committed_only=True) is None:
                out.add(number)
    return out
