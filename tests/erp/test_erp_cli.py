"""`dunmail erp` as an operator meets it before anything is connected: each gap is one clear line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dunmail.cli import app

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for key in [k for k in os.environ if k.startswith(("DUNMAIL_", "DATABASE_URL", "STRIPE_"))]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("DUNMAIL_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("erp", "expected"), [
    ("csv", "DUNMAIL_ERP=csv needs DUNMAIL_ERP_CSV_DIR"),
    ("quickbooks", "QuickBooks needs DUNMAIL_QUICKBOOKS_REALM_ID"),
    ("xero", "Xero needs DUNMAIL_XERO_TENANT_ID"),
    ("stripe", "Stripe needs DUNMAIL_STRIPE_API_KEY"),
    ("world", "there is nothing to sync"),
])
def test_a_sync_without_its_settings_names_the_setting_to_fill(env: Path, monkeypatch: pytest.MonkeyPatch, erp: str, expected: str) -> None:
    monkeypatch.setenv("DUNMAIL_ERP", erp)
    result = runner.invoke(app, ["erp", "sync"])
    assert result.exit_code == 1
    assert expected in " ".join(result.output.split())


def test_status_of_a_connector_never_synced_says_so(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUNMAIL_ERP", "stripe")
    status = json.loads(runner.invoke(app, ["erp", "status", "--json"]).stdout)
    assert (status["healthy"], status["customers"], status["last_sync"]) == (False, 0, None)
    assert "stripe has never been synced: run `dunmail erp sync`" == status["reason"]
