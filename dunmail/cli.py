"""The `dunmail` command line. Errors become one clear line and a non-zero exit, never a traceback."""

from __future__ import annotations

import sys
from importlib.metadata import entry_points

import typer
from rich.table import Table

from dunmail import cli_brain, cli_doctor, cli_dunning, cli_erp, cli_inbox, cli_shadow, cli_web
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


def processed_rows(rt, ids: list[int]) -> list[tuple[str, str, str, str, str]]:  # noqa: ANN001
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
    from adapters.mail.connect import MailConnectionError
    from dunmail.review import recover_interrupted_sends
    from dunmail.supervisor import WorkerPool

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
        console.print(results_table(processed_rows(rt, [r.inbound_id for r in results]), f"{stored} new message(s), {len(results)} processed"))


def ingest(rt) -> int:  # noqa: ANN001
    """One pass over the configured mail source; returns how many messages were new."""
    if rt.settings.inbox_source == "imap":
        from adapters.mail.imap import ImapSource

        return ImapSource(rt.settings).sync(rt.engine)
    from adapters.mail.maildir import sync_maildir

    return sync_maildir(rt.engine, rt.settings.resolved_maildir)


WEB_APP = "approvals.web.app:create_app"  # the web app sits on top of the shell: named here, never imported


def serve_app(rt) -> None:  # noqa: ANN001
    import uvicorn
    from uvicorn.importer import import_from_string

    create_app = import_from_string(WEB_APP)
    uvicorn.run(create_app(rt), host=rt.settings.web_host, port=rt.settings.web_port, log_level="info")


@app.command()
def serve(host: str | None = typer.Option(None, "--host", help="address to listen on (default: DUNMAIL_WEB_HOST, else 127.0.0.1)"),
          port: int | None = typer.Option(None, "--port", min=1, max=65535, help="port to listen on (default: DUNMAIL_WEB_PORT, else 8000)")) -> None:
    """Start the approval web app."""
    settings = Settings()
    given = {"web_host": host.strip() if host else None, "web_port": port}
    with open_runtime(settings.model_copy(update={k: v for k, v in given.items() if v})) as rt:
        serve_app(rt)


for area in (cli_inbox, cli_brain, cli_web, cli_dunning, cli_erp, cli_shadow, cli_doctor):
    area.register(app)


def register_plugins(app: typer.Typer) -> None:
    """Commands other packages add to `dunmail` (evals: eval, train, guardrails-eval, demo), found through
    the `dunmail.commands` entry point group in pyproject.toml, so the shell imports none of them."""
    for entry in sorted(entry_points(group=PLUGIN_GROUP), key=lambda e: e.name):
        entry.load()(app)


PLUGIN_GROUP = "dunmail.commands"
register_plugins(app)


def main() -> None:  # pragma: no cover - console entry
    app(prog_name="dunmail")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
