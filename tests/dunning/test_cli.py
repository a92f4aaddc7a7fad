"""The dunning commands as an operator runs them: tick, preview, report with CSV, resolve a dispute."""

from __future__ import annotations

from typer.testing import CliRunner

from dunmail.cli import app
from tests.dunning.world import write_world


def test_tick_then_report_writes_a_csv(tmp_path, monkeypatch):
    monkeypatch.setenv("DUNMAIL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DUNMAIL_ERP_WORLD", str(write_world(tmp_path / "world.json")))
    runner = CliRunner()

    preview = runner.invoke(app, ["reminders", "--today", "2026-11-10"])
    assert preview.exit_code == 0, preview.output
    assert "7 reminder(s) due" in preview.output and "flagged do_not_contact" in preview.output

    first = runner.invoke(app, ["tick", "--today", "2026-11-10"])
    assert first.exit_code == 0, first.output
    assert "7 item(s) queued" in first.output  # every customer but the do_not_contact one
    again = runner.invoke(app, ["tick", "--today", "2026-11-10"])
    assert "0 item(s) queued" in again.output

    out = tmp_path / "metrics.csv"
    report = runner.invoke(app, ["report", "--today", "2026-11-10", "--csv", str(out)])
    assert report.exit_code == 0, report.output
    assert "overdue by stage: due_plus_7" in report.output
    assert out.read_text().startswith("metric,value\n")

    bad = runner.invoke(app, ["tick", "--today", "10.11.2026"])
    assert bad.exit_code == 1 and "must be a date like" in bad.output
    nothing = runner.invoke(app, ["resolve-dispute", "C-ACME", "--user", "alice", "--note", "done"])
    assert nothing.exit_code == 1 and "is not paused" in nothing.output
