"""Screenshots of the queue, an item and the dashboard for the README, from the real demo flow in headless Chromium.

    .venv/bin/python -m tests.web.screenshots [docs/screenshots]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from sqlmodel import Session, col, select

from adapters.db.tables import ApprovalRequest
from approvals.web.app import create_app
from dunmail.demo import DEMO_PASSWORD, ensure_demo_users
from dunmail.migrate import upgrade
from dunmail.settings import Settings
from dunmail.tick import tick
from dunmail.wiring import build_runtime
from dunmail.worker import process_pending
from evals.demo import seed_demo
from tests.fixtures.browser import CHROMIUM, CHROMIUM_ARGS, start_server, stop_server
from tests.web.world import ingest


def main(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), session_secret="screenshot-secret")  # type: ignore[arg-type]
        seed_demo(settings)
        upgrade(settings.resolved_database_url)
        rt = build_runtime(settings)
        try:
            ingest(rt)
            process_pending(rt)
            tick(rt)  # the day's reminders: the queue shows them next to the replies, with the bulk approve
            ensure_demo_users(rt.engine, [c.owner for c in rt.erp.customers()])
            with Session(rt.engine) as s:
                pick = s.exec(select(ApprovalRequest).where(ApprovalRequest.kind == "draft").order_by(col(ApprovalRequest.flagged).desc(), col(ApprovalRequest.id))).first()
                assert pick is not None, "the demo produced no draft to show"
                item_id = pick.id
            live = start_server(create_app(rt, process_retries=False))
            try:
                with sync_playwright() as pw:
                    browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                    page = browser.new_context(viewport={"width": 1360, "height": 860}, device_scale_factor=1).new_page()
                    page.goto(f"{live.url}/login")
                    page.fill("input[name=username]", "maria")
                    page.fill("input[name=password]", DEMO_PASSWORD)
                    page.click("button[type=submit]")
                    page.wait_for_url("**/queue")
                    page.screenshot(path=str(out / "queue.png"))
                    page.goto(f"{live.url}/items/{item_id}")
                    page.screenshot(path=str(out / "item.png"), full_page=True)
                    page.goto(f"{live.url}/dashboard")
                    page.screenshot(path=str(out / "dashboard.png"), full_page=True)
                    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1, storage_state=page.context.storage_state()).new_page()
                    phone.goto(f"{live.url}/queue")
                    phone.screenshot(path=str(out / "queue-phone.png"))
                    browser.close()
            finally:
                stop_server(live)
        finally:
            rt.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
