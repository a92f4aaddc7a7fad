"""Starting up cannot race or half-build: `dunmail migrate` makes every table (the checkpointer's
too), a killed first migrate leaves nothing half-done, workers starting together on a fresh
database all come up, `watch` on a fresh database works and stops on SIGTERM after the message in
hand, and a wrong IMAP password is one line that stops `watch`."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlmodel import Session, select

from adapters.db.db import make_engine
from adapters.db.tables import InboundMessage
from adapters.mail.maildir import ensure_maildir
from dunmail.migrate import alembic_config, upgrade
from tests.foundation.world import PROMISE, write_world

REPO = Path(__file__).resolve().parents[2]
CHECKPOINT_TABLES = {"sqlite": {"checkpoints", "writes"}, "postgresql": {"checkpoints", "checkpoint_writes", "checkpoint_blobs"}}


def _expected_checkpoint_tables(database_url: str) -> set[str]:
    return CHECKPOINT_TABLES["sqlite" if database_url.startswith("sqlite") else "postgresql"]


def _env(tmp_path: Path, database_url: str, **extra: str) -> dict[str, str]:
    world = write_world(tmp_path / "world.json")
    return {**os.environ, "PYTHONPATH": str(REPO), "DATABASE_URL": database_url, "DUNMAIL_DATA_DIR": str(tmp_path / "data"),
            "DUNMAIL_ERP_WORLD": str(world), **extra}


def _dunmail(args: list[str], env: dict[str, str], cwd: Path, **kwargs) -> subprocess.Popen:  # noqa: ANN003
    return subprocess.Popen([sys.executable, "-m", "dunmail.cli", *args], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def _checkpoint_tables(tmp_path: Path, database_url: str) -> set[str]:
    if database_url.startswith("sqlite"):
        path = tmp_path / "data" / "checkpoints.sqlite"
        if not path.exists():
            return set()
        with sqlite3.connect(path) as conn:
            return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    engine = make_engine(database_url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_dunmail_migrate_creates_every_table_the_checkpointer_s_too(tmp_path, database_url):
    proc = _dunmail(["migrate"], _env(tmp_path, database_url), tmp_path)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-2000:]
    assert "database at head" in out
    assert _expected_checkpoint_tables(database_url) <= _checkpoint_tables(tmp_path, database_url)
    command.check(alembic_config(database_url))


MIGRATE = "import sys; from dunmail.migrate import upgrade; print('go', flush=True); upgrade(sys.argv[1]); print('done', flush=True)"


def test_a_first_migrate_killed_at_any_moment_leaves_no_half_built_schema(tmp_path):
    rng = random.Random(18)
    outcomes = {"empty": 0, "complete": 0}
    for run in range(8):
        url = f"sqlite:///{tmp_path / f'run{run}.db'}"
        proc = subprocess.Popen([sys.executable, "-c", MIGRATE, url], cwd=REPO, stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "go"
        time.sleep(rng.uniform(0.0, 0.6))  # somewhere inside the migrations (they take ~0.3-1 s here)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        engine = make_engine(url)
        tables = set(inspect(engine).get_table_names())
        if tables:
            with engine.connect() as conn:
                assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() is not None, f"run {run}: {sorted(tables)}"
            outcomes["complete"] += 1
        else:
            outcomes["empty"] += 1
        engine.dispose()
        upgrade(url)  # whatever the kill left, the next migrate finishes the job
        command.check(alembic_config(url))
    assert outcomes["empty"] >= 1, outcomes  # some kills did land mid-migration, and rolled back completely


STARTER = """
import sys
from dunmail.migrate import migrate_all
from dunmail.settings import Settings
from dunmail.wiring import build_runtime
settings = Settings(_env_file=None)
migrate_all(settings)
build_runtime(settings).close()
print("up")
"""


def test_three_workers_starting_together_on_a_fresh_database_all_come_up(tmp_path, database_url):
    env = _env(tmp_path, database_url)
    procs = [subprocess.Popen([sys.executable, "-c", STARTER], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err[-1500:] for _, err in outputs]
    assert _expected_checkpoint_tables(database_url) <= _checkpoint_tables(tmp_path, database_url)


def test_watch_on_a_fresh_database_processes_mail_and_stops_on_sigterm_after_the_message(tmp_path, sqlite_url):
    env = _env(tmp_path, sqlite_url, DUNMAIL_IMAP_POLL_SECONDS="1")
    ensure_maildir(tmp_path / "data" / "mailbox").add(PROMISE)
    proc = _dunmail(["watch"], env, tmp_path)
    try:
        _watch_processes_then_stops(proc, sqlite_url, tmp_path)
    finally:
        if proc.poll() is None:  # a failed assertion must not leave a watcher running
            proc.kill()
            proc.wait(10)


def _watch_processes_then_stops(proc: subprocess.Popen, sqlite_url: str, tmp_path: Path) -> None:
    deadline = time.monotonic() + 120
    status = None
    while time.monotonic() < deadline and proc.poll() is None:
        if (tmp_path / "dunmail.db").exists():
            engine = make_engine(sqlite_url)
            try:
                with Session(engine) as s:
                    row = s.exec(select(InboundMessage)).first()
                    status = row.status if row else None
            except Exception:  # noqa: BLE001 - the schema is still being created
                status = None
            finally:
                engine.dispose()
        if status == "awaiting_approval":
            break
        time.sleep(0.5)
    assert status == "awaiting_approval", proc.stderr.read()[-2000:] if proc.poll() is not None else "not processed in time"
    stopped_at = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-2000:]
    assert time.monotonic() - stopped_at < 30
    assert "Traceback" not in err


@pytest.mark.dovecot
def test_a_wrong_imap_password_is_one_line_and_stops_watch(tmp_path, sqlite_url, dovecot):
    env = _env(tmp_path, sqlite_url, DUNMAIL_INBOX_SOURCE="imap", DUNMAIL_IMAP_HOST=dovecot.host, DUNMAIL_IMAP_PORT=str(dovecot.port),
               DUNMAIL_IMAP_SECURITY="plain", DUNMAIL_IMAP_USERNAME=dovecot.username, DUNMAIL_IMAP_PASSWORD="not-the-password")
    for args in (["watch"], ["process"]):
        proc = _dunmail(args, env, tmp_path)
        out, err = proc.communicate(timeout=120)
        said = [line for line in (out + err).splitlines() if line.strip() and not line.startswith("watching IMAP")]
        assert proc.returncode == 1, (args, said[-20:])
        assert len(said) == 1 and "refused the login" in said[0] and "DUNMAIL_IMAP_PASSWORD" in said[0], (args, said)
        assert "not-the-password" not in out + err
