"""Text a reader of the HTML part never sees but a model would: comments, hidden elements, attributes.

We read the raw HTML (never the text rendering) because the renderer drops exactly the parts an
attacker uses: display:none, white or zero-size text, off-screen boxes, comments, alt/title text.
"""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|font-size\s*:\s*[01](?:\.\d+)?\s*(?:px|pt|em|rem)?\s*(?:;|$)"
    r"|(?:^|;)\s*(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$)|(?:left|top|text-indent)\s*:\s*-\d{3,}"
    r"|color\s*:\s*(?:#f{3}\b|#f{6}\b|white\b|rgba?\(\s*255\s*,\s*255\s*,\s*255|transparent)"
    r"|clip\s*:\s*rect\(\s*0",
    re.I,
)
_VOID = {"br", "img", "hr", "meta", "input", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
_TEXT_ATTRS = ("alt", "title", "aria-label", "content", "data-instructions", "placeholder", "value")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # hidden flag per open element
        self.hidden: list[str] = []
        self.comments: list[str] = []
        self.attrs: list[str] = []

    def _is_hidden(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag in {"template", "noscript", "title"} or "hidden" in a:
            return True
        return bool(_HIDDEN_STYLE.search(a.get("style", "")))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key.lower() in _TEXT_ATTRS and value and len(value.split()) >= 3:
                self.attrs.append(value)
        if tag in _VOID:
            return
        parent = bool(self.stack and self.stack[-1])
        self.stack.append(parent or self._is_hidden(tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.lasttag in {"script", "style"}:
            return
        if self.stack and self.stack[-1] and data.strip():
            self.hidden.append(data.strip())

    def handle_comment(self, data: str) -> None:
        # Conditional comments of Outlook (<!--[if mso]>) are layout, not text.
        if data.strip() and not data.lstrip().startswith("[if") and not data.strip().startswith("[endif"):
            self.comments.append(data.strip())


def hidden_parts(html: str) -> dict[str, list[str]]:
    """{'hidden': [...], 'comment': [...], 'attribute': [...]} from raw HTML; never raises on bad markup."""
    collector = _Collector()
    try:
        collector.feed(html or "")
        collector.close()
    except Exception:  # noqa: BLE001 - malformed HTML: fall back to a regex for comments
        collector.comments.extend(m.strip() for m in re.findall(r"<!--(.*?)-->", html or "", re.S))
    return {"hidden": collector.hidden, "comment": collector.comments, "attribute": collector.attrs}


def html_text(html: str) -> str:
    """All text of the HTML (visible and hidden), tags removed: the model may see any of it."""
    text = re.sub(r"<!--.*?-->", " ", html or "", flags=re.S)
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", text, flags=re.I)
    text = re.sub(r"<[^>]+>", " ", text)
    return html_lib.unescape(text)
