"""The JSON API for integrations: the same queue and the same actions as the pages.

Auth is the page session: POST /api/login sets the session cookie and returns a CSRF token; every
other state-changing call sends it in the X-CSRF-Token header. Collectors see only their items
(another owner's item is 404), viewers cannot act (403), only managers reassign.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field
from sqlmodel import Session

from adapters.db.tables import ApprovalRequest
from approvals.web.customers import lift_pause as lift_customer_pause
from approvals.web.customers import visible_customer
from approvals.web.deps import ApiUser, CurrentUser, RuntimeDep, SessionDep, require_actor, require_manager
from approvals.web.item_view import build_item_view
from approvals.web.security import begin_login, end_login, require_csrf
from approvals.web.throttle import throttle_of
from dunmail import pauses as pause_store
from dunmail import review
from dunmail.queue import AGES, QueueError, QueueFilter, StaleItem, get_visible_item, query_queue
from dunmail.users import authenticate, list_users

DESCRIPTION = """The collectors' queue for integrations.

Log in with `POST /api/login` (JSON username/password): the response sets the session cookie and
returns `csrf_token`. Send that token as the `X-CSRF-Token` header on every POST. Actions take the
item's `version` (compare-and-set): a stale version gets 409 with who changed it."""

router = APIRouter(prefix="/api", tags=["approvals"])
CSRF = [Depends(require_csrf)]
ItemId = Annotated[int, Path(ge=1, le=2**31 - 1)]
Version = Annotated[int, Field(ge=0, le=2**31 - 1, description="the item's version you saw (compare-and-set)")]
ERRORS: dict[int | str, dict[str, Any]] = {401: {"description": "not logged in"}, 403: {"description": "role may not do this, or CSRF token missing/invalid"},
                                           404: {"description": "no such item in your queue"}, 409: {"description": "stale version or the item cannot take this action"}}


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=128)
    password: str = Field(min_length=1, max_length=1024)


class SessionOut(BaseModel):
    username: str
    role: Literal["collector", "manager", "viewer"] | str
    csrf_token: str


class ItemSummary(BaseModel):
    id: int
    status: str
    version: int
    kind: str
    intent: str
    customer_id: str | None
    customer_name: str
    owner: str | None
    reason: str
    flagged: bool
    created_at: datetime
    acted_by: str | None
    action_note: str | None


class Check(BaseModel):
    check: str
    passed: bool
    reason: str = ""
    overridable: bool = False
    passage: str | None = None


class DecisionOut(BaseModel):
    intent: str
    secondary_intents: list[str]
    confidence: float
    decided_by: str
    rule: str
    action: str
    needs_human: bool
    reasons: list[str]
    facts: dict[str, Any]
    evidence: list[dict[str, Any]]


class MessageOut(BaseModel):
    direction: str
    from_addr: str
    to: list[str]
    subject: str
    date: datetime | None
    text: str


class PauseOut(BaseModel):
    """One pause: `invoice` null = the whole customer, `until` null = open-ended; `proposed` ones hold
    nothing until their item is approved."""

    id: int
    customer_id: str
    invoice: str | None
    until: str | None
    state: Literal["proposed", "active", "lifted"]
    source: str
    reason: str
    approval_id: int | None
    created_at: str


class LiftIn(BaseModel):
    note: str = Field(min_length=1, max_length=2000, pattern=r"\S", description="why reminders may resume (required)")


class ItemDetail(ItemSummary):
    draft: dict[str, Any] | None
    decision: DecisionOut | None
    guardrails: list[Check]
    thread: list[MessageOut]
    pauses: list[PauseOut] = Field(default_factory=list, description="what this item proposed, and what its approval made active")


class ItemPage(BaseModel):
    items: list[ItemSummary]
    total: int
    page: int
    per_page: int
    counts: dict[str, int]


class ApproveIn(BaseModel):
    version: Version
    body: str | None = Field(default=None, max_length=100_000, description="an edited body; it goes through the outbound guardrails again")
    overrides: list[Annotated[str, Field(max_length=64)]] = Field(default_factory=list, max_length=20,
                                                              description="overridable failed checks to override; on an edited body only a manager's overrides count")


class RejectIn(BaseModel):
    version: Version
    note: str = Field(min_length=1, max_length=2000, pattern=r"\S", description="why (required)")


class ResolveIn(BaseModel):
    version: Version
    note: str = Field(default="", max_length=2000)
    apply_proposals: bool = Field(default=False, description="make the item's proposed pauses and promise real (else they are dropped)")


class ReassignIn(BaseModel):
    version: Version
    owner: str = Field(min_length=1, max_length=128)


class RetryIn(BaseModel):
    version: Version


class ActionOut(BaseModel):
    id: int
    status: str
    message: str
    version: int


def _summary(item: ApprovalRequest) -> ItemSummary:
    created = item.created_at if item.created_at.tzinfo else item.created_at.replace(tzinfo=timezone.utc)
    return ItemSummary(id=item.id or 0, status=item.status, version=item.version, kind=item.kind, intent=item.intent, customer_id=item.customer_id,
                       customer_name=item.customer_name, owner=item.owner, reason=item.reason, flagged=item.flagged, created_at=created,
                       acted_by=item.acted_by, action_note=item.action_note)


def _visible(session: Session, approval_id: int, user: CurrentUser) -> ApprovalRequest:
    item = get_visible_item(session, approval_id, visible_to=user.visible_to)
    if item is None:
        raise HTTPException(status_code=404, detail=f"there is no item {approval_id} in your queue")
    return item


@router.post("/login", response_model=SessionOut, responses={401: {"description": "wrong username or password"}, 415: {"description": "not JSON"}, 429: {"description": "too many failed logins"}})
def api_login(request: Request, body: LoginIn, session: SessionDep) -> SessionOut:
    """Start a session (cookie) and get the CSRF token for later calls. JSON only, so a cross-site
    form cannot post here."""
    if not request.headers.get("content-type", "").startswith("application/json"):
        raise HTTPException(status_code=415, detail="send JSON (Content-Type: application/json)")
    throttle = throttle_of(request)
    throttle.check(request, body.username)
    user = authenticate(session, body.username, body.password)
    if user is None:
        throttle.failed(request, body.username)
        raise HTTPException(status_code=401, detail="wrong username or password")
    throttle.succeeded(request, body.username)
    return SessionOut(username=user.username, role=user.role, csrf_token=begin_login(request, user.username))


@router.get("/session", response_model=SessionOut, responses=ERRORS)
def api_session(request: Request, user: ApiUser) -> SessionOut:
    """Who is logged in, and the CSRF token to send."""
    from approvals.web.security import csrf_token

    return SessionOut(username=user.username, role=user.role, csrf_token=csrf_token(request))


@router.post("/logout", status_code=204, dependencies=CSRF, responses=ERRORS)
def api_logout(request: Request) -> None:
    """End the session on the server: the cookie, and any copy of it, stops working at once."""
    end_login(request)


@router.get("/items", response_model=ItemPage, responses=ERRORS)
def list_items(user: ApiUser, session: SessionDep,
               status: Literal["pending", "approved", "sent", "rejected", "resolved", "failed", "all"] = "pending",
               intent: Annotated[str | None, Query(max_length=32)] = None,
               customer: Annotated[str | None, Query(max_length=255)] = None,
               owner: Annotated[str | None, Query(max_length=128)] = None,
               older_than: Literal["1h", "1d", "3d", "7d", "30d"] | None = None,
               flagged: bool | None = None,
               sort: Literal["oldest", "newest", "customer", "intent", "flagged"] = "oldest",
               page: Annotated[int, Query(ge=1, le=100_000)] = 1,
               per_page: Annotated[int, Query(ge=1, le=200)] = 50) -> ItemPage:
    """The queue, filtered, sorted and paged; counts per intent over the same filters."""
    assert older_than is None or older_than in AGES
    f = QueueFilter(status=None if status == "all" else status, intent=intent, customer=customer, owner=owner, older_than=older_than,
                    flagged=flagged, sort=sort, page=page, per_page=per_page)
    result = query_queue(session, f, visible_to=user.visible_to)
    return ItemPage(items=[_summary(i) for i in result.items], total=result.total, page=result.page, per_page=result.per_page, counts=result.counts)


@router.get("/items/{approval_id}", response_model=ItemDetail, responses=ERRORS)
def get_item(approval_id: ItemId, user: ApiUser, session: SessionDep, rt: RuntimeDep) -> ItemDetail:
    """One item with its thread (text only), decision, guardrail results and draft."""
    item = _visible(session, approval_id, user)
    view = build_item_view(rt, session, item)
    d = view.decision
    decision = DecisionOut(intent=d.intent, secondary_intents=d.secondary_intents, confidence=d.confidence, decided_by=d.decided_by, rule=d.rule, action=d.action,
                           needs_human=d.needs_human, reasons=d.reasons, facts=d.facts, evidence=d.evidence) if d else None
    checks = [Check.model_validate({k: c.get(k) for k in ("check", "passed", "reason", "overridable", "passage") if c.get(k) is not None}) for c in view.checks]
    thread = [MessageOut(direction=e.direction, from_addr=e.from_addr, to=e.to, subject=e.subject, date=e.date, text=e.text) for e in view.thread]
    return ItemDetail(**_summary(item).model_dump(), draft=item.draft, decision=decision, guardrails=checks, thread=thread,
                      pauses=[PauseOut.model_validate(pause_store.as_json(p)) for p in view.pauses])


def _run(session: Session, approval_id: int, user: CurrentUser, run) -> ActionOut:  # noqa: ANN001 - a callable
    require_actor(user)
    _visible(session, approval_id, user)
    session.close()
    try:
        outcome = run()
    except StaleItem as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    except QueueError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    item = session.get(ApprovalRequest, approval_id)
    assert item is not None
    session.refresh(item)
    return ActionOut(id=approval_id, status=item.status, message=outcome.message, version=item.version)


@router.post("/items/{approval_id}/approve", response_model=ActionOut, dependencies=CSRF, responses=ERRORS)
def approve(approval_id: ItemId, body: ApproveIn, user: ApiUser, session: SessionDep, rt: RuntimeDep) -> ActionOut:
    """Approve the draft (optionally edited) and send it. Status `pending` in the answer means the
    edit failed a guardrail and was not sent: the message says which."""
    return _run(session, approval_id, user, lambda: review.approve(rt, approval_id, body.version, user.username, body=body.body, overrides=body.overrides or None,
                                                                   role=user.role))


@router.post("/items/{approval_id}/reject", response_model=ActionOut, dependencies=CSRF, responses=ERRORS)
def reject(approval_id: ItemId, body: RejectIn, user: ApiUser, session: SessionDep, rt: RuntimeDep) -> ActionOut:
    return _run(session, approval_id, user, lambda: review.close(rt, approval_id, body.version, user.username, action="reject", note=body.note.strip()))


@router.post("/items/{approval_id}/resolve", response_model=ActionOut, dependencies=CSRF, responses=ERRORS)
def resolve(approval_id: ItemId, body: ResolveIn, user: ApiUser, session: SessionDep, rt: RuntimeDep) -> ActionOut:
    """Close without a reply."""
    return _run(session, approval_id, user, lambda: review.close(rt, approval_id, body.version, user.username, action="resolve", note=body.note.strip(),
                                                                 apply_proposals=body.apply_proposals))


@router.post("/items/{approval_id}/reassign", response_model=ActionOut, dependencies=CSRF, responses={**ERRORS, 400: {"description": "unknown owner"}})
def reassign(approval_id: ItemId, body: ReassignIn, user: ApiUser, session: SessionDep, rt: RuntimeDep) -> ActionOut:
    """Managers only: give the item to another collector."""
    require_manager(user)
    _visible(session, approval_id, user)
    if body.owner not in {u.username for u in list_users(session, ("collector", "manager"))}:
        raise HTTPException(status_code=400, detail=f"{body.owner!r} is not an active collector or manager")
    return _run(session, approval_id, user, lambda: review.reassign(rt, approval_id, body.version, user.username, body.owner))


@router.post("/items/{approval_id}/retry", response_model=ActionOut, dependencies=CSRF, responses=ERRORS)
def retry(approval_id: ItemId, body: RetryIn, user: ApiUser, session: SessionDep, rt: RuntimeDep) -> ActionOut:
    """Send again after a delivery failure (a Message-ID already sent is never re-sent)."""
    return _run(session, approval_id, user, lambda: review.retry_send(rt, approval_id, body.version, user.username))


@router.get("/pauses", response_model=list[PauseOut], responses=ERRORS)
def list_pauses(user: ApiUser, session: SessionDep, rt: RuntimeDep,
                customer: Annotated[str, Query(min_length=1, max_length=64)],
                state: Literal["proposed", "active", "lifted"] | None = None) -> list[PauseOut]:
    """One customer's pauses (the same list as `dunmail pauses --customer X --json`)."""
    visible_customer(rt, customer, user)
    return [PauseOut.model_validate(pause_store.as_json(p)) for p in pause_store.listing(session, customer_id=customer, state=state)]


@router.post("/pauses/{pause_id}/lift", response_model=PauseOut, dependencies=CSRF, responses={**ERRORS, 409: {"description": "not an active pause"}})
def lift(pause_id: Annotated[int, Path(ge=1, le=2**31)], body: LiftIn, user: ApiUser, rt: RuntimeDep) -> PauseOut:
    """Lift one active pause (a collector of that customer, or a manager); audited."""
    try:
        row = lift_customer_pause(rt, pause_id, user, body.note.strip())
    except pause_store.PauseError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    return PauseOut.model_validate(pause_store.as_json(row))
