"""The scheduler's jobs and tick functions, driven with a fake clock (nothing sleeps), and the run lock."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch import runlock
from policywatch.offline.replay import ReplayServer
from policywatch.scheduler import BEIJING, LOCK_NAME, Ticks, add_jobs, make_scheduler
from policywatch.store.models import Change, Lock

CONFIG = Path(str(resources.files("policywatch.config")))


class FakeClock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def fire_times(trigger: object, start: dt.datetime, end: dt.datetime, first: dt.datetime | None) -> list[dt.datetime]:
    """When an APScheduler trigger would fire in [start, end) — computed, not waited for."""
    out: list[dt.datetime] = []
    previous = None
    current = first or trigger.get_next_fire_time(None, start)  # type: ignore[attr-defined]
    while current is not None and current < end:
        out.append(current)
        previous = current
        current = trigger.get_next_fire_time(previous, current)  # type: ignore[attr-defined]
    return out


def test_one_job_per_tick_kind(engine: Engine, sources) -> None:
    ticks = Ticks(engine, CONFIG, list(sources.values()))
    scheduler = make_scheduler()
    start = dt.datetime(2026, 11, 28, 9, 0, tzinfo=BEIJING)
    add_jobs(scheduler, ticks, start=start)
    scheduler.start(paused=True)  # jobs get their defaults; nothing runs
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
    finally:
        scheduler.shutdown(wait=False)
    assert {f"crawl:{name}" for name in sources} | {"plan-deliver", "reminders", "digest", "heartbeat"} == set(jobs)
    for job in jobs.values():
        assert job.max_instances == 1 and job.coalesce is True and job.misfire_grace_time > 0
    gg = jobs["crawl:mofcom-gg"]
    assert isinstance(gg.trigger, IntervalTrigger)
    assert gg.trigger.interval == dt.timedelta(seconds=sources["mofcom-gg"].interval)
    assert gg.trigger.jitter == sources["mofcom-gg"].jitter and gg.next_run_time == start
    # A late crawl tick still runs within half its interval.
    assert gg.misfire_grace_time == sources["mofcom-gg"].interval // 2
    day = dt.datetime(2026, 11, 30, 0, 0, tzinfo=BEIJING)  # a Monday
    digest = fire_times(jobs["digest"].trigger, day, day + dt.timedelta(days=7), None)
    reminders = fire_times(jobs["reminders"].trigger, day, day + dt.timedelta(days=7), None)
    assert [t.strftime("%a %H:%M") for t in digest] == ["Mon 08:00"]
    assert len(reminders) == 7 and {t.hour for t in reminders} == {9}
    plan = fire_times(jobs["plan-deliver"].trigger, day, day + dt.timedelta(hours=1), None)
    assert len(plan) == 60


def test_ticks_on_a_fake_clock(engine: Engine, sources, replay: ReplayServer) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 20, 1, 0))  # 09:00 in Beijing
    wanted = [sources["mfa-fzcqdcs"], sources["mofcom-gg"], sources["exportcontrol"]]
    ticks = Ticks(engine, CONFIG, wanted, mirror=replay.url, clock=clock)
    start = clock.now.replace(tzinfo=dt.UTC)
    schedule: list[tuple[dt.datetime, str, str | None]] = []
    end = start + dt.timedelta(hours=2)
    for source in wanted:
        trigger = IntervalTrigger(seconds=source.interval)
        schedule += [(t, "crawl", source.name) for t in fire_times(trigger, start, end, start)]
    plan = IntervalTrigger(minutes=1, start_date=start)
    schedule += [(t, "plan", None) for t in fire_times(plan, start, start + dt.timedelta(minutes=5), None)]
    schedule.sort(key=lambda item: (item[0], item[1] != "crawl"))
    for when, kind, name in schedule:
        clock.now = when.astimezone(dt.UTC).replace(tzinfo=None)
        if kind == "crawl":
            ticks.crawl_source(name or "")
        else:
            ticks.plan_and_deliver()
    crawls = [(kind, result) for kind, _when, result in ticks.history if kind.startswith("crawl:")]
    # Each source ran at the start and again after its interval; the second pass found nothing new.
    assert [k for k, _ in crawls].count("crawl:mofcom-gg") == 2
    first_gg, second_gg = [r for k, r in crawls if k == "crawl:mofcom-gg"]
    assert first_gg.outcome == "ok" and first_gg.recorded > 0 and second_gg.outcome == "not_modified"
    plans = [(when, result) for kind, when, result in ticks.history if kind == "plan-deliver"]
    assert len(plans) == 5 and plans[0][0] == dt.datetime(2026, 11, 20, 1, 0)
    # No subscriptions.yml here: planning refuses and every change waits for one (issue 15, defect 1).
    assert all(result == {"skipped": True} for _when, result in plans)
    with Session(engine) as session:
        changes = session.exec(select(Change)).all()
        assert changes and all(c.planned_at is None for c in changes)
    # The daily reminder tick on this day (T-7 before 2026-11-27) finds the suspension of 2024 No.46 clause 2.
    reminder = ticks.reminders()
    assert "MOFCOM-2024-46#2" in reminder["targets"]
    assert ticks.digest()["built"] == 0  # no subscriptions in the packaged config


def test_run_lock(engine: Engine) -> None:
    t0 = dt.datetime(2026, 11, 28, 4, 0)
    assert runlock.acquire(engine, LOCK_NAME, "a", now=t0) is None
    with pytest.raises(runlock.LockHeld, match="already running on this database"):
        runlock.acquire(engine, LOCK_NAME, "b", now=t0 + dt.timedelta(seconds=30))
    assert runlock.heartbeat(engine, LOCK_NAME, "a", now=t0 + dt.timedelta(minutes=4))
    with pytest.raises(runlock.LockHeld):
        runlock.acquire(engine, LOCK_NAME, "b", now=t0 + dt.timedelta(minutes=8))
    # No heartbeat for longer than stale_after: the lock is taken over, and the old holder learns it.
    assert runlock.acquire(engine, LOCK_NAME, "b", now=t0 + dt.timedelta(minutes=10)) == "a"
    assert not runlock.heartbeat(engine, LOCK_NAME, "a", now=t0 + dt.timedelta(minutes=11))
    runlock.release(engine, LOCK_NAME, "a")  # not the holder: no effect
    with Session(engine) as session:
        assert session.get(Lock, LOCK_NAME).holder == "b"  # type: ignore[union-attr]
    runlock.release(engine, LOCK_NAME, "b")
    with Session(engine) as session:
        assert session.get(Lock, LOCK_NAME) is None


def test_lost_lock_stops_the_run(engine: Engine, sources) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 28, 4, 0))
    ticks = Ticks(engine, CONFIG, [], clock=clock, holder="me")
    runlock.acquire(engine, LOCK_NAME, "me", now=clock.now)
    assert ticks.heartbeat() and not ticks.stop.is_set()
    runlock.acquire(engine, LOCK_NAME, "other", now=clock.now + dt.timedelta(hours=1))
    assert not ticks.heartbeat() and ticks.stop.is_set()
