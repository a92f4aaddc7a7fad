"""Which of the six customer languages (en, de, fr, es, nl, pt) a text is written in, by counting
each language's frequent words: one word table for the reply parser and the guardrails.

Two decisions on the same counts, because the callers need different answers: `detect_language`
always names a language (a reply is answered in some language; `default` when nothing is clear),
`confident_language` names one only when the text clearly is in it (the outbound language check
must not fail a draft on a guess), and `stopword_total` says how much ordinary language a text
holds at all (the manipulation check's test for decoded text).
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "de", "fr", "es", "nl", "pt")

# Frequent words of each language. Words shared by several languages ("de", "a", "que") count for each.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset((
        "the and you we our for will this that with have has be are is it on please thank thanks regards "
        "invoice payment paid would could your of to by in as from not at can all a an or if my me i do "
        "was were had but so"
    ).split()),
    "de": frozenset((
        "der die das und ist wir sie ich nicht mit den dem ein eine zu auf für bitte danke grüße rechnung "
        "zahlung bereits wurde werden haben sind unsere ihre ihr noch bei auch vielen freundlichen gruß "
        "mfg am bis von wird dass sich dank"
    ).split()),
    "fr": frozenset((
        "le la les et est nous vous je pas avec pour une des du au sur merci cordialement bonjour facture "
        "paiement déjà été sera avons notre votre ce cette qui que dans bien un sont être aux"
    ).split()),
    "es": frozenset((
        "el la los las y es nosotros usted ustedes por para con una del al su sus gracias saludos factura "
        "pago ya hemos sido será nuestra nuestro que muy estimados cordiales un está son se lo como pero"
    ).split()),
    "nl": frozenset((
        "de het een en is wij we u jullie niet met voor van op zijn hebben bedankt groet groeten factuur "
        "betaling al betaald wordt worden onze uw graag hierbij dank vriendelijke dat ik ook nog deze "
        "naar"
    ).split()),
    "pt": frozenset((
        "o os as e é nós vocês não com para uma do da dos das ao no na obrigado obrigada cumprimentos "
        "fatura pagamento já foi será nossa nosso que atenciosamente prezados melhores a um por você está "
        "são em pelo pela"
    ).split()),
}
_WORD = re.compile(r"[^\W\d_]+")
# Each frequent word with the languages it belongs to: the words are counted in one pass over the
# text, not one pass per language (the manipulation check counts every sentence three times).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _stops in STOPWORDS.items():
    for _w in _stops:
        _LANGUAGES_OF[_w] = (*_LANGUAGES_OF.get(_w, ()), _lang)


def stopword_counts(text: str) -> dict[str, int]:
    """How many of the text's words are frequent words of each language (every language listed, in STOPWORDS' order)."""
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in _WORD.findall(text or ""):
        for lang in _LANGUAGES_OF.get(word.lower(), ()):
            counts[lang] += 1
    return counts


# The frequent words as they read reversed and in ROT13: the manipulation check asks of every sentence whether its
# reversed or ROT13 text holds ordinary language, and an ASCII word's reversal (or ROT13) lowercased is its
# lowercased form reversed (or in ROT13), so the sentence's words are looked up in these instead of decoding it twice.
_ROT13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
_COLUMN = {lang: i for i, lang in enumerate(STOPWORDS)}
_COLUMNS_OF = {w: tuple(_COLUMN[lang] for lang in langs) for w, langs in _LANGUAGES_OF.items()}
_COLUMNS_OF_REVERSED = {w[::-1]: columns for w, columns in _COLUMNS_OF.items()}
_COLUMNS_OF_ROT13 = {w.translate(_ROT13): columns for w, columns in _COLUMNS_OF.items()}


def stopword_totals(text: str) -> tuple[int, int, int]:
    """`stopword_total` of the text as written, of the text reversed and of its ROT13, from one reading of its
    words: reversing a text reverses each of its words (a word is a run of letters) and ROT13 maps letters to
    letters, so the decoded texts hold the same words decoded. A word with a letter outside ASCII is decoded
    and lowercased as the decoded text would be (`str.lower` is not one letter for one letter there)."""
    plain, backward, rot13 = [0] * len(STOPWORDS), [0] * len(STOPWORDS), [0] * len(STOPWORDS)
    for word in _WORD.findall(text or ""):
        if word.isascii():
            low = word.lower()
            found = (_COLUMNS_OF.get(low), _COLUMNS_OF_REVERSED.get(low), _COLUMNS_OF_ROT13.get(low))
        else:
            found = (_COLUMNS_OF.get(word.lower()), _COLUMNS_OF.get(word[::-1].lower()),
                     _COLUMNS_OF.get(word.translate(_ROT13).lower()))
        for counts, columns in zip((plain, backward, rot13), found, strict=True):
            for column in columns or ():
                counts[column] += 1
    return max(plain), max(backward), max(rot13)


def detect_language(text: str, default: str = "en") -> str:
    """The language with the most frequent words in `text`; `default` when nothing is clear
    (fewer than two hits, or a single hit in a text of six words or more)."""
    words = _WORD.findall(text or "")
    if not words:
        return default
    scores = stopword_counts(text)
    best = max(scores, key=lambda lang: (scores[lang], lang == default))
    return best if scores[best] >= 2 or (scores[best] == 1 and len(words) < 6) else default


def confident_language(text: str, min_hits: int = 3) -> str | None:
    """The language with the most frequent words, or None when the text is too short or too close to
    call (fewer than `min_hits`, or not 1.5 times the runner-up)."""
    ranked = sorted(stopword_counts(text).items(), key=lambda kv: kv[1], reverse=True)
    best, hits = ranked[0]
    if hits < min_hits or hits < 1.5 * ranked[1][1]:
        return None
    return best


def stopword_total(text: str) -> int:
    """The most frequent words any one language finds in the text: how much ordinary language it holds."""
    return max(stopword_counts(text).values())
