"""Evidence: every fetch is a Snapshot; bodies are zlib-compressed Blobs stored once per content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from collections.abc import Mapping
from typing import Any

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from policywatch.store.models import Blob, Snapshot, utcnow

OUTCOMES = ("ok", "not_modified", "challenge", "error", "layout_error")


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def save_blob(session: Session, body: bytes) -> str:
    """Store ``body`` once; returns its sha256. Race-safe: a writer that stored the same body a moment ago wins
    and this insert does nothing (not a UNIQUE error on ``blob.sha256``)."""
    digest = content_hash(body)
    if session.get(Blob, digest) is None:
        values: dict[str, Any] = {"sha256": digest, "size": len(body), "data": zlib.compress(body, 9)}
        dialect = session.get_bind().dialect.name
        if dialect in ("sqlite", "postgresql"):
            insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
            session.execute(insert(Blob).values(**values).on_conflict_do_nothing(index_elements=["sha256"]))
        else:
            session.add(Blob(**values))
            session.flush()
    return digest


def save_snapshot(
    session: Session,
    *,
    source: str,
    url: str,
    status: int | None,
    headers: Mapping[str, Any] | None,
    body: bytes | None,
    outcome: str,
    error: str | None = None,
    now: dt.datetime | None = None,
) -> Snapshot:
    """Record what a site answered (whatever it answered); identical bodies share one Blob.

    ``now`` (naive UTC, default the wall clock) is the snapshot's ``fetched_at``.
    """
    if outcome not in OUTCOMES:
        raise ValueError(f"snapshot outcome {outcome!r} is not one of {', '.join(OUTCOMES)}")
    digest = save_blob(session, body) if body else None
    snapshot = Snapshot(
        source=source,
        url=url,
        fetched_at=now or utcnow(),
        status=status,
        headers=dict(headers or {}),
        content_hash=digest,
        size=len(body or b""),
        outcome=outcome,
        error=error,
    )
    session.add(snapshot)
    session.flush()
    return snapshot


def blob_body(session: Session, digest: str | None) -> bytes | None:
    if not digest:
        return None
    blob = session.get(Blob, digest)
    return zlib.decompress(blob.data) if blob is not None else None


def snapshot_content_type(snapshot: Snapshot | None) -> str | None:
    """The Content-Type a snapshot's response gave, whatever the case of the stored header name."""
    headers = snapshot.headers if snapshot is not None else None
    return next((str(v) for k, v in (headers or {}).items() if k.lower() == "content-type"), None)


def snapshot_body(session: Session, snapshot_id: int) -> bytes | None:
    """The body a snapshot recorded, decompressed; None when it had none."""
    snapshot = session.get(Snapshot, snapshot_id)
    if snapshot is None:
        return None
    return blob_body(session, snapshot.content_hash)
