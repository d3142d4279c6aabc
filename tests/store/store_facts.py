"""Build ``policywatch.parsers.Announcement`` objects from facts.json entries (no parser needed).

Partial texts and spokesperson answers carry ``known`` values the text itself cannot give (the published date,
the five Hanwha units, the instrument an answer reports); the crawler supplies those from the page, so they are
merged here. An answer that reports an instrument stands for that instrument (``known.reports``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from policywatch.parsers import Action, Announcement, Entity

_KNOWN_ACTION = re.compile(r"actions\[(\d+)\]\.(\w+)")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _entity(data: dict[str, Any]) -> Entity:
    return Entity(
        name_zh=data.get("name_zh"), name_en=data.get("name_en"), country=data.get("country"),
        kind=data.get("kind") or "organization", branches=tuple(data.get("branches") or ()),
    )


def qa_doc_id(published: str, title: str | None) -> str:
    """``QA-<published>-<short hash of the title>`` as DESIGN §3 gives it."""
    return f"QA-{published}-{hashlib.sha1((title or '').encode()).hexdigest()[:6]}"


def announcement_from_facts(entry: dict[str, Any], *, merge_known: bool = True) -> Announcement | None:
    """The announcement a facts.json entry describes, ``known`` values merged; None when it has no doc_id."""
    merged = dict(entry)
    actions = [dict(a) for a in entry["actions"]]
    known = (entry.get("known") or {}) if merge_known else {}
    for key, value in known.items():
        match = _KNOWN_ACTION.fullmatch(key)
        if match:
            actions[int(match.group(1))][match.group(2)] = value
        elif key != "reports":
            merged[key] = value
    reports = known.get("reports")
    doc_id = reports or merged.get("doc_id")
    if not doc_id and merged.get("published") and entry["issuer"] and "新闻" in entry["issuer"]:
        doc_id = f"QA-{merged['published']}"
    if not doc_id:
        return None
    if doc_id.startswith("QA-"):
        doc_id = qa_doc_id(doc_id.removeprefix("QA-"), merged.get("title"))
    return Announcement(
        doc_id=doc_id,
        number=merged.get("number"),
        issuer=merged.get("issuer"),
        title=merged.get("title"),
        published=_date(merged.get("published")),
        url=merged.get("url"),
        actions=tuple(
            Action(
                kind=a["kind"], list=a["list"], entities=tuple(_entity(e) for e in a["entities"]),
                targets=tuple(a["targets"]), effective=_date(a["effective"]), until=_date(a["until"]),
                until_computed=bool(a["until_computed"]), measures=tuple(a["measures"]),
            )
            for a in actions
        ),
    )


def all_announcements(facts: dict[str, Any]) -> list[Announcement]:
    """Every facts.json entry that names a notice, in file-name order."""
    found = [announcement_from_facts(facts[name]) for name in sorted(facts)]
    return [a for a in found if a is not None]
