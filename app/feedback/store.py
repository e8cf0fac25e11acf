"""The feedback store: SQLAlchemy 2 over SQLite (WAL, default) or PostgreSQL (psycopg 3).

A write is acknowledged only after its transaction has committed (``synchronous=FULL`` on
SQLite, so a committed row survives a crash of the process or the machine). The schema is
created on first use, so routing never waits for, or fails because of, the feedback database.
All methods are synchronous; the API calls them in a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    case,
    create_engine,
    event,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError


class Outcome(StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"
    ESCALATED = "escalated"


class FeedbackStoreError(Exception):
    """The feedback database cannot be used (message says why, without internals)."""


metadata = MetaData()

feedback_table = Table(
    "router_feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=False), nullable=False, index=True),
    Column("input", Text, nullable=False),
    Column("context", Text, nullable=False, default=""),
    Column("routed_agent", String(32), nullable=False),
    Column("routed_model", String(16), nullable=False),
    Column("routed_complexity", String(16)),
    Column("routed_domain", String(32)),
    Column("router_version", String(100)),
    Column("outcome", String(16), nullable=False),
    Column("correct_agent", String(32)),
    Column("correct_model", String(16)),
    Column("correct_complexity", String(16)),
    Column("note", Text),
)


def utcnow() -> datetime:
    """Naive UTC (the stored form; SQLite keeps no time zone)."""
    return datetime.now(UTC).replace(tzinfo=None)


def as_utc_naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL from a URL or a plain path (a path means a SQLite file)."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    id: int
    created_at: datetime
    input: str
    context: str
    routed_agent: str
    routed_model: str
    routed_complexity: str | None
    routed_domain: str | None
    router_version: str | None
    outcome: str
    correct_agent: str | None
    correct_model: str | None
    correct_complexity: str | None
    note: str | None


class FeedbackStore:
    """One feedback database (``url``: SQLAlchemy URL, e.g. ``sqlite:///f.db``, ``postgresql+psycopg://...``)."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise FeedbackStoreError(f"feedback database URL {url!r} is not a valid SQLAlchemy URL") from None
        self.backend = parsed.get_backend_name()
        if self.backend == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")  # the maintained v3 driver, not psycopg2
        if self.backend == "sqlite":
            db = parsed.database or ""
            if db in ("", ":memory:"):
                raise FeedbackStoreError("the feedback database must be a file (an in-memory SQLite loses data)")
            folder = Path(db).expanduser().resolve().parent
            if not folder.is_dir():
                raise FeedbackStoreError(f"feedback database folder {folder} does not exist")
        elif self.backend != "postgresql":
            raise FeedbackStoreError(f"feedback database {self.backend!r} is not supported; use sqlite or postgresql")
        self.url = parsed.render_as_string(hide_password=True)
        try:
            self.engine: Engine = create_engine(parsed, pool_pre_ping=True)
        except (NoSuchModuleError, ImportError) as exc:
            hint = ""
            if self.backend == "postgresql":
                hint = " (install it with: pip install 'claude-task-router[postgres]')"
            raise FeedbackStoreError(f"no driver for {parsed.drivername}: {exc}{hint}") from None
        if self.backend == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._ready = False
        self._lock = threading.Lock()

    def _ensure_schema(self) -> None:
        if self._ready:
            return
        with self._lock:
            if not self._ready:
                metadata.create_all(self.engine)
                self._ready = True

    def _fail(self, action: str, exc: SQLAlchemyError) -> FeedbackStoreError:
        reason = type(getattr(exc, "orig", None) or exc).__name__
        return FeedbackStoreError(f"the feedback database ({self.backend}) could not {action} ({reason}); retry later")

    def add(self, **values: Any) -> int:
        """Insert one feedback row; returns its id once the transaction has committed."""
        values.setdefault("created_at", utcnow())
        try:
            self._ensure_schema()
            with self.engine.begin() as conn:  # commits on leaving the block, raises if the commit fails
                result = conn.execute(insert(feedback_table).values(**values))
                new_id = result.inserted_primary_key
            return int(new_id[0]) if new_id else 0
        except SQLAlchemyError as exc:
            raise self._fail("store the feedback", exc) from None

    def stats(self, since: datetime | None = None, until: datetime | None = None) -> dict[str, Any]:
        """Counts and accuracy by routed agent and by routed tier over [since, until).

        * agent correct: no ``correct_agent`` given, or it equals the routed agent;
        * tier correct: ``correct_model`` equals the routed tier, or none given and the outcome
          is not ``escalated`` (an escalation means the routed tier was too weak).
        """
        t = feedback_table
        agent_ok = case((or_(t.c.correct_agent.is_(None), t.c.correct_agent == t.c.routed_agent), 1), else_=0)
        tier_ok = case(
            (t.c.correct_model == t.c.routed_model, 1),
            (and_(t.c.correct_model.is_(None), t.c.outcome != Outcome.ESCALATED.value), 1),
            else_=0,
        )
        query = select(
            t.c.routed_agent,
            t.c.routed_model,
            t.c.outcome,
            func.count().label("n"),
            func.sum(agent_ok).label("agent_ok"),
            func.sum(tier_ok).label("tier_ok"),
        ).group_by(t.c.routed_agent, t.c.routed_model, t.c.outcome)
        if since is not None:
            query = query.where(t.c.created_at >= as_utc_naive(since))
        if until is not None:
            query = query.where(t.c.created_at < as_utc_naive(until))
        rows = self._fetch(query)
        total = _Group()
        by_agent: dict[str, _Group] = {}
        by_tier: dict[str, _Group] = {}
        for agent, tier, outcome, n, a_ok, t_ok in rows:
            for group in (total, by_agent.setdefault(agent, _Group()), by_tier.setdefault(tier, _Group())):
                group.add(outcome, int(n), int(a_ok or 0), int(t_ok or 0))
        return {
            "total": total.as_dict(),
            "by_agent": {k: v.as_dict() for k, v in sorted(by_agent.items())},
            "by_tier": {k: v.as_dict() for k, v in sorted(by_tier.items())},
        }

    def corrections(self) -> Iterator[FeedbackRow]:
        """Rows that name a correct agent, tier or complexity, oldest first."""
        t = feedback_table
        query = (
            select(t)
            .where(
                or_(t.c.correct_agent.is_not(None), t.c.correct_model.is_not(None), t.c.correct_complexity.is_not(None))
            )
            .order_by(t.c.id)
        )
        rows = self._fetch(query)
        for row in rows:
            yield FeedbackRow(**row._mapping)

    def _fetch(self, query: Any) -> list[Any]:
        """Run a read query; a database failure becomes the store's one error type."""
        try:
            self._ensure_schema()
            with self.engine.connect() as conn:
                return list(conn.execute(query).all())
        except SQLAlchemyError as exc:
            raise self._fail("read the feedback", exc) from None

    def count(self) -> int:
        try:
            self._ensure_schema()
            with self.engine.connect() as conn:
                return int(conn.execute(select(func.count()).select_from(feedback_table)).scalar_one())
        except SQLAlchemyError as exc:
            raise self._fail("read the feedback", exc) from None

    def close(self) -> None:
        self.engine.dispose()


class _Group:
    __slots__ = ("agent_ok", "n", "outcomes", "tier_ok")

    def __init__(self) -> None:
        self.n = 0
        self.agent_ok = 0
        self.tier_ok = 0
        self.outcomes = {o.value: 0 for o in Outcome}

    def add(self, outcome: str, n: int, agent_ok: int, tier_ok: int) -> None:
        self.n += n
        self.agent_ok += agent_ok
        self.tier_ok += tier_ok
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + n

    def as_dict(self) -> dict[str, Any]:
        return {
            "count": self.n,
            "outcomes": dict(self.outcomes),
            "success_rate": round(self.outcomes[Outcome.SUCCESS.value] / self.n, 4) if self.n else None,
            "agent_accuracy": round(self.agent_ok / self.n, 4) if self.n else None,
            "tier_accuracy": round(self.tier_ok / self.n, 4) if self.n else None,
        }
