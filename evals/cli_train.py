"""`dunmail train`: fit the offline reply model on the labelled datasets and measure it.

Registered on the `dunmail` command line through the `dunmail.commands` entry point (evals/cli.py)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

console = Console()


def register(app: typer.Typer) -> None:
    """Add `dunmail train` to the main CLI."""

    @app.command()
    def train(
        out: Path = typer.Option(None, help="Where to write the fitted model (default: inside the package)."),
        report: list[str] = typer.Option(["dev"], help="Splits to measure after training (dev, test, sample)."),
        no_seed: bool = typer.Option(False, "--no-seed", help="Leave out the hand-written seed replies."),
    ) -> None:
        """Retrain the offline reply model on evals/datasets/train (fixed seeds: same data, same model)."""
        from agent.models.offline import FITTED_PATH
        from evals import train as training

        target = out or FITTED_PATH
        training.train(target, use_seed=not no_seed, log=console.print)
        for split in report:
            training.report(split, target, log=console.print)
