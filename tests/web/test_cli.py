"""`dunmail user add` creates a login that works in the web app."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dunmail.cli import app


def test_user_add_list_and_disable(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("DUNMAIL_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DUNMAIL_NEW_PASSWORD", "a-long-password")
    runner = CliRunner()
    r = runner.invoke(app, ["user", "add", "zoe", "--role", "manager"])
    assert r.exit_code == 0 and "user zoe saved (manager)" in r.output
    assert "zoe\tmanager" in runner.invoke(app, ["user", "list"]).output
    bad = runner.invoke(app, ["user", "add", "yan", "--role", "admin"])
    assert bad.exit_code == 1 and "role must be one of" in bad.output
    monkeypatch.setenv("DUNMAIL_NEW_PASSWORD", "short")
    assert "at least 8 characters" in runner.invoke(app, ["user", "add", "yan"]).output
    assert runner.invoke(app, ["user", "disable", "zoe"]).exit_code == 0
    assert "zoe" not in runner.invoke(app, ["user", "list"]).output

    from sqlmodel import Session

    from dunmail.db import make_engine
    from dunmail.users import authenticate

    engine = make_engine(f"sqlite:///{tmp_path / 'dunmail.db'}")
    with Session(engine) as s:
        assert authenticate(s, "zoe", "a-long-password") is None  # disabled
