"""`dunmail shadow`: replay a mailbox's history read-only and report what dunmail would have done."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from dunmail.cli_support import console, fail
from dunmail.settings import Settings

if TYPE_CHECKING:
    from dunmail.shadow_sources import MailHistory


def _since(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2025-01-31") from None


def register(app: typer.Typer) -> None:
    @app.command("shadow")
    def shadow_command(
        since: str = typer.Option(..., "--since", metavar="DATE", help="replay messages from this day on (YYYY-MM-DD)"),
        source: str | None = typer.Option(None, "--source", help="imap | maildir | mbox (default: DUNMAIL_INBOX_SOURCE)"),
        path: str | None = typer.Argument(None, metavar="[PATH]", help="the IMAP folder, Maildir folder or mbox file to replay "
                                          "(default: the first of DUNMAIL_IMAP_FOLDERS, or the configured Maildir)"),
        sent: str | None = typer.Option(None, "--sent", help="our sent mail, to compare drafts with: an IMAP folder (default: "
                                        "DUNMAIL_IMAP_SENT_FOLDER), a Maildir folder or an mbox file"),
        out: Path = typer.Option(Path("shadow-report"), "--out", help="where the report, its rows and the resume point go"),
        limit: int | None = typer.Option(None, "--limit", min=1, help="stop after this many messages (rerun to continue)"),
        restart: bool = typer.Option(False, "--restart", help="forget an earlier run in --out and start again"),
    ) -> None:
        """Replay past customer replies through the real reader, policy and guardrails, changing nothing.

        The mailbox is only read (IMAP: EXAMINE and BODY.PEEK, no flag changes) and nothing is written
        to dunmail's database. Rerunning continues after the last message done."""
        from imapclient import IMAPClient
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        from adapters.mail.connect import MailConnectionError
        from dunmail.shadow import ShadowError, run_shadow
        from dunmail.shadow import restart as forget_run
        from dunmail.shadow_report import write_reports
        from dunmail.shadow_sent import SentIndex
        from dunmail.shadow_sources import ShadowSourceError, open_history
        from dunmail.wiring import ConfigError, build_shadow_agent

        settings = Settings()
        day = _since(since)
        kind = (source or settings.inbox_source).strip().lower()
        if kind not in ("imap", "maildir", "mbox"):
            fail(f"--source must be imap, maildir or mbox (got {source!r})")
        if kind == "mbox" and not path:
            fail("--source mbox needs the mbox file to replay: dunmail shadow --source mbox PATH --since DATE")
        where = path or (settings.imap_folders[0] if kind == "imap" else str(settings.resolved_maildir))
        history = open_history(kind, where, settings)  # type: ignore[arg-type]
        sent_history = _sent_history(kind, sent, settings)
        out.mkdir(parents=True, exist_ok=True)
        if restart:
            forget_run(out)
        _require_readable_mirror(settings)
        try:
            agent = build_shadow_agent(settings)
        except ConfigError as exc:
            fail(str(exc))
        try:
            agent.context.erp.customers()  # one read now, rather than every reply quarantined with the same error
        except Exception as exc:  # noqa: BLE001 - any failure here means the ERP cannot be read at all
            agent.close()
            fail(f"cannot read the ERP (DUNMAIL_ERP={settings.erp}): {type(exc).__name__}: {str(exc).splitlines()[0]}; "
                 "run `dunmail migrate` and `dunmail erp sync` first")
        index = SentIndex(out / "sent-index.sqlite") if sent_history is not None else None
        started = datetime.now()
        try:
            with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} messages"),
                          TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=console, transient=False) as bar:
                if index is not None and sent_history is not None:
                    task = bar.add_task(f"indexing our sent mail in {sent_history.description}", total=None, rate="")
                    index.build(sent_history, on_message=lambda: bar.advance(task))
                    bar.update(task, total=bar.tasks[task].completed)
                task = bar.add_task(f"replaying {history.description}", total=None, rate="")

                def advance(_row: dict) -> None:
                    bar.advance(task)
                    seconds = (datetime.now() - started).total_seconds()
                    bar.update(task, rate=f"{bar.tasks[task].completed / seconds:.1f} msg/s" if seconds else "")

                run = run_shadow(agent, history, out, since=day, sent=index, limit=limit, on_message=advance)
                bar.update(task, total=bar.tasks[task].completed)
        except (ShadowError, ShadowSourceError, MailConnectionError) as exc:
            fail(str(exc))
        except (IMAPClient.Error, OSError) as exc:  # the connection dropped mid-way: every message done so far is kept
            fail(f"reading the mailbox failed ({type(exc).__name__}: {exc}); rerun the same command to continue after the last message done")
        finally:
            agent.close()
            if index is not None:
                index.close()
        json_path, html_path = write_reports(out)
        resumed = f" (continued after {run.resumed_after})" if run.resumed_after else ""
        console.print(f"{run.replayed} message(s) replayed{resumed}, {run.done} in this run's report")
        console.print(f"report: {html_path}  ·  rows: {json_path}")


def _require_readable_mirror(settings: Settings) -> None:
    """A mirror ERP is read from dunmail's database; shadow mode must not create an empty one by looking."""
    url = settings.resolved_database_url
    if settings.erp != "world" and url.startswith("sqlite") and not Path(url.split("///", 1)[-1]).exists():
        fail(f"DUNMAIL_ERP={settings.erp} reads the ERP mirror in {url.split('///', 1)[-1]}, which does not exist: "
             "run `dunmail migrate` and `dunmail erp sync` first")


def _sent_history(kind: str, sent: str | None, settings: Settings) -> MailHistory | None:
    """Where our sent mail is: the named folder or file, or the IMAP Sent folder by default."""
    from dunmail.shadow_sources import open_history

    if sent is None:
        return open_history("imap", settings.imap_sent_folder, settings) if kind == "imap" else None
    if kind == "imap":
        return open_history("imap", sent, settings)
    return open_history("maildir" if Path(sent).is_dir() else "mbox", sent, settings)
