"""Cost of the cascade: LLM calls and tokens per email over an eval split, against a local mock
OpenAI-compatible server that counts what it is asked. Prints figures; never asserts.

    python -m bench.llm_cost                       # dev split, thresholds 0.5 0.6 0.7 0.8

The mock answers valid classification JSON (a keyword guess, so its accuracy means nothing) and
reports usage the way OpenAI does; prompt tokens are estimated at 4 characters per token.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CUES = (
    ("bounce", r"undeliverable|delivery status|mailer-daemon"),
    ("out_of_office", r"out of (the )?office|abwesend|absent|on leave"),
    ("dispute", r"dispute|incorrect|damaged|not received|reklamation"),
    ("already_paid", r"already paid|bezahlt|payé|pagado|betaald|remittance"),
    ("payment_plan_request", r"instal?ments?|payment plan|ratenzahlung"),
    ("promise_to_pay", r"will pay|payment run|next week|zahlen|paierons|pagaremos"),
    ("po_change", r"purchase order|\bpo\b|bestellnummer"),
    ("invoice_resend", r"copy|resend|kopie|copie"),
    ("wrong_contact", r"wrong person|no longer|not the right"),
)


class MockLlm:
    """A tiny OpenAI-compatible chat server on 127.0.0.1 that counts calls and tokens."""

    def __init__(self) -> None:
        self.calls = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self._lock = threading.Lock()
        mock = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                if not self.path.endswith("/chat/completions"):
                    self.send_error(404)
                    return
                payload = json.dumps(mock.answer(body)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def answer(self, body: dict[str, Any]) -> dict[str, Any]:
        text = body["messages"][-1]["content"].lower()
        intent = next((name for name, cue in CUES if re.search(cue, text)), "other")
        content = json.dumps({"intent": intent, "secondary_intents": [], "confidence": 0.85, "rationale": "mock",
                              "facts": {"language": None}})
        prompt = sum(len(m.get("content") or "") for m in body["messages"]) // 4
        prompt += len(json.dumps(body.get("response_format") or {})) // 4
        completion = len(content) // 4
        with self._lock:
            self.calls += 1
            self.prompt_tokens += prompt
            self.completion_tokens += completion
        return {"id": f"chatcmpl-{self.calls}", "object": "chat.completion", "created": 0, "model": body.get("model", "mock"),
                "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}}

    def reset(self) -> None:
        with self._lock:
            self.calls = self.prompt_tokens = self.completion_tokens = 0

    def __enter__(self) -> MockLlm:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


def run(split: str = "dev", thresholds: tuple[float, ...] = (0.5, 0.6, 0.7, 0.8), workers: int = 4) -> list[dict[str, Any]]:
    from dunmail.settings import Settings
    from dunmail.wiring import build_model
    from evals.dataset import load_dataset
    from evals.runner import run_eval

    data = load_dataset(ROOT / "evals" / "datasets" / split)
    rows = []
    with MockLlm() as mock:
        for threshold in thresholds:
            mock.reset()
            settings = Settings(model="cascade", openai_base_url=mock.base_url, openai_api_key="sk-mock",  # type: ignore[arg-type]
                                llm_model="mock-model", confidence_threshold=threshold)
            metrics = run_eval(data, build_model(settings), workers=workers)
            n = metrics["threads"]
            escalated = sum(1 for r in metrics["per_thread"] if (r.get("llm_calls") or 0) > 0)
            rows.append({"split": split, "threshold": threshold, "emails": n, "llm_calls": mock.calls,
                         "calls_per_email": mock.calls / n, "escalated_share": escalated / n,
                         "prompt_tokens_per_email": mock.prompt_tokens / n, "completion_tokens_per_email": mock.completion_tokens / n,
                         "tokens_per_email": (mock.prompt_tokens + mock.completion_tokens) / n,
                         "tokens_per_llm_call": (mock.prompt_tokens + mock.completion_tokens) / mock.calls if mock.calls else 0.0,
                         "runner_llm_calls_per_thread": metrics["llm_calls_per_thread"]})
    return rows


def print_figures(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"cascade cost on the {rows[0]['split']} split ({rows[0]['emails']} emails), mock LLM server")
    for col in ("threshold", "LLM calls", "calls / email", "escalated", "tokens / email", "prompt / email", "tokens / call"):
        table.add_column(col, justify="right")
    for r in rows:
        table.add_row(f"{r['threshold']:.2f}", str(r["llm_calls"]), f"{r['calls_per_email']:.3f}", f"{100 * r['escalated_share']:.1f}%",
                      f"{r['tokens_per_email']:.0f}", f"{r['prompt_tokens_per_email']:.0f}", f"{r['tokens_per_llm_call']:.0f}")
    Console().print(table)


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8", help="cascade confidence thresholds, comma-separated")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    rows = run(args.split, tuple(float(t) for t in args.thresholds.split(",")), args.workers)
    print_figures(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return rows


if __name__ == "__main__":
    main()
