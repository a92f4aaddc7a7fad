"""The first day of a monthly schedule a reply proposes: "January, February, March, each on the 15th" is 15 January.

A plan asked for month by month names its months in a row and one day of the month for all of them ("in drei Raten,
Januar, Februar, März, jeweils zum 15.", "de janvier à mai, le 25 de chaque mois", "the March and April instalments
to the 10th of each month instead of the 25th", "telkens eind van de maand"). The day of the month alone reads as
the next such day, which is this month's, before the schedule starts; the promise a collector writes down is the
first instalment: the first month of the row, on that day. A row of months behind us ("the October and November
invoices") is no schedule, nor a row in a sentence that speaks of no instalments and no recurring day.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol

from core.text.date_rules import end_of_month
from core.text.months import MONTH_NUMBERS
from core.text.word_trie import trie_pattern

_MONTH = trie_pattern(MONTH_NUMBERS)
# Two or more months in a row: "January, February, March", "de janvier à mai", "März und April", "janeiro a março"
_ROW = re.compile(rf"\b({_MONTH})\b((?:\s*(?:,|and|und|bis|et|a|au|y|hasta|e|ate|en|tot|to|through|-|\u2013)\s*(?:de\s+|d'|)(?:{_MONTH})\b)+)")
# The row is a schedule: instalments, or one day recurring each month
_SCHEDULE_WORD = re.compile(
    r"\b(?:instal+ments?|payments?|raten|rate|zahlungen|versements?|mensualites?|echeances?|cuotas?|plazos?|pagos|termijnen|afbetalingen?"
    r"|prestac(?:oes|ao)|parcelas?|vezes|each|every|jeweils|monatlich|chaque|cada|telkens|iedere|elke|todos\s+os|par\s+mois|per\s+month"
    r"|a\s+month|por\s+mes|pro\s+monat|per\s+maand|por\s+mes)\b")
_DAY_KINDS = frozenset({"dom", "dom_loose", "dom_de_article", "eom"})
# "instead of the 15th", "au lieu du 15", "statt dem 15.": the day the schedule leaves
_INSTEAD_OF_BEFORE = re.compile(r"\b(?:instead\s+of|rather\s+than|not|au\s+lieu\s+d[eu]|plutot\s+que|statt|anstatt|en\s+lugar\s+del?|en\s+vez\s+del?"
                                r"|in\s+plaats\s+van|em\s+vez\s+d[eo]|ao\s+inves\s+d[eo])\s*(?:the\s+|le\s+|el\s+|dem\s+|de\s+|o\s+|dia\s+)?$")
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")


class _Found(Protocol):
    kind: str
    start: int
    end: int
    future: date | None


def _months_ahead(today: date, month: int) -> int:
    return (month - today.month) % 12


def _sentence_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end) and the one after it: a schedule's day is often said just after its months."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, end)]
    return begin, ends[1] if len(ends) > 1 else len(folded)


def first_instalment_of_a_monthly_schedule(folded: str, found: list[_Found], today: date) -> date | None:
    """The first instalment's day when the reply proposes months in a row and one day of the month for them, else None.
    `folded` is the folded reply, `found` its date mentions (agent.dates.find_dates), `today` the sender's local day."""
    for row in _ROW.finditer(folded):
        first = MONTH_NUMBERS[row.group(1)]
        if _months_ahead(today, first) > 6:
            continue  # "the October and November invoices", written in December: months gone by
        begin, end = _sentence_bounds(folded, row.start(), row.end())
        if not _SCHEDULE_WORD.search(folded, begin, end):
            continue
        days = [f for f in found if f.kind in _DAY_KINDS and begin <= f.start < end and f.future is not None
                and not _INSTEAD_OF_BEFORE.search(folded, max(0, f.start - 25), f.start)]
        if not days:
            continue
        day = days[0]
        year = today.year + (1 if first < today.month else 0)
        if day.kind == "eom":
            return end_of_month(date(year, first, 1))
        try:
            promised = date(year, first, day.future.day)  # type: ignore[union-attr]
        except ValueError:
            promised = end_of_month(date(year, first, 1))  # "the 31st" of a shorter month: its last day
        if promised >= today:
            return promised
    return None
