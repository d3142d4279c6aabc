"""The fault matrix: the whole pipeline (crawl → record → plan → deliver) with one fault injected, then the fault
gone and the next ticks run. Each case must end where the clean run ends: same list state, every alert delivered
exactly once (outbox and sinks), the baseline never ahead of what was recorded, the fault visible in source health.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from fault_helpers import ARTICLE, LIST_PAGE, SOURCE, Pipeline, Snapshot, lost_and_duplicated
from fault_ledger import Ledger
from sqlalchemy import event

from policywatch.crawler import FetchPolicy
from policywatch.offline.replay import Fault
from policywatch.offline.sinks import SmtpSink

Hook = Callable[[Pipeline], None]


def _nothing(_pipe: Pipeline) -> None:
    return None


@dataclass
class Case:
    faults: dict[str, Fault] = field(default_factory=dict)
    outcome: str = "ok"  # the faulty tick's crawl outcome for SOURCE
    health_change: bool = False  # a source_health Change must be raised
    policy: FetchPolicy | None = None
    before_deliver: Hook = _nothing  # runs after the crawl, before plan+deliver
    before_recover: Hook = _nothing
    unsent_after_fault: bool = False  # deliveries must be waiting (not lost) after the faulty tick


def _smtp_down(pipe: Pipeline) -> None:
    pipe.smtp.stop()


def _smtp_up(pipe: Pipeline) -> None:
    pipe.smtp = SmtpSink(pipe.root / "mail", port=pipe.smtp.port).start()


CASES: dict[str, Case] = {
    "5xx burst then served": Case({LIST_PAGE: Fault("status", status=503, times=2)}),
    "5xx every time": Case({LIST_PAGE: Fault("status", status=502)}, "error", True),
    "connection reset once": Case({LIST_PAGE: Fault("reset", times=1)}),
    "connection reset every time": Case({LIST_PAGE: Fault("reset")}, "error", True),
    "timeout (stalled body)": Case({LIST_PAGE: Fault("slow", delay=3.0)}, "error", True,
                                   policy=FetchPolicy(timeout=0.3, retries=1, backoff_base=0.01, min_gap=0.0)),
    # A 304 to a request that sent no validators: nothing to compare with, so it is an error (never "nothing
    # new"), no baseline is stored, and the next tick reads the page in full.
    "forced 304 with no baseline": Case({LIST_PAGE: Fault("not_modified")}, "error", True),
    "412 challenge": Case({LIST_PAGE: Fault("challenge")}, "challenge", True),
    "GB18030 bodies, charset undeclared": Case({LIST_PAGE: Fault("gb18030", declare_charset=False),
                                                ARTICLE: Fault("gb18030")}),
    "truncated list page": Case({LIST_PAGE: Fault("truncate")}, "error", True),
    "truncated article": Case({ARTICLE: Fault("truncate")}, "error", True),
    # Issue 17 item 6: a same-site forwarding page the parser reports is followed once (it failed the source on
    # every tick); one that forwards to another host is refused, naming both, and never fetched.
    "same-site forwarding page": Case({ARTICLE: Fault("forward", times=1)}),
    "forwarding page to another host": Case({ARTICLE: Fault("forward", target="https://evil.example/a.html")},
                                            "error", True),
    "zero-item list page": Case({LIST_PAGE: Fault("zero_items")}, "layout_error", True),
    "oversize body": Case({LIST_PAGE: Fault("oversize", size=1_500_000)}, "error", True,
                          policy=FetchPolicy(max_bytes=1_000_000, backoff_base=0.01, min_gap=0.0)),
    "SMTP down then up": Case(before_deliver=_smtp_down, before_recover=_smtp_up, unsent_after_fault=True),
    "Slack 500 then 200": Case(before_deliver=lambda pipe: pipe.slack.fail_next(3, 500), unsent_after_fault=True),
}


def check_recovered(name: str, pipe: Pipeline, clean: Snapshot, ledger: Ledger) -> Snapshot:
    """After the fault: the clean run's end state, every alert once; reported to the ledger either way."""
    final = pipe.snapshot()
    lost, duplicated = lost_and_duplicated(clean, final)
    survived = (lost == 0 and duplicated == 0 and final.lists == clean.lists and not final.unsent
                and final.announcements == clean.announcements and final.baselines == clean.baselines
                and not final.orphans)
    ledger.note(name, survived, lost, duplicated)
    assert (lost, duplicated) == (0, 0), (clean.received - final.received, final.received - clean.received)
    assert final.lists == clean.lists
    assert final.announcements == clean.announcements
    assert not final.unsent
    assert final.baselines == clean.baselines and not final.orphans
    return final


@pytest.mark.parametrize("name", list(CASES))
def test_fault_then_recovery(name: str, pipe: Pipeline, clean: Snapshot, ledger: Ledger) -> None:
    case = CASES[name]
    ledger.note(name, False, 0, 0)  # until the checks below pass
    for path, fault in case.faults.items():
        pipe.replay.set_fault(path, fault)
    if case.policy is not None:
        pipe.policy = case.policy
    outcome = pipe.crawl()[SOURCE]
    case.before_deliver(pipe)
    report = pipe.plan_and_deliver()
    mid = pipe.snapshot(wait=False)

    assert outcome.outcome == case.outcome, outcome
    assert not mid.orphans  # nothing is marked seen that was not recorded
    if outcome.failed:
        assert outcome.error
        assert not mid.baselines.get(SOURCE), "a failed crawl moved the list baseline"
        assert set(mid.announcements) < set(clean.announcements)
        assert mid.health[SOURCE] == (case.outcome, 1)
    else:
        assert mid.health[SOURCE][1] == 0
    assert (mid.health_changes[SOURCE] > 0) == case.health_change
    if case.unsent_after_fault:
        assert report["retrying"] > 0 and report["errors"] and mid.unsent
        assert all(": pending (" in line for line in mid.unsent), mid.unsent  # waiting for a retry, not given up
        assert report["sent"] > 0  # one channel failing never blocks the other
    # Whatever was sent so far was sent once.
    assert not mid.received - clean.received

    case.before_recover(pipe)
    pipe.recover()
    final = check_recovered(name, pipe, clean, ledger)
    assert final.health[SOURCE] in {("ok", 0), ("not_modified", 0)}


def _short_busy_timeout(pipe: Pipeline, ms: int) -> None:
    """The pipeline's connections give up on a locked database after ``ms`` (the shipped wait is 10 s)."""
    pipe.engine.dispose()

    @event.listens_for(pipe.engine, "connect")
    def _pragma(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout={ms}")


def test_database_locked_by_another_writer(pipe: Pipeline, clean: Snapshot, ledger: Ledger) -> None:
    name = "database locked by another writer"
    ledger.note(name, False, 0, 0)
    _short_busy_timeout(pipe, 200)
    other = sqlite3.connect(pipe.db, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        outcome = pipe.crawl()[SOURCE]
        report = pipe.plan_and_deliver()
        later = [pipe.ticks().reminders(), pipe.ticks().digest()]
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert outcome.outcome == "error" and "locked" in (outcome.error or ""), outcome
    for result in (report, *later):
        assert result.get("error") and "locked" in result["error"], result
    mid = pipe.snapshot(wait=False)
    assert not mid.baselines and not mid.announcements and not mid.received
    pipe.recover()
    final = check_recovered(name, pipe, clean, ledger)
    assert final.health[SOURCE] == ("ok", 0)
