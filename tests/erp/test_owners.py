"""Which collector owns a customer when the books name none (QuickBooks, Xero, Stripe): the team's owners
file wins over the books, the books over the default owner; a broken file stops start-up with one line."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from dunmail.settings import Settings
from dunmail.wiring import ConfigError, build_erp
from tests.foundation.world import WORLD


def _world_without_brau_owner(tmp_path: Path) -> Path:
    world = copy.deepcopy(WORLD)
    for c in world["customers"]:
        if c["id"] == "C-BRAU":
            c["owner"] = ""
    path = tmp_path / "world.json"
    path.write_text(json.dumps(world), encoding="utf-8")
    return path


def _settings(tmp_path: Path, **extra) -> Settings:  # noqa: ANN003
    return Settings(data_dir=tmp_path, erp="world", erp_world=_world_without_brau_owner(tmp_path), _env_file=None, **extra)


def test_the_owners_file_wins_over_the_books_and_the_default_fills_the_rest(tmp_path: Path) -> None:
    owners = tmp_path / "owners.csv"
    owners.write_text("customer_id,owner\n# the legal account moved to the team lead\nC-LEGAL, carol\n", encoding="utf-8")
    erp = build_erp(_settings(tmp_path, owners_file=owners, default_owner="dana"))
    assert erp.customer("C-LEGAL").owner == "carol"  # file over the books' "alice"
    assert erp.customer("C-ACME").owner == "alice"  # the books, untouched by file or default
    assert erp.customer("C-BRAU").owner == "dana"  # no owner anywhere: the default
    assert erp.customer_by_email("buchhaltung@brauhaus-kessler.example").owner == "dana"
    assert {c.id: c.owner for c in erp.customers()} == {"C-ACME": "alice", "C-BRAU": "dana", "C-LEGAL": "carol"}
    assert [i.number for i in erp.open_invoices("C-ACME")] == ["INV-2026-1001", "INV-2026-1002"]  # the rest is the books' answer


def test_without_an_assignment_a_customer_the_books_leave_unowned_stays_in_the_shared_queue(tmp_path: Path) -> None:
    assert build_erp(_settings(tmp_path)).customer("C-BRAU").owner == ""


@pytest.mark.parametrize("content,says", [
    ("C-ACME\n", "line 1: expected `customer_id,owner`"),
    ("C-ACME,alice\nC-ACME,bob\n", "customer C-ACME is given two owners"),
])
def test_a_broken_owners_file_stops_start_up_with_one_line_naming_it(tmp_path: Path, content: str, says: str) -> None:
    owners = tmp_path / "owners.csv"
    owners.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        build_erp(_settings(tmp_path, owners_file=owners))
    assert says in str(err.value) and "\n" not in str(err.value)


def test_a_missing_owners_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the owners file"):
        build_erp(_settings(tmp_path, owners_file=tmp_path / "nope.csv"))
