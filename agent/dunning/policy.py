"""The dunning policy as data: stages per segment, tone per stage, who must approve, touch limits.

The policy lives in a TOML file (agent/dunning/policy.toml by default) so collections managers can
change the cadence without code; every reminder records the segment and stage that chose it.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, model_validator

from core.records import Contact, Customer

DEFAULT_POLICY_PATH = Path(__file__).with_name("policy.toml")
TONES = ("courtesy", "reminder", "firm", "final", "broken_promise")


class DunningError(Exception):
    """A dunning action could not be done; the message says what to fix."""


class Stage(BaseModel):
    name: str
    days: int  # days after the due date (negative = before it)
    tone: str
    batch_approve: bool = False  # a manager may approve this stage in a batch
    attach_invoices: bool = False  # attach invoice PDFs rendered from the ERP

    @model_validator(mode="after")
    def _known_tone(self) -> "Stage":
        if self.tone not in TONES:
            raise ValueError(f"stage {self.name}: unknown tone {self.tone!r} (one of {', '.join(TONES)})")
        return self


class Segment(BaseModel):
    name: str
    min_overdue: Decimal | None = None
    languages: list[str] = Field(default_factory=list)
    any_flags: list[str] = Field(default_factory=list)
    stages: list[Stage]

    @model_validator(mode="after")
    def _ordered(self) -> "Segment":
        days = [s.days for s in self.stages]
        if not days or days != sorted(days) or len(set(days)) != len(days):
            raise ValueError(f"segment {self.name}: stages must be non-empty and strictly ordered by days")
        if len({s.name for s in self.stages}) != len(self.stages):
            raise ValueError(f"segment {self.name}: stage names must be unique")
        return self

    def matches(self, customer: Customer, overdue: Decimal) -> bool:
        if self.min_overdue is not None and overdue < self.min_overdue:
            return False
        if self.languages and customer.language not in self.languages:
            return False
        if self.any_flags and not set(self.any_flags) & set(customer.flags):
            return False
        return True

    def first_overdue(self) -> int | None:
        """Index of the first stage after the due date (None: the segment has none)."""
        return next((i for i, stage in enumerate(self.stages) if stage.days > 0), None)

    def reached(self, days_overdue: int) -> int | None:
        """Index of the last stage an invoice this many days past due has reached (None: not yet)."""
        idx = None
        for i, stage in enumerate(self.stages):
            if stage.days <= days_overdue:
                idx = i
        return idx


class Limits(BaseModel):
    min_days_between_touches: int = 5
    promise_grace_days: int = 3


class FlagRules(BaseModel):
    skip: list[str] = Field(default_factory=lambda: ["do_not_contact"])
    human: list[str] = Field(default_factory=lambda: ["legal", "credit_hold", "payment_plan"])
    owner_approval: list[str] = Field(default_factory=lambda: ["strategic"])


class Contacts(BaseModel):
    ap_roles: list[str] = Field(default_factory=lambda: ["accounts payable", "billing"])


class FollowUp(BaseModel):
    tone: str = "broken_promise"
    needs_human: bool = True
    batch_approve: bool = False


class DunningPolicy(BaseModel):
    version: int = 1
    template_version: str = "v1"
    limits: Limits = Field(default_factory=Limits)
    flags: FlagRules = Field(default_factory=FlagRules)
    contacts: Contacts = Field(default_factory=Contacts)
    followup: FollowUp = Field(default_factory=FollowUp)
    # The day dunmail starts dunning (DUNMAIL_GO_LIVE_DATE overrides it). With it set, nothing is
    # planned before that day, and no invoice skips a stage: one already 40 days late on go-live day
    # gets the first overdue stage's reminder first, not a "final notice ... despite several reminders".
    go_live_date: date | None = None
    segments: list[Segment]

    @model_validator(mode="after")
    def _catch_all(self) -> "DunningPolicy":
        last = self.segments[-1] if self.segments else None
        if last is None or last.min_overdue is not None or last.languages or last.any_flags:
            raise ValueError("the last segment must have no criteria, so every customer has a cadence")
        return self

    def going_live(self, go_live_date: date | None) -> "DunningPolicy":
        """This policy with the go-live date from the settings, when one is set there."""
        return self.model_copy(update={"go_live_date": go_live_date}) if go_live_date is not None else self

    def stage_to_send(self, segment: Segment, days_overdue: int, stages_done: int) -> int | None:
        """The stage an invoice is reminded at today, given how many stages it was already reminded at.

        Without a go-live date, the stage its days past due have reached. With one, stage by stage:
        never further than the next one, and an overdue invoice never reminded starts at the first
        overdue stage (one not yet due gets at most the courtesy stage, as before)."""
        reached = segment.reached(days_overdue)
        if reached is None or self.go_live_date is None:
            return reached
        first = segment.first_overdue() if days_overdue > 0 else None
        start = max(stages_done, first if first is not None else 0)
        return min(reached, start)

    def segment_for(self, customer: Customer, overdue: Decimal) -> Segment:
        return next(s for s in self.segments if s.matches(customer, overdue))

    def ap_contact(self, customer: Customer) -> Contact | None:
        """The customer's accounts-payable / billing contact, else the first contact on record."""
        for contact in customer.contacts:
            role = contact.role.lower()
            words = set(role.replace("/", " ").replace("-", " ").split())
            if any((key in words) if len(key) <= 3 else (key in role) for key in self.contacts.ap_roles):
                return contact
        return customer.contacts[0] if customer.contacts else None


def load_policy(path: Path | None = None) -> DunningPolicy:
    """Read and validate a policy file; errors name the file and the problem."""
    path = Path(path) if path else DEFAULT_POLICY_PATH
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return DunningPolicy.model_validate(data)
    except OSError as exc:
        raise DunningError(f"cannot read dunning policy {path}: {exc}") from exc
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise DunningError(f"dunning policy {path} is not valid: {exc}") from exc
