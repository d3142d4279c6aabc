"""Subscriptions: who hears about what, on which channel (``config/subscriptions.yml``, mirrored in the database).

```yaml
subscriptions:
  - name: compliance-email          # unique
    who: Compliance team            # free text, shown in listings
    channel: compliance-email       # a channel of channels.yml (never a URL)
    lists: [UEL, ECL]               # empty or absent: every list
    countries: [US]                 # ISO alpha-2 of the entities; absent: any
    events: [listing, suspension]   # Change kinds; absent: all
    only_when_hit: false            # true: only changes where your counterparties match
    digest: true                    # weekly digest on/off
    send_empty_digest: false        # true: a "nothing new" digest is sent too
    reminder_offsets: [30, 7, 1]    # days before a suspension's last day
    since: 2026-12-01               # hears about what happens from this day (Beijing); default: the day first seen
```

What was already true on ``since`` reaches the subscription once, as one ``starting_state`` message.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import yaml
from sqlmodel import Session, col, select

from policywatch.parsers.types import LIST_NAMES
from policywatch.store.changes import ChangeKind
from policywatch.store.clock import beijing_date
from policywatch.store.models import Subscription, utcnow

log = logging.getLogger("policywatch.notifier")

SUBSCRIPTIONS_FILE = "subscriptions.yml"
FIRST_SEEN = "first_seen"
SINCE = "since"
DEFAULT_OFFSETS: tuple[int, ...] = (30, 7, 1)
EVENT_KINDS: tuple[str, ...] = tuple(kind.value for kind in ChangeKind)
_KEYS = {
    "name", "who", "channel", "lists", "countries", "events", "only_when_hit", "digest", "send_empty_digest",
    "reminder_offsets", "since",
}


class SubscriptionError(Exception):
    """subscriptions.yml is invalid; the message names the subscription and the key."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class SubscriptionSpec:
    name: str
    channel: str
    who: str | None = None
    lists: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    only_when_hit: bool = False
    digest: bool = True
    send_empty_digest: bool = False
    reminder_offsets: tuple[int, ...] = field(default=DEFAULT_OFFSETS)
    # The first day (Beijing) this subscription hears about; None: the day it is first seen.
    since: dt.date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "who": self.who,
            "channel": self.channel,
            "lists": list(self.lists),
            "countries": list(self.countries),
            "events": list(self.events),
            "only_when_hit": self.only_when_hit,
            "digest": self.digest,
            "send_empty_digest": self.send_empty_digest,
            "reminder_offsets": list(self.reminder_offsets),
            "since": self.since.isoformat() if self.since else None,
        }

    def wants_list(self, list_name: str | None) -> bool:
        return not self.lists or list_name is None or list_name in self.lists

    def wants_change(self, kind: str, list_name: str | None, countries: Iterable[str], hit_count: int) -> bool:
        """Whether a change of ``kind`` on ``list_name`` touching entities of ``countries`` is for this one."""
        if self.events and kind not in self.events:
            return False
        if not self.wants_list(list_name):
            return False
        countries = set(countries)
        if self.countries and countries and not countries & set(self.countries):
            return False
        return not (self.only_when_hit and hit_count == 0 and kind != ChangeKind.HIT)


def _strings(name: str, key: str, value: Any, allowed: Iterable[str] | None = None, upper: bool = False
             ) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise SubscriptionError(f"{SUBSCRIPTIONS_FILE}: subscription '{name}': '{key}' must be a list of strings")
    items = tuple(v.upper() if upper else v for v in value)
    if allowed is not None:
        bad = [v for v in items if v not in set(allowed)]
        if bad:
            raise SubscriptionError(
                f"{SUBSCRIPTIONS_FILE}: subscription '{name}': unknown {key} {bad}; use {', '.join(allowed)}"
            )
    return items


def _bool(name: str, key: str, value: Any, default: bool) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise SubscriptionError(f"{SUBSCRIPTIONS_FILE}: subscription '{name}': '{key}' must be true or false")
    return value


def _date(name: str, value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise SubscriptionError(f"{SUBSCRIPTIONS_FILE}: subscription '{name}': 'since' must be a date YYYY-MM-DD")


def parse_subscription(entry: Any, index: int) -> SubscriptionSpec:
    if not isinstance(entry, dict):
        raise SubscriptionError(f"{SUBSCRIPTIONS_FILE}: entry {index + 1} must be a mapping with name and channel")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SubscriptionError(f"{SUBSCRIPTIONS_FILE}: entry {index + 1} needs a 'name'")
    unknown = set(entry) - _KEYS
    if unknown:
        raise SubscriptionError(
            f"{SUBSCRIPTIONS_FILE}: subscription '{name}': unknown keys {sorted(unknown)}; "
            f"use {', '.join(sorted(_KEYS))}"
        )
    channel = entry.get("channel")
    if not isinstance(channel, str) or not channel.strip():
        raise SubscriptionError(f"{SUBSCRIPTIONS_FILE}: subscription '{name}' needs a 'channel' (a channels.yml name)")
    if "://" in channel:
        raise SubscriptionError(
            f"{SUBSCRIPTIONS_FILE}: subscription '{name}': 'channel' is a channel name from channels.yml, "
            "never a URL (URLs live in environment variables)"
        )
    offsets = entry.get("reminder_offsets", list(DEFAULT_OFFSETS))
    if offsets is None:
        offsets = []
    if not isinstance(offsets, list) or not all(isinstance(o, int) and not isinstance(o, bool) and 0 <= o <= 366
                                                 for o in offsets):
        raise SubscriptionError(
            f"{SUBSCRIPTIONS_FILE}: subscription '{name}': 'reminder_offsets' must be a list of days (0–366)"
        )
    who = entry.get("who")
    return SubscriptionSpec(
        since=_date(name, entry.get("since")),
        name=name.strip(),
        channel=channel.strip(),
        who=str(who) if who is not None else None,
        lists=_strings(name, "lists", entry.get("lists"), LIST_NAMES, upper=True),
        countries=_strings(name, "countries", entry.get("countries"), upper=True),
        events=_strings(name, "events", entry.get("events"), EVENT_KINDS),
        only_when_hit=_bool(name, "only_when_hit", entry.get("only_when_hit"), False),
        digest=_bool(name, "digest", entry.get("digest"), True),
        send_empty_digest=_bool(name, "send_empty_digest", entry.get("send_empty_digest"), False),
        reminder_offsets=tuple(sorted(set(offsets), reverse=True)),
    )


def parse_subscriptions(data: Any) -> list[SubscriptionSpec]:
    if data is None:
        return []
    entries = data.get("subscriptions") if isinstance(data, dict) else None
    if entries is None and isinstance(data, dict):
        entries = []
    if not isinstance(entries, list):
        raise SubscriptionError(f"{SUBSCRIPTIONS_FILE}: expected 'subscriptions:' followed by a list")
    specs = [parse_subscription(entry, i) for i, entry in enumerate(entries)]
    names = [s.name for s in specs]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SubscriptionError(f"{SUBSCRIPTIONS_FILE}: duplicate subscription names {duplicates}; names are unique")
    return specs


@dataclass(frozen=True, slots=True)
class SubscriptionsFile:
    """What reading ``subscriptions.yml`` found: ``found`` False when there was no file at ``path``."""

    path: str
    found: bool
    specs: tuple[SubscriptionSpec, ...] = ()


def read_subscriptions(config_dir: Traversable | Path) -> SubscriptionsFile:
    """``<config_dir>/subscriptions.yml`` read, or noted as missing (a missing file is not "no subscriptions")."""
    entry = config_dir / SUBSCRIPTIONS_FILE
    if not entry.is_file():
        return SubscriptionsFile(path=str(entry), found=False)
    return SubscriptionsFile(path=str(entry), found=True, specs=tuple(load_subscriptions(config_dir)))


def load_subscriptions(config_dir: Traversable | Path) -> list[SubscriptionSpec]:
    """The subscriptions of ``<config_dir>/subscriptions.yml``; none when the file does not exist."""
    entry = config_dir / SUBSCRIPTIONS_FILE
    if not entry.is_file():
        return []
    try:
        data = yaml.safe_load(entry.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise SubscriptionError(f"{SUBSCRIPTIONS_FILE}: not valid YAML ({exc}); fix the file") from None
    return parse_subscriptions(data)


def _filters(spec: SubscriptionSpec) -> dict[str, Any]:
    # The Subscription table has no columns for these; they ride in its JSON filters column.
    return {
        "who": spec.who,
        "lists": list(spec.lists),
        "countries": list(spec.countries),
        "events": list(spec.events),
        "only_when_hit": spec.only_when_hit,
        "send_empty_digest": spec.send_empty_digest,
        SINCE: spec.since.isoformat() if spec.since else None,
    }


def from_row(row: Subscription) -> SubscriptionSpec:
    f: Mapping[str, Any] = row.filters or {}
    offsets = row.reminder_offsets if row.reminder_offsets is not None else list(DEFAULT_OFFSETS)
    return SubscriptionSpec(
        name=row.name,
        channel=row.channel,
        who=f.get("who"),
        lists=tuple(f.get("lists") or ()),
        countries=tuple(f.get("countries") or ()),
        events=tuple(f.get("events") or ()),
        only_when_hit=bool(f.get("only_when_hit", False)),
        digest=bool(row.digest),
        send_empty_digest=bool(f.get("send_empty_digest", False)),
        reminder_offsets=tuple(offsets),
        since=_stored_date(f.get(SINCE)),
    )


def _stored_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def sync_subscriptions(
    session: Session, specs: Iterable[SubscriptionSpec], *, now: dt.datetime | None = None
) -> list[SubscriptionSpec]:
    """Make the Subscription table mirror ``specs`` (insert, update, delete); never commits.

    Call it only with the subscriptions of a configuration that was actually read: a command run without one
    must not sync (it would delete what is stored). Every deletion is logged with the subscription's name.
    A new subscription's first-seen time (``now``, naive UTC, default the clock) is kept in its filters column
    under ``first_seen`` and never moved by later syncs: reminders due before it are not sent late.
    """
    wanted = {s.name: s for s in specs}
    for row in session.exec(select(Subscription)).all():
        if row.name not in wanted:
            log.warning("subscription '%s' removed: the configuration read no longer names it", row.name)
            session.delete(row)
    for spec in wanted.values():
        existing = session.get(Subscription, spec.name)
        row = existing or Subscription(name=spec.name, channel=spec.channel)
        seen = (existing.filters or {}).get(FIRST_SEEN) if existing is not None else None
        if existing is None:
            # Kept to the microsecond: an undated notice recorded just before counts as history (held_back).
            seen = (now or utcnow()).isoformat()
        row.channel = spec.channel
        row.filters = {**_filters(spec), FIRST_SEEN: seen}
        row.digest = spec.digest
        row.reminder_offsets = list(spec.reminder_offsets)
        session.add(row)
    session.flush()
    return stored_subscriptions(session)


def first_seen(session: Session, names: Iterable[str]) -> dict[str, dt.datetime]:
    """When each named subscription was first synced (naive UTC); absent for rows from before it was recorded."""
    wanted = set(names)
    if not wanted:
        return {}
    out: dict[str, dt.datetime] = {}
    for row in session.exec(select(Subscription).where(col(Subscription.name).in_(wanted))).all():
        value = (row.filters or {}).get(FIRST_SEEN)
        if isinstance(value, str):
            try:
                out[row.name] = dt.datetime.fromisoformat(value)
            except ValueError:
                continue
    return out


def stored_subscriptions(session: Session) -> list[SubscriptionSpec]:
    """The subscriptions in the database, by name."""
    return [from_row(r) for r in session.exec(select(Subscription).order_by(Subscription.name)).all()]


def effective_since(spec: SubscriptionSpec, seen: dt.datetime | None, today: dt.date) -> dt.date:
    """The first day a subscription hears about: its ``since``, else the Beijing day it was first seen, else today."""
    if spec.since is not None:
        return spec.since
    if seen is not None:
        return beijing_date(seen)
    return today
