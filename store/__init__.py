"""Persistence: snapshots, announcements, list events, counterparties, subscriptions and the outbox."""

from policywatch.store.db import DEFAULT_URL, init_db, make_engine, migrate, session_scope
from policywatch.store.history import history
from policywatch.store.record import RecordResult, record
from policywatch.store.state import ListEntry, Suspension, list_state, suspensions

__all__ = [
    "DEFAULT_URL",
    "ListEntry",
    "RecordResult",
    "Suspension",
    "history",
    "init_db",
    "list_state",
    "make_engine",
    "migrate",
    "record",
    "session_scope",
    "suspensions",
]
