"""The dunning commands as an operator runs them: tick, preview, report with CSV, resolve a dispute,
stop and restart one invoice."""

from __future__ import annotations

from sqlmodel import Session, select
from typer.testing import CliRunner

from adapters.db.db import make_engine
from adapters.db.tables import AuditEvent
from dunmail.cli import app
from dunmail.settings import Settings
from tests.dunning.world import write_world


def _add_user(runner: CliRunner, name: str, role: str) -> None:
    added = runner.invoke(app, ["user", "add", name, "--role", role], env={"DUNMAIL_NEW_PASSWORD": "a-long-enough-password"})
    assert added.exit_code == 0, added.output


def test_tick_then_report_writes_a_csv(tmp_path, monkeypatch):
    monkeypatch.setenv("DUNMAIL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DUNMAIL_ERP_WORLD", str(write_world(tmp_path / "world.json")))
    runner = CliRunner()
    _add_user(runner, "alice", "collector")

    preview = runner.invoke(app, ["reminders", "--today", "2026-11-10"])
    assert preview.exit_code == 0, preview.output
    assert "7 reminder(s) due" in preview.output and "flagged do_not_contact" in preview.output

    first = runner.invoke(app, ["tick", "--today", "2026-11-10"])
    assert first.exit_code == 0, first.output
    assert "7 item(s) queued" in first.output  # every customer but the do_not_contact one
    again = runner.invoke(app, ["tick", "--today", "2026-11-10"])
    assert "0 item(s) queued" in again.output
    collector = runner.invoke(app, ["approve-reminders", "1", "--user", "alice"])
    assert collector.exit_code == 1 and "only managers approve reminders in a batch" in collector.output

    out = tmp_path / "metrics.csv"
    report = runner.invoke(app, ["report", "--today", "2026-11-10", "--csv", str(out)])
    assert report.exit_code == 0, report.output
    assert "EUR overdue" in report.output
    assert out.read_text().startswith("metric,value\n")
    assert "EUR overdue by stage: 7 days overdue (standard cadence)" not in out.read_text()  # stage names alone, the cadence is per customer
    assert "EUR overdue by stage: 7 days overdue," in out.read_text()

    bad = runner.invoke(app, ["tick", "--today", "10.11.2026"])
    assert bad.exit_code == 1 and "must be a date like" in bad.output
    nothing = runner.invoke(app, ["resolve-dispute", "C-ACME", "--user", "alice", "--note", "done"])
    assert nothing.exit_code == 1 and "is not paused" in nothing.output


def test_a_stopped_invoice_gets_no_reminder_until_restarted_and_both_are_audited(tmp_path, monkeypatch):
    monkeypatch.setenv("DUNMAIL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DUNMAIL_ERP_WORLD", str(write_world(tmp_path / "world.json")))
    runner = CliRunner()
    _add_user(runner, "alice", "collector")
    _add_user(runner, "victor", "viewer")
    for who in ("nobody", "victor"):  # the audit log names a person who may act
        refused = runner.invoke(app, ["stop-invoice", "INV-2026-2001", "--user", who, "--note", "x"])
        assert refused.exit_code == 1 and f"{who!r} is not an active collector or manager" in refused.output

    stop = runner.invoke(app, ["stop-invoice", "INV-2026-2001", "--user", "alice", "--note", "credit note agreed with sales"])
    assert stop.exit_code == 0, stop.output
    assert "dunning of INV-2026-2001 stopped" in stop.output
    preview = runner.invoke(app, ["reminders", "--today", "2026-11-10"])
    assert "6 reminder(s) due" in preview.output
    assert "no reminder for C-BRAU: every invoice in the cadence is on hold: INV-2026-2001 stopped" in " ".join(preview.output.split())

    restart = runner.invoke(app, ["restart-invoice", "INV-2026-2001", "--user", "alice", "--note", "credit note cancelled"])
    assert restart.exit_code == 0 and "restarted" in restart.output
    assert "7 reminder(s) due" in runner.invoke(app, ["reminders", "--today", "2026-11-10"]).output

    with Session(make_engine(Settings().resolved_database_url)) as s:
        kinds = [(e.kind, e.actor, e.detail["note"]) for e in s.exec(select(AuditEvent).where(AuditEvent.kind.startswith("dunning."))).all()]
    assert kinds == [("dunning.stopped", "alice", "credit note agreed with sales"), ("dunning.restarted", "alice", "credit note cancelled")]

    unknown = runner.invoke(app, ["stop-invoice", "INV-0000", "--user", "alice", "--note", "x"])
    assert unknown.exit_code == 1 and "no invoice INV-0000" in unknown.output
    no_note = runner.invoke(app, ["stop-invoice", "INV-2026-2001", "--user", "alice", "--note", " "])
    assert no_note.exit_code == 1 and "say why" in no_note.output
