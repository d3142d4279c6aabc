"""List state as of any date, derived from ListEvents only (never edited in place).

Events that cite a notice (``targets``) are resolved here, when the state is read: they apply to every entity
that notice listed, or to the item it controls. A citation of a notice not recorded yet stays visible as an
unresolved entry; once the notice arrives the same events resolve, whatever order things came in.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlmodel import Session, col, select

from policywatch.parsers.measures import english_all
from policywatch.store.models import Action, Announcement, Entity, ListEvent
from policywatch.store.record import target_doc

Status = Literal["active", "suspended", "terminated", "removed", "lapsed"]


def measures_in_force(status: str) -> bool:
    """DESIGN §4: a listing's measures apply when it is active, and again when a time-limited suspension ran
    out with no later notice seen (``lapsed``): "lapsed" never means "no longer listed"."""
    return status in ("active", "lapsed")


def status_today(status: str | None, until: dt.date | str | None = None, by: str | None = None) -> str:
    """What a status means, said in full so no reader takes "lapsed" for "no longer listed" (issue 15 item 3).

    ``until`` is the suspension's last day; ``by`` the notice of the last event (for terminated or removed).
    """
    last = until.isoformat() if isinstance(until, dt.date) else until
    by_notice = f" by {by}" if by else ""
    if status == "active":
        return "listed — the listing's measures are in force"
    if status == "suspended":
        return (f"suspended until {last or 'no end stated'} — the listing's measures do not apply until that day "
                "has passed; they apply again after it unless a later notice says otherwise")
    if status == "lapsed":
        return (f"suspended until {last or 'an unstated day'} — this suspension ended; no follow-up notice seen; "
                "the listing's measures apply again unless a later notice says otherwise")
    if status == "terminated":
        return f"terminated{by_notice} — the measures no longer apply"
    if status == "removed":
        return f"removed from the list{by_notice} — the measures no longer apply"
    return "status unknown — not found in the recorded lists"


# Event kinds that put a subject on a list (or an item under control).
LISTING_EVENTS = ("add", "control")
# The order of kinds on the same day within one notice: a listing comes before what happens to it.
_KIND_ORDER = {"add": 0, "control": 0, "amend": 1, "suspend": 2, "resume": 3, "terminate": 4, "remove": 5}


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One subject's status on one list on one day (DESIGN §5 list entry)."""

    list: str | None
    entity_id: int | None
    target: str | None
    name_zh: str | None
    name_en: str | None
    country: str | None
    kind: str | None
    status: Status
    listed_by: str | None
    listed_on: dt.date | None
    until: dt.date | None
    last_event_by: str | None
    unresolved: bool = False
    # What the listing (and any later measure notice on the subject) imposes, as printed.
    measures: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "list": self.list,
            "entity_id": self.entity_id,
            "target": self.target,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "country": self.country,
            "kind": self.kind,
            "status": self.status,
            "listed_by": self.listed_by,
            "listed_on": self.listed_on.isoformat() if self.listed_on else None,
            "until": self.until.isoformat() if self.until else None,
            "last_event_by": self.last_event_by,
            "unresolved": self.unresolved,
            "measures": list(self.measures),
            "measures_en": english_all(self.measures),  # null where the table has no rendering
            "measures_in_force": measures_in_force(self.status),
        }

    @property
    def status_text(self) -> str:
        """The status in words (``status_today``), as every message and export states it."""
        return status_today(self.status, self.until, self.last_event_by)


@dataclass(frozen=True, slots=True)
class Suspension:
    target: str
    list: str | None
    effective: dt.date | None
    until: dt.date | None
    until_computed: bool
    suspended_by: str
    followed_by: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "list": self.list,
            "effective": self.effective.isoformat() if self.effective else None,
            "until": self.until.isoformat() if self.until else None,
            "until_computed": self.until_computed,
            "suspended_by": self.suspended_by,
            "followed_by": self.followed_by,
        }


@dataclass(frozen=True, slots=True)
class Step:
    """One event as it applies to one subject."""

    event: ListEvent
    published: dt.date | None
    # False when the event concerns a measure notice about the subject, not its listing (UEL 2025 No.6).
    affects_status: bool = True
    via: str | None = None  # the cited target through which the event reached the subject

    @property
    def date(self) -> dt.date | None:
        return self.event.effective

    def sort_key(self) -> tuple[Any, ...]:
        return (
            self.date or dt.date.min,
            self.published or dt.date.min,
            self.event.doc_id,
            _KIND_ORDER.get(self.event.event, 9),
            self.event.id or 0,
        )

    def known_on(self, as_of: dt.date) -> bool:
        """In force and published on ``as_of``; an undated event counts (it is known, only its day is not)."""
        return (self.date is None or self.date <= as_of) and (self.published is None or self.published <= as_of)


SubjectKey = tuple[str, str | None, int | str]  # ("E", list, entity_id) | ("T", list, target)


@dataclass
class Subject:
    key: SubjectKey
    steps: list[Step] = field(default_factory=list)
    unresolved: bool = False

    @property
    def entity_id(self) -> int | None:
        return self.key[2] if self.key[0] == "E" else None  # type: ignore[return-value]

    @property
    def target(self) -> str | None:
        return self.key[2] if self.key[0] == "T" else None  # type: ignore[return-value]


def build_subjects(session: Session) -> dict[SubjectKey, Subject]:
    """Every entity and item ever on a list, each with every event that reached it, in order."""
    published = dict(session.exec(select(col(Announcement.doc_id), col(Announcement.published))).all())
    events = list(session.exec(select(ListEvent)))
    subjects: dict[SubjectKey, Subject] = {}

    def subject(key: SubjectKey) -> Subject:
        if key not in subjects:
            subjects[key] = Subject(key)
        return subjects[key]

    # The subjects each notice put on a list (adds) or named in a measure (amendments).
    listed: dict[str, list[ListEvent]] = defaultdict(list)
    amended: dict[str, list[ListEvent]] = defaultdict(list)
    for ev in events:
        if ev.entity_id is None:
            continue
        subject(("E", ev.list_name, ev.entity_id)).steps.append(
            Step(ev, published.get(ev.doc_id), affects_status=ev.event != "amend")
        )
        if ev.event == "add":
            listed[ev.doc_id].append(ev)
        elif ev.event == "amend":
            amended[ev.doc_id].append(ev)

    by_target: dict[str, list[ListEvent]] = defaultdict(list)
    for ev in events:
        if ev.entity_id is None and ev.target:
            by_target[ev.target].append(ev)

    for target, cited in by_target.items():
        doc = target_doc(target)
        for ev in cited:
            if ev.event in LISTING_EVENTS and ev.doc_id == doc:
                continue  # an item control listing itself: handled with its item subject below
            if listed.get(doc) or amended.get(doc):
                for entity_event in listed.get(doc, []):
                    subject(("E", entity_event.list_name or ev.list_name, entity_event.entity_id or 0)).steps.append(
                        Step(ev, published.get(ev.doc_id), via=target)
                    )
                seen = {e.entity_id for e in listed.get(doc, [])}
                for entity_event in amended.get(doc, []):
                    if entity_event.entity_id in seen:
                        continue
                    subject(("E", entity_event.list_name or ev.list_name, entity_event.entity_id or 0)).steps.append(
                        Step(ev, published.get(ev.doc_id), affects_status=False, via=target)
                    )
    # Items (and references nothing resolves to): one subject per target, with the events on it and on its doc.
    for target, cited in by_target.items():
        doc = target_doc(target)
        if listed.get(doc) or amended.get(doc):
            continue
        item_list = next((e.list_name for e in by_target.get(doc, []) if e.event == "control"), None)
        list_name = item_list or next((e.list_name for e in cited if e.list_name), None)
        item = subject(("T", list_name, target))
        item.unresolved = doc not in published
        relevant = list(cited)
        if target != doc:
            relevant.extend(by_target.get(doc, []))
        for ev in relevant:
            item.steps.append(Step(ev, published.get(ev.doc_id), via=ev.target))
    for item in subjects.values():
        item.steps.sort(key=Step.sort_key)
    return subjects


def _entry(subject: Subject, as_of: dt.date, entities: dict[int, Entity],
           measures_of: dict[int, list[str]] | None = None) -> ListEntry | None:
    steps = [s for s in subject.steps if s.known_on(as_of)]
    if not steps:
        return None
    status: str | None = None
    listed_by: str | None = None
    listed_on: dt.date | None = None
    until: dt.date | None = None
    names: ListEvent | None = None
    measures: list[str] = []
    for step in steps:
        ev = step.event
        imposed = (measures_of or {}).get(ev.action_id, [])
        if ev.event in LISTING_EVENTS:
            measures = list(imposed)
        elif ev.event == "amend" or not step.affects_status:
            measures.extend(m for m in imposed if m not in measures)
        if ev.event in LISTING_EVENTS:
            status, listed_by, listed_on, until = "active", ev.doc_id, step.date, None
            if ev.entity_id is not None:
                names = ev
        elif not step.affects_status:
            if status is None:
                # Measures on an entity whose listing notice is not recorded: it is listed by the cited notice.
                status, listed_by = "active", ev.target if ev.entity_id is not None else None
            if names is None and ev.entity_id is not None:
                names = ev
        elif ev.event == "suspend":
            status, until = "suspended", ev.until
        elif ev.event == "resume":
            status, until = "active", None
        elif ev.event == "terminate":
            status, until = "terminated", None
        elif ev.event == "remove":
            status, until = "removed", None
        if names is None and ev.entity_id is not None:
            names = ev
    if status is None:
        return None
    if status == "suspended" and until is not None and until < as_of:
        status = "lapsed"  # the suspension ran out and no later notice was seen: say so, never guess
    entity = entities.get(subject.entity_id) if subject.entity_id is not None else None
    kind = entity.kind if entity else ("item" if subject.key[1] == "ITEM" else None)
    return ListEntry(
        list=subject.key[1],
        entity_id=subject.entity_id,
        target=subject.target,
        name_zh=(names.name_zh if names else None) or (entity.name_zh if entity else None),
        name_en=(names.name_en if names else None) or (entity.name_en if entity else None),
        country=(names.country if names else None) or (entity.country if entity else None),
        kind=kind,
        status=status,  # type: ignore[arg-type]
        listed_by=listed_by,
        listed_on=listed_on,
        until=until if status in ("suspended", "lapsed") else None,
        last_event_by=steps[-1].event.doc_id,
        unresolved=subject.unresolved,
        measures=tuple(measures),
    )


def subject_entry(subject: Subject, as_of: dt.date, entities: dict[int, Entity]) -> ListEntry | None:
    """One subject's entry on ``as_of`` (None when nothing about it is known yet), as ``list_state`` gives it."""
    return _entry(subject, as_of, entities)


def list_state(session: Session, as_of: dt.date, list_name: str | None = None) -> list[ListEntry]:
    """For every entity ever listed and every item ever controlled or suspended: its status on ``as_of``."""
    entities = {e.id: e for e in session.exec(select(Entity)) if e.id is not None}
    measures_of = {a.id: list(a.measures or []) for a in session.exec(select(Action)) if a.id is not None}
    entries = []
    for subject in build_subjects(session).values():
        if list_name is not None and subject.key[1] != list_name:
            continue
        entry = _entry(subject, as_of, entities, measures_of)
        if entry is not None:
            entries.append(entry)
    entries.sort(key=lambda e: (e.list or "~", e.listed_on or dt.date.min, e.listed_by or "", e.target or "",
                                e.name_en or e.name_zh or "", e.entity_id or 0))
    return entries


def suspensions(session: Session) -> list[Suspension]:
    """Every suspension ever recorded, with the notice that followed it (a continuation, a stop) if any."""
    published = dict(session.exec(select(col(Announcement.doc_id), col(Announcement.published))).all())
    subjects = build_subjects(session)
    lists_of: dict[str, str | None] = {}
    for key in subjects:
        if key[0] == "T":
            lists_of.setdefault(str(key[2]), key[1])
    by_target: dict[str, list[Step]] = defaultdict(list)
    for ev in session.exec(select(ListEvent)):
        if ev.event in ("suspend", "resume", "terminate", "remove"):
            target = ev.target if ev.entity_id is None else f"entity:{ev.entity_id}"
            if target:
                by_target[target].append(Step(ev, published.get(ev.doc_id)))
    listed_in: dict[str, str | None] = {}
    for ev in session.exec(select(ListEvent).where(ListEvent.event == "add")):
        listed_in.setdefault(ev.doc_id, ev.list_name)
    found: list[Suspension] = []
    for target, steps in by_target.items():
        doc = target_doc(target)
        later = sorted(steps + (by_target.get(doc, []) if doc != target else []), key=Step.sort_key)
        for step in steps:
            if step.event.event != "suspend":
                continue
            position = next(i for i, s in enumerate(later) if s is step)
            follower = next((s for s in later[position + 1:] if s.event.doc_id != step.event.doc_id), None)
            found.append(
                Suspension(
                    target=target,
                    list=step.event.list_name or listed_in.get(doc) or lists_of.get(target),
                    effective=step.date,
                    until=step.event.until,
                    until_computed=step.event.until_computed,
                    suspended_by=step.event.doc_id,
                    followed_by=follower.event.doc_id if follower else None,
                )
            )
    found.sort(key=lambda s: (s.effective or dt.date.min, s.target, s.suspended_by))
    return found
