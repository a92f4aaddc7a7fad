"""A one-pass screen for Python `re` patterns: which of them cannot match a text, asked of all at once.

Why: the outbound checks ask dozens of large case-insensitive alternations (forbidden promises, dates
said in words, spelled-out addresses) about every draft, one full scan of the draft each, and on an
ordinary draft nearly all of them miss. Each pattern gets a wider RE2 twin, and the twins form one
RE2 set (guardrails.linear.PatternSet), asked once per text: a pattern whose twin does not match is
not run. The patterns themselves still decide, unchanged, so the answers are theirs.

Exact, not a heuristic: the twin is built from the pattern's own parse and searched in
`ignorecase_form(text)` (one character for each character; an ASCII letter `re.I` finds stands
there as its lowercase form, core.text.references). Letters and digits are kept, every class
becomes the characters it can stand for there (asked of Python's own engine), boundaries and
lookarounds are dropped, repeats and alternatives keep their shape: wherever the pattern matches,
its twin matches the same span. A pattern with no such twin (a back reference, flags switched
on inside it) is always run. Linear: one RE2 pass over the text, whatever the patterns.
"""

from __future__ import annotations

import re
from re import _compiler as sre_compiler
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

from core.text.references import ignorecase_form
from guardrails import linear

# ASCII letters and digits: what a wider pattern keeps as written (lowercase, as `ignorecase_form` has them).
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ANY = "."  # one character of any kind (the screen runs with `s`: newlines too)


# The only characters outside ASCII that `ignorecase_form` turns into ASCII ones (İ ı ſ and the Kelvin sign).
_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _wider_class(members: Any, state: Any) -> str:
    """A character class as the characters it can stand for in `ignorecase_form` text: the class itself, compiled
    by Python's own engine, is asked about every ASCII character and the four that read as ASCII; any character
    outside ASCII is let through. So nothing the class matches is left out."""
    rx = sre_compiler.compile(sre_parse.SubPattern(state, [(sre.IN, members)]), state.flags)
    forms = {ignorecase_form(ch) for ch in map(chr, range(128)) if rx.fullmatch(ch)}
    forms |= {ignorecase_form(ch) for ch in _TO_ASCII if rx.fullmatch(ch)}
    if len(forms) == len({ignorecase_form(chr(c)) for c in range(128)}):
        return _ANY
    return "[" + "".join(f"\\x{{{ord(ch):x}}}" for ch in sorted(forms)) + "\\x{80}-\\x{10ffff}]"


def _repeat(low: int, high: int) -> str:
    return f"{{{low},}}" if high == sre.MAXREPEAT else f"{{{low},{high}}}"


def _wider(items: Any, state: Any) -> str | None:
    """An RE2 pattern over `ignorecase_form` text that matches wherever the parsed sequence `items` matches.

    An ASCII letter or digit is kept (lowercase), another ASCII character kept as it is, any other one
    becomes one character of any kind, a class what it can stand for (`_wider_class`); boundaries and
    lookarounds are dropped, repeats and alternatives keep their shape. None: a construct with no such
    wider form (a back reference, flags other than `re.I` switched off inside the pattern)."""
    out: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            ch = chr(arg)
            out.append(ch.lower() if ch in _WORD_CHARS else f"\\x{{{arg:x}}}" if arg < 128 else _ANY)
        elif op is sre.IN:
            out.append(_wider_class(arg, state))
        elif op in (sre.NOT_LITERAL, sre.ANY):
            out.append(_ANY)
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        elif op is sre.SUBPATTERN:
            # Flags switched inside the pattern are not followed, with one exception: a part that turns `re.I`
            # off, as `(?-i:P\.?O\.?)` does, matches less than it would with it on, and its twin (letters
            # lowercased, classes asked with the pattern's own flags) stands for it with `re.I` on.
            if arg[1] or arg[2] & ~sre.SRE_FLAG_IGNORECASE:
                return None
            inner = _wider(arg[-1], state)
            if inner is None:
                return None
            out.append(f"(?:{inner})")
        elif op is sre.BRANCH:
            branches = [_wider(branch, state) for branch in arg[1]]
            if any(b is None for b in branches):
                return None
            out.append("(?:" + "|".join(branches) + ")")  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner = _wider(arg[2], state)
            if inner is None:
                return None
            out.append(f"(?:{inner}){_repeat(arg[0], arg[1])}")
        else:
            return None
    return "".join(out)


def wider_pattern(pattern: re.Pattern[str]) -> str | None:
    """RE2 syntax for a pattern that finds, in `ignorecase_form(text)`, every place `pattern` matches in `text`; None if unknown."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    return _wider(parsed, parsed.state)


class LiteralScreen:
    """Which of many Python patterns can match a text, in one RE2 pass of their wider twins.

    Texts longer than `max_chars` are not screened (every pattern may match): the screen's pass is
    linear anyway, but the patterns it guards are the caller's business.
    """

    __slots__ = ("_set", "_always", "_max_chars")

    def __init__(self, patterns: list[re.Pattern[str]], max_chars: int = 200_000) -> None:
        items: list[tuple[int, linear.LinearPattern]] = []
        always: set[int] = set()
        for n, pattern in enumerate(patterns):
            wider = wider_pattern(pattern)
            if wider is None:
                always.add(n)
            else:
                items.append((n, linear.compile(wider, re.S)))
        self._set = linear.PatternSet(items)
        self._always = frozenset(always)
        self._max_chars = max_chars

    def may_match(self, text: str) -> frozenset[int] | None:
        """Positions (in the list given) of the patterns that may match `text`; None: all may."""
        if len(text) > self._max_chars:
            return None
        try:
            hits = self._set.matching(ignorecase_form(text))
        except UnicodeEncodeError:  # a lone surrogate has no UTF-8 form for RE2: every pattern is asked
            return None
        return self._always | {n for n, _ in hits}


class ScreenedPattern:
    """A compiled Python pattern that asks its RE2 twin first whether it can match a text at all.

    For a large case-insensitive alternation asked about texts it mostly misses (the reader's notices, tenses and
    pointers): Python's engine tries each alternative at each position of the text (30-370 us on a reply), where
    the twin's one RE2 pass costs a few. Where the twin finds nothing, the pattern cannot match either (see the
    module's docstring), and the answer a miss gives is returned without running the pattern; otherwise, and for
    any call with `pos` or `endpos`, the pattern itself answers. So every answer is the pattern's own. It stands
    where the compiled pattern stood (`pattern`, `flags`, `groups`, `groupindex` are the pattern's), so a
    LiteralScreen or another pattern can still be built from it; `regex` is the compiled pattern."""

    __slots__ = ("regex", "_screen")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._screen = LiteralScreen([regex])

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    @property
    def flags(self) -> int:
        return self.regex.flags

    @property
    def groups(self) -> int:
        return self.regex.groups

    @property
    def groupindex(self) -> Any:
        return self.regex.groupindex

    def has_twin(self) -> bool:
        """Whether the screen can ever answer (a pattern without a twin is always run)."""
        return not self._screen._always

    def cannot_match(self, text: str) -> bool:
        """True when the pattern matches nowhere in `text` (its twin does not); False when it may."""
        return isinstance(text, str) and self._screen.may_match(text) == frozenset()

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return None if not bounds and self.cannot_match(text) else self.regex.search(text, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return None if not bounds and self.cannot_match(text) else self.regex.match(text, *bounds)

    def fullmatch(self, text: str, *bounds: int) -> re.Match[str] | None:
        return None if not bounds and self.cannot_match(text) else self.regex.fullmatch(text, *bounds)

    def finditer(self, text: str, *bounds: int) -> Any:
        return iter(()) if not bounds and self.cannot_match(text) else self.regex.finditer(text, *bounds)

    def findall(self, text: str, *bounds: int) -> list[Any]:
        return [] if not bounds and self.cannot_match(text) else self.regex.findall(text, *bounds)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return text if self.cannot_match(text) else self.regex.sub(repl, text, count)

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        return (text, 0) if self.cannot_match(text) else self.regex.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return [text] if self.cannot_match(text) else self.regex.split(text, maxsplit)

    def __repr__(self) -> str:
        return f"ScreenedPattern({self.regex!r})"


def screened(regex: re.Pattern[str]) -> ScreenedPattern:
    """`regex`, asked only where its RE2 twin can match (ScreenedPattern); the same answers."""
    return ScreenedPattern(regex)
