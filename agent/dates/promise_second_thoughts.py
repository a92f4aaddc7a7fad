"""Days a sender takes back: corrected later ("Friday, I mean Monday"), settled on after going back and
forth ("Oct 5 then."), asked about and answered no, or the day we asked for, quoted and refused.

Why apart: a day taken back is no promise wherever it is said; agent/dates/promise.py drops what these say is taken back."""

from __future__ import annotations

import re

from agent.dates.finding import FoundDate
from agent.dates.patterns import _WD_FULL, EXPLICIT_KINDS, WEEKDAY_KINDS
from agent.dates.sentences import _sentence_end, _sentence_start

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


def _names_the_same_day(f: FoundDate, c: FoundDate) -> bool:
    """Whether a later mention names day c again: the same date, its weekday alone ("donderdag 24/4. Nee wacht, de 25e –
    donderdag loop ik …") or its day of the month alone ("el miércoles 24... uy, no, el 24 es la Mercè")."""
    if f.future is None or c.future is None:
        return False
    return f.future == c.future or f.kind in WEEKDAY_KINDS and f.future.weekday() == c.future.weekday() \
        or f.kind in ("dom", "dom_loose") and f.future.day == c.future.day


def _said_again_after_another(f: FoundDate, corrected: list[FoundDate], cands: list[FoundDate]) -> bool:
    """A day taken back and said again after the new day ("mañana sábado... perdón, el lunes 6, que el sábado el banco no
    hace transferencias"), or, by its weekday or day of the month alone, before it ("na quinta... aliás, não: na quinta
    fechamos … terça-feira, dia 15"): the explanation of why it was taken back, not a promise. (A full date said again
    right after the correction is the correction: "paga a 26/05... aliás, foi agendada para 26/05".)"""
    bare = f.kind in WEEKDAY_KINDS or f.kind in ("dom", "dom_loose")
    return any(_names_the_same_day(f, c) and c.end <= f.start
               and any((c.end <= h.start < f.start or bare and h.start > f.end) and h.future not in (None, c.future) for h in cands)
               for c in corrected)


# "on 4/15... sorry, 4/16", "Thursday – sorry, Friday", "Friday 11th April – oh hang on, that's Good Friday", "el miércoles
# 24... uy, no", "na quinta... aliás, não:": a day the sender stops at as soon as it is said
# (within the sentence: "Überweise Mi. Sorry, Praxis war heute voll." apologises for something else)
_STOPPED_AT_ONCE = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:\.\.\.|\u2026|[-\u2013\u2014,])?\s*(?:oh\s+|uh\s+|ah\s+)?"
                              r"(?:sorry|oops|whoops|hang\s+on|wait|scratch\s+that|uy|ay|huch|hoppla|oups|zut|perdon|pardon|desculp[ae]|ops|alias|epa)\b")


def _corrected_later(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """A date followed by a correction and another date ahead, or said not to be the day before another is ("não é dia
    9, é dia 14", "it's not the 9th, it's the 14th"): the sender took it back."""
    denied = f.kind in EXPLICIT_KINDS and _NOT_THIS_DAY.search(folded, max(0, f.start - 25), f.start) is not None
    stopped = _STOPPED_AT_ONCE.match(folded, f.end) is not None and not folded[f.start:f.end].endswith(".")  # "Mi. Sorry, …": a sentence ended
    return any(g.start > f.end and g.future is not None
               and (_CORRECTION_CUE.search(folded, f.end, g.start) or stopped and g.future != f.future
                    or denied and _sentence_start(folded, g.start) == _sentence_start(folded, f.start))
               for g in cands)


# A date the sender settles on after going back and forth: "Payment on 1 June – sorry, 1 July", "Oct 5 then.", "Igual: 1 de
# junio.", "... então dia 11.", "Digamos até 4 de junho.", "1 juli bedoel ik", "Anyway, payment goes out Wednesday 2nd June."
# Every date said before it in the reply is taken back (a plan that came first, a holiday, a date the sender misread).
_LEAD_WORDS = r"(?:(?:on|by|until|till|for|the|am|zum|bis|le|au|el|al|hasta|para|op|tot|uiterlijk|ate|o|a|no|na|dia|de|payment|zahlung|paiement|pago|pagamento|betaling)\s+)*"
_SETTLING_WORD = re.compile(r"(?:^|[\s,.;:!\u2013\u2014-])(?:so|then|let'?s\s+say|say|call\s+it|dann|also|sagen\s+wir|alors|donc|disons|entonces|igual|digamos|entao|dan|dus"
                            r"|laten\s+we\s+zeggen|zeg\s+maar|quindi|allora|diciamo"
                            # "… the last business day of the month, and as the 31st is a Saturday that will be Friday 30 May."
                            r"|that(?:'ll|\s+will)\s+be|which\s+will\s+be"
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


# "$3,500 on the 15th, then June 15, then July 15": a date that "then" follows opens a list of days, none taken back
_THEN_FOLLOWS = re.compile(r"\s*[,;]?\s*(?:and\s+)?(?:then|dann|puis|ensuite|luego|despues|daarna|depois)\b")


def _taken_back_by_a_later_day(folded: str, f: FoundDate, cands: list[FoundDate]) -> bool:
    """A date followed, later in the reply, by another day the sender settles on (see _settled_on)."""
    return not _THEN_FOLLOWS.match(folded, f.end) and any(g.start >= f.end and g.future is not None and g.future != f.future and _settled_on(folded, g) for g in cands)


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
