"""CLI commands of the brain area, mounted on the main `dunmail` app by register():
`dunmail classify` (read one reply). `dunmail train` reads the eval datasets, so it lives in evals/cli_train.py."""

from __future__ import annotations

import typer
from rich.console import Console

console = Console()


def register(app: typer.Typer) -> None:
    """Add this area's commands to the main CLI."""

    @app.command()
    def classify(
        text: str = typer.Argument(..., help="The reply text."),
        subject: str = typer.Option("Re: Payment reminder", help="Subject line."),
        sent_at: str = typer.Option(None, help="ISO date-time the reply was sent (default: now)."),
        language: str = typer.Option(None, help="The customer's language, if known."),
    ) -> None:
        """Classify one reply with the configured model (offline unless DUNMAIL_MODEL or OPENAI_* say
        otherwise) and print the result as JSON."""
        from datetime import datetime, timezone

        from agent.models.offline import ModelNotTrained
        from core.contracts import ClassifyInput
        from dunmail.cli_support import fail
        from dunmail.settings import Settings
        from dunmail.wiring import ConfigError, build_model

        item = ClassifyInput(subject=subject, text=text, sent_at=sent_at or datetime.now(timezone.utc).isoformat(),
                             customer_language=language)
        try:
            result = build_model(Settings()).classify(item)
        except (ModelNotTrained, ConfigError) as exc:
            fail(str(exc))
        console.print_json(result.model_dump_json())
