"""A simple cut of quoted history from a reply body, for when the inbox has not already done it.

The inbox's parser (inbox/quotes.py) is the real one; the model applies this as well so that a
body with history still attached never lets the old dunning text decide the intent.
"""

from __future__ import annotations

import re

_ATTRIBUTION = re.compile(
    r"^\s*(?:"
    r"On\s.{0,200}\bwrote:?"
    r"|Am\s.{0,200}\bschrieb.{0,80}:?"
    r"|Le\s.{0,200}\ba\s+écrit\s*:?"
    r"|El\s.{0,200}\bescribió\s*:?"
    r"|Op\s.{0,200}\bschreef.{0,80}:?"
    r"|Em\s.{0,200}\bescreveu\s*:?"
    r"|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Oorspronkelijk bericht"
    r"|Mensagem original|Forwarded message|Weitergeleitete Nachricht)\s*-{2,}"
    r"|_{5,}"
    r"|(?:From|Von|De|Van|Da)\s*:\s.+"
    r")\s*$",
    re.I | re.M,
)


def cut_quoted(body: str) -> str:
    """The text above the first attribution line or quoted block; the whole body if there is none."""
    text = body.replace("\r\n", "\n")
    m = _ATTRIBUTION.search(text)
    if m and text[: m.start()].strip():
        text = text[: m.start()]
    lines = text.split("\n")
    kept = []
    for line in lines:
        if line.lstrip().startswith(">"):
            # a quoted line: stop at the first quoted block that follows some new text
            if any(k.strip() for k in kept):
                break
            continue
        kept.append(line)
    return "\n".join(kept).strip()
