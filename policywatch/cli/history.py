"""CLI commands of the history area: ``coverage`` (numbers recorded and gaps) and ``export ftm``."""

from __future__ import annotations

import click

from policywatch.cli.app import emit_json, engine, main
from policywatch.cli.options import json_option
from policywatch.store import session_scope
from policywatch.store.coverage import coverage, gap_sentence, label


@main.command("coverage")
@json_option("the coverage (one entry per series and year)")
@click.pass_context
def coverage_cmd(ctx: click.Context, as_json: bool) -> None:
    """Per series and year: the numbers recorded, the gaps in the numbering, the first and last date."""
    with session_scope(engine(ctx)) as session:
        rows = coverage(session)
    if as_json:
        emit_json([row.to_json() for row in rows])
        return
    if not rows:
        click.echo("no numbered notice recorded yet; run 'policywatch crawl' (or 'crawl --backfill')")
    for row in rows:
        numbers = ", ".join(str(n) for n in row.numbers)
        line = f"{label(row.series, row.year)}: {len(row.numbers)} recorded ({numbers}); {row.first} – {row.last}"
        click.echo(line)
        for run in row.gap_runs():
            neighbours = [n for n in (run[0] - 1, run[-1] + 1) if n in row.numbers]
            note = "" if row.dense else " (most numbers of this series are not list measures: shown, not alerted)"
            click.echo(f"    gap: {gap_sentence(row.series, row.year, run, neighbours)}{note}")
