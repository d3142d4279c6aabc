"""Aliases of listed entities: names a company is also known by, with where that comes from.

``import_aliases`` reads a CSV of ``entity,alias[,source]``: ``entity`` names a listed entity as it is recorded
(its Chinese or English name, or its entity key, as ``policywatch lists`` and ``history`` print them). A line
whose entity names no recorded entity, or more than one, stops the whole file (nothing is stored) with the line
named. ``given_aliases`` hands them to the screener, which matches them like printed names and says ``alias``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from policywatch.parsers.errors import PolicywatchError
from policywatch.screening.counterparties import CounterpartyFileError, detect_encoding
from policywatch.store.clock import utcnow
from policywatch.store.entities import entities_exactly_named
from policywatch.store.models import Entity, EntityAlias

REQUIRED = ("entity", "alias")
MAX_FIELD = 1000


class AliasFileError(PolicywatchError, ValueError):
    """The alias file cannot be imported: unreadable, no header, or a line that names no listed entity."""

    exit_code = 2


@dataclass
class AliasImport:
    created: int = 0
    unchanged: int = 0
    entities: set[int] = field(default_factory=set)

    def to_json(self) -> dict[str, Any]:
        return {"created": self.created, "unchanged": self.unchanged, "entities": len(self.entities)}


def find_listed(session: Session, text: str) -> list[Entity]:
    """The recorded entities ``text`` names: by entity key, else by a normalised Chinese or English name."""
    text = text.strip()
    by_key = session.exec(select(Entity).where(Entity.key == text)).first()
    if by_key is not None:
        return [by_key]
    return entities_exactly_named(session, text)


def _rows(path: Path) -> Iterable[tuple[int, dict[str, str]]]:
    if not path.is_file():
        raise AliasFileError(f"alias file {path} does not exist; pass a CSV with columns entity,alias[,source]")
    try:
        encoding = detect_encoding(path)
    except CounterpartyFileError as exc:
        raise AliasFileError(str(exc)) from exc
    with path.open(encoding=encoding, newline="") as fh:
        reader = csv.DictReader(fh)
        header = [h.strip().casefold() for h in reader.fieldnames or []]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise AliasFileError(f"{path}: line 1: the header lacks {', '.join(missing)}; "
                                 "use columns entity,alias[,source]")
        reader.fieldnames = header
        for row in reader:
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}


def import_aliases(session: Session, path: Path) -> AliasImport:
    """Store every alias of the file (an alias already known for its entity is left as it is); never commits.

    Raises ``AliasFileError`` naming the first bad lines; nothing is stored then.
    """
    errors: list[str] = []
    wanted: list[tuple[int, str, str]] = []
    default_source = f"file {path.name}"
    for line, row in _rows(path):
        name, alias = row.get("entity", ""), row.get("alias", "")
        if not name or not alias:
            errors.append(f"line {line}: entity and alias must both be given")
            continue
        if len(alias) > MAX_FIELD or len(name) > MAX_FIELD:
            errors.append(f"line {line}: a field is longer than {MAX_FIELD} characters")
            continue
        found = find_listed(session, name)
        if not found:
            errors.append(f"line {line}: no listed entity {name!r}; give its Chinese or English name or its key "
                          "as 'policywatch lists' prints them")
            continue
        if len(found) > 1:
            errors.append(f"line {line}: {name!r} names {len(found)} entities; give one entity's key instead")
            continue
        assert found[0].id is not None
        wanted.append((found[0].id, alias, row.get("source") or default_source))
    if errors:
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        raise AliasFileError(f"{path}: {'; '.join(errors[:3])}{more}; fix those lines and import again")
    report = AliasImport()
    known = {(a.entity_id, a.alias) for a in session.exec(
        select(EntityAlias).where(col(EntityAlias.entity_id).in_({e for e, _, _ in wanted})))}
    now = utcnow()
    for entity_id, alias, source in wanted:
        report.entities.add(entity_id)
        if (entity_id, alias) in known:
            report.unchanged += 1
            continue
        known.add((entity_id, alias))
        session.add(EntityAlias(entity_id=entity_id, alias=alias, source=source, created_at=now))
        report.created += 1
    session.flush()
    return report


def given_aliases(session: Session, entity_ids: Iterable[int]) -> dict[int, tuple[tuple[str, str], ...]]:
    """Entity id → its (alias, source) pairs, in the order they were given."""
    ids = set(entity_ids)
    out: dict[int, list[tuple[str, str]]] = {}
    if not ids:
        return {}
    query = select(EntityAlias).where(col(EntityAlias.entity_id).in_(ids)).order_by(col(EntityAlias.id))
    for row in session.exec(query):
        out.setdefault(row.entity_id, []).append((row.alias, row.source))
    return {k: tuple(v) for k, v in out.items()}
