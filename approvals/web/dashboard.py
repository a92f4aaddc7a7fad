"""The collection dashboard: promise follow-through, automation, disputes, recovery, DSO and the
overdue book by dunning stage, from dunmail.metrics (the ERP stays the source of the amounts).

Money is shown per currency, never summed across currencies. A collector sees their own customers
by default; anyone may pick one collector or everyone (`?owner=`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from approvals.web.deps import CurrentUser, PageUser, RuntimeDep
from approvals.web.rendering import render
from dunmail.metrics import collection_metrics, metric_rows, metrics_chart_png, stage_label
from dunmail.wiring import Runtime

router = APIRouter(include_in_schema=False)
EVERYONE = "all"


def _owner(rt: Runtime, user: CurrentUser, owner: str | None) -> str | None:
    """The collector whose figures to show: the one asked for, `all` for everyone, else the
    collector themself; managers and viewers see everyone by default."""
    if owner == EVERYONE:
        return None
    if owner:
        return owner[:128]
    return user.username if user.role == "collector" else None


def _owners(rt: Runtime) -> list[str]:
    return sorted({c.owner for c in rt.erp.customers() if c.owner})


def _headline(metrics: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(label, value, explanation) of the figures that are not money."""
    def pct(v: float | None) -> str:
        return "n/a" if v is None else f"{v:.0%}"

    hours = metrics["time_to_first_response_median_h"]
    return [
        ("Promises kept", pct(metrics["promise_kept_rate"]), f"{metrics['promises_kept']:,} kept, {metrics['broken_promises']:,} broken, {metrics['promises_open']:,} open"),
        ("Sent without edits", pct(metrics["automation_rate"]), f"of {metrics['sent']:,} sent messages"),
        ("First response", "n/a" if hours is None else f"{hours:,.1f} h", f"median from the customer's mail to our reply ({metrics['responses']:,} replies)"),
        ("Open disputes", f"{metrics['open_disputes']:,}", ", ".join(f"{k}: {v}" for k, v in metrics["open_disputes_by_age"].items())),
    ]


@router.get("/dashboard")
def dashboard_page(request: Request, user: PageUser, rt: RuntimeDep, owner: str | None = None) -> Response:
    chosen = _owner(rt, user, owner)
    metrics = collection_metrics(rt.engine, rt.erp, rt.erp.today(), owner=chosen)
    return render(request, "dashboard.html", {"rows": metric_rows(metrics), "as_of": metrics["as_of"], "metrics": metrics,
                                              "headline": _headline(metrics), "owners": sorted(set(_owners(rt)) | ({chosen} if chosen else set())), "owner": chosen, "everyone": EVERYONE,
                                              "stage_label": stage_label, "chart_query": f"?owner={chosen or EVERYONE}"})


@router.get("/dashboard/chart.png")
def dashboard_chart(user: PageUser, rt: RuntimeDep, owner: str | None = None) -> Response:
    png = metrics_chart_png(collection_metrics(rt.engine, rt.erp, rt.erp.today(), owner=_owner(rt, user, owner)))
    return Response(png, media_type="image/png", headers={"Cache-Control": "no-store"})
