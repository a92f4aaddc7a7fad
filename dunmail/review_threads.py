"""A reply's graph thread starts when a person acts on its queue item, from the state the worker saved.

Reading a message that waits for a person ends with its queue item and a ReviewState row, written in one
transaction (dunmail/worker.py record_outcome); the graph is not run then, because up to the review there
is nothing for it to do and running it cost more CPU than reading the message (issue 17). Approve,
reject, resolve and send recovery call `start` first: a thread that has a checkpoint (started before, or
by a version that ran the graph at read time) is used as it is; otherwise the graph runs from the saved
state to the review interrupt, saved when it stops there, and the person's command resumes it as before.
"""

from __future__ import annotations

from typing import Any

from langgraph.checkpoint.serde.base import SerializerProtocol
from sqlalchemy import insert
from sqlmodel import Session

from adapters.db.db import session_scope
from adapters.db.prepared import run
from adapters.db.tables import ReviewState
from dunmail.wiring import Runtime

_INSERT = insert(ReviewState.__table__)  # type: ignore[attr-defined]


def save(session: Session, serde: SerializerProtocol, approval_id: int, state: dict[str, Any]) -> None:
    """Keep what was read beside the item, in the checkpointer's own encoding (the caller's transaction)."""
    serde_type, data = serde.dumps_typed({k: v for k, v in state.items() if k != "__interrupt__"})
    run(session.connection(), _INSERT, {"approval_id": approval_id, "serde_type": serde_type, "data": data})


def start(rt: Runtime, approval_id: int, config: dict[str, Any]) -> None:
    """Make sure the item's thread stands at the review interrupt (a no-op once it has a checkpoint)."""
    if rt.graph.get_state(config).values:
        return
    with session_scope(rt.engine) as session:
        row = session.get(ReviewState, approval_id)
        saved = (row.serde_type, row.data) if row is not None else None
    if saved is None:
        return  # nothing was saved (an item from before review states): the checkpoint is all there is
    state = rt.graph.checkpointer.serde.loads_typed(saved)
    rt.graph.invoke(state, config, context=rt.context, durability="exit")
