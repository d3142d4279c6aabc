"""``history``: every event about an entity (by name or id) or a notice/item (by doc_id or clause id)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, select

from policywatch.store.clock import to_beijing
from policywatch.store.entities import entities_named
from policywatch.store.models import Announcement, AnnouncementUrl, Entity, ListEvent, Snapshot
from policywatch.store.record import target_doc
from policywatch.store.state import Step, Subject, build_subjects


def local_time(value: dt.datetime | None) -> str | None:
    """A stored (naive UTC) datetime shown in Beijing time."""
    if value is None:
        return None
    return to_beijing(value).isoformat(timespec="seconds")


def history(session: Session, name_or_id: str) -> list[dict[str, Any]]:
    """Every event, oldest first: an entity's (name in either script, or its id) or a notice's/item's."""
    query = name_or_id.strip()
    subjects = build_subjects(session)
    steps: list[tuple[Subject, Step]] = []
    entity_ids: set[int] = set()
    if query.isdigit():
        entity_ids = {int(query)}
    elif _is_notice(session, query, subjects):
        for subject in subjects.values():
            for step in subject.steps:
                ev = step.event
                if query in (ev.doc_id, ev.target, step.via) or (subject.target == query):
                    steps.append((subject, step))
    else:
        entity_ids = {e.id for e in entities_named(session, query) if e.id is not None}
    if entity_ids:
        steps = [(s, st) for s in subjects.values() if s.entity_id in entity_ids for st in s.steps]
    return _rows(session, steps)


def _is_notice(session: Session, query: str, subjects: dict[Any, Subject]) -> bool:
    recorded = session.exec(select(Announcement.id).where(Announcement.doc_id == target_doc(query))).first()
    return recorded is not None or any(s.target == query for s in subjects.values())


def _rows(session: Session, steps: list[tuple[Subject, Step]]) -> list[dict[str, Any]]:
    docs = {a.doc_id: a for a in session.exec(select(Announcement))}
    urls: dict[str, list[str]] = {}
    for row in session.exec(select(AnnouncementUrl).order_by(AnnouncementUrl.id)):  # type: ignore[arg-type]
        urls.setdefault(row.doc_id, []).append(row.url)
    entities = {e.id: e for e in session.exec(select(Entity))}
    hashes: dict[int, str | None] = {}
    rows: list[dict[str, Any]] = []
    seen: set[tuple[int | None, Any]] = set()
    for subject, step in sorted(steps, key=lambda pair: pair[1].sort_key()):
        ev: ListEvent = step.event
        if (ev.id, subject.key) in seen:
            continue
        seen.add((ev.id, subject.key))
        doc = docs.get(ev.doc_id)
        snapshot_id = doc.snapshot_id if doc else None
        if snapshot_id is not None and snapshot_id not in hashes:
            snapshot = session.get(Snapshot, snapshot_id)
            hashes[snapshot_id] = snapshot.content_hash if snapshot else None
        entity = entities.get(subject.entity_id) if subject.entity_id is not None else None
        rows.append({
            "date": ev.effective.isoformat() if ev.effective else None,
            "event": ev.event,
            "list": subject.key[1],
            "doc_id": ev.doc_id,
            "number": doc.number if doc else None,
            "title": doc.title if doc else None,
            "published": doc.published.isoformat() if doc and doc.published else None,
            "url": doc.url if doc else None,
            "urls": urls.get(ev.doc_id, []),
            "snapshot_hash": hashes.get(snapshot_id) if snapshot_id is not None else None,
            "entity_id": subject.entity_id,
            "name_zh": ev.name_zh or (entity.name_zh if entity else None),
            "name_en": ev.name_en or (entity.name_en if entity else None),
            "target": subject.target or ev.target,
            "via": step.via,
            "until": ev.until.isoformat() if ev.until else None,
            "until_computed": ev.until_computed,
            "affects_status": step.affects_status,
            "recorded_at": local_time(doc.recorded_at) if doc else None,
        })
    return rows
