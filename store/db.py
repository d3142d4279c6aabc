"""Engine and session factory for any SQLAlchemy URL (SQLite by default, PostgreSQL for teams)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from importlib import resources
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, SQLModel, create_engine

from policywatch.store import models  # noqa: F401  (registers the tables on SQLModel.metadata)

DEFAULT_URL = "sqlite:///policywatch.db"
# How long a command waits for another writer's transaction before it gives up (SQLite serialises writers).
BUSY_TIMEOUT_S: float = 30
# The revision whose schema equals what the pre-Alembic skeleton created with ``create_all``.
BASE_REVISION = "0001"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own BEGIN (deferred, and only before INSERT/UPDATE/DELETE) is off: _begin_immediate issues it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets the scheduler read while a crawl writes; the busy timeout rides out other writers' transactions.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    # Every transaction takes SQLite's write lock when it starts, waiting up to the busy timeout for another
    # writer to finish. What it then reads cannot go stale before it writes: two concurrent ``ingest`` runs (or
    # migrations on a new file) queue one behind the other instead of failing with "database is locked" (a
    # deferred transaction whose snapshot is stale cannot wait) or a UNIQUE error on a row the other just wrote.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str = DEFAULT_URL) -> Engine:
    """An engine for ``url`` with SQLite's pragmas set on every connection."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin_immediate)
        return engine
    return create_engine(url, pool_pre_ping=True)


@contextmanager
def alembic_config(connection: Connection) -> Iterator[Config]:
    """An Alembic config pointing at the migrations shipped inside the package, bound to ``connection``."""
    with ExitStack() as stack:
        location = stack.enter_context(resources.as_file(resources.files("policywatch.store") / "migrations"))
        cfg = Config()
        cfg.set_main_option("script_location", str(location))
        cfg.attributes["connection"] = connection
        yield cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to ``revision`` (a database made by any earlier version is upgraded in place)."""
    with engine.begin() as connection, alembic_config(connection) as cfg:
        tables = set(inspect(connection).get_table_names())
        if "announcement" in tables and "alembic_version" not in tables:
            # Made by create_all, not by migrations: adopt it at the revision whose schema it holds.
            command.stamp(cfg, "head" if _matches_models(connection) else BASE_REVISION)
        command.upgrade(cfg, revision)


def _matches_models(connection: Connection) -> bool:
    """True when the database already has every table and column of the current models."""
    context = MigrationContext.configure(connection, opts={"compare_type": False})
    return not [d for d in compare_metadata(context, SQLModel.metadata) if _is_addition(d)]


def _is_addition(diff: Any) -> bool:
    op = diff[0] if isinstance(diff, tuple) else None
    if isinstance(diff, list):  # column modifications come grouped; they are not missing schema
        return False
    return op in ("add_table", "add_column")


def init_db(engine: Engine) -> None:
    """Bring the schema to the current version (``alembic upgrade head`` with the packaged migrations)."""
    migrate(engine, "head")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed on success, rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
