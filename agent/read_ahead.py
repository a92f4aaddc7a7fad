"""Reading a worker's next few messages together: parsed once, and read by the model in one call.

The offline model costs about five times more per reply read alone than in a batch (sklearn's
per-call work outweighs the arithmetic), so the worker hands the messages it is about to run to
`ReadAhead.fill`; each message's graph then takes its parse from here and the model answers from
what it prepared (`ReplyModel.read_ahead`). Both are pure functions of the message bytes, so a
message missing here (another worker took it first, its parse failed) is simply read alone by its
node, with the same result. Only the last batch is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from core.contracts import ClassifyInput
from inbox.parse import parse_message

if TYPE_CHECKING:
    from agent.state import AgentContext


class ReadAhead:
    """The parsed form of the messages of the last batch, by their bytes; each is taken once."""

    def __init__(self) -> None:
        self._parsed: dict[bytes, dict[str, Any]] = {}

    def fill(self, raws: Sequence[bytes], context: AgentContext) -> None:
        """Parse these messages as the graph's parse node would, and let the model read them together."""
        from agent.nodes import classify_input  # the node's own input, so the model reads the same text

        self._parsed.clear()
        items: list[ClassifyInput] = []
        for raw in raws:
            try:
                email = parse_message(raw, attachment_limit_bytes=context.attachment_parse_limit_bytes)
            except Exception:  # noqa: BLE001 - the parse node meets the same failure and handles it
                continue
            self._parsed[raw] = email.model_dump(mode="json")
            items.append(classify_input(email, None, context.timezone))
        if items:
            try:
                context.model.read_ahead(items)
            except Exception:  # noqa: BLE001 - a model that cannot prepare still classifies each reply alone
                pass

    def take_parsed(self, raw: bytes) -> dict[str, Any] | None:
        """The message's parsed form (as the parse node stores it) if the batch parsed it; None otherwise."""
        return self._parsed.pop(raw, None)
