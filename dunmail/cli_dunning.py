"""CLI commands of the dunning area, mounted on the main `dunmail` app by register():
`dunmail tick`, `dunmail reminders`, `dunmail report`, `dunmail resolve-dispute`, `dunmail stop-invoice`,
`dunmail restart-invoice`, `dunmail approve-reminders`, `dunmail pauses`, `dunmail lift-pause`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from dunmail.cli_support import console, fail, open_erp_and_store, open_runtime

TODAY_HELP = "The day to act for (YYYY-MM-DD); default: the ERP snapshot's date."
POLICY_HELP = "A dunning policy file (default: agent/dunning/policy.toml)."


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--today must be a date like 2026-11-16, not {value!r}")
    return None


def _policy(path: Path | None) -> Any:
    """The dunning policy file, with the go-live date of the settings (DUNMAIL_GO_LIVE_DATE) if set."""
    from agent.dunning.policy import DunningError, load_policy
    from dunmail.settings import Settings

    try:
        return load_policy(path).going_live(Settings().go_live_date)
    except DunningError as exc:
        fail(str(exc))


def tick(today: str | None = typer.Option(None, "--today", help=TODAY_HELP), policy: Path | None = typer.Option(None, "--policy", help=POLICY_HELP)) -> None:
    """Move dunning forward one day: check promises due, end dated pauses, queue today's reminders."""
    from dunmail.tick import tick as run_tick

    rules = _policy(policy)
    with open_runtime() as rt:
        report = run_tick(rt, _day(today), rules)
    console.print(f"[bold]{report.today}[/bold]: {len(report.kept)} promise(s) kept, {len(report.broken)} broken, "
                  f"{len(report.resumed)} pause(s) ended, {len(report.queued)} item(s) queued")
    for line in report.resumed:
        console.print(f"  resumed {line}")
    for skip in report.skipped:
        console.print(f"  [dim]no reminder for {skip.customer_id}: {skip.reason}[/dim]")


def reminders(today: str | None = typer.Option(None, "--today", help=TODAY_HELP), policy: Path | None = typer.Option(None, "--policy", help=POLICY_HELP)) -> None:
    """Show which reminders today's tick would queue, and why others get none (changes nothing)."""
    from dunmail.planning import plan_day

    rules = _policy(policy)
    with open_erp_and_store() as (erp, engine):
        day = plan_day(engine, erp, _day(today) or erp.today(), rules)
    table = Table(title=f"{len(day.plans)} reminder(s) due")
    for column in ("customer", "stage", "tone", "invoices", "total", "review"):
        table.add_column(column, overflow="fold")
    for p in day.plans:
        review = "human only (no draft)" if p.route_only else "owner / flagged" if p.needs_human else "batch" if p.batch_approve else "one by one"
        table.add_row(f"{p.customer_name} ({p.customer_id})", p.stage, p.tone, ", ".join(p.invoices), f"{p.total} {p.currency}", review)
    console.print(table)
    for skip in day.skipped:
        console.print(f"[dim]no reminder for {skip.customer_id}: {skip.reason}[/dim]")


def report(today: str | None = typer.Option(None, "--today", help=TODAY_HELP), csv_out: Path | None = typer.Option(None, "--csv", help="Also write the metrics to this CSV file."),
           as_json: bool = typer.Option(False, "--json", help='Print the metrics as JSON, money grouped by currency: {"currencies": {"EUR": {...}}, ...}.'),
           owner: str | None = typer.Option(None, "--owner", help="Only this collector's customers.")) -> None:
    """Collection metrics: promises, automation, response time, disputes; per currency: recovery, DSO, overdue by stage."""
    import json

    from dunmail.metrics import collection_metrics, metric_rows, metrics_csv

    with open_erp_and_store() as (erp, engine):
        if owner is not None and not any(c.owner == owner for c in erp.customers()):
            fail(f"--owner {owner!r} owns no customer in the ERP")
        metrics = collection_metrics(engine, erp, _day(today) or erp.today(), owner=owner)
    if as_json:
        typer.echo(json.dumps(metrics, indent=2))
        if csv_out:
            csv_out.write_text(metrics_csv(metrics), encoding="utf-8")
        return
    table = Table(title=f"Collections as of {metrics['as_of']}" + (f", {owner}'s customers" if owner else ""))
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in metric_rows(metrics):
        table.add_row(name, value)
    console.print(table)
    if csv_out:
        csv_out.write_text(metrics_csv(metrics), encoding="utf-8")
        console.print(f"written to {csv_out}")


def resolve_dispute(
    customer: str = typer.Argument(..., help="Customer id."),
    invoice: str = typer.Option("", "--invoice", help="Invoice number; empty = the customer-wide pause."),
    user: str = typer.Option(..., "--user", help="Who resolved it (goes into the audit log)."),
    note: str = typer.Option(..., "--note", help="How it was resolved."),
) -> None:
    """Lift a dispute pause (or another open-ended pause) after a human resolved it."""
    from agent.dunning.policy import DunningError
    from dunmail.tick import resolve_dispute as run

    with open_runtime() as rt:
        _require_actor(rt, user)
        try:
            console.print(run(rt, customer, invoice, user, note))
        except DunningError as exc:
            fail(str(exc))


def _require_actor(rt: Any, user: str) -> None:
    """The audit log names a person: only an active collector or manager may act (as in the web app)."""
    from sqlmodel import Session

    from dunmail.users import find_user

    with Session(rt.engine) as session:
        person = find_user(session, user)
    if person is None or not person.active or person.role not in ("collector", "manager"):
        fail(f"{user!r} is not an active collector or manager (see `dunmail user list`)")


def _set_invoice_stop(invoice: str, user: str, note: str, *, stopped: bool) -> None:
    from agent.dunning.policy import DunningError
    from dunmail.tick import stop_invoice as run

    with open_runtime() as rt:
        _require_actor(rt, user)
        found = rt.erp.invoice(invoice)
        if found is None:
            fail(f"no invoice {invoice} in the ERP snapshot")
        try:
            console.print(run(rt, found.customer_id, found.number, user, note, stopped=stopped))
        except DunningError as exc:
            fail(str(exc))


def stop_invoice(
    invoice: str = typer.Argument(..., help="Invoice number, as in the ERP."),
    user: str = typer.Option(..., "--user", help="Who stops it (goes into the audit log)."),
    note: str = typer.Option(..., "--note", help="Why, e.g. 'credit note agreed with sales'."),
) -> None:
    """Stop reminders for one invoice until restarted (the customer's other invoices carry on)."""
    _set_invoice_stop(invoice, user, note, stopped=True)


def restart_invoice(
    invoice: str = typer.Argument(..., help="Invoice number, as in the ERP."),
    user: str = typer.Option(..., "--user", help="Who restarts it (goes into the audit log)."),
    note: str = typer.Option(..., "--note", help="Why reminders may resume."),
) -> None:
    """Let reminders for a stopped invoice resume."""
    _set_invoice_stop(invoice, user, note, stopped=False)


def pauses(
    customer: str | None = typer.Option(None, "--customer", help="Only this customer's pauses."),
    state: str | None = typer.Option(None, "--state", help="proposed, active or lifted."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list of pauses."),
) -> None:
    """Every pause with its source and state: proposed ones wait on an item's approval."""
    import json

    from sqlmodel import Session

    from adapters.db.tables import PauseState
    from dunmail import pauses as store
    from dunmail.cli_support import migrated_engine

    if state is not None and state not in (PauseState.proposed, PauseState.active, PauseState.lifted):
        fail(f"--state must be proposed, active or lifted, not {state!r}")
    engine = migrated_engine()
    try:
        with Session(engine) as session:
            rows = [store.as_json(p) for p in store.listing(session, customer_id=customer, state=state)]
    finally:
        engine.dispose()
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table("id", "customer", "invoice", "until", "state", "source", "reason")
    for r in rows:
        table.add_row(str(r["id"]), r["customer_id"], r["invoice"] or "(all)", r["until"] or "open-ended", r["state"], r["source"], r["reason"])
    console.print(table if rows else "no pauses")


def lift_pause(
    pause_id: int = typer.Argument(..., help="The pause's id (see `dunmail pauses`)."),
    user: str = typer.Option(..., "--user", help="Who lifts it (goes into the audit log)."),
    note: str = typer.Option(..., "--note", help="Why reminders may resume."),
) -> None:
    """Lift one active pause; the customer's other pauses stay as they are."""
    from adapters.db.db import session_scope
    from dunmail import pauses as store
    from dunmail.cli_support import migrated_engine
    from dunmail.users import find_user

    engine = migrated_engine()
    try:
        with session_scope(engine) as session:
            person = find_user(session, user)
            if person is None or not person.active or person.role not in ("collector", "manager"):
                fail(f"{user!r} is not an active collector or manager")
            try:
                row = store.lift(session, pause_id, user, note)
            except store.PauseError as exc:
                fail(str(exc))
            console.print(f"pause {row.id} of {row.customer_id}{'/' + row.invoice if row.invoice else ''} lifted")
    finally:
        engine.dispose()


def approve_reminders(ids: list[int] = typer.Argument(..., help="Queue item ids."), user: str = typer.Option(..., "--user", help="The approving manager."),
                      today: str | None = typer.Option(None, "--today", help="The day to act for, as with tick (the guardrails' clock); default: now.")) -> None:
    """Batch-approve routine reminders (flagged items and non-routine stages are left for review)."""
    from sqlmodel import Session

    from dunmail.tick import approve_batch
    from dunmail.users import find_user

    day = _day(today)
    with open_runtime() as rt:
        with Session(rt.engine) as session:
            person = find_user(session, user)
            if person is None or not person.active or person.role != "manager":
                fail(f"{user!r} is not an active manager: only managers approve reminders in a batch")
        for outcome in approve_batch(rt, ids, user, day):
            console.print(f"{outcome.approval_id}: {outcome.status} — {outcome.message}")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the main CLI."""
    app.command("tick")(tick)
    app.command("reminders")(reminders)
    app.command("report")(report)
    app.command("resolve-dispute")(resolve_dispute)
    app.command("stop-invoice")(stop_invoice)
    app.command("restart-invoice")(restart_invoice)
    app.command("approve-reminders")(approve_reminders)
    app.command("pauses")(pauses)
    app.command("lift-pause")(lift_pause)
