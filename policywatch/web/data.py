"""Every read and write of the workspace, in one adapter over today's store, screening and notifier functions.

Pages and the REST API call only this module, so what the workspace shows is read and written in one place.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from sqlmodel import Session, col, func, select

from policywatch.cli.lists import entries_csv
from policywatch.notifier.channels import ChannelError, load_channels
from policywatch.notifier.digest import ended_without_follow_up, ending_soon, source_health
from policywatch.notifier.subscriptions import SubscriptionError, load_subscriptions
from policywatch.parsers import decode_body
from policywatch.parsers.errors import PolicywatchError
from policywatch.screening.counterparties import CounterpartyFileError, read_counterparties
from policywatch.screening.hits import import_counterparties
from policywatch.screening.review import DECISIONS, ReviewError, record_review, review_json, reviews
from policywatch.store import history, list_state
from policywatch.store.clock import beijing_today, to_beijing
from policywatch.store.evidence import blob_body, snapshot_content_type
from policywatch.store.models import Action, Announcement, AuditEvent, Counterparty, Entity, Hit, Review, Snapshot
from policywatch.store.notice_review import NoticeReviewError, confirm_notice, correct_notice, parse_correction
from policywatch.store.state import ListEntry, measures_in_force
from policywatch.web.accounts import audit

HIT_STATES = ("new", "confirmed", "dismissed", "all")
PAGE = 200
ENDED_LOOKBACK = dt.timedelta(days=90)
_TEXT_LIMIT = 200_000
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|tr|table|section|article)\s*>|<br\s*/?>", re.IGNORECASE)


class NotFound(PolicywatchError, LookupError):
    """The hit, notice, entity or counterparty asked for does not exist (404)."""

    exit_code = 2


class Conflict(PolicywatchError, ValueError):
    """The request is understood but cannot be applied as it stands (409), e.g. a four-eyes self-approval."""

    exit_code = 2


def local(value: dt.datetime | None) -> str | None:
    return to_beijing(value).isoformat(timespec="seconds") if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# -- list state ---------------------------------------------------------------------------------------------


def entry_json(entry: ListEntry) -> dict[str, Any]:
    return {**entry.to_json(), "measures_in_force": measures_in_force(entry.status)}


def lists(session: Session, as_of: dt.date, list_name: str | None = None, status: str | None = None,
          country: str | None = None) -> list[dict[str, Any]]:
    rows = [entry_json(e) for e in list_state(session, as_of, list_name)]
    if status:
        rows = [r for r in rows if r["status"] == status]
    if country:
        rows = [r for r in rows if (r["country"] or "").upper() == country.upper()]
    return rows


def lists_csv(rows: list[dict[str, Any]]) -> bytes:
    """The same CSV as ``policywatch lists --format csv`` (one writer for both)."""
    return entries_csv(rows)


def _status_index(session: Session, today: dt.date) -> dict[tuple[int | None, str], ListEntry]:
    return {(e.entity_id, e.list or ""): e for e in list_state(session, today) if e.entity_id is not None}


def _measures(session: Session, doc_id: str | None, list_name: str | None) -> list[str]:
    if not doc_id:
        return []
    out: list[str] = []
    for action in session.exec(select(Action).where(Action.doc_id == doc_id).order_by(col(Action.seq))):
        if list_name is None or action.list_name in (None, list_name):
            out.extend(m for m in action.measures if m not in out)
    return out


# -- reviews (hits) -----------------------------------------------------------------------------------------


def _review_events(session: Session, subject: str) -> list[AuditEvent]:
    """The audit trail of a hit or notice: four-eyes proposals and the decisions that followed them (the
    decisions themselves are Review rows, see ``screening.review``)."""
    return list(session.exec(
        select(AuditEvent).where(AuditEvent.subject == subject,
                                 col(AuditEvent.action).in_(("review", "review_proposed")))
        .order_by(col(AuditEvent.at), col(AuditEvent.id))))


def _review_json(event: AuditEvent) -> dict[str, Any]:
    detail = event.detail or {}
    return {"decision": detail.get("decision"), "by": event.actor, "at": local(event.at), "note": detail.get("note"),
            "proposed": event.action == "review_proposed", "approves": detail.get("approves"),
            "correction": detail.get("correction")}


def _pending(events: list[AuditEvent]) -> AuditEvent | None:
    """The four-eyes proposal still waiting for a second reviewer, if any."""
    last = events[-1] if events else None
    return last if last is not None and last.action == "review_proposed" else None


def hit_json(session: Session, hit: Hit, index: dict[tuple[int | None, str], ListEntry],
             cps: dict[str, Counterparty] | None = None, entities: dict[int, Entity] | None = None,
             events: list[AuditEvent] | None = None, decisions: list[Review] | None = None) -> dict[str, Any]:
    cp = (cps or {}).get(hit.counterparty_id) or session.get(Counterparty, hit.counterparty_id)
    entity = (entities or {}).get(hit.entity_id) or session.get(Entity, hit.entity_id)
    entry = index.get((hit.entity_id, hit.list_name))
    status = entry.status if entry else None
    events = events if events is not None else _review_events(session, f"hit:{hit.id}")
    pending = _pending(events)
    return {
        "id": hit.id,
        "counterparty": {"id": hit.counterparty_id, "name": cp.name if cp else None,
                         "name_zh": cp.name_zh if cp else None},
        "list": hit.list_name or None,
        "entity_id": hit.entity_id,
        "name_zh": entity.name_zh if entity else None,
        "name_en": entity.name_en if entity else None,
        "listed_by": hit.doc_id or None,
        "score": hit.score,
        "explanation": hit.explanation,
        "entity_status": status,
        "until": _iso(entry.until) if entry else None,
        "measures_in_force": measures_in_force(status) if status else None,
        "review_status": hit.state,
        "pending": _review_json(pending) if pending else None,
        "reviews": [review_json(r) for r in (decisions if decisions is not None else reviews(session, hit_id=hit.id))],
    }


def hits(session: Session, today: dt.date, status: str | None = "new", list_name: str | None = None,
         counterparty: str | None = None, limit: int = PAGE) -> list[dict[str, Any]]:
    wanted = status or "new"
    if wanted not in HIT_STATES:
        raise ReviewError(f"unknown hit status {wanted!r}; use one of {', '.join(HIT_STATES)}")
    query = select(Hit).order_by(col(Hit.score).desc(), col(Hit.id))
    if wanted != "all":
        query = query.where(Hit.state == wanted)
    if list_name:
        query = query.where(Hit.list_name == list_name)
    if counterparty:
        like = f"%{counterparty}%"
        ids = select(Counterparty.id).where(col(Counterparty.id).like(like) | col(Counterparty.name).like(like)
                                            | col(Counterparty.name_zh).like(like))
        query = query.where(col(Hit.counterparty_id).in_(ids))
    rows = list(session.exec(query.limit(limit)))
    index = _status_index(session, today)
    cps = {c.id: c for c in session.exec(select(Counterparty).where(
        col(Counterparty.id).in_({h.counterparty_id for h in rows})))}
    entities = {e.id or 0: e
                for e in session.exec(select(Entity).where(col(Entity.id).in_({h.entity_id for h in rows})))}
    events: dict[str, list[AuditEvent]] = {}
    for event in session.exec(select(AuditEvent).where(
            col(AuditEvent.subject).in_([f"hit:{h.id}" for h in rows]),
            col(AuditEvent.action).in_(("review", "review_proposed")))
            .order_by(col(AuditEvent.at), col(AuditEvent.id))):
        events.setdefault(event.subject or "", []).append(event)
    decided: dict[int | None, list[Review]] = {}
    for row in session.exec(select(Review).where(col(Review.hit_id).in_([h.id for h in rows]))
                            .order_by(col(Review.at), col(Review.id))):
        decided.setdefault(row.hit_id, []).append(row)
    return [hit_json(session, h, index, cps, entities, events.get(f"hit:{h.id}", []), decided.get(h.id, []))
            for h in rows]


def hit_detail(session: Session, hit_id: int, today: dt.date) -> dict[str, Any]:
    hit = session.get(Hit, hit_id)
    if hit is None:
        raise NotFound(f"no hit {hit_id}")
    data = hit_json(session, hit, _status_index(session, today))
    data["measures"] = _measures(session, hit.doc_id, hit.list_name or None)
    data["notice"] = _notice_head(session, hit.doc_id)
    return data


def review_hit(session: Session, hit_id: int, decision: str, reviewer: str, note: str, *, now: dt.datetime,
               address: str | None, four_eyes: bool) -> dict[str, Any]:
    """One decision on a hit; with four eyes, the first is a proposal and a second reviewer's agreement applies it."""
    if decision not in DECISIONS:
        raise ReviewError(f"decision {decision!r} is not confirm or dismiss")
    if not note.strip():
        raise ReviewError("a review needs a note saying why")
    if session.get(Hit, hit_id) is None:
        raise NotFound(f"no hit {hit_id}")
    subject = f"hit:{hit_id}"
    pending = _pending(_review_events(session, subject))
    approves = None
    if four_eyes:
        if pending is None or (pending.detail or {}).get("decision") != decision:
            audit(session, "review_proposed", actor=reviewer, now=now, subject=subject, address=address,
                  decision=decision, note=note.strip())
            return hit_detail(session, hit_id, beijing_today(now))
        if pending.actor == reviewer:
            raise Conflict("four-eyes review: a second reviewer must approve this decision, not its proposer")
        approves = pending.actor
    record_review(session, hit_id, decision, reviewer, note, now, approves=approves)
    audit(session, "review", actor=reviewer, now=now, subject=subject, address=address, decision=decision,
          note=note.strip(), approves=approves)
    return hit_detail(session, hit_id, beijing_today(now))


# -- notices ------------------------------------------------------------------------------------------------


def _needs_review(doc: Announcement) -> tuple[bool, list[str]]:
    """The flag the parser set and the store keeps until a reviewer confirms or corrects the reading."""
    return bool(doc.needs_review), list(doc.review_reasons or [])


def _notice_head(session: Session, doc_id: str | None) -> dict[str, Any] | None:
    if not doc_id:
        return None
    doc = session.exec(select(Announcement).where(Announcement.doc_id == doc_id)).first()
    if doc is None:
        return {"doc_id": doc_id, "title": None, "url": None, "number": None, "published": None}
    return {"doc_id": doc.doc_id, "title": doc.title, "url": doc.url, "number": doc.number,
            "published": _iso(doc.published)}


def notices(session: Session, needs_review: bool | None = None) -> list[dict[str, Any]]:
    rows = []
    for doc in session.exec(select(Announcement)):
        needed, reasons = _needs_review(doc)
        if needs_review is not None and needed != needs_review:
            continue
        rows.append({"doc_id": doc.doc_id, "number": doc.number, "issuer": doc.issuer, "title": doc.title,
                     "published": _iso(doc.published), "url": doc.url, "actions": len((doc.data or {}).get("actions")
                                                                                       or []),
                     "needs_review": needed, "review_reasons": reasons})
    rows.sort(key=lambda r: r["published"] or "", reverse=True)
    rows.sort(key=lambda r: not r["needs_review"])  # stable: needs-review first, each group newest first
    return rows


def evidence_text(body: bytes | None, content_type: str | None) -> str | None:
    """The snapshot as text (tags dropped), so a page shows what was fetched without running any of it."""
    if body is None:
        return None
    text = decode_body(body, content_type)
    if "html" in (content_type or "") or text.lstrip()[:1] == "<":
        # A line break where a block ends, so inline tags (<b>, <span>) do not split a sentence.
        tree = HTMLParser(_BLOCK_END.sub(lambda m: "\n" + m.group(0), text))
        for node in tree.css("script, style"):
            node.decompose()
        root = tree.body or tree.root
        text = root.text(separator="") if root is not None else ""
        text = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    return text[:_TEXT_LIMIT]


def notice_detail(session: Session, doc_id: str) -> dict[str, Any]:
    doc = session.exec(select(Announcement).where(Announcement.doc_id == doc_id)).first()
    if doc is None:
        raise NotFound(f"no notice {doc_id}")
    needed, reasons = _needs_review(doc)
    data = doc.data or {}
    snapshot = session.get(Snapshot, doc.snapshot_id) if doc.snapshot_id else None
    content_type = snapshot_content_type(snapshot)
    return {
        "doc_id": doc.doc_id, "number": doc.number, "issuer": doc.issuer, "title": doc.title,
        "published": _iso(doc.published), "url": doc.url, "revision": doc.revision,
        "actions": data.get("actions") or [], "warnings": data.get("warnings") or [],
        "needs_review": needed, "review_reasons": reasons,
        # The same history the CLI writes (``notices confirm|correct``): Review rows, oldest first.
        "reviews": [review_json(r) for r in reviews(session, doc_id=doc_id)],
        "evidence": None if snapshot is None else {
            "sha256": snapshot.content_hash, "url": snapshot.url, "fetched_at": local(snapshot.fetched_at),
            "status": snapshot.status, "content_type": content_type,
            "text": evidence_text(blob_body(session, snapshot.content_hash), content_type),
        },
    }


def review_notice(session: Session, doc_id: str, decision: str, reviewer: str, note: str, correction: str | None,
                  *, now: dt.datetime, address: str | None) -> dict[str, Any]:
    if decision not in ("confirm", "correct"):
        raise ReviewError(f"decision {decision!r} is not confirm or correct")
    if not note.strip():
        raise ReviewError("a notice review needs a note saying why")
    if decision == "correct" and not (correction or "").strip():
        raise ReviewError("a correction needs the corrected reading")
    notice_detail(session, doc_id)  # raises NotFound
    try:
        if decision == "confirm":
            confirm_notice(session, doc_id, reviewer, now, note=note.strip())
        else:
            correct_notice(session, doc_id, parse_correction(doc_id, correction or ""), reviewer, now,
                           note=note.strip())
    except NoticeReviewError as exc:
        raise ReviewError(str(exc)) from None
    audit(session, "notice_review", actor=reviewer, now=now, subject=f"notice:{doc_id}", address=address,
          decision=decision, note=note.strip(), correction=(correction or "").strip() or None)
    return notice_detail(session, doc_id)


# -- needs action (home) ------------------------------------------------------------------------------------


def needs_action(session: Session, now: dt.datetime) -> dict[str, Any]:
    today = beijing_today(now)
    waiting = session.exec(select(func.count()).select_from(Hit).where(Hit.state == "new")).one()
    return {
        "today": today.isoformat(),
        "ending_soon": ending_soon(session, today),
        "hits_awaiting_review": waiting,
        "hits": hits(session, today, "new", limit=10),
        "notices_need_review": notices(session, needs_review=True),
        "sources_failing": [s for s in source_health(session, now) if s["status"] != "ok"],
        "ended_without_follow_up": ended_without_follow_up(session, today, today - ENDED_LOOKBACK),
    }


# -- entities, counterparties, sources, subscriptions, audit ------------------------------------------------


def entity(session: Session, entity_id: int) -> dict[str, Any]:
    row = session.get(Entity, entity_id)
    if row is None:
        raise NotFound(f"no entity {entity_id}")
    return {"id": row.id, "name_zh": row.name_zh, "name_en": row.name_en, "country": row.country, "kind": row.kind,
            "aliases": row.aliases, "history": history(session, str(entity_id))}


def counterparty_json(cp: Counterparty, hit_rows: Iterable[Hit] = ()) -> dict[str, Any]:
    return {"id": cp.id, "name": cp.name, "name_zh": cp.name_zh, "aliases": list(cp.aliases or []),
            "country": cp.country, "hits": [{"id": h.id, "list": h.list_name, "state": h.state, "score": h.score}
                                            for h in hit_rows]}


def counterparties(session: Session, q: str | None = None, limit: int = PAGE) -> list[dict[str, Any]]:
    query = select(Counterparty).order_by(col(Counterparty.id))
    if q:
        like = f"%{q}%"
        query = query.where(col(Counterparty.id).like(like) | col(Counterparty.name).like(like)
                            | col(Counterparty.name_zh).like(like))
    rows = list(session.exec(query.limit(limit)))
    by_cp: dict[str, list[Hit]] = {}
    for hit in session.exec(select(Hit).where(col(Hit.counterparty_id).in_([c.id for c in rows]))):
        by_cp.setdefault(hit.counterparty_id, []).append(hit)
    return [counterparty_json(c, by_cp.get(c.id, [])) for c in rows]


def upload_counterparties(session: Session, path: Path, *, actor: str, now: dt.datetime, address: str | None,
                          filename: str) -> dict[str, Any]:
    """Import a CSV exactly as ``policywatch counterparties import`` does; bad rows refuse the whole file."""
    try:
        report = import_counterparties(session, read_counterparties(path), as_of=beijing_today(now), now=now)
    except CounterpartyFileError as exc:
        raise ReviewError(str(exc).replace(str(path), filename)) from exc
    result = report.to_json()
    audit(session, "upload", actor=actor, now=now, subject="counterparties", address=address, file=filename,
          created=report.created, updated=report.updated, hits=len(report.hits))
    return result


def add_counterparty(session: Session, path: Path, **kwargs: Any) -> dict[str, Any]:
    """One counterparty, validated by the same CSV reader (a one-row file written by the caller)."""
    return upload_counterparties(session, path, **kwargs)


def delete_counterparty(session: Session, cp_id: str, *, actor: str, now: dt.datetime,
                        address: str | None) -> None:
    cp = session.get(Counterparty, cp_id)
    if cp is None:
        raise NotFound(f"no counterparty {cp_id}")
    hit_rows = list(session.exec(select(Hit).where(Hit.counterparty_id == cp_id)))
    # The hits go with it (they reference it); the audit entry keeps what they were.
    audit(session, "counterparty_delete", actor=actor, now=now, subject=f"counterparty:{cp_id}", address=address,
          name=cp.name, hits=[{"id": h.id, "state": h.state, "reviewer": h.reviewer, "note": h.note}
                              for h in hit_rows])
    for hit in hit_rows:
        session.delete(hit)
    session.flush()
    session.delete(cp)
    session.flush()


def sources(session: Session, now: dt.datetime) -> list[dict[str, Any]]:
    return source_health(session, now)


def subscriptions(config_dir: Traversable | Path) -> dict[str, Any]:
    """The configured subscriptions and whether each channel is ready (its variable set); never the URL."""
    try:
        subs = load_subscriptions(config_dir)
        channels = load_channels(config_dir)
    except (SubscriptionError, ChannelError) as exc:
        return {"subscriptions": [], "error": str(exc)}
    out = []
    for sub in subs:
        channel = channels.get(sub.channel)
        ready = False
        why: str | None = f"channel {sub.channel!r} is not defined in channels.yml"
        if channel is not None:
            ready = bool((os.environ.get(channel.env) or "").strip())
            why = None if ready else f"environment variable {channel.env} is not set"
        out.append({**sub.to_json(), "channel_ready": ready, "channel_problem": why})
    return {"subscriptions": out, "error": None}


def audit_events(session: Session, limit: int = 500) -> list[dict[str, Any]]:
    rows = session.exec(select(AuditEvent).order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc()).limit(limit))
    return [{"id": e.id, "at": local(e.at), "who": e.actor, "action": e.action, "subject": e.subject,
             "address": e.address, "detail": e.detail} for e in rows]
