"""Undo the cheap obfuscations attackers use so the patterns see plain text.

Zero-width characters, homoglyphs (Cyrillic/Greek letters that look Latin), full-width forms,
leetspeak ("1gn0r3") and spaced-out letters ("i g n o r e") all fold to one plain form; invisible
Unicode tag characters are read as the ASCII they encode and right-to-left overrides are undone.
`unicode_tricks` names the tricks themselves: using them is a signal whatever the words say.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from guardrails import linear

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"), None)

# Letters from other scripts that render like Latin ones (the usual spoofing set).
HOMOGLYPHS = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l", "ո": "n", "ս": "u", "ѵ": "v", "ԝ": "w", "ʏ": "y",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
        "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u", "ε": "e",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
        "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
        "ı": "i", "ł": "l",
        # Small capitals (IPA and phonetic extensions): "ᴅɪꜱʀᴇɢᴀʀᴅ" reads as a word to a person and to a model.
        "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l",
        "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
    }
)

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "|": "l"})
_LEET_CHARS = "".join(map(chr, LEET))  # the characters LEET changes

_SPACED = linear.compile(r"\b(?:[A-Za-z][ .\-_*]){3,}[A-Za-z]\b")
_SPACED_SEPARATORS = dict.fromkeys(map(ord, " .-_*"), None)
# Two tokenizers stay on Python's re, where they are faster: each is one character class under one
# "+", so a match extends greedily to the end of a run and never backtracks (linear by construction).
_BLANKS = re.compile(r"[ \t\u00a0]+")
# Only a word holding a character LEET changes is handed to the Python callback (the others stay as they
# are). Still linear: the look-behind lets a match start only where a word starts, and from there one
# greedy run and one backtrack over that word decide it.
_LEET_WORD = re.compile(r"(?<![\w@$|])[\w@$|]*[013457@$|][\w@$|]*")
# The words of _LEET_WORD that `deleet` can change: those with a character that may be a letter (a word character
# that is neither a decimal digit nor "_"; every letter is one). The others (years, amounts, "2026", "10_000") came
# back from the callback as they were, and most of a mail's matches were such numbers.
_LEET_WORD_WITH_LETTER = re.compile(r"(?<![\w@$|])(?=[\w@$|]*?[^\W\d_])[\w@$|]*[013457@$|][\w@$|]*")
# The blank runs `_BLANKS.sub(" ", …)` changes: two blanks or more, or a lone tab or no-break space (a lone space
# became itself, and replacing every one of them was most of that call's cost on plain ASCII mail).
_BLANKS_TO_COLLAPSE = re.compile(r" [ \t\u00a0]+|[\t\u00a0][ \t\u00a0]*")

# Tag characters (U+E0020-E007E) mirror ASCII and render as nothing: read them as the ASCII they encode.
TAGS_TO_ASCII = {cp: chr(cp - 0xE0000) for cp in range(0xE0020, 0xE007F)} | {0xE0001: None, 0xE007F: None}
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)
# Text stored reversed inside a right-to-left override shows the right way round to a reader.
_RLO_RUN = linear.compile(r"\x{202E}([^\x{202C}\n]*)\x{202C}?")

_TAG_CHARS = linear.compile(r"[\x{E0000}-\x{E007F}]+")
_OVERRIDES = linear.compile(r"[\x{202D}\x{202E}]")
_ZW_IN_WORD = linear.compile(r"\p{L}[\x{200B}\x{200C}\x{200D}\x{2060}\x{FEFF}]+\p{L}")
_MIXED_SCRIPT = linear.compile(r"\p{Latin}[\p{Cyrillic}\p{Greek}]|[\p{Cyrillic}\p{Greek}]\p{Latin}")
# Words written in small capitals or other Latin look-alike letters that ordinary text never uses.
_SMALL_CAPS_WORD = linear.compile(r"[\x{1D00}-\x{1D2B}\x{0280}\x{0299}\x{029C}\x{026A}\x{0274}\x{0262}\x{029F}\x{A731}\x{A730}]{3,}")


def unicode_tricks(text: str) -> list[tuple[str, str]]:
    """(trick, passage) for characters a person would not see or would misread.

    Ordinary text never needs them: zero-width joiners between emoji, right-to-left names and
    whole words in Greek or Cyrillic pass; tag characters, direction overrides, zero-width
    characters inside Latin words and words that mix alphabets do not.
    """
    if not text or text.isascii():
        return []
    found: list[tuple[str, str]] = []
    if m := _TAG_CHARS.search(text):
        found.append(("invisible tag characters", m.group(0).translate(TAGS_TO_ASCII)[:120]))
    if m := _OVERRIDES.search(text):
        found.append(("a right-to-left override", text[m.start() : m.start() + 120]))
    zero_width = _ZW_IN_WORD.findall(text)
    if len(zero_width) >= 2:
        found.append(("zero-width characters inside words", f"{len(zero_width)} times"))
    if m := _MIXED_SCRIPT.search(text):
        found.append(("a word mixing Latin and Cyrillic or Greek letters", text[max(0, m.start() - 20) : m.end() + 20]))
    if m := _SMALL_CAPS_WORD.search(text):
        found.append(("a word in small-capital look-alike letters", text[max(0, m.start() - 20) : m.end() + 40]))
    return found


def plain(text: str) -> str:
    """Tag characters read, overrides undone, NFKC, no zero-width characters, homoglyphs folded, blanks collapsed.

    ASCII text (most mail) has none of those characters and NFKC leaves it as it is: only its blanks are collapsed."""
    if not text or text.isascii():
        return _collapsed(text or "")
    text = _translated(text, TAGS_TO_ASCII)
    if "\u202e" in text:
        text = _RLO_RUN.sub(lambda m: m.group(1)[::-1], text)
    text = unicodedata.normalize("NFKC", _translated(text, _BIDI_CONTROLS))
    return _collapsed(_translated(_translated(text, ZERO_WIDTH), HOMOGLYPHS))


def _collapsed(text: str) -> str:
    """`_BLANKS.sub(" ", text)`: each run of blanks as one space."""
    return _BLANKS_TO_COLLAPSE.sub(" ", text)


_KEYS: dict[int, re.Pattern[str]] = {}  # the characters of each table above (module constants), by identity, as one class


def _translated(text: str, table: dict[int, str | None]) -> str:
    """`text.translate(table)`, skipped when the text holds none of the table's characters (the usual case:
    translating costs a dictionary look-up per character). Whether any is there is asked of a character class,
    which `re` scans in C without making a string of each character (a set's `isdisjoint` made one per character,
    for each of the four tables)."""
    keys = _KEYS.get(id(table))
    if keys is None:
        keys = _KEYS[id(table)] = _class_of(table)
    return text if keys.search(text) is None else text.translate(table)


def _class_of(code_points: Iterable[int]) -> re.Pattern[str]:
    """One character class of the code points, consecutive ones as a range (`re` tests a range by comparing; a long
    list of single characters outside the BMP it tests one by one)."""
    ranges: list[list[int]] = []
    for cp in sorted(code_points):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return re.compile("[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]")


def deleet(text: str) -> str:
    """Leetspeak undone, only inside words that mix letters and digits (amounts stay untouched).

    A text with none of the characters LEET changes has no such word, and is returned as it is."""
    if not any(c in text for c in _LEET_CHARS):
        return text

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if any(c.isalpha() for c in word) and any(not c.isalpha() for c in word):
            return word.translate(LEET)
        return word

    return _LEET_WORD_WITH_LETTER.sub(fix, text)


def _join_spaced(run: str) -> str:
    """One spaced-out run as words: when two kinds of separator are used ("i.g.n.o.r.e y.o.u.r"), the rarer one
    (or a double blank) is the break between words and the other the one between letters."""
    if "  " in run:
        return " ".join(w.translate(_SPACED_SEPARATORS) for w in run.split("  "))
    used = sorted((run.count(c), c) for c in " .-_*" if c in run)
    if len(used) >= 2:
        breaker = used[0][1]
        return " ".join(w.translate(_SPACED_SEPARATORS) for w in run.split(breaker))
    return run.translate(_SPACED_SEPARATORS)


def unspace(text: str) -> str:
    """'i g n o r e' and 'I.G.N.O.R.E' become 'ignore'; 'i.g.n.o.r.e y.o.u.r' becomes 'ignore your'."""
    return _SPACED.sub(lambda m: _join_spaced(m.group(0)), text)


def views(text: str) -> list[str]:
    """The plain text plus the de-obfuscated variants that differ from it."""
    base = plain(text)
    out = [base]
    leet_free = deleet(base)
    for variant in (leet_free, unspace(base), unspace(leet_free)):
        if variant not in out:
            out.append(variant)
    return out
