"""`dunmail doctor`: is this installation ready to run? One line per part, OK or what to fix.

An operator putting dunmail on a real mailbox meets its problems one at a time otherwise: a worker
that cannot log in, an approval that fails because the mailbox has no Sent folder, an LLM endpoint
that does not serve the configured model. The doctor asks each part once, changes nothing (except
creating the Sent folder when asked to with --fix), and never prints a secret.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dunmail.settings import Settings

LLM_CHECK_TIMEOUT_SECONDS = 10.0
OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1"


@dataclass(frozen=True)
class Finding:
    """The outcome of one check: its part ("database", "outbox"...), whether it is fine, and the line to print."""

    part: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'OK  ' if self.ok else 'FAIL'} {self.part}: {self.detail}"


def check_database(settings: Settings) -> Finding:
    """Reachable, and migrated to the latest schema (the doctor never migrates: `dunmail migrate` does)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from dunmail.config_errors import explain
    from dunmail.migrate import alembic_config
    from dunmail.wiring import build_engine

    url = settings.resolved_database_url
    if url.startswith("sqlite:///") and not Path(url.split("///", 1)[1]).exists():
        return Finding("database", False, f"no SQLite database at {url.split('///', 1)[1]}: run `dunmail migrate`")
    latest = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    engine = build_engine(settings)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except Exception as exc:  # noqa: BLE001 - any driver error means "cannot use this database"
        return Finding("database", False, explain(exc) or f"cannot connect: {type(exc).__name__}")
    finally:
        engine.dispose()
    where = "PostgreSQL" if settings.is_postgres else "SQLite"
    if current is None:
        return Finding("database", False, f"{where} reachable but empty: run `dunmail migrate`")
    if current != latest:
        return Finding("database", False, f"{where} schema at {current}, the latest is {latest}: run `dunmail migrate`")
    return Finding("database", True, f"{where} reachable, schema at the latest revision ({current})")


def check_erp(settings: Settings) -> Finding:
    """The ERP loads (world.json) or its mirror was synced recently enough to be trusted."""
    from dunmail.wiring import ConfigError, build_engine, build_erp

    if settings.erp == "world":
        try:
            erp = build_erp(settings)
        except ConfigError as exc:
            return Finding("erp", False, str(exc))
        return Finding("erp", True, f"world.json snapshot with {len(erp.customers()):,} customers, today is {erp.today().isoformat()}")
    engine = build_engine(settings)
    try:
        build_erp(settings, engine)
        from datetime import timedelta

        from sqlmodel import Session

        from adapters.erp_mirror.mirror import mirror_health

        with Session(engine) as session:
            health = mirror_health(session, settings.erp, timedelta(hours=settings.erp_max_age_hours))
        return Finding("erp", health.ok, f"{settings.erp} mirror: {health.reason}" if health.reason else f"{settings.erp} mirror is up to date")
    except ConfigError as exc:
        return Finding("erp", False, str(exc))
    except Exception as exc:  # noqa: BLE001 - a broken snapshot or database: say so, do not crash the doctor
        return Finding("erp", False, f"cannot read the ERP ({settings.erp}): {type(exc).__name__}: {exc}")
    finally:
        engine.dispose()


def _imap_findings(settings: Settings, *, fix: bool) -> Iterator[Finding]:
    """Login, each folder to read, and the Sent folder the outbox files copies in."""
    from imapclient import IMAPClient

    from adapters.mail.connect import MailConnectionError, open_imap

    try:
        client = open_imap(settings, timeout=LLM_CHECK_TIMEOUT_SECONDS)
    except MailConnectionError as exc:
        yield Finding("imap", False, str(exc))
        return
    try:
        yield Finding("imap", True, f"IMAP login as {settings.imap_username!r} at {settings.imap_host}:{settings.imap_port}")
        if settings.inbox_source == "imap":
            missing = [f for f in settings.imap_folders if not client.folder_exists(f)]
            if missing:
                yield Finding("mailbox folders", False, f"no folder {', '.join(repr(f) for f in missing)} on the server: fix DUNMAIL_IMAP_FOLDERS")
            else:
                yield Finding("mailbox folders", True, ", ".join(settings.imap_folders))
        if settings.outbox == "smtp" and settings.smtp_append_sent:
            sent = settings.imap_sent_folder
            if client.folder_exists(sent):
                yield Finding("sent folder", True, f"{sent!r} exists")
            elif fix:
                try:
                    client.create_folder(sent)
                    yield Finding("sent folder", True, f"{sent!r} was missing and is created now")
                except IMAPClient.Error as exc:
                    yield Finding("sent folder", False, f"{sent!r} is missing and could not be created: {exc}")
            else:
                yield Finding("sent folder", False, f"no folder {sent!r}: sent replies cannot be filed; run `dunmail doctor --fix` to create it, "
                                                    "or set DUNMAIL_IMAP_SENT_FOLDER (DUNMAIL_SMTP_APPEND_SENT=false where the server files sent mail itself)")
    finally:
        with contextlib.suppress(Exception):  # the findings are made; a failed goodbye changes nothing
            client.logout()


def check_mailboxes(settings: Settings, *, fix: bool = False) -> list[Finding]:
    """The inbox (IMAP login and folders, or the local Maildir) and, for SMTP, the Sent folder."""
    uses_imap = settings.inbox_source == "imap" or (settings.outbox == "smtp" and settings.smtp_append_sent)
    findings: list[Finding] = []
    if settings.inbox_source == "maildir":
        box = settings.resolved_maildir
        ok = (box / "cur").is_dir() and (box / "new").is_dir()
        findings.append(Finding("mailbox", ok, f"Maildir {box}" if ok else f"no Maildir at {box}: set DUNMAIL_MAILDIR or DUNMAIL_INBOX_SOURCE=imap"))
    if uses_imap:
        findings += list(_imap_findings(settings, fix=fix))
    return findings


def check_outbox(settings: Settings) -> Finding:
    """SMTP: connect (TLS as configured) and log in, sending nothing. Maildir: the Sent folder can be written."""
    if settings.outbox == "maildir":
        target = settings.resolved_sent_maildir
        parent = next((p for p in [target, *target.parents] if p.exists()), None)
        ok = parent is not None and os.access(parent, os.W_OK)
        return Finding("outbox", ok, f"Maildir {target}" if ok else f"cannot write to {target}: set DUNMAIL_SENT_MAILDIR or fix its permissions")
    from adapters.mail.smtp import SmtpOutbox
    from core.ports import OutboxError

    try:
        conn = SmtpOutbox(settings)._smtp()  # the outbox's own connection code: what works here works when sending
    except OutboxError as exc:
        return Finding("outbox", False, str(exc))
    try:
        conn.noop()
    finally:
        conn.quit()
    login = f", logged in as {settings.smtp_username!r}" if settings.smtp_username else ""
    return Finding("outbox", True, f"SMTP {settings.smtp_host}:{settings.smtp_port} ({settings.smtp_security}) accepts connections{login}")


def check_llm(settings: Settings, transport: object = None) -> Finding:
    """Needed only for DUNMAIL_MODEL=llm/cascade: the endpoint answers /models and serves DUNMAIL_LLM_MODEL."""
    import httpx

    kind = settings.resolved_model
    if kind == "offline":
        return Finding("llm", True, "not needed (DUNMAIL_MODEL=offline)")
    if not settings.has_llm_endpoint:
        return Finding("llm", False, f"DUNMAIL_MODEL={kind} needs OPENAI_BASE_URL or OPENAI_API_KEY")
    base = (settings.openai_base_url or "").strip().rstrip("/") or OPENAI_DEFAULT_BASE_URL
    key = settings.openai_api_key.get_secret_value().strip() if settings.openai_api_key else ""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        with httpx.Client(transport=transport, timeout=min(LLM_CHECK_TIMEOUT_SECONDS, settings.llm_timeout_seconds)) as client:  # type: ignore[arg-type]
            response = client.get(f"{base}/models", headers=headers)
    except httpx.HTTPError as exc:
        return Finding("llm", False, f"{base}/models cannot be reached: {type(exc).__name__}")
    if response.status_code in (401, 403):
        return Finding("llm", False, f"{base}/models refused the key ({response.status_code}): check OPENAI_API_KEY")
    if response.status_code != 200:
        return Finding("llm", False, f"{base}/models answered {response.status_code}")
    try:
        served = [str(m.get("id")) for m in response.json().get("data", [])]
    except (ValueError, AttributeError):
        return Finding("llm", False, f"{base}/models did not answer with a model list")
    if settings.llm_model not in served:
        listed = ", ".join(served[:5]) + (" ..." if len(served) > 5 else "")
        return Finding("llm", False, f"{base} does not serve {settings.llm_model!r} (it serves {listed or 'no model'}): set DUNMAIL_LLM_MODEL")
    return Finding("llm", True, f"{base} serves {settings.llm_model!r}")


def run_checks(settings: Settings, *, fix: bool = False, llm_transport: object = None) -> list[Finding]:
    """Every check, in the order the data flows; a check that crashes is reported, not raised."""
    checks: list[tuple[str, Callable[[], Finding | list[Finding]]]] = [
        ("database", lambda: check_database(settings)),
        ("erp", lambda: check_erp(settings)),
        ("mailbox", lambda: check_mailboxes(settings, fix=fix)),
        ("outbox", lambda: check_outbox(settings)),
        ("llm", lambda: check_llm(settings, llm_transport)),
    ]
    findings: list[Finding] = [Finding("configuration", True, "every setting can be used")]
    for part, check in checks:
        try:
            result = check()
        except Exception as exc:  # noqa: BLE001 - the doctor must finish and say what broke
            result = Finding(part, False, f"the check itself failed: {type(exc).__name__}: {exc}")
        findings += result if isinstance(result, list) else [result]
    return findings
