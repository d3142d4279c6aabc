"""The weekly digest: what needs action first (suspensions ending soon, hits awaiting review, sources failing or
silent, suspensions ended with no follow-up), then every change since the last digest sent to a subscription,
grouped by list, newest effective date first.

"Since the last digest" is read from the outbox: the newest digest Delivery of the subscription that is pending
or sent records the end of the window it covered. A skipped week is caught up by the next digest, and windows
never overlap, so nothing is reported twice. A failed digest does not count: its changes go in the next one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from policywatch.notifier.outbox import _naive_utc, enqueue
from policywatch.notifier.render import Rendered, render
from policywatch.notifier.standing import standing_suspensions
from policywatch.notifier.subscriptions import SubscriptionSpec
from policywatch.notifier.views import beijing_time, change_view, hit_views, referenced, status_of_target
from policywatch.parsers.types import LIST_LABELS
from policywatch.store.clock import beijing_date, beijing_minutes
from policywatch.store.coverage import coverage, gap_lines
from policywatch.store.models import Change, Delivery, Hit, Source
from policywatch.store.wording import counted

HORIZON_DAYS = 30
# A source with no success for this long is news even when it does not fail.
SILENT_AFTER = dt.timedelta(days=7)
# Without an earlier digest, the first one looks back this far.
FIRST_WINDOW = dt.timedelta(days=7)
_ORDER = ["UEL", "ECL", "ECWL", "CML", "ITEM"]
# A first digest lists the suspensions that ended this far back with no follow-up (as late reminders would have).
ENDED_LOOKBACK_DAYS = 30


@dataclass(frozen=True)
class Digest:
    subscription: str | None
    channel: str | None
    since: dt.datetime
    until: dt.datetime
    groups: list[dict[str, Any]]
    ending_soon: list[dict[str, Any]]
    hits_awaiting_review: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    send_empty: bool = False
    ended_no_follow_up: list[dict[str, Any]] = field(default_factory=list)
    source_events: list[dict[str, Any]] = field(default_factory=list)
    coverage_gaps: list[str] = field(default_factory=list)  # "UEL 2026: No.4 not seen, No.3 and No.5 recorded"
    # Why this digest is held back though it has news (one digest a week per subscription), else None.
    not_sent_because: str | None = None

    @property
    def change_ids(self) -> list[int]:
        ids = [c["change_id"] for g in self.groups for c in g["changes"]]
        return sorted(ids + [c["change_id"] for c in self.source_events])

    @property
    def sources_needing_attention(self) -> list[dict[str, Any]]:
        return [s for s in self.sources if s["status"] != "ok"]

    @property
    def has_news(self) -> bool:
        return bool(self.groups or self.source_events or self.ending_soon or self.hits_awaiting_review
                    or self.ended_no_follow_up or self.sources_needing_attention)

    @property
    def should_send(self) -> bool:
        return (self.has_news or self.send_empty) and self.not_sent_because is None

    @property
    def list_change_count(self) -> int:
        return sum(len(g["changes"]) for g in self.groups)

    def to_json(self) -> dict[str, Any]:
        """The ``policywatch digest --json`` object (DESIGN §5 "digest object")."""
        return {
            "subscription": self.subscription,
            "channel": self.channel,
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "change_count": len(self.change_ids),
            "change_ids": self.change_ids,
            "changes": [_change_json(c) for g in self.groups for c in g["changes"]]
            + [_change_json(c) for c in self.source_events],
            "by_list": {g["list"]: len(g["changes"]) for g in self.groups},
            "ending_soon": [{k: v for k, v in s.items() if k != "about"} for s in self.ending_soon],
            "ended_no_follow_up": [{k: v for k, v in s.items() if k != "about"} for s in self.ended_no_follow_up],
            "hits_awaiting_review": self.hits_awaiting_review,
            "source_health": self.sources,
            "coverage_gaps": self.coverage_gaps,
            "has_news": self.has_news,
            "should_send": self.should_send,
            "not_sent_because": self.not_sent_because,
        }

    def context(self) -> dict[str, Any]:
        return {
            "subscription": self.subscription,
            "since_label": beijing_time(self.since),
            "until_label": beijing_time(self.until),
            "change_count": len(self.change_ids),
            "list_change_count": self.list_change_count,
            "groups": self.groups,
            "horizon_days": HORIZON_DAYS,
            "ending_soon": self.ending_soon,
            "ended_no_follow_up": self.ended_no_follow_up,
            "hits_awaiting_review": self.hits_awaiting_review,
            "sources": self.sources,
            "sources_bad": self.sources_needing_attention,
            "source_events": self.source_events,
            "coverage_gaps": self.coverage_gaps,
        }

    def subject(self) -> str:
        # The counts of the "at a glance" box, in its words: source events are counted with the sources there.
        parts = [counted(self.list_change_count, "change")]
        if self.ending_soon:
            parts.append(f"{counted(len(self.ending_soon), 'suspension')} ending within {HORIZON_DAYS} days")
        if self.hits_awaiting_review:
            parts.append(f"{counted(len(self.hits_awaiting_review), 'hit')} to review")
        bad = self.sources_needing_attention
        if bad:
            parts.append(f"{counted(len(bad), 'source')} {'needs' if len(bad) == 1 else 'need'} attention")
        if self.ended_no_follow_up:
            parts.append(f"{counted(len(self.ended_no_follow_up), 'suspension')} ended with no follow-up notice seen")
        return f"[policywatch] weekly digest {_label(self.since)} – {_label(self.until)}: " + ", ".join(parts)

    def render(self) -> Rendered:
        return render("digest", self.subject(), digest=self.context())


def _change_json(view: dict[str, Any]) -> dict[str, Any]:
    return {
        "change_id": view["change_id"], "kind": view["kind"], "list": view["list"], "doc_id": view["doc_id"],
        "headline": view["headline"], "title": view["title"], "effective": view["effective"],
        "until": view["until"], "targets": view["targets"], "url": view["url"],
        "entities": [{"name_zh": e.get("name_zh"), "name_en": e.get("name_en"), "country": e.get("country")}
                     for e in view["entities"]],
        "stated_count": view["stated_count"], "created_at": view["created_at"],
        "status_today": view.get("status_today") or [],
    }


def _label(when: dt.datetime) -> str:
    return beijing_minutes(when)


def last_covered(session: Session, subscription: str | None) -> dt.datetime | None:
    """The end of the window of the newest pending or sent digest of ``subscription``."""
    rows = session.exec(
        select(Delivery).where(Delivery.kind == "digest", Delivery.subscription == subscription,
                               col(Delivery.status).in_(("pending", "sent")))
    ).all()
    ends = [dt.datetime.fromisoformat(r.payload["until"]) for r in rows if (r.payload or {}).get("until")]
    return max(ends) if ends else None


def _beijing_day(when: dt.datetime) -> dt.date:
    return beijing_date(when)


def sent_this_week(session: Session, subscription: str | None, now: dt.datetime) -> dt.datetime | None:
    """The end of the window of a digest already queued or sent to ``subscription`` in ``now``'s week, else None.

    The week is the Beijing calendar week (Monday to Sunday): the scheduled digest runs on Mondays, late or not,
    so it never meets its predecessor's week, and a second ``digest --send`` the same week finds the first.
    """
    last = last_covered(session, subscription) if subscription is not None else None
    if last is None or _beijing_day(last).isocalendar()[:2] != _beijing_day(now).isocalendar()[:2]:
        return None
    return last


def _suspension_row(session: Session, s: Any, today: dt.date) -> dict[str, Any]:
    about = referenced(session, s.target)
    by = referenced(session, s.suspended_by)["title"]
    status = status_of_target(session, s.target, s.list, today)
    return {"target": s.target, "list": s.list, "until": s.until.isoformat(), "days_left": (s.until - today).days,
            "suspended_by": s.suspended_by, "suspended_by_title": by, "title": about["title"],
            "clause": about["clause"], "about": about, "status_today": status,
            "measures_in_force": all(line["measures_in_force"] for line in status) if status else None}


def ending_soon(session: Session, today: dt.date, subscription: SubscriptionSpec | None = None,
                horizon_days: int = HORIZON_DAYS) -> list[dict[str, Any]]:
    """Suspensions (not superseded) whose last day is today or within ``horizon_days``."""
    out = [_suspension_row(session, s, today) for s in standing_suspensions(session, subscription)
           if 0 <= (s.until - today).days <= horizon_days]
    return sorted(out, key=lambda r: (r["until"], r["target"]))


def ended_without_follow_up(session: Session, today: dt.date, after: dt.date,
                            subscription: SubscriptionSpec | None = None) -> list[dict[str, Any]]:
    """Suspensions whose last day fell in ``[after, today)`` with no later notice seen, newest first."""
    out = [_suspension_row(session, s, today) for s in standing_suspensions(session, subscription)
           if after <= s.until < today]
    return sorted(out, key=lambda r: (r["until"], r["target"]), reverse=True)


def source_health(session: Session, now: dt.datetime) -> list[dict[str, Any]]:
    out = []
    for row in session.exec(select(Source).order_by(Source.name)).all():
        if row.consecutive_failures:
            status = f"failing ({row.last_outcome})"
        elif row.last_success_at is None or now - row.last_success_at > SILENT_AFTER:
            status = "silent"
        else:
            status = "ok"
        out.append({
            "name": row.name, "last_outcome": row.last_outcome,
            "last_success_at": row.last_success_at.replace(microsecond=0).isoformat() if row.last_success_at
            else None,
            "last_success_label": beijing_time(row.last_success_at),
            "consecutive_failures": row.consecutive_failures, "items_seen": row.items_seen, "status": status,
            "last_error": row.last_error,
        })
    return out


def _newest_first(view: dict[str, Any]) -> tuple[str, str, int]:
    return (view["effective"] or view["published"] or "", view["created_at"] or "", view["change_id"] or 0)


def build_digest(
    session: Session,
    subscription: SubscriptionSpec | None,
    *,
    since: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> Digest:
    """The digest for ``subscription`` (None: everything, unfiltered) of the window ``(since, now]``.

    ``since`` defaults to the end of the last digest sent to that subscription, else ``now`` minus 7 days. A first
    digest (none sent before) also lists the suspensions that ended in the last 30 days with no follow-up seen:
    a new subscription gets those here, once, instead of a late reminder each.
    """
    until = _naive_utc(now)
    name = subscription.name if subscription else None
    covered = last_covered(session, name) if since is None else None
    start = _naive_utc(since) if since is not None else (covered or until - FIRST_WINDOW)
    changes = session.exec(
        select(Change)
        .where(Change.created_at > start, Change.created_at <= until)
        .order_by(Change.created_at, Change.id)  # type: ignore[arg-type]
    ).all()
    grouped: dict[str, list[dict[str, Any]]] = {}
    source_events: list[dict[str, Any]] = []
    today = _beijing_day(until)
    for change in changes:
        if change.kind == "delivery_failed":
            continue  # ops noise; reported by its own alert
        view = change_view(session, change, today=today)
        wanted = "source_health" if change.kind == "coverage_gap" else change.kind
        if subscription is not None and not subscription.wants_change(wanted, view["list"], view["countries"],
                                                                       hit_count=1):
            continue
        if change.kind in ("source_health", "coverage_gap"):
            source_events.append(view)  # shown with the sources, not as a list change
            continue
        grouped.setdefault(view["list"] or "other", []).append(view)
    order = {k: i for i, k in enumerate(_ORDER)}
    groups: list[dict[str, Any]] = [
        {"list": key, "label": LIST_LABELS.get(key, "Other"),
         "changes": sorted(grouped[key], key=_newest_first, reverse=True)}
        for key in sorted(grouped, key=lambda k: (order.get(k, 99), k))
    ]
    hits = session.exec(select(Hit).where(Hit.state == "new").order_by(Hit.id)).all()  # type: ignore[arg-type]
    review = hit_views(session, [h for h in hits if subscription is None or subscription.wants_list(h.list_name)],
                       today)
    first = since is None and covered is None
    earlier = sent_this_week(session, name, until)
    held = (f"a digest was already sent to {name} this week (covering up to {_label(earlier)} Beijing time); what "
            "happened since goes in next week's digest") if earlier is not None else None
    ended_after = today - dt.timedelta(days=ENDED_LOOKBACK_DAYS) if first else _beijing_day(start)
    return Digest(
        subscription=name,
        channel=subscription.channel if subscription else None,
        since=start,
        until=until,
        groups=groups,
        ending_soon=ending_soon(session, today, subscription),
        hits_awaiting_review=review,
        sources=source_health(session, until),
        send_empty=bool(subscription and subscription.send_empty_digest),
        ended_no_follow_up=ended_without_follow_up(session, today, ended_after, subscription),
        source_events=source_events,
        coverage_gaps=gap_lines(coverage(session)),
        not_sent_because=held,
    )


def enqueue_digest(session: Session, digest: Digest) -> Delivery | None:
    """Put ``digest`` in the outbox for its subscription's channel (None when it has nothing to send)."""
    if digest.subscription is None or digest.channel is None or not digest.should_send:
        return None
    return enqueue(
        session,
        dedupe_key=f"digest:{digest.subscription}:{digest.channel}:{digest.until.isoformat()}",
        kind="digest",
        channel=digest.channel,
        rendered=digest.render(),
        subscription=digest.subscription,
        payload={"since": digest.since.isoformat(), "until": digest.until.isoformat(),
                 "change_ids": digest.change_ids},
        now=digest.until,
    )
