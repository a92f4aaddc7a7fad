"""One line for a configuration mistake, instead of a traceback.

The CLI's entry point asks `explain()` about any exception that escapes a command: a bad setting in
the environment, a database URL that cannot be used or reached, or a `ConfigError` from the
composition root becomes one sentence naming the variable to fix. Anything else is a bug and keeps
its traceback. The messages never repeat a setting's value unless it is one of a fixed set of
choices, so a password in DATABASE_URL or an API key cannot end up in a terminal log.
"""

from __future__ import annotations

import re
import traceback

from pydantic import ValidationError
from pydantic_settings import SettingsError
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from dunmail.settings import Settings

_FIELD_IN_SETTINGS_ERROR = re.compile(r'field "(?P<field>[^"]+)"')


def env_name(field: str) -> str:
    """The environment variable an operator sets for this settings field (or alias)."""
    info = Settings.model_fields.get(field)
    alias = getattr(info, "validation_alias", None) if info else None
    choices = getattr(alias, "choices", None)
    if choices:
        return str(choices[0])
    if info is None:
        return field.upper()  # already an alias such as DATABASE_URL
    return f"{Settings.model_config.get('env_prefix', '')}{field}".upper()


def _setting_problem(error: dict) -> str:
    """One validation error as "VARIABLE must ...", quoting the value only for a choice."""
    name = env_name(str(error["loc"][0])) if error.get("loc") else "a setting"
    if error.get("type") == "literal_error":
        given = error.get("input")
        got = "it is empty" if given in (None, "") else f"got {given!r}"
        expected = str(error.get("ctx", {}).get("expected", "")).replace("'", "")
        return f"{name} must be one of {expected} ({got})"
    message = str(error.get("msg", "is not valid"))
    message = message.removeprefix("Value error, ")
    return f"{name} {message}" if message[:1].islower() else f"{name}: {message}"


def opening_a_connection(exc: BaseException) -> bool:
    """Whether the error came from the connection pool opening a connection (an unreachable server,
    a missing database, a file that cannot be opened), not from a statement on an open one."""
    return any(frame.f_code.co_name == "__connect" and "sqlalchemy" in frame.f_code.co_filename
               for frame, _ in traceback.walk_tb(exc.__traceback__))


def _psycopg_connect_failure(exc: BaseException) -> bool:
    """A psycopg connection that could not be opened outside SQLAlchemy (the schema lock opens its own)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    return isinstance(exc, psycopg.OperationalError) and any(
        frame.f_code.co_name == "connect" and "psycopg" in frame.f_code.co_filename for frame, _ in traceback.walk_tb(exc.__traceback__))


def explain(exc: BaseException) -> str | None:
    """The one-line message for a configuration mistake, or None when `exc` is not one."""
    from dunmail.wiring import ConfigError

    if isinstance(exc, ConfigError):
        return str(exc)
    if isinstance(exc, ValidationError) and exc.title == Settings.__name__:
        return "; ".join(_setting_problem(e) for e in exc.errors()) + " (check the environment or .env)"
    if isinstance(exc, SettingsError):
        match = _FIELD_IN_SETTINGS_ERROR.search(str(exc))
        name = env_name(match["field"]) if match else "a setting"
        return f"{name} could not be read: check its format in README (check the environment or .env)"
    if isinstance(exc, (ArgumentError, NoSuchModuleError)):
        return "DATABASE_URL cannot be used: expected postgresql://user:password@host:5432/dbname or sqlite:////path/to/dunmail.db"
    if isinstance(exc, DBAPIError) and opening_a_connection(exc):
        reason = " ".join(str(exc.orig).split()) if exc.orig is not None else type(exc).__name__
        return f"cannot connect to the database in DATABASE_URL: {reason}"
    if _psycopg_connect_failure(exc):
        return f"cannot connect to the database in DATABASE_URL: {' '.join(str(exc).split())}"
    if isinstance(exc, OSError) and exc.filename:  # a data directory or SQLite file that cannot be made or opened
        return f"cannot use {exc.filename}: {exc.strerror or type(exc).__name__} (check DUNMAIL_DATA_DIR, DATABASE_URL and the paths given)"
    return None
