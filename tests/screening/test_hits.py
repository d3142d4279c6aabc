"""Hits in a real SQLite store: import, screening at once, review, re-screening on list changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import func, select

from policywatch.screening.counterparties import read_counterparties
from policywatch.screening.hits import (
    ImportRejected,
    import_counterparties,
    open_hits,
    rescreen_for_change,
    screen_all,
)
from policywatch.screening.review import ReviewError, record_review
from policywatch.store import session_scope
from policywatch.store.models import Change, Counterparty, Entity, Hit, ListEvent

CPS = (
    "id,name,name_zh,aliases,country\n"
    "C-1,\"SKYDIO, INC\",,,US\n"
    "C-2,Boeing Capital Corp,,,US\n"
    "C-3,Contoso Trading,斯凱迪奧公司,,\n"
    "C-4,Acme Widgets,,Shield AI;Acme,\n"
)
AS_OF = dt.date(2026, 1, 1)


NOW = dt.datetime(2026, 12, 1, 1, 0)  # naive UTC, 09:00 in Beijing


def do_import(engine: Engine, path: Path) -> dict[str, int]:
    with session_scope(engine) as session:
        report = import_counterparties(session, read_counterparties(path), as_of=AS_OF)
        return {"created": report.created, "updated": report.updated, "unchanged": report.unchanged,
                "hits": len(report.hits)}


def hits_by_cp(engine: Engine, state: str = "new") -> dict[str, set[str]]:
    with session_scope(engine) as session:
        out: dict[str, set[str]] = {}
        for hit in open_hits(session, state):
            out.setdefault(hit.counterparty_id, set()).add(hit.list_name)
        return out


def test_import_screens_at_once_and_reimport_updates_by_id(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    record_notice("uel-2025-007.txt")  # Skydio on the UEL
    record_notice("mofcom-2025-013.txt")  # Skydio and Shield AI on the ECL
    assert do_import(engine, csv_file(CPS)) == {"created": 4, "updated": 0, "unchanged": 0, "hits": 5}
    assert hits_by_cp(engine) == {"C-1": {"UEL", "ECL"}, "C-3": {"UEL", "ECL"}, "C-4": {"ECL"}}
    # Same file again: nothing changes, nothing raised again.
    assert do_import(engine, csv_file(CPS)) == {"created": 0, "updated": 0, "unchanged": 4, "hits": 0}
    changed = CPS.replace("Boeing Capital Corp", "Red Six Solutions LLC")
    assert do_import(engine, csv_file(changed)) == {"created": 0, "updated": 1, "unchanged": 3, "hits": 2}
    with session_scope(engine) as session:
        hit = next(h for h in open_hits(session) if h.counterparty_id == "C-1")
        assert hit.score == 1.0 and "SKYDIO, INC" in hit.explanation and hit.doc_id in ("UEL-2025-7", "MOFCOM-2025-13")


def test_a_bad_row_imports_nothing(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    record_notice("uel-2025-007.txt")
    bad = CPS + "C-5,,,,\n"
    with pytest.raises(ImportRejected, match="line 6: no name for id"), session_scope(engine) as session:
        import_counterparties(session, read_counterparties(csv_file(bad)))
    with session_scope(engine) as session:
        assert session.exec(select(func.count()).select_from(Counterparty)).one() == 0
        assert session.exec(select(func.count()).select_from(Hit)).one() == 0


def test_a_listing_rescreens_stored_counterparties(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    assert do_import(engine, csv_file(CPS))["hits"] == 0  # nothing listed yet
    change_ids = record_notice("uel-2025-007.txt")
    with session_scope(engine) as session:
        change = session.get(Change, change_ids[0])
        assert change is not None and change.kind == "listing"
        raised = rescreen_for_change(session, change)
        assert sorted(h.counterparty_id for h in raised) == ["C-1", "C-3"]
        assert rescreen_for_change(session, change) == []  # idempotent


def test_dismissed_hit_stays_dismissed_until_its_listing_changes(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    change_ids = record_notice("uel-2025-007.txt")
    do_import(engine, csv_file(CPS))
    with session_scope(engine) as session:
        hit = next(h for h in open_hits(session) if h.counterparty_id == "C-1")
        record_review(session, hit.id or 0, "dismiss", "analyst", "our Skydio is a reseller, checked", NOW)
        hit_id, entity_id, first_event = hit.id, hit.entity_id, hit.listing_event_id
    with session_scope(engine) as session:
        assert rescreen_for_change(session, session.get(Change, change_ids[0])) == []
        assert screen_all(session, as_of=AS_OF) == []
        assert session.get(Hit, hit_id).state == "dismissed"  # type: ignore[union-attr]
    # The entity is listed again on the same list by a later event: the dismissal no longer holds.
    with session_scope(engine) as session:
        first = session.get(ListEvent, first_event)
        assert first is not None
        again = ListEvent(action_id=first.action_id, doc_id=first.doc_id, list_name="UEL", entity_id=entity_id,
                          event="add", effective=dt.date(2025, 12, 1), name_en=first.name_en, name_zh=first.name_zh)
        session.add(again)
        change = Change(kind="listing", doc_id=first.doc_id, summary="listed again")
        session.add(change)
        session.flush()
        raised = rescreen_for_change(session, change)
        assert [h.id for h in raised] == [hit_id]
        assert raised[0].state == "new" and "raised again" in (raised[0].note or "")


def test_review_states_and_errors(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    record_notice("uel-2025-007.txt")
    do_import(engine, csv_file(CPS))
    with session_scope(engine) as session:
        hit = open_hits(session)[0]
        record_review(session, hit.id or 0, "confirm", "lead", "same company, registration number checked", NOW)
        assert [h.id for h in open_hits(session, "confirmed")] == [hit.id]
        assert hit.id not in [h.id for h in open_hits(session)]
        assert {h.id for h in open_hits(session, "all")} >= {hit.id}
        with pytest.raises(ReviewError, match="no hit 999"):
            record_review(session, 999, "dismiss", "x", "y", NOW)
        with pytest.raises(ReviewError, match="note"):
            record_review(session, hit.id or 0, "dismiss", "x", " ", NOW)
        with pytest.raises(ReviewError, match="not confirm or dismiss"):
            record_review(session, hit.id or 0, "new", "x", "y", NOW)
        with pytest.raises(ReviewError, match="unknown hit state"):
            open_hits(session, "open")


def test_terminated_listings_raise_no_hits(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    record_notice("mofcom-2025-013.txt")
    with session_scope(engine) as session:
        assert session.exec(select(func.count()).select_from(Entity)).one() == 15
        session.add(ListEvent(action_id=1, doc_id="TEST-STOP", list_name="ECL", target="MOFCOM-2025-13",
                              event="terminate", effective=dt.date(2025, 11, 10)))
    do_import(engine, csv_file(CPS))
    assert hits_by_cp(engine) == {}
