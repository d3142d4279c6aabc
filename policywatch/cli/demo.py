"""CLI command: ``policywatch demo`` — the whole product offline, on loopback."""

from __future__ import annotations

import logging
from pathlib import Path

import click
from rich.console import Console

from policywatch.cli.app import emit_json, fail, main
from policywatch.cli.options import json_option
from policywatch.offline.demo import DemoError, run_demo
from policywatch.offline.demo_report import print_report


@main.command("demo")
@click.option("--out", "out", metavar="DIR", type=click.Path(file_okay=False, path_type=Path),
              default=Path("policywatch-demo"), show_default=True,
              help="Folder for the demo database and the received email, Slack posts, digest and calendar.")
@json_option("the summary (counts, then file paths)")
@click.pass_context
def demo_cmd(ctx: click.Context, out: Path, as_json: bool) -> None:
    """Offline end-to-end run: replay site → crawler → store → screening → email, Slack, digest, reminders."""
    debug = bool((ctx.find_root().obj or {}).get("debug"))
    # The scheduler's ticks log each step; the report says the same more briefly.
    logging.basicConfig(level=logging.INFO if debug else logging.ERROR,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    errors = Console(stderr=True)
    try:
        with errors.status("starting") as status:
            result = run_demo(out, progress=lambda message: status.update(message))
    except DemoError as exc:
        fail(str(exc), exc.exit_code)
    except OSError as exc:
        fail(f"demo: {exc.strerror or exc} ({exc.filename or out}); choose a writable --out folder", 1)
    if as_json:
        emit_json(result.summary())
    else:
        print_report(result)
