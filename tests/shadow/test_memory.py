"""A long shadow run keeps its memory flat, and a rerun continues instead of starting over.

A team points shadow mode at a year of mail (100,000 messages; bench/shadow_memory.py measures
that). Here a few hundred messages show the same thing at test speed: the Python heap left after
three times as many messages is no larger, and a run stopped by --limit picks up where it ended.
"""

from __future__ import annotations

import gc
import re
import tracemalloc
from pathlib import Path

import pytest

from dunmail.settings import Settings
from dunmail.shadow import run_shadow
from dunmail.shadow_report import write_reports
from dunmail.shadow_sources import MaildirHistory
from dunmail.wiring import build_shadow_agent
from tests.foundation.world import ALREADY_PAID, LEGAL, OUT_OF_OFFICE, PROMISE
from tests.shadow.conftest import report_of

FIRST, TOTAL = 100, 300  # messages after the first run, and in all (a test-speed 1k vs 3k)
WARM_UP = 20  # lazy imports, the model, regex caches: filled once, whatever the run's length
HEAP_PER_MESSAGE = 1_000  # bytes a message may leave behind: a row kept in memory costs several times that


def _maildir(path: Path, n: int) -> MaildirHistory:
    """`n` customer replies, cycled from four kinds, each with its own Message-ID."""
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True)
    for i in range(n):
        raw = re.sub(rb"Message-ID: <", b"Message-ID: <%d." % i, (PROMISE, ALREADY_PAID, OUT_OF_OFFICE, LEGAL)[i % 4], count=1)
        (path / "new" / f"{i:09d}.M0P0.test").write_bytes(raw)
    return MaildirHistory(path)


def _heap() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


@pytest.mark.slow
@pytest.mark.timeout(900)  # a loaded 2-core machine; at rest it takes well under a minute
def test_three_times_the_messages_leave_no_more_memory_and_a_rerun_skips_what_is_done(tmp_path, world) -> None:
    history, out = _maildir(tmp_path / "mail", WARM_UP + TOTAL), tmp_path / "out"
    agent = build_shadow_agent(Settings(data_dir=tmp_path / "data", erp_world=world, model="offline", _env_file=None))
    read: list[str] = []
    classify = agent.context.model.classify

    def watched(item):  # noqa: ANN001, ANN202 - which replies the model read
        read.append(item.text)
        return classify(item)

    agent.context.model.classify = watched  # type: ignore[method-assign]
    try:
        run_shadow(agent, history, out, limit=WARM_UP)
        tracemalloc.start()
        try:
            first = run_shadow(agent, history, out, limit=FIRST)
            after_first = _heap()
            read_before = len(read)
            rest = run_shadow(agent, history, out)
            after_all = _heap()
        finally:
            tracemalloc.stop()
    finally:
        agent.close()

    assert first.replayed == FIRST and first.resumed_after == f"{WARM_UP - 1:09d}.M0P0.test"
    assert rest.resumed_after == f"{WARM_UP + FIRST - 1:09d}.M0P0.test"  # the rerun starts after the last one done...
    assert rest.replayed == TOTAL - FIRST and rest.done == WARM_UP + TOTAL  # ...and reads only the rest
    assert len(read) - read_before == TOTAL - FIRST
    growth = after_all - after_first
    assert growth < HEAP_PER_MESSAGE * (TOTAL - FIRST), f"the heap grew by {growth:,} bytes over {TOTAL - FIRST} more messages"

    write_reports(out)
    report = report_of(out)
    assert report["messages"] == WARM_UP + TOTAL and len({row["key"] for row in report["rows"]}) == WARM_UP + TOTAL  # each message once
    assert report["totals"]["messages"] == WARM_UP + TOTAL
