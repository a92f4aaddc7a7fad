"""`dunmail erp sync`, `dunmail erp status [--json]` and `dunmail erp webhooks`: the connected books."""

from __future__ import annotations

import json
from datetime import date, timedelta

import typer
from rich.table import Table

from dunmail.cli_support import console, fail, migrated_engine
from dunmail.settings import Settings

erp_app = typer.Typer(help="The ERP mirror: sync it from the connected system, see how fresh it is, receive payment webhooks.", no_args_is_help=True)


def _settings(today: str | None = None) -> Settings:
    settings = Settings()
    if today:
        try:
            settings.erp_today = date.fromisoformat(today)
        except ValueError:
            fail(f"--today must be a date like 2026-11-30, not {today!r}")
    return settings


@erp_app.command("sync")
def sync(force: bool = typer.Option(False, "--force", help="Accept a snapshot that lost more than half of the mirror's records.")) -> None:
    """Pull what changed in the connected system (DUNMAIL_ERP) into the local mirror."""
    from adapters.erp_mirror.sync import run_sync
    from dunmail.wiring import ConfigError, build_connector

    settings = _settings()
    try:
        connector = build_connector(settings)
    except ConfigError as exc:
        fail(str(exc))
    engine = migrated_engine(settings)
    try:
        outcome = run_sync(engine, connector, force=force)
    finally:
        engine.dispose()
    for problem in outcome.problems:
        console.print(f"[yellow]skipped:[/yellow] {problem}", soft_wrap=True)
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in outcome.counts.items()) or "nothing changed"
    if outcome.status != "ok":
        fail(f"{outcome.source} sync #{outcome.run_id} {outcome.status}: {outcome.error}")
    console.print(f"{outcome.source} sync #{outcome.run_id} ok: {counts}" + (f"; {len(outcome.problems)} record(s) skipped" if outcome.problems else ""))


@erp_app.command("status")
def status(as_json: bool = typer.Option(False, "--json", help="Print JSON (counts, last sync, per-connector details)."),
           today: str | None = typer.Option(None, "--today", help="The day to report for (YYYY-MM-DD); default: the clock.")) -> None:
    """How many customers, invoices and payments the agent sees, and when they were last synced."""
    from adapters.erp_mirror.sync import mirror_status
    from dunmail.wiring import ConfigError, build_erp

    settings = _settings(today)
    if settings.erp == "world":
        try:
            erp = build_erp(settings)
        except ConfigError as exc:
            fail(str(exc))
        customers = erp.customers()
        invoices = [i for c in customers for i in erp.invoices(c.id)]
        payments = [p for c in customers for p in erp.payments(c.id)] + erp.unidentified_payments()
        report = {"connector": "world", "healthy": True, "reason": None, "customers": len(customers), "invoices": len(invoices),
                  "open_invoices": sum(1 for i in invoices if i.is_open), "payments": len(payments),
                  "unidentified_payments": len(erp.unidentified_payments()), "credit_notes": 0, "last_sync": None, "last_success": None,
                  "connectors": {}, "today": erp.today().isoformat(), "snapshot": str(settings.erp_world or settings.data_dir / "world.json")}
    else:
        engine = migrated_engine(settings)
        try:
            report = mirror_status(engine, settings.erp, timedelta(hours=settings.erp_max_age_hours))
        finally:
            engine.dispose()
        report["today"] = (settings.erp_today or build_today(settings)).isoformat()
    if as_json:
        print(json.dumps(report, indent=2, default=str))
        return
    table = Table(title=f"ERP: {report['connector']} (today {report['today']})")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key in ("customers", "invoices", "open_invoices", "payments", "unidentified_payments", "credit_notes"):
        table.add_row(key.replace("_", " "), str(report[key]))
    console.print(table)
    last = report.get("last_sync")
    console.print(f"last sync: {last['label']} {last['status']}" + (f" — {last['error']}" if last.get("error") else "") if last else "last sync: never")
    if not report["healthy"]:
        console.print(f"[red]not trusted:[/red] {report['reason']} — replies are routed to a human until a sync succeeds", soft_wrap=True)


def build_today(settings: Settings) -> date:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(settings.timezone)).date()


@erp_app.command("webhooks")
def webhooks(port: int | None = typer.Option(None, "--port", help="Port (default DUNMAIL_ERP_WEBHOOK_PORT).")) -> None:
    """Receive payment webhooks (Stripe, QuickBooks, Xero): a paid invoice's reminders stop at once."""
    import uvicorn

    from dunmail.erp_webhooks import create_webhook_app

    settings = _settings()
    engine = migrated_engine(settings)
    uvicorn.run(create_webhook_app(settings, engine), host=settings.web_host, port=port or settings.erp_webhook_port, log_level="info")


def register(app: typer.Typer) -> None:
    """Mount `dunmail erp …` on the main CLI."""
    app.add_typer(erp_app, name="erp")
