"""The field10 reply files' kit (evals/field/reply_kit.py) bound to this split's customers, their offsets and its
bank lines (BK10-<tag>-nnn).

Not a threads_ module: evals/field/build.py collects only threads_*.py.
"""

from __future__ import annotations

from evals.field.reply_kit import AUTO, EOM, XAUTO, ReplyFile, SplitWorld, nwk, nxt, on, plus
from evals.field10.world import CUSTOMERS

_OFFSET = {"en-GB": "+00:00", "en-IE": "+00:00", "en-US": "-05:00", "en-IN": "+05:30", "en-AU": "+11:00", "en-NZ": "+13:00",
           "de-DE": "+01:00", "de-AT": "+01:00", "de-CH": "+01:00", "fr-FR": "+01:00", "fr-CH": "+01:00", "es-ES": "+01:00",
           "es-MX": "-06:00", "nl-NL": "+01:00", "nl-BE": "+01:00", "pt-PT": "+00:00", "pt-BR": "-03:00"}
WORLD = SplitWorld(CUSTOMERS, _OFFSET, "BK10")
__all__ = ["AUTO", "EOM", "XAUTO", "Kit", "nwk", "nxt", "on", "plus"]


class Kit(ReplyFile):
    """One reply file's replies and bank lines in this split's world."""

    def __init__(self, tag: str) -> None:
        super().__init__(WORLD, tag)
