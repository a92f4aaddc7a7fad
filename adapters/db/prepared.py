"""Running a fixed Core statement on the hot paths without SQLAlchemy building it again each time.

Why: a worker runs the same dozen statements for every message (claim, fence, decision, audit events,
queue item, review state, pauses, outcome). SQLAlchemy's `Connection.execute` costs ~40 us of CPU per
statement on top of the driver's own ~15 us, mostly in finding the compiled form again (the statement's
cache key is rebuilt on every call) and in setting up its execution context (issue 17). Here each
statement is compiled once per dialect and set of parameter names, its parameters go through the same
bind processors `execute` applies (dates, JSON, enums), and the SQL runs as `exec_driver_sql` on the same
connection: the same transaction, events, error wrapping and disconnect handling, the same rows written.
Rows read come back as the driver gives them, with no result processing: use it for statements that
return integers and text (ids, tokens, thread and customer ids), not dates or JSON.

A statement this cannot run the same way (defaults computed at execution, expanding or literal-execute
parameters, a schema translate map) is passed to `Connection.execute` as before.

Inside a transaction already begun, with nothing listening (no execution events, no echo), the SQL goes to a
cursor of the connection's own DB-API connection, as `exec_driver_sql` would hand it over, and the rows come back
in a small result holding them (`Rows`): SQLAlchemy's execution context and CursorResult around one statement cost
~15-20 us of CPU on SQLite and ~40-90 us on PostgreSQL, about as much as the driver (issue 17, part 10). A driver
error is raised as `exec_driver_sql` raises it (SQLAlchemy's wrapper, a lost connection invalidated), through the
connection's own handler. Anywhere else (no transaction yet, so `exec_driver_sql` begins one; events or echo on)
the statement goes through `exec_driver_sql` as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy.engine import Connection, CursorResult, Dialect
from sqlalchemy.exc import MultipleResultsFound, NoResultFound
from sqlalchemy.sql.base import Executable


class _Compiled(NamedTuple):
    sql: str
    compiled: Any  # SQLCompiler
    processors: Mapping[str, Any]
    positions: tuple[str, ...] | None  # parameter names in order, for a positional driver (SQLite's qmark)
    escaped: Mapping[str, str]  # a parameter's name as the driver sees it, where SQLAlchemy escaped it


# (id of the statement, id of the dialect, parameter names) -> its compiled form, or None: run through execute().
# The statement and the dialect are kept beside it, so their ids cannot be taken by others while cached.
_CACHE: dict[tuple[int, int, tuple[str, ...]], tuple[Executable, Dialect, _Compiled | None]] = {}
_MOST = 1024  # a worker uses a few dozen entries


def run(connection: Connection, statement: Executable, params: Mapping[str, Any]) -> CursorResult[Any] | Rows:
    """`connection.execute(statement, params)` for a statement built once at import (one set of parameters)."""
    dialect = connection.dialect
    key = (id(statement), id(dialect), tuple(params))
    entry = _CACHE.get(key)
    if entry is None or entry[0] is not statement or entry[1] is not dialect:
        if len(_CACHE) >= _MOST:  # a process making one engine after another (tests) keeps no dialect alive for ever
            _CACHE.clear()
        entry = _CACHE[key] = (statement, dialect, _compile(statement, dialect, sorted(params)))
    prepared = entry[2]
    if prepared is None:
        return connection.execute(statement, params)
    values = prepared.compiled.construct_params(params, escape_names=False)
    processors = prepared.processors
    if prepared.positions is not None:
        driver_params: Any = dialect.execute_sequence_format(
            [processors[k](values[k]) if k in processors else values[k] for k in prepared.positions])
    else:
        escaped = prepared.escaped
        driver_params = {escaped.get(k, k): processors[k](v) if k in processors else v for k, v in values.items()}
    if _quiet_transaction(connection):
        return _on_cursor(connection, prepared.sql, driver_params)
    return connection.exec_driver_sql(prepared.sql, driver_params)


def _quiet_transaction(connection: Connection) -> bool:
    """Whether `exec_driver_sql` would only hand the SQL to a cursor here: a transaction already begun and active,
    no execution events (the connection's, its engine's or its dialect's) and no statement logging."""
    transaction = connection._transaction
    return (transaction is not None and transaction.is_active and connection._nested_transaction is None
            and connection._dbapi_connection is not None and not connection._echo
            and not (connection._has_events or connection.engine._has_events or connection.dialect._has_events))


def _on_cursor(connection: Connection, sql: str, driver_params: Any) -> Rows:
    """The statement on a cursor of the connection's DB-API connection, as the dialect's `do_execute` runs it; its rows."""
    cursor = None
    try:
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        connection.dialect.do_execute(cursor, sql, driver_params)
        rows = cursor.fetchall() if cursor.description else []
        count = cursor.rowcount
        cursor.close()
    except BaseException as e:  # noqa: BLE001 - raised again by SQLAlchemy's handler, wrapped as execute() wraps it
        connection._handle_dbapi_exception(e, sql, driver_params, cursor, None)
    return Rows(rows, count)


class Rows:
    """A statement's rows, answering the questions the hot paths ask of a CursorResult (first, scalar, scalar_one,
    all, scalars, rowcount, iteration) with the same answers: rows are the driver's tuples, indexed and unpacked
    as a Row is, and equal to the Rows execute() returns."""

    __slots__ = ("_rows", "rowcount")

    def __init__(self, rows: Sequence[Any], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)

    def all(self) -> list[Any]:
        return list(self._rows)

    def first(self) -> Any:
        return self._rows[0] if self._rows else None

    def scalar(self) -> Any:
        return self._rows[0][0] if self._rows else None

    def scalar_one(self) -> Any:
        if not self._rows:
            raise NoResultFound("No row was found when one was required")
        if len(self._rows) > 1:
            raise MultipleResultsFound("Multiple rows were found when exactly one was required")
        return self._rows[0][0]

    def scalars(self) -> Rows:
        return Rows([row[0] for row in self._rows], self.rowcount)


def _compile(statement: Executable, dialect: Dialect, names: list[str]) -> _Compiled | None:
    """The statement's compiled form for these parameter names (sorted, as execute() compiles it), or None when
    only execute() runs it the same."""
    compiled: Any = statement.compile(dialect=dialect, column_keys=names)  # type: ignore[attr-defined]
    if (compiled.insert_prefetch or compiled.update_prefetch or compiled.literal_execute_params or compiled.post_compile_params
            or compiled.schema_translate_map):
        return None
    processors = getattr(compiled, "_bind_processors", None)
    if processors is None:  # a SQLAlchemy without this: the ordinary path
        return None
    positions = tuple(compiled.positiontup) if compiled.positional else None
    return _Compiled(compiled.string, compiled, processors, positions, dict(compiled.escaped_bind_names))
