"""CLI commands: ``serve`` (the review workspace and REST API), ``users`` and ``tokens`` (its accounts)."""

from __future__ import annotations

import sys
from importlib.abc import Traversable
from pathlib import Path

import click

from policywatch.cli.app import CliError, emit_json, engine, main, settings
from policywatch.cli.options import json_option
from policywatch.parsers.config import load_yaml
from policywatch.store import session_scope
from policywatch.store.clock import to_beijing, utcnow
from policywatch.web.accounts import ROLES, AccountError, add_user, create_token, disable_user, list_tokens, list_users
from policywatch.web.accounts import revoke_token as revoke

WORKSPACE_FILE = "workspace.yml"


def four_eyes(config_dir: Traversable | Path) -> bool:
    """``review.four_eyes`` of ``<config>/workspace.yml`` (false when the file or key is absent)."""
    entry = config_dir / WORKSPACE_FILE
    if not entry.is_file():
        return False
    data = load_yaml(entry.read_text(encoding="utf-8"), WORKSPACE_FILE) or {}
    value = (data.get("review") or {}).get("four_eyes", False) if isinstance(data, dict) else None
    if not isinstance(value, bool):
        raise CliError(f"{WORKSPACE_FILE}: review.four_eyes must be true or false")
    return value


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless told).")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """The review workspace (web pages) and the REST API under /api/v1."""
    # The web stack (fastapi, uvicorn, the templates) is loaded by serve alone: users and tokens need no server.
    import uvicorn

    from policywatch.web.app import create_app

    conf = settings(ctx)
    app = create_app(engine(ctx), config_dir=conf.config_dir, four_eyes=four_eyes(conf.config_dir))
    click.echo(f"policywatch workspace on http://{host}:{port}/ (API: /api/v1, OpenAPI: /api/v1/openapi.json)",
               err=True)
    # proxy_headers: behind a TLS proxy on loopback the scheme becomes https, so cookies are marked Secure.
    uvicorn.run(app, host=host, port=port, proxy_headers=True, forwarded_allow_ips="127.0.0.1", log_level="info")


@main.group("users")
def users_group() -> None:
    """Accounts of the review workspace (viewer, reviewer, admin)."""


@users_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True,
              help="viewer reads; reviewer decides hits and notices; admin manages users, tokens and the audit log.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (one line).")
@click.pass_context
def users_add(ctx: click.Context, name: str, role: str, password_stdin: bool) -> None:
    """Create an account; the password is read from stdin, never from the command line."""
    if not password_stdin:
        raise CliError("pass --password-stdin and the password on standard input (never as an argument)")
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        with session_scope(engine(ctx)) as session:
            add_user(session, name, role, password, now=utcnow(), actor="cli")
    except AccountError as exc:
        raise CliError(str(exc)) from None
    click.echo(f"user {name} added ({role})")


@users_group.command("list")
@json_option("the accounts")
@click.pass_context
def users_list(ctx: click.Context, as_json: bool) -> None:
    """Every account with its role and whether it is disabled."""
    with session_scope(engine(ctx)) as session:
        rows = [{"name": u.name, "role": u.role, "disabled": u.disabled,
                 "created_at": to_beijing(u.created_at).isoformat(timespec="seconds")} for u in list_users(session)]
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        click.echo(f"{row['name']}\t{row['role']}\t{'disabled' if row['disabled'] else 'enabled'}")


@users_group.command("disable")
@click.argument("name")
@click.pass_context
def users_disable(ctx: click.Context, name: str) -> None:
    """Disable an account and revoke its tokens (its history stays)."""
    try:
        with session_scope(engine(ctx)) as session:
            disable_user(session, name, now=utcnow(), actor="cli")
    except AccountError as exc:
        raise CliError(str(exc)) from None
    click.echo(f"user {name} disabled")


@main.group("tokens")
def tokens_group() -> None:
    """REST API tokens (shown once; only a hash is stored)."""


@tokens_group.command("create")
@click.argument("name")
@click.pass_context
def tokens_create(ctx: click.Context, name: str) -> None:
    """A new API token for user NAME, printed once on stdout."""
    try:
        with session_scope(engine(ctx)) as session:
            row, secret = create_token(session, name, now=utcnow(), actor="cli")
            token_id = row.id
    except AccountError as exc:
        raise CliError(str(exc)) from None
    click.echo(f"token {token_id} for {name} (shown once, store it now):", err=True)
    click.echo(secret)


@tokens_group.command("list")
@click.pass_context
def tokens_list(ctx: click.Context) -> None:
    """Every token: id, user, prefix, revoked or not (never the token)."""
    with session_scope(engine(ctx)) as session:
        for row, user in list_tokens(session):
            click.echo(f"{row.id}\t{user}\t{row.prefix}…\t{'revoked' if row.revoked_at else 'active'}")


@tokens_group.command("revoke")
@click.argument("token_id", type=int)
@click.pass_context
def tokens_revoke(ctx: click.Context, token_id: int) -> None:
    """Revoke token ID (see 'policywatch tokens list')."""
    try:
        with session_scope(engine(ctx)) as session:
            revoke(session, token_id, now=utcnow(), actor="cli")
    except AccountError as exc:
        raise CliError(str(exc)) from None
    click.echo(f"token {token_id} revoked")
