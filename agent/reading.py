"""Reading a reply, up to the point where a person may have to look: plain calls, no graph machinery.

Why outside the graph: nothing before the approval interrupt touches the outside world (parse,
identify, guardrails, classify, lookup, decide, draft, check the draft), so none of it needs a
checkpoint — a crash simply reads the message again, with the same result. Run through LangGraph,
those eight steps cost about 4 ms of scheduling and state copying per message, as much as reading
itself. So the worker and shadow mode read here, and enter the graph only when a person must
answer: the graph (agent/graph.py) then starts at the review, saved once when it stops there. The
graph keeps the same steps, in this order, for a run that starts from the raw message (the evals
replay that way; tests/foundation/test_reading_outside_graph.py holds both paths to one reading).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime

from agent import nodes
from agent.state import AgentContext, AgentState

Step = Callable[[AgentState, Runtime[AgentContext]], dict[str, Any]]

# The reading steps, in order; a message the parser cannot read stops after "parse" (quarantined).
READING_STEPS: tuple[tuple[str, Step], ...] = (
    ("parse", nodes.parse),
    ("identify", nodes.identify),
    ("inbound_guard", nodes.inbound_guard),
    ("classify", nodes.classify),
    ("lookup", nodes.lookup),
    ("decide", nodes.decide_next),
    ("draft", nodes.draft),
    ("outbound_guard", nodes.outbound_guard),
)


def quarantined(state: AgentState) -> bool:
    return state.get("outcome") == "quarantined"


def read_reply(start: AgentState, context: AgentContext, on_stage: Callable[[str], None] | None = None) -> AgentState:
    """Run the reading steps on a fresh message; the state says what was read and proposed (`read` is set).

    `on_stage` hears each step's name as it starts (the supervisor's stage clock)."""
    runtime: Runtime[AgentContext] = Runtime(context=context)
    state: AgentState = {**start}
    for name, step in READING_STEPS:
        if on_stage is not None:
            on_stage(name)
        state.update(step(state, runtime))  # type: ignore[typeddict-item]
        if quarantined(state):
            break
    state["read"] = True
    return state


def waits_for_a_person(state: AgentState) -> bool:
    """Whether the read message must enter the graph and stop at the approval interrupt."""
    return not quarantined(state) and nodes.needs_review(state) == "review"


def finished_without_review(state: AgentState) -> AgentState:
    """The state a message that needs nobody ends with (as the graph's `finish` step leaves it)."""
    return state if quarantined(state) else {**state, **nodes.finish_without_review(state)}  # type: ignore[typeddict-item]
