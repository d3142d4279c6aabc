"""``crawl --backfill`` on the replay copy: everything it holds, once; nothing the second time; resumable after
a kill; history never alerts one by one."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from test_crawl_replay import TODAY, expected_doc_ids

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


def stored(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return sorted(row.doc_id for row in session.exec(select(Announcement)).all())


def test_backfill_records_every_notice_then_nothing(engine: Engine, fetcher: Fetcher, sources, facts) -> None:
    first = backfill(engine, sources.values(), client=fetcher, today=TODAY)
    by_source = {o.source: o for o in first}
    assert by_source["customs-zxwj"].outcome == "challenge"
    assert all(o.outcome == "ok" and o.finished for n, o in by_source.items()
               if n not in ("customs-zxwj", "aqygzj-home")), first
    expected = expected_doc_ids(facts) + history_doc_ids()
    doc_ids = stored(engine)
    for doc_id in expected:
        assert any(s == doc_id or (doc_id.startswith("QA-") and s.startswith(doc_id + "-")) for s in doc_ids), doc_id
    assert len(doc_ids) == len(expected)
    assert sum(o.recorded for o in first) == len(expected)
    with Session(engine) as session:
        notices = session.exec(select(Change).where(Change.kind.in_(NOTICE_KINDS))).all()  # type: ignore[attr-defined]
        assert notices and all(c.backfill for c in notices)
        [summary] = session.exec(select(Change).where(Change.kind == "backfill_summary")).all()
        assert len(summary.payload["doc_ids"]) == len(expected)

    second = backfill(engine, sources.values(), client=fetcher, today=TODAY)
    assert sum(o.recorded for o in second) == 0
    assert {o.outcome for o in second if o.source != "customs-zxwj"} == {"not_modified"}
    assert sum(o.resumed for o in second) == 0  # a finished backfill starts afresh, asking conditionally
    first_bytes, second_bytes = sum(o.bytes for o in first), sum(o.bytes for o in second)
    assert second_bytes <= 0.05 * first_bytes, (first_bytes, second_bytes)
    with Session(engine) as session:
        assert len(session.exec(select(Change).where(Change.kind == "backfill_summary")).all()) == 1


def test_backfill_after_a_crawl_adds_only_the_older_years(engine: Engine, fetcher: Fetcher, sources) -> None:
    crawl(engine, sources.values(), client=fetcher, today=TODAY)
    before = set(stored(engine))
    assert not before & set(history_doc_ids())  # a normal crawl reads this year's and last year's index only
    outcomes = backfill(engine, sources.values(), client=fetcher, today=TODAY)
    assert sorted(set(stored(engine)) - before) == sorted(history_doc_ids())
    assert {d for o in outcomes for d in o.doc_ids} == set(history_doc_ids())


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


def test_killed_backfill_resumes_without_refetching_finished_pages(
    engine: Engine, replay: ReplayServer, fetcher: Fetcher, sources, facts, db_path
) -> None:
    db = f"sqlite:///{db_path}"
    killed = _run_backfill(replay, db, crash_at="after_backfill_page:6")
    assert killed.returncode == -9, killed.stderr
    with Session(engine) as session:
        done = {s.key for s in session.exec(select(BackfillStep)).all()}
        unfinished = [r.source for r in session.exec(select(BackfillRun)).all() if r.finished_at is None]
        fetched_before = Counter(s.url for s in session.exec(select(Snapshot)).all())
    assert len(done) == 6 and unfinished
    partial = stored(engine)
    assert 0 < len(partial) < len(expected_doc_ids(facts))

    # The dead process's lock is reclaimed at once (same host, no such process); the run resumes.
    resumed = backfill(engine, sources.values(), client=fetcher, today=TODAY)
    assert sum(o.resumed for o in resumed) == 6
    with Session(engine) as session:
        fetched = Counter(s.url for s in session.exec(select(Snapshot)).all())
    for key in done:
        assert fetched[key] == fetched_before[key] == 1, key  # a finished page is not asked again
    assert len(stored(engine)) == len(expected_doc_ids(facts)) + len(history_doc_ids())
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


def test_older_mfa_list_pages_are_walked(engine: Engine, fetcher: Fetcher, sources, site) -> None:
    """The column's second page (``older_pages: index_{n}.shtml``): in this copy the oldest order is moved there;
    a crawl reads the first page only, a backfill walks on until a page answers 404."""
    column = site / "www.mfa.gov.cn/web/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs"
    first = (column / "index.shtml").read_text(encoding="utf-8")
    oldest = next(line for line in first.splitlines() if "t20250908_11704050" in line)
    (column / "index.shtml").write_text(first.replace(oldest + "\n", ""), encoding="utf-8")
    (column / "index_1.shtml").write_text(first.replace(first[first.index("<ul"):first.index("</ul>")],
                                                        f'<ul class="list1">\n{oldest}\n'), encoding="utf-8")
    [crawled] = crawl(engine, [sources["mfa-fzcqdcs"]], client=fetcher, today=TODAY)
    assert "MFA-ORDER-17" not in crawled.doc_ids and len(crawled.doc_ids) == 2
    [walked] = backfill(engine, [sources["mfa-fzcqdcs"]], client=fetcher, today=TODAY)
    assert walked.doc_ids == ["MFA-ORDER-17"] and walked.pages == 2 and walked.finished
