"""A pattern's match turned into a date: its reading ahead (for promises) and its reading behind (for "we paid
on ..."), by the rules in agent/dates/__init__.py's docstring.

Why apart: one function per kind of phrase (`_resolve`), with the numeric order of day and month (`_numeric`), a month's
n-th weekday and a holiday's anchor; finding dates in a text only asks it for the two readings."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.easter import easter

from agent.dates.calendar import (
    _add_business_days,
    _first_working_day_after,
    _in_the_year_end_season,
    _is_working_day,
    _nth_working_day,
    _safe_date,
    _shift,
    _working_day_on_or_before,
    _year,
    divmod_month,
    iso_week_friday,
    last_month_day,
    last_working_day,
    next_month_day,
    weekday_with_day,
)
from agent.dates.patterns import _ABBR, _ABBR_LANG, _ABBR_LANGS, _EASTER, _HOLIDAY_KEY, _NTH, _WD_FULL, _WORKDAYS, DAY_FIRST_LANGS, _day_number, _month_index, _num, _wd_index
from agent.named_days import last_named_day, next_named_day
from core.text.date_rules import coming_weekday, end_of_month, last_weekday, next_day_of_month, next_week_weekday

# A holiday is a day to pay on after a word that places something on it ("on Good Friday", "spätestens Gründonnerstag",
# "uiterlijk op Koningsdag", "no dia de Corpo de Deus"); "Labor Day pushes our ACH batch", "we close the books for Chinese
# New Year", "devido à Sexta-feira Santa" only explain another day.
_NAMED_DAY_LEAD = re.compile(r"(?:^|[^\w'])(?:on|by|until|till|am|zum|bis|spatestens|le|d'ici|el|hasta|op|tot|uiterlijk|no|na|ate|dia|jour\s+de"
                             # right after a verb of paying or of the money going out: "geht Aschermittwoch raus", "on vous paie Mardi gras"
                             r"|pay|pays|paying|paid|settle|wire|transfer|zahlen(?:\s+wir)?|zahle|uberweisen(?:\s+wir)?|geht|gehen|paie|paye|payons|reglons|regle"
                             r"|pagamos|pago|pagaremos|transferimos|betalen(?:\s+we|\s+wij)?|betaal|betaalt|maken\s+we\s+over|vai|sai|sale|part"
                             # "commencer à la Saint-Jean", "dès la Saint-Jean"
                             # (not "devido à Sexta-feira Santa", "graças ao Carnaval": a cause, no day)
                             r"|(?<!devido\s)(?<!gracas\s)(?<!face\s)(?<!quanto\s)a|des)"
                             r"\s+(?:(?:the|dem|den|le|la|l'|el|de|het|o|a)\s*)?$")
# "after Good Friday", "vor Pfingstmontag", "ab Rosenmontag": bounds that name no day of their own
_NAMED_DAY_BOUND = re.compile(r"\b(?:after|before|since|from|nach|vor|seit|ab|apres|avant|depuis|despues\s+del?|antes\s+del?|tras|desde|na|voor|sinds|vanaf"
                              r"|depois\s+d[aoe]s?|antes\s+d[aoe]s?|desde)\s+(?:(?:the|dem|den|le|la|l'|el|de|het|o|a)\s*)?$")
# "vor Rosenmontag geht bei uns nichts raus", "before Diwali nothing moves": a bound with nothing inside it
_NOTHING_BEFORE_IT = re.compile(r"[^.;!?\n]{0,25}?\b(?:nothing|nichts|rien|nada|niets|no\s+one|nobody|niemand|personne|nadie|ninguem)\b")
# "before Chinese New Year", "vor dem Valentinstag", "vóór Koningsdag", "antes del Día de la Hispanidad": the day before,
# as "before Christmas" is Christmas Eve; not "not before Matariki" / "pas avant la Saint-Jean", which names no day.
_NAMED_DAY_AHEAD_OF = re.compile(r"(?<!\bnot\s)(?<!\bnicht\s)(?<!\bpas\s)(?<!\bno\s)(?<!\bniet\s)(?<!\bnao\s)(?<!\bnever\s)"
                                 r"\b(?:(?:well|right|just|shortly|ruim|net|noch|bien|justo|mesmo|nog|ainda)\s+)?"
                                 r"(?:before|ahead\s+of|prior\s+to|vor|avant|antes\s+del?|voor|antes\s+d[aoe]s?)\s+"
                                 r"(?:(?:the|dem|den|le|la|l'|el|de|het|o|a)\s*)?$")


def _nth_of_month(m: re.Match[str], d: date) -> date | None:
    """'the first Tuesday of December' is that date; 'the 1st week of December' is the Friday of that week (a week span
    promises its end, LABELING), read as the month's n-th Friday. A named month is its next occurrence whose day is not past."""
    groups = m.groupdict()
    n = _NTH[groups.get("nth") or groups["nth2"]]
    wd = _wd_index(groups["wd"]) if groups.get("wd") else 4
    month_word = groups.get("mon") or groups.get("mon2")
    if month_word:
        month = _month_index(month_word)
        firsts = [date(d.year + k, month, 1) for k in (0, 1)]
    else:
        this = d.replace(day=1)
        nxt = end_of_month(d) + timedelta(days=1)
        firsts = [nxt] if groups.get("next") or groups.get("next2") else [this, nxt]
    for first in firsts:
        if n > 0:
            day = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
            if day.month != first.month:
                continue
        else:
            last = end_of_month(first)
            day = last - timedelta(days=(last.weekday() - wd) % 7)
        if day >= d:
            return day
    return None


# "on 3.12", "for 1.12", "told you 27.11": the word before a dotted pair makes it a (day-first) date
_BEFORE_A_DOTTED_DATE = re.compile(r"\b(?:on|by|for|until|till|before|after|from|to|you|le|au|el|al|para|op|tot|voor|am|zum|bis|no|em|dia|ate|til"
                                   # "goods came 20.11", "invoice delivered 30.10", "due - 2.12 we pay"
                                   r"|came|arrived|delivered|received|dated|due)\s+$|\s[\u2013\u2014-]\s+$"
                                   # "on Saturday 5.12", "St. Nicholas day (6.12)", "the harvest festival (5.12)": a weekday or a
                                   # bracket before it dates it
                                   rf"|\b(?:{_WD_FULL})\s*,?\s*$|\w\s*\(\s*$")


# "2.12 we pay", "4.12 we will transfer": a dotted number the payer's verb follows is a day, not an amount
_A_PAYER_AFTER = re.compile(r"\s+(?:we|i)\s+(?:will\s+|'ll\s+|shall\s+)?(?:pay|transfer|send|wire|settle|remit)\b")


_A_SHARE_AFTER = re.compile(r"\s+(?:now|today|of\s+(?:it|the|this|that|our|what)|upfront|up\s+front|right\s+away|straight\s+away|immediately|jetzt|sofort|maintenant|ahora|agora|nu)\b")


def _numeric(m: re.Match[str], d: date, language: str | None, month_first: bool | None = None) -> tuple[date | None, date | None]:
    a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    if sep == "/" and not y and a < b <= 4 and _A_SHARE_AFTER.match(m.string, m.end()):
        return None, None  # "paying 1/2 now and the rest on 12/18": half, not 2 January
    lang = (language or "en")[:2]
    if sep == "." and not y and not m.group(0).endswith(".") and lang != "de" \
            and not _BEFORE_A_DOTTED_DATE.search(m.string, max(0, m.start() - 14), m.start()) and not _A_PAYER_AFTER.match(m.string, m.end()):
        return None, None  # "4.12" alone is more often an amount than a date outside German text; "on 3.12" is a date
    if lang in DAY_FIRST_LANGS or sep == "." or month_first is False:
        orders = [(a, b)] if a <= 31 and b <= 12 else [(b, a)]
    elif month_first:
        orders = [(b, a)] if b <= 31 and a <= 12 else [(a, b)]
    elif a > 12:
        orders = [(a, b)]
    elif b > 12:
        orders = [(b, a)]
    else:
        orders = [(b, a), (a, b)]  # US month-first, then day-first
    readings = []
    for day, month in orders:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if y:
            dt = _safe_date(_year(y, d), month, day)
            if dt:
                readings.append((dt, dt))
        else:
            fut, past = next_month_day(d, month, day), last_month_day(d, month, day)
            if fut or past:
                readings.append((fut, past))
    if not readings:
        return None, None
    if len(readings) == 2 and not y:
        # English, both readings possible: prefer the one that lands within the next 60 days.
        near = [r for r in readings if r[0] and (r[0] - d).days <= 60]
        if len(near) == 1:
            return near[0]
    if len(readings) == 1 and not y and lang == "en" and sep != "." and a <= 12 and b <= 12 and a != b:
        # The sender's habit read it as a day just gone ("on or before 12/11" from Manila on 20 November): nobody
        # promises a day gone, so ahead it is read the other way round when that lands within 60 days; behind, as written.
        fut, past = readings[0]
        day, month = orders[0]
        other = next_month_day(d, day, month)
        if fut is not None and (fut - d).days > 180 and other is not None and (other - d).days <= 60:
            return other, past
    return readings[0]


# Month abbreviations that are everyday words in other languages ("out", "set", "ago"): read in their own only.
_MONTH_WORD_LANGS = {"out": ("pt",), "set": ("pt", "es"), "ago": ("es", "pt")}


# A reply too short for the language detector ("Überweisung geht Do. raus") still shows its German by the verb
# after the weekday: "Do. raus" is Thursday whatever language the reply was taken for.
_GERMAN_VERB_AFTER = re.compile(r"\s*(?:raus|los|weg|uberwiesen|bezahlt|gezahlt|angewiesen)\b")


# Likewise Dutch by the verb before it: "we betalen do. beide facturen" is Thursday in a reply taken for English.
_DUTCH_VERB_BEFORE = re.compile(r"\b(?:betalen|betaal|betaalt|maken\s+(?:we|wij|ik)\s+over|storten|voldoen|overmaken)\s+(?:(?:we|wij|ik|op|a\.?s\.?)\s+)*$")


def _first_group(m: re.Match[str]) -> list[str]:
    return [g for g in m.groups() if g is not None]


def _resolve(kind: str, m: re.Match[str], d: date, language: str | None, month_first: bool | None = None) -> tuple[date | None, date | None]:
    g = _first_group(m)
    if kind == "wd_abbr" and (language or "")[:2] == "fr" and m.group(0).strip(" .") == "mon":
        return None, None  # "mon client", "mon virement": French "my", not Monday
    if kind in _ABBR_LANG:
        wanted = _ABBR_LANG[kind]
        if wanted and (language or "")[:2] != wanted and not (kind == "wd_abbr_de" and _GERMAN_VERB_AFTER.match(m.string, m.end())) \
                and not (kind == "wd_abbr_nl" and _DUTCH_VERB_BEFORE.search(m.string[max(0, m.start() - 30):m.start()])):
            return None, None
        wd = _ABBR[g[0].rstrip(".")]
        return coming_weekday(d, wd), last_weekday(d, wd)
    if kind == "last_workday":
        return last_working_day(d), None
    if kind == "last_workday_before":
        name = g[0]
        day = next_month_day(d, 1, 1) if re.match(r"new|neu|nouvel|ano|oud", name) else next_month_day(d, 12, 25)
        day -= timedelta(days=1)
        while not _is_working_day(day):
            day -= timedelta(days=1)
        return day, None
    if kind == "days_from_today":
        n, unit = _num(g[0]), g[1]
        if re.match(_WORKDAYS, unit):
            return _add_business_days(d, n), None
        return d + timedelta(days=n * (7 if unit.startswith(("woch", "week")) else 1)), None
    if kind == "wd_of_wk_after_next":
        return next_week_weekday(d, _wd_index(g[0])) + timedelta(days=7), None
    if kind == "weeks_tomorrow":
        return d + timedelta(days=1 + 7 * _num(g[0])), None
    if kind == "wd_one_after":
        word = g[0]
        return coming_weekday(d, _ABBR[word] if word in _ABBR else _wd_index(word)) + timedelta(days=7), None
    if kind == "first_fortnight":
        month = _month_index(g[0])
        return next_month_day(d, month, 15), None
    if kind == "second_fortnight":
        mid = next_month_day(d, _month_index(g[0]), 15)
        return (end_of_month(mid) if mid else None), None
    if kind == "week_from_today":
        return d + timedelta(days=14 if re.search(r"vierzehn|zwei|twee|veertien", m.group(0)) else 7), None
    if kind == "eonw":
        return next_week_weekday(d, 4), None
    if kind == "wk_after_next":
        return next_week_weekday(d, 4) + timedelta(days=7), None
    if kind == "eow":
        return (d + timedelta(days=4 - d.weekday())) if d.weekday() <= 4 else next_week_weekday(d, 4), None
    if kind == "cal_week_start":
        friday = iso_week_friday(d, int(g[0])) if 1 <= int(g[0]) <= 53 else None
        return (friday - timedelta(days=4) if friday else None), None
    if kind in ("cal_week", "cal_week_fr"):
        if kind == "cal_week_fr" and (language or "")[:2] != "fr":
            return None, None  # "S46" is a French way of writing a week number
        week = int(g[0])
        return (iso_week_friday(d, week) if 1 <= week <= 53 else None), None
    if kind == "quarter_start":
        q = _quarter_number(m.group("n") or m.group("q"))
        first = date(d.year, 3 * q - 2, 1)
        return (first if first >= d else date(d.year + 1, 3 * q - 2, 1)), None
    if kind == "eoq":
        q = _quarter_number(m.group("n")) if m.groupdict().get("n") else int(g[0]) if g else (d.month - 1) // 3 + 1
        y = d.year if q >= (d.month - 1) // 3 + 1 else d.year + 1
        return end_of_month(date(y, 3 * q, 1)), None
    if kind == "day_week":
        return d + timedelta(days=14 if g[0] == "fortnight" else 7), None
    if kind == "weeks_today":
        return d + timedelta(days=7 * _num(g[0])), None
    if kind in ("wd_week", "wd_fortnight"):
        word = g[0].rstrip(".")
        wd = _ABBR[word] if word in _ABBR else _wd_index(word)
        return coming_weekday(d, wd) + timedelta(days=7 if kind == "wd_week" else 14), None
    if kind == "wd_around_holiday":
        name = m.group("name")
        key = "easter_sunday" if name in ("easter", "ostern", "paques", "pascua", "pasen", "pascoa") else _HOLIDAY_KEY[name]
        holiday = next_named_day(key, d)
        if holiday is None:
            return None, None
        wd = _wd_index(m.group("wd"))
        if m.group("before"):
            return holiday - timedelta(days=(holiday.weekday() - wd - 1) % 7 + 1), None
        return holiday + timedelta(days=(wd - holiday.weekday() - 1) % 7 + 1), None
    if kind == "after_holiday":
        if g[0] in _SEASON_HOLIDAYS and not _in_the_year_end_season(d):
            return None, None  # "on verra après les fêtes" in February: a festival of its own, no day we know
        return _first_working_day_after(_holiday_anchor(g[0], d)), None
    if kind == "named_day":
        at = m.start("name")
        ahead_of = not (m.group("before") or m.group("after")) and _NAMED_DAY_AHEAD_OF.search(m.string, max(0, at - 30), at)
        key = _HOLIDAY_KEY[m.group("name")]
        placed = _NAMED_DAY_LEAD.search(m.string, max(0, at - 25), at)
        if ahead_of and _NOTHING_BEFORE_IT.match(m.string, m.end()):
            return None, None  # "vor Rosenmontag geht bei uns nichts raus": nothing before it, no day
        bound = _NAMED_DAY_BOUND.search(m.string, max(0, at - 25), at)
        if bound and (language or "")[:2] == "pt" and bound.group(0).startswith("na"):
            bound = None  # Portuguese "na quarta-feira de Cinzas" is "on", Dutch "na Pasen" is "after"
        if not (m.group("before") or m.group("after") or ahead_of) and (bound or not placed):
            return None, None
        shift = timedelta(days=-1 if m.group("before") or ahead_of or m.group("eve") else 1 if m.group("after") else 0)
        ahead, behind = next_named_day(key, d - shift), last_named_day(key, d - shift)
        future, gone = (ahead + shift if ahead else None), (behind + shift if behind else None)
        if ahead_of:  # "before Victoria Day" (a Monday) is the Friday: the last working day ahead of it
            future, gone = (_working_day_on_or_before(day) if day else None for day in (future, gone))
        if future is not None and gone is not None and (d - gone).days <= 60 and (future - d).days > 180:
            return None, gone  # "out for Diwali till the 18th", ten days after Diwali: this year's, not next year's
        return future, gone
    if kind == "next_quarter":
        q = (d.month - 1) // 3 + 1
        return (date(d.year, 3 * q + 1, 1) if q < 4 else date(d.year + 1, 1, 1)), None
    if kind == "nth_workday":
        month = _month_index(m.group("mon")) if m.group("mon") else 1
        first = date(d.year if month >= d.month and m.group("mon") else d.year + 1, month, 1)
        if m.group("nextmonth"):
            first = date(*divmod_month(d, 1), 1)  # "on first working day of next month"
        word = m.group("n")
        return _nth_working_day(first, int(word[0]) if word[0].isdigit() else _WORKDAY_NTH.get(word, 1)), None
    if kind == "dom_de_article":
        day = int(g[0])
        return (next_day_of_month(d, day) if (language or "")[:2] == "de" and 1 <= day <= 31 else None), None
    if kind == "weekend":
        return d + timedelta(days=(5 - d.weekday()) % 7), None
    if kind == "huitaine":
        return d + timedelta(days=7), None  # a week, as three of the four writers who met it read it (LABELING)
    if kind == "dom_next_month":
        return _safe_date(*divmod_month(d, 1), int(g[0])), None
    if kind == "last_workday_named":
        month = 12 if re.search(r"year|jaar|jahres|annee|ano$", g[0]) else _month_index(g[0])
        return last_working_day(date(d.year if month >= d.month else d.year + 1, month, 1)), None
    if kind == "this_month":
        return end_of_month(d), None
    if kind == "wd_dom":
        day, wd = int(g[1]), _wd_index(g[0])
        if not 1 <= day <= 31:
            return None, None
        # the past reading: a recent date with that weekday and day ("the run on Friday 13th was cancelled")
        recent = [d - timedelta(days=k) for k in range(0, 62)]
        past = next((c for c in recent if c.day == day and c.weekday() == wd), None)
        return weekday_with_day(d, wd, day), past
    if kind == "wd_abbr_dom":
        word, day = g[0], int(g[1])
        if (language or "en")[:2] not in _ABBR_LANGS.get(word, ()) or not 1 <= day <= 31:
            return None, None
        return weekday_with_day(d, _ABBR[word], day), None
    if kind == "wd_abbr_weekend":
        if (language or "en")[:2] != "en":
            return None, None
        wd = 5 if g[1] == "sat" else 6
        return (next_week_weekday(d, wd) if g[0] == "next" else coming_weekday(d, wd)), None
    if kind == "cob_wd":
        word = g[0].rstrip(".")
        wd = _ABBR[word] if word in _ABBR else _wd_index(word)
        return coming_weekday(d, wd), None
    if kind in ("nth_wd", "nth_week"):
        return _nth_of_month(m, d), None
    if kind == "wd_dom_word":
        word = m.group("word")
        return weekday_with_day(d, _wd_index(m.group("wd")), _day_number(word)), None
    if kind == "from_month":
        month = _month_index(g[0])
        if month == d.month:
            return None, None  # "starting November", written in November: already running, no day ahead
        return date(d.year if month > d.month else d.year + 1, month, 1), None
    if kind == "first_of":
        return next_day_of_month(d, 1), None
    if kind == "dom_de_word":
        return (next_day_of_month(d, _day_number(g[0])) if (language or "")[:2] == "de" else None), None
    if kind == "wd_pt_ordinal":
        # "2.ª feira" is segunda-feira, Monday: Portuguese counts the weekdays from Sunday
        wd = int(g[0]) - 2
        return coming_weekday(d, wd), last_weekday(d, wd)
    if kind == "wd_next_abbr":
        # "vend. prochain", "next fri": next week's weekday, each abbreviation in its own language ("mar" is March in English)
        return (next_week_weekday(d, _ABBR[g[0]]) if (language or "en")[:2] in _ABBR_LANGS.get(g[0], ()) else None), None
    if kind == "dom_pt_after":
        day = int(g[0])
        return (next_day_of_month(d, day) if (language or "")[:2] == "pt" and 1 <= day <= 31 else None), None
    if kind == "dom_loose":
        day = int(g[0])
        return (next_day_of_month(d, day) if 1 <= day <= 31 else None), None
    if kind == "eom":
        return end_of_month(d), None
    if kind == "eonm":
        return end_of_month(d, 1), None
    if kind == "bonw":
        return next_week_weekday(d, 0), None
    if kind == "bonm":
        return end_of_month(d) + timedelta(days=1), None
    if kind == "mid_next":
        return end_of_month(d) + timedelta(days=15), None
    if kind == "mid_month":
        return (d.replace(day=15) if d.day <= 15 else end_of_month(d) + timedelta(days=15)), None
    if kind == "eofy":
        return date(d.year if (d.month, d.day) <= (6, 30) else d.year + 1, 6, 30), None
    if kind == "eoy":
        return date(d.year, 12, 31), None
    if kind == "xmas":
        return date(d.year if (d.month, d.day) <= (12, 24) else d.year + 1, 12, 24), None
    if kind == "bo_named":
        month = _month_index(g[0])
        if month == d.month:  # "early November", written in November: behind us, not a date ahead
            return None, date(d.year, month, 1)
        # "came back to you at the start of May", written in June: read both ways, the start of May gone by is nearer
        return date(d.year if month > d.month else d.year + 1, month, 1), (date(d.year, month, 1) if month < d.month else None)
    if kind in ("eo_named", "mid_named"):
        if m.group(0).startswith("half") and (language or "")[:2] != "nl":
            return None, None  # "half december" is mid-December in Dutch only ("pay half May…")
        month = _month_index(g[0])
        y = d.year if month >= d.month else d.year + 1
        if kind == "mid_named":
            return date(y, month, 15), None
        return date(y, month, calendar.monthrange(y, month)[1]), None
    if kind == "iso":
        dt = _safe_date(int(g[0]), int(g[2]), int(g[3]))
        return dt, dt
    if kind in ("dmy_name", "mdy_name") and (language or "")[:2] not in _MONTH_WORD_LANGS.get(g[1 if kind == "dmy_name" else 0].rstrip("."), (language or "")[:2],):
        return None, None  # "goes out 11/5" is not 11 October: "out" is a month only in Portuguese
    if kind == "dmy_name":
        day, month = _day_number(g[0]), _month_index(g[1])
        if len(g) > 2:
            dt = _safe_date(_year(g[2], d), month, day)
            return dt, dt
        return next_month_day(d, month, day), last_month_day(d, month, day)
    if kind == "mdy_name":
        month, day = _month_index(g[0]), int(g[1])
        if len(g) > 2:
            dt = _safe_date(int(g[2]), month, day)
            return dt, dt
        return next_month_day(d, month, day), last_month_day(d, month, day)
    if kind == "numeric":
        return _numeric(m, d, language, month_first)
    if kind == "dotted_spaced":
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if year:
            dt = _safe_date(int(year), month, day)
            return dt, dt
        return next_month_day(d, month, day), last_month_day(d, month, day)
    if kind == "dom":
        day = _day_number(g[0])
        if not 1 <= day <= 31:
            return None, None
        fut = next_day_of_month(d, day)
        past = None
        for back in range(0, 3):
            y, mo = d.year, d.month - back
            while mo < 1:
                y, mo = y - 1, mo + 12
            cand = _safe_date(y, mo, day)
            if cand and cand <= d:
                past = cand
                break
        return fut, past
    if kind == "wd_next":
        return next_week_weekday(d, _wd_index(g[0])), None
    if kind == "wd_after_next":
        return next_week_weekday(d, _wd_index(g[0])) + timedelta(days=7), None
    if kind == "wd_this":
        wd = _wd_index(g[0])
        return d - timedelta(days=d.weekday() - wd), d - timedelta(days=d.weekday() - wd)
    if kind == "wd_prevweek":
        return None, d - timedelta(days=d.weekday() + 7 - _wd_index(g[0]))
    if kind == "wd_last":
        return None, last_weekday(d, _wd_index(g[0]))
    if kind == "wd":
        wd = _wd_index(g[0])
        return coming_weekday(d, wd), last_weekday(d, wd)
    if kind == "d_plus":
        return d + timedelta(days=int(g[0])), None
    if kind == "in_n":
        if m.group(0).startswith("over") and (language or "")[:2] != "nl" or _SPREAD_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            return None, None  # "spread over three months", "spreiden over vier maanden": a span; "over drie weken" is "in three weeks"
        n, unit = _num(g[0]), g[1]
        if re.fullmatch(_WORKDAYS, unit):
            return _add_business_days(d, n), None
        return _shift(d, n, unit), None
    if kind == "fortnight":
        return d + timedelta(days=7 if m.group(0).endswith("week") else 14), None
    if kind == "from_now":
        n = _num(g[0])
        return d + timedelta(days=n * 7 if g[1].startswith("week") else n), None
    if kind == "ago":
        n, unit = _num(g[0]), g[1]
        return None, _shift(d, -n, unit)
    if kind == "next_week":
        return next_week_weekday(d, 4), None
    if kind == "this_week":
        return (d + timedelta(days=4 - d.weekday())) if d.weekday() <= 4 else d, None
    if kind == "last_week":
        return None, d - timedelta(days=7)
    if kind == "day_after":
        return d + timedelta(days=2), None
    if kind == "day_before":
        return None, d - timedelta(days=2)
    if kind == "tomorrow":
        return d + timedelta(days=1), None
    if kind == "yesterday":
        return None, d - timedelta(days=1)
    if kind == "yesterday_fr":
        return (None, d - timedelta(days=1)) if (language or "")[:2] == "fr" else (None, None)
    if kind == "now":
        return d, None
    if kind == "today":
        return d, d
    raise AssertionError(kind)
_WORKDAY_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4,
                "quinto": 5, "primer": 1, "tercer": 3, "cuarto": 4, "premier": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4,
                "cinquieme": 5, "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "funften": 5, "eerste": 1, "tweede": 2,
                "derde": 3, "vierde": 4, "vijfde": 5}


def _quarter_number(word: str) -> int:
    """1-4 from a quarter's ordinal ("zweiten", "troisième", "2nd") or its digit ("Q2")."""
    word = word.rstrip(".")
    if word[:1].isdigit():
        return int(word[0])
    return _WORKDAY_NTH.get(word) or {"erste": 1, "erstes": 1}[word]


# Words for "the holidays" that mean the year-end ones only when written around them
_SEASON_HOLIDAYS = frozenset({"fetes", "holidays", "feiertagen", "fiestas", "festas", "feestdagen", "holiday weekend"})


def _holiday_anchor(name: str, d: date) -> date:  # noqa: C901 - one line per holiday
    """The last day of a holiday a reply pays "after": Boxing Day for Christmas, the Friday after Thanksgiving,
    New Year's Day for "the holidays" / "les Fêtes", Epiphany for Reyes, 5 December for Sinterklaas."""
    def ahead(month: int, day: int) -> date:
        this = date(d.year, month, day)
        return this if this >= d else date(d.year + 1, month, day)
    if name in ("christmas", "xmas", "weihnachten", "noel", "navidad", "kerst", "kerstmis", "natal"):
        return ahead(12, 26)
    if name == "thanksgiving":
        first = date(d.year, 11, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return thursday + timedelta(days=1) if thursday + timedelta(days=1) >= d else d
    if name == "reyes":
        return ahead(1, 6)
    if re.fullmatch(_EASTER, name):
        monday = easter(d.year) + timedelta(days=1)
        return monday if monday >= d else easter(d.year + 1) + timedelta(days=1)
    if name in ("sinterklaas", "pakjesavond"):
        return ahead(12, 5)
    if name in ("maria empfangnis", "inmaculada", "la inmaculada", "immacolata", "l'immacolata"):
        return ahead(12, 8)
    if name in ("holiday weekend", "thanksgiving weekend") and d.month == 11:
        return _holiday_anchor("thanksgiving", d) + timedelta(days=2)
    return ahead(1, 1)  # the holidays, New Year


_SPREAD_BEFORE = re.compile(r"\b(?:spread\w*|split\w*|spreiden|spreid|verdelen|verdeeld|aufteilen|verteilen|etaler|echelonner|repartir|dividir|parcelar)"
                            r"\s+(?:\w+\s+){0,3}$")
