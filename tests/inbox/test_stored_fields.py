"""Storing a message reads its Message-ID, From, Subject and authored-content hash from one parse of its header
block (adapters/mail/store.py read_stored_fields): the same values as the two reads it replaced, so a message
stored before is still found a duplicate by its hash."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from adapters.mail.store import _header_fields, authored_hash, read_stored_fields

CORPORA = Path(__file__).resolve().parents[2] / "../shared/corpora"
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Received", "X-Mailer", "subject", "MESSAGE-ID"]
VALUES = st.sampled_from(["Jo <jo@acme.example>", "<a@b.example>", "=?utf-8?q?Gr=C3=BC=C3=9Fe?=", "Re: INV-1\r\n\tfolded", "  spaced   out ",
                          "", "a@b.example, c@d.example", "(comment) <x@y>"]) | st.text(max_size=20)
HEADERS = st.lists(st.tuples(st.sampled_from(NAMES), VALUES), max_size=8)


def _raw(headers: list[tuple[str, str]], body: bytes, crlf: bool) -> bytes:
    nl = b"\r\n" if crlf else b"\n"
    head = nl.join(f"{n}: {v}".encode("utf-8", "surrogateescape") for n, v in headers)
    return head + nl + nl + body


@FAST
@given(headers=HEADERS, body=st.binary(max_size=40), crlf=st.booleans())
@example(headers=[("Subject", "Caf\udce9")], body=b"x", crlf=True)  # a byte that is not ASCII: compat32 reads a Header
@example(headers=[("From", "a@b.example")], body=b"", crlf=False)
def test_one_parse_reads_what_the_two_reads_did(headers: list[tuple[str, str]], body: bytes, crlf: bool) -> None:
    raw = _raw(headers, body, crlf)
    assert read_stored_fields(raw) == (_header_fields(raw), authored_hash(raw))


@pytest.mark.parametrize("raw", [b"", b"no header block at all", b"From: a@b.example", b":\r\n\r\nbody", b"\xff\xfe: \x00\r\n\r\n"])
def test_odd_bytes_read_as_before(raw: bytes) -> None:
    assert read_stored_fields(raw) == (_header_fields(raw), authored_hash(raw))


@pytest.mark.skipif(not CORPORA.is_dir(), reason=f"shared corpora not found at {CORPORA.resolve()} (a plain clone has none)")
def test_real_mail_reads_as_before() -> None:
    paths = sorted(CORPORA.rglob("*.eml"))
    for path in paths:
        raw = path.read_bytes()
        assert read_stored_fields(raw) == (_header_fields(raw), authored_hash(raw)), path.name
    assert len(paths) > 100
