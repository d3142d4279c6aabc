"""``policywatch parse FILE…``: saved article pages (.html) or notice texts (.txt) → announcements."""

from __future__ import annotations

from pathlib import Path

import click

from policywatch.cli.app import emit_json, fail, main
from policywatch.cli.options import json_option
from policywatch.parsers import Announcement, ParseError, parse_article, parse_text
from policywatch.store.wording import counted

_HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}


def read_text_file(data: bytes) -> str:
    """A .txt file: UTF-8 (BOM allowed), else GB18030."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def parse_file(path: Path) -> Announcement:
    data = path.read_bytes()
    if path.suffix.lower() in _HTML_SUFFIXES:
        return parse_article(data)
    try:
        text = read_text_file(data)
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 or GB18030 text ({exc.reason})") from exc
    return parse_text(text)


def summary(ann: Announcement, path: Path) -> str:
    lines = [f"{path.name}: {ann.doc_id}  {ann.published or 'undated'}  {ann.issuer or '?'}"]
    if ann.title:
        lines.append(f"  {ann.title}")
    if ann.number:
        lines.append(f"  number: {ann.number}")
    if not ann.actions:
        lines.append("  no actions")
    for action in ann.actions:
        when = f"from {action.effective}" if action.effective else "start not stated"
        if action.until:
            when += f" until {action.until}" + (" (computed)" if action.until_computed else "")
        what = counted(len(action.entities), "entity") if action.entities or action.kind == "add" else ""
        targets = f"targets {', '.join(action.targets)}" if action.targets else ""
        parts = " ".join(p for p in (action.kind, action.list or "?", what, targets, when) if p)
        lines.append(f"  - {parts}")
        for entity in action.entities:
            names = " / ".join(n for n in (entity.name_zh, entity.name_en) if n)
            extra = f" [{entity.country}]" if entity.country else ""
            lines.append(f"      {names}{extra}{' (person)' if entity.kind == 'person' else ''}")
        for measure in action.measures:
            lines.append(f"      measure: {measure}")
    for warning in ann.warnings:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)


@main.command("parse")
@click.argument("files", nargs=-1, required=True, metavar="FILE…")
@json_option("the announcements (the DESIGN §5 list)")
def parse_cmd(files: tuple[str, ...], as_json: bool) -> None:
    """Parse saved article pages (.html) or notice texts (.txt, UTF-8 or GB18030)."""
    paths = [Path(f) for f in files]
    for path in paths:
        if not path.is_file():
            fail(f"parse: {path}: no such file (give the path of a saved .html page or .txt text)", 2)
    results: list[tuple[Path, Announcement]] = []
    for path in paths:
        try:
            results.append((path, parse_file(path)))
        except ParseError as exc:
            fail(f"parse: {path}: {exc.reason}")
        except OSError as exc:
            fail(f"parse: {path}: cannot read ({exc.strerror})", 2)
    if as_json:
        emit_json([ann.to_json() for _, ann in results])
        return
    click.echo("\n\n".join(summary(ann, path) for path, ann in results))
