"""An interrupted shadow run continues where it stopped: no message is read twice, none is left out."""

from __future__ import annotations

import mailbox
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dunmail.settings import Settings
from dunmail.shadow import ROWS_FILE, STATE_FILE, ShadowState, run_shadow, similarity
from dunmail.shadow_report import write_reports
from dunmail.shadow_sources import MboxHistory
from dunmail.wiring import build_shadow_agent
from tests.shadow.conftest import report_of
from tests.shadow.mail import IN_WINDOW, INBOX, SINCE

SINCE_DAY = __import__("datetime").date.fromisoformat(SINCE)


def _mbox(path: Path) -> MboxHistory:
    box = mailbox.mbox(str(path), create=True)
    for raw in INBOX:
        box.add(raw)
    box.close()
    return MboxHistory(path)


def _agent(tmp_path: Path, world: Path, stop_at: int | None = None) -> tuple[Any, list[str]]:
    """The shadow agent with its model watched: which replies it read, and a Ctrl-C at the `stop_at`-th."""
    agent = build_shadow_agent(Settings(data_dir=tmp_path / "data", erp_world=world, model="offline", _env_file=None))
    read: list[str] = []
    classify = agent.context.model.classify

    def watched(item):
        if stop_at is not None and len(read) + 1 == stop_at:
            raise KeyboardInterrupt
        read.append(item.text)
        return classify(item)

    agent.context.model.classify = watched  # type: ignore[method-assign]
    return agent, read


def test_after_a_ctrl_c_the_rerun_reads_only_what_was_left(tmp_path, world) -> None:
    history, out = _mbox(tmp_path / "inbox.mbox"), tmp_path / "out"
    agent, read_first = _agent(tmp_path, world, stop_at=3)
    with pytest.raises(KeyboardInterrupt):
        run_shadow(agent, history, out, since=SINCE_DAY)
    assert len(read_first) == 2
    with (out / ROWS_FILE).open("ab") as rows:
        rows.write(b'{"key": "torn write of a row whose state was never sa')  # a crash mid-append

    agent, read_second = _agent(tmp_path, world)
    run = run_shadow(agent, history, out, since=SINCE_DAY)
    write_reports(out)

    assert not set(read_first) & set(read_second)  # nothing read twice
    assert run.resumed_after is not None and run.done == len(IN_WINDOW)
    assert [row["message_id"] or None for row in report_of(out)["rows"]] == IN_WINDOW  # each once, in order


def test_no_graph_state_outlives_its_message(tmp_path, world) -> None:
    agent, _ = _agent(tmp_path, world)
    run_shadow(agent, _mbox(tmp_path / "inbox.mbox"), tmp_path / "out", since=SINCE_DAY)
    assert not agent.checkpointer.storage and not agent.checkpointer.writes  # memory stays flat over 100,000 messages


def test_a_folder_holding_another_run_is_refused_unless_restarted(tmp_path, world, shadow_cli) -> None:
    first = _mbox(tmp_path / "a.mbox")
    _mbox(tmp_path / "b.mbox")
    assert shadow_cli("--since", SINCE, "--source", "mbox", str(first.path), "--out", "out").exit_code == 0
    other = shadow_cli("--since", SINCE, "--source", "mbox", str(tmp_path / "b.mbox"), "--out", "out")
    assert other.exit_code == 1 and "--restart" in other.output
    again = shadow_cli("--since", SINCE, "--source", "mbox", str(tmp_path / "b.mbox"), "--out", "out", "--restart")
    assert again.exit_code == 0, again.output
    assert report_of(tmp_path / "out")["source"].endswith("b.mbox") and len(report_of(tmp_path / "out")["rows"]) == len(IN_WINDOW)


words = st.lists(st.sampled_from(["we", "will", "pay", "INV-1", "friday", "thanks", "regards", "Hello", "ok"]), max_size=40).map(" ".join)


@given(words, words)
def test_similarity_is_a_share_and_only_the_same_words_score_one(a: str, b: str) -> None:
    score = similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert similarity(a, a) == 1.0
    assert similarity(a, a.upper().replace(" ", "\n")) == 1.0  # case and line breaks are not differences
    if a.lower().split() != b.lower().split():
        assert score < 1.0


def test_a_message_over_the_size_budget_is_reported_quarantined_unparsed(tmp_path, world) -> None:
    box = mailbox.mbox(str(tmp_path / "big.mbox"), create=True)
    box.add(INBOX[1])
    box.add(INBOX[1].replace(b"Message-ID: <promise-1", b"Message-ID: <big-1") + b"x" * 5000 + b"\n")
    box.close()
    agent = build_shadow_agent(Settings(data_dir=tmp_path / "data", erp_world=world, model="offline", max_message_bytes=4000, _env_file=None))
    run_shadow(agent, MboxHistory(tmp_path / "big.mbox"), tmp_path / "out", since=SINCE_DAY)
    write_reports(tmp_path / "out")
    outcomes = {row["message_id"]: (row["outcome"], row["error"] or "") for row in report_of(tmp_path / "out")["rows"]}
    assert outcomes["<promise-1@acme-tools.example>"][0] == "draft"
    assert outcomes["<big-1@acme-tools.example>"][0] == "quarantined" and "DUNMAIL_MAX_MESSAGE_BYTES" in outcomes["<big-1@acme-tools.example>"][1]


def test_a_crash_before_the_resume_point_was_saved_redoes_nothing(tmp_path, world) -> None:
    history, out = _mbox(tmp_path / "inbox.mbox"), tmp_path / "out"
    agent, _ = _agent(tmp_path, world)
    run_shadow(agent, history, out, since=SINCE_DAY)
    state = (out / STATE_FILE).read_text(encoding="utf-8")
    stale = ShadowState.model_validate_json(state).model_copy(update={"last_key": None, "done": 0, "rows_bytes": 0})
    (out / STATE_FILE).write_text(stale.model_dump_json(), encoding="utf-8")  # as if killed before its first save

    agent, read_again = _agent(tmp_path, world)
    run = run_shadow(agent, history, out, since=SINCE_DAY)

    assert read_again == [] and run.replayed == 0 and run.done == len(IN_WINDOW)
    write_reports(out)
    assert [row["message_id"] or None for row in report_of(out)["rows"]] == IN_WINDOW
