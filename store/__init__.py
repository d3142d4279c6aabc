"""Persistence: snapshots, announcements, list events, counterparties, subscriptions and the outbox."""

from policywatch.store.db import DEFAULT_URL, init_db, make_engine, session_scope

__all__ = ["DEFAULT_URL", "init_db", "make_engine", "session_scope"]
