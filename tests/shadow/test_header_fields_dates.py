"""Shadow mode's header fields read an ASCII Date directly (dunmail/shadow_sources.py `_sent_at`): the same time as
reading it through the header registry, on generated dates and on every message of the shared corpora."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dunmail.shadow_sources import _date_of, _sent_at, header_fields
from inbox.header_memo import POLICY

CORPORA = Path(__file__).resolve().parents[2] / "../shared/corpora"
_DATES = st.sampled_from(["Mon, 16 Nov 2026 16:23:56 +0000", "16 Nov 2026 16:23:56 -0500", "Mon, 16 Nov 26 16:23 EST", "Mon, 16 Nov 2026 16:23:56 -0000",
                          "Mon, 16 Nov 2026 16:23:56 XYZ", "Mon, 16 Nov 2026 25:23:56 +0000", "garbage", "", "Mon, 16 Nov 2026 16:23:56 +0530 (IST)",
                          "Mon,\r\n 16 Nov 2026 16:23:56 +0100", "Tue, 1 Jan 0150 00:00:00 +0000", "Mon, 16 Nov 2026 16:23:56 +9999",
                          "lun., 16 nov. 2026 16:23:56 +0100", "16 Nov 2026", "Mon, 31 Feb 2026 10:00:00 +0000", "Mon, 16 Nov 2026 16:23:60 +0000"])


def _registry_way(raw: bytes) -> object:
    msg = email.message_from_bytes(raw, policy=policy.default)
    try:
        return _date_of(str(msg.get("Date", "") or ""))
    except Exception as exc:  # noqa: BLE001 - header_fields then gives up on the headers: compared by type
        return type(exc)


def _ours(raw: bytes) -> object:
    try:
        return _sent_at(email.message_from_bytes(raw, policy=POLICY))
    except Exception as exc:  # noqa: BLE001
        return type(exc)


@settings(max_examples=200, deadline=None)
@given(value=_DATES)
def test_a_date_reads_as_through_the_registry(value: str) -> None:
    raw = f"Subject: s\r\nDate: {value}\r\n\r\nbody\r\n".encode()
    ours, theirs = _ours(raw), _registry_way(raw)
    assert ours == theirs and str(ours) == str(theirs)
    assert header_fields(raw).sent_at == (theirs if not isinstance(theirs, type) else None)


@pytest.mark.skipif(not CORPORA.is_dir(), reason=f"shared corpora not found at {CORPORA.resolve()} (a plain clone has none)")
def test_every_date_of_real_mail_reads_as_through_the_registry() -> None:
    paths = sorted(CORPORA.rglob("*.eml"))
    for path in paths:
        raw = path.read_bytes()
        ours, theirs = _ours(raw), _registry_way(raw)
        assert ours == theirs and str(ours) == str(theirs), path.name
    assert len(paths) > 300
