"""Shadow mode over a real IMAP mailbox: every flag and UID stays as it was, \\Seen and \\Recent
included, and dunmail's database gains no row."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select
from sqlmodel import SQLModel

import adapters.db.tables  # noqa: F401 - registers every table on SQLModel.metadata
from adapters.db.db import make_engine
from dunmail.migrate import upgrade
from dunmail.shadow_sources import header_fields
from tests.shadow.conftest import report_of, rows_by_id
from tests.shadow.mail import (
    COLLECTOR_ANSWER,
    COLLECTOR_ANSWER_TEXT,
    IN_WINDOW,
    INBOX,
    SINCE,
)

pytestmark = pytest.mark.dovecot


def _client(dovecot) -> IMAPClient:
    client = IMAPClient(dovecot.host, port=dovecot.port, ssl=False)
    client.login(dovecot.username, dovecot.password)
    return client


def _append(client: IMAPClient, folder: str, raw: bytes, flags: tuple[bytes, ...]) -> None:
    sent_at = header_fields(raw).sent_at or datetime.now(UTC)  # INTERNALDATE = when it arrived, for SEARCH SINCE
    client.append(folder, raw, flags=flags, msg_time=sent_at)


def _folder_state(client: IMAPClient, folder: str) -> tuple[int, int, dict[int, list[bytes]]]:
    """UIDVALIDITY, UIDNEXT and every message's flags, looked at without changing them (EXAMINE)."""
    info = client.select_folder(folder, readonly=True)
    uids = client.search(["ALL"])
    flags = client.get_flags(uids) if uids else {}
    return int(info[b"UIDVALIDITY"]), int(info[b"UIDNEXT"]), {uid: sorted(f) for uid, f in flags.items()}


def _row_counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in SQLModel.metadata.sorted_tables}
    finally:
        engine.dispose()


def test_shadow_over_imap_changes_no_flag_no_uid_and_no_row(dovecot, database_url, tmp_path, shadow_cli) -> None:
    client = _client(dovecot)
    flag_sets = [(), (b"\\Seen",), (), (b"\\Flagged",), (b"\\Seen", b"\\Answered"), (), ()]
    for raw, flags in zip(INBOX, flag_sets, strict=True):
        _append(client, "INBOX", raw, flags)
    _append(client, "Sent", COLLECTOR_ANSWER, (b"\\Seen",))
    before = {folder: _folder_state(client, folder) for folder in ("INBOX", "Sent")}
    assert any(b"\\Recent" in f for f in before["INBOX"][2].values())  # a read-write SELECT would have cleared these
    upgrade(database_url)
    rows_before = _row_counts(database_url)

    env = {"DUNMAIL_INBOX_SOURCE": "imap", "DUNMAIL_IMAP_HOST": dovecot.host, "DUNMAIL_IMAP_PORT": str(dovecot.port),
           "DUNMAIL_IMAP_SECURITY": "plain", "DUNMAIL_IMAP_USERNAME": dovecot.username, "DUNMAIL_IMAP_PASSWORD": dovecot.password,
           "DATABASE_URL": database_url}
    result = shadow_cli("--since", SINCE, "--out", str(tmp_path / "out"), env=env)

    assert result.exit_code == 0, result.output
    after = {folder: _folder_state(client, folder) for folder in ("INBOX", "Sent")}
    assert after == before
    assert _row_counts(database_url) == rows_before == dict.fromkeys(rows_before, 0)
    assert not (tmp_path / "data" / "checkpoints.sqlite").exists()
    report = report_of(tmp_path / "out")
    assert sorted(rows_by_id(report), key=str) == sorted(IN_WINDOW, key=str)
    promise = rows_by_id(report)["<promise-1@acme-tools.example>"]
    assert promise["outcome"] == "draft" and promise["actual"]["body"].strip() == COLLECTOR_ANSWER_TEXT.strip()
    assert 0 < promise["similarity"] < 1
    client.logout()


def test_a_rerun_over_imap_continues_after_the_last_uid_done(dovecot, tmp_path, shadow_cli) -> None:
    client = _client(dovecot)
    for raw in INBOX:
        _append(client, "INBOX", raw, ())
    env = {"DUNMAIL_INBOX_SOURCE": "imap", "DUNMAIL_IMAP_HOST": dovecot.host, "DUNMAIL_IMAP_PORT": str(dovecot.port),
           "DUNMAIL_IMAP_SECURITY": "plain", "DUNMAIL_IMAP_USERNAME": dovecot.username, "DUNMAIL_IMAP_PASSWORD": dovecot.password}
    first = shadow_cli("--since", SINCE, "--out", str(tmp_path / "out"), "--limit", "2", env=env)
    assert first.exit_code == 0 and "2 message(s) replayed" in first.output, first.output
    second = shadow_cli("--since", SINCE, "--out", str(tmp_path / "out"), env=env)
    assert second.exit_code == 0, second.output
    assert f"{len(IN_WINDOW) - 2} message(s) replayed (continued after" in second.output
    report = report_of(tmp_path / "out")
    assert [row["key"] for row in report["rows"]] == sorted({row["key"] for row in report["rows"]}, key=lambda k: int(k.split(":")[1]))
    assert len(report["rows"]) == len(IN_WINDOW)
    client.logout()


def test_a_sent_folder_that_is_not_there_is_one_clear_line(dovecot, tmp_path, shadow_cli) -> None:
    env = {"DUNMAIL_INBOX_SOURCE": "imap", "DUNMAIL_IMAP_HOST": dovecot.host, "DUNMAIL_IMAP_PORT": str(dovecot.port),
           "DUNMAIL_IMAP_SECURITY": "plain", "DUNMAIL_IMAP_USERNAME": dovecot.username, "DUNMAIL_IMAP_PASSWORD": dovecot.password}
    result = shadow_cli("--since", SINCE, "--sent", "Gesendet", "--out", str(tmp_path / "out"), env=env)
    assert result.exit_code == 1 and "cannot open IMAP folder 'Gesendet'" in result.output and "Traceback" not in result.output


def test_a_folder_renumbered_since_the_run_began_is_refused_not_replayed_twice(dovecot, tmp_path, shadow_cli) -> None:
    """A folder recreated or restored between runs gets a new UIDVALIDITY and new UIDs for the same
    messages: continuing would add them to the report a second time."""
    client = _client(dovecot)
    client.create_folder("Archive")
    for raw in INBOX:
        _append(client, "Archive", raw, ())
    env = {"DUNMAIL_IMAP_HOST": dovecot.host, "DUNMAIL_IMAP_PORT": str(dovecot.port), "DUNMAIL_IMAP_SECURITY": "plain",
           "DUNMAIL_IMAP_USERNAME": dovecot.username, "DUNMAIL_IMAP_PASSWORD": dovecot.password}
    first = shadow_cli("--since", SINCE, "--source", "imap", "Archive", "--out", str(tmp_path / "out"), "--limit", "2", env=env)
    assert first.exit_code == 0, first.output
    validity = _folder_state(client, "Archive")[0]
    client.select_folder("INBOX", readonly=True)
    client.delete_folder("Archive")  # restored from a backup: the same mail under new UIDs
    client.create_folder("Archive")
    for raw in INBOX:
        _append(client, "Archive", raw, ())
    assert _folder_state(client, "Archive")[0] != validity

    again = shadow_cli("--since", SINCE, "--source", "imap", "Archive", "--out", str(tmp_path / "out"), env=env)

    assert again.exit_code == 1 and "renumbered" in again.output and "--restart" in again.output and "Traceback" not in again.output
    assert len(report_of(tmp_path / "out")["rows"]) == 2  # the report of the first run stands, nothing counted twice
    restarted = shadow_cli("--since", SINCE, "--source", "imap", "Archive", "--out", str(tmp_path / "out"), "--restart", env=env)
    assert restarted.exit_code == 0, restarted.output
    assert sorted(rows_by_id(report_of(tmp_path / "out")), key=str) == sorted(IN_WINDOW, key=str)
    client.logout()
