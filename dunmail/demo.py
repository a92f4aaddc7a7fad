"""The demo: the sample dataset becomes a demo ERP and a local AR mailbox, processed offline."""

from __future__ import annotations

import shutil
from pathlib import Path

from adapters.db.db import session_scope
from dunmail.settings import Settings
from adapters.db.tables import User
from dunmail.users import create_user
from evals.dataset import load_dataset, to_rfc5322
from adapters.mail.maildir import ensure_maildir

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "evals" / "datasets" / "sample"
DEMO_USERS = (("maria", "manager"), ("victor", "viewer"))
DEMO_PASSWORD = "demo-password"


def seed_demo(settings: Settings, sample_dir: Path = SAMPLE_DIR) -> int:
    """Copy the demo ERP and put the sample replies into the local mailbox, once. Returns mails added."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    world = settings.erp_world or settings.data_dir / "world.json"
    if not Path(world).exists():
        shutil.copyfile(sample_dir / "world.json", world)
    marker = settings.data_dir / ".demo-mailbox-seeded"
    if marker.exists():
        return 0
    box = ensure_maildir(settings.resolved_maildir)
    dataset = load_dataset(sample_dir)
    for thread in dataset.threads:
        box.add(to_rfc5322(thread.judged))
    marker.write_text("seeded\n")
    return len(dataset.threads)


def ensure_demo_users(engine, owners: list[str]) -> list[tuple[str, str]]:  # noqa: ANN001 - an Engine
    """A collector login for every account owner in the demo ERP, plus a manager and a viewer."""
    from sqlmodel import select

    users = [(owner, "collector") for owner in sorted(set(owners)) if owner] + list(DEMO_USERS)
    with session_scope(engine) as session:
        for username, role in users:
            if session.exec(select(User).where(User.username == username)).first() is None:
                create_user(session, username, DEMO_PASSWORD, role, actor="demo")
    return users
