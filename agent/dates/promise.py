"""The date a reply promises to pay by (`find_promise_date`): of every date mention ahead, the one whose clause
commits to it, after dropping the days that name no payment (a message's day, a holiday, a day told as done, a closure).

Why apart: this is the choice itself; the score of each date's clause is agent/dates/promise_roles.py's, counted days
agent/dates/promise_counts.py's, days taken back agent/dates/promise_second_thoughts.py's."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from agent.dates.calendar import _first_working_day_after, local_date
from agent.dates.cues import _COMMIT, _DONE, _PAST_CUE
from agent.dates.finding import FoundDate, find_dates
from agent.dates.patterns import _HOLIDAY_KEY, _WD_FULL, EXPLICIT_KINDS, WEEKDAY_KINDS, _alt
from agent.dates.promise_counts import _DESCRIBED_AS_A_WEEKDAY, _THAT_DATE, _counted_from_a_named_day, _counted_from_an_event, _counted_from_the_date_before, _counted_from_tomorrow, _day_after_a_meeting
from agent.dates.promise_roles import (
    _BALANCE,
    _DEADLINE,
    _FIGURE,
    _LATEST_AFTER,
    _MEETING,
    _REPLACED,
    _SEQUENCE,
    _SPANS,
    _THE_REST,
    _WEEK_SPANS,
    WEEKDAY_KINDS,
    _against_the_others,
    _the_later_of_two,
    promise_role_score,
)
from agent.dates.promise_second_thoughts import _SETTLED_INSTEAD, _asked_and_denied, _asked_of_us_and_refused, _corrected_later, _said_again_after_another, _taken_back_by_a_later_day
from agent.dates.sentences import _MOVE_VERB, _NOW, _SENTENCE_END, _clause_of, _clause_span, _conditional, _sentence_end, _sentence_of, _sentence_start, _this_clause_before
from agent.last_correction import the_last_correction
from agent.monthly_schedule import first_instalment_of_a_monthly_schedule
from core.text.conditions import RECEIPT_CONDITION
from core.text.folding import fold

# "Demain c'est le 15 août", "Morgen is het 15 augustus", "Tomorrow is the 4th": a date saying what today or tomorrow is,
# not a day to pay on (the payment is named apart: "… le virement partira lundi 20")
# "is the", "c'est le", "ist der", "is het", "é dia": what names a date as the day today or tomorrow is
_IS_THE = r"(?:is|c'est|est|ist|is\s+het|es|e\s+dia|wordt)\s+(?:(?:the|le|el|het|der|o|a|de|dia)\s+)?"
_WHAT_TODAY_OR_TOMORROW_IS = re.compile(r"\b(?:tomorrow|today|demain|aujourd'hui|morgen|heute|manana|hoy|amanha|hoje|vandaag)\s+" + _IS_THE + "$")
# (Portuguese "é" folds to "e", which is also "and": "amanhã e a 92761 no fim do mês" names two days; only "é dia 15" describes)
_HOLIDAY_NAME = re.compile(r"\b(?:" + _alt(_HOLIDAY_KEY) + r")(?![\w'-])")
_IS_A_DATE = re.compile(r"\s+" + _IS_THE + r"\d")
# "Payment will be made the day we reopen", "our first day back", "le jour de la réouverture": the day the reply names
# for the reopening or the return is the day promised
_THE_DAY_THEY_RETURN = re.compile(
    r"\b(?:(?:on\s+)?the\s+(?:first\s+)?day\s+(?:we|i|she|he|they|the\s+office)\s+(?:re-?open|(?:are|is|get|come)\s+back|return)|(?:our|my|her|his|their)\s+first\s+day\s+back"
    r"|(?:le\s+jour\s+(?:de\s+)?(?:la\s+|notre\s+)?|des\s+(?:la\s+|notre\s+)?)(?:reouverture|retour)|el\s+(?:mismo\s+)?dia\s+(?:en\s+)?que\s+(?:volvamos|abramos|reabramos)"
    r"|am\s+tag\s+(?:der\s+|unserer\s+)?(?:wiedereroffnung|ruckkehr)|op\s+de\s+dag\s+dat\s+(?:we|wij)\s+(?:weer\s+)?(?:open|terug)"
    r"|no\s+dia\s+(?:em\s+)?que\s+(?:voltarmos|reabrirmos))\b")
_REOPENS_ON = re.compile(r"\b(?:re-?open\w*|back|return\w*|reouvr\w*|reouverture|retour|zuruck|wieder\s+(?:da|offen|geoffnet)|volvemos|reabrimos|regresamos"
                         r"|weer\s+open|terug|voltamos)\s+(?:(?:on|le|am|el|op|em|no|dia|the|a|au|ab)\s+)?(?:(?:the|le|el|de|o)\s+)?$")
# "Mañana es el chupinazo", "Tomorrow is Yom Kippur", "Morgen ist der Umzug": what the day is, not a day to pay on
_A_DAY_THAT_IS_AN_EVENT = re.compile(r"\s+(?:is|es|ist|est|wordt|c'est)\s+(?!(?:(?:the|el|la|der|die|das|le|het|de|o|a|our|unser|notre|nuestro|onze|nosso)\s+)?"
                                     r"(?:\d|day\b|dia\b|jour\b|tag\b|dag\b|fine\b|ok\b|good\b|bien\b|gut\b|goed\b|bom\b|(?:[\w-]+\s+)?(?:pay|zahl|paie|pag|betaal|run|transfer|virement|deadline|last\b)))"
                                     r"[a-z]")
# A weekday that names no day to pay on: one already past ("seit Montag"), a recurrence ("every other Thursday").
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
# "the cheque is in Tuesday's mail", "goes in Friday's post": the day it is posted, not the day of a message of ours
_IN_THAT_DAYS_POST = re.compile(r"'s\s+(?:mail|post)\b")
_IN_BEFORE = re.compile(r"\b(?:in|into|with)\s+$")
# "only on the 5th and 20th of every month", "le 10 de chaque mois": a routine, no day ahead
_EVERY_MONTH_AFTER = re.compile(r"(?:\s*(?:,|and|&|or|und|oder|et|ou|y|o|e|en|of)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th|\.|e|er|o)?)*\s*(?:of\s+|des\s+|de\s+|van\s+|di\s+)?"
                                r"(?:every|each|jeden|jedes|chaque|cada|elke|iedere|ogni)\s+(?:month|monats|mois|mes|maand|mese)")
# "€1,500 on the 15th of each month": an amount on a monthly day is an instalment proposed, its first due the next such day
_AN_INSTALMENT_BEFORE = re.compile(r"(?:[€$£]\s?\d[\d.,\s]*|\d[\d.,\s]*\s?(?:eur|euro|usd|gbp|chf|€|\$|£))\s*(?:(?:on|am|le|el|op|no|a|em|dia|jeweils)\s+)?(?:the\s+|den\s+|de\s+)?$")


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
    elif f.kind not in _DAY_OF_MONTH_KINDS and f.kind not in WEEKDAY_KINDS or f.past is None or f.past == f.future or (d - f.past).days > 45:
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
# the named weeks whose date is the week's Friday (its end), not its Monday
_WEEKS_BY_THEIR_FRIDAY = frozenset({"next_week", "wk_after_next", "cal_week", "cal_week_fr"})
_NAMED_WEEKS = frozenset({"next_week", "wk_after_next", "cal_week", "cal_week_start", "cal_week_fr", "nth_week", "week_of"})


def _in_the_named_week(folded: str, best: FoundDate, cands: list[FoundDate], d: date) -> date | None:
    """A weekday said beside "next week" ("la semana que entra, el miércoles") is that weekday of next week; beside
    "the week after next" ("the week after next, Weds probably"), that weekday of the week after next; beside a
    calendar week ("KW 50, Dienstag"), that weekday of the ISO week. A week named for the rest of a split payment
    ("1,500 on Friday and the balance next week") is the rest's, not the Friday's. The end of the week after a week named
    earlier in its sentence ("Pas la semaine prochaine, mais celle d'après : le virement partira en fin de semaine") is
    that week's end."""
    if best.kind == "eow" and best.future is not None:
        start = _sentence_start(folded, best.start)
        weeks = [f for f in cands if f.kind in _WEEKS_BY_THEIR_FRIDAY and f.future is not None and start <= f.start < best.start]
        return weeks[-1].future if weeks else best.future
    if best.kind not in WEEKDAY_KINDS or best.future is None:
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


_AFTER_A_DAY = re.compile(r"\d[^.;!?\n]{0,30}?[,(\u2013\u2014-]?\s*(?:after|once|nach|apres|despues\s+del?|tras|na|depois\s+d[oa])\s+(?:the\s+|dem\s+|le\s+|la\s+|el\s+|o\s+|a\s+|het\s+|de\s+)?$")
_A_MESSAGE_ON = re.compile(r"\b(?:reminders?|herinnering(?:en)?|aanmaning|mahnung|erinnerung|relance|rappel|recordatorio|lembrete|e-?mails?|mails?|letters?|brief|courriel)"
                           r"\s+(?:\w+\s+)?(?:on|am|le|el|op|no|na)\s+$")


# "Per our call this morning: …", "suite à notre appel de ce matin": the time of a talk already had, no day to pay on
_A_TALK_BEFORE = re.compile(r"\b(?:call|phone\s+call|conversation|chat|talk|meeting|telefonat|gesprach|anruf|appel|entretien|llamada|conversacion|charla|reunion"
                            r"|gesprek|telefoongesprek|belletje|ligacao|conversa|reuniao|telefonema)\s+(?:(?:of|von|de|van|do|da|del)\s+)?$")


# "third reminder in ten days", "the fourth email within a week": a window the sender counts our mail in, no day ahead.
_COUNTED_WINDOW = re.compile(r"\b(?:respond|reply|answer|get\s+back\s+to\s+you|revert|contact\s+you|antworten|repondr\w*|respond\w*|antwoorden|responder\w*|reminders?|e-?mails?|mails?|letters?|calls?|chasers?|messages?|times|mahnungen|erinnerungen|relances|rappels"
                             r"|recordatorios|avisos|herinneringen|aanmaningen|lembretes|avisos)\s*,?\s*$")


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
_APPOSITION_GAP = re.compile(r"[\s.,(]*(?:(?:the|den|dem|le|el|dia|de|am|on)\s+)?")
_PUNCTUATION_GAP = re.compile(r"[\s.,(]*")


def _restated_by_a_date(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """A weekday the explicit date right after it restates ("am Fr., 4.12.", "Tue (8 Dec)", "vendredi, le 4"), or a
    count or span the sender works out into a day ("within five working days, i.e. by Thu 10 Dec", "binnen vijf
    werkdagen, dus dinsdag 8 december"): the day said is the more precise, and the sender's own arithmetic wins."""
    if f.kind in ("in_n", "eom", "eonm", *_SPANS):  # (and "45 jours fin de mois, soit le 15 avril": terms worked out)
        gap = _WORKED_OUT.match(folded, f.end)
        if gap is not None and any(g.start == gap.end() and (g.kind in EXPLICIT_KINDS or g.kind in WEEKDAY_KINDS) for g in cands):
            return True
    if f.kind in _COUNTED_KINDS:
        return _counted_then_dated(folded, f, cands)
    if f.kind not in WEEKDAY_KINDS:
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
                             r"|festivos?|feestdag(?:en)?|dias?\s+feriados?)\b"
                             # "tomorrow, bank closed", "mañana, bancos cerrados", "morgen, Banken zu": the day nothing moves
                             r"|\s*[,:;-]\s*(?:the\s+|los\s+|os\s+|die\s+|les\s+|de\s+)?(?:banks?|bancos?|banken|banques?)\s+(?:(?:are|is|sind|ist|sont|est|estan|esta|estao|zijn)\s+)?"
                             r"(?:closed|shut|cerrados?|fechados?|zu|geschlossen|fermees?|dicht|gesloten)\b")
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
    if day is None or best.kind not in WEEKDAY_KINDS:
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
                or f.kind in WEEKDAY_KINDS and _WAS_AFTER.match(folded, f.end)
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
    if f.kind not in WEEKDAY_KINDS or f.future is None:
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


def _the_day_they_return(folded: str, named: list[FoundDate]) -> date | None:
    """The reopening or return day the reply names, when the payment is promised for "the day we reopen"."""
    said = _THE_DAY_THEY_RETURN.search(folded)
    if said is None or not _COMMIT.search(_sentence_of(folded, said.start())):
        return None
    back = [f for f in named if f.future is not None and _REOPENS_ON.search(folded, max(0, f.start - 20), f.start)]
    return back[-1].future if back else None


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
    # "après le lundi de Pâques", "Easter Monday", "Whit Monday": the weekday is part of the holiday's name, no day of its own
    in_names = [m.span() for m in _HOLIDAY_NAME.finditer(folded)] if any(f.kind in WEEKDAY_KINDS for f in cands) else []
    cands = [f for f in cands if not (f.kind in WEEKDAY_KINDS and any(a <= f.start and f.end <= b and (a, b) != (f.start, f.end) for a, b in in_names))]
    cands = _counted_from_tomorrow(folded, cands)
    named = list(cands)  # every day ahead the reply names: a payment may be counted from any of them
    # "arrives 8 Dec, we pay within 3 days after that": counted from 8 Dec, which is itself no promise
    counted = [_counted_from_the_date_before(folded, f, cands, language) for f in cands]
    anchors = {id(a) for _, a in counted if a is not None}
    recounted = {id(f) for f, a in counted if a is not None}
    cands = [f for f, _ in counted if id(f) not in anchors]
    # "the 9th is Friday": the date and the weekday that describes it name no day to pay on
    described = {m.end() for f in cands if f.kind not in WEEKDAY_KINDS and (m := _DESCRIBED_AS_A_WEEKDAY.match(folded, f.end))}
    cands = [f for f in cands if (id(f) in recounted or not _counted_from_an_event(folded, f, language))
             and not (f.kind == "today" and (_NOT_A_DAY_AHEAD.search(folded[max(0, f.start - 35):f.start]) or _A_TALK_BEFORE.search(folded, max(0, f.start - 30), f.start)))
             and not (f.kind in WEEKDAY_KINDS | _DAY_OF_MONTH_KINDS and (_NOT_A_DAY_AHEAD.search(folded[max(0, f.start - 25):f.start])
                                                                   or (_EVERY_MONTH_AFTER.match(folded, f.end) and not _AN_INSTALMENT_BEFORE.search(folded, max(0, f.start - 30), f.start))
                                                                   or (_A_MESSAGES_DAY.match(folded, f.end) and not (
                                                                       _IN_THAT_DAYS_POST.match(folded, f.end) and _IN_BEFORE.search(folded, max(0, f.start - 8), f.start)))
                                                                   or _A_HOLIDAY_BY_ITS_WEEKDAY.match(folded, f.end)
                                                                   or _A_HOLIDAY_BEFORE_ITS_WEEKDAY.search(folded, max(0, f.start - 10), f.start)))
             and not _NOT_A_PAYMENT_DAY.search(_this_clause_before(folded, f.start, 40)) and not _DELIVERED_AFTER.match(folded, f.end)
             and not _HOLIDAYS_AFTER.match(folded, f.end)  # "the 8th is a holiday", "mañana es feriado"
             # "el 30 de abril, después del cierre del primer trimestre": a quarter's end after a date says why, it is no day
             and not (f.kind in ("eoq", "quarter_start") and _AFTER_A_DAY.search(folded, max(0, f.start - 40), f.start))
             # "een herinnering op de dag na Prinsjesdag", "your reminder the day after Labor Day": the day a message came
             and not (f.kind == "named_day" and _A_MESSAGE_ON.search(folded, max(0, f.start - 25), f.start))
             and not (f.kind == "in_n" and _COUNTED_WINDOW.search(folded[max(0, f.start - 30):f.start]))
             and not (f.kind == "today" and (_WHAT_A_DAY_IS.search(folded, max(0, f.start - 20), f.start) or _DONE_FOR_THE_DAY.match(folded, f.end)))
             and not (f.kind in ("today", "tomorrow") and _A_DAY_THAT_IS_AN_EVENT.match(folded, f.end))
             and not (f.kind not in ("today", "tomorrow") and _WHAT_TODAY_OR_TOMORROW_IS.search(folded, max(0, f.start - 25), f.start))
             and not (f.kind in ("today", "tomorrow") and _IS_A_DATE.match(folded, f.end) and not _COMMIT.search(_sentence_of(folded, f.start)))
             and not (f.kind not in WEEKDAY_KINDS and _DESCRIBED_AS_A_WEEKDAY.match(folded, f.end))
             and not (f.kind in WEEKDAY_KINDS and f.end in described)
             and not _done_on_that_day(folded, f, d)]
    # "na Sinterklaas (5 december)": a date in brackets right after another day names that day, it is no day of its own
    # ("am Montag (21.12.)" is the Monday's own date, read by _restated_by_a_date)
    cands = [f for f in cands if not any(g.end <= f.start and g.kind not in WEEKDAY_KINDS and re.fullmatch(r"\s*\(\s*", folded[g.end:f.start])
                                         for g in cands)]
    cands = [f for f in cands if not _inside_a_closure(folded, f, every)]  # "frozen from 29th March (gone by) to 4th April"
    # "el 8 de abril, el primer jueves después de Pascua": the weekday after the holiday glosses the date before it
    holidays = [f for f in cands if f.kind == "after_holiday"]
    cands = [f for f in cands if not (f.kind in ("after_holiday", "wd_around_holiday") and any(g.end <= f.start and g.kind in EXPLICIT_KINDS
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
    returned = _the_day_they_return(folded, named)
    if returned is not None:
        return returned
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
    if day is not None and best.kind in WEEKDAY_KINDS:
        # "the first working day after the month end - Monday": the weekday names that working day, not the coming Monday
        for g in cands:
            if g.end <= best.start and g.future is not None and _sentence_start(folded, g.start) == _sentence_start(folded, best.start) \
                    and (g.kind in EXPLICIT_KINDS or g.kind in ("eoq", "eom", "eonm")) and _WORKING_DAY_AFTER.search(folded, max(0, g.start - 60), g.start):
                after = _first_working_day_after(g.future)
                if after.weekday() == day.weekday():
                    return after
    return day
