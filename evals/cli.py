"""The commands evals adds to `dunmail` (eval, train, guardrails-eval, demo).

pyproject.toml names `register` in the `dunmail.commands` entry point group; dunmail/cli.py finds it
there, so the shell never imports evals while these commands keep their names and arguments."""

from __future__ import annotations

import typer

from evals import cli_demo, cli_eval, cli_guardrails, cli_train


def register(app: typer.Typer) -> None:
    for area in (cli_demo, cli_guardrails, cli_train, cli_eval):
        area.register(app)
