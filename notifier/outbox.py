"""The outbox: ``plan`` turns new Change rows into Delivery rows; ``deliver`` sends them at least once.

A Delivery is keyed by a dedupe key — ``change:<id>:<subscription>:<channel>`` for alerts — so planning twice
plans nothing new. ``deliver`` claims rows with a lease (``claimed_by``/``claimed_until``) in one UPDATE, so two
deliverers never send the same row; a deliverer killed mid-way leaves a lease that expires and the row is sent by
the next one. A failed send is retried with exponential backoff; after ``max_attempts`` the row is marked
``failed`` (kept, with its last error) and a ``delivery_failed`` Change is raised for the other channels.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, or_, update
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policywatch.notifier.render import Rendered, render
from policywatch.notifier.sender import AppriseSender, OutgoingMessage, Send, SendOutcome
from policywatch.notifier.starting_state import (
    STARTING_STATE,
    backfill_summary_payload,
    held_back,
    starting_state_change,
    starting_state_id,
)
from policywatch.notifier.subscriptions import SubscriptionSpec, effective_since, first_seen, stored_subscriptions
from policywatch.notifier.views import change_view, subject_for
from policywatch.parsers.errors import PolicywatchError
from policywatch.screening.hits import hits_for_change, rescreen_for_change
from policywatch.store import session_scope
from policywatch.store.changes import (
    SYSTEM_KINDS,
    ChangeKind,
    DeliveryFailedPayload,
    HitPayload,
    SourceHealthPayload,
    StartingStatePayload,
    new_change,
)
from policywatch.store.clock import Clock, beijing_today
from policywatch.store.models import Change, Delivery, Hit, utcnow

log = logging.getLogger("policywatch.notifier")

MAX_ATTEMPTS = 6
BACKOFF_BASE = dt.timedelta(minutes=1)
BACKOFF_CAP = dt.timedelta(hours=6)
LEASE = dt.timedelta(minutes=5)
BATCH = 50
# DESIGN §6: a source is alerted on after this many failed ticks in a row, or at once on a challenge or a page
# that parsed to zero items; the ticks in between only reach the digest.
SOURCE_FAILURES_ALERT = 3


def backoff(attempts: int) -> dt.timedelta:
    """Wait before the next try after ``attempts`` failed ones: 1, 2, 4, 8 … minutes, at most 6 hours."""
    return min(BACKOFF_BASE * (2 ** max(attempts - 1, 0)), BACKOFF_CAP)


def _naive_utc(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return utcnow()
    return now.astimezone(dt.UTC).replace(tzinfo=None) if now.tzinfo else now


def enqueue(
    session: Session,
    *,
    dedupe_key: str,
    kind: str,
    channel: str,
    rendered: Rendered,
    subscription: str | None,
    change_id: int | None = None,
    payload: dict[str, Any] | None = None,
    now: dt.datetime | None = None,
) -> Delivery | None:
    """Add one Delivery unless its dedupe key is already in the outbox (then None). Never commits."""
    existing = session.exec(select(Delivery.id).where(Delivery.dedupe_key == dedupe_key)).first()
    if existing is not None:
        return None
    when = _naive_utc(now)
    row = Delivery(
        dedupe_key=dedupe_key,
        kind=kind,
        change_id=change_id,
        subscription=subscription,
        channel=channel,
        subject=rendered.subject,
        body_text=rendered.text,
        body_html=rendered.html,
        payload={**(payload or {}), "slack": rendered.slack},
        next_attempt_at=when,
        created_at=when,
    )
    session.add(row)
    session.flush()
    return row


def _rescreen(session: Session, change: Change, now: dt.datetime) -> list[Hit]:
    """Screen the change's listings, then report every open hit on them (new now or raised earlier)."""
    rescreen_for_change(session, change, now=now)
    return hits_for_change(session, change)


def _hits_of(session: Session, change: Change, now: dt.datetime) -> list[Hit]:
    """The open hits a change is about: a listing screens first; a ``hit`` change is its own hit; any other
    change about listed entities (a suspension, its end, a removal …) reports the hits on what it touches, so an
    ``only_when_hit`` subscription hears it."""
    if change.kind == ChangeKind.LISTING:
        return _rescreen(session, change, now)
    if change.kind == ChangeKind.HIT:
        hit_id = HitPayload.from_json(change.payload).hit_id
        hit = session.get(Hit, hit_id) if hit_id is not None else None
        return [hit] if hit is not None and hit.state in ("new", "confirmed") else []
    if change.kind in SYSTEM_KINDS:
        return []
    return hits_for_change(session, change)


def _told_with_listing(session: Session, change: Change, sub: SubscriptionSpec) -> bool:
    """A hit found by screening a listing was in that listing's alert: a subscription that got it is not told twice."""
    via = HitPayload.from_json(change.payload).via_change_id if change.kind == ChangeKind.HIT else None
    if via is None:
        return False
    return session.exec(select(Delivery.id).where(Delivery.change_id == via, Delivery.subscription == sub.name)
                        ).first() is not None


def _alerts(change: Change) -> bool:
    if change.kind != ChangeKind.SOURCE_HEALTH:
        return True
    payload = SourceHealthPayload.from_json(change.payload)
    failures = payload.consecutive_failures
    if not isinstance(failures, int):
        return True
    if payload.outcome in ("challenge", "layout_error") and failures == 1:
        return True
    return failures == SOURCE_FAILURES_ALERT


class NoSubscriptions(PolicywatchError):
    """``plan`` was asked to run with no subscription to offer the changes to: it refuses, consuming nothing."""

    exit_code = 2


def plan(session: Session, *, now: dt.datetime | None = None,
         subscriptions: Iterable[SubscriptionSpec] | None = None, workspace_url: str | None = None) -> int:
    """New Change rows (``planned_at`` null) → one Delivery per (change, subscription, channel). Never commits.

    Listing changes are screened first (``notifier.hits.rescreen_for_change``); the alert carries every open hit
    on the change's own (entity, list) pairs (``hits_for_change``), whether raised now or earlier.
    Returns the number of Deliveries added; planning again adds none. ``workspace_url`` (the review workspace's
    address, when one is served) is put in hit alerts beside the ``policywatch review`` command.
    """
    when = _naive_utc(now)
    subs = list(subscriptions) if subscriptions is not None else stored_subscriptions(session)
    if not subs:
        # A change marked planned with nobody to offer it to would never be sent: leave every change waiting.
        raise NoSubscriptions("no subscriptions to offer the new changes to; nothing was planned")
    today = beijing_today(when)
    seen = first_seen(session, [s.name for s in subs])
    since = {s.name: effective_since(s, seen.get(s.name), today) for s in subs}
    for sub in subs:
        if starting_state_id(session, sub.name) is None:
            starting_state_change(session, sub, since[sub.name], today, when, seen.get(sub.name))
    added = 0
    # Screening a listing may record hit changes: they are planned in the same run (a hit is heard at once).
    while changes := session.exec(
        select(Change).where(col(Change.planned_at).is_(None)).order_by(col(Change.id))
    ).all():
        added += _plan_changes(session, changes, subs, since, seen, when, today, workspace_url)
    session.flush()
    return added


def _plan_changes(session: Session, changes: Iterable[Change], subs: list[SubscriptionSpec],
                  since: dict[str, dt.date], seen: dict[str, dt.datetime], when: dt.datetime, today: dt.date,
                  workspace_url: str | None) -> int:
    added = 0
    for change in changes:
        if change.backfill or not _alerts(change):  # backfilled history is told once, as a summary
            change.planned_at = when
            session.add(change)
            continue
        if change.kind == ChangeKind.BACKFILL_SUMMARY:
            added += _plan_backfill_summary(session, change, subs, today, when)
            change.planned_at = when
            session.add(change)
            continue
        if change.kind == STARTING_STATE:
            added += _plan_starting_state(session, change, subs, when)
            change.planned_at = when
            session.add(change)
            continue
        hits = _hits_of(session, change, when)
        if change.kind == ChangeKind.HIT and not hits:
            change.planned_at = when  # dismissed before anyone heard of it: no longer news
            session.add(change)
            continue
        view = change_view(session, change, hits, today=today, workspace_url=workspace_url)
        rendered: Rendered | None = None
        for sub in subs:
            if held_back(change, since[sub.name], seen.get(sub.name)):
                continue  # already true on the subscription's first day: its starting state says so
            # A coverage gap is source health (a notice not seen), heard by those who follow source health.
            wanted = ChangeKind.SOURCE_HEALTH if change.kind == ChangeKind.COVERAGE_GAP else change.kind
            if not sub.wants_change(wanted, view["list"], view["countries"], len(hits)):
                continue
            if change.kind == "delivery_failed" and view.get("channel") == sub.channel:
                continue  # the channel that failed would only fail again
            if _told_with_listing(session, change, sub):
                continue
            rendered = rendered or render("alert", subject_for(view), change=view)
            row = enqueue(
                session,
                dedupe_key=f"change:{change.id}:{sub.name}:{sub.channel}",
                kind="ops" if change.kind in SYSTEM_KINDS else "alert",
                channel=sub.channel,
                rendered=rendered,
                subscription=sub.name,
                change_id=change.id,
                payload={"change_kind": change.kind, "doc_id": change.doc_id,
                         "hit_ids": [h["hit_id"] for h in view["hits"]]},
                now=when,
            )
            added += row is not None
        change.planned_at = when
        session.add(change)
    session.flush()
    return added


def _plan_backfill_summary(session: Session, change: Change, subs: list[SubscriptionSpec], today: dt.date,
                           when: dt.datetime) -> int:
    """A backfill's one summary: each subscription hears where its lists stand now, not every old notice."""
    added = 0
    for sub in subs:
        payload = backfill_summary_payload(session, sub, change, today)
        if payload is None:
            continue
        rendered = render("starting_state", f"[policywatch] history backfilled: {len(payload['backfill']['doc_ids'])} "
                                            f"earlier notices; where things stand on {payload['as_of']}", s=payload)
        row = enqueue(session, dedupe_key=f"change:{change.id}:{sub.name}:{sub.channel}", kind="alert",
                      channel=sub.channel, rendered=rendered, subscription=sub.name, change_id=change.id,
                      payload={"change_kind": ChangeKind.BACKFILL_SUMMARY.value, "doc_id": None, "hit_ids": []},
                      now=when)
        added += row is not None
    return added


def _plan_starting_state(session: Session, change: Change, subs: list[SubscriptionSpec], when: dt.datetime) -> int:
    """The starting-state change goes to its own subscription only, whatever its event filters."""
    state = StartingStatePayload.from_json(change.payload)
    sub = next((s for s in subs if s.name == state.subscription), None)
    if sub is None:
        return 0
    rendered = render("starting_state", f"[policywatch] starting state for {sub.name}: where things stand on "
                                        f"{state.as_of}", s=state.to_json())
    row = enqueue(session, dedupe_key=f"change:{change.id}:{sub.name}:{sub.channel}", kind="alert",
                  channel=sub.channel, rendered=rendered, subscription=sub.name, change_id=change.id,
                  payload={"change_kind": STARTING_STATE, "doc_id": None,
                           "hit_ids": [h["hit_id"] for h in state.hits]},
                  now=when)
    return int(row is not None)


@dataclass
class DeliveryReport:
    """What one ``deliver`` run did."""

    worker_id: str
    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    # Claimed in a batch but taken over by another deliverer before their turn came: not sent by this run.
    skipped: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def attempted(self) -> int:
        return len(self.sent) + len(self.retrying) + len(self.failed)

    def to_json(self) -> dict[str, Any]:
        return {
            "worker_id": self.worker_id,
            "attempted": self.attempted,
            "sent": len(self.sent),
            "retrying": len(self.retrying),
            "failed": len(self.failed),
            "sent_ids": self.sent,
            "retrying_ids": self.retrying,
            "failed_ids": self.failed,
            "skipped_ids": self.skipped,
            "errors": self.errors,
        }


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _claim(engine: Engine, token: str, now: dt.datetime, lease: dt.timedelta, batch: int) -> list[Delivery]:
    due = and_(
        col(Delivery.status) == "pending",
        col(Delivery.next_attempt_at) <= now,
        or_(col(Delivery.claimed_until).is_(None), col(Delivery.claimed_until) < now),
    )
    candidates = sa_select(col(Delivery.id)).where(due).order_by(col(Delivery.id)).limit(batch)
    with session_scope(engine) as session:
        # One UPDATE takes the write lock first and repeats the conditions, so a row is claimed by one worker only
        # (SQLite serialises writers; PostgreSQL re-checks the outer conditions on a concurrently updated row).
        session.execute(
            update(Delivery)
            .where(Delivery.id.in_(candidates.scalar_subquery()), due)  # type: ignore[union-attr]
            .values(claimed_by=token, claimed_until=now + lease)
        )
    with session_scope(engine) as session:
        return list(session.exec(
            select(Delivery).where(col(Delivery.claimed_by) == token, col(Delivery.status) == "pending")
            .order_by(col(Delivery.id))
        ).all())


def _message(row: Delivery) -> OutgoingMessage:
    return OutgoingMessage(
        delivery_id=row.id or 0,
        dedupe_key=row.dedupe_key,
        kind=row.kind,
        channel=row.channel,
        subject=row.subject,
        text=row.body_text,
        html=row.body_html,
        slack=str((row.payload or {}).get("slack") or ""),
    )


def deliver(
    engine: Engine,
    *,
    now: dt.datetime | None = None,
    clock: Clock | None = None,
    send: Send | None = None,
    worker_id: str | None = None,
    max_attempts: int = MAX_ATTEMPTS,
    lease: dt.timedelta = LEASE,
    batch: int = BATCH,
    channels: Any = None,
) -> DeliveryReport:
    """Send every due pending Delivery once; record each result in its own transaction.

    ``send`` defaults to an :class:`AppriseSender` over ``channels`` (a name → Channel mapping). Time comes from
    ``clock`` (naive UTC), else stays at ``now``. A failure never stops the others.

    A batch is claimed for ``lease``; before each message its lease is renewed, on the condition that this worker
    still holds it. A message whose lease ran out while earlier ones were sent (a slow server) and that another
    deliverer claimed since is skipped here: it is sent once, by the worker that holds it.
    """
    tick = clock or (lambda: _naive_utc(now))
    send = send or AppriseSender(channels or {}, clock=tick)
    token = f"{worker_id or default_worker_id()}:{uuid.uuid4().hex[:6]}"
    report = DeliveryReport(worker_id=token)
    done: set[int] = set()
    while True:
        rows = [r for r in _claim(engine, token, tick(), lease, batch) if r.id not in done]
        if not rows:
            break
        for row in rows:
            done.add(row.id or 0)
            if not _renew(engine, row, token, tick() + lease):
                report.skipped.append(row.id or 0)
                log.info("delivery %s: claimed by another deliverer since this batch was taken; not sent here", row.id)
                continue
            try:
                outcome = send(_message(row))
            except Exception as exc:  # a sender bug counts as a failed attempt, not a lost message
                outcome = SendOutcome(False, f"{type(exc).__name__}: {exc}")
            _record(engine, row, token, outcome.ok, outcome.error, tick(), max_attempts, report)
    return report


def _renew(engine: Engine, row: Delivery, token: str, until: dt.datetime) -> bool:
    """Extend this worker's lease on one message; False when another worker holds it now."""
    with session_scope(engine) as session:
        result = session.execute(
            update(Delivery)
            .where(col(Delivery.id) == row.id, col(Delivery.claimed_by) == token, col(Delivery.status) == "pending")
            .values(claimed_until=until)
        )
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def _record(engine: Engine, row: Delivery, token: str, ok: bool, error: str | None, now: dt.datetime,
            max_attempts: int, report: DeliveryReport) -> None:
    attempts = row.attempts + 1
    mine = and_(col(Delivery.id) == row.id, col(Delivery.claimed_by) == token)
    with session_scope(engine) as session:
        if ok:
            values: dict[str, Any] = {"status": "sent", "sent_at": now, "attempts": attempts, "last_error": None,
                                      "claimed_by": None, "claimed_until": None}
            report.sent.append(row.id or 0)
        elif attempts >= max_attempts:
            values = {"status": "failed", "attempts": attempts, "last_error": error, "claimed_by": None,
                      "claimed_until": None}
            report.failed.append(row.id or 0)
        else:
            values = {"attempts": attempts, "last_error": error, "next_attempt_at": now + backoff(attempts),
                      "claimed_by": None, "claimed_until": None}
            report.retrying.append(row.id or 0)
        result = session.execute(update(Delivery).where(mine).values(**values))
        if result.rowcount != 1:  # type: ignore[attr-defined]
            log.warning("delivery %s: lease lost before its result was recorded", row.id)
            return
        if error:
            report.errors.append(f"delivery {row.id} ({row.channel}): {error}")
        if not ok and attempts >= max_attempts:
            log.error("delivery %s to channel %s failed after %d attempts: %s", row.id, row.channel, attempts, error)
            if row.kind != "ops":  # an alert about a failed alert is not alerted about again
                session.add(new_change(
                    DeliveryFailedPayload(delivery_id=row.id, channel=row.channel, error=error,
                                          subscription=row.subscription, attempts=attempts),
                    source="notifier", created_at=now,
                    summary=f"delivery {row.id} ({row.kind}: {row.subject[:120]}) to channel {row.channel} failed "
                            f"after {attempts} attempts: {error or 'unknown error'}"[:500],
                ))
