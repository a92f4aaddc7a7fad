from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from adapters.db.db import make_engine
from dunmail.migrate import upgrade


@pytest.fixture
def engine(sqlite_url: str) -> Iterator[Engine]:
    """A migrated, empty dunmail database (SQLite) for the mirror."""
    upgrade(sqlite_url)
    eng = make_engine(sqlite_url)
    yield eng
    eng.dispose()


@pytest.fixture
def any_engine(database_url: str) -> Iterator[Engine]:
    """The same, once on SQLite and once on PostgreSQL."""
    upgrade(database_url)
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture
def no_sleep() -> list[float]:
    """Records the waits a connector asks for instead of sleeping (rate-limit tests stay instant)."""
    return []
