"""Words that put the matter off rather than commit to paying, in the six languages (on folded text).

Why: "I'm out sick this week, back Monday - will look at it then" names a day, but the day is when someone
will look, not when anyone pays. A promise is confirmed on its own only when nothing in it says the writer
will first look into it, come back to us, or is away; otherwise a person reads it. Errs towards a person.
"""

from __future__ import annotations

import re

_PUT_OFF = re.compile(
    r"\b(?:look\s+(?:at|into)\s+(?:it|this|that|them)|looking\s+into|get\s+back\s+to\s+(?:you|u)|will\s+revert|revert\s+back|find\s+out"
    r"|will\s+(?:review|investigate)|out\s+sick|off\s+sick|on\s+(?:annual\s+)?leave|on\s+holiday|on\s+vacation|away\s+(?:until|till)"
    r"|schaue?\s+(?:ich\s+)?(?:mir\s+)?(?:das|es|sie)\s+an|melde\s+(?:ich\s+)?mich|kummere?n?\s+(?:ich\s+|wir\s+)?(?:mich|uns)|sehe\s+(?:mir\s+)?(?:das|es)\s+an|bin\s+krank|krankgeschrieben|bin\s+im\s+urlaub"
    r"|je\s+regarde|je\s+m'en\s+occupe|je\s+reviens\s+vers\s+vous|reviendrai|je\s+verifie|suis\s+malade|suis\s+en\s+conge"
    r"|lo\s+reviso|me\s+encargo|lo\s+miro|te\s+digo\s+algo|vuelvo\s+a\s+escribir|estoy\s+enferm[oa]|estoy\s+de\s+vacaciones|estoy\s+de\s+baja"
    r"|ik\s+kijk|pak\s+ik\s+het\s+op|kijk\s+ernaar|kom\s+erop\s+terug|nakijken|ben\s+ziek|ben\s+op\s+vakantie"
    r"|vou\s+verificar|eu\s+trato|vou\s+ver|dou\s+retorno|estou\s+doente|estou\s+de\s+ferias"
    r"|(?:will|i'll|we'll)\s+sort\s+(?:it|this|that)|sort\s+(?:it|this)\s+(?:out\s+)?(?:then|when)|when\s+i'?m\s+back"
    # someone else away, answering when back: "er meldet sich danach", "hij antwoordt maandag", "ela responde depois",
    # "maandag kijk ik ernaar", "she'll reply when she's back", "il vous répondra à son retour"
    r"|(?:er|sie)\s+meldet\s+sich|(?:er|sie)\s+antwortet|(?:hij|zij|ze)\s+antwoordt|kijk\s+ik\s+ernaar|lees\s+weinig\s+mail"
    r"|(?:ela|ele)\s+responde|responde\s+(?:depois|quando|ao\s+voltar)|(?:el|ella)\s+(?:te\s+|les\s+|le\s+)?responde|(?:il|elle)\s+vous\s+repondra"
    r"|(?:he|she|they)(?:'ll|\s+will)\s+(?:reply|answer|respond|get\s+back)|(?:is|are)\s+back\s+on|(?:vuelve|volta|regresa)\s+(?:el|o|no)?\s*dia)\b")


def put_off_words(folded: str) -> str | None:
    """The first words of a folded text that defer the matter (look into it, come back, away), or None."""
    m = _PUT_OFF.search(folded)
    return m.group(0) if m else None
