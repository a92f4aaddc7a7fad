"""Shadow mode: what dunmail would have done with a mailbox's history, without doing any of it.

A team tries dunmail before trusting it by replaying past customer replies through the real
reader, policy and guardrails (agent/reading.py, as the worker reads before the approval
interrupt) and reading the proposals a person would have been asked to approve. Nothing is
written to dunmail's database, nothing is queued, paused or sent, and the mailbox is only read.

Memory stays flat over any number of messages: messages are streamed one at a time, no state
outlives its message (there is no graph thread or checkpoint), and every row goes straight to
`messages.jsonl` in the output folder, flushed as each message is done. A small state file there
records the last message done and how long `messages.jsonl` was then (rewritten about once a
second, and on Ctrl-C); a rerun continues after it and after any complete rows written since, cuts
off a row a crash left half-written, and so never replays a message twice nor skips one.
"""

from __future__ import annotations

import base64
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from difflib import SequenceMatcher
from itertools import islice
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from agent.read_ahead import ReadAhead
from agent.reading import read_reply, waits_for_a_person
from dunmail.budget import over_budget
from dunmail.shadow_sent import SentIndex, SentMail
from dunmail.shadow_sources import (
    HeaderFields,
    MailHistory,
    SourceMessage,
    header_fields,
)
from dunmail.wiring import ShadowAgent

STATE_FILE = "shadow-state.json"
ROWS_FILE = "messages.jsonl"
SENT_INDEX_FILE = "sent-index.sqlite"
SAVE_EVERY_SECONDS = 1.0  # how often the resume point is rewritten (the rows are flushed per message)
READ_AHEAD = 16  # messages parsed and read together, as the worker's batch (dunmail/worker.py READ_AHEAD)
MAX_COMPARED_WORDS = 2000  # a similarity over the first 2,000 words says enough, and stays fast


class ShadowError(Exception):
    """A shadow run cannot start or continue; the message says what to change."""


class ShadowState(BaseModel):
    """The resume point of one run: which source, from when, and the last message done."""

    source: str
    since: date | None = None
    last_key: str | None = None
    done: int = 0
    rows_bytes: int = 0  # length of messages.jsonl after the last message done
    started_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ShadowRun:
    out: Path
    replayed: int  # in this run
    done: int  # in total, earlier runs included
    resumed_after: str | None


def load_state(out: Path, source: str, since: date | None) -> ShadowState:
    """The run to continue in `out`, or a new one; a run of another mailbox or window is refused."""
    path = out / STATE_FILE
    now = datetime.now(UTC)
    if not path.exists():
        return ShadowState(source=source, since=since, started_at=now, updated_at=now)
    state = ShadowState.model_validate_json(path.read_text(encoding="utf-8"))
    if state.source != source or state.since != since:
        raise ShadowError(f"{out} holds a shadow run of {state.source} since {state.since}, not of {source} since {since}: "
                          "choose another --out, or --restart to replace it")
    return state


def save_state(out: Path, state: ShadowState) -> None:
    """Atomically: a crash leaves the old state or the new one, never half of one."""
    path = out / STATE_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(state.model_dump_json(indent=2), encoding="utf-8")
    os.replace(tmp, path)


def restart(out: Path) -> None:
    """Forget an earlier run in `out` (its rows and resume point; a finished Sent index is kept)."""
    for name in (STATE_FILE, ROWS_FILE):
        (out / name).unlink(missing_ok=True)


def similarity(draft: str, actual: str) -> float:
    """How close our draft came to what the collector wrote: 0 (nothing alike) to 1 (the same words).

    Compared word by word, case and punctuation ignored, so a changed line break or a capital does
    not count as a difference."""
    a = re.findall(r"\w+", draft.lower())[:MAX_COMPARED_WORDS]
    b = re.findall(r"\w+", actual.lower())[:MAX_COMPARED_WORDS]
    if not a and not b:
        return 1.0
    return round(SequenceMatcher(None, a, b, autojunk=False).ratio(), 3)


def outcome_of(state: dict[str, Any]) -> str:
    """automated (no person would see it), draft (a reply waiting for approval), human (routed with
    reasons), or quarantined (over the size budget, refused by the parser, or failed with an error)."""
    if state.get("outcome") == "quarantined":
        return "quarantined"
    if not waits_for_a_person(state):
        return "automated"
    decision = state.get("decision") or {}
    return "draft" if state.get("draft") and not decision.get("needs_human") else "human"


def row_of(message: SourceMessage, fields: HeaderFields, state: dict[str, Any], actual: SentMail | None, replied_to: SentMail | None) -> dict[str, Any]:
    """One line of the report: what the agent read, decided and drafted, and what we really sent."""
    decision = state.get("decision") or {}
    cls = state.get("classification") or {}
    customer = state.get("customer") or {}
    draft = state.get("draft")
    checks = list(state.get("inbound_checks") or []) + list(state.get("outbound_checks") or [])
    row: dict[str, Any] = {
        "key": message.key,
        "message_id": fields.message_id,
        "date": fields.sent_at.isoformat() if fields.sent_at else None,
        "from": fields.from_addr,
        "subject": fields.subject,
        "outcome": outcome_of(state),
        "error": state.get("error"),
        "customer": {"id": customer.get("id"), "name": customer.get("name")} if customer else None,
        "owner": decision.get("owner") or customer.get("owner"),
        "intent": cls.get("intent"),
        "confidence": cls.get("confidence"),
        "decided_by": cls.get("decided_by"),
        "action": decision.get("action"),
        "rule": decision.get("rule"),
        "needs_human": bool(decision.get("needs_human")) if decision else None,
        "reasons": decision.get("reasons", []),
        "failed_checks": [{"check": c.get("check"), "reason": c.get("reason", "")} for c in checks if not c.get("passed", True)],
        "pauses": [{"invoice": p.get("invoice_number"), "until": p.get("until"), "automatic": p.get("automatic", False)} for p in decision.get("pauses", [])],
        "promise": (decision.get("record") or {}).get("promise"),
        "replied_to": replied_to.message_id if replied_to else None,
        "draft": {"to": draft.get("to", []), "subject": draft.get("subject", ""), "body": draft.get("body", "")} if draft else None,
        "actual": {"message_id": actual.message_id, "date": actual.sent_at.isoformat() if actual.sent_at else None,
                   "subject": actual.subject, "body": actual.text} if actual else None,
    }
    row["similarity"] = similarity(draft.get("body", ""), actual.text) if draft and actual else None
    return row


def replay(agent: ShadowAgent, message: SourceMessage, sent: SentIndex | None) -> dict[str, Any]:
    """Read one message as the worker does, up to where a person would be asked (agent/reading.py)."""
    fields = header_fields(message.raw)
    ours = sent.ours(fields.references) if sent else None
    hint = next((c.id for c in (agent.context.erp.customer_by_email(a) for a in ours.to) if c), None) if ours else None
    start = {"inbound_id": 0, "raw_b64": base64.b64encode(message.raw).decode(), "hint_customer_id": hint,
             "our_last_message": ours.text[:20000] if ours else "", "our_last_subject": ours.subject if ours else ""}
    too_big = over_budget(message.raw, agent.settings)  # as the worker does: quarantined before anything parses it
    try:
        state = {"outcome": "quarantined", "error": too_big} if too_big else dict(read_reply(start, agent.context))
    except Exception as exc:  # noqa: BLE001 - production would retry, then quarantine with this reason
        state = {"outcome": "quarantined", "error": f"{type(exc).__name__}: {exc}"[:2000]}
    actual = sent.answer_to(fields.message_id, fields.sent_at) if sent else None
    return row_of(message, fields, state, actual, ours)


def run_shadow(agent: ShadowAgent, history: MailHistory, out: Path, *, since: date | None = None, sent: SentIndex | None = None,
               limit: int | None = None, on_message: Callable[[dict[str, Any]], None] | None = None) -> ShadowRun:
    """Replay `history` (after the last message an earlier run finished) into `out`; rows only, no report.

    `limit` stops after that many messages in this run (the rest is left for a rerun)."""
    out.mkdir(parents=True, exist_ok=True)
    rows_path = out / ROWS_FILE
    state = caught_up(rows_path, load_state(out, history.description, since))
    resumed_after = state.last_key
    replayed = 0
    with rows_path.open("ab") as rows:
        rows.truncate(state.rows_bytes)  # a row torn by a crash is replayed again, not kept half
        saved = time.monotonic()
        try:
            for message in _read_ahead(agent, _limited(history.messages(since, state.last_key), limit)):
                row = replay(agent, message, sent)
                rows.write(json.dumps(row, ensure_ascii=False).encode() + b"\n")
                rows.flush()  # the row on disk is what counts as done (see caught_up)
                replayed += 1
                state.last_key, state.done, state.rows_bytes = message.key, state.done + 1, rows.tell()
                if time.monotonic() - saved >= SAVE_EVERY_SECONDS:
                    save_state(out, state)
                    saved = time.monotonic()
                if on_message:
                    on_message(row)
        finally:  # Ctrl-C included; after a crash, caught_up finds the rows written since
            state.updated_at = datetime.now(UTC)
            save_state(out, state)
    return ShadowRun(out=out, replayed=replayed, done=state.done, resumed_after=resumed_after)


def caught_up(rows_path: Path, state: ShadowState) -> ShadowState:
    """The state advanced over the complete rows written after it was last saved.

    The state file is rewritten about once a second rather than per message (a rename per message
    cost 3 ms, ~7% of the run); each row is flushed as it is done and names its message, so the rows
    themselves say how far a crashed run got."""
    size = rows_path.stat().st_size if rows_path.exists() else 0
    if size < state.rows_bytes:
        raise ShadowError(f"{rows_path} is shorter than its run's state says ({size} < {state.rows_bytes} bytes): "
                          "rerun with --restart to start over")
    if size == state.rows_bytes:
        return state
    with rows_path.open("rb") as rows:
        rows.seek(state.rows_bytes)
        for line in rows:
            try:
                key = json.loads(line)["key"] if line.endswith(b"\n") else None
            except (ValueError, KeyError, TypeError):
                key = None
            if key is None:
                break  # torn by the crash: it is cut off and its message replayed
            state.last_key, state.done, state.rows_bytes = key, state.done + 1, state.rows_bytes + len(line)
    return state


def _read_ahead(agent: ShadowAgent, messages: Iterator[SourceMessage], size: int = READ_AHEAD) -> Iterator[SourceMessage]:
    """The messages, each batch of `size` parsed and read by the model together before its first is replayed.

    As the worker does (dunmail/worker.py read_ahead): the offline model costs several times more per reply read
    alone. Only a saving: the batch's parse and probabilities are what each message's graph would compute itself,
    and a message the batch could not prepare is read alone. At most `size` messages wait in memory, and a row is
    still written only once its message is replayed, so resuming is unchanged."""
    if agent.context.read_ahead is None:
        agent.context.read_ahead = ReadAhead()
    ahead = agent.context.read_ahead
    while batch := list(islice(messages, size)):
        try:
            ahead.fill([m.raw for m in batch if not over_budget(m.raw, agent.settings)], agent.context)
        except Exception:  # noqa: BLE001 - each message is then read alone, and its own failure is handled there
            pass
        yield from batch


def _limited(messages: Iterator[SourceMessage], limit: int | None) -> Iterator[SourceMessage]:
    for count, message in enumerate(messages):
        if limit is not None and count >= limit:
            return
        yield message


def read_rows(out: Path) -> Iterator[dict[str, Any]]:
    """The rows of a run, streamed from disk (only as far as its state says they are complete)."""
    path = out / ROWS_FILE
    if not path.exists():
        return
    state_path = out / STATE_FILE
    complete = ShadowState.model_validate_json(state_path.read_text(encoding="utf-8")).rows_bytes if state_path.exists() else None
    with path.open("rb") as rows:
        for line in rows:
            if complete is not None and rows.tell() > complete:
                return
            yield json.loads(line)
