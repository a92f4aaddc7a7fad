"""Words that leave part of what is owed for later, in the six languages (on folded text).

Why: "Invoice 17012 will be paid on Friday, the other one we'll settle next month" names one date, but the date
covers only part of the debt: the rest waits for a later time or a condition. Confirming the Friday alone would
pause dunning on everything while half of it has no date. A promise is confirmed on its own only when nothing in
it leaves a remainder for later; otherwise a person reads it. Errs towards a person.
"""

from __future__ import annotations

import re

_REMAINDER = (r"(?:the\s+other\s+(?:one|ones|invoice|invoices|two|three)|the\s+other(?!\s+(?:day|week|side|hand|way|month|time))|the\s+others|the\s+(?:rest|remainder|balance|remaining\s+\w+)|balance"
              r"|der\s+rest|den\s+rest(?:betrag)?|restbetrag|die\s+andere(?:n)?|die\s+zweite|le\s+reste|le\s+solde|l'autre|les\s+autres"
              r"|el\s+resto|el\s+saldo|la\s+otra|las\s+otras|el\s+otro|de\s+rest|het\s+restant|de\s+andere|het\s+saldo"
              r"|o\s+resto|o\s+restante|o\s+saldo|a\s+outra|as\s+outras"
              # the bigger part named by its size: "the big invoice", "die große Rechnung", "la grande", "a fatura maior"
              r"|the\s+(?:big|bigger|larger|second|wee|small|smaller|little)\s+(?:one|invoice)(?:'s)?|die\s+(?:grosse|grossere|grose|grosere)(?:\s+rechnung)?|la\s+(?:grosse|plus\s+grosse)\s+facture"
              r"|la\s+(?:factura\s+)?(?:grande|mayor)|a\s+(?:fatura\s+)?(?:grande|maior)|de\s+(?:grote|grotere)\s+factuur)")
_LATER = (r"(?:later|next\s+month|after|once|when|pending|sign-?off|approval|(?:still\s+)?to\s+come|with\s+(?:the|our)\s+(?:committee|board|md|ceo|director|boss|partners?|council|trustees)|freigabe|approbation|aprobacion|goedkeuring|aprovacao|coming|to\s+follow|will\s+follow|follows|folgt|suivra|suit|sigue|seguira|volgt|segue|following|query|queries|question|issue|problem|dispute|klarung|abklarung|reclamation"
          r"|reclamacion|duvida|vraag|probleem|in\s+(?:january|february|the\s+new\s+year)|nach|spater|sobald|wenn|nachsten\s+monat"
          r"|apres|plus\s+tard|des\s+que|quand|le\s+mois\s+prochain|despues|mas\s+tarde|cuando|en\s+cuanto|el\s+mes\s+que\s+viene|el\s+proximo\s+mes"
          r"|daarna|later|zodra|wanneer|volgende\s+maand|depois|mais\s+tarde|quando|assim\s+que|no\s+mes\s+que\s+vem|no\s+proximo\s+mes)")
# "the other one is with our GM for sign-off … can't give you a date on it": said outright, however far from the remainder
_NO_DATE = (r"(?:can(?:no|')?t\s+give\s+(?:you\s+)?a\s+date|no\s+date\s+(?:yet|for\s+(?:it|that|this))|kein\s+datum|pas\s+de\s+date|sin\s+fecha|geen\s+datum|sem\s+data)")
# Another invoice named after the first part, by its number, with a later time or a condition: "93702 Friday, 93701 when
# the retention's released", "a 93762 na quinta; a 93761 só depois de resolvida a questão"
_ANOTHER_INVOICE = r"(?<!\d)[,;]\s*(?:(?:and|und|et|y|e|en)\s+)?(?:(?:the|die|la|le|el|a|o|de|het)\s+)?(?:inv\w*[-\s#]*)?\d{3,}\b"
_LEFT_FOR_LATER = re.compile(rf"\b{_REMAINDER}\b[^.!?\n]{{0,60}}?\b{_LATER}\b|\b{_REMAINDER}\b[^.!?\n]{{0,120}}?\b{_NO_DATE}"
                             rf"|{_ANOTHER_INVOICE}[^.!?\n\d]{{0,20}}?\b{_LATER}\b(?![^.!?\n]*\d)")  # no day named after it ("… depois da campanha, no dia 15")


# "the smaller one follows in the same batch", "the small one's coming with the April run": the rest goes with a day named
_WITH_THE_SAME = re.compile(r"\b(?:(?:in|with|on)\s+the\s+same\s+(?:batch|run|transfer|payment|day)|together|at\s+the\s+same\s+time|alongside"
                            r"|(?:with|in|on)\s+the\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:payment\s+)?(?:run|batch|cycle)"
                            r"|im\s+selben\s+(?:lauf|zahlungslauf)|zusammen|gleichzeitig|en\s+meme\s+temps|dans\s+le\s+meme\s+virement|al\s+mismo\s+tiempo|en\s+la\s+misma\s+transferencia"
                            r"|tegelijk|in\s+dezelfde\s+(?:betaling|run)|ao\s+mesmo\s+tempo|na\s+mesma\s+transferencia)\b")


def rest_left_for_later(folded: str) -> str | None:
    """The words of a folded text that leave a remainder for later or a condition ("the other one … next month"), or None."""
    m = _LEFT_FOR_LATER.search(folded)
    if m is None:
        return None
    end = min([i for i in (folded.find(c, m.end()) for c in ".!?\n") if i != -1] or [len(folded)])
    return None if _WITH_THE_SAME.search(folded, m.start(), end) else m.group(0)
