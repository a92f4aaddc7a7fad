"""Addresses and links in a draft, however they are written: a draft may point only to our own domain.

A collector (or a model copying a customer's mail) can put a payment link or a mailbox into a reply
without writing a clickable URL: "pay-here dot com", "hxxps://", "name [at] domain", "w w w . x . c o m".
We undo those spellings first, then take every e-mail address, URL and bare domain (a name ending in
a real public suffix, from the maintained Public Suffix List) as a destination that must be ours.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

from core.text.spans import SpanClaims
from guardrails.literal_screen import LiteralScreen, screened

# Names reserved for documentation and tests (RFC 2606): real enough to be a destination in a draft.
_RESERVED_SUFFIXES = {"example", "test", "invalid", "localhost", "local"}
# Company legal forms that happen to look like a domain ("GmbH & Co.KG").
_NOT_HOSTS = {"co.kg"}

# "dot" and "at" as people spell them out to dodge filters, in the six languages.
_DOT = r"(?:\s*[\[\(\{<]\s*(?:\.|dot|punkt|point|punto|ponto|punt)\s*[\]\)\}>]\s*|\s+(?:dot|punkt|point|punto|ponto|punt)\s+|\s\.\s)"
_AT = r"(?:\s*[\[\(\{<]\s*(?:@|at|ät|arroba|apenstaartje|chez)\s*[\]\)\}>]\s*|\s+(?:at|arroba|apenstaartje)\s+(?=[\w-]+" + _DOT + r"))"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_SPACED_OUT = re.compile(r"(?<!\S)(?:[a-z0-9.:/@]\s){4,}[a-z0-9.:/@](?!\S)", re.I)

# "name dot com", "name [at] domain": joined where they stand; a draft seldom holds either, and one screen
# pass (guardrails.literal_screen) spares both searches, the costliest part of the links check.
_SPELLED_DOT = re.compile(r"(" + _LABEL + r")" + _DOT + r"(" + _LABEL + r")(?![\w-])", re.I)
_SPELLED_AT = re.compile(r"([\w.+'-]+)" + _AT + r"(" + _LABEL + r"\.)", re.I)
_JOIN_SCREEN = LiteralScreen([_SPELLED_DOT, _SPELLED_AT])

# Asked only where their RE2 twins can match (literal_screen.screened): a draft seldom holds an address or a URL
# written out, and Python's engine tried each at every position (27 and 20 us on a draft, issue 17).
EMAIL = screened(re.compile(r"[\w.+'-]+@(" + _LABEL + r"(?:\." + _LABEL + r")+)", re.I))
URL = screened(re.compile(r"\b(?:[a-z][a-z0-9+.-]{1,10}://|www\.)[^\s<>\"')\]]+", re.I))
DOMAIN = re.compile(r"(?<![\w@.-])(" + _LABEL + r"(?:\." + _LABEL + r")+)(?::\d+)?(?:/[^\s<>\"')\]]*)?(?![\w-])", re.I)


@dataclass(frozen=True)
class Destination:
    kind: str  # "address" or "link"
    text: str  # as found (after undoing obfuscation)
    host: str  # lower-case host name


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()


def has_public_suffix(host: str) -> bool:
    """Whether `host` ends in a suffix a real name can have (so "invoice.pdf" or "z.B" is no domain)."""
    host = host.lower().strip(".")
    if "." not in host:
        return False
    if host.rsplit(".", 1)[1] in _RESERVED_SUFFIXES:
        return True
    return _psl().publicsuffix(host, accept_unknown=False) is not None


def deobfuscate(text: str) -> str:
    """Undo the usual ways of hiding an address or link, so the checks see what a reader would type."""
    out = _SPACED_OUT.sub(lambda m: m.group(0).replace(" ", ""), text)
    out = re.sub(r"\bh(?:xx|\*\*|tt|xt|tx)p(s?)(?:\s*\[?:\]?\s*//|\[://\])", r"http\1://", out, flags=re.I)
    out = re.sub(r"\b(?:https?|www)\s*\[\.\]\s*", lambda m: m.group(0).replace("[.]", ".").replace(" ", ""), out, flags=re.I)
    possible = _JOIN_SCREEN.may_match(out)
    screened = out
    if possible is None or 0 in possible:
        for _ in range(3):  # "a dot b dot com" needs more than one pass; a pass that changes nothing ends them
            joined = _SPELLED_DOT.sub(_join_dot, out)
            if joined == out:
                break
            out = joined
        if out != screened:
            possible = _JOIN_SCREEN.may_match(out)
    if possible is None or 1 in possible:
        out = _SPELLED_AT.sub(r"\1@\2", out)
    return out


def _join_dot(m: re.Match[str]) -> str:
    return f"{m.group(1)}.{m.group(2)}" if has_public_suffix(f"x.{m.group(2)}") or "." in m.group(2) else m.group(0)


def destinations(text: str) -> list[Destination]:
    """Every e-mail address, URL and bare domain in `text`, obfuscated or not."""
    plain = deobfuscate(text)
    found: list[Destination] = []
    claims = SpanClaims(plain)
    for m in EMAIL.finditer(plain):
        found.append(Destination("address", m.group(0), m.group(1).lower().strip(".")))
        claims.claim(m)
    for m in URL.finditer(plain):
        if not claims.free(m):
            continue
        rest = re.sub(r"^[a-z][a-z0-9+.-]*://", "", m.group(0), flags=re.I)
        host = re.split(r"[/:?#]", rest, maxsplit=1)[0].lower().rstrip(".,;")
        found.append(Destination("link", m.group(0).rstrip(".,;"), host))
        claims.claim(m)
    for m in DOMAIN.finditer(plain):
        if not claims.free(m):
            continue
        host = m.group(1).lower().strip(".")
        if has_public_suffix(host) and host not in _NOT_HOSTS:
            found.append(Destination("link", m.group(0).rstrip(".,;"), host))
            claims.claim(m)
    return found


def is_own(host: str, own_domains: set[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in own_domains if d)


def foreign_destinations(text: str, own_domains: set[str], allowed_addresses: AbstractSet[str]) -> list[Destination]:
    """Destinations that are neither on our own domain nor a known address of the customer."""
    out = []
    for d in destinations(text):
        if is_own(d.host, own_domains):
            continue
        if d.kind == "address" and d.text.lower().strip(".") in allowed_addresses:
            continue
        out.append(d)
    return out
