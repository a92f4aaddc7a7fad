from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from adapters.mail.maildir import ensure_maildir, sync_maildir
from adapters.mail.maildir_outbox import MaildirOutbox
from core.contracts import ReplyModel
from core.outgoing import OutgoingMail
from core.ports import Accepted, Outbox
from dunmail.migrate import upgrade
from dunmail.settings import Settings
from dunmail.wiring import Runtime, build_runtime
from tests.foundation.world import write_world


def _runtime_factory(tmp_path: Path, database_url: str) -> Iterator[Callable[..., Runtime]]:
    built: list[Runtime] = []
    world = write_world(tmp_path / "world.json")

    def make(outbox: Outbox | None = None, reply_model: ReplyModel | None = None, **overrides) -> Runtime:
        settings = Settings(data_dir=tmp_path / "data", database_url=database_url, erp_world=world, _env_file=None, **overrides)
        upgrade(settings.resolved_database_url)
        rt = build_runtime(settings, outbox=outbox, model=reply_model)
        built.append(rt)
        return rt

    yield make
    for rt in built:
        rt.close()


@pytest.fixture
def make_runtime(tmp_path: Path, database_url: str) -> Iterator[Callable[..., Runtime]]:
    """Builds the service as `dunmail` does, on a temp data dir, once per database."""
    yield from _runtime_factory(tmp_path, database_url)


@pytest.fixture
def make_pg_runtime(tmp_path: Path, postgres_url: str) -> Iterator[Callable[..., Runtime]]:
    yield from _runtime_factory(tmp_path, postgres_url)


def deliver(rt: Runtime, *messages: bytes) -> int:
    """Drop messages into the local AR mailbox and run one ingest pass."""
    box = ensure_maildir(rt.settings.resolved_maildir)
    for raw in messages:
        box.add(raw)
    return sync_maildir(rt.engine, rt.settings.resolved_maildir)


class UnfiledOutbox(MaildirOutbox):
    """Delivers like an SMTP server whose copy to Sent never happened: was_sent() cannot see it,
    so only dunmail's own record can stop a second send. A second send of a Message-ID raises."""

    def was_sent(self, message_id: str) -> bool:
        return False

    def deliver(self, mail: OutgoingMail, on_accepted: Accepted | None = None) -> None:
        if super().was_sent(mail.message_id):
            raise AssertionError(f"{mail.message_id} was sent twice")
        super().deliver(mail, on_accepted)
