"""``record``: one transaction, idempotent, alias URLs, revisions, entity identity, Change rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from store_facts import all_announcements

from policywatch.parsers import Announcement
from policywatch.store import history, list_state, record, session_scope
from policywatch.store.entities import normalise_en, normalise_zh
from policywatch.store.models import (
    Action,
    AnnouncementRevision,
    AnnouncementUrl,
    Change,
    Entity,
    ListEvent,
)
from policywatch.store.models import Announcement as AnnouncementRow


@pytest.fixture(scope="module")
def by_id(facts: dict[str, Any]) -> dict[str, Announcement]:
    return {a.doc_id: a for a in all_announcements(facts)}


def test_new_notice_writes_announcement_actions_events_and_changes(
    engine: Engine, by_id: dict[str, Announcement]
) -> None:
    uel7 = by_id["UEL-2025-7"]
    with session_scope(engine) as session:
        result = record(session, uel7)
    assert result.status == "new" and len(result.change_ids) == len(uel7.actions)
    with Session(engine) as session:
        row = session.exec(select(AnnouncementRow).where(AnnouncementRow.doc_id == "UEL-2025-7")).one()
        assert row.data == uel7.to_json() and row.revision == 1 and row.published == uel7.published
        events = session.exec(select(ListEvent).where(ListEvent.doc_id == "UEL-2025-7")).all()
        assert len(events) == len(uel7.actions[0].entities) == 11
        assert {(e.event, e.list_name, e.effective) for e in events} == {("add", "UEL", dt.date(2025, 4, 4))}
        changes = session.exec(select(Change).where(col(Change.id).in_(result.change_ids))).all()
        assert [c.kind for c in changes] == ["listing"]
        assert sorted(changes[0].payload["entity_ids"]) == sorted(e.entity_id for e in events)
        assert session.exec(select(AnnouncementUrl.url)).all() == [uel7.url]


def test_same_text_again_is_unchanged_and_a_new_url_is_kept_as_alias(
    engine: Engine, by_id: dict[str, Announcement], facts: dict[str, Any]
) -> None:
    uel8 = by_id["UEL-2025-8"]
    alias = facts["uel-2025-008.txt"]["alias_urls"][0]
    with session_scope(engine) as session:
        assert record(session, uel8).status == "new"
    with session_scope(engine) as session:
        assert record(session, uel8) == record(session, uel8)
        assert record(session, uel8).status == "unchanged"
        assert record(session, uel8, url=alias).status == "alias"
        assert record(session, uel8, url=alias).status == "unchanged"
    with Session(engine) as session:
        urls = session.exec(select(AnnouncementUrl.url).where(AnnouncementUrl.doc_id == "UEL-2025-8")).all()
        assert sorted(urls) == sorted([uel8.url, alias])
        assert len(session.exec(select(Change)).all()) == len(uel8.actions)
        assert len(session.exec(select(ListEvent)).all()) == 6


def test_changed_text_is_a_revision_that_replaces_the_events(engine: Engine, by_id: dict[str, Announcement]) -> None:
    original = by_id["UEL-2025-7"]
    first = original.actions[0]
    shorter = dataclasses.replace(
        original, text_hash="revised-text", actions=(dataclasses.replace(first, entities=first.entities[:-1]),)
    )
    with session_scope(engine) as session:
        record(session, original)
    with session_scope(engine) as session:
        result = record(session, shorter)
    assert result.status == "revised"
    with Session(engine) as session:
        row = session.exec(select(AnnouncementRow).where(AnnouncementRow.doc_id == "UEL-2025-7")).one()
        assert row.revision == 2 and row.text_hash == "revised-text"
        revisions = session.exec(select(AnnouncementRevision).order_by(col(AnnouncementRevision.revision))).all()
        assert [r.revision for r in revisions] == [1, 2]
        assert len(revisions[0].data["actions"][0]["entities"]) == 11
        assert len(session.exec(select(ListEvent)).all()) == 10
        assert len(session.exec(select(Action)).all()) == 1
        change = session.get(Change, result.change_ids[0])
        assert change is not None and change.kind == "revised"
        assert change.payload["entities_removed"] == [f"UEL:{first.entities[-1].name_en}"]
        # The earlier listing Change stays (it was heard about) without its replaced action.
        listing = session.exec(select(Change).where(Change.kind == "listing")).one()
        assert listing.action_id is None
        assert len(list_state(session, dt.date(2025, 4, 5), "UEL")) == 10
    with session_scope(engine) as session:
        # The first text seen again (an older copy on another column) does not flip the record back.
        assert record(session, original).status == "unchanged"


def test_record_is_one_transaction(engine: Engine, by_id: dict[str, Announcement]) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        record(session, by_id["UEL-2025-7"])
        raise RuntimeError("crash after record, before commit")
    with Session(engine) as session:
        for table in (AnnouncementRow, Action, ListEvent, Change, Entity, AnnouncementUrl):
            assert session.exec(select(table)).all() == [], table.__name__


def test_a_notice_without_doc_id_is_refused(engine: Engine, by_id: dict[str, Announcement]) -> None:
    nameless = dataclasses.replace(by_id["UEL-2025-7"], doc_id="")
    with pytest.raises(ValueError, match="no doc_id"), session_scope(engine) as session:
        record(session, nameless)


def test_an_entity_named_again_keeps_one_identity(engine: Engine, by_id: dict[str, Announcement]) -> None:
    for doc_id in ("UEL-2025-6", "UEL-2025-4", "UEL-2025-3", "MOFCOM-2025-1", "UEL-2025-10", "MFA-ORDER-19",
                   "MOFCOM-2025-13"):
        with session_scope(engine) as session:
            record(session, by_id[doc_id])
    with Session(engine) as session:
        def entity_ids(printed: str) -> set[int | None]:
            rows = session.exec(select(ListEvent)).all()
            return {r.entity_id for r in rows if printed in (r.name_zh, r.name_en)}

        for variants in (("因美纳公司", "美国因美纳公司"), ("AEVEX 航天公司", "AEVEX航天公司"),
                         ("伊比鲁斯公司", "伊庇鲁斯公司"), ("吉布斯和考克斯公司", "吉布斯与考克斯公司"),
                         ("Aero Vironment", "AeroVironment, Inc.")):
            ids = set().union(*(entity_ids(v) for v in variants))
            assert len(ids) == 1 and None not in ids, variants
            entity = session.get(Entity, ids.pop())
            assert entity is not None
            assert set(variants) <= {entity.name_zh, entity.name_en, *entity.aliases}
        illumina = history(session, "美国因美纳公司")
        assert [(h["doc_id"], h["event"]) for h in illumina] == [("UEL-2025-4", "add"), ("UEL-2025-6", "amend")]
        epirus = {h["doc_id"] for h in history(session, "伊庇鲁斯公司")}
        assert epirus == {"UEL-2025-10", "MFA-ORDER-19"}


def test_name_normalisation() -> None:
    assert normalise_en("Gibbs&Cox, Inc.") == normalise_en("Gibbs & Cox, Inc.") == "gibbscox"
    assert normalise_en("TCOM,Limited Partnership") == normalise_en("TCOM, Limited Partnership")
    assert normalise_en("Hanwha Shipping LLC") != normalise_en("Hanwha Shipping Holdings LLC")
    assert normalise_zh("AEVEX 航天公司") == normalise_zh("AEVEX航天公司")
    assert normalise_zh("铁山解决方案公司 ") == normalise_zh("铁山解决方案公司")


def test_change_kinds_cover_every_action_kind(engine: Engine, by_id: dict[str, Announcement]) -> None:
    with session_scope(engine) as session:
        # In publication order, as a crawl meets them: a citation then reaches the notice it cites.
        for announcement in sorted(by_id.values(), key=lambda a: (a.published or dt.date.min, a.doc_id)):
            record(session, announcement)
    with Session(engine) as session:
        kinds = {c.kind for c in session.exec(select(Change))}
        clause = session.exec(select(Change).where(Change.doc_id == "MOFCOM-2025-72")).one()
    assert {"listing", "suspension", "termination", "amendment", "control"} <= kinds
    assert clause.kind == "suspension" and clause.payload["targets"] == ["MOFCOM-2024-46#2"]
    assert clause.payload["unresolved_targets"] == []  # MOFCOM-2024-46 was recorded before No.72
    with Session(engine) as session:
        suspension = session.exec(select(Change).where(Change.doc_id == "MOFCOM-ORDER-2025-7")).one()
        hanwha = session.exec(select(ListEvent.entity_id).where(ListEvent.doc_id == "MOFCOM-ORDER-2025-6")).all()
    assert len(hanwha) == 5 and suspension.payload["entity_ids"] == sorted(hanwha)


def test_the_fetched_page_and_the_official_url_are_both_kept(
    engine: Engine, by_id: dict[str, Announcement], facts: dict[str, Any]
) -> None:
    uel9 = by_id["UEL-2025-9"]
    mirror = facts["uel-2025-009.txt"]["alias_urls"][0]
    with session_scope(engine) as session:
        assert record(session, uel9, url=mirror).status == "new"
    with Session(engine) as session:
        row = session.exec(select(AnnouncementRow).where(AnnouncementRow.doc_id == "UEL-2025-9")).one()
        assert row.url == uel9.url
        assert sorted(session.exec(select(AnnouncementUrl.url)).all()) == sorted([uel9.url, mirror])
