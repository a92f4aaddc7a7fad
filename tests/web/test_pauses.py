"""A collector sees what a reply proposes for dunning, makes it real or drops it, and lifts a pause
from the item or the customer page — through the pages and the JSON API, audited."""

from __future__ import annotations

from sqlmodel import Session, select

from adapters.db.tables import AuditEvent
from tests.web.world import WebWorld


def _api_login(client, username: str) -> dict[str, str]:  # noqa: ANN001
    r = client.post("/api/login", json={"username": username, "password": "demo-password"})
    assert r.status_code == 200, r.text
    return {"X-CSRF-Token": r.json()["csrf_token"]}


def test_a_dispute_only_proposes_its_pause_until_the_collector_applies_it(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C003")  # "We dispute invoice INV-3001"
    client, token = client_for("alice")
    page = client.get(f"/items/{item.id}").text
    assert "Proposed by this reply" in page and "Nothing here is in effect" in page and "INV-3001" in page
    assert client.get("/api/pauses?customer=C003&state=active").json() == []
    [proposed] = client.get("/api/pauses?customer=C003").json()
    assert proposed["state"] == "proposed" and proposed["invoice"] == "INV-3001" and proposed["until"] is None
    assert proposed["approval_id"] == item.id and proposed["source"].startswith("reply:")

    r = client.post(f"/items/{item.id}/resolve", data={"csrf_token": token, "version": item.version, "note": "sales checks it",
                                                       "apply_proposals": "1"}, follow_redirects=True)
    assert r.status_code == 200
    [active] = client.get("/api/pauses?customer=C003&state=active").json()
    assert active["id"] == proposed["id"]

    customer = client.get("/customers/C003").text
    assert "Initech Inc" in customer and "INV-3001" in customer and "until lifted" in customer
    r = client.post(f"/pauses/{active['id']}/lift", data={"csrf_token": token, "note": "credit note issued", "back": "/customers/C003"},
                    follow_redirects=True)
    assert "lifted" in r.text and r.url.path == "/customers/C003"
    assert client.get("/api/pauses?customer=C003&state=active").json() == []
    with Session(world.rt.engine) as s:
        lifted = s.exec(select(AuditEvent).where(AuditEvent.kind == "pause.lifted")).one()
    assert lifted.actor == "alice" and lifted.detail["note"] == "credit note issued"


def test_rejecting_drops_what_the_reply_proposed(world: WebWorld, client_for) -> None:  # noqa: ANN001
    item = world.item_for("C003")
    client, token = client_for("alice")
    client.post(f"/items/{item.id}/reject", data={"csrf_token": token, "version": item.version, "note": "not a dispute, a question"})
    assert client.get("/api/pauses?customer=C003").json() == []


def test_pauses_belong_to_the_customers_collector(world: WebWorld, app) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    item = world.item_for("C003")
    with TestClient(app) as alice, TestClient(app) as bob:
        headers = _api_login(alice, "alice")
        version = alice.get(f"/api/items/{item.id}").json()["version"]
        detail = alice.post(f"/api/items/{item.id}/resolve", json={"version": version, "apply_proposals": True}, headers=headers).json()
        assert detail["status"] == "resolved"
        [pause] = alice.get(f"/api/items/{item.id}").json()["pauses"]
        assert pause["state"] == "active"
        bob_headers = _api_login(bob, "bob")  # Globex's collector, not Initech's
        assert bob.get("/api/pauses?customer=C003").status_code == 404
        assert bob.get("/customers/C003").status_code == 404
        assert bob.post(f"/api/pauses/{pause['id']}/lift", json={"note": "mine now"}, headers=bob_headers).status_code == 404
        assert alice.post(f"/api/pauses/{pause['id']}/lift", json={"note": " "}, headers=headers).status_code == 422
        lifted = alice.post(f"/api/pauses/{pause['id']}/lift", json={"note": "resolved with sales"}, headers=headers)
        assert lifted.status_code == 200 and lifted.json()["state"] == "lifted"
        again = alice.post(f"/api/pauses/{pause['id']}/lift", json={"note": "twice"}, headers=headers)
        assert again.status_code == 409 and "only an active pause" in again.json()["detail"]
