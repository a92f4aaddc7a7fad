"""CLI commands of the inbox area, mounted on the main `dunmail` app by register():
`dunmail poll`, `dunmail watch`, and `dunmail quarantine list|show|retry`."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable

import typer
from rich.table import Table

from dunmail.cli_support import console, fail, migrated_engine
from dunmail.settings import Settings

quarantine_app = typer.Typer(help="Messages that could not be parsed or processed: inspect and re-run them.", no_args_is_help=True)


def poll_once(settings: Settings) -> int:
    """One pass over the configured source (IMAP, or the local Maildir); returns new messages."""
    engine = migrated_engine(settings)
    try:
        if settings.inbox_source == "imap":
            from adapters.mail.imap import ImapSource

            return ImapSource(settings).sync(engine)
        from adapters.mail.maildir import sync_maildir

        return sync_maildir(engine, settings.resolved_maildir)
    finally:
        engine.dispose()


def _processor(settings: Settings, stop: threading.Event) -> tuple[Callable[[], None], Callable[[], None], Callable[[], None]]:
    """What `watch` runs after new mail, and how it closes: one runtime (for sending) and a pool
    of DUNMAIL_WORKERS supervised children (for processing, under the time budget), started and
    warm before the first message. Returns (run after a sync, wake the workers, close). Neither
    waits for the processing: the watcher goes straight back to waiting for mail while the
    workers process what it stored. Once `stop` is set the workers take no new message, even
    while the watcher is still leaving IMAP IDLE."""
    from dunmail import wiring
    from dunmail.review import recover_interrupted_sends
    from dunmail.supervisor import WorkerPool

    pool = WorkerPool(settings, on_results=lambda results: console.print(f"processed {len(results)} message(s)"))
    pool.launch()  # the children build their service while this process builds its own
    rt = wiring.build_runtime(settings, model=wiring.NotReading())  # this process only sends: the workers read
    pool.start()
    threading.Thread(target=lambda: (stop.wait(), pool.stop_claiming()), name="stop-claiming", daemon=True).start()

    def run() -> None:
        # Replies a crash, a web-app crash or a temporary SMTP failure left unsent go out, once:
        # each under a claim, so several workers doing this at once never send one twice.
        recover_interrupted_sends(rt)
        pool.wake()

    def close() -> None:
        pool.close()  # SIGTERM: each worker finishes the message it is on first
        rt.close()

    return run, pool.wake, close


def poll() -> None:
    """Fetch new mail once (IMAP, or the Maildir when DUNMAIL_INBOX_SOURCE=maildir) and print counts."""
    from adapters.mail.connect import MailConnectionError

    settings = Settings()
    try:
        stored = poll_once(settings)
    except MailConnectionError as exc:
        fail(str(exc))
    source = f"IMAP {settings.imap_host} {', '.join(settings.imap_folders)}" if settings.inbox_source == "imap" else f"Maildir {settings.resolved_maildir}"
    console.print(f"{source}: {stored} new message(s) stored")


def watch() -> None:
    """Wait for new mail (IMAP IDLE, polling as fallback) and process it as it arrives. Ctrl-C stops."""
    settings = Settings()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    from dunmail.migrate import migrate_all
    from dunmail.wiring import ConfigError, require_llm_endpoint

    try:
        require_llm_endpoint(settings)
        migrate_all(settings)  # a fresh database is made ready first; workers starting together queue on the schema lock
        process, wake, close = _processor(settings, stop)
    except ConfigError as exc:  # e.g. DUNMAIL_MODEL=llm with no endpoint: refuse to start, in one line
        fail(str(exc))
    try:
        _watch(settings, process, wake, stop)
        if stop.is_set():  # SIGTERM or Ctrl-C: say so once, before waiting for the messages in hand
            console.print("stopping: each worker finishes the message it is on; the rest stay queued for the next start")
    finally:
        close()


def _watch(settings: Settings, process: Callable[[], None], wake: Callable[[], None], stop: threading.Event) -> None:
    from adapters.mail.connect import MailAuthError

    if settings.inbox_source != "imap":
        engine = migrated_engine(settings)
        from adapters.mail.maildir import sync_maildir

        console.print(f"watching Maildir {settings.resolved_maildir} every {settings.imap_poll_seconds} s")
        try:
            while not stop.is_set():
                count = sync_maildir(engine, settings.resolved_maildir)
                if count:
                    console.print(f"{count} new message(s)")
                process()  # also picks up retried and lease-expired messages
                stop.wait(settings.imap_poll_seconds)
        except KeyboardInterrupt:
            stop.set()
        return
    from adapters.mail.imap import ImapSource

    engine = migrated_engine(settings)
    console.print(f"watching IMAP {settings.imap_host} {', '.join(settings.imap_folders)} (IDLE, polling fallback)")

    def synced(count: int) -> None:
        if count:
            console.print(f"{count} new message(s)")

    try:
        ImapSource(settings).watch(engine, process, stop, on_synced=synced, on_stored=lambda _id: wake())  # workers start on each batch
    except KeyboardInterrupt:
        stop.set()
    except MailAuthError as exc:  # retrying a refused login only locks the account: stop, in one line
        fail(str(exc))


@quarantine_app.command("list")
def quarantine_list() -> None:
    """Quarantined messages, newest first, with their reason."""
    from sqlmodel import Session, col, select

    from adapters.db.tables import InboundMessage, MessageStatus

    engine = migrated_engine(Settings())
    with Session(engine) as session:
        rows = session.exec(
            select(InboundMessage).where(InboundMessage.status == MessageStatus.quarantined).order_by(col(InboundMessage.id).desc())
        ).all()
    table = Table(title=f"{len(rows)} quarantined message(s)")
    for column in ("id", "received", "from", "subject", "attempts", "reason"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(str(row.id), row.received_at.strftime("%Y-%m-%d %H:%M"), row.from_addr, row.subject[:50], str(row.attempts), (row.error or "")[:120])
    console.print(table)


@quarantine_app.command("show")
def quarantine_show(message_id: int = typer.Argument(..., metavar="ID")) -> None:
    """One quarantined message: its reason, headers and raw size."""
    from sqlmodel import Session

    from adapters.db.tables import InboundMessage

    engine = migrated_engine(Settings())
    with Session(engine) as session:
        row = session.get(InboundMessage, message_id)
    if row is None:
        fail(f"no message with id {message_id}")
    console.print(f"[bold]#{row.id}[/bold] status={row.status} attempts={row.attempts}")
    console.print(f"mailbox: {row.mailbox} uidvalidity={row.uidvalidity} uid={row.uid}")
    console.print(f"message-id: {row.message_id}")
    console.print(f"from: {row.from_addr}\nsubject: {row.subject}\nreceived: {row.received_at}")
    console.print(f"reason: {row.error or '-'}")
    head = row.raw[:4000].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    console.print(f"raw: {len(row.raw)} bytes; headers:")
    console.print(head.decode("utf-8", errors="replace"), markup=False, highlight=False)


@quarantine_app.command("retry")
def quarantine_retry(message_id: int = typer.Argument(..., metavar="ID"), actor: str = typer.Option("cli", help="who asked for the retry (audit trail)")) -> None:
    """Put a quarantined message back in the queue (status pending, attempts 0)."""
    from adapters.db.db import session_scope
    from adapters.db.tables import AuditEvent, InboundMessage, MessageStatus

    engine = migrated_engine(Settings())
    with session_scope(engine) as session:
        row = session.get(InboundMessage, message_id)
        if row is None:
            fail(f"no message with id {message_id}")
        if row.status != MessageStatus.quarantined:
            fail(f"message {message_id} is {row.status}, not quarantined")
        previous = row.error
        row.status, row.attempts, row.error, row.claimed_by, row.claimed_at = MessageStatus.pending, 0, None, None, None
        session.add(row)
        session.add(AuditEvent(actor=actor, kind="quarantine.retry", inbound_id=row.id, detail={"previous_error": previous}))
    console.print(f"message {message_id} is pending again; the next worker pass will retry it")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the main CLI."""
    app.command("poll")(poll)
    app.command("watch")(watch)
    app.add_typer(quarantine_app, name="quarantine")
