"""SQLModel tables (DESIGN.md §4). Datetimes are naive UTC; dates are Beijing dates.

Schema changes go through Alembic migrations in ``store/migrations``; never edit a table here without
adding a migration beside it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, DateTime, LargeBinary, TypeDecorator, UniqueConstraint
from sqlmodel import Field, SQLModel

from policywatch.store.clock import utcnow

__all__ = ["utcnow"]  # re-exported: tables and callers take "now" from the one clock


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A naive-UTC timestamp column that also accepts aware datetimes (converted to UTC).

    Recent sqlmodel maps ``datetime`` to a type that rejects naive values; every datetime column names this
    type instead so naive UTC works on every sqlmodel version and on SQLite and PostgreSQL alike.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is not None and value.utcoffset() is not None:
            return value.astimezone(dt.UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is not None and value.tzinfo is not None:
            return value.astimezone(dt.UTC).replace(tzinfo=None)
        return value


class Source(SQLModel, table=True):
    """Health of one configured source; the row is created on its first crawl."""

    name: str = Field(primary_key=True)
    last_success_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)
    last_attempt_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)
    last_outcome: str | None = None  # ok | not_modified | challenge | error | layout_error
    last_error: str | None = None
    consecutive_failures: int = 0
    items_seen: int = 0


class Blob(SQLModel, table=True):
    """A fetched body, zlib-compressed, stored once per content hash."""

    sha256: str = Field(primary_key=True)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Snapshot(SQLModel, table=True):
    """One fetch: the evidence of what a site answered, whatever it answered."""

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(index=True)
    url: str = Field(index=True)
    fetched_at: dt.datetime = Field(default_factory=utcnow, index=True, sa_type=UtcDateTime)
    status: int | None = None
    headers: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    content_hash: str | None = Field(default=None, foreign_key="blob.sha256")
    size: int = 0
    outcome: str = "ok"  # ok | not_modified | challenge | error | layout_error
    error: str | None = None


class Baseline(SQLModel, table=True):
    """What a crawler last accepted for one list URL; moves only with what was recorded from it."""

    __table_args__ = (UniqueConstraint("source", "url"),)
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(index=True)
    url: str
    content_hash: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    link_count: int = 0
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class SeenLink(SQLModel, table=True):
    """An article URL already fetched and recorded (or found not to be a notice)."""

    __table_args__ = (UniqueConstraint("source", "url"),)
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(index=True)
    url: str = Field(index=True)
    title: str | None = None
    listed_on: dt.date | None = None
    doc_id: str | None = None
    first_seen_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class Announcement(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    doc_id: str = Field(unique=True, index=True)
    number: str | None = None
    issuer: str | None = None
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    text_hash: str
    revision: int = 1
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    snapshot_id: int | None = Field(default=None, foreign_key="snapshot.id")
    recorded_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    # A human must read it (DESIGN §4): set by the parser's doubt, cleared by a reviewer's confirm or correction.
    needs_review: bool = Field(default=False, index=True)
    review_reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    reviewed_by: str | None = None
    reviewed_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)


class AnnouncementUrl(SQLModel, table=True):
    """Every official URL a notice was seen at (alias copies under other columns)."""

    __table_args__ = (UniqueConstraint("doc_id", "url"),)
    id: int | None = Field(default=None, primary_key=True)
    doc_id: str = Field(index=True)
    url: str
    snapshot_id: int | None = Field(default=None, foreign_key="snapshot.id")
    first_seen_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class AnnouncementRevision(SQLModel, table=True):
    """A changed text under a known doc_id: kept, never overwritten silently."""

    __table_args__ = (UniqueConstraint("doc_id", "revision"),)
    id: int | None = Field(default=None, primary_key=True)
    doc_id: str = Field(index=True)
    revision: int
    text_hash: str
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    snapshot_id: int | None = Field(default=None, foreign_key="snapshot.id")
    recorded_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    # Who wrote this revision when a human did (a correction); None for one parsed from a text.
    reviewer: str | None = None


class Action(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("doc_id", "seq"),)
    id: int | None = Field(default=None, primary_key=True)
    doc_id: str = Field(index=True)
    seq: int
    kind: str
    list_name: str | None = None
    effective: dt.date | None = None
    until: dt.date | None = None
    until_computed: bool = False
    targets: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    measures: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Entity(SQLModel, table=True):
    """One identity across notices (the same company named again keeps its row)."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, index=True)
    name_zh: str | None = None
    name_en: str | None = None
    country: str | None = None
    kind: str = "organization"
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class EntityAlias(SQLModel, table=True):
    """A name a listed entity is also known by, given by a user (``policywatch aliases import``) or a notice.

    The screener matches it like a printed name and says so (reason ``alias``, with ``source``).
    """

    __table_args__ = (UniqueConstraint("entity_id", "alias"),)
    id: int | None = Field(default=None, primary_key=True)
    entity_id: int = Field(foreign_key="entity.id", index=True)
    alias: str
    source: str  # where the alias comes from: "10-K 2024", "company website", a doc_id …
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class EntityName(SQLModel, table=True):
    """Every normalised name key an entity was printed under, so a later notice finds the same identity."""

    key: str = Field(primary_key=True)  # "en:<normalised English>" or "zh:<normalised Chinese>"
    entity_id: int = Field(foreign_key="entity.id", index=True)


class ListEvent(SQLModel, table=True):
    """One row per entity (or item target) per action; list state is derived from these only."""

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id", index=True)
    doc_id: str = Field(index=True)
    list_name: str | None = Field(default=None, index=True)
    entity_id: int | None = Field(default=None, foreign_key="entity.id", index=True)
    # For ITEM measures and for references: the doc_id or clause id the event is about.
    target: str | None = Field(default=None, index=True)
    event: str  # add | suspend | resume | terminate | remove | amend | control
    effective: dt.date | None = None
    until: dt.date | None = None
    until_computed: bool = False
    # A suspension citing a notice not yet recorded stays here until that notice arrives.
    unresolved: bool = False
    # The names as this notice printed them (an entity's names vary between notices).
    name_zh: str | None = None
    name_en: str | None = None
    country: str | None = None


class Change(SQLModel, table=True):
    """Something a user should hear about; ``notifier.plan`` turns it into Deliveries."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # listing | suspension | resumption | termination | removal | amendment | control
    #            | revised | source_health | hit
    doc_id: str | None = Field(default=None, index=True)
    action_id: int | None = Field(default=None, foreign_key="action.id")
    list_name: str | None = None
    source: str | None = None
    summary: str
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: dt.datetime = Field(default_factory=utcnow, index=True, sa_type=UtcDateTime)
    planned_at: dt.datetime | None = Field(default=None, index=True, sa_type=UtcDateTime)
    # Recorded by a backfill (history, not news): the notifier skips it one by one; a summary covers it.
    backfill: bool = Field(default=False, index=True)


class Counterparty(SQLModel, table=True):
    id: str = Field(primary_key=True)
    name: str
    name_zh: str | None = None
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    country: str | None = None
    imported_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)

    @property
    def display_name(self) -> str:
        """The name to show a reader: ``name``, else the Chinese name (a row may carry only that), else the id."""
        return self.name or self.name_zh or self.id


class Hit(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("counterparty_id", "entity_id", "list_name"),)
    id: int | None = Field(default=None, primary_key=True)
    counterparty_id: str = Field(foreign_key="counterparty.id", index=True)
    entity_id: int = Field(foreign_key="entity.id", index=True)
    list_name: str
    doc_id: str
    score: float
    explanation: str = ""
    state: str = "new"  # new | confirmed | dismissed
    reviewer: str | None = None
    note: str | None = None
    # The listing event the hit was raised for; a dismissed hit is raised again only when it changes.
    listing_event_id: int | None = Field(default=None, foreign_key="listevent.id")
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class Review(SQLModel, table=True):
    """One decision on a hit (``hit_id``) or on a notice (``doc_id``): appended, never overwritten."""

    id: int | None = Field(default=None, primary_key=True)
    hit_id: int | None = Field(default=None, foreign_key="hit.id", index=True)
    doc_id: str | None = Field(default=None, index=True)
    decision: str  # hits: confirm | dismiss; notices: confirm | correct
    reviewer: str
    at: dt.datetime = Field(sa_type=UtcDateTime)
    note: str = ""
    # Four-eyes review: the reviewer whose proposal this decision approved.
    approves: str | None = None


class Subscription(SQLModel, table=True):
    """Mirrors config/subscriptions.yml; the channel is a name, never the secret URL."""

    name: str = Field(primary_key=True)
    channel: str
    filters: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    digest: bool = True
    reminder_offsets: list[int] = Field(default_factory=lambda: [30, 7, 1], sa_column=Column(JSON))


class Delivery(SQLModel, table=True):
    """The outbox: one row per (what, subscription, channel), sent at least once."""

    id: int | None = Field(default=None, primary_key=True)
    dedupe_key: str = Field(unique=True, index=True)
    kind: str  # alert | digest | reminder | ops
    change_id: int | None = Field(default=None, foreign_key="change.id")
    subscription: str | None = Field(default=None, index=True)
    channel: str
    subject: str = ""
    body_text: str = ""
    body_html: str = ""
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="pending", index=True)  # pending | sent | failed
    attempts: int = 0
    next_attempt_at: dt.datetime = Field(default_factory=utcnow, index=True, sa_type=UtcDateTime)
    claimed_by: str | None = None
    claimed_until: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)
    last_error: str | None = None
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    sent_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)


class Lock(SQLModel, table=True):
    """A named lock in the database (one ``policywatch run`` per database)."""

    name: str = Field(primary_key=True)
    holder: str
    acquired_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    heartbeat_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class User(SQLModel, table=True):
    """An account of the review workspace (``policywatch users``); only the argon2 hash of its password."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    role: str  # viewer | reviewer | admin
    password_hash: str
    disabled: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class ApiToken(SQLModel, table=True):
    """A REST API token of one user; the token itself is shown once and only its SHA-256 is kept."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    token_hash: str = Field(unique=True, index=True)
    prefix: str  # the first characters, so a person can tell tokens apart without the secret
    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    revoked_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)


class AuditEvent(SQLModel, table=True):
    """Who did what in the workspace, when and from which address; appended, never edited."""

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, index=True, sa_type=UtcDateTime)
    actor: str | None = None
    action: str = Field(index=True)  # login | login_failed | review | review_proposed | notice_review | upload …
    subject: str | None = Field(default=None, index=True)  # "hit:5", "notice:UEL-2025-7", "user:li.wei"
    address: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
class BackfillStep(SQLModel, table=True):
    """One list page a backfill has walked to the end (its links recorded): a resumed backfill skips it."""

    __table_args__ = (UniqueConstraint("source", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(index=True)
    key: str  # the list page (URL with its parameters)
    links: int = 0
    done_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class BackfillRun(SQLModel, table=True):
    """A source's backfill: started, finished (``finished_at`` null while it is unfinished or interrupted)."""

    source: str = Field(primary_key=True)
    since: int | None = None
    started_at: dt.datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    finished_at: dt.datetime | None = Field(default=None, sa_type=UtcDateTime)
    recorded: int = 0
    # How the walk ended (a crawl outcome); null while it runs or after it was killed.
    outcome: str | None = None
