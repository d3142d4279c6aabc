"""Alert content from real facts: subject, entities in both scripts, measures, expiry, link, counterparty hits."""

from __future__ import annotations

from typing import Any

from notify_fixtures import *  # noqa: F403  (pytest fixtures)
from notify_helpers import announcement_from_facts, subscribe
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import SubscriptionSpec, plan
from policywatch.store import record, session_scope
from policywatch.store.models import Change, Counterparty, Delivery, Entity, Hit


def _record(engine: Engine, facts: dict[str, Any], *keys: str) -> None:
    with session_scope(engine) as session:
        for key in keys:
            announcement = announcement_from_facts(key, facts[key])
            assert announcement is not None
            record(session, announcement)


def test_listing_subject_and_body_from_the_uel_2025_7_facts(engine: Engine, facts: dict[str, Any]) -> None:
    subscribe(engine, SubscriptionSpec(name="team", channel="email"))
    _record(engine, facts, "uel-2025-007.txt")
    with session_scope(engine) as session:
        assert plan(session) == 1
        [row] = session.exec(select(Delivery)).all()
    assert row.subject == "[policywatch] UEL: 11 US entities added (UEL-2025-7), effective 2025-04-04"
    uel7 = facts["uel-2025-007.txt"]
    for entity in uel7["actions"][0]["entities"]:
        assert entity["name_zh"] in row.body_text and entity["name_en"] in row.body_text
        assert entity["name_zh"] in row.body_html
    for measure in uel7["actions"][0]["measures"]:
        assert measure in row.body_text and measure in row.body_html and measure in row.payload["slack"]
    assert f'<a href="{uel7["url"]}">' in row.body_html


def test_suspension_alert_states_the_last_day(engine: Engine, facts: dict[str, Any]) -> None:
    subscribe(engine, SubscriptionSpec(name="items", channel="email", lists=("ITEM",), events=("suspension",)))
    _record(engine, facts, "mofcom-2024-046.txt", "mofcom-2025-072.txt", "uel-2025-007.txt")
    with session_scope(engine) as session:
        assert plan(session) == 1  # the listing and the item control are filtered out
        [row] = session.exec(select(Delivery)).all()
    assert row.subject == ("[policywatch] ITEM: measures of MOFCOM-2024-46#2 suspended until 2026-11-27 "
                           "(MOFCOM-2025-72), effective 2025-11-09")
    assert "Suspended until: 2026-11-27" in row.body_text
    assert "Suspended until</th><td>2026-11-27" in row.body_html


def test_listing_alert_names_the_counterparties_that_match(engine: Engine, facts: dict[str, Any]) -> None:
    subscribe(engine, SubscriptionSpec(name="hits-only", channel="email", only_when_hit=True))
    with session_scope(engine) as session:
        session.add(Counterparty(id="C-0042", name="SKYDIO, INC"))
        session.add(Counterparty(id="C-0099", name="Nanjing Bakery Ltd"))
    _record(engine, facts, "uel-2025-007.txt", "uel-2025-005.txt")
    with session_scope(engine) as session:
        assert plan(session) == 1  # only UEL-2025-7 lists a counterparty of ours
        [row] = session.exec(select(Delivery)).all()
        hit = session.exec(select(Hit).where(Hit.counterparty_id == "C-0042")).one()
        entity = session.get(Entity, hit.entity_id)
        change = session.get(Change, row.change_id)
    assert change is not None and change.doc_id == "UEL-2025-7"
    assert entity is not None and entity.name_en == "Skydio Inc."
    assert row.subject.endswith("— 1 of your counterparties matches")
    assert row.payload["hit_ids"] == [hit.id]
    line = f"SKYDIO, INC (C-0042) ~ 斯凯迪奥公司 Skydio Inc.: score {hit.score:.2f}, hit #{hit.id}"
    assert line in row.body_text
    assert f"<td>hit #{hit.id}</td>" in row.body_html
