"""Text a reader of the HTML part never sees but a model would: comments, hidden elements, attributes.

We read the raw HTML (never the text rendering) because the renderer drops exactly the parts an
attacker uses: display:none, white or zero-size text, off-screen boxes, comments, alt/title text.

The markup is read by a small tokenizer of our own rather than `html.parser`: the standard parser
takes quadratic time on input such as "<a<a<a…" (168 s for 256 KB), and hostile HTML is exactly
what this module is for. The tokenizer walks the text once with `str.find`; its one pattern
(`_TAG`) can only scan from a "<" to the next "<" or ">", so every character is looked at a
bounded number of times. End tags look for their element among the top 16 open ones only, so
deep nesting costs no more than flat markup.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from guardrails import linear

# Raw HTML read, at most: four times the text the injection scan reads, as markup is mostly tags.
# Beyond it nothing is parsed, so a message's HTML costs a bounded time whatever its size.
MAX_HTML_CHARS = 262_144
# How far down the open elements an end tag looks for its start tag (mis-nested markup beyond is ignored).
_END_TAG_REACH = 16

_HIDDEN_STYLE = linear.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|font-size\s*:\s*[01](?:\.\d+)?\s*(?:px|pt|em|rem)?\s*(?:;|$)"
    r"|(?:^|;)\s*(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$)|(?:left|top|text-indent)\s*:\s*-\d{3,}"
    r"|color\s*:\s*(?:#f{3}\b|#f{6}\b|white\b|rgba?\(\s*255\s*,\s*255\s*,\s*255|transparent)"
    r"|clip\s*:\s*rect\(\s*0",
    re.I,
)
_VOID = {"br", "img", "hr", "meta", "input", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
_HIDDEN_TAGS = {"template", "noscript", "title"}
_RAW_TEXT = {"script", "style"}
_LINE_END_TAGS = {"p", "div", "tr", "li"}
_TEXT_ATTRS = ("alt", "title", "aria-label", "content", "data-instructions", "placeholder", "value")

# Python's re, proven linear: the name class stops at the first blank, "/", "<" or ">", the
# attribute part can only start at one of those, and "[^<>]*" stops at the next "<" or ">". A
# failed attempt therefore costs at most the distance to the next "<", and attempts start only at
# a "<" (the tokenizer's str.find), so the whole text is read a bounded number of times.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]*)((?:[\s/][^<>]*)?)>")
# Same argument: every run is bounded by a delimiter it cannot contain.
_ATTR = re.compile(r"""([^\s=/<>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+)))?""")


@dataclass
class _Read:
    hidden: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    attrs: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


def _attributes(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4) or ""
        out.setdefault(m.group(1).lower(), html_lib.unescape(value))
    return out


def _is_hidden(tag: str, attrs: dict[str, str]) -> bool:
    if tag in _HIDDEN_TAGS or "hidden" in attrs:
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _tokens(markup: str) -> Iterator[tuple[str, str, str]]:
    """(kind, name, payload): ("text", "", text), ("comment", "", body), ("start"|"end", tag, raw attributes)."""
    lowered = markup.lower()
    pos, n = 0, len(markup)
    while pos < n:
        lt = markup.find("<", pos)
        if lt == -1:
            yield "text", "", markup[pos:]
            return
        if lt > pos:
            yield "text", "", markup[pos:lt]
        if markup.startswith("<!--", lt):
            end = markup.find("-->", lt + 4)
            yield "comment", "", markup[lt + 4 : end if end != -1 else n]
            pos = end + 3 if end != -1 else n
            continue
        m = _TAG.match(markup, lt)
        if m is None:
            if markup.startswith("<!", lt) or markup.startswith("<?", lt):  # doctype, CDATA, processing instruction
                end = markup.find(">", lt)
                pos = end + 1 if end != -1 else n
            else:  # a "<" that opens no tag is text, up to the next "<"
                nxt = markup.find("<", lt + 1)
                yield "text", "", markup[lt : nxt if nxt != -1 else n]
                pos = nxt if nxt != -1 else n
            continue
        tag = m.group(2).lower()
        yield ("end" if m.group(1) else "start"), tag, m.group(3)
        pos = m.end()
        if not m.group(1) and tag in _RAW_TEXT:  # script/style: skip to its end tag, unread
            end = lowered.find("</" + tag, pos)
            pos = n if end == -1 else end


@lru_cache(maxsize=8)
def _read(markup: str) -> _Read:
    """One pass over the markup for both hidden_parts and html_text (the scan asks for both)."""
    out = _Read()
    stack: list[tuple[str, bool]] = []  # open elements: (tag, hidden)
    for kind, tag, payload in _tokens(markup[:MAX_HTML_CHARS]):
        if kind == "text":
            data = html_lib.unescape(payload) if "&" in payload else payload
            out.text.append(data)
            if stack and stack[-1][1] and data.strip():
                out.hidden.append(data.strip())
        elif kind == "comment":
            body = payload.strip()
            # Conditional comments of Outlook (<!--[if mso]>) are layout, not text.
            if body and not body.startswith("[if") and not body.startswith("[endif"):
                out.comments.append(body)
        elif kind == "start":
            attrs = _attributes(payload) if payload else {}
            out.attrs.extend(v for k, v in attrs.items() if k in _TEXT_ATTRS and v and len(v.split()) >= 3)
            out.text.append("\n" if tag == "br" else " ")
            if tag in _VOID or payload.rstrip().endswith("/"):
                continue
            parent = bool(stack and stack[-1][1])
            stack.append((tag, parent or _is_hidden(tag, attrs)))
        else:
            out.text.append("\n" if tag in _LINE_END_TAGS else " ")
            for depth in range(len(stack) - 1, max(-1, len(stack) - 1 - _END_TAG_REACH), -1):
                if stack[depth][0] == tag:
                    del stack[depth:]
                    break
    return out


def hidden_parts(html: str) -> dict[str, list[str]]:
    """{'hidden': [...], 'comment': [...], 'attribute': [...]} from raw HTML; never raises on bad markup."""
    read = _read(html or "")
    return {"hidden": list(read.hidden), "comment": list(read.comments), "attribute": list(read.attrs)}


def html_text(html: str) -> str:
    """All text of the HTML (visible and hidden), tags removed: the model may see any of it."""
    return "".join(_read(html or "").text)
