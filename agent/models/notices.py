"""Messages that are `other` whatever words they share with business replies, and always need a person:
insolvency notices, questions whether our reminder is genuine, and requests for tax forms or
supplier paperwork (issue 14 families).

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

# Requests for tax forms and supplier-onboarding paperwork: something a person must send.
PAPERWORK = re.compile(
    r"\b(?:W-?9|W-?8\s*BEN(?:-E)?|1099|tax\s+residency\s+certificate|certificate\s+of\s+(?:residence|residency|insurance|incorporation)"
    r"|form\s+10F|TRC|VAT\s+registration\s+certificate|vendor\s+(?:set-?up|onboarding)\s+form|supplier\s+(?:set-?up|onboarding)\s+form"
    r"|freistellungsbescheinigung|ans[aä]ssigkeitsbescheinigung|handelsregisterauszug|unbedenklichkeitsbescheinigung"
    r"|kbis|attestation\s+(?:urssaf|de\s+vigilance|de\s+r[ée]gularit[ée]\s+fiscale)|certificado\s+de\s+(?:residencia\s+fiscal|estar\s+al\s+corriente)"
    r"|g-rekening\w*|uittreksel\s+(?:kvk|kamer\s+van\s+koophandel)|certid[aã]o\s+(?:de\s+n[aã]o\s+d[ií]vida|permanente)"
    r"|formul[aá]rio\s+de\s+resid[eê]ncia\s+fiscal)\b", I)


def notice_kind(text: str) -> str | None:
    """'insolvency', 'authenticity' or 'paperwork' when the text is one of those, else None."""
    if INSOLVENCY.search(text):
        return "insolvency"
    if AUTHENTICITY.search(text):
        return "authenticity"
    if PAPERWORK.search(text):
        return "paperwork"
    return None
