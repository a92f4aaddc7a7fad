"""The reminder graph: compose → outbound guardrails → human review (interrupt) → check edits → send.

It shares the agent graph's review, routing and send nodes, so an approved reminder goes out through
the same exactly-once flow as a reply (dunmail.review resumes it by its graph_thread_id).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime

from agent import nodes
from agent.dunning.compose import compose_reminder
from agent.state import AgentContext, AgentState
from core.contracts import Decision, Draft, Evidence, GuardrailResult
from core.records import Contact, Customer


class ReminderState(AgentState, total=False):
    # The plan (agent.dunning.planner.ReminderPlan.as_state() plus "contact" and "template_version").
    plan: dict[str, Any]


def _customer(state: ReminderState) -> Customer | None:
    data = state.get("customer")
    return Customer.model_validate(data) if data else None


def _checks(state: ReminderState, runtime: Runtime[AgentContext], draft: Draft) -> list[GuardrailResult]:
    """The outbound guardrails, told which facts the reminder may state beyond the ERP records:
    the listed total and, for a broken promise, the date and amount the customer gave us."""
    plan = state["plan"]
    customer = _customer(state)
    amounts = [Decimal(plan["total"])] + ([Decimal(plan["promise_amount"])] if plan.get("promise_amount") else [])
    return nodes.check_draft(
        draft,
        runtime,
        customer,
        inbound=None,
        allowed_dates=[date.fromisoformat(plan["promise_date"])] if plan.get("promise_date") else [],
        allowed_amounts=amounts,
        allowed_attachments=[f"{n}.pdf" for n in plan["invoices"]] if plan.get("attach_invoices") else [],
        message_id=(state.get("review") or {}).get("message_id"),
    )


def compose(state: ReminderState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    plan = state["plan"]
    erp = runtime.context.erp
    customer = erp.customer(plan["customer_id"])
    invoices = [inv for inv in (erp.invoice(n) for n in plan["invoices"]) if inv is not None and inv.is_open]
    rule = f"dunning.{plan['segment']}.{plan['stage']}"
    evidence = [Evidence(kind="rule", ref=rule, detail={"today": plan["today"], "tone": plan["tone"]})]
    evidence += [Evidence(kind="erp.invoice", ref=i.number, detail={"due_date": i.due_date.isoformat(), "balance": str(i.balance)}) for i in invoices]
    if customer is None or not invoices:
        why = "the customer is no longer in the ERP" if customer is None else "every listed invoice is paid in the ERP"
        decision = Decision(action="route_human", needs_human=True, rule=rule, reasons=[why], evidence=evidence)
        return {"customer": customer.model_dump(mode="json") if customer else None, "decision": decision.model_dump(mode="json"), "draft": None}
    draft = compose_reminder(
        customer,
        Contact.model_validate(plan["contact"]),
        invoices,
        tone=plan["tone"],
        company_name=runtime.context.company_name,
        template_version=plan.get("template_version", "v1"),
        attach_invoices=bool(plan.get("attach_invoices")),
        promise_date=date.fromisoformat(plan["promise_date"]) if plan.get("promise_date") else None,
        promise_amount=Decimal(plan["promise_amount"]) if plan.get("promise_amount") else None,
    )
    decision = Decision(action="draft_reply", needs_human=bool(plan.get("needs_human")), rule=rule, owner=customer.owner or None,
                        reasons=[f"stage {plan['stage']} reached", *plan.get("reasons", [])], evidence=evidence)
    return {"customer": customer.model_dump(mode="json"), "decision": decision.model_dump(mode="json"), "draft": draft.model_dump(mode="json")}


def build_reminder_graph(checkpointer: BaseCheckpointSaver | None) -> CompiledStateGraph:
    g = StateGraph(ReminderState, context_schema=AgentContext)
    g.add_node("compose", compose)
    g.add_node("outbound_guard", nodes.outbound_guard_node(_checks))
    g.add_node("human_review", nodes.human_review)
    g.add_node("check_review", nodes.check_review_node(_checks))
    g.add_node("send", nodes.send)
    g.add_edge(START, "compose")
    g.add_edge("compose", "outbound_guard")
    g.add_edge("outbound_guard", "human_review")
    g.add_edge("human_review", "check_review")
    g.add_conditional_edges("check_review", nodes.after_check, {"done": END, "review": "human_review", "send": "send"})
    g.add_edge("send", END)
    return g.compile(checkpointer=checkpointer)
