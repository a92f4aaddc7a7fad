"""Crash and poison suites: the service built as `dunmail` builds it (see tests/foundation/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dunmail.wiring import Runtime
from tests.foundation.conftest import _runtime_factory


@pytest.fixture
def make_sqlite_runtime(tmp_path: Path, sqlite_url: str) -> Iterator[Callable[..., Runtime]]:
    yield from _runtime_factory(tmp_path, sqlite_url)
