"""Baselines: what a crawler last accepted per list URL, and the article links it has already handled.

A baseline moves only in the transaction that records what was parsed from the page (DESIGN §1): these
functions never commit, so the caller puts them in the same ``session_scope`` as ``store.record``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func
from sqlmodel import Session, col, select

from policywatch.store.models import Baseline, SeenLink, utcnow


def get_baseline(session: Session, source: str, url: str) -> Baseline | None:
    return session.exec(select(Baseline).where(Baseline.source == source, Baseline.url == url)).first()


def update_baseline(
    session: Session,
    source: str,
    url: str,
    *,
    content_hash: str | None,
    etag: str | None,
    last_modified: str | None,
    link_count: int,
    now: dt.datetime | None = None,
) -> Baseline:
    """Move the list URL's baseline; ``now`` (naive UTC, default the wall clock) is its ``updated_at``."""
    row = get_baseline(session, source, url) or Baseline(source=source, url=url)
    row.content_hash = content_hash
    row.etag = etag
    row.last_modified = last_modified
    row.link_count = link_count
    row.updated_at = now or utcnow()
    session.add(row)
    session.flush()
    return row


def seen_urls(session: Session, source: str | None = None) -> set[str]:
    """Article URLs already handled (by ``source``, or by any source when None)."""
    query = select(SeenLink.url)
    if source is not None:
        query = query.where(SeenLink.source == source)
    return set(session.exec(query).all())


def doc_id_for_url(session: Session, url: str) -> str | None:
    """The doc_id some source recorded for ``url`` (None when unknown or not a notice)."""
    return session.exec(select(SeenLink.doc_id).where(SeenLink.url == url, col(SeenLink.doc_id).is_not(None))).first()


def mark_seen(
    session: Session,
    source: str,
    url: str,
    *,
    title: str | None = None,
    listed_on: dt.date | None = None,
    doc_id: str | None = None,
    now: dt.datetime | None = None,
) -> SeenLink:
    """Remember an article URL as handled; ``now`` (naive UTC, default the wall clock) is its ``first_seen_at``."""
    row = session.exec(select(SeenLink).where(SeenLink.source == source, SeenLink.url == url)).first()
    if row is None:
        row = SeenLink(source=source, url=url, title=title, listed_on=listed_on, doc_id=doc_id,
                       first_seen_at=now or utcnow())
    else:
        row.doc_id = doc_id or row.doc_id
    session.add(row)
    session.flush()
    return row


def seen_count(session: Session, source: str) -> int:
    return session.exec(select(func.count()).select_from(SeenLink).where(SeenLink.source == source)).one()


def baselines(session: Session, source: str) -> Iterable[Baseline]:
    return session.exec(select(Baseline).where(Baseline.source == source)).all()
