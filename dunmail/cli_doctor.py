"""`dunmail doctor [--fix]`: one line per check of this installation, exit 1 when any fails."""

from __future__ import annotations

import typer

from dunmail.cli_support import console


def doctor(fix: bool = typer.Option(False, "--fix", help="Create the IMAP Sent folder when it is missing (the only change the doctor makes).")) -> None:
    """Check the configuration, database, mailboxes, outbox, ERP and LLM endpoint; say what is wrong in one line each."""
    from pydantic import ValidationError
    from pydantic_settings import SettingsError

    from dunmail.config_errors import explain
    from dunmail.doctor import run_checks
    from dunmail.settings import Settings

    try:
        settings = Settings()
    except (ValidationError, SettingsError, ValueError) as exc:
        console.print(f"FAIL configuration: {explain(exc) or 'a setting cannot be used'}", style="red", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    findings = run_checks(settings, fix=fix)
    for finding in findings:
        console.print(finding.line(), style=None if finding.ok else "red", highlight=False, markup=False, soft_wrap=True)
    failed = [f for f in findings if not f.ok]
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `dunmail doctor` to the main CLI."""
    app.command("doctor")(doctor)
