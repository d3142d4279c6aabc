"""The suspensions still standing: a last day stated and no later notice seen on them.

These are what reminders warn about, what the digest lists as ending soon or ended with no follow-up, and what a
starting-state message reports; a suspension a later notice continued, resumed, ended or removed is not standing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, cast

from sqlmodel import Session

from policywatch.notifier.subscriptions import SubscriptionSpec
from policywatch.store import Suspension, suspensions


class StandingSuspension(Protocol):
    """A ``store.Suspension`` known to be standing: its last day is stated and nothing followed it."""

    @property
    def target(self) -> str: ...
    @property
    def list(self) -> str | None: ...
    @property
    def effective(self) -> dt.date | None: ...
    @property
    def until(self) -> dt.date: ...
    @property
    def until_computed(self) -> bool: ...
    @property
    def suspended_by(self) -> str: ...


def standing_suspensions(session: Session, subscription: SubscriptionSpec | None = None, *,
                         among: Iterable[Suspension] | None = None) -> list[StandingSuspension]:
    """The standing suspensions (of ``among``, default every recorded one) on the lists ``subscription`` wants."""
    rows = suspensions(session) if among is None else among
    return [cast(StandingSuspension, s) for s in rows if s.until is not None and s.followed_by is None
            and (subscription is None or subscription.wants_list(s.list))]
