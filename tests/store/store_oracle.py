"""Expected list state computed straight from announcements, without the store (the tests' oracle).

It follows DESIGN §4 and the conventions of facts.json: an event counts once it is in force and published; a
citation applies to every entity the cited notice listed (to the item itself for an item control); a measure
notice about an already-listed entity (an ``amend`` and what cites it) leaves the status alone; a suspension
whose last day has passed with nothing after it is ``lapsed``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from policywatch.parsers import Announcement

_ORDER = {"add": 0, "control": 0, "amend": 1, "suspend": 2, "resume": 3, "terminate": 4, "remove": 5}


@dataclass(frozen=True)
class Expected:
    list: str | None
    name: str | None  # the English name as the listing printed it, else the Chinese one; None for items
    target: str | None
    status: str
    listed_by: str | None
    until: dt.date | None
    unresolved: bool


def expected_state(announcements: list[Announcement], as_of: dt.date) -> dict[tuple[str | None, str], Expected]:
    """Keyed by (list, name or target)."""
    docs = {a.doc_id: a for a in announcements}
    # subject → [(date, published, doc_id, kind order, kind, until, affects)]
    events: dict[tuple[str | None, str], list[tuple]] = {}
    unresolved: set[tuple[str | None, str]] = set()

    def add(subject: tuple[str | None, str], ann: Announcement, kind: str, date: dt.date | None,
            until: dt.date | None, affects: bool = True) -> None:
        events.setdefault(subject, []).append(
            (date or dt.date.min, ann.published or dt.date.min, ann.doc_id, _ORDER[kind], kind, until, affects,
             date, ann.published)
        )

    def listed_by(doc: str) -> list[tuple[str | None, str]]:
        ann = docs[doc]
        return [(a.list, e.name_en or e.name_zh or "") for a in ann.actions if a.kind == "add" for e in a.entities]

    def amended_by(doc: str) -> list[tuple[str | None, str]]:
        ann = docs[doc]
        return [(a.list, e.name_en or e.name_zh or "") for a in ann.actions if a.kind == "amend" for e in a.entities]

    for ann in announcements:
        for action in ann.actions:
            date = action.effective or ann.published
            if action.entities:
                for entity in action.entities:
                    add((action.list, entity.name_en or entity.name_zh or ""), ann, action.kind, date, action.until,
                        affects=action.kind != "amend")
            elif action.kind == "control" and not action.targets:
                add((action.list or "ITEM", ann.doc_id), ann, "control", date, None)
            for target in action.targets if not action.entities else ():
                doc = target.split("#")[0]
                if doc in docs and (listed_by(doc) or amended_by(doc)):
                    for subject in listed_by(doc):
                        add(subject, ann, action.kind, date, action.until)
                    for subject in amended_by(doc):
                        if subject not in listed_by(doc):
                            add(subject, ann, action.kind, date, action.until, affects=False)
                    continue
                control = [a for a in docs[doc].actions if a.kind == "control"] if doc in docs else []
                subject = ("ITEM" if control else action.list, target)
                add(subject, ann, action.kind, date, action.until)
                if control and target != doc:
                    add(subject, docs[doc], "control", control[0].effective or docs[doc].published, None)
                if doc not in docs:
                    unresolved.add(subject)
    result: dict[tuple[str | None, str], Expected] = {}
    for subject, evs in events.items():
        status = by = until = None
        known = [e for e in evs if (e[7] is None or e[7] <= as_of) and (e[8] is None or e[8] <= as_of)]
        for _date, _published, doc_id, _order, kind, ev_until, affects, _, _ in sorted(known):
            if kind in ("add", "control"):
                status, by, until = "active", doc_id, None
            elif not affects:
                status = status or "active"
            elif kind == "suspend":
                status, until = "suspended", ev_until
            elif kind == "resume":
                status, until = "active", None
            elif kind in ("terminate", "remove"):
                status, until = {"terminate": "terminated", "remove": "removed"}[kind], None
        if status is None:
            continue
        if status == "suspended" and until is not None and until < as_of:
            status = "lapsed"
        is_item = subject in unresolved or subject[0] == "ITEM"
        result[subject] = Expected(subject[0], None if is_item else subject[1], subject[1] if is_item else None,
                                   status, by, until, subject in unresolved)
    return result
