"""Loaded only by processes started with this folder on PYTHONPATH (the kill test of test_stop_mid_batch.py):
a place where a test can be sure a worker child is in the middle of a message.

Claimed in batches, 40 replies are read in about a second, and every claim of a batch shows as 'processing'
from the moment it is taken, so no count read from outside says which message a child is on. Here the
process that reaches its PAUSE_AT-th message first (the classify step: parsed, not yet decided) writes its
pid and the message's id to `$TEST_PAUSE_DIR/paused` and sleeps there, to be killed. Only once per test (the
file is created exclusively): the retry, and every other message, runs as usual. Nothing is changed when
TEST_PAUSE_DIR is unset.
"""

import os
import time

PAUSE_AT = 3  # the third message a child reads: two of its batch done, the rest claimed and not started
SLEEP_SECONDS = 120.0  # bounded: if nobody kills it, the supervisor's stage budget does, or it goes on


def _install(folder: str) -> None:
    import agent.reading

    seen = 0

    def wrap(step):  # noqa: ANN001, ANN202
        def classify(state, runtime):  # noqa: ANN001, ANN202
            nonlocal seen
            seen += 1
            if seen == PAUSE_AT:
                try:
                    fd = os.open(os.path.join(folder, "paused"), os.O_CREAT | os.O_EXCL | os.O_WRONLY)
                except FileExistsError:
                    pass  # another child paused already: this one runs on
                else:
                    os.write(fd, f"{os.getpid()} {state.get('inbound_id')}\n".encode())
                    os.close(fd)
                    time.sleep(SLEEP_SECONDS)
            return step(state, runtime)

        return classify

    agent.reading.READING_STEPS = tuple((name, wrap(step) if name == "classify" else step) for name, step in agent.reading.READING_STEPS)


if os.environ.get("TEST_PAUSE_DIR"):
    try:
        _install(os.environ["TEST_PAUSE_DIR"])
    except ImportError:  # not the dunmail tree: nothing to patch
        pass
