"""Helpers of the notifier tests: facts → Announcements, test listings, the channels the fixtures point at."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from policywatch.cli import run
from policywatch.notifier.channels import Channel
from policywatch.notifier.subscriptions import SubscriptionSpec, sync_subscriptions
from policywatch.parsers.types import Action, Announcement, Entity
from policywatch.store import record, session_scope

CHANNELS = {
    "email": Channel("email", "PW_TEST_EMAIL_URL"),
    "slack": Channel("slack", "PW_TEST_SLACK_URL"),
    "hook": Channel("hook", "PW_TEST_JSON_URL"),
}


# The notifier tests record notices of 2024–2026 and expect an alert for each: their subscriptions hear about
# everything from this day on (nothing was true before it, so no starting-state message either).
ALL_HISTORY = dt.date(2000, 1, 1)


def subscribe(engine: Engine, *specs: SubscriptionSpec, since: dt.datetime | None = None) -> None:
    """Sync ``specs``; ``since`` (naive UTC) is when a new subscription counts as first seen (default: now).

    A spec without its own ``since`` hears about everything recorded (``ALL_HISTORY``).
    """
    full = [s if s.since is not None else dataclasses.replace(s, since=ALL_HISTORY) for s in specs]
    with session_scope(engine) as session:
        sync_subscriptions(session, full, now=since)


def ent(name_zh: str | None, name_en: str | None, country: str | None = "US") -> Entity:
    return Entity(name_zh=name_zh, name_en=name_en, country=country)


MEASURES = ("禁止上述企业从事与中国有关的进出口活动",)


def listing(doc_id: str, published: dt.date, entities: list[Entity], *, list_name: str = "UEL",
            measures: tuple[str, ...] = MEASURES, url: str | None = None) -> Announcement:
    return Announcement(
        doc_id=doc_id, number=None, issuer="不可靠实体清单工作机制", title=f"test notice {doc_id}", published=published,
        url=url or f"https://www.mofcom.gov.cn/zwgk/zcfb/art/test/{doc_id}.html",
        actions=(Action(kind="add", list=list_name, entities=tuple(entities), effective=published,  # type: ignore[arg-type]
                        measures=measures),),
        text_hash=hashlib.sha256(doc_id.encode()).hexdigest(),
    )


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def announcement_from_facts(key: str, fact: dict[str, Any]) -> Announcement | None:
    """An Announcement as the parser should produce it, from a facts.json entry and its ``known`` values."""
    fact = dict(fact)
    known = fact.get("known") or {}
    for field in ("number", "title", "published", "url"):
        if field in known and not fact.get(field):
            fact[field] = known[field]
    doc_id = fact.get("doc_id") or known.get("reports")
    if not doc_id:
        return None
    if doc_id.startswith("QA-"):
        # Spokesperson answers: the parser appends a short hash of the title (facts give the prefix only).
        doc_id = f"{doc_id}-{hashlib.sha256((key + (fact.get('title') or '')).encode()).hexdigest()[:8]}"
    actions = []
    for i, a in enumerate(fact["actions"]):
        entities = a["entities"] or known.get(f"actions[{i}].entities") or []
        effective = a.get("effective") or known.get(f"actions[{i}].effective")
        actions.append(Action(
            kind=a["kind"], list=a["list"],
            entities=tuple(Entity(e.get("name_zh"), e.get("name_en"), e.get("country"), e.get("kind", "organization"))
                           for e in entities),
            targets=tuple(a["targets"]), effective=_date(effective), until=_date(a["until"]),
            until_computed=bool(a["until_computed"]), measures=tuple(a["measures"]),
        ))
    return Announcement(
        doc_id=doc_id, number=fact.get("number"), issuer=fact.get("issuer"), title=fact.get("title"),
        published=_date(fact.get("published")), url=fact.get("url"), actions=tuple(actions),
        text_hash="facts:" + hashlib.sha256(key.encode()).hexdigest(),
    )


def record_keys(engine: Engine, facts: dict[str, Any], *keys: str) -> None:
    """The named notices of facts.json recorded, each as if crawled."""
    with session_scope(engine) as session:
        for key in keys:
            announcement = announcement_from_facts(key, facts[key])
            assert announcement is not None
            record(session, announcement)


def record_facts_in(session: Session, facts: dict[str, Any], *, only_without_text: bool = False) -> None:
    """Every notice of facts.json (or only those known without a text) recorded in ``session``."""
    for key, fact in facts.items():
        if only_without_text and fact["has_text"]:
            continue
        announcement = announcement_from_facts(key, fact)
        if announcement is not None:
            record(session, announcement)


def record_facts(engine: Engine, facts: dict[str, Any], *, only_without_text: bool = False) -> None:
    with session_scope(engine) as session:
        record_facts_in(session, facts, only_without_text=only_without_text)


def run_cli(db: Path, config: Path, *args: str, capsys: Any) -> tuple[int, str, str]:
    """``policywatch --db DB --config CONFIG ARGS`` in this process, exactly as the console script runs it:
    (exit code, stdout, stderr). ``capsys`` is pytest's fixture (this module stays importable without pytest)."""
    try:
        run(["--db", f"sqlite:///{db}", "--config", str(config), *args])
    except SystemExit as exit_info:
        code = int(exit_info.code or 0)
    else:
        raise AssertionError("the command returned without exiting")
    out = capsys.readouterr()
    return code, out.out, out.err
