"""Accounts of the workspace: users (argon2 hashes), API tokens (SHA-256 of a random secret), the audit trail.

Functions take a ``Session`` and never commit; every change to a user or token is written to ``AuditEvent``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from policywatch.parsers.errors import PolicywatchError
from policywatch.store.models import ApiToken, AuditEvent, User

ROLES = ("viewer", "reviewer", "admin")
RANK = {role: n for n, role in enumerate(ROLES)}
TOKEN_PREFIX = "pw_"
_hasher = PasswordHasher()
# Verified against when a name is unknown, so a login takes as long for a missing account as for a wrong password.
_DUMMY_HASH = _hasher.hash("not a password")


class AccountError(PolicywatchError, ValueError):
    """Bad input about an account (unknown user, bad role, empty password); ``exit_code`` 2."""

    exit_code = 2


def audit(session: Session, action: str, *, actor: str | None, now: dt.datetime, subject: str | None = None,
          address: str | None = None, **detail: Any) -> AuditEvent:
    event = AuditEvent(at=now, actor=actor, action=action, subject=subject, address=address, detail=detail)
    session.add(event)
    session.flush()
    return event


def add_user(session: Session, name: str, role: str, password: str, *, now: dt.datetime, actor: str | None = None,
             address: str | None = None) -> User:
    name = name.strip()
    if not name or len(name) > 100:
        raise AccountError("user name is empty or longer than 100 characters; pick a short login name")
    if role not in ROLES:
        raise AccountError(f"role {role!r} is not one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise AccountError("the password is shorter than 8 characters; choose a longer one")
    if session.exec(select(User).where(User.name == name)).first() is not None:
        raise AccountError(f"user {name!r} exists already; pick another name or disable that one")
    user = User(name=name, role=role, password_hash=_hasher.hash(password), created_at=now)
    session.add(user)
    session.flush()
    audit(session, "user_add", actor=actor, now=now, subject=f"user:{name}", address=address, role=role)
    return user


def get_user(session: Session, name: str) -> User:
    user = session.exec(select(User).where(User.name == name)).first()
    if user is None:
        raise AccountError(f"no user {name!r}; list them with 'policywatch users list'")
    return user


def disable_user(session: Session, name: str, *, now: dt.datetime, actor: str | None = None) -> User:
    user = get_user(session, name)
    user.disabled = True
    session.add(user)
    for token in session.exec(select(ApiToken).where(ApiToken.user_id == user.id, col(ApiToken.revoked_at).is_(None))):
        token.revoked_at = now
        session.add(token)
    audit(session, "user_disable", actor=actor, now=now, subject=f"user:{name}")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(col(User.name))))


def check_password(session: Session, name: str, password: str) -> User | None:
    """The enabled user whose password this is, else None."""
    user = session.exec(select(User).where(User.name == name)).first()
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    return user


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, name: str, *, now: dt.datetime, actor: str | None = None) -> tuple[ApiToken, str]:
    """A new token for user ``name``: the row (hash only) and the secret, which is never stored."""
    user = get_user(session, name)
    if user.disabled:
        raise AccountError(f"user {name!r} is disabled; enable or add another user first")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id or 0, token_hash=token_hash(secret), prefix=secret[:10], created_at=now)
    session.add(row)
    session.flush()
    audit(session, "token_create", actor=actor, now=now, subject=f"user:{name}", token_id=row.id)
    return row, secret


def revoke_token(session: Session, token_id: int, *, now: dt.datetime, actor: str | None = None) -> ApiToken:
    row = session.get(ApiToken, token_id)
    if row is None:
        raise AccountError(f"no token {token_id}; list them with 'policywatch tokens list'")
    row.revoked_at = row.revoked_at or now
    session.add(row)
    audit(session, "token_revoke", actor=actor, now=now, subject=f"token:{token_id}")
    return row


def list_tokens(session: Session) -> list[tuple[ApiToken, str]]:
    names = {u.id: u.name for u in session.exec(select(User))}
    return [(t, names.get(t.user_id, "?")) for t in session.exec(select(ApiToken).order_by(col(ApiToken.id)))]


def user_for_token(session: Session, token: str) -> User | None:
    row = session.exec(select(ApiToken).where(ApiToken.token_hash == token_hash(token))).first()
    if row is None or row.revoked_at is not None:
        return None
    user = session.get(User, row.user_id)
    return user if user is not None and not user.disabled else None
