"""A remembered header read never outlives a change to the headers (inbox/header_memo.py)."""

from __future__ import annotations

import email

from inbox.header_memo import POLICY, MemoMessage

RAW = b"From: A <a@example.com>\r\nSubject: =?utf-8?q?caf=C3=A9?=\r\nContent-Type: text/plain; charset=latin-1\r\n\r\nhi\r\n"


def _msg() -> MemoMessage:
    msg = email.message_from_bytes(RAW, policy=POLICY)
    assert isinstance(msg, MemoMessage)
    return msg


def test_reads_are_the_registrys_answers() -> None:
    plain = email.message_from_bytes(RAW, policy=POLICY.clone(message_factory=None))
    msg = _msg()
    for name in ("From", "subject", "Content-Type", "X-Missing"):
        assert str(msg.get(name)) == str(plain.get(name))
        assert msg.get(name) is msg.get(name.upper())  # built once
    assert msg.get("X-Missing", "default") == "default"
    assert msg.get_content_charset() == "latin-1"


def test_a_changed_header_is_read_again() -> None:
    msg = _msg()
    assert str(msg.get("Subject")) == "café"
    msg.replace_header("Subject", "tea")
    assert str(msg.get("Subject")) == "tea"
    msg.set_param("charset", "utf-8")
    assert msg.get_content_charset() == "utf-8"
    del msg["From"]
    assert msg.get("From") is None
    msg["From"] = "b@example.com"
    assert str(msg.get("From")) == "b@example.com"
