"""CLI commands of the notifier: ``subscriptions``, ``plan``, ``deliver``, ``digest``, ``reminders``, ``export``.

Channel URLs are read from environment variables at send time and never printed; ``--json`` output names a
channel and its variable only.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

import click
from sqlalchemy.engine import Engine

from policywatch.cli.app import CliError, emit_json, engine, fail, main, settings
from policywatch.cli.options import as_of_option, date_option, json_option
from policywatch.notifier.channels import Channel, ChannelError, check_channels, load_channels
from policywatch.notifier.digest import build_digest
from policywatch.notifier.exports import calendar_ics, changes_rss
from policywatch.notifier.jobs import queue_digests, queue_reminders
from policywatch.notifier.outbox import NoSubscriptions, deliver, plan
from policywatch.notifier.reminders import due_reminders, render_reminder
from policywatch.notifier.subscriptions import (
    SubscriptionError,
    SubscriptionsFile,
    SubscriptionSpec,
    read_subscriptions,
    sync_subscriptions,
)
from policywatch.store import session_scope
from policywatch.store.clock import beijing_today
from policywatch.store.ftm import ftm_lines
from policywatch.store.wording import counted


def _beijing_today() -> dt.date:
    return beijing_today()


def _config(ctx: click.Context) -> tuple[dict[str, Channel], list[SubscriptionSpec]]:
    """Channels and subscriptions from the config folder, mirrored into the database when the file was read."""
    channels, found = _read_config(ctx)
    return channels, list(found.specs)


def _read_config(ctx: click.Context) -> tuple[dict[str, Channel], SubscriptionsFile]:
    """As ``_config``, also saying whether subscriptions.yml was there; a missing file never deletes stored ones."""
    cfg = settings(ctx).config_dir
    try:
        channels = load_channels(cfg)
        found = read_subscriptions(cfg)
    except (ChannelError, SubscriptionError) as exc:
        raise CliError(str(exc), 2) from None
    for spec in found.specs:
        if spec.channel not in channels:
            raise CliError(f"subscription '{spec.name}': channel '{spec.channel}' is not defined in channels.yml; "
                           "add it there", 2)
    if found.found:
        with session_scope(engine(ctx)) as session:
            sync_subscriptions(session, found.specs)
    return channels, found


def _check_ready(channels: dict[str, Channel], specs: list[SubscriptionSpec]) -> None:
    """Every channel in use has its variable set: fail at start, naming the channel and the variable."""
    try:
        check_channels(channels, [s.channel for s in specs])
    except ChannelError as exc:
        raise CliError(str(exc), 2) from None


def _deliver(eng: Engine, channels: dict[str, Channel]) -> dict[str, Any]:
    report = deliver(eng, channels=channels)
    return report.to_json()


def _delivery_outcome(report: dict[str, Any]) -> None:
    if report["retrying"] or report["failed"]:
        fail(
            f"{report['retrying'] + report['failed']} of {counted(report['attempted'], 'delivery')} not sent "
            f"({'; '.join(report['errors'][:3])}); they stay in the outbox and are retried by 'policywatch deliver'",
            1,
        )


@main.command("subscriptions")
@json_option("the subscriptions")
@click.pass_context
def subscriptions_cmd(ctx: click.Context, as_json: bool) -> None:
    """List the subscriptions of subscriptions.yml and whether their channel's variable is set."""
    channels, specs = _config(ctx)
    rows = []
    for spec in specs:
        channel = channels[spec.channel]
        rows.append({**spec.to_json(), "channel_env": channel.env, "channel_ready": bool(os.environ.get(channel.env))})
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("No subscriptions: copy config/subscriptions.example.yml to subscriptions.yml in the config folder.")
    for row in rows:
        ready = "ready" if row["channel_ready"] else f"NOT READY: set {row['channel_env']}"
        click.echo(
            f"{row['name']}: {row['who'] or '-'} via {row['channel']} ({ready})"
            f"; lists {','.join(row['lists']) or 'all'}"
            f"; countries {','.join(row['countries']) or 'any'}; events {','.join(row['events']) or 'all'}"
            f"{'; only when hit' if row['only_when_hit'] else ''}; digest {'on' if row['digest'] else 'off'}"
            f"; reminders T-{', T-'.join(str(o) for o in row['reminder_offsets']) or 'none'}"
        )


@main.command("plan")
@json_option("the number of deliveries planned")
@click.pass_context
def plan_cmd(ctx: click.Context, as_json: bool) -> None:
    """Turn new changes into deliveries in the outbox (screening listings first)."""
    _channels, found = _read_config(ctx)
    if not found.found or not found.specs:
        why = "not found" if not found.found else "names no subscription"
        fail(f"no subscriptions configured: {found.path} {why}; nothing was planned (new changes wait for the next "
             "plan run with subscriptions; use --config DIR)", 2)
    with session_scope(engine(ctx)) as session:
        try:
            planned = plan(session, subscriptions=found.specs, workspace_url=settings(ctx).workspace_url)
        except NoSubscriptions as exc:
            raise CliError(str(exc), 2) from None
    if as_json:
        emit_json({"planned": planned})
    else:
        click.echo(f"{counted(planned, 'delivery')} planned")


@main.command("deliver")
@json_option("the delivery report")
@click.pass_context
def deliver_cmd(ctx: click.Context, as_json: bool) -> None:
    """Send the pending deliveries of the outbox (retries with backoff; failed after repeated errors)."""
    channels, specs = _config(ctx)
    _check_ready(channels, specs)
    report = _deliver(engine(ctx), channels)
    if as_json:
        emit_json(report)
    else:
        click.echo(f"{report['sent']} sent, {report['retrying']} to retry, {report['failed']} failed")
    _delivery_outcome(report)


@main.command("digest")
@date_option("--since", "Start of the window, from midnight", zone="UTC", default="the last digest")
@click.option("--subscription", "subscription", metavar="NAME",
              help="The digest of this subscription (its filters, its last digest); default: everything, unfiltered.")
@click.option("--send", is_flag=True,
              help="Queue the digests that have content (NAME's only, with --subscription) and send them.")
@json_option("the digest (one object)")
@click.pass_context
def digest_cmd(ctx: click.Context, since: dt.datetime | None, subscription: str | None, send: bool,
               as_json: bool) -> None:
    """The weekly digest: what needs action first, then the changes grouped by list."""
    channels, specs = _config(ctx)
    chosen = None
    if subscription is not None:
        chosen = next((s for s in specs if s.name == subscription), None)
        if chosen is None:
            known = ", ".join(s.name for s in specs) or "none"
            fail(f"no subscription named '{subscription}' in subscriptions.yml (known: {known})", 2)
    wanted = [chosen] if chosen is not None else [s for s in specs if s.digest]
    if send:
        if not wanted or (chosen is not None and not chosen.digest):
            fail("no subscription with digest on in subscriptions.yml: nothing to send to", 2)
        _check_ready(channels, wanted)
    with session_scope(engine(ctx)) as session:
        # Built before queueing: the shown digest covers the same window as the one sent.
        digest = build_digest(session, chosen, since=since)
        pairs = queue_digests(session, wanted, since=since) if send else []
    report = _deliver(engine(ctx), channels) if send else None
    sent_to = [d.subscription for d, queued in pairs if queued]
    not_sent = [{"subscription": d.subscription, "reason": _not_sent_reason(d)} for d, queued in pairs if not queued]
    for row in not_sent:
        click.echo(f"policywatch: digest for {row['subscription']}: nothing sent, {row['reason']}", err=True)
    if as_json:
        data = digest.to_json()
        if send:
            data["sent_to"] = sent_to
            data["not_sent"] = not_sent
        emit_json(data)
    else:
        click.echo(digest.render().text)
        if send:
            click.echo(f"{len(sent_to)} digest(s) queued ({', '.join(map(str, sent_to)) or 'none'}); "
                       f"{report['sent'] if report else 0} sent")
    if report is not None:
        _delivery_outcome(report)


def _not_sent_reason(digest: Any) -> str:
    if digest.not_sent_because:
        return str(digest.not_sent_because)
    if not digest.should_send:
        return "nothing to report since the last digest (set send_empty_digest: true to get it anyway)"
    return "a digest for this window is already in the outbox"


@main.command("reminders")
@date_option("--on", "The day to check")
@click.option("--send", is_flag=True, help="Queue the due reminders and send them.")
@json_option("the reminders (a list)")
@click.pass_context
def reminders_cmd(ctx: click.Context, on: dt.datetime | None, send: bool, as_json: bool) -> None:
    """Suspensions whose reminder day has come (T-30/T-7/T-1) or that ended with no follow-up notice seen."""
    day = on.date() if on else _beijing_today()
    channels, specs = _config(ctx)
    if send:
        if not specs:
            fail("no subscriptions in subscriptions.yml: nothing to send reminders to", 2)
        _check_ready(channels, specs)
    with session_scope(engine(ctx)) as session:
        if send:
            pairs = queue_reminders(session, day, specs)
            reminders, queued = [r for r, _ in pairs], sum(q for _, q in pairs)
        else:
            reminders, queued = due_reminders(session, day, specs or None), 0
        # Each line says whose reminder it is: one suspension is due for several subscriptions.
        texts = [] if as_json else [f"{r.subscription or 'no subscription (default offsets)'}: "
                                    f"{render_reminder(session, r).subject}" for r in reminders]
    report = _deliver(engine(ctx), channels) if send else None
    if as_json:
        emit_json([r.to_json() for r in reminders])
    else:
        for line in texts:
            click.echo(line)
        if not texts:
            click.echo(f"No reminder due on {day.isoformat()}.")
        if send:
            click.echo(f"{queued} reminder(s) queued; {report['sent'] if report else 0} sent")
    if report is not None:
        _delivery_outcome(report)


@main.group("export")
def export_group() -> None:
    """Calendars, feeds and data: ``ics`` (suspension end dates), ``rss`` (changes), ``ftm`` (FollowTheMoney)."""


def _write(data: bytes, out: str | None) -> None:
    if out:
        try:
            Path(out).write_bytes(data)
        except OSError as exc:
            fail(f"cannot write {out}: {exc.strerror}; choose a writable path for --out", 2)
        click.echo(out)
    else:
        sys.stdout.buffer.write(data)


@export_group.command("ics")
@click.option("--out", metavar="FILE", help="Write to FILE instead of stdout.")
@click.pass_context
def export_ics(ctx: click.Context, out: str | None) -> None:
    """An iCalendar file with the last day of every recorded suspension."""
    with session_scope(engine(ctx)) as session:
        data = calendar_ics(session)
    _write(data, out)


@export_group.command("rss")
@click.option("--out", metavar="FILE", help="Write to FILE instead of stdout.")
@click.option("--limit", default=200, show_default=True, type=click.IntRange(1, 10000), help="Newest N changes.")
@click.pass_context
def export_rss(ctx: click.Context, out: str | None, limit: int) -> None:
    """An RSS feed of the changes (new listings, suspensions, terminations, controls)."""
    with session_scope(engine(ctx)) as session:
        data = changes_rss(session, limit=limit)
    _write(data, out)


@export_group.command("ftm")
@as_of_option("Status of each listing on this day")
@click.option("--output", "--out", "out", metavar="FILE", help="Write to FILE instead of stdout.")
@click.pass_context
def export_ftm(ctx: click.Context, as_of: dt.datetime | None, out: str | None) -> None:
    """FollowTheMoney entities (JSON lines): every listed entity and one Sanction per listing, for yente."""
    day = as_of.date() if as_of else _beijing_today()
    with session_scope(engine(ctx)) as session:
        data = "".join(ftm_lines(session, day)).encode("utf-8")
    _write(data, out)
