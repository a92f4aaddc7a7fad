"""Every date mention in a text (`find_dates`), each with its readings ahead and behind, none overlapping another;
misspelt weekdays; and whether an English sender writes 12/3 for 3 December (`sender_writes_month_first`).

Why apart: this runs the pattern table over a text (only the patterns agent/date_screen.py says may match) and tidies
what it finds; deciding which mention is the promise is agent/dates/promise.py's."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from rapidfuzz.distance import OSA

from agent.date_screen import screened
from agent.dates.calendar import _safe_date, _year, last_month_day, last_working_day, local_date, next_month_day, weekday_with_day
from agent.dates.cues import _DONE, _PAST_CUE, _RUN
from agent.dates.patterns import _ABBR, _EASTER_DAYS, _P, _WD_FULL, DAY_FIRST_LANGS, EXPLICIT_KINDS, MONTH_NAMES, WEEKDAY_NAMES, _wd_index
from agent.dates.resolve import _resolve
from agent.dates.sentences import _sentence_of
from core.text.conditions import PAYMENT_WORD
from core.text.date_rules import coming_weekday
from core.text.folding import fold
from core.text.weekdays import WEEKDAYS


# ------------------------------------------------------------------ finding dates in text
@dataclass(frozen=True)
class FoundDate:
    """A date phrase in a text: where it is, what it says, and how it reads forwards and backwards.

    `future` is the reading for promises (on or after the sent date), `past` the reading for
    "we paid on ..." (on or before it); phrases that only point one way have only that reading.
    """

    start: int
    end: int
    text: str
    kind: str
    future: date | None
    past: date | None

    def may_have_passed(self, today: date, within: int = 60) -> bool:
        """Whether the phrase reads both ways and its reading behind lies at most `within` days before `today` ("20/11"
        written on 5 December may be the day gone by, whatever it means ahead)."""
        return self.past is not None and self.past != self.future and (today - self.past).days <= within


def find_dates(text: str, sent_at: datetime | date | str | None, language: str | None = None,
               timezone: str | None = None, customer_language: str | None = None) -> list[FoundDate]:
    """Every date phrase in `text`, in reading order, none overlapping another.

    Reading one reply asks for the dates of the same text two or three times (the promise, a committed promise,
    a payment's date), each a pass of some sixty patterns; with a sent date the answer depends on nothing else,
    so the last few are kept (FoundDate is frozen; each caller gets its own list). Without one it reads today."""
    if sent_at is None:
        return _find_dates(text, sent_at, language, timezone, customer_language)
    return list(_found_dates(text, sent_at, language, timezone, customer_language))


@lru_cache(maxsize=64)
def _found_dates(text: str, sent_at: datetime | date | str, language: str | None, timezone: str | None,
                 customer_language: str | None) -> tuple[FoundDate, ...]:
    return tuple(_find_dates(text, sent_at, language, timezone, customer_language))


_WORD = re.compile(r"\b[a-z]{5,9}\b")
# The past as the same writers spell it ("ive allready payed this on wenesday"): no promise is read from such a sentence.
_MISSPELT_PAST = re.compile(r"\b(?:payed|al+re?a?dy|alredy)\b")


@lru_cache(maxsize=8)
def _weekday_names_by_initial(lang: str) -> dict[str, tuple[tuple[str, int, int], ...]]:
    """A language's weekday names (folded, "-feira" dropped) by first letter, each with the edits a misspelling may make."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for i, n in enumerate(WEEKDAYS.get(lang, ())):
        name = fold(n).replace("-feira", "")
        out.setdefault(name[0], []).append((name, i, 2 if len(name) >= 8 else 1))
    return {initial: tuple(names) for initial, names in out.items()}


def _misspelt_weekdays(folded: str, text: str, d: date, language: str | None,
                       taken: list[tuple[int, int]]) -> list[FoundDate]:
    """"wil pay on teusday", "wensday", "firday", "Mitwoch", "jeudis": a word of 5-9 letters one edit (two for the
    long names) from a weekday of the reply's own language, starting with its letter, read as that weekday only
    where a payment word shares its sentence, so a stray look-alike elsewhere names no day. A plural ("Fridays",
    "freitags") is a recurrence, not a misspelling. Read for promises only: not in a sentence about the past, and with
    no past reading, so a guessed word does not redate a payment already made ("payed on wenesday, the 25th")."""
    lang = (language or "en")[:2]
    by_initial = _weekday_names_by_initial(lang)
    out = []
    for m in _WORD.finditer(folded):
        word, (s, e) = m.group(0), m.span()
        # The first letter and the length rule nearly every word out before anything costlier is worked out.
        close = [(name, wd, limit) for name, wd, limit in by_initial.get(word[0], ())
                 if abs(len(word) - len(name)) <= limit and not (word == name + "s" and lang in ("en", "de", "nl"))]
        if not close or word in WEEKDAY_NAMES or word in MONTH_NAMES or any(s < te and ts < e for ts, te in taken):
            continue
        for name, wd, limit in close:
            if OSA.distance(word, name, score_cutoff=limit) > limit:  # Damerau (optimal string alignment), in C
                continue
            sentence = _sentence_of(folded, s)
            if PAYMENT_WORD.search(sentence) and not (_PAST_CUE.search(sentence) or _DONE.search(sentence) or _MISSPELT_PAST.search(sentence)):
                out.append(FoundDate(s, e, text[s:e], "wd_typo", coming_weekday(d, wd), None))
            break
    return out


_NUMERIC_PARTS = re.compile(r"(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2,4}))?")
_WEEKDAY_AFTER_A_DATE = re.compile(rf"\s*[(,]?\s*({_WD_FULL}|mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)\b")


def _read_by_its_weekday(folded: str, f: FoundDate, found: list[FoundDate], d: date) -> FoundDate:
    """"check releasing on 12/03 (Thursday)", "Friday 4/12": a numeric date whose day and month could be either way
    round is read the way its weekday agrees with, whatever the sender's habits suggested."""
    if f.kind != "numeric" or f.future is None:
        return f
    parts = _NUMERIC_PARTS.fullmatch(f.text.strip().rstrip("."))
    if parts is None or int(parts.group(1)) > 12 or int(parts.group(2)) > 12 or parts.group(1) == parts.group(2):
        return f
    after = _WEEKDAY_AFTER_A_DATE.match(folded, f.end)
    before = [g for g in found if g.end <= f.start and g.kind in ("wd", "wd_abbr") and re.fullmatch(r"[\s,]*(?:the|den|le|el|dia)?\s*", folded[g.end:f.start])]
    word = after.group(1) if after else fold(before[-1].text).split()[-1].rstrip(".") if before else None
    wd = None if word is None else _ABBR.get(word, WEEKDAY_NAMES.get(word))
    if wd is None or f.future.weekday() == wd:
        return f
    a, b = int(parts.group(1)), int(parts.group(2))
    for day, month in ((a, b), (b, a)):
        other = _safe_date(_year(parts.group(3), d), month, day) if parts.group(3) else next_month_day(d, month, day)
        if other is not None and other.weekday() == wd:
            return replace(f, future=other, past=other if parts.group(3) else last_month_day(d, month, day))
    return f


_WEEK_COMMENCING = re.compile(r"(?:\bw/c|\bw\.c\.|\bweek\s+(?:commencing|beginning|starting|of)|\bsemaine\s+du|\bwoche\s+vom|\bsemana\s+del?"
                              r"|\bweek\s+van|\bsemana\s+de)\s+(?:the\s+|(?:mon(?:day)?|lundi|montag|lunes|maandag|segunda(?:-feira)?)\.?,?\s+(?:den\s+|the\s+)?)?$")


def _find_dates(text: str, sent_at: datetime | date | str | None, language: str | None, timezone: str | None,
                customer_language: str | None = None) -> list[FoundDate]:
    d = local_date(sent_at, timezone)
    folded = fold(text)
    month_first = sender_writes_month_first(sent_at, language, text, customer_language)
    taken: list[tuple[int, int]] = []
    found: list[FoundDate] = []
    for kind, rx in screened(_P, folded):  # only the patterns that may match (agent/date_screen.py)
        for m in rx.finditer(folded):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "eofy" and not (m.group(0) == "eofy" or _australian_offset(sent_at)):
                continue
            try:
                fut, past = _resolve(kind, m, d, language, month_first)
            except (KeyError, ValueError):
                continue
            if fut is None and past is None:
                continue
            taken.append((s, e))
            found.append(FoundDate(s, e, text[s:e], kind, fut, past))
    found.extend(_misspelt_weekdays(folded, text, d, language, taken))
    found.sort(key=lambda f: f.start)
    found = [_read_by_its_weekday(folded, f, found, d) for f in found]
    # "Friday, 13 March" / "vendredi 13 mars": the weekday only names the explicit date after it.
    explicit = ("dmy_name", "mdy_name", "numeric", "iso", "dom", "dom_loose")
    keep = []
    for i, f in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if f.kind == "after_holiday" and re.search(r"(?:" + _EASTER_DAYS + r")\s*$", fold(f.text)) and not re.match(_WD_FULL, fold(f.text)):
            continue  # "after Easter" alone names no day
        if f.kind in ("dom", "dom_loose") and nxt is not None and nxt.kind in EXPLICIT_KINDS and re.fullmatch(r"\s*[:)]\s*", folded[f.end:nxt.start]) \
                and f.text[:1].isdigit():
            continue  # "1st: April 14, 2nd: May 15": an instalment's number, its date after the colon ("le 24 : le 25 …" is a day)
        if f.kind in ("wd", "wd_abbr") and nxt is not None and nxt.kind == "after_holiday" and nxt.future is not None \
                and re.fullmatch(r"\s*", folded[f.end:nxt.start]):
            # "de maandag na pakjesavond", "the Tuesday after Christmas": that weekday, once the holiday is over
            word = fold(f.text).split()[-1].rstrip(".")
            wd = _wd_index(word) if f.kind == "wd" else _ABBR.get(word)
            if wd is not None:
                found[i + 1] = replace(nxt, start=f.start, text=text[f.start:nxt.end],
                                       future=nxt.future + timedelta(days=(wd - nxt.future.weekday()) % 7))
            continue
        if f.kind in ("wd", "wd_next", "wd_abbr", "wd_abbr_pt") and nxt is not None and nxt.kind in explicit and \
                re.fullmatch(r"[\s,]*(?:der|den|le|el|the|dia)?\s*", folded[f.end:nxt.start]):
            if nxt.kind in ("dom", "dom_loose") and nxt.future is not None:
                # "Friday the 8th": the 8th that is a Friday, which may be a month or two ahead
                word = fold(f.text).split()[-1].rstrip(".")
                wd = _wd_index(word) if f.kind == "wd" else _ABBR.get(word) if f.kind.startswith("wd_abbr") else None
                if wd is not None:
                    found[i + 1] = FoundDate(nxt.start, nxt.end, nxt.text, nxt.kind, weekday_with_day(d, wd, nxt.future.day), nxt.past)
            continue
        keep.append(f)
    for i, f in enumerate(keep):
        # "w/c 7th December", "week commencing Monday 7th", "semaine du 7 décembre": that week, by its Friday
        if f.future is not None and f.kind in explicit and _WEEK_COMMENCING.search(folded, max(0, f.start - 30), f.start):
            keep[i] = f = replace(f, kind="week_of", future=f.future + timedelta(days=4 - f.future.weekday()) if f.future.weekday() <= 4 else f.future)
        # "the month-end run": payment runs release on a working day, the month's last one (issue 14)
        if f.kind in ("eom", "eonm", "eo_named") and f.future is not None and _RUN.search(_sentence_of(folded, f.start)):
            day = f.future
            while day.weekday() > 4:
                day -= timedelta(days=1)
            keep[i] = replace(f, kind=f.kind + "_run", future=day if day >= d else last_working_day(d))
    return keep


# What an American signature or reply carries (dollars, a +1 or (312) 555-0182 number, a state and ZIP code,
# Inc./LLC) and what a British, Irish, Indian or European one does (pounds, euros, +44/+353/+91, Ltd/plc).
_US_SIGNS = re.compile(r"\$\s?\d|\+1[\s(.-]*\d{3}|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b"
                       r"|\b(?:Inc|LLC|Corp)\b|,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
# Philippine English writes dates month-first, as Americans do, from a UTC+8 offset shared with day-first neighbours:
# read so only with a sign of the Philippines ("Thank you po!", "Ma'am/Sir", a Philippine bank or city, pesos).
_PHILIPPINE_SIGNS = re.compile(r"\b(?:thank\s*you|thanks|salamat|noted|ok(?:ay)?|yes|hello|hi|good\s+day)\s+po\b|\bma'?am\s*/\s*sir\b|\bsir\s*/\s*ma'?am\b"
                               r"|\b(?:BDO|BPI|Metrobank|GCash|PHP|Makati|Manila|Cebu|Quezon\s+City|Pasig|Taguig)\b|₱", re.I)
_DAY_FIRST_SIGNS = re.compile(r"[£€]|\b(?:GBP|EUR|INR|AUD|NZD)\b|\+(?:44|353|91|61|64|27|3\d|4\d)\b|\b(?:Ltd|plc|Pty|GmbH|B\.?V|S\.?A|Lda)\b")


def _australian_offset(sent_at: datetime | date | str | None) -> bool:
    """A Date header from UTC+8 to UTC+11: Perth to Sydney in summer, where a financial year ends on 30 June."""
    if isinstance(sent_at, str):
        try:
            sent_at = datetime.fromisoformat(sent_at.replace("Z", "+00:00"))
        except ValueError:
            return False
    offset = sent_at.utcoffset() if isinstance(sent_at, datetime) else None
    return offset is not None and timedelta(hours=8) <= offset <= timedelta(hours=11)


def sender_writes_month_first(sent_at: datetime | date | str | None, language: str | None,
                              text: str | None = None, customer_language: str | None = None) -> bool | None:
    """Whether an English sender writes 12/3 for 3 December: yes in the Americas (a Date offset of UTC-4
    or further west), no elsewhere (UK, Ireland, India, the EU), and no from UTC+5 or further east whatever the
    signature says (Australia, New Zealand: their dollars are not American). A reply sent with another offset (a
    server in UTC) is read by its own signature: dollars, a +1 number or a ZIP code and no pounds or euros mean
    an American; from UTC+8, a sign of the Philippines means month-first too, and UTC+9 (Japan, Korea) always does. Unknown (None) with neither an offset nor such signs. A customer whose own language is a day-first
    one (a Mexican, Brazilian or Spanish customer writing English) writes day-first wherever the reply comes from.
    A sender who spells the order out ("02/05/2027 (DD/MM/YYYY)") is read as written, whatever else suggests."""
    if text and (spelled := _ORDER_SPELLED_OUT.search(text)):
        return spelled.group(1).lower() == "mm"
    if (language or "en")[:2] != "en":
        return None
    if (customer_language or "")[:2] in DAY_FIRST_LANGS:
        return False
    offset = None
    if isinstance(sent_at, str):
        try:
            sent_at = datetime.fromisoformat(sent_at.replace("Z", "+00:00"))
        except ValueError:
            sent_at = None
    if isinstance(sent_at, datetime):
        offset = sent_at.utcoffset()
    if offset is not None and offset <= timedelta(hours=-4):
        return True
    if offset == timedelta(hours=8) and text and _PHILIPPINE_SIGNS.search(text):
        return True
    if offset == timedelta(hours=9):
        return True  # Japan and Korea write the month first ("3/31", "4/7"), as their own calendars do (year/month/day)
    if offset is not None and offset >= timedelta(hours=5):
        return False  # Australia, New Zealand, Singapore, India: dollars there are not American, dates are day-first
    if text and _US_SIGNS.search(text) and not _DAY_FIRST_SIGNS.search(text):
        return True
    return None if offset is None else False


# "(DD/MM/YYYY)", "mm/dd/yy", "TT.MM.JJJJ": the order of a numeric date, said by its writer
_ORDER_SPELLED_OUT = re.compile(r"\b(dd|mm|tt|jj)[/.-](?:mm|dd|tt|jj)[/.-](?:yyyy|yy|aaaa|aa|jjjj|jj)\b", re.I)
