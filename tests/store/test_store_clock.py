"""An injected ``now`` reaches every time the store writes (changes, recorded/first-seen times, health, evidence)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from store_facts import all_announcements

from policywatch.parsers import Announcement
from policywatch.store import record, session_scope
from policywatch.store.baselines import mark_seen, update_baseline
from policywatch.store.evidence import save_snapshot
from policywatch.store.health import record_outcome
from policywatch.store.models import Announcement as AnnouncementRow
from policywatch.store.models import (
    AnnouncementRevision,
    AnnouncementUrl,
    Baseline,
    Change,
    SeenLink,
    Snapshot,
    Source,
)

# Years away from any wall clock the tests run on, and distinct from each other.
FIRST = dt.datetime(2020, 1, 2, 3, 4, 5)
ALIAS = dt.datetime(2020, 2, 3, 4, 5, 6)
REVISED = dt.datetime(2021, 3, 4, 5, 6, 7)


@pytest.fixture(scope="module")
def by_id(facts: dict[str, Any]) -> dict[str, Announcement]:
    return {a.doc_id: a for a in all_announcements(facts)}


def test_record_stamps_now_on_changes_and_rows(engine: Engine, by_id: dict[str, Announcement]) -> None:
    original = by_id["UEL-2025-7"]
    revised = dataclasses.replace(original, text_hash="revised-text")
    with session_scope(engine) as session:
        first = record(session, original, now=FIRST)
        assert record(session, original, url="https://mirror.example/uel-2025-7.html", now=ALIAS).status == "alias"
    with session_scope(engine) as session:
        second = record(session, revised, now=REVISED)
    assert first.change_ids and second.status == "revised"
    with Session(engine) as session:
        stamps = {c.id: c.created_at for c in session.exec(select(Change))}
        assert stamps == {**{i: FIRST for i in first.change_ids}, **{i: REVISED for i in second.change_ids}}
        row = session.exec(select(AnnouncementRow).where(AnnouncementRow.doc_id == "UEL-2025-7")).one()
        assert row.recorded_at == FIRST
        revisions = session.exec(select(AnnouncementRevision).order_by(col(AnnouncementRevision.revision))).all()
        assert [r.recorded_at for r in revisions] == [FIRST, REVISED]
        urls = {u.url: u.first_seen_at for u in session.exec(select(AnnouncementUrl))}
        assert urls == {original.url: FIRST, "https://mirror.example/uel-2025-7.html": ALIAS}


def test_record_without_now_uses_the_wall_clock(engine: Engine, by_id: dict[str, Announcement]) -> None:
    with session_scope(engine) as session:
        result = record(session, by_id["UEL-2025-8"])
    with Session(engine) as session:
        stamps = {session.get(Change, i).created_at for i in result.change_ids}  # type: ignore[union-attr]
    assert len(stamps) == 1 and stamps.pop() > REVISED


def test_health_evidence_and_baselines_take_now(engine: Engine) -> None:
    with session_scope(engine) as session:
        snapshot = save_snapshot(session, source="s", url="https://example.org/list", status=503, headers={},
                                 body=None, outcome="error", error="HTTP 503", now=FIRST)
        record_outcome(session, "s", "error", "HTTP 503", now=FIRST)
        record_outcome(session, "s", "ok", items=3, now=REVISED)
        update_baseline(session, "s", "https://example.org/list", content_hash="h", etag=None, last_modified=None,
                        link_count=3, now=REVISED)
        mark_seen(session, "s", "https://example.org/a.html", now=REVISED)
        snapshot_id = snapshot.id
    with Session(engine) as session:
        assert session.get_one(Source, "s").last_attempt_at == REVISED
        assert session.get_one(Source, "s").last_success_at == REVISED
        [health] = session.exec(select(Change).where(Change.kind == "source_health")).all()
        assert health.created_at == FIRST
        assert session.get_one(Snapshot, snapshot_id).fetched_at == FIRST
        assert session.exec(select(Baseline.updated_at)).one() == REVISED
        assert session.exec(select(SeenLink.first_seen_at)).one() == REVISED
