"""Whether a reply talks about a payment still to come or one already made, in six languages.

A detector trained on one set of phrasings may read "the transfer will go out on Thursday" as
"already paid" because it shares the words of a payment claim. Tense settles it: a payment that is
only spoken of in the future has not been made. Used by the offline model to correct exactly that
confusion, nothing else.
"""

from __future__ import annotations

import re

from agent.dates import fold

# Future and passive-future forms ("will be paid", "wird überwiesen", "sera réglée", "se pagará").
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|going\s+to|scheduled\s+for|booked\s+for|set\s+up\s+for|queued|to\s+be\s+paid|will\s+go\s+out"
    r"|wird|werden|werde|erfolgt\s+(?:am|zum|bis|in|mit)|geht\s+(?:\w+\s+){0,4}raus|kommt\s+(?:am|bis|nachste)"
    r"|sera|seront|serons|partira|partiront|effectuerons|reglerons|reglera|paierons|paiera|allons|vais|interviendra|programme"
    r"|sera|seran|pagaremos|haremos|realizara|abonara|pagara|saldra|liquidara|vamos\s+a|se\s+hara|transferiremos|haremos"
    r"|wordt|worden|zal|zullen|gaan\s+(?:\w+\s+){0,3}(?:betalen|overmaken)|ga\s+ik|volgt|betaal\s+ik"
    r"|serao|vai|vamos|pagaremos|faremos|saira|efetuaremos|liquidaremos|iremos|transferiremos|sai\s+n[ao])\b")
# Unambiguous statements that money already left (checked after future passives are removed).
_PAST = re.compile(
    r"\b(?:paid|sent|transferred|remitted|wired|settled|went\s+out|was\s+made|has\s+been|have\s+been|did|yesterday|ago"
    r"|bezahlt|uberwiesen|beglichen|erledigt|ist\s+raus|wurde|bereits|gestern"
    r"|paye|regle|vire|effectue|avons|a\s+ete|deja|hier"
    r"|pagado|transferido|abonado|hemos|ya|fue|ayer"
    r"|betaald|overgemaakt|voldaan|hebben|al\s+\w+|gisteren"
    r"|pagamos\s+(?:ontem|ha)|pagamos\s+(?:ayer|hace)|pagamos\s+com|transferido|efetuado|foi|ja|ontem)\b")
_FUTURE_PASSIVE = re.compile(
    r"\b(?:(?:will|shall|to|going\s+to)\s+be\s+\w+|ser[ao]n?t?\s+\w+|(?:sera|serao)\s+\w+"
    r"|(?:wird|werden)\b[^!?\n]{0,40}?\b(?:uberwiesen|bezahlt|beglichen|angewiesen|ausgeglichen|uberwiesen)\b"
    r"|se\s+(?:pagara|abonara|hara|realizara|liquidara)|(?:wordt|worden)\b[^!?\n]{0,40}?\b(?:betaald|overgemaakt|voldaan)\b)")


# The synthetic future of Romance payment verbs, whatever the person: pagará, abonaremos, efetuará,
# saldrá, réglera, paierons, effectueront, virera, transferirá…
_FUTURE_PAYMENT_VERB = re.compile(
    r"\b(?:pag|abon|realiz|liquid|efetu|efectu|transfer|envi|deposit|regl|effectu|vir|emet|emit|procesar|process)\w{0,3}?"
    r"(?:aremos|eremos|iremos|aran|eran|iran|ara|era|ira|erons|irons|eront|iront)\b"
    r"|\b(?:saldra|saldran|saira|sairao|paiera|paierons|paieront|hara|haremos|faremos|fara)\b")


def speaks_of_a_payment_to_come(text: str) -> bool:
    """True when the text speaks of paying in the future and never of money already sent."""
    folded = fold(text)
    if not (_FUTURE.search(folded) or _FUTURE_PASSIVE.search(folded) or _FUTURE_PAYMENT_VERB.search(folded)):
        return False
    return not _PAST.search(_FUTURE_PASSIVE.sub(" ", folded))
