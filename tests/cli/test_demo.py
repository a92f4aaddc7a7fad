"""README's first command: the demo runs the whole flow offline, and a second run processes nothing twice."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from dunmail.cli import app


def test_demo_runs_offline_and_a_second_run_processes_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("DUNMAIL_DATA_DIR", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    runner = CliRunner()
    first = runner.invoke(app, ["demo", "--no-serve", "--data-dir", str(tmp_path / "demo")], env={"COLUMNS": "200"})
    assert first.exit_code == 0, first.output
    assert re.search(r"20 message\(s\) added, 20 new, 20 processed \(model: offline:", first.output)
    assert "reminder(s) queued" in first.output and "demo-password" in first.output
    for intent in ("promise_to_pay", "already_paid", "dispute", "out_of_office", "bounce"):
        assert intent in first.output
    second = runner.invoke(app, ["demo", "--no-serve", "--data-dir", str(tmp_path / "demo")], env={"COLUMNS": "200"})
    assert second.exit_code == 0, second.output
    assert "0 message(s) added, 0 new, 0 processed" in second.output and "0 reminder(s) queued" in second.output
