"""The agent graph: parse → identify → inbound guardrails → classify → lookup → decide → draft →
outbound guardrails → human review (interrupt) → check edits → send.

Messages that are auto-replies or bounces are classified by rules inside the model and never
get a draft; parse failures end in quarantine with the reason.
"""

from __future__ import annotations

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agent import nodes
from agent.state import AgentContext, AgentState


def _after_parse(state: AgentState) -> str:
    return "quarantined" if state.get("outcome") == "quarantined" else "identify"


def build_graph(checkpointer: BaseCheckpointSaver | None) -> CompiledStateGraph:
    g = StateGraph(AgentState, context_schema=AgentContext)
    g.add_node("parse", nodes.parse)
    g.add_node("identify", nodes.identify)
    g.add_node("inbound_guard", nodes.inbound_guard)
    g.add_node("classify", nodes.classify)
    g.add_node("lookup", nodes.lookup)
    g.add_node("decide", nodes.decide_next)
    g.add_node("draft", nodes.draft)
    g.add_node("outbound_guard", nodes.outbound_guard)
    g.add_node("finish", nodes.finish_without_review)
    g.add_node("human_review", nodes.human_review)
    g.add_node("check_review", nodes.check_review)
    g.add_node("send", nodes.send)

    g.add_edge(START, "parse")
    g.add_conditional_edges("parse", _after_parse, {"quarantined": END, "identify": "identify"})
    g.add_edge("identify", "inbound_guard")
    g.add_edge("inbound_guard", "classify")
    g.add_edge("classify", "lookup")
    g.add_edge("lookup", "decide")
    g.add_edge("decide", "draft")
    g.add_edge("draft", "outbound_guard")
    g.add_conditional_edges("outbound_guard", nodes.needs_review, {"done": "finish", "review": "human_review"})
    g.add_edge("finish", END)
    g.add_edge("human_review", "check_review")
    g.add_conditional_edges("check_review", nodes.after_check, {"done": END, "review": "human_review", "send": "send"})
    g.add_edge("send", END)
    return g.compile(checkpointer=checkpointer)
