"""A reply that is nothing but an acknowledgement: "ok", "👍", "Noted.", "Beleza.", "Bien reçu", "Alles klar", "Vale".

Why: a one-word answer to a reminder promises nothing, claims nothing and asks for nothing; read by the shape of its
words it leans to a promise ("ok" sits beside "ok, Friday" in every language), and an undated promise sends a person
to ask for a date that was never offered. LABELING reads it as `other`, with nothing to answer. Only the whole reply
counts: "ok, Friday" or "ok, who handles this now?" says more.
"""

from __future__ import annotations

import re
import unicodedata

from core.text.folding import fold

_ACK_WORDS = (r"ok|okay|okey|oki|k|kk|okido|okidoki|noted|got\s+it|understood|received|roger|fine|cool|great|perfect|sure|thanks|thank\s+you|thx|ty|cheers|ta"
              r"|alles\s+klar|klar|verstanden|erhalten|danke|passt|gut|prima|super|d'accord|dac|bien\s+recu|recu|entendu|parfait|merci|compris"
              r"|vale|entendido|recibido|perfecto|gracias|de\s+acuerdo|genial|oke|oké|prima|begrepen|ontvangen|bedankt|helder|top|akkoord"
              r"|beleza|certo|recebido|obrigad[oa]|entendido|perfeito|combinado|ta\s+bom|fechado")
# the words, each once or repeated, with "!", ".", ",", emoji and the like between them; nothing else
_ONLY_ACK = re.compile(rf"^[\W_]*(?:(?:{_ACK_WORDS})(?![\w'])[\W_]*){{1,3}}$")


def only_an_acknowledgement(text: str) -> bool:
    """The whole text is one to three acknowledgement words or emoji ("ok", "👍", "Noted, thanks!"), and no question."""
    body = fold(text).strip()
    if "?" in body or any(ch.isdigit() for ch in body):
        return False
    if not body or not any(ch.isalpha() for ch in body):
        return any(unicodedata.category(ch) == "So" for ch in body)  # emoji alone: "👍", "🙏"
    return bool(_ONLY_ACK.match(body))
