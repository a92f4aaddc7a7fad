"""Dates in customer replies, resolved against the reply's own Date header and time zone.

Rules first, dateparser second: the phrases collectors care about ("Friday", "next Friday",
"end of month", "by the 15th", "in two weeks", "15. März", "30/11") are resolved by explicit
rules in six languages, so every answer can be explained; dateparser is the fallback in
resolve_date() for anything else.

Resolution rules (the same ones the labelled datasets use):
- A bare weekday or "this Friday" is its next occurrence strictly after the sent date. Sent on a
  Friday, "Friday" therefore means the Friday a week later: "on Friday" written on a Friday
  almost always means the next one, and "today" is what people write for the same day.
- "next Friday" / "Friday next week" / "vendredi prochain" is that weekday in the calendar week
  after the sent date's week. "next week" alone is the Friday of next week (its last working day).
- "end of (the) month" is the last day of the sent date's month; "end of March" is the last day of
  the next March on or after the sent date; "end of next month" is the last day of next month.
- "by the 15th" is the next 15th on or after the sent date; "15 March" without a year is its next
  occurrence on or after the sent date (the most recent one, when the text talks about the past).
- "in two weeks" / "within 10 days" add to the sent date; "within 3 working days" counts Monday
  to Friday only.
- "early next week" / "Anfang nächster Woche" is the Monday of next week; "next week Wednesday"
  is that weekday of next week. "beginning of next month" / "early December" is the 1st of that
  month; "mid-month" / "mid December" the 15th; "end of the year" 31 December; "before
  Christmas" 24 December.
- Numeric dates are day-first for de/fr/es/nl/pt senders. For English, a number above 12 decides
  the order; when both readings are possible, month-first (US) unless only the day-first reading
  falls within the next 60 days.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.easter import easter
from rapidfuzz.distance import OSA

from agent.date_screen import screened
from agent.last_correction import the_last_correction
from agent.monthly_schedule import first_instalment_of_a_monthly_schedule
from agent.named_days import last_named_day, next_named_day
from core.text.conditions import CONDITION, PAYMENT_WORD, RECEIPT_CONDITION
from core.text.date_rules import coming_weekday, end_of_month, last_weekday, next_day_of_month, next_week_weekday
from core.text.day_words import CARDINALS_BEFORE_A_MONTH, DAY_WORDS
from core.text.folding import fold
from core.text.holiday_names import HOLIDAY_NAMES
from core.text.months import MONTH_ABBREVIATIONS, MONTH_NUMBERS
from core.text.weekdays import PT_SHORT_WEEKDAYS, WEEKDAY_NUMBERS, WEEKDAYS
from core.text.word_trie import trie_pattern

DAY_FIRST_LANGS = {"de", "fr", "es", "nl", "pt", "it"}

WEEKDAY_NAMES: dict[str, int] = WEEKDAY_NUMBERS
# Portuguese short forms ("na sexta") are only read after a preposition, see _WD below.
_PT_SHORT = {fold(name): number for name, number in PT_SHORT_WEEKDAYS.items()}

# "sept" is read where only full names are ("15 sept"): in a date phrase it is the month, not seven.
MONTH_NAMES: dict[str, int] = {**MONTH_NUMBERS, "sept": 9}
_MONTH_ABBR = MONTH_ABBREVIATIONS

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "ein": 1, "eine": 1, "einer": 1, "un": 1, "une": 1, "uno": 1, "una": 1,
    "een": 1, "um": 1, "uma": 1,
    "two": 2, "zwei": 2, "deux": 2, "dos": 2, "twee": 2, "duas": 2, "dois": 2,
    "three": 3, "drei": 3, "trois": 3, "tres": 3, "drie": 3,
    "four": 4, "vier": 4, "quatre": 4, "cuatro": 4, "quatro": 4,
    "five": 5, "funf": 5, "fuenf": 5, "cinq": 5, "cinco": 5, "vijf": 5,
    "six": 6, "sechs": 6, "seis": 6, "zes": 6,
    "seven": 7, "sieben": 7, "sept": 7, "siete": 7, "zeven": 7, "sete": 7,
    "eight": 8, "acht": 8, "huit": 8, "ocho": 8, "oito": 8,
    "nine": 9, "neun": 9, "neuf": 9, "nueve": 9, "negen": 9, "nove": 9,
    "ten": 10, "zehn": 10, "dix": 10, "diez": 10, "tien": 10, "dez": 10,
    "fourteen": 14, "vierzehn": 14, "quatorze": 14, "catorce": 14, "veertien": 14, "catorze": 14,
    "quinze": 15, "quince": 15, "fifteen": 15, "funfzehn": 15, "vijftien": 15,
    "thirty": 30, "dreissig": 30, "trente": 30, "treinta": 30, "dertig": 30, "trinta": 30,
}


# Calendar arithmetic (coming_weekday, next_week_weekday, last_weekday, end_of_month, next_day_of_month):
# core/text/date_rules.py, shared with the dataset generator that labels by the same rules.


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def next_month_day(d: date, month: int, day: int) -> date | None:
    """Day and month without a year: the next occurrence on or after d."""
    cand = _safe_date(d.year, month, day)
    if cand is not None and cand >= d:
        return cand
    return _safe_date(d.year + 1, month, day) or cand


def last_month_day(d: date, month: int, day: int) -> date | None:
    """Day and month without a year: the most recent occurrence on or before d."""
    cand = _safe_date(d.year, month, day)
    if cand is not None and cand <= d:
        return cand
    return _safe_date(d.year - 1, month, day) or cand


def _year(y: str, ref: date | None = None) -> int:
    """Two-digit years pivot around the reference year: up to 20 years ahead, else the last century."""
    n = int(y)
    if n >= 100:
        return n
    pivot = ((ref.year if ref else date.today().year) % 100) + 20
    return 2000 + n if n <= pivot else 1900 + n


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


def _alt(names) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


# Days of the month in words (core/text/day_words.py, num2words' tables): English, German and Dutch ordinals and the
# Romance firsts name a day by themselves ("the twenty-first of December", "am zweiten Dezember"); the French, Spanish
# and Portuguese cardinals only after their article ("le trente novembre", "el día quince", "no dia quatro"), since
# "six December invoices" or "dos facturas" name none.
_DAY_ORDINAL_WORDS = {**DAY_WORDS["en"], **DAY_WORDS["de"], **DAY_WORDS["nl"], "premier": 1, "primero": 1, "primeiro": 1}
_DAY_CARDINAL_WORDS = {w: n for lang in ("fr", "es", "pt") for w, n in DAY_WORDS[lang].items() if n > 1}
_DAY_NUMBER = {**_DAY_CARDINAL_WORDS, **CARDINALS_BEFORE_A_MONTH["nl"], **_DAY_ORDINAL_WORDS}
_DAY_WORDS = trie_pattern(_DAY_ORDINAL_WORDS)
# Right before a month's name a cardinal names its day in every language that dates with cardinals: "catorze de
# dezembro", "diecisiete de diciembre", "dix-huit décembre", "veertien december" (not English: "six December invoices").
_CARDINAL_DAY_WORDS = trie_pattern({**_DAY_CARDINAL_WORDS, **CARDINALS_BEFORE_A_MONTH["nl"]})
_DAY_WORDS_AFTER_2 = trie_pattern([w for w, n in _DAY_NUMBER.items() if n > 1])  # "on the first" counts instalments as often


def _day_number(word: str) -> int:
    """A day of the month as written: "21", "1er", "twenty-first", "zwanzigsten", "quince"."""
    return int(word) if word.isdigit() else 1 if word == "1er" else _DAY_NUMBER[word]


_MON = trie_pattern(MONTH_NAMES)
_MON_ANY = trie_pattern(list(MONTH_NAMES) + list(_MONTH_ABBR))
_WD_FULL = trie_pattern(WEEKDAY_NAMES)
# Portuguese "na sexta", "até sexta", "nesta segunda": the short form needs a preposition.
_WD = rf"(?:{_WD_FULL}|(?<=\bna )(?:{_alt(_PT_SHORT)})|(?<=\bnesta )(?:{_alt(_PT_SHORT)})|" \
      rf"(?<=\bate )(?:{_alt(_PT_SHORT)})|(?<=\bate a )(?:{_alt(_PT_SHORT)})|" \
      rf"(?<=\bproxima )(?:{_alt(_PT_SHORT)})|(?<=\besta )(?:{_alt(_PT_SHORT)}))(?:-feira)?"
_NUM = rf"(?:\d{{1,3}}|{_alt(NUMBER_WORDS)})"


def _wd_index(word: str) -> int:
    word = word.replace("-feira", "")
    if word in WEEKDAY_NAMES:
        return WEEKDAY_NAMES[word]
    if word + "-feira" in WEEKDAY_NAMES:
        return WEEKDAY_NAMES[word + "-feira"]
    return _PT_SHORT[word]


def _month_index(word: str) -> int:
    word = word.rstrip(".")
    return MONTH_NAMES.get(word) or _MONTH_ABBR[word]


def _num(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


_WORKDAYS = (r"(?:business|working|work|banking|bank)\s+days?|werktage?n?|arbeitstage?n?|jours\s+ouvr(?:es|ables)"
             r"|dias\s+(?:habiles|laborables|uteis)|werkdagen|bankdagen")

# Easter and its Monday: "the Tuesday after Easter Monday", "the Sunday after Easter", "dinsdag na Paasmaandag" (a weekday
# after it only: "after Easter" alone names no day, evals/LABELING.md field38)
_EASTER_DAYS = (r"easter\s+monday|ostermontag|lundi\s+de\s+paques|lunes\s+de\s+pascua|paasmaandag|tweede\s+paasdag|segunda-feira\s+de\s+pascoa"
                r"|easter|ostern|paques|pascua|pasen|pascoa")
# ... and its bank holidays as a whole ("the first working day after the Easter bank holidays"), which do name a day after them
_EASTER = (r"easter\s+(?:bank\s+)?holidays?|easter\s+weekend|osterfeiertage[n]?|ostertage[n]?|fetes\s+de\s+paques|paasdagen|paasweekend|"
           + _EASTER_DAYS)


# Each pattern: (kind, regex). Longer, more specific patterns come first; overlaps keep the earlier.
_P: list[tuple[str, re.Pattern[str]]] = []


def _add(kind: str, pattern: str) -> None:
    _P.append((kind, re.compile(pattern)))


# starts of weeks and months, mid-month, year end, Christmas
_add("bonw", r"\b(?:early\s+next\s+week|first\s+thing\s+next\s+week|(?:at\s+the\s+)?(?:beginning|start)\s+of\s+next\s+week"
             r"|(?:en|des)\s+debut\s+de\s+semaine\s+prochaine|a\s+primera\s+hora\s+de\s+la\s+(?:semana\s+que\s+viene|proxima\s+semana)"
             r"|begin\s+van\s+(?:de\s+)?volgende\s+week|logo\s+no\s+inicio\s+da\s+(?:proxima\s+semana|semana\s+que\s+vem)"
             r"|(?:anfang|beginn)\s+(?:der\s+)?(?:nachste[nr]?|kommende[nr]?)\s+woche|(?:au\s+)?debut\s+de\s+la\s+semaine\s+prochaine"
             r"|(?:a\s+)?(?:principios|comienzos|inicios)\s+de\s+la\s+(?:semana\s+que\s+viene|proxima\s+semana)"
             r"|begin\s+volgende\s+week|debut\s+(?:de\s+)?semaine\s+prochaine|(?:no\s+)?(?:inicio|comeco)\s+da\s+(?:proxima\s+semana|semana\s+que\s+vem))\b")
_add("bonm", r"\b(?:(?:the\s+)?(?:first|beginning|start)\s+of\s+(?:the\s+)?next\s+month|early\s+next\s+month"
             r"|(?:anfang|beginn)\s+(?:des\s+)?nachsten\s+monats|(?:am\s+)?ersten\s+(?:des\s+)?nachsten\s+monats"
             r"|(?:au\s+)?debut\s+du\s+mois\s+prochain|(?:le\s+)?(?:premier|1er)\s+du\s+mois\s+prochain"
             r"|(?:a\s+)?(?:principios|comienzos|inicios)\s+del\s+(?:mes\s+que\s+viene|proximo\s+mes)"
             r"|(?:el\s+)?(?:primero|1)\s+del\s+(?:mes\s+que\s+viene|proximo\s+mes)|begin\s+volgende\s+maand"
             r"|(?:no\s+)?(?:inicio|comeco)\s+do\s+(?:proximo\s+mes|mes\s+que\s+vem)|(?:no\s+)?dia\s+(?:primeiro|1)\s+do\s+proximo\s+mes)\b")
_add("bo_named", rf"\b(?:(?:the\s+)?(?:beginning|start)\s+of\s+|early\s+|anfang\s+|debut\s+(?:de\s+|d')?"
                 rf"|(?:a\s+)?(?:principios|comienzos|inicios|primeros)\s+de\s+|begin\s+|(?:no\s+)?(?:inicio|comeco)\s+de\s+)({_MON})\b")
_add("mid_next", r"\b(?:mid(?:[\s-]|\s+of\s+(?:the\s+)?)next\s+month|(?:the\s+)?middle\s+of\s+next\s+month|mitte\s+(?:des\s+)?nachsten\s+monats"
                 r"|(?:a\s+la\s+)?mi-mois\s+prochain|(?:a\s+)?(?:mediados|mitad)\s+del?\s+(?:mes\s+que\s+viene|proximo\s+mes)"
                 r"|midden\s+volgende\s+maand|(?:em\s+)?meados\s+do\s+proximo\s+mes)\b")
_add("mid_month", r"\b(?:mid[\s-]?month|(?:the\s+)?middle\s+of\s+(?:the\s+|this\s+)?month|mitte\s+(?:des|dieses)\s+monats|mitte\s+monat|monatsmitte"
                  r"|(?:a\s+la\s+)?mi-mois|(?:a\s+)?mediados\s+de(?:l)?\s+(?:este\s+)?mes|midden\s+van\s+de\s+maand"
                  r"|(?:em\s+)?meados\s+do\s+mes)\b")
# The end of an Australian financial year, 30 June: "EOFY" is Australian usage wherever it is written; "the end of the
# financial year" is read so only from an Australian offset (UTC+8 to +11), since elsewhere years end on other days.
_add("eofy", r"\b(?:eofy|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:financial|fiscal)\s+year)\b")
_add("eoy", r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[\s-]end(?!\s+(?:audit|clos\w*|inventory|stock\w*|accounts|shutdown|review|bonus|party|figures|is|was|falls|on)\b)"
            r"|jahresende|ende\s+(?:des|dieses)\s+jahres|(?:bis\s+)?ende\s+jahr"
            r"|fin\s+(?:d'|de\s+l'|de\s+cette\s+)annee|fin(?:al)?(?:es)?\s+de(?:l)?\s+(?:este\s+)?ano|eind\s+van\s+(?:het|dit)\s+jaar|jaareinde"
            r"|(?:final|fim)\s+(?:do|deste)\s+ano)\b")
_add("xmas", r"\b(?:(?:by|before|until|on)\s+christmas\s+eve|(?:bis\s+|vor\s+|zu\s+|an\s+)?heiligabend|(?:voor|tegen|op)\s+kerstavond"
             r"|(?:avant\s+(?:le\s+)?|pour\s+(?:le\s+)?)reveillon(?:\s+de\s+noel)?|(?:antes\s+de\s+|para\s+)?nochebuena|(?:antes\s+da\s+|ate\s+a\s+)?vespera\s+de\s+natal"
             r"|before\s+(?:christmas|xmas)|vor\s+weihnachten|avant\s+noel|antes\s+de\s+navidad|voor\s+(?:de\s+)?kerst(?:mis)?"
             r"|antes\s+do\s+natal|ate\s+(?:ao|o)\s+natal|by\s+(?:christmas|xmas)(?!\s+day)|bis\s+weihnachten|d'ici\s+(?:a\s+)?noel"
             r"|(?:para|hasta)\s+navidad|tegen\s+(?:de\s+)?kerst(?:mis)?)\b")
# end of next month / end of a named month / end of this month
_add("eonm", r"\b(?:(?:the\s+)?end\s+of\s+next\s+month|next\s+month[\s-]?end|(?:bis\s+)?ende\s+(?:des\s+)?nachsten\s+monats"
             r"|fin\s+du\s+mois\s+prochain|final(?:es)?\s+del\s+mes\s+(?:que\s+viene|proximo)"
             r"|fin\s+del\s+mes\s+(?:que\s+viene|proximo)|eind(?:e)?\s+volgende\s+maand"
             r"|(?:final|fim)\s+do\s+(?:proximo\s+mes|mes\s+que\s+vem)|end\s+of\s+the\s+following\s+month|eind\s+van\s+volgende\s+maand"
             r"|fin\s+de\s+mois\s+prochain)\b")
_add("eo_named", rf"\b(?:end\s+of\s+|end\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|late\s+|(?:the\s+)?last\s+days\s+of\s+|ende\s+|fin\s+(?:du\s+mois\s+)?(?:de\s+|d')?|fin(?:al)?es\s+de\s+|final\s+de\s+"
                 rf"|fin\s+de\s+|acabe\s+|eind(?:e)?\s+|fim\s+de\s+|final\s+de\s+)({_MON_ANY})\b\.?")
_add("eom", r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:current\s+)?month|(?:the\s+)?last\s+day\s+of\s+(?:the|this)\s+(?:current\s+)?month|(?:final|fim)\s+do\s+(?:corrente|presente)\s+mes|fin\s+del\s+(?:corriente|presente)\s+mes"
            r"|fin\s+du\s+mois\s+(?:courant|en\s+cours)|ende\s+des\s+laufenden\s+monats|einde\s+van\s+de\s+lopende\s+maand|(?<!next\s)month[\s-]?end(?![\s-]+(?:closing|close|closure))|eom|(?:per\s+|auf\s+)?ende\s+monat(?!s)"
            r"|monatsende|monatsend(?=-)|monatsletzten|ende\s+(?:des|dieses)\s+monats|monatsultimo|ultimo"
            r"|fin\s+(?:du|de|de\s+ce)\s+mois|fin(?:al)?(?:es)?\s+de(?:l)?\s+(?:este\s+)?mes|acabe\s+el\s+mes"
            r"|eind(?:e)?\s+(?:van\s+)?(?:de|deze)\s+maand|einde\s+van\s+de\s+maand|maandeinde"
            r"|(?:final|fim)\s+(?:do|deste|de)\s+mes)\b")
# "mid-December", "Mitte Dezember", "mi-décembre", "mediados de diciembre", "half december" (nl), "meados de dezembro"
_add("mid_named", rf"\b(?:mid[\s-]|mid\s+of\s+|mitte\s+|mi-|(?:a\s+)?mediados\s+de\s+|midden\s+|half\s+|halverwege\s+|meados\s+de\s+|(?:a\s+)?meio\s+de\s+)({_MON_ANY})\b\.?")
# explicit dates
_add("iso", r"\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b(?![.,]\d)|(\d{4})(年)(\d{1,2})月(\d{1,2})日")  # "2026.12.09": year first, as Korean and Chinese writers date
_add("dmy_name", rf"\b(\d{{1,2}}|{_DAY_WORDS}|{_CARDINAL_DAY_WORDS}(?=\s+(?:de\s+)?(?:{_MON_ANY})\b))(?:st|nd|rd|th|er|e|o|º|\.)?\s*(?:de\s+|of\s+|-)?({_MON_ANY})\.?"
                 rf"(?:\s*(?:de\s+|,)?\s*(\d{{4}}|'\d\d|\d\d(?![\d:.,])))?\b")
_add("mdy_name", rf"\b({_MON_ANY})\.?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s*(\d{{4}}))?\b(?![.,]?\d)")
# "8. 12.", "on 8. 12. he is here": day and month each with its dot, a space between (Czech, Slovak, Polish writers)
_add("dotted_spaced", r"(?<![\d.,])(\d{1,2})\.\s(\d{1,2})\.(?:\s?(\d{4}))?(?![\d])")
_add("numeric", r"(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?:(?<=\.\d)\.|(?<=\.\d\d)\.)?"
                r"(?![\d/-]|[.,]\d)")
# "the 1st on 30/11 and the 2nd on 30/12": an ordinal followed by its own date counts instalments, it names no day
_INSTALMENT_ORDINAL = r"(?!\s+(?:one\s+|instal\w*\s+|payment\s+)?(?:on|by|due|payable|at)\s+(?:the\s+)?\d)"
# "the 2nd instalment", "the 3rd reminder", "el 2º pago": an ordinal that counts something names no day
_COUNTING_ORDINAL = r"(?!\s*(?:[ºª]\s*)?(?:instal\w*|payments?|parts?|tranches?|reminders?|notices?|letters?|invoices?|times?|attempts?"\
                    r"|plazos?|pagos?|cuotas?|recordatorios?|parcelas?|prestac\w*|avisos?)\b)"
# day of month alone
# "notre échéance du 20 du mois", "el 20 del mes", "dia 20 do mês", "am 20. des Monats", "de 20e van de maand": that day of this month
_add("dom", r"\b(?:du|le|au)\s+(\d{1,2})\s+du\s+mois\b|\bel\s+(\d{1,2})\s+del\s+mes\b|\bdia\s+(\d{1,2})\s+do\s+mes\b|\bam\s+(\d{1,2})\.\s+des\s+monats\b"
            r"|\bde\s+(\d{1,2})(?:e|ste|de)\s+van\s+de\s+maand\b|\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+the\s+month\b")
_add("dom", r"\b(?:by|on|before|until|till|from)(?:\s*,?\s*(?:uh|um|erm|er)\s*,)?\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b"
            r"|\b(?:bis\s+zum|bis\s+spatestens\s+zum|zum|am|ab\s+dem|bis|(?:fur|auf|ab|bis)\s+den)\s+(\d{1,2})\.(?!\d)(?!\s*(?:" + _MON_ANY + r"))"
            r"|\b(?:d'ici\s+le|avant\s+le|jusqu'au|pour\s+le|au|le)\s+(\d{1,2}|1er)\b(?![./-]?\d)(?!\s*(?:er\s+)?(?:"
            + _MON_ANY + r"|jours?|semaines?|mois|factures?|%|€|eur))"
            r"|\b(?:el|antes\s+del|hasta\s+el|para\s+el|al)\s+(?:dia\s+)?(\d{1,2})\b(?![./-]?\d)(?!\s*(?:de\s+)?(?:"
            + _MON_ANY + r"|dias?|semanas?|meses|facturas?|%|€|eur|de\s+cada))" + _COUNTING_ORDINAL +
            r"|\b(?:op|uiterlijk|voor|tegen)\s+de\s+(\d{1,2})(?:e|ste|de)\b"
            r"|\b(?:no|ate\s+ao|ate\s+o|ate|pelo)\s+dia\s+(\d{1,2})\b(?!\s*de\s+(?:" + _MON_ANY + r"))"
            r"|\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?(?:" + _MON_ANY + r"))" + _INSTALMENT_ORDINAL + _COUNTING_ORDINAL)
# weekdays
_add("wd_this", rf"\b(?:({_WD})\s+(?:of\s+)?this\s+week|({_WD})\s+dieser\s+woche|({_WD})\s+(?:de\s+)?cette\s+semaine"
                rf"|({_WD})\s+de\s+esta\s+semana|({_WD})\s+van\s+deze\s+week|({_WD})\s+desta\s+semana)")
_add("wd_prevweek", rf"\b(?:({_WD})\s+(?:of\s+|from\s+)?last\s+week|last\s+week's\s+({_WD})"
                    rf"|({_WD})\s+(?:der\s+)?letzte[nr]?\s+woche|({_WD})\s+(?:de\s+)?la\s+semaine\s+derniere"
                    rf"|({_WD})\s+de\s+la\s+semana\s+pasada|({_WD})\s+vorige\s+week|({_WD})\s+da\s+semana\s+passada)")
_add("wd_after_next", rf"\b(?:({_WD})\s+after\s+next|ubernachste[nr]?\s+({_WD})|({_WD})\s+nach\s+dem\s+nachsten|({_WD})\s+da\s+semana\s+seguinte\s+a\s+proxima)")
_add("wd_next", rf"\b(?:next\s+({_WD})"
                rf"|({_WD})\s+(?:de\s+)?la\s+semaine\s+(?:suivante|d'apres)|({_WD})\s+(?:suivant|d'apres)"
                rf"|({_WD})\s+que\s+viene|({_WD})\s+que\s+vem|({_WD})\s+la\s+semaine\s+prochaine|({_WD})\s+(?:of\s+)?next\s+week|(?:nachsten|nachster|nachste)\s+({_WD})"
                rf"|({_WD})\s+(?:der\s+)?(?:nachste[rn]?|kommende[rn]?)\s+woche|({_WD})\s+prochain"
                rf"|({_WD})\s+de\s+la\s+semaine\s+prochaine|(?:el\s+)?proximo\s+({_WD})"
                rf"|({_WD})\s+de\s+la\s+(?:semana\s+que\s+viene|proxima\s+semana)|volgende\s+week\s+({_WD})"
                rf"|({_WD})\s+volgende\s+week|volgende\s+({_WD})|proxim[ao]\s+({_WD})"
                rf"|({_WD})\s+da\s+(?:proxima\s+semana|semana\s+que\s+vem)"
                rf"|next\s+week\s*,?\s+(?:on\s+)?({_WD})|(?:nachste|nachster|nachsten|kommende|kommenden)\s+woche\s*,?\s+(?:am\s+)?({_WD})"
                rf"|la\s+semaine\s+prochaine\s*,?\s+(?:le\s+)?({_WD})|la\s+(?:semana\s+que\s+viene|proxima\s+semana)\s*,?\s+(?:el\s+)?({_WD})"
                rf"|(?:na\s+)?(?:proxima\s+semana|semana\s+que\s+vem)\s*,?\s+(?:na\s+|no\s+)?({_WD}))")
_add("wd_last", rf"\b(?:last\s+({_WD})|(?:letzten|vergangenen|letzter)\s+({_WD})|({_WD})\s+dernier"
                rf"|({_WD})\s+pasado|(?:afgelopen|vorige)\s+({_WD})|({_WD})\s+passad[ao])")
_add("wd", rf"\b({_WD})\b")
# relative days and weeks
_add("fortnight", r"\b(?:in\s+a\s+fortnight|within\s+(?:a|the)\s+fortnight|(?:dans|sous)\s+la\s+quinzaine|(?:a\s+)?fortnight\s+(?:today|from\s+(?:now|today))|(?:dans|sous|d'ici)\s+(?:une\s+)?quinzaine"
                  r"|(?:dans|sous|d'ici)\s+quinze\s+jours|(?:in\s+)?(?:a\s+)?fortnight'?s\s+time"
                  # a week counted the same way ("binnen de week", Flemish for within a week): +7
                  r"|binnen\s+de\s+week)\b")
# "binnen de 14 dagen", "within the 14 days", "innerhalb der 14 Tage", "dans les 14 jours": the article changes nothing
_add("in_n", rf"\b(?:in|within(?:\s+the)?|in\s+the\s+next|within\s+the\s+next|innerhalb(?:\s+von|\s+der\s+nachsten|\s+der)?|binnen(?:\s+de)?"
             rf"|innert|dans(?:\s+les)?|sous|d'ici|endeans(?:\s+les)?|en|dentro\s+de(?:\s+los)?|en\s+un\s+plazo\s+de|over|em(?:\s+ate)?|daqui\s+a|no\s+prazo\s+de|dentro\s+dos)\s+"
             rf"(?:(?:next|nachsten|prochains|proximos|volgende|komende)\s+)?(?:(?:about|around|etwa|ca\.|environ|unos|unas|ongeveer|cerca\s+de)\s+)?({_NUM})\s+"
             rf"({_WORKDAYS}|days?|weeks?|wks?|tagen?|wochen?|jours?|semaines?|dias?|semanas?|dagen?|weken?|week"
             rf"|months?|monaten?|monat|mois|mes(?:es)?|maanden?|maand|meses)\b")
_IN_N = _P[-1][1]
# "D+3", "J+10": a count of calendar days from the message, as French and logistics writers put it
_add("d_plus", r"\b[dj]\s?\+\s?(\d{1,2})\b(?!\s*(?:%|h\b|heures?|hours?))")
_add("from_now", rf"\b({_NUM})\s+(days?|weeks?)\s+from\s+(?:now|today)\b")
_add("ago", rf"\b(?:({_NUM})\s+(days?|weeks?|months?)\s+ago|vor\s+({_NUM})\s+(tagen|wochen?|monaten)|il\s+y\s+a\s+({_NUM})\s+"
            rf"(jours?|semaines?|mois)|hace\s+({_NUM})\s+(dias?|semanas?|mes(?:es)?)|({_NUM})\s+(dagen?|weken?|week|maanden?)\s+geleden"
            rf"|ha\s+({_NUM})\s+(dias?|semanas?|mes(?:es)?))\b")
_add("next_week", r"\b(?:next\s+week|n(?:e)?xt\s+(?:wk|week)|next\s+wk|(?:in\s+der\s+)?(?:nachste|nachster|nachsten|kommende|kommenden)\s+woche"
                  r"|la\s+semaine\s+prochaine|la\s+semana\s+(?:que\s+viene|que\s+entra|proxima|entrante)|la\s+proxima\s+semana|la\s+otra\s+semana"
                  r"|volgende\s+week|komende\s+week|(?:na\s+)?proxima\s+semana|semana\s+que\s+vem)\b")
_add("this_week", r"\b(?:this\s+(?:week|wk)(?!\s*-?\s*end)|later\s+this\s+week|diese\s+woche|dieser\s+woche|cette\s+semaine"
                  r"|esta\s+semana|deze\s+week|nesta\s+semana)\b")
_add("last_week", r"\b(?:last\s+week|letzte\s+woche|vergangene\s+woche|letzten\s+woche|la\s+semaine\s+derniere"
                  r"|la\s+semana\s+pasada|vorige\s+week|afgelopen\s+week|(?:na\s+)?semana\s+passada)\b")
_add("day_after", r"\b(?:day\s+after\s+tomorrow|ubermorgen|uebermorgen|apres-demain|apres\s+demain"
                  r"|pasado\s+manana|overmorgen|depois\s+de\s+amanha)\b")
_add("day_before", r"\b(?:day\s+before\s+yesterday|vorgestern|avant-hier|anteayer|antes\s+de\s+ayer|eergisteren"
                   r"|anteontem)\b")
_add("tomorrow", r"\b(?:first\s+thing\s+(?:in\s+the\s+|tomorrow\s+)?morning|tom+or+ow|tmrw|tmrow|tmr|2moro|2morrow|tomoz|(?<!guten\s)(?<!heute\s)(?<!gute\s)morgen(?!\s*(?:zusammen|allerseits))"
                 r"|morgen(?:ochtend|vroeg|middag)|demain|(?<!la\s)(?<!esta\s)(?<!por\s)(?<!buenos\s)manana|amanha)\b")
_add("yesterday", r"\b(?:yesterday|gestern|ayer|gisteren|ontem)\b")
_add("yesterday_fr", r"\bhier\b")
# "half now", "1500 now", "jetzt 300 €", "uno ahora": a part paid today (the first instalment or a partial promise)
_add("now", r"(?:\b(?:half|the\s+first\s+half|la\s+moitie|la\s+mitad|die\s+halfte|de\s+helft|a\s+metade|mitad|metade|moitie|uno|una|one|um|uma|een)"
            r"|\d[\d.,]*\s*%|\d[\d.,]*(?:\s*(?:€|eur|euros?|\$|£|usd|gbp))?)\s+(?:right\s+)?(?:now|jetzt|sofort|maintenant|ahora|nu|meteen|agora)\b(?!-?ish)"
            r"|\b(?:jetzt|now|maintenant|ahora|agora|nu)\s+(?:\d[\d.,]*\s*(?:€|eur|euros?|\$|£)|(?:€|\$|£)\s*\d)")
_add("today", r"\b(?:today|this\s+morning|this\s+afternoon|this\s+arvo|tonight|heute|aujourd'hui|ce\s+matin|hoy"
              r"|esta\s+manana|vandaag|vanochtend|vanmiddag|hoje|hoxe"
              # "close of business Friday the 27th", "end of day tomorrow": the end of that day, not of today
              rf"|(?:eod|cob|(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|close\s+of\s+(?:business|play))"
              rf"(?!\s*,?\s*(?:on\s+|this\s+)?(?:{_WD_FULL}|mon|tues?|weds?|thu|thur|thurs|fri|tomorrow|tmrw|tmr)\b)"
              r"|(?<!\ba\s)(?<!\bde\s)ce\s+jour|dans\s+la\s+journee|en\s+el\s+dia\s+de\s+hoy|im\s+laufe\s+des\s+tages|ce\s+soir|vanavond|this\s+evening)\b")


# Phrases the generated datasets never used but AP clerks write (issue 14). Specific ones go first so
# they win overlaps ("end of next week" before "next week"); loose abbreviations go last.
_FIRST: list[tuple[str, re.Pattern[str]]] = []
_LAST: list[tuple[str, re.Pattern[str]]] = []
for _kind, _rx, _where in (
    # "the last working day before Christmas", "letzter Arbeitstag vor Weihnachten": the working day before the holiday
    ("last_workday_before", r"\b(?:(?:the\s+)?(?:last|final)\s+(?:working|business|banking|work)\s+day\s+before|letzte[nr]?\s+(?:bank)?(?:arbeits|werk|geschafts)tag\s+vor"
                            r"|dernier\s+jour\s+ouvr[ea]\w*\s+avant|ultimo\s+dia\s+(?:habil|laborable|util)\s+antes\s+d[eo]|laatste\s+(?:bank(?:werk)?dag|werkdag)\s+voor)"
                            r"\s+(?:the\s+|de\s+|la\s+|le\s+|o\s+)?(christmas|xmas|weihnachten|noel|navidad|natal|kerst(?:mis)?|new\s+year|neujahr|nouvel\s+an|ano\s+nuevo|ano\s+novo|oud\s+en\s+nieuw)\b", _FIRST),
    # "heute in acht Tagen", "heute in einer Woche", "vandaag over een week": a week from today, as a German or Dutch week is said
    ("week_from_today", r"\b(?:heute\s+in\s+(?:acht\s+tagen|einer\s+woche)|vandaag\s+over\s+(?:een\s+week|acht\s+dagen))\b"
                        r"|\b(?:heute\s+in\s+(?:vierzehn\s+tagen|zwei\s+wochen)|vandaag\s+over\s+(?:twee\s+weken|veertien\s+dagen))\b", _FIRST),
    # "heute in 14 Tagen", "after 15 days of today", "15 days from today": that many days from today
    ("days_from_today", rf"\bheute\s+in\s+(\d{{1,2}})\s+(tagen|wochen)\b|\bafter\s+({_NUM})\s+(days?|weeks?)\s+(?:of|from)\s+today\b", _FIRST),
    # "a week tomorrow", "two weeks tomorrow": counted from tomorrow (British)
    ("weeks_tomorrow", rf"\b({_NUM})\s+weeks?\s+tomorrow\b", _FIRST),
    ("days_from_today", rf"\bafter\s+({_NUM})\s+({_WORKDAYS}|days?|weeks?)\b(?!\s+(?:of|from|after|following)\b)(?=\s*(?:[.,;!)]|$))", _FIRST),
    ("wd_one_after", rf"\b({_WD_FULL})\s*,?\s*not\s+this\s+one\s*,?\s*(?:but\s+)?the\s+one\s+after\b", _FIRST),
    ("wd_of_wk_after_next", rf"\b(?:the\s+)?({_WD_FULL})\s+of\s+the\s+week\s+after\s+next\b", _FIRST),
    # "not this Friday, the one after", "not this Monday coming but the one after": that weekday a week later
    ("wd_one_after", rf"\bnot\s+(?:this|next|the)\s+(?:coming\s+)?({_WD_FULL}|mon|tues?|weds?|thu|thur|thurs|fri)(?:\s+coming)?\s*[,;:-]*\s*(?:but\s+)?the\s+one\s+after\b", _FIRST),
    # "la primera quincena de diciembre", "a primeira quinzena de dezembro", "la première quinzaine de décembre": by the 15th
    ("first_fortnight", rf"\b(?:(?:la\s+)?primera\s+quincena|(?:a\s+)?primeira\s+quinzena|(?:la\s+)?premiere\s+quinzaine)\s+(?:de|d')\s*({_MON})\b", _FIRST),
    # "(à la fin de) la deuxième quinzaine d'avril", "la segunda quincena de abril", "a segunda quinzena de abril": by the month's end
    ("second_fortnight", rf"\b(?:(?:a\s+la\s+)?fin\s+de\s+)?(?:la\s+|a\s+)?(?:deuxieme|seconde|segunda)\s+(?:quinzaine|quincena|quinzena)\s+(?:de|d'|do|del)\s*({_MON})\b", _FIRST),
    # "the last working day of December", "laatste werkdag van december", "letzter Arbeitstag im Dezember"
    ("last_workday_named", rf"\b(?:(?:the\s+)?(?:last|final)\s+(?:working|business|banking|work|bank)\s+day\s+(?:of|in)"
                           rf"|laatste\s+(?:bank(?:werk)?dag|werkdag)\s+(?:van|in)|letzte[nr]?\s+(?:bank)?(?:arbeits|werk|geschafts)tag\s+(?:im|des)"
                           rf"|dernier\s+jour\s+ouvr[ea]\w*\s+(?:de|d')|ultimo\s+dia\s+(?:habil|laborable|util)\s+de)\s*({_MON}|(?:the|this|het|dit|des|dieses|l'|cette|del|este|do|deste)\s*(?:year|jaar|jahres|annee|ano))\b", _FIRST),
    ("last_workday", r"\b(?:(?:on\s+)?(?:the\s+)?(?:last|final)\s+(?:working|business|banking|work|bank)\s+day"
                     r"|laatste\s+(?:bank(?:werk)?dag|werkdag)"
                     r"|letzte[nr]?\s+(?:bank)?(?:arbeits|werk|geschafts)tag|dernier\s+jour\s+ouvr[ea]\w*"
                     r"|ultimo\s+dia\s+(?:habil|laborable|util)|laatste\s+werkdag)\b", _FIRST),
    ("eonw", r"\b(?:(?:the\s+)?end\s+of\s+next\s+week|ende\s+(?:der\s+)?(?:nachste[nr]?|kommende[nr]?)\s+woche"
             r"|fin\s+de\s+(?:la\s+)?semaine\s+prochaine|(?:a\s+)?final(?:es)?\s+de\s+la\s+(?:semana\s+que\s+viene|proxima\s+semana)"
             r"|eind\s+volgende\s+week|(?:o\s+|ao\s+)?(?:final|fim)\s+da\s+(?:semana\s+que\s+vem|proxima\s+semana))\b", _FIRST),
    ("wk_after_next", r"\b(?:(?:the\s+)?(?:week|wk)\s+after\s+next|ubernachste[nr]?\s+woche?|la\s+semaine\s+d'apres|mais\s+celle\s+d'apres"
                      r"|(?:la\s+)?semana\s+subsiguiente|maar\s+de\s+week\s+daarna|\be\s+na\s+seguinte"
                      r"|the\s+(?:week|one)\s+after\s+that"
                      # said by denying next week: "not next week but the one after", "la próxima semana no, la siguiente",
                      # "de week na volgende week", "pas la semaine prochaine, celle d'après", "na semana depois da próxima"
                      r"|(?:next|this\s+coming|the\s+coming|coming)\s+week\s*,?\s*(?:no\s*,?\s*)?but\s+the\s+(?:one|week)\s+after"
                      r"|(?:la\s+)?(?:proxima\s+semana|semana\s+que\s+viene)\s*,?\s*no\s*,?\s*(?:sino\s+)?la\s+(?:siguiente|otra|de\s+despues)"
                      r"|no\s+la\s+(?:proxima\s+semana|semana\s+que\s+viene)\s*,?\s*(?:sino\s+)?la\s+(?:siguiente|otra|de\s+despues)"
                      r"|la\s+semana\s+(?:despues\s+de|siguiente\s+a)\s+la\s+(?:proxima|que\s+viene)"
                      r"|(?:de\s+)?week\s+na\s+(?:de\s+)?volgende(?:\s+week)?|volgende\s+week\s*,?\s*(?:niet\s*,?\s*)?maar\s+de\s+week\s+(?:erna|daarop)"
                      r"|semaine\s+prochaine\s*,?\s*(?:non\s*,?\s*)?(?:mais\s+)?celle\s+d'apres|la\s+semaine\s+(?:d'apres|suivant)\s+la\s+prochaine"
                      r"|(?:na\s+)?semana\s+(?:depois|a\s+seguir)\s+(?:da|a)\s+(?:proxima|que\s+vem)|(?:proxima\s+semana|semana\s+que\s+vem)\s*,?\s*(?:nao\s*,?\s*)?(?:mas\s+)?na\s+(?:outra|seguinte)"
                      r"|nachste\s+woche\s*,?\s*(?:nicht\s*,?\s*)?(?:sondern|aber)\s+(?:die|in\s+der)\s+(?:woche\s+)?(?:danach|darauf))\b", _FIRST),
    ("eow", r"\b(?:eow|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week|ende\s+(?:der|dieser)\s+woche|ende\s+woche|fin\s+de\s+(?:la\s+|cette\s+)?semaine"
            r"|(?:a\s+)?final(?:es)?\s+de\s+(?:la|esta)\s+semana|eind\s+van\s+(?:de|deze)\s+week|(?:final|fim)\s+da\s+semana)\b(?!\s*(?:no\.?\s*|nr\.?\s*)?\d)", _FIRST),
    # "Anfang KW 39", "early week 40", "début de semaine 22": the Monday of that ISO week
    ("cal_week_start", r"\b(?:anfang|anfangs|beginning\s+of|start\s+of|early|debut(?:\s+de)?|principios?\s+de|inicio\s+d[ae]|begin)\s+(?:der\s+|de\s+la\s+|da\s+|the\s+|van\s+)?"
                       r"(?:(?:iso\s+)?calendar\s+week|cal\.?\s*week|iso\s+week|cw|kw|kalenderwoche|semaine|semana|week|wk)\s*\.?\s*(\d{1,2})\b(?![./-]?\d)", _FIRST),
    ("cal_week", r"\b(?:(?:iso\s+)?calendar\s+week|cal\.?\s*week|iso\s+week|cw|kw|kalenderwoche|semaine|semana|sem|week|wk|weeknummer|uke|uge|vecka|viikko)"
                 r"\s*\.?\s*(?:(?:no|nr|n[º°o])\.?\s*)?(\d{1,2})(?:\s*/\s*(?:\d{4}|\d{2}))?\b(?![./-]?\d)", _FIRST),
    ("eoq", r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:quarter|q([1-4]))|this\s+quarter|(?:the\s+)?quarter[\s-]end|q([1-4])[\s-]end"
            r"|quartalsende|ende\s+(?:des\s+|dieses\s+)?(?:quartals|q([1-4]))|ende\s+quartal\b|fin\s+(?:du\s+|de\s+|de\s+ce\s+)?trimestre"
            r"|(?:fin(?:al)?|cierre)\s+del?\s+(?:este\s+)?trimestre|einde?\s+van\s+(?:het|dit)\s+kwartaal|kwartaaleinde"
            r"|(?:final|fim|fecho)\s+(?:do|deste)\s+trimestre)\b", _FIRST),
    ("cal_week", r"\b(\d{1,2})\.\s*(?:kw|kalenderwoche)\b|\b(\d{1,2})(?:th|st|nd|rd)?\s+(?:calendar|cal\.?)\s+week\b", _FIRST),
    # "la 47e semaine", "la 47ª semana", "de 47e week"; not "la 2e semaine de décembre"
    ("cal_week", r"\b(\d{1,2})(?:e|eme|a|ª|o|º|ste|de|th)\s+(?:semaine|semana|week|calendar\s+week)\b"
                 r"(?!\s+(?:de|du|d'|of|van|des|del|do|da|in|im)\b)", _FIRST),
    ("cal_week_fr", r"\bs(\d{2})\b(?![./-]?\d)", _FIRST),
    ("weeks_today", rf"\b({_NUM})\s+weeks?\s+today\b", _FIRST),
    # Irish and British "this day week" / "today fortnight": a week (two) from today
    ("day_week", r"\b(?:this\s+day|today)\s+(week|fortnight)\b", _FIRST),
    ("wd_week", rf"\b({_WD_FULL})\s+week\b(?!\s*\d)|\b({_WD_FULL})\s+en\s+huit\b|(?:(?<!\d\s)|(?<=\d{{5}}\s))\ba\s+week\s+(?:on|from)\s+({_WD_FULL})\b"
                rf"|\b({_WD_FULL})\s+en\s+ocho(?:\s+dias)?\b|\b({_WD_FULL})\s+in\s+(?:eight|8)\s+days\b"
                rf"|\b({_WD_FULL})\s+in\s+(?:einer\s+woche|acht\s+tagen)\b|\b({_WD_FULL})\s+over\s+een\s+week\b", _FIRST),
    # "Tues week", "Thursday fortnight", "a fortnight on Friday": British for a week or two after the coming weekday
    ("wd_week", r"\b(mon|tues?|weds?|thu|thur|thurs|fri)\.?\s+week\b(?!\s*\d)", _FIRST),
    ("wd_fortnight", rf"\b({_WD_FULL}|mon|tues?|weds?|thu|thur|thurs|fri)\.?\s+fortnight\b|\ba\s+fortnight\s+(?:on|from)\s+({_WD_FULL})\b", _FIRST),
    # "after Christmas", "nach Weihnachten", "après les Fêtes", "después de Reyes", "na Sinterklaas": the first working day after
    ("after_holiday", r"\b(?:after|nach|apres|despues\s+del?|tras\s+(?:el|la|los|las)|na|depois\s+d[oea]s?|passad[oa]s?)\s+(?:the\s+|den\s+|de\s+|del?\s+|les\s+|la\s+|las\s+|el\s+|o\s+|as\s+|os\s+)?"
                      # "después del puente de la Inmaculada", "after the long weekend of Thanksgiving", "na de brug van ..."
                      r"(?:(?:puente|long\s+weekend|pont|brug|ponte|fim\s+de\s+semana\s+prolongado|brucke|bruckentag)\s+(?:de\s+la\s+|de\s+l'|del?\s+|van\s+|da\s+|do\s+|of\s+|von\s+)?)?"
                      r"(christmas|xmas|weihnachten|noel|navidad|kerst(?:mis)?|natal|thanksgiving|fetes|holidays|feiertagen|fiestas|festas|feestdagen"
                      r"|reyes|sinterklaas|pakjesavond|maria\s+empfangnis|(?:la\s+)?inmaculada|(?:l')?immacolata|holiday\s+weekend|thanksgiving\s+weekend"
                      r"|new\s+year|neujahr|nouvel\s+an|ano\s+nuevo|oud\s+en\s+nieuw|jaarwisseling|ano\s+novo|" + _EASTER + r")\b"
                      r"(?![\s-]+(?:concert|party|parties|market|fair|show|sale|takings|lunch|dinner|event|order|rush|stock|markt|feier|konzert"
                      r"|concierto|cena|concerto|feest|diner|marche|spectacle|festa|jantar|mercado|bestellung|commande|pedido|bestelling|encomenda))", _FIRST),
    # "next quarter", "nächstes Quartal", "le trimestre prochain": its first day
    ("next_quarter", r"\b(?:next\s+quarter|nachste[nsr]?\s+quartal|prochain\s+trimestre|trimestre\s+prochain|proximo\s+trimestre"
                     r"|trimestre\s+que\s+viene|volgend\s+kwartaal|trimestre\s+que\s+vem)\b", _FIRST),
    # "the first working day of January", "no quinto dia útil de dezembro", "am ersten Arbeitstag im Januar"
    ("nth_workday", rf"\b(?P<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|primeiro|segundo|terceiro|quarto|quinto|primer|tercer|cuarto"
                    rf"|quinto|premier|deuxieme|troisieme|quatrieme|cinquieme|ersten|zweiten|dritten|vierten|funften|eerste|tweede|derde|vierde"
                    rf"|vijfde|[1-5](?:º|o|e|er|st|nd|rd|th|\.)?)\s+(?:(?:working|business|banking)\s+day|dia\s+(?:util|habil|laborable)"
                    rf"|jour\s+ouvr\w+|(?:bank)?(?:arbeits|werk)tag(?:es)?|werkdag|bankdag)\s+(?:of|in|de|d'|im|des|van)\s*(?:(?P<mon>{_MON})\b|(?P<newyear>(?:the\s+)?new\s+year|(?:l'|la\s+)?(?:nouvelle\s+)?annee\s+(?:prochaine|nouvelle)|(?:neuen|nachsten)\s+jahr(?:es)?|(?:del\s+)?ano\s+(?:nuevo|que\s+viene)|(?:het\s+)?nieuwe\s+jaar|(?:do\s+)?ano\s+novo)"
                    rf"|(?P<nextmonth>(?:the\s+)?next\s+month|(?:des\s+)?nachsten\s+monats|du\s+mois\s+prochain|del\s+(?:mes\s+que\s+viene|proximo\s+mes)"
                    rf"|(?:de\s+)?volgende\s+maand|do\s+(?:proximo\s+mes|mes\s+que\s+vem)))", _FIRST),
    # German "der 10." / "den 3." (in a sentence, no "am"): a day of the month, not "der 3. Mahnung"
    ("dom_de_article", rf"\b(?:der|den)\s+(\d{{1,2}})\.(?!\d)(?!\s*(?:{_MON_ANY}|mahnung|rate|erinnerung|teil|quartal|monat|woche|klasse|stock|platz|mal|tag))", _LAST),
    # "by this week end", "this weekend", "bis zum Wochenende": its Saturday
    ("weekend", r"\b(?:this\s+week\s*-?\s*end|this\s+weekend|by\s+the\s+weekend|(?:bis\s+zum|am|dieses)\s+wochenende|ce\s+week-?end"
                r"|este\s+fin\s+de\s+semana|dit\s+weekend|(?:neste|este)\s+fim\s+de\s+semana)\b", _FIRST),
    # "sous huitaine": within eight days
    ("huitaine", r"\b(?:sous|dans|d'ici)\s+(?:une\s+|la\s+)?huitaine\b", _FIRST),
    # "the 25th of next month", "el 2 del mes que viene", "le 5 du mois prochain", "am 5. nächsten Monats", "de 5e van volgende maand"
    ("dom_next_month", r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:the\s+)?(?:next|following|coming)\s+month"
                       r"|\b(?:el\s+)?(?:dia\s+)?(\d{1,2})\s+del\s+(?:mes\s+que\s+viene|proximo\s+mes|mes\s+entrante)"
                       r"|\b(?:le\s+)?(\d{1,2})(?:er)?\s+du\s+mois\s+(?:prochain|suivant)"
                       r"|\b(?:am\s+|zum\s+)?(\d{1,2})\.\s+(?:des\s+)?(?:nachsten|kommenden|folgenden)\s+monats"
                       r"|\b(?:de\s+|op\s+de\s+)?(\d{1,2})(?:e|ste|de)?\s+van\s+(?:de\s+)?volgende\s+maand"
                       r"|\b(?:no\s+)?(?:dia\s+)?(\d{1,2})\s+do\s+(?:proximo\s+mes|mes\s+que\s+vem|mes\s+seguinte)", _FIRST),
    # "the first days of January", "los primeros días de enero": the 1st
    ("bo_named", rf"\b(?:(?:the\s+)?first\s+(?:few\s+)?days\s+of|(?:los\s+)?primeros\s+dias\s+de|(?:les\s+)?premiers\s+jours\s+de"
                 rf"|(?:in\s+den\s+)?ersten\s+tagen\s+(?:im|des)|(?:de\s+)?eerste\s+dagen\s+van|(?:os\s+)?primeiros\s+dias\s+de)\s+({_MON})\b", _FIRST),
    # "50 % this month and the rest in December": a part due within this month
    ("this_month", r"(?:\d\s*%|\d|\bhalf|\bthe\s+first\s+half)\s+(?:(?:by\s+the\s+end\s+of|in|within)\s+)?(?:this\s+month|ce\s+mois(?:-ci)?"
                   r"|diesen\s+monat|(?:en\s+)?este\s+mes|deze\s+maand|(?:n)?este\s+mes)\b", _FIRST),
    ("wd_dom", rf"\b({_WD})\s*,?\s+(?:(?:the|den|le|el|dia|de)\s+)?(\d{{1,2}})(?:st|nd|rd|th|e|er|o|º)?\b(?![./,'’-]?\d)"
               rf"(?!\s*(?:de\s+|of\s+)?(?:{_MON_ANY}))", _FIRST),
    ("first_of", r"\b(?:am|zum|bis\s+zum)\s+ersten\b(?!\s+(?:des|nachsten|januar|februar|\w*tag\w*))"
                 r"|\b(?:on|by|before|until)\s+the\s+(?:first|1st)\b(?!\s+(?:of\s+(?:the\s+)?(?:year|quarter|two|three|\w+\s+instal)|instal|payment|half|invoice|week|time|one|two|three|(?:working|business|banking|bank|work)\s+day|of\s+(?:" + _MON_ANY + r")))"
                 r"|\bno\s+dia\s+primeiro\b(?!\s+(?:de|do)\b)", _LAST),  # "el primero", "le premier": mostly the first instalment
    # "on the eleventh.", "el quince.", "op de achttiende en de rest …", "dia quinze": a day in words alone, after its
    # preposition or article and before the sentence or clause goes on ("the second half", "dos facturas" name no day)
    ("dom", rf"\b(?:(?:on|by|before|until|till|from|for)(?:\s*,?\s*(?:uh|um|erm|er)\s*,)?\s+the|(?:(?:para|hasta|antes\s+d)\s*)?el(?:\s+dia)?|al|(?:(?:pour|avant|d'ici)\s+)?le"
            rf"|jusqu'au|au|(?:(?:no|ate\s+ao|ate\s+o|pelo)\s+)?dia|(?:op|rond|voor|tegen|uiterlijk)\s+de)\s+({_DAY_WORDS_AFTER_2})\b"
            r"(?=\s*(?:$|[.,;:!?)\n]|\s[-–—]\s|(?:and|or|at|then|so|but|because|as|when|if|latest|et|ou|mais|car|au\s+plus\s+tard|y|o|pero|porque"
            r"|a\s+mas\s+tardar|como\s+muy\s+tarde|en|maar|want|of|e|mas|no\s+maximo|und|oder|aber|weil|spatestens)\b))", _LAST),
    ("dom_loose", r"\b(?:am|zum|bis\s+zum|bis|ab\s+dem)\s+(\d{1,2})\.?\s*(?:ten|sten|ter|ster)\b", _LAST),
    ("dom_loose", rf"\bdia\s+(\d{{1,2}})(?:o|º)?\b(?![./,-]?\d)(?!\s*(?:de\s+)?(?:{_MON_ANY}|%|€|eur))", _LAST),
    ("dom_loose", r"\bden?\s+(\d{1,2})(?:e|ste|de)\b(?!\s*(?:factuur|herinnering|keer|week|maand|termijn|rate|aanmaning))", _LAST),
    ("dom_loose", rf"(?<![\d/.-])\b(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?(?:{_MON_ANY}))"
                  r"(?!\s+(?:reminder|time|invoice|notice|e-?mail|letter|instal|payment|quarter|floor|week|month|chaser|request|attempt|thing))"
                  + _INSTALMENT_ORDINAL, _LAST),
    ("dom_de_word", rf"\b(?:am|zum|bis\s+zum|bis\s+spatestens\s+zum|ab\s+dem)\s+({trie_pattern(w for w, n in DAY_WORDS['de'].items() if n > 1)})\b"
                    r"(?!\s+(?:des|nachsten|mal|rate|teil|mahnung|tag|woche|monat))", _LAST),
    # ("a 4.ª prestação", "a 2.ª via": an ordinal of the noun after it, not a weekday)
    ("wd_pt_ordinal", r"\b([2-6])\s*\.?\s*(?:ª(?:\s*-?\s*feira)?|a\s*-?\s*feira)(?!\w)(?!\s*(?:prestac|parcela|fatura|factura|via|vez|tranche|semana|quinzena|rate))", _FIRST),
    ("wd_next_abbr", r"\b(lun|mar|mer|jeu|ven|vend)\.?\s+prochain\b|\bnext\s+(mon|tues?|weds?|thu|thur|thurs|fri)\b\.?", _FIRST),
    ("dom_pt_after", r"\b(?:segue|seguira|efetuad[oa]|feito|realizad[oa]|processad[oa])\s+(?:a|em|no\s+dia)\s+(\d{1,2})\b(?![./-]?\d)"
                     r"(?!\s*(?:de\s+)?(?:" + _MON_ANY + r"|dias?|%|€|eur))", _LAST),
    ("wd_abbr_dom", r"\b(mon|tues?|weds?|thu|thur|thurs|fri|lun|mart?|mer|mie(?:rc)?|jeu|juev?|ven|vend|vier?|mo|di|mi|do|fr|ma|wo|vr"
                    r"|segunda|terca|quarta|quinta|sexta"
                    r"|seg|ter|qua|qui|sex)\.?\s*,?\s+(?:(?:the|le|el|den|de|dia)\s+)?(\d{1,2})(?:st|nd|rd|th|e|er|o|º)?\b(?![./,'’-]?\d)"
                    r"(?!\s*(?:de\s+|of\s+)?(?:" + _MON_ANY + r"))", _LAST),
    ("wd_abbr", r"\b(mon|tues?|weds?|thu|thur|thurs|fri)\b\.?(?!-)", _LAST),
    ("wd_abbr_de", r"\b(mo|di|mi|do)\.(?=\s|$)|\b(fr)\.(?=\s*(?:$|[,;!?)\n]|\d|raus\b|los\b|weg\b|uberwiesen|bezahlt|gezahlt))", _LAST),
    ("wd_abbr_fr", r"\b(lun|mar|mer|jeu|ven|vend)\.(?=\s|$|[,!)])", _LAST),
    ("wd_abbr_es", r"(?<=\bel )(lun|mart?|mie(?:rc)?|juev?|vier?)\b\.?", _LAST),
    ("wd_abbr_nl", r"\b(vr|vrij|wo|do|di|ma)\b\.?(?=\s*(?:[.!?]|$))|\b(vr|wo|do|di|ma)\.(?=\s)", _LAST),
    ("wd_abbr_pt", r"(?:(?<=\bna )|(?<=\bnesta )|(?<=\bate )|(?<=\bate a )|(?<=\bproxima ))(seg|ter|qua|qui|sex)\b\.?"
                   r"|\b(segunda|terca|quarta|quinta|sexta|seg|ter|qua|qui|sex)\b\.?(?=\s*(?:[.!?,;]|$))"
                   r"|(?:^|(?<=\n)|(?<=[.!?] ))(segunda|terca|quarta|quinta|sexta)\b(?!-)"
                   # "é quarta mesmo", "quinta que vem", "sexta sem falta"
                   r"|\b(segunda|terca|quarta|quinta|sexta)\b(?=\s+(?:mesmo|entao|que\s+vem|sem\s+falta)\b)", _LAST),
):
    _where.append((_kind, re.compile(_rx)))

# Which one of a month's weekdays or weeks: "the first Tuesday", "le premier mardi", "am ersten Dienstag", "de eerste
# dinsdag", "a primeira terça-feira"; -1 is the last.
_NTH: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1,
                        "premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "deuxieme": 2, "2e": 2, "2eme": 2, "troisieme": 3, "3e": 3,
                        "quatrieme": 4, "4e": 4, "dernier": -1, "derniere": -1,
                        "primer": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercera": 3, "cuarto": 4, "cuarta": 4,
                        "ultimo": -1, "ultima": -1, "primeiro": 1, "primeira": 1, "terceiro": 3, "terceira": 3, "quarto": 4, "quarta": 4,
                        "ersten": 1, "erste": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "letzten": -1, "letzte": -1,
                        "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": -1}
_NTH_ALT = _alt(_NTH)
# "of December", "de décembre", "im Dezember", "van december", "of the month", "du mois", "des Monats", "del mes", "do mês"
_OF_MONTH = (rf"(?:(?:of|in|de|d'|im|van|del?|do|da)\s*(?:(?P<mon>{_MON_ANY})\b\.?|(?P<next>next\s+month|du\s+mois\s+prochain|des\s+nachsten\s+monats"
             r"|del\s+(?:mes\s+que\s+viene|proximo\s+mes)|van\s+volgende\s+maand|do\s+proximo\s+mes)"
             r"|(?P<this>(?:the|this)\s+month|(?:du|ce)\s+mois|(?:des|dieses)\s+monats|(?:del|este)\s+mes|(?:de|deze)\s+maand|(?:do|deste)\s+mes))"
             # the article carried by the month word: "le premier lundi du mois (prochain)", "am ersten Montag im Monat"
             r"|(?P<next2>du\s+mois\s+(?:prochain|suivant)|im\s+(?:nachsten|kommenden)\s+monat|des\s+nachsten\s+monats)"
             r"|(?:du\s+mois|im\s+monat|jedes\s+monats|des\s+monats|van\s+de\s+maand|del\s+mes|do\s+mes)\b)")
for _kind, _rx, _where in (
    # "this Sat", "on Sun": the weekend abbreviations are words too ("sat", "sun"), so only after this/on/by/next
    ("wd_abbr_weekend", r"\b(this|on|by|coming|next)\s+(sat|sun)\b\.?|\b()(sat|sun)(?=\s+(?:morning|afternoon|evening|arvo|night)\b)", _FIRST),
    # "by close of business Friday", "COB Fri", "EOD Friday": the weekday, not today
    ("cob_wd", rf"\b(?:by\s+)?(?:cob|eod|close\s+of\s+(?:business|play)|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day)\s*,?\s*"
               rf"(?:on\s+|this\s+)?({_WD}|mon|tues?|weds?|thu|thur|thurs|fri)\b\.?", _FIRST),
    # "the first Tuesday of December", "le premier mardi de décembre", "am ersten Dienstag im Dezember", "the last Friday of the month"
    ("nth_wd", rf"\b(?P<nth>{_NTH_ALT})\s+(?P<wd>{_WD_FULL})\s+{_OF_MONTH}", _FIRST),
    # "the 1st week of December", "la première semaine de décembre", "de eerste week van december", "in der ersten Dezemberwoche"
    ("nth_week", rf"\b(?P<nth>{_NTH_ALT})\s+(?:week|woche|semaine|semana)\s+{_OF_MONTH}"
                 rf"|\b(?P<nth2>ersten|zweiten|dritten|vierten|letzten)\s+(?P<mon2>{_MON})woche\b", _FIRST),
    # "Wednesday the second", "Friday the fourth", "am Mittwoch, dem zweiten"
    # "le trente novembre", "el día quince de diciembre", "no dia quatro de dezembro": a cardinal day after its article
    ("dmy_name", rf"\b(?:(?:para|hasta|antes\s+del?|pour|avant|d'ici|ate\s+(?:ao|o)|pelo)\s+)?(?:le|el|au|al|du|del|no|o|(?:el\s+)?dia)\s+"
                 rf"(?:dia\s+)?({trie_pattern(_DAY_CARDINAL_WORDS)})\s+(?:de\s+)?({_MON_ANY})\b\.?(?:\s*(?:de\s+|,)?\s*(\d{{4}}))?", _FIRST),
    # "woensdag de negende", "mercredi le neuf", "el viernes día quince", "sexta-feira, dia quatro"
    ("wd_dom_word", rf"\b(?P<wd>{_WD_FULL})\s*,?\s+(?:the|dem|den|de|le|el|(?:el\s+)?dia)\s+(?P<word>{_DAY_WORDS_AFTER_2}|{_DAY_WORDS})\b"
                    r"(?!\s*(?:h\b|heures?|horas?|uur|uhr|[:%]))", _FIRST),
    # "à partir de janvier", "starting January", "ab Januar", "a partir de enero", "vanaf januari", "a partir de janeiro"
    ("from_month", rf"\b(?:starting(?:\s+(?:in|from))?|commencing|beginning\s+(?:in|from)|as\s+(?:of|from)|ab|a\s+partir\s+(?:de|d')|vanaf"
                   # "three monthly payments from December": a plan's start, after its payments
                   rf"|(?:payments?|instal+ments?|parts|tranches)\s+from"
                   rf"|met\s+ingang\s+van)\s*({_MON})\b(?!\s*,?\s*(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th|\.)?(?:\s|$|,)(?!\s*(?:€|eur|euro|\$|£)))", _LAST),
):
    _where.append((_kind, re.compile(_rx)))
# A named day: "spätestens Gründonnerstag", "on Waitangi Day", "le jour de l'Ascension", "the day before Good Friday"
# (core/text/holiday_names.py; agent/named_days.py dates it). After the holidays above, which read "after Easter Monday".
_HOLIDAY_KEY = {name: key for key, names in HOLIDAY_NAMES.items() for name in names}
_FIRST.append(("named_day", re.compile(
    r"(?:(?P<before>the\s+day\s+before|(?:am\s+)?tag\s+vor|la\s+veille\s+d[eu]|le\s+jour\s+(?:avant|d'avant)|el\s+dia\s+(?:antes\s+de|anterior\s+a)l?"
    r"|de\s+dag\s+voor|o\s+dia\s+antes\s+d[aoe]|a\s+vespera\s+d[aoe])\s+"
    r"|(?P<after>the\s+day\s+after|(?:am\s+)?tag\s+nach|le\s+lendemain\s+d[eu]|le\s+jour\s+(?:apres|d'apres)|el\s+dia\s+(?:despues\s+de|siguiente\s+a)l?"
    r"|de\s+dag\s+na|o\s+dia\s+(?:seguinte\s+a|depois\s+d[aoe]))\s+)?(?:(?:the|dem|den|le|la|el|de|het|o|a)\s+)?"
    r"\b(?P<name>" + _alt(_HOLIDAY_KEY) + r")(?![\w'-])(?P<eve>\s+eve\b)?")))
# A holiday is a day to pay on after a word that places something on it ("on Good Friday", "spätestens Gründonnerstag",
# "uiterlijk op Koningsdag", "no dia de Corpo de Deus"); "Labor Day pushes our ACH batch", "we close the books for Chinese
# New Year", "devido à Sexta-feira Santa" only explain another day.
_NAMED_DAY_LEAD = re.compile(r"(?:^|[^\w'])(?:on|by|until|till|am|zum|bis|spatestens|le|d'ici|el|hasta|op|tot|uiterlijk|no|na|ate|dia|jour\s+de)"
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
_P[:0] = _FIRST
_P.extend(_LAST)

_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
         "mo": 0, "di": 1, "mi": 2, "do": 3, "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "vend": 4,
         "mie": 2, "jue": 3, "vie": 4, "mart": 1, "mierc": 2, "juev": 3, "vier": 4, "ma": 0, "wo": 2, "vr": 4, "vrij": 4, "fr": 4,
         "seg": 0, "ter": 1, "qua": 2, "qui": 3, "sex": 4, **_PT_SHORT}
# which language's abbreviations each kind is read for (None: any); "do", "di", "ma" are words elsewhere
_ABBR_LANG = {"wd_abbr": None, "wd_abbr_de": "de", "wd_abbr_fr": "fr", "wd_abbr_es": "es", "wd_abbr_nl": "nl",
              "wd_abbr_pt": "pt"}


# the languages each abbreviation is a weekday in ("mar" is Tuesday in French and Spanish, March in English)
_ABBR_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in (("en", "mon tue tues wed weds thu thur thurs fri"), ("de", "mo di mi do fr"),
                      ("fr", "lun mar mer jeu ven vend"), ("es", "lun mar mie jue vie mart mierc juev vier"), ("nl", "ma di wo do vr"),
                      ("pt", "seg ter qua qui sex segunda terca quarta quinta sexta")):
    for _w in _words.split():
        _ABBR_LANGS[_w] = _ABBR_LANGS.get(_w, ()) + (_lang,)


def last_working_day(d: date) -> date:
    """The last Monday-Friday of d's month, or of the next month once that day has passed."""
    for months in (0, 1):
        day = end_of_month(d, months)
        while day.weekday() > 4:
            day -= timedelta(days=1)
        if day >= d:
            return day
    return day


def iso_week_friday(d: date, week: int) -> date | None:
    """The Friday of ISO week `week`: this year's if it is not long past, else next year's."""
    for year in (d.year, d.year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            continue
        if friday >= d - timedelta(days=7):
            return friday
    return None


def weekday_with_day(d: date, wd: int, day: int) -> date | None:
    """'Friday the 8th': the next date on or after d that is both that weekday and that day of month."""
    y, m = d.year, d.month
    for _ in range(14):
        if day <= calendar.monthrange(y, m)[1]:
            cand = date(y, m, day)
            if cand >= d and cand.weekday() == wd:
                return cand
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return next_day_of_month(d, day)


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
    if kind == "eoq":
        q = int(g[0]) if g else (d.month - 1) // 3 + 1
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


# Days nobody pays on in these countries' December and January, on top of weekends
_CLOSED = {(12, 25), (12, 26), (1, 1)}
_WORKDAY_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4,
                "quinto": 5, "primer": 1, "tercer": 3, "cuarto": 4, "premier": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4,
                "cinquieme": 5, "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "funften": 5, "eerste": 1, "tweede": 2,
                "derde": 3, "vierde": 4, "vijfde": 5}


def _is_working_day(d: date) -> bool:
    return d.weekday() < 5 and (d.month, d.day) not in _CLOSED


def _working_day_on_or_before(d: date) -> date:
    """The day itself, or the Friday before when it falls on a weekend (the day before a Monday holiday)."""
    return d - timedelta(days=max(0, d.weekday() - 4))


def _first_working_day_after(d: date) -> date:
    day = d + timedelta(days=1)
    while not _is_working_day(day):
        day += timedelta(days=1)
    return day


def _nth_working_day(first: date, n: int) -> date:
    """The n-th working day counted from `first` (itself included)."""
    day = first - timedelta(days=1)
    for _ in range(max(n, 1)):
        day = _first_working_day_after(day)
    return day


# Words for "the holidays" that mean the year-end ones only when written around them
_SEASON_HOLIDAYS = frozenset({"fetes", "holidays", "feiertagen", "fiestas", "festas", "feestdagen", "holiday weekend"})


def _in_the_year_end_season(d: date) -> bool:
    """From mid-November to mid-January "after the holidays" means Christmas and New Year (Thanksgiving's in November)."""
    return (d.month, d.day) >= (11, 15) or (d.month, d.day) <= (1, 15)


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


def divmod_month(d: date, n: int) -> tuple[int, int]:
    """(year, month) of the month n months after d's."""
    y, m = divmod(d.month - 1 + n, 12)
    return d.year + y, m + 1


_SPREAD_BEFORE = re.compile(r"\b(?:spread\w*|split\w*|spreiden|spreid|verdelen|verdeeld|aufteilen|verteilen|etaler|echelonner|repartir|dividir|parcelar)"
                            r"\s+(?:\w+\s+){0,3}$")


def _shift(d: date, n: int, unit: str) -> date:
    """d plus n days, weeks or calendar months (month ends clamp: 31 Jan + 1 month = 28/29 Feb)."""
    if unit.startswith(("mon", "mois", "mes", "maand")):
        y, m = divmod(d.month - 1 + n, 12)
        y, m = d.year + y, m + 1
        return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
    if unit.startswith(("week", "woche", "semaine", "semana", "wek", "wk")):
        return d + timedelta(days=7 * n)
    return d + timedelta(days=n)


def _add_business_days(d: date, n: int) -> date:
    out = d
    while n > 0:
        out += timedelta(days=1)
        if out.weekday() < 5:
            n -= 1
    return out


def local_date(sent_at: datetime | date | str | None, timezone: str | None = None) -> date:
    """The sender's calendar date: the Date header's own offset, or `timezone` for naive times."""
    if sent_at is None:
        return date.today()
    if isinstance(sent_at, str):
        sent_at = datetime.fromisoformat(sent_at.replace("Z", "+00:00"))
    if isinstance(sent_at, datetime):
        if sent_at.tzinfo is None and timezone:
            try:
                sent_at = sent_at.replace(tzinfo=ZoneInfo(timezone))
            except Exception:  # noqa: BLE001 - an unknown zone name falls back to the naive date
                pass
        return sent_at.date()
    return sent_at


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
        if f.kind in ("dom", "dom_loose") and nxt is not None and nxt.kind in EXPLICIT_KINDS and re.fullmatch(r"\s*[:)]\s*", folded[f.end:nxt.start]):
            continue  # "1st: April 14, 2nd: May 15": an instalment's number, its date after the colon
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


_PROMISE_CUE = re.compile(
    r"\b(?:pay|paid\s+by|payment|transfer|transfi|settle|remit|send|process|release|schedule|zahl|bezahl|uberweis|begleich|ausgleich"
    r"|uberweisung|zahlung|paie|paier|regl|virement|versement|pag|transfer|abon|beta+l|overmak|overboek"
    r"|liquid|quit|deposit)", re.I)
_PAST_CUE = re.compile(
    r"\b(?:paid|already|released|cleared|went\s+(?:out|off)|angewiesen|wurde|fue\s+\w+(?:ado|ido)|fueron\s+\w+(?:ados|idos)|was\s+sent|were\s+sent|transferred|bezahlt|uberwiesen|beglichen|bereits"
    r"|(?:avons|avez|a|ont|ete|est|sont|bien)\s+(?:ete\s+)?(?:paye|regle)|deja|effectue|pagad|ya\s+|betaald|overgemaakt"
    r"|(?:foi|esta)\s+pago|ja\s+(?:foi|pag|transfer|efetu|fiz|realiz|envi)|efetuad|realizad|foi\s+(?:feit|pag|enviad|transferid))", re.I)


# A sentence ends at ! ? a line break, or a full stop that is not inside a number ("25.354,54", "04.12.").
# Not the dot of a German ordinal ("am 3. Dezember") or of a month's abbreviation ("bis 2. Dez. auf Urlaub")
_SENTENCE_END = re.compile(r"[!?\n]|(?<=/\d)\.(?=\s)|(?<=/\d\d)\.(?=\s)|(?<!\b\d)(?<!\b\d\d)" + "".join(f"(?<!\\b{m})" for m in (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "dez", "okt", "mrt", "abr", "dic", "ene", "fev", "avr",
    "juil", "sept", "janv", "fevr")) + r"(?<!\bi\.e)(?<!\bi)(?<!\be\.g)(?<!\be)(?<!\bz\.b)(?<!\bd\.h)\.(?!\d)")  # not "ago", "out", "set",
# "mai": words that end sentences too; nor "i.e." / "e.g." / "z.B." / "d.h.", which go on with the same sentence.
# A slashed date's full stop does end one ("on Thursday 5/20. Without it ..."): no ordinal is written so.


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence at `pos` starts: after the last sentence end of the 2,000 characters before `pos`, or 0.

    Why the ends of the whole text, remembered: one reply asks this of the same text dozens of times, each a scan
    of up to 2,000 characters. The same answer as `_SENTENCE_END.finditer(text, max(0, pos - 2000), pos)`'s last
    match: every end is one character and its lookbehinds see the whole text either way; only the character just
    before `pos` is read as that scan reads it, with the text cut at `pos` (so "5." there ends a sentence)."""
    low = max(0, pos - 2000)
    if pos - 1 >= low and _SENTENCE_END.match(text, pos - 1, pos):
        return pos
    ends = _sentence_ends(text)
    i = bisect_left(ends, pos - 1)
    return ends[i - 1] + 1 if i and ends[i - 1] >= low else 0


@lru_cache(maxsize=32)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence end of `text` stands (each is one character)."""
    return tuple(m.start() for m in _SENTENCE_END.finditer(text))


def _sentence_end(text: str, pos: int) -> int:
    end = _SENTENCE_END.search(text, pos)
    return end.start() if end else len(text)


def _sentence_of(text: str, pos: int) -> str:
    end = _SENTENCE_END.search(text, pos)
    return text[_sentence_start(text, pos):end.start() if end else len(text)]


# The role a date plays in its clause decides whether it is the promise (issue 14): a plan that moved,
# a date the sender says they cannot make, the date of a condition or of a meeting are not promises.
_CLAUSE_SPLIT = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()]|\s[-–—]\s|\s(?:but|and|then|aber|und|doch|dann|mais|et|puis|pero|y|sino|maar|mas|e|porem|however)\s")
_NEGATED = re.compile(r"\b(?:not|cannot|can't|won't|unable|nicht|ned|kein\w*|pas|jamais|niet|geen|nao|nunca)\b|n't\b"
                      r"|\bno\s+(?:podemos|podremos|puedo|es\s+posible|sera\s+posible|vamos|llegamos|sera|va\s+a|es|hace|hacen|hay|abre|trabaja|funciona|opera)\b|\blukt\s+niet\b")
_SI_ALONE = re.compile(r"\s*(?:[.!?,]|$)")  # "Sí." / "si," answers yes: not a condition


def _conditional(clause: str, language: str | None) -> bool:
    """The folded clause hangs on a condition; "se" counts only from a Portuguese sender (else "oneself")."""
    for m in CONDITION.finditer(clause):
        word = m.group(0)
        if word == "se" and (language or "")[:2] != "pt":
            continue
        if word == "si" and _SI_ALONE.match(clause, m.end()):
            continue
        return True
    return False


def _in_the_condition(clause: str, start: int, end: int, language: str | None) -> bool:
    """Is the date inside the condition itself: after the condition's word and before the main clause's future
    ("if you send the notes by Weds | we'll pay Fri", "wenn Sie bis Mittwoch liefern zahlen wir Freitag")? A clause
    without a comma carries both, and only the date after the commitment is promised."""
    openers = [m for m in CONDITION.finditer(clause, 0, start)
               if not (m.group(0) == "se" and (language or "")[:2] != "pt") and not (m.group(0) == "si" and _SI_ALONE.match(clause, m.end()))]
    return bool(openers) and bool(_COMMIT.search(clause, end) or _WE_PAY.search(clause, end))


# The main clause's payer in the plain present, which promises as well as a future does: "if it arrives by the 30th
# we pay on the 4th", "si llega antes del 30 pagamos el 4", "als het er op de 30e is betalen we de 4e".
_WE_PAY = re.compile(r"\b(?:(?:we|i)\s+(?:pay|send|transfer|wire|settle|release)|(?:zahlen|uberweisen|uberweise|zahle)\s+(?:wir|ich)"
                     r"|(?:nous\s+)?(?:payons|reglons|virons)|on\s+(?:paie|paye|regle|vire)|pagamos|transferimos|abonamos|liquidamos"
                     r"|betalen\s+(?:we|wij)|betaal\s+ik|maken\s+(?:we|wij)\s+over)\b")


# A plan that moved (issue 14: "was the 5th, now the 12th"). Which date is the old one and which the new
# one is read from the cue nearest to each date in its clause, see _plan_role.
_PLANNED_BEFORE = re.compile(r"\b(?:was|were|had\s+been|originally|initially|should\s+have|supposed\s+to|missed|cancel+ed|going\s+to\s+pay"
                             r"|had\s+(?:it|this|that|them|you)\s+(?:down|booked|scheduled|pencil+ed\s+in|lined\s+up)"
                             r"|war|waren|ursprunglich|eigentlich|verpasst|storniert|etait|initialement|devait|estaba|estaban"
                             r"|inicialmente|stond|oorspronkelijk|estava|eigenlijk|ia|iamos|ibamos|iba"
                             # "lo teníamos para el 31", "wir hatten es für den 31. geplant": had it down for
                             r"|teniamos|tenia|tinhamos|tinha|hatten|avions"
                             # "we had planned to pay on 10 September", "the transfer I'd booked for today"
                             r"|had\s+(?:planned|intended|meant)|(?:i|we)'d\s+(?:booked|scheduled|planned|set\s+up|lined\s+up)"
                             # "o pagamento seria dia 22, mas…" (not "serait-il possible de payer le 15")
                             r"|(?:seria|serait|ware|zou)(?=\s+(?:(?:el|le|o|am|op|de|the|on|dia|para|pour|fur|voor)\s+)*\d))\b")
# "planned", "prévu", "geplant" mark the old date only beside a move ("planned for the 2nd, moved to the 6th");
# alone ("the transfer is planned for Friday") they are the promise.
_PLANNED_WEAK = re.compile(r"\b(?<!-)(?<!\bre)(?:planned|scheduled|booked|prevu\w*|previst\w*|gepland|geplant\w*|vorgesehen\w*|marcad\w*|programad\w*"
                           r"|agendad\w*)\b")
_MOVE_VERB = re.compile(r"\b(?:moved|re-?booked|re-?scheduled|umgebucht|postponed|pushed\s+(?:back|out)|rescheduled|delayed|bumped|slipped|slips\s+to|moves\s+to|pushed\s+to|changed"
                        r"|(?:moving|shifting|pushing|bumping)\s+(?:it|this|that|them|the\s+\w+)\s+(?:back\s+|out\s+)?to|postponing|rescheduling|delaying"
                        r"|movio|movimos|corrio|corrimos|moveu|movemos|mudamos|passamos|empurr\w*|verzet\w*|verschuiven"
                        # brought forward: "vamos antecipar para dia 19", "adelantamos al 19", "auf den 19. vorgezogen", "avancé au 19"
                        r"|antecip\w*|adelant\w*|vorgezogen|vorziehen|ziehen\s+(?:\w+\s+){0,2}vor|avance\w*|vervroeg\w*|brought\s+forward|bring(?:ing)?\s+(?:it\s+)?forward"
                        r"|pasamos|pasado\s+al|aplazamos|pospus\w*|posterg\w*|traslad\w*|verschiebt|verschoben"
                        r"|verlegt|decale\w*|reporte\w*|aplazad\w*|pasa(?:do)?(?=\s+(?:al?|del)\b)|pasad[oa](?=\s+(?:el|la|los|las)\s+\w+\s+al\b)|movid\w*|verschoven|schuift|verschuift"
                        r"|opgeschoven|verplaatst|passou|adiad\w*|remarcad\w*|alterad\w*|retras\w*|atras\w*)\b")
_NOW = re.compile(r"\b(?:now|new\s+date|instead|correction|corrected|korrektur|korrigiert|rectificatif|rectification|correccion|correctie|correcao|next\s+one|in\s+the\s+end|jetzt|nun|stattdessen|neue[rn]?\s+termin|schliesslich"
                  r"|desormais|maintenant|ce\s+sera|nouvelle\s+date|finalement|ahora|nueva\s+fecha|finalmente|nu|nieuwe\s+datum"
                  r"|uiteindelijk|agora|nova\s+data|sera)\b")


_MOVED_TO = re.compile(r"\b(?:auf|to|au|al|naar|para|op|a)\s+(?:den|dem|the|le|el|de|o|a)?\s*$")


def _plan_role(clause: str, start: int, end: int) -> int:
    """+2 for the new date of a plan that moved, -3 for the old one, 0 when the clause says neither.

    The cue nearest before the date decides ("planned for the 2nd, moved to the 6th": the 2nd follows
    "planned", the 6th follows "moved"); with none before it, a plan or move right after it marks the old
    date ("the 2nd has been moved") and a "now" right after it the new one ("the 9th now")."""
    weak_counts = bool(_MOVE_VERB.search(clause) or _NOW.search(clause) or _PLANNED_BEFORE.search(clause))
    cues = sorted([(m.start(), m.end(), "plan") for m in _PLANNED_BEFORE.finditer(clause)]
                  + ([(m.start(), m.end(), "plan") for m in _PLANNED_WEAK.finditer(clause)] if weak_counts else [])
                  + [(m.start(), m.end(), "move") for m in _MOVE_VERB.finditer(clause)]
                  + [(m.start(), m.end(), "now") for m in _NOW.finditer(clause)])
    before = [c for c in cues if c[1] <= start]
    if before:
        return -3 if before[-1][2] == "plan" else 2
    after = [c for c in cues if c[0] >= end]
    if after and after[0][2] == "move" and after[0][0] - end <= 15 and _MOVED_TO.search(clause[max(0, start - 12):start]):
        return 2  # "wurde auf den 8.12. verschoben", "pushed to the 8th": where the plan moved to
    if after:
        first = after[0]
        if first[2] == "now":
            return 2 if first[0] - end <= 15 else 0
        return -3
    return 0


_MEETING = re.compile(r"\b(?:meet\w*|reun\w*|audit\w*|inspection|inspektion|keuring|inspeccion|inspecao|auditoria|treffen|termin\s+(?:mit|bei|beim)|appointment|call\s+with|rendez-vous|rdv|cita\s+con|afspraak|gesprek\s+met|reviews?|signs?\s+off|sign|valid\w*|sign\s+(?:it|this|them|that)\s+off|approv\w*|freigabe|freigeben|genehmig\w*|autoriza\w*|autorise\w*|goedkeur\w*|raad|schoolraad|gemeenteraad|besluit|college|camara|conselho|conseil|consejo|ayuntamiento"
                      r"|gemeinderat|stadtrat|vorstand|warrants?|signs|signed|tekent|ondertekent|unterschreibt|unterzeichnet|signera?|firma|firmara|assina|reune|reunen|board|committee|controller|tagt|\w*sitzung|besprechung|gesellschafterkreis"
                      r"|reunit|commission|comite|consejo|aprueba\w*|reunion|directie|keurt|\w*vergadering|diretoria|aprova\w*|reuniao|visierung"
                      r"|\w*versammlung|assemblee|asamblea|assembleia|junta"
                      r"|back\s+on|zuruck|de\s+retour|vuelve|terug|volta)\b")
_SEQUENCE = re.compile(r"\b(?:then|after\s+that|following|afterwards|danach|anschliessend|suivant|ensuite|puis|luego|despues"
                       r"|siguiente|daarna|vervolgens|depois|seguinte|so\s+(?:we|i|it|you|the\s+(?:payment|transfer|money)|maybe|perhaps|probably|likely|realistically|most\s+likely)"
                       r"|therefore|hence|deshalb|daher|donc|alors"
                       r"|asi\s+que|por\s+eso|daarom|dus|entao|por\s+isso)\b")
# "the first on 10 July, then 10 August", "die erste Rate am 1., dann ...": a list of parts opens with its first
_FIRST_OF_PARTS = re.compile(r"\b(?:the\s+first|die\s+erste|la\s+premiere|el\s+primero|la\s+primera|de\s+eerste|a\s+primeira|o\s+primeiro)"
                             r"(?:\s+(?:one|rate|instal+ment|payment|part|tranche|cuota|parcela|termijn))?\s+(?:on|am|le|el|op|em|no|na|dia|of)?\s*[^,;]{0,30}[,;]")
# "08031 will follow on the 4th": in a reply to a reminder, an invoice that follows is its payment
_PAY_MOVE = re.compile(r"\b(?:(?:is|are|'s)\s+going\s+(?=(?:on\s+|this\s+|next\s+)?(?:today|tomorrow|mon|tue|wed|thu|fri|the\s+\d))|(?:will|'ll|shall)\s+go(?!\s+(?:on\s+(?:holiday|leave|vacation)|away|through|over|back|before|to\s+(?:the\s+)?(?:board|committee|council|panel)))|(?:will|'ll|to)\s+follow|follows|seguira|seguiran|seguirao|suivra|suivront|go(?:es)?\s+out|reach|clear|wire|ach|check|cheque|mail|funds|run|sale|saldra|sai|partira|raus|volgt"
                       r"|overboeking|lote|remesa|campagne|zahllauf|betaalrun|pay\w*|paid)\b")


_FROM_TODAY = re.compile(r"\b(?:as\s+of|as\s+from|from|until|up\s+to|ab|bis|seit|a\s+partir\s+d'|jusqu'a|desde|hasta|vanaf|tot"
                         r"|a\s+partir\s+de|ate)\s*$")
# The date being replaced: "instead of Friday", "moved from the 2nd", "statt Freitag", "au lieu de vendredi".
_REPLACED = re.compile(r"(?:instead\s+of|rather\s+than|in\s+place\s+of|(?:moved|pushed|shifted|changed|postponed|delayed|brought)\s+(?:\w+\s+){0,3}from"
                       r"|(?:an)?statt|anstelle\s+(?:von)?|au\s+lieu\s+(?:de|du|d')|plutot\s+que|en\s+(?:vez|lugar)\s+del?"
                       r"|in\s+plaats\s+van|em\s+(?:vez|lugar)\s+d[aeo]s?"
                       # "schuift op van 27 november naar …", "adiada do dia 4 para …", "verschoben vom 4. auf …", "aplazado del 4 al …"
                       r"|(?:schuift\s+op|verschoven|verschuift|verplaatst|uitgesteld)\s+(?:\w+\s+){0,2}van|(?:adiad[oa]|passou|mudou|transferid[oa]|remarcad[oa])\s+(?:\w+\s+){0,2}d[eoa]"
                       r"|(?:verschoben|verlegt)\s+(?:\w+\s+){0,2}vo[mn]|(?:aplazad[oa]|pospuest[oa]|movid[oa]|movio|paso|pasad[oa]|trasladad[oa]|cambio)\s+(?:\w+\s+){0,2}del?"
                       r"|(?:reporte|decale|repousse)e?s?\s+(?:\w+\s+){0,2}du)\s*(?:the|le|la|el|de|het|o|a|am|dem|des|on|op|na|no)?\s*(?:dia\s+)?$")
_RECEIPT = re.compile(r"\b(?:receiv|recev|recib|receb|ontvang|krijg|erhalt|bekomm|have\s+(?:it|the\s+(?:money|funds)))\w*")
_MONEY = re.compile(r"[€$£]|\d[.,]\d\d\b|\b(?:eur|usd|gbp|funds|money|amount|balance|geld|betrag|bedrag|montant|argent|importe|dinero"
                    r"|valor|dinheiro|saldo|solde|zahlung|payment|virement|transferencia|transferencia|overboeking)\b")
# The money reaching the creditor, said without a payment word: "you'll have it Friday", "ça part vendredi".
_DELIVERY = re.compile(r"\b(?:have\s+it|with\s+you|land|arrive|expect\s+it|kommt|l'aurez|part(?:ira)?(?!\s+(?:de|du|des)\b)"
                       r"|l[oa]\s+tendr\w*|l[oa]\s+tienen|heeft\s+het|deur\s+uit|te-lo|tera|(?:on\s+)?fait\s+ca|do\s+it|lo\s+hacemos"
                       r"|doen\s+(?:we\s+|wij\s+)?het|fazemos|machen\s+wir|erledig\w*"
                       r"|lo\s+dejamos|queda\s+para|llega\w*|arriver\w*|chega\w*|komt\s+aan|kommt\s+an|l[oa]s?\s+tien\w*"
                       r"|het\s+wordt|it(?:'ll|\s+will)\s+be|wird\s+es|c'est\s+promis)\b")
# A payment run at month end releases on a working day (issue 14: "the month-end run").
_RUN = re.compile(r"\b(?:run|batch|cycle|lot|remesa|lote|ciclo|corrida|campagne|proceso\s+de\s+pagos?|processamento|betaalronde)\b"
                  r"|zahllauf|zahlungslauf|betaalrun|betalingsrun|virements?\s+group")
# Words that commit to a date ahead, whatever the reply's intent: future tense, "scheduled", "you will receive".
_COMMIT = re.compile(
    r"\b(?:will|'ll|shall|going\s+to|gonna|scheduled|planned|queued|booked|lined\s+up|loaded\s+for|slotted\s+(?:in|into|for)|set\s+up\s+for|goes?\s+out|going\s+out|expect|aim|intend"
    r"|goes\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri)\w*|today|tomorrow|next|this)|should\s+(?:reach|arrive|land|clear|be\s+with)|you(?:'ll)?\s+(?:have|get|receive|see)|can\s+(?:pay|do|release|send|settle)"
    r"|suit|folgt|sigue|volgt|segue|sale|queda|dejamos|(?:we|i)\s+(?:pay|transfer|settle|send|wire)"
    r"|werden|wird|werde|erfolgt|geht|kommt|eingeplant|vorgesehen|erhalten\s+sie|bekommen\s+sie|(?:zahlen|uberweisen|begleichen)\s+wir"
    # a future in -ra ("paiera", "pagará", "seguirá"), not a word that ends so ("para", "fatura", "agora", "nuestra")
    r"|(?!\w*feira\b)(?!(?:para|fatura|factura|agora|ahora|hora|otra|outra|nuestra|vuestra|compra|obra|fora|contra|entra|carta|ultra|extra)\b)\w+(?:rons|rez|ra)\b"
    r"|va|vais|allons|recevrez|prevu|programme|part"
    r"|\w+(?:remos|ran)\b|vamos|vais|iremos|ira|vao|vai|recibir\w*|receber\w*|saldra|sai|agendad\w*|programad\w*|previst\w*"
    r"|zullen|zal|gaan|gaat|wordt|worden|ontvangt|krijgt|gepland|betalen\s+(?:we|wij)|maken\s+(?:we|wij))\b")


def _split_clause_span(sentence: str, offset: int) -> tuple[int, int]:
    """Where the clause of `sentence` holding position `offset` starts and ends, split at commas, 'but', 'then'…"""
    start = 0
    for m in _CLAUSE_SPLIT.finditer(sentence):
        if m.start() >= offset:
            return start, m.start()
        start = m.end()
    return start, len(sentence)


# What a clause holds when it only restates a date: "Freitag, den 27.11.", "sexta seguinte, dia 27", "Tuesday (the 8th)".
_DATE_ONLY_CLAUSE = re.compile(r"\s*(?:(?:the|on|am|den|dem|le|el|op|de|dia|no|na|o|a|du|del|do)\s+)*"
                               r"(?:\d{1,2}(?:st|nd|rd|th|er|e|o|a|\.?[ºª])?(?:[./-]\d{1,2}(?:[./-]\d{2,4})?)?\.?|(?:" + _MON_ANY + r")\s+\d{1,2}|\d{1,2}\s+(?:" + _MON_ANY + r"))\s*\.?\s*$")


def _clause_span(sentence: str, offset: int) -> tuple[int, int]:
    """Where the clause of `sentence` holding position `offset` starts and ends (commas, 'but', 'then'…). A clause
    that only restates a date ("am Freitag, den 27.11., veranlasst") is read with the clause it stands in apposition
    to, so the restated day keeps the role of the words around it."""
    start, end = _split_clause_span(sentence, offset)
    if start > 0 and _DATE_ONLY_CLAUSE.fullmatch(sentence[start:end]):
        start = _split_clause_span(sentence, max(0, start - 2))[0]
    return start, end


def _clause_of(sentence: str, offset: int) -> str:
    """The clause of `sentence` holding position `offset`, between commas, semicolons, 'but', 'then'…"""
    start, end = _clause_span(sentence, offset)
    return sentence[start:end]


# Money that reaches the sender from someone else, or that the sender waits on: a reason's day, not the promise's.
_MONEY_COMING_IN = re.compile(r"\b(?:(?:fees?|contract|clients?|customers?|buyers?|debtors?|wholesalers?|distributors?|grant|subsid\w*|funding|reimbursement|milestone|insurer|insurance|donor|council|job|project|sales|takings|receipts)"
                              r"\s+(?:\w+\s+){0,2}(?:pays?|come[s]?\s+in|comes?|settles?|clears?|arrives?|lands?)"
                              r"|wait\w*\s+(?:on|for)\s+(?:\w+\s+){0,4}(?:to\s+(?:settle|pay|clear|come\s+in)|payment|money|funds)"
                              # "nos clients commerciaux paient le 25", "unsere Kunden zahlen am 25."
                              r"|(?:clients?|kunden|clientes?|klanten|afnemers)\s+(?:\w+\s+){0,2}(?:paient|paie|reglent|zahlen|bezahlen|pagan|paga|pagam|betalen|betaalt)"
                              r"|pays?\s+us|zahl(?:t|en)\s+uns|nous\s+(?:paie|paient|verse|versent|regle|reglent)|nos\s+(?:paga|pagan|pagam)|betaal?(?:t|en)\s+ons)\b")


# "instead of the 20th", "statt am 20.", "au lieu du 20", "en vez del 20", "in plaats van de 20e", "em vez do dia 20"
_INSTEAD_OF = re.compile(r"\b(?:instead\s+of|rather\s+than|(?:an)?statt|anstelle|au\s+lieu\s+d[eu']?|en\s+(?:lugar|vez)\s+de(?:l)?|in\s+plaats\s+van"
                         r"|em\s+vez\s+d[eoa]|ao\s+inves\s+d[eoa])\s+(?:(?:the|am|dem|le|el|de|o|a|dia)\s+)*$")
# The first instalment's day: "first one USD 8,100 on 5 October", "la première de 1 300 € le 30"
# "due 25 February", "fällig am 15.", "échue le 10", "vencida el 5", "vervallen op 3 maart": the day a bill fell due
_DUE_ON = re.compile(r"\b(?:due|fallig|echue?s?|vencid[oa]s?|vervallen)\s+(?:on\s+|am\s+|zum\s+|le\s+|au\s+|el\s+|op\s+|em\s+|no\s+)?(?:the\s+|dia\s+)?$")
_FALLING_DUE_AFTER = re.compile(r"\s*f(?:a|ae)llige?[nmrs]?\b")  # "die am 15.04. fällige Rate"
_FIRST_INSTALMENT_ON = re.compile(r"\b(?:the\s+)?first(?:\s+(?:one|instal+ment|payment|tranche|rate|part))?\s+(?:of\s+)?(?:(?:usd|eur|gbp|chf|[€$£])\s?)?[\d.,\s]*"
                                  r"(?:(?:usd|eur|gbp|chf|[€$£])\s+)?(?:on|by)\s+(?:the\s+)?$")
# A date the sender labels as the payment's
_DATE_LABEL = re.compile(r"\b(?:(?:target|payment|pay|planned|scheduled|expected|value|new)\s+(?:payment\s+)?date|nieuwe\s+datum|neue[sr]?\s+(?:datum|termin)"
                         r"|nouvelle\s+date|nueva\s+fecha|nova\s+data|zahlungs(?:datum|termin)|valuta(?:datum)?|date\s+de\s+(?:paiement|valeur|virement)"
                         r"|fecha\s+(?:de\s+)?(?:pago|valor|transferencia)|betaal(?:datum|dag)|data\s+(?:de\s+|do\s+)?(?:pagamento|valor))"
                         r"(?:\s+(?:prevue|prevista|voorzien|geplant))?\s*(?:is|will\s+be|ist|est|es|e|:|=|-|\u2013)?\s*(?:(?:on|am|le|el|op|no|dia|the)\s+)*"
                         r"(?:[a-z-]+\s*,?\s+)?$")  # and the weekday before the date ("Nieuwe datum: vrijdag 19 oktober")
# "the payment run of week 39 is postponed", "der Zahllauf am 28. wurde verschoben": a day given up, said after it
_POSTPONED_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:is|was|has\s+been|have\s+been|wurde|ist|a\s+ete|est|fue|ha\s+sido|foi|werd|wordt|is\s+nu)\s+(?:\w+\s+)?"
                              r"(?:postponed|delayed|pushed\s+back|cancel+ed|uitgesteld|verschoven|geannuleerd|verschoben|abgesagt|verlegt|reportee?|decalee?"
                              r"|annulee?|aplazad[oa]|pospuest[oa]|cancelad[oa]|adiad[oa])\b")


def head_of(folded: str, f: "FoundDate") -> str:
    """The leading words a date phrase carries ("on the", "by"), read with the words before it."""
    return re.match(r"(?:(?:by|on|before|until|till|from|the)\s+)*", folded[f.start:f.end]).group(0)


# The part of a bill still to come, named apart from the part paid: "the rest", "the small one", "die größere Rechnung".
_PART_TO_COME = re.compile(r"\b(?:the\s+(?:balance|rest|remainder)|le\s+(?:solde|reste)|(?:der|den)\s+rest(?:betrag)?|restbetrag|el\s+(?:resto|saldo)"
                           r"|het\s+(?:restant|saldo)|de\s+rest|o\s+(?:restante|resto|saldo)"
                           r"|(?:the|die|der|das|le|la|el|de|het|o|a)\s+(?:small(?:er)?|big(?:ger)?|large(?:r)?|other|second|kleinere?|andere"
                           r"|grose(?:re)?|petite|grande|pequena|kleine|grote|outra|otra)\s+(?:one|invoice|rechnung|facture|factura|factuur|fatura)?)\b")
_GOES_THROUGH = re.compile(r"\b(?:go(?:es)?|will\s+go|going)\s+(?:through|out|over)\b")


# Someone else the sender pays, whose day is not ours: staff and payroll, the tax office, the landlord.
_ANOTHER_PAYEE = re.compile(r"\b(?:payroll|salar(?:y|ies)|wages|staff|employees|(?:vat|tax)\s+(?:return|payment|bill)|landlord|rent"
                            r"|gehalt\w*|gehaelter|lohn\w*|lohne|(?:das|dem|des|unser|unserem)\s+personals?|mitarbeiter\w*|finanzamt"
                            r"|salaires?|paie\s+(?:du|de\s+nos)|(?:au|du|le|notre)\s+personnel|loyer|urssaf"
                            r"|salarios?|nominas?|gratificacion\w*|aguinaldos?|(?:al|del|el|nuestro)\s+personal|planillas?|alquiler|hacienda"
                            r"|salariss?en|lonen|loon\w*|personeel|huur|belastingdienst"
                            r"|folha(?:\s+de\s+pagamento)?|funcionarios|decimo\s+terceiro|13o\s+salario|aluguel|aluguer)\b")
# ... unless the clause is about our bill too
_OUR_BILL = re.compile(r"\b(?:your|you|ihre?n?|sie|votre|vos|vous|su|sus|usted\w*|uw|u|jullie|sua|seu|voces|invoices?|inv|rechnung\w*"
                       r"|factur\w*|factuur|facturen|fatura\w*)\b")


def promise_role_score(folded: str, f: FoundDate, language: str | None = None) -> int:
    """How strongly the clause around a date commits to paying on it (higher is more of a promise)."""
    sentence_start = _sentence_start(folded, f.start)
    sent = _sentence_of(folded, f.start)
    clause_start, clause_end = _clause_span(sent, f.start - sentence_start)
    clause = sent[clause_start:clause_end]
    before = folded[sentence_start:f.start]
    score = 0
    # "paid 94512 yesterday, the small one will go through before EOFY", "540,– wurde angewiesen, die größere Rechnung folgt
    # nächste Woche", "we transferred 3000 today, the rest 3215 until 30.06": the part still to come, dated in its own clause
    part_to_come = bool(_PART_TO_COME.search(clause)) and bool(
        _COMMIT.search(clause) or _GOES_THROUGH.search(clause) or _DEADLINE.search(folded, max(sentence_start, f.start - 25), f.start))
    if _PROMISE_CUE.search(clause) or _PAY_MOVE.search(clause) or _DELIVERY.search(clause) or part_to_come \
            or ((_RECEIPT.search(clause) or _COMMIT.search(clause)) and _MONEY.search(clause)):
        score += 2
    elif _PROMISE_CUE.search(sent):
        score += 1
    # "paid" after "will be" / "wordt" / "sera" is a passive future, not a payment made
    # "both invoices will be paid the week after next, Tuesday": "paid" after a commitment earlier in the sentence is a passive future
    # ("die 94940 überweisen wir am 10.09., die 94941 ist bereits am Montag raus": a clause of its own told as done)
    if f.past is not None and not _COMMIT.search(clause) and not part_to_come \
            and (_PAST_CUE.search(sent) and not _COMMIT.search(sent, 0, clause_start) or _PAST_CUE.search(clause)
                 or _DONE.search(clause) and not _COMMIT.search(sent, 0, clause_start)):  # ("will then be made": a future, split at "then")
        score -= 2
    if any(m.group(0) != "pas" or (language or "")[:2] != "nl" for m in _NEGATED.finditer(clause)):
        score -= 3  # (Dutch "pas op donderdag" is "not until Thursday", no negation)
    if _HABIT.search(clause):
        score -= 2  # "we pay vendors on the 1st and 15th": the payer's routine, not this invoice's day
    if _ANOTHER_PAYEE.search(clause) and not _OUR_BILL.search(clause):
        score -= 3  # "first we pay the staff bonuses (15/07); your invoice on the 20th": someone else's payday
    if _SOMEONE_AWAY.search(clause) and not _PROMISE_CUE.search(clause):
        score -= 3  # "Lewis is out today": the day someone is away, not a day of payment
    at = f.start - sentence_start - clause_start
    if _conditional(clause, language):
        score -= 3
        if _in_the_condition(clause, at, at + (f.end - f.start), language):
            score -= 3  # "if you send the notes by Weds we'll pay Fri": Weds is the condition's date, Fri the promise
    score += _plan_role(clause, at, at + (f.end - f.start))
    lead = clause[max(0, at - 45):at]
    meeting = list(_MEETING.finditer(lead))
    if meeting and not (_PAY_MOVE.search(lead, meeting[-1].end()) or _PROMISE_CUE.search(lead, meeting[-1].end())):
        score -= 3  # the meeting's own date: "the board meets on the 16th", "na het besluit van het college op 24 november"
    if folded[:f.start].rstrip().endswith("(") and folded[f.end:].lstrip().startswith(")"):
        # "después del día de la Virgen (12 de diciembre)": a bracket dates the event named before it
        glossed = re.search(r"[^,;:.!?\n]*\(\s*$", folded[sentence_start:f.start])
        if glossed and _opens_on_an_event(glossed.group(0)):
            score -= 3
    if _opens_on_an_event(clause[:at]) or _AN_EVENT_STARTS.search(before[-30:]):
        score -= 3  # "on Friday 11th, after our stock-taking on the 10th", "después de la junta del día 2": the event's day
    head = head_of(folded, f)  # the phrase may carry its own preposition ("from the 2nd"): read it with the words before
    lead_in = before[-40:] + head
    if _INSTEAD_OF.search(lead_in):
        score -= 4  # "now planned for 27th September instead of 20th September": the day given up
    if _DUE_ON.search(lead_in) or _FALLING_DUE_AFTER.match(folded, f.end):
        score -= 3  # "the instalment due 25 February will be paid on 28 February": the day it fell due
    if _FIRST_INSTALMENT_ON.search(lead_in) or _LATEST_BEFORE.search(lead_in):
        score += 2  # "first one USD 8,100 on 5 October", "au plus tard lundi", "spätestens am Freitag": the day that binds
    if _DATE_LABEL.search(lead_in):
        score += 2  # "target date 4/7", "Zahlungsdatum: 8.4.", "date de paiement prévue le 8": the day the sender names as the payment's
    if _SEQUENCE.search(before) and not _FIRST_OF_PARTS.search(before):
        score += 2  # "then" after "the first on 10 July" lists the parts, it does not move the day
    if _REPLACED.search(lead_in) or _POSTPONED_AFTER.match(folded, f.end):
        score -= 4
    if f.kind == "today" and _FROM_TODAY.search(before[-25:]):
        score -= 3  # "as of today", "ab heute": a point of reference, not the day of payment
    if _AT_THE_LATEST.match(folded, f.end):
        score += 3  # "début décembre, le 2 au plus tard": the date that binds
    if _REFINED.search(before[-30:]):
        score += 3  # "the week of the 7th, let's say Tuesday 8th": the sentence narrows down to this one
    if _LATEST_BEFORE.search(before[-30:] + head):
        score += 3  # "next week, latest on Wednesday": the latest day said first
    if _VALUE_DATE.search(before[-30:] + head):
        score += 4  # "mit Valuta 3.12.": the value date is the day the money moves
    if _CORRECTION.search(before[-40:] + head):
        score += 4  # "(not this Monday – the 7th)": the day given as a correction wins
    if _CONTRAST.search(before[-30:] + head) and (_NEGATED.search(before) or (language or "")[:2] == "es" and re.search(r"\bno\b", before)):
        score += 4  # "ya no será el 25, sino el 1": the date that replaces a denied one
    return score


# "Mañana es el chupinazo", "Tomorrow is Yom Kippur", "Morgen ist der Umzug": what the day is, not a day to pay on
_A_DAY_THAT_IS_AN_EVENT = re.compile(r"\s+(?:is|es|ist|est|wordt|c'est)\s+(?!(?:(?:the|el|la|der|die|das|le|het|de|o|a|our|unser|notre|nuestro|onze|nosso)\s+)?"
                                     r"(?:\d|day\b|dia\b|jour\b|tag\b|dag\b|fine\b|ok\b|good\b|bien\b|gut\b|goed\b|bom\b|(?:[\w-]+\s+)?(?:pay|zahl|paie|pag|betaal|run|transfer|virement|deadline|last\b)))"
                                     r"[a-z]")
# "the Oktoberfest, which starts on the 3rd", "que começa dia 3", "die Messe beginnt am 12.": an event's first day
_AN_EVENT_STARTS = re.compile(r"\b(?:starts|begins|opens|kicks\s+off|beginnt|startet|commence|debute|empieza|comienza|arranca|begint|start|comeca|inicia|abre)"
                              r"(?:\s+(?:on|am|le|el|op|no|em|dia|the|a|en))*\s*$")
# A clause opening on "after" and an event that has its own day: "after our stock-taking on the 10th", "nach der Inventur am
# 12.12.", "après l'audit du 3", "depois da auditoria no dia 2/12" (not "after the 10th": no event is named).
_AFTER_AN_EVENT = re.compile(r"\W*(?:(?:and|y|e|et|und|en)\s+)?(?:after|following|despues\s+del?|luego\s+del?|tras|nach|apres|na\s+(?:de|het|onze|ons|hun)|depois\s+d[aoe]s?|apos)\s+(?P<event>.*)")
def _opens_on_an_event(text: str) -> bool:
    """Whether the words open on "after" and an event that is not the payment ("after our stock-taking on", "nach der
    Inventur am"): the day right after them is the event's."""
    event = _AFTER_AN_EVENT.match(text)
    return bool(event and _EVENT_WORD.search(event.group("event")) and not PAYMENT_WORD.search(event.group("event")))


_EVENT_WORD = re.compile(r"\b(?!(?:the|our|their|your|this|that|der|die|das|dem|den|unserer?|la|le|les|del|los|las|notre|nuestra?|onze|het|de|da|do|dos|das|nossa?|weekend|week|month)\b)[a-z][a-z'-]{3,}")


# A payer's routine, told of suppliers in general: "we pay vendors on the 1st and 15th", "wir zahlen Lieferanten immer
# am 25.", "nous réglons nos fournisseurs le 10", "pagamos a proveedores los días 5", "wij betalen leveranciers op de 20e",
# "pagamos os fornecedores no dia 10".
_HABIT = re.compile(r"\b(?:(?:pay|paying|pays)\s+(?:all\s+)?(?:our\s+)?(?:vendors|suppliers)|(?:usually|normally|generally|typically|always|normalerweise|ublicherweise|immer|normalement|habituellement|toujours|normalmente|generalmente|siempre|gewoonlijk|normaal|altijd|sempre)\s+(?:\w+\s+)?(?:pay|zahl|paie|pag|betal|regl)\w*|(?:pay|zahl|paie|pag|betal|regl)\w*\s+(?:\w+\s+)?(?:always|immer|toujours|siempre|altijd|sempre)\b|(?:zahlen|bezahlen|begleichen)\s+(?:\w+\s+){0,2}lieferanten"
                    r"|(?:payons|reglons|payer)\s+(?:tous\s+)?(?:nos|les)\s+fournisseurs|pagamos\s+(?:a\s+)?(?:(?:los|nuestros|todos\s+los)\s+)?proveedores"
                    r"|betalen\s+(?:\w+\s+){0,2}leveranciers|pagamos\s+(?:(?:os|aos|nossos|todos\s+os)\s+)?fornecedores)\b")

# Someone away on the day named: "Lewis is out today", "sie ist heute nicht im Haus", "il est absent aujourd'hui".
_SOMEONE_AWAY = re.compile(r"\b(?:(?:is|am|are|'s|'m)\s+(?:out|off|away|not\s+in)|ist\s+(?:\w+\s+){0,2}(?:nicht\s+(?:da|im\s+(?:haus|buro))|abwesend)"
                           r"|est\s+(?:\w+\s+){0,2}absente?|esta\s+(?:\w+\s+){0,2}(?:fuera|ausente)|is\s+(?:\w+\s+){0,2}(?:afwezig|er\s+niet)"
                           r"|(?:esta|nao\s+esta)\s+(?:\w+\s+){0,2}(?:fora|ausente))\b")
# "latest on Wednesday", "spätestens Mittwoch", "au plus tard le 3": the binding date, with the cue before it.
_LATEST = (r"at\s+the\s+(?:very\s+)?latest|latest|spatestens|au\s+plus\s+tard|a\s+mas\s+tardar|como\s+muy\s+tarde|uiterlijk"
           r"|op\s+zijn\s+laatst|o\s+mais\s+tardar|no\s+mais\s+tardar")
_LATEST_BEFORE = re.compile(r"\b(?:allerspatestens|" + _LATEST + r")\s*,?\s*"
                            r"(?:(?:on|by|am|le|el|op|na|no|o|a|the|den|aber|jedoch|but|mais|pero|maar|mas)\s+|(?:" + _WD_FULL + r")\s*,?\s*)*$")
# "the week of the 14th, at the latest Wednesday 16": a latest day after a week narrows it to that day
_LATEST_AFTER = re.compile(r"\b(?:" + _LATEST + r")\b")
# A value date ("Valuta 3.12.", "value date 3 Dec", "date de valeur", "fecha valor", "valutadatum", "data valor") is the payment day.
_VALUE_DATE = re.compile(r"\b(?:valuta(?:datum)?|value\s+date|date\s+de\s+valeur|fecha\s+(?:de\s+)?valor|data\s+(?:de\s+)?valor"
                         # "Expected transfer date 9 July", "Zahlungsdatum: 9.7.", "date de paiement le 9", "fecha de pago: 9"
                         r"|(?:(?:expected|planned|scheduled|new)\s+)?(?:transfer|payment|pay)\s+date|zahlungs(?:datum|termin)|uberweisungsdatum"
                         r"|date\s+(?:de\s+|du\s+)?(?:paiement|virement)|fecha\s+de\s+(?:pago|transferencia)|betaal(?:datum|dag)|data\s+(?:de|do)\s+pagamento)\s*[:,]?\s*"
                         r"(?:(?:am|on|le|el|op|de|du|del|dia|the|den)\s+)*$")
# "not the 25th but the 1st", "nicht am 25., sondern am 1.", "plus le 25 mais le 1er", "no el 25 sino el 1", "niet de 25e maar de 1e",
# "não dia 25 mas sim dia 1": the date after the contrast is the one that holds (scored only after a negation).
_CONTRAST = re.compile(r"\b(?:but|sondern|mais|sino|maar|mas(?:\s+sim)?)\s+(?:(?:rather|instead|on|the|this|am|diesen|le|ce|el|este|esta|op|deze|de|dia|no|o|a|en|em)\s+)*$")
# A day given as a correction of another: "not this Monday – the 7th", "nicht diesen Montag, den 7.", "pas ce lundi : le 7",
# "no este lunes, el 7", "niet deze maandag maar de 7e" is _CONTRAST's, "não esta segunda – dia 7".
_CORRECTION = re.compile(r"\b(?:not|nicht|pas|no|niet|nao)\s+(?:this|that|diesen|ce|este|esta|deze|die|dit|esta)\s+\w+(?:-feira)?\s*"
                         r"(?:[-\u2013\u2014,:]|\.\.\.)\s*(?:(?:on|the|am|den|le|el|op|de|dia|o|a)\s+)*$")
# What a date's clause names when it is the rest of a split payment ("1 500 € next week and the balance end of December").
_BALANCE = re.compile(r"\b(?:the\s+(?:balance|rest|remainder)|(?:and|&)\s+(?:balance|rest|remainder)|remaining|le\s+(?:solde|reste)|(?:der|den)\s+rest(?:betrag)?|restbetrag"
                      r"|el\s+(?:resto|saldo)|lo\s+(?:restante|demas)|het\s+(?:restant|resterende|saldo)|de\s+rest|o\s+(?:restante|resto|saldo)"
                      # "uma agora e outra no fim de outubro", "one now and the other at month end": the second part
                      r"|(?:and|e|y|et|und|en)\s+(?:a\s+|la\s+)?(?:outra|otra|l'autre|the\s+other|die\s+andere|de\s+andere))\b")
# A plan's first day: "over 4 months starting 1 December", "in 3 Raten ab dem 1.", "en 3 fois à partir du 5".
_STARTING = re.compile(r"\b(?:starting|beginning|commencing|from|ab(?:\s+dem)?|beginnend|a\s+partir\s+d[eu']|des\s+le|desde|a\s+partir\s+del?"
                       r"|vanaf|met\s+ingang\s+van|a\s+partir\s+d[oa]|com\s+inicio\s+(?:a|em))\s*(?:(?:on|the|le|el|den|dem|dia|o|a)\s+)*$")
# A plan told by its instalments before its start date: "4 x 990 monthly from 1 December", "in drei Raten ab dem 1.",
# "en 3 mensualités à partir du 5", "en cuotas mensuales desde el 1", "in termijnen vanaf 1 maart", "em parcelas a partir de 1".
_INSTALMENTS = re.compile(r"\b(?:monthly|per\s+month|a\s+month|instal\w*|\d+\s*x|x\s*[€$£]?\s*\d|raten|monatlich\w*|mensualit\w*|par\s+mois"
                          r"|cuotas|mensual\w*|al\s+mes|termijnen|maandelijks\w*|per\s+maand|parcelas|mensais|por\s+mes)")
# A plan in parts, by the words for its parts: "en tres parcialidades", "em duas prestações", "in two tranches".
_PLAN_PARTS = re.compile(r"\b(?:instal\w*|parcialidad\w*|plazos|cuotas|prestaco\w*|parcelas?|parcelar|tranches?|echeances?|mensualit\w*|raten|teilzahlung\w*"
                         r"|termijnen|rate|etaler|etalement|spread|split\s+(?:it|the\s+\w+|this)|fraccionar|aufteilen|verdelen|dividir"
                         r"|en\s+(?:deux|trois|quatre|\d)\s+fois|in\s+(?:two|three|four|\d)\s+(?:parts|payments|goes)|in\s+(?:zwei|drei|vier|\d)\s+(?:teilen|raten|zahlungen)"
                         r"|en\s+(?:dos|tres|cuatro|\d)\s+(?:pagos|partes|veces)|in\s+(?:twee|drie|vier|\d)\s+(?:delen|keer|termijnen)|em\s+(?:duas|tres|quatro|\d)\s+(?:vezes|parcelas|prestacoes))\b")
# "our payment run dates for April are 7/4, 14/4 and 28/4": a calendar of runs, not the day of this payment
_RUN_CALENDAR = re.compile(r"\b(?:(?:(?:payment|pay|check|cheque|supplier)\s+)?(?:run|runs|batch)\s+(?:dates|days)|payment\s+(?:dates|days)|pay\s?days"
                           r"|zahl(?:ungs)?(?:lauf|laufe|tage|termine)|dates\s+de\s+(?:paiement|virement)|fechas\s+de\s+pago|betaal(?:dagen|data|runs)"
                           r"|datas\s+de\s+pagamento)\b[^.;:!?]{0,30}?\b(?:are|is|sind|sont|son|zijn|sao|:)\s")
# The day money arrives, said after the day it is sent: "should land tomorrow", "já deve estar convosco amanhã".
_LANDS = re.compile(r"\b(?:land(?:s|ed)?|arriv\w*|be\s+(?:there|with\s+you|in\s+your\s+account)|reach(?:es)?\s+you|hit\s+your\s+account|estar\s+(?:convosco|con\s+ustedes)"
                    r"|cheg\w*|lleg\w*|bei\s+ihnen|auf\s+ihrem\s+konto|ankommen|eingehen|chez\s+vous|sur\s+votre\s+compte|bij\s+jullie|bij\s+u|op\s+uw\s+rekening)\b")
# Between two dates offered as alternatives: "the 2nd or 3rd", "Donnerstag oder Freitag", "na 2.ª ou na 3.ª".
_OR = re.compile(r"\s*,?\s*(?:or|oder|ou|o|of)\s+(?:(?:the|on|am|le|el|op|o|a|na|no|dia|den)\s+)?$")
# A range, kept until its last day: "between the 29th and the 31st", "zwischen dem 5. und 8.", "entre le 28 et le 30",
# "entre el 4 y el 6", "tussen de 28e en de 31e" (LABELING: a range is dated on its last day).
_BETWEEN = re.compile(r"\b(?:between|zwischen|entre|tussen)\s+(?:(?:the|dem|den|le|les|el|los|os|o|de|het)\s+)?(?:(?:dias?|days?)\s+)?$")
_AND = re.compile(r"\s*(?:and|und|et|y|e|en)\s+(?:(?:the|dem|den|le|el|o|de|het|dia)\s+)?$")


# A reason given after the promised date: its own dates explain the promise, they are not it.
_BECAUSE = re.compile(r"\b(?:because|since|as\s+(?:our|we|the)|weil|denn|da\s+(?:wir|unsere?)|car|parce\s+qu|puisque|porque|ya\s+que|pues"
                      r"|omdat|aangezien|pois|ja\s+que|visto\s+que|given\s+that)\b")


def _told_as_done(folded: str, f: FoundDate) -> bool:
    """The clause of a date tells of something done ("die Hälfte ist heute raus", "paid today")."""
    clause = _clause_of(_sentence_of(folded, f.start), f.start - _sentence_start(folded, f.start))
    return bool(_DONE.search(clause) or _PAST_CUE.search(clause)) and not _COMMIT.search(clause)


def _against_the_others(folded: str, scored: list[tuple[int, FoundDate]]) -> list[tuple[int, FoundDate]]:
    """Roles a date takes from the dates beside it in its sentence: after a dated meeting or approval, the date a
    payment is named with is the payment's ("the committee meets on the 19th, payment on the 23rd"); the rest of a
    split payment comes after the first part, which the promise is kept or broken by; a plan's start date beats
    its length ("over 4 months starting 1 December")."""
    out = []
    for score, f in scored:
        start = _sentence_start(folded, f.start)
        earlier = [g for _, g in scored if g.start < f.start and _sentence_start(folded, g.start) == start]
        clause = _clause_of(_sentence_of(folded, f.start), f.start - start)
        if any(_MEETING.search(folded[max(start, g.start - 45):g.start]) for g in earlier) \
                and (_PROMISE_CUE.search(clause) or _PAY_MOVE.search(clause)):
            score += 3
        if earlier and _BALANCE.search(folded[max(start, f.start - 30):f.start]) and not all(_told_as_done(folded, g) for g in earlier):
            score -= 2  # the rest comes after the first part, unless that part is already gone ("die Hälfte ist heute raus")
        if _MONEY_COMING_IN.search(clause) and not _WE_PAY.search(clause) and any(
                g.future != f.future and not _MONEY_COMING_IN.search(_clause_of(_sentence_of(folded, g.start), g.start - _sentence_start(folded, g.start)))
                for _, g in scored if g is not f and g.future is not None):
            # "the parents' fees come on 10th. We pay on 11 June", "vrijdag de 17de … want de bank betaalt ons pas de 16de":
            # the day money reaches the sender, beside another day
            score -= 2
        before_it = earlier or [g for _, g in scored if g.end <= f.start]  # "paying this arvo. Should be there Thursday."
        if before_it and _LANDS.search(clause) and not _PROMISE_CUE.search(clause) and folded[before_it[-1].end:f.start].strip():
            score -= 3  # "paid today, should land tomorrow", "releasing today, it'll be there tomorrow": the day it is sent binds
        if earlier and _SEQUENCE.search(folded, earlier[0].end, f.start) and _PLAN_PARTS.search(folded):
            score -= 3  # "three instalments: the first on 30 September, then 31 October": a plan is kept by its first one
        if _RUN_CALENDAR.search(folded, start, f.start):
            score -= 3  # one of a calendar's days; the day this payment is slotted into is named apart ("into the 14/4 run")
        if earlier and _BECAUSE.search(folded, earlier[-1].end, f.start):
            score -= 3  # "we pay on the 16th, because our customers pay us on the 15th": the reason's date is context
        if _STARTING.search(folded[max(start, f.start - 30):f.start]) and (any(
                g.kind == "in_n" and _sentence_start(folded, g.start) == start for _, g in scored if g is not f)
                or _INSTALMENTS.search(folded, start, f.start)):
            score += 2
        out.append((score, f))
    return out


def _the_later_of_two(folded: str, best: FoundDate, cands: list[FoundDate]) -> FoundDate:
    """"the 2nd or 3rd", "Thursday or Friday", "between the 29th and the 31st": the promise is kept by the later day,
    so that one is promised."""
    in_a_range = bool(_BETWEEN.search(folded, max(0, best.start - 25), best.start))
    for f in cands:
        if f.kind in _WEEK_SPANS and best.kind in _WEEKDAY_KINDS:
            continue  # "Thursday of week 49" (Dutch "of" is "or"): the week places the weekday, it is no alternative
        gap = folded[best.end:f.start]
        if f.start >= best.end and (_OR.match(gap) or in_a_range and _AND.match(gap)) and f.future is not None \
                and best.future is not None and f.future > best.future:
            return f
    return best


# The date that binds among several: one said to be the latest, or the one a sentence narrows down to.
_AT_THE_LATEST = re.compile(r"\s*,?\s*(?:at\s+the\s+(?:very\s+)?latest|latest|au\s+plus\s+tard|spatestens|allerspatestens|a\s+mas\s+tardar|como\s+muy\s+tarde"
                            r"|uiterlijk|op\s+zijn\s+laatst|o\s+mais\s+tardar|no\s+mais\s+tardar|no\s+later)\b")
_REFINED = re.compile(r"\b(?:let'?s\s+say|say|(?:so|then)\s+(?:it\s+)?(?:will|'ll|would)\s+be|so\s+(?:around|about|roughly)|so\s+the\s+\w+(?:\s+\w+)?\s+(?:is|will\s+be|goes)|so|somit|also|i\.\s?e\.?|that\s+is|that'?s|that'?ll\s+be|that\s+will\s+be|which\s+(?:this\s+(?:year|month|time)\s+)?is|das\s+ist|das\s+ware"
                      r"|c'est-a-dire|c'est|es\s+decir|o\s+sea|dat\s+is|namelijk|isto\s+e|precisely|exactly|genau|exactement|exactamente|precisamente|precies|therefore|thus|donc|dus|portanto|realistically|realistisch(?:\s+gezien)?|en\s+realite|siendo\s+realistas|realisticamente|more\s+precisely|to\s+be\s+(?:exact|precise)|genauer(?:\s+gesagt)?|sagen\s+wir|disons|plus\s+precisement"
                      r"|digamos|mejor\s+dicho|zeg\s+maar|laten\s+we\s+zeggen|om\s+precies\s+te\s+zijn|ou\s+seja|mais\s+precisamente"
                      # "before Christmas, probably the 18th": the likely day inside the bound is the one to hold them to
                      r"|(?:most\s+)?(?:probably|likely)|wahrscheinlich|vermutlich|probablement|sans\s+doute|probablemente|seguramente|waarschijnlijk|provavelmente)"
                      r"\s*[:,]?\s*(?:on\s+|am\s+|le\s+|el\s+|op\s+|na\s+|no\s+)?(?:the\s+)?(?:(?:" + _WD_FULL + r")\s*,?\s*(?:(?:the|der|den|le|el)\s+)?)?$")
# A span is less precise than a day inside it: "esta semana ... el jueves" promises the Thursday.
_SPANS = frozenset({"this_week", "next_week", "wk_after_next", "cal_week", "cal_week_start", "nth_week", "eom", "eonm", "bonm", "bonw", "mid_month", "mid_next",
                    "second_fortnight"})
# A date counted from an event, not from the reply: "within 3 days of receiving your letter", "the Friday after
# our ERP goes live", "am Freitag darauf", "innerhalb von 5 Werktagen nach Freigabe". It names no day.
# (A weekday after "of" is Dutch "or", not an event: "maandag of dinsdag".)
_FROM_AN_EVENT = re.compile(r"\s*(?:(?:of|after|following|from)\s+(?!(?:the\s+)?(?:\d|today|tomorrow|now|this|next|that\s+date|(?:calendar\s+|iso\s+)?(?:week|wk|kw|cw)\s*\d|thanksgiving|christmas|xmas|easter|new\s+year|labou?r\s+day|(?:the\s+)?(?:long\s+)?(?:holidays?|weekend|break)\b|" + _MON + "|" + _WD_FULL + r"))"
                            r"|darauf|danach|nach\s+(?!(?:dem\s+)?\d)|apres\s+(?!le\s+\d)|despues\s+de\s+(?!el\s+\d)|tras\s+|na\s+(?:ontvangst|goedkeuring|de\s+|het\s+)"
                            r"|daarna|apos\s+(?!o\s+dia|\d)|depois\s+d[aeo]\s+(?!\d))")
_RELATIVE_KINDS = frozenset({"in_n", "from_now", "fortnight", "wd", "wd_next", "wd_this"})


def _counted_from_an_event(folded: str, f: FoundDate, language: str | None) -> bool:
    """The date is counted from something still to happen, so it names no day: an event named right after it, or
    a span ("within 30 days") after a receipt that opens its sentence ("once we have it, it's paid within 30 days";
    "in 2 weeks, once the contract payment arrives" is dated, with a reason)."""
    if f.kind not in _RELATIVE_KINDS:
        return False
    if (m := _FROM_AN_EVENT.match(folded, f.end)) and not (f.kind in _WEEKDAY_KINDS and m.group(0).lstrip().startswith("from")):
        return True  # not "on Thursday from online banking": a weekday "from" names where the money comes from
    before = folded[_sentence_start(folded, f.start):f.start]
    return f.kind in ("in_n", "from_now", "fortnight") and bool(RECEIPT_CONDITION.search(before[:60]))


# A weekday that names no day to pay on: one already past ("seit Montag"), a recurrence ("every other Thursday").
_WEEKDAY_KINDS = frozenset({"wd", "wd_typo", "wd_abbr", "wd_abbr_de", "wd_abbr_fr", "wd_abbr_es", "wd_abbr_nl", "wd_abbr_pt"})
_NOT_A_DAY_AHEAD = re.compile(r"\b(?:seit|since|depuis|desde|sinds|sedert|every|each|jeden|jede[nm]?|chaque|tous\s+les|cada|todos\s+los|todas\s+las"
                              r"|elke|iedere|todas\s+as|todos\s+os|black|good|cyber|easter|ash|holy|maundy)\s+(?:other\s+|second\s+|alternate\s+|zweiten\s+|(?:dem|le|el|o|a)\s+)?$"
                              r"|\b(?:every|each|jeden|chaque|cada|elke)\s+\d{1,2}(?:st|nd|rd|th|\.|e|er|o)?\s+(?:and|&|or|und|et|y|en|e)\s+(?:the\s+)?$"
                              # "aujourd'hui c'est le lundi du Jeûne", "today is Monday": the day the sender writes on
                              r"|\b(?:aujourd'hui|today|heute|hoy|vandaag|hoje)\s*,?\s*(?:c'est|is|it's|ist|es|e|est)\s+(?:le|the|der|el|o|a)?\s*$"
                              r"|\b(?:telkens|steeds|jeweils|each\s+time|every\s+time|a\s+chaque\s+fois|cada\s+vez)(?:\s+(?:op\s+de|am|zum|on\s+the|le|el|no\s+dia))?\s+$"
                              # "viernes santo", "sexta-feira santa": a holiday, named by its weekday (read after the weekday, below)
                              # "that's a Saturday", "c'est un dimanche", "das ist ein Sonntag", "dat is een zondag": what a day is, not a day named
                              r"|\b(?:that's|thats|that\s+is|it's|it\s+is|which\s+is|falls\s+on|c'est|est|tombe|ist|fallt\s+auf|es|cae\s+en|e|cai\s+(?:num|em)|is|valt\s+op)"
                              r"\s+(?:a|an|un|ein(?:en)?|een|uma?)\s+$"
                              # "my email from Monday", "mijn mail van dinsdag", "unser Schreiben vom Montag": the day a message was sent
                              r"|\b(?:e-?mails?|mails?|messages?|letter|call|note|brief|bericht|nachricht|schreiben|anruf|courriel|lettre|correo|mensaje|llamada"
                              r"|mensagem|telefonema|carta|phone\s+call|conversation|echange(?:\s+telephonique)?|appel(?:\s+telephonique)?|telefonat|gesprach|gesprek"
                              r"|telefoongesprek|conversacion|conversa)\s+(?:from|of|on|sent|this|van|vom|von|du|de|del|do|da|d'|de\s+ce|d'aujourd'hui)\s+(?:last\s+|(?:l[ae]|el|o|a)\s+)?$")
# "Sexta-feira Santa", "Viernes Santo", "vendredi saint", "Freitag Brückentag", "viernes puente", "Quarta-feira de Cinzas",
# "mardi gras": a holiday or a day off (and "Ash Wednesday", "Good Friday": _A_HOLIDAY_BEFORE_ITS_WEEKDAY);
# "Sunday here", "Saturday morning here": the day the sender writes on
_A_HOLIDAY_BY_ITS_WEEKDAY = re.compile(r"(?:-feira)?\s+(?:sant[oa]|saint|bruckentag|brugdag|puente|pont|de\s+puente"
                                       r"|(?:de\s+|des\s+)(?:cinzas|ceniza|cendres|carnaval)|gras)\b"
                                       r"|\s+(?:(?:morning|afternoon|evening|night)\s+)?here\b")
_A_HOLIDAY_BEFORE_ITS_WEEKDAY = re.compile(r"\b(?:ash|good|shrove|maundy|holy|black|cyber|whit|whitsun|pentecost|carnival|easter)\s+$")
# "i.e. 31st October. Since that is a Sunday, we shall pay on Friday 29th": the date named is a day off, said after it
_THAT_IS_A_DAY_OFF = re.compile(r"[\s,.;:()\u2013-]*(?:(?:since|as|because|but|and|da|puisque|comme|como|ya\s+que|omdat|want|porque)\s+)?"
                                r"(?:that|this|it|which|das|dies|ce|c'|eso|dat|isso)\s*(?:'s|\s+is|\s+falls\s+on|\s+ist|\s+est|\s+es|\s+e)\s+"
                                r"(?:a\s+|un\s+|ein(?:en)?\s+|een\s+|um\s+)?(?:saturday|sunday|samstag|sonntag|samedi|dimanche|sabado|domingo|zaterdag|zondag"
                                r"|(?:bank\s+|public\s+)?holiday|feiertag|ferie|feriado|feestdag)\b")
# "Monday's email", "Tuesday's call": the day a message was sent or a call held
# (and "Monday's orders", "Friday's delivery": a thing of that day, unless it is the payment's)
_A_MESSAGES_DAY = re.compile(r"'s\s+(?!(?:[a-z]+\s+)?(?:payment|pay|run|batch|transfer|cheque|check|wire|remittance|bacs|ach|eft|sepa|release)s?\b)[a-z]")
# "only on the 5th and 20th of every month", "le 10 de chaque mois": a routine, no day ahead
_EVERY_MONTH_AFTER = re.compile(r"(?:\s*(?:,|and|&|or|und|oder|et|ou|y|o|e|en|of)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th|\.|e|er|o)?)*\s*(?:of\s+|des\s+|de\s+|van\s+|di\s+)?"
                                r"(?:every|each|jeden|jedes|chaque|cada|elke|iedere|ogni)\s+(?:month|monats|mois|mes|maand|mese)")
# "€1,500 on the 15th of each month": an amount on a monthly day is an instalment proposed, its first due the next such day
_AN_INSTALMENT_BEFORE = re.compile(r"(?:[€$£]\s?\d[\d.,\s]*|\d[\d.,\s]*\s?(?:eur|euro|usd|gbp|chf|€|\$|£))\s*(?:(?:on|am|le|el|op|no|a|em|dia|jeweils)\s+)?(?:the\s+|den\s+|de\s+)?$")
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
# "... auf Schiurlaub. Am Montag danach wird bezahlt": the words after the phrase pay, counted from the date before.
_PAYS_AFTER = re.compile(r"\s*(?:,\s*)?(?:(?:we|wir|nous|on|wij|we'll|i'll|ich)\s+)?(?:will\s+|wird\s+|werden\s+|wordt\s+|sera\s+|seremos\s+)?"
                         r"(?:pay|transfer|wire|settle|zahl|bezahl|uberweis|betaal|betal|pag|regl|pai|vir)\w*|\s*(?:wird|werden|wordt|is|will\s+be)\s+(?:\w+\s+)?(?:bezahlt|gezahlt|uberwiesen|betaald|overgemaakt|paid)\b")
# "after the board on 1 December we pay on the Friday of that week": that weekday in the week of the date before.
_WEEKDAY_OF_THAT_WEEK = re.compile(rf"\b({_WD})\s+of\s+(?:that|the\s+same)\s+week\b|\b(?:in\s+)?(?:that|the\s+same|that\s+same)\s+week\s*,?\s*(?:on\s+)?(?:the\s+)?({_WD})\b|\b({_WD})\s+de\s+(?:esa|la\s+misma|esa\s+misma)\s+semana\b"
                                   rf"|\b({_WD})\s+(?:van\s+)?(?:die|dezelfde|diezelfde)\s+week\b"
                                   rf"|\b({_WD})\s+de\s+(?:cette|la)\s+meme\s+semaine\b|\b({_WD})\s+de\s+cette\s+semaine-la\b"
                                   rf"|\b({_WD})\s+(?:derselben|der\s+gleichen|der\s+selben)\s+woche\b"
                                   rf"|\b({_WD})\s+(?:dessa|dessa\s+mesma|da\s+mesma|desta\s+mesma)\s+semana\b")


_PAYS_BEFORE = re.compile(r"\b(?:pay\w*|transfer\w*|wire\w*|settle\w*|zahl\w*|bezahl\w*|uberweis\w*|betaal\w*|betal\w*|maakt?\s+(?:het\s+)?over"
                          r"|pag[ao]\w*|transf\w*|vir\w*|regl\w*|pai\w*|stort\w*|abon\w*)\b[^!?\n]*$")


def _previous_sentence_start(folded: str, pos: int) -> int:
    """Where the sentence before the one at `pos` starts: an event may be named there and counted from here."""
    return _sentence_start(folded, max(0, _sentence_start(folded, pos) - 2))


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
            if any(f.kind == "after_holiday" and f.start < m.end() and m.start() < f.end for f in (*cands, *holidays)):
                continue  # "the Sunday after Easter": the holiday's, read with it
            if _THE_REST.search(folded, max(_sentence_start(folded, m.start()), m.start() - 30), m.start()) \
                    and re.search(r"\d\d|[€$£]|\b(?:half|moitie|halfte|helft|mitad|metade)\b", folded[_sentence_start(folded, m.start()):m.start()]):
                continue  # "1,000 Monday and the rest the Monday after": the rest's day, the first part's is the promise
            earlier = [f for f in cands if f.end <= m.start() and _sentence_start(folded, f.start) == _sentence_start(folded, m.start())]
            if earlier and _FIGURE.search(folded, earlier[-1].end, m.start()):
                continue  # "3,235 on Monday and 3,235 the Monday after": a second part's own figure, so its own day
            start = _previous_sentence_start(folded, m.start())  # the meeting may be named in the sentence before
            # "on 3 December, the day after our board signs": a day after something named after it explains the date before
            explains = rx is _DAY_AFTER and bool(_AN_EVENT_FOLLOWS.match(folded, m.end()))
            meetings = [f for f in cands if start <= f.start < m.start() and f.future is not None and not explains
                        and _MEETING.search(folded[max(start, f.start - 45):f.end + 30])]
            # "the day after our board meeting on the 2nd": the meeting and its date named after the phrase
            meetings = meetings or [f for f in cands if m.end() <= f.start <= m.end() + 45 and f.future is not None
                                    and _MEETING.search(folded[m.end():f.start]) and f.start < _sentence_end(folded, m.end())][:1]
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
                and not _AN_EVENT_FOLLOWS.match(folded, m.end()):  # not "the 2nd, the day after our VAT return goes in"
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


# Said to be paid, in a form only a past takes: "we paid", "haben … überwiesen", "avons versé", "ya pagamos", "hemos pagado".
_PAID_PAST = (r"\b(?:we|i)\s+(?:paid|transferred|wired|sent)\b|\b(?:went|left|cleared)\s+(?:out\s+|through\s+)?on\b|\b(?:was|were)\s+(?:paid|sent|transferred|wired)\b|\bhaben\s+(?:\w+\s+){0,4}(?:bezahlt|uberwiesen)"
              r"|\bavons\s+(?:\w+\s+)?(?:paye|regle|vire|verse)|\b(?:ya|ja)\s+(?:pagamos|transferimos)|\bhemos\s+(?:pagado|transferido)"
              r"|\bhebben\s+(?:\w+\s+){0,4}(?:betaald|overgemaakt)")
# For a weekday or today: only those ("el lunes transferimos" is as often a promise).
_PAID_PLAINLY = re.compile(_PAID_PAST)
# For a day of the month just gone ("we paid 1,000 on the 20th", "transferimos 800 el día 19", "já pagamos no dia 20"): also the
# Spanish and Portuguese forms a present shares, since a past day of the month cannot be promised.
_PAID_IN_CLAUSE = re.compile(_PAID_PAST + r"|\btransferimos\b|\bpagamos\s+\d")
# The terse form with the subject dropped, opening its clause: "paid the small one on Saturday", "bezahlt am 20.".
# Only unambiguous past forms: Spanish and Portuguese "pagamos", "pago" are as often a promise ("pagamos el vie").
_PAID_OPENS_CLAUSE = re.compile(r"^\s*(?:(?:already|just|schon|bereits|ja|ya|deja|al)\s+)?(?:paid|transferred|wired|sent|bezahlt|uberwiesen"
                                r"|paye|regle|vire|pagado|pague|transferido|betaald|overgemaakt|paguei|transferi)\b")


_PAYS_SHARED_FORM = re.compile(r"\b(?:pagamos|transferimos|depositamos|abonamos)\b")


def _done_on_that_day(folded: str, f: FoundDate, d: date) -> bool:
    """A day its own clause says a payment was made on, and which has a reading in the last 45 days: what the
    customer did, not the day they promise ("we paid 1,000 on the 20th and will do the rest next week"; with the
    subject dropped, "paid the small one on Saturday, the other next week")."""
    if f.kind == "today":
        pass  # "nous avons versé un acompte aujourd'hui": today's part is done, the promise is the rest's
    elif f.kind not in _DAY_OF_MONTH_KINDS and f.kind not in _WEEKDAY_KINDS or f.past is None or f.past == f.future or (d - f.past).days > 45:
        return False
    sentence_start = _sentence_start(folded, f.start)
    sent = _sentence_of(folded, f.start)
    lo, hi = _clause_span(sent, f.start - sentence_start)
    clause = sent[lo:hi]
    # "el lunes os transferimos 800" is ahead; "hoy transferimos 1.000 y el resto lo pagaremos el 11" is done, the
    # rest's future telling the shared present/past form apart
    rest_ahead = bool(_REST_AHEAD.search(sent[hi:]))
    said_paid = _PAID_IN_CLAUSE if f.kind in _DAY_OF_MONTH_KINDS or rest_ahead else _PAID_PLAINLY
    # "pagamos as duas faturas no dia 24", written on the 25th: a day just gone cannot be promised
    just_gone = f.kind in _DAY_OF_MONTH_KINDS and (d - f.past).days <= 10 and _PAYS_SHARED_FORM.search(clause)
    paid = said_paid.search(clause) or _PAID_OPENS_CLAUSE.search(clause) or just_gone
    # "pagamos 2.000 agora na sexta": the shared present/past form beside "now" is a payment ahead, and so is one placed
    # in a time to come before its day ("pagamos en la siguiente quincena, el 15")
    return bool(paid) and not _COMMIT.search(clause) and not _NOW_IN_SPANISH_OR_PORTUGUESE.search(clause) \
        and not _A_TIME_TO_COME.search(sent, 0, f.start - sentence_start) and not _A_DEADLINE_IN_THE_CLAUSE.search(clause)


# "Paid by Thursday at the latest", "spätestens Freitag bezahlt": a deadline ahead, not a payment told of
_A_DEADLINE_IN_THE_CLAUSE = re.compile(r"\b(?:at\s+the\s+(?:very\s+)?latest|no\s+later\s+than|spatestens|au\s+plus\s+tard|a\s+mas\s+tardar"
                                       r"|como\s+muy\s+tarde|uiterlijk|o\s+mais\s+tardar|no\s+maximo)\b")


_THIS_BEFORE = re.compile(r"\b(?:this|diesen|diesem|ce|este|esta|deze|dit|nesta|neste)\s+$")
# "hoy transferimos 1.000 y el resto lo pagaremos el 11": the rest's future (compiled once: built per call it crowded re's cache)
_REST_AHEAD = re.compile(r"\b(?:y|e)\s+(?:el|o)\s+(?:resto|restante|saldo)\b.*" + _COMMIT.pattern)
_NOW_IN_SPANISH_OR_PORTUGUESE = re.compile(r"\b(?:agora|ahora)\b")
_A_TIME_TO_COME = re.compile(r"\b(?:siguiente|proxim[oa]s?|que\s+viene|que\s+vem|seguinte)\b")
_NAMED_WEEKS = frozenset({"next_week", "wk_after_next", "cal_week", "cal_week_start", "cal_week_fr", "nth_week", "week_of"})


def _in_the_named_week(folded: str, best: FoundDate, cands: list[FoundDate], d: date) -> date | None:
    """A weekday said beside "next week" ("la semana que entra, el miércoles") is that weekday of next week; beside
    "the week after next" ("the week after next, Weds probably"), that weekday of the week after next; beside a
    calendar week ("KW 50, Dienstag"), that weekday of the ISO week. A week named for the rest of a split payment
    ("1,500 on Friday and the balance next week") is the rest's, not the Friday's."""
    if best.kind not in _WEEKDAY_KINDS or best.future is None:
        return best.future
    # "closed next week, so I'll pay it this Thursday": a week named before "this Thursday" does not move it
    this = _THIS_BEFORE.search(folded, max(0, best.start - 8), best.start) is not None
    start = _sentence_start(folded, best.start)
    # the nearest week before the weekday ("Go-live KW 39 ... Zahlungen erst in KW 40, voraussichtlich am Dienstag"), else the first after it
    for f in sorted(cands, key=lambda c: (c.start > best.start, -c.start if c.start < best.start else c.start)):
        if f.kind in _NAMED_WEEKS and f.future is not None and _sentence_start(folded, f.start) == start and not (this and f.start < best.start) \
                and not (f.start > best.end and (_BALANCE.search(folded, best.end, f.start) or _FIGURE.search(folded, best.end, f.start))):
            # "X on Friday and balance next week", "die 2.230 € am Dienstag, die 14.780 € in KW 10": the week is another part's
            monday = d + timedelta(days=7 - d.weekday()) if f.kind == "next_week" else f.future - timedelta(days=f.future.weekday())
            day = monday + timedelta(days=best.future.weekday())
            return day if day >= d else best.future
    return best.future


# "third reminder in ten days", "the fourth email within a week": a window the sender counts our mail in, no day ahead.
_COUNTED_WINDOW = re.compile(r"\b(?:respond|reply|answer|get\s+back\s+to\s+you|revert|contact\s+you|antworten|repondr\w*|respond\w*|antwoorden|responder\w*|reminders?|e-?mails?|mails?|letters?|calls?|chasers?|messages?|times|mahnungen|erinnerungen|relances|rappels"
                             r"|recordatorios|avisos|herinneringen|aanmaningen|lembretes|avisos)\s*,?\s*$")
_WEEK_SPANS = frozenset({"this_week", "next_week", "wk_after_next", "cal_week", "cal_week_start", "cal_week_fr", "nth_week", "bonw"})


def _inside(span: FoundDate, day: FoundDate) -> bool:
    """Does a day refine the span beside it ("this week … Thursday", "end of November, the 28th")? A day in another
    month does not ("11312 at month end and 11311 on 10 December": two days for two things, the first one holds)."""
    if span.future is None or day.future is None:
        return True
    if span.kind in ("mid_month", "mid_next", "mid_named"):
        return abs((day.future - span.future).days) <= 5  # "bis Mitte Monat" beside "am 30.04.": the 30th is no mid-month day
    if span.kind in _WEEK_SPANS:
        # a week is named beside its weekday, or beside the day of something else ("fees clear next week, I pay Tuesday
        # week"); a date written out in another week is a second day ("die 94940 Anfang nächster Woche, die 94941 am 15.09.")
        return day.kind not in EXPLICIT_KINDS or day.future.isocalendar()[:2] == span.future.isocalendar()[:2]
    return (span.future.year, span.future.month) == (day.future.year, day.future.month)


# Prepositions that make any date a deadline ahead ("by Tuesday", "para el martes", "bis Dienstag").
_DEADLINE = re.compile(r"\b(?:by|before|until|till|no\s+later\s+than|bis|vor|spatestens|pour|d'ici|avant|para|antes\s+del?|hasta"
                       r"|uiterlijk|tegen|voor|ate|antes\s+d[eao])\s*(?:the|le|la|el|den|dem|de|o|a|dia)?\s*$")
# Done already: "payment received on the 2nd", "virement lancé", "la transferencia salió".
_DONE = re.compile(r"\b(?:received|got|arrived|sent|went|left|made|did|done|erhalten|bekommen|eingegangen|recu|arrive|recibid\w*"
                   r"|llego|salio|ontvangen|binnengekomen|recebid\w*|chegou|saiu|lance|lanzad\w*|effectue\w*|gedaan|feito|hecho"
                   r"|transferimos|ist\s+(?:\w+\s+){0,3}raus)\b")


_MORNING = re.compile(r"morning|manana|manha|fruh|matin|ochtend")


def _commits(folded: str, f: FoundDate, d: date) -> bool:
    """Does the sentence around a date commit to it: a future tense or "scheduled", a phrase or a
    preposition that can only point ahead ("in two weeks", "by Tuesday"), or a payment named beside a
    date ahead with no word of the past ("paiement lundi", "pago el lunes")?"""
    sent = _sentence_of(folded, f.start)
    sentence_start = _sentence_start(folded, f.start)
    clause = _clause_of(sent, f.start - sentence_start)
    head = re.match(r"(?:(?:by|on|before|until|till|the|para|el|le|la|den)\s+)*", folded[f.start:f.end]).group(0)
    if f.kind == "today":
        # "today" reads both ways: only a future tense commits to it ("transferimos hoje", "ist heute raus" are done)
        return bool(_COMMIT.search(clause)) and not (_PAST_CUE.search(clause) or _DONE.search(clause)
                                                     or _MORNING.search(folded[f.start:f.end]))
    if f.past is None or _DEADLINE.search(folded[max(sentence_start, f.start - 25):f.start] + head):
        return True
    if _PAST_CUE.search(clause) and not _COMMIT.search(clause):
        return False
    if _COMMIT.search(sent):
        return True
    return not (_PAST_CUE.search(sent) or _DONE.search(sent)) and f.future is not None and (f.future - d).days <= 45


# Words that may stand beside a date in a reply that is nothing but the date ("ok, Fri", "Jueves.", "am 20. passt").
_FILLER = frozenset(
    "ok okay k kk yes yep yeah sure fine thanks thx ta cheers noted latest at the by on will do it that then so hi hello"
    " deal great perfect cool until till ja gut danke am bis zum spatestens dann passt alles klar gerne hallo oui"
    " d'accord daccord merci le pour bonjour parfait entendu ca marche au plus tard d'ici vale si gracias el para hola"
    " perfecto de acuerdo listo a mas tardar prima dank bedankt op tegen uiterlijk goed hoi sim obrigado obrigada na no"
    " ate combinado certo beleza ola perfeito o sorry for promise promised definitely absolutely desole sin sem falta"
    " sans faute zeker sicher seguro entschuldigung perdon disculpa desculpe excuses works suits us good uns nous va"
    " nos viene bien ons komt goed serve c'est bon note comme d'habitude como siempre always as usual immer wie sempre"
    " zoals altijd claro problema problem probleem hecho esta oui promis prometido beloofd versprochen prometo".split())


def _speaks_of_a_move(sentence: str) -> bool:
    """A sentence about a date that changed ("finalement ce ne sera pas vendredi mais mardi"): in a reply to a
    payment reminder, the date it moves is the payment's."""
    return bool(_MOVE_VERB.search(sentence) or _NOW.search(sentence)
                or re.search(_REPLACED.pattern.rstrip("$").replace(r"\s*$", ""), sentence))


def _only_a_date(folded: str, f: FoundDate) -> bool:
    """Is the date's sentence the date and nothing more: a terse answer to a payment reminder?"""
    start = _sentence_start(folded, f.start)
    end = _SENTENCE_END.search(folded, f.end)
    rest = folded[start:f.start] + " " + folded[f.end:end.start() if end else len(folded)]
    words = re.findall(r"[a-z']+", rest)
    return len(words) <= 6 and all(w in _FILLER for w in words)


# The kinds of a date written out as a day (read by agent/doubts.py and agent/models/rereading.py too)
EXPLICIT_KINDS = frozenset({"numeric", "dotted_spaced", "dmy_name", "mdy_name", "iso", "dom", "dom_loose"})
_APPOSITION_GAP = re.compile(r"[\s.,(]*(?:(?:the|den|dem|le|el|dia|de|am|on)\s+)?")
_PUNCTUATION_GAP = re.compile(r"[\s.,(]*")


def _restated_by_a_date(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """A weekday the explicit date right after it restates ("am Fr., 4.12.", "Tue (8 Dec)", "vendredi, le 4"), or a
    count or span the sender works out into a day ("within five working days, i.e. by Thu 10 Dec", "binnen vijf
    werkdagen, dus dinsdag 8 december"): the day said is the more precise, and the sender's own arithmetic wins."""
    if f.kind in ("in_n", "eom", "eonm", *_SPANS):  # (and "45 jours fin de mois, soit le 15 avril": terms worked out)
        gap = _WORKED_OUT.match(folded, f.end)
        if gap is not None and any(g.start == gap.end() and (g.kind in EXPLICIT_KINDS or g.kind in _WEEKDAY_KINDS) for g in cands):
            return True
    if f.kind in _COUNTED_KINDS:
        return _counted_then_dated(folded, f, cands)
    if f.kind not in _WEEKDAY_KINDS:
        return False
    gap = _APPOSITION_GAP.match(folded, f.end)
    # ("Montag, der 26.": a German day read with its article, which the gap then must not swallow)
    bare = _PUNCTUATION_GAP.match(folded, f.end).end()
    return any(g.start == gap.end() and g.kind in EXPLICIT_KINDS or g.start == bare and g.kind == "dom_de_article" for g in cands)


_COUNTED_KINDS = frozenset({"tomorrow", "in_n", "from_now", "fortnight", "weeks_today"})
# ", op dinsdag 28 september", ", on Tuesday 28 September", ", am Dienstag, 28.9.": a full date set beside a count
_DATED_APPOSITION = re.compile(rf"\s*,\s*(?:(?:on|op|am|le|el|o|a|no|na|den|dem|the)\s+)?(?:{_WD_FULL})\s*,?\s*(?:(?:the|den|der|le|el|o|de)\s+)?$")


def _counted_then_dated(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """A count the sender then dates in full ("morgen over twee weken, op dinsdag 28 september", "in two weeks, on Tuesday
    28 September"): the weekday and date are the day meant, the count is the sender's way there."""
    after = [g for g in cands if g.start >= f.end and _sentence_start(folded, g.start) == _sentence_start(folded, f.start)]
    pos = f.end
    for g in after:
        if g.kind in EXPLICIT_KINDS and _DATED_APPOSITION.match(folded[pos:g.start]):
            return True
        if g.kind not in _COUNTED_KINDS or folded[pos:g.start].strip():
            return False
        pos = g.end  # "morgen over twee weken": two counts in a row, read as one
    return False


# "…, i.e. by", "…, also bis", "…, d.h. am", "…, c'est-à-dire le", "…, es decir el", "…, dus uiterlijk", "…, ou seja, até":
# what follows is the day a count or span comes to
_WORKED_OUT = re.compile(r"\s*[,;:(\u2013\u2014-]?\s*(?:i\.?\s?e\.?|that\s+is|which\s+(?:is|makes|means)|meaning|so(?=\W)|also|d\.\s?h\.|das\s+heisst|sprich"
                         r"|c'est-a-dire|soit|donc|es\s+decir|o\s+sea|dus|oftewel|ofwel|ou\s+seja|isto\s+e|quer\s+dizer)\s*,?\s*"
                         r"(?:(?:by|on|until|till|latest|bis|zum|am|spatestens|le|au|d'ici|el|al|hasta|para|uiterlijk|op|tot|ate|no|dia|o|a|the|den|der)\s+|[.,]\s*)*")


# "planned for 27/11 — sorry, correction: 1/12", "Friday, I mean Monday": the date said after a correction replaces the one before
_CORRECTION_CUE = re.compile(r"\b(?:correction|corrected|correcting|corrigindo|corrigiendo|je\s+corrige|ik\s+corrigeer|i\s+mean|make\s+(?:that|it)|scratch\s+that"
                             r"|sorry,?\s+(?:that|this)\s+is|no,?\s+(?:sorry|perdon|perdao|pardon|entschuldigung|sorry)|(?:no|nee|nein|non|nao),?\s+(?:wait|moment|warte|attends|espera|wacht|espere)|korrektur|ich\s+meine|pardon|je\s+veux\s+dire"
                             r"|correccion|quiero\s+decir|mejor\s+dicho|correctie|ik\s+bedoel|correcao|quer\s+dizer|ou\s+melhor"
                             # "le 31 janvier. Enfin, le 1er février", "Friday, or rather Monday", "am 3., bzw. am 4."
                             r"|enfin(?=\s*,)|or\s+rather|beziehungsweise|bzw(?=\.)|bzw|vielmehr|ou\s+plutot|o\s+sea|of\s+liever|beter\s+gezegd|alias(?=\s*,)"
                             # "mañana sábado... perdón, el lunes 6", "le 27... non, c'est la fête", "mañana... bueno, mañana es feriado",
                             # "Monday... actually no"
                             r"|perd[oa]n(?=\s*,)|perdao(?=\s*,)|desculp[ae](?=\s*,)|actually,?\s+no|(?:(?<=\.\.\.)|(?<=\.\.\.\s)|(?<=\u2026)|(?<=\u2026\s))(?:no|non|nee|nein|nao|bueno|well|naja|nou|bem)"
                             # "We send it Thursday. Not this Thursday, the one after": the day said first is taken back
                             rf"|(?:not|nicht|pas|no|niet|nao)\s+(?:this|diesen|ce|este|esta|deze|dit)\s+(?:one|{_WD_FULL}))\b")
# "Zahlung heute noch angewiesen? Nein – erst am Mittwoch": a date asked about and answered no
_ANSWERED_NO = re.compile(r"\?\s*(?:no|nein|non|nee|nao|not\s+yet|noch\s+nicht|pas\s+encore|todavia\s+no|nog\s+niet|ainda\s+nao)\b")


_DAY_OF_MONTH_KINDS = frozenset({"dom", "dom_loose", "dom_de_article"})
# "reminder dated the 19th", "only delivered on the 20th", "the holiday of 8 December": a day something else happens on
_NOT_A_PAYMENT_DAY = re.compile(r"\b(?:dated|datiert|datee|fechad[ao]|gedateerd|datad[ao]|delivered|geliefert|livree?s?|entregad[ao]s?|geleverd|entregues?"
                                r"|holidays?|feriados?|feiertag(?:s|es)?|jours?\s+feries?|festivos?|feestdag(?:en)?|invoice\s+date(?:\s+(?:says|is|was))?|rechnungsdatum|factura\s+es\s+del"
                                r"|(?:invoice|rechnung|facture|factura|fatura|factuur)\s+(?:of|from|dated|vom|du|del|de|da|van)"
                                r"|(?:closed|shut|geschlossen|ferme|fermee|cerrad[oa]|gesloten|fechad[oa])(?:\s+(?:on|am|le|el|op|na|no))?"
                                # "every supplier balance as at 31 March", "Saldo per 31.3.", "solde au 31 mars": the balance's date
                                r"|(?:balances?|statement|saldo|solde|open\s+items|saldenbestatigung|estado\s+de\s+cuenta)\s+(?:\w+\s+){0,2}?(?:as\s+(?:at|of)|per|zum|au|al|op))"
                                r"\s+(?:(?:of|de|do|du|del|vom|van|on|am|le|el|op|a|em|no)\s+)?(?:the\s+)?$")
# "(el 31 de octubre y el 1 de noviembre son feriados)", "the 25th and 26th are bank holidays": days named as holidays
_HOLIDAYS_AFTER = re.compile(r"(?:\s*,?\s*(?:y|and|&|et|und|en|e)\s+[^.;:()!?]{1,25}?)?\s+(?:son|are|is|es|sont|est|sind|ist|zijn|sao|e|were|was)\s+"
                             r"(?:(?:both\s+|beide\s+|ambos\s+|tous\s+deux\s+)?(?:bank|public|national)\s+)?(?:feriados?|holidays?|feiertage?|jours?\s+feries?"
                             r"|festivos?|feestdag(?:en)?|dias?\s+feriados?)\b")
# German and Dutch put the verb after the date: "erst am 20. geliefert", "pas op de 20e geleverd"
_DELIVERED_AFTER = re.compile(r"\s*(?:geliefert|zugestellt|eingegangen|angekommen|erhalten|geleverd|bezorgd|ontvangen|binnengekomen)\b")
# "a payment date I can't give yet", "einen Zahlungstermin kann ich noch nicht nennen", "after that only we can confirm payment date"
_NO_DATE_YET = re.compile(r"\b(?:(?:can(?:not|'t)?|won'?t|will|could)\s+(?:\w+\s+){0,3}(?:give|name|confirm|commit\s+to)\s+(?:you\s+)?(?:a\s+|the\s+|another\s+|any\s+)?"
                          r"(?:payment\s+|firm\s+)?date|no\s+(?:payment\s+)?date\s+yet|zahlungstermin\s+kann\s+ich\s+noch\s+nicht|noch\s+kein(?:en)?\s+(?:zahlungs)?(?:termin|datum)"
                          r"|pas\s+(?:encore\s+)?de\s+date|sans\s+date|(?:todavia\s+)?sin\s+fecha|no\s+(?:puedo|podemos)\s+(?:dar|confirmar)\s+(?:una\s+)?fecha"
                          r"|nog\s+geen\s+datum|(?:ainda\s+)?sem\s+data|nao\s+(?:posso|podemos)\s+(?:dar|confirmar)\s+(?:uma\s+)?data"
                          # "verwachting eind van de maand, maar ik kan niets beloven": an estimate the writer will not commit to
                          r"|can(?:not|'t)\s+promise\s+(?:anything|that|it)|(?:kan|kunnen)\s+niets\s+beloven|kann\s+(?:ich\s+|wir\s+)?nichts\s+versprechen"
                          r"|ne\s+(?:peux|pouvons)\s+rien\s+promettre|no\s+(?:puedo|podemos)\s+prometer\s+nada|nao\s+(?:posso|podemos)\s+prometer\s+nada)")
# "within 3 working days after that", "binnen 5 dagen daarna": counted from the date named before, not from today
_AFTER_THAT = re.compile(r"\s*(?:after\s+(?:that|it|delivery|receipt)|thereafter|afterwards|danach|darauf|apres\s+(?:cela|ca|reception)|despues\s+de\s+(?:eso|ello)"
                         r"|daarna|daarop|nadien|depois\s+disso)\b")


# "I will come back with exact date", "I'll send exact date later", "le jour exact suivra": the span named is no day yet
_SPANS_OF_A_MONTH_OR_WEEK = _SPANS | {"mid_named", "bo_named"}
_EXACT_DAY_TO_FOLLOW = re.compile(r"\b(?:(?:come\s+back|revert|get\s+back)\s+(?:to\s+you\s+)?with|send|share|confirm|give|let\s+you\s+know)\s+(?:you\s+)?(?:the\s+|an?\s+)?"
                                  r"(?:exact|precise|final|firm|actual)\s+(?:payment\s+)?(?:date|day)"
                                  r"|(?:genaue[ns]?|exakte[ns]?)\s+(?:zahlungs)?(?:datum|termin|tag)\s+(?:\w+\s+){0,3}(?:folgt|nachreichen|mitteilen|melden|sagen)"
                                  r"|(?:date|jour)\s+(?:exacte?|precise)\s+(?:\w+\s+){0,3}(?:suivra|confirmer\w*|communiquer\w*|preciser\w*)"
                                  r"|(?:fecha|data|dia)\s+(?:exacta|exata|concreta|precisa)\s+(?:\w+\s+){0,3}(?:confirm\w*|envi\w*|comunic\w*|inform\w*|pass\w*|mand\w*)"
                                  r"|(?:exacte|precieze|definitieve)\s+datum\s+(?:\w+\s+){0,3}(?:volgt|laat|bevestig\w*|door)")


def _before_no_date_yet(folded: str, f: FoundDate) -> bool:
    """A date in the sentence that says no payment date can be given yet: a meeting's or a return's, not a promise."""
    return bool(_NO_DATE_YET.search(folded, _sentence_start(folded, f.start), _sentence_end(folded, f.end)))


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


def _said_again_after_another(f: FoundDate, corrected: list[FoundDate], cands: list[FoundDate]) -> bool:
    """A day taken back and said again after the new day ("mañana sábado... perdón, el lunes 6, que el sábado el banco no
    hace transferencias"): the explanation of why it was taken back, not a promise."""
    return any(c.future == f.future and c.end <= f.start and any(c.end <= h.start < f.start and h.future not in (None, c.future) for h in cands)
               for c in corrected)


def _corrected_later(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """A date followed by a correction and another date ahead, or said not to be the day before another is ("não é dia
    9, é dia 14", "it's not the 9th, it's the 14th"): the sender took it back."""
    denied = f.kind in EXPLICIT_KINDS and _NOT_THIS_DAY.search(folded, max(0, f.start - 25), f.start) is not None
    return any(g.start > f.end and g.future is not None
               and (_CORRECTION_CUE.search(folded, f.end, g.start) or denied and _sentence_start(folded, g.start) == _sentence_start(folded, f.start))
               for g in cands)


# A date the sender settles on after going back and forth: "Payment on 1 June – sorry, 1 July", "Oct 5 then.", "Igual: 1 de
# junio.", "... então dia 11.", "Digamos até 4 de junho.", "1 juli bedoel ik", "Anyway, payment goes out Wednesday 2nd June."
# Every date said before it in the reply is taken back (a plan that came first, a holiday, a date the sender misread).
_LEAD_WORDS = r"(?:(?:on|by|until|till|for|the|am|zum|bis|le|au|el|al|hasta|para|op|tot|uiterlijk|ate|o|a|no|na|dia|de|payment|zahlung|paiement|pago|pagamento|betaling)\s+)*"
_SETTLING_WORD = re.compile(r"(?:^|[\s,.;:!\u2013\u2014-])(?:so|then|let'?s\s+say|say|call\s+it|dann|also|sagen\s+wir|alors|donc|disons|entonces|igual|digamos|entao|dan|dus"
                            r"|laten\s+we\s+zeggen|zeg\s+maar|quindi|allora|diciamo"
                            # "Dabei bleibt es: Donnerstag", "that stands: Thursday"
                            r"|(?:the\s+)?(?:correct|right|new|actual)\s+date\s+(?:is|will\s+be)|richtig(?:es\s+datum)?\s+ist|la\s+bonne\s+date\s+est|la\s+fecha\s+correcta\s+es"
                            r"|de\s+juiste\s+datum\s+is|a\s+data\s+corret+a\s+e|dabei\s+bleibt\s+es|es\s+bleibt\s+(?:bei|am)|that\s+stands|it\s+stays|on\s+maintient|se\s+mantiene|blijft\s+staan|mantem-se)"
                            r"\s*[:,]?\s*" + _LEAD_WORDS + rf"(?:(?:{_WD_FULL})\s*,?\s*(?:the\s+)?)?$")
_APOLOGY_BEFORE = re.compile(r"\b(?:sorry|excuse\s+me|excuseer|excuus|pardon|perdon|perdao|desculp\w*|entschuldigung|scusa\w*|oops|ops|oups|huch)"
                             r"\s*[,:!.\u2013\u2014-]*\s*" + _LEAD_WORDS + "$")
_MEANT_AFTER = re.compile(r"\s*,?\s*(?:bedoel\s+ik|i\s+mean(?:t)?|ich\s+meine|je\s+veux\s+dire|quiero\s+decir|quero\s+dizer|voglio\s+dire|intendo)\b")
_THEN_AT_THE_END = re.compile(r"\s*,?\s*(?:then|dann|alors|entonces|entao|dan|allora)?\s*(?:[.!]|\n|$)")
_ANYWAY = re.compile(r"\s*(?:anyway|anyhow|in\s+any\s+case|igual(?:mente)?|de\s+todas\s+formas|de\s+todos\s+modos|en\s+todo\s+caso|jedenfalls|wie\s+auch\s+immer"
                     r"|enfin|bref|quoi\s+qu'il\s+en\s+soit|hoe\s+dan\s+ook|in\s+ieder\s+geval|enfim|de\s+qualquer\s+forma|comunque)\b")


# "Tuesday the 2nd it is.", "Montag dann also.": a day the sender ends on, said so after it
_IT_IS_AFTER = re.compile(r"\s+(?:it\s+is|it\s+will\s+be|that\s+is\s+it|then\s+it\s+is|es\s+dann|c'est\s+decide|pues|het\s+wordt)\s*(?:[.!]|$)")


def _settled_on(folded: str, g: FoundDate) -> bool:
    """Whether a date is the one the sender settles on: named after a settling word and ending its sentence, after an
    apology, followed by "I mean", a sentence that is the date and "then", or a sentence opening on "anyway"."""
    start = _sentence_start(folded, g.start)
    lead = folded[start:g.start]
    ends = _THEN_AT_THE_END.match(folded, g.end) is not None
    return bool(ends and _SETTLING_WORD.search(lead[-40:]) or _APOLOGY_BEFORE.search(folded[max(0, g.start - 30):g.start])
                or _MEANT_AFTER.match(folded, g.end) or ends and not lead.strip(" ,:-\u2013") and re.match(r"\s*,?\s*then\b", folded[g.end:])
                or _ANYWAY.match(lead) or _IT_IS_AFTER.match(folded, g.end))


def _taken_back_by_a_later_day(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """A date followed, later in the reply, by another day the sender settles on (see _settled_on)."""
    return any(g.start >= f.end and g.future is not None and g.future != f.future and _settled_on(folded, g) for g in cands)


_NOT_THIS_DAY = re.compile(r"\b(?:it'?s\s+not|it\s+is\s+not|not|ist\s+(?:es\s+)?nicht|nicht|(?:ce\s+)?n'est\s+pas|c'est\s+pas|no\s+es|is\s+(?:het\s+)?niet|niet|nao\s+e)"
                           r"\s+(?:the\s+|am\s+|den\s+|der\s+|le\s+|el\s+|o\s+|de\s+|op\s+)?(?:dia\s+)?$")


def _asked_and_denied(folded: str, f: FoundDate, cands: list[FoundDate] = ()) -> bool:
    """A date in a question the sender answers no to at once ("paid today? No – only on Wednesday"), or answers with
    another day ending on "then" ("Transfer on 6.12? A Sunday, sorry. Monday 7.12 then.")."""
    end = folded.find("?", f.end)
    if end == -1 or "\n" in folded[f.end:end] or "." in folded[f.end:end]:
        return False
    return bool(_ANSWERED_NO.match(folded, end)) or any(g.start > end and _THEN_SETTLED.match(folded, g.end) for g in cands)


# The day we asked for, quoted to be turned down ("You asked for the 15th. That won't happen … Put us down for 6/20.",
# "Vous nous proposez le 23 : impossible … Ce sera le mardi 27.", "Pedem-nos o dia 26 mas não conseguimos. Fica para 3 de
# julho."): ours, not theirs, when a refusal follows it and another day comes after
_YOUR_ASK = re.compile(r"\b(?:you(?:'ve|\s+have)?\s+(?:asked|requested|want(?:ed)?|proposed?|suggested|set)|your\s+(?:request|reminder|deadline)|as\s+you\s+(?:asked|requested)"
                       r"|sie\s+(?:bitten|baten|fordern|wunschen|nennen)|ihr\s+(?:wunsch|termin)|vous\s+(?:nous\s+)?(?:proposez|demandez|souhaitez|exigez)|votre\s+(?:demande|relance)"
                       r"|(?:nos|me)\s+(?:piden|pide|pedis|solicitan|proponen)|(?:ustedes|usted)\s+(?:piden|pide|proponen)|su\s+(?:solicitud|recordatorio)"
                       r"|(?:jullie|u)\s+(?:vragen|vraagt|vroegen|vroeg|stellen\s+voor|stelt\s+voor)|uw\s+(?:verzoek|herinnering)"
                       r"|pedem(?:-nos|-me)?|(?:voces|o\s+senhor|a\s+senhora)\s+(?:pedem|pede|propoem|propoe)|o\s+vosso\s+pedido)\b")
_REFUSED = re.compile(r"\b(?:won'?t\s+(?:happen|work|be\s+possible)|not\s+possible|no\s+can\s+do|can'?t\s+(?:do|make)|cannot\s+(?:do|make)|impossible|"
                      r"geht\s+nicht|nicht\s+moglich|schaffen\s+wir\s+nicht|klappt\s+nicht|pas\s+possible|on\s+ne\s+peut\s+pas|no\s+(?:podemos|es\s+posible|llegamos)|imposible"
                      r"|lukt\s+(?:ons\s+)?niet|gaat\s+niet|niet\s+mogelijk|haal\s+(?:ik|we)\s+niet|nao\s+(?:conseguimos|e\s+possivel|da)|impossivel)\b")


_SETTLED_INSTEAD = re.compile(r"\b(?:(?:ce|ca)\s+sera|sera|(?:het\s+)?wordt|it'?ll\s+be|it\s+will\s+be|put\s+us\s+down\s+for|make\s+it|fica\s+para|fica|queda\s+para"
                             r"|(?:dann\s+)?wird\s+es|es\s+wird|eher)\s+(?:\S+\s+){0,2}$")


def _asked_of_us_and_refused(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """The day we asked for, quoted and then refused, with the sender's own day named after it (see _YOUR_ASK)."""
    start = _sentence_start(folded, f.start)
    if not _YOUR_ASK.search(folded, start, f.start):
        return False
    after = folded[f.end:_sentence_end(folded, _sentence_end(folded, f.end) + 1)]
    return bool(_REFUSED.search(after)) and any(g.start > f.end and g.future is not None and g.future != f.future for g in cands)


# "Monday 7.12 then.", "dann eben Dienstag.", "alors le 9.", "entonces el lunes.", "dan maar dinsdag." is _THEN_SETTLED's
# before-form: a day the sender settles on after turning another down
_THEN_SETTLED = re.compile(r"\s*(?:then|instead|dann|stattdessen|alors|plutot|entonces|mejor|dan|entao)\s*(?:[.!]|$)")


# The second part of a payment split in one sentence: "R3 200 today and R18 450 on Monday", "1,000 Monday and the rest the
# Monday after", "la 93142 mañana y la 93141 el miércoles 9", "die 560.– morgen, die 3'840.– am 21.12."
_THE_REST = re.compile(_BALANCE.pattern + r"|\b(?:the\s+other\s+(?:one|half|invoice|part)|the\s+(?:big|bigger|larger|second)\s+(?:one|invoice)|die\s+andere|l'autre"
                       r"|la\s+otra|el\s+otro|de\s+andere|het\s+andere|a\s+outra|o\s+outro"
                       # "la de 690 mañana y la grande después", "os 830 amanhã e a fatura maior depois", "die große Rechnung später"
                       r"|(?:la|el)\s+(?:factura\s+)?(?:grande|mayor)|(?:a|o)\s+(?:fatura\s+)?(?:grande|maior)|die\s+(?:grosse|grossere|grose|grosere)(?:\s+rechnung)?"
                       r"|la\s+(?:grosse|grande|plus\s+grosse)(?:\s+facture)?|le\s+gros(?:\s+montant)?|de\s+(?:grote|grotere)(?:\s+factuur)?)\b")
_ANOTHER_PART = re.compile(r"(?:\band\b|\by\b|\bund\b|\bet\b|\ben\b|\be\b|,|;)\s*(?:(?:the|die|la|le|el|de|het|a|o|os|as)\s+)?"
                           r"(?:[€$£]|r|usd|eur|gbp|chf|inv[-\s]?)?\s*\d[\d\s.,'’]*\d")


def _the_first_part_before_the_rest(folded: str, best: FoundDate, scored: list[tuple[int, FoundDate]]) -> FoundDate:
    """Two parts of a payment in one sentence, each with its day: the earlier part's day is the promise (LABELING: the
    first payment is due first), even where the rest's day is said more firmly."""
    start = _sentence_start(folded, best.start)
    # no less committed than the rest's day, or committed in its own right ("690 mañana y la grande ... el lunes 26")
    floor = min(max([score for score, f in scored if f is best] or [0]), 2)
    earlier = [(score, f) for score, f in scored if start <= f.end <= best.start and f.future is not None and score >= max(floor, 0)
               and f.future < (best.future or date.max) and (_THE_REST.search(folded, f.end, best.start) or _ANOTHER_PART.search(folded, f.end, best.start)
                                                             # "the 720 on the 2nd, then 99001 the Tuesday after next": each part its figure
                                                             or _FIGURE.search(folded, f.end, best.start) and _FIGURE.search(folded, start, f.start))
               and not (f.kind in ("from_month", "bo_named", "eo_named", "mid_named") and _inside(f, best))]  # "tranches from October, first on 5 October"
    if not earlier:
        # two parts in two sentences, each with its own figure: "745 I'll pay today. … so the 2,260 will go on Monday 13th"
        mine = _figures(folded, best)
        earlier = [(score, f) for score, f in scored if f.end <= best.start and _sentence_start(folded, f.start) < start and f.future is not None
                   and score >= 2 and f.future < (best.future or date.max) and mine and (theirs := _figures(folded, f)) and not theirs & mine]
    return max(earlier, key=lambda sf: (sf[0], -sf[1].start))[1] if earlier else best


_FIGURE = re.compile(r"(?<![\w.,])(?:[€$£]\s?)?\d{3,}(?:[.,' ]\d{3})*(?:[.,]\d\d)?(?![\w])|(?<![\w.,])\d{1,2}[.,' ]\d{3}(?:[.,]\d\d)?(?![\w])")


def _figures(folded: str, f: FoundDate) -> set[str]:
    """The amounts and invoice numbers of a date's sentence, the date's own digits left out ("the 2,260 will go on Monday 13th")."""
    text = folded[_sentence_start(folded, f.start):f.start] + " " + folded[f.end:_sentence_end(folded, f.end)]
    return {re.sub(r"[^\d]", "", m.group(0)) for m in _FIGURE.finditer(text)}


def _first_part_promised(folded: str, scored: list[tuple[int, FoundDate]]) -> FoundDate:
    """The date that binds: the most committed one; of several committed alike in separate clauses ("19092 goes today,
    19091 on Monday 7th", "50% this week and 50% before the 15th"), the earliest, when the first payment is due."""
    top = max(score for score, _ in scored)
    best = min(scored, key=lambda sf: (-sf[0], sf[1].start))[1]
    alike = [f for score, f in scored if score == top and f.future is not None]
    if top < 0 or len(alike) < 2:
        return best
    clauses = {(_sentence_start(folded, f.start), _clause_span(_sentence_of(folded, f.start), f.start - _sentence_start(folded, f.start)))
               for f in alike}
    return min(alike, key=lambda f: (f.future, f.start)) if len(clauses) == len(alike) else best


def _not_before_its_condition(folded: str, best: FoundDate, day: date | None, cands: list[FoundDate], language: str | None) -> date | None:
    """"Once the credit memo comes on Monday, we pay Friday": the Friday after the condition's Monday, not the one before it.
    A weekday promised behind a dated condition, or after a dated signature and "then" ("the boss signs on Monday, then
    the bank sends it on Wednesday"), is its first occurrence after that date."""
    if day is None or best.kind not in _WEEKDAY_KINDS:
        return day
    start = _sentence_start(folded, best.start)
    for c in cands:
        if c is best or c.future is None or not start <= c.start < best.start or c.future < day:
            continue
        sent = _sentence_of(folded, c.start)
        lo, hi = _clause_span(sent, c.start - start)
        meeting_then = _MEETING.search(folded, max(start, c.start - 45), c.start) and _SEQUENCE.search(folded, c.end, best.start)
        if _conditional(sent[:hi], language) or RECEIPT_CONDITION.search(sent[:hi]) or meeting_then:
            while day <= c.future:
                day += timedelta(days=7)
            return day
    return day


# "the first working day after 8 December", "le premier jour ouvré après le 8 décembre", "am ersten Werktag nach dem 8.12."
_WORKING_DAY_AFTER = re.compile(r"\b(?:first|next|premier|prochain|primer|siguiente|ersten|nachsten|eerste|volgende|primeiro|proximo)\s+"
                                r"(?:(?:working|business|banking|bank)\s+day|jour\s+ouvr\w+|dia\s+(?:habil|laborable|util)|(?:arbeits|werk|bank)tag"
                                r"|werkdag|bankdag)\s+(?:after|following|apres|despues\s+del?|tras|nach|na|depois\s+d[eo]|apos)"
                                r"\s+(?:(?:the|le|el|dem|den|de|o|a|dia)\s+)*$")


# Words around a date that make it no day of payment: our own mail's date ("your email on Friday the 20th"), the day
# the invoice came ("we only got it this week"), a weekday that "was" something, a week denied ("just not this week").
_OUR_MAIL_ON = re.compile(r"\b(?:told|said\s+to|promised|wrote\s+to|called|phoned|rang)\s+(?:you|him|her|them|your\s+\S+)\s+(?:on\s+the\s+phone\s+|by\s+phone\s+)?on\s+(?:the\s+)?$"
                          r"|\b(?:your|our|the)\s+(?:e-?mail|letter|reminder|message|notice|call|mail|schreiben|erinnerung|courriel|lettre|relance"
                          r"|correo|carta|recordatorio|brief|herinnering|lembrete)\s+(?:of|on|from|dated|vom|du|del?|van|d[oa])\s+(?:the\s+)?$")
_CAME_IN = re.compile(r"\b(?:got|received|gotten|arrived|came\s+in|reached\s+us|landed\s+with\s+us|paid\s+out|erhalten|bekommen|eingegangen|recu|recue|recibimos|recibido|llego|ontvangen"
                      r"|binnengekomen|recebemos|recebido|chegou)\s+(?:(?:it|them|this|that|the\s+invoice|es|sie|la|le|lo|het|a|o)\s+)?(?:only\s+|erst\s+|seulement\s+|solo\s+|pas\s+)?$")
_WAS_AFTER = re.compile(r"\s+(?:was|were|war|waren|etait|fue|fueron|foi|foram)\b")
_DENIED_BEFORE = re.compile(r"\b(?:just\s+|but\s+|only\s+)?(?:not|nicht|pas|no|niet|nao)\s+$")
_DENIABLE = frozenset({"this_week", "today", "next_week", "tomorrow"})


def _told_of_as_gone_or_denied(folded: str, f: FoundDate) -> bool:
    before = folded[max(0, f.start - 40):f.start]
    return bool(_OUR_MAIL_ON.search(before) or _CAME_IN.search(before)
                or f.kind in _WEEKDAY_KINDS and _WAS_AFTER.match(folded, f.end)
                or f.kind in _DENIABLE and _DENIED_BEFORE.search(before) or _NEITHER_AFTER.match(folded, f.end))


# "Lo dejamos para el lunes 29... tampoco", "Montag 29.? Auch nicht.", "lundi 29 ? Non plus.": the day is turned down too
# "El jueves no puede ser", "Freitag geht nicht", "Friday won't work": turned down as it is said
_NEITHER_AFTER = re.compile(r"[\s.,;:!?\u2026-]*(?:tampoco|auch\s+nicht|non\s+plus|ook\s+niet|tambem\s+nao|nor\s+that|not\s+that\s+(?:one\s+)?either"
                            r"|that\s+(?:won'?t|doesn'?t)\s+work\s+either|no\s+good\s+either"
                            r"|(?:is\s+|'s\s+)?(?:not\s+possible|won'?t\s+work|doesn'?t\s+work|no\s+good)|no\s+(?:puede\s+ser|es\s+posible|nos\s+sirve)"
                            r"|geht\s+(?:leider\s+)?nicht|(?:ist\s+)?nicht\s+moglich|(?:ce\s+n'est\s+)?pas\s+possible|ne\s+va\s+pas|(?:is\s+)?niet\s+mogelijk|kan\s+niet"
                            r"|nao\s+(?:da|pode\s+ser|e\s+possivel))\b"
                            # ("10 de setembro. Não dá antes": not earlier, which keeps the day)
                            r"(?!\s+(?:antes|before|earlier|sooner|eher|fruher|vorher|plus\s+tot|avant|mas\s+pronto|eerder|mais\s+cedo))")


_ON_BEFORE = re.compile(r"\b(?:on|am|le|el|op|na|no|this|next)\s*$")


# "Payment run today is done; yours missed cut-off": today's run is over, it is no day to pay on
_DONE_FOR_THE_DAY = re.compile(r"(?:'s)?(?:\s+(?:payment|pay|cheque|check|bank|bacs|ach|transfer|supplier))?(?:\s+(?:run|batch))?"
                               r"\s+(?:is|was|'s|has\s+been)\s+(?:already\s+)?(?:done|closed|finished|over|complete[d]?|gone)\b")


def _placed_by_a_day_after(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """"We pay half now (1.970,00) on Monday", "300 € jetzt Ende des Monats": "now" is placed by the day named right after it."""
    return f.kind == "now" and any(g.start > f.end and g.start - f.end <= 25 and g.future is not None and g.kind != "now"
                                   and (_ON_BEFORE.search(folded[f.end:g.start]) or not folded[f.end:g.start].strip())
                                   and not _BALANCE.search(folded[f.end:g.start]) for g in cands)


def _a_bound_narrowed(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """"after 8 December, on 9 December", "nach dem 8.12., am 9.12.": the day after the bound is the one named."""
    if not _AFTER_WORD_BEFORE.search(folded, max(0, f.start - 20), f.start):
        return False
    gap = _ON_AFTER_A_COMMA.match(folded, f.end)
    return gap is not None and any(g.start == gap.end() and g.future is not None and f.future is not None and g.future > f.future for g in cands)


_AFTER_WORD_BEFORE = re.compile(r"\b(?:after|nach(?:\s+de[mn])?|apres(?:\s+le)?|despues\s+del?|na|depois\s+d[eoa]|apos\s+(?:o\s+)?)\s*(?:the\s+)?$")
_ON_AFTER_A_COMMA = re.compile(r"\s*[,;\u2013\u2014-]\s*(?:(?:so|i\.e\.|that\s+is|also|donc|dus|o\s+sea|ou\s+seja)\s+)?(?:on|am|le|el|op|no|em|na|dia)\s+(?:the\s+|den\s+|dia\s+)?")


def _inside_a_closure(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """A day that opens or closes a closure ("closed for the holidays from 23 Dec to 4 Jan", "office closed 12/23 through
    1/3", "Betriebsferien vom 23.12. bis 4.1.", "fermé du 23 au 4"): the office's days, not the payment's."""
    sentence = _sentence_of(folded, f.start)
    if not _CLOSURE.search(sentence):
        return False
    closure = _CLOSURE.search(folded, max(_sentence_start(folded, f.start), f.start - 50), f.start)
    if closure and _FROM_BEFORE.search(folded, max(0, f.start - 15), f.start) \
            and not _AFTER_THE_CLOSURE.search(folded, max(0, closure.start() - 20), closure.start()):
        return True  # "we close for Holy Week from tomorrow": the day the closure starts (not "nach den Betriebsferien, also ab dem 28.")
    for g in cands:
        if g is f or _sentence_start(folded, g.start) != _sentence_start(folded, f.start):
            continue
        first, second = (f, g) if f.end <= g.start else (g, f)
        # the closure named just before its span ("closed from 23 Dec to 4 Jan"), not a payment moved "del 30 al 4 por cierre"
        if _SPAN_JOINER.fullmatch(folded, first.end, second.start) \
                and _CLOSURE.search(folded, max(_sentence_start(folded, first.start), first.start - 50), first.start):
            return True
    return False


# "the end of our fiscal year... sorry, that is today": what another day is, not a day named to pay on
_WHAT_A_DAY_IS = re.compile(r"\b(?:that|which|this|it)(?:'s|\s+is|\s+was)\s+$")
_GLOSS_GAP = re.compile(r"[\s,(]*(?:(?:the|el|le|la|der|den|de|o|a|het)\s+)?(?:(?:first|primer|premier|ersten?|eerste|primeir[oa])\s+)?")
_CLOSURE = re.compile(r"\b(?:closed?|closing|closure|shut(?:down)?|frozen|freeze|blocked|gesperrt|eingefroren|gelee?s?|bloquee?s?|congelad[oa]s?|bevroren|geblokkeerd|bloquead[oa]s?|betriebsferien|betriebsurlaub|geschlossen|schliessen|fermee?|fermeture|conges"
                      r"|cerrad[oa]s?|cierre|vacaciones|gesloten|sluiten|sluit|bouwvak|vakantie|fechad[oa]s?|encerrad[oa]s?|ferias"
                      # "the Lunar New Year holiday from 9 Feb to 18 Feb"
                      r"|holidays?|vacation|ferien|urlaub|vacances|feriados?|festivos|feestdagen)\b")
_AFTER_THE_CLOSURE = re.compile(r"\b(?:after|nach|apres|despues\s+de|tras|na|depois\s+d[aoe]s?|once)\s+(?:(?:the|our|den|der|dem|unseren?|les|nos|las|los|la|el|las|de|onze|as|os|o|a)\s+)?$")
_FROM_BEFORE = re.compile(r"\b(?:from|starting|ab|vom|a\s+partir\s+d[eu]|des|desde|vanaf|van(?:af)?|a\s+partir\s+de)\s+(?:the\s+|le\s+|el\s+|den\s+|dem\s+|o\s+|dia\s+)?$")
_SPAN_JOINER = re.compile(r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till|bis(?:\s+(?:zum|einschliesslich))?|au|jusqu'au|al|hasta\s+el|a|tot(?:\s+en\s+met)?|t/m|ate|ao)\s*(?:the\s+|le\s+|el\s+|den\s+|o\s+|dia\s+)?")


def _narrowed_by_a_day_inside(folded: str, f: FoundDate, days: list[tuple[int, FoundDate]]) -> bool:
    """A span ("esta semana … el jueves"), a week with a latest day after it ("the week of the 14th, at the latest
    Wednesday 16") or "before Christmas, by 22 December", beside a day of its sentence inside it: the day holds."""
    bound = f.kind == "xmas" and f.future is not None
    # ("Anfang April, am 3.": the start of a month named, and its day)
    if not (bound or f.kind in _SPANS or f.kind == "bo_named" or f.kind == "week_of" and _LATEST_AFTER.search(folded, f.end, _sentence_end(folded, f.end))):
        return False
    sentence = _sentence_start(folded, f.start)
    return any(s == sentence and g.start != f.start and _inside(f, g) and (not bound or g.future is not None and g.future <= f.future)
               for s, g in days)


def _same_weekday_said_more_exactly(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """"After the Friday prayer, on Friday next week": a bare weekday beside the same weekday placed in a week is the
    same day said loosely (or a name, "the Friday prayer"); the placed one holds."""
    if f.kind not in _WEEKDAY_KINDS or f.future is None:
        return False
    start = _sentence_start(folded, f.start)
    return any(g is not f and g.kind in ("wd_next", "wd_after_next", "wd_week") and g.future is not None
               and g.future.weekday() == f.future.weekday() and _sentence_start(folded, g.start) == start for g in cands) \
        or any(g.start > f.end and g.future is not None and g.kind in EXPLICIT_KINDS | {"wd_dom"} and g.future.weekday() == f.future.weekday()
               and _sentence_start(folded, g.start) == start and _SO_IT_IS.search(folded, f.end, g.start) for g in cands) \
        or any(g.future is not None and g.kind in EXPLICIT_KINDS and g.future.weekday() == f.future.weekday()
               and (_WEEKDAY_IN_APPOSITION.fullmatch(folded, f.end, g.start) or _WEEKDAY_IN_APPOSITION.fullmatch(folded, g.end, f.start))
               for g in cands)


# "on May 22, the Tuesday after", "the Tuesday after, the 5th": a weekday beside the date it glosses (same weekday) is that date
_WEEKDAY_IN_APPOSITION = re.compile(r"(?:\s+(?:after|following|after\s+that|d'apres|suivant|danach|darauf|despues|siguiente|daarna|erna|seguinte|depois))?"
                                    r"\s*[,(\u2013\u2014-]\s*(?:(?:the|le|el|den|dem|de|o|a|dia|on|am|op|no|na)\s+)?")


# "runs on Wednesday, so it's Wednesday Dec 16", "am Freitag, also Freitag den 18.": the same weekday placed on its date
_SO_IT_IS = re.compile(r"\b(?:so|i\.e\.|that\s+is|that'?s|which\s+is|meaning|also|d\.h\.|donc|c'est|dus|entonces|o\s+sea|entao|ou\s+seja)\b")


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


# Where a clause starts, for words that describe the day right after them: a sentence end, a dash, "but"
_CLAUSE_BREAK = re.compile(r"[.!?;\n\u2013\u2014]|\s-\s|\b(?:but|aber|mais|pero|maar|mas)\b")


def _this_clause_before(folded: str, pos: int, width: int) -> str:
    """Up to `width` characters before `pos`, from the start of their clause ("it's a bank holiday but I'm here — paid
    first thing Wednesday": the holiday is today's, Wednesday's clause starts after the dash)."""
    window = folded[max(0, pos - width):pos]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end():] if breaks else window


def find_promise_date(text: str, sent_at: datetime | date | str | None, language: str | None = None,
                      timezone: str | None = None, *, committed_only: bool = False,
                      customer_language: str | None = None) -> date | None:
    """The date a reply promises to pay by: of every date mention ahead, the one whose clause commits
    to it (not a plan that moved, a date the sender cannot make, a condition's or a meeting's date).

    committed_only: for a reply read as something else (a dispute, "already paid", a resend request),
    only a date its sentence plainly commits to, so a dated promise inside it is not lost; a reply line
    that is nothing but a date ("ok, Fri") answers the reminder with that date. customer_language: the
    customer's own language from the ledger, which tells how a numeric date written in English is ordered."""
    d = local_date(sent_at, timezone)
    folded = fold(text)
    cands = []
    every = find_dates(text, sent_at, language, timezone, customer_language)
    schedule = None if committed_only else first_instalment_of_a_monthly_schedule(folded, every, d)
    if schedule is not None:
        return schedule  # "Januar, Februar, März, jeweils zum 15.": the first instalment
    for f in every:
        if f.future is None or f.future < d or f.kind in ("wd_last", "ago", "last_week"):
            continue
        # "the transfer left on 31/10", written on 5 Nov: a recent past date, not a promise for next year
        if f.may_have_passed(d) and (f.future - d).days > 180:
            continue
        cands.append(f)
    cands = _counted_from_tomorrow(folded, cands)
    named = list(cands)  # every day ahead the reply names: a payment may be counted from any of them
    # "arrives 8 Dec, we pay within 3 days after that": counted from 8 Dec, which is itself no promise
    counted = [_counted_from_the_date_before(folded, f, cands, language) for f in cands]
    anchors = {id(a) for _, a in counted if a is not None}
    recounted = {id(f) for f, a in counted if a is not None}
    cands = [f for f, _ in counted if id(f) not in anchors]
    # "the 9th is Friday": the date and the weekday that describes it name no day to pay on
    described = {m.end() for f in cands if f.kind not in _WEEKDAY_KINDS and (m := _DESCRIBED_AS_A_WEEKDAY.match(folded, f.end))}
    cands = [f for f in cands if (id(f) in recounted or not _counted_from_an_event(folded, f, language))
             and not (f.kind == "today" and _NOT_A_DAY_AHEAD.search(folded[max(0, f.start - 35):f.start]))
             and not (f.kind in _WEEKDAY_KINDS | _DAY_OF_MONTH_KINDS and (_NOT_A_DAY_AHEAD.search(folded[max(0, f.start - 25):f.start])
                                                                   or (_EVERY_MONTH_AFTER.match(folded, f.end) and not _AN_INSTALMENT_BEFORE.search(folded, max(0, f.start - 30), f.start))
                                                                   or _A_MESSAGES_DAY.match(folded, f.end)
                                                                   or _A_HOLIDAY_BY_ITS_WEEKDAY.match(folded, f.end)
                                                                   or _A_HOLIDAY_BEFORE_ITS_WEEKDAY.search(folded, max(0, f.start - 10), f.start)))
             and not _NOT_A_PAYMENT_DAY.search(_this_clause_before(folded, f.start, 40)) and not _DELIVERED_AFTER.match(folded, f.end)
             and not _HOLIDAYS_AFTER.match(folded, f.end)  # "the 8th is a holiday", "mañana es feriado"
             and not (f.kind == "in_n" and _COUNTED_WINDOW.search(folded[max(0, f.start - 30):f.start]))
             and not (f.kind == "today" and (_WHAT_A_DAY_IS.search(folded, max(0, f.start - 20), f.start) or _DONE_FOR_THE_DAY.match(folded, f.end)))
             and not (f.kind in ("today", "tomorrow") and _A_DAY_THAT_IS_AN_EVENT.match(folded, f.end))
             and not (f.kind not in _WEEKDAY_KINDS and _DESCRIBED_AS_A_WEEKDAY.match(folded, f.end))
             and not (f.kind in _WEEKDAY_KINDS and f.end in described)
             and not _done_on_that_day(folded, f, d)]
    # "na Sinterklaas (5 december)": a date in brackets right after another day names that day, it is no day of its own
    # ("am Montag (21.12.)" is the Monday's own date, read by _restated_by_a_date)
    cands = [f for f in cands if not any(g.end <= f.start and g.kind not in _WEEKDAY_KINDS and re.fullmatch(r"\s*\(\s*", folded[g.end:f.start])
                                         for g in cands)]
    cands = [f for f in cands if not _inside_a_closure(folded, f, every)]  # "frozen from 29th March (gone by) to 4th April"
    # "el 8 de abril, el primer jueves después de Pascua": the weekday after the holiday glosses the date before it
    holidays = [f for f in cands if f.kind == "after_holiday"]
    cands = [f for f in cands if not (f.kind == "after_holiday" and any(g.end <= f.start and g.kind in EXPLICIT_KINDS
                                                                        and _GLOSS_GAP.fullmatch(folded, g.end, f.start) for g in cands))]
    cands = [f for f in cands if not _placed_by_a_day_after(folded, f, cands) and not _same_weekday_said_more_exactly(folded, f, cands)
             and not _a_bound_narrowed(folded, f, cands)
             and not _told_of_as_gone_or_denied(folded, f)]
    # a day taken back is taken back wherever it is said again ("mañana sábado... perdón, el lunes 6, que el sábado el
    # banco no hace transferencias", "mañana... bueno, mañana es feriado. El martes.")
    # (said again right after the correction it is the correction: "Correction: it goes out 6/10", "Dus toch vrijdag 26")
    last_word = the_last_correction(folded, cands)  # "Thursday. No, Wednesday. Actually Thursday, …": the day ended on
    if last_word is not None:
        cands = [last_word]
    corrected = [f for f in cands if _corrected_later(folded, f, cands)]
    days_off = {f.future for f in cands if f.kind in EXPLICIT_KINDS and _THAT_IS_A_DAY_OFF.match(folded, f.end)}
    refused = [f for f in cands if _asked_of_us_and_refused(folded, f, cands)]
    cands = [f for f in cands if not _restated_by_a_date(folded, f, cands) and not any(f is c for c in corrected)
             and f.future not in days_off and not _said_again_after_another(f, corrected, cands)
             and not _taken_back_by_a_later_day(folded, f, cands)
             and not _asked_and_denied(folded, f, cands) and not (f in refused) and not _before_no_date_yet(folded, f)
             and not (f.kind in _SPANS_OF_A_MONTH_OR_WEEK and _EXACT_DAY_TO_FOLLOW.search(folded))]
    after_meeting = _day_after_a_meeting(folded, cands, holidays)
    if after_meeting is not None:
        # "books close Friday 12/4, we pay the day after, that's a Saturday, so Monday 12/7": a count that lands on a
        # weekend is carried to the working day the sender names next
        carried = [f.future for f in cands if f.future is not None and after_meeting.weekday() >= 5
                   and after_meeting < f.future <= _first_working_day_after(after_meeting)]
        return carried[0] if carried else after_meeting
    that_date = _THAT_DATE.search(folded)
    if that_date and _COMMIT.search(_sentence_of(folded, that_date.start())):
        # "Our last working day before the holidays is 12 Feb. We'll settle both on or before that date."
        earlier = [f for f in named if f.end <= that_date.start() and f.kind in EXPLICIT_KINDS and f.future is not None]
        if earlier:
            return earlier[-1].future
    counted = _counted_from_a_named_day(folded, named, d)
    if counted is not None:  # the count and the day it counts from are one mention; the reply's other days still compete
        cands = sorted([f for f in cands if f.end <= counted.start or f.start >= counted.end] + [counted], key=lambda f: f.start)
    scored = [(promise_role_score(folded, f, language), f) for f in cands]
    # a day told of as done ("am Mittwoch angewiesen, der Rest folgt nächste Woche") narrows no span
    days = [(_sentence_start(folded, f.start), f) for score, f in scored if f.kind not in _SPANS and score >= 0]
    scored = [(score - 2 if _narrowed_by_a_day_inside(folded, f, days) else score, f) for score, f in scored]
    scored = _against_the_others(folded, scored)
    if refused:  # "… impossible. Ce sera le mardi 27.", "Dat lukt niet … Wordt maandag 3 juli.": the day settled on instead
        scored = [(score + 3 if _SETTLED_INSTEAD.search(folded, max(_sentence_start(folded, f.start), f.start - 30), f.start) else score, f)
                  for score, f in scored]
    if committed_only:
        scored = [(score, f) for score, f in scored
                  if score >= 2 and _commits(folded, f, d) or score >= 0 and _only_a_date(folded, f)
                  or score >= 0 and _commits(folded, f, d) and _speaks_of_a_move(_sentence_of(folded, f.start))]
    if not scored:
        return None
    best = _the_first_part_before_the_rest(folded, _the_later_of_two(folded, _first_part_promised(folded, scored), cands), scored)
    day = _not_before_its_condition(folded, best, _in_the_named_week(folded, best, cands, d), cands, language)
    if day is not None and (best.kind in EXPLICIT_KINDS or best.kind in ("eoq", "eom", "eonm")) \
            and _WORKING_DAY_AFTER.search(folded, max(0, best.start - 60), best.start):
        return _first_working_day_after(day)  # "the first working day after 8 December": counted from the date
    if day is not None and best.kind in _WEEKDAY_KINDS:
        # "the first working day after the month end - Monday": the weekday names that working day, not the coming Monday
        for g in cands:
            if g.end <= best.start and g.future is not None and _sentence_start(folded, g.start) == _sentence_start(folded, best.start) \
                    and (g.kind in EXPLICIT_KINDS or g.kind in ("eoq", "eom", "eonm")) and _WORKING_DAY_AFTER.search(folded, max(0, g.start - 60), g.start):
                after = _first_working_day_after(g.future)
                if after.weekday() == day.weekday():
                    return after
    return day


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


def local_dt(sent_at: datetime) -> datetime:
    return sent_at if isinstance(sent_at, datetime) else datetime.combine(sent_at, datetime.min.time())
