"""The shadow report: what dunmail would have done, per message, per intent and per collector.

Built by streaming the run's rows from disk (twice: once to count, once to write), so a report
over 100,000 messages needs no more memory than one over ten. report.json holds every row;
report.html shows the figures, the replies it would have handled without a person, the ones it would
have given to a person and why, the drafts set beside what the collectors actually sent (least alike
first), the replies our collectors answered that it would not have drafted, and the first rows of the
message list. Each list on the page is bounded (report.json has every row).
"""

from __future__ import annotations

import heapq
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from dunmail.shadow import STATE_FILE, ShadowState, read_rows

OUTCOMES = ("automated", "draft", "human", "quarantined")
HTML_ROWS = 2000  # the page stays readable; report.json has every row
SIDE_BY_SIDE = 50
LISTED = 200  # replies listed per section of the page (automated, given to a person, answered without a draft)
TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class Tally:
    """Counts for one group of messages (an intent, a collector, or all of them)."""

    messages: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    compared: int = 0  # drafts with a real reply from us to compare with
    similarity_sum: float = 0.0
    answered: int = 0  # replies a collector of ours really answered (found in Sent)

    def add(self, row: dict[str, Any]) -> None:
        self.messages += 1
        self.outcomes[row["outcome"]] += 1
        if row.get("actual"):
            self.answered += 1
        if row.get("similarity") is not None:
            self.compared += 1
            self.similarity_sum += row["similarity"]

    def as_json(self) -> dict[str, Any]:
        share = (lambda n: round(n / self.messages, 4)) if self.messages else (lambda n: 0.0)
        return {"messages": self.messages, **{k: self.outcomes.get(k, 0) for k in OUTCOMES},
                "automation_rate": share(self.outcomes.get("automated", 0)), "human_rate": share(self.outcomes.get("human", 0)),
                "compared": self.compared, "mean_similarity": round(self.similarity_sum / self.compared, 3) if self.compared else None,
                "answered_in_sent": self.answered}


@dataclass
class Summary:
    """Everything the report says, gathered in one pass over the rows."""

    total: Tally = field(default_factory=Tally)
    by_intent: dict[str, Tally] = field(default_factory=dict)
    by_owner: dict[str, Tally] = field(default_factory=dict)
    human_rules: Counter[str] = field(default_factory=Counter)  # which rule sent it to a person
    human_examples: dict[str, str] = field(default_factory=dict)  # one reason per rule, as a person would read it
    failed_checks: Counter[str] = field(default_factory=Counter)
    quarantine_reasons: Counter[str] = field(default_factory=Counter)
    answered: int = 0  # replies we really answered (found in Sent)
    answered_without_draft: int = 0  # ... of which dunmail would have drafted nothing
    least_alike: list[tuple[float, int, dict[str, Any]]] = field(default_factory=list)  # bounded heap
    automated_rows: list[dict[str, Any]] = field(default_factory=list)  # the first LISTED of each, for the page
    human_rows: list[dict[str, Any]] = field(default_factory=list)
    undrafted_rows: list[dict[str, Any]] = field(default_factory=list)

    def add(self, row: dict[str, Any], position: int) -> None:
        self.total.add(row)
        self.by_intent.setdefault(row.get("intent") or "(unread)", Tally()).add(row)
        self.by_owner.setdefault(row.get("owner") or "(no collector: unknown sender)", Tally()).add(row)
        if row["outcome"] == "human":
            rule = row.get("rule") or "(none)"
            self.human_rules[rule] += 1
            self.human_examples.setdefault(rule, "; ".join(row.get("reasons") or []))
        for check in row.get("failed_checks") or []:
            self.failed_checks[check["check"]] += 1
        if row["outcome"] == "quarantined":
            self.quarantine_reasons[(row.get("error") or "unknown")[:120]] += 1
        if row.get("actual"):
            self.answered += 1
            if not row.get("draft"):
                self.answered_without_draft += 1
                _keep(self.undrafted_rows, row)
        if row["outcome"] == "automated":
            _keep(self.automated_rows, row)
        elif row["outcome"] == "human":
            _keep(self.human_rows, row)
        if row.get("similarity") is not None:
            item = (-row["similarity"], -position, row)  # a max-heap of the least alike, newest first on ties
            if len(self.least_alike) < SIDE_BY_SIDE:
                heapq.heappush(self.least_alike, item)
            else:
                heapq.heappushpop(self.least_alike, item)

    def as_json(self) -> dict[str, Any]:
        return {
            "totals": self.total.as_json(),
            "answered_in_sent": self.answered,
            "answered_without_draft": self.answered_without_draft,
            "by_intent": {k: v.as_json() for k, v in sorted(self.by_intent.items(), key=lambda kv: -kv[1].messages)},
            "by_owner": {k: v.as_json() for k, v in sorted(self.by_owner.items())},
            "human_reasons": [{"rule": rule, "messages": n, "example": self.human_examples.get(rule, "")} for rule, n in self.human_rules.most_common()],
            "failed_checks": dict(self.failed_checks.most_common()),
            "quarantine_reasons": dict(self.quarantine_reasons.most_common(20)),
        }

    def side_by_side(self) -> list[dict[str, Any]]:
        """The drafts least like what the collector sent, least alike first."""
        return [row for _, _, row in sorted(self.least_alike, key=lambda item: (-item[0], item[1]))]


def _keep(listed: list[dict[str, Any]], row: dict[str, Any]) -> None:
    """The row for a bounded list on the page, without the draft (only what the list shows)."""
    if len(listed) < LISTED:
        listed.append({k: v for k, v in row.items() if k != "draft"})


def summarize(rows: Iterable[dict[str, Any]]) -> Summary:
    summary = Summary()
    for position, row in enumerate(rows):
        summary.add(row, position)
    return summary


def write_reports(out: Path) -> tuple[Path, Path]:
    """report.json and report.html in `out`, from the rows of the run there; returns their paths."""
    state = ShadowState.model_validate_json((out / STATE_FILE).read_text(encoding="utf-8"))
    summary = summarize(read_rows(out))
    head = {"source": state.source, "since": state.since.isoformat() if state.since else None, "messages": state.done,
            "last_key": state.last_key, "started_at": state.started_at.isoformat(), "generated_at": datetime.now(UTC).isoformat(),
            **summary.as_json()}
    json_path = out / "report.json"
    tmp = json_path.with_suffix(".json.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for chunk in _json_chunks(head, read_rows(out)):
            fh.write(chunk)
    tmp.replace(json_path)
    html_path = out / "report.html"
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))  # customer text is data, escaped
    page = env.get_template("shadow_report.html").generate(report=head, side_by_side=summary.side_by_side(), rows=_first(read_rows(out), HTML_ROWS),
                                                          shown=min(HTML_ROWS, state.done), outcomes=OUTCOMES, automated=summary.automated_rows,
                                                          human=summary.human_rows, undrafted=summary.undrafted_rows)
    tmp = html_path.with_suffix(".html.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.writelines(page)
    tmp.replace(html_path)
    return json_path, html_path


def _json_chunks(head: dict[str, Any], rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    """`head` with a "rows" list of every row, written row by row."""
    yield json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "rows": ['
    for i, row in enumerate(rows):
        yield ("\n  " if i == 0 else ",\n  ") + json.dumps(row, ensure_ascii=False)
    yield "\n ]\n}\n"


def _first(rows: Iterator[dict[str, Any]], n: int) -> Iterator[dict[str, Any]]:
    for i, row in enumerate(rows):
        if i >= n:
            return
        yield row
