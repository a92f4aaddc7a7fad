"""Which of the date reader's patterns can match a text at all, found in one linear pass.

Why: `agent.dates` reads a text with some hundred Python patterns, one `finditer` each, and most
of them cannot match a given reply (no month names, no Dutch, no holiday). One RE2 Set run over
the text names the patterns that may match; the others are skipped. Skipping is only safe if a
skipped pattern truly has no match, so each RE2 pattern is a *relaxed* copy of its Python pattern,
matching a superset of what the Python pattern matches:
- lookarounds are dropped, anchors widened to line anchors, a back-reference matches anything,
  atomic groups and possessive repeats become plain ones, a conditional group takes either branch;
- `\\w`, `\\d`, `\\s` keep their ASCII members exactly (the same as Python's) and take every
  non-ASCII character as well; inside a negated class they keep only their ASCII members;
- `\\b` is kept for ASCII texts only (there RE2's ASCII `\\b` is Python's); a text that is not
  all ASCII is screened by a second set without word boundaries.
A pattern RE2 cannot take even so (case-insensitive, or too large) is always run, and so is every
pattern when the set cannot answer (a text that is not valid UTF-8, or RE2's DFA out of memory,
detected by a pattern that matches every text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple

import re2

_NON_ASCII = r"\x{80}-\x{10FFFF}"
_MAX_REPEAT = 1000  # RE2's limit on a counted repetition
_CATEGORY_PROBE = {sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W", sre.CATEGORY_DIGIT: r"\d",
                   sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S"}


class NotScreenable(ValueError):
    """A pattern the screen cannot relax into RE2: it is always run."""


def _char(cp: int) -> str:
    return chr(cp) if chr(cp).isascii() and chr(cp).isalnum() else f"\\x{{{cp:x}}}"


def _ascii_members(category: Any) -> str:
    """The ASCII characters Python's category holds, as an RE2 class body (asked of `re` itself)."""
    probe = re.compile(_CATEGORY_PROBE[category])
    return "".join(_char(cp) for cp in range(128) if probe.fullmatch(chr(cp)))


class _Relaxer:
    """Python `re` syntax tree to an RE2 pattern matching at least the same strings."""

    def __init__(self, word_boundaries: bool) -> None:
        self.word_boundaries = word_boundaries

    def pattern(self, rx: re.Pattern[str]) -> str:
        if rx.flags & re.IGNORECASE:
            raise NotScreenable("case-insensitive")
        return self._seq(sre_parse.parse(rx.pattern, rx.flags))

    def _seq(self, items: Any) -> str:
        return "".join(self._node(op, av) for op, av in items)

    def _node(self, op: Any, av: Any) -> str:  # noqa: C901, PLR0911, PLR0912 - one branch per node kind
        if op is sre.LITERAL:
            return _char(av)
        if op is sre.NOT_LITERAL:
            return f"[^{_char(av)}]"
        if op is sre.ANY:
            return "(?s:.)"
        if op is sre.IN:
            return self._class(av)
        if op is sre.BRANCH:
            return "(?:" + "|".join(self._seq(b) for b in av[1]) + ")"
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, body = av
            if add_flags & re.IGNORECASE:
                raise NotScreenable("case-insensitive group")
            return "(?:" + self._seq(body) + ")"
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return self._repeat(*av)
        if op is sre.ATOMIC_GROUP:
            return "(?:" + self._seq(av) + ")"
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            return ""  # what comes before or after is not looked at: more matches, never fewer
        if op is sre.GROUPREF:
            return "(?s:.*)"
        if op is sre.GROUPREF_EXISTS:
            _group, yes, no = av
            return "(?:" + self._seq(yes) + "|" + (self._seq(no) if no else "") + ")"
        if op is sre.AT:
            return self._at(av)
        raise NotScreenable(f"{op} is not relaxed")

    def _at(self, where: Any) -> str:
        if where in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY):
            if not self.word_boundaries:
                return ""
            return r"\b" if where is sre.AT_BOUNDARY else r"\B"
        if where in (sre.AT_BEGINNING, sre.AT_BEGINNING_LINE):
            return "(?m:^)"
        if where in (sre.AT_END, sre.AT_END_LINE):
            return "(?m:$)"
        return ""  # \A, \Z: dropped

    def _repeat(self, lo: int, hi: int, item: Any) -> str:
        body = "(?:" + self._seq(item) + ")"
        if hi is sre.MAXREPEAT or hi > _MAX_REPEAT:
            return body + ("*" if lo == 0 else "+" if lo == 1 else f"{{{min(lo, _MAX_REPEAT)},}}")
        return body + f"{{{lo},{hi}}}"

    def _class(self, items: Any) -> str:
        negated = bool(items) and items[0][0] is sre.NEGATE
        body = []
        for op, av in items[1:] if negated else items:
            if op is sre.LITERAL:
                body.append(_char(av))
            elif op is sre.RANGE:
                body.append(f"{_char(av[0])}-{_char(av[1])}")
            elif op is sre.CATEGORY and av in _CATEGORY_PROBE:
                # Python's categories agree with their ASCII members on ASCII; beyond ASCII a positive class
                # takes everything (superset), a negated one excludes nothing more (its complement grows).
                body.append(_ascii_members(av) + ("" if negated else _NON_ASCII))
            else:
                raise NotScreenable(f"{op} in a character class")
        if not body:
            return "(?s:.)" if negated else "[^\\x00-\\x{10FFFF}]"
        return ("[^" if negated else "[") + "".join(body) + "]"


class _CompiledSet(NamedTuple):
    screen: Any  # re2.Set
    sentinel: int  # the set's index of a pattern that matches every text
    positions: dict[int, int]  # the set's index of a pattern -> its position in the screened list
    always_run: frozenset[int]  # positions of the patterns the set could not take


class PatternScreen:
    """The positions in a list of patterns that may match a text; built once per list."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._ascii = self._build(patterns, word_boundaries=True)
        self._other = self._build(patterns, word_boundaries=False)

    @staticmethod
    def _build(patterns: Sequence[re.Pattern[str]], word_boundaries: bool) -> _CompiledSet | None:
        """The RE2 set, or None if it cannot compile (then every pattern runs)."""
        options = re2.Options()
        # The program and the DFA's cache of states share this budget: 8 MB compiles the patterns of
        # today, 16 MB runs them at full speed over every dataset body; the cache is emptied when full.
        options.max_mem = 32 << 20
        options.log_errors = False
        screen = re2.Set.SearchSet(options)
        relaxer = _Relaxer(word_boundaries)
        unscreened: set[int] = set()
        by_set_index: dict[int, int] = {}
        for i, rx in enumerate(patterns):
            try:
                by_set_index[screen.Add(relaxer.pattern(rx))] = i
            except (NotScreenable, re2.error):
                unscreened.add(i)
        sentinel = screen.Add("")  # matches every text: its absence means the DFA gave up
        try:
            screen.Compile()
        except re2.error:  # over the memory budget
            return None
        return _CompiledSet(screen, sentinel, by_set_index, frozenset(unscreened))

    def may_match(self, text: str) -> frozenset[int] | None:
        """Positions of the patterns that may match `text`; None when all must be run."""
        compiled = self._ascii if text.isascii() else self._other
        if compiled is None:
            return None
        try:
            hits = compiled.screen.Match(text.encode("utf-8"))
        except UnicodeEncodeError:  # a lone surrogate
            return None
        if not hits or compiled.sentinel not in hits:
            return None
        return frozenset(compiled.positions[h] for h in hits if h != compiled.sentinel) | compiled.always_run


_SCREENS: dict[int, tuple[list[Any], PatternScreen]] = {}


def screened(patterns: list[tuple[str, re.Pattern[str]]], folded: str) -> list[tuple[str, re.Pattern[str]]]:
    """The (kind, pattern) pairs of `patterns` that may match `folded`, in their order.

    The screen of a list is built the first time it is asked for, and again if the list changed."""
    entry = _SCREENS.get(id(patterns))
    if entry is None or entry[0] != patterns:
        entry = _SCREENS[id(patterns)] = (list(patterns), PatternScreen([rx for _kind, rx in patterns]))
    keep = entry[1].may_match(folded)
    if keep is None:
        return patterns
    return [pair for i, pair in enumerate(patterns) if i in keep]
