"""Messages that are `other` whatever words they share with business replies, and always need a person:
insolvency notices and questions whether our reminder is genuine (issue 14 families).

Kept apart from rules.CUES on purpose: those are model features, and a new cue there would change the
fitted model's columns.
"""

from __future__ import annotations

import re

I = re.I

INSOLVENCY = re.compile(
    r"\b(?:insolven\w*|bankrupt\w*|chapter\s+(?:7|11)|in\s+administration|entered\s+administration|administrators?\s+(?:have\s+been\s+)?appointed"
    r"|liquidat\w+|receivership|trustee\s+in\s+bankruptcy|insolvenzverfahren|insolvenzantrag|insolvenzverwalter"
    r"|liquidation\s+judiciaire|redressement\s+judiciaire|mandataire\s+(?:judiciaire|liquidateur)|concurso\s+de\s+acreedores"
    r"|administraci[oó]n\s+concursal|faillissement|failliet|curator|surseance|insolv[eê]ncia|administrador\s+de\s+insolv)\b", I)
AUTHENTICITY = re.compile(
    r"\b(?:(?:is|was)\s+this\s+(?:e-?mail|reminder|message|request)\s+(?:really\s+|actually\s+)?(?:genuine|legit\w*|real|from\s+you)"
    r"|(?:genuine|legitimate)\?|phishing|spoof\w*|fake\s+(?:invoice|e-?mail)|verify\s+(?:this|the)\s+(?:e-?mail|reminder|request)"
    r"|(?:ist|sind)\s+(?:diese|ihre)\s+\w+\s+echt|gef[äa]lscht\w*|authentique|hame[çc]onnage|usurpation"
    r"|(?:es|este)\s+(?:correo|mensaje)\s+(?:es\s+)?(?:real|aut[eé]ntico|leg[ií]timo)|suplantaci[oó]n"
    r"|echt\s+van\s+(?:jullie|u)|is\s+deze\s+\w+\s+echt|e-?mail\s+[ée]\s+(?:verdadeiro|leg[ií]timo)|[ée]\s+verdadeir[oa]\?|fraude)\b", I)


def notice_kind(text: str) -> str | None:
    """'insolvency' or 'authenticity' when the text is one of those notices, else None."""
    if INSOLVENCY.search(text):
        return "insolvency"
    if AUTHENTICITY.search(text):
        return "authenticity"
    return None
