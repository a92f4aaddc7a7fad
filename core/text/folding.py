"""Case and accent folding, so that "März", "MARZ" and "marz" compare equal.

Two folds, on purpose: `fold` keeps the text's length (one character for one), so a match found in
the folded text has valid offsets in the original; `strip_accents` decomposes every accented
character (NFKD) and keeps the case, for comparing words where offsets do not matter.
"""

from __future__ import annotations

import unicodedata

# Accented letters → ASCII, one character for one, so match offsets stay valid in the original text.
_FOLD = str.maketrans(
    "áàâäãåçéèêëíìîïñóòôöõúùûüýÿÁÀÂÄÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝß’",
    "aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuys'",
)


def fold(text: str) -> str:
    """Lower-case and strip accents without changing the length of the text."""
    return text.lower().translate(_FOLD)


def strip_accents(text: str) -> str:
    """Every combining mark removed after NFKD decomposition ("Décembre" → "Decembre"); case kept.

    The same as sklearn's `strip_accents_unicode`, which the offline model's vectorizers apply to every text it reads
    (agent/models/fitted_features.py): ASCII text has nothing to decompose and is returned as it is; otherwise each
    distinct character is asked whether it is a mark once, and the marks are deleted in one pass, not by a Python
    test of every character."""
    if text.isascii():
        return text
    normalized = unicodedata.normalize("NFKD", text)
    marks = {ord(ch): None for ch in set(normalized) if unicodedata.combining(ch)}
    return normalized.translate(marks) if marks else normalized
