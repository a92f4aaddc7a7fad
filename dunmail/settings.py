"""All configuration, read once from the environment (DUNMAIL_* variables and `.env`).

Secrets (passwords, API keys, session secret) only ever come from here, never from code, and
their reprs are masked so they cannot leak into logs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from agent.state import PolicyParams
from dunmail import settings_values


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DUNMAIL_", env_file=".env", extra="ignore")

    data_dir: Path = Path("var")
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "DUNMAIL_DATABASE_URL")
    )

    # Company and ERP
    company_name: str = "Northwind Supplies GmbH"
    ar_mailbox: str = "ar@northwind-supplies.example"
    erp_world: Path | None = None  # a world.json file used as the ERP (demo / evals)
    timezone: str = "Europe/Berlin"

    # Which books the agent reads: "world" (a world.json snapshot: the demo and evals) or the local
    # mirror of a connected system, filled by `dunmail erp sync`. Vendor credentials live only here
    # (environment or .env), never in the database or the logs.
    erp: Literal["world", "csv", "quickbooks", "xero", "stripe"] = "world"
    erp_csv_dir: Path | None = None  # the folder of csv exports (see README "Connecting your ERP")
    erp_max_age_hours: float = 26.0  # an older mirror is not trusted: replies go to a human
    erp_today: date | None = None  # fixes "today" (tests and replays); default: the clock in `timezone`
    owners_file: Path | None = None  # customer_id,owner lines: the collector of each customer when the books name none
    default_owner: str = ""  # the collector of every customer with no owner in the books or the owners file
    erp_token_dir: Path | None = None  # rotated OAuth2 refresh tokens (0600 files); default data_dir/erp-tokens
    quickbooks_client_id: str = ""
    quickbooks_client_secret: SecretStr = SecretStr("")
    quickbooks_refresh_token: SecretStr = SecretStr("")  # the first one; rotated ones are kept in erp_token_dir
    quickbooks_realm_id: str = ""
    quickbooks_environment: Literal["production", "sandbox"] = "production"
    quickbooks_webhook_verifier: SecretStr = SecretStr("")
    xero_client_id: str = ""
    xero_client_secret: SecretStr = SecretStr("")
    xero_refresh_token: SecretStr = SecretStr("")  # empty: a Xero custom connection (client credentials)
    xero_tenant_id: str = ""
    xero_webhook_key: SecretStr = SecretStr("")
    stripe_api_key: SecretStr = SecretStr("")  # a restricted read-only key is enough, and safer
    stripe_webhook_secret: SecretStr = SecretStr("")
    erp_webhook_port: int = 8001

    # Inbox: "maildir" (embedded default) or "imap"
    inbox_source: Literal["maildir", "imap"] = "maildir"
    maildir: Path | None = None  # defaults to data_dir/mailbox
    sent_maildir: Path | None = None  # defaults to data_dir/sent
    outbox: Literal["maildir", "smtp"] = "maildir"

    imap_host: str = "127.0.0.1"
    imap_port: int = 993
    imap_security: Literal["tls", "starttls", "plain"] = "tls"
    imap_ca_file: Path | None = None  # PEM of a private CA; empty = the system's CAs
    imap_username: str = ""
    imap_password: SecretStr = SecretStr("")
    imap_auth: Literal["login", "xoauth2"] = "login"
    imap_oauth_token: SecretStr = SecretStr("")
    imap_oauth_token_command: str = ""
    imap_folders: Annotated[list[str], NoDecode] = ["INBOX"]  # INBOX,Support or a JSON list
    imap_sent_folder: str = "Sent"
    imap_handled_keyword: str = ""  # e.g. "$DunmailHandled"; empty = leave flags alone
    imap_move_handled_to: str = ""
    imap_idle_seconds: int = 25 * 60
    imap_poll_seconds: int = 60
    imap_first_sync_days: int = Field(default=14, ge=0)

    smtp_host: str = "127.0.0.1"
    smtp_port: int = 587
    smtp_security: Literal["ssl", "starttls", "plain"] = "starttls"
    smtp_ca_file: Path | None = None
    smtp_username: str = ""
    smtp_password: SecretStr = SecretStr("")
    smtp_append_sent: bool = True  # Gmail and Microsoft 365 file sent mail themselves: turn off there
    attachment_parse_limit_bytes: int = 10 * 1024 * 1024  # larger attachments are kept, not parsed

    # Model: offline (default), llm, cascade. OPENAI_* are read without the prefix, as the SDK does.
    model: Literal["offline", "llm", "cascade"] | None = None
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "DUNMAIL_OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "DUNMAIL_OPENAI_BASE_URL")
    )
    llm_model: str = "gpt-4o-mini"
    llm_structured_output: Literal["json_schema", "json_object", "prompt"] = "json_schema"
    llm_timeout_seconds: float = Field(default=30.0, gt=0)  # total deadline of one LLM request, headers to last byte
    llm_max_tokens: int = Field(default=1024, gt=0)  # sent as max_tokens on every request
    llm_max_retries: int = Field(default=3, ge=0)  # on 429 and 5xx; every try counts in llm_calls
    llm_max_backoff_seconds: float = Field(default=30.0, ge=0)  # ceiling on Retry-After and back-off waits
    llm_max_answer_bytes: int = Field(default=256 * 1024, gt=0)  # a larger answer is refused, not parsed
    confidence_threshold: float = 0.6  # cascade: below this the LLM is asked
    min_confidence: float = 0.5  # below this a reading always goes to a human

    # Policy
    promise_grace_days: int = 3
    promise_max_days: int = 30
    auto_deferral_days: int = Field(default=PolicyParams.auto_deferral_days, ge=0, le=14)  # the longest deferral made without a person; never more than 14
    touch_limit_per_week: int = 2
    go_live_date: date | None = None  # first day of dunning: nothing before it, and every invoice starts at the first stage

    # Web app
    web_host: str = "127.0.0.1"
    web_port: int = 8000
    session_secret: SecretStr = SecretStr("")  # generated and kept in data_dir when empty
    secure_cookies: bool = False

    # Workers
    claim_lease_seconds: int = 300  # renewed while a message is worked on; a dead worker's claim lapses after this
    max_attempts: int = 3  # claims of one message (failures, timeouts, crashes) before it is quarantined
    workers: int = Field(default=1, ge=1, le=64)  # worker processes of one `dunmail watch`/`process`; one per core on PostgreSQL, one on SQLite (see "How many workers")

    # A budget per message: checked before parsing (the raw bytes are kept) and enforced from outside
    # the work (`dunmail watch` / `process` run each message in a child process they can kill).
    max_message_bytes: int = 25 * 1024 * 1024
    max_header_bytes: int = 256 * 1024  # a 1 MB subject or 50,000 recipients stop here
    stage_budget_seconds: float = 60.0  # per stage (parse, read, decide...), LLM calls included

    # Sending: a claim per reply; temporary SMTP failures (4xx, a dropped connection) retry with back-off
    send_lease_seconds: int = 300
    send_max_attempts: int = 5
    send_retry_base_seconds: float = 60.0
    send_retry_max_seconds: float = 3600.0

    # Lenient where the intent is clear (see settings_values): postgres:// URLs, "INBOX,Support", "offline ".
    read_database_url = field_validator("database_url", mode="before")(settings_values.normalise_database_url)
    read_imap_folders = field_validator("imap_folders", mode="before")(settings_values.folder_list)
    read_choices = field_validator("erp", "quickbooks_environment", "inbox_source", "outbox", "imap_security", "imap_auth", "smtp_security", "model",
                                 "llm_structured_output", mode="before")(settings_values.choice)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'dunmail.db').resolve()}"

    @property
    def resolved_maildir(self) -> Path:
        return self.maildir or self.data_dir / "mailbox"

    @property
    def resolved_sent_maildir(self) -> Path:
        return self.sent_maildir or self.data_dir / "sent"

    @property
    def resolved_model(self) -> str:
        """The LLM path is used when an API key or base URL is set, unless a model is named."""
        if self.model:
            return self.model
        if self.has_llm_endpoint:
            return "llm"
        return "offline"

    @property
    def has_llm_endpoint(self) -> bool:
        """An API key or base URL with something in it (an empty variable names no endpoint)."""
        key = self.openai_api_key.get_secret_value().strip() if self.openai_api_key else ""
        return bool(key or (self.openai_base_url or "").strip())

    @property
    def is_postgres(self) -> bool:
        return self.resolved_database_url.startswith("postgresql")
