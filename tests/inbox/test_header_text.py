"""Plain headers read without the header registry (inbox/parse.header_text's fast path) read exactly as the
registry reads them: on generated values with folds, and on every such header of the shared real-world corpora."""

from __future__ import annotations

import email
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbox.header_memo import POLICY
from inbox.parse import _STRUCTURED, clean_str, header_text

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
