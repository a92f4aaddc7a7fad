"""Sessions end when a person ends them: logout, a disabled login or a reset login stops every copy
of the cookie at once; a lockout for one user at one address does not lock out anyone else; adding a
login never silently changes an existing one."""

from __future__ import annotations

import base64
import json
import re
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select
from starlette.requests import Request

from adapters.db.tables import AuditEvent, LoginFailure, User, WebSession, utcnow
from approvals.web.security import SESSION_COOKIE
from approvals.web.throttle import LoginThrottle
from dunmail.web_sessions import token_hash
from tests.fixtures.browser import LiveServer
from tests.web.conftest import csrf_of
from tests.web.world import PASSWORD, WebWorld

NEW_PASSWORD = "a-fresh-password"


def stolen_copy(app: Any, client: TestClient) -> TestClient:
    """Another browser holding a copy of this client's session cookie (as a thief would)."""
    thief = TestClient(app, base_url="http://testserver")
    thief.cookies.set(SESSION_COOKIE, client.cookies[SESSION_COOKIE])
    return thief


def is_logged_in(client: TestClient) -> bool:
    page = client.get("/queue", follow_redirects=False)
    assert page.status_code in (200, 303), page.status_code
    return page.status_code == 200


def api_login(client: TestClient, username: str, password: str = PASSWORD) -> int:
    return client.post("/api/login", json={"username": username, "password": password}).status_code


def client_at(app: Any, address: str) -> TestClient:
    return TestClient(app, base_url="http://testserver", client=(address, 40000))


def audit(world: WebWorld, kind: str) -> list[AuditEvent]:
    with Session(world.rt.engine) as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.kind == kind)).all())


# --- logout and revocation -------------------------------------------------------------------------

def test_after_logout_a_copied_cookie_no_longer_opens_the_queue(app, client_for) -> None:  # noqa: ANN001
    alice, token = client_for("alice")
    with stolen_copy(app, alice) as thief:
        assert is_logged_in(thief)  # the copy works while the session lives
        assert alice.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
        assert not is_logged_in(alice)
        assert not is_logged_in(thief)
        assert thief.get("/api/session").status_code == 401


def test_api_logout_ends_the_session_for_every_copy_of_the_cookie(app) -> None:  # noqa: ANN001
    with TestClient(app, base_url="http://testserver") as client:
        r = client.post("/api/login", json={"username": "alice", "password": PASSWORD})
        assert r.status_code == 200
        with stolen_copy(app, client) as thief:
            assert thief.get("/api/items").status_code == 200
            assert client.post("/api/logout", headers={"X-CSRF-Token": r.json()["csrf_token"]}).status_code == 204
            assert thief.get("/api/items").status_code == 401
            assert client.get("/api/items").status_code == 401


def test_logging_in_again_after_logout_works_and_csrf_still_guards_forms(client_for) -> None:  # noqa: ANN001
    alice, token = client_for("alice")
    alice.post("/logout", data={"csrf_token": token})
    assert alice.post("/logout").status_code == 403  # no token: refused, even logged out
    login_token = csrf_of(alice.get("/login").text)
    assert alice.post("/login", data={"username": "alice", "password": PASSWORD, "csrf_token": login_token}, follow_redirects=False).status_code == 303
    assert is_logged_in(alice)
    assert alice.post("/logout", data={"csrf_token": login_token}).status_code == 403  # the pre-login token was replaced


def test_the_database_keeps_only_a_hash_of_the_session_token(world: WebWorld, client_for) -> None:  # noqa: ANN001
    alice, _ = client_for("alice")
    payload = alice.cookies[SESSION_COOKIE].split(".")[0]
    token = json.loads(base64.b64decode(payload + "=" * (-len(payload) % 4)))["sid"]
    with Session(world.rt.engine) as s:
        [row] = s.exec(select(WebSession).where(WebSession.username == "alice")).all()
    assert row.token_hash == token_hash(token) and token not in row.token_hash
    assert row.revoked_at is None and row.expires_at - row.created_at == timedelta(hours=12)


def test_an_expired_session_sends_the_user_back_to_login(world: WebWorld, client_for) -> None:  # noqa: ANN001
    alice, _ = client_for("alice")
    with Session(world.rt.engine) as s:
        row = s.exec(select(WebSession).where(WebSession.username == "alice")).one()
        row.expires_at = utcnow() - timedelta(seconds=1)
        s.add(row)
        s.commit()
    assert not is_logged_in(alice)


def test_a_disabled_login_is_out_at_once_and_re_enabling_does_not_revive_old_cookies(client_for) -> None:  # noqa: ANN001
    alice, _ = client_for("alice")
    maria, token = client_for("maria")
    maria.post("/settings/users/alice/active", data={"csrf_token": token, "active": "false"})
    assert not is_logged_in(alice)
    maria.post("/settings/users/alice/active", data={"csrf_token": token, "active": "true"})
    assert not is_logged_in(alice)  # the old cookie stays dead; alice logs in again
    fresh, _ = client_for("alice")
    assert is_logged_in(fresh)


def test_a_demoted_user_loses_the_old_role_at_once(world: WebWorld, client_for) -> None:  # noqa: ANN001
    """The role is read on every request: a manager demoted to viewer cannot act with an old cookie."""
    maria, token = client_for("maria")
    assert maria.get("/settings").status_code == 200
    with Session(world.rt.engine) as s:
        user = s.exec(select(User).where(User.username == "maria")).one()
        user.role = "viewer"
        s.add(user)
        s.commit()
    assert maria.get("/settings").status_code == 403
    assert maria.post("/settings/users", data={"csrf_token": token, "username": "mallory", "password": NEW_PASSWORD, "role": "manager"}).status_code == 403


# --- lockout isolation ---------------------------------------------------------------------------------

def test_five_failures_for_one_user_lock_only_that_user_at_that_address(app) -> None:  # noqa: ANN001
    with client_at(app, "10.0.0.1") as office, client_at(app, "10.0.0.2") as elsewhere:
        for _ in range(5):
            assert api_login(office, "alice", "wrong") == 401
        assert api_login(office, "alice") == 429  # even the right password waits
        assert api_login(office, "bob") == 200  # a colleague behind the same address is not locked out
        assert api_login(elsewhere, "alice") == 200  # alice at another address is not either


def test_one_address_spraying_many_usernames_hits_the_address_ceiling(world: WebWorld, app) -> None:  # noqa: ANN001
    throttle: LoginThrottle = app.state.login_throttle
    assert throttle.max_failures_per_address >= 10 * throttle.max_failures
    sprayer = Request({"type": "http", "client": ("10.6.6.6", 1234), "headers": []})
    for n in range(throttle.max_failures_per_address - 1):  # one guess each at many names: no per-user lock
        throttle.failed(sprayer, f"user{n}")
    with client_at(app, "10.6.6.6") as attacker, client_at(app, "10.0.0.9") as bystander:
        assert api_login(attacker, "bob", "wrong") == 401  # the last one the ceiling allows
        assert api_login(attacker, "alice", "wrong") == 429
        assert api_login(attacker, "carol-never-tried", "wrong") == 429
        assert api_login(bystander, "alice") == 200
    with Session(world.rt.engine) as s:
        keys = set(s.exec(select(LoginFailure.key)).all())
    assert "ip:10.6.6.6" in keys and "ip:10.0.0.9" not in keys


def test_a_successful_login_clears_that_users_failures_at_that_address(app) -> None:  # noqa: ANN001
    with client_at(app, "10.0.0.3") as client:
        for _ in range(4):
            api_login(client, "alice", "wrong")
        assert api_login(client, "alice") == 200
        for _ in range(4):
            assert api_login(client, "alice", "wrong") == 401  # counting starts again
        assert api_login(client, "alice") == 200


# --- add login never silently resets ---------------------------------------------------------------

def test_adding_an_existing_login_on_the_web_is_refused_and_changes_nothing(world: WebWorld, app, client_for) -> None:  # noqa: ANN001
    alice, _ = client_for("alice")
    maria, token = client_for("maria")
    for name in ("alice", "Alice"):
        r = maria.post("/settings/users", data={"csrf_token": token, "username": name, "password": NEW_PASSWORD, "role": "viewer"})
        assert "a login named alice already exists: nothing was changed" in r.text and "reset existing login" in r.text
    assert is_logged_in(alice)  # her session, password and role are untouched
    with TestClient(app, base_url="http://testserver") as again:
        assert api_login(again, "alice") == 200 and api_login(again, "alice", NEW_PASSWORD) == 401
    assert alice.get("/api/session").json()["role"] == "collector"
    assert audit(world, "user.reset") == []


def test_a_reset_asked_for_explicitly_changes_the_login_is_audited_and_logs_it_out(world: WebWorld, app, client_for) -> None:  # noqa: ANN001
    alice, _ = client_for("alice")
    maria, token = client_for("maria")
    r = maria.post("/settings/users", data={"csrf_token": token, "username": "alice", "password": NEW_PASSWORD, "role": "viewer", "reset": "true"})
    assert "reset login alice (viewer)" in r.text
    assert not is_logged_in(alice)
    [event] = audit(world, "user.reset")
    assert event.actor == "maria" and event.detail["username"] == "alice"
    assert event.detail["previous_role"] == "collector" and event.detail["role"] == "viewer" and event.detail["sessions_ended"] == 1
    with TestClient(app, base_url="http://testserver") as again:
        assert api_login(again, "alice") == 401
        assert api_login(again, "alice", NEW_PASSWORD) == 200
        assert again.get("/api/session").json()["role"] == "viewer"


def test_the_settings_page_offers_the_reset_as_an_unticked_checkbox(client_for) -> None:  # noqa: ANN001
    maria, _ = client_for("maria")
    page = maria.get("/settings").text
    assert '<input type="checkbox" name="reset" value="true">' in page


# --- the same in a real browser ---------------------------------------------------------------------

@pytest.mark.browser
def test_in_chromium_logout_ends_the_session_for_a_copied_cookie(browser: Any, live_server: LiveServer) -> None:
    own, copy = browser.new_context(), browser.new_context()
    try:
        page = own.new_page()
        page.goto(f"{live_server.url}/queue")
        page.fill("input[name=username]", "alice")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/queue")
        copy.add_cookies(own.cookies())
        other = copy.new_page()
        other.goto(f"{live_server.url}/queue")
        assert other.url.endswith("/queue")  # the copied cookie works while the session lives
        page.click("text=Log out")
        page.wait_for_url("**/login")
        other.goto(f"{live_server.url}/queue")
        other.wait_for_url(re.compile(r"/login\?next=/queue$"))
        assert other.locator("input[name=password]").count() == 1
    finally:
        own.close()
        copy.close()
