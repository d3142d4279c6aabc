"""Change kinds and their payloads: one ``StrEnum`` and one frozen dataclass per kind (DESIGN §2, issue 14).

Writers (``store.record``, ``store.health``, ``store.coverage``, ``screening.hits``, the notifier) build a payload
dataclass and store ``payload.to_json()`` in ``Change.payload``; readers (``notifier.views``) call
:func:`payload_of`, which reads a stored dict through the dataclass of its kind. Rows written before these
dataclasses existed read the same way: unknown keys are dropped, missing ones take their defaults.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, TypeVar

from policywatch.store.models import Change


class ChangeKind(StrEnum):
    """What a user hears about; the value is what ``Change.kind`` and the subscriptions' ``events`` hold."""

    LISTING = "listing"
    SUSPENSION = "suspension"
    RESUMPTION = "resumption"
    TERMINATION = "termination"
    REMOVAL = "removal"
    AMENDMENT = "amendment"
    CONTROL = "control"
    REVISED = "revised"
    SOURCE_HEALTH = "source_health"
    HIT = "hit"
    DELIVERY_FAILED = "delivery_failed"
    STARTING_STATE = "starting_state"
    NEEDS_REVIEW = "needs_review"
    COVERAGE_GAP = "coverage_gap"
    BACKFILL_SUMMARY = "backfill_summary"


# Action kind (DESIGN §3) → the change a user hears about.
ACTION_CHANGES: dict[str, ChangeKind] = {
    "add": ChangeKind.LISTING,
    "suspend": ChangeKind.SUSPENSION,
    "resume": ChangeKind.RESUMPTION,
    "terminate": ChangeKind.TERMINATION,
    "remove": ChangeKind.REMOVAL,
    "amend": ChangeKind.AMENDMENT,
    "control": ChangeKind.CONTROL,
}
# Changes about the system (sources, deliveries, a subscription), not about a notice's entities.
SYSTEM_KINDS = frozenset({ChangeKind.SOURCE_HEALTH, ChangeKind.DELIVERY_FAILED, ChangeKind.COVERAGE_GAP,
                          ChangeKind.STARTING_STATE, ChangeKind.BACKFILL_SUMMARY})

P = TypeVar("P", bound="Payload")


@dataclass(frozen=True, slots=True)
class Payload:
    """Base of every change payload: reading a stored dict, writing one."""

    kind: ClassVar[ChangeKind]

    @classmethod
    def from_json(cls: type[P], data: Any) -> P:
        """The payload of a stored dict; keys it does not know are ignored, missing ones take their defaults."""
        if not isinstance(data, dict):
            data = {}
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


@dataclass(frozen=True, slots=True)
class HitPayload(Payload):
    """A counterparty matched a listed entity (a new hit, or one raised again after a dismissal).

    ``origin`` is ``import`` (a counterparty import or upload) or ``listing`` (a new listing screened); for the
    latter ``via_change_id`` is the listing's change, whose own alert already carried the hit.
    """

    kind: ClassVar[ChangeKind] = ChangeKind.HIT
    hit_id: int | None = None
    counterparty_id: str | None = None
    counterparty_name: str | None = None
    counterparty_name_zh: str | None = None
    entity_id: int | None = None
    name_zh: str | None = None
    name_en: str | None = None
    country: str | None = None
    list_name: str | None = None
    listed_by: str | None = None
    listed_on: str | None = None
    notice_title: str | None = None
    notice_number: str | None = None
    url: str | None = None
    measures: list[str] = field(default_factory=list)
    score: float = 0.0
    explanation: str = ""
    origin: str = "import"
    via_change_id: int | None = None
    raised_again: bool = False


@dataclass(frozen=True, slots=True)
class ActionPayload(Payload):
    """What one action of a recorded notice did: the notice's facts and the action as parsed (``action`` is
    ``parsers.Action.to_json()``: effective, until, until_computed, measures, entities, stated_count …)."""

    doc_id: str | None = None
    number: str | None = None
    title: str | None = None
    issuer: str | None = None
    published: str | None = None
    url: str | None = None
    action_seq: int | None = None
    action: dict[str, Any] = field(default_factory=dict)
    entity_ids: list[int] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    unresolved_targets: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ListingPayload(ActionPayload):
    kind: ClassVar[ChangeKind] = ChangeKind.LISTING


@dataclass(frozen=True, slots=True)
class SuspensionPayload(ActionPayload):
    kind: ClassVar[ChangeKind] = ChangeKind.SUSPENSION


@dataclass(frozen=True, slots=True)
class ResumptionPayload(ActionPayload):
    kind: ClassVar[ChangeKind] = ChangeKind.RESUMPTION


@dataclass(frozen=True, slots=True)
class TerminationPayload(ActionPayload):
    kind: ClassVar[ChangeKind] = ChangeKind.TERMINATION


@dataclass(frozen=True, slots=True)
class RemovalPayload(ActionPayload):
    kind: ClassVar[ChangeKind] = ChangeKind.REMOVAL


@dataclass(frozen=True, slots=True)
class AmendmentPayload(ActionPayload):
    kind: ClassVar[ChangeKind] = ChangeKind.AMENDMENT


@dataclass(frozen=True, slots=True)
class ControlPayload(ActionPayload):
    kind: ClassVar[ChangeKind] = ChangeKind.CONTROL


@dataclass(frozen=True, slots=True)
class RevisedPayload(Payload):
    """The text under a known doc_id changed: a new revision replaced its actions."""

    kind: ClassVar[ChangeKind] = ChangeKind.REVISED
    doc_id: str | None = None
    revision: int | None = None
    old_text_hash: str | None = None
    text_hash: str | None = None
    url: str | None = None
    title: str | None = None
    number: str | None = None
    entity_ids: list[int] = field(default_factory=list)
    entities_added: list[str] = field(default_factory=list)
    entities_removed: list[str] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class NeedsReviewPayload(Payload):
    """A notice policywatch could not read with confidence: a human must read it."""

    kind: ClassVar[ChangeKind] = ChangeKind.NEEDS_REVIEW
    doc_id: str | None = None
    title: str | None = None
    url: str | None = None
    reasons: list[str] = field(default_factory=list)
    published: str | None = None


@dataclass(frozen=True, slots=True)
class SourceHealthPayload(Payload):
    kind: ClassVar[ChangeKind] = ChangeKind.SOURCE_HEALTH
    source: str | None = None
    outcome: str | None = None
    error: str | None = None
    consecutive_failures: int | None = None


@dataclass(frozen=True, slots=True)
class CoverageGapPayload(Payload):
    kind: ClassVar[ChangeKind] = ChangeKind.COVERAGE_GAP
    series: str | None = None
    year: int | None = None
    missing: list[int] = field(default_factory=list)
    neighbours: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DeliveryFailedPayload(Payload):
    kind: ClassVar[ChangeKind] = ChangeKind.DELIVERY_FAILED
    delivery_id: int | None = None
    channel: str | None = None
    error: str | None = None
    subscription: str | None = None
    attempts: int | None = None


@dataclass(frozen=True, slots=True)
class StartingStatePayload(Payload):
    """Where things stood for one subscription on its ``since`` day (``notifier.starting_state``)."""

    kind: ClassVar[ChangeKind] = ChangeKind.STARTING_STATE
    subscription: str | None = None
    since: str | None = None
    as_of: str | None = None
    lists: dict[str, dict[str, int]] = field(default_factory=dict)
    ending_soon: list[dict[str, Any]] = field(default_factory=list)
    ended_no_follow_up: list[dict[str, Any]] = field(default_factory=list)
    hits: list[dict[str, Any]] = field(default_factory=list)
    needs_review: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BackfillSummaryPayload(Payload):
    """A backfill recorded earlier notices: each subscription hears one summary, never one alert per notice."""

    kind: ClassVar[ChangeKind] = ChangeKind.BACKFILL_SUMMARY
    sources: dict[str, int] = field(default_factory=dict)  # source → notices recorded
    doc_ids: list[str] = field(default_factory=list)
    since: int | None = None
    unfinished: list[str] = field(default_factory=list)


PAYLOADS: dict[ChangeKind, type[Payload]] = {
    cls.kind: cls
    for cls in (ListingPayload, SuspensionPayload, ResumptionPayload, TerminationPayload, RemovalPayload,
                AmendmentPayload, ControlPayload, RevisedPayload, NeedsReviewPayload, SourceHealthPayload,
                CoverageGapPayload, DeliveryFailedPayload, StartingStatePayload, HitPayload,
                BackfillSummaryPayload)
}
ACTION_PAYLOADS: dict[ChangeKind, type[ActionPayload]] = {
    k: v for k, v in PAYLOADS.items() if issubclass(v, ActionPayload)
}


def kind_of(change: Change) -> ChangeKind | None:
    """The kind of a stored change; None for a kind this version does not know (a newer writer's)."""
    try:
        return ChangeKind(change.kind)
    except ValueError:
        return None


def payload_of(change: Change) -> Payload | None:
    """The typed payload of a stored change (rows from before these types read through their defaults)."""
    kind = kind_of(change)
    return PAYLOADS[kind].from_json(change.payload) if kind is not None else None


def action_payload(change: Change) -> ActionPayload:
    """The payload of a change about a notice's action (an empty one for any other kind)."""
    payload = payload_of(change)
    return payload if isinstance(payload, ActionPayload) else ActionPayload()


def new_change(payload: Payload, *, summary: str, created_at: dt.datetime, doc_id: str | None = None,
               action_id: int | None = None, list_name: str | None = None, source: str | None = None) -> Change:
    """A Change row of ``payload``'s kind (not added to any session): every writer builds its rows here."""
    return Change(kind=payload.kind.value, doc_id=doc_id, action_id=action_id, list_name=list_name, source=source,
                  summary=summary, payload=payload.to_json(), created_at=created_at)


def event_published(change: Change) -> dt.date | None:
    """The publication day of the notice a change is about, when its payload says it."""
    payload = payload_of(change)
    published = getattr(payload, "published", None)
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published[:10])
        except ValueError:
            return None
    return None
