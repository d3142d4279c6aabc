"""A named lock row in the database: one ``policywatch run`` per database.

The holder refreshes ``heartbeat_at``; a lock whose heartbeat is older than ``stale_after`` belongs to a
process that died, and the next ``run`` takes it over (saying so).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid

from sqlalchemy import delete, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from policywatch.parsers.errors import PolicywatchError
from policywatch.store import session_scope
from policywatch.store.models import Lock, utcnow

DEFAULT_STALE_AFTER = dt.timedelta(minutes=5)


class LockHeld(PolicywatchError):
    """Another live process holds the lock. Exit code 1: the work was refused."""

    exit_code = 1


def new_holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def acquire(
    engine: Engine,
    name: str,
    holder: str,
    *,
    now: dt.datetime | None = None,
    stale_after: dt.timedelta = DEFAULT_STALE_AFTER,
    reclaim_dead: bool = False,
) -> str | None:
    """Take the lock, or raise ``LockHeld``; returns the previous holder when a stale lock was taken over.

    ``reclaim_dead``: a lock held by a process of this host that no longer exists is taken over at once
    (a killed backfill resumes without waiting ``stale_after``).
    """
    when = now or utcnow()
    try:
        with session_scope(engine) as session:
            row = session.get(Lock, name)
            if row is None:
                session.add(Lock(name=name, holder=holder, acquired_at=when, heartbeat_at=when))
                return None
            fresh = when - row.heartbeat_at < stale_after and not (reclaim_dead and holder_dead(row.holder))
            if row.holder != holder and fresh:
                age = int((when - row.heartbeat_at).total_seconds())
                raise LockHeld(
                    f"another 'policywatch {name}' is already running on this database (holder {row.holder}, "
                    f"last heartbeat {age}s ago); stop it first, or wait {int(stale_after.total_seconds())}s "
                    "after it died for its lock to go stale"
                )
            previous = row.holder
            # Conditional on the old heartbeat: two processes taking over the same stale lock cannot both win.
            result = session.execute(
                update(Lock)
                .where(col(Lock.name) == name, col(Lock.holder) == previous, col(Lock.heartbeat_at) == row.heartbeat_at)
                .values(holder=holder, acquired_at=when, heartbeat_at=when)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise LockHeld(f"another 'policywatch {name}' took over the stale lock first; it is running now")
            return previous if previous != holder else None
    except IntegrityError as exc:
        raise LockHeld(f"another 'policywatch {name}' started at the same moment; it is running now") from exc


def holder_dead(holder: str) -> bool:
    """True when ``holder`` (``host:pid:…``) names a process of this host that is gone."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def heartbeat(engine: Engine, name: str, holder: str, *, now: dt.datetime | None = None) -> bool:
    """Refresh the lock; False when it is no longer ours (taken over after we stalled)."""
    with session_scope(engine) as session:
        result = session.execute(
            update(Lock).where(col(Lock.name) == name, col(Lock.holder) == holder).values(heartbeat_at=now or utcnow())
        )
        return result.rowcount == 1  # type: ignore[attr-defined]


def release(engine: Engine, name: str, holder: str) -> None:
    with session_scope(engine) as session:
        session.execute(delete(Lock).where(col(Lock.name) == name, col(Lock.holder) == holder))
