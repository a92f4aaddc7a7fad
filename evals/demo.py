"""The demo: the sample dataset becomes a demo ERP and a local AR mailbox, processed offline."""

from __future__ import annotations

import shutil
from pathlib import Path

from adapters.mail.maildir import ensure_maildir
from dunmail.settings import Settings
from evals.dataset import load_dataset, to_rfc5322

SAMPLE_DIR = Path(__file__).resolve().parent / "datasets" / "sample"


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
