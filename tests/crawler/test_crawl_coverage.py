"""A crawl records gaps in the dense series as source-health news: one ``coverage_gap`` change per gap, once,
and only for a number no source has brought a day after the one above it was recorded."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch.crawler import Fetcher, crawl
from policywatch.notifier.outbox import plan
from policywatch.notifier.subscriptions import SubscriptionSpec
from policywatch.store.coverage import coverage, gap_lines
from policywatch.store.models import Change, Delivery

NOW = dt.datetime(2026, 11, 28, 2, 0)  # 10:00 in Beijing
SUBSCRIPTIONS = [SubscriptionSpec(name="ops", channel="slack", events=("source_health",), since=NOW.date()),
                 SubscriptionSpec(name="lists", channel="mail", events=("listing",), since=NOW.date())]


def gap_payloads(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        return [c.payload for c in session.exec(select(Change).where(Change.kind == "coverage_gap")).all()]


def test_crawl_alerts_each_gap_of_a_dense_series_once(engine: Engine, fetcher: Fetcher, sources) -> None:
    # The first pass: one source lists UEL 2025 No.2 before another brings No.1 — that is no gap to alert.
    crawl(engine, sources.values(), client=fetcher, now=NOW)
    assert gap_payloads(engine) == []
    with Session(engine) as session:
        uel = next(r for r in coverage(session) if (r.series, r.year) == ("UEL", 2025))
        assert uel.numbers == tuple(range(1, 11)) and uel.gaps == ()
        assert "MOFCOM-ORDER 2025: No.1–4 not seen, No.5 recorded" in gap_lines(coverage(session))
        plan(session, now=NOW, subscriptions=SUBSCRIPTIONS)  # the subscriptions' starting state
        session.commit()

    # A day on, every source has been crawled again and the numbers are still missing: news, once per gap.
    crawl(engine, sources.values(), client=fetcher, now=NOW + dt.timedelta(days=1, minutes=1))
    alerted = gap_payloads(engine)
    # A crawl reads the MFA column's first list page (orders 19 and 18); order 17 is on index_1.shtml, which
    # only a backfill walks, so to a crawl No.17 is missing too.
    assert alerted == [
        {"series": "MFA-ORDER", "year": None, "missing": list(range(1, 18)), "neighbours": [18]},
        {"series": "MOFCOM-ORDER", "year": 2025, "missing": [1, 2, 3, 4], "neighbours": [5]},
    ]  # never the 商务部公告 series (MOFCOM), whose numbers are mostly not list measures
    crawl(engine, sources.values(), client=fetcher, now=NOW + dt.timedelta(days=2))
    assert gap_payloads(engine) == alerted

    with Session(engine) as session:
        plan(session, now=NOW + dt.timedelta(days=2), subscriptions=SUBSCRIPTIONS)
        session.commit()
        gaps = session.exec(select(Change).where(Change.kind == "coverage_gap")).all()
        ids = [c.id for c in gaps]
        deliveries = session.exec(select(Delivery).where(Delivery.change_id.in_(ids))).all()  # type: ignore[union-attr]
    assert sorted((d.subscription, d.kind) for d in deliveries) == [("ops", "ops"), ("ops", "ops")]
    assert any("MOFCOM-ORDER 2025: No.1–4 not seen, No.5 recorded" in d.subject for d in deliveries)
