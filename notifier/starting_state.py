"""The one "starting state" message a subscription gets when it is first seen, instead of a backlog of old alerts.

What was already true on its ``since`` day: how many entries are in force per list, suspensions ending within
30 days, suspensions that ended with no follow-up notice seen (their listing's measures apply again), and the
open hits on its lists, and the notices dated before it that still need a human read. Changes whose notice was
published before ``since`` are not alerted one by one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from policywatch.notifier.standing import standing_suspensions
from policywatch.notifier.subscriptions import SubscriptionSpec
from policywatch.store import list_state
from policywatch.store.changes import (
    ACTION_CHANGES,
    SYSTEM_KINDS,
    BackfillSummaryPayload,
    ChangeKind,
    StartingStatePayload,
    event_published,
    new_change,
)
from policywatch.store.clock import beijing_date
from policywatch.store.models import Announcement, Change, Counterparty, Entity, Hit
from policywatch.store.wording import counted

STARTING_STATE = ChangeKind.STARTING_STATE.value
ENDING_SOON_DAYS = 30
# Kinds about the system or the subscription itself, never held back by ``since``. A coverage gap is held back
# like a notice: a gap in numbers published before ``since`` is history, which the starting state covers.
NOT_NOTICES = SYSTEM_KINDS - {ChangeKind.COVERAGE_GAP}


def event_day(change: Change) -> dt.date:
    """The day a change happened: its notice's publication day, else when it was recorded (Beijing)."""
    return event_published(change) or beijing_date(change.created_at)


def before_since(change: Change, since: dt.date) -> bool:
    """True when ``change`` happened before ``since``: it belongs to the starting state, not to an alert."""
    if change.kind in NOT_NOTICES:
        return False
    return event_day(change) < since


def starting_state_payload(session: Session, spec: SubscriptionSpec, since: dt.date, today: dt.date,
                           seen: dt.datetime | None = None) -> dict[str, Any]:
    """The facts of one subscription's starting state: the lists as they stood on ``since`` (today at the latest).

    Hits are those found before ``since`` and awaiting review now; later hits and notices get alerts of their own.
    """
    today = min(since, today)
    counts: dict[str, dict[str, int]] = {}
    for entry in list_state(session, today):
        if entry.list is None or not spec.wants_list(entry.list):
            continue
        row = counts.setdefault(entry.list, {"in_force": 0, "suspended": 0, "ended_no_follow_up": 0})
        if entry.status in ("active", "lapsed"):
            row["in_force"] += 1
        if entry.status == "suspended":
            row["suspended"] += 1
        if entry.status == "lapsed":
            row["ended_no_follow_up"] += 1
    ending, ended = [], []
    for s in standing_suspensions(session, spec):
        item = {"target": s.target, "list": s.list, "until": s.until.isoformat(), "suspended_by": s.suspended_by}
        if today <= s.until <= today + dt.timedelta(days=ENDING_SOON_DAYS):
            ending.append(item)
        elif s.until < today:
            ended.append(item)
    hits = []
    for hit in session.exec(select(Hit).where(Hit.state == "new").order_by(Hit.id)).all():  # type: ignore[arg-type]
        if not spec.wants_list(hit.list_name) or beijing_date(hit.created_at) >= since:
            continue  # a hit found from ``since`` on is news: it gets its own alert
        cp = session.get(Counterparty, hit.counterparty_id)
        entity = session.get(Entity, hit.entity_id)
        hits.append({"hit_id": hit.id, "counterparty_id": hit.counterparty_id,
                     "counterparty": cp.display_name if cp else hit.counterparty_id, "list": hit.list_name,
                     "entity_zh": entity.name_zh if entity else None, "entity_en": entity.name_en if entity else None,
                     "listed_by": hit.doc_id})
    return {
        "subscription": spec.name,
        "since": since.isoformat(),
        "as_of": today.isoformat(),
        "lists": dict(sorted(counts.items())),
        "ending_soon": sorted(ending, key=lambda i: (i["until"], i["target"])),
        "ended_no_follow_up": sorted(ended, key=lambda i: (i["until"], i["target"])),
        "hits": hits,
        "needs_review": needs_review_before(session, since, spec, seen),
    }


def needs_review_before(session: Session, since: dt.date, spec: SubscriptionSpec, seen: dt.datetime | None = None
                        ) -> list[dict[str, Any]]:
    """Notices dated before ``since`` (published, else recorded), or undated and recorded before the subscription
    was first seen (``seen``), that still need a human read (DESIGN §6): their own "read this notice" alerts are
    held back, so the starting state names them, with the official link."""
    out = []
    rows = session.exec(select(Announcement).where(col(Announcement.needs_review).is_(True))
                        .order_by(col(Announcement.published), col(Announcement.doc_id))).all()
    for row in rows:
        day = row.published or beijing_date(row.recorded_at)
        lists = {a.get("list") for a in (row.data or {}).get("actions") or [] if isinstance(a, dict)}
        undated_before = row.published is None and seen is not None and row.recorded_at < seen
        other_lists = bool(spec.lists and lists and not any(spec.wants_list(x) for x in lists))
        if (day >= since and not undated_before) or other_lists:
            continue
        url = row.url if str(row.url or "").startswith(("http://", "https://")) else None
        out.append({"doc_id": row.doc_id, "title": row.title, "number": row.number,
                    "published": row.published.isoformat() if row.published else None, "url": url,
                    "reasons": [str(r) for r in row.review_reasons or [] if r]})
    return out


def is_empty(payload: dict[str, Any]) -> bool:
    """Nothing was true yet on ``since``: there is no starting state to tell (and no backlog held back)."""
    return not (payload["lists"] or payload["ending_soon"] or payload["ended_no_follow_up"] or payload["hits"]
                or payload.get("needs_review"))


def starting_state_change(session: Session, spec: SubscriptionSpec, since: dt.date, today: dt.date,
                          now: dt.datetime, seen: dt.datetime | None = None) -> Change | None:
    """Add the subscription's starting-state Change (unplanned), or None when nothing was true yet; never commits."""
    payload = starting_state_payload(session, spec, since, today, seen)
    if is_empty(payload):
        return None
    in_force = sum(v["in_force"] for v in payload["lists"].values())
    change = new_change(
        StartingStatePayload.from_json(payload), source="notifier", created_at=now,
        summary=f"starting state for '{spec.name}' on {today.isoformat()}: {counted(in_force, 'entry')} in force, "
                f"{counted(len(payload['ending_soon']), 'suspension')} ending within {ENDING_SOON_DAYS} days, "
                f"{len(payload['ended_no_follow_up'])} ended with no follow-up, "
                f"{counted(len(payload['hits']), 'hit')} to review, "
                f"{counted(len(payload['needs_review']), 'notice')} to read",
    )
    session.add(change)
    session.flush()
    return change


def starting_state_id(session: Session, name: str) -> int | None:
    """The id of subscription ``name``'s starting-state Change, None when it has none (yet, or nothing to tell)."""
    rows = session.exec(select(Change.id, Change.payload).where(Change.kind == STARTING_STATE)).all()
    return next((i for i, p in rows if StartingStatePayload.from_json(p).subscription == name), None)


# Notice kinds whose day may be unknown (a text with no date): they count from when they were recorded.
UNDATED_NOTICE_KINDS = frozenset({*ACTION_CHANGES.values(), ChangeKind.NEEDS_REVIEW, ChangeKind.REVISED})


def held_back(change: Change, since: dt.date, seen: dt.datetime | None = None) -> bool:
    """A change dated before the subscription's ``since``: not alerted one by one (DESIGN §6).

    A notice with no date of its own recorded before the subscription was first seen (``seen``, naive UTC) is
    history too: a first run that ingests an undated text would otherwise alert it as if it were new. What it did
    is in the lists, the digest and, when recorded before the starting state was built, in that.
    """
    if before_since(change, since):
        return True
    return (seen is not None and change.kind in UNDATED_NOTICE_KINDS and event_published(change) is None
            and change.created_at < seen)


def backfill_summary_payload(session: Session, spec: SubscriptionSpec, change: Change, today: dt.date
                             ) -> dict[str, Any] | None:
    """What one subscription hears after a backfill: the lists as they stand now, starting-state style.

    None when the subscription's own starting state was built after the backfill (it already says this).
    """
    own = starting_state_id(session, spec.name)
    if own is not None and change.id is not None and own > change.id:
        return None
    payload = starting_state_payload(session, spec, today, today)
    backfill = BackfillSummaryPayload.from_json(change.payload)
    payload["backfill"] = {"sources": sorted(backfill.sources), "doc_ids": list(backfill.doc_ids)}
    return payload
