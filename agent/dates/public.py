"""Dates other readers ask for: when something already happened (`find_past_date`), the first date ahead
(`find_future_date`), when an absence ends (`find_return_date`), and one phrase resolved with dateparser as the
fallback (`resolve_date`).

Why apart: small questions over `find_dates`, each with its own rule for which mention answers it."""

from __future__ import annotations

import re
from datetime import date, datetime

from agent.dates.calendar import local_date, local_dt
from agent.dates.cues import _PAST_CUE
from agent.dates.finding import find_dates
from agent.dates.patterns import _MON, DAY_FIRST_LANGS, MONTH_NAMES
from agent.dates.sentences import _sentence_of
from core.text.folding import fold


def find_past_date(text: str, sent_at: datetime | date | str | None, language: str | None = None,
                   timezone: str | None = None) -> date | None:
    """The date a reply says something already happened (e.g. when a payment was made)."""
    d = local_date(sent_at, timezone)
    cands = [f for f in find_dates(text, sent_at, language, timezone) if f.past is not None and f.past <= d]
    if not cands:
        return None
    folded = fold(text)
    cands.sort(key=lambda f: (0 if _PAST_CUE.search(_sentence_of(folded, f.start)) else 1, f.start))
    return cands[0].past


def find_future_date(text: str, sent_at: datetime | date | str | None, language: str | None = None,
                     timezone: str | None = None) -> date | None:
    """The first date in the text on or after the sent date (e.g. an out-of-office return date)."""
    d = local_date(sent_at, timezone)
    for f in find_dates(text, sent_at, language, timezone):
        if f.future is not None and f.future >= d and f.kind not in ("wd_last", "ago", "last_week", "today"):
            return f.future
    return None


# "until March 2027", "bis März", "jusqu'en mars": a return given as a month alone means its first day at the earliest.
_UNTIL_MONTH = re.compile(
    r"\b(?:until|till|til|back\s+in|returning\s+in|bis(?:\s+(?:anfang|mitte))?|ab|jusqu'?\s?(?:en|au\s+mois\s+de)|de\s+retour\s+en|hasta|tot(?:\s+begin)?"
    r"|terug\s+in|ate|a\s+partir\s+de)\s+(?:(?:early|mid|beginning\s+of|the\s+start\s+of)\s+)?(" + _MON + r")\b(?:\s+(\d{4}))?")


def find_return_date(text: str, sent_at: datetime | date | str | None, language: str | None = None,
                     timezone: str | None = None) -> date | None:
    """When an absence ends: the latest date to come that the notice names ("away from 28/11 to 05/01" → 5 Jan,
    not the day it starts), or the first day of a month named alone ("on leave until March 2027")."""
    d = local_date(sent_at, timezone)
    ahead = [f.future for f in find_dates(text, sent_at, language, timezone)
             if f.future is not None and f.future >= d and f.kind not in ("wd_last", "ago", "last_week", "today")]
    for m in _UNTIL_MONTH.finditer(fold(text)):
        month = MONTH_NAMES.get(m.group(1))
        if not month:
            continue
        year = int(m.group(2)) if m.group(2) else d.year + (1 if month < d.month else 0)
        first = date(year, month, 1)
        if first > d:
            ahead.append(first)
    ahead = [a for a in ahead if (a - d).days <= 400]
    return max(ahead) if ahead else None


def _dateparser_settings(sent_at: datetime, language: str | None, prefer: str) -> dict:
    lang = (language or "")[:2]
    settings = {
        "RELATIVE_BASE": sent_at.replace(tzinfo=None),
        "PREFER_DATES_FROM": prefer,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if lang in DAY_FIRST_LANGS:
        settings["DATE_ORDER"] = "DMY"
    elif lang == "en":
        settings["DATE_ORDER"] = "MDY"
    return settings


_PAST_PHRASE = re.compile(r"\b(?:ago|last|yesterday|letzte|vor\s|gestern|dernier|hier|il\s+y\s+a|hace|pasad|ayer"
                          r"|geleden|vorige|afgelopen|gisteren|passad|ontem|ha\s)\b|\bhace\b")


def resolve_date(text_or_phrase: str, sent_at: datetime, language: str | None = None) -> date | None:
    """One date phrase → a calendar date, read relative to sent_at (its own offset gives the local day).

    Rules first (see the module docstring); dateparser for what they do not cover.
    """
    found = find_dates(text_or_phrase, sent_at, language)
    if found:
        f = max(found, key=lambda f: f.end - f.start)
        backwards = bool(_PAST_PHRASE.search(fold(text_or_phrase)))
        if backwards and f.past is not None:
            return f.past
        return f.future if f.future is not None else f.past
    import dateparser  # imported late: it takes a second to load its language data

    langs = [language[:2]] if language and language[:2] in {"en", "de", "fr", "es", "nl", "pt"} else None
    prefer = "past" if _PAST_PHRASE.search(fold(text_or_phrase)) else "future"
    try:
        dt = dateparser.parse(text_or_phrase, languages=langs,
                              settings=_dateparser_settings(local_dt(sent_at), language, prefer))
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd strings
        return None
    return dt.date() if dt else None
