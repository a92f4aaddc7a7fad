"""Cascade: the offline model first, the LLM only when the offline model is unsure."""

from __future__ import annotations

from core.contracts import Classification, ClassifyInput, Intent, ReplyModel


class CascadeModel(ReplyModel):
    """Offline answer when its confidence reaches `threshold` (or a rule decided); otherwise the LLM's.

    When the LLM fails (timeout, invalid output) the reply goes to a human, as with the LLM alone;
    decided_by always says which model answered ("cascade:offline:..." or "cascade:llm:...").
    """

    def __init__(self, offline: ReplyModel, llm: ReplyModel, threshold: float = 0.6):
        self.offline = offline
        self.llm = llm
        self.threshold = threshold
        self.name = f"cascade:{offline.name}>{llm.name}"

    def classify(self, item: ClassifyInput) -> Classification:
        first = self.offline.classify(item)
        if first.confidence >= self.threshold or first.decided_by.startswith("rules:"):
            return first.model_copy(update={"decided_by": f"cascade:{first.decided_by}"})
        second = self.llm.classify(item)
        note = f"offline said {first.intent.value} at {first.confidence:.2f}; "
        update = {"decided_by": f"cascade:{second.decided_by}", "rationale": (note + second.rationale)[:500]}
        if second.intent is Intent.other and second.confidence == 0.0:
            update["rationale"] = (note + "LLM failed: " + second.rationale)[:500]
        return second.model_copy(update=update)
