"""Assemble the hand-written field65 threads into the dataset contract (world.json + threads.jsonl).

The envelope (our reminder, the quoted block, Outlook HTML) and the mechanical labelling rules are
evals/field/build.py's, run on this split's own world and replies. One difference: our reminder, which
evals/field/build.py sends `gap_days` before the reply, is moved back to the Friday before when that day is a
Saturday or Sunday (reminders leave Hamburg on working days); delivery-status notifications keep their gap.
Deterministic: re-running writes identical bytes.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

from evals.field import build as base
from evals.field.build import Payment, Reply
from evals.field65.world import AS_OF, CUSTOMERS

OUT = Path(__file__).resolve().parents[1] / "datasets" / "field65"
PACKAGE = "evals.field65"

__all__ = ["Payment", "Reply", "main", "OUT"]


def _working_day_gap(r: Reply) -> Reply:
    """The same reply, with its reminder sent on the working day on or before the default one."""
    if r.dsn:
        return r
    gap = r.gap_days
    while (datetime.fromisoformat(r.at) - timedelta(days=gap)).weekday() >= 5:
        gap += 1
    return dataclasses.replace(r, gap_days=gap)


def main(out: Path = OUT) -> None:
    base.main(package=PACKAGE, customers=CUSTOMERS, as_of=AS_OF, out=out, prefix="field65", adjust=_working_day_gap)


if __name__ == "__main__":
    main()
