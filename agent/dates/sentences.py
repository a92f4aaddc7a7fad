"""Where a sentence and a clause start and end in a folded reply, whether a clause hangs on a condition, and the
role a plan that moved gives a date.

Why apart: finding dates and choosing the promise both read a date with the words of its own sentence or clause;
`_sentence_start` is asked dozens of times a reply, so the text's sentence ends are found once and remembered."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from agent.dates.cues import _COMMIT, _WE_PAY
from agent.dates.patterns import _MON_ANY
from core.text.conditions import CONDITION

# A sentence ends at ! ? a line break, or a full stop that is not inside a number ("25.354,54", "04.12.").
# Not the dot of a German ordinal ("am 3. Dezember") or of a month's abbreviation ("bis 2. Dez. auf Urlaub")
_SENTENCE_END = re.compile(r"[!?\n]|(?<=/\d)\.(?=\s)|(?<=/\d\d)\.(?=\s)|(?<!\b\d)(?<!\b\d\d)" + "".join(f"(?<!\\b{m})" for m in (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "dez", "okt", "mrt", "abr", "dic", "ene", "fev", "avr",
    "juil", "sept", "janv", "fevr")) + r"(?<!\bi\.e)(?<!\bi)(?<!\be\.g)(?<!\be)(?<!\bz\.b)(?<!\bd\.h)\.(?!\d)")  # not "ago", "out", "set",
# "mai": words that end sentences too; nor "i.e." / "e.g." / "z.B." / "d.h.", which go on with the same sentence.
# A month's abbreviation after a day's number does end one when a word follows ("runs until 10 Feb. Both invoices will be
# paid on 3 Feb"); a year after it does not ("10 Feb. 2031").
_SENTENCE_END = re.compile(_SENTENCE_END.pattern + "".join(f"|(?<=\\d\\s{m})\\.(?=\\s+[^\\W\\d])" for m in (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "dez", "okt", "mrt", "abr", "dic", "ene", "fev", "avr")))
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


# A plan that moved (issue 14: "was the 5th, now the 12th"). Which date is the old one and which the new
# one is read from the cue nearest to each date in its clause, see _plan_role.
_PLANNED_BEFORE = re.compile(r"\b(?:was|were|had\s+been|originally|initially|should\s+have|supposed\s+to|missed|cancel+ed|going\s+to\s+pay"
                             r"|had\s+(?:it|this|that|them|you)\s+(?:down|booked|scheduled|pencil+ed\s+in|lined\s+up)"
                             r"|war|waren|ursprunglich|eigentlich|verpasst|storniert|etait|initialement|devait|estaba|estaban"
                             r"|inicialmente|stond|oorspronkelijk|estava|eigenlijk|ia|iamos|ibamos|iba"
                             # "lo teníamos para el 31", "wir hatten es für den 31. geplant": had it down for
                             r"|teniamos|tenia|tinhamos|tinha|hatten|avions|hadden"
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


# German and Dutch put the participle of a move last, after the new date: "auf den 19.09. verschoben", "naar de 25e verplaatst"
_MOVED_TO_VERB_LAST = re.compile(r"\b(?:auf|naar|op)\s+(?:den|dem|de)?\s*$")
_PARTICIPLE_LAST = re.compile(r"(?:verschoben|verlegt|vorgezogen|verschoven|opgeschoven|verplaatst|verzet)\b")
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
    after = [c for c in cues if c[0] >= end]
    if after and after[0][2] == "move" and after[0][0] - end <= 15 and _MOVED_TO_VERB_LAST.search(clause[max(0, start - 12):start]) \
            and _PARTICIPLE_LAST.match(clause, after[0][0]):
        return 2  # "der für den 12.09. geplante Zahllauf wurde auf den 19.09. verschoben": the verb comes last, after the new date
    if before:
        return -3 if before[-1][2] == "plan" else 2
    if after and after[0][2] == "move" and after[0][0] - end <= 15 and _MOVED_TO.search(clause[max(0, start - 12):start]):
        return 2  # "wurde auf den 8.12. verschoben", "pushed to the 8th": where the plan moved to
    if after:
        first = after[0]
        if first[2] == "now":
            return 2 if first[0] - end <= 15 else 0
        return -3
    return 0


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


def _previous_sentence_start(folded: str, pos: int) -> int:
    """Where the sentence before the one at `pos` starts: an event may be named there and counted from here."""
    return _sentence_start(folded, max(0, _sentence_start(folded, pos) - 2))


# Where a clause starts, for words that describe the day right after them: a sentence end, a dash, "but"
_CLAUSE_BREAK = re.compile(r"[.!?;\n\u2013\u2014]|\s-\s|\b(?:but|aber|mais|pero|maar|mas)\b")


def _this_clause_before(folded: str, pos: int, width: int) -> str:
    """Up to `width` characters before `pos`, from the start of their clause ("it's a bank holiday but I'm here — paid
    first thing Wednesday": the holiday is today's, Wednesday's clause starts after the dash)."""
    window = folded[max(0, pos - width):pos]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end():] if breaks else window
