"""Backfill progress: one ``BackfillRun`` per source and one ``BackfillStep`` per list page it finished.

A step is written in the transaction that records the page's notices, so a backfill killed at any point
resumes after the last page whose links were all recorded. A finished run is started afresh next time
(its steps dropped): a second backfill asks every page again, conditionally. Nothing here commits.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, delete, select

from policywatch.store.models import BackfillRun, BackfillStep, utcnow

# The one Change a backfill that recorded anything adds (the notifier turns it into one summary per subscription).
BACKFILL_SUMMARY = "backfill_summary"


def start_run(session: Session, source: str, since: int | None, *, now: dt.datetime | None = None
              ) -> tuple[BackfillRun, set[str]]:
    """The source's run (resumed when unfinished, else new) and the keys of the list pages already done."""
    when = now or utcnow()
    run = session.get(BackfillRun, source)
    if run is not None and run.finished_at is None:
        run.since = since
        session.add(run)
        keys = set(session.exec(select(BackfillStep.key).where(BackfillStep.source == source)))
        return run, keys
    session.execute(delete(BackfillStep).where(col(BackfillStep.source) == source))
    if run is None:
        run = BackfillRun(source=source, since=since, started_at=when)
    else:
        run.since, run.started_at, run.finished_at, run.recorded = since, when, None, 0
    session.add(run)
    session.flush()
    return run, set()


def mark_step(session: Session, source: str, key: str, *, links: int, now: dt.datetime | None = None) -> None:
    """List page ``key`` is done: its links are recorded (same transaction as the records)."""
    if session.exec(select(BackfillStep).where(BackfillStep.source == source, BackfillStep.key == key)).first():
        return
    session.add(BackfillStep(source=source, key=key, links=links, done_at=now or utcnow()))


def add_recorded(session: Session, source: str, count: int) -> None:
    run = session.get(BackfillRun, source)
    if run is not None and count:
        run.recorded += count
        session.add(run)


def finish_run(session: Session, source: str, *, now: dt.datetime | None = None) -> None:
    run = session.get(BackfillRun, source)
    if run is not None:
        run.finished_at = now or utcnow()
        session.add(run)
