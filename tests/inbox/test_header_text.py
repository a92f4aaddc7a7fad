"""Plain headers read without the header registry (inbox/parse.header_text's fast paths: unstructured headers, plain
address lists and message ids, dates) read exactly as the registry reads them: on generated values with folds and
near misses, and on every such header of the shared real-world corpora."""

from __future__ import annotations

import email
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbox.header_memo import POLICY
from inbox.parse import (
    _STRUCTURED,
    _all_headers,
    _registry_date,
    _registry_headers,
    _registry_text,
    _sent_date,
    clean_str,
    header_text,
)

CORPORA = Path(__file__).resolve().parents[2] / "../shared/corpora"
_PRINTABLE = st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=12)
_WORDS = st.lists(_PRINTABLE, min_size=1, max_size=8)


def _registry(msg: email.message.Message, name: str) -> str:
    return clean_str(str(msg.get(name))).strip()


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, folds=st.lists(st.sampled_from([" ", "\t", "\r\n ", "\r\n\t", "\n  ", "  "]), min_size=8, max_size=8),
       name=st.sampled_from(["Subject", "References", "In-Reply-To", "Auto-Submitted", "X-Autoreply", "List-Id", "Thread-Topic"]))
def test_a_plain_header_reads_as_the_registry_reads_it(words: list[str], folds: list[str], name: str) -> None:
    value = "".join(w + f for w, f in zip(words, folds)).rstrip()
    if "=?" in value:
        return
    raw = f"From: a@b.example\r\n{name}: {value}\r\n\r\nbody\r\n".encode()
    msg = email.message_from_bytes(raw, policy=POLICY)
    assert header_text(msg, name) == _registry(msg, name)


@pytest.mark.skipif(not CORPORA.is_dir(), reason=f"shared corpora not found at {CORPORA.resolve()} (a plain clone has none)")
def test_every_plain_header_of_real_mail_reads_as_the_registry_reads_it() -> None:
    compared = 0
    for path in sorted(CORPORA.rglob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=POLICY)
        for name in dict.fromkeys(k for k, _ in msg.raw_items()):
            if name.lower() in _STRUCTURED:
                continue
            try:
                expected = _registry(msg, name)
            except Exception:  # noqa: BLE001, S112 - values the registry refuses take header_text's other path
                continue
            assert header_text(msg, name) == expected, (path.name, name)
            compared += 1
    assert compared > 3000


_ADDRESS_PIECES = st.sampled_from(["anna.berg@acme-tools.example", "ap@acme.example", "Anna Berg", "Anna  Berg", "<", ">", ", ", ",", " ",
                                   "\r\n ", "\"Berg, Anna\"", "(comment)", "=?utf-8?q?B=C3=A9rg?=", "x_y%z+1@a-b.c", "a..b@c.d", "@", ".",
                                   "Bérg", "undisclosed-recipients:;", "<>", "a@b", "<a@b.example>", "O'Brien", "\t"])


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(_ADDRESS_PIECES, min_size=1, max_size=7), name=st.sampled_from(["From", "To", "Cc", "Reply-To", "Message-ID"]),
       repeat=st.booleans())
def test_a_plain_address_or_message_id_reads_as_the_registry_reads_it(pieces: list[str], name: str, repeat: bool) -> None:
    value = "".join(pieces).strip()
    value = f"\r\n {value}" if pieces[0] == "\t" else value  # a value folded onto its own line
    raw = f"Subject: s\r\n{name}: {value}\r\n" + (f"{name}: {value}\r\n" if repeat else "") + "\r\nbody\r\n"
    msg = email.message_from_bytes(raw.encode("utf-8", "surrogateescape"), policy=POLICY)
    assert header_text(msg, name) == _registry_text(msg, name)
    assert _all_headers(msg, name) == _registry_headers(msg, name)


_DATES = st.sampled_from(["Mon, 16 Nov 2026 16:23:56 +0000", "16 Nov 2026 16:23:56 -0500", "Mon, 16 Nov 26 16:23 EST", "Mon, 16 Nov 2026 16:23:56 -0000",
                          "Mon, 16 Nov 2026 16:23:56 GMT", "Mon, 16 Nov 2026 16:23:56 XYZ", "Mon, 16 Nov 2026 25:23:56 +0000", "garbage", "",
                          "Mon, 16 Nov 2026 16:23:56 +0530 (IST)", "Mon,\r\n 16 Nov 2026 16:23:56 +0100", "Tue, 1 Jan 0150 00:00:00 +0000",
                          "Mon, 16 Nov 2026 16:23:60 +0000", "Mon, 16 Nov 2026 16:23:56 +9999", "lun., 16 nov. 2026 16:23:56 +0100",
                          "Mon, 16 Nov 2026 16:23:56 +0000 extra", "16 Nov 2026", "Mon, 31 Feb 2026 10:00:00 +0000"])


@settings(max_examples=200, deadline=None)
@given(value=_DATES)
def test_a_date_reads_as_the_registry_reads_it(value: str) -> None:
    msg = email.message_from_bytes(f"Subject: s\r\nDate: {value}\r\n\r\nbody\r\n".encode(), policy=POLICY)
    ours, theirs = _sent_date(msg), _registry_date(msg)
    assert ours == theirs and (ours is None or (ours.isoformat(), ours.tzinfo) == (theirs.isoformat(), theirs.tzinfo))  # type: ignore[union-attr]


@pytest.mark.skipif(not CORPORA.is_dir(), reason=f"shared corpora not found at {CORPORA.resolve()} (a plain clone has none)")
def test_every_address_message_id_and_date_of_real_mail_reads_as_the_registry_reads_it() -> None:
    compared = 0
    for path in sorted(CORPORA.rglob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=POLICY)
        for name in ("From", "To", "Cc", "Reply-To", "Message-ID"):
            assert header_text(msg, name) == _registry_text(msg, name), (path.name, name)
            assert _all_headers(msg, name) == _registry_headers(msg, name), (path.name, name)
        ours, theirs = _sent_date(msg), _registry_date(msg)
        assert ours == theirs and (ours is None or ours.isoformat() == theirs.isoformat()), path.name  # type: ignore[union-attr]
        compared += 1
    assert compared > 300
