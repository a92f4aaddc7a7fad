"""Date words per language and the resolution rules of evals/LABELING.md.

Every promise date in the datasets is computed here from the reply's own local date,
so the label is exactly what the policy says, not what a parser happens to return.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from core.text.date_rules import coming_weekday, end_of_month, last_weekday, next_day_of_month, next_week_weekday
from core.text.months import MONTHS
from core.text.weekdays import WEEKDAYS

LANGS = ("en", "de", "fr", "es", "nl", "pt")



MON3 = {lang: [m[:3] for m in ms] for lang, ms in MONTHS.items()}


# ---------------------------------------------------------------- resolution rules
# coming_weekday, next_week_weekday, last_weekday, end_of_month, next_day_of_month: core/text/date_rules.py,
# the same rules the reply parser applies.


def next_month_day(d: date, month: int, day: int) -> date:
    """An explicit day and month without year: its next occurrence on or after d."""
    cand = date(d.year, month, day)
    return cand if cand >= d else date(d.year + 1, month, day)


# ---------------------------------------------------------------- rendering
def ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def held_out(items: list, split: str | None) -> list:
    """The phrasings of one bank a split may use: train, dev and test never share one.

    Banks of eight or more go by index (6/10 train, 1/10 dev, 3/10 test); smaller banks keep their
    last phrasing for test and the one before for dev (a bank of two gives dev and test its second),
    so a small bank no longer leaks its test wording into training. A bank of one is shared.
    """
    if split in (None, "sample") or len(items) < 2:
        return list(items)
    if len(items) >= 8:
        order = ["train", "train", "test", "train", "dev", "train", "test", "train", "train", "test"]
        return [x for i, x in enumerate(items) if order[i % len(order)] == split]
    if len(items) == 2:
        return [items[0]] if split == "train" else [items[1]]
    roles = ["train"] * (len(items) - 2) + ["dev", "test"]
    return [x for x, r in zip(items, roles) if r == split]


def fmt_explicit(rng: random.Random, lang: str, t: date, with_prep: bool = True, split: str | None = None) -> str:
    """An explicit calendar date in a style a sender of that language would write."""
    dd, mm = t.day, t.month
    if lang == "en":
        forms = [f"{MONTHS['en'][mm-1]} {dd}", f"{dd} {MONTHS['en'][mm-1]}", f"{ordinal_en(dd)} {MON3['en'][mm-1]}",
                 f"{MON3['en'][mm-1]} {ordinal_en(dd)}", t.isoformat(), f"the {ordinal_en(dd)} of {MONTHS['en'][mm-1]}"]
        if dd > 12:  # numeric only when it cannot be read month-first
            forms.append(f"{dd}/{mm}")
        s = rng.choice(held_out(forms, split))
        return ("on " + s) if with_prep else s
    if lang == "de":
        # test's promise form has a two-digit year: a bare "4.12." read the same as train's "04.12." from the 10th on
        s = rng.choice(held_out([f"{dd}. {MONTHS['de'][mm-1]}", f"{dd:02d}.{mm:02d}.", f"{dd:02d}.{mm:02d}.{t.year}",
                        f"{dd}.{mm}.{t.year % 100:02d}" if split == "test" else f"{dd}.{mm}."], split))
        return ("am " + s) if with_prep else s
    if lang == "fr":
        s = rng.choice(held_out([f"{dd} {MONTHS['fr'][mm-1]}", f"{dd:02d}/{mm:02d}", f"{dd:02d}/{mm:02d}/{t.year}",
                        f"{WEEKDAYS['fr'][t.weekday()]} {dd} {MONTHS['fr'][mm-1]}"], split))
        return ("le " + s) if with_prep else s
    if lang == "es":
        s = rng.choice(held_out([f"{dd} de {MONTHS['es'][mm-1]}", f"{dd:02d}/{mm:02d}", f"{dd}/{mm}/{t.year}",
                        f"{WEEKDAYS['es'][t.weekday()]} {dd} de {MONTHS['es'][mm-1]}"], split))
        return ("el " + s) if with_prep else s
    if lang == "nl":
        s = rng.choice(held_out([f"{dd} {MONTHS['nl'][mm-1]}", f"{dd}-{mm}-{t.year}", f"{dd:02d}-{mm:02d}",
                        f"{WEEKDAYS['nl'][t.weekday()]} {dd} {MONTHS['nl'][mm-1]}"], split))
        return ("op " + s) if with_prep else s
    if lang == "pt":
        s = rng.choice(held_out([f"{dd} de {MONTHS['pt'][mm-1]}", f"{dd:02d}/{mm:02d}", f"{dd:02d}/{mm:02d}/{t.year}"], split))
        return ("no dia " + s) if with_prep else s
    raise ValueError(lang)


NUM_WORDS = {
    "en": {2: "two", 3: "three", 10: "ten", 14: "14", 6: "six", 8: "eight"},
    "de": {2: "zwei", 3: "drei", 10: "zehn", 14: "14", 6: "sechs", 8: "acht"},
    "fr": {2: "deux", 3: "trois", 10: "dix", 14: "quinze", 6: "six", 8: "huit"},
    "es": {2: "dos", 3: "tres", 10: "diez", 14: "quince", 6: "seis", 8: "ocho"},
    "nl": {2: "twee", 3: "drie", 10: "tien", 14: "14", 6: "zes", 8: "acht"},
    "pt": {2: "duas", 3: "três", 10: "dez", 14: "quinze", 6: "seis", 8: "oito"},
}


def promise_expr(rng: random.Random, lang: str, d: date, far: bool = False, split: str | None = None) -> tuple[str, date]:
    """A forward-looking date phrase (with its preposition) and the date it resolves to.

    `far` asks for a date more than 30 days after d (which the policy sends to a human). `split` keeps
    each split to its own phrasings of every kind (issue 14: test's date phrases are never trained on).
    """
    if far:
        kind = rng.choice(["eonm2", "weeks6", "explicit_far", "explicit_far"])
    else:
        kind = rng.choices(
            ["weekday", "next_weekday", "eom", "dom", "weeks2", "days10", "tomorrow", "explicit", "next_week", "eonm"],
            [18, 10, 14, 9, 8, 5, 5, 20, 6, 3])[0]
    wd = rng.choice([0, 1, 2, 3, 4])
    if kind in ("weekday", "next_weekday") and wd == d.weekday():
        wd = (wd + 2) % 5
    W = WEEKDAYS[lang][wd]
    if kind == "weekday":
        t = coming_weekday(d, wd)
        text = rng.choice(held_out({
            "en": [f"on {W}", f"by {W}", f"this {W}", W],
            "de": [f"am {W}", f"bis {W}", f"diesen {W}"],
            "fr": [W, f"ce {W}", f"d'ici {W}"],
            "es": [f"el {W}", f"este {W}", f"antes del {W}"],
            "nl": [W, f"deze {W}", f"uiterlijk {W}", f"aanstaande {W}"],
            "pt": [f"na {W}" if wd < 5 else f"no {W}", f"até {W}", f"nesta {W.split('-')[0]}"],
        }[lang], split))
        if wd < d.weekday() and text.split()[0] in ("this", "diesen", "ce", "este", "deze", "nesta"):
            # "this Monday" once Monday has passed is not written: each split has its own replacement, so the
            # replacement never carries a training phrasing into dev or test (no extra random draw)
            stand_in = {"train": {"en": f"on {W}", "de": f"am {W}", "fr": W, "es": f"el {W}", "nl": W, "pt": f"até {W}"},
                        "dev": {"en": f"by {W} at the latest", "de": f"bis {W}", "fr": f"avant {W}", "es": f"para el {W}",
                                "nl": f"uiterlijk {W}", "pt": f"até {W}"},
                        "test": {"en": W, "de": f"spätestens {W}", "fr": f"d'ici {W}", "es": f"antes del {W}",
                                 "nl": f"aanstaande {W}", "pt": f"até à {W}"}}
            text = stand_in.get(split or "train", stand_in["train"])[lang]
        return text, t
    if kind == "next_weekday":
        t = next_week_weekday(d, wd)
        text = rng.choice(held_out({
            "en": [f"next {W}", f"on {W} next week", f"by {W} next week"],
            "de": [f"nächsten {W}", f"{W} nächster Woche", f"am {W} nächste Woche"],
            "fr": [f"{W} prochain", f"{W} de la semaine prochaine"],
            "es": [f"el próximo {W}", f"el {W} de la semana que viene"],
            "nl": [f"volgende week {W}", f"{W} volgende week", f"volgende {W}"],
            "pt": [f"na próxima {W}" if wd < 5 else f"no próximo {W}", f"na {W} da próxima semana"],
        }[lang], split))
        return text, t
    if kind == "next_week":
        t = next_week_weekday(d, 4)
        text = rng.choice(held_out({
            "en": ["next week", "during next week", "sometime next week"],
            "de": ["nächste Woche", "im Laufe der nächsten Woche", "kommende Woche"],
            "fr": ["la semaine prochaine", "dans le courant de la semaine prochaine"],
            "es": ["la semana que viene", "la próxima semana"],
            "nl": ["volgende week", "in de loop van volgende week"],
            "pt": ["na próxima semana", "na semana que vem"],
        }[lang], split))
        return text, t
    if kind == "eom":
        t = end_of_month(d)
        mname = MONTHS[lang][d.month - 1]
        text = rng.choice(held_out({
            "en": ["by the end of the month", "at the end of the month", "end of month", "by month end",
                   f"by the end of {mname}", "before month-end", "by EOM"],
            "de": ["bis Monatsende", "zum Monatsende", "Ende des Monats", f"bis Ende {mname}", "bis Ende des Monats"],
            "fr": ["d'ici la fin du mois", "en fin de mois", "fin de mois", f"fin {mname}", "avant la fin du mois"],
            "es": ["a final de mes", "antes de fin de mes", f"a finales de {mname}", "a fin de mes"],
            "nl": ["eind van de maand", "voor het einde van de maand", f"eind {mname}", "aan het eind van deze maand"],
            "pt": ["até o final do mês", "no fim do mês", f"até ao fim de {mname}", "até final do mês"],
        }[lang], split))
        return text, t
    if kind in ("eonm", "eonm2"):
        t = end_of_month(d, 1 if kind == "eonm" else 2)
        mname = MONTHS[lang][t.month - 1]
        text = rng.choice(held_out({
            "en": [f"by the end of {mname}", f"end of {mname}", f"before the end of {mname}"],
            "de": [f"bis Ende {mname}", f"Ende {mname}", f"zum {mname}-Ende" if False else f"bis spätestens Ende {mname}"],
            "fr": [f"fin {mname}", f"d'ici fin {mname}", f"avant la fin {('du mois de ' + mname)}"],
            "es": [f"a finales de {mname}", f"antes de que acabe {mname}", f"a fin de {mname}"],
            "nl": [f"eind {mname}", f"voor eind {mname}", f"uiterlijk eind {mname}"],
            "pt": [f"até ao fim de {mname}", f"no final de {mname}", f"até o final de {mname}"],
        }[lang], split))
        if kind == "eonm" and rng.random() < 0.5:
            # "end of next month" without the month's name: split like every other bank (train keeps its
            # wording; the pick is by index, so no extra random draw shifts the rest of the data)
            text = held_out({
                "en": ["by the end of next month", "before the end of next month", "at the end of the following month"],
                "de": ["bis Ende nächsten Monats", "Ende des nächsten Monats", "bis spätestens Ende nächsten Monats"],
                "fr": ["d'ici la fin du mois prochain", "avant la fin du mois prochain", "fin du mois prochain"],
                "es": ["a finales del mes que viene", "a final del mes próximo", "antes de fin del mes que viene"],
                "nl": ["eind volgende maand", "uiterlijk eind volgende maand", "voor eind volgende maand"],
                "pt": ["até ao final do próximo mês", "no fim do próximo mês", "até final do próximo mês"],
            }[lang], split)[0]
        return text, t
    if kind == "dom":
        day = rng.choice([1, 5, 10, 15, 15, 20, 25, 28, 30])
        t = next_day_of_month(d, day)
        if (t - d).days < 2:
            # "am 28." written on the 27th means tomorrow, not next month: pick a day a week out
            # instead of labelling a reading nobody would make (no extra random draw, so the rest
            # of the dataset stays as it was).
            t = d + timedelta(days=7)
            day = t.day
        text = rng.choice(held_out({
            "en": [f"by the {ordinal_en(day)}", f"on the {ordinal_en(day)}"],
            "de": [f"bis zum {day}.", f"am {day}."],
            "fr": [f"le {day}" if day != 1 else "le 1er", f"d'ici le {day}"],
            "es": [f"el día {day}", f"antes del día {day}"],
            "nl": [f"op de {day}e", f"uiterlijk de {day}e"],
            "pt": [f"no dia {day}", f"até ao dia {day}"],
        }[lang], split))
        return text, t
    if kind in ("weeks2", "days10", "weeks6"):
        n_days = {"weeks2": 14, "days10": 10, "weeks6": 42}[kind]
        t = d + timedelta(days=n_days)
        if kind == "weeks2":
            w = NUM_WORDS[lang][2]
            text = rng.choice(held_out({
                "en": [f"in {w} weeks", "within two weeks", "in 2 weeks", "within the next 14 days"],
                "de": ["in zwei Wochen", "innerhalb von 14 Tagen", "in 14 Tagen", "binnen zwei Wochen"],
                "fr": ["dans deux semaines", "sous quinze jours", "d'ici deux semaines"],
                "es": ["en dos semanas", "en un plazo de 14 días", "dentro de dos semanas"],
                "nl": ["over twee weken", "binnen 14 dagen", "binnen twee weken"],
                "pt": ["em duas semanas", "dentro de 14 dias", "daqui a duas semanas"],
            }[lang], split))
        elif kind == "days10":
            text = rng.choice(held_out({
                "en": ["within 10 days", "in ten days", "in the next 10 days"],
                "de": ["innerhalb von 10 Tagen", "in zehn Tagen", "binnen 10 Tagen"],
                "fr": ["sous 10 jours", "dans dix jours", "sous dix jours"],
                "es": ["en 10 días", "dentro de diez días", "en un plazo de 10 días"],
                "nl": ["binnen 10 dagen", "over tien dagen"],
                "pt": ["dentro de 10 dias", "em dez dias"],
            }[lang], split))
        else:
            text = rng.choice(held_out({
                "en": ["in six weeks", "within 6 weeks", "in about 6 weeks"],
                "de": ["in sechs Wochen", "innerhalb von 6 Wochen"],
                "fr": ["dans six semaines", "sous 6 semaines"],
                "es": ["en seis semanas", "dentro de 6 semanas"],
                "nl": ["over zes weken", "binnen 6 weken"],
                "pt": ["em seis semanas", "dentro de 6 semanas"],
            }[lang], split))
        return text, t
    if kind == "tomorrow":
        t = d + timedelta(days=1)
        text = rng.choice(held_out({"en": ["tomorrow", "by tomorrow", "tomorrow morning"],
                           "de": ["morgen", "bis morgen", "morgen früh"],
                           "fr": ["demain", "dès demain", "demain matin"],
                           "es": ["mañana", "mañana mismo", "mañana por la mañana"],
                           "nl": ["morgen", "morgenochtend", "uiterlijk morgen"],
                           "pt": ["amanhã", "até amanhã", "amanhã de manhã"]}[lang], split))
        return text, t
    if kind == "explicit":
        t = d + timedelta(days=rng.randint(3, 27))
        return fmt_explicit(rng, lang, t, split=split), t
    if kind == "explicit_far":
        t = d + timedelta(days=rng.randint(38, 120))
        return fmt_explicit(rng, lang, t, split=split), t
    raise AssertionError(kind)


def past_expr(rng: random.Random, lang: str, d: date, split: str | None = None) -> tuple[str, date]:
    """A payment date in the past (with its preposition) and its nominal date (for ±14-day matching).

    `split` keeps each split to its own phrasings, as for promise dates (issue 14): a test reply's
    "paid last Tuesday" is never a wording the model trained on."""
    kind = rng.choice(["yesterday", "weekday", "last_week", "explicit", "explicit", "days_ago", "today"])
    if kind == "yesterday":
        return rng.choice(held_out({"en": ["yesterday", "yesterday afternoon", "late yesterday"], "de": ["gestern", "gestern Nachmittag", "gestern früh"],
                                    "fr": ["hier", "hier après-midi", "hier matin"], "es": ["ayer", "ayer por la tarde", "ayer a primera hora"],
                                    "nl": ["gisteren", "gistermiddag", "gisterochtend"], "pt": ["ontem", "ontem à tarde", "ontem de manhã"]}[lang],
                                   split)), d - timedelta(days=1)
    if kind == "today":
        return rng.choice(held_out({"en": ["this morning", "today", "earlier today"], "de": ["heute früh", "heute", "heute Morgen"],
                                    "fr": ["ce matin", "aujourd'hui", "plus tôt dans la journée"], "es": ["esta mañana", "hoy", "hoy temprano"],
                                    "nl": ["vanochtend", "vandaag", "vanmorgen"], "pt": ["hoje de manhã", "hoje", "hoje cedo"]}[lang], split)), d
    if kind == "weekday":
        wd = rng.choice([0, 1, 2, 3, 4])
        if wd == d.weekday():
            wd = (wd + 3) % 5
        t = last_weekday(d, wd)
        W = WEEKDAYS[lang][wd]
        return rng.choice(held_out({"en": [f"on {W}", f"last {W}", f"this past {W}"], "de": [f"am {W}", f"letzten {W}", f"am vergangenen {W}"],
                                    "fr": [f"{W} dernier", f"{W}", f"ce {W}"], "es": [f"el {W}", f"el {W} pasado", f"este {W}"],
                                    "nl": [f"afgelopen {W}", f"op {W}", f"vorige {W}"],
                                    "pt": [f"na {W}" if wd < 5 else f"no {W}", f"na {W} passada", f"na última {W}"]}[lang], split)), t
    if kind == "last_week":
        return rng.choice(held_out({"en": ["last week", "earlier this month" if d.day > 10 else "last week", "the week before"],
                                    "de": ["letzte Woche", "vergangene Woche", "in der Vorwoche"], "fr": ["la semaine dernière", "la semaine passée", "en début de mois" if d.day > 10 else "la semaine passée"],
                                    "es": ["la semana pasada", "la semana anterior", "a principios de mes" if d.day > 10 else "la semana anterior"],
                                    "nl": ["vorige week", "afgelopen week", "begin deze maand" if d.day > 10 else "afgelopen week"],
                                    "pt": ["na semana passada", "na semana anterior", "no início do mês" if d.day > 10 else "na semana anterior"]}[lang],
                                   split)), d - timedelta(days=7)
    if kind == "days_ago":
        n = rng.choice([2, 3, 4, 5, 10])
        return rng.choice(held_out({"en": [f"{n} days ago", f"{n} days back", f"about {n} days ago"], "de": [f"vor {n} Tagen", f"vor etwa {n} Tagen", f"bereits vor {n} Tagen"],
                                    "fr": [f"il y a {n} jours", f"voici {n} jours", f"il y a environ {n} jours"],
                                    "es": [f"hace {n} días", f"hace unos {n} días", f"hace ya {n} días"],
                                    "nl": [f"{n} dagen geleden", f"zo'n {n} dagen geleden", f"al {n} dagen geleden"],
                                    "pt": [f"há {n} dias", f"há uns {n} dias", f"faz {n} dias"]}[lang], split)), d - timedelta(days=n)
    t = d - timedelta(days=rng.randint(2, 12))
    if t.weekday() >= 5:  # banks do not execute transfers at the weekend
        t -= timedelta(days=t.weekday() - 4)
    return fmt_explicit(rng, lang, t, split=split), t


def return_expr(rng: random.Random, lang: str, d: date, split: str | None = None) -> tuple[str, date]:
    """An out-of-office return date, written out (no preposition), and the date it means; `split` keeps
    each split to its own forms (issue 14)."""
    t = d + timedelta(days=rng.randint(2, 21))
    if t.weekday() >= 5:
        t += timedelta(days=7 - t.weekday())
    W = WEEKDAYS[lang][t.weekday()]
    M = MONTHS[lang][t.month - 1]
    forms = {
        "en": [f"{W} {t.day} {M}", f"{W}, {M} {t.day}", f"{t.day:02d}/{t.month:02d}/{t.year}", f"{t.day} {M} {t.year}",
               f"{M} {ordinal_en(t.day)}"],
        "de": [f"{W}, {t.day}. {M}", f"{t.day:02d}.{t.month:02d}.{t.year}", f"{t.day:02d}.{t.month:02d}.", f"{t.day}. {M} {t.year}"],
        "fr": [f"{W} {t.day} {M}", f"{t.day:02d}/{t.month:02d}/{t.year}", f"{t.day} {M} {t.year}", f"{W} {t.day:02d}/{t.month:02d}"],
        "es": [f"{W} {t.day} de {M}", f"{t.day:02d}/{t.month:02d}/{t.year}", f"{t.day} de {M}", f"{t.day} de {M} de {t.year}"],
        "nl": [f"{W} {t.day} {M}", f"{t.day}-{t.month}-{t.year}", f"{t.day} {M}", f"{t.day} {M} {t.year}"],
        "pt": [f"{W}, {t.day} de {M}", f"{t.day:02d}/{t.month:02d}/{t.year}", f"{t.day} de {M}", f"{t.day} de {M} de {t.year}"],
    }[lang]
    return rng.choice(held_out(forms, split)), t
