"""``policywatch users`` and ``tokens``: accounts from the shell; the token is printed once, only its hash kept."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from sqlmodel import select

from policywatch.cli import main
from policywatch.store import make_engine, session_scope
from policywatch.store.models import ApiToken, AuditEvent
from policywatch.web.accounts import token_hash, user_for_token


def test_users_and_tokens(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()

    def run(*args: str, stdin: str | None = None):  # noqa: ANN202
        return runner.invoke(main, ["--db", url, *args], input=stdin)

    assert run("users", "add", "li.wei", "--role", "admin", "--password-stdin", stdin="long enough pw\n").exit_code == 0
    refused = run("users", "add", "li.wei", "--role", "admin", "--password-stdin", stdin="long enough pw\n")
    assert refused.exit_code == 2 and "exists already" in refused.output
    assert run("users", "add", "x", "--role", "boss", "--password-stdin", stdin="long enough pw\n").exit_code == 2
    assert run("users", "add", "x", "--role", "viewer").exit_code == 2  # no password on the command line
    assert "li.wei\tadmin\tenabled" in run("users", "list").output
    created = run("tokens", "create", "li.wei")
    secret = created.stdout.strip().splitlines()[-1]
    assert created.exit_code == 0 and secret.startswith("pw_")
    engine = make_engine(url)
    with session_scope(engine) as session:
        rows = session.exec(select(ApiToken)).all()
        assert [r.token_hash for r in rows] == [token_hash(secret)] and secret not in rows[0].prefix + "…"
        assert user_for_token(session, secret).name == "li.wei"
    assert run("tokens", "revoke", str(rows[0].id)).exit_code == 0
    assert run("users", "disable", "li.wei").exit_code == 0
    with session_scope(engine) as session:
        assert user_for_token(session, secret) is None
        actions = [e.action for e in session.exec(select(AuditEvent))]
    assert actions == ["user_add", "token_create", "token_revoke", "user_disable"]
