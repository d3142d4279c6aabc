"""A forwarding page the parser reports (``RedirectPageError.target``) is followed once, within the source's own
hosts (issue 17 item 6): before, a forwarded article failed its source on every tick."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch.crawler import Fetcher, crawl
from policywatch.offline.replay import ReplayServer, forwarding_page
from policywatch.store.models import Announcement, SeenLink

TODAY_SOURCE = "mfa-fzcqdcs"
HOST = "www.mfa.gov.cn"
ORDER_19 = "/web/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/202512/t20251226_11787617.shtml"
MOVED = "/web/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/202512/moved/t20251226_11787617.shtml"


def _forward(site: Path, to: str) -> None:
    page = site / HOST / ORDER_19.lstrip("/")
    moved = site / HOST / MOVED.lstrip("/")
    moved.parent.mkdir(parents=True, exist_ok=True)
    moved.write_bytes(page.read_bytes())
    page.write_bytes(forwarding_page(to))


def test_a_same_site_forwarding_page_is_followed_once(engine: Engine, fetcher: Fetcher, sources, site: Path,
                                                      replay: ReplayServer, today) -> None:
    _forward(site, MOVED)  # root-relative, as the sites write it
    [outcome] = crawl(engine, [sources[TODAY_SOURCE]], client=fetcher, today=today)
    assert outcome.outcome == "ok", outcome
    assert "MFA-ORDER-19" in outcome.doc_ids
    with Session(engine) as session:
        ann = session.exec(select(Announcement).where(Announcement.doc_id == "MFA-ORDER-19")).one()
        seen = session.exec(select(SeenLink).where(SeenLink.url == f"https://{HOST}{ORDER_19}")).one()
    assert ann.url == f"https://{HOST}{MOVED}"  # where the text was read
    assert seen.doc_id == "MFA-ORDER-19"  # the listed address is handled: the next tick does not retry it
    asked = [path for _m, path, _s in replay.log]
    assert asked.count(f"/{HOST}{ORDER_19}") == 1 and asked.count(f"/{HOST}{MOVED}") == 1
    [again] = crawl(engine, [sources[TODAY_SOURCE]], client=fetcher, today=today)
    assert again.outcome == "not_modified" and again.recorded == 0


def test_a_forwarding_page_to_another_host_is_refused_naming_both(engine: Engine, fetcher: Fetcher, sources,
                                                                  site: Path, replay: ReplayServer, today) -> None:
    _forward(site, "https://169.254.169.254/latest/meta-data")
    [outcome] = crawl(engine, [sources[TODAY_SOURCE]], client=fetcher, today=today)
    assert outcome.outcome == "error"
    assert HOST in (outcome.error or "") and "169.254.169.254" in (outcome.error or "")
    assert not any("169.254" in path for _m, path, _s in replay.log)  # never asked
    # The other order on the column's first list page is recorded.
    assert "MFA-ORDER-19" not in outcome.doc_ids and outcome.doc_ids == ["MFA-ORDER-18"]


def test_a_forwarding_chain_is_followed_once_only(engine: Engine, fetcher: Fetcher, sources, site: Path,
                                                  today) -> None:
    _forward(site, MOVED)
    (site / HOST / MOVED.lstrip("/")).write_bytes(forwarding_page(ORDER_19))
    [outcome] = crawl(engine, [sources[TODAY_SOURCE]], client=fetcher, today=today)
    assert outcome.outcome == "error" and "followed once only" in (outcome.error or "")
