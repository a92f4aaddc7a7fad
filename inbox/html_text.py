"""HTML mail → plain text (html2text), and the HTML cut before the quoted history."""

from __future__ import annotations

import re

import html2text

# Where mail clients start the quoted history in HTML. Everything from the first match on is
# history; the text before it is the new reply. Client markers are matched on the raw HTML.
HTML_QUOTE_MARKERS = re.compile(
    r"""<div[^>]*class=["']?gmail_quote"""
    r"""|<div[^>]*class=["']?gmail_attr"""
    r"""|<blockquote"""
    r"""|<div[^>]*id=["']?(?:divRplyFwdMsg|appendonsend|OLK_SRC_BODY_SECTION|mail-editor-reference-message-container)"""
    r"""|<span[^>]*id=["']?OLK_SRC_BODY_SECTION"""
    r"""|<div[^>]*class=["']?(?:OutlookMessageHeader|moz-cite-prefix|yahoo_quoted|protonmail_quote|zmail_extra)"""
    r"""|<hr[^>]*id=["']?stopSpelling"""
    r"""|<div[^>]*style=["'][^"'>]*border-top:\s*solid\s*#(?:B5C4DF|E1E1E1)"""
    r"""|<hr[^>]*tabindex=["']?-1"""
    r"""|<div[^>]*>\s*(?:<font[^>]*>\s*)?(?:<b>\s*)?-{3,}\s*Original Message\s*-{3,}""",
    re.IGNORECASE,
)
_SCRIPT_STYLE = re.compile(r"<(script|style|head)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_CONDITIONAL = re.compile(r"<!--.*?-->", re.DOTALL)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: links kept inline, images and styling dropped."""
    cleaned = _CONDITIONAL.sub("", _SCRIPT_STYLE.sub("", html))
    conv = html2text.HTML2Text()
    conv.body_width = 0
    conv.ignore_images = True
    conv.ignore_emphasis = True
    conv.ignore_tables = True
    conv.protect_links = False
    conv.ignore_mailto_links = True
    conv.unicode_snob = True
    try:
        text = conv.handle(cleaned)
    except Exception:  # noqa: BLE001 - html2text on hostile HTML: fall back to tag stripping
        text = re.sub(r"<[^>]+>", " ", cleaned)
    text = text.replace("\u00a0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def html_before_quote(html: str) -> str:
    """The HTML up to the first quoted-history marker (the whole HTML when there is none)."""
    match = HTML_QUOTE_MARKERS.search(html)
    return html[: match.start()] if match else html
