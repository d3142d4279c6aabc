"""``policywatch notices``: recorded announcements, those a human must read first; ``confirm`` and ``correct``.

A reviewer either confirms the reading (the flag clears, the reading stays) or records a correction: the
Announcement JSON of DESIGN §5 with the corrected actions, stored as a new revision by that reviewer — the
parsed revision is never edited.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from sqlmodel import col, select

from policywatch.cli.app import emit_json, engine, fail, main, reviewer_name
from policywatch.cli.options import json_option
from policywatch.store import session_scope
from policywatch.store.clock import utcnow
from policywatch.store.models import Announcement
from policywatch.store.notice_review import NoticeReviewError, confirm_notice, correct_notice, parse_correction


def notice_json(row: Announcement) -> dict[str, Any]:
    return {
        "doc_id": row.doc_id, "number": row.number, "issuer": row.issuer, "title": row.title,
        "published": row.published.isoformat() if row.published else None, "url": row.url,
        "revision": row.revision, "needs_review": row.needs_review, "review_reasons": list(row.review_reasons),
        "reviewed_by": row.reviewed_by,
        "reviewed_at": row.reviewed_at.isoformat() if row.reviewed_at else None,
        "actions": row.data.get("actions", []),
    }


@main.group("notices", invoke_without_command=True)
@click.option("--needs-review", "needs_review", is_flag=True, help="Only notices a human must read.")
@json_option("the list")
@click.pass_context
def notices(ctx: click.Context, needs_review: bool, as_json: bool) -> None:
    """Recorded announcements, those needing a human read first."""
    if ctx.invoked_subcommand is not None:
        return
    with session_scope(engine(ctx)) as session:
        query = select(Announcement)
        if needs_review:
            query = query.where(col(Announcement.needs_review).is_(True))
        rows = list(session.exec(query))
    rows.sort(key=lambda r: (not r.needs_review, -(r.published.toordinal() if r.published else 0), r.doc_id))
    if as_json:
        emit_json([notice_json(r) for r in rows])
        return
    if not rows:
        click.echo("no notices need review" if needs_review else "no notices recorded")
    for row in rows:
        mark = "NEEDS REVIEW" if row.needs_review else "ok"
        click.echo(f"{row.doc_id}  {row.published or 'undated'}  {mark}  {row.title or ''}")
        for reason in row.review_reasons if row.needs_review else ():
            click.echo(f"    - {reason}")
        if row.needs_review and row.url:
            click.echo(f"    official page: {row.url}")


@notices.command("confirm")
@click.argument("doc_id")
@click.option("--by", help="Reviewer name (default POLICYWATCH_REVIEWER, else the login name).")
@click.pass_context
def confirm(ctx: click.Context, doc_id: str, by: str | None) -> None:
    """The reading of DOC_ID is right: clear its review flag."""
    who = reviewer_name(by)
    try:
        with session_scope(engine(ctx)) as session:
            confirm_notice(session, doc_id, who, utcnow())
    except NoticeReviewError as exc:
        fail(f"notices confirm: {exc}", 2)
    click.echo(f"{doc_id}: confirmed by {who}")


@notices.command("correct")
@click.argument("doc_id")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--by", help="Reviewer name (default POLICYWATCH_REVIEWER, else the login name).")
@click.pass_context
def correct(ctx: click.Context, doc_id: str, file: Path, by: str | None) -> None:
    """Record FILE (the Announcement JSON of DESIGN §5, corrected actions) as a revision of DOC_ID by the reviewer."""
    who = reviewer_name(by)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        fail(f"notices correct: {file}: cannot read ({exc.strerror})", 2)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        fail(f"notices correct: {file}: not UTF-8 JSON ({exc}); give one Announcement object", 2)
    try:
        corrected = parse_correction(doc_id, data)
        with session_scope(engine(ctx)) as session:
            row, result = correct_notice(session, doc_id, corrected, who, utcnow())
            revision = row.revision
    except NoticeReviewError as exc:
        fail(f"notices correct: {file}: {exc}", 2)
    click.echo(f"{doc_id}: corrected by {who} ({result.status}, revision {revision})")
