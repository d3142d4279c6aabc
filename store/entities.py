"""Entity identity across notices: the same company named again keeps one row and gains events.

Notices print the same entity differently (``Skydio Inc.`` / ``Skydio, Inc.``, ``AEVEX 航天公司`` /
``AEVEX航天公司``, ``伊比鲁斯公司`` / ``伊庇鲁斯公司`` with the same English name). An entity is found by a
normalised English name when one is printed, else by its normalised Chinese name; every key it was seen under
is kept in ``EntityName`` so either name finds it later, whatever order the notices arrive in.
"""

from __future__ import annotations

import re
import unicodedata

from sqlmodel import Session, select

from policywatch.parsers import Entity as ParsedEntity
from policywatch.store.models import Entity, EntityName

# Legal-form words dropped from the end of an English name: "AeroVironment, Inc." and "Aero Vironment" are one.
# Entity keys are stored, so this list is the conservative one: screening strips these and more (its matcher
# extends this set) but a key must not merge two listed entities that differ only by a rarer form.
LEGAL_FORMS = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "lp", "llp", "plc",
     "partnership", "gmbh", "ag", "sa"}
)
_WORD = re.compile(r"\w+")
_NOT_WORD = re.compile(r"[\W_]+")


def normalise_en(name: str) -> str:
    """Casefolded English name without spaces, punctuation and trailing legal forms."""
    words = _WORD.findall(unicodedata.normalize("NFKC", name).casefold().replace("_", " "))
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return "".join(words)


def normalise_zh(name: str) -> str:
    """Chinese name without spaces and punctuation (full- and half-width alike), Latin letters casefolded."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", name).casefold())


def name_keys(name_zh: str | None, name_en: str | None) -> list[str]:
    """Lookup keys, the English one first (it is the more stable across notices)."""
    keys: list[str] = []
    if name_en and (en := normalise_en(name_en)):
        keys.append(f"en:{en}")
    if name_zh and (zh := normalise_zh(name_zh)):
        keys.append(f"zh:{zh}")
    return keys


def query_keys(text: str) -> list[str]:
    """Keys a free-text name may match (a user typing either script)."""
    keys = name_keys(text, text)
    return list(dict.fromkeys(keys))


def find_entity(session: Session, keys: list[str]) -> Entity | None:
    for key in keys:
        row = session.get(EntityName, key)
        if row is not None:
            return session.get(Entity, row.entity_id)
    return None


def resolve_entity(session: Session, parsed: ParsedEntity) -> Entity:
    """The stored identity of ``parsed``, created on first sight; missing names and aliases are filled in."""
    keys = name_keys(parsed.name_zh, parsed.name_en)
    if not keys:
        raise ValueError("an entity with neither a Chinese nor an English name cannot be recorded")
    entity = find_entity(session, keys)
    if entity is None:
        entity = Entity(
            key=keys[0], name_zh=parsed.name_zh, name_en=parsed.name_en, country=parsed.country, kind=parsed.kind
        )
        session.add(entity)
        session.flush()
    else:
        changed = False
        if entity.name_zh is None and parsed.name_zh:
            entity.name_zh, changed = parsed.name_zh, True
        if entity.name_en is None and parsed.name_en:
            entity.name_en, changed = parsed.name_en, True
        if entity.country is None and parsed.country:
            entity.country, changed = parsed.country, True
        aliases = list(entity.aliases or [])
        for name in (parsed.name_zh, parsed.name_en):
            if name and name not in (entity.name_zh, entity.name_en) and name not in aliases:
                aliases.append(name)
        if aliases != list(entity.aliases or []):
            # A new list object: JSON columns are not mutation-tracked.
            entity.aliases, changed = aliases, True
        if changed:
            session.add(entity)
    assert entity.id is not None  # flushed above, or loaded from the database
    for key in keys:
        if session.get(EntityName, key) is None:
            session.add(EntityName(key=key, entity_id=entity.id))
    session.flush()
    return entity


def entities_exactly_named(session: Session, text: str) -> list[Entity]:
    """Entities one of whose printed names normalises exactly like ``text`` (either script)."""
    found: dict[int, Entity] = {}
    for key in query_keys(text):
        row = session.get(EntityName, key)
        if row is not None and row.entity_id not in found:
            entity = session.get(Entity, row.entity_id)
            if entity is not None:
                found[row.entity_id] = entity
    return list(found.values())


def entities_named(session: Session, text: str) -> list[Entity]:
    """Entities whose any printed name normalises like ``text`` (exact key match, either script), else whose
    name contains it."""
    found = {e.id: e for e in entities_exactly_named(session, text) if e.id is not None}
    if not found:
        needle = text.strip().casefold()
        for entity in session.exec(select(Entity)).all():
            names = [entity.name_zh, entity.name_en, *(entity.aliases or [])]
            if any(n and needle in n.casefold() for n in names) and entity.id is not None:
                found[entity.id] = entity
    return list(found.values())
