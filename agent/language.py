"""Which of the six customer languages a reply is written in, by counting stopwords."""

from __future__ import annotations

import re

LANGUAGES = ("en", "de", "fr", "es", "nl", "pt")

# Frequent words that are distinctive for one language (shared words such as "de", "en", "a" left out).
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and you we our for will this that with have has be are is it on please thank thanks "
                    "regards invoice payment paid would could your of to by".split()),
    "de": frozenset("der die das und ist wir sie ich nicht mit den dem ein eine zu auf für bitte danke grüße "
                    "rechnung zahlung bereits wurde werden haben sind unsere ihre ihr noch bei auch vielen "
                    "freundlichen gruß mfg am bis".split()),
    "fr": frozenset("le la les et est nous vous je pas avec pour une des du au sur merci cordialement bonjour "
                    "facture paiement déjà été sera avons notre votre ce cette qui que dans bien".split()),
    "es": frozenset("el la los las y es nosotros usted ustedes por para con una del al su sus gracias saludos "
                    "factura pago ya hemos sido será nuestra nuestro que muy estimados cordiales".split()),
    "nl": frozenset("de het een en is wij we u jullie niet met voor van op zijn hebben bedankt groet groeten "
                    "factuur betaling al betaald wordt worden onze uw graag hierbij dank vriendelijke".split()),
    "pt": frozenset("o os as e é nós vocês não com para uma do da dos das ao no na obrigado obrigada "
                    "cumprimentos fatura pagamento já foi será nossa nosso que atenciosamente prezados "
                    "melhores".split()),
}
_WORD = re.compile(r"[a-zà-ÿß]+", re.I)


def detect_language(text: str, default: str = "en") -> str:
    """The language with the most distinctive stopwords in `text`; `default` when nothing is clear."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return default
    scores = {lang: sum(1 for w in words if w in sw) for lang, sw in STOPWORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == default))
    return best if scores[best] >= 2 or (scores[best] == 1 and len(words) < 6) else default
