"""Backfill progress: one ``BackfillRun`` per source and one ``BackfillStep`` per list page it finished.

A step is written in the transaction that records the page's notices, so a backfill killed at any point
resumes after the last page whose links were all recorded. A finished run is started afresh next time
(its steps dropped): a second backfill asks every page again, conditionally. Nothing here commits.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, delete, select

from policywatch.store.changes import ChangeKind
from policywatch.store.models import BackfillRun, BackfillStep, utcnow

# The one Change a backfill that recorded anything adds (the notifier turns it into one summary per subscription).
BACKFILL_SUMMARY = ChangeKind.BACKFILL_SUMMARY


FAILED = ("error", "challenge", "layout_error")


def invocation(session: Session, sources: list[str], *, now: dt.datetime | None = None) -> tuple[dt.datetime, set[str]]:
    """When the backfill being run started, and the sources it already finished (without failing).

    A backfill killed part-way leaves runs with no ``finished_at``: running it again continues that backfill
    (its start time), passing over the sources it finished. Otherwise a new backfill starts now.
    """
    runs = {r.source: r for r in session.exec(select(BackfillRun).where(col(BackfillRun.source).in_(sources)))}
    killed = [r.started_at for r in runs.values() if r.finished_at is None]
    if not killed:
        return now or utcnow(), set()
    started = max(killed)
    done = {r.source for r in runs.values()
            if r.finished_at is not None and r.started_at >= started and r.outcome not in FAILED}
    return started, done


def start_run(session: Session, source: str, since: int | None, *, now: dt.datetime | None = None
              ) -> tuple[BackfillRun, set[str]]:
    """The source's run (resumed when unfinished, else new) and the keys of the list pages already done;
    ``now`` is the backfill's start (``invocation``)."""
    when = now or utcnow()
    run = session.get(BackfillRun, source)
    if run is not None and run.finished_at is None:
        run.since, run.started_at = since, when
        session.add(run)
        keys = set(session.exec(select(BackfillStep.key).where(BackfillStep.source == source)))
        return run, keys
    session.execute(delete(BackfillStep).where(col(BackfillStep.source) == source))
    if run is None:
        run = BackfillRun(source=source, since=since, started_at=when)
    else:
        run.since, run.started_at, run.finished_at, run.recorded, run.outcome = since, when, None, 0, None
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


def finish_run(session: Session, source: str, outcome: str, *, now: dt.datetime | None = None) -> None:
    """The walk ended (well or not): a failed one is walked again by the next backfill, conditionally."""
    run = session.get(BackfillRun, source)
    if run is not None:
        run.finished_at, run.outcome = now or utcnow(), outcome
        session.add(run)


def steps_done(session: Session, source: str) -> int:
    return len(session.exec(select(BackfillStep.id).where(BackfillStep.source == source)).all())
