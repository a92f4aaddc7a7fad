"""A model validated once from a state value that several steps read.

Why: reading a reply passes its parsed message, customer, classification and look-up between the steps as
plain dicts (the graph's checkpoints and the review state store them so), and each step turned them back
into models: the parsed message was validated eight times per reply, the customer six (issue 17: ~0.3 ms
of CPU per message). Validation is a pure function of the dict, so the model last made from that very dict
object is handed out again. Only for models no step changes in place: a step that changes what it reads
(e.g. a Decision it adds reasons to) validates its own copy.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

# One slot per model class: (the dict, the model made from it). The dict is kept, so its id cannot be reused by
# another dict while the slot holds it; a step never changes a state value in place, it returns a new one.
# A slot is replaced in one assignment, so threads reading different messages only miss, never mix them up.
_LAST: dict[type[BaseModel], tuple[Any, BaseModel]] = {}


def validated(model: type[M], data: Any) -> M:
    """`model.model_validate(data)`, made once for the same `data` object read again."""
    last = _LAST.get(model)
    if last is not None and last[0] is data:
        return last[1]  # type: ignore[return-value]
    made = model.model_validate(data)
    _LAST[model] = (data, made)
    return made
