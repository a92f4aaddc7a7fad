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
# "thanks heaps", "thanks a lot", "merci beaucoup", "muchas gracias", "hartelijk bedankt", "vielen Dank" (the word that
# strengthens it, before or after)
_STRONGER = r"(?:heaps|a\s+lot|lots|so\s+much|very\s+much|again|mate|vielmals|vielen|beaucoup|muchas|mil|hartelijk|muito|many)"
# told it was passed to whoever pays: "passed to our accountant", "an unsere Buchhaltung weitergeleitet", "transmis à notre
# comptable", "pasado a nuestra contadora", "doorgestuurd naar de boekhouding", "passei ao nosso contabilista"
_WHO_PAYS = (r"(?:accountant|bookkeeper|accounts(?:\s+(?:team|payable|department))?|finance(?:\s+team)?|ap\s+team|payables|buchhaltung|steuerberater\w*"
             r"|kreditoren\w*|comptable|comptabilite|service\s+comptable|contador[a]?|contable|contabilidad|gestori?a?|boekhouder|boekhouding|administratie"
             r"|contabilista|contabilidade)")
_PASSED_ON = (rf"(?:(?:(?:i'?ve|we'?ve|i\s+have|we\s+have|have|has\s+been|ist|wurde)\s+)?(?:passed|forwarded|sent|handed)\s+(?:it\s+|this\s+|them\s+)?(?:on\s+)?to\s+(?:our|the|my)\s+{_WHO_PAYS}"
              rf"|(?:an|zur|zu)\s+(?:unsere[nr]?\s+|die\s+|den\s+|der\s+)?{_WHO_PAYS}\s+weitergeleitet|weitergeleitet\s+an\s+(?:unsere[nr]?\s+|die\s+|den\s+)?{_WHO_PAYS}"
              rf"|(?:transmis|transfere|envoye)e?s?\s+a\s+(?:notre|la|mon|ma|au)\s+{_WHO_PAYS}|(?:pasado|reenviado|enviado|pasada|reenviada)\s+a\s+(?:nuestr[oa]|la|el|mi)\s+{_WHO_PAYS}"
              rf"|doorgestuurd\s+naar\s+(?:onze|de|mijn)\s+{_WHO_PAYS}|(?:passei|encaminhei|reencaminhei|enviei|encaminhad[oa])\s+(?:ao|a|para\s+[oa])\s+(?:noss[oa]\s+)?{_WHO_PAYS})")
# a greeting before them: "Kia ora, got it", "Hi, noted", "Hallo, danke"
_GREETING = r"(?:hi|hey|hello|kia\s+ora|g'?day|morning|hallo|moin|servus|bonjour|salut|hola|buenas|hoi|dag|ola|oi)"
# the words, each once or repeated, with "!", ".", ",", emoji and the like between them; nothing else
_ONLY_ACK = re.compile(rf"^[\W_]*(?:{_GREETING}(?![\w'])[\W_]*)?"
                       rf"(?:(?:(?:{_STRONGER}\s+)?(?:{_ACK_WORDS})(?:\s+{_STRONGER})?|{_PASSED_ON})(?![\w'])[\W_]*){{1,3}}$")


def only_an_acknowledgement(text: str) -> bool:
    """The whole text is one to three acknowledgement words or emoji ("ok", "👍", "Noted, thanks!", "Kia ora, got it, thanks heaps",
    "Cheers, passed to our accountant"), and no question."""
    body = fold(text).strip()
    if "?" in body or any(ch.isdigit() for ch in body):
        return False
    if not body or not any(ch.isalpha() for ch in body):
        return any(unicodedata.category(ch) == "So" for ch in body)  # emoji alone: "👍", "🙏"
    return bool(_ONLY_ACK.match(body))
