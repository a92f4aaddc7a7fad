"""Linear-time regular expressions: RE2 behind the call style of Python's `re` patterns.

Why: Python's `re` backtracks, so one pattern with overlapping quantifiers can take minutes on a
few kilobytes of blank lines or nested markup, and a single such message stalls a worker. RE2
guarantees time linear in the text, whatever the pattern. Every inbound guardrail pattern is
compiled here, once, at import.

What differs from `re`, and how it is handled:
- Flags (`re.I`, `re.M`, `re.S`) become RE2's inline flags.
- `\\w` / `\\W` are rewritten to Unicode letter/digit classes, as Python's `\\w` is on `str`.
- RE2's `\\b` only knows ASCII word characters. Callers that match words of the six languages
  match on `fold_accents(text)`: every accented Latin letter becomes its base letter, one
  character for one, so positions stay those of the original text and "règles" is a word.
  Patterns are folded the same way when compiled.
- RE2 has no lookaround. "X not followed by Y" is written `X(?P<veto>Y)?`: a match in which the
  `veto` group took part is skipped, and the search goes on after it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

import re2
from re2 import _re2

_WORD = r"\p{L}\p{N}_"
_VETO = "veto"
T = TypeVar("T")


def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 and base.isascii() else ch


# Latin letters with diacritics (Latin-1 to Latin Extended-B) to their base letter; a few letters
# and marks that do not decompose, by hand. Always one character for one.
_FOLD: dict[int, str] = {cp: _fold_char(chr(cp)) for cp in range(0xC0, 0x250) if _fold_char(chr(cp)) != chr(cp)}
_FOLD.update({ord(k): v for k, v in {
    "ß": "s", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
    "þ": "t", "ð": "d", "ı": "i", "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u201c": '"',
    "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-",
}.items()})


def fold_accents(text: str) -> str:
    """Accented Latin letters to their base letter, curly quotes and dashes to ASCII; same length.

    ASCII text holds none of them and is returned as it is. Otherwise only the characters the table changes are
    visited (`text.translate(_FOLD)` looked every character up, and mail that is not ASCII is mostly ASCII: a
    dash, a quote, a name; about a sixth of the cost on the test split's replies)."""
    return text if text.isascii() else _FOLDABLE.sub(_folded, text)


_FOLDED: dict[str, str] = {chr(cp): ch for cp, ch in _FOLD.items()}
_FOLDABLE = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_FOLDED)) + "]")


def _folded(m: re.Match[str]) -> str:
    return _FOLDED[m.group()]


def _translate(pattern: str) -> str:
    """Python-regex syntax to RE2 syntax: Unicode `\\w`, folded literals; rejects what RE2 cannot run."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt == "w":
                out.append(_WORD if in_class else f"[{_WORD}]")
            elif nxt == "W":
                if in_class:
                    raise ValueError("\\W inside a character class: write the class out")
                out.append(f"[^{_WORD}]")
            elif nxt == "Z":
                out.append("\\z")
            elif nxt in "uU":  # \u00a0 / \U0001F600: RE2 spells code points \x{...}
                width = 4 if nxt == "u" else 8
                out.append("\\x{" + pattern[i + 2 : i + 2 + width] + "}")
                i += 2 + width
                continue
            else:
                out.append(ch + nxt)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # a literal ] first in a class
                out.append("\\]")
                i += 1
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif ch == "(" and pattern[i + 1 : i + 3] in {"?=", "?!"} or pattern[i + 1 : i + 4] in {"?<=", "?<!"}:
            raise ValueError("RE2 has no lookaround: use a (?P<veto>...) group or check in code")
        else:
            out.append(fold_accents(ch))
        i += 1
    return "".join(out)


def _options() -> Any:
    """RE2's options for every pattern and pattern set here."""
    options = re2.Options()
    options.log_errors = False  # a bad pattern raises; RE2 need not also print to stderr
    options.max_mem = 64 << 20  # the large vocabularies need more than RE2's 8 MiB default to stay on the DFA
    return options


_UNANCHORED, _ANCHOR_START, _ANCHOR_BOTH = re2._Anchor.UNANCHORED, re2._Anchor.ANCHOR_START, re2._Anchor.ANCHOR_BOTH
_NO_SPAN = (-1, -1)
# The text most recently encoded, with its UTF-8 bytes: the checks ask dozens of patterns about one
# sentence in a row, and it is encoded once. Holding the string keeps its identity from being reused.
_last_encoded: tuple[str, bytes] = ("", b"")


def _utf8(text: str) -> bytes:
    global _last_encoded
    last = _last_encoded
    if last[0] is text:
        return last[1]
    encoded = text.encode("utf-8")
    _last_encoded = (text, encoded)
    return encoded


class LinearPattern:
    """A compiled RE2 pattern used like `re.Pattern` (search, match, fullmatch, finditer, findall, sub, split)."""

    __slots__ = ("pattern", "flags", "_re", "_veto")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        inline = "".join(f for f, bit in (("i", re.I), ("m", re.M), ("s", re.S)) if flags & bit)
        self._re = re2.compile((f"(?{inline})" if inline else "") + _translate(pattern), _options())
        self._veto = int(self._re.groupindex.get(_VETO, 0))  # the veto group's number, 0 when there is none

    @property
    def groups(self) -> int:
        return int(self._re.groups)

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self._re.groupindex)

    def _vetoed(self, m: Any) -> bool:
        return bool(self._veto) and m.start(self._veto) != -1

    def _misses(self, text: str, pos: int, endpos: int | None, anchor: Any) -> bool:
        """True when RE2 finds no match at all, asked in one call on the UTF-8 text with no match object
        built. Most searches on ordinary mail miss, and the wrapper's match objects are what cost."""
        if pos or endpos is not None or not isinstance(text, str):
            return False
        encoded = _utf8(text)
        return bool(self._re._regexp.Match(anchor, encoded, 0, len(encoded))[0] == _NO_SPAN)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        if self._misses(text, pos, endpos, _UNANCHORED):
            return iter(())
        return self._unvetoed(text, pos, endpos)

    def _unvetoed(self, text: str, pos: int, endpos: int | None) -> Iterator[Any]:
        for m in self._re.finditer(text, pos, endpos):
            if not self._vetoed(m):
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any | None:
        return next(self.finditer(text, pos, endpos), None)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each match `finditer(text)` yields, with no match object built: a pattern that
        matches all through a text (a sentence splitter) spent most of its time building them.

        The same RE2 calls as the wrapper's finditer, from the same positions (an empty match moves on
        one character), with its byte offsets turned into character offsets in one pass."""
        encoded = _utf8(text)
        ascii_only = len(encoded) == len(text)
        out: list[tuple[int, int]] = []
        done_bytes = done_chars = pos = 0
        end = len(encoded)

        def chars(offset: int) -> int:  # offsets come in increasing order
            nonlocal done_bytes, done_chars
            if ascii_only:
                return offset
            done_chars += _re2.BytesToCharLen(encoded, done_bytes, offset)
            done_bytes = offset
            return done_chars

        while True:
            found = self._re._regexp.Match(_UNANCHORED, encoded, pos, end)
            start, stop = found[0]
            if start == -1:
                break
            if not (self._veto and found[self._veto][0] != -1):
                out.append((chars(start), chars(stop)))
            if pos == end:
                break
            pos = pos + _re2.CharLenToBytes(encoded, pos, 1) if pos == stop else stop
        return out

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any | None:
        if self._misses(text, pos, endpos, _ANCHOR_START):
            return None
        m = self._re.match(text, pos, endpos)
        return None if m is None or self._vetoed(m) else m

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Any | None:
        if self._misses(text, pos, endpos, _ANCHOR_BOTH):
            return None
        m = self._re.fullmatch(text, pos, endpos)
        return None if m is None or self._vetoed(m) else m

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        veto = self._re.groupindex.get(_VETO)
        real = [g for g in range(1, self.groups + 1) if g != veto]
        out: list[Any] = []
        for m in self.finditer(text, pos, endpos):
            if not real:
                out.append(m.group(0))
            elif len(real) == 1:
                out.append(m.group(real[0]) or "")
            else:
                out.append(tuple(m.group(g) or "" for g in real))
        return out

    def sub(self, repl: str | Callable[[Any], str], text: str, count: int = 0) -> str:
        if repl == "" and isinstance(text, str):  # removing matches needs only where they are, no match objects
            kept, last = [], 0
            for start, end in self.spans(text)[: count or None]:
                kept.append(text[last:start])
                last = end
            kept.append(text[last:])
            return "".join(kept)
        pieces: list[str] = []
        last = 0
        for n, m in enumerate(self.finditer(text)):
            if count and n >= count:
                break
            pieces.append(text[last : m.start()])
            pieces.append(repl(m) if callable(repl) else m.expand(repl))
            last = m.end()
        pieces.append(text[last:])
        return "".join(pieces)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        pieces: list[str] = []
        last = 0
        for n, m in enumerate(self.finditer(text)):
            if maxsplit and n >= maxsplit:
                break
            if m.end() == m.start():
                continue
            pieces.append(text[last : m.start()])
            pieces.extend(g for g in m.groups())
            last = m.end()
        pieces.append(text[last:])
        return pieces

    def __repr__(self) -> str:
        return f"LinearPattern({self.pattern[:60]!r}…)"


def compile(pattern: str, flags: int = 0) -> LinearPattern:  # noqa: A001 - mirrors re.compile on purpose
    """Compile with RE2; raises ValueError for syntax RE2 cannot run in linear time."""
    return LinearPattern(pattern, flags)


class PatternSet(Generic[T]):
    """Many patterns asked at once which of them match a text: one pass of RE2 over the text for all of them.

    An RE2::Set, compiled once from the patterns as LinearPattern compiled them (same source, same
    options), runs one automaton over the text that tracks every pattern together and reports each
    one that matches somewhere. Its answer is RE2's own, so `matching` returns exactly the patterns
    whose `finditer` could yield anything, in the order given; a match the pattern then vetoes is
    left to `finditer`, as before. Still linear: a set's automaton never gives up on a slow text (it
    cannot fall back, so RE2 keeps going and resets its state cache when full), and 64 MiB holds far
    more than one state. (FilteredRE2, used before, found the patterns' literals first and then ran
    each candidate on its own: ordinary words let most through, four to five times the cost.) The
    price is paid once, at import: compiling a large set takes 60-90 MB for a moment and keeps some 10.
    """

    __slots__ = ("items", "_set")

    def __init__(self, items: list[tuple[T, LinearPattern]]) -> None:
        self.items = list(items)
        self._set = re2.Set.SearchSet(_options())
        for _, pattern in self.items:
            self._set.Add(pattern._re.pattern)
        if self.items:
            self._set.Compile()

    def matching(self, text: str) -> list[tuple[T, LinearPattern]]:
        """The (key, pattern) pairs whose pattern matches somewhere in `text`, in the order given."""
        if not self.items:
            return []
        return [self.items[i] for i in sorted(self._set.Match(_utf8(text)) or ())]


class LiteralSet:
    """Which of many literal strings occur in a text: one RE2 pass, the strings never compiled one by one.

    Why: a ledger's customer keys run to thousands; compiling each as a pattern of its own (as PatternSet's items
    are) cost about a millisecond apiece, so building the set took seconds where one RE2 set of the literals takes
    a fraction of that."""

    __slots__ = ("_count", "_set")

    def __init__(self, literals: list[str]) -> None:
        self._count = len(literals)
        self._set = re2.Set.SearchSet(_options())
        for literal in literals:
            self._set.Add(re.escape(literal))
        if literals:
            self._set.Compile()

    def found(self, text: str) -> list[int]:
        """Positions (in the list given) of the literals that occur in `text`, in order."""
        if not self._count:
            return []
        return sorted(self._set.Match(_utf8(text)) or ())


class Screen:
    """Many patterns asked at once about one short text, so that the ones with no match there cost nothing more.

    Why: the sentence checks ask some forty patterns about every sentence, one Python call into RE2
    each, and on ordinary mail nearly all of them miss. One PatternSet call says which can match;
    `search`, `has` and `starts` then answer for the others without asking them. Exact: a pattern is
    skipped only when RE2 has no unanchored match in this very text (so search, match and finditer
    would all have found nothing, vetoed or not); a pattern outside the set, or any other text, is
    asked as before. Texts longer than `max_chars` are not screened (every pattern is asked), so a
    poison message costs what it cost before.
    """

    __slots__ = ("_set", "_all", "_max_chars")

    def __init__(self, patterns: list[LinearPattern], max_chars: int) -> None:
        self._set = PatternSet([(p, p) for p in dict.fromkeys(patterns)])
        self._all = frozenset(patterns)
        self._max_chars = max_chars

    def of(self, text: str) -> Screened:
        """The patterns that can match `text`."""
        if len(text) > self._max_chars:
            return Screened(text, None)
        return Screened(text, frozenset(p for p, _ in self._set.matching(text)), self._all)


class Screened:
    """One text as screened: `search`, `has` and `starts` on it skip the screened patterns that cannot match."""

    __slots__ = ("text", "_hits", "_screened")

    def __init__(self, text: str, hits: frozenset[LinearPattern] | None, screened: frozenset[LinearPattern] = frozenset()) -> None:
        self.text = text
        self._hits = hits
        self._screened = screened

    @property
    def nothing(self) -> bool:
        """The text was screened and none of the patterns matches it."""
        return self._hits is not None and not self._hits

    def _answer(self, pattern: LinearPattern, text: str) -> bool | None:
        """False: the screen saw no match; True: it saw one (RE2's own, so exact for a pattern without a veto); None: not screened."""
        if self._hits is None or pattern not in self._screened or text != self.text:
            return None
        return pattern in self._hits

    def search(self, pattern: LinearPattern, text: str) -> Any | None:
        return None if self._answer(pattern, text) is False else pattern.search(text)

    def has(self, pattern: LinearPattern, text: str) -> bool:
        """`bool(pattern.search(text))`, with no match object built (what costs, for the large vocabularies that often match)."""
        seen = self._answer(pattern, text)
        if seen is False:
            return False
        if seen and not pattern._veto:
            return True
        return pattern.search(text) is not None

    def starts(self, pattern: LinearPattern, text: str) -> bool:
        """`bool(pattern.match(text))`, with no match object built when the pattern has no veto."""
        if self._answer(pattern, text) is False:
            return False
        if not pattern._veto and isinstance(text, str):
            return not pattern._misses(text, 0, None, _ANCHOR_START)
        return pattern.match(text) is not None
