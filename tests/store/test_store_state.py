"""List state on the dates of the timeline (SOURCES §7), derived from facts.json; order independence."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, delete, select
from store_facts import all_announcements
from store_oracle import expected_state

from policywatch.parsers import Announcement
from policywatch.parsers.registry import date_reference
from policywatch.store import history, list_state, record, session_scope, suspensions
from policywatch.store.models import ListEvent

DATES = [dt.date(2025, 4, 5), dt.date(2025, 6, 1), dt.date(2025, 9, 1), dt.date(2026, 1, 1), dt.date(2026, 11, 25)]


@pytest.fixture(scope="module")
def announcements(facts: dict[str, Any]) -> list[Announcement]:
    return all_announcements(facts)


def record_all(engine: Engine, announcements: list[Announcement]) -> list[str]:
    """Each notice in its own transaction, as the crawler records them."""
    statuses = []
    for announcement in announcements:
        with session_scope(engine) as session:
            statuses.append(record(session, announcement).status)
    return statuses


def view(engine: Engine, as_of: dt.date) -> dict[tuple[str | None, str], dict[str, Any]]:
    with Session(engine) as session:
        entries = list_state(session, as_of)
    found: dict[tuple[str | None, str], dict[str, Any]] = {}
    for entry in entries:
        key = (entry.list, entry.target if entry.entity_id is None else (entry.name_en or entry.name_zh or ""))
        assert key not in found, f"two entries for {key} on {as_of}"
        found[key] = entry.to_json()
    return found


def action(facts: dict[str, Any], file: str, kind: str, target: str) -> dict[str, Any]:
    return next(a for a in facts[file]["actions"] if a["kind"] == kind and target in a["targets"])


def names(facts: dict[str, Any], file: str) -> list[str]:
    return [e["name_en"] or e["name_zh"] for a in facts[file]["actions"] if a["kind"] == "add" for e in a["entities"]]


def test_state_on_each_date_matches_the_facts(engine: Engine, announcements: list[Announcement]) -> None:
    record_all(engine, announcements)
    for as_of in DATES:
        actual = view(engine, as_of)
        expected = expected_state(announcements, as_of)
        assert set(actual) == set(expected), as_of
        for key, want in expected.items():
            got = actual[key]
            assert (got["status"], got["listed_by"], got["until"], got["unresolved"]) == (
                want.status, want.listed_by, want.until.isoformat() if want.until else None, want.unresolved
            ), (as_of, key)


def test_timeline_of_sources_section_7(engine: Engine, announcements: list[Announcement], facts: dict) -> None:
    record_all(engine, announcements)
    uel7, uel8 = names(facts, "uel-2025-007.txt"), names(facts, "uel-2025-008.txt")
    uel5 = names(facts, "uel-2025-005.txt")
    ecl13, ecl21 = names(facts, "mofcom-2025-013.txt"), names(facts, "mofcom-2025-021.txt")
    hanwha = [e["name_en"] for e in facts["qa-2025-10-14-hanwha-countermeasure.txt"]["known"]["actions[0].entities"]]
    assert (len(uel7), len(uel8), len(uel5), len(ecl13), len(ecl21), len(hanwha)) == (11, 6, 10, 15, 16, 5)
    until_may = action(facts, "qa-2025-05-14-uel-suspension.txt", "suspend", "UEL-2025-7")["until"]
    until_aug = action(facts, "qa-2025-08-12-uel-adjustment.txt", "suspend", "UEL-2025-7")["until"]
    until_nov = action(facts, "qa-2025-11-05-uel-adjustment.txt", "suspend", "UEL-2025-7")["until"]
    until_ecl = action(facts, "qa-2025-11-05-ecl-adjustment.txt", "suspend", "MOFCOM-2025-21")["until"]
    until_hanwha = action(facts, "order-2025-007.txt", "suspend", "MOFCOM-ORDER-2025-6")["until"]
    until_clause = action(facts, "mofcom-2025-072.txt", "suspend", "MOFCOM-2024-46#2")["until"]
    item_targets = action(facts, "mofcom-2025-070.txt", "suspend", "MOFCOM-2025-55")["targets"]

    def statuses(state: dict, lst: str, keys: list[str]) -> set[tuple[str, str | None]]:
        return {(state[(lst, k)]["status"], state[(lst, k)]["until"]) for k in keys}

    apr, jun, sep, jan, nov = (view(engine, d) for d in DATES)
    assert statuses(apr, "UEL", uel7) == {("active", None)}
    assert not any(("UEL", k) in apr for k in uel8), "UEL 2025 No.8 takes effect on 2025-04-10"
    assert statuses(jun, "UEL", uel7) == {("suspended", until_may)}
    assert statuses(jun, "UEL", uel8) == {("suspended", None)}
    assert statuses(sep, "UEL", uel7) == {("suspended", until_aug)}
    assert statuses(sep, "UEL", uel8) == {("terminated", None)}
    assert statuses(jan, "UEL", uel7) == {("suspended", until_nov)}
    assert statuses(jan, "UEL", uel5) == {("terminated", None)}
    assert statuses(jan, "ECL", ecl13) == {("terminated", None)}
    assert statuses(jan, "ECL", ecl21) == {("suspended", until_ecl)}
    assert statuses(jan, "CML", hanwha) == {("suspended", until_hanwha)}
    assert statuses(jan, "ITEM", ["MOFCOM-2024-46#2"]) == {("suspended", until_clause)}
    assert statuses(jan, "ITEM", item_targets) == {("suspended", "2026-11-10")}
    assert {jan[("ITEM", t)]["unresolved"] for t in item_targets} == {True}
    # Illumina: listed by No.4; the measures of No.6 stopped, the listing itself was not mentioned.
    illumina = jan[("UEL", "Illumina, Inc.")]
    assert (illumina["status"], illumina["listed_by"]) == ("active", "UEL-2025-4")
    assert illumina["last_event_by"].startswith("QA-2025-11-05")
    # 2026-11-25: every 2026-11-10 end has passed with no follow-up notice; clause 二 runs to 2026-11-27.
    assert statuses(nov, "UEL", uel7) == {("lapsed", until_nov)}
    assert statuses(nov, "ECL", ecl21) == {("lapsed", until_ecl)}
    assert statuses(nov, "CML", hanwha) == {("lapsed", until_hanwha)}
    assert statuses(nov, "ITEM", item_targets) == {("lapsed", "2026-11-10")}
    assert statuses(nov, "ITEM", ["MOFCOM-2024-46#2"]) == {("suspended", until_clause)}
    assert statuses(nov, "UEL", uel8) == {("terminated", None)}


def test_suspensions_chain_continuations(engine: Engine, announcements: list[Announcement]) -> None:
    record_all(engine, announcements)
    with Session(engine) as session:
        found = suspensions(session)
    clause = [s for s in found if s.target == "MOFCOM-2024-46#2"]
    assert [(s.list, s.until, s.suspended_by, s.followed_by) for s in clause] == [
        ("ITEM", dt.date(2026, 11, 27), "MOFCOM-2025-72", None)
    ]
    uel7 = sorted((s for s in found if s.target == "UEL-2025-7"), key=lambda s: s.effective or dt.date.min)
    assert [s.until for s in uel7] == [dt.date(2025, 8, 12), dt.date(2025, 11, 10), dt.date(2026, 11, 10)]
    assert [s.followed_by for s in uel7] == [uel7[1].suspended_by, uel7[2].suspended_by, None]
    uel8 = [s for s in found if s.target == "UEL-2025-8"]
    assert len(uel8) == 1 and uel8[0].until is None and uel8[0].followed_by == uel7[1].suspended_by
    hanwha = [s for s in found if s.target == "MOFCOM-ORDER-2025-6"]
    assert [(s.list, s.until, s.until_computed) for s in hanwha] == [("CML", dt.date(2026, 11, 10), True)]


def test_a_citation_of_an_unrecorded_notice_stays_visible_then_resolves(
    engine: Engine, announcements: list[Announcement]
) -> None:
    by_id = {a.doc_id: a for a in announcements}
    may = next(a for a in announcements if a.doc_id.startswith("QA-2025-05-14"))
    record_all(engine, [may])
    state = view(engine, dt.date(2025, 6, 1))
    assert state[("UEL", "UEL-2025-7")]["status"] == "suspended"
    assert state[("UEL", "UEL-2025-7")]["unresolved"] is True
    assert state[("UEL", "UEL-2025-7")]["until"] == "2025-08-12"
    record_all(engine, [by_id["UEL-2025-7"]])
    state = view(engine, dt.date(2025, 6, 1))
    assert ("UEL", "UEL-2025-7") not in state
    suspended = [v for k, v in state.items() if k[0] == "UEL" and v["listed_by"] == "UEL-2025-7"]
    assert len(suspended) == 11 and {v["status"] for v in suspended} == {"suspended"}
    with Session(engine) as session:
        flags = session.exec(select(ListEvent.unresolved).where(ListEvent.target == "UEL-2025-7")).all()
    assert flags and not any(flags)


def counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
                for t in SQLModel.metadata.sorted_tables}


def test_ingesting_twice_changes_nothing(engine: Engine, announcements: list[Announcement]) -> None:
    assert set(record_all(engine, announcements)) == {"new"}
    before = counts(engine), [view(engine, d) for d in DATES]
    assert set(record_all(engine, announcements)) == {"unchanged"}
    assert (counts(engine), [view(engine, d) for d in DATES]) == before


def snapshot(engine: Engine) -> list[list[dict[str, Any]]]:
    """The state on every date without the (order-dependent) entity ids."""
    days = []
    for as_of in DATES:
        rows = [{k: v for k, v in row.items() if k != "entity_id"} for row in view(engine, as_of).values()]
        days.append(sorted(rows, key=lambda r: sorted((k, str(v)) for k, v in r.items())))
    return days


def clear(engine: Engine) -> None:
    with session_scope(engine) as session:
        for table in reversed(SQLModel.metadata.sorted_tables):
            session.execute(delete(table))


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_ingest_order_does_not_matter(engine: Engine, announcements: list[Announcement]) -> None:
    record_all(engine, announcements)
    baseline = snapshot(engine)

    @settings(max_examples=6, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(order=st.permutations(announcements))
    def check(order: list[Announcement]) -> None:
        clear(engine)
        assert set(record_all(engine, order)) == {"new"}
        assert snapshot(engine) == baseline

    check()


def test_history_of_an_item_clause(engine: Engine, announcements: list[Announcement]) -> None:
    record_all(engine, announcements)
    with Session(engine) as session:
        events = history(session, "MOFCOM-2024-46#2")
    assert [(e["doc_id"], e["event"], e["date"], e["until"]) for e in events] == [
        ("MOFCOM-2024-46", "control", "2024-12-03", None),
        ("MOFCOM-2025-72", "suspend", "2025-11-09", "2026-11-27"),
    ]
    assert all(e["url"] and e["recorded_at"].endswith("+08:00") for e in events)


def cited_by_date(announcements: list[Announcement]) -> list[Announcement]:
    """The same notices with every citation of a UEL/ECL listing written as its date only (``UEL@2025-04-04``)."""
    listed_on = {a.doc_id: (act.list, a.published) for a in announcements for act in a.actions
                 if act.kind == "add" and act.list in ("UEL", "ECL") and a.published}
    per_day = Counter(listed_on.values())

    def cite(target: str) -> str:
        doc, _, clause = target.partition("#")
        if doc not in listed_on or per_day[listed_on[doc]] > 1:
            return target
        list_name, day = listed_on[doc]
        return date_reference(list_name, day) + (f"#{clause}" if clause else "")

    return [dataclasses.replace(a, actions=tuple(
        dataclasses.replace(act, targets=tuple(cite(t) for t in act.targets)) for act in a.actions
    )) for a in announcements]


def test_citations_by_date_only_resolve_like_numbered_ones(engine: Engine, announcements: list[Announcement]) -> None:
    """Whether the listing is recorded before or after the notice that cites it by date, the state is the same."""
    record_all(engine, announcements)
    baseline = snapshot(engine)
    rewritten = cited_by_date(announcements)
    refs = {t for a in rewritten for act in a.actions for t in act.targets if "@" in t}
    assert len(refs) >= 5, refs  # the suspensions, continuations and terminations of UEL and ECL listings
    listings = [a for a in rewritten if any(act.kind == "add" for act in a.actions)]
    others = [a for a in rewritten if a not in listings]
    for order in (listings + others, others + listings):
        clear(engine)
        record_all(engine, order)
        assert snapshot(engine) == baseline
        with Session(engine) as session:
            left = session.exec(select(ListEvent.target).where(col(ListEvent.target).contains("@"))).all()
        assert not left, left
