"""What every CLI command shares: one console, clear one-line failures, and the runtime lifecycle."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from dunmail.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from core.ports import Erp
    from dunmail.wiring import Runtime

console = Console()
errors = Console(stderr=True, soft_wrap=True)  # soft_wrap: one message stays one line, at any width


def print_error(message: str) -> None:
    """`error: <message>` as one line on stderr, whatever the terminal width."""
    errors.print(Text.assemble(("error:", "red"), " ", " ".join(message.split())))


def fail(message: str) -> NoReturn:
    """A clear one-line message on stderr and exit code 1: users see what to fix, never a traceback."""
    print_error(message)
    raise typer.Exit(code=1)


class CommandLine(typer.Typer):
    """The `dunmail` command line. The one place where a configuration mistake that escapes any
    command (a bad setting, an unusable or unreachable DATABASE_URL) becomes one line on stderr and
    exit code 1 (see config_errors); any other exception is a bug and keeps its traceback."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from dunmail.config_errors import explain

        try:
            return super().__call__(*args, **kwargs)
        except Exception as exc:
            message = explain(exc)
            if message is None:
                raise
            print_error(message)
            sys.exit(1)


def migrated_engine(settings: Settings | None = None) -> "Engine":
    """The database engine, with the schema brought up to date first (every command may be the first run)."""
    from dunmail.migrate import upgrade
    from dunmail.wiring import build_engine

    settings = settings or Settings()
    upgrade(settings.resolved_database_url)
    return build_engine(settings)


@contextmanager
def open_runtime(settings: Settings | None = None) -> Iterator["Runtime"]:
    """Migrate the database, build the service from settings, and close it afterwards."""
    from dunmail.migrate import upgrade
    from dunmail.wiring import ConfigError, build_runtime, require_llm_endpoint

    settings = settings or Settings()
    try:
        require_llm_endpoint(settings)  # refuse before the database is touched
    except ConfigError as exc:
        fail(str(exc))
    upgrade(settings.resolved_database_url)
    try:
        rt = build_runtime(settings)
    except ConfigError as exc:
        fail(str(exc))
    try:
        yield rt
    finally:
        rt.close()


@contextmanager
def open_erp_and_store(settings: Settings | None = None) -> Iterator[tuple["Erp", "Engine"]]:
    """The ERP snapshot and the migrated database, for read-only views that need no agent or mailbox."""
    from dunmail.wiring import ConfigError, build_erp

    settings = settings or Settings()
    try:
        erp = build_erp(settings)
    except ConfigError as exc:
        fail(str(exc))
    engine = migrated_engine(settings)
    try:
        yield erp, engine
    finally:
        engine.dispose()
