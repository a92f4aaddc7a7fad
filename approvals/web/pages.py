"""Server-rendered pages: login, queue, item (with its actions), audit, quarantine.

Route functions stay thin: they check who may do what, call the review/queue services, and turn
QueueError/StaleItem into a message the collector sees on the next page.
"""

from __future__ import annotations

import threading
from typing import Annotated
from urllib.parse import parse_qs, quote, urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse
from sqlmodel import Session

from adapters.db.db import session_scope
from adapters.db.tables import ApprovalRequest, ApprovalStatus
from agent.dunning.policy import DunningError
from approvals.web.customers import lift_pause as lift_customer_pause
from approvals.web.customers import set_invoice_stop, stopped_invoices, visible_customer
from approvals.web.deps import CurrentUser, PageUser, RuntimeDep, SessionDep, require_actor, require_manager
from approvals.web.item_view import build_item_view
from approvals.web.queue_figures import queue_figures
from approvals.web.rendering import flash, render
from approvals.web.security import begin_login, end_login, require_csrf
from approvals.web.throttle import throttle_of
from dunmail import pauses as pause_store
from dunmail import review
from dunmail.audit_log import AuditFilter, audit_kinds, csv_rows, query_audit
from dunmail.planning import OPEN_ITEM_STATUSES
from dunmail.quarantine import list_quarantined, retry_quarantined
from dunmail.queue import AGES, SORTS, QueueError, QueueFilter, StaleItem, distinct_values, get_visible_item, pending_neighbours, query_queue
from dunmail.tick import approve_batch
from dunmail.users import authenticate, list_users
from dunmail.wiring import Runtime

router = APIRouter(include_in_schema=False)
CSRF = [Depends(require_csrf)]
STATUSES = ("pending", "approved", "sent", "rejected", "resolved", "failed")
MAX_BODY = 100_000
MAX_NOTE = 2_000
MAX_VIEW = 1_000


def quote_next(path: str) -> str:
    return quote(path, safe="/")


def _safe_next(target: str | None) -> str:
    """Only same-site paths: never an open redirect to another host."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/queue"
    return target


# --- login ---------------------------------------------------------------------------------------

@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:  # noqa: A002 - the query name
    return render(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post("/login", dependencies=CSRF)
def login(request: Request, session: SessionDep, username: Annotated[str, Form(max_length=128)], password: Annotated[str, Form(max_length=1024)],
          next: Annotated[str, Form()] = "/queue") -> Response:  # noqa: A002
    throttle = throttle_of(request)
    try:
        throttle.check(request, username)
    except HTTPException as exc:
        return render(request, "login.html", {"next": _safe_next(next), "error": f"Too many failed logins. {exc.detail.split(': ', 1)[-1].capitalize()}."}, status_code=429)
    user = authenticate(session, username.strip(), password)
    if user is None:
        throttle.failed(request, username)
        return render(request, "login.html", {"next": _safe_next(next), "error": "Wrong username or password."}, status_code=401)
    throttle.succeeded(request, username)
    begin_login(request, user.username)  # no session fixation: a fresh session and CSRF token on login
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout", dependencies=CSRF)
def logout(request: Request) -> Response:
    end_login(request)
    return RedirectResponse("/login", status_code=303)


@router.get("/")
def home() -> Response:
    return RedirectResponse("/queue", status_code=303)


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


# --- queue ---------------------------------------------------------------------------------------

def _queue_filter(status: str | None, intent: str | None, customer: str | None, owner: str | None, age: str | None,
                  flagged: str | None, sort: str | None, page: int) -> QueueFilter:
    """Query parameters → a filter; unknown values fall back to the defaults instead of failing."""
    return QueueFilter(
        status=None if status == "all" else (status if status in STATUSES else ApprovalStatus.pending),
        intent=intent or None,
        customer=(customer or "").strip()[:255] or None,
        owner=owner or None,
        older_than=age if age in AGES else None,
        flagged={"yes": True, "no": False}.get(flagged or ""),
        sort=sort if sort in SORTS else "oldest",
        page=max(1, min(page, 100_000)),
        per_page=50,
    )


@router.get("/queue")
def queue_page(request: Request, user: PageUser, session: SessionDep, rt: RuntimeDep,
               status: str | None = None, intent: str | None = None, customer: str | None = None, owner: str | None = None,
               age: str | None = None, flagged: str | None = None, sort: str | None = None, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    f = _queue_filter(status, intent, customer, owner, age, flagged, sort, page)
    result = query_queue(session, f, visible_to=user.visible_to)
    params = {k: v for k, v in {"status": status, "intent": intent, "customer": customer, "owner": owner, "age": age, "flagged": flagged, "sort": sort}.items() if v}

    def link(**changes: object) -> str:
        merged = {**params, **{k: v for k, v in changes.items()}}
        return "/queue?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})

    view = urlencode(params)
    return render(request, "queue.html", {
        "page": result, "f": f, "params": params, "link": link, "view_query": f"?{urlencode({'view': view})}" if view else "",
        "figures": queue_figures(session, rt.erp, result.items),
        "batchable": {i.id for i in result.items if i.kind == "reminder" and i.status == ApprovalStatus.pending and not i.flagged} if user.is_manager else set(),
        "intents": sorted(set(distinct_values(session, ApprovalRequest.intent, visible_to=user.visible_to)) | set(result.counts)),
        "owners": distinct_values(session, ApprovalRequest.owner) if user.visible_to is None else [],
        "statuses": STATUSES, "ages": list(AGES), "sorts": list(SORTS),
    })


@router.post("/queue/approve-reminders", dependencies=CSRF)
def approve_reminders(request: Request, user: PageUser, rt: RuntimeDep, ids: Annotated[list[int], Form(max_length=200)],
                      view: Annotated[str, Form(max_length=MAX_VIEW)] = "") -> Response:
    """Bulk approve of routine reminders, for managers as `dunmail approve-reminders` is: each item is
    checked on its own (pending, unflagged, a batch-approvable stage, guardrails again on sending);
    the others are left in the queue with the reason."""
    require_manager(user)
    outcomes = approve_batch(rt, ids, user.username)
    skipped = [o for o in outcomes if o.message.startswith("skipped")]  # approve_batch's word for "left for review"
    sent = [o for o in outcomes if o.status == ApprovalStatus.sent and o not in skipped]
    left = [o for o in outcomes if o not in sent]
    if sent:
        flash(request, "ok", f"{len(sent)} reminder{'' if len(sent) == 1 else 's'} approved and sent")
    for o in left[:4]:
        flash(request, "error", f"#{o.approval_id} left for review: {o.message}"[:1000])
    return RedirectResponse("/queue" + (f"?{view}" if view else ""), status_code=303)


# --- item ----------------------------------------------------------------------------------------

def _item_or_404(session: Session, approval_id: int, user: CurrentUser) -> ApprovalRequest:
    item = get_visible_item(session, approval_id, visible_to=user.visible_to)
    if item is None:
        raise HTTPException(status_code=404, detail=f"there is no item {approval_id} in your queue")
    return item


def _view_filter(view: str) -> QueueFilter:
    """The queue view an item was opened from (its query string), as a filter."""
    q = {k: v[0] for k, v in parse_qs(view[:MAX_VIEW]).items() if v}
    return _queue_filter(q.get("status"), q.get("intent"), q.get("customer"), q.get("owner"), q.get("age"), q.get("flagged"), q.get("sort"), 1)


def _item_link(approval_id: int, view: str) -> str:
    return f"/items/{approval_id}" + (f"?{urlencode({'view': view})}" if view else "")


@router.get("/items/{approval_id}")
def item_page(request: Request, approval_id: int, user: PageUser, session: SessionDep, rt: RuntimeDep,
              view: Annotated[str, Query(max_length=MAX_VIEW)] = "") -> Response:
    item = _item_or_404(session, approval_id, user)
    item_view = build_item_view(rt, session, item)
    assignees = [u.username for u in list_users(session, ("collector", "manager"))] if user.is_manager else []
    previous, following = pending_neighbours(session, _view_filter(view), approval_id, visible_to=user.visible_to)
    return render(request, "item.html", {"v": item_view, "item": item, "assignees": assignees, "view": view,
                                         "queue_link": "/queue" + (f"?{view}" if view else ""),
                                         "prev_link": _item_link(previous, view) if previous else None,
                                         "next_link": _item_link(following, view) if following else None})


def _act(request: Request, session: Session, approval_id: int, user: CurrentUser, action: str, run, view: str = "") -> Response:  # noqa: ANN001 - a callable
    """Authorise, run one review action, and go on to the next pending item of the queue view the
    collector works through (or stay on this item when the action did not go through)."""
    require_actor(user)
    _item_or_404(session, approval_id, user)
    session.close()  # the action opens its own transactions; this one only authorised
    try:
        outcome = run()
    except StaleItem as exc:
        flash(request, "error", f"Not done: {exc}")
    except QueueError as exc:
        flash(request, "error", f"Could not {action}: {exc}")
    else:
        done = outcome.status in (ApprovalStatus.sent, ApprovalStatus.rejected, ApprovalStatus.resolved)
        kind = "ok" if done or action == "reassign" else "error"
        flash(request, kind, outcome.message[:1000])
        if done:
            return _go_on(request, approval_id, user, view)
    return RedirectResponse(_item_link(approval_id, view), status_code=303)


def _go_on(request: Request, approval_id: int, user: CurrentUser, view: str) -> Response:
    """Approve-and-next: the next pending item of the same view, or the view itself once it is empty."""
    with Session(request.app.state.rt.engine) as s:
        _, following = pending_neighbours(s, _view_filter(view), approval_id, visible_to=user.visible_to)
    if following is None:
        flash(request, "info", "Nothing else is pending in this view.")
        return RedirectResponse("/queue" + (f"?{view}" if view else ""), status_code=303)
    return RedirectResponse(_item_link(following, view), status_code=303)


def _body_or_none(rt: Runtime, approval_id: int, body: str | None) -> str | None:
    """Browsers send CRLF line ends: an unchanged textarea is not an edit."""
    if body is None:
        return None
    body = body.replace("\r\n", "\n")
    with Session(rt.engine) as s:
        item = s.get(ApprovalRequest, approval_id)
        original = (item.draft or {}).get("body") if item else None
    return None if original is not None and body == original.replace("\r\n", "\n") else body


@router.post("/items/{approval_id}/approve", dependencies=CSRF)
def approve(request: Request, approval_id: int, user: PageUser, session: SessionDep, rt: RuntimeDep,
            version: Annotated[int, Form(ge=0, le=2**31)], body: Annotated[str | None, Form(max_length=MAX_BODY)] = None,
            overrides: Annotated[list[str] | None, Form()] = None, view: Annotated[str, Form(max_length=MAX_VIEW)] = "") -> Response:
    return _act(request, session, approval_id, user, "approve",
                lambda: review.approve(rt, approval_id, version, user.username, body=_body_or_none(rt, approval_id, body), overrides=overrides or None,
                                       role=user.role), view)


@router.post("/items/{approval_id}/reject", dependencies=CSRF)
def reject(request: Request, approval_id: int, user: PageUser, session: SessionDep, rt: RuntimeDep,
           version: Annotated[int, Form(ge=0, le=2**31)], note: Annotated[str, Form(max_length=MAX_NOTE)] = "", view: Annotated[str, Form(max_length=MAX_VIEW)] = "") -> Response:
    return _act(request, session, approval_id, user, "reject", lambda: review.close(rt, approval_id, version, user.username, action="reject", note=note.strip()), view)


@router.post("/items/{approval_id}/resolve", dependencies=CSRF)
def resolve(request: Request, approval_id: int, user: PageUser, session: SessionDep, rt: RuntimeDep,
            version: Annotated[int, Form(ge=0, le=2**31)], note: Annotated[str, Form(max_length=MAX_NOTE)] = "",
            apply_proposals: Annotated[bool, Form()] = False, view: Annotated[str, Form(max_length=MAX_VIEW)] = "") -> Response:
    return _act(request, session, approval_id, user, "resolve",
                lambda: review.close(rt, approval_id, version, user.username, action="resolve", note=note.strip(), apply_proposals=apply_proposals), view)


@router.post("/items/{approval_id}/reassign", dependencies=CSRF)
def reassign(request: Request, approval_id: int, user: PageUser, session: SessionDep, rt: RuntimeDep,
             version: Annotated[int, Form(ge=0, le=2**31)], owner: Annotated[str, Form(max_length=128)]) -> Response:
    require_manager(user)
    if owner not in {u.username for u in list_users(session, ("collector", "manager"))}:
        flash(request, "error", f"Could not reassign: {owner!r} is not an active collector or manager")
        return RedirectResponse(f"/items/{approval_id}", status_code=303)
    return _act(request, session, approval_id, user, "reassign", lambda: review.reassign(rt, approval_id, version, user.username, owner))


@router.post("/items/{approval_id}/retry", dependencies=CSRF)
def retry_send(request: Request, approval_id: int, user: PageUser, session: SessionDep, rt: RuntimeDep,
               version: Annotated[int, Form(ge=0, le=2**31)], view: Annotated[str, Form(max_length=MAX_VIEW)] = "") -> Response:
    return _act(request, session, approval_id, user, "retry sending", lambda: review.retry_send(rt, approval_id, version, user.username), view)


# --- customers and their pauses -------------------------------------------------------------------

@router.get("/customers/{customer_id}")
def customer_page(request: Request, customer_id: str, user: PageUser, session: SessionDep, rt: RuntimeDep) -> Response:
    customer = visible_customer(rt, customer_id, user)
    rows = pause_store.listing(session, customer_id=customer.id)
    items = query_queue(session, QueueFilter(customer=customer.id, status=None, sort="newest"), visible_to=user.visible_to).items
    try:
        invoices = rt.erp.open_invoices(customer.id)
    except Exception:  # noqa: BLE001 - the ERP being down must not hide the pauses
        invoices = []
    holding = [i for i in items if i.status in OPEN_ITEM_STATUSES]
    return render(request, "customer.html", {"customer": customer, "pauses": rows, "items": items, "invoices": invoices,
                                             "stopped": stopped_invoices(rt, customer.id), "holding": holding,
                                             "hold_days": rt.context.policy.auto_deferral_days})


@router.post("/customers/{customer_id}/invoices/{number}/stop", dependencies=CSRF)
def stop_invoice_reminders(request: Request, customer_id: str, number: str, user: PageUser, rt: RuntimeDep,
                           note: Annotated[str, Form(max_length=MAX_NOTE)] = "", restart: Annotated[bool, Form()] = False) -> Response:
    """Stop (or, with `restart`, resume) reminders for one invoice, with a reason, audited."""
    customer = visible_customer(rt, customer_id, user)
    try:
        flash(request, "ok", set_invoice_stop(rt, customer, number, user, note.strip(), stopped=not restart))
    except DunningError as exc:
        flash(request, "error", f"Not changed: {exc}")
    return RedirectResponse(f"/customers/{quote(customer.id, safe='')}", status_code=303)


@router.post("/pauses/{pause_id}/lift", dependencies=CSRF)
def lift_pause(request: Request, pause_id: int, user: PageUser, rt: RuntimeDep, note: Annotated[str, Form(max_length=MAX_NOTE)],
               back: Annotated[str, Form(max_length=300)] = "") -> Response:
    """A collector lifts one active pause of their customer, with a reason, audited."""
    target = _safe_next(back) if back else "/queue"
    try:
        row = lift_customer_pause(rt, pause_id, user, note)
    except pause_store.PauseError as exc:
        flash(request, "error", f"Not lifted: {exc}")
    else:
        flash(request, "ok", f"Pause {pause_id} lifted: reminders for {row.invoice or row.customer_id} follow the dunning policy again")
    return RedirectResponse(target, status_code=303)


# --- audit ---------------------------------------------------------------------------------------

def _audit_filter(kind: str | None, actor: str | None, customer: str | None, since: str | None, until: str | None, page: int) -> AuditFilter:
    from datetime import date

    def day(value: str | None) -> date | None:
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None

    return AuditFilter(kind=kind or None, actor=(actor or "").strip() or None, customer=(customer or "").strip() or None, since=day(since), until=day(until), page=page)


@router.get("/audit")
def audit_page(request: Request, user: PageUser, session: SessionDep, kind: str | None = None, actor: str | None = None, customer: str | None = None,
               since: str | None = None, until: str | None = None, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    f = _audit_filter(kind, actor, customer, since, until, page)
    events, total = query_audit(session, f, visible_to=user.visible_to)
    params = {k: v for k, v in {"kind": kind, "actor": actor, "customer": customer, "since": since, "until": until}.items() if v}
    return render(request, "audit.html", {"events": events, "total": total, "f": f, "params": params, "kinds": audit_kinds(session),
                                          "pages": max(1, -(-total // f.per_page)), "query": urlencode(params)})


@router.get("/audit.csv")
def audit_csv(user: PageUser, session: SessionDep, kind: str | None = None, actor: str | None = None, customer: str | None = None,
              since: str | None = None, until: str | None = None) -> Response:
    f = _audit_filter(kind, actor, customer, since, until, 1)
    return StreamingResponse(csv_rows(session, f, visible_to=user.visible_to), media_type="text/csv; charset=utf-8",
                             headers={"content-disposition": 'attachment; filename="dunmail-audit.csv"'})


# --- quarantine ----------------------------------------------------------------------------------

def _require_quarantine_reader(user: CurrentUser) -> None:
    if user.role == "collector":
        raise HTTPException(status_code=403, detail="the quarantine is for managers (it may hold any customer's mail)")


@router.get("/quarantine")
def quarantine_page(request: Request, user: PageUser, session: SessionDep, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    _require_quarantine_reader(user)
    rows, total = list_quarantined(session, page=page)
    return render(request, "quarantine.html", {"rows": rows, "total": total, "page_no": page, "pages": max(1, -(-total // 50))})


@router.post("/quarantine/{inbound_id}/retry", dependencies=CSRF)
def quarantine_retry(request: Request, inbound_id: int, user: PageUser, rt: RuntimeDep) -> Response:
    require_manager(user)
    try:
        with session_scope(rt.engine) as s:
            retry_quarantined(s, inbound_id, user.username)
    except QueueError as exc:
        flash(request, "error", f"Could not retry: {exc}")
    else:
        flash(request, "ok", f"Message {inbound_id} is back in the queue; the worker is processing it now.")
        start_worker(request)
    return RedirectResponse("/quarantine", status_code=303)


def start_worker(request: Request) -> None:
    """Process the retried message right away in a background thread (leased claims make this safe
    next to a running `dunmail worker`)."""
    if not request.app.state.process_retries:
        return
    from dunmail.worker import process_pending

    thread = threading.Thread(target=process_pending, args=(request.app.state.rt,), name="dunmail-retry", daemon=True)
    request.app.state.background.append(thread)
    thread.start()
