"""The `dunmail` command line. Errors become one clear line and a non-zero exit, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.table import Table

from dunmail import cli_brain, cli_doctor, cli_dunning, cli_erp, cli_eval, cli_guardrails, cli_inbox, cli_shadow, cli_web
from dunmail.cli_support import CommandLine, console, fail, open_runtime
from dunmail.settings import Settings

app = CommandLine(help="dunmail: the AR collections mailbox, run by an agent with humans in charge.", no_args_is_help=True)


@app.command()
def migrate() -> None:
    """Create or upgrade the database schema (SQLite or PostgreSQL, from DATABASE_URL), the agent's checkpoints included."""
    from dunmail.migrate import migrate_all

    settings = Settings()
    migrate_all(settings)
    console.print(f"database at head: {settings.resolved_database_url.split('@')[-1]}")


def results_table(rows: list[tuple[str, str, str, str, str]], title: str) -> Table:
    table = Table(title=title)
    for column in ("sender", "subject", "intent", "decision", "status"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def _processed_rows(rt, ids: list[int]) -> list[tuple[str, str, str, str, str]]:  # noqa: ANN001
    from sqlmodel import Session, col, select

    from adapters.db.tables import DecisionRecord, InboundMessage

    rows = []
    with Session(rt.engine) as session:
        messages = session.exec(select(InboundMessage).where(col(InboundMessage.id).in_(ids)).order_by(col(InboundMessage.id))).all()
        for m in messages:
            d = session.exec(select(DecisionRecord).where(DecisionRecord.inbound_id == m.id)).first()
            decision = f"{d.action}{' · human' if d.needs_human else ''} ({d.rule})" if d else (m.error or "")
            rows.append((m.from_addr, m.subject[:60], d.intent if d else "-", decision, m.status))
    return rows


@app.command()
def process() -> None:
    """Pick up new mail from the configured source and process everything pending once.

    Each message runs in a child process under its time budget, DUNMAIL_WORKERS of them at once;
    approved replies a crash or a temporary SMTP failure left unsent go out too."""
    from dunmail.review import recover_interrupted_sends
    from dunmail.supervisor import WorkerPool
    from adapters.mail.connect import MailConnectionError

    with open_runtime() as rt:
        try:
            stored = ingest(rt)
        except MailConnectionError as exc:
            fail(str(exc))
        pool = WorkerPool(rt.settings)
        try:
            results = pool.process_pending()
        finally:
            pool.close()
        recover_interrupted_sends(rt)
        console.print(results_table(_processed_rows(rt, [r.inbound_id for r in results]), f"{stored} new message(s), {len(results)} processed"))


def ingest(rt) -> int:  # noqa: ANN001
    """One pass over the configured mail source; returns how many messages were new."""
    if rt.settings.inbox_source == "imap":
        from adapters.mail.imap import ImapSource

        return ImapSource(rt.settings).sync(rt.engine)
    from adapters.mail.maildir import sync_maildir

    return sync_maildir(rt.engine, rt.settings.resolved_maildir)


@app.command()
def demo(
    serve: bool = typer.Option(True, help="start the approval web app after processing"),
    data_dir: Path = typer.Option(Path("var/demo"), help="where the demo keeps its database and mailboxes"),
) -> None:
    """Run the whole flow offline on the demo ERP and sample mailbox, then open the approval app."""
    import os

    from dunmail.demo import DEMO_PASSWORD, ensure_demo_users, seed_demo
    from dunmail.tick import tick
    from dunmail.migrate import upgrade
    from dunmail.wiring import ConfigError, build_runtime, require_llm_endpoint
    from dunmail.worker import process_pending

    settings = Settings() if "DUNMAIL_DATA_DIR" in os.environ else Settings(data_dir=data_dir)
    try:
        require_llm_endpoint(settings)
    except ConfigError as exc:
        fail(str(exc))
    added = seed_demo(settings)
    upgrade(settings.resolved_database_url)
    rt = build_runtime(settings)
    try:
        stored = ingest(rt)
        results = process_pending(rt)
        reminders = tick(rt).queued  # the day's staged reminders join the queue (once per day)
        users = ensure_demo_users(rt.engine, [c.owner for c in rt.erp.customers()])
        console.print(results_table(_processed_rows(rt, [r.inbound_id for r in results]), "This run"))
        console.print(f"demo mailbox: {added} message(s) added, {stored} new, {len(results)} processed (model: {rt.model.name}); "
                      f"{len(reminders)} reminder(s) queued for {rt.erp.today()}")
        console.print("\n[bold]Approval app:[/bold] http://%s:%d" % (settings.web_host, settings.web_port))
        console.print("Demo logins (password [bold]%s[/bold]): %s" % (DEMO_PASSWORD, ", ".join(f"{u} ({r})" for u, r in users)))
        console.print(f"Approved replies land in {settings.resolved_sent_maildir}/cur")
        if serve:
            serve_app(rt)
    finally:
        rt.close()


def serve_app(rt) -> None:  # noqa: ANN001
    import uvicorn

    from approvals.web.app import create_app

    uvicorn.run(create_app(rt), host=rt.settings.web_host, port=rt.settings.web_port, log_level="info")


@app.command()
def serve(host: str | None = typer.Option(None, "--host", help="address to listen on (default: DUNMAIL_WEB_HOST, else 127.0.0.1)"),
          port: int | None = typer.Option(None, "--port", min=1, max=65535, help="port to listen on (default: DUNMAIL_WEB_PORT, else 8000)")) -> None:
    """Start the approval web app."""
    settings = Settings()
    given = {"web_host": host.strip() if host else None, "web_port": port}
    with open_runtime(settings.model_copy(update={k: v for k, v in given.items() if v})) as rt:
        serve_app(rt)


for area in (cli_inbox, cli_guardrails, cli_brain, cli_web, cli_dunning, cli_eval, cli_erp, cli_shadow, cli_doctor):
    area.register(app)


def main() -> None:  # pragma: no cover - console entry
    app(prog_name="dunmail")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
