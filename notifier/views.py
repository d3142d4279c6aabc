"""What a message says about a change, gathered from the store into plain dicts for the templates.

The change's own payload is used first (the store may put the facts there); anything missing is read from the
Action, Announcement, ListEvent and Entity rows it points at. Every value is a scraped string or a date: the
templates escape them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, select

from policywatch.store.models import (
    Action,
    Announcement,
    Change,
    Counterparty,
    Entity,
    Hit,
    ListEvent,
)

LIST_NAMES = {
    "UEL": "Unreliable Entity List (不可靠实体清单)",
    "ECL": "Export Control Control List (出口管制管控名单)",
    "ECWL": "Export Control Watch List (出口管制关注名单)",
    "CML": "Countermeasure List (反制清单)",
    "ITEM": "Item controls (物项管制)",
}
KIND_VERBS = {
    "listing": "added",
    "suspension": "suspended",
    "resumption": "resumed",
    "termination": "stopped",
    "removal": "removed",
    "amendment": "amended",
    "control": "new control",
    "revised": "text revised",
    "source_health": "source health",
    "hit": "counterparty hit",
    "delivery_failed": "delivery failed",
}


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
        "counterparty": counterparty.name if counterparty else hit.counterparty_id,
        "entity_zh": entity.name_zh if entity else None,
        "entity_en": entity.name_en if entity else None,
        "list": hit.list_name,
        "doc_id": hit.doc_id,
        "score": round(float(hit.score), 2),
        "explanation": hit.explanation,
        "state": hit.state,
    }


def change_view(session: Session, change: Change, hits: list[Hit] | None = None) -> dict[str, Any]:
    """The facts of one change for a message: list, entities, dates, measures, official link, hits."""
    payload = change.payload or {}
    action = session.get(Action, change.action_id) if change.action_id is not None else None
    announcement = None
    if change.doc_id:
        announcement = session.exec(select(Announcement).where(Announcement.doc_id == change.doc_id)).first()
    act: dict[str, Any] = payload.get("action") if isinstance(payload.get("action"), dict) else {}
    entities = _entities_for(session, change)
    countries = sorted({e["country"] for e in entities if e.get("country")})
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
        "targets": list(payload.get("targets") or act.get("targets") or (action.targets if action else [])),
        "entities": entities,
        "countries": countries,
        "created_at": _iso(change.created_at),
        "error": payload.get("error"),
        "channel": payload.get("channel"),
        "hits": [hit_view(session, h) for h in (hits or [])],
    }
    if not str(view["url"] or "").startswith(("http://", "https://")):
        view["url"] = None  # only web links become links
    view["list_label"] = LIST_NAMES.get(view["list"] or "", view["list"] or "")
    return view


def subject_for(view: dict[str, Any]) -> str:
    """``[policywatch] UEL: 11 US entities added (UEL-2025-7), effective 2025-04-04`` and its siblings."""
    kind = view["kind"]
    where = view["list"] or "policywatch"
    doc = f" ({view['doc_id']})" if view.get("doc_id") else ""
    effective = f", effective {view['effective']}" if view.get("effective") else ""
    entities = view["entities"]
    if kind in ("listing", "removal") and entities:
        n = len(entities)
        country = f"{view['countries'][0]} " if len(view["countries"]) == 1 else ""
        noun = "entity" if n == 1 else "entities"
        text = f"{n} {country}{noun} {view['verb']}{doc}{effective}"
    elif kind in ("suspension", "resumption", "termination", "amendment") and view["targets"]:
        targets = ", ".join(view["targets"][:4]) + (" …" if len(view["targets"]) > 4 else "")
        until = f" until {view['until']}" if kind == "suspension" and view.get("until") else ""
        text = f"measures of {targets} {view['verb']}{until}{doc}{effective}"
    elif kind == "control":
        text = f"new control{doc}{effective}"
    elif kind == "source_health":
        return " ".join(f"[policywatch] {view['summary']}".split())[:250]
    elif kind == "delivery_failed":
        where = "ops"
        text = view["summary"]
    else:
        text = f"{view['summary']}{doc}"
    count = len(view.get("hits") or [])
    hits = ""
    if count:
        hits = f" — {count} of your counterparties match" if count > 1 else " — 1 of your counterparties matches"
    return " ".join(f"[policywatch] {where}: {text}{hits}".split())[:250]
