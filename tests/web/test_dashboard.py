"""The dashboard shows a manager the collection figures after replies are processed and sent."""

from __future__ import annotations


def test_dashboard_shows_collection_metrics_and_chart(client_for, world):
    client, _ = client_for("maria")
    page = client.get("/dashboard")
    assert page.status_code == 200
    text = page.text.lower()
    assert "promise" in text and "dso" in text and "automation rate" in text
    assert '<img class="chart" src="/dashboard/chart.png"' in page.text
    chart = client.get("/dashboard/chart.png")
    assert chart.status_code == 200 and chart.headers["content-type"] == "image/png" and chart.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_dashboard_needs_a_login(client_for):
    anonymous, _ = client_for()
    assert anonymous.get("/dashboard", follow_redirects=False).status_code in (302, 303, 401)
    assert anonymous.get("/dashboard/chart.png", follow_redirects=False).status_code in (302, 303, 401)
