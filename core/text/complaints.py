"""Words of a customer who is annoyed at being chased, in the six languages (on folded text).

Why: "Already paid. As I told your colleague twice." may be answered by the book, but relationship-sensitive
wording is a person's to write; a reply that would confirm it automatically goes to a person instead. This
errs towards asking a person: a few extra looks cost less than a form letter to an angry customer.
"""

from __future__ import annotations

import re

_COMPLAINT = re.compile(
    r"\b(?:(?:already\s+|have\s+|i\s+)?told\s+(?:you|your\s+(?:colleague|team|office|company|people)|someone|him|her)"
    r"|as\s+i\s+(?:already\s+)?(?:said|told|explained|mentioned|wrote)|(?:second|third|fourth|fifth|umpteenth|\d+(?:st|nd|rd|th))\s+(?:time|reminder|email|chaser)"
    r"|twice|again\s+and\s+again|how\s+many\s+times|(?:stop|quit)\s+(?:sending|chasing|emailing|spamming|harass\w*)|harass\w*|ridiculous|unacceptable"
    r"|appalling|disgrace\w*|fed\s+up|sick\s+of|annoy\w*|frustrat\w*|incompeten\w*|spamm\w*|keep\s+(?:sending|chasing|emailing)|really\s+helpful"
    r"|thanks\s+for\s+nothing|(?:two|three|four|five|several|\d+)\s+(?:reminders|e-?mails|chasers|letters)\s+in\s+(?:one|a|the\s+same)\s+(?:week|day|month)"
    r"|(?:a\s+bit|far|way)\s+too\s+much|(?:is|are)\s+a\s+bit\s+much|too\s+many\s+(?:reminders|e-?mails)|(?:your|the|this)\s+tone|rude|disrespectful|unprofessional|condescending|threatening\s+(?:tone|letter|email)"
    r"|(?:ihr|der|ihren|den)\s+ton\b|respektlos|unhoflich|votre\s+ton\b|le\s+ton\b|irrespectueu\w*|impoli\w*|su\s+tono|el\s+tono|irrespetuos\w*|descortes"
    r"|uw\s+toon|de\s+toon|respectloos|onbeleefd|o\s+tom\b|seu\s+tom\b|desrespeitos\w*|mal-?educad\w*"
    r"|schon\s+(?:mehrfach|zweimal|dreimal|x-mal|oft)|wie\s+(?:bereits|schon)\s+(?:gesagt|mitgeteilt|erwahnt|geschrieben)|zum\s+(?:zweiten|dritten|x-ten)\s+mal"
    r"|unverschamt\w*|frechheit|nervig|belastig\w*|lacherlich|inakzeptabel|hort\s+auf"
    r"|deja\s+(?:dit|signale|indique|explique|ecrit)|comme\s+(?:deja\s+)?(?:dit|indique|explique)|(?:deuxieme|troisieme|enieme)\s+(?:fois|relance)"
    r"|inadmissible|inacceptable|ridicule|harcel\w*|agacant\w*|arretez"
    r"|ya\s+(?:os|les|le|te)\s+(?:lo\s+)?(?:dije|dijimos|he\s+dicho|hemos\s+dicho|comente|explique)|como\s+ya\s+(?:dije|dijimos|le\s+dije|os\s+dije|comente)"
    r"|(?:segunda|tercera|enesima)\s+vez|inaceptable|ridicul\w*|acoso|no\s+hace\s+falta\s+recordar\w*|dejen\s+de|basta\s+ya"
    r"|(?:al|reeds)\s+(?:gezegd|gemeld|doorgegeven|verteld)|zoals\s+(?:ik\s+)?(?:al\s+)?(?:gezegd|gemeld)|(?:tweede|derde|vierde|zoveelste)\s+(?:keer|herinnering)"
    r"|belachelijk|onacceptabel|knap\s+hoor|stop\s+met|irritant"
    r"|ja\s+(?:disse|dissemos|informamos|avisamos|expliquei)|como\s+ja\s+(?:disse|informei|referi)|(?:segunda|terceira|enesima)\s+vez"
    r"|inaceitavel|assedio|parem\s+de)\b")


def complaint_words(folded: str) -> str | None:
    """The first words of a folded text that complain about being chased or about us, or None."""
    m = _COMPLAINT.search(folded)
    return m.group(0) if m else None
