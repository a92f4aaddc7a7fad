"""The day a sender ends on after correcting themselves, once or several times.

"Friday. No, Monday. Actually Friday after all, the bookkeeper is off Monday": people typing fast go back and forth,
and the day they end on is the promise; days named after it only explain why the others were dropped ("maandag zijn
we op de Keukenhof", "que el 28 no está la gerente", "la banque ferme tôt mercredi"). A correction opens its sentence
or follows a dash: "No", "Sorry", "Actually", "Pardon", "Bueno", "Nee", "Aliás", "Não, enganei-me, é …" (not "Bon", which opens "Bon dimanche"),
or settles it: "Dan wordt het maandag", "So Monday", "Donc ce sera lundi", and the day
right after it ends its clause. The last such day wins only when nothing new follows it: every later day repeats one
said before the correction (the reasons), so "Is the invoice from the 3rd? No, the 5th. We pay Friday." keeps Friday.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol, TypeVar

# A correction's opening word, at the start of a sentence or clause, or after a dash (folded text: no accents)
_OPENER = (r"(?:no|nee|nein|non|nao|sorry|pardon|perdon|perdao|desculpe?|actually|alias|bueno|enfin|wait|oops|correction"
           r"|i\s+mean|make\s+(?:that|it)|or\s+rather|ou\s+plutot|mejor\s+dicho|ou\s+melhor|beter\s+gezegd|eigenlijk|en\s+fait|de\s+hecho"
           r"|na\s+verdade|doch|lieber|besser"
           # the day settled on after weighing the others: "Dan wordt het maandag.", "So Monday it is.", "Donc ce sera lundi."
           r"|dan|so|then|dann|also|donc|alors|entonces|asi\s+que|entao)")
# What may follow the opener: a second opener, "I was wrong", then "it's", "c'est", "é", and the day's own little words
_ADMITTED = (r"(?:no|sorry|wait|actually|enganei-me|me\s+enganei|i\s+was\s+wrong|my\s+mistake|ik\s+vergis\s+me|je\s+me\s+suis\s+trompee?"
             r"|me\s+equivoque|ich\s+habe\s+mich\s+(?:geirrt|vertan)|mein\s+fehler)")
_LEAD = r"(?:it'?s|it\s+is|it\s+will\s+be|it'?ll\s+be|is|e|es|c'est|ce\s+sera|sera|ist|het\s+is|wordt\s+het|wordt|wird\s+es|fica|on|the|am|le|el|al|op|o|a|dia|na|no|de|den|der)"
_CORRECTION_BEFORE = re.compile(rf"(?:^|[.!?;\n]|[\u2013\u2014]|\s-)\s*{_OPENER}(?:[\s,:!\u2013\u2014-]+{_ADMITTED})*[\s,:!\u2013\u2014-]*(?:{_LEAD}\s+)*$")
# The corrected day ends its clause ("No, Tuesday, Monday is …", "é quarta mesmo.", "Actually Wednesday 29th, as per …",
# "Non, vendredi : jeudi je suis à la foire")
_CLAUSE_ENDS = re.compile(r"\s*(?:mesmo|then|dann|alors|entonces|dan|then\s+it\s+is|after\s+all|toch)?\s*(?:[,.;:!\u2013\u2014\n]|\s-|$)")


class _Found(Protocol):
    start: int
    end: int
    future: date | None


F = TypeVar("F", bound=_Found)


# The day settled on with a word after it, ending its sentence: "Le 12 alors.", "Tuesday then.", "Dan de 12e dan."
_SETTLED_AFTER = re.compile(r"\s+(?:alors|then|dann|dan|entonces|entao|donc)\s*(?:[.!]|$)")


def _corrects(folded: str, f: _Found) -> bool:
    return bool(_CORRECTION_BEFORE.search(folded, max(0, f.start - 45), f.start)) and bool(_CLAUSE_ENDS.match(folded, f.end)) \
        or bool(_SETTLED_AFTER.match(folded, f.end))


def the_last_correction(folded: str, cands: list[F]) -> F | None:
    """The day the sender ends on after correcting an earlier day, or None when no correction settles it."""
    for i in range(len(cands) - 1, -1, -1):
        f = cands[i]
        if f.future is None or not _corrects(folded, f):
            continue
        before = [g.future for g in cands[:i] if g.end <= f.start and g.future is not None]
        if not before:
            return None  # nothing said before it to correct: an answer, not a correction
        if all(g.future in before for g in cands[i + 1:] if g.start >= f.end):
            return f
        return None
    return None
