"""A reply whose own words only point at a forwarded message ("see below", "FYI") is read by that message.

Customers forward an internal note ("Marcus – approved, goes out on Friday's wire") with two words
of their own. The inbox rightly cuts the forward off as history, which leaves the reader with "See
below." LABELING: a forward whose new words only point at it is judged by the message it points to.
"""

from __future__ import annotations

import re

from core.contracts import ClassifyInput
from core.text.quotes import forwarded_part
from guardrails.literal_screen import screened

_POINTER = screened(re.compile(
    r"\b(?:(?:please\s+|pls\s+)?see\s+(?:below|the\s+\w+\s+below|trail)|fyi|forwarding|find\s+below|below\s+(?:trail|e-?mail|mail|message)"
    r"|see\s+(?:the\s+)?(?:thread|chain|e-?mail|mail|message|note|reply|response|answer)\s+(?:below|from)|as\s+(?:per|you\s+can\s+see)\s+below"
    r"|refer(?:ring)?\s+to\s+(?:the\s+)?(?:e-?mail|mail|message)\s+below|below\s+(?:is|from)|see\s+(?:attached|forwarded)"
    r"|siehe\s+(?:nachstehend|weitergeleitete|e-?mail|mail)|s\.\s?u\.|voir\s+(?:le\s+|l')?(?:mail|message|courriel|[ée]change)\s+ci-dessous|cf\.?\s+ci-dessous"
    r"|ver\s+(?:el\s+)?(?:correo|mensaje)\s+(?:de\s+)?abajo|v[ée]ase\s+abajo|zie\s+(?:de\s+)?(?:mail|e-mail|bericht)\s+hieronder|zie\s+onderstaande"
    r"|ver\s+(?:o\s+|a\s+)?(?:e-?mail|mensagem)\s+abaixo|conforme\s+abaixo"
    r"|siehe\s+unten|unten\s+stehend|zur\s+info|zur\s+kenntnis|weitergeleitet"
    r"|voir\s+ci-dessous|ci-dessous|pour\s+info|je\s+vous\s+transf[eè]re"
    r"|ver\s+(?:abajo|debajo|m[aá]s\s+abajo)|os\s+reenv[ií]o|les\s+reenv[ií]o|reenv[ií]o\s+lo"
    r"|zie\s+(?:hieronder|onder)|ter\s+info|hieronder\s+doorgestuurd"
    r"|ver\s+abaixo|veja\s+abaixo|vide\s+abaixo|segue\s+abaixo|encaminho|reencaminho|vea\s+abajo|mire\s+abajo"
    # "Reenvío para su información", "pour information", "for your information", "zur Kenntnisnahme", "para conhecimento"
    r"|para\s+(?:su|tu|vuestr[ao]|vuestro)\s+(?:informaci[oó]n|conocimiento)|reenv[ií]o\s+para|pour\s+(?:votre\s+)?information|for\s+your\s+(?:information|records)"
    r"|zur\s+kenntnisnahme|ter\s+(?:kennisname|informatie)|para\s+(?:seu\s+|vosso\s+|teu\s+)?conhecimento)\b",
    re.I,
))
MAX_POINTER_WORDS = 30


def forwarded_text(item: ClassifyInput, own_words: str) -> str | None:
    """The forwarded message a pointer-only reply hands on, without its header lines; else None."""
    if len(own_words.split()) > MAX_POINTER_WORDS or not _POINTER.search(own_words):
        return None
    return forwarded_part(item.full_text or item.text or "")


# Pointer words that read like a request for a copy ("reenvío" is also "I resend"): taken out of what the reader reads.
_LOOKS_LIKE_A_COPY_REQUEST = re.compile(r"\b(?:reenv[ií]o|reenviad[oa]|reencaminho)\b", re.I)


def without_the_pointer(own_words: str) -> str:
    """The reply's own words without a pointer that reads like a copy request: "Reenvío para su información" points at
    the forward, it asks for no copy ("Zur Info, siehe unten" stays as written)."""
    return _LOOKS_LIKE_A_COPY_REQUEST.sub(" ", own_words)
