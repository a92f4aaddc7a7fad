"""Assemble the hand-written field71 threads into the dataset contract (world.json + threads.jsonl).

The envelope (our reminder, the quoted block, Outlook HTML) and the mechanical labelling rules are
evals/field/build.py's, run on this split's own world and replies. Deterministic: re-running writes
identical bytes. Our reminders leave on weekdays: a reminder that would fall on a Saturday or Sunday
is moved back to the Friday before (only the envelope changes, never a label).
"""

from __future__ import annotations

from pathlib import Path

from evals.field import build as base
from evals.field.build import Payment, Reply
from evals.field71.world import AS_OF, CUSTOMERS

OUT = Path(__file__).resolve().parents[1] / "datasets" / "field71"
PACKAGE = "evals.field71"

__all__ = ["Payment", "Reply", "main", "OUT"]


def main(out: Path = OUT) -> None:
    base.main(package=PACKAGE, customers=CUSTOMERS, as_of=AS_OF, out=out, prefix="field71", adjust=base.weekday_reminder)


if __name__ == "__main__":
    main()
