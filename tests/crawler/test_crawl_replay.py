"""Crawling the replay site end to end: every notice once, then nothing, cheaply."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch.crawler import Fetcher, crawl
from policywatch.offline.replay import ReplayServer
from policywatch.store import list_state
from policywatch.store.evidence import snapshot_body
from policywatch.store.models import Announcement, Blob, Change, SeenLink, Snapshot, Source

TODAY = dt.date(2026, 11, 28)
GENERATOR = Path(__file__).resolve().parents[2] / "tools" / "build_replay_site.py"


def generator_module() -> Any:
    """tools/build_replay_site.py, imported once."""
    module = sys.modules.get("build_replay_site")
    if module is None:
        spec = importlib.util.spec_from_file_location("build_replay_site", GENERATOR)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["build_replay_site"] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return module


def extra_events() -> dict[str, dict[str, Any]]:
    """The events the replay site states beside facts.json (INDEX.md lists them without a text)."""
    return generator_module().EXTRA_EVENTS  # type: ignore[no-any-return]


def expected_doc_ids(facts: dict[str, Any]) -> list[str]:
    """doc_id (or QA prefix) of every notice the replay site states: each fact, the order a Q&A reports, and the
    events the generator adds."""
    out = []
    for fact in [*facts.values(), *extra_events().values()]:
        known = fact.get("known") or {}
        out.append(fact["doc_id"] or f"QA-{known['published']}")
        # The reported order's own page is on the site (Order 2025 No.6); 2026 No.1's announcement is not.
        if known.get("reports") and "gzjgfxwj" in (known.get("url") or ""):
            out.append(known["reports"])
    return out


def copy_doc_ids(facts: dict[str, Any]) -> list[str]:
    """doc_id (or QA-<date> prefix) of every notice the copy holds, from the builder's own list of them."""
    return [doc.doc_id or f"QA-{doc.published.isoformat()}" for doc in generator_module().load_docs(facts)]


def list_pages(site: Path) -> dict[str, str]:
    """Every list page of the copy (year indexes, MFA list pages, JPaaS and exportcontrol API answers, the aqygzj
    home page) by its path in the copy, read from the files, not from the crawler."""
    found = [*site.glob("www.mofcom.gov.cn/zcfb/blgg/gg/*/index.html"), site / "aqygzj.mofcom.gov.cn/index.html",
             *site.glob("www.mfa.gov.cn/**/fzcqdcs/index*.shtml"), *site.glob("*/api-gateway/**/*-page-*.json"),
             *site.glob("*/edi_ecms_web_front/**/*-page-*.json")]
    return {str(p.relative_to(site)): p.read_text(encoding="utf-8") for p in found}


def older_pages(site: Path, today: dt.date = TODAY) -> set[str]:
    """The list pages a crawl does not read: year indexes before last year, the MFA column's index_N.shtml."""
    return {p for p in list_pages(site) if re.search(r"/fzcqdcs/index_\d+\.shtml$", p)
            or ((m := re.search(r"/gg/(\d{4})/index\.html$", p)) and int(m.group(1)) < today.year - 1)}


def backfill_only_doc_ids(facts: dict[str, Any], site: Path) -> list[str]:
    """The notices linked only from list pages a crawl does not read (so only a backfill records them)."""
    pages, older = list_pages(site), older_pages(site)
    out = []
    for doc in generator_module().load_docs(facts):
        # The page's last two path segments: list pages link root-relative, the MFA column relative (./2025…).
        paths = ["/".join(urlsplit(u).path.rsplit("/", 2)[-2:]) for u in doc.urls]
        linked = {name for name, text in pages.items() if any(path in text for path in paths)}
        if linked and linked <= older:
            out.append(doc.doc_id or f"QA-{doc.published.isoformat()}")
    return out


def crawl_doc_ids(facts: dict[str, Any], site: Path) -> list[str]:
    """What a crawl of the copy records: every notice but those only a backfill reaches."""
    later = backfill_only_doc_ids(facts, site)
    return [d for d in copy_doc_ids(facts) if d not in later]


def test_first_crawl_records_every_notice_once_second_records_nothing(
    engine: Engine, fetcher: Fetcher, sources, facts, site: Path
) -> None:
    first = crawl(engine, sources.values(), client=fetcher, today=TODAY)
    by_source = {o.source: o for o in first}
    assert by_source["customs-zxwj"].outcome == "challenge"
    assert all(o.outcome == "ok" for name, o in by_source.items() if name != "customs-zxwj"), first
    recorded = [d for o in first for d in o.doc_ids]
    assert len(recorded) == len(set(recorded))
    with Session(engine) as session:
        rows = session.exec(select(Announcement)).all()
        stored = [row.doc_id for row in rows]
        assert all(row.revision == 1 for row in rows)
        alias = session.exec(select(SeenLink).where(SeenLink.url.contains("2025nswbgg"))).all()
    assert sorted(stored) == sorted(recorded)
    expected = crawl_doc_ids(facts, site)
    # Only older list pages (earlier years' indexes, the MFA column's index_1.shtml) hold the rest.
    assert sorted(backfill_only_doc_ids(facts, site)) == ["MFA-ORDER-17", "UEL-2023-1", "UEL-2024-1"]
    for doc_id in expected:
        matches = [s for s in stored if s == doc_id or (doc_id.startswith("QA-") and s.startswith(doc_id + "-"))]
        assert matches, f"{doc_id} was not recorded"
    # The two answers of 2025-05-14, 2025-08-12 and 2025-11-05 share a prefix; each is still one notice.
    assert len(stored) == len(expected)
    assert {row.doc_id for row in alias} == {"MOFCOM-2025-1", "UEL-2025-1"}

    second = crawl(engine, sources.values(), client=fetcher, today=TODAY)
    assert sum(o.recorded for o in second) == 0
    assert {o.outcome for o in second if o.source != "customs-zxwj"} == {"not_modified"}
    first_bytes = sum(o.bytes for o in first)
    second_bytes = sum(o.bytes for o in second)
    assert second_bytes <= 0.02 * first_bytes, (first_bytes, second_bytes)


def test_challenge_is_evidence_and_health_news(engine: Engine, fetcher: Fetcher, sources) -> None:
    [outcome] = crawl(engine, [sources["customs-zxwj"]], client=fetcher, today=TODAY)
    assert outcome.outcome == "challenge" and "412" in (outcome.error or "")
    assert outcome.to_json()["recorded"] == 0
    with Session(engine) as session:
        snap = session.exec(select(Snapshot).where(Snapshot.source == "customs-zxwj")).one()
        assert snap.outcome == "challenge" and snap.status == 412
        body = snapshot_body(session, snap.id or 0)
        assert body and b"<script" in body
        source = session.get(Source, "customs-zxwj")
        assert source and source.last_outcome == "challenge" and source.consecutive_failures == 1
        change = session.exec(select(Change).where(Change.kind == "source_health")).one()
        assert change.source == "customs-zxwj" and "challenge" in change.summary


def test_new_notice_is_picked_up_alone(engine: Engine, fetcher: Fetcher, sources, site: Path,
                                       replay: ReplayServer) -> None:
    index = site / "www.mfa.gov.cn/web/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/index.shtml"
    full = index.read_text(encoding="utf-8")
    without_19 = re.sub(r"<li><a href=\"./202512/t20251226_[^<]*</a><span>[^<]*</span></li>", "", full)
    assert without_19 != full
    index.write_text(without_19, encoding="utf-8")
    [first] = crawl(engine, [sources["mfa-fzcqdcs"]], client=fetcher, today=TODAY)
    assert first.doc_ids == ["MFA-ORDER-18"]  # order 17 is on the column's second list page
    index.write_text(full, encoding="utf-8")
    replay.log.clear()
    [second] = crawl(engine, [sources["mfa-fzcqdcs"]], client=fetcher, today=TODAY)
    assert second.doc_ids == ["MFA-ORDER-19"] and second.fetched == 2
    assert [path.rsplit("/", 1)[1] for _m, path, _s in replay.log] == ["index.shtml", "t20251226_11787617.shtml"]


def test_identical_bodies_are_stored_once(engine: Engine, fetcher: Fetcher, sources) -> None:
    crawl(engine, [sources["customs-zxwj"]], client=fetcher, today=TODAY)
    crawl(engine, [sources["customs-zxwj"]], client=fetcher, today=TODAY)
    with Session(engine) as session:
        snaps = session.exec(select(Snapshot).where(Snapshot.source == "customs-zxwj")).all()
        assert len(snaps) == 2 and snaps[0].content_hash == snaps[1].content_hash
        assert len(session.exec(select(Blob)).all()) == 1
        source = session.get(Source, "customs-zxwj")
        assert source and source.consecutive_failures == 2


def test_list_state_after_crawling_the_site(engine: Engine, fetcher: Fetcher, sources, facts: dict[str, Any]) -> None:
    """The ECL answers of 2025-05-14/08-12 and Order 2026 No.1 (INDEX.md, events without a text) as crawled."""
    crawl(engine, sources.values(), client=fetcher, today=TODAY)

    def added(file: str) -> list[str]:
        [action] = [a for a in facts[file]["actions"] if a["kind"] == "add"]
        found = [e["name_en"] or e["name_zh"] for e in action["entities"]]
        assert len(found) == action["expected_entity_count"]
        return found

    def statuses(as_of: dt.date, list_name: str, keys: list[str]) -> set[tuple[str, str | None]]:
        with Session(engine) as session:
            entries = {(e.name_en or e.name_zh): e for e in list_state(session, as_of, list_name)}
        assert set(keys) <= set(entries), (as_of, set(keys) - set(entries))
        return {(entries[k].status, entries[k].until.isoformat() if entries[k].until else None) for k in keys}

    ecl21, ecl22 = added("mofcom-2025-021.txt"), added("mofcom-2025-022.txt")
    banks = added("order-2025-005.txt")
    assert (len(ecl21), len(ecl22), len(banks)) == (16, 12, 2)
    [one_year] = [a["until"] for a in facts["qa-2025-11-05-ecl-adjustment.txt"]["actions"]
                  if a["kind"] == "suspend" and a["targets"] == ["MOFCOM-2025-21"]]
    jun, sep, jan, may = dt.date(2025, 6, 1), dt.date(2025, 9, 1), dt.date(2026, 1, 1), dt.date(2026, 5, 1)
    # 90 days from 2025-05-14 and from 2025-08-12, the start day not counted.
    assert statuses(jun, "ECL", ecl21) == {("suspended", "2025-08-12")}
    assert statuses(sep, "ECL", ecl21) == {("suspended", "2025-11-10")}
    assert statuses(jan, "ECL", ecl21) == {("suspended", one_year)} == {("suspended", "2026-11-10")}
    assert statuses(jun, "ECL", ecl22) == {("suspended", None)}
    assert statuses(sep, "ECL", ecl22) == {("terminated", None)}
    assert statuses(jan, "CML", banks) == {("active", None)}
    assert statuses(may, "CML", banks) == {("removed", None)}
