"""Measure the inbox parser on the shared corpora (../shared/corpora): MIME no-crash rate,
bounce and auto-reply detection, visible-text agreement (ours vs email-reply-parser).

    .venv/bin/python bench/inbox_corpus.py            # prints the figures
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[1] / "../shared/corpora"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _nows(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


@dataclass
class Figures:
    mime_total: int = 0
    mime_parsed: int = 0
    mime_unparseable: int = 0
    mime_crashed: list[str] = field(default_factory=list)
    bounce_total: int = 0
    bounce_detected: int = 0
    bounce_with_recipient: int = 0
    bounce_status_right: int = 0
    bounce_status_total: int = 0
    nonbounce_total: int = 0
    nonbounce_false_positive: list[str] = field(default_factory=list)
    auto_total: int = 0
    auto_detected: int = 0
    replies_total: int = 0
    replies_ours: int = 0
    replies_erp: int = 0
    replies_misses: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def rate(self, a: int, b: int) -> float:
        return a / b if b else 0.0


def mime(fig: Figures, root: Path) -> None:
    from inbox.parse import UnparseableMessage, parse_message

    for row in map(json.loads, (root / "mime/manifest.jsonl").read_text().splitlines()):
        raw = (root / "mime" / row["file"]).read_bytes()
        fig.mime_total += 1
        try:
            parse_message(raw)
            fig.mime_parsed += 1
        except UnparseableMessage:
            fig.mime_unparseable += 1
        except Exception as exc:  # noqa: BLE001 - what we measure
            fig.mime_crashed.append(f"{row['file']}: {type(exc).__name__}: {exc}")


def bounces(fig: Figures, root: Path) -> None:
    from inbox.parse import UnparseableMessage, parse_message

    for row in map(json.loads, (root / "bounces/manifest.jsonl").read_text().splitlines()):
        raw = (root / "bounces" / row["file"]).read_bytes()
        try:
            parsed = parse_message(raw)
        except UnparseableMessage:
            parsed = None
        if row["is_bounce"]:
            fig.bounce_total += 1
            if parsed and parsed.is_bounce:
                fig.bounce_detected += 1
                if parsed.bounce and parsed.bounce.failed_recipients:
                    fig.bounce_with_recipient += 1
                expected = (row["recipients"] or [{}])[0].get("status") or ""
                if expected and re.fullmatch(r"[245]\.\d+\.\d+", expected):
                    fig.bounce_status_total += 1
                    if parsed.bounce and parsed.bounce.status == expected:
                        fig.bounce_status_right += 1
        else:
            fig.nonbounce_total += 1
            if parsed and parsed.is_bounce:
                fig.nonbounce_false_positive.append(row["file"])
        if row.get("is_autoreply"):
            fig.auto_total += 1
            if parsed and parsed.is_auto_reply:
                fig.auto_detected += 1


def _reply_cases(root: Path):  # noqa: ANN202 - yields (id, kind, text-or-html, expected)
    from inbox.parse import parse_message

    base = root / "replies"
    for row in map(json.loads, (base / "manifest.jsonl").read_text().splitlines()):
        expected = row.get("expected_visible_text")
        if expected is None or row["format"] == "jsonl":
            continue
        path = base / row["file"]
        if row["format"] == "plain_text_body":
            yield row["file"], "text", path.read_text(errors="replace"), expected
        elif row["format"] == "rfc822":
            parsed = parse_message(path.read_bytes())
            yield row["file"], "text", parsed.text, expected
        elif row["format"] == "html_body":
            yield row["file"], "html", path.read_text(errors="replace"), expected
    for line in (base / "talon/text_quotation_cases.jsonl").read_text().splitlines():
        case = json.loads(line)
        if case.get("notes") and "patch" in case["notes"]:
            continue  # these depend on a patched talon setting
        yield case["id"], "text", case["input_text"], case["expected_visible_text"]


def replies(fig: Figures, root: Path) -> None:
    from email_reply_parser import EmailReplyParser

    from core.text.quotes import visible_text
    from inbox.html_text import html_before_quote, html_to_text

    for case_id, kind, body, expected in _reply_cases(root):
        fig.replies_total += 1
        if kind == "html":
            ours = html_to_text(html_before_quote(body))
            ours = visible_text(ours)
            theirs = EmailReplyParser.parse_reply(html_to_text(body))
            same = _nows(ours) == _nows(expected)
            fig.replies_erp += _nows(theirs) == _nows(expected)
        else:
            ours = visible_text(body)
            theirs = EmailReplyParser.parse_reply(body)
            same = _squash(ours) == _squash(expected)
            fig.replies_erp += _squash(theirs) == _squash(expected)
        fig.replies_ours += same
        if not same:
            fig.replies_misses.append(f"{case_id}: got {ours[:70]!r} want {expected[:70]!r}")


def measure(root: Path = CORPORA) -> Figures:
    fig = Figures()
    start = time.monotonic()
    mime(fig, root)
    bounces(fig, root)
    replies(fig, root)
    fig.seconds = time.monotonic() - start
    return fig


def report(fig: Figures, verbose: bool = False) -> str:
    lines = [
        f"MIME: {fig.mime_total} files, {fig.mime_parsed} parsed, {fig.mime_unparseable} unparseable (with reason), {len(fig.mime_crashed)} crashed",
        f"Bounces: detected {fig.bounce_detected}/{fig.bounce_total} = {fig.rate(fig.bounce_detected, fig.bounce_total):.1%};"
        f" failed recipient found {fig.bounce_with_recipient}/{fig.bounce_detected};"
        f" status code right {fig.bounce_status_right}/{fig.bounce_status_total} = {fig.rate(fig.bounce_status_right, fig.bounce_status_total):.1%}",
        f"Non-bounces flagged as bounce: {len(fig.nonbounce_false_positive)}/{fig.nonbounce_total} {fig.nonbounce_false_positive}",
        f"Auto-replies (RFC 3834 samples): {fig.auto_detected}/{fig.auto_total}",
        f"Visible text agreement: ours {fig.replies_ours}/{fig.replies_total} = {fig.rate(fig.replies_ours, fig.replies_total):.1%};"
        f" email-reply-parser {fig.replies_erp}/{fig.replies_total} = {fig.rate(fig.replies_erp, fig.replies_total):.1%}",
        f"Time: {fig.seconds:.1f} s",
    ]
    if verbose:
        lines += ["crashes:", *fig.mime_crashed, "reply misses:", *fig.replies_misses]
    return "\n".join(lines)


if __name__ == "__main__":
    if not CORPORA.is_dir():
        sys.exit(f"corpora not found at {CORPORA.resolve()}")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    print(report(measure(), verbose="-v" in sys.argv))
