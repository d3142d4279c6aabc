"""What every request needs: the database, the clock, sessions, settings; and who is asking (401/403/CSRF)."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.abc import Traversable
from pathlib import Path

from fastapi import Depends, HTTPException, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session

from policywatch.store import session_scope
from policywatch.store.clock import Clock
from policywatch.web.accounts import user_for_token
from policywatch.web.auth import SESSION_COOKIE, LoginLimiter, Principal, SessionStore


@dataclass
class Workspace:
    engine: Engine
    clock: Clock
    config_dir: Traversable | Path
    four_eyes: bool
    sessions: SessionStore
    limiter: LoginLimiter


def workspace(request: Request) -> Workspace:
    return request.app.state.workspace


def db(request: Request) -> Iterator[Session]:
    """One transaction per request. Routes take it with ``scope="function"`` so it commits before the response
    is sent: a browser following a POST's redirect must see what the POST wrote."""
    with session_scope(workspace(request).engine) as session:
        yield session


# Every route's session: ends (and commits) before the response is sent, see ``db``.
DB = Depends(db, scope="function")


def address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def current(request: Request) -> Principal | None:
    ws = workspace(request)
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        with session_scope(ws.engine) as session:
            user = user_for_token(session, header[7:].strip())
        if user is None:
            raise HTTPException(401, "this API token is unknown or revoked")
        return Principal(user.name, user.role, "token")
    web = ws.sessions.get(request.cookies.get(SESSION_COOKIE))
    return Principal(web.user, web.role, "session", web.csrf) if web else None


def require(role: str) -> Callable[[Request], Principal]:
    """A dependency: 401 without a login or token, 403 for a role below ``role``."""

    def dependency(request: Request) -> Principal:
        who = current(request)
        if who is None:
            raise HTTPException(401, "log in or pass 'Authorization: Bearer <token>'")
        if not who.may(role):
            raise HTTPException(403, f"this needs the {role} role; you are {who.role}")
        return who

    return dependency


async def check_csrf(request: Request, who: Principal) -> None:
    """A browser session's POST carries its CSRF token (form field ``csrf`` or header ``X-CSRF-Token``)."""
    if who.via != "session":
        return  # a bearer token is not sent by a browser on its own: no cross-site forgery to guard against
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        sent = str((await request.form()).get("csrf") or "")
    if not sent or not who.csrf or not hmac.compare_digest(sent, who.csrf):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and submit again")
