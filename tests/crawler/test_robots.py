"""robots.txt: read once per host per run through the crawler's own client (mirror, per-host gap), Disallowed
paths skipped with one warning line naming the URL, a host without one (404) allowed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch.crawler import Fetcher, crawl
from policywatch.crawler.errors import DisallowedByRobots
from policywatch.offline.replay import ReplayServer
from policywatch.store.models import Change

TODAY_SOURCE = "mfa-fzcqdcs"
MFA = "www.mfa.gov.cn"
ORDER_19 = "/web/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/202512/t20251226_11787617.shtml"


def robots_asked(replay: ReplayServer, host: str) -> int:
    return sum(1 for _m, path, _s in replay.log if path == f"/{host}/robots.txt")


def test_the_copys_robots_txt_is_read_once_and_obeyed(fetcher: Fetcher, replay: ReplayServer,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    index = "https://www.mofcom.gov.cn/zcfb/blgg/gg/2025/index.html"
    assert fetcher.get(index).status == 200 and fetcher.get(index).status == 200
    assert robots_asked(replay, "www.mofcom.gov.cn") == 1
    before = len(replay.log)
    with caplog.at_level(logging.WARNING), pytest.raises(DisallowedByRobots) as refused:
        fetcher.get("https://www.mofcom.gov.cn/search?q=UEL")
    assert refused.value.url == "https://www.mofcom.gov.cn/search?q=UEL" and refused.value.outcome == "disallowed"
    assert len(replay.log) == before  # never asked
    [line] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "https://www.mofcom.gov.cn/search?q=UEL" in line and "\n" not in line
    # aqygzj has no robots.txt in the copy (404): everything is allowed.
    assert fetcher.get("https://aqygzj.mofcom.gov.cn/").status == 200
    assert [s for _m, p, s in replay.log if p == "/aqygzj.mofcom.gov.cn/robots.txt"] == [404]


def test_a_disallowed_article_is_skipped_and_the_others_recorded(
    engine: Engine, fetcher: Fetcher, sources, site: Path, replay: ReplayServer, caplog: pytest.LogCaptureFixture
) -> None:
    (site / MFA / "robots.txt").write_text(f"User-agent: *\nDisallow: {ORDER_19}\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        [outcome] = crawl(engine, [sources[TODAY_SOURCE]], client=fetcher)
    assert outcome.outcome == "ok" and outcome.doc_ids == ["MFA-ORDER-18"]  # a skip is no failure
    assert robots_asked(replay, MFA) == 1 and not any(ORDER_19 in p for _m, p, _s in replay.log)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [f"skipped https://{MFA}{ORDER_19}: the site's robots.txt disallows it"]
    with Session(engine) as session:
        assert not session.exec(select(Change).where(Change.kind == "source_health")).all()


def test_a_disallowed_list_page_skips_the_source_without_alerting(
    engine: Engine, fetcher: Fetcher, sources, site: Path, replay: ReplayServer
) -> None:
    (site / MFA / "robots.txt").write_text("User-agent: policywatch\nDisallow: /web/\n", encoding="utf-8")
    [outcome] = crawl(engine, [sources[TODAY_SOURCE]], client=fetcher)
    assert outcome.outcome == "disallowed" and "robots.txt" in (outcome.error or "")
    assert outcome.fetched == 1  # the robots.txt, nothing else
    with Session(engine) as session:
        assert not session.exec(select(Change).where(Change.kind == "source_health")).all()
