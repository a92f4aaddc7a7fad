"""Shadow mode over exported mailboxes (Maildir, mbox): files are only read, and the report says what
dunmail would have done with each reply in the window."""

from __future__ import annotations

import mailbox
from pathlib import Path

from tests.shadow.conftest import report_of, rows_by_id
from tests.shadow.mail import COLLECTOR_ANSWER_TEXT, IN_WINDOW, INBOX, SENT, SINCE


def _tree(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root with its bytes and modification time: what a read-only reader leaves alone."""
    return {str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(root.rglob("*")) if p.is_file()}


def _maildir(path: Path, messages: list[bytes], seen_every: int = 2) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(str(path), create=True)
    for i, raw in enumerate(messages):
        msg = mailbox.MaildirMessage(raw)
        if i % seen_every == 0:  # some read in a mail client already (cur/, flag S), some still new/
            msg.set_subdir("cur")
            msg.add_flag("S")
        box.add(msg)
    return path


def _mbox(path: Path, messages: list[bytes]) -> Path:
    box = mailbox.mbox(str(path), create=True)
    for raw in messages:
        box.add(raw)
    box.close()
    return path


def test_a_maildir_is_only_read_and_every_reply_in_the_window_is_reported(tmp_path, shadow_cli) -> None:
    inbox = _maildir(tmp_path / "export" / "inbox", INBOX)
    sent = _maildir(tmp_path / "export" / "sent", SENT)
    before = _tree(tmp_path / "export")

    result = shadow_cli("--since", SINCE, "--source", "maildir", str(inbox), "--sent", str(sent), "--out", str(tmp_path / "out"))

    assert result.exit_code == 0, result.output
    assert _tree(tmp_path / "export") == before  # nothing moved from new/ to cur/, no flag, no new file
    report = report_of(tmp_path / "out")
    assert sorted(rows_by_id(report), key=str) == sorted(IN_WINDOW, key=str)  # the 2025 reply lies before --since
    promise = rows_by_id(report)["<promise-1@acme-tools.example>"]
    assert promise["actual"]["body"].strip() == COLLECTOR_ANSWER_TEXT.strip()
    assert not (tmp_path / "data").exists()  # no database, no checkpoints: nothing of dunmail's was written


def test_an_mbox_export_is_replayed_in_order_and_left_as_it_was(tmp_path, shadow_cli) -> None:
    inbox = _mbox(tmp_path / "inbox.mbox", INBOX)
    sent = _mbox(tmp_path / "sent.mbox", SENT)
    before = (inbox.read_bytes(), inbox.stat().st_mtime_ns, sent.read_bytes(), sent.stat().st_mtime_ns)

    result = shadow_cli("--since", SINCE, "--source", "mbox", str(inbox), "--sent", str(sent), "--out", str(tmp_path / "out"))

    assert result.exit_code == 0, result.output
    assert (inbox.read_bytes(), inbox.stat().st_mtime_ns, sent.read_bytes(), sent.stat().st_mtime_ns) == before
    report = report_of(tmp_path / "out")
    assert [row["message_id"] or None for row in report["rows"]] == IN_WINDOW
    assert report["answered_in_sent"] == 1


def test_an_mbox_source_needs_its_file_and_a_missing_one_is_one_clear_line(tmp_path, shadow_cli) -> None:
    no_path = shadow_cli("--since", SINCE, "--source", "mbox")
    assert no_path.exit_code == 1 and "needs the mbox file" in no_path.output
    missing = shadow_cli("--since", SINCE, "--source", "mbox", str(tmp_path / "nope.mbox"), "--out", str(tmp_path / "out"))
    assert missing.exit_code == 1 and "is not an mbox file" in missing.output and "Traceback" not in missing.output
    bad_date = shadow_cli("--since", "last tuesday", "--source", "mbox", str(tmp_path / "nope.mbox"))
    assert bad_date.exit_code != 0 and "not a date" in bad_date.output


def test_an_erp_mirror_that_was_never_synced_stops_the_run_and_creates_no_database(tmp_path, shadow_cli) -> None:
    inbox = _mbox(tmp_path / "inbox.mbox", INBOX)
    result = shadow_cli("--since", SINCE, "--source", "mbox", str(inbox), "--out", str(tmp_path / "out"), env={"DUNMAIL_ERP": "csv"})
    assert result.exit_code == 1 and "dunmail erp sync" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "data").exists()


def test_an_erp_mirror_without_its_tables_is_one_clear_line_not_a_report_of_errors(tmp_path, shadow_cli) -> None:
    inbox = _mbox(tmp_path / "inbox.mbox", INBOX)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "dunmail.db").touch()  # a database that was never migrated
    result = shadow_cli("--since", SINCE, "--source", "mbox", str(inbox), "--out", str(tmp_path / "out"), env={"DUNMAIL_ERP": "csv"})
    assert result.exit_code == 1 and "cannot read the ERP (DUNMAIL_ERP=csv)" in result.output
    assert not (tmp_path / "out" / "report.json").exists()
