"""``policywatch run``: one APScheduler 3.x scheduler with a job per tick kind.

- each source crawls on its own interval, with jitter (``config/sources/*.yml``);
- plan + deliver every minute (the notifier's outbox);
- reminders daily, the digest weekly;
- a heartbeat keeps the database lock fresh.

Jobs run with ``max_instances=1`` and ``coalesce=True`` (a tick never overlaps itself; missed ticks run once)
and a misfire grace that lets a late tick still run. The tick functions take their time from an injected
clock, so tests drive them without a scheduler and without sleeping.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from policywatch import failpoints, notifier, runlock
from policywatch.crawler import CrawlOutcome, Fetcher, FetchPolicy, SourceConfig, crawl
from policywatch.crawler.http import policy_for
from policywatch.parsers.errors import PolicywatchError
from policywatch.store import session_scope
from policywatch.store.clock import BEIJING, Clock, beijing_today, utcnow

log = logging.getLogger("policywatch.run")
LOCK_NAME = "run"
HEARTBEAT = dt.timedelta(seconds=30)
TickFn = Callable[["Ticks"], dict[str, Any]]


def _database_guarded(kind: str) -> Callable[[TickFn], TickFn]:
    """A tick the database refuses (locked by another writer, unreachable) logs one line and reports the error.

    Every tick writes in transactions (planned rows, claims, queued reminders and digests), so nothing is half
    done: the next tick resumes. Without this APScheduler would log a traceback per tick.
    """

    def wrap(tick: TickFn) -> TickFn:
        @functools.wraps(tick)
        def guarded(self: Ticks) -> dict[str, Any]:
            try:
                return tick(self)
            except OperationalError as exc:
                error = database_error(exc)
                log.error("%s: %s", kind, error)
                return self._note(kind, {"error": error})

        return guarded

    return wrap


@dataclass
class Ticks:
    """What each job does; ``clock`` gives naive UTC ``now`` (injected in tests)."""

    engine: Engine
    config_dir: Traversable | Path
    sources: list[SourceConfig]
    mirror: str | None = None
    clock: Clock = utcnow
    policy: FetchPolicy | None = None
    holder: str = field(default_factory=runlock.new_holder)
    stop: threading.Event = field(default_factory=threading.Event)
    history: list[tuple[str, dt.datetime, Any]] = field(default_factory=list)

    def _note(self, kind: str, result: Any) -> Any:
        self.history.append((kind, self.clock(), result))
        return result

    def beijing_today(self) -> dt.date:
        return beijing_today(self.clock())

    def crawl_source(self, name: str) -> CrawlOutcome:
        source = next(s for s in self.sources if s.name == name)
        policy = policy_for(self.mirror, self.policy)
        fetched = 0

        def progress(_source: str, _message: str) -> None:
            nonlocal fetched
            fetched += 1
            if fetched > 1:  # a request is starting, so an earlier one has been fetched (and nothing recorded)
                failpoints.hit("after_fetch")

        try:
            with Fetcher(policy, mirror=self.mirror) as fetcher:
                [outcome] = crawl(self.engine, [source], client=fetcher, today=self.beijing_today(),
                                  progress=progress, now=self.clock())
        except OperationalError as exc:
            # The crawl rolled back and could not even record its failure (the database is locked or gone):
            # nothing moved, the next tick tries again. One clear line, not a traceback per tick.
            outcome = CrawlOutcome(source=name, outcome="error", error=database_error(exc))
        failpoints.hit("after_record")
        level = logging.WARNING if outcome.failed else logging.INFO
        log.log(level, "crawl %s: %s, %d recorded%s", name, outcome.outcome, outcome.recorded,
                f" ({outcome.error})" if outcome.error else "")
        return self._note(f"crawl:{name}", outcome)

    def _notifier(self, *, planning: bool = False) -> tuple[Any, dict[str, Any], list[Any]] | None:
        """The notifier module with channels and subscriptions, or None (logged) when it cannot run.

        Subscriptions are synced only from a subscriptions.yml that was read; ``planning`` refuses without one.
        """
        try:
            channels = notifier.load_channels(self.config_dir)
            found = notifier.read_subscriptions(self.config_dir)
            if planning and (not found.found or not found.specs):
                # Planning with nobody to offer changes to would consume them; stored subscriptions stay as they are.
                log.error("no subscriptions configured (%s %s): plan, reminders and digest wait; nothing is lost",
                          found.path, "not found" if not found.found else "names none")
                return None
            specs = list(found.specs)
            if found.found:
                with session_scope(self.engine) as session:
                    notifier.sync_subscriptions(session, specs, now=self.clock())
        except OperationalError:
            raise  # the database, not the configuration: the caller says so
        except Exception as exc:  # a broken config must not stop the crawls
            log.error("notifier configuration unusable (%s): fix channels.yml/subscriptions.yml", exc)
            return None
        return notifier, channels, specs

    @_database_guarded("plan-deliver")
    def plan_and_deliver(self) -> dict[str, Any]:
        ready = self._notifier(planning=True)
        if ready is None:
            return self._note("plan-deliver", {"skipped": True})
        notifier, channels, specs = ready
        now = self.clock()
        sender = notifier.AppriseSender(channels, clock=self.clock)

        def send(message: Any) -> Any:
            failpoints.hit("before_send")
            return sender(message)

        with session_scope(self.engine) as session:
            planned = notifier.plan(session, now=now, subscriptions=specs,
                                   workspace_url=os.environ.get("POLICYWATCH_WORKSPACE_URL") or None)
        failpoints.hit("after_plan")
        report = notifier.deliver(self.engine, clock=self.clock, send=send).to_json()
        return self._note("plan-deliver", {"planned": planned, **report})

    @_database_guarded("reminders")
    def reminders(self) -> dict[str, Any]:
        ready = self._notifier()
        if ready is None:
            return self._note("reminders", {"skipped": True})
        notifier, _channels, specs = ready
        with session_scope(self.engine) as session:
            pairs = notifier.queue_reminders(session, self.beijing_today(), specs or None, now=self.clock())
        targets = sorted({r.target for r, _queued in pairs})
        return self._note("reminders", {"due": len(pairs), "queued": sum(q for _r, q in pairs), "targets": targets})

    @_database_guarded("digest")
    def digest(self) -> dict[str, Any]:
        ready = self._notifier()
        if ready is None:
            return self._note("digest", {"skipped": True})
        notifier, _channels, specs = ready
        with session_scope(self.engine) as session:
            pairs = notifier.queue_digests(session, specs, now=self.clock())
        digests = [d for d, _queued in pairs]
        queued = sum(q for _d, q in pairs)
        held = {d.subscription: d.not_sent_because for d in digests if d.not_sent_because}
        for name, why in held.items():
            log.info("digest for %s not sent: %s", name, why)
        return self._note("digest", {"built": len(digests), "queued": queued, "held": held})

    def heartbeat(self) -> bool:
        alive = runlock.heartbeat(self.engine, LOCK_NAME, self.holder, now=self.clock())
        if not alive:
            log.error("the run lock was taken over by another process; stopping")
            self.stop.set()
        return alive


def database_error(exc: OperationalError) -> str:
    """One line for a database that refused the tick (no SQL, no parameters: they may hold scraped text)."""
    reason = str(exc.orig) if exc.orig is not None else type(exc).__name__
    return (f"database unavailable ({reason}): another process holds a write lock or the file is unreachable; "
            "nothing was changed, the next tick retries")


def add_jobs(scheduler: BaseScheduler, ticks: Ticks, *, start: dt.datetime | None = None) -> None:
    """One job per tick kind; ``start`` (aware) is when the crawls first run (default: the ticks' clock).

    Every trigger gets ``start`` as its start date: a trigger without one starts at the real now, which makes
    the schedule (and any test of it) depend on the calendar.
    """
    first = start or ticks.clock().replace(tzinfo=dt.UTC)
    for source in ticks.sources:
        if not source.enabled:
            continue
        scheduler.add_job(
            ticks.crawl_source,
            IntervalTrigger(seconds=source.interval, jitter=source.jitter or None, start_date=first),
            args=[source.name], id=f"crawl:{source.name}", name=f"crawl {source.name}",
            next_run_time=first, misfire_grace_time=max(60, source.interval // 2),
        )
    scheduler.add_job(ticks.plan_and_deliver, IntervalTrigger(minutes=1, start_date=first), id="plan-deliver",
                      name="plan and deliver", misfire_grace_time=50)
    scheduler.add_job(ticks.reminders, CronTrigger(hour=9, minute=0, timezone=BEIJING, start_date=first),
                      id="reminders", name="reminders (daily)", misfire_grace_time=6 * 3600)
    scheduler.add_job(ticks.digest, CronTrigger(day_of_week="mon", hour=8, minute=0, timezone=BEIJING,
                                                start_date=first),
                      id="digest", name="digest (weekly)", misfire_grace_time=12 * 3600)
    scheduler.add_job(ticks.heartbeat, IntervalTrigger(seconds=int(HEARTBEAT.total_seconds()), start_date=first),
                      id="heartbeat", name="lock heartbeat", misfire_grace_time=int(HEARTBEAT.total_seconds()))


def run_once(ticks: Ticks, *, stale_after: dt.timedelta = runlock.DEFAULT_STALE_AFTER) -> dict[str, Any]:
    """``policywatch run --once``: under the run lock, every enabled source's crawl tick once, then plan and
    deliver once, and return what they did. The same tick functions the scheduler runs, in pipeline order."""
    previous = runlock.acquire(ticks.engine, LOCK_NAME, ticks.holder, stale_after=stale_after)
    if previous:
        log.warning("took over a stale run lock from %s (no heartbeat for %s)", previous, stale_after)
    try:
        crawls = [ticks.crawl_source(s.name).to_json() for s in ticks.sources if s.enabled]
        return {"crawls": crawls, "plan_deliver": ticks.plan_and_deliver()}
    finally:
        runlock.release(ticks.engine, LOCK_NAME, ticks.holder)


class SchedulerDied(PolicywatchError):
    """The scheduler's thread stopped on an error: ``run`` stops too (exit 1) instead of running on with no
    scheduler."""

    exit_code = 1


class WatchedScheduler(BackgroundScheduler):
    """A background scheduler whose thread, if an error kills it, keeps that error and calls ``on_death``."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.died: BaseException | None = None
        self.on_death: Callable[[], None] | None = None

    def _main_loop(self) -> None:
        try:
            super()._main_loop()
        except Exception as exc:  # noqa: BLE001 - whatever killed the thread is reported by run(), once
            self.died = exc
            if self.on_death:
                self.on_death()


def make_scheduler() -> WatchedScheduler:
    return WatchedScheduler(
        timezone=BEIJING,
        job_defaults={"max_instances": 1, "coalesce": True, "misfire_grace_time": 300},
    )


def run(ticks: Ticks, *, on_started: Callable[[str], None] | None = None,
        stale_after: dt.timedelta = runlock.DEFAULT_STALE_AFTER) -> None:
    """Take the lock, run the scheduler until SIGTERM/SIGINT (or losing the lock), finish the current tick."""
    previous = runlock.acquire(ticks.engine, LOCK_NAME, ticks.holder, stale_after=stale_after)
    if previous:
        log.warning("took over a stale run lock from %s (no heartbeat for %s)", previous, stale_after)
    scheduler = make_scheduler()
    scheduler.on_death = ticks.stop.set
    add_jobs(scheduler, ticks)

    def _stop(signum: int, _frame: Any) -> None:
        log.info("signal %s: finishing the current tick, then exiting", signal.Signals(signum).name)
        ticks.stop.set()

    old = {sig: signal.signal(sig, _stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        scheduler.start()
        if on_started:
            on_started(ticks.holder)
        ticks.stop.wait()
        scheduler.shutdown(wait=True)  # waits for running jobs: the current tick finishes
        if scheduler.died is not None:
            reason = " ".join(str(scheduler.died).split())
            raise SchedulerDied(f"the scheduler stopped: {type(scheduler.died).__name__}: {reason}; check the "
                                "intervals and jitter in config/sources/*.yml, then start 'policywatch run' again")
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
        runlock.release(ticks.engine, LOCK_NAME, ticks.holder)
