"""Who may see and do what, CSRF, headers, cookies, and customer HTML that must stay inert."""

from __future__ import annotations

import re
import stat
from pathlib import Path

from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from approvals.web.app import create_app
from approvals.web.security import require_csrf, session_secret
from tests.web.world import WebWorld, settings_for

TEMPLATES = Path(__file__).resolve().parents[2] / "approvals" / "web" / "templates"


def test_anonymous_visitor_is_sent_to_login_and_the_api_says_401(client_for) -> None:  # noqa: ANN001
    client, _ = client_for()
    r = client.get("/queue?intent=dispute", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=/queue")
    assert client.get("/api/items").status_code == 401


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(client_for) -> None:  # noqa: ANN001
    client, _ = client_for()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    r = client.post("/login", data={"username": "alice", "password": "not-her-password", "csrf_token": token})
    assert r.status_code == 401 and "Wrong username or password." in r.text


def test_login_never_redirects_to_another_site(client_for) -> None:  # noqa: ANN001
    client, _ = client_for()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    r = client.post("/login", data={"username": "alice", "password": "demo-password", "csrf_token": token, "next": "//evil.example/x"}, follow_redirects=False)
    assert r.headers["location"] == "/queue"


def test_a_collector_cannot_open_another_collectors_item_by_changing_the_url(world: WebWorld, client_for) -> None:  # noqa: ANN001
    bobs = world.item_for("C002")
    client, token = client_for("alice")
    assert client.get(f"/items/{bobs.id}").status_code == 404
    assert client.get(f"/api/items/{bobs.id}").status_code == 404
    r = client.post(f"/items/{bobs.id}/approve", data={"csrf_token": token, "version": bobs.version}, follow_redirects=False)
    assert r.status_code == 404
    r = client.post(f"/api/items/{bobs.id}/reject", json={"version": bobs.version, "note": "x"}, headers={"X-CSRF-Token": token})
    assert r.status_code == 404
    assert world.reload(bobs.id).status == "pending" and world.sent_mail() == []
    queue = client.get("/queue").text
    assert "Globex" not in queue and "Acme Tools Ltd" in queue
    assert all(i["owner"] == "alice" for i in client.get("/api/items?status=all").json()["items"])


def test_a_viewer_reads_everything_but_cannot_act(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C001")
    client, token = client_for("victor")
    page = client.get(f"/items/{item.id}")
    assert page.status_code == 200 and "read-only" in page.text and "Approve and send" not in page.text
    r = client.post(f"/items/{item.id}/approve", data={"csrf_token": token, "version": item.version}, follow_redirects=False)
    assert r.status_code == 403
    r = client.post(f"/api/items/{item.id}/resolve", json={"version": item.version}, headers={"X-CSRF-Token": token})
    assert r.status_code == 403
    assert world.reload(item.id).status == "pending"


def test_only_a_manager_reassigns(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C001")
    client, token = client_for("alice")
    r = client.post(f"/api/items/{item.id}/reassign", json={"version": item.version, "owner": "bob"}, headers={"X-CSRF-Token": token})
    assert r.status_code == 403 and world.reload(item.id).owner == "alice"


def test_missing_or_wrong_csrf_token_is_403_on_forms_and_api(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C001")
    client, token = client_for("alice")
    assert client.post(f"/items/{item.id}/approve", data={"version": item.version}).status_code == 403
    assert client.post(f"/items/{item.id}/approve", data={"version": item.version, "csrf_token": "forged"}).status_code == 403
    assert client.post(f"/api/items/{item.id}/approve", json={"version": item.version}).status_code == 403
    assert client.post(f"/api/items/{item.id}/approve", json={"version": item.version}, headers={"X-CSRF-Token": token + "x"}).status_code == 403
    assert client.post("/logout").status_code == 403
    # another session's valid token is no good either
    other, other_token = client_for("bob")
    assert client.post(f"/items/{item.id}/reject", data={"version": item.version, "note": "n", "csrf_token": other_token}).status_code == 403
    assert world.reload(item.id).status == "pending" and world.sent_mail() == []


def test_every_state_changing_route_requires_csrf() -> None:
    from approvals.web import api, pages

    routes = [r for router in (api.router, pages.router) for r in router.routes]
    unsafe = [r for r in routes if isinstance(r, APIRoute) and r.methods - {"GET", "HEAD", "OPTIONS"}]
    assert unsafe
    exempt = {"/api/login"}  # JSON-only (415 otherwise), so a cross-site form cannot reach it
    for route in unsafe:
        if route.path in exempt:
            continue
        deps = {d.call for d in route.dependant.dependencies}
        assert require_csrf in deps, f"{route.path} has no CSRF check"


def test_api_login_accepts_json_only(client_for) -> None:  # noqa: ANN001
    client, _ = client_for()
    assert client.post("/api/login", data={"username": "alice", "password": "demo-password"}).status_code in (415, 422)
    r = client.post("/api/login", json={"username": "alice", "password": "demo-password"})
    assert r.status_code == 200 and r.json()["role"] == "collector" and r.json()["csrf_token"]


def test_security_headers_and_cookie_flags(world: WebWorld, client_for) -> None:  # noqa: ANN001
    client, _ = client_for()
    r = client.get("/login")
    csp = r.headers["content-security-policy"]
    script_src = next(p for p in csp.split(";") if p.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "frame-ancestors 'none'" in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie


def test_secure_cookies_when_configured(world: WebWorld) -> None:
    world.rt.settings.secure_cookies = True
    with TestClient(create_app(world.rt, process_retries=False), base_url="https://testserver") as client:
        assert "secure" in client.get("/login").headers["set-cookie"].lower()


def test_session_secret_is_generated_once_and_private(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    settings.session_secret = settings.session_secret.__class__("")
    first = session_secret(settings)
    key = tmp_path / "session.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert session_secret(settings) == first and len(first) >= 32


def test_customer_html_is_sanitised_and_never_marked_safe(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C002")
    client, _ = client_for("bob")
    page = client.get(f"/items/{item.id}").text
    assert "<script>window.__xss" not in page
    assert "onerror" not in page.lower()
    srcdoc = re.search(r'<iframe class="html-view" sandbox title="[^"]*" srcdoc="([^"]*)"', page)
    assert srcdoc, "the HTML version is shown only in a sandboxed iframe"
    assert "script" not in srcdoc.group(1).lower() and "onerror" not in srcdoc.group(1).lower() and "javascript:" not in srcdoc.group(1).lower()
    assert "could you send us a copy of INV-2001" in page  # the text is still there for the collector
    for template in TEMPLATES.glob("*.html"):
        assert "|safe" not in template.read_text().replace(" ", ""), f"{template.name} marks something safe"


def test_logs_carry_no_customer_text(world: WebWorld, client_for, caplog) -> None:  # noqa: ANN001
    item = world.item_for("C001")
    client, token = client_for("alice")
    with caplog.at_level("DEBUG"):
        client.get(f"/items/{item.id}")
        client.post(f"/items/{item.id}/approve", data={"csrf_token": token, "version": item.version, "body": "Hello Jane,\nSECRET-BODY-MARKER\n"})
    assert "SECRET-BODY-MARKER" not in caplog.text and "we will pay invoice" not in caplog.text
    assert "demo-password" not in caplog.text
