"""The lists as FollowTheMoney entities (``policywatch export ftm``): pure functions over the recorded state.

One ``Company``/``Organization``/``Person`` per entity ever listed on the day asked for, and one ``Sanction`` per
listing (an entity on one list) with its status on that day, and its ``reason`` where the listing notice states
one (``parsers/reasons.py`` on the text kept as evidence, read at export time). Ids are hashes of keys the
database keeps (the entity key, the list name), so two exports of the same database give the same ids and a
later export updates the earlier one in yente. The product never depends on the ``followthemoney`` package:
the tests validate this output with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from policywatch.parsers.errors import ParseError
from policywatch.parsers.pages import article_text
from policywatch.parsers.reasons import stated_reason
from policywatch.parsers.types import LIST_LABELS
from policywatch.store.evidence import blob_body, snapshot_content_type
from policywatch.store.models import Action, Announcement, AnnouncementUrl, Entity, Snapshot
from policywatch.store.state import LISTING_EVENTS, ListEntry, Step, Subject, build_subjects, subject_entry

# A stable id per list; the ITEM "list" holds item controls, not entities, so it is never exported.
PROGRAM_IDS = {"UEL": "CN-UEL", "ECL": "CN-ECL", "ECWL": "CN-ECWL", "CML": "CN-CML"}
# The authority that keeps each series' list, by the doc_id's series (a spokesperson answer that reports an
# order stands for the order, so its issuer, the press office, is not the authority).
_AUTHORITIES = (
    ("UEL-", ("不可靠实体清单工作机制", "Unreliable Entity List Working Mechanism")),
    ("MFA-", ("中华人民共和国外交部", "Ministry of Foreign Affairs of the People's Republic of China")),
    ("MOFCOM-", ("中华人民共和国商务部", "Ministry of Commerce of the People's Republic of China (MOFCOM)")),
)
_COMPANY = re.compile(
    r"公司|集团|株式会社|银行|有限|\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|lp|llp|plc|"
    r"partnership|gmbh|ag|sa|bank|bankas|group|holdings?)\b\.?",
    re.IGNORECASE,
)


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entity_id(entity: Entity) -> str:
    return f"cn-entity-{_hash(entity.key)}"


def sanction_id(entity: Entity, list_name: str) -> str:
    return f"cn-sanction-{_hash(list_name, entity.key)}"


def schema_of(entity: Entity) -> str:
    """Person for a person; Company when a name carries a company word; else Organization (LegalEntity if
    the kind is unknown)."""
    if entity.kind == "person":
        return "Person"
    if entity.kind != "organization":
        return "LegalEntity"
    names = " ".join(n for n in (entity.name_zh, entity.name_en) if n)
    return "Company" if _COMPANY.search(names) else "Organization"


def status_text(entry: ListEntry) -> str:
    """The listing's status in words a reader of a yente result understands without policywatch."""
    until = entry.until.isoformat() if entry.until else None
    if entry.status == "suspended":
        return f"suspended until {until}" if until else "suspended (no end date stated)"
    if entry.status == "lapsed":
        return f"suspension ended {until} with no follow-up notice seen; the measures apply again"
    return entry.status


@dataclass(frozen=True)
class _Listing:
    entry: ListEntry
    listing: Step | None  # the last listing event known on the day (None: listed by a notice not recorded)
    amendments: list[Step]
    ended_on: dt.date | None  # the day a termination or removal took effect


def _listing(subject: Subject, entry: ListEntry, as_of: dt.date) -> _Listing:
    steps = [s for s in subject.steps if s.known_on(as_of)]
    listing: Step | None = None
    ended: dt.date | None = None
    for step in steps:
        kind = step.event.event
        if kind in LISTING_EVENTS:
            listing, ended = step, None
        elif step.affects_status and kind in ("terminate", "remove"):
            ended = step.date
        elif step.affects_status and kind in ("resume", "suspend"):
            ended = None
    amendments = [s for s in steps if not s.affects_status]
    return _Listing(entry, listing, amendments, ended if entry.status in ("terminated", "removed") else None)


def _authority(doc_id: str | None, issuer: str | None) -> list[str]:
    for prefix, names in _AUTHORITIES:
        if doc_id and doc_id.startswith(prefix):
            return list(names)
    return [issuer] if issuer else []


def _unique(values: list[str | None]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _web(urls: list[str | None]) -> list[str]:
    # Only the official pages: a notice ingested from a file keeps its local path as evidence, never here.
    return _unique([u for u in urls if u and u.startswith(("http://", "https://"))])


def ftm_entities(session: Session, as_of: dt.date) -> list[dict[str, Any]]:
    """Every entity listed on ``as_of`` (whatever its status) and one Sanction per listing, entities first."""
    entities = {e.id: e for e in session.exec(select(Entity)) if e.id is not None}
    notices = {a.doc_id: a for a in session.exec(select(Announcement))}
    actions = {a.id: a for a in session.exec(select(Action)) if a.id is not None}
    aliases: dict[str, list[str]] = {}
    for doc_id, url in session.exec(select(col(AnnouncementUrl.doc_id), col(AnnouncementUrl.url))).all():
        aliases.setdefault(doc_id, []).append(url)

    listings: dict[int, list[_Listing]] = {}
    for subject in build_subjects(session).values():
        if subject.key[0] != "E" or subject.key[1] not in PROGRAM_IDS or subject.entity_id not in entities:
            continue
        entry = subject_entry(subject, as_of, entities)
        if entry is not None:
            listings.setdefault(entry.entity_id or 0, []).append(_listing(subject, entry, as_of))

    people: list[dict[str, Any]] = []
    sanctions: list[dict[str, Any]] = []
    reasons: dict[str, str | None] = {}
    for key, found in listings.items():
        entity = entities[key]
        printed = [n for item in found for n in (item.entry.name_zh, item.entry.name_en)]
        names = _unique([entity.name_zh, entity.name_en])
        props: dict[str, list[str]] = {"name": names}
        if other := [n for n in _unique([*entity.aliases, *printed]) if n not in names]:
            props["alias"] = other
        if entity.country:
            props["country"] = [entity.country.lower()]
        if any(item.entry.status not in ("terminated", "removed") for item in found):
            props["topics"] = ["sanction"]  # still on a list (a suspension is not a delisting)
        people.append({"id": entity_id(entity), "schema": schema_of(entity), "properties": props})
        for item in found:
            notice = notices.get(item.entry.listed_by or "")
            if notice is not None and notice.doc_id not in reasons:
                reasons[notice.doc_id] = notice_reason(session, notice)
            sanctions.append(_sanction(entity, item, notices, actions, aliases,
                                       reasons.get(notice.doc_id) if notice else None))
    people.sort(key=lambda d: d["id"])
    sanctions.sort(key=lambda d: d["id"])
    return people + sanctions


def notice_reason(session: Session, notice: Announcement) -> str | None:
    """The justification the notice states (``parsers.reasons``), read from the page it was recorded from; None
    when it states none or its page is not kept."""
    snapshot = session.get(Snapshot, notice.snapshot_id) if notice.snapshot_id else None
    body = blob_body(session, snapshot.content_hash) if snapshot else None
    if snapshot is None or body is None:
        return None
    try:
        return stated_reason(article_text(body, url=notice.url, content_type=snapshot_content_type(snapshot)))
    except ParseError:  # it parsed when it was recorded; a page that no longer does gives no reason, not a failure
        return None


def _sanction(entity: Entity, item: _Listing, notices: dict[str, Announcement], actions: dict[int, Action],
              aliases: dict[str, list[str]], reason: str | None) -> dict[str, Any]:
    entry = item.entry
    list_name = entry.list or ""
    notice = notices.get(entry.listed_by or "")
    props: dict[str, list[str]] = {
        "entity": [entity_id(entity)],
        "country": ["cn"],
        "program": [LIST_LABELS[list_name]],
        "programId": [PROGRAM_IDS[list_name]],
        "status": [status_text(entry)],
    }
    if authority := _authority(entry.listed_by, notice.issuer if notice else None):
        props["authority"] = authority
    if entry.listed_by:
        props["recordId"] = [entry.listed_by]
    if urls := _web([notice.url if notice else None, *aliases.get(entry.listed_by or "", [])]):
        props["sourceUrl"] = urls
    if notice is not None and notice.published:
        props["listingDate"] = [notice.published.isoformat()]
    if entry.listed_on:
        props["startDate"] = [entry.listed_on.isoformat()]
    if item.ended_on:
        props["endDate"] = [item.ended_on.isoformat()]
    measures: list[str | None] = []
    for step in ([item.listing] if item.listing else []) + item.amendments:
        action = actions.get(step.event.action_id)
        measures.extend(action.measures if action else [])
    if provisions := _unique(measures):
        props["provisions"] = provisions
    if reason:
        props["reason"] = [reason]  # only where the listing notice states one
    return {"id": sanction_id(entity, list_name), "schema": "Sanction", "properties": props}


def ftm_lines(session: Session, as_of: dt.date) -> Iterator[str]:
    """The export as JSON lines (UTF-8 text, keys sorted so two exports of one state are byte-identical)."""
    for data in ftm_entities(session, as_of):
        yield json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"
