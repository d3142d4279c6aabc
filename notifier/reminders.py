"""Reminders before a suspension's last day (T-30, T-7, T-1 by default) and the day after it ends.

For each suspension still standing (no later notice followed it) and each subscription: on the day an offset
falls due, a ``before_end`` reminder; a reminder whose day passed while nothing ran is sent late (``late: true``)
— only the most recent one, the older ones would say less. The day after the last day, ``ended_no_follow_up``:
policywatch never guesses what happened at expiry, it says that no follow-up notice was seen. "Once" is read
from the outbox (a reminder already pending or sent for that subscription is not due again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlmodel import Session, col, select

from policywatch.notifier.outbox import enqueue
from policywatch.notifier.render import Rendered, render
from policywatch.notifier.standing import standing_suspensions
from policywatch.notifier.subscriptions import DEFAULT_OFFSETS, SubscriptionSpec, first_seen
from policywatch.notifier.views import entity_label, referenced, status_of_target
from policywatch.parsers.types import LIST_LABELS
from policywatch.store.changes import ChangeKind
from policywatch.store.clock import beijing_date
from policywatch.store.models import Announcement, Delivery, Entity, ListEvent

ReminderKind = Literal["before_end", "ended_no_follow_up"]
# A reminder more than this many days overdue is not sent any more (a new install does not replay history).
LATE_WINDOW_DAYS = 30
ENDED_OFFSET = -1  # "the day after until", as an offset before until


@dataclass(frozen=True, slots=True)
class Reminder:
    target: str
    list: str | None
    until: dt.date
    offset_days: int
    kind: ReminderKind
    late: bool
    subscription: str | None
    suspended_by: str
    channel: str | None = None
    effective: dt.date | None = None
    until_computed: bool = False
    on: dt.date | None = None

    @property
    def due(self) -> dt.date:
        return self.until - dt.timedelta(days=self.offset_days)

    @property
    def dedupe_key(self) -> str:
        return (f"reminder:{self.subscription}:{self.channel}:{self.target}:{self.until.isoformat()}:"
                f"{self.kind}:{self.offset_days}")

    def to_json(self) -> dict[str, Any]:
        """DESIGN §5 reminder shape."""
        return {
            "target": self.target,
            "list": self.list,
            "until": self.until.isoformat(),
            "offset_days": self.offset_days,
            "kind": self.kind,
            "late": self.late,
            "subscription": self.subscription,
            "suspended_by": self.suspended_by,
        }


def _already(session: Session, subscription: str | None, target: str, until: dt.date) -> set[tuple[str, int]]:
    """(kind, offset) of the reminders of this suspension already pending or sent to ``subscription``."""
    prefix = f"reminder:{subscription}:"
    rows = session.exec(
        select(Delivery).where(Delivery.kind == "reminder", Delivery.subscription == subscription,
                               col(Delivery.status).in_(("pending", "sent")),
                               col(Delivery.dedupe_key).startswith(prefix))
    ).all()
    done = set()
    for row in rows:
        p = row.payload or {}
        if p.get("target") == target and p.get("until") == until.isoformat():
            done.add((str(p.get("kind")), int(p.get("offset_days", 0))))
    return done


def due_reminders(
    session: Session,
    on: dt.date,
    subscriptions: Sequence[SubscriptionSpec] | None = None,
    *,
    suspensions: Iterable[Any] | None = None,
) -> list[Reminder]:
    """Reminders due on ``on`` for each subscription (or one ``subscription: null`` set with default offsets).

    ``suspensions`` defaults to ``policywatch.store.suspensions(session)``.
    """
    if suspensions is None:
        from policywatch.store import suspensions as store_suspensions

        suspensions = store_suspensions(session)
    targets = standing_suspensions(session, among=suspensions)
    subs: list[SubscriptionSpec | None] = list(subscriptions) if subscriptions else [None]
    seen = first_seen(session, [s.name for s in subs if s is not None])
    out: list[Reminder] = []
    for s in targets:
        for sub in subs:
            if sub is not None and not sub.wants_list(s.list):
                continue
            if sub is not None and sub.events and ChangeKind.SUSPENSION not in sub.events:
                continue
            name = sub.name if sub else None
            offsets = sub.reminder_offsets if sub else DEFAULT_OFFSETS
            done = _already(session, name, s.target, s.until) if sub else set()
            reminder = _due_for(s, sub, offsets, on, done)
            if reminder is not None and name in seen and reminder.due < min(_beijing_day(seen[name]), on):
                # Due before this subscription existed: nothing was missed, so nothing is sent late (an ended
                # suspension among these is reported by the subscription's first digest instead). A subscription
                # first seen after ``on`` (a replayed day, as in the demo) counts as existing from ``on``.
                continue
            if reminder is not None:
                out.append(reminder)
    out.sort(key=lambda r: (r.until, r.target, r.subscription or ""))
    return out


def _beijing_day(when: dt.datetime) -> dt.date:
    return beijing_date(when)


def _due_for(s: Any, sub: SubscriptionSpec | None, offsets: Iterable[int], on: dt.date,
             done: set[tuple[str, int]]) -> Reminder | None:
    common = {
        "target": s.target, "list": s.list, "until": s.until, "subscription": sub.name if sub else None,
        "channel": sub.channel if sub else None, "suspended_by": s.suspended_by, "effective": s.effective,
        "until_computed": bool(s.until_computed), "on": on,
    }
    ended = s.until + dt.timedelta(days=1)
    if on >= ended:
        late = (on - ended).days
        if late > LATE_WINDOW_DAYS or ("ended_no_follow_up", ENDED_OFFSET) in done:
            return None
        return Reminder(**common, offset_days=ENDED_OFFSET, kind="ended_no_follow_up", late=late > 0)
    # The most recent offset already due (smallest offset whose day has come).
    due = [o for o in sorted(set(offsets)) if s.until - dt.timedelta(days=o) <= on]
    if not due:
        return None
    offset = due[0]
    day = s.until - dt.timedelta(days=offset)
    if s.effective is not None and day < s.effective:
        return None  # the suspension did not exist yet on that day: nothing was missed
    if (on - day).days > LATE_WINDOW_DAYS or ("before_end", offset) in done:
        return None
    return Reminder(**common, offset_days=offset, kind="before_end", late=day < on)


def _display_target(session: Session, target: str) -> str:
    if target.startswith("entity:"):
        entity = session.get(Entity, int(target.split(":", 1)[1])) if target[7:].isdigit() else None
        if entity is not None:
            return " / ".join(n for n in (entity.name_zh, entity.name_en) if n) or target
    return target


def _listed_names(session: Session, target: str, list_name: str | None, shown: int = 5) -> tuple[list[str], int]:
    """The first names the suspended notice put on ``list_name``, and how many more there are."""
    if "#" in target or target.startswith("entity:"):
        return [], 0
    query = select(ListEvent).where(ListEvent.doc_id == target, col(ListEvent.entity_id).is_not(None))
    if list_name:
        query = query.where(ListEvent.list_name == list_name)
    ids = list(dict.fromkeys(ev.entity_id for ev in session.exec(query.order_by(col(ListEvent.id)))))
    names = []
    for entity_id in ids[:shown]:
        entity = session.get(Entity, entity_id)
        if entity is not None:
            names.append(entity_label({"name_zh": entity.name_zh, "name_en": entity.name_en}))
    return names, max(len(ids) - shown, 0)


def suspended_subject(session: Session, target: str, list_name: str | None, shown: int = 2) -> str:
    """What a suspension covers, in a few words: the entities of the suspended listing (``A (a), B (b) and 9
    more``), the entity, or the suspended notice's title and clause; the target itself when nothing is recorded."""
    names, more = _listed_names(session, target, list_name, shown)
    if names:
        return ", ".join(names) + (f" and {more} more" if more else "")
    if target.startswith("entity:"):
        return _display_target(session, target)
    about = referenced(session, target)
    title = about["title"] if about["title"] and about["title"] != about["doc_id"] else None
    clause = f"clause {about['clause_no']}" if about["clause_no"] else None
    if title and len(title) > 60:
        title = title[:59] + "…"
    if not about["recorded"]:
        return "a notice not recorded here"
    return " ".join(p for p in (title, clause) if p) or target


def render_reminder(session: Session, reminder: Reminder) -> Rendered:
    announcement = session.exec(select(Announcement).where(Announcement.doc_id == reminder.suspended_by)).first()
    url = announcement.url if announcement and str(announcement.url or "").startswith(("http://", "https://")) \
        else None
    days_left = (reminder.until - (reminder.on or reminder.due)).days
    target = _display_target(session, reminder.target)
    about = referenced(session, reminder.target)
    about["entities"], about["entities_more"] = _listed_names(session, reminder.target, reminder.list)
    context = {
        **reminder.to_json(), "target": target, "due": reminder.due.isoformat(), "days_left": max(days_left, 0),
        "list_label": LIST_LABELS.get(reminder.list or "", reminder.list), "url": url,
        "effective": reminder.effective.isoformat() if reminder.effective else None,
        "until_computed": reminder.until_computed, "about": about,
        "suspended_by_title": announcement.title if announcement and announcement.title != announcement.number
        else None,
        "today": (reminder.on or reminder.due).isoformat(),
        "status_today": status_of_target(session, reminder.target, reminder.list, reminder.on or reminder.due),
    }
    late = " (late)" if reminder.late else ""
    where = reminder.list or "policywatch"
    if reminder.kind == "ended_no_follow_up":
        subject = (f"[policywatch] {where}: suspension of {target} ended {reminder.until}; "
                   f"no follow-up notice seen{late}")
    else:
        subject = (f"[policywatch] {where}: suspension of {target} ends {reminder.until} "
                   f"(T-{reminder.offset_days}){late}")
    return render("reminder", subject, r=context)


def enqueue_reminder(session: Session, reminder: Reminder, *, now: dt.datetime | None = None) -> Delivery | None:
    """Put ``reminder`` in the outbox for its subscription's channel (None without one, or when already there)."""
    if reminder.subscription is None or reminder.channel is None:
        return None
    return enqueue(
        session,
        dedupe_key=reminder.dedupe_key,
        kind="reminder",
        channel=reminder.channel,
        rendered=render_reminder(session, reminder),
        subscription=reminder.subscription,
        payload={**reminder.to_json(), "due": reminder.due.isoformat()},
        now=now,
    )
