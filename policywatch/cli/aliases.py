"""CLI commands: aliases import (names a listed entity is also known by, for screening)."""

from __future__ import annotations

from pathlib import Path

import click

from policywatch.cli.app import CliError, emit_json, engine, main
from policywatch.cli.options import json_option
from policywatch.screening.aliases import AliasFileError, import_aliases
from policywatch.store import session_scope


@main.group("aliases")
def aliases_group() -> None:
    """Names listed entities are also known by (from their filings, websites …), matched by screen as aliases."""


@aliases_group.command("import")
@click.argument("csv_path", metavar="CSV", type=click.Path(dir_okay=False, path_type=Path))
@json_option("the counts")
@click.pass_context
def import_cmd(ctx: click.Context, csv_path: Path, as_json: bool) -> None:
    """Load aliases (entity,alias[,source]); entity is a listed name_zh, name_en or entity key."""
    try:
        with session_scope(engine(ctx)) as session:
            report = import_aliases(session, csv_path)
    except AliasFileError as exc:
        raise CliError(str(exc), 2) from exc
    if as_json:
        emit_json(report.to_json())
        return
    click.echo(f"{csv_path}: {report.created} new alias(es), {report.unchanged} already known, "
               f"for {len(report.entities)} listed entit{'y' if len(report.entities) == 1 else 'ies'}")
