"""Fixtures for the web tests: a processed world per test, and logged-in TestClients."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from approvals.web.app import create_app
from tests.web.world import PASSWORD, WebWorld, build_template, copy_world


@pytest.fixture(scope="session")
def web_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("web-template") / "data"
    build_template(directory)
    return directory


@pytest.fixture
def world(web_template: Path, tmp_path: Path) -> Iterator[WebWorld]:
    w = copy_world(web_template, tmp_path / "data")
    yield w
    w.rt.close()


@pytest.fixture
def app(world: WebWorld):  # noqa: ANN201
    return create_app(world.rt, process_retries=False)


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": username, "password": password, "csrf_token": token, "next": "/queue"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/queue").text)


def sign_in(page, base_url: str, username: str, password: str = PASSWORD):  # noqa: ANN001, ANN201 - a Playwright page
    """Log a real browser page in through the form; it lands on the queue."""
    page.goto(f"{base_url}/queue")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/queue")
    return page


@pytest.fixture
def client_for(app) -> Iterator:  # noqa: ANN001
    clients: list[TestClient] = []

    def make(username: str | None = None) -> tuple[TestClient, str]:
        c = TestClient(app, base_url="http://testserver")
        clients.append(c)
        token = login(c, username) if username else ""
        return c, token

    yield make
    for c in clients:
        c.close()
