"""The one clock: naive-UTC ``now``, Beijing time, and "today in Beijing".

Stored datetimes are naive UTC; dates in notices and list state are Beijing dates. Every "now" in the product
is passed in (a ``Clock``, or a ``now`` argument) so that tests and ``faketime`` runs decide what today is;
the functions here fall back to the wall clock only where a caller gave nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")
Clock = Callable[[], dt.datetime]


def utcnow() -> dt.datetime:
    """Now, as naive UTC (how every datetime is stored)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def to_beijing(when: dt.datetime) -> dt.datetime:
    """A stored naive-UTC (or any aware) datetime as an aware Beijing datetime."""
    aware = when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
    return aware.astimezone(BEIJING)


def beijing_date(when: dt.datetime) -> dt.date:
    """The Beijing date of a naive-UTC (or aware) datetime."""
    return to_beijing(when).date()


def beijing_today(now: dt.datetime | None = None) -> dt.date:
    """Today in Beijing at ``now`` (naive UTC or aware); the wall clock only when no ``now`` is given."""
    return beijing_date(now if now is not None else utcnow())


def beijing_minutes(when: dt.datetime) -> str:
    """``YYYY-MM-DD HH:MM`` in Beijing time (messages and digests)."""
    return to_beijing(when).strftime("%Y-%m-%d %H:%M")
