"""An operator's configuration mistakes: each ends with one clear line on stderr and a non-zero exit,
never a traceback; the forms that are clear in intent (`postgres://`, `INBOX`, `"offline "`) are
accepted. Every case runs the installed `dunmail` command in a subprocess, as an operator would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dunmail.settings import Settings
from dunmail.settings_values import folder_list, normalise_database_url
from tests.fixtures.db import fresh_postgres
from tests.fixtures.ports import free_port
from tests.web.world import WORLD

DUNMAIL = Path(sys.executable).with_name("dunmail")


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`dunmail ARGS` with a clean environment (no .env, no inherited DUNMAIL_* or DATABASE_URL)."""
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("DUNMAIL_", "DATABASE_URL", "OPENAI_"))}
    full_env = inherited | {"DUNMAIL_DATA_DIR": str(tmp_path / "var"), "COLUMNS": "80"} | env
    return subprocess.run([str(DUNMAIL), *args], capture_output=True, text=True, env=full_env, cwd=tmp_path, timeout=120, check=False)



def assert_one_line_error(done: subprocess.CompletedProcess[str], *expected: str) -> str:
    assert done.returncode != 0
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ") and "Traceback" not in done.stderr
    for text in expected:
        assert text in lines[0]
    return lines[0]


MISTAKES = [
    pytest.param({"DATABASE_URL": "not a url"}, ["user", "list"], ["DATABASE_URL is not a database URL", "postgresql://"], id="malformed-url"),
    pytest.param({"DATABASE_URL": "postgresql://ops:s3cret-pw@db.example:fivefourthree/ar"}, ["user", "list"],
                 ["DATABASE_URL could not be parsed"], id="bad-port"),
    pytest.param({"DATABASE_URL": "mysql://ops:s3cret-pw@127.0.0.1/ar"}, ["migrate"], ["DATABASE_URL names the database 'mysql'", "PostgreSQL or SQLite"],
                 id="unsupported-database"),
    pytest.param({"DUNMAIL_MODEL": "gpt4"}, ["user", "list"], ["DUNMAIL_MODEL must be one of offline, llm or cascade (got 'gpt4')"], id="unknown-model"),
    pytest.param({"DUNMAIL_IMAP_FOLDERS": '["INBOX", "Support"'}, ["user", "list"], ["DUNMAIL_IMAP_FOLDERS", "INBOX,Support"], id="broken-json-folders"),
    pytest.param({"DUNMAIL_IMAP_PORT": "nine-nine-three"}, ["user", "list"], ["DUNMAIL_IMAP_PORT", "integer"], id="non-numeric-port"),
    pytest.param({"DUNMAIL_NEW_PASSWORD": "long-enough-pw"}, ["user", "add", "zoe", "--role", "admin"],
                 ["role must be one of collector, manager, viewer"], id="unknown-role"),
    pytest.param({"DUNMAIL_DATA_DIR": "/proc/no-such-dir/var"}, ["user", "list"], ["cannot use /proc/no-such-dir", "DUNMAIL_DATA_DIR"], id="unusable-data-dir"),
]


@pytest.mark.parametrize(("env", "args", "expected"), MISTAKES)
def test_a_configuration_mistake_is_one_line_and_a_failing_exit(tmp_path: Path, env: dict[str, str], args: list[str], expected: list[str]) -> None:
    line = assert_one_line_error(run(tmp_path, *args, **env), *expected)
    assert "s3cret-pw" not in line  # a password in DATABASE_URL is never repeated


def test_an_unreachable_database_is_one_line_naming_the_cause_without_the_password(tmp_path: Path) -> None:
    url = f"postgresql://ops:s3cret-pw@127.0.0.1:{free_port()}/ar"
    line = assert_one_line_error(run(tmp_path, "migrate", DATABASE_URL=url), "cannot connect to the database in DATABASE_URL", "refused")
    assert "s3cret-pw" not in line


def test_a_missing_postgres_database_is_one_line(tmp_path: Path) -> None:
    with fresh_postgres() as url:
        missing = url.rsplit("/", 1)[0] + "/dunmail_no_such_database"
        assert_one_line_error(run(tmp_path, "user", "list", DATABASE_URL=missing), "cannot connect", "dunmail_no_such_database")


def test_a_postgres_url_from_a_hosting_provider_is_accepted(tmp_path: Path) -> None:
    with fresh_postgres() as url:
        provider_style = "postgres://" + url.split("://", 1)[1]
        migrated = run(tmp_path, "migrate", DATABASE_URL=provider_style)
        assert migrated.returncode == 0, migrated.stderr
        assert "database at head" in migrated.stdout
        added = run(tmp_path, "user", "add", "ops", "--role", "manager", DATABASE_URL=provider_style, DUNMAIL_NEW_PASSWORD="long-enough-pw")
        assert added.returncode == 0, added.stderr
        assert "ops\tmanager" in run(tmp_path, "user", "list", DATABASE_URL=provider_style).stdout


@pytest.mark.parametrize("env", [{"DUNMAIL_MODEL": "offline "}, {"DUNMAIL_MODEL": "Offline"}, {"DUNMAIL_IMAP_FOLDERS": "INBOX"},
                                 {"DUNMAIL_IMAP_FOLDERS": "INBOX, Support"}, {"DUNMAIL_IMAP_FOLDERS": '["INBOX"]'}], ids=str)
def test_values_clear_in_intent_are_accepted(tmp_path: Path, env: dict[str, str]) -> None:
    done = run(tmp_path, "user", "list", **env)
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_plain_and_json_folder_lists_mean_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUNMAIL_IMAP_FOLDERS", "INBOX, Support ,Billing")
    monkeypatch.setenv("DUNMAIL_MODEL", " cascade ")
    settings = Settings(_env_file=None)
    assert settings.imap_folders == ["INBOX", "Support", "Billing"] and settings.model == "cascade"
    monkeypatch.setenv("DUNMAIL_IMAP_FOLDERS", '["INBOX", "Team, Billing"]')
    assert Settings(_env_file=None).imap_folders == ["INBOX", "Team, Billing"]


FOLDER = st.text(st.characters(blacklist_categories=["Cs", "Cc", "Zs", "Zl", "Zp"], blacklist_characters=',[]"\\'), min_size=1, max_size=20)


@given(st.lists(FOLDER, min_size=1, max_size=6))
def test_any_folder_list_reads_the_same_as_plain_text_or_json(folders: list[str]) -> None:
    assert folder_list(",".join(folders)) == folders
    assert folder_list(" , ".join(folders)) == folders
    assert folder_list(json.dumps(folders)) == folders


@given(st.sampled_from(["postgres", "postgresql", "POSTGRES", "postgresql+psycopg"]), st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True),
       st.integers(min_value=1, max_value=65535))
def test_postgres_urls_become_the_installed_driver(scheme: str, name: str, port: int) -> None:
    assert normalise_database_url(f" {scheme}://{name}:pw@db.example:{port}/{name} ") == f"postgresql+psycopg://{name}:pw@db.example:{port}/{name}"


def test_sqlite_urls_and_unset_pass_through() -> None:
    assert normalise_database_url("sqlite:////srv/dunmail/dunmail.db") == "sqlite:////srv/dunmail/dunmail.db"
    assert normalise_database_url("  ") is None
    assert Settings(_env_file=None, database_url="postgres://a@b/c").is_postgres


def test_serve_listens_where_port_and_host_say(tmp_path: Path) -> None:
    (tmp_path / "var").mkdir()
    (tmp_path / "var" / "world.json").write_text(json.dumps(WORLD), encoding="utf-8")
    port = free_port()
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("DUNMAIL_", "DATABASE_URL", "OPENAI_"))}
    server = subprocess.Popen([str(DUNMAIL), "serve", "--host", "127.0.0.1", "--port", str(port)], cwd=tmp_path, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=inherited | {"DUNMAIL_DATA_DIR": str(tmp_path / "var"), "DUNMAIL_WEB_PORT": "1"})
    try:
        deadline = time.monotonic() + 60  # a bounded wait for start-up, not a timing assertion
        answer = None
        while answer is None and time.monotonic() < deadline and server.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None, f"dunmail serve did not answer on --port {port}: {server.poll()=}"
        assert answer.status_code == 200 and answer.json() == {"status": "ok"}
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stderr:
            server.stderr.close()
