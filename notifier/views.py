"""What a message says about a change, gathered from the store into plain dicts for the templates.

The change's payload is read through its kind's dataclass (``store.changes``); what a payload does not hold (the
notice's warnings, a row written before the payload carried the action) is read from the Action, Announcement,
ListEvent and Entity rows it points at. Every value is a scraped string or a date: the
templates escape them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from policywatch.parsers.types import LIST_LABELS
from policywatch.store import list_state
from policywatch.store.changes import (
    ActionPayload,
    ChangeKind,
    DeliveryFailedPayload,
    HitPayload,
    NeedsReviewPayload,
    Payload,
    RevisedPayload,
    payload_of,
)
from policywatch.store.clock import BEIJING, beijing_today
from policywatch.store.models import (
    Action,
    Announcement,
    Change,
    Counterparty,
    Entity,
    Hit,
    ListEvent,
)
from policywatch.store.record import target_doc
from policywatch.store.state import ListEntry, measures_in_force, status_today

KIND_VERBS: dict[str, str] = {
    ChangeKind.LISTING: "added",
    ChangeKind.SUSPENSION: "suspended",
    ChangeKind.RESUMPTION: "resumed",
    ChangeKind.TERMINATION: "terminated",
    ChangeKind.REMOVAL: "removed",
    ChangeKind.AMENDMENT: "amended",
    ChangeKind.CONTROL: "new control",
    ChangeKind.REVISED: "text revised",
    ChangeKind.SOURCE_HEALTH: "source health",
    ChangeKind.HIT: "counterparty hit",
    ChangeKind.DELIVERY_FAILED: "delivery failed",
    ChangeKind.NEEDS_REVIEW: "read this notice",
    ChangeKind.COVERAGE_GAP: "coverage gap",
    ChangeKind.STARTING_STATE: "starting state",
    ChangeKind.BACKFILL_SUMMARY: "history recorded",
}
# Kinds whose notice names its entities, and kinds that cite the notice they act on.
NAMED_KINDS = (ChangeKind.LISTING, ChangeKind.REMOVAL, ChangeKind.AMENDMENT)
CITING_KINDS = (ChangeKind.SUSPENSION, ChangeKind.RESUMPTION, ChangeKind.TERMINATION, ChangeKind.AMENDMENT)
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


def _entities_for(session: Session, change: Change, payload: ActionPayload | None) -> list[dict[str, Any]]:
    """The entities an action named, as the notice printed them (its payload), else from its ListEvents."""
    if payload is not None and payload.entities:
        return [
            {"name_zh": e.get("name_zh"), "name_en": e.get("name_en"), "country": e.get("country"),
             "entity_id": None}
            for e in payload.entities
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


def state_on(session: Session, today: dt.date) -> list[ListEntry]:
    """The list state on ``today``, computed once per session while no ListEvent is added (a digest renders many
    changes against the same day)."""
    marker = session.exec(select(func.count(col(ListEvent.id)), func.max(col(ListEvent.id)))).one()
    key = ("policywatch.state_on", today, tuple(marker))
    cache = session.info.setdefault("policywatch.state_on", {})
    if key not in cache:
        cache.clear()
        cache[key] = list_state(session, today)
    return cache[key]


def subject_label(entry: ListEntry) -> str:
    if entry.entity_id is not None:
        return entity_label({"name_zh": entry.name_zh, "name_en": entry.name_en})
    return entry.target or "(unnamed)"


def status_lines(entries: list[ListEntry]) -> list[dict[str, Any]]:
    """The status today of what a message reports, one line per distinct status (names shown when few)."""
    groups: dict[tuple[str, str | None, str | None], list[ListEntry]] = {}
    for entry in entries:
        by = entry.last_event_by if entry.status in ("terminated", "removed") else None
        key = (entry.status, entry.until.isoformat() if entry.until else None, by)
        groups.setdefault(key, []).append(entry)
    out = []
    for (status, until, by), members in groups.items():
        names = [subject_label(m) for m in members]
        shown = names[:SHOWN_NAMES]
        who = ", ".join(shown) + (f" and {len(names) - len(shown)} more" if len(names) > len(shown) else "")
        if len(names) > SHOWN_NAMES:
            noun = "entities" if all(m.entity_id is not None for m in members) else "entries"
            who = f"{len(names)} {noun} ({who})"
        out.append({"status": status, "until": until, "measures_in_force": measures_in_force(status),
                    "subjects": who, "count": len(names), "text": status_today(status, until, by)})
    return out


def status_of_change(session: Session, change: Change, entity_ids: list[int], targets: list[str],
                     list_name: str | None, today: dt.date) -> list[dict[str, Any]]:
    """Status today of the entities and items a change is about (its own list only)."""
    if change.kind in (ChangeKind.SOURCE_HEALTH, ChangeKind.DELIVERY_FAILED, ChangeKind.COVERAGE_GAP,
                       ChangeKind.STARTING_STATE):
        return []
    ids = set(entity_ids)
    cited_docs = {target_doc(t) for t in targets}
    docs = cited_docs | ({change.doc_id} if change.doc_id else set())
    wanted = set(targets)
    found = []
    for entry in state_on(session, today):
        if list_name and entry.list and entry.list != list_name:
            continue
        named = entry.entity_id is not None and (entry.entity_id in ids or entry.listed_by in cited_docs)
        cited = entry.entity_id is None and bool(entry.target) and (
            entry.target in wanted or entry.target in docs or target_doc(entry.target or "") in wanted)
        if named or cited:
            found.append(entry)
    return status_lines(found)


def status_of_target(session: Session, target: str, list_name: str | None, today: dt.date) -> list[dict[str, Any]]:
    """Status today of what a suspension target names: an entity (``entity:5``), an item or clause, or the
    entities a notice put on ``list_name``."""
    entity_id = int(target[7:]) if target.startswith("entity:") and target[7:].isdigit() else None
    found = []
    for entry in state_on(session, today):
        if list_name and entry.list and entry.list != list_name:
            continue
        if entity_id is not None:
            if entry.entity_id == entity_id:
                found.append(entry)
        elif entry.target == target or (entry.entity_id is not None and entry.listed_by == target):
            found.append(entry)
    return status_lines(found)


def entry_for(session: Session, entity_id: int, list_name: str | None, today: dt.date) -> ListEntry | None:
    return next((e for e in state_on(session, today)
                 if e.entity_id == entity_id and (e.list or "") == (list_name or "")), None)


def hit_view(session: Session, hit: Hit, today: dt.date | None = None) -> dict[str, Any]:
    counterparty = session.get(Counterparty, hit.counterparty_id)
    entity = session.get(Entity, hit.entity_id)
    entry = entry_for(session, hit.entity_id, hit.list_name, today or beijing_today())
    status = entry.status if entry else None
    return {
        "entity_status": status,
        "until": entry.until.isoformat() if entry and entry.until else None,
        "measures_in_force": measures_in_force(status) if status else None,
        "status_text": entry.status_text if entry else status_today(None),
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


def matching_counterparties(hits: list[dict[str, Any]]) -> int:
    """How many counterparties the hits are for: one counterparty can match on two lists (two hits)."""
    return len({h["counterparty_id"] for h in hits})


def hits_label(hits: list[dict[str, Any]]) -> str:
    """The count beside "your counterparties that match": counterparties, and hits when they differ, so the heading
    agrees with the subject line (which counts counterparties) and still accounts for every row below it."""
    people = matching_counterparties(hits)
    if people == len(hits):
        return str(people)
    return f"{people} {'counterparty' if people == 1 else 'counterparties'}, {len(hits)} hits"


def hit_views(session: Session, hits: list[Hit], today: dt.date | None = None) -> list[dict[str, Any]]:
    """One row per hit, best first. Each hit is its own decision (the same counterparty and entity on two lists are
    two hits with two ids): folding them would hide one from the reviewer."""
    ordered = sorted(hits, key=lambda h: (-float(h.score), h.id or 0))
    return [hit_view(session, h, today) for h in ordered]


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


def _action_facts(payload: ActionPayload | None, action: Action | None) -> dict[str, Any]:
    """The action as parsed (``parsers.Action.to_json()``) from the change's payload; for a row whose payload
    lacks it, the stored Action row says the same facts."""
    if payload is not None and payload.action:
        return payload.action
    if action is None:
        return {}
    return {"effective": action.effective, "until": action.until, "until_computed": action.until_computed,
            "measures": list(action.measures), "targets": list(action.targets)}


def _notice_fact(payload: Payload | None, announcement: Announcement | None, name: str) -> Any:
    """A fact of the notice (number, title, published, url): as the change recorded it, else the notice row."""
    value = getattr(payload, name, None)
    if value is None and announcement is not None:
        value = getattr(announcement, name, None)
    return value


def review_hint(workspace_url: str | None) -> dict[str, Any]:
    """How a reviewer decides on a hit: the CLI command, and the workspace's page when one is configured."""
    base = (workspace_url or "").rstrip("/")
    return {"command": "policywatch review ID --confirm|--dismiss --note TEXT",
            "workspace": base if base.startswith(("http://", "https://")) else None}


def change_view(session: Session, change: Change, hits: list[Hit] | None = None, *, today: dt.date | None = None,
                workspace_url: str | None = None) -> dict[str, Any]:
    """The facts of one change for a message: list, entities, dates, measures, official link, hits, and the status
    today (``today``: the Beijing day of the message, default the clock's) of what it is about."""
    day = today or beijing_today()
    if change.kind == ChangeKind.HIT:
        return _hit_change_view(session, change, hits, day, workspace_url)
    payload = payload_of(change)
    acted = payload if isinstance(payload, ActionPayload) else None
    action = session.get(Action, change.action_id) if change.action_id is not None else None
    announcement = _announcement(session, change.doc_id)
    data = announcement.data if announcement is not None and isinstance(announcement.data, dict) else {}
    act = _action_facts(acted, action)
    entities = _entities_for(session, change, acted)
    countries = sorted({e["country"] for e in entities if e.get("country")})
    targets = list(acted.targets if acted and acted.targets else act.get("targets") or [])
    stated = act.get("stated_count")
    failed = payload if isinstance(payload, DeliveryFailedPayload) else None
    view: dict[str, Any] = {
        "change_id": change.id,
        "kind": change.kind,
        "verb": KIND_VERBS.get(change.kind, change.kind),
        "summary": change.summary,
        "doc_id": change.doc_id,
        "list": change.list_name or (action.list_name if action else None),
        "source": change.source,
        "number": _notice_fact(payload, announcement, "number"),
        "title": _notice_fact(payload, announcement, "title"),
        "published": _iso(_notice_fact(payload, announcement, "published")),
        "url": _notice_fact(payload, announcement, "url"),
        "effective": _iso(act.get("effective")),
        "until": _iso(act.get("until")),
        "until_computed": bool(act.get("until_computed")),
        "measures": [str(m) for m in act.get("measures") or [] if m],
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
        "error": failed.error if failed else None,
        "channel": failed.channel if failed else None,
        "hits": hit_views(session, hits or [], day),
        "review": review_hint(workspace_url),
        "today": day.isoformat(),
    }
    ids = acted.entity_ids if acted else payload.entity_ids if isinstance(payload, RevisedPayload) else []
    entity_ids = [int(i) for i in ids if isinstance(i, int)] or [
        int(e["entity_id"]) for e in entities if isinstance(e.get("entity_id"), int)]
    view["status_today"] = status_of_change(session, change, entity_ids, targets, view["list"], day)
    if not str(view["url"] or "").startswith(("http://", "https://")):
        view["url"] = None  # only web links become links
    view["list_label"] = LIST_LABELS.get(view["list"] or "", view["list"] or "")
    view["names_missing"] = change.kind in NAMED_KINDS and not entities
    view["reasons"] = [str(r) for r in payload.reasons if r] if isinstance(payload, NeedsReviewPayload) else []
    view["headline"] = headline(view)
    view["hits_label"] = hits_label(view["hits"])
    return view


def _hit_change_view(session: Session, change: Change, hits: list[Hit] | None, day: dt.date,
                     workspace_url: str | None) -> dict[str, Any]:
    """A hit as news: who matched whom, the listing's facts and measures, its status today, how to review."""
    p = HitPayload.from_json(change.payload)
    hit = session.get(Hit, p.hit_id) if p.hit_id is not None else None
    entity = {"name_zh": p.name_zh, "name_en": p.name_en, "country": p.country, "entity_id": p.entity_id}
    entry = entry_for(session, p.entity_id, p.list_name, day) if p.entity_id is not None else None
    status = status_lines([entry]) if entry is not None else []
    url = p.url if str(p.url or "").startswith(("http://", "https://")) else None
    view: dict[str, Any] = {
        "change_id": change.id, "kind": str(change.kind), "verb": KIND_VERBS[ChangeKind.HIT],
        "summary": change.summary, "doc_id": p.listed_by, "list": p.list_name, "source": None,
        "number": p.notice_number, "title": p.notice_title,
        "published": p.listed_on, "url": url, "effective": None, "until": None, "until_computed": False,
        "measures": list(p.measures), "targets": [], "referenced": [], "entities": [entity],
        "entities_shown": [entity], "entities_more": 0, "stated_count": None, "warnings": [],
        "countries": [p.country] if p.country else [], "created_at": _iso(change.created_at),
        "created_label": beijing_time(change.created_at), "error": None, "channel": None,
        "hits": hit_views(session, hits if hits is not None else ([hit] if hit is not None else []), day),
        "review": review_hint(workspace_url), "today": day.isoformat(), "status_today": status,
        "list_label": LIST_LABELS.get(p.list_name or "", p.list_name or ""), "names_missing": False, "reasons": [],
        "hit": {
            "hit_id": p.hit_id, "counterparty_id": p.counterparty_id, "counterparty": p.counterparty_name,
            "counterparty_zh": p.counterparty_name_zh, "score": round(float(p.score), 2),
            "explanation": p.explanation, "origin": p.origin, "raised_again": p.raised_again,
            "state": hit.state if hit is not None else None,
            "entity_status": entry.status if entry is not None else None,
            "measures_in_force": measures_in_force(entry.status) if entry is not None else None,
            "status_text": entry.status_text if entry is not None else status_today(None),
        },
    }
    who = entity_label(entity)
    view["headline"] = (f"your counterparty {p.counterparty_name} ({p.counterparty_id}) matches {who}"
                        f" ({p.listed_by or 'listing notice unknown'}), score {float(p.score):.2f}")
    view["hits_label"] = hits_label(view["hits"])
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
    if kind in NAMED_KINDS and entities:
        return f"{_entity_count(len(entities), view['countries'])} {view['verb']}{doc}{effective}"
    if view.get("names_missing"):
        n = view.get("stated_count")
        what = _entity_count(n, []) if n else "entities"
        verb = {ChangeKind.LISTING: "announced", ChangeKind.REMOVAL: "removed"}.get(kind, view["verb"])
        return f"{what} {verb}, names not in the text{doc}{effective}"
    if kind in CITING_KINDS and view["targets"]:
        targets = ", ".join(view["targets"][:4]) + (" …" if len(view["targets"]) > 4 else "")
        until = f" until {view['until']}" if kind == ChangeKind.SUSPENSION and view.get("until") else ""
        return f"measures of {targets} {view['verb']}{until}{doc}{effective}"
    if kind == ChangeKind.CONTROL:
        title = f": {view['title']}" if view.get("title") and view["title"] != view.get("number") else ""
        return f"new control{title}{doc}{effective}"
    if kind in (ChangeKind.SOURCE_HEALTH, ChangeKind.DELIVERY_FAILED, ChangeKind.COVERAGE_GAP):
        return str(view["summary"])
    if kind == ChangeKind.NEEDS_REVIEW:
        return f"read this notice: policywatch could not read its measures with confidence{doc}"
    return f"{view['summary']}" if view.get("doc_id") and str(view["summary"]).startswith(view["doc_id"]) \
        else f"{view['summary']}{doc}"


def subject_for(view: dict[str, Any]) -> str:
    """``[policywatch] UEL: 11 US entities added (UEL-2025-7), effective 2025-04-04`` and its siblings."""
    kind = view["kind"]
    where = view["list"] or "policywatch"
    if kind in (ChangeKind.SOURCE_HEALTH, ChangeKind.COVERAGE_GAP):
        return " ".join(f"[policywatch] {view['summary']}".split())[:250]
    if kind == ChangeKind.DELIVERY_FAILED:
        where = "ops"
    if kind == ChangeKind.HIT:
        hit_id = (view.get("hit") or {}).get("hit_id")
        return " ".join(f"[policywatch] {where}: hit #{hit_id} — {view['headline']}".split())[:250]
    count = matching_counterparties(view.get("hits") or [])
    hits = ""
    if count:
        hits = f" — {count} of your counterparties match" if count > 1 else " — 1 of your counterparties matches"
    return " ".join(f"[policywatch] {where}: {view['headline']}{hits}".split())[:250]
