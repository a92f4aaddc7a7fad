"""The offline reader, loaded once per test module that asks for `model` (modules that load their own keep theirs)."""

from __future__ import annotations

import pytest

from agent.models.offline import OfflineModel


@pytest.fixture(scope="module")
def model() -> OfflineModel:
    return OfflineModel()
