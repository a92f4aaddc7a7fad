"""Loaded only by processes started with this folder on PYTHONPATH (the budget tests): a message
carrying `X-Test-Hang: regex` makes the parser run a catastrophically backtracking pattern that
holds the interpreter for hours, the way guardrail and parser regexes once did on poison mail."""

import re


def _install() -> None:
    import agent.nodes
    import agent.read_ahead

    real_parse = agent.nodes.parse_message

    def parse_message(raw: bytes, **options):  # noqa: ANN202, ANN003
        if b"X-Test-Hang: regex" in raw[:4000]:
            re.match(r"(a+)+$", "a" * 64 + "b")  # 2^64 steps, all of them inside the regex engine
        return real_parse(raw, **options)

    agent.nodes.parse_message = parse_message
    agent.read_ahead.parse_message = parse_message  # the worker's batch parses with the same parser


try:
    _install()
except Exception:  # noqa: BLE001 - not the dunmail tree: nothing to patch
    pass
