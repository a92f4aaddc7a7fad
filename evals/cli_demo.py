"""`dunmail demo`: the whole flow offline on the demo ERP and the sample mailbox (evals/datasets/sample).

Registered on the `dunmail` command line through the `dunmail.commands` entry point (evals/cli.py):
the demo mailbox is the sample split, which the shell does not import."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def demo(
        serve: bool = typer.Option(True, help="start the approval web app after processing"),
        data_dir: Path = typer.Option(Path("var/demo"), help="where the demo keeps its database and mailboxes"),
    ) -> None:
        """Run the whole flow offline on the demo ERP and sample mailbox, then open the approval app."""
        import os

        from dunmail.cli import ingest, processed_rows, results_table, serve_app
        from dunmail.cli_support import console, fail
        from dunmail.demo import DEMO_PASSWORD, ensure_demo_users
        from dunmail.migrate import upgrade
        from dunmail.settings import Settings
        from dunmail.tick import tick
        from dunmail.wiring import ConfigError, build_runtime, require_llm_endpoint
        from dunmail.worker import process_pending
        from evals.demo import seed_demo

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
            console.print(results_table(processed_rows(rt, [r.inbound_id for r in results]), "This run"))
            console.print(f"demo mailbox: {added} message(s) added, {stored} new, {len(results)} processed (model: {rt.model.name}); "
                          f"{len(reminders)} reminder(s) queued for {rt.erp.today()}")
            console.print("\n[bold]Approval app:[/bold] http://%s:%d" % (settings.web_host, settings.web_port))
            console.print("Demo logins (password [bold]%s[/bold]): %s" % (DEMO_PASSWORD, ", ".join(f"{u} ({r})" for u, r in users)))
            console.print(f"Approved replies land in {settings.resolved_sent_maildir}/cur")
            if serve:
                serve_app(rt)
        finally:
            rt.close()
