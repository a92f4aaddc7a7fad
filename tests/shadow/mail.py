"""A season of the AR mailbox to replay: customer replies, one we answered, and mail from before the window."""

from __future__ import annotations

from tests.foundation.world import ALREADY_PAID, LEGAL, OUT_OF_OFFICE, PROMISE, reply

GARBAGE = b"not an email at all, just words\r\n"  # no headers: the parser refuses it, the run goes on

OLD = reply("Jo Baker <jo.baker@acme-tools.example>", "Re: Payment reminder", "We will pay INV-2026-1002 next week.",
            message_id="<old-1@acme-tools.example>", date="Mon, 6 Jan 2025 09:00:00 +0100")
SCRIPTED = reply("Jo Baker <jo.baker@acme-tools.example>", "Re: invoice <script>alert(1)</script>", "Please resend INV-2026-1002 <b>today</b>.",
                 message_id="<resend-1@acme-tools.example>", date="Wed, 11 Nov 2026 09:30:00 +0100")

# Replayed in this order; OLD lies before the window (--since 2026-11-01) and is skipped.
INBOX = [OLD, PROMISE, ALREADY_PAID, OUT_OF_OFFICE, LEGAL, GARBAGE, SCRIPTED]
IN_WINDOW = ["<promise-1@acme-tools.example>", "<paid-1@brauhaus-kessler.example>", "<ooo-1@acme-tools.example>",
             "<legal-1@litigious.example>", None, "<resend-1@acme-tools.example>"]  # GARBAGE has no Message-ID
SINCE = "2026-11-01"

# What the collector really wrote back to the promise: the report sets dunmail's draft beside it.
COLLECTOR_ANSWER_TEXT = "Hi Jo,\n\nthank you, we have noted your payment of INV-2026-1001 on 2026-11-20.\n\nBest regards,\nAlice"
COLLECTOR_ANSWER = reply("Alice <ar@northwind-supplies.example>", "Re: Re: Payment reminder", COLLECTOR_ANSWER_TEXT,
                         message_id="<answer-1@northwind-supplies.example>", date="Tue, 10 Nov 2026 15:00:00 +0100",
                         in_reply_to="<promise-1@acme-tools.example>").replace(
    b"To: ar@northwind-supplies.example", b"To: jo.baker@acme-tools.example")
SENT = [COLLECTOR_ANSWER]
