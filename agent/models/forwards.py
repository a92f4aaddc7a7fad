"""A reply whose own words only point at a forwarded message ("see below", "FYI") is read by that message.

Customers forward an internal note ("Marcus – approved, goes out on Friday's wire") with two words
of their own. The inbox rightly cuts the forward off as history, which leaves the reader with "See
below." LABELING: a forward whose new words only point at it is judged by the message it points to.
"""

from __future__ import annotations

import re

from core.contracts import ClassifyInput
from core.text.quotes import cut_quoted

_POINTER = re.compile(
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
    r"|ver\s+abaixo|segue\s+abaixo|encaminho|reencaminho)\b",
    re.I,
)
_FORWARD_HEAD = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transf[ée]r[ée]|Mensaje reenviado|Doorgestuurd bericht"
    r"|Mensagem encaminhada|Original Message|Urspr[üu]ngliche Nachricht|Message d'origine|Mensaje original"
    r"|Oorspronkelijk bericht|Mensagem original)\s*-{2,}|Begin forwarded message:|_{5,})\s*$",
    re.I | re.M,
)
_HEADER_LINE = re.compile(
    r"^\s*(?:From|Sent|Date|To|Cc|Subject|Von|Gesendet|An|Betreff|Datum|De|Envoy[ée]|[ÀA]|Objet|Enviado|Fecha|Para|Asunto"
    r"|Van|Verzonden|Aan|Onderwerp|Assunto|Data|Enviada)\s*:", re.I)
_FROM_BLOCK = re.compile(r"^\s*(?:From|Von|De|Van)\s*:\s.+\n(?:.*\n){0,3}?\s*(?:Sent|Date|Gesendet|Datum|Envoy[ée]|Fecha|Enviado|Verzonden|Data)\s*:", re.I | re.M)
MAX_POINTER_WORDS = 30


def forwarded_text(item: ClassifyInput, own_words: str) -> str | None:
    """The forwarded message a pointer-only reply hands on, without its header lines; else None."""
    if len(own_words.split()) > MAX_POINTER_WORDS or not _POINTER.search(own_words):
        return None
    full = (item.full_text or item.text or "").replace("\r\n", "\n")
    head = _FORWARD_HEAD.search(full) or _FROM_BLOCK.search(full)
    if head is None:
        return None
    lines = (full[head.end():] if head.re is _FORWARD_HEAD else full[head.start():]).split("\n")
    start = 0
    while start < len(lines) and (not lines[start].strip() or _HEADER_LINE.match(lines[start])):
        start += 1
    forwarded = cut_quoted("\n".join(lines[start:]))
    return forwarded or None
