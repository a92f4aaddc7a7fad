"""The dashboard shows a manager the collection figures after replies are processed and sent."""

from __future__ import annotations


def test_dashboard_shows_collection_metrics_and_chart(client_for, world):
    client, _ = client_for("maria")
    page = client.get("/dashboard")
    assert page.status_code == 200
    text = page.text.lower()
    assert "promise" in text and "dso" in text and "automation rate" in text
    assert '<img class="chart" src="/dashboard/chart.png?owner=all"' in page.text
    chart = client.get("/dashboard/chart.png")
    assert chart.status_code == 200 and chart.headers["content-type"] == "image/png" and chart.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_dashboard_needs_a_login(client_for):
    anonymous, _ = client_for()
    assert anonymous.get("/dashboard", follow_redirects=False).status_code in (302, 303, 401)
    assert anonymous.get("/dashboard/chart.png", follow_redirects=False).status_code in (302, 303, 401)


def test_time_to_first_response_counts_from_the_mails_date_not_from_fetching_it(world, client_for):
    """The world's replies are dated 2024-05-09 but fetched today: a reply sent today took years, not minutes."""
    import re

    from dunmail.metrics import collection_metrics

    item = world.item_for("C001")
    client, token = client_for("alice")
    client.post(f"/items/{item.id}/approve", data={"csrf_token": token, "version": item.version})
    metrics = collection_metrics(world.rt.engine, world.rt.erp, world.rt.erp.today())
    assert metrics["responses"] == 1 and metrics["time_to_first_response_median_h"] > 24 * 365
    page = client.get("/dashboard").text
    assert re.search(r'figure-value">[\d,]+\.\d h<', page)
