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
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
)
from sqlmodel import Session, col, select

from policywatch.parsers.config import load_yaml, validate
from policywatch.parsers.errors import ConfigError
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


class SubscriptionError(ConfigError):
    """subscriptions.yml is invalid; the message names the subscription and the key."""


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


def _listed(value: Any) -> Any:
    """A single string stands for a list of one; null for none."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


def _names(allowed: tuple[str, ...] | None, *, upper: bool) -> Any:
    def check(values: list[str]) -> tuple[str, ...]:
        items = tuple(v.upper() if upper else v for v in values)
        bad = [v for v in items if allowed is not None and v not in allowed]
        if bad:
            raise ValueError(f"unknown {', '.join(bad)}; use {', '.join(allowed or ())}")
        return items

    return AfterValidator(check)


def _day(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    return value.strip() if isinstance(value, str) else value


def _channel_name(value: str) -> str:
    if "://" in value:
        # "(got a URL)": the URL itself is never echoed, it may hold a token.
        raise ValueError("is a channel name from channels.yml, never a URL (got a URL; URLs live in environment "
                         "variables)")
    return value


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Names = list[Annotated[str, StringConstraints(min_length=1, max_length=40)]]


class SubscriptionEntry(BaseModel):
    """One entry of ``subscriptions:`` as declared (``extra="forbid"``: a misspelt key is an error)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Text
    channel: Annotated[Text, AfterValidator(_channel_name)]
    who: Annotated[str | None, BeforeValidator(lambda v: None if v is None else str(v))] = None
    lists: Annotated[Names, BeforeValidator(_listed), Field(max_length=20),
                     _names(LIST_NAMES, upper=True)] = Field(default_factory=list)
    countries: Annotated[Names, BeforeValidator(_listed), Field(max_length=300),
                         _names(None, upper=True)] = Field(default_factory=list)
    events: Annotated[Names, BeforeValidator(_listed), Field(max_length=40),
                      _names(EVENT_KINDS, upper=False)] = Field(default_factory=list)
    only_when_hit: StrictBool | None = None
    digest: StrictBool | None = None
    send_empty_digest: StrictBool | None = None
    # Days before a suspension's last day: at most a year, at most 20 reminders.
    reminder_offsets: Annotated[list[Annotated[StrictInt, Field(ge=0, le=366)]] | None,
                                Field(max_length=20)] = list(DEFAULT_OFFSETS)
    since: Annotated[dt.date | None, BeforeValidator(_day)] = None

    def spec(self) -> SubscriptionSpec:
        return SubscriptionSpec(
            name=self.name, channel=self.channel, who=self.who, lists=tuple(self.lists),
            countries=tuple(self.countries), events=tuple(self.events),
            only_when_hit=bool(self.only_when_hit), digest=self.digest is not False,
            send_empty_digest=bool(self.send_empty_digest),
            reminder_offsets=tuple(sorted(set(self.reminder_offsets or ()), reverse=True)), since=self.since,
        )


def parse_subscription(entry: Any, index: int) -> SubscriptionSpec:
    if not isinstance(entry, dict):
        raise SubscriptionError("must be a mapping with name and channel", file=SUBSCRIPTIONS_FILE,
                                key=f"subscriptions[{index}]")
    name = entry.get("name")
    # Named by its name when it has one (what a reader searches the file for), else by its position.
    label = f"subscription {name.strip()!r}" if isinstance(name, str) and name.strip() else f"subscriptions[{index}]"
    try:
        return validate(SubscriptionEntry, entry, SUBSCRIPTIONS_FILE, error=SubscriptionError).spec()
    except SubscriptionError as exc:
        raise SubscriptionError(exc.why, file=SUBSCRIPTIONS_FILE,
                                key=f"{label}: {exc.key}" if exc.key else label) from None


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
    data = load_yaml(entry.read_text(encoding="utf-8"), SUBSCRIPTIONS_FILE, error=SubscriptionError)
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
