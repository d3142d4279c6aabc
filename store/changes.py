"""Change kinds and their payloads: one ``StrEnum`` and one frozen dataclass per kind (DESIGN §2, issue 14).

Writers (``store.record``, ``store.health``, ``store.coverage``, ``screening.hits``, the notifier) build a payload
dataclass and store ``payload.to_json()`` in ``Change.payload``; readers (``notifier.views``) call
:func:`payload_of`, which reads a stored dict through the dataclass of its kind. Rows written before these
dataclasses existed read the same way: unknown keys are dropped, missing ones take their defaults.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, TypeVar


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
