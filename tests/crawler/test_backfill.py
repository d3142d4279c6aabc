"""``crawl --backfill`` on the replay copy: everything it holds, once; nothing the second time; resumable after
a kill; history never alerts one by one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from test_crawl_replay import TODAY, backfill_only_doc_ids, copy_doc_ids, list_pages

from policywatch import runlock
from policywatch.crawler import Fetcher, crawl
from policywatch.crawler.backfill import backfill
from policywatch.failpoints import ENV
from policywatch.notifier.outbox import plan
from policywatch.notifier.subscriptions import SubscriptionSpec
from policywatch.offline.replay import ReplayServer
from policywatch.store import session_scope
from policywatch.store.models import Announcement, BackfillRun, BackfillStep, Change, Delivery, Snapshot

NOTICE_KINDS = ("listing", "suspension", "resumption", "termination", "removal", "amendment", "control")


def history_doc_ids() -> list[str]:
    """The older notices the replay copy holds only on pages a normal crawl does not read (earlier years)."""
    from test_crawl_replay import generator_module

    return [doc["doc_id"] for doc in generator_module().HISTORY.values()]


Asked = tuple[str, str, dict[str, str]]


def page_requests(site: Path, sources: dict[str, Any]) -> dict[str, Asked]:
    """The request that reads each list page of the copy (method, path on the mirror, parameters), from the copy's
    files: a static page is its path; an API page is its ``_routes.json`` entry. The exportcontrol portal's
    columns that no source polls are left out."""
    polled = set(sources["exportcontrol"].option("column_ids", []))
    out: dict[str, Asked] = {}
    for name in list_pages(site):
        if name.endswith(".json"):
            continue
        path = "/" + name.removesuffix("index.html") if name == "aqygzj.mofcom.gov.cn/index.html" else "/" + name
        out[name] = ("GET", path, {})
    for routes in site.glob("*/**/_routes.json"):
        for route in json.loads(routes.read_text(encoding="utf-8")):
            params = {k: str(v) for k, v in route["params"].items()}
            if params.get("columnID", next(iter(polled))) not in polled:
                continue
            folder = "/" + str(routes.parent.relative_to(site))
            out[str(routes.parent.relative_to(site) / route["file"])] = (route["method"], folder, params)
    return out


def asked_for(asked: list[Asked], wanted: Asked) -> int:
    """How many of the server's requests read ``wanted`` (its parameters, and any others the client adds)."""
    method, path, params = wanted
    return sum(1 for m, p, got in asked if (m, p) == (method, path) and params.items() <= got.items())


def stored(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return sorted(row.doc_id for row in session.exec(select(Announcement)).all())


def test_backfill_records_every_notice_then_nothing(engine: Engine, fetcher: Fetcher, sources, facts,
                                                    site: Path, replay: ReplayServer) -> None:
    first = backfill(engine, sources.values(), client=fetcher, today=TODAY)
    by_source = {o.source: o for o in first}
    assert by_source["customs-zxwj"].outcome == "challenge"
    assert all(o.outcome == "ok" and o.finished for n, o in by_source.items()
               if n not in ("customs-zxwj", "aqygzj-home")), first
    expected = copy_doc_ids(facts)  # the builder's own list of what the copy holds
    doc_ids = stored(engine)
    for doc_id in expected:
        assert any(s == doc_id or (doc_id.startswith("QA-") and s.startswith(doc_id + "-")) for s in doc_ids), doc_id
    assert len(doc_ids) == len(expected) == 38
    assert sum(o.recorded for o in first) == len(expected)
    # Every list page of the copy was read, once: several per source, the oldest items on the last ones.
    pages = page_requests(site, sources)
    assert {name: asked_for(replay.asked, want) for name, want in pages.items()} == dict.fromkeys(pages, 1)
    per_source = Counter(name.split("/")[0] + ("/mfa" if "fzcqdcs" in name else "") for name in pages)
    assert len(pages) == 20 and min(per_source.values()) >= 2, per_source
    assert {o.source: o.pages for o in first if o.pages} == {
        "aqygzj-gzjgfxwj": 4, "aqygzj-home": 1, "exportcontrol": 4, "mfa-fzcqdcs": 2, "mofcom-gg": 4,
        "mofcom-xwfyrth": 4, "mofcom-zcfb": 4}  # a JPaaS source's first page is its column shell
    with Session(engine) as session:
        notices = session.exec(select(Change).where(Change.kind.in_(NOTICE_KINDS))).all()  # type: ignore[attr-defined]
        assert notices and all(c.backfill for c in notices)
        [summary] = session.exec(select(Change).where(Change.kind == "backfill_summary")).all()
        assert len(summary.payload["doc_ids"]) == len(expected)

    second = backfill(engine, sources.values(), client=fetcher, today=TODAY)
    assert sum(o.recorded for o in second) == 0
    assert {o.outcome for o in second if o.source != "customs-zxwj"} == {"not_modified"}
    assert sum(o.resumed for o in second) == 0  # a finished backfill starts afresh, asking conditionally
    assert [o.pages for o in second] == [o.pages for o in first]  # every page asked again, conditionally
    first_bytes, second_bytes = sum(o.bytes for o in first), sum(o.bytes for o in second)
    assert second_bytes <= 0.05 * first_bytes, (first_bytes, second_bytes)
    with Session(engine) as session:
        assert len(session.exec(select(Change).where(Change.kind == "backfill_summary")).all()) == 1


def test_backfill_after_a_crawl_adds_only_the_older_pages(engine: Engine, fetcher: Fetcher, sources, facts,
                                                          site: Path) -> None:
    crawl(engine, sources.values(), client=fetcher, today=TODAY)
    before = set(stored(engine))
    older = backfill_only_doc_ids(facts, site)  # on earlier years' indexes and the MFA column's index_1.shtml
    assert set(history_doc_ids()) < set(older) and not before & set(older)
    outcomes = backfill(engine, sources.values(), client=fetcher, today=TODAY)
    assert sorted(set(stored(engine)) - before) == sorted(older)
    assert {d for o in outcomes for d in o.doc_ids} == set(older)


def test_backfilled_changes_never_alert_one_by_one(engine: Engine, fetcher: Fetcher, sources) -> None:
    team = SubscriptionSpec(name="team", channel="email")
    with session_scope(engine) as session:
        plan(session, subscriptions=[team])  # nothing recorded yet: the subscription is first seen empty
    backfill(engine, sources.values(), client=fetcher, today=TODAY)
    with session_scope(engine) as session:
        plan(session, subscriptions=[team])
        deliveries = session.exec(select(Delivery)).all()
        kinds = Counter(d.payload.get("change_kind") for d in deliveries)
        assert not any(kinds.get(k) for k in NOTICE_KINDS), kinds
        # One summary: the starting state (built now, after the backfill) already says where things stand.
        # (Numbers still missing after the backfill are source health, told once per gap.)
        kinds.pop("coverage_gap", None)
        assert kinds == {"starting_state": 1}, kinds


def test_summary_reaches_a_subscription_that_started_before(engine: Engine, fetcher: Fetcher, sources) -> None:
    team = SubscriptionSpec(name="team", channel="email")
    crawl(engine, [sources["mfa-fzcqdcs"]], client=fetcher, today=TODAY)
    with session_scope(engine) as session:
        plan(session, subscriptions=[team])
        before = {d.id for d in session.exec(select(Delivery)).all()}
    backfill(engine, [sources["mofcom-gg"]], client=fetcher, today=TODAY)
    with session_scope(engine) as session:
        plan(session, subscriptions=[team])
        new = [d for d in session.exec(select(Delivery)).all() if d.id not in before]
    kinds = [d.payload["change_kind"] for d in new if d.payload["change_kind"] != "coverage_gap"]
    assert kinds == ["backfill_summary"]
    [summary] = [d for d in new if d.payload["change_kind"] == "backfill_summary"]
    assert "history backfilled" in summary.subject


def _run_backfill(replay: ReplayServer, db: str, crash_at: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != ENV}
    if crash_at:
        env[ENV] = crash_at
    return subprocess.run(
        [sys.executable, "-m", "policywatch", "--db", db, "crawl", "--backfill", "--mirror", replay.url, "--json"],
        env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )


def test_killed_backfill_resumes_where_it_stopped(
    engine: Engine, replay: ReplayServer, fetcher: Fetcher, sources, facts, db_path, site: Path
) -> None:
    db = f"sqlite:///{db_path}"
    pages = page_requests(site, sources)
    # Killed half-way: after the 12th of its 23 list pages (mofcom-gg's 2026 index; four sources done before).
    killed = _run_backfill(replay, db, crash_at="after_backfill_page:12")
    assert killed.returncode == -9, killed.stderr
    with Session(engine) as session:
        done = {s.key for s in session.exec(select(BackfillStep)).all()}
        unfinished = [r.source for r in session.exec(select(BackfillRun)).all() if r.finished_at is None]
        fetched_before = Counter(s.url for s in session.exec(select(Snapshot)).all())
    assert len(done) == 12 and unfinished == ["mofcom-gg"]
    partial = stored(engine)
    assert 0 < len(partial) < len(copy_doc_ids(facts))
    read_before = {name for name, want in pages.items() if asked_for(replay.asked, want)}
    assert "www.mofcom.gov.cn/zcfb/blgg/gg/2026/index.html" in read_before
    assert "www.mofcom.gov.cn/zcfb/blgg/gg/2025/index.html" not in read_before

    # The dead process's lock is reclaimed at once (same host, no such process); the run resumes.
    replay.asked.clear()
    resumed = backfill(engine, sources.values(), client=fetcher, today=TODAY)
    assert sum(o.resumed for o in resumed) == 12
    read_after = {name for name, want in pages.items() if asked_for(replay.asked, want)}
    # Where it stopped: no list page it had finished is asked again, every other one is (the customs list,
    # which answered a challenge, is no list page of the copy's).
    assert not read_before & read_after and read_before | read_after == set(pages)
    with Session(engine) as session:
        fetched = Counter(s.url for s in session.exec(select(Snapshot)).all())
    for key in done:
        assert fetched[key] == fetched_before[key] == 1, key  # a finished page is not asked again
    assert len(stored(engine)) == len(copy_doc_ids(facts))
    assert sum(o.recorded for o in resumed) == len(stored(engine)) - len(partial)


def test_a_killed_backfills_lock_does_not_hold_up_the_next(replay: ReplayServer, db_path, engine: Engine) -> None:
    db = f"sqlite:///{db_path}"
    assert _run_backfill(replay, db, crash_at="after_backfill_page:2").returncode == -9
    again = _run_backfill(replay, db)
    assert again.returncode == 1, again.stderr  # customs answers a challenge: that source failed, the rest ran
    assert "customs-zxwj (challenge)" in again.stderr


def test_a_live_backfill_refuses_a_second_but_never_a_crawl(
    engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer, db_path
) -> None:
    runlock.acquire(engine, "backfill", runlock.new_holder())  # this test process: alive
    second = _run_backfill(replay, f"sqlite:///{db_path}")
    assert second.returncode == 1 and "already running" in second.stderr
    [outcome] = crawl(engine, [sources["mofcom-gg"]], client=fetcher, today=TODAY)
    assert outcome.outcome == "ok"


def test_since_bounds_the_walk(engine: Engine, fetcher: Fetcher, sources) -> None:
    [outcome] = backfill(engine, [sources["mofcom-gg"]], client=fetcher, today=TODAY, since=2025)
    assert not set(stored(engine)) & set(history_doc_ids())
    assert outcome.finished


@pytest.mark.parametrize("args", [["crawl", "--since", "2024"]])
def test_since_needs_backfill(args: list[str], capfd: pytest.CaptureFixture[str], db_path) -> None:
    from policywatch.cli import main

    with pytest.raises(SystemExit) as done:
        main.main(["--db", f"sqlite:///{db_path}", *args])
    assert done.value.code == 2
    assert "--backfill" in capfd.readouterr().err


def test_older_mfa_list_pages_are_walked(engine: Engine, fetcher: Fetcher, sources, replay: ReplayServer) -> None:
    """The column's second list page (``older_pages: index_{n}.shtml``) holds the oldest order: a crawl reads the
    first page only, a backfill walks on until a page answers 404."""
    [crawled] = crawl(engine, [sources["mfa-fzcqdcs"]], client=fetcher, today=TODAY)
    assert sorted(crawled.doc_ids) == ["MFA-ORDER-18", "MFA-ORDER-19"]
    replay.log.clear()
    [walked] = backfill(engine, [sources["mfa-fzcqdcs"]], client=fetcher, today=TODAY)
    assert walked.doc_ids == ["MFA-ORDER-17"] and walked.pages == 2 and walked.finished
    lists = [(path.rsplit("/", 1)[1], status) for _m, path, status in replay.log if "/index" in path]
    assert lists == [("index.shtml", 304), ("index_1.shtml", 200), ("index_2.shtml", 404)]
