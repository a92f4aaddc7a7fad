"""Where one sentence ends and the next begins, for readers that judge a reply sentence by sentence.

A break is sentence punctuation followed by space, or a line break. Readers with their own needs keep
their own split (agent/models/tense.py and features.py do not break after a number: "am 15. Mai").
"""

from __future__ import annotations

import re

SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text: str) -> list[str]:
    """The text cut at every sentence break ("INV-1 is paid. Please resend INV-2" → two)."""
    return SENTENCE_BREAK.split(text)
