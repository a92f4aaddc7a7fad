"""A list of words as one regular-expression source shaped as a prefix tree.

`re` tries an alternation's branches one after another at every position: a few hundred words ("twenty-first",
"zwanzigsten", "quince" … every day of a month in six languages) cost a few hundred comparisons per word of every
reply. Sharing prefixes makes that one comparison per letter. The longest word wins where one is the start of
another ("vingt" / "vingt-deux"), as in an alternation sorted longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing regex source matching exactly the given words (literal text, no anchors)."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def source(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + source(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{source(root)})"
