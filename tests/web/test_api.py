"""The JSON API: same queue, same actions, same rules; schemathesis finds no server errors."""

from __future__ import annotations

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from approvals.web.app import create_app
from tests.web.world import WebWorld


def api_login(client: TestClient, username: str) -> dict[str, str]:
    r = client.post("/api/login", json={"username": username, "password": "demo-password"})
    assert r.status_code == 200
    return {"X-CSRF-Token": r.json()["csrf_token"]}


def test_an_integration_lists_reads_and_approves(world: WebWorld, app) -> None:  # noqa: ANN001
    with TestClient(app) as client:
        headers = api_login(client, "alice")
        listing = client.get("/api/items").json()
        assert listing["total"] == 2 and listing["counts"] == {"dispute": 1, "promise_to_pay": 1}
        item_id = next(i["id"] for i in listing["items"] if i["customer_id"] == "C001")
        detail = client.get(f"/api/items/{item_id}").json()
        assert detail["decision"]["rule"] == "policy.promise_to_pay.no_date" and detail["draft"]["in_reply_to"] == "<p1@acme.example>"
        assert detail["thread"][0]["text"].startswith("Hello,\nwe will pay invoice INV-1001")
        ok = client.post(f"/api/items/{item_id}/approve", json={"version": detail["version"]}, headers=headers)
        assert ok.status_code == 200 and ok.json()["status"] == "sent"
        stale = client.post(f"/api/items/{item_id}/approve", json={"version": detail["version"]}, headers=headers)
        assert stale.status_code == 409 and "already changed by alice" in stale.json()["detail"]
        assert len(world.sent_mail()) == 1


def test_openapi_schema_is_served_and_covers_the_actions(app) -> None:  # noqa: ANN001
    with TestClient(app) as client:
        spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/items", "/api/items/{approval_id}", "/api/items/{approval_id}/approve", "/api/items/{approval_id}/reject",
            "/api/items/{approval_id}/resolve", "/api/items/{approval_id}/reassign", "/api/login"} <= paths
    assert not any(p.startswith(("/queue", "/items", "/login")) for p in paths)  # pages stay out of the API schema


def test_the_api_never_answers_500(world: WebWorld) -> None:
    """Schemathesis generates requests for every operation from the OpenAPI schema and sends them with
    a manager's session and CSRF token: bad input gets a 4xx, never a 500. (Driven through each
    operation's hypothesis strategy: schemathesis' pytest plugin does not load under pytest 9.)"""
    app = create_app(world.rt, process_retries=False)
    api = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    client = TestClient(app)
    auth = api_login(client, "maria")
    cookies = dict(client.cookies)
    seen: list[str] = []
    for result in api.get_all_operations():
        operation = result.ok()
        if operation.path == "/api/logout":
            continue  # would end the session the other examples share

        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
        @given(case=operation.as_strategy())
        def check(case) -> None:  # noqa: ANN001
            response = case.call(headers={**(case.headers or {}), **auth}, cookies=cookies)
            case.validate_response(response, checks=[not_a_server_error])

        check()
        seen.append(f"{operation.method.upper()} {operation.path}")
    assert "POST /api/items/{approval_id}/approve" in seen and len(seen) >= 8
