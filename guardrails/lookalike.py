"""Look-alike domains: homoglyphs, IDN (punycode), one edit away, extra letters or hyphens, other TLD."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA

from guardrails.normalize import HOMOGLYPHS, ZERO_WIDTH

# Latin letters that render like others in most fonts ("rn" looks like "m", "0" like "o").
_CONFUSABLE_SEQ = (("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("i", "l"), ("5", "s"))


@lru_cache(maxsize=65536)
def decode_idn(domain: str) -> str:
    labels = []
    for label in domain.lower().strip(".").split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except UnicodeError:
                pass
        labels.append(label)
    return ".".join(labels)


@lru_cache(maxsize=65536)
def skeleton(domain: str) -> str:
    """One canonical form for visually identical domains (remembered: an unknown sender is compared with every
    customer's domain, and a ledger's domains are the same from message to message)."""
    text = unicodedata.normalize("NFKC", decode_idn(domain)).translate(ZERO_WIDTH).translate(HOMOGLYPHS).lower()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    for seq, repl in _CONFUSABLE_SEQ:
        text = text.replace(seq, repl)
    return text


def _distance(a: str, b: str, most: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, or `most` + 1 when it is larger (rapidfuzz: an unknown
    sender's domain is compared with every customer's, thousands in a real ledger)."""
    return int(OSA.distance(a, b, score_cutoff=most))


def _label(domain: str) -> tuple[str, str]:
    parts = domain.split(".")
    return (".".join(parts[:-1]), parts[-1]) if len(parts) > 1 else (domain, "")


def imitates(candidate: str, genuine: str) -> str | None:
    """Why `candidate` looks like `genuine` (None when it is the same domain or clearly different)."""
    candidate, genuine = candidate.lower().strip("."), genuine.lower().strip(".")
    if not candidate or not genuine or candidate == genuine or candidate.endswith("." + genuine):
        return None
    if candidate != decode_idn(candidate) and skeleton(candidate) == skeleton(genuine):
        return "uses look-alike international characters (IDN)"
    if skeleton(candidate) == skeleton(genuine):
        return "uses look-alike characters"
    c_label, c_tld = _label(decode_idn(candidate))
    g_label, g_tld = _label(genuine)
    if c_label == g_label and c_tld != g_tld:
        return f"has the same name under another ending (.{c_tld} instead of .{g_tld})"
    if c_label.replace("-", "") == g_label.replace("-", "") and c_label != g_label:
        return "adds or removes a hyphen"
    # An edit changes the length by one at most: labels whose lengths differ by more than two are not one or two apart.
    c_skel, g_skel = skeleton(c_label), skeleton(g_label)
    apart = _distance(c_skel, g_skel, 2) if abs(len(c_skel) - len(g_skel)) <= 2 else 3
    if len(g_label) >= 4 and apart == 1:
        return "is one letter away"
    if len(g_label) >= 10 and apart == 2:
        return "is two letters away"
    core = g_label.split(".")[-1].replace("-", "")
    if len(core) >= 4 and core in c_label.replace("-", "") and c_label != g_label:
        return "wraps the name in extra words"
    return None
