"""The agent graph: parse → identify → inbound guardrails → classify → lookup → decide → draft →
outbound guardrails → human review (interrupt) → check edits → send.

Messages that are auto-replies or bounces are classified by rules inside the model and never
get a draft; parse failures end in quarantine with the reason.

The reading steps (parse … outbound guardrails) are agent/reading.py's, in its order. The worker
and shadow mode run them there, outside the graph, and start the graph with the state they read
(`read` set): it then goes straight to the review, and only a message a person must answer ever
gets a checkpoint. Started from the raw message (as the evals replay), the graph runs the same steps.
"""

from __future__ import annotations

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agent import nodes
from agent.reading import READING_STEPS, quarantined
from agent.state import AgentContext, AgentState


def _entry(state: AgentState) -> str:
    """A message read before the graph goes to its review (or ends); a raw one starts reading."""
    if not state.get("read"):
        return "read"
    return "quarantined" if quarantined(state) else nodes.needs_review(state)


def _after_parse(state: AgentState) -> str:
    return "quarantined" if quarantined(state) else READING_STEPS[1][0]


def build_graph(checkpointer: BaseCheckpointSaver | None) -> CompiledStateGraph:
    g = StateGraph(AgentState, context_schema=AgentContext)
    for name, step in READING_STEPS:
        g.add_node(name, step)
    g.add_node("finish", nodes.finish_without_review)
    g.add_node("human_review", nodes.human_review)
    g.add_node("check_review", nodes.check_review)
    g.add_node("send", nodes.send)

    (first, _), (second, _), last = READING_STEPS[0], READING_STEPS[1], READING_STEPS[-1][0]
    g.add_conditional_edges(START, _entry, {"read": first, "quarantined": END, "done": "finish", "review": "human_review"})
    g.add_conditional_edges(first, _after_parse, {"quarantined": END, second: second})
    for (one, _), (following, _) in zip(READING_STEPS[1:], READING_STEPS[2:]):
        g.add_edge(one, following)
    g.add_conditional_edges(last, nodes.needs_review, {"done": "finish", "review": "human_review"})
    g.add_edge("finish", END)
    g.add_edge("human_review", "check_review")
    g.add_conditional_edges("check_review", nodes.after_check, {"done": END, "review": "human_review", "send": "send"})
    g.add_edge("send", END)
    return g.compile(checkpointer=checkpointer)
