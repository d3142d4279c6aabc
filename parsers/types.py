"""The in-flight types of DESIGN.md §3: frozen dataclasses, no I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

ActionKind = Literal["add", "remove", "suspend", "resume", "terminate", "control", "amend"]
ListName = Literal["UEL", "ECL", "ECWL", "CML", "ITEM"]
EntityKind = Literal["organization", "person"]

ACTION_KINDS: tuple[str, ...] = ("add", "remove", "suspend", "resume", "terminate", "control", "amend")
LIST_NAMES: tuple[str, ...] = ("UEL", "ECL", "ECWL", "CML", "ITEM")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class Link:
    """One item of a list page."""

    url: str
    title: str
    listed_on: dt.date | None = None

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "title": self.title, "listed_on": _iso(self.listed_on)}


@dataclass(frozen=True, slots=True)
class DocNumber:
    """The canonical key of an instrument; ``year`` is None only for MFA orders."""

    series: str
    year: int | None
    number: int

    @property
    def doc_id(self) -> str:
        if self.year is None:
            return f"{self.series}-{self.number}"
        return f"{self.series}-{self.year}-{self.number}"


@dataclass(frozen=True, slots=True)
class Entity:
    name_zh: str | None
    name_en: str | None
    country: str | None = None
    kind: EntityKind = "organization"
    # Branch lines ("- …") printed under an entry belong to it and are not entities of their own.
    branches: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "country": self.country,
            "kind": self.kind,
        }
        if self.branches:
            data["branches"] = list(self.branches)
        return data


@dataclass(frozen=True, slots=True)
class Action:
    kind: ActionKind
    list: ListName | None
    entities: tuple[Entity, ...] = ()
    targets: tuple[str, ...] = ()
    effective: dt.date | None = None
    until: dt.date | None = None
    until_computed: bool = False
    measures: tuple[str, ...] = ()
    # The count the text itself prints ("等11家"), None when it prints none.
    stated_count: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "list": self.list,
            "effective": _iso(self.effective),
            "until": _iso(self.until),
            "until_computed": self.until_computed,
            "targets": list(self.targets),
            "entities": [e.to_json() for e in self.entities],
            "measures": list(self.measures),
            "stated_count": self.stated_count,
        }


@dataclass(frozen=True, slots=True)
class Announcement:
    doc_id: str
    number: str | None
    issuer: str | None
    title: str | None
    published: dt.date | None
    url: str | None
    actions: tuple[Action, ...] = ()
    text_hash: str = ""
    warnings: tuple[str, ...] = ()
    # A human must read this notice (DESIGN §5): what policywatch could not read with confidence, and why.
    needs_review: bool = False
    review_reasons: tuple[str, ...] = ()
    # The plain text the actions were read from, kept so a store can show evidence.
    text: str = field(default="", repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "number": self.number,
            "issuer": self.issuer,
            "title": self.title,
            "published": _iso(self.published),
            "url": self.url,
            "text_hash": self.text_hash,
            "actions": [a.to_json() for a in self.actions],
            "warnings": list(self.warnings),
            "needs_review": self.needs_review,
            "review_reasons": list(self.review_reasons),
        }
