"""CPU time of the inbound guardrails alone, per message, over the judged replies of eval splits.

    python -m bench.guardrails_speed                       # test split, 3 rounds
    python -m bench.guardrails_speed --split dev --rounds 5
    python -m bench.guardrails_speed --dump /tmp/verdicts.json   # every verdict, to diff before/after a change

Why: issue 17 budgets the whole offline pipeline per message, and the shadow-mode profile mixes the
inbound checks with everything else. This parses each reply once (as the worker does), finds its
customer as the graph's `identify` node does, warms the checks up, then times only
`guardrails.api.check_inbound` with time.process_time (the best of the rounds: the machine is
shared). Prints one JSON line; never asserts on time (figures, not gates).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.text.addresses import domain_of  # noqa: E402
from evals.dataset import load_dataset, to_rfc5322  # noqa: E402
from guardrails.api import check_inbound, warm_up  # noqa: E402
from inbox.parse import parse_message  # noqa: E402
from tools.erp import WorldErp  # noqa: E402


def cases(split: str) -> tuple[list[tuple[Any, Any]], WorldErp]:
    """(parsed reply, customer) for every judged reply of the split, and the split's ERP."""
    directory = ROOT / "evals" / "datasets" / split
    erp = WorldErp.from_file(directory / "world.json")
    out = []
    for thread in load_dataset(directory).threads:
        email = parse_message(to_rfc5322(thread.judged))
        customer = None
        for address in [email.from_addr, *(email.bounce.failed_recipients if email.bounce else [])]:
            customer = erp.customer_by_email(address) or erp.customer_by_domain(domain_of(address))
            if customer:
                break
        out.append((email, customer))
    return out, erp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dump", type=Path, help="write every message's inbound verdicts here (JSON)")
    args = ap.parse_args()
    items, erp = cases(args.split)
    warm_up(erp)
    best = float("inf")
    verdicts: list[Any] = []
    for _ in range(args.rounds):
        start = time.process_time()
        verdicts = [check_inbound(email, customer, erp) for email, customer in items]
        best = min(best, time.process_time() - start)
    if args.dump:
        args.dump.write_text(json.dumps([[r.model_dump(mode="json") for r in v] for v in verdicts], indent=1))
    print(json.dumps({"split": args.split, "messages": len(items), "rounds": args.rounds,
                      "check_inbound_ms_cpu_per_msg": round(best / len(items) * 1000, 3)}))


if __name__ == "__main__":
    main()
