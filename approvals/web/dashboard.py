"""The collection dashboard: promise follow-through, automation, disputes, recovery, DSO and the
overdue book by dunning stage, from dunmail.metrics (the ERP stays the source of the amounts)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from approvals.web.deps import PageUser, RuntimeDep
from approvals.web.rendering import render
from dunmail.metrics import collection_metrics, metric_rows, metrics_chart_png

router = APIRouter(include_in_schema=False)


@router.get("/dashboard")
def dashboard_page(request: Request, user: PageUser, rt: RuntimeDep) -> Response:
    metrics = collection_metrics(rt.engine, rt.erp, rt.erp.today())
    return render(request, "dashboard.html", {"rows": metric_rows(metrics), "as_of": metrics["as_of"]})


@router.get("/dashboard/chart.png")
def dashboard_chart(user: PageUser, rt: RuntimeDep) -> Response:
    png = metrics_chart_png(collection_metrics(rt.engine, rt.erp, rt.erp.today()))
    return Response(png, media_type="image/png", headers={"Cache-Control": "no-store"})
