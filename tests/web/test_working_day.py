"""A collector's working day in a real headless Chromium: ten routine reminders cleared from the
keyboard, the queue's money columns, bulk approve for managers, and pages that fit a phone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from approvals.web.app import create_app
from tests.fixtures.browser import LiveServer, start_server, stop_server
from tests.web.conftest import login, sign_in
from tests.web.day_world import CUSTOMERS, build_day_template
from tests.web.world import WebWorld, copy_world


@pytest.fixture(scope="session")
def day_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("day-template") / "data"
    build_day_template(directory)
    return directory


@pytest.fixture
def day(day_template: Path, tmp_path: Path) -> Iterator[WebWorld]:
    w = copy_world(day_template, tmp_path / "data")
    yield w
    w.rt.close()


@pytest.fixture
def day_server(day: WebWorld) -> Iterator[LiveServer]:
    live = start_server(create_app(day.rt, process_retries=False))
    yield live
    stop_server(live)


@pytest.fixture
def day_client(day: WebWorld) -> Iterator[Any]:
    clients: list[TestClient] = []
    app = create_app(day.rt, process_retries=False)

    def make(username: str) -> tuple[TestClient, str]:
        c = TestClient(app, base_url="http://testserver")
        clients.append(c)
        return c, login(c, username)

    yield make
    for c in clients:
        c.close()


@pytest.fixture
def day_page(browser: Any, day_server: LiveServer) -> Iterator[Any]:
    """Opens a signed-in page of the day's server at a viewport width; closes them all afterwards."""
    contexts: list[Any] = []

    def make(username: str, width: int = 1360) -> Any:
        ctx = browser.new_context(viewport={"width": width, "height": 800})
        contexts.append(ctx)
        return sign_in(ctx.new_page(), day_server.url, username)

    yield make
    for ctx in contexts:
        ctx.close()


@pytest.mark.browser
def test_ten_reminders_are_cleared_with_eleven_key_presses(day: WebWorld, day_page, day_server: LiveServer) -> None:  # noqa: ANN001
    page = day_page("alice")
    assert page.locator("table.queue tbody tr").count() == CUSTOMERS
    keys = 0
    with page.expect_navigation():
        page.keyboard.press("Enter")  # opens the first (selected) row
    keys += 1
    for _ in range(CUSTOMERS):
        assert page.locator("#approve-form").count() == 1, page.url
        with page.expect_navigation():
            page.keyboard.press("a")  # approve and send, then on to the next pending item
        keys += 1
    assert keys <= 12
    assert "/queue" in page.url and page.locator("table.queue").count() == 0
    assert "Nothing else is pending" in page.locator(".flash-info").inner_text()
    assert len(day.sent_mail()) == CUSTOMERS


@pytest.mark.browser
def test_keyboard_moves_through_rows_rejects_with_a_reason_and_shows_help(day: WebWorld, day_page, day_server: LiveServer) -> None:  # noqa: ANN001
    page = day_page("alice")
    page.keyboard.press("j")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("k")
    second = page.locator("table.queue tbody tr").nth(1)
    assert "selected" in (second.get_attribute("class") or "")
    name = second.locator("a.item-link").inner_text()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert name in page.locator("h1").inner_text()
    page.keyboard.press("?")
    assert page.locator("#keys-help").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#keys-help").is_visible()
    page.keyboard.press("r")
    page.keyboard.type("paid by cheque, in the post")  # typed into the reason: no shortcut fires
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".flash-ok").inner_text() == "rejected"
    assert name not in page.locator("h1").inner_text()  # on to the next pending item
    assert day.sent_mail() == []


@pytest.mark.browser
def test_skip_link_reaches_the_first_item(day: WebWorld, day_page, day_server: LiveServer) -> None:  # noqa: ANN001
    page = day_page("alice")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the first item"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "first-item"


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 360])
def test_queue_item_and_customer_pages_fit_a_phone(day: WebWorld, day_page, day_server: LiveServer, width: int) -> None:  # noqa: ANN001
    page = day_page("alice", width=width)
    item = day.item_for("D01")
    for path in ("/queue", f"/items/{item.id}", "/customers/D01", "/dashboard"):
        page.goto(f"{day_server.url}{path}")
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{path} is {scroll_width} px wide at {width} px"
        for selector in (".top .user", ".top button.link"):
            box = page.locator(selector).bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, f"{selector} off-screen on {path}"


def _rows(html: str) -> list[str]:
    return re.findall(r"<tr [^>]*data-href[^>]*>(.*?)</tr>", html, re.DOTALL)


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment)).strip()


def test_queue_shows_amount_currency_and_days_overdue_in_words(day_client) -> None:
    client, _ = day_client("alice")
    rows = [_text(r) for r in _rows(client.get("/queue").text)]
    alder = next(r for r in rows if "Alder Trading Ltd" in r)
    assert "1,250.00 EUR" in alder and "5 days" in alder
    assert "3 days overdue (standard cadence): INV-9001" in alder and "due_plus" not in alder
    cedar = next(r for r in rows if "Cedar Trading Ltd" in r)
    assert "1,750.00 USD" in cedar and "EUR" not in cedar


def test_a_manager_approves_routine_reminders_in_bulk_and_a_collector_may_not(day: WebWorld, day_client) -> None:
    ids = [day.item_for(f"D{n:02d}").id for n in (1, 2, 3)]
    collector, token = day_client("alice")
    assert 'id="bulk-form"' not in collector.get("/queue").text
    r = collector.post("/queue/approve-reminders", data={"csrf_token": token, "ids": ids}, follow_redirects=False)
    assert r.status_code == 403 and day.sent_mail() == []
    manager, token = day_client("maria")
    assert 'id="bulk-form"' in manager.get("/queue").text
    page = manager.post("/queue/approve-reminders", data={"csrf_token": token, "ids": ids}).text
    assert "3 reminders approved and sent" in page
    assert len(day.sent_mail()) == 3 and all(day.reload(i).status == "sent" for i in ids)
    again = manager.post("/queue/approve-reminders", data={"csrf_token": token, "ids": ids[:1]}).text
    assert f"#{ids[0]} left for review" in again and "is sent" in again, re.findall(r"flash-[a-z]+[^>]*>([^<]*)", again)  # checked one by one: nothing sent twice
    assert len(day.sent_mail()) == 3


def test_a_reminder_item_explains_itself_and_a_sent_one_is_not_waiting(day: WebWorld, day_client) -> None:
    item = day.item_for("D01")
    client, token = day_client("alice")
    page = _text(client.get(f"/items/{item.id}").text)
    assert "A reminder planned by the dunning policy" in page and "no longer stored" not in page
    assert "waiting" in page
    client.post(f"/items/{item.id}/approve", data={"csrf_token": token, "version": item.version})
    after = _text(client.get(f"/items/{item.id}").text)
    assert "SENT" in after.upper() and " waiting " not in after


def test_the_flag_of_a_sent_item_is_not_shown_in_the_queue(world: WebWorld, client_for) -> None:
    from adapters.db.db import session_scope
    from adapters.db.tables import ApprovalRequest

    item = world.item_for("C001")
    with session_scope(world.rt.engine) as s:  # an item approved with an overridden check stays flagged in the record
        row = s.get(ApprovalRequest, item.id)
        row.flagged = True
        s.add(row)
    client, _ = client_for("alice")
    assert "⚑ guardrail" in client.get("/queue").text
    with session_scope(world.rt.engine) as s:
        row = s.get(ApprovalRequest, item.id)
        row.status = "sent"
        s.add(row)
    sent_view = client.get("/queue?status=sent").text
    assert "Acme Tools Ltd" in sent_view and "⚑ guardrail" not in sent_view


def test_the_dashboard_never_adds_currencies_and_shows_each_collector(day: WebWorld, day_client) -> None:
    manager, _ = day_client("maria")
    page = _text(manager.get("/dashboard").text)
    # EUR: 19,250.00 on eight invoices, USD: 4,500.00 on two; their sum (23,750) appears nowhere
    assert "19,250.00" in page and "4,500.00" in page
    assert "23,750" not in page and "23750" not in page
    assert "3 days overdue" in page and "due_plus" not in page
    collector, _ = day_client("alice")
    assert "alice's customers only" in _text(collector.get("/dashboard").text)  # a collector starts on their own figures
    bob = _text(manager.get("/dashboard?owner=bob").text)
    assert "19,250.00" not in bob and "No invoices." in bob  # bob owns none of these customers
    assert manager.get("/dashboard/chart.png?owner=alice").content[:4] == b"\x89PNG"


@pytest.mark.browser
def test_a_manager_selects_every_routine_reminder_with_one_box(day: WebWorld, day_page, day_server: LiveServer) -> None:  # noqa: ANN001
    page = day_page("maria")
    page.check("#pick-all")
    assert page.locator("input[name=ids]:checked").count() == CUSTOMERS
    with page.expect_navigation():
        page.click("text=Approve selected reminders")
    assert page.locator(".flash-ok").inner_text() == f"{CUSTOMERS} reminders approved and sent"
    assert len(day.sent_mail()) == CUSTOMERS and page.locator("table.queue").count() == 0
