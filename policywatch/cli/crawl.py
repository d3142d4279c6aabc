"""CLI commands of the crawler: ``crawl``, ``sources``, ``replay`` and ``run`` (the scheduler)."""

from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from policywatch import failpoints, runlock
from policywatch.cli.app import CliError, emit_json, engine, fail, main, settings
from policywatch.cli.options import json_option
from policywatch.crawler import Fetcher, crawl
from policywatch.crawler import sources as source_files
from policywatch.crawler.backfill import BackfillOutcome, backfill
from policywatch.crawler.http import policy_for
from policywatch.crawler.sources import SourceConfigError
from policywatch.offline.replay import serve
from policywatch.scheduler import Ticks, run, run_once
from policywatch.store import session_scope
from policywatch.store.clock import to_beijing
from policywatch.store.coverage import coverage, gap_lines
from policywatch.store.health import source_rows
from policywatch.store.wording import counted

MIRROR_HELP = "Fetch every host from URL/<host>/… (a replay site); env POLICYWATCH_MIRROR."


def _sources(ctx: click.Context, only: str | None = None) -> list[Any]:
    try:
        # Looked up on its module at each call: the fault tests put a hostile loader in its place.
        return source_files.load_sources(settings(ctx).config_dir, only=only)
    except SourceConfigError as exc:
        raise CliError(str(exc), 2) from None


def _mirror(value: str | None) -> str | None:
    """The --mirror URL (or POLICYWATCH_MIRROR), checked before anything is fetched."""
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CliError(f"--mirror {value!r} is not an http(s) URL; pass the replay site's base, "
                       "e.g. http://127.0.0.1:8000", 2)
    return value


def _shown(value: dt.datetime | None) -> str | None:
    """A stored naive-UTC time as Beijing time with its offset."""
    if value is None:
        return None
    return to_beijing(value).isoformat(timespec="seconds")


@main.command("crawl")
@click.option("--source", "source_name", metavar="NAME", help="Crawl one source (see 'policywatch sources').")
@click.option("--mirror", metavar="URL", help=MIRROR_HELP)
@json_option("the outcomes (one per source)")
@click.option("--backfill", "backfill", is_flag=True,
              help="Walk each source back to its first notice (resumable; recorded notices do not alert one by one).")
@click.option("--since", type=click.IntRange(1990, 2100), metavar="YEAR",
              help="With --backfill: go back no further than this year.")
@click.option("--strict", is_flag=True, help="Exit 1 on every challenge, also one already reported and unchanged.")
@click.pass_context
def crawl_cmd(ctx: click.Context, source_name: str | None, mirror: str | None, as_json: bool, backfill: bool,
              since: int | None, strict: bool) -> None:
    """One pass over the configured sources: new links only, articles parsed and recorded, evidence kept.

    Exit 1 when a source failed, except a challenge already reported and unchanged (customs answers one on every
    run): that is said on stderr, the outcome stays ``challenge``, and ``--strict`` counts it as a failure.
    """
    if since is not None and not backfill:
        fail("--since YEAR only applies to a backfill; add --backfill", 2)
    sources = _sources(ctx, source_name)
    if backfill:
        _backfill(ctx, sources, mirror, as_json, since)
        return
    eng = engine(ctx)
    route = _mirror(mirror or settings(ctx).mirror)
    console = Console(stderr=True)
    outcomes = []
    policy = policy_for(route)
    with Fetcher(policy, mirror=route) as fetcher, Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=True
    ) as progress:
        task = progress.add_task("starting", total=None)

        def report(source: str, message: str) -> None:
            progress.update(task, description=f"[bold]{escape(source)}[/bold] {escape(message[:100])}")

        for source in sources:
            [outcome] = crawl(eng, [source], client=fetcher, progress=report)
            outcomes.append(outcome)
            style = "red" if outcome.failed else "green"
            progress.console.print(
                f"[{style}]{escape(outcome.source)}: {outcome.outcome}[/{style}] — {outcome.fetched} fetched, "
                f"{outcome.bytes:,} bytes, {outcome.recorded} recorded"
                + (f" ({escape(', '.join(outcome.doc_ids))})" if outcome.doc_ids else ""),
                highlight=False,
            )
    if as_json:
        emit_json([o.to_json() for o in outcomes])
    else:
        for o in outcomes:
            click.echo(f"{o.source}\t{o.outcome}\t{o.recorded} recorded" + (f"\t{o.error}" if o.error else ""))
    _fail_on_new_failures([o.to_json() for o in outcomes], strict)


def _fail_on_new_failures(outcomes: list[dict[str, Any]], strict: bool) -> None:
    """Exit 1 naming the sources that failed; a known, unchanged challenge is a note (a failure with --strict)."""
    failed = [o for o in outcomes if o["outcome"] in ("error", "challenge", "layout_error")
              and (strict or not o.get("known_challenge"))]
    known = [o for o in outcomes if o.get("known_challenge") and o not in failed]
    if known:
        click.echo(f"policywatch: {', '.join(o['source'] for o in known)}: the same challenge as last time, "
                   "unchanged and already reported (not a new failure; --strict exits 1 for it); save the page from "
                   "a browser and run 'policywatch ingest FILE'", err=True)
    if failed:
        names = ", ".join(f"{o['source']} ({o['outcome']})" for o in failed)
        fail(f"{len(failed)} of {counted(len(outcomes), 'source')} failed: {names}; see 'policywatch sources'", 1)


def _backfill(ctx: click.Context, sources: list[Any], mirror: str | None, as_json: bool, since: int | None) -> None:
    """``crawl --backfill``: its own lock (one backfill per database; a crawl or ``run`` is never held up)."""
    import sys

    eng = engine(ctx)
    route = _mirror(mirror or settings(ctx).mirror)
    holder = runlock.new_holder()
    try:
        runlock.acquire(eng, "backfill", holder, reclaim_dead=True)
    except runlock.LockHeld as exc:
        fail(str(exc), 1)
    console = Console(stderr=True)
    policy = policy_for(route)
    quiet = as_json or not sys.stderr.isatty()
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.fields[counts]}"),
               TimeElapsedColumn())
    try:
        with Fetcher(policy, mirror=route) as fetcher, Progress(*columns, console=console, disable=quiet) as bar:
            tasks = {s.name: bar.add_task(escape(s.name), total=None, counts="waiting") for s in sources}

            def on_page(out: BackfillOutcome) -> None:
                bar.update(tasks[out.source], counts=f"{out.pages} pages, {out.resumed} resumed, "
                                                     f"{out.recorded} recorded, {out.fetched} requests")
                runlock.heartbeat(eng, "backfill", holder)
                failpoints.hit("after_backfill_page")

            outcomes = backfill(eng, sources, since=since, client=fetcher, on_page=on_page)
            for o in outcomes:
                bar.update(tasks[o.source], counts=f"{o.outcome}: {o.pages} pages, {o.resumed} resumed, "
                                                   f"{o.recorded} recorded, {o.fetched} requests")
    finally:
        runlock.release(eng, "backfill", holder)
    if as_json:
        emit_json([o.to_json() for o in outcomes])
    else:
        for o in outcomes:
            click.echo(f"{o.source}\tbackfill {o.outcome}\t{o.pages} pages ({o.resumed} resumed)\t"
                       f"{o.recorded} recorded\t{o.fetched} requests\t{o.bytes} bytes"
                       + (f"\t{o.error}" if o.error else ""))
    failed = [o for o in outcomes if o.failed]
    if failed:
        names = ", ".join(f"{o.source} ({o.outcome})" for o in failed)
        fail(f"{len(failed)} of {len(outcomes)} sources failed their backfill: {names}; run 'policywatch crawl "
             "--backfill' again to resume them", 1)


@main.command("sources")
@json_option("the health of each source")
@click.pass_context
def sources_cmd(ctx: click.Context, as_json: bool) -> None:
    """Health of each source: last success, last outcome, consecutive failures, items seen."""
    configured = _sources(ctx)
    with session_scope(engine(ctx)) as session:
        rows = {row.name: row for row in source_rows(session)}
        gaps = gap_lines(coverage(session))
    data = []
    for source in configured:
        row = rows.get(source.name)
        data.append({
            "source": source.name,
            "layout": source.layout,
            "interval": source.interval,
            "urls": list(source.urls),
            "last_success": _shown(row.last_success_at) if row else None,
            "last_attempt": _shown(row.last_attempt_at) if row else None,
            "last_outcome": row.last_outcome if row else None,
            "consecutive_failures": row.consecutive_failures if row else 0,
            "items_seen": row.items_seen if row else 0,
            "last_error": row.last_error if row else None,
        })
    if as_json:
        emit_json(data)
        return
    for item in data:
        state = item["last_outcome"] or "never crawled"
        line = (f"{item['source']}: {state}; last success {item['last_success'] or 'never'}; "
                f"{item['consecutive_failures']} consecutive failures; {item['items_seen']} items seen")
        if item["last_outcome"] == "challenge":
            line += " — anti-bot challenge: save the page from a browser and run 'policywatch ingest FILE'"
        if item["last_error"]:
            line += f"\n    {item['last_error']}"
        click.echo(line)
    for gap in gaps:  # a number skipped in a dense series may be a listing missed
        click.echo(f"coverage gap: {gap} (see 'policywatch coverage')")


def _demo_site() -> Path:
    return Path(str(resources.files("policywatch.config") / "demo" / "site"))


@main.command("replay")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--port", default=0, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.pass_context
def replay_cmd(ctx: click.Context, directory: Path | None, port: int) -> None:
    """Serve a recorded copy of the sites (<host>/<path>; default: the demo site) on 127.0.0.1."""
    root = directory or _demo_site()
    if not root.is_dir():
        fail(f"replay folder {root} does not exist; pass a folder laid out <host>/<path>", 2)
    try:
        server = serve(root, port=port)
    except OSError as exc:
        fail(f"cannot listen on 127.0.0.1:{port} ({exc.strerror}); choose another --port", 1)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    click.echo(f"Serving {root} at {server.url}")
    click.echo(f"Crawl it with: policywatch crawl --mirror {server.url}", err=True)
    try:
        stop.wait()
    finally:
        server.stop()


@main.command("run")
@click.option("--mirror", metavar="URL", help=MIRROR_HELP)
@click.option("--once", is_flag=True, help="Run every source's crawl tick once, then plan+deliver once, and exit.")
@json_option("what the ticks did (with --once)")
@click.option("--strict", is_flag=True, help="With --once: exit 1 also on a challenge already reported and unchanged.")
@click.pass_context
def run_cmd(ctx: click.Context, mirror: str | None, once: bool, as_json: bool, strict: bool) -> None:
    """The scheduler: each source on its interval, plan+deliver every minute, reminders daily, digest weekly."""
    # Our own log lines only (the scheduler's ticks); libraries stay at their default (warnings).
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("policywatch")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    cfg = settings(ctx)
    route = _mirror(mirror or cfg.mirror)
    ticks = Ticks(engine(ctx), cfg.config_dir, _sources(ctx), mirror=route)

    if once:
        try:
            done = run_once(ticks)
        except runlock.LockHeld as exc:
            fail(str(exc), 1)
        if as_json:
            emit_json(done)
        else:
            report = done["plan_deliver"]
            trouble = f" ({report['error']})" if report.get("error") else ""
            click.echo(f"policywatch run --once: {counted(len(done['crawls']), 'source')} crawled, "
                       f"{counted(report.get('planned', 0), 'delivery')} planned, {report.get('sent', 0)} sent, "
                       f"{report.get('retrying', 0)} to retry{trouble}", err=True)
        _fail_on_new_failures(done["crawls"], strict)
        return

    def started(holder: str) -> None:
        click.echo(f"policywatch run: started as {holder} with {counted(len(ticks.sources), 'source')}; "
                   "SIGTERM or Ctrl-C stops after the current tick", err=True)

    try:
        run(ticks, on_started=started)
    except runlock.LockHeld as exc:
        fail(str(exc), 1)
    click.echo("policywatch run: stopped", err=True)
