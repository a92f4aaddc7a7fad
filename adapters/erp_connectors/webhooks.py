"""Payment webhooks from Stripe, QuickBooks Online and Xero: signatures verified, events read.

Only what a verified event says is used, and only to name invoices: whether an invoice is paid in
full is what the system itself says (Stripe's invoice in the event, or the mirror right after a
sync for QuickBooks and Xero, whose webhooks carry ids only). Nothing here touches dunning; the
shell (dunmail.erp_webhooks) decides and audits.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any

import stripe


class WebhookRejected(Exception):
    """The request is not a verified event of this system (bad or missing signature, not JSON)."""


@dataclass
class Notice:
    """What one verified webhook delivery tells dunmail."""

    source: str  # stripe | quickbooks | xero
    event_id: str  # unique per delivery content, so a retried delivery is recognised
    kinds: list[str] = field(default_factory=list)
    invoice_numbers: list[str] = field(default_factory=list)
    invoice_ids: list[str] = field(default_factory=list)  # the system's own ids (resolved through the mirror)
    payment_ids: list[str] = field(default_factory=list)
    paid_in_full: dict[str, str] = field(default_factory=dict)  # invoice number -> customer id, when the event itself shows balance 0

    @property
    def mentions_anything(self) -> bool:
        return bool(self.invoice_numbers or self.invoice_ids or self.payment_ids)


def _hmac_base64_ok(payload: bytes, signature: str | None, key: str) -> bool:
    if not key:
        raise WebhookRejected("no webhook key is configured: set it before pointing the system at this endpoint")
    expected = base64.b64encode(hmac.new(key.encode(), payload, hashlib.sha256).digest()).decode()
    return bool(signature) and hmac.compare_digest(expected, str(signature).strip())


def _json(payload: bytes) -> Any:
    try:
        return json.loads(payload)
    except ValueError as exc:
        raise WebhookRejected("the body is not JSON") from exc


def stripe_notice(payload: bytes, signature: str | None, secret: str) -> Notice:
    """A Stripe event, verified with the endpoint's signing secret by the official SDK (5-minute tolerance)."""
    if not secret:
        raise WebhookRejected("no Stripe webhook signing secret is configured (DUNMAIL_STRIPE_WEBHOOK_SECRET)")
    try:
        event = stripe.Webhook.construct_event(payload, signature or "", secret).to_dict()
    except (stripe.SignatureVerificationError, ValueError) as exc:
        raise WebhookRejected(f"Stripe signature does not verify: {exc}") from exc
    notice = Notice(source="stripe", event_id=str(event.get("id")), kinds=[str(event.get("type"))])
    obj = (event.get("data") or {}).get("object") or {}
    if event.get("type") in ("invoice.paid", "invoice.payment_succeeded") and obj.get("number"):
        notice.invoice_numbers.append(obj["number"])
        notice.invoice_ids.append(obj["id"])
        customer = obj.get("customer")
        if int(obj.get("amount_remaining") or 0) == 0:
            notice.paid_in_full[obj["number"]] = customer.get("id") if isinstance(customer, dict) else str(customer or "")
    elif event.get("type") in ("charge.succeeded", "charge.refunded") and obj.get("id"):
        notice.payment_ids.append(obj["id"])
        if obj.get("invoice"):  # API versions before 2025-03 name the invoice on the charge
            notice.invoice_ids.append(obj["invoice"] if isinstance(obj["invoice"], str) else obj["invoice"].get("id"))
    return notice


def quickbooks_notice(payload: bytes, signature: str | None, verifier_token: str) -> Notice:
    """QuickBooks' `intuit-signature`: base64 HMAC-SHA256 of the raw body, keyed with the verifier token."""
    if not _hmac_base64_ok(payload, signature, verifier_token):
        raise WebhookRejected("intuit-signature does not verify")
    body = _json(payload)
    notice = Notice(source="quickbooks", event_id="qbo:" + hashlib.sha256(payload).hexdigest()[:32])
    for note in body.get("eventNotifications", []) or []:
        for entity in (note.get("dataChangeEvent") or {}).get("entities", []) or []:
            name, eid, op = entity.get("name"), str(entity.get("id", "")), entity.get("operation", "")
            notice.kinds.append(f"{name}.{op}")
            if name == "Payment" and op in ("Create", "Update"):
                notice.payment_ids.append(eid)
            elif name == "Invoice" and op in ("Update", "Create"):
                notice.invoice_ids.append(eid)
    return notice


def xero_notice(payload: bytes, signature: str | None, webhook_key: str) -> Notice:
    """Xero's `x-xero-signature` (base64 HMAC-SHA256 of the raw body). An "intent to receive" check
    is a delivery with no events: it verifies, and names nothing."""
    if not _hmac_base64_ok(payload, signature, webhook_key):
        raise WebhookRejected("x-xero-signature does not verify")
    body = _json(payload)
    notice = Notice(source="xero", event_id="xero:" + hashlib.sha256(payload).hexdigest()[:32])
    for event in body.get("events", []) or []:
        notice.kinds.append(f"{event.get('eventCategory')}.{event.get('eventType')}")
        if event.get("eventCategory") == "INVOICE" and event.get("resourceId"):
            notice.invoice_ids.append(str(event["resourceId"]))
    return notice
