"""`dunmail doctor` as an operator runs it before going live: one line per part, what is wrong and
what to set, exit 1 on any failure; real Dovecot, aiosmtpd and PostgreSQL, the LLM endpoint mocked."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import respx
from typer.testing import CliRunner

from dunmail.cli import app
from dunmail.doctor import check_llm
from dunmail.migrate import upgrade
from dunmail.settings import Settings
from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.smtp import SmtpServer

WORLD = {"as_of": "2026-11-16", "timezone": "Europe/Berlin", "company": {"name": "Northwind Supplies GmbH", "ar_mailbox": "ar@northwind-supplies.example"},
         "customers": [{"id": "C1", "name": "Acme", "domain": "acme.example", "contacts": [{"email": "ap@acme.example"}]}], "invoices": [], "payments": []}


@pytest.fixture
def operator_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dovecot: DovecotServer, smtp_server: SmtpServer) -> Path:
    """A production-like setup: IMAP inbox and SMTP outbox on the test servers, a migrated SQLite database."""
    world = tmp_path / "world.json"
    world.write_text(json.dumps(WORLD), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name, value in {
        "DUNMAIL_DATA_DIR": str(tmp_path / "data"), "DUNMAIL_ERP_WORLD": str(world), "DUNMAIL_MODEL": "offline",
        "DUNMAIL_INBOX_SOURCE": "imap", "DUNMAIL_IMAP_HOST": dovecot.host, "DUNMAIL_IMAP_PORT": str(dovecot.port), "DUNMAIL_IMAP_SECURITY": "plain",
        "DUNMAIL_IMAP_USERNAME": dovecot.username, "DUNMAIL_IMAP_PASSWORD": dovecot.password, "DUNMAIL_IMAP_FOLDERS": "INBOX",
        "DUNMAIL_OUTBOX": "smtp", "DUNMAIL_SMTP_HOST": smtp_server.host, "DUNMAIL_SMTP_PORT": str(smtp_server.port), "DUNMAIL_SMTP_SECURITY": "plain",
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    upgrade(Settings().resolved_database_url)
    return tmp_path


def _doctor(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["doctor", *args])
    return result.exit_code, [line for line in result.output.splitlines() if line.strip()]


def _line(lines: list[str], part: str) -> str:
    return next(line for line in lines if line.split(":", 1)[0].split(maxsplit=1)[-1] == part)


def test_a_healthy_installation_passes_every_check(operator_env: Path, smtp_server: SmtpServer) -> None:
    code, lines = _doctor()
    assert code == 0, lines
    assert all(line.startswith("OK ") for line in lines)
    assert {line.split(":", 1)[0].split(maxsplit=1)[1] for line in lines} >= {"configuration", "database", "erp", "imap", "mailbox folders", "sent folder", "outbox", "llm"}
    assert smtp_server.messages == []  # the outbox check connects, it sends nothing


def test_a_missing_sent_folder_is_reported_and_created_with_fix(operator_env: Path, dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUNMAIL_IMAP_SENT_FOLDER", "Sent Items")
    code, lines = _doctor()
    assert code == 1 and "FAIL sent folder: no folder 'Sent Items'" in _line(lines, "sent folder") and "--fix" in _line(lines, "sent folder")
    code, lines = _doctor("--fix")
    assert code == 0 and "was missing and is created now" in _line(lines, "sent folder")
    code, lines = _doctor()
    assert code == 0 and "OK   sent folder: 'Sent Items' exists" in lines


def test_a_wrong_password_is_named_without_printing_it(operator_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUNMAIL_IMAP_PASSWORD", "not-the-password")
    code, lines = _doctor()
    assert code == 1 and "check DUNMAIL_IMAP_USERNAME and DUNMAIL_IMAP_PASSWORD" in _line(lines, "imap")
    assert "not-the-password" not in "\n".join(lines)  # a secret is never printed


def test_folders_database_and_smtp_problems(operator_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUNMAIL_IMAP_FOLDERS", "INBOX,Billing")
    monkeypatch.setenv("DUNMAIL_DATA_DIR", str(operator_env / "fresh"))
    monkeypatch.setenv("DUNMAIL_SMTP_PORT", "1")  # nothing listens there
    code, lines = _doctor()
    assert code == 1
    assert "no folder 'Billing' on the server" in _line(lines, "mailbox folders")
    assert "run `dunmail migrate`" in _line(lines, "database")
    assert _line(lines, "outbox").startswith("FAIL outbox: SMTP 127.0.0.1:1")
    assert len(lines) == 8  # one line per check, no traceback


def test_the_database_check_reads_postgres_too(operator_env: Path, monkeypatch: pytest.MonkeyPatch, postgres_url: str) -> None:
    monkeypatch.setenv("DATABASE_URL", postgres_url)
    code, lines = _doctor()
    assert "FAIL database: PostgreSQL reachable but empty: run `dunmail migrate`" in lines
    upgrade(Settings().resolved_database_url)
    code, lines = _doctor()
    assert code == 0 and _line(lines, "database").startswith("OK   database: PostgreSQL reachable, schema at the latest revision")


def test_a_configuration_mistake_is_one_line() -> None:
    result = CliRunner().invoke(app, ["doctor"], env={"DUNMAIL_MODEL": "gpt4"})
    assert result.exit_code == 1 and result.output.strip().count("\n") == 0
    assert "FAIL configuration: DUNMAIL_MODEL must be one of offline, llm or cascade" in result.output


def _llm_settings(**values: object) -> Settings:
    return Settings(_env_file=None, model="llm", openai_base_url="http://llm.internal.example/v1", openai_api_key="sk-test-secret", llm_model="qwen2.5-7b", **values)  # type: ignore[arg-type]


@respx.mock
def test_the_llm_endpoint_must_answer_and_serve_the_model() -> None:
    models = respx.get("http://llm.internal.example/v1/models")
    models.return_value = httpx.Response(200, json={"data": [{"id": "qwen2.5-7b"}, {"id": "llama3"}]})
    assert check_llm(_llm_settings()).ok
    assert models.calls.last.request.headers["Authorization"] == "Bearer sk-test-secret"
    models.return_value = httpx.Response(200, json={"data": [{"id": "llama3"}]})
    wrong = check_llm(_llm_settings())
    assert not wrong.ok and "does not serve 'qwen2.5-7b'" in wrong.detail and "DUNMAIL_LLM_MODEL" in wrong.detail
    models.return_value = httpx.Response(401, json={"error": "bad key"})
    refused = check_llm(_llm_settings())
    assert not refused.ok and "OPENAI_API_KEY" in refused.detail and "sk-test-secret" not in refused.detail
    models.side_effect = httpx.ConnectError("refused")
    assert "cannot be reached" in check_llm(_llm_settings()).detail


def test_an_offline_installation_needs_no_llm() -> None:
    finding = check_llm(Settings(_env_file=None, model="offline"))  # type: ignore[call-arg]
    assert finding.ok and "not needed" in finding.detail
