"""Inbox test setup: a migrated SQLite database in tmp and Settings pointing at the test servers."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from adapters.db.db import make_engine
from dunmail.migrate import upgrade
from dunmail.settings import Settings


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'dunmail.db'}"
    upgrade(url)
    return url


@pytest.fixture
def engine(db_url: str) -> Engine:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


def settings_for(dovecot, smtp=None, **extra) -> Settings:  # noqa: ANN001
    values = dict(
        inbox_source="imap",
        imap_host=dovecot.host,
        imap_port=dovecot.port,
        imap_security="plain",
        imap_username=dovecot.username,
        imap_password=dovecot.password,
        imap_folders=["INBOX"],
        imap_sent_folder="Sent",
        imap_idle_seconds=5,
        imap_poll_seconds=1,
    )
    if smtp is not None:
        values.update(outbox="smtp", smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="plain")
    values.update(extra)
    return Settings(**values)


def mail(n: int, subject: str | None = None, **headers: str) -> bytes:
    extra = "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in headers.items())
    return (
        f"From: Customer {n} <ap{n}@customer.example>\r\nTo: ar@northwind-supplies.example\r\n"
        f"Subject: {subject or f'Invoice {n}'}\r\nMessage-ID: <msg-{n}@customer.example>\r\n"
        f"Date: Mon, 3 Mar 2025 10:00:00 +0100\r\n{extra}\r\nWe will pay invoice {n} on Friday.\r\n"
    ).encode()
