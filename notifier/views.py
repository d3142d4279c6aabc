"""What a message says about a change, gathered from the store into plain dicts for the templates.

The change's own payload is used first (the store may put the facts there); anything missing is read from the
Action, Announcement, ListEvent and Entity rows it points at. Every value is a scraped string or a date: the
templates escape them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, select

from policywatch.parsers.types import LIST_LABELS
from policywatch.store.clock import BEIJING
from policywatch.store.models import (
    Action,
    Announcement,
    Change,
    Counterparty,
    Entity,
    Hit,
    ListEvent,
)

KIND_VERBS = {
    "listing": "added",
    "suspension": "suspended",
    "resumption": "resumed",
    "termination": "terminated",
    "removal": "removed",
    "amendment": "amended",
    "control": "new control",
    "revised": "text revised",
    "source_health": "source health",
    "hit": "counterparty hit",
    "delivery_failed": "delivery failed",
    "needs_review": "read this notice",
}
# How many entity names a digest line shows before "and N more".
SHOWN_NAMES = 3


def beijing_time(value: dt.datetime | None) -> str | None:
    """A stored (naive UTC) time as shown to people: ``2026-11-20 09:01 Beijing time`` (DESIGN §4)."""
    if value is None:
        return None
    aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M") + " Beijing time"


def entity_label(entity: dict[str, Any]) -> str:
    """``斯凯迪奥公司 (Skydio Inc.)``, or whichever name the notice gave."""
    zh, en = entity.get("name_zh"), entity.get("name_en")
    if zh and en:
        return f"{zh} ({en})"
    return str(zh or en or "(unnamed)")


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _entities_for(session: Session, change: Change) -> list[dict[str, Any]]:
    payload_entities = change.payload.get("entities")
    if isinstance(payload_entities, list) and payload_entities:
        return [
            {
                "name_zh": e.get("name_zh"),
                "name_en": e.get("name_en"),
                "country": e.get("country"),
                "entity_id": e.get("entity_id") or e.get("id"),
            }
            for e in payload_entities
            if isinstance(e, dict)
        ]
    if change.action_id is None:
        return []
    rows = session.exec(
        select(Entity)
        .join(ListEvent, ListEvent.entity_id == Entity.id)  # type: ignore[arg-type]
        .where(ListEvent.action_id == change.action_id)
        .order_by(ListEvent.id)  # type: ignore[arg-type]
    ).all()
    seen: set[int] = set()
    out = []
    for entity in rows:
        if entity.id in seen:
            continue
        seen.add(entity.id)  # type: ignore[arg-type]
        out.append({"name_zh": entity.name_zh, "name_en": entity.name_en, "country": entity.country,
                    "entity_id": entity.id})
    return out


def hit_view(session: Session, hit: Hit) -> dict[str, Any]:
    counterparty = session.get(Counterparty, hit.counterparty_id)
    entity = session.get(Entity, hit.entity_id)
    return {
        "hit_id": hit.id,
        "counterparty_id": hit.counterparty_id,
        "counterparty": counterparty.display_name if counterparty else hit.counterparty_id,
        "entity_id": hit.entity_id,
        "entity_zh": entity.name_zh if entity else None,
        "entity_en": entity.name_en if entity else None,
        "list": hit.list_name,
        "doc_id": hit.doc_id,
        "score": round(float(hit.score), 2),
        "explanation": hit.explanation,
        "state": hit.state,
    }


def hit_views(session: Session, hits: list[Hit]) -> list[dict[str, Any]]:
    """One row per hit, best first. Each hit is its own decision (the same counterparty and entity on two lists are
    two hits with two ids): folding them would hide one from the reviewer."""
    ordered = sorted(hits, key=lambda h: (-float(h.score), h.id or 0))
    return [hit_view(session, h) for h in ordered]


def _announcement(session: Session, doc_id: str | None) -> Announcement | None:
    if not doc_id:
        return None
    return session.exec(select(Announcement).where(Announcement.doc_id == doc_id)).first()


def _all_measures(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for action in data.get("actions") or []:
        if isinstance(action, dict):
            out.extend(str(m) for m in action.get("measures") or [] if m)
    return out


def referenced(session: Session, target: str) -> dict[str, Any]:
    """What a target (``MOFCOM-2024-46`` or a clause ``MOFCOM-2024-46#2``) says, from the recorded notice.

    ``clause`` is the numbered measure of the target notice (as the parser listed them) when the target names one
    and the notice is recorded; ``title`` the notice's title. Unknown values are None.
    """
    doc_id, _, number = target.partition("#")
    announcement = _announcement(session, doc_id)
    data = announcement.data if announcement is not None and isinstance(announcement.data, dict) else {}
    measures = _all_measures(data)
    clause = None
    if number.isdigit() and 1 <= int(number) <= len(measures):
        clause = measures[int(number) - 1]
    return {
        "target": target,
        "doc_id": doc_id,
        "clause_no": int(number) if number.isdigit() else None,
        "recorded": announcement is not None,
        "title": announcement.title if announcement else None,
        "clause": clause,
        "measures": measures if not number else [],
    }


def change_view(session: Session, change: Change, hits: list[Hit] | None = None) -> dict[str, Any]:
    """The facts of one change for a message: list, entities, dates, measures, official link, hits."""
    payload = change.payload or {}
    action = session.get(Action, change.action_id) if change.action_id is not None else None
    announcement = _announcement(session, change.doc_id)
    data = announcement.data if announcement is not None and isinstance(announcement.data, dict) else {}
    raw_action = payload.get("action")
    act: dict[str, Any] = raw_action if isinstance(raw_action, dict) else {}
    if not act and action is not None:
        actions = data.get("actions") or []
        if 0 <= action.seq < len(actions) and isinstance(actions[action.seq], dict):
            act = actions[action.seq]
    entities = _entities_for(session, change)
    countries = sorted({e["country"] for e in entities if e.get("country")})
    targets = list(payload.get("targets") or act.get("targets") or (action.targets if action else []))
    stated = act.get("stated_count")
    view: dict[str, Any] = {
        "change_id": change.id,
        "kind": change.kind,
        "verb": KIND_VERBS.get(change.kind, change.kind),
        "summary": change.summary,
        "doc_id": change.doc_id,
        "list": change.list_name or (action.list_name if action else None) or payload.get("list"),
        "source": change.source,
        "number": payload.get("number") or (announcement.number if announcement else None),
        "title": payload.get("title") or (announcement.title if announcement else None),
        "published": _iso(payload.get("published") or (announcement.published if announcement else None)),
        "url": payload.get("url") or (announcement.url if announcement else None),
        "effective": _iso(payload.get("effective") or act.get("effective") or (action.effective if action else None)),
        "until": _iso(payload.get("until") or act.get("until") or (action.until if action else None)),
        "until_computed": bool(
            payload.get("until_computed") or act.get("until_computed") or (action.until_computed if action else False)
        ),
        "measures": list(payload.get("measures") or act.get("measures") or (action.measures if action else [])),
        "targets": targets,
        "referenced": [referenced(session, t) for t in targets],
        "entities": entities,
        "entities_shown": entities[:SHOWN_NAMES],
        "entities_more": max(len(entities) - SHOWN_NAMES, 0),
        "stated_count": stated if isinstance(stated, int) else None,
        "warnings": [str(w) for w in data.get("warnings") or [] if w],
        "countries": countries,
        "created_at": _iso(change.created_at),
        "created_label": beijing_time(change.created_at),
        "error": payload.get("error"),
        "channel": payload.get("channel"),
        "hits": hit_views(session, hits or []),
    }
    if not str(view["url"] or "").startswith(("http://", "https://")):
        view["url"] = None  # only web links become links
    view["list_label"] = LIST_LABELS.get(view["list"] or "", view["list"] or "")
    view["names_missing"] = change.kind in ("listing", "removal", "amendment") and not entities
    view["reasons"] = [str(r) for r in payload.get("reasons") or [] if r]
    view["headline"] = headline(view)
    return view


def _entity_count(n: int, countries: list[str]) -> str:
    country = f"{countries[0]} " if len(countries) == 1 else ""
    return f"{n} {country}{'entity' if n == 1 else 'entities'}"


def headline(view: dict[str, Any]) -> str:
    """What happened, in one line without the list prefix: the subject's and the digest line's text.

    ``11 US entities added (UEL-2025-7), effective 2025-04-04``; ``5 entities announced, names not in the text
    (QA-2025-10-14-…)``; ``new control: <title> (MOFCOM-2024-46), effective 2024-12-03``.
    """
    kind = view["kind"]
    doc = f" ({view['doc_id']})" if view.get("doc_id") else ""
    effective = f", effective {view['effective']}" if view.get("effective") else ""
    entities = view["entities"]
    if kind in ("listing", "removal", "amendment") and entities:
        return f"{_entity_count(len(entities), view['countries'])} {view['verb']}{doc}{effective}"
    if view.get("names_missing"):
        n = view.get("stated_count")
        what = _entity_count(n, []) if n else "entities"
        verb = {"listing": "announced", "removal": "removed"}.get(kind, view["verb"])
        return f"{what} {verb}, names not in the text{doc}{effective}"
    if kind in ("suspension", "resumption", "termination", "amendment") and view["targets"]:
        targets = ", ".join(view["targets"][:4]) + (" …" if len(view["targets"]) > 4 else "")
        until = f" until {view['until']}" if kind == "suspension" and view.get("until") else ""
        return f"measures of {targets} {view['verb']}{until}{doc}{effective}"
    if kind == "control":
        title = f": {view['title']}" if view.get("title") and view["title"] != view.get("number") else ""
        return f"new control{title}{doc}{effective}"
    if kind in ("source_health", "delivery_failed", "coverage_gap"):
        return str(view["summary"])
    if kind == "needs_review":
        return f"read this notice: policywatch could not read its measures with confidence{doc}"
    return f"{view['summary']}" if view.get("doc_id") and str(view["summary"]).startswith(view["doc_id"]) \
        else f"{view['summary']}{doc}"


def subject_for(view: dict[str, Any]) -> str:
    """``[policywatch] UEL: 11 US entities added (UEL-2025-7), effective 2025-04-04`` and its siblings."""
    kind = view["kind"]
    where = view["list"] or "policywatch"
    if kind in ("source_health", "coverage_gap"):
        return " ".join(f"[policywatch] {view['summary']}".split())[:250]
    if kind == "delivery_failed":
        where = "ops"
    count = len({h["counterparty_id"] for h in view.get("hits") or []})
    hits = ""
    if count:
        hits = f" — {count} of your counterparties match" if count > 1 else " — 1 of your counterparties matches"
    return " ".join(f"[policywatch] {where}: {view['headline']}{hits}".split())[:250]
