"""An injected ``now`` (the scheduler's clock) dates everything a crawl writes: snapshots, changes, health."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch.crawler import Fetcher, crawl
from policywatch.crawler.pipeline import beijing_today
from policywatch.offline.replay import ReplayServer
from policywatch.scheduler import Ticks
from policywatch.store.models import Announcement, Baseline, Change, SeenLink, Snapshot, Source

# 01:00 on 2026-11-28 in Beijing: the day the replay site is read as of, on a clock that is not the wall's.
NOW = dt.datetime(2026, 11, 27, 17, 0)


def stamps(engine: Engine) -> dict[str, set[dt.datetime | None]]:
    with Session(engine) as session:
        sources = session.exec(select(Source)).all()
        return {
            "snapshot": set(session.exec(select(Snapshot.fetched_at)).all()),
            "change": set(session.exec(select(Change.created_at)).all()),
            "announcement": set(session.exec(select(Announcement.recorded_at)).all()),
            "seen": set(session.exec(select(SeenLink.first_seen_at)).all()),
            "baseline": set(session.exec(select(Baseline.updated_at)).all()),
            "attempt": {s.last_attempt_at for s in sources},
        }


def test_crawl_stamps_now_on_snapshots_health_and_changes(engine: Engine, fetcher: Fetcher, sources) -> None:
    outcomes = crawl(engine, [sources["mfa-fzcqdcs"], sources["customs-zxwj"]], client=fetcher, now=NOW)
    assert [o.outcome for o in outcomes] == ["ok", "challenge"]
    assert outcomes[0].recorded > 0  # with no ``today``, the year read comes from ``now`` (2026)
    with Session(engine) as session:
        kinds = {c.kind for c in session.exec(select(Change)).all()}
        ok = session.get_one(Source, "mfa-fzcqdcs")
        assert ok.last_success_at == NOW
    assert "source_health" in kinds and kinds - {"source_health"}  # both a health change and notice changes
    assert stamps(engine) == dict.fromkeys(
        ("snapshot", "change", "announcement", "seen", "baseline", "attempt"), {NOW}
    )


def test_scheduler_tick_passes_its_clock(engine: Engine, sources, replay: ReplayServer) -> None:
    config = Path(str(resources.files("policywatch.config")))
    ticks = Ticks(engine, config, [sources["mofcom-gg"]], mirror=replay.url, clock=lambda: NOW)
    assert ticks.crawl_source("mofcom-gg").recorded > 0
    found = stamps(engine)
    assert found["change"] == found["snapshot"] == found["attempt"] == {NOW}


def test_beijing_today_of_a_utc_now() -> None:
    assert beijing_today(dt.datetime(2026, 11, 27, 15, 59)) == dt.date(2026, 11, 27)
    assert beijing_today(dt.datetime(2026, 11, 27, 16, 0)) == dt.date(2026, 11, 28)
