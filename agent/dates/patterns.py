"""The date reader's word tables and its pattern table: one (kind, regex) row per way of writing a date in our
six languages, longer and more specific rows first (`_P`), and the kinds a date written out as a day can have.

Why apart: the table is data every other module of agent.dates reads (agent/date_screen.py screens it); how a match
becomes a date is agent/dates/resolve.py."""

from __future__ import annotations

import re

from core.text.day_words import CARDINALS_BEFORE_A_MONTH, DAY_WORDS
from core.text.folding import fold
from core.text.holiday_names import HOLIDAY_NAMES
from core.text.months import MONTH_ABBREVIATIONS, MONTH_NUMBERS
from core.text.weekdays import PT_SHORT_WEEKDAYS, WEEKDAY_NUMBERS
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
_add("bonm", r"\b(?:(?:the\s+)?(?:first|beginning|start)\s+of\s+(?:the\s+)?next\s+month|early\s+next\s+month|first\s+thing\s+next\s+month"
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
# ("fiscal year-end", "financial year end": the sender's own year, whose end the calendar does not know)
_add("eoy", r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|(?<!fiscal\s)(?<!financial\s)year[\s-]end(?!\s+(?:audit|clos\w*|inventory|stock\w*|accounts|shutdown|review|bonus|party|figures|is|was|falls|on|process\w*|procedures?|batch|freeze)\b)"
            r"|jahresende|ende\s+(?:des|dieses)\s+jahres|(?:bis\s+)?ende\s+jahr"
            r"|fin\s+(?:d'|de\s+l'|de\s+cette\s+)annee|fin(?:al)?(?:es)?\s+de(?:l)?\s+(?:este\s+)?ano|eind\s+van\s+(?:het|dit)\s+jaar|jaareinde"
            r"|(?:final|fim)\s+(?:do|deste)\s+ano)\b")
_add("xmas", r"\b(?:(?:(?:by|before|until|on)\s+)?christmas\s+eve|(?:bis\s+|vor\s+|zu\s+|an\s+)?heiligabend|(?:voor|tegen|op)\s+kerstavond"
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
                  r"|volgende\s+week|komende\s+week|(?:na\s+)?proxima\s+semana|semana\s+que\s+vem"
                  # European Portuguese "para a semana" is next week ("Para a semana pagamos")
                  r"|para\s+a\s+semana(?!\s+(?:passada|anterior|toda|inteira)))\b")
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
# a quarter by its ordinal in the six languages ("zweiten", "troisième", "primer", "eerste"); resolve.py reads it as 1-4
_QUARTER_ORDINAL = (r"first|second|third|fourth|1st|2nd|3rd|4th|erste[sn]?|zweiten|dritten|vierten|premier|deuxieme|troisieme|quatrieme"
                    r"|primer|segundo|tercer|cuarto|primeiro|terceiro|quarto|eerste|tweede|derde|vierde")
_HOLIDAY_KEY_NAMES = [name for names in HOLIDAY_NAMES.values() for name in names]  # every named day's names (core/text/holiday_names.py)
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
                      r"|(?:next|this\s+coming|the\s+coming|coming)\s+week\s*[,;:\u2013-]?\s*(?:no\s*,?\s*)?(?:but\s+)?the\s+(?:one|week)\s+after"
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
            r"|(?:final|fim|fecho)\s+(?:do|deste)\s+trimestre"
            # "al cierre del primer trimestre", "Ende des ersten Quartals", "the end of the first quarter"
            r"|(?:(?:the\s+)?end\s+of\s+the|ende\s+des|(?:la\s+)?fin\s+du|(?:al\s+)?(?:cierre|final)\s+del|(?:ao\s+)?(?:fim|fecho|final)\s+do|(?:het\s+)?einde?\s+van\s+het)"
            r"\s+(?P<n>" + _QUARTER_ORDINAL + r")\s+(?:quarter|quartals?|trimestre|kwartaal))\b", _FIRST),
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
    # "the Thursday before Easter", "Donnerstag vor Ostern", "the Tuesday after Mothering Sunday", "na terça-feira a seguir à
    # Páscoa", "Montag nach Allerheiligen", "the Monday after Anzac weekend": that weekday before or after the named day (read
    # before "after Easter" alone)
    ("wd_around_holiday", rf"\b(?:the\s+|on\s+the\s+|am\s+|le\s+|el\s+|de\s+|op\s+|na\s+|no\s+)?(?P<wd>{_WD_FULL})(?:-feira)?\s+"
                          r"(?:(?P<before>before|vor|avant|antes\s+d[eoa]l?|voor)|(?P<after>after|nach|apres|despues\s+del?|na|depois\s+d[aoe]|a\s+seguir\s+[aà]))\s+"
                          r"(?:(?:the|dem|den|le|la|el|de|het|o|a|à)\s+)?"
                          r"(?P<name>easter|ostern|paques|pascua|pasen|pascoa|" + _alt(_HOLIDAY_KEY_NAMES) + r")(?:\s+(?:long\s+)?weekend)?(?![\w'-])", _FIRST),
    # "after Christmas", "nach Weihnachten", "après les Fêtes", "después de Reyes", "na Sinterklaas": the first working day after
    ("after_holiday", r"\b(?:after|nach|apres|despues\s+del?|tras\s+(?:el|la|los|las)|na|depois\s+d[oea]s?|passad[oa]s?)\s+(?:the\s+|den\s+|de\s+|del?\s+|les\s+|la\s+|las\s+|el\s+|o\s+|as\s+|os\s+)?"
                      # "después del puente de la Inmaculada", "after the long weekend of Thanksgiving", "na de brug van ..."
                      r"(?:(?:puente|long\s+weekend|pont|brug|ponte|fim\s+de\s+semana\s+prolongado|brucke|bruckentag)\s+(?:de\s+la\s+|de\s+l'|del?\s+|van\s+|da\s+|do\s+|of\s+|von\s+)?)?"
                      r"(christmas|xmas|weihnachten|noel|navidad|kerst(?:mis)?|natal|thanksgiving|fetes|holidays|feiertagen|fiestas|festas|feestdagen"
                      r"|reyes|sinterklaas|pakjesavond|maria\s+empfangnis|(?:la\s+)?inmaculada|(?:l')?immacolata|holiday\s+weekend|thanksgiving\s+weekend"
                      r"|new\s+year|neujahr|nouvel\s+an|ano\s+nuevo|oud\s+en\s+nieuw|jaarwisseling|ano\s+novo|" + _EASTER + r")\b"
                      r"(?![\s-]+(?:concert|party|parties|market|fair|show|sale|takings|lunch|dinner|event|order|rush|stock|markt|feier|konzert"
                      r"|concierto|cena|concerto|feest|diner|marche|spectacle|festa|jantar|mercado|bestellung|commande|pedido|bestelling|encomenda))", _FIRST),
    # "Anfang des zweiten Quartals", "au début du troisième trimestre", "no início do segundo trimestre", "early Q2": its first day
    ("quarter_start", r"\b(?:(?:at\s+the\s+)?(?:start|beginning)\s+of|early(?:\s+in)?|(?:zu\s+)?(?:anfang|beginn)|(?:au\s+|en\s+)?debut|(?:a\s+)?(?:principios?|comienzos?|inicio)"
                      r"|(?:no\s+)?inicio|(?:in\s+het\s+)?begin)\s+(?:of\s+)?(?:the\s+|des\s+|du\s+|del\s+|do\s+|van\s+(?:het\s+)?)?"
                      r"(?:(?P<n>" + _QUARTER_ORDINAL + r")\s+(?:quarter|quartals?|trimestre|kwartaal)|q(?P<q>[1-4]))\b", _FIRST),
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
                   # "£1,000 a month from July", "monthly from September": a plan's start
                   rf"|(?:a|per|each|every)\s+month\s+(?:from|starting(?:\s+in)?)|monthly\s+(?:from|starting(?:\s+in)?)"
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


# The kinds of a date written out as a day (read by agent/doubts.py and agent/models/rereading.py too)
EXPLICIT_KINDS = frozenset({"numeric", "dotted_spaced", "dmy_name", "mdy_name", "iso", "dom", "dom_loose"})
# a weekday alone, however written ("Fri", "vendr.", "quinta"): the kinds a day may be named by its weekday only
WEEKDAY_KINDS = frozenset({"wd", "wd_typo", "wd_abbr", "wd_abbr_de", "wd_abbr_fr", "wd_abbr_es", "wd_abbr_nl", "wd_abbr_pt"})
