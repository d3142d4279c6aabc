"""The in-flight types of DESIGN.md §3: frozen dataclasses, no I/O."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal

ActionKind = Literal["add", "remove", "suspend", "resume", "terminate", "control", "amend"]
ListName = Literal["UEL", "ECL", "ECWL", "CML", "ITEM"]
EntityKind = Literal["organization", "person"]

ACTION_KINDS: tuple[str, ...] = ("add", "remove", "suspend", "resume", "terminate", "control", "amend")
LIST_NAMES: tuple[str, ...] = ("UEL", "ECL", "ECWL", "CML", "ITEM")
# What a reader calls each list, in English with the official Chinese name.
LIST_LABELS: dict[str, str] = {
    "UEL": "Unreliable Entity List (不可靠实体清单)",
    "ECL": "Export Control Control List (出口管制管控名单)",
    "ECWL": "Export Control Watch List (出口管制关注名单)",
    "CML": "Countermeasure List (反制清单)",
    "ITEM": "Item controls (物项管制)",
}


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


_DOC_ID = re.compile(r"^(MOFCOM-ORDER|MFA-ORDER|MOFCOM|UEL|GACC)-(?:(\d{4})-)?(\d+)$")


def split_doc_id(doc_id: str) -> tuple[str, int | None, int] | None:
    """``MOFCOM-ORDER-2025-6`` → ("MOFCOM-ORDER", 2025, 6), the inverse of ``DocNumber.doc_id``; None for a doc_id
    without a number (QA-…, DOC-…) or a clause id (…#2)."""
    m = _DOC_ID.match(doc_id)
    if m is None:
        return None
    return m.group(1), int(m.group(2)) if m.group(2) else None, int(m.group(3))


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


def _date(value: Any, key: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{key}: {value!r} is not a YYYY-MM-DD date") from None


def entity_from_json(data: dict[str, Any]) -> Entity:
    kind = data.get("kind") or "organization"
    if kind not in ("organization", "person"):
        raise ValueError(f"entities[].kind: {kind!r} is not organization or person")
    if not (data.get("name_zh") or data.get("name_en")):
        raise ValueError("entities[]: an entity needs name_zh or name_en")
    entity_kind: EntityKind = "person" if kind == "person" else "organization"
    return Entity(data.get("name_zh"), data.get("name_en"), data.get("country"), entity_kind,
                  tuple(data.get("branches") or ()))


def action_from_json(data: dict[str, Any], i: int) -> Action:
    kind, list_name = data.get("kind"), data.get("list")
    if kind not in ACTION_KINDS:
        raise ValueError(f"actions[{i}].kind: {kind!r} is not one of {', '.join(ACTION_KINDS)}")
    if list_name is not None and list_name not in LIST_NAMES:
        raise ValueError(f"actions[{i}].list: {list_name!r} is not one of {', '.join(LIST_NAMES)}")
    return Action(
        kind, list_name, tuple(entity_from_json(e) for e in data.get("entities") or ()),
        tuple(data.get("targets") or ()), _date(data.get("effective"), f"actions[{i}].effective"),
        _date(data.get("until"), f"actions[{i}].until"), bool(data.get("until_computed")),
        tuple(data.get("measures") or ()), data.get("stated_count"),
    )


def announcement_from_json(data: dict[str, Any]) -> Announcement:
    """The Announcement JSON of DESIGN §5 → Announcement (a reviewer's correction); ValueError names the key."""
    if not isinstance(data, dict) or not data.get("doc_id"):
        raise ValueError("doc_id: a correction is one Announcement object with its doc_id")
    actions = data.get("actions")
    if not isinstance(actions, list):
        raise ValueError("actions: a list of actions is required (an empty list says the notice has none)")
    return Announcement(
        doc_id=str(data["doc_id"]), number=data.get("number"), issuer=data.get("issuer"), title=data.get("title"),
        published=_date(data.get("published"), "published"), url=data.get("url"),
        actions=tuple(action_from_json(a, i) for i, a in enumerate(actions)),
        text_hash=str(data.get("text_hash") or ""), warnings=tuple(data.get("warnings") or ()),
    )
