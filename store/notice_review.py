"""A reviewer's decision on a notice policywatch could not read with confidence: confirm the reading, or record
a correction as a new revision by that reviewer (the parsed one is kept). Used by the CLI and the workspace."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

from sqlmodel import Session, select

from policywatch.parsers.errors import PolicywatchError
from policywatch.parsers.types import Announcement as ParsedAnnouncement
from policywatch.parsers.types import announcement_from_json
from policywatch.store.models import Announcement, Review
from policywatch.store.record import RecordResult, record


class NoticeReviewError(PolicywatchError, ValueError):
    """The decision cannot be applied (unknown notice, a correction that is not an Announcement); exit 2."""

    exit_code = 2


def recorded_notice(session: Session, doc_id: str) -> Announcement:
    row = session.exec(select(Announcement).where(Announcement.doc_id == doc_id)).first()
    if row is None:
        raise NoticeReviewError(f"{doc_id}: no such notice recorded (see 'policywatch notices')")
    return row


def confirm_notice(session: Session, doc_id: str, reviewer: str, now: dt.datetime, *, note: str = "",
                   decision: str = "confirm") -> Announcement:
    """The reading is right: the flag clears, and who cleared it when is kept."""
    row = recorded_notice(session, doc_id)
    row.needs_review, row.reviewed_by, row.reviewed_at = False, reviewer, now
    session.add(row)
    session.add(Review(doc_id=doc_id, decision=decision, reviewer=reviewer, at=now, note=note))
    return row


def parse_correction(doc_id: str, data: Any) -> ParsedAnnouncement:
    """The corrected reading: one Announcement object of DESIGN §5 (its doc_id may be left out)."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise NoticeReviewError(f"{doc_id}: the correction is not JSON ({exc.msg} at line {exc.lineno}); "
                                    "give the Announcement JSON of 'policywatch parse --json' with the actions "
                                    "corrected") from None
    if isinstance(data, dict) and data.get("doc_id") is None:
        data = {**data, "doc_id": doc_id}
    try:
        corrected = announcement_from_json(data)
    except ValueError as exc:
        raise NoticeReviewError(f"{doc_id}: the correction is not an Announcement: {exc}") from None
    if corrected.doc_id != doc_id:
        raise NoticeReviewError(f"{doc_id}: the correction's doc_id {corrected.doc_id} is another notice")
    return corrected


def correct_notice(session: Session, doc_id: str, corrected: ParsedAnnouncement, reviewer: str,
                   now: dt.datetime, *, note: str = "") -> tuple[Announcement, RecordResult]:
    """Record the corrected reading as a revision by ``reviewer``; the flag clears."""
    row = recorded_notice(session, doc_id)
    # Keyed by its content, not by the parsed text's hash it may carry: a correction is always a revision.
    result = record(session, replace(corrected, text_hash=""), url=row.url, now=now, reviewer=reviewer)
    return confirm_notice(session, doc_id, reviewer, now, note=note, decision="correct"), result
