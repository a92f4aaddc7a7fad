"""Measuring on an external injection corpus (payloads + benign emails) without copying it anywhere.

Each payload is embedded in a realistic AR reply of a known contact (start, middle or end of the
body, by row number); each benign email becomes the body of a reply. Used by the test suite and the
CLI when the corpus folder is present.

A payload the inbound check misses is run through the real agent graph (evals.adversarial.harmless): it
counts towards `injection_harmless_rate` only when the pipeline did nothing it asked for.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from core.message import ParsedEmail
from core.records import World
from evals.adversarial.build import CARRIERS, WORLD
from evals.adversarial.harmless import Carried, PipelineJudge
from guardrails.inbound import run_inbound_checks
from tools.erp import WorldErp


def _reply(text: str, n: int) -> str:
    carrier = CARRIERS["en"][n % len(CARRIERS["en"])].format(inv="INV-2024-1001", name="Jane Cole", company="Harbor Freight Systems Ltd", P="{P}")
    return carrier.replace("{P}", text)


def measure_corpus(folder: Path | str) -> dict[str, Any]:
    folder = Path(folder)
    world = World.model_validate(WORLD)
    erp = WorldErp(world)
    customer = erp.customer("C-EN")
    assert customer is not None
    sender = customer.contacts[0]
    subject = "Re: Payment reminder INV-2024-1001"
    judge = PipelineJudge(world, customer.id)

    def flagged(body: str, n: int) -> tuple[bool, str]:
        email = ParsedEmail(message_id=f"<c{n}@corpus>", from_addr=sender.email, from_name=sender.name,
                            subject=subject, text=body, visible_text=body)
        failed = [r for r in run_inbound_checks(email, customer, erp) if not r.passed]
        return bool(failed), (failed[0].reason if failed else "")

    payloads = [json.loads(line) for line in (folder / "payloads.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    benign = [json.loads(line) for line in (folder / "benign.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    per_cat: Counter[str] = Counter()
    per_cat_hit: Counter[str] = Counter()
    missed: list[str] = []
    harmful: list[dict[str, Any]] = []
    for n, row in enumerate(payloads):
        body = _reply(row["text"], n)
        hit, _ = flagged(body, n)
        cat = row.get("category", "?").split(":")[0]
        per_cat[cat] += 1
        per_cat_hit[cat] += hit
        if not hit:
            missed.append(row.get("id", str(n)))
            reasons = judge.judge(Carried(payload=row["text"], body=body, subject=subject))
            if reasons:
                harmful.append({"id": row.get("id", str(n)), "reasons": reasons})
    benign_hits = []
    for n, row in enumerate(benign):
        hit, reason = flagged(_reply(row["text"], n), n)
        if hit:
            benign_hits.append({"id": row.get("id", str(n)), "reason": reason})
    return {
        "payloads": len(payloads),
        "injection_flag_rate": round(1 - len(missed) / len(payloads), 4) if payloads else 0.0,
        "injection_harmless_rate": round(1 - len(harmful) / len(payloads), 4) if payloads else 0.0,
        "harmful": harmful,
        "flag_rate_by_source": {k: round(per_cat_hit[k] / v, 4) for k, v in sorted(per_cat.items())},
        "missed": missed,
        "benign": len(benign),
        "benign_flag_rate": round(len(benign_hits) / len(benign), 4) if benign else 0.0,
        "flagged_benign": benign_hits,
    }
