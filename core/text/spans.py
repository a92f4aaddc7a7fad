"""Which stretches of a text an earlier reading already took.

Readers that try patterns from the most specific to the most general ("12.03.2026" before "12.03",
an e-mail address before the domain inside it) must not read the same characters twice, or one
date becomes three mentions and one address also a link. The first pattern to claim a span keeps it.
"""

from __future__ import annotations

import re


class SpanClaims:
    """The characters of one text claimed so far by earlier matches."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._taken = bytearray(len(text))

    def free(self, match: re.Match[str], group: int = 0) -> bool:
        """No character of this match (or of its `group`) was claimed before."""
        return not any(self._taken[match.start(group) : match.end(group)])

    def claim(self, match: re.Match[str], group: int = 0) -> None:
        start, end = match.start(group), match.end(group)
        self._taken[start:end] = b"\x01" * (end - start)

    def blanked(self) -> str:
        """The text with every claimed character replaced by a space (later readers see only the rest)."""
        text, out, at = self._text, [], 0
        for run in _CLAIMED.finditer(self._taken):
            out += (text[at : run.start()], " " * (run.end() - run.start()))
            at = run.end()
        out.append(text[at:])
        return "".join(out)


_CLAIMED = re.compile(b"\x01+")
