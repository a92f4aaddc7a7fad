"""What every CLI command shares: one console, clear one-line failures, and the runtime lifecycle."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console

from dunmail.settings import Settings

if TYPE_CHECKING:
    from dunmail.wiring import Runtime

console = Console()


def fail(message: str) -> NoReturn:
    """A clear message and exit code 1: users see what to fix, never a traceback."""
    console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code=1)


@contextmanager
def open_runtime(settings: Settings | None = None) -> Iterator["Runtime"]:
    """Migrate the database, build the service from settings, and close it afterwards."""
    from dunmail.migrate import upgrade
    from dunmail.wiring import ConfigError, build_runtime

    settings = settings or Settings()
    upgrade(settings.resolved_database_url)
    try:
        rt = build_runtime(settings)
    except ConfigError as exc:
        fail(str(exc))
    try:
        yield rt
    finally:
        rt.close()
