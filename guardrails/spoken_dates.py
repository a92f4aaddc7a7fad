"""Dates a draft states in words, in EN, DE, FR, ES, NL and PT: weekdays, months, "tomorrow", "next week",
"end of the month", "in two weeks", "30 more days", holidays, quarters, times of day.

Numeric dates ("17.05.2024", "May 17") are read by guardrails/facts.py. What is left here are the ways a
collector grants time without writing a date. Each mention resolves to the dates it could mean; a
mention that resolves to no date the decision allowed stops the draft (an open-ended "next month"
resolves to none: it is an extension, and only a person may grant one through policy). A payment
window of exactly the policy's days ("within 7 days", the reminders' own wording) is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from core.text.folding import fold
from core.text.months import MONTH_NUMBERS, MONTHS
from core.text.spans import SpanClaims
from core.text.weekdays import PT_SHORT_WEEKDAYS, WEEKDAY_NUMBERS
from core.text.weekdays import WEEKDAYS as WRITTEN_WEEKDAYS
from guardrails.literal_screen import LiteralScreen

I = re.I

# Weekday names as written and folded ("miércoles", "miercoles"), and Portuguese short forms ("na sexta" = on Friday).
WEEKDAYS: dict[str, int] = {name.lower(): number for names in WRITTEN_WEEKDAYS.values() for number, name in enumerate(names)}
WEEKDAYS.update(WEEKDAY_NUMBERS)
WEEKDAYS.update(PT_SHORT_WEEKDAYS)
WEEKDAYS.update({fold(name): number for name, number in PT_SHORT_WEEKDAYS.items()})

# Month names as written and folded ("März", "marz", "maerz"); the ones that are also words come below.
_MONTHS = "|".join(sorted(({n.lower() for names in MONTHS.values() for n in names} | set(MONTH_NUMBERS)) - {"may", "march", "mai"}))
# "May" and "march" are also an English verb: a month only after a preposition or before a day or year.
_AMBIGUOUS_MONTHS = r"may|march|mai|april"
_PREP = r"(?:in|by|until|till|before|after|since|from|end\s+of|mid|early|late|beginning\s+of|im|bis|ab|vor|nach|seit|ende|anfang|mitte|en|avant|après|fin|début|mi|hasta|antes\s+de|después\s+de|desde|finales\s+de|principios\s+de|tot|na|voor|eind|begin|eind|até|antes\s+de|depois\s+de|fim\s+de|início\s+de)"

_N = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety|a\s+couple\s+of|a\s+few|"
_N += r"ein(?:e[nm]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|vierzehn|zwanzig|dreißig|dreissig|ein\s+paar|einige[n]?|"
_N += r"une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quelques|"
_N += r"una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|unos\s+pocos|unas|unos|"
_N += r"een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|veertien|twintig|dertig|een\s+paar|enkele|"
_N += r"uma?|dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta|alguns|algumas)"
_UNIT_DAYS = r"(?:(?:business\s+|working\s+|calendar\s+|bank\s+)?days?|(?:werk|arbeits|kalender)?tage?n?|jours?(?:\s+ouvrés|\s+ouvrables)?|días?(?:\s+hábiles)?|dias?(?:\s+úteis)?|(?:werk)?dagen|dag)"
_UNIT_OTHER = r"(?:weeks?|months?|wochen?|monate?n?|semaines?|mois|semanas?|meses|mes|weken|week|maanden|maand|mês)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("duration", re.compile(rf"\b(?P<n>{_N})\s+(?:(?:more|extra|additional|further|weitere|zusätzliche|de\s+plus|supplémentaires|más|adicionales|extra|meer|extra|mais|adicionais)\s+)?(?P<unit>{_UNIT_DAYS}|{_UNIT_OTHER})\b(?:\s+(?:more|extra|de\s+plus|más|mais|langer|länger|longer))?", I)),
    ("relative_day", re.compile(
        r"\b(?:tomorrow|day\s+after\s+tomorrow|yesterday|tonight|übermorgen|gestern|heute\s+abend|après-demain|demain|hier|ce\s+soir|pasado\s+mañana|ayer|esta\s+noche|"
        r"overmorgen|gisteren|vanavond|depois\s+de\s+amanhã|amanhã|amanha|ontem|hoje\s+à\s+noite)\b", I)),
    # "morgen" (DE/NL tomorrow) but not "Guten Morgen"/"goedemorgen"; "mañana" but not "por la mañana".
    ("relative_day", re.compile(r"(?<!guten\s)(?<!goede\s)(?<!goeden\s)(?<!am\s)(?<!heute\s)\bmorgen\b(?!\s*(?:früh)?\s*,?\s*(?:frau|herr|mevrouw|meneer))", I)),
    ("relative_day", re.compile(r"(?<!la\s)(?<!esta\s)(?<!cada\s)\bmañana\b", I)),
    ("relative_period", re.compile(
        r"\b(?:next|this|coming|following|the\s+end\s+of\s+(?:the|this|next)|end\s+of\s+(?:the|this|next)?|beginning\s+of\s+(?:the|this|next)?|start\s+of\s+(?:the|this|next)?|middle\s+of\s+(?:the|this|next)?|mid-?)\s*(?:week|month|quarter|year|weekend|fiscal\s+year)\b|"
        r"\b(?:month|year|quarter)[- ]end\b|\b(?:by|until|till|before|after|over|on|at)\s+the\s+weekend\b|\beo[mwy]\b|"
        r"\b(?:nächste[nrsm]?|kommende[nrsm]?|übernächste[nrsm]?|diese[nrsm]?|ende\s+(?:de[rs]|dieses|nächsten|diese[rn]?)?|anfang\s+(?:de[rs]|dieses|nächsten|diese[rn]?)?|mitte\s+(?:de[rs]|dieses|nächsten|diese[rn]?)?)\s*(?:woche|monats?|quartals?|jahr(?:es)?|wochenende)\b|"
        r"\b(?:monats|jahres|quartals)(?:ende|anfang|mitte)\b|\b(?:bis|zum|nach\s+dem|übers)\s+(?:zum\s+)?wochenende\b|"
        r"\b(?:semaine|mois|trimestre|année|an)\s+(?:prochaine?|suivante?)\b|\b(?:fin|début|mi-?|milieu)\s*(?:du|de\s+la|de\s+l'|d')?\s*(?:la\s+)?(?:semaine|mois|trimestre|année)\b|\bce\s+week-?end\b|\b(?:d'ici|avant|après)\s+(?:le|la|ce)\s+(?:week-?end|fin\s+du\s+mois)\b|"
        r"\b(?:la\s+)?(?:próxima|siguiente)\s+(?:semana|quincena)\b|\b(?:el\s+)?(?:próximo|siguiente)\s+(?:mes|año|trimestre)\b|\b(?:semana|mes|año)\s+que\s+viene\b|\b(?:fin(?:al)?(?:es)?|principios?|mediados|inicios?|comienzos?)\s+(?:de\s+la\s+semana|del?\s+(?:mes|año|trimestre))\b|\b(?:este|para\s+el|hasta\s+el|antes\s+del|después\s+del)\s+fin\s+de\s+semana\b|"
        r"\b(?:volgende|komende|deze|aanstaande)\s+(?:week|maand|kwartaal|jaar|weekend)\b|\b(?:eind|einde|begin|half|medio|midden)\s+(?:van\s+)?(?:de\s+|het\s+|deze\s+|volgende\s+)?(?:week|maand|kwartaal|jaar)\b|\b(?:maand|jaar|kwartaal)einde\b|"
        r"\b(?:a\s+|na\s+)?(?:próxima|seguinte)\s+semana\b|\b(?:o\s+|no\s+)?(?:próximo|seguinte)\s+(?:mês|ano|trimestre)\b|\b(?:semana|mês|ano)\s+que\s+vem\b|\b(?:fim|final|início|inicio|meados|princípio|principio)\s+d[oa]\s+(?:próxim[oa]\s+)?(?:semana|mês|ano|trimestre)\b|\b(?:este|neste|até\s+ao|até\s+o|antes\s+do|depois\s+do)\s+fim\s+de\s+semana\b",
        I)),
    ("relative_period", re.compile(r"\b(?:acabe|termine|finalice|acabar|terminar)\s+(?:la|el|a|o)\s+(?:semana|mes|mês|año|ano)\b|\b(?:a\s+|one\s+|two\s+)?fortnights?\b|\b(?:une\s+)?quinzaine\b|\b(?:una\s+)?quincena\b|\b(?:uma\s+)?quinzena\b", I)),
    # English weekday abbreviations, only after a word that makes them a day ("by Fri", "next Tues"): "Mon" is French for "my".
    ("weekday", re.compile(r"\b(?:[Bb]y|[Oo]n|[Uu]ntil|[Tt]ill|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter)\s+(?P<abbr>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?")),
    ("holiday", re.compile(
        r"\b(?:easter|christmas|xmas|new\s+year(?:'s)?|thanksgiving|ostern|weihnachten|neujahr|silvester|pfingsten|pâques|paques|noël|noel|nouvel\s+an|toussaint|"
        r"pascua|semana\s+santa|navidad|año\s+nuevo|reyes|pasen|kerst(?:mis)?|nieuwjaar|pinksteren|páscoa|pascoa|natal|ano\s+novo|carnaval|karneval)\b", I)),
    ("quarter", re.compile(r"\bQ[1-4]\b|\b(?:first|second|third|fourth|last)\s+quarter\b|\b(?:erste[nms]?|zweite[nms]?|dritte[nms]?|vierte[nms]?|letzte[nms]?)\s+quartal\b|\b(?:premier|deuxième|troisième|quatrième|dernier)\s+trimestre\b|\b(?:primer|segundo|tercer|cuarto|último)\s+trimestre\b|\b(?:eerste|tweede|derde|vierde|laatste)\s+kwartaal\b|\b(?:primeiro|segundo|terceiro|quarto|último)\s+trimestre\b")),
    ("time", re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|uhr|h\d{0,2})\b|\b\d{1,2}:\d{2}\b", I)),
    ("day_of_month", re.compile(r"\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\b(?:am|zum|bis\s+zum|vor\s+dem)\s+\d{1,2}\.(?!\d)|\b(?:le|au|avant\s+le|jusqu'au)\s+(?:1er|\d{1,2})\b(?!\s*(?:%|€|euros?|jours?|factures?))|"
                                r"\b(?:el\s+día|el|hasta\s+el|antes\s+del)\s+\d{1,2}\b(?!\s*(?:%|€|euros?|días?|facturas?|por))|\b(?:op\s+de|uiterlijk\s+de)\s+\d{1,2}(?:e|ste|de)?\b|\b(?:no\s+dia|dia|até\s+(?:o\s+)?dia)\s+\d{1,2}\b", I)),
    ("weekday", re.compile(r"\b(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")s?\b|\b(?:na|até|à|a)\s+(?:segunda|terça|terca|quarta|quinta|sexta)\b", I)),
    ("month", re.compile(rf"\b(?:{_MONTHS})\b", I)),
    ("month", re.compile(rf"\b{_PREP}\s+(?:{_AMBIGUOUS_MONTHS})\b|\b(?:{_AMBIGUOUS_MONTHS})\s+(?:\d{{1,2}}\b|\d{{4}}\b)", I)),
]
# A draft names few of these: one pass over the words the patterns need says which can match.
_SCREEN = LiteralScreen([pattern for _, pattern in PATTERNS])


@dataclass
class SpokenDate:
    kind: str  # duration, relative_day, relative_period, holiday, quarter, time, day_of_month, weekday, month
    text: str
    dates: set[date] = field(default_factory=set)  # what it can mean; empty = no single date (fails unless a duration the policy allows)
    days: int | None = None  # for a duration in days


_VAGUE = re.compile(r"few|couple|paar|einige|quelques|unos|unas|pocos|enkele|alguns|algumas", I)
_SMALL = {"a": 1, "an": 1, "one": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "un": 1, "une": 1, "uno": 1, "una": 1, "een": 1, "um": 1, "uma": 1,
          "two": 2, "zwei": 2, "deux": 2, "dos": 2, "twee": 2, "dois": 2, "duas": 2, "seven": 7, "sieben": 7, "sept": 7, "siete": 7, "zeven": 7, "sete": 7}


_MORE = re.compile(r"more|extra|additional|further|weitere|zusätzliche|plus|más|adicionales|meer|mais|länger|langer|longer", I)


def _count(raw: str) -> int | None:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _SMALL.get(raw)


def spoken_dates(text: str, today: date) -> list[SpokenDate]:
    """Every date a reader would take from `text` that is not a numeric date, with what it resolves to."""
    found: list[SpokenDate] = []
    claims = SpanClaims(text)
    possible = _SCREEN.may_match(text)
    for n, (kind, pattern) in enumerate(PATTERNS):
        if possible is not None and n not in possible:
            continue
        for m in pattern.finditer(text):
            if not claims.free(m):
                continue
            mention = SpokenDate(kind, m.group(0).strip())
            if kind == "relative_day" and re.search(r"tomorrow|morgen|demain|mañana|amanhã|amanha", m.group(0), I) and not re.search(r"after|über|après|pasado|over|depois", m.group(0), I):
                mention.dates = {today + timedelta(days=1)}
            elif kind == "weekday":
                word = m.group(0).lower().rstrip(".").split()[-1]
                wd = WEEKDAYS.get(word, WEEKDAYS.get(word[:-1]))
                if wd is None:
                    wd = next((i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun")) if word.startswith(name)), None)
                if wd is not None:
                    ahead = (wd - today.weekday()) % 7 or 7  # "Friday" said on a Friday is next week's
                    mention.dates = {today + timedelta(days=ahead), today + timedelta(days=ahead + 7)}
            elif kind == "duration" and re.match(_UNIT_DAYS, m.group("unit"), I) and not re.search(r"more|extra|additional|further|weitere|zusätzliche|plus|más|adicionales|meer|mais|länger|langer|longer", m.group(0), I):
                mention.days = _count(m.group("n"))
            found.append(mention)
            claims.claim(m)
    return found



def unallowed_from(mentions: list[SpokenDate], allowed: set[date], window_days: int) -> list[SpokenDate]:
    out = []
    for mention in mentions:
        if mention.kind == "duration":
            if mention.days is not None and mention.days == window_days:
                continue
            if _VAGUE.search(mention.text) and not _MORE.search(mention.text):
                continue  # "for a few days" names no date and grants nothing; "a few more days" does
        elif mention.dates & allowed:
            continue
        out.append(mention)
    return out
