"""One test per fault: each ends in the right outcome, and a failure leaves the baseline where it was and
shows in the source's health."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch.crawler import Fetcher, FetchPolicy, crawl
from policywatch.offline.replay import Fault, ReplayServer
from policywatch.store.models import Announcement, Baseline, Change, SeenLink, Source

TODAY = dt.date(2026, 11, 28)
INDEX_2025 = "/www.mofcom.gov.cn/zcfb/blgg/gg/2025/index.html"
UNIT = "/www.mofcom.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit"
SHELL = "/www.mofcom.gov.cn/zwgk/zcfb/index.html"
NEW_ART = "/zwgk/zcfb/art/2025/art_0123456789abcdef0123456789abcdef.html"


def state(engine: Engine, source: str) -> dict[str, Any]:
    with Session(engine) as session:
        return {
            "baselines": sorted((b.url, b.content_hash, b.etag, b.link_count) for b in
                                session.exec(select(Baseline).where(Baseline.source == source))),
            "seen": sorted(s.url for s in session.exec(select(SeenLink).where(SeenLink.source == source))),
            "announcements": sorted(a.doc_id for a in session.exec(select(Announcement))),
        }


def health(engine: Engine, source: str) -> tuple[Source | None, list[Change]]:
    with Session(engine) as session:
        changes = session.exec(select(Change).where(Change.kind == "source_health", Change.source == source)).all()
        return session.get(Source, source), list(changes)


def assert_failed(engine: Engine, source: str, outcome: Any, before: dict[str, Any], kind: str) -> None:
    assert outcome.outcome == kind, outcome
    assert outcome.error and outcome.recorded == 0
    assert state(engine, source) == before
    row, changes = health(engine, source)
    assert row is not None and row.last_outcome == kind and row.consecutive_failures == 1
    assert row.last_error == outcome.error
    assert changes and changes[-1].payload["outcome"] == kind


def run(engine: Engine, fetcher: Fetcher, sources: dict[str, Any], name: str) -> Any:
    [outcome] = crawl(engine, [sources[name]], client=fetcher, today=TODAY)
    return outcome


@pytest.fixture
def gg_baseline(engine: Engine, seed_db, site: Path) -> dict[str, Any]:
    """mofcom-gg crawled once; then its 2025 index changes, so the next crawl must read it again."""
    seed_db("mofcom-gg")
    index = site / INDEX_2025.lstrip("/")
    index.write_text(index.read_text(encoding="utf-8") + "<!-- updated -->\n", encoding="utf-8")
    return state(engine, "mofcom-gg")


@pytest.fixture
def zcfb_baseline(engine: Engine, seed_db, site: Path) -> dict[str, Any]:
    """mofcom-zcfb crawled once; then a new link tops page 1, so the walk must go on to page 2."""
    seed_db("mofcom-zcfb")
    www = site / "www.mofcom.gov.cn"
    shutil.copy(www / "zcfb/blgg/gg/2025/art/2025/art_a4e1d7ae955d409780b01fa4a08a1331.html", www / NEW_ART.lstrip("/"))
    page1 = site / f"{UNIT.lstrip('/')}/zcfb-page-1.json"
    data = json.loads(page1.read_text(encoding="utf-8"))
    items = re.findall(r"<li>.*?</li>", data["data"]["html"])
    new = f'<li><a href="{NEW_ART}" title="new notice">new notice</a><span>[2025-12-01]</span></li>'
    data["data"]["html"] = data["data"]["html"].replace("".join(items), new + "".join(items[:-1]))
    page1.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return state(engine, "mofcom-zcfb")


def test_5xx_then_success(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer, sleeps) -> None:
    replay.set_fault(INDEX_2025, Fault("status", status=503, times=2))
    outcome = run(engine, fetcher, sources, "mofcom-gg")
    assert outcome.outcome == "ok" and outcome.recorded > 0 and outcome.error is None
    assert sleeps == [1.0, 2.0]
    row, changes = health(engine, "mofcom-gg")
    assert row and row.consecutive_failures == 0 and row.items_seen == len(state(engine, "mofcom-gg")["seen"])
    assert not changes


def test_5xx_for_ever(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer, gg_baseline) -> None:
    replay.set_fault(INDEX_2025, Fault("status", status=500))
    assert_failed(engine, "mofcom-gg", run(engine, fetcher, sources, "mofcom-gg"), gg_baseline, "error")


def test_connection_reset(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer, gg_baseline) -> None:
    replay.set_fault(INDEX_2025, Fault("reset", times=1))  # the first connection is reset, the next served
    assert run(engine, fetcher, sources, "mofcom-gg").outcome == "ok"
    assert state(engine, "mofcom-gg")["baselines"] != gg_baseline["baselines"]


def test_connection_reset_every_time(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer,
                                     gg_baseline) -> None:
    replay.set_fault(INDEX_2025, Fault("reset"))
    assert_failed(engine, "mofcom-gg", run(engine, fetcher, sources, "mofcom-gg"), gg_baseline, "error")


def test_timeout(engine: Engine, sources, replay: ReplayServer, gg_baseline, sleeps) -> None:
    replay.set_fault(INDEX_2025, Fault("slow", delay=10))
    with Fetcher(FetchPolicy(timeout=0.3, retries=1, min_gap=0), mirror=replay.url, sleep=sleeps.append) as client:
        outcome = run(engine, client, sources, "mofcom-gg")
    assert "no answer" in (outcome.error or "") or "not received" in (outcome.error or "")
    assert_failed(engine, "mofcom-gg", outcome, gg_baseline, "error")


def test_412_challenge(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer, zcfb_baseline) -> None:
    replay.set_fault(SHELL, Fault("challenge"))
    assert_failed(engine, "mofcom-zcfb", run(engine, fetcher, sources, "mofcom-zcfb"), zcfb_baseline, "challenge")


def test_captcha_words_on_the_api(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer,
                                  zcfb_baseline) -> None:
    replay.set_fault(UNIT, Fault("captcha"))
    assert_failed(engine, "mofcom-zcfb", run(engine, fetcher, sources, "mofcom-zcfb"), zcfb_baseline, "challenge")


def test_gb18030_pages(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer) -> None:
    replay.set_fault(INDEX_2025, Fault("gb18030", declare_charset=False))
    article = "/www.mofcom.gov.cn/zcfb/blgg/gg/2025/art/2025/art_a4e1d7ae955d409780b01fa4a08a1331.html"
    replay.set_fault(article, Fault("gb18030"))
    outcome = run(engine, fetcher, sources, "mofcom-gg")
    assert outcome.outcome == "ok" and "UEL-2025-3" in outcome.doc_ids
    with Session(engine) as session:
        row = session.exec(select(Announcement).where(Announcement.doc_id == "UEL-2025-3")).one()
        assert row.title and "环太平洋防务公司" in row.title


def test_truncated_list(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer, gg_baseline) -> None:
    replay.set_fault(INDEX_2025, Fault("truncate"))
    outcome = run(engine, fetcher, sources, "mofcom-gg")
    assert "cut off" in (outcome.error or "")
    assert_failed(engine, "mofcom-gg", outcome, gg_baseline, "error")


def test_zero_item_list(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer, gg_baseline) -> None:
    replay.set_fault(INDEX_2025, Fault("zero_items"))
    outcome = run(engine, fetcher, sources, "mofcom-gg")
    assert "zero items" in (outcome.error or "")
    assert_failed(engine, "mofcom-gg", outcome, gg_baseline, "layout_error")


def test_oversize_body(engine: Engine, sources, replay: ReplayServer, gg_baseline, sleeps) -> None:
    replay.set_fault(INDEX_2025, Fault("oversize", size=300_000))
    with Fetcher(FetchPolicy(max_bytes=200_000, min_gap=0), mirror=replay.url, sleep=sleeps.append) as client:
        outcome = run(engine, client, sources, "mofcom-gg")
    assert "exceeds the limit" in (outcome.error or "")
    assert_failed(engine, "mofcom-gg", outcome, gg_baseline, "error")


def test_stalled_pagination(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer, zcfb_baseline) -> None:
    replay.set_fault(UNIT, Fault("stalled"))
    outcome = run(engine, fetcher, sources, "mofcom-zcfb")
    assert "pageNo=2" in (outcome.error or "")
    assert_failed(engine, "mofcom-zcfb", outcome, zcfb_baseline, "layout_error")
    # The article behind the new link was fetched but not recorded: it is fetched again next time.
    replay.set_fault(UNIT, None)
    again = run(engine, fetcher, sources, "mofcom-zcfb")
    assert again.outcome == "ok"
    assert f"https://www.mofcom.gov.cn{NEW_ART}" in state(engine, "mofcom-zcfb")["seen"]


def test_success_false(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer, zcfb_baseline) -> None:
    replay.set_fault(UNIT, Fault("api_false"))
    outcome = run(engine, fetcher, sources, "mofcom-zcfb")
    assert "success:false" in (outcome.error or "")
    assert_failed(engine, "mofcom-zcfb", outcome, zcfb_baseline, "error")


def test_forced_304_is_not_modified(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer,
                                    gg_baseline) -> None:
    replay.set_fault(INDEX_2025, Fault("not_modified"))
    outcome = run(engine, fetcher, sources, "mofcom-gg")
    assert outcome.outcome == "not_modified" and outcome.recorded == 0
    assert state(engine, "mofcom-gg") == gg_baseline


def test_failures_count_up_and_reset(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer,
                                     gg_baseline) -> None:
    replay.set_fault(INDEX_2025, Fault("zero_items"))
    run(engine, fetcher, sources, "mofcom-gg")
    run(engine, fetcher, sources, "mofcom-gg")
    row, changes = health(engine, "mofcom-gg")
    assert row and row.consecutive_failures == 2 and len(changes) == 2
    replay.set_fault(INDEX_2025, None)
    assert run(engine, fetcher, sources, "mofcom-gg").outcome == "ok"
    row, _ = health(engine, "mofcom-gg")
    assert row and row.consecutive_failures == 0 and row.last_success_at is not None


def test_failed_article_is_retried_alone(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer) -> None:
    article = "/www.mofcom.gov.cn/zcfb/blgg/gg/2025/art/2025/art_a4e1d7ae955d409780b01fa4a08a1331.html"
    replay.set_fault(article, Fault("truncate"))
    outcome = run(engine, fetcher, sources, "mofcom-gg")
    assert outcome.outcome == "error" and "art_a4e1d7ae" in (outcome.error or "")
    after = state(engine, "mofcom-gg")
    # What was parsed is recorded with its links; the list baselines wait until every link is handled.
    assert outcome.recorded > 0 and "UEL-2025-3" not in after["announcements"]
    assert after["baselines"] == [] and f"https://www.mofcom.gov.cn{article[18:]}" not in after["seen"]
    replay.set_fault(article, None)
    again = run(engine, fetcher, sources, "mofcom-gg")
    assert again.outcome == "ok" and again.doc_ids == ["UEL-2025-3"] and again.fetched == 3
    assert len(state(engine, "mofcom-gg")["baselines"]) == 2
