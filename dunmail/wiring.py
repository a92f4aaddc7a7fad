"""The one composition root: builds every client (database, ERP, model, outbox, graph) from settings.

Nothing connects at import time; tests build the same root with test settings.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Engine

from adapters.db.db import make_engine
from adapters.db.tables import OutboundMessage, OutboundStatus
from adapters.mail.maildir_outbox import MaildirOutbox
from agent.dunning.graph import build_reminder_graph
from agent.graph import build_graph
from agent.read_ahead import ReadAhead
from agent.state import AgentContext, PolicyParams
from core.contracts import Classification, ClassifyInput, ReplyModel
from core.ports import Erp, ErpError, Outbox
from core.records import World
from dunmail.outbound_journal import JournaledOutbox
from dunmail.schema_lock import schema_lock
from dunmail.settings import Settings
from guardrails.api import SentTouch
from guardrails.policy import DEFAULT_LIMITS, Limits
from tools.erp import WorldErp


class ConfigError(Exception):
    """Settings do not describe a runnable service; the message says which setting to fix."""


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    erp: Erp
    model: ReplyModel
    outbox: Outbox
    graph: Any
    context: AgentContext
    reminder_graph: Any = None  # agent.dunning.graph: reminders share the checkpointer and the review flow
    _closers: list[Any] = field(default_factory=list)

    def close(self) -> None:
        for closer in reversed(self._closers):
            closer()
        self._closers.clear()
        self.engine.dispose()


def build_engine(settings: Settings) -> Engine:
    """The database engine named by settings (SQLite file by default, PostgreSQL by URL); connects lazily."""
    return make_engine(settings.resolved_database_url)


def build_erp(settings: Settings, engine: Engine | None = None) -> Erp:
    """The ERP the agent reads: the world.json snapshot (DUNMAIL_ERP=world, the demo and evals), or the
    local mirror of a connected system, which `dunmail erp sync` fills (lookups never call out); with the
    team's owner assignment (DUNMAIL_OWNERS_FILE, DUNMAIL_DEFAULT_OWNER) over it when one is set."""
    books = _books(settings, engine)
    if settings.owners_file is None and not settings.default_owner:
        return books
    from tools.owners import AssignedOwners, OwnersFileError, read_owners_file

    try:
        owners = read_owners_file(Path(settings.owners_file)) if settings.owners_file is not None else {}
    except OwnersFileError as exc:
        raise ConfigError(f"DUNMAIL_OWNERS_FILE: {exc}") from exc
    return AssignedOwners(books, owners, settings.default_owner)  # type: ignore[return-value]


def _books(settings: Settings, engine: Engine | None) -> Erp:
    if settings.erp != "world":
        from adapters.erp_mirror.mirror import MirrorErp

        return MirrorErp(engine or build_engine(settings), settings.erp, tz=settings.timezone,
                         today=settings.erp_today, max_age=timedelta(hours=settings.erp_max_age_hours))
    path = settings.erp_world or settings.data_dir / "world.json"
    if not Path(path).exists():
        raise ConfigError(f"no ERP snapshot at {path}: set DUNMAIL_ERP_WORLD to a world.json (or run `dunmail demo`)")
    try:
        return WorldErp.from_file(Path(path))
    except ErpError as exc:
        raise ConfigError(str(exc)) from exc


def require_llm_endpoint(settings: Settings) -> None:
    """The llm and cascade models need an endpoint named in the environment.

    Without one the SDK would quietly aim at the public OpenAI API with a placeholder key, and every
    reply would fail there one by one; refusing to start says at once what to set.
    """
    kind = settings.resolved_model
    if kind in ("llm", "cascade") and not settings.has_llm_endpoint:
        raise ConfigError(f"DUNMAIL_MODEL={kind} needs an LLM endpoint: set OPENAI_BASE_URL (any OpenAI-compatible "
                          "server) or OPENAI_API_KEY, or use DUNMAIL_MODEL=offline")


def build_connector(settings: Settings) -> Any:
    """The connector `dunmail erp sync` reads the books through (adapters.erp_connectors), from settings."""
    from adapters.erp_connectors.base import ConnectorError

    tokens = settings.erp_token_dir or settings.data_dir / "erp-tokens"
    try:
        if settings.erp == "csv":
            from adapters.erp_connectors.csv_export import CsvConnector

            if settings.erp_csv_dir is None:
                raise ConfigError("DUNMAIL_ERP=csv needs DUNMAIL_ERP_CSV_DIR: the folder with customers.csv, contacts.csv, invoices.csv, payments.csv")
            return CsvConnector(settings.erp_csv_dir)
        if settings.erp == "quickbooks":
            from adapters.erp_connectors.quickbooks import QuickBooksConnector

            return QuickBooksConnector(settings.quickbooks_realm_id, settings.quickbooks_client_id, settings.quickbooks_client_secret.get_secret_value(),
                                       settings.quickbooks_refresh_token.get_secret_value(), tokens / "quickbooks.json",
                                       environment=settings.quickbooks_environment)
        if settings.erp == "xero":
            from adapters.erp_connectors.xero import XeroConnector

            return XeroConnector(settings.xero_tenant_id, settings.xero_client_id, settings.xero_client_secret.get_secret_value(),
                                 settings.xero_refresh_token.get_secret_value(), tokens / "xero.json")
        if settings.erp == "stripe":
            from adapters.erp_connectors.stripe_billing import StripeConnector

            return StripeConnector(settings.stripe_api_key.get_secret_value())
    except ConnectorError as exc:
        raise ConfigError(str(exc)) from exc
    raise ConfigError("DUNMAIL_ERP=world reads a world.json snapshot: there is nothing to sync (set DUNMAIL_ERP to csv, quickbooks, xero or stripe)")


def build_openai_client(settings: Settings, transport: Any = None) -> Any:
    """The OpenAI SDK client over an explicit httpx client (so respx and eval cassettes can sit
    underneath; `transport` is an optional httpx transport)."""
    import httpx
    import openai

    if transport is None:  # a given transport (an eval cassette) decides itself where requests go
        require_llm_endpoint(settings)

    return openai.OpenAI(
        api_key=settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed",
        base_url=(settings.openai_base_url or "").strip() or None,  # empty: the SDK's default (api.openai.com)
        http_client=httpx.Client(timeout=settings.llm_timeout_seconds, transport=transport),
        max_retries=0,  # the model adapter does its own bounded back-off
    )


def build_model(settings: Settings, openai_client: Any = None) -> ReplyModel:
    from agent.models.factory import build_model as factory

    if openai_client is None:
        require_llm_endpoint(settings)
    kind = settings.resolved_model
    client = openai_client or (build_openai_client(settings) if kind in ("llm", "cascade") else None)
    return factory(
        kind,
        openai_client=client,
        llm_model=settings.llm_model,
        structured_output=settings.llm_structured_output,
        threshold=settings.confidence_threshold,
        timeout=settings.llm_timeout_seconds,
        max_tokens=settings.llm_max_tokens,
        max_retries=settings.llm_max_retries,
        max_backoff=settings.llm_max_backoff_seconds,
        max_answer_bytes=settings.llm_max_answer_bytes,
    )


def offline_model() -> ReplyModel:
    """The offline reader alone, as measurement replays it without settings (no endpoint, no keys)."""
    from agent.models.factory import build_model as factory

    return factory("offline")


def build_outbox(settings: Settings) -> Outbox:
    if settings.outbox == "smtp":
        from adapters.mail.smtp import SmtpOutbox

        return SmtpOutbox(settings)
    return MaildirOutbox(settings.resolved_sent_maildir)


def build_checkpointer(settings: Settings) -> tuple[Any, Any]:
    """SqliteSaver on the embedded default, PostgresSaver on PostgreSQL. Returns (saver, closer)."""
    if settings.is_postgres:
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg.rows import dict_row
        from psycopg_pool import ConnectionPool

        conninfo = settings.resolved_database_url.replace("postgresql+psycopg://", "postgresql://")
        pool = ConnectionPool(conninfo, min_size=1, max_size=4, kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row}, open=True)
        saver = PostgresSaver(pool)  # type: ignore[arg-type]
        with schema_lock(settings.resolved_database_url):  # workers starting together do not race in CREATE TABLE
            saver.setup()
        return saver, pool.close
    from langgraph.checkpoint.sqlite import SqliteSaver

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(settings.data_dir / "checkpoints.sqlite"), check_same_thread=False, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    saver = SqliteSaver(conn)
    with schema_lock(f"sqlite:///{settings.data_dir / 'checkpoints.sqlite'}"):
        saver.setup()
    return saver, conn.close


_OUTBOUND = OutboundMessage.__table__  # type: ignore[attr-defined]
# Built once: the rows the ORM query found (the same conditions), with the customer and the window's start bound per
# call. Building the query and loading ORM objects per draft cost more than running it (issue 17). Only the six
# columns a touch is made of are read: on PostgreSQL the driver describes every column of every result, and the
# other twelve were a fifth of the call's CPU.
_RECENT_TOUCHES = select(_OUTBOUND.c.sent_at, _OUTBOUND.c.created_at, _OUTBOUND.c.to_addrs, _OUTBOUND.c.subject, _OUTBOUND.c.body,
                         _OUTBOUND.c.message_id).where(_OUTBOUND.c.customer_id == bindparam("customer_id"),
                                                       _OUTBOUND.c.status == OutboundStatus.sent, _OUTBOUND.c.sent_at >= bindparam("since"))


def recent_touches(engine: Engine, customer_id: str, days: int) -> list[SentTouch]:
    """The messages sent to this customer in the last `days` days (the touch window of `outbound_limits`).

    `engine` may be `single_statement_reads(engine)`: one SELECT sees the same committed rows either way."""
    since = datetime.now(timezone.utc) - timedelta(days=days)
    with engine.connect() as connection:
        rows = connection.execute(_RECENT_TOUCHES, {"customer_id": customer_id, "since": since}).all()
    return [SentTouch(sent_at=r.sent_at or r.created_at, to=r.to_addrs, subject=r.subject, body=r.body, message_id=r.message_id) for r in rows]


def single_statement_reads(engine: Engine) -> Engine:
    """The engine for a read that is one SELECT on its own connection (a draft's recent touches): on PostgreSQL in
    autocommit, without the BEGIN before it and the ROLLBACK when the pool takes the connection back.

    Why: those two were two of the call's three round trips, and a worker asks once per draft (~0.45 -> ~0.3 ms CPU,
    ~0.9 -> ~0.35 ms wall per call, issue 17). A single statement in autocommit reads one snapshot of what was
    committed when it starts, as it did as the only statement of a READ COMMITTED transaction. SQLite's driver begins
    no transaction for a SELECT anyway: the engine as it is."""
    if engine.dialect.name != "postgresql":
        return engine
    return engine.execution_options(isolation_level="AUTOCOMMIT")


class NotReading(ReplyModel):
    """The model of a process that sends approved replies but reads none (the watcher: its workers read).

    Loading the offline model (or checking an LLM endpoint) there cost seconds and a hundred megabytes for
    nothing; should anything in that process try to read a reply, it fails loudly instead of reading it."""

    name = "not-reading"

    def classify(self, item: ClassifyInput) -> Classification:
        raise RuntimeError("this process sends approved replies and reads none: the workers read replies")


def build_runtime(settings: Settings | None = None, *, model: ReplyModel | None = None, erp: Erp | None = None, outbox: Outbox | None = None) -> Runtime:
    settings = settings or Settings()
    if model is None:
        require_llm_endpoint(settings)  # before anything else, so a misconfigured start changes nothing
    engine = build_engine(settings)
    erp = erp or build_erp(settings, engine)
    model = model or build_model(settings)
    outbox = JournaledOutbox(outbox or build_outbox(settings), engine)
    saver, close_saver = build_checkpointer(settings)
    window = outbound_limits(settings).touch_window_days
    reads = single_statement_reads(engine)
    context = agent_context(settings, erp, model, outbox, touches=lambda customer_id: recent_touches(reads, customer_id, days=window))
    context.read_ahead = ReadAhead()  # filled by dunmail/worker.py process_pending, one batch at a time
    return Runtime(settings=settings, engine=engine, erp=erp, model=model, outbox=outbox, graph=build_graph(saver), context=context,
                   reminder_graph=build_reminder_graph(saver), _closers=[close_saver])


def outbound_limits(settings: Settings) -> Limits:
    """The outbound checks' numbers with the ones settings drive: at most `touch_limit_per_week`
    messages to one customer within the guardrails' seven-day touch window."""
    return replace(DEFAULT_LIMITS, max_touches=settings.touch_limit_per_week)


def agent_context(settings: Settings, erp: Erp, model: ReplyModel, outbox: Outbox | None, touches: Callable[[str], list[SentTouch]]) -> AgentContext:
    """What the graph's nodes may use besides the state; one copy, so shadow mode decides by the same policy."""
    return AgentContext(
        erp=erp,
        model=model,
        outbox=outbox,
        company_name=settings.company_name,
        ar_mailbox=settings.ar_mailbox,
        timezone=settings.timezone,
        policy=PolicyParams(promise_grace_days=settings.promise_grace_days, promise_max_days=settings.promise_max_days, min_confidence=settings.min_confidence,
                            auto_deferral_days=settings.auto_deferral_days),
        touches=touches,
        limits=outbound_limits(settings),
        attachment_parse_limit_bytes=settings.attachment_parse_limit_bytes,
    )


@dataclass
class ShadowAgent:
    """The reader as `dunmail shadow` runs it (agent/reading.py): it can read and decide but has no way to act."""

    settings: Settings  # the budgets a message must fit, as in production
    context: AgentContext
    _closers: list[Any] = field(default_factory=list)

    def close(self) -> None:
        for closer in reversed(self._closers):
            closer()
        self._closers.clear()


def build_shadow_agent(settings: Settings, *, model: ReplyModel | None = None, erp: Erp | None = None) -> ShadowAgent:
    """The same reader, policy and guardrails as build_runtime, built to write nothing anywhere.

    No outbox, no touches from the database and no graph: a shadow run reads each message as the
    worker does before the approval interrupt and reads the proposal from that state, so it needs no
    queue, no pause rows and no checkpoints. Only a mirror ERP opens the database, and only to read it.
    """
    closers: list[Any] = []
    if model is None:
        require_llm_endpoint(settings)
    if erp is None:
        engine = build_engine(settings) if settings.erp != "world" else None
        erp = build_erp(settings, engine)
        if engine is not None:
            closers.append(engine.dispose)
    model = model or build_model(settings)
    context = agent_context(settings, erp, model, None, touches=lambda _customer_id: [])
    return ShadowAgent(settings=settings, context=context, _closers=closers)


@dataclass
class ReplayAgent:
    """The reply graph over a world.json snapshot, its clock stopped at the snapshot's as-of date.

    Evals and the adversarial judge replay labelled threads through it: the same graph, nodes and
    policy defaults as the service, with no outbox, no database and no touches, so a replay can
    decide but never act. `new_graph` gives each worker thread its own in-memory checkpointer.
    """

    world: World
    erp: Erp
    context: AgentContext

    def new_graph(self) -> Any:
        from langgraph.checkpoint.memory import InMemorySaver

        return build_graph(InMemorySaver())


def build_replay_agent(world: World, model: ReplyModel) -> ReplayAgent:
    """A `ReplayAgent` on `world` with `model` (evals pass the offline model or a recorded LLM)."""
    erp = WorldErp(world)
    as_of = datetime.combine(world.as_of, datetime.min.time(), tzinfo=timezone.utc)
    context = AgentContext(erp=erp, model=model, outbox=None, company_name=world.company.name, ar_mailbox=world.company.ar_mailbox,
                           timezone=world.timezone, now=lambda: as_of)
    return ReplayAgent(world=world, erp=erp, context=context)
