"""In a real headless Chromium against a real uvicorn server: a collector's day in the queue."""

from __future__ import annotations

import email
from email import policy
from typing import Any

import pytest

from tests.fixtures.browser import LiveServer
from tests.web.conftest import sign_in
from tests.web.world import WebWorld

pytestmark = pytest.mark.browser


@pytest.fixture
def new_page(browser: Any, live_server: LiveServer):  # noqa: ANN201
    contexts: list[Any] = []

    def make(username: str) -> Any:
        ctx = browser.new_context(viewport={"width": 1360, "height": 900})
        contexts.append(ctx)
        return sign_in(ctx.new_page(), live_server.url, username)

    yield make
    for ctx in contexts:
        ctx.close()


def test_collector_filters_opens_edits_and_approves(world: WebWorld, new_page, live_server: LiveServer) -> None:  # noqa: ANN001
    page = new_page("alice")
    assert page.locator("table.queue tbody tr").count() == 2
    page.select_option("select[name=intent]", "promise_to_pay")  # auto-submits
    page.wait_for_url("**intent=promise_to_pay**")
    assert page.locator("table.queue tbody tr").count() == 1
    page.click("text=Acme Tools Ltd")
    assert "promise without a date" in page.locator(".why").inner_text()
    body = page.locator("textarea[name=body]")
    body.fill(body.input_value().replace("Could you let us know", "Could you kindly let us know"))
    page.click("text=Approve and send")
    page.wait_for_selector(".flash-ok")
    assert page.locator(".flash-ok").inner_text() == "reply sent to ap@acme.example"
    # approve-and-next: nothing else is pending in this view, so the collector is back on it, told so
    assert "/queue?" in page.url and "intent=promise_to_pay" in page.url
    assert "Nothing else is pending in this view." in page.locator(".flash-info").inner_text()
    assert page.locator("table.queue").count() == 0
    [raw] = world.sent_mail()
    sent = email.message_from_bytes(raw, policy=policy.default)
    assert sent["In-Reply-To"] == "<p1@acme.example>"
    assert "Could you kindly let us know" in sent.get_content()


def test_collector_rejects_with_a_reason(world: WebWorld, new_page, live_server: LiveServer) -> None:  # noqa: ANN001
    page = new_page("alice")
    page.click("text=Initech Inc")
    page.fill("#reject-form input[name=note]", "handled on the phone with Peter")
    page.click("#reject-form button")
    page.wait_for_selector(".flash-ok")
    assert page.locator(".flash-ok").inner_text() == "rejected"
    assert "Acme Tools Ltd" in page.locator("h1").inner_text()  # on to alice's next pending item
    page.goto(f"{live_server.url}/items/{world.item_for('C003').id}")
    assert "handled on the phone with Peter" in page.locator(".why").inner_text()
    assert world.sent_mail() == []


def test_two_browsers_approving_the_same_item_send_one_reply(world: WebWorld, new_page, live_server: LiveServer) -> None:  # noqa: ANN001
    item = world.item_for("C001")
    alice, maria = new_page("alice"), new_page("maria")
    for page in (alice, maria):
        page.goto(f"{live_server.url}/items/{item.id}")
    alice.click("text=Approve and send")
    alice.wait_for_selector(".flash")
    maria.click("text=Approve and send")  # her page still shows the old version
    maria.wait_for_selector(".flash")
    assert alice.locator(".flash-ok").inner_text() == "reply sent to ap@acme.example"
    loser = maria.locator(".flash-error").inner_text()
    assert "already changed by alice" in loser and "reload" in loser
    assert len(world.sent_mail()) == 1


def test_script_in_customer_mail_never_runs(world: WebWorld, new_page, live_server: LiveServer) -> None:  # noqa: ANN001
    item = world.item_for("C002")
    page = new_page("bob")
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live_server.url}/items/{item.id}")
    page.click("text=HTML version")
    frame = page.frame_locator("iframe.html-view")
    frame.locator("text=could you send us a copy").wait_for()
    frame.locator("a", has_text="click").click()  # a javascript: link was stripped: nothing runs
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    for child in page.frames[1:]:
        assert child.evaluate("typeof window.__xss") == "undefined"
    assert errors == []
