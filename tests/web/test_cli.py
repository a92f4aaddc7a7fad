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
    assert r.exit_code == 0 and "user zoe added (manager)" in r.output
    assert "zoe\tmanager" in runner.invoke(app, ["user", "list"]).output
    bad = runner.invoke(app, ["user", "add", "yan", "--role", "admin"])
    assert bad.exit_code == 1 and "role must be one of" in bad.output
    monkeypatch.setenv("DUNMAIL_NEW_PASSWORD", "short")
    assert "at least 8 characters" in runner.invoke(app, ["user", "add", "yan"]).output
    assert runner.invoke(app, ["user", "disable", "zoe"]).exit_code == 0
    assert "zoe" not in runner.invoke(app, ["user", "list"]).output

    from sqlmodel import Session

    from adapters.db.db import make_engine
    from dunmail.users import authenticate

    engine = make_engine(f"sqlite:///{tmp_path / 'dunmail.db'}")
    with Session(engine) as s:
        assert authenticate(s, "zoe", "a-long-password") is None  # disabled


def test_user_add_refuses_an_existing_name_unless_reset_is_asked_for(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from sqlmodel import Session, select

    from adapters.db.db import make_engine
    from adapters.db.tables import AuditEvent
    from dunmail.users import authenticate

    monkeypatch.setenv("DUNMAIL_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DUNMAIL_NEW_PASSWORD", "the-first-password")
    runner = CliRunner()
    assert runner.invoke(app, ["user", "add", "maria", "--role", "manager"]).exit_code == 0
    monkeypatch.setenv("DUNMAIL_NEW_PASSWORD", "a-second-password")
    refused = runner.invoke(app, ["user", "add", "Maria", "--role", "viewer"])
    assert refused.exit_code == 1
    assert "a login named maria already exists: nothing was changed (add --reset" in refused.output.replace("\n", " ")
    engine = make_engine(f"sqlite:///{tmp_path / 'dunmail.db'}")
    with Session(engine) as s:
        still = authenticate(s, "maria", "the-first-password")
        assert still is not None and still.role == "manager"
    reset = runner.invoke(app, ["user", "add", "maria", "--role", "viewer", "--reset"])
    assert reset.exit_code == 0 and "user maria reset (viewer)" in reset.output
    with Session(engine) as s:
        assert authenticate(s, "maria", "the-first-password") is None
        assert authenticate(s, "maria", "a-second-password").role == "viewer"
        [event] = s.exec(select(AuditEvent).where(AuditEvent.kind == "user.reset")).all()
    assert event.actor == "cli" and event.detail["previous_role"] == "manager"
    engine.dispose()


def test_user_add_reads_a_piped_password_quietly(tmp_path: Path) -> None:
    """Scripts pipe the password in: no terminal, so no prompt and no echo warning on stderr."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUNMAIL_", "DATABASE_URL"))} | {"DUNMAIL_DATA_DIR": str(tmp_path)}
    dunmail = Path(sys.executable).with_name("dunmail")
    done = subprocess.run([str(dunmail), "user", "add", "pipa", "--role", "viewer"], input="piped-password\n", capture_output=True, text=True, check=False,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "user pipa added (viewer)" and done.stderr == ""
    empty = subprocess.run([str(dunmail), "user", "add", "nopw"], input="", capture_output=True, text=True, check=False, env=env, cwd=tmp_path, timeout=120)
    assert empty.returncode == 1 and "no password: pipe it on stdin or set DUNMAIL_NEW_PASSWORD" in empty.stdout + empty.stderr

    from sqlmodel import Session

    from adapters.db.db import make_engine
    from dunmail.users import authenticate

    engine = make_engine(f"sqlite:///{tmp_path / 'dunmail.db'}")
    with Session(engine) as s:
        assert authenticate(s, "pipa", "piped-password") is not None
    engine.dispose()
