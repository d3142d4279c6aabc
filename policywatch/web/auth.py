"""Sessions, CSRF tokens, login rate limits and role checks for the workspace (state in memory, one process).

A restart logs everyone out; that is the cost of keeping no session secret in the database.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections import defaultdict, deque
from dataclasses import dataclass, field

from policywatch.store.clock import Clock
from policywatch.web.accounts import RANK

SESSION_COOKIE = "pw_session"
SESSION_TTL = dt.timedelta(hours=8)
LOGIN_WINDOW = dt.timedelta(minutes=15)
LOGIN_MAX_FAILURES = 5


@dataclass
class WebSession:
    user: str
    role: str
    csrf: str
    expires: dt.datetime


@dataclass(frozen=True)
class Principal:
    """Who is asking: a logged-in session (needs CSRF on POST) or an API token (does not)."""

    name: str
    role: str
    via: str  # session | token
    csrf: str | None = None

    def may(self, role: str) -> bool:
        return RANK[self.role] >= RANK[role]


@dataclass
class SessionStore:
    clock: Clock
    ttl: dt.timedelta = SESSION_TTL
    sessions: dict[str, WebSession] = field(default_factory=dict)

    def create(self, user: str, role: str) -> tuple[str, WebSession]:
        sid = secrets.token_urlsafe(32)
        session = WebSession(user, role, secrets.token_urlsafe(32), self.clock() + self.ttl)
        self.sessions[sid] = session
        return sid, session

    def get(self, sid: str | None) -> WebSession | None:
        if not sid:
            return None
        session = self.sessions.get(sid)
        if session is None:
            return None
        if session.expires <= self.clock():
            del self.sessions[sid]
            return None
        return session

    def drop(self, sid: str | None) -> None:
        self.sessions.pop(sid or "", None)

    def drop_user(self, user: str) -> None:
        for sid in [k for k, v in self.sessions.items() if v.user == user]:
            del self.sessions[sid]


@dataclass
class LoginLimiter:
    """At most ``LOGIN_MAX_FAILURES`` failed logins per account and per address within ``LOGIN_WINDOW``."""

    clock: Clock
    failures: dict[str, deque[dt.datetime]] = field(default_factory=lambda: defaultdict(deque))

    def _recent(self, key: str) -> deque[dt.datetime]:
        cut = self.clock() - LOGIN_WINDOW
        q = self.failures[key]
        while q and q[0] <= cut:
            q.popleft()
        return q

    def blocked(self, account: str, address: str) -> bool:
        return any(len(self._recent(k)) >= LOGIN_MAX_FAILURES for k in (f"user:{account}", f"addr:{address}"))

    def failed(self, account: str, address: str) -> None:
        now = self.clock()
        for key in (f"user:{account}", f"addr:{address}"):
            self.failures[key].append(now)

    def succeeded(self, account: str) -> None:
        self.failures.pop(f"user:{account}", None)
