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
from dunmail.shadow_sources import MaildirHistory, MboxHistory
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


def _unread_maildir(path: Path) -> Path:
    """Every reply still in new/, as a mail server delivers them (no client has read any yet)."""
    box = mailbox.Maildir(str(path), create=True)
    for raw in INBOX:
        box.add(raw)
    return path


def _counts(report: dict[str, Any]) -> tuple[Any, ...]:
    rows = [row["message_id"] or None for row in report["rows"]]
    return report["messages"], report["totals"], report["by_intent"], report["by_owner"], sorted(rows, key=str)


def test_a_reply_read_in_a_mail_client_between_runs_is_counted_once(tmp_path, shadow_cli) -> None:
    """A client that reads the last reply done moves it from new/ to cur/ as NAME:2,S; the rerun must
    know it is the same message, and its report must equal one uninterrupted run's."""
    inbox = _unread_maildir(tmp_path / "inbox")
    assert shadow_cli("--since", SINCE, "--source", "maildir", str(inbox), "--out", "single").exit_code == 0

    first = shadow_cli("--since", SINCE, "--source", "maildir", str(inbox), "--out", "resumed", "--limit", "2")
    assert first.exit_code == 0 and "2 message(s) replayed" in first.output, first.output
    last_done = ShadowState.model_validate_json((tmp_path / "resumed" / STATE_FILE).read_text(encoding="utf-8")).last_key
    (inbox / "new" / last_done).rename(inbox / "cur" / f"{last_done}:2,S")  # the collector opened it in Thunderbird
    second = shadow_cli("--since", SINCE, "--source", "maildir", str(inbox), "--out", "resumed")
    assert second.exit_code == 0, second.output

    assert f"{len(IN_WINDOW) - 2} message(s) replayed (continued after" in second.output
    assert _counts(report_of(tmp_path / "resumed")) == _counts(report_of(tmp_path / "single"))
    assert len(report_of(tmp_path / "resumed")["rows"]) == len(IN_WINDOW)


def test_a_reply_moved_to_cur_while_the_run_is_going_is_still_replayed(tmp_path, world) -> None:
    inbox = _unread_maildir(tmp_path / "inbox")
    names = sorted(p.name for p in (inbox / "new").iterdir())
    agent, _ = _agent(tmp_path, world)
    moved: list[str] = []

    def read_next_in_a_client(_row: dict[str, Any]) -> None:  # after the listing, before the file is opened
        if not moved:
            name = names[-1]
            (inbox / "new" / name).rename(inbox / "cur" / f"{name}:2,S")
            moved.append(name)

    run = run_shadow(agent, MaildirHistory(inbox), tmp_path / "out", since=SINCE_DAY, on_message=read_next_in_a_client)
    write_reports(tmp_path / "out")

    assert moved and run.done == len(IN_WINDOW)
    assert sorted((row["message_id"] or None for row in report_of(tmp_path / "out")["rows"]), key=str) == sorted(IN_WINDOW, key=str)
