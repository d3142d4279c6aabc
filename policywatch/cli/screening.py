"""CLI commands: counterparties import, screen, hits, review."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import click
from sqlmodel import select

from policywatch.cli.app import CliError, emit_json, engine, fail, main, reviewer_name
from policywatch.cli.options import as_of_option, format_option, json_option
from policywatch.screening.counterparties import CounterpartyFileError, RowError, read_counterparties
from policywatch.screening.hits import (
    ImportRejected,
    Target,
    hit_json,
    import_counterparties,
    open_hits,
    targets,
)
from policywatch.screening.matcher import Match, Matcher, Query, default_threshold
from policywatch.screening.review import DECISIONS, ReviewError, record_review
from policywatch.screening.stream import NotByRanges, default_workers, screen_chunks, screen_ranges
from policywatch.store import list_state, session_scope
from policywatch.store.clock import beijing_today, utcnow
from policywatch.store.csv_export import CsvExport, csv_bytes, csv_cell, csv_lines, dict_rows
from policywatch.store.models import Entity
from policywatch.store.state import measures_in_force

_SCREEN_BATCH = 5000
CSV_COLUMNS = ["id", "name", "list", "name_zh", "name_en", "status", "listed_by", "score", "matched_name", "reason",
               "measures_in_force"]
HIT_CSV_COLUMNS = ["id", "state", "score", "counterparty_id", "counterparty_name", "counterparty_name_zh", "list",
                   "name_zh", "name_en", "listed_by", "entity_status", "measures_in_force", "reviews", "last_review",
                   "explanation"]


def _threshold(value: float | None) -> float:
    if value is not None:
        if not 0.0 < value <= 1.0:
            raise CliError(f"--threshold {value} is outside (0, 1]; pass a score such as 0.85")
        return value
    try:
        return default_threshold()
    except ValueError as exc:
        raise CliError(str(exc)) from exc


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(f"--as-of {value!r} is not a date; use YYYY-MM-DD") from exc


@main.group("counterparties")
def counterparties_group() -> None:
    """Your counterparties (suppliers, customers, banks) to screen against the lists."""


@counterparties_group.command("import")
@click.argument("csv_path", metavar="CSV", type=click.Path(dir_okay=False, path_type=Path))
@json_option("the counts")
@click.option("--threshold", type=float, default=None, help="Match score from 0 to 1 (default 0.85 or env).")
@click.pass_context
def import_cmd(ctx: click.Context, csv_path: Path, as_json: bool, threshold: float | None) -> None:
    """Load counterparties (id,name[,name_zh,aliases,country]); re-import updates by id; screens at once."""
    cut = _threshold(threshold)
    try:
        with session_scope(engine(ctx)) as session:
            report = import_counterparties(session, read_counterparties(csv_path), threshold=cut, as_of=beijing_today())
            hits = [hit_json(session, h) for h in report.hits]
    except ImportRejected as exc:
        if as_json:
            emit_json(exc.report.to_json())
        raise CliError(f"{csv_path}: {exc}; fix those lines and import again", 2) from exc
    except CounterpartyFileError as exc:
        raise CliError(str(exc), 2) from exc
    if as_json:
        emit_json({**report.to_json(), "hit_details": hits})
        return
    click.echo(f"{csv_path}: created {report.created}, updated {report.updated}, unchanged {report.unchanged}, "
               f"errors 0; {len(hits)} new hit(s)")
    for h in hits:
        who = h['counterparty']['name'] or h['counterparty']['name_zh']
        click.echo(f"  hit {h['id']}: {who} ~ {h['name_zh'] or ''} {h['name_en'] or ''} "
                   f"({h['list']}, {h['listed_by']}) score {h['score']:.2f}")


def _match_json(match: Match) -> dict[str, Any]:
    """One match of ``screen``: the listed entry, and why (which name matched which, by which rule)."""
    target: Target = match.entity
    return {"list": target.list, "name_zh": target.name_zh, "name_en": target.name_en, "status": target.status,
            "measures_in_force": measures_in_force(target.status), "listed_by": target.listed_by,
            "score": round(match.score, 3), "entity_id": target.entity_id,
            "query_name": match.query_name, "matched_name": match.matched_name, "reason": match.reason,
            "explanation": match.explanation}


@main.command("screen")
@click.argument("csv_path", metavar="CSV", type=click.Path(dir_okay=False, path_type=Path))
@as_of_option("Screen against the list state on this day", parse=False)
@json_option("the results (one per input row, matches best first)", same_as_format=True)
@format_option(["text", "json", "csv"], None)
@click.option("--threshold", type=float, default=None, help="Match score from 0 to 1 (default 0.85 or env).")
@click.pass_context
def screen_cmd(
    ctx: click.Context, csv_path: Path, as_of: str | None, as_json: bool, fmt: str | None, threshold: float | None
) -> None:
    """Screen a CSV of counterparties without storing it."""
    if as_json and fmt not in (None, "json"):
        raise CliError("--json and --format csv are exclusive; pass one of them")
    fmt = "json" if as_json else (fmt or "text")
    cut = _threshold(threshold)
    day = _parse_date(as_of) or beijing_today()
    if not csv_path.is_file():  # bad input first, before "nothing is recorded" (failed work) can mask it
        raise CliError(f"counterparty file {csv_path} does not exist; pass a CSV with columns id,name", 2)
    with session_scope(engine(ctx)) as session:
        # Every named entry of that day, whatever its status: the status is part of the answer.
        target_list = targets(session, day, statuses=None)
        recorded = session.exec(select(Entity.id).limit(1)).first() is not None
    if not recorded:
        fail("no listed entities are recorded; run 'policywatch ingest' or 'policywatch crawl' first", 1)
    matcher = Matcher(target_list, threshold=cut)
    try:
        workers = default_workers(csv_path.stat().st_size)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    errors: list[RowError] = []

    def chunks() -> Iterator[tuple[str, list[tuple[str, str, str | None, tuple[str, ...]]]]]:
        # One pass: rows are screened as they are read; after a bad row only the errors are still collected.
        batch: list[tuple[str, str, str | None, tuple[str, ...]]] = []
        for row in read_counterparties(csv_path):
            if isinstance(row, RowError):
                errors.append(row)
            elif not errors:
                batch.append((row.id, row.name, row.name_zh, row.aliases))
                if len(batch) >= _SCREEN_BATCH:
                    yield fmt, batch
                    batch = []
        if batch and not errors:
            yield fmt, batch

    # The output waits in a temporary file until the whole input was read: a bad row on the last line still
    # stops the command before anything is printed, and memory stays flat.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        try:
            if workers > 1:
                try:
                    # The workers read the file themselves; a bad row sends it to the row-by-row reader below.
                    _write_screened(out, fmt, screen_ranges(matcher, csv_path, _screen_chunk, fmt, workers,
                                                            _SCREEN_BATCH))
                except NotByRanges:
                    out.seek(0)
                    out.truncate()
                    _write_screened(out, fmt, screen_chunks(matcher, chunks(), _screen_chunk, workers))
            else:
                _write_screened(out, fmt, screen_chunks(matcher, chunks(), _screen_chunk, workers))
        except CounterpartyFileError as exc:
            raise CliError(str(exc), 2) from exc
        if errors:
            shown = "; ".join(str(e) for e in errors[:5])
            raise CliError(f"{csv_path}: {len(errors)} bad row(s): {shown}; fix those lines and screen again", 2)
        out.seek(0)
        while piece := out.read(1 << 20):
            # CSV as bytes: the BOM and the names survive whatever the terminal's locale is.
            click.echo(piece.encode("utf-8") if fmt == "csv" else piece, nl=False)


def _write_screened(out: IO[str], fmt: str, texts: Iterable[str]) -> None:
    """The whole ``screen`` output from its chunks' texts: the CSV header, or the JSON list around them."""
    if fmt == "csv":
        out.write(CsvExport(CSV_COLUMNS).take())
    first = True
    for text in texts:
        if fmt == "json" and text:
            out.write(("[\n" if first else ",\n") + text)
            first = False
        else:
            out.write(text)
    if fmt == "json":
        out.write("[]\n" if first else "\n]\n")


def _screen_chunk(matcher: Matcher, job: tuple[str, list[tuple[str, str, str | None, tuple[str, ...]]]]) -> str:
    """One chunk of ``screen`` output (run in a worker process for large files): rows as plain tuples (id, name,
    name_zh, aliases), which cross to a worker far cheaper than row objects."""
    fmt, rows = job
    results = matcher.match_many([Query(name, name_zh, aliases) for _, name, name_zh, aliases in rows])
    if fmt == "json":
        dumps = json.dumps
        parts: list[str] = []
        for (ident, name, _, _), matches in zip(rows, results, strict=True):
            if not matches:
                # Most rows match nothing: the text json.dumps(indent=2) + _indent give, from a template.
                head = (f'  {{\n    "id": {dumps(ident, ensure_ascii=False)},\n'
                        f'    "name": {dumps(name, ensure_ascii=False)}')
                if not _UNESCAPED_BREAKS.search(head):
                    parts.append(head + ',\n    "matches": []\n  }')
                    continue
            parts.append(_indent(dumps({"id": ident, "name": name, "matches": [_match_json(m) for m in matches]},
                                       ensure_ascii=False, indent=2)))
        return ",\n".join(parts)
    if fmt == "csv":
        lines: list[Sequence[Any]] = []
        cell = csv_cell
        for (ident, name, _, _), matches in zip(rows, results, strict=True):
            if not matches:
                lines.append((cell(ident), cell(name), *_NO_MATCH_CELLS))
                continue
            lines.extend([None if v is None else cell(v) for v in (
                ident, name, m["list"], m["name_zh"], m["name_en"], m["status"], m["listed_by"], m["score"],
                m["matched_name"], m["reason"], m["measures_in_force"])] for m in map(_match_json, matches))
        return csv_lines(lines, guarded=True)
    buf = io.StringIO()
    for (ident, name, _, _), matches in zip(rows, results, strict=True):
        for m in map(_match_json, matches):
            buf.write(f"{ident}\t{name}\t→ {m['list']} {m['name_zh'] or ''} ({m['name_en'] or '-'}) "
                      f"{_status_words(m['status'])} {m['listed_by']} {m['score']:.2f} {m['reason']}\n")
    return buf.getvalue()


# Line breaks json.dumps leaves as they are but str.splitlines (in _indent) breaks at.
_UNESCAPED_BREAKS = re.compile("[\x85\u2028\u2029]")
_NO_MATCH_CELLS = (None,) * (len(CSV_COLUMNS) - 2)


def _bool_cell(value: Any) -> str:
    return "" if value is None else str(bool(value)).lower()


def _status_words(status: str | None) -> str:
    """``lapsed`` never alone: it says the suspension ended and the measures are in force again."""
    if status is None:
        return "status unknown"
    return f"{status} (measures {'in force' if measures_in_force(status) else 'not in force'})"


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


@main.command("hits")
@click.option("--state", type=click.Choice(["new", "confirmed", "dismissed", "all"]), default="new",
              show_default=True, help="Which hits to show.")
@json_option("the hits", same_as_format=True)
@format_option(["text", "json", "csv"], "text")
@click.pass_context
def hits_cmd(ctx: click.Context, state: str, as_json: bool, fmt: str) -> None:
    """Counterparties that matched a listed entity, with their review state."""
    if as_json and fmt == "csv":
        raise CliError("--json and --format csv are exclusive; pass one of them")
    with session_scope(engine(ctx)) as session:
        day = list_state(session, beijing_today())
        rows = [hit_json(session, h, state=day) for h in open_hits(session, state)]
    if as_json or fmt == "json":
        emit_json(rows)
        return
    if fmt == "csv":
        flat = (_hit_csv_row(h) for h in rows)
        click.echo(csv_bytes(HIT_CSV_COLUMNS, dict_rows(HIT_CSV_COLUMNS, flat)), nl=False)
        return
    if not rows:
        click.echo(f"no {state} hits" if state != "all" else "no hits")
    for h in rows:
        click.echo(f"{h['id']}\t{h['state']}\t{h['score']:.2f}\t{h['counterparty']['id']} "
                   f"{h['counterparty']['name'] or h['counterparty']['name_zh']}"
                   f"\t~ {h['list']} {h['name_zh'] or ''} ({h['name_en'] or '-'}) {h['listed_by']}"
                   f"\ttoday: {h['status_text']}")


def _hit_csv_row(hit: dict[str, Any], status: str | None = None) -> dict[str, Any]:
    """A hit flattened for a spreadsheet: the counterparty in its own columns, the review history counted, the
    listed entity's status today beside it."""
    cp = hit.get("counterparty") or {}
    reviews = hit.get("reviews") or []
    last = reviews[-1] if reviews else None
    status = hit.get("entity_status") or status
    return {**hit, "entity_status": status, "measures_in_force": measures_in_force(status) if status else None,
            "counterparty_id": cp.get("id"), "counterparty_name": cp.get("name"),
            "counterparty_name_zh": cp.get("name_zh"), "reviews": len(reviews),
            "last_review": f"{last.get('decision')} by {last.get('by')} at {last.get('at')}" if last else None}


@main.command("review")
@click.argument("hit_id", metavar="HIT", type=int)
@click.option("--confirm", is_flag=True, help="The counterparty is the listed entity.")
@click.option("--dismiss", is_flag=True, help="A false alarm: not the listed entity.")
@click.option("--note", required=True, help="Why (kept in the hit's review history).")
@click.option("--by", "by", metavar="NAME", default=None,
              help="Who decides (default POLICYWATCH_REVIEWER, else the login name).")
@json_option("the reviewed hit and its review history")
@click.pass_context
def review_cmd(ctx: click.Context, hit_id: int, confirm: bool, dismiss: bool, note: str, by: str | None,
               as_json: bool) -> None:
    """Confirm or dismiss a hit."""
    if confirm == dismiss:
        raise CliError("review: say exactly one of --confirm or --dismiss", 2)
    decision = "confirm" if confirm else "dismiss"
    who = reviewer_name(by)
    try:
        with session_scope(engine(ctx)) as session:
            hit = record_review(session, hit_id, decision, who, note, utcnow())
            data = hit_json(session, hit)
    except ReviewError as exc:
        raise CliError(str(exc), 2) from exc
    if as_json:
        emit_json(data)
    else:
        click.echo(f"hit {hit_id} {DECISIONS[decision]} by {who} (review {len(data['reviews'])} of this hit)")
