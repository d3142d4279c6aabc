"""Decisions on hits: every confirm or dismiss is a ``Review`` row (who, when, why), appended and never
overwritten; the hit keeps only the latest state so queues can filter on it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from policywatch.parsers.errors import PolicywatchError
from policywatch.store.clock import to_beijing
from policywatch.store.models import Hit, Review

DECISIONS = {"confirm": "confirmed", "dismiss": "dismissed"}


class ReviewError(PolicywatchError, ValueError):
    """A review that cannot be applied (unknown hit, bad decision, no note); ``exit_code`` 2: bad input."""

    exit_code = 2


def record_review(session: Session, hit_id: int, decision: str, reviewer: str, note: str, now: dt.datetime,
                  *, approves: str | None = None) -> Hit:
    """Append one decision (``confirm`` or ``dismiss``) on a hit and set its state; never commits."""
    if decision not in DECISIONS:
        raise ReviewError(f"decision {decision!r} is not confirm or dismiss")
    if not note or not note.strip():
        raise ReviewError("a review needs a note saying why")
    if not reviewer.strip():
        raise ReviewError("a review needs the reviewer's name (--by NAME or POLICYWATCH_REVIEWER)")
    hit = session.get(Hit, hit_id)
    if hit is None:
        raise ReviewError(f"no hit {hit_id}; list them with 'policywatch hits --state all'")
    session.add(Review(hit_id=hit_id, decision=decision, reviewer=reviewer, at=now, note=note.strip(),
                       approves=approves))
    hit.state, hit.reviewer, hit.note, hit.updated_at = DECISIONS[decision], reviewer, note.strip(), now
    session.add(hit)
    session.flush()
    return hit


def reviews(session: Session, *, hit_id: int | None = None, doc_id: str | None = None) -> list[Review]:
    """The decisions on one hit or one notice, oldest first."""
    query = select(Review)
    query = query.where(col(Review.hit_id) == hit_id) if hit_id is not None else query.where(
        col(Review.doc_id) == doc_id)
    return list(session.exec(query.order_by(col(Review.at), col(Review.id))).all())


def review_json(row: Review) -> dict[str, Any]:
    """DESIGN §5: ``{"decision", "by", "at" (Beijing time), "note"}``, plus whose proposal it approved."""
    return {"decision": row.decision, "by": row.reviewer, "at": to_beijing(row.at).isoformat(timespec="seconds"),
            "note": row.note, "approves": row.approves}
