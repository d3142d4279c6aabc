"""Coverage: the numbers recorded per series and year, the gaps, and one ``coverage_gap`` change per gap."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select
from store_facts import all_announcements, announcement_from_facts

from policywatch.cli import run
from policywatch.notifier.outbox import plan
from policywatch.notifier.subscriptions import SubscriptionSpec
from policywatch.parsers import parse_text
from policywatch.store import record, session_scope
from policywatch.store.coverage import coverage, gap_lines, record_gaps
from policywatch.store.models import Change, Delivery

NOW = dt.datetime(2026, 12, 1, 2, 0)


def record_texts(engine: Engine, files: list[Path], *, skip: tuple[str, ...] = ()) -> None:
    with session_scope(engine) as session:
        for path in files:
            if path.name not in skip:
                record(session, parse_text(path.read_text(encoding="utf-8")), now=NOW)


def rows_by_key(engine: Engine) -> dict[tuple[str, int | None], dict[str, Any]]:
    with session_scope(engine) as session:
        return {(r.series, r.year): r.to_json() for r in coverage(session)}


def test_uel_2025_is_complete_from_the_texts(engine: Engine, text_files: list[Path]) -> None:
    record_texts(engine, text_files)
    rows = rows_by_key(engine)
    assert rows[("UEL", 2025)] == {"series": "UEL", "year": 2025, "numbers": list(range(1, 11)), "gaps": [],
                                   "first": "2025-01-02", "last": "2025-10-09"}
    assert rows[("MFA-ORDER", None)]["numbers"] == [17, 18, 19]
    # 商务部公告 2025: shown with its gaps (most numbers are not list measures), never alerted.
    assert rows[("MOFCOM", 2025)]["numbers"][:3] == [1, 13, 21] and 2 in rows[("MOFCOM", 2025)]["gaps"]
    with session_scope(engine) as session:
        changes = record_gaps(session, now=NOW)
        assert {c.payload["series"] for c in changes} == {"MOFCOM-ORDER", "MFA-ORDER"}
        assert not any(line.startswith("MOFCOM 2025") for line in gap_lines(coverage(session)))


def test_orders_2025_with_the_facts(engine: Engine, facts: dict[str, Any]) -> None:
    """Order 2025 No.5 (text), No.6 (reported by the 2025-10-14 answer) and No.7 (facts only): 1–4 not seen."""
    with session_scope(engine) as session:
        for announcement in all_announcements(facts):
            record(session, announcement, now=NOW)
    row = rows_by_key(engine)[("MOFCOM-ORDER", 2025)]
    assert row["numbers"] == [5, 6, 7] and row["gaps"] == [1, 2, 3, 4]
    with session_scope(engine) as session:
        assert "MOFCOM-ORDER 2025: No.1–4 not seen, No.5 recorded" in gap_lines(coverage(session))


def test_a_gap_alerts_once_as_source_health(engine: Engine, text_files: list[Path]) -> None:
    record_texts(engine, text_files, skip=("uel-2025-004.txt",))
    with session_scope(engine) as session:
        first = [c for c in record_gaps(session, now=NOW) if c.payload["series"] == "UEL"]
        assert [c.payload for c in first] == [{"series": "UEL", "year": 2025, "missing": [4], "neighbours": [3, 5]}]
        assert first[0].summary.endswith("UEL 2025: No.4 not seen, No.3 and No.5 recorded")
        assert record_gaps(session, now=NOW) == []  # once per gap
        ops = SubscriptionSpec(name="ops", channel="slack", events=("source_health",))
        listings = SubscriptionSpec(name="lists", channel="mail", events=("listing",))
        plan(session, now=NOW, subscriptions=[ops, listings])
        deliveries = session.exec(select(Delivery).where(Delivery.change_id == first[0].id)).all()
        assert [(d.subscription, d.kind) for d in deliveries] == [("ops", "ops")]
        assert "No.4 not seen" in deliveries[0].subject
    record_texts(engine, [p for p in text_files if p.name == "uel-2025-004.txt"])
    with session_scope(engine) as session:
        assert record_gaps(session, now=NOW) == []
        assert not any(line.startswith("UEL") for line in gap_lines(coverage(session)))
        assert len(session.exec(select(Change).where(Change.kind == "coverage_gap")).all()) == 3


def test_coverage_command(engine: Engine, text_files: list[Path], capfd: pytest.CaptureFixture[str]) -> None:
    record_texts(engine, text_files, skip=("uel-2025-004.txt",))
    url = engine.url.render_as_string(hide_password=False)
    capfd.readouterr()
    with pytest.raises(SystemExit) as done:
        run(["--db", url, "coverage", "--json"])
    out = capfd.readouterr().out
    assert done.value.code == 0
    uel = next(r for r in json.loads(out) if r["series"] == "UEL")
    assert uel["gaps"] == [4] and set(uel) == {"series", "year", "numbers", "gaps", "first", "last"}
    with pytest.raises(SystemExit):
        run(["--db", url, "coverage"])
    assert "gap: UEL 2025: No.4 not seen, No.3 and No.5 recorded" in capfd.readouterr().out


def test_coverage_of_every_text_and_event_in_shared(
    engine: Engine, facts: dict[str, Any], text_files: list[Path], capfd: pytest.CaptureFixture[str]
) -> None:
    """Issue 18's must-show, through the commands: every text of ../shared ingested (the Hanwha answer as the
    order it reports, as the crawler records it from the order's page), plus the events known without a text."""
    url = engine.url.render_as_string(hide_password=False)

    def policywatch(*args: str) -> str:
        capfd.readouterr()
        with pytest.raises(SystemExit) as done:
            run(["--db", url, *args])
        out, err = capfd.readouterr()
        assert done.value.code == 0, err
        return out

    hanwha = "qa-2025-10-14-hanwha-countermeasure.txt"
    policywatch("ingest", "--json", *[str(p) for p in text_files if p.name != hanwha])
    policywatch("ingest", "--json", "--doc-id", facts[hanwha]["known"]["reports"],
                *[str(p) for p in text_files if p.name == hanwha])
    with session_scope(engine) as session:
        for _name, entry in sorted(facts.items()):
            if not entry["has_text"] and (announcement := announcement_from_facts(entry)) is not None:
                record(session, announcement, now=NOW)

    shown = policywatch("coverage").splitlines()
    assert "UEL 2025: 10 recorded (1, 2, 3, 4, 5, 6, 7, 8, 9, 10); 2025-01-02 – 2025-10-09" in shown
    assert not any(line.strip().startswith("gap: UEL") for line in shown)
    assert "MOFCOM-ORDER 2025: 3 recorded (5, 6, 7); 2025-08-13 – 2025-11-10" in shown
    assert "    gap: MOFCOM-ORDER 2025: No.1–4 not seen, No.5 recorded" in shown
    rows = {(r["series"], r["year"]): r for r in json.loads(policywatch("coverage", "--json"))}
    assert rows[("UEL", 2025)]["numbers"] == list(range(1, 11)) and rows[("UEL", 2025)]["gaps"] == []
    assert rows[("MOFCOM-ORDER", 2025)]["numbers"] == [5, 6, 7] and rows[("MOFCOM-ORDER", 2025)]["gaps"] == [1, 2, 3, 4]
    assert rows[("MOFCOM", 2025)]["gaps"]  # shown for 商务部公告 too …

    # … but `sources` and the digest name only the gaps of the dense series.
    sources = policywatch("sources")
    assert "coverage gap: MOFCOM-ORDER 2025: No.1–4 not seen, No.5 recorded (see 'policywatch coverage')" in sources
    assert "coverage gap: MOFCOM 2025" not in sources and "coverage gap: UEL" not in sources
    digest = json.loads(policywatch("digest", "--json"))
    assert "MOFCOM-ORDER 2025: No.1–4 not seen, No.5 recorded" in digest["coverage_gaps"]
    assert not any(g.startswith(("MOFCOM 2025", "UEL")) for g in digest["coverage_gaps"])
    assert "Coverage gap: MOFCOM-ORDER 2025: No.1–4 not seen, No.5 recorded" in policywatch("digest")


def test_a_gap_waits_to_settle_when_asked(engine: Engine, text_files: list[Path]) -> None:
    """With ``settle`` (what a crawl passes), a gap is news only once the number above it is a day old."""
    record_texts(engine, text_files, skip=("uel-2025-004.txt",))
    with session_scope(engine) as session:
        assert record_gaps(session, now=NOW + dt.timedelta(hours=23), settle=dt.timedelta(days=1)) == []
        later = record_gaps(session, now=NOW + dt.timedelta(days=1), settle=dt.timedelta(days=1))
        assert {(c.payload["series"], tuple(c.payload["missing"])) for c in later} >= {("UEL", (4,))}
        assert record_gaps(session, now=NOW + dt.timedelta(days=2), settle=dt.timedelta(days=1)) == []
