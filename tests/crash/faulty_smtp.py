"""An SMTP server (aiosmtpd) that misbehaves as real ones do: it answers 4xx or 5xx, drops the
connection after DATA, or accepts slowly. It counts what it accepted by Message-ID, so a test can
tell "delivered exactly once" from "delivered twice" the way a customer's mailbox would."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy

from tests.fixtures.ports import free_port

OK, TEMPORARY, PERMANENT, DROP, SLOW = "ok", "451", "550", "drop", "slow"


@dataclass
class FaultySmtp:
    host: str
    port: int
    plan: list[str] = field(default_factory=list)  # faults for the next DATA commands, in order; then `weights`
    weights: dict[str, float] = field(default_factory=lambda: {OK: 1.0})
    slow_seconds: float = 1.0
    seed: int = 0
    accepted: Counter = field(default_factory=Counter)  # Message-ID -> times accepted with 250
    answered: Counter = field(default_factory=Counter)  # fault -> times used
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def next_fault(self) -> str:
        with self.lock:
            fault = self.plan.pop(0) if self.plan else self._rng.choices(list(self.weights), list(self.weights.values()))[0]
            self.answered[fault] += 1
            return fault

    def record(self, data: bytes) -> None:
        message_id = str(message_from_bytes(data, policy=policy.default).get("Message-ID", ""))
        with self.lock:
            self.accepted[message_id] += 1

    @property
    def duplicates(self) -> dict[str, int]:
        return {mid: n for mid, n in self.accepted.items() if n > 1}


class _Handler:
    def __init__(self, server: FaultySmtp):
        self.server = server

    async def handle_DATA(self, smtp, _session, envelope):  # noqa: ANN001, ANN201, N802 - aiosmtpd hook
        import asyncio

        fault = self.server.next_fault()
        if fault == TEMPORARY:
            return "451 4.3.0 try again later"
        if fault == PERMANENT:
            return "550 5.1.1 mailbox unavailable"
        if fault == DROP:
            smtp.transport.close()  # the message is not accepted: no reply ever reaches the client
            return "421 closing"
        self.server.record(envelope.original_content or envelope.content)
        if fault == SLOW:  # it has the message (queued for delivery) and is slow to say so: the risky case
            await asyncio.sleep(self.server.slow_seconds)
        return "250 OK"



@contextmanager
def faulty_smtp(**options: object) -> Iterator[FaultySmtp]:
    from aiosmtpd.controller import Controller

    server = FaultySmtp("127.0.0.1", free_port(), **options)  # type: ignore[arg-type]
    controller = Controller(_Handler(server), hostname=server.host, port=server.port)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()
        time.sleep(0)  # let the loop thread finish
