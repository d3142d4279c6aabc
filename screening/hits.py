"""Stored counterparties × listed entities: import, screening into Hit rows, review, re-screening on list changes.

Functions take a ``Session`` and never commit (callers wrap a unit of work in ``store.session_scope``).
A hit is one (counterparty, entity, list). Review states are ``new | confirmed | dismissed``; a dismissed hit is
not raised again unless the listing it was dismissed against changes (a new listing event for that entity on
that list), recorded in ``Hit.listing_event_id``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from policywatch.parsers.errors import PolicywatchError
from policywatch.screening.aliases import given_aliases
from policywatch.screening.counterparties import CounterpartyRow, RowError
from policywatch.screening.matcher import Match, Matcher, Query
from policywatch.screening.review import ReviewError, review_json, reviews
from policywatch.store import list_state
from policywatch.store.changes import ChangeKind, HitPayload
from policywatch.store.clock import beijing_today
from policywatch.store.models import Action, Announcement, Change, Counterparty, Entity, Hit, ListEvent, utcnow
from policywatch.store.state import LISTING_EVENTS, ListEntry, measures_in_force, status_today

REVIEW_STATES = ("new", "confirmed", "dismissed")
# Entries whose listing still binds: a hit against a terminated or removed listing is not raised.
LIVE_STATUSES = frozenset({"active", "suspended", "lapsed"})
_BATCH = 2000


def _naive_utc(now: dt.datetime | None) -> dt.datetime:
    """Rows take naive UTC (a web request's clock may be aware)."""
    if now is None:
        return utcnow()
    return now.astimezone(dt.UTC).replace(tzinfo=None) if now.tzinfo else now


@dataclass(frozen=True)
class Target:
    """One entity on one list, with every name it was printed under: what the matcher screens against."""

    entity_id: int
    list: str | None
    name_zh: str | None
    name_en: str | None
    aliases: tuple[str, ...]
    status: str
    listed_by: str | None
    listing_event_id: int | None
    country: str | None = None
    given_aliases: tuple[tuple[str, str], ...] = ()  # (alias, source): matched with reason "alias"

    def to_json(self) -> dict[str, Any]:
        return {"list": self.list, "entity_id": self.entity_id, "name_zh": self.name_zh, "name_en": self.name_en,
                "status": self.status, "listed_by": self.listed_by}


def targets(
    session: Session,
    as_of: dt.date | None = None,
    *,
    entity_ids: Iterable[int] | None = None,
    statuses: Iterable[str] | None = LIVE_STATUSES,
    now: dt.datetime | None = None,
) -> list[Target]:
    """The named entries of the list state on ``as_of`` (default today in Beijing), as screening targets."""
    wanted = set(entity_ids) if entity_ids is not None else None
    allowed = set(statuses) if statuses is not None else None
    entries = [
        e for e in list_state(session, as_of or beijing_today(now))
        if e.entity_id is not None
        and (wanted is None or e.entity_id in wanted)
        and (allowed is None or e.status in allowed)
    ]
    ids = {e.entity_id for e in entries if e.entity_id is not None}
    if not ids:
        return []
    names: dict[int, list[str]] = {i: [] for i in ids}
    for entity in session.exec(select(Entity).where(col(Entity.id).in_(ids))):
        names[entity.id or 0].extend(n for n in (entity.name_en, entity.name_zh, *(entity.aliases or ())) if n)
    listing: dict[tuple[int, str | None], int] = {}
    for ev in session.exec(
        select(ListEvent).where(col(ListEvent.entity_id).in_(ids)).order_by(col(ListEvent.id))
    ):
        names[ev.entity_id or 0].extend(n for n in (ev.name_en, ev.name_zh) if n)
        if ev.event in LISTING_EVENTS and ev.id is not None:
            listing[(ev.entity_id or 0, ev.list_name)] = ev.id
    given = given_aliases(session, ids)
    out = []
    for e in entries:
        assert e.entity_id is not None
        extra = tuple(dict.fromkeys(n for n in names[e.entity_id] if n not in (e.name_en, e.name_zh)))
        out.append(Target(e.entity_id, e.list, e.name_zh, e.name_en, extra, e.status, e.listed_by,
                          listing.get((e.entity_id, e.list)), e.country, given.get(e.entity_id, ())))
    return out


def _query(cp: Counterparty | CounterpartyRow) -> Query:
    return Query(cp.name, cp.name_zh, tuple(cp.aliases or ()))


def _counterparties(session: Session, ids: Sequence[str] | None) -> Iterator[list[Counterparty]]:
    if ids is None:
        offset = 0
        while True:
            batch = list(session.exec(select(Counterparty).order_by(col(Counterparty.id)).offset(offset).limit(_BATCH)))
            if not batch:
                return
            yield batch
            offset += len(batch)
    else:
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            yield list(session.exec(select(Counterparty).where(col(Counterparty.id).in_(chunk))))


def _store(session: Session, cp: Counterparty, match: Match, now: dt.datetime) -> Hit | None:
    """Write or refresh the hit; return it when it is new or raised again."""
    target: Target = match.entity
    hit = session.exec(
        select(Hit).where(Hit.counterparty_id == cp.id, Hit.entity_id == target.entity_id,
                          Hit.list_name == (target.list or ""))
    ).first()
    why = match.explanation
    if hit is None:
        hit = Hit(counterparty_id=cp.id, entity_id=target.entity_id, list_name=target.list or "",
                  doc_id=target.listed_by or "", score=round(match.score, 4), explanation=why,
                  listing_event_id=target.listing_event_id, created_at=now, updated_at=now)
        session.add(hit)
        session.flush()
        return hit
    raised = False
    if hit.state == "dismissed" and target.listing_event_id != hit.listing_event_id:
        # The entity was listed again (a new notice): the earlier dismissal was about another listing.
        hit.note = f"raised again: listed by {target.listed_by} after dismissal ({hit.note or 'no note'})"
        hit.state, hit.reviewer, raised = "new", None, True
    hit.score, hit.explanation, hit.doc_id = round(match.score, 4), why, target.listed_by or hit.doc_id
    hit.listing_event_id = target.listing_event_id
    hit.updated_at = now
    session.add(hit)
    session.flush()
    return hit if raised else None


def screen_counterparties(
    session: Session, target_list: Sequence[Target], ids: Sequence[str] | None = None, *,
    threshold: float | None = None, now: dt.datetime | None = None, via_change_id: int | None = None,
) -> list[Hit]:
    """Screen stored counterparties (all, or ``ids``) against ``target_list``; return new or re-raised hits.

    Each of them is news: a ``hit`` Change is recorded beside it (DESIGN §6), stamped ``now`` (naive UTC).
    ``via_change_id`` names the listing change whose screening found them (None for an import).
    """
    if not target_list:
        return []
    when = _naive_utc(now)
    matcher = Matcher(target_list, threshold=threshold)
    raised: list[Hit] = []
    for batch in _counterparties(session, ids):
        results = matcher.match_many([_query(cp) for cp in batch])
        for cp, matches in zip(batch, results, strict=True):
            for match in matches:
                again = _dismissed(session, cp, match.entity)
                hit = _store(session, cp, match, when)
                if hit is not None:
                    raised.append(hit)
                    hit_change(session, hit, cp, match.entity, when, via_change_id=via_change_id,
                               raised_again=again)
    return raised


def _dismissed(session: Session, cp: Counterparty, target: Target) -> bool:
    state = session.exec(select(Hit.state).where(
        Hit.counterparty_id == cp.id, Hit.entity_id == target.entity_id, Hit.list_name == (target.list or ""))).first()
    return state == "dismissed"


def hit_change(session: Session, hit: Hit, cp: Counterparty, target: Target, now: dt.datetime, *,
               via_change_id: int | None = None, raised_again: bool = False) -> Change:
    """The ``hit`` Change of a new (or re-raised) hit: who matched whom, on which list, by which notice; never
    commits. Its day is the day it was found (no ``published``): a hit found after a subscription's ``since`` is
    news to it even when the listing is old."""
    notice = session.exec(select(Announcement).where(Announcement.doc_id == hit.doc_id)).first() if hit.doc_id \
        else None
    measures: list[str] = []
    if target.listing_event_id is not None:
        event = session.get(ListEvent, target.listing_event_id)
        action = session.get(Action, event.action_id) if event is not None else None
        measures = list(action.measures) if action is not None else []
    payload = HitPayload(
        hit_id=hit.id, counterparty_id=cp.id, counterparty_name=cp.name, counterparty_name_zh=cp.name_zh,
        entity_id=target.entity_id, name_zh=target.name_zh, name_en=target.name_en, country=target.country,
        list_name=target.list, listed_by=hit.doc_id or None,
        listed_on=notice.published.isoformat() if notice is not None and notice.published else None,
        notice_title=notice.title if notice else None, notice_number=notice.number if notice else None,
        url=notice.url if notice else None, measures=measures, score=round(float(hit.score), 4),
        explanation=hit.explanation, origin="listing" if via_change_id is not None else "import",
        via_change_id=via_change_id, raised_again=raised_again,
    )
    name = " / ".join(n for n in (target.name_zh, target.name_en) if n) or f"entity {target.entity_id}"
    change = Change(
        kind=ChangeKind.HIT, doc_id=hit.doc_id or None, list_name=target.list, source=None,
        summary=f"hit #{hit.id}: counterparty {cp.id} {cp.name} matches {name} on {target.list or 'a list'} "
                f"(listed by {hit.doc_id or 'unknown notice'}), score {float(hit.score):.2f}"[:500],
        payload=payload.to_json(), created_at=now,
    )
    session.add(change)
    session.flush()
    return change


def screen_all(session: Session, *, as_of: dt.date | None = None, threshold: float | None = None) -> list[Hit]:
    """Every stored counterparty against every entity whose listing binds on ``as_of`` (default today)."""
    return screen_counterparties(session, targets(session, as_of), threshold=threshold)


def _touched(session: Session, change: Change) -> set[tuple[int, str]]:
    """The (entity, list) pairs a change is about: its own events' entities on its own list.

    A change reaches only the listings it names: an entity that is also on another list is screened there by that
    list's own change, so one alert never carries another notice's hits.
    """
    query = select(ListEvent)
    query = query.where(ListEvent.action_id == change.action_id) if change.action_id else query.where(
        ListEvent.doc_id == change.doc_id)
    pairs: set[tuple[int, str]] = set()
    cited: dict[str, str | None] = {}
    for ev in session.exec(query):
        if change.list_name and ev.list_name and ev.list_name != change.list_name:
            continue
        if ev.entity_id is not None:
            pairs.add((ev.entity_id, ev.list_name or change.list_name or ""))
        elif ev.target:
            cited[ev.target.split("#", 1)[0]] = ev.list_name or change.list_name
    if cited:
        # A suspension or termination cites the notice: it touches the entities that notice put on that list.
        for ev in session.exec(select(ListEvent).where(col(ListEvent.doc_id).in_(cited))):
            wanted = cited.get(ev.doc_id)
            if ev.entity_id is not None and (wanted is None or ev.list_name == wanted):
                pairs.add((ev.entity_id, ev.list_name or ""))
    return pairs


def rescreen_for_change(session: Session, change: Change, *, threshold: float | None = None,
                        now: dt.datetime | None = None) -> list[Hit]:
    """Screen every stored counterparty against the entities a list change touched, on that change's list only;
    new or re-raised hits."""
    if change.doc_id is None and change.action_id is None:
        return []
    pairs = _touched(session, change)
    if not pairs:
        return []
    found = targets(session, entity_ids={entity_id for entity_id, _ in pairs}, now=now)
    return screen_counterparties(session, [t for t in found if (t.entity_id, t.list or "") in pairs],
                                 threshold=threshold, now=now, via_change_id=change.id)


def hits_for_change(session: Session, change: Change) -> list[Hit]:
    """The open hits (``new`` or ``confirmed``) on the change's (entity, list) pairs, created now or earlier.

    This is what the change's alert reports: a hit raised by an earlier screening (another notice, an import) is
    still about this listing. Dismissed hits are left out (a re-raised one is ``new`` again). Best score first.
    """
    if change.doc_id is None and change.action_id is None:
        return []
    pairs = _touched(session, change)
    if not pairs:
        return []
    rows = session.exec(
        select(Hit).where(col(Hit.entity_id).in_({entity_id for entity_id, _ in pairs}),
                          col(Hit.state).in_(("new", "confirmed")))
        .order_by(col(Hit.score).desc(), col(Hit.id))
    ).all()
    return [h for h in rows if (h.entity_id, h.list_name) in pairs]


def open_hits(session: Session, state: str | None = None) -> list[Hit]:
    """Hits in ``state`` (``new``, i.e. awaiting review, when None), best score first; ``all`` for every hit."""
    wanted = state or "new"
    if wanted not in (*REVIEW_STATES, "all"):
        raise ReviewError(f"unknown hit state {wanted!r}; use one of new, confirmed, dismissed, all")
    query = select(Hit).order_by(col(Hit.score).desc(), col(Hit.id))
    if wanted != "all":
        query = query.where(Hit.state == wanted)
    return list(session.exec(query))


def hit_json(session: Session, hit: Hit, today: dt.date | None = None, state: list[ListEntry] | None = None
             ) -> dict[str, Any]:
    """DESIGN §5 hit: ``entity_status`` and ``measures_in_force`` are the listed entity's on ``today`` (Beijing,
    default the clock's); ``state`` is that day's list state when the caller has it (many hits, one state)."""
    cp = session.get(Counterparty, hit.counterparty_id)
    entity = session.get(Entity, hit.entity_id)
    entries = state if state is not None else list_state(session, today or beijing_today(), hit.list_name or None)
    entry = next((e for e in entries if e.entity_id == hit.entity_id and (e.list or "") == hit.list_name), None)
    status = entry.status if entry is not None else None
    return {
        "id": hit.id, "state": hit.state, "score": hit.score,
        "counterparty": {"id": hit.counterparty_id, "name": cp.name if cp else None,
                         "name_zh": cp.name_zh if cp else None},
        "list": hit.list_name or None, "entity_id": hit.entity_id,
        "name_zh": entity.name_zh if entity else None, "name_en": entity.name_en if entity else None,
        "listed_by": hit.doc_id or None, "explanation": hit.explanation, "reviewer": hit.reviewer, "note": hit.note,
        "entity_status": status, "until": entry.until.isoformat() if entry is not None and entry.until else None,
        "measures_in_force": measures_in_force(status) if status else None,
        "status_text": entry.status_text if entry is not None else status_today(None),
        "review_status": hit.state,
        "reviews": [review_json(r) for r in reviews(session, hit_id=hit.id)],
        "created_at": hit.created_at.isoformat() if hit.created_at else None,
        "updated_at": hit.updated_at.isoformat() if hit.updated_at else None,
    }


# -- import --------------------------------------------------------------------------------------------------


class ImportRejected(PolicywatchError, ValueError):
    """The file had bad rows: nothing was imported (the caller's transaction is rolled back)."""

    exit_code = 2

    def __init__(self, report: ImportReport) -> None:
        shown = "; ".join(str(e) for e in report.errors[:5])
        more = f" (and {len(report.errors) - 5} more)" if len(report.errors) > 5 else ""
        super().__init__(f"{len(report.errors)} bad row(s), nothing imported: {shown}{more}")
        self.report = report


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    changed_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "errors": len(self.errors), "error_rows": [e.to_json() for e in self.errors],
                "hits": len(self.hits), "hit_ids": [h.id for h in self.hits]}


def _same(cp: Counterparty, row: CounterpartyRow) -> bool:
    return (cp.name, cp.name_zh, tuple(cp.aliases or ()), cp.country) == (row.name, row.name_zh, row.aliases,
                                                                          row.country)


def _apply(session: Session, rows: list[CounterpartyRow], report: ImportReport, now: dt.datetime) -> None:
    existing = {cp.id: cp for cp in session.exec(select(Counterparty).where(
        col(Counterparty.id).in_([r.id for r in rows])))}
    for row in rows:
        cp = existing.get(row.id)
        if cp is None:
            session.add(Counterparty(id=row.id, name=row.name, name_zh=row.name_zh, aliases=list(row.aliases),
                                     country=row.country, imported_at=now, updated_at=now))
            report.created += 1
        elif _same(cp, row):
            report.unchanged += 1
            continue
        else:
            cp.name, cp.name_zh, cp.aliases, cp.country, cp.updated_at = (
                row.name, row.name_zh, list(row.aliases), row.country, now)
            session.add(cp)
            report.updated += 1
        report.changed_ids.append(row.id)
    session.flush()
    session.expunge_all()  # keep memory flat on large files; rows are flushed into the open transaction


def import_counterparties(
    session: Session, rows: Iterable[CounterpartyRow | RowError], *, screen: bool = True,
    threshold: float | None = None, as_of: dt.date | None = None, now: dt.datetime | None = None,
) -> ImportReport:
    """Create or update counterparties by id, then screen the created and changed ones at once.

    Raises ``ImportRejected`` when any row is bad; the caller's ``session_scope`` then rolls everything back.
    Rows are written in batches and the session's identity map is cleared after each (flushed, not committed),
    so a million-row file keeps memory flat; objects the caller loaded before are detached by that.
    """
    when = _naive_utc(now)
    report = ImportReport()
    batch: list[CounterpartyRow] = []
    for row in rows:
        if isinstance(row, RowError):
            report.errors.append(row)
            continue
        if report.errors:
            continue  # the file will be refused: only collect the remaining errors
        batch.append(row)
        if len(batch) >= _BATCH:
            _apply(session, batch, report, when)
            batch = []
    if report.errors:
        raise ImportRejected(report)
    if batch:
        _apply(session, batch, report, when)
    if screen and report.changed_ids:
        report.hits = screen_counterparties(session, targets(session, as_of), report.changed_ids,
                                            threshold=threshold, now=when)
    return report
