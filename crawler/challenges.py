"""Whether a challenge a source answers is the one already reported, or news.

customs answers every plain client with a 412 JS-cookie page (SOURCES.md §5), so a challenge there is the normal
state, not a new failure each run. A challenge is *known* when the source's last crawl already ended on a
challenge and this one is the same page: the same status and the same page once the per-request tokens are set
aside (Ruishu-style pages carry a fresh ``<meta content>`` token and inline script on every answer; identical
bodies — the same content hash — are of course the same). Another page, another message, or a challenge after
the source recovered or failed some other way is new.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from policywatch.store import session_scope
from policywatch.store.evidence import blob_body
from policywatch.store.models import Snapshot, Source

_SCRIPT = re.compile(rb"(<script\b[^>]*>).*?(</script\s*>)", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE_VALUE = re.compile(rb"""(\s[\w:-]+\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)""")


def challenge_fingerprint(status: int | None, body: bytes | None) -> str:
    """A hash of the challenge page with its tokens (script bodies, attribute values) blanked."""
    page = _SCRIPT.sub(rb"\1\2", body or b"")
    page = _ATTRIBUTE_VALUE.sub(rb'\1""', page)
    return hashlib.sha256(str(status).encode() + b"\n" + page).hexdigest()


def standing_challenge(engine: Engine, source: str) -> str | None:
    """The fingerprint of the challenge ``source``'s last crawl ended on; None when it did not end on one."""
    with session_scope(engine) as session:
        row = session.get(Source, source)
        if row is None or row.last_outcome != "challenge":
            return None
        last = session.exec(select(Snapshot).where(Snapshot.source == source, Snapshot.outcome == "challenge")
                            .order_by(col(Snapshot.id).desc()).limit(1)).first()
        if last is None:
            return None
        return challenge_fingerprint(last.status, blob_body(session, last.content_hash))


def is_known(engine: Engine, snapshot_ids: Iterable[int], standing: str | None) -> bool:
    """Whether every challenge among ``snapshot_ids`` (one crawl's evidence) is the ``standing`` one."""
    if standing is None:
        return False
    ids = list(snapshot_ids)
    with session_scope(engine) as session:
        found = {challenge_fingerprint(s.status, blob_body(session, s.content_hash))
                 for s in session.exec(select(Snapshot).where(col(Snapshot.id).in_(ids),
                                                              Snapshot.outcome == "challenge"))}
    return found == {standing}
