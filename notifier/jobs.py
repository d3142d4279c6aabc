"""The scheduled notifier jobs as single calls, shared by the CLI, ``policywatch run`` and the demo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlmodel import Session

from policywatch.notifier.digest import Digest, build_digest, enqueue_digest
from policywatch.notifier.reminders import Reminder, due_reminders, enqueue_reminder
from policywatch.notifier.subscriptions import SubscriptionSpec


def queue_digests(
    session: Session, subscriptions: Sequence[SubscriptionSpec], *, now: dt.datetime | None = None,
    since: dt.datetime | None = None,
) -> list[tuple[Digest, bool]]:
    """Build the digest of every subscription with ``digest: true`` and queue those that should be sent.

    Returns (digest, queued) pairs; deliver them with ``notifier.deliver``. Never commits.
    """
    out = []
    for sub in subscriptions:
        if not sub.digest:
            continue
        digest = build_digest(session, sub, since=since, now=now)
        out.append((digest, enqueue_digest(session, digest) is not None))
    return out


def queue_reminders(
    session: Session, on: dt.date, subscriptions: Sequence[SubscriptionSpec] | None, *, now: dt.datetime | None = None
) -> list[tuple[Reminder, bool]]:
    """Queue every reminder due on ``on`` (Beijing date) for ``subscriptions``; (reminder, queued) pairs."""
    return [(r, enqueue_reminder(session, r, now=now) is not None) for r in due_reminders(session, on, subscriptions)]
