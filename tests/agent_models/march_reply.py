"""How the reader tests written after field51 … field56 read one reply: dated Wednesday 3 March 2027, 11:00 (+01:00),
subject "RE: Overdue invoices", the customer's language given, an auto-reply only when asked. One helper, so each test
file states only its replies and what a collector would read in them."""

from __future__ import annotations

from agent.models.offline import OfflineModel
from core.contracts import Classification, ClassifyInput

SENT = "2027-03-03T11:00:00+01:00"  # a Wednesday


def read_reply(model: OfflineModel, text: str, language: str = "en", *, auto: bool = False) -> Classification:
    subject = "Automatic reply: Overdue invoices" if auto else "RE: Overdue invoices"
    return model.classify(ClassifyInput(subject=subject, text=text, sent_at=SENT, customer_language=language, is_auto_reply=auto))
