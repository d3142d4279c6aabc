"""CLI commands: ``ingest`` (parse and record files as if crawled), ``lists`` (state on a date), ``history``."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from policywatch import parsers
from policywatch.cli.app import emit_json, engine, fail, main
from policywatch.cli.options import as_of_option, format_option, json_option
from policywatch.parsers import ParseError
from policywatch.parsers.types import LIST_NAMES
from policywatch.store import history, list_state, record, session_scope
from policywatch.store.clock import beijing_today
from policywatch.store.csv_export import csv_bytes, dict_rows
from policywatch.store.evidence import save_snapshot
from policywatch.store.state import status_today
from policywatch.store.wording import counted

CSV_COLUMNS = ("list", "status", "name_zh", "name_en", "country", "kind", "target", "listed_by", "listed_on",
               "until", "last_event_by", "unresolved", "entity_id", "measures_in_force")
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")


def _parse_file(path: Path) -> Any:
    """An Announcement from a saved article page (.html) or a notice text (.txt, UTF-8 or GB18030)."""
    body = path.read_bytes()
    if b"\x00" in body:
        # Refused here, naming the line: PostgreSQL cannot store a NUL in text, and it would fail later as SQL.
        line = body[: body.index(b"\x00")].count(b"\n") + 1
        raise parsers.ParseError(f"line {line} holds a NUL byte (0x00), which the database cannot store; remove it "
                                 "(e.g. tr -d '\\000'); a UTF-16 file must be saved as UTF-8")
    if path.suffix.lower() in HTML_SUFFIXES:
        return parsers.parse_article(body, content_type="text/html")
    parse_text = getattr(parsers, "parse_text", None)
    if parse_text is None:
        return parsers.parse_article(body, content_type="text/plain")
    decode = getattr(parsers, "decode_body", None)
    text = decode(body, "text/plain") if decode else body.decode("utf-8")
    return parse_text(text)


@main.command("ingest")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option("the doc_ids recorded")
@click.option("--doc-id", "doc_id", help="The real doc_id of a notice whose number the text does not print "
              "(one FILE only); replaces a provisional DOC-… id.")
@click.option("--url", "url", help="The official URL of the notice (one FILE only).")
@click.pass_context
def ingest(ctx: click.Context, files: tuple[Path, ...], as_json: bool, doc_id: str | None, url: str | None) -> None:
    """Parse notice files (.txt or saved .html pages) and record them as if crawled.

    A file that cannot be read is named on stderr with the reason and the others are still recorded (exit 1).
    """
    from dataclasses import replace

    if (doc_id or url) and len(files) != 1:
        fail("ingest: --doc-id and --url name one notice: give exactly one FILE with them", 2)
    if doc_id and _doc_id_shape(doc_id) is None:
        fail(f"ingest: --doc-id {doc_id}: not a doc_id (e.g. MOFCOM-2025-72, UEL-2025-7, MFA-ORDER-19)", 2)
    parsed = []
    bad: list[str] = []
    for path in files:
        try:
            announcement = _parse_file(path)
        except (ParseError, UnicodeDecodeError) as exc:
            bad.append(f"{path}: cannot be parsed ({exc}); check that it is a notice text or a saved article page")
            continue
        if doc_id or url:
            reasons = tuple(r for r in announcement.review_reasons if "provisional" not in r or not doc_id)
            announcement = replace(announcement, doc_id=doc_id or announcement.doc_id, url=url or announcement.url,
                                   review_reasons=reasons, needs_review=bool(reasons))
        if not announcement.actions and not announcement.number and not announcement.needs_review:
            bad.append(f"{path}: no document number, no measure and nothing on a list or a control found; "
                       "it does not read as a notice, not recorded")
            continue
        parsed.append((path, announcement))
    results = []
    # One transaction for the readable files; a rerun is harmless (idempotent).
    if parsed:
        with session_scope(engine(ctx)) as session:
            for path, announcement in parsed:
                snapshot = save_snapshot(
                    session, source="file", url=path.resolve().as_uri(), status=None,
                    headers={"content-type": "text/html" if path.suffix.lower() in HTML_SUFFIXES else "text/plain"},
                    body=path.read_bytes(), outcome="ok",
                )
                results.append((path, record(session, announcement, snapshot_id=snapshot.id, url=url)))
    for line in bad[:-1]:
        click.echo(line, err=True)
    if bad and not results:
        fail(bad[-1], 2)  # nothing readable at all: bad input
    if as_json:
        emit_json([r.doc_id for _, r in results])
    else:
        table = Table("file", "doc_id", "status", "changes")
        for path, result in results:
            table.add_row(path.name, result.doc_id, result.status, str(len(result.change_ids)))
        Console().print(table)
    if bad:
        fail(bad[-1], 1)  # the readable files are recorded; the unreadable ones are named, the work failed


def _doc_id_shape(doc_id: str) -> str | None:
    """``doc_id`` when it has the shape of DESIGN §3 (series, year, number), else None."""
    if re.fullmatch(r"(?:MOFCOM|UEL|MOFCOM-ORDER|GACC)-\d{4}-\d{1,4}(?:#\d{1,2})?|MFA-ORDER-\d{1,4}", doc_id):
        return doc_id
    return None


def entries_csv(rows: list[dict[str, Any]]) -> bytes:
    """The list entries as the one export CSV (BOM, CRLF, formula guard): the CLI and the workspace share it."""
    return csv_bytes(CSV_COLUMNS, dict_rows(CSV_COLUMNS, rows))


@main.command("lists")
@as_of_option("The state on this day; events in force after it are left out")
@click.option("--list", "list_name", type=click.Choice(LIST_NAMES, case_sensitive=False), help="One list only.")
@json_option("the entries", same_as_format=True)
@format_option(["table", "json", "csv"], "table")
@click.pass_context
def lists(ctx: click.Context, as_of: dt.datetime | None, list_name: str | None, as_json: bool, fmt: str) -> None:
    """The state of every list on a date: active, suspended (until), terminated, removed or lapsed."""
    if as_json and fmt == "csv":
        fail("--json and --format csv contradict each other; pass one of them", 2)
    day = as_of.date() if as_of else beijing_today()
    with session_scope(engine(ctx)) as session:
        rows = [e.to_json() for e in list_state(session, day, list_name.upper() if list_name else None)]
    if as_json or fmt == "json":
        emit_json(rows)
    elif fmt == "csv":
        sys.stdout.flush()
        sys.stdout.buffer.write(entries_csv(rows))
        sys.stdout.buffer.flush()
    else:
        _print_entries(rows, day)


def _status_cell(row: dict[str, Any]) -> str:
    """The status in words: "lapsed" never stands alone (its measures apply again)."""
    by = row["last_event_by"] if row["status"] in ("terminated", "removed") else None
    return f"{row['status']}: {status_today(row['status'], row['until'], by)}"


def _print_entries(rows: list[dict[str, Any]], day: dt.date) -> None:
    table = Table(title=f"List state as of {day.isoformat()} ({counted(len(rows), 'entry')})", show_lines=False)
    for column in ("list", "name", "status", "listed by", "on", "last event", "country"):
        table.add_column(column, overflow="fold")
    for row in rows:
        name = " / ".join(n for n in (row["name_zh"], row["name_en"]) if n) or row["target"] or ""
        if row["unresolved"]:
            name += f" (cites {row['target']}, not recorded yet)"
        table.add_row(row["list"] or "?", name, _status_cell(row), row["listed_by"] or "", row["listed_on"] or "",
                      row["last_event_by"] or "", row["country"] or "")
    Console().print(table)


@main.command("history")
@click.argument("name_or_id")
@json_option("the events")
@click.pass_context
def history_command(ctx: click.Context, name_or_id: str, as_json: bool) -> None:
    """Every event for an entity (name in either script, or entity id) or a notice/item (doc_id, clause id)."""
    with session_scope(engine(ctx)) as session:
        rows = history(session, name_or_id)
    if not rows:
        fail(f"nothing recorded matches {name_or_id!r}; try a name as printed, a doc_id such as UEL-2025-7, "
             "or look it up with 'policywatch lists'", 1)
    if as_json:
        emit_json(rows)
        return
    table = Table(title=f"History of {name_or_id}")
    for column in ("date", "event", "list", "subject", "doc_id", "until", "official URL", "snapshot"):
        table.add_column(column, overflow="fold")
    for row in rows:
        subject = " / ".join(n for n in (row["name_zh"], row["name_en"]) if n) or row["target"] or ""
        table.add_row(row["date"] or "?", row["event"] + ("" if row["affects_status"] else " (measures)"),
                      row["list"] or "?", subject, row["doc_id"], row["until"] or "", row["url"] or "",
                      (row["snapshot_hash"] or "")[:12])
    Console().print(table)
