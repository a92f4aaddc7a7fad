"""Managers see the configuration (never a secret) and manage logins; nobody else can; password
guessing is slowed down."""

from __future__ import annotations

from tests.web.conftest import csrf_of
from tests.web.world import PASSWORD


def test_manager_sees_settings_without_secrets_and_adds_a_login(client_for, world):
    world.rt.settings.smtp_password = type(world.rt.settings.smtp_password)("hunter2-secret")
    maria, token = client_for("maria")
    page = maria.get("/settings")
    assert page.status_code == 200 and "smtp_password" in page.text and "hunter2-secret" not in page.text
    r = maria.post("/settings/users", data={"csrf_token": token, "username": "newbie", "password": PASSWORD, "role": "collector"}, follow_redirects=True)
    assert "added login newbie" in r.text
    newbie, _ = client_for("newbie")  # the new login works
    assert newbie.get("/queue").status_code == 200


def test_collectors_and_viewers_cannot_open_settings(client_for):
    for name in ("alice", "victor"):
        client, token = client_for(name)
        assert client.get("/settings").status_code == 403
        assert client.post("/settings/users", data={"csrf_token": token, "username": "x", "password": "long-enough-pw", "role": "manager"}).status_code == 403


def test_settings_forms_need_csrf(client_for):
    maria, _ = client_for("maria")
    assert maria.post("/settings/users", data={"username": "x", "password": "long-enough-pw", "role": "manager"}).status_code == 403


def test_repeated_wrong_passwords_lock_the_login_for_a_while(client_for):
    client, _ = client_for()
    for _ in range(5):
        token = csrf_of(client.get("/login").text)
        assert client.post("/login", data={"username": "alice", "password": "wrong", "csrf_token": token}).status_code == 401
    token = csrf_of(client.get("/login").text)
    locked = client.post("/login", data={"username": "alice", "password": "wrong", "csrf_token": token})
    assert locked.status_code == 429 and "Too many failed logins" in locked.text
    api = client.post("/api/login", json={"username": "alice", "password": "wrong"})
    assert api.status_code == 429 and "Retry-After" in api.headers


def test_a_lockout_holds_across_web_processes_and_restarts(world, client_for):
    """Failures live in the database: a second app on the same store (another `dunmail serve`
    process, or the same one restarted) refuses the locked-out user too."""
    from fastapi.testclient import TestClient

    from approvals.web.app import create_app

    client, _ = client_for()
    for _ in range(5):
        token = csrf_of(client.get("/login").text)
        client.post("/login", data={"username": "Bob", "password": "wrong", "csrf_token": token})
    with TestClient(create_app(world.rt, process_retries=False), base_url="http://testserver") as other:
        refused = other.post("/api/login", json={"username": "bob", "password": PASSWORD})
        assert refused.status_code == 429  # even the right password waits out the lockout
        assert 1 <= int(refused.headers["Retry-After"]) <= 600
