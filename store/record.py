"""``record``: one announcement → Announcement, Actions, ListEvents and Change rows, idempotently.

Everything happens in the caller's transaction (``session_scope``); nothing here commits. Actions that cite
other notices (suspend, resume, terminate, remove) are stored once per target and resolved against the cited
notice when the state is read, so the order notices arrive in never changes the answer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import or_, update
from sqlmodel import Session, col, delete, select

from policywatch.parsers import Action as ParsedAction
from policywatch.parsers import Announcement as ParsedAnnouncement
from policywatch.parsers.registry import date_reference, parse_date_reference
from policywatch.store.changes import (
    ACTION_CHANGES,
    ACTION_PAYLOADS,
    NeedsReviewPayload,
    RevisedPayload,
    new_change,
)
from policywatch.store.clock import beijing_date
from policywatch.store.entities import resolve_entity
from policywatch.store.models import (
    Action,
    Announcement,
    AnnouncementRevision,
    AnnouncementUrl,
    Change,
    Hit,
    ListEvent,
    utcnow,
)
from policywatch.store.wording import counted

RecordStatus = Literal["new", "unchanged", "revised", "alias"]

# Action kind → Change kind (what a user hears about); the one table is ``store.changes.ACTION_CHANGES``.
CHANGE_KINDS: dict[str, str] = {action: kind.value for action, kind in ACTION_CHANGES.items()}


@dataclass(frozen=True)
class RecordResult:
    doc_id: str
    status: RecordStatus
    change_ids: list[int] = field(default_factory=list)


def target_doc(target: str) -> str:
    """The doc_id a target names (``MOFCOM-2024-46#2`` → ``MOFCOM-2024-46``)."""
    return target.split("#", 1)[0]


def content_key(announcement: ParsedAnnouncement) -> str:
    """The text hash, or for an announcement built without text a hash of what it says."""
    if announcement.text_hash:
        return announcement.text_hash
    data = announcement.to_json()
    data.pop("url", None)
    data.pop("warnings", None)
    return "json:" + hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def record(
    session: Session,
    announcement: ParsedAnnouncement,
    *,
    snapshot_id: int | None = None,
    url: str | None = None,
    now: dt.datetime | None = None,
    reviewer: str | None = None,
) -> RecordResult:
    """Write ``announcement`` in the caller's transaction; seeing it again changes nothing (alias URLs are kept).

    ``now`` (naive UTC, default the wall clock) stamps every row written: ``Change.created_at``, ``recorded_at``
    and ``first_seen_at``, so a scheduler with an injected clock dates its changes by that clock.
    """
    when = now or utcnow()
    if not announcement.doc_id:
        raise ValueError(
            f"announcement {announcement.title or announcement.number or '(untitled)'!r} has no doc_id; "
            "it cannot be recorded until its number or published date is known"
        )
    doc_id = announcement.doc_id
    # The page it was fetched from; the official URL the parser found (if another) is kept beside it.
    canonical = announcement.url
    url = url or canonical
    text_hash = content_key(announcement)
    adopt_provisional(session, announcement)
    current = session.exec(select(Announcement).where(Announcement.doc_id == doc_id)).first()
    if current is None:
        result = _record_new(session, announcement, text_hash, canonical or url, snapshot_id, when)
        _add_url(session, doc_id, url, snapshot_id, when)
        return result
    known = set(session.exec(select(AnnouncementRevision.text_hash).where(AnnouncementRevision.doc_id == doc_id)))
    known.add(current.text_hash)
    if text_hash in known:
        # The same text again (another column, a re-crawl, an older copy): keep the URL, change nothing else.
        new_url = _add_url(session, doc_id, url, snapshot_id, when)
        new_url = _add_url(session, doc_id, canonical, snapshot_id, when) or new_url
        return RecordResult(doc_id, "alias" if new_url else "unchanged", [])
    return _record_revision(session, current, announcement, text_hash, url, snapshot_id, when, reviewer)


PROVISIONAL_PREFIX = "DOC-"


def adopt_provisional(session: Session, announcement: ParsedAnnouncement) -> str | None:
    """A notice first recorded under a provisional doc_id (``DOC-…``, no number read) takes its real doc_id when a
    later copy (the saved page, or ``ingest --doc-id``) names it: same text, or same date and title. Every row of
    the provisional one moves to the real doc_id, so the two never stand side by side. Returns the old id."""
    if announcement.doc_id.startswith(PROVISIONAL_PREFIX):
        return None
    if session.exec(select(Announcement).where(Announcement.doc_id == announcement.doc_id)).first() is not None:
        return None
    candidates = session.exec(
        select(Announcement).where(col(Announcement.doc_id).startswith(PROVISIONAL_PREFIX))
    ).all()
    for row in candidates:
        same_text = bool(announcement.text_hash) and row.text_hash == announcement.text_hash
        same_notice = (row.published is not None and row.published == announcement.published
                       and bool(row.title) and row.title == announcement.title)
        if not (same_text or same_notice):
            continue
        old = row.doc_id
        for table in (Announcement, AnnouncementRevision, AnnouncementUrl, Action, ListEvent, Change):
            session.execute(update(table).where(col(table.doc_id) == old).values(doc_id=announcement.doc_id))
        session.flush()
        return old
    return None


def _add_url(session: Session, doc_id: str, url: str | None, snapshot_id: int | None, when: dt.datetime) -> bool:
    if not url:
        return False
    seen = session.exec(
        select(AnnouncementUrl).where(AnnouncementUrl.doc_id == doc_id, AnnouncementUrl.url == url)
    ).first()
    if seen is not None:
        return False
    session.add(AnnouncementUrl(doc_id=doc_id, url=url, snapshot_id=snapshot_id, first_seen_at=when))
    session.flush()
    return True


def _record_new(
    session: Session, ann: ParsedAnnouncement, text_hash: str, url: str | None, snapshot_id: int | None,
    when: dt.datetime,
) -> RecordResult:
    data = ann.to_json()
    session.add(
        Announcement(
            doc_id=ann.doc_id, number=ann.number, issuer=ann.issuer, title=ann.title, published=ann.published,
            url=url, text_hash=text_hash, revision=1, data=data, snapshot_id=snapshot_id, recorded_at=when,
            needs_review=ann.needs_review, review_reasons=list(ann.review_reasons),
        )
    )
    session.add(AnnouncementRevision(doc_id=ann.doc_id, revision=1, text_hash=text_hash, data=data,
                                     snapshot_id=snapshot_id, recorded_at=when))
    session.flush()
    _add_url(session, ann.doc_id, url, snapshot_id, when)
    change_ids: list[int] = []
    for seq, action in enumerate(ann.actions):
        row, events = _write_action(session, ann, seq, action, when)
        change_ids.append(_action_change(session, ann, url, row, action, events, when).id or 0)
    _resolve_references(session, ann.doc_id)
    if ann.needs_review:
        change_ids.append(needs_review_change(session, ann, url, when).id or 0)
    return RecordResult(ann.doc_id, "new", change_ids)


def needs_review_change(session: Session, ann: ParsedAnnouncement, url: str | None, when: dt.datetime) -> Change:
    """The "read this notice" change: policywatch could not read it with confidence (payload per the brief)."""
    payload = NeedsReviewPayload(doc_id=ann.doc_id, title=ann.title, url=url, reasons=list(ann.review_reasons),
                                 published=ann.published.isoformat() if ann.published else None)
    change = new_change(payload, doc_id=ann.doc_id, list_name=_first_list(ann),
                        summary=f"{ann.doc_id}: read this notice — {'; '.join(ann.review_reasons)}", created_at=when)
    session.add(change)
    session.flush()
    return change


def _record_revision(
    session: Session, current: Announcement, ann: ParsedAnnouncement, text_hash: str, url: str | None,
    snapshot_id: int | None, when: dt.datetime, reviewer: str | None = None,
) -> RecordResult:
    doc_id = ann.doc_id
    old_names = _entity_names(session, doc_id)
    old_actions = list(session.exec(select(Action.id).where(Action.doc_id == doc_id)))
    old_events = list(session.exec(select(ListEvent.id).where(ListEvent.doc_id == doc_id)))
    # Earlier Change and Hit rows stay (they were heard about); they only lose the link to replaced rows.
    if old_actions:
        session.execute(update(Change).where(col(Change.action_id).in_(old_actions)).values(action_id=None))
    if old_events:
        session.execute(update(Hit).where(col(Hit.listing_event_id).in_(old_events)).values(listing_event_id=None))
    session.execute(delete(ListEvent).where(col(ListEvent.doc_id) == doc_id))
    session.execute(delete(Action).where(col(Action.doc_id) == doc_id))
    session.flush()
    data = ann.to_json()
    old_hash, revision = current.text_hash, current.revision + 1
    current.number, current.issuer, current.title, current.published = ann.number, ann.issuer, ann.title, ann.published
    current.url = current.url or url
    current.text_hash, current.revision, current.data = text_hash, revision, data
    current.needs_review, current.review_reasons = ann.needs_review, list(ann.review_reasons)
    current.snapshot_id = snapshot_id if snapshot_id is not None else current.snapshot_id
    session.add(current)
    session.add(AnnouncementRevision(doc_id=doc_id, revision=revision, text_hash=text_hash, data=data,
                                     snapshot_id=snapshot_id, recorded_at=when, reviewer=reviewer))
    _add_url(session, doc_id, url, snapshot_id, when)
    entity_ids: list[int] = []
    for seq, action in enumerate(ann.actions):
        _, events = _write_action(session, ann, seq, action, when)
        entity_ids.extend(e.entity_id for e in events if e.entity_id is not None)
    session.flush()
    _resolve_references(session, doc_id)
    new_names = _entity_names(session, doc_id)
    payload = RevisedPayload(
        doc_id=doc_id, revision=revision, old_text_hash=old_hash, text_hash=text_hash, url=current.url,
        title=ann.title, number=ann.number, entity_ids=sorted(set(entity_ids)),
        entities_added=sorted(new_names - old_names), entities_removed=sorted(old_names - new_names),
        actions=data["actions"],
    )
    change = new_change(payload, doc_id=doc_id, list_name=_first_list(ann),
                        summary=f"{doc_id}: the text changed (revision {revision})", created_at=when)
    session.add(change)
    session.flush()
    ids = [change.id or 0]
    if ann.needs_review:
        ids.append(needs_review_change(session, ann, current.url, when).id or 0)
    return RecordResult(doc_id, "revised", ids)


def _entity_names(session: Session, doc_id: str) -> set[str]:
    rows = session.exec(select(ListEvent).where(ListEvent.doc_id == doc_id, col(ListEvent.entity_id).is_not(None)))
    return {f"{r.list_name or ''}:{r.name_en or r.name_zh or ''}" for r in rows}


def _first_list(ann: ParsedAnnouncement) -> str | None:
    return next((a.list for a in ann.actions if a.list), None)


def _write_action(
    session: Session, ann: ParsedAnnouncement, seq: int, action: ParsedAction, when: dt.datetime
) -> tuple[Action, list[ListEvent]]:
    row = Action(
        doc_id=ann.doc_id, seq=seq, kind=action.kind, list_name=action.list, effective=action.effective,
        until=action.until, until_computed=action.until_computed, targets=list(action.targets),
        measures=list(action.measures),
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    # The first day an event applies: its own effective date, else the notice's date; an undated notice is in
    # force from the Beijing day it was recorded, never "on every date" (it needs review, see review_reasons).
    effective = action.effective or ann.published or beijing_date(when)
    common: dict[str, Any] = {
        "action_id": row.id, "doc_id": ann.doc_id, "list_name": action.list, "event": action.kind,
        "effective": effective, "until": action.until, "until_computed": action.until_computed,
    }
    events: list[ListEvent] = []
    if action.entities:
        # An amendment names its entity and cites the listing notice; the cited doc_id is kept as the target.
        cited = _resolved_target(session, action.targets[0]) if action.targets else None
        for parsed in action.entities:
            entity = resolve_entity(session, parsed)
            events.append(ListEvent(**common, entity_id=entity.id, target=cited, name_zh=parsed.name_zh,
                                    name_en=parsed.name_en, country=parsed.country))
    elif action.targets:
        for target in dict.fromkeys(_resolved_target(session, t) for t in action.targets):
            events.append(ListEvent(**common, target=target, unresolved=not _is_recorded(session, target)))
    elif action.kind == "control":
        # An item control is its own subject: the ITEM entry is the notice (and its clauses).
        events.append(ListEvent(**{**common, "list_name": action.list or "ITEM"}, target=ann.doc_id))
    session.add_all(events)
    session.flush()
    return row, events


def _is_recorded(session: Session, target: str) -> bool:
    return session.exec(select(Announcement.id).where(Announcement.doc_id == target_doc(target))).first() is not None


def _resolve_references(session: Session, doc_id: str) -> None:
    """References to ``doc_id`` (or its clauses) recorded before it arrived are resolved now.

    That includes citations by date only (``UEL@2025-04-04``, see ``parsers.registry``) when ``doc_id`` is the one
    notice that put entities on that list that day: their target becomes ``doc_id``.
    """
    session.execute(
        update(ListEvent)
        .where(col(ListEvent.unresolved).is_(True))
        .where(or_(col(ListEvent.target) == doc_id, col(ListEvent.target).startswith(f"{doc_id}#")))
        .values(unresolved=False)
    )
    published = session.exec(select(col(Announcement.published)).where(Announcement.doc_id == doc_id)).first()
    if published is None:
        return
    lists = set(session.exec(select(ListEvent.list_name).where(ListEvent.doc_id == doc_id, ListEvent.event == "add")))
    for list_name in lists:
        if not list_name or _listing_doc(session, list_name, published) != doc_id:
            continue
        reference = date_reference(list_name, published)
        for ev in session.exec(select(ListEvent).where(
            or_(col(ListEvent.target) == reference, col(ListEvent.target).startswith(f"{reference}#"))
        )):
            ev.target = doc_id + (ev.target or "")[len(reference):]
            ev.unresolved = False
            session.add(ev)
    session.flush()


def _listing_doc(session: Session, list_name: str, day: dt.date) -> str | None:
    """The one recorded notice that put entities on ``list_name`` on ``day``; None when none or several did."""
    docs = set(session.exec(
        select(ListEvent.doc_id)
        .join(Announcement, col(Announcement.doc_id) == col(ListEvent.doc_id))
        .where(ListEvent.event == "add", ListEvent.list_name == list_name, Announcement.published == day)
    ))
    return docs.pop() if len(docs) == 1 else None


def _resolved_target(session: Session, target: str) -> str:
    """A date reference replaced by the listing it names when that is recorded; any other target as it is."""
    reference = parse_date_reference(target)
    if reference is None:
        return target
    doc = _listing_doc(session, *reference)
    return doc + target[len(target.split("#", 1)[0]):] if doc else target


def _action_change(
    session: Session, ann: ParsedAnnouncement, url: str | None, row: Action, action: ParsedAction,
    events: list[ListEvent], when: dt.datetime,
) -> Change:
    entity_ids = sorted({e.entity_id for e in events if e.entity_id is not None})
    cited = sorted({target_doc(e.target) for e in events if e.entity_id is None and e.target and not e.unresolved})
    if cited:
        # Entities a citation reaches as of now (state queries resolve again at read time; this is for alerts).
        listed = session.exec(select(ListEvent.entity_id).where(
            col(ListEvent.doc_id).in_(cited), col(ListEvent.entity_id).is_not(None), ListEvent.event == "add"))
        entity_ids = sorted(set(entity_ids) | {i for i in listed if i is not None})
    names = [e.to_json() for e in action.entities]
    what = counted(len(names), "entity") if names else ", ".join(action.targets) or ann.doc_id
    dates = f" from {(action.effective or ann.published) or 'an unknown date'}"
    if action.until:
        dates += f" until {action.until}"
    payload = ACTION_PAYLOADS[ACTION_CHANGES[action.kind]](
        doc_id=ann.doc_id, number=ann.number, title=ann.title, issuer=ann.issuer,
        published=ann.published.isoformat() if ann.published else None, url=url, action_seq=row.seq,
        action=action.to_json(), entity_ids=entity_ids, entities=names, targets=list(action.targets),
        unresolved_targets=[e.target for e in events if e.unresolved and e.target],
    )
    change = new_change(payload, doc_id=ann.doc_id, action_id=row.id, list_name=action.list,
                        summary=f"{ann.doc_id}: {action.kind} {what} ({action.list or 'list unknown'}){dates}",
                        created_at=when)
    session.add(change)
    session.flush()
    return change
