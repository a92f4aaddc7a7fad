"""Payment days counted from another day the reply names, not from the reply's own date: "the day after the
board meets", "two days later", "the Friday after Mardi Gras", "within 3 days after that", "tomorrow in a week"; and
counts from an event still to happen, which name no day.

Why apart: each returns a day (or a mention spanning the count and its anchor) for agent/dates/promise.py to weigh
against the reply's other days."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from agent.dates.calendar import _add_business_days
from agent.dates.finding import FoundDate
from agent.dates.patterns import _HOLIDAY_KEY, _IN_N, _MON, _NUM, _WD, _WD_FULL, _WORKDAYS, EXPLICIT_KINDS, WEEKDAY_KINDS, _alt, _num, _wd_index
from agent.dates.promise_roles import _FIGURE, _MEETING, _SPANS, _THE_REST
from agent.dates.resolve import _first_group, _holiday_anchor, _resolve
from agent.dates.sentences import _previous_sentence_start, _sentence_end, _sentence_start
from agent.named_days import next_named_day
from core.text.conditions import RECEIPT_CONDITION

# A date counted from an event, not from the reply: "within 3 days of receiving your letter", "the Friday after
# our ERP goes live", "am Freitag darauf", "innerhalb von 5 Werktagen nach Freigabe". It names no day.
# (A weekday after "of" is Dutch "or", not an event: "maandag of dinsdag".)
_FROM_AN_EVENT = re.compile(r"\s*(?:(?:of|after|following|from)\s+(?!(?:we|i|they)(?:'ve|'d|\s+have|\s+had)\b)(?!(?:the\s+)?(?:\d|today|tomorrow|now|this|next|that\s+date|(?:calendar\s+|iso\s+)?(?:week|wk|kw|cw)\s*\d|thanksgiving|christmas|xmas|easter|new\s+year|labou?r\s+day|(?:the\s+)?(?:long\s+)?(?:holidays?|weekend|break)\b|" + _MON + "|" + _WD_FULL + r"))"
                            r"|darauf|danach|nach\s+(?!(?:dem\s+)?\d)|apres\s+(?!le\s+\d)|despues\s+de\s+(?!el\s+\d)|tras\s+|na\s+(?:ontvangst|goedkeuring|de\s+|het\s+)"
                            r"|daarna|apos\s+(?!o\s+dia|\d)|depois\s+d[aeo]\s+(?!\d))")
_RELATIVE_KINDS = frozenset({"in_n", "from_now", "fortnight", "wd", "wd_next", "wd_this"})


def _counted_from_an_event(folded: str, f: FoundDate, language: str | None) -> bool:
    """The date is counted from something still to happen, so it names no day: an event named right after it, or
    a span ("within 30 days") after a receipt that opens its sentence ("once we have it, it's paid within 30 days";
    "in 2 weeks, once the contract payment arrives" is dated, with a reason)."""
    if f.kind not in _RELATIVE_KINDS:
        return False
    if (m := _FROM_AN_EVENT.match(folded, f.end)) and not (f.kind in WEEKDAY_KINDS and m.group(0).lstrip().startswith("from")):
        return True  # not "on Thursday from online banking": a weekday "from" names where the money comes from
    before = folded[_sentence_start(folded, f.start):f.start]
    return f.kind in ("in_n", "from_now", "fortnight") and bool(RECEIPT_CONDITION.search(before[:60]))
# "the board meets on the 16th; cheques go out the day after / the Thursday after": counted from the meeting's date.
_DAY_AFTER = re.compile(r"\b(?:le\s+lendemain|the\s+(?:next|following)\s+day|the\s+day\s+after(?!\s+tomorrow)(?!\s+(?:st\.?\s+|saint\s+)?\w+'?s\s+day\b)|am\s+(?:tag\s+)?(?:danach|darauf)|am\s+folgetag"
                        r"|al\s+dia\s+siguiente|de\s+dag\s+(?:erna|daarna|daarop|nadien)|no\s+dia\s+seguinte|le\s+jour\s+suivant)\b")
_WEEKDAY_AFTER = re.compile(rf"\bthe\s+({_WD_FULL})\s+after\b(?!\s+(?:next|that\s+date|\d))|\b({_WD_FULL})\s+(?:darauf|danach)\b"
                            rf"|\b({_WD})\s+(?:siguiente|suivant|d'apres|daarop|daarna|erna|seguinte)\b"
                            rf"|\b(?:am\s+)?(?:darauffolgenden|darauf\s+folgenden|nachfolgenden|folgenden)\s+({_WD_FULL})\b"
                            rf"|\b(?:ese\s+mismo|ese|that\s+same|that|diezelfde|die|nessa|nesse|naquela|dieselbe[nr]?|an\s+dem|am\s+selben)\s+({_WD_FULL})\b"
                            rf"|\b({_WD_FULL})\s+after\s+(?:that|this|it)\b")
# "the 31st falls on a Sunday so realistically the Friday before", "am Freitag davor", "le vendredi d'avant": that
# weekday before the date named before it (not "the Friday before Christmas", a holiday's, nor "before the 15th").
_WEEKDAY_BEFORE = re.compile(rf"\bthe\s+({_WD_FULL})\s+before\b(?=\s*(?:[.,;:!?)]|$|that\b|it\b|then\b))|\b({_WD_FULL})\s+(?:davor|zuvor)\b"
                             rf"|\b({_WD})\s+(?:d'avant|precedent|anterior|ervoor|daarvoor|anterior)\b")
# "the 31st is a Sunday", "le 31 est un dimanche", "der 31. fällt auf einen Sonntag": what a date is, no day named to pay on
_DESCRIBED_AS_A_WEEKDAY = re.compile(rf"\s*(?:is|falls\s+on|est|tombe|ist|fallt\s+auf|es|cae\s+en|e|cai\s+(?:num|em)|valt\s+op|is\s+een)"
                                     rf"\s+(?:a|an|un|une|ein(?:en)?|een|uma?|on\s+a)?\s*({_WD_FULL})\b")
# "... auf Schiurlaub. Am Montag danach wird bezahlt", "… the Monday after - we'll pay you then": the words after the
# phrase pay, counted from the date before.
_PAYS_AFTER = re.compile(r"\s*(?:[,\u2013\u2014-]\s*)?(?:(?:we|wir|nous|on|wij|we'll|i'll|ich)\s+)?(?:will\s+|wird\s+|werden\s+|wordt\s+|sera\s+|seremos\s+)?"
                         r"(?:pay|transfer|wire|settle|zahl|bezahl|uberweis|betaal|betal|pag|regl|pai|vir)\w*|\s*(?:wird|werden|wordt|is|will\s+be)\s+(?:\w+\s+)?(?:bezahlt|gezahlt|uberwiesen|betaald|overgemaakt|paid)\b")
# "after the board on 1 December we pay on the Friday of that week": that weekday in the week of the date before.
_WEEKDAY_OF_THAT_WEEK = re.compile(rf"\b({_WD})\s+of\s+(?:that|the\s+same)\s+week\b|\b(?:in\s+)?(?:that|the\s+same|that\s+same)\s+week\s*,?\s*(?:on\s+)?(?:the\s+)?({_WD})\b|\b({_WD})\s+de\s+(?:esa|la\s+misma|esa\s+misma)\s+semana\b"
                                   rf"|\b({_WD})\s+(?:van\s+)?(?:die|dezelfde|diezelfde)\s+week\b"
                                   rf"|\b({_WD})\s+de\s+(?:cette|la)\s+meme\s+semaine\b|\b({_WD})\s+de\s+cette\s+semaine-la\b"
                                   rf"|\b({_WD})\s+(?:derselben|der\s+gleichen|der\s+selben)\s+woche\b"
                                   rf"|\b({_WD})\s+(?:dessa|dessa\s+mesma|da\s+mesma|desta\s+mesma)\s+semana\b")


_PAYS_BEFORE = re.compile(r"\b(?:pay\w*|transfer\w*|wire\w*|settle\w*|zahl\w*|bezahl\w*|uberweis\w*|betaal\w*|betal\w*|maakt?\s+(?:het\s+)?over"
                          r"|pag[ao]\w*|transf\w*|vir\w*|regl\w*|pai\w*|stort\w*|abon\w*)\b[^!?\n]*$")


_EVENT_THEN_ITS_DATE = re.compile(r"\s+(?:the\s+|our\s+|their\s+)?[a-z' -]{2,30}\(\s*")


def _day_after_a_meeting(folded: str, cands: list[FoundDate], holidays: list[FoundDate] = ()) -> date | None:
    """The day a payment follows a dated meeting by ("the day after", "the Thursday after", "the Friday of that
    week"), or None."""
    for m in _WEEKDAY_OF_THAT_WEEK.finditer(folded):
        start = _previous_sentence_start(folded, m.start())
        before = [f for f in cands if start <= f.start < m.start() and f.future is not None]
        if before:
            anchor = before[-1].future
            return anchor + timedelta(days=_wd_index(_first_group(m)[0]) - anchor.weekday())
    for rx in (_DAY_AFTER, _WEEKDAY_AFTER):
        for m in rx.finditer(folded):
            if any(f.kind in ("after_holiday", "wd_around_holiday", "named_day") and f.start < m.end() and m.start() < f.end for f in (*cands, *holidays)):
                continue  # "the Sunday after Easter", "the Tuesday after Mothering Sunday", "the day after Heritage Day": the holiday's, read with it
            if _THE_REST.search(folded, max(_sentence_start(folded, m.start()), m.start() - 30), m.start()) \
                    and re.search(r"\d\d|[€$£]|\b(?:half|moitie|halfte|helft|mitad|metade)\b", folded[_sentence_start(folded, m.start()):m.start()]):
                continue  # "1,000 Monday and the rest the Monday after": the rest's day, the first part's is the promise
            earlier = [f for f in cands if f.end <= m.start() and _sentence_start(folded, f.start) == _sentence_start(folded, m.start())]
            if earlier and _FIGURE.search(folded, earlier[-1].end, m.start()):
                continue  # "3,235 on Monday and 3,235 the Monday after": a second part's own figure, so its own day
            start = _previous_sentence_start(folded, m.start())  # the meeting may be named in the sentence before
            # "on 3 December, the day after our board signs": a day after something named after it explains the date before
            # ("on the 7th, the day after Waitangi": a day after something named, set beside a date, glosses that date)
            explains = rx is _DAY_AFTER and bool(_AN_EVENT_FOLLOWS.match(folded, m.end()) or (
                earlier and re.fullmatch(r"\s*[,(\u2013\u2014-]\s*", folded[earlier[-1].end:m.start()]) and _a_day_after_something_named(folded, m)))
            meetings = [f for f in cands if start <= f.start < m.start() and f.future is not None and not explains
                        and _MEETING.search(folded[max(start, f.start - 45):f.end + 30])]
            # "the day after our board meeting on the 2nd": the meeting and its date named after the phrase
            # ("the Monday after the parade (Sunday the 17th)": the event's date in brackets after it)
            meetings = meetings or [f for f in cands if m.end() <= f.start <= m.end() + 45 and f.future is not None
                                    and (_MEETING.search(folded[m.end():f.start]) or _EVENT_THEN_ITS_DATE.fullmatch(folded, m.end(), f.start))
                                    and f.start < _sentence_end(folded, m.end())][:1]
            # "she is away until the 2nd and pays the day after": any date before, when the words before the phrase pay
            # (or the words after it: "Am Montag danach wird bezahlt")
            if not meetings and not explains and (_PAYS_BEFORE.search(folded, _sentence_start(folded, m.start()), m.start())
                                                  or _PAYS_AFTER.match(folded, m.end())):
                meetings = [f for f in cands if start <= f.start < m.start() and f.future is not None]
            if meetings:
                day = meetings[-1].future
                if rx is _DAY_AFTER:
                    return day + timedelta(days=1)
                if day.weekday() == _wd_index(_first_group(m)[0]) and re.fullmatch(r"\s*[,(\u2013\u2014-]\s*", folded[meetings[-1].end:m.start()]):
                    return day  # "on May 22, the Tuesday after": the weekday glosses the date, the Tuesday after a holiday before it
                return day + timedelta(days=(_wd_index(_first_group(m)[0]) - day.weekday() - 1) % 7 + 1)
    for m in _WEEKDAY_BEFORE.finditer(folded):
        start = _previous_sentence_start(folded, m.start())
        if _PAYS_BEFORE.search(folded, _sentence_start(folded, m.start()), m.start()) or _PAYS_AFTER.match(folded, m.end()):
            before = [f for f in cands if start <= f.start < m.start() and f.future is not None]
            if before:
                day = before[-1].future
                return day - timedelta(days=(day.weekday() - _wd_index(_first_group(m)[0]) - 1) % 7 + 1)
    return None


# Days counted from a day named before them: "twee dagen later", "then two days after", "zwei Tage später".
_DAYS_LATER = re.compile(rf"\b({_NUM})\s+({_WORKDAYS}|days?|tage?n?|jours?|dias?|dagen?)\s+(?:later|after(?:wards)?(?!\s+\w)|plus\s+tard|apres(?!\s+\w)"
                         r"|despues(?!\s+de)|depois(?!\s+d)|spater|danach|daarna|erna|nadien)")
# Days counted from a dated event named after them: "5 working days after delivery on 30 Nov", "3 Tage nach der Abnahme am 10.12."
_DAYS_AFTER_AN_EVENT = re.compile(rf"\b({_NUM})\s+({_WORKDAYS}|days?|tage?n?|jours?|dias?|dagen?)\s+(?:after|following|nach|apres|despues\s+de|depois\s+d[aeo]|na)\s")
# A weekday restating the date before it: "our Dec 8 payment run, i.e. Tuesday", "nach dem Feiertag am 8. Dezember, also am Mittwoch".
_RESTATED_WEEKDAY = re.compile(rf"[,;(]?\s*\b(?:i\.\s?e\.?|that\s+is|that'?s|so|also|somit|das\s+ist|c'est-a-dire|donc|es\s+decir|o\s+sea|dus|dat\s+is|ou\s+seja|portanto)"
                               rf"\s*,?\s*(?:on\s+|am\s+|le\s+|el\s+|op\s+|na\s+|no\s+|a\s+)?(?:the\s+)?({_WD_FULL})\b(?!\s*,?\s*(?:the\s+|den\s+|le\s+|el\s+)?\d)")
# The week after a dated day, then a weekday: "in der Woche drauf am Montag", "the week after, on Monday", "la semaine suivante, le lundi".
_WEEK_AFTER_THEN_DAY = re.compile(rf"\b(?:(?:in\s+der\s+)?woche\s+(?:drauf|darauf|danach)|the\s+week\s+after(?:\s+that)?|la\s+semaine\s+(?:suivante|d'apres)"
                                  rf"|la\s+semana\s+siguiente|de\s+week\s+(?:erna|daarna|daarop)|na\s+semana\s+seguinte)\s*,?\s*"
                                  rf"(?:on\s+|am\s+|le\s+|el\s+|op\s+|na\s+|no\s+)?(?:the\s+)?({_WD})\b")
# A date named before, pointed back at: "on or before that date", "bis zu diesem Datum", "avant cette date", "para esa fecha"
_THAT_DATE = re.compile(r"\b(?:(?:on\s+or\s+)?(?:before|by|on)\s+(?:that|this|the\s+said)\s+(?:date|day)|(?:bis\s+zu|an|vor)\s+diesem\s+(?:datum|tag)"
                        r"|(?:avant|pour|a|d'ici)\s+cette\s+date|(?:para|antes\s+de|en)\s+esa\s+fecha|(?:voor|op)\s+die\s+datum|(?:ate|nessa|antes\s+dessa)\s+(?:essa\s+)?data)\b")
# "the Friday after Mardi Gras", "le vendredi après le mardi gras", "am Freitag nach Aschermittwoch", "el viernes después del
# Miércoles de Ceniza", "de vrijdag na Goede Vrijdag", "na sexta-feira depois das Cinzas": that weekday of the week after the holiday
_WEEKDAY_AFTER_A_NAMED_DAY = re.compile(
    rf"\b(?P<wd>{_WD_FULL})\s+(?:after|following|apres|suivant|nach|despues\s+del?|siguiente\s+al?|na|depois\s+d[aoe]s?)\s+"
    r"(?:(?:the|le|la|l'|dem|der|den|el|de|het|o|a|os|as)\s*)?(?P<name>" + _alt(_HOLIDAY_KEY) + r")(?![\w'-])")
_WEEKDAY_BEFORE_AN_EVENT = re.compile(rf"\bthe\s+({_WD_FULL})\s+after\s+(?!(?:that|this|it|next|the\s+next)\b)")
# "the day after Thanksgiving", "le lendemain de Noël": the holiday's next day (Boxing Day, the Friday, for the two whose anchor it is)
_DAY_AFTER_A_HOLIDAY = re.compile(r"\b(?:the\s+day\s+after|le\s+lendemain\s+d[eu']\s*|der\s+tag\s+nach|el\s+dia\s+(?:siguiente|despues)\s+d[e]l?|de\s+dag\s+na"
                                  r"|o\s+dia\s+(?:seguinte|a\s+seguir|depois)\s+d[oae])\s*(?:the\s+|dem\s+|de\s+|la\s+|o\s+|a\s+)?"
                                  r"(thanksgiving|christmas|xmas|weihnachten|noel|navidad|kerst(?:mis)?|natal|reyes|sinterklaas|pakjesavond|new\s+year|neujahr|nouvel\s+an|ano\s+nuevo|ano\s+novo)\b")


def _dated_before(folded: str, pos: int, cands: list[FoundDate]) -> FoundDate | None:
    """The last day named before `pos` in its sentence or the one before (none that is a span)."""
    start = _previous_sentence_start(folded, pos)
    before = [f for f in cands if start <= f.start and f.end <= pos and f.future is not None and f.kind not in _SPANS]
    return before[-1] if before else None


def _counted(folded: str, start: int, end: int, day: date) -> FoundDate:
    return FoundDate(start, end, folded[start:end], "counted", day, None)


def _count(n_word: str, unit: str, anchor: date) -> date:
    n = _num(n_word)
    return _add_business_days(anchor, n) if re.match(_WORKDAYS, unit) else anchor + timedelta(days=n)


# Where a count of days or a weekday stops being the reply's own words about its payment: the clause goes on to another
# act ("15 days after receipt, so we pay 5 Dec" counts nothing from the 5th).
_CLAUSE_GOES_ON = re.compile(r"[,;:]|\b(?:so|then|and|therefore|also|donc|alors|dus|daarom|entonces|por\s+eso|entao|por\s+isso)\b")
# "…, which is planned on 7 December", "…, planned for the 7th", "…, prevista para el 7": the event's own date said after it
_EVENT_CLAUSE = re.compile(r",\s*(?:which\s+is|that\s+is|planned|scheduled|expected|due|die|welche|qui\s+est|prevue?|que\s+esta|prevista|previsto|gepland)\b")
# An event named after "the day after": "the day after our board signs", "le lendemain de la réunion" (not "am Tag darauf alles")
# A name after "the day after" (not "that", "it", "then"): the day after something named, which glosses the date before.
# ("de dag erna maken we alles over", "le lendemain": phrases complete in themselves, what follows them is the sentence's)
_NAMED_AFTER_IT = re.compile(r"\s+(?!(?:that|it|then|this|we|i|you|they|the\s+payment|payment)\b)[a-z]")


def _a_day_after_something_named(folded: str, m: re.Match[str]) -> bool:
    return m.group(0).startswith("the day after") and bool(_NAMED_AFTER_IT.match(folded, m.end()))
_AN_EVENT_FOLLOWS = re.compile(r"\s+(?:our|the|his|her|their|its|my|your|we|they|he|she|de|du|d'|des|van|von|vom|del|da|do|dos|das|der)\b")


def _counted_from_a_named_day(folded: str, cands: list[FoundDate], d: date) -> FoundDate | None:
    """A payment day counted from a day the reply names, not from the reply's own date, as one date mention spanning
    the count and the day it counts from: some days after it ("twee dagen later", "5 working days after delivery on
    30 Nov"), the weekday restating it ("Dec 8, i.e. Tuesday"), a weekday of the week after it ("in der Woche drauf
    am Montag"), the weekday after an event dated after it ("the Monday after St. Nicholas day (6.12)"), the day after
    it or after a holiday. None when nothing is counted so."""
    for m in _DAY_AFTER_A_HOLIDAY.finditer(folded):
        name = re.sub(r"\s+", " ", m.group(1))
        anchor = _holiday_anchor({"kerstmis": "kerst", "neujahr": "new year", "nouvel an": "new year", "ano nuevo": "new year",
                                  "ano novo": "new year"}.get(name, name), d)
        same = name in ("thanksgiving", "christmas", "xmas", "weihnachten", "noel", "navidad", "kerst", "kerstmis", "natal")
        return _counted(folded, m.start(), m.end(), anchor if same else anchor + timedelta(days=1))
    for m in _DAY_AFTER.finditer(folded):  # "depois do feriado de 1 de dezembro, no dia seguinte."
        anchor = _dated_before(folded, m.start(), cands)
        if anchor is not None and _sentence_start(folded, anchor.start) == _sentence_start(folded, m.start()) \
                and not _AN_EVENT_FOLLOWS.match(folded, m.end()) and not _a_day_after_something_named(folded, m):
            # not "the 2nd, the day after our VAT return goes in", "on the 7th, the day after Waitangi": those say what the date is
            return _counted(folded, anchor.start, m.end(), anchor.future + timedelta(days=1))
    for m in _WEEKDAY_AFTER_A_NAMED_DAY.finditer(folded):  # "the Friday after Mardi Gras", "am Freitag nach Aschermittwoch"
        holiday = next_named_day(_HOLIDAY_KEY[m.group("name")], d - timedelta(days=6))
        if holiday is not None:
            day = holiday + timedelta(days=(_wd_index(m.group("wd")) - holiday.weekday() - 1) % 7 + 1)
            if day >= d:
                return _counted(folded, m.start(), m.end(), day)
    for m in _WEEKDAY_BEFORE_AN_EVENT.finditer(folded):  # "the Monday after St. Nicholas day (6.12)"
        after = [f for f in cands if m.end() <= f.start <= m.end() + 45 and f.future is not None and f.kind in EXPLICIT_KINDS
                 and not _CLAUSE_GOES_ON.search(folded[m.end():f.start].rstrip("( "))]
        if after:
            day = after[0].future
            return _counted(folded, m.start(), after[0].end, day + timedelta(days=(_wd_index(m.group(1)) - day.weekday() - 1) % 7 + 1))
    for m in _DAYS_LATER.finditer(folded):  # "maandag 7 december, twee dagen later"
        anchor = _dated_before(folded, m.start(), cands)
        if anchor is not None:
            return _counted(folded, anchor.start, m.end(), _count(m.group(1), m.group(2), anchor.future))
        if not any(f.start < m.start() for f in cands):  # "Sorry for late. Transfer 2 days later.": counted from the reply's day
            return _counted(folded, m.start(), m.end(), _count(m.group(1), m.group(2), d))
    for m in _DAYS_AFTER_AN_EVENT.finditer(folded):  # "5 working days after delivery on 30 Nov"
        after = [f for f in cands if m.end() <= f.start <= m.end() + 90 and f.future is not None and f.kind not in _SPANS
                 and not _CLAUSE_GOES_ON.search(_EVENT_CLAUSE.sub(" ", folded[m.end():f.start]))]
        if after:
            return _counted(folded, m.start(), after[0].end, _count(m.group(1), m.group(2), after[0].future))
    for f in cands:
        if f.kind not in EXPLICIT_KINDS or f.future is None:
            continue
        # right after the date, or after words saying what it is ("Dec 8 payment run, i.e. Tuesday"), no other date between
        m = _RESTATED_WEEKDAY.search(folded, f.end, min(_sentence_end(folded, f.end), f.end + 40))
        if m is not None and not any(f.end <= g.start < m.start() for g in cands):
            return _counted(folded, f.start, m.end(), f.future + timedelta(days=(_wd_index(m.group(1)) - f.future.weekday()) % 7))
    for m in _WEEK_AFTER_THEN_DAY.finditer(folded):  # "am 12. Dezember, in der Woche drauf am Montag"
        anchor = _dated_before(folded, m.start(), cands)
        if anchor is not None:
            monday = anchor.future - timedelta(days=anchor.future.weekday()) + timedelta(days=7)
            return _counted(folded, anchor.start, m.end(), monday + timedelta(days=_wd_index(m.group(1))))
    return None
# "within 3 working days after that", "binnen 5 dagen daarna": counted from the date named before, not from today
_AFTER_THAT = re.compile(r"\s*(?:after\s+(?:that|it|delivery|receipt)|thereafter|afterwards|danach|darauf|apres\s+(?:cela|ca|reception)|despues\s+de\s+(?:eso|ello)"
                         r"|daarna|daarop|nadien|depois\s+disso)\b")


def _counted_from_the_date_before(folded: str, f: FoundDate, cands: list[FoundDate],
                                  language: str | None) -> tuple[FoundDate, FoundDate | None]:
    """A window counted "after that" from the date named before it, and that date (None when it is counted from today)."""
    if f.kind != "in_n" or not _AFTER_THAT.match(folded, f.end):
        return f, None
    before = [g for g in cands if g.end <= f.start and g.future is not None and g.kind != "in_n"]
    m = _IN_N.match(folded, f.start)
    if not before or m is None:
        return f, None
    fut, _ = _resolve("in_n", m, before[-1].future, language)
    return (replace(f, future=fut), before[-1]) if fut else (f, None)


def _counted_from_tomorrow(folded: str, cands: list[FoundDate]) -> list[FoundDate]:
    """"morgen over een week", "morgen in zwei Wochen", "tomorrow in a week": one count, from tomorrow."""
    out: list[FoundDate] = []
    for f in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "tomorrow" and f.kind == "in_n" and f.future is not None \
                and not folded[prev.end:f.start].strip():
            out[-1] = replace(f, start=prev.start, future=f.future + timedelta(days=1))
            continue
        out.append(f)
    return out
