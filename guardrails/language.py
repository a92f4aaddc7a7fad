"""A lightweight language detector for EN, DE, FR, ES, NL and PT: count each language's stopwords."""

from __future__ import annotations

import re

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to is in that it for you with on are this be as have we your our will please from not by at can would thank thanks all a an or if my me i do was were has had but so".split()),
    "de": frozenset("der die das und ist nicht sie wir ich mit den dem ein eine zu auf für von bitte ihre unsere wird haben dass sich auch noch vielen dank".split()),
    "fr": frozenset("le la les et est une un des du pour que qui dans vous nous avec sur pas ce cette votre notre merci sont être au aux".split()),
    "es": frozenset("el la los las y es una un del para que con por su nuestra nuestro usted gracias está son se lo al como pero".split()),
    "nl": frozenset("de het een en is van dat niet wij ik met voor op zijn u uw onze wordt hebben ook nog bedankt graag deze naar".split()),
    "pt": frozenset("o a os as e é um uma do da dos das para que com por não você nosso nossa obrigado obrigada está são em ao pelo pela".split()),
}

_WORD = re.compile(r"[^\W\d_]+", re.U)


def stopword_counts(text: str) -> dict[str, int]:
    words = [w.lower() for w in _WORD.findall(text or "")]
    return {lang: sum(1 for w in words if w in stops) for lang, stops in STOPWORDS.items()}


def detect(text: str, min_hits: int = 3) -> str | None:
    """The language with the most stopwords, or None when the text is too short or too close to call."""
    counts = stopword_counts(text)
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    best, hits = ranked[0]
    if hits < min_hits or hits < 1.5 * ranked[1][1]:
        return None
    return best


def stopword_total(text: str) -> int:
    return max(stopword_counts(text).values())
