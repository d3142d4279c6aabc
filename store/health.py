"""Source health: the outcome of each crawl, and a ``source_health`` Change when a source fails."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from policywatch.store.changes import SourceHealthPayload, new_change
from policywatch.store.models import Source, utcnow

FAILURES = ("error", "challenge", "layout_error")
_SUMMARY = {
    "error": "failed",
    "challenge": "answered an anti-bot challenge (not bypassed; ingest a page saved from a browser)",
    "layout_error": "returned a page that parsed to zero items (layout change?)",
}


def record_outcome(
    session: Session,
    source: str,
    outcome: str,
    error: str | None = None,
    items: int = 0,
    *,
    now: dt.datetime | None = None,
) -> Source:
    """Update the source's row; on failure add a ``Change(kind="source_health")`` for the notifier.

    ``now`` (naive UTC, default the wall clock) stamps the attempt, the success and the Change.
    """
    when = now or utcnow()
    row = session.get(Source, source) or Source(name=source)
    row.last_attempt_at = when
    row.last_outcome = outcome
    if outcome in FAILURES:
        row.consecutive_failures += 1
        row.last_error = error
        payload = SourceHealthPayload(source=source, outcome=outcome, error=error,
                                      consecutive_failures=row.consecutive_failures)
        session.add(new_change(payload, source=source, created_at=when,
                               summary=f"source {source} {_SUMMARY[outcome]}: {error or outcome}"[:500]))
    else:
        row.consecutive_failures = 0
        row.last_error = None
        row.last_success_at = when
        row.items_seen = max(row.items_seen, items)
    session.add(row)
    session.flush()
    return row


def source_rows(session: Session) -> list[Source]:
    return list(session.exec(select(Source).order_by(Source.name)).all())
