"""Evidence: every fetch is a Snapshot; bodies are zlib-compressed Blobs stored once per content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from policywatch.store.models import Blob, Snapshot, utcnow

OUTCOMES = ("ok", "not_modified", "challenge", "error", "layout_error")


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def save_blob(session: Session, body: bytes) -> str:
    """Store ``body`` once; returns its sha256."""
    digest = content_hash(body)
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(body), data=zlib.compress(body, 9)))
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


def snapshot_body(session: Session, snapshot_id: int) -> bytes | None:
    """The body a snapshot recorded, decompressed; None when it had none."""
    snapshot = session.get(Snapshot, snapshot_id)
    if snapshot is None:
        return None
    return blob_body(session, snapshot.content_hash)
