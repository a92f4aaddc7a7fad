"""Customer text placed inside the prompt's data delimiters (<reply>, <attachments>) so it cannot
close or open them.

A model reads `</REPLY>`, `</reply >`, `< /Reply>`, a full-width `＜/reply＞` or a tag split by a
zero-width space much as it reads `</reply>`; a customer who can close the fence can write text the
model takes for our instructions. So the text is NFKC-folded (full-width and other compatibility
forms become plain ASCII), invisible format characters are removed, and any tag-like mention of a
delimiter name, in any case or spacing, has its angle brackets written as entities. The model still
sees what the customer wrote; it no longer sees a delimiter.
"""

from __future__ import annotations

import re
import unicodedata

DELIMITERS = ("reply", "attachments")

# Characters a reader may take for "<" or ">" that NFKC leaves alone.
_OPENERS = "<\u2039\u3008\u27e8\u276c\u02c2\u1438\u2329\ufe64"
_CLOSERS = ">\u203a\u3009\u27e9\u276d\u02c3\u1433\u232a\ufe65"
_SLASHES = "/\\\u2044\u2215\u29f8"


def _spaced(word: str) -> str:
    """`reply` as a pattern that also matches `r e p l y`."""
    return r"\s*".join(re.escape(ch) for ch in word)


_TAG = re.compile(
    rf"[{_OPENERS}]\s*[{re.escape(_SLASHES)}]?\s*(?:{'|'.join(_spaced(d) for d in DELIMITERS)})[^{_OPENERS}{_CLOSERS}\n]{{0,40}}[{_CLOSERS}]?",
    re.IGNORECASE,
)


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"


def fence_data(text: str) -> str:
    """Customer text made safe to place between the prompt's delimiters."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not _invisible(ch))
    return _TAG.sub(lambda m: _entities(m.group(0)), folded)


def _entities(tag: str) -> str:
    opener = re.compile(f"[{_OPENERS}]")
    closer = re.compile(f"[{_CLOSERS}]")
    return closer.sub("&gt;", opener.sub("&lt;", tag))
