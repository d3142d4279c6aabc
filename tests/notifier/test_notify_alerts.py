"""Alert content from real facts: subject, entities in both scripts, measures, expiry, link, counterparty hits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from notify_helpers import record_keys, subscribe
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import SubscriptionSpec, plan
from policywatch.parsers import parse_article
from policywatch.screening.hits import hits_for_change, rescreen_for_change
from policywatch.screening.review import record_review
from policywatch.store import record, session_scope
from policywatch.store.models import Change, Counterparty, Delivery, Entity, Hit


def test_listing_subject_and_body_from_the_uel_2025_7_facts(engine: Engine, facts: dict[str, Any]) -> None:
    subscribe(engine, SubscriptionSpec(name="team", channel="email"))
    record_keys(engine, facts, "uel-2025-007.txt")
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
    record_keys(engine, facts, "mofcom-2024-046.txt", "mofcom-2025-072.txt", "uel-2025-007.txt")
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
    record_keys(engine, facts, "uel-2025-007.txt", "uel-2025-005.txt")
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
    # Why it matched, by which rule: the hit's explanation (issue 19).
    assert hit.explanation.startswith("exact: ")
    assert f"why: {hit.explanation}" in row.body_text
    assert "<td>exact: &#39;SKYDIO, INC&#39;" in row.body_html


SITE = Path(__file__).resolve().parents[2] / "config" / "demo" / "site"


def _ingest_pages(engine: Engine, *urls: str) -> None:
    """Parse and record the replay site's article pages (our pages stating the public facts), as a crawl does."""
    with session_scope(engine) as session:
        for url in urls:
            page = SITE / url.split("://", 1)[1]
            record(session, parse_article(page.read_bytes(), url=url, content_type="text/html"), url=url)


def _alerts(engine: Engine) -> dict[str, Delivery]:
    with session_scope(engine) as session:
        plan(session)
        # One alert per notice here; the "read this notice" alert of a flagged notice is tested on its own.
        return {row.payload["doc_id"]: row for row in session.exec(select(Delivery)).all()
                if row.payload.get("change_kind") != "needs_review"}


def _hit_pairs(engine: Engine, row: Delivery) -> list[tuple[str, str, str]]:
    with session_scope(engine) as session:
        hits = [session.get(Hit, i) for i in row.payload["hit_ids"]]
        return sorted((h.counterparty_id, h.list_name, h.doc_id) for h in hits if h is not None)


def test_each_alert_carries_the_hits_of_its_own_list_also_when_raised_earlier(
    engine: Engine, facts: dict[str, Any]
) -> None:
    """Insitu is on ECL (MOFCOM-2025-22) and UEL (UEL-2025-7): each alert names the hit of its own listing, and
    the later UEL alert still reaches a hits-only subscriber although screening found nothing *new* by then."""
    subscribe(engine, SubscriptionSpec(name="hits-only", channel="email", only_when_hit=True))
    with session_scope(engine) as session:
        session.add(Counterparty(id="C-0002", name="Insitu Incorporated", aliases=["Insitu Inc"]))
        session.add(Counterparty(id="C-0001", name="SKYDIO, INC"))
    record_keys(engine, facts, "mofcom-2025-022.txt")
    ecl = _alerts(engine)["MOFCOM-2025-22"]
    assert _hit_pairs(engine, ecl) == [("C-0002", "ECL", "MOFCOM-2025-22")]
    assert ecl.subject.endswith("— 1 of your counterparties matches")
    assert "Skydio" not in ecl.body_text  # a counterparty of another notice is not in this one's alert

    # The UEL listing arrives later; Insitu's UEL hit may exist already (e.g. from an import screening).
    with session_scope(engine) as session:
        session.add(Hit(counterparty_id="C-0002", entity_id=session.get(Hit, ecl.payload["hit_ids"][0]).entity_id,
                        list_name="UEL", doc_id="UEL-2025-7", score=0.99))
    record_keys(engine, facts, "uel-2025-007.txt")
    uel = _alerts(engine)["UEL-2025-7"]
    assert _hit_pairs(engine, uel) == [("C-0001", "UEL", "UEL-2025-7"), ("C-0002", "UEL", "UEL-2025-7")]
    assert uel.subject.endswith("— 2 of your counterparties match")
    assert uel.body_text.count("Insitu Incorporated (C-0002)") == 1  # one row per counterparty × entity


def test_both_listings_recorded_before_planning_each_alert_gets_its_own_hits(
    engine: Engine, facts: dict[str, Any]
) -> None:
    subscribe(engine, SubscriptionSpec(name="hits-only", channel="email", only_when_hit=True))
    with session_scope(engine) as session:
        session.add(Counterparty(id="C-0002", name="Insitu Incorporated", aliases=["Insitu Inc"]))
    record_keys(engine, facts, "mofcom-2025-022.txt", "uel-2025-007.txt")
    alerts = _alerts(engine)
    assert _hit_pairs(engine, alerts["MOFCOM-2025-22"]) == [("C-0002", "ECL", "MOFCOM-2025-22")]
    assert _hit_pairs(engine, alerts["UEL-2025-7"]) == [("C-0002", "UEL", "UEL-2025-7")]


def test_dismissed_hits_stay_out_of_the_alert(engine: Engine, facts: dict[str, Any]) -> None:
    subscribe(engine, SubscriptionSpec(name="hits-only", channel="email", only_when_hit=True))
    with session_scope(engine) as session:
        session.add(Counterparty(id="C-0002", name="Insitu Incorporated"))
    record_keys(engine, facts, "mofcom-2025-022.txt")
    with session_scope(engine) as session:
        [change] = session.exec(select(Change).where(Change.doc_id == "MOFCOM-2025-22")).all()
        assert [h.list_name for h in rescreen_for_change(session, change)] == ["ECL"]
        [hit] = hits_for_change(session, change)
        record_review(session, hit.id or 0, "dismiss", "tester", "another Insitu", dt.datetime(2026, 12, 1, 1, 0))
        assert rescreen_for_change(session, change) == [] and hits_for_change(session, change) == []
        assert plan(session) == 0  # hits-only: nothing left to alert on


def test_an_announced_listing_without_names_says_so(engine: Engine) -> None:
    subscribe(engine, SubscriptionSpec(name="team", channel="email"))
    _ingest_pages(engine, "http://exportcontrol.mofcom.gov.cn/article/gndt/202510/1179.html")
    [(doc_id, row)] = _alerts(engine).items()
    assert doc_id.startswith("QA-2025-10-14-")
    assert row.subject == f"[policywatch] CML: 5 entities announced, names not in the text ({doc_id})"
    assert row.subject.count(doc_id) == 1
    for body in (row.body_text, row.body_html):
        assert "The notice announces 5 entities, but their names are not in its text." in body
        assert "Parser warning: add CML: the text states 5 entities, 0 found" in body


def test_item_control_and_clause_suspension_say_what_they_restrict(engine: Engine, facts: dict[str, Any]) -> None:
    subscribe(engine, SubscriptionSpec(name="items", channel="email", lists=("ITEM",)))
    _ingest_pages(engine, facts["mofcom-2024-046.txt"]["url"], facts["mofcom-2025-072.txt"]["url"])
    alerts = _alerts(engine)
    control, suspension = alerts["MOFCOM-2024-46"], alerts["MOFCOM-2025-72"]
    title = facts["mofcom-2024-046.txt"]["known"]["title"]
    measures = facts["mofcom-2024-046.txt"]["actions"][0]["measures"]
    assert control.subject == f"[policywatch] ITEM: new control: {title} (MOFCOM-2024-46), effective 2024-12-03"
    for measure in measures:
        assert measure in control.body_text and measure in control.body_html
    # The suspension cites clause 2 of the control: the alert quotes it.
    assert f'Clause 2: "{measures[1]}"' in suspension.body_text
    assert f"Clause 2: “{measures[1]}”" in suspension.body_html and title in suspension.body_html


def test_a_notice_that_needs_review_alerts_read_this_notice(engine: Engine) -> None:
    subscribe(engine, SubscriptionSpec(name="team", channel="email"))
    _ingest_pages(engine, "http://exportcontrol.mofcom.gov.cn/article/gndt/202510/1179.html")
    with session_scope(engine) as session:
        plan(session)
        [row] = [r for r in session.exec(select(Delivery)).all() if r.payload.get("change_kind") == "needs_review"]
    assert row.subject.startswith("[policywatch] CML: read this notice: policywatch could not read its measures")
    for body in (row.body_text, row.body_html):
        assert "add CML: the text states 5 entities, 0 found" in body
        assert "http://exportcontrol.mofcom.gov.cn/article/gndt/202510/1179.html" in body
        assert "notices confirm" in body


def test_heading_and_subject_agree_when_one_counterparty_matches_twice(
    engine: Engine, facts: dict[str, Any]
) -> None:
    """A counterparty known under two listed names is one counterparty with two hits: the subject counts
    counterparties, and the body's heading says both counts, so neither seems to contradict the other."""
    subscribe(engine, SubscriptionSpec(name="hits-only", channel="email", only_when_hit=True))
    with session_scope(engine) as session:
        session.add(Counterparty(id="C-0042", name="SKYDIO, INC", aliases=["Insitu Incorporated"]))
    record_keys(engine, facts, "uel-2025-007.txt")
    with session_scope(engine) as session:
        assert plan(session) == 1
        [row] = session.exec(select(Delivery)).all()
    assert len(row.payload["hit_ids"]) == 2
    assert row.subject.endswith("— 1 of your counterparties matches")
    assert "YOUR COUNTERPARTIES THAT MATCH (1 counterparty, 2 hits):" in row.body_text
    assert "Your counterparties that match (1 counterparty, 2 hits)" in row.body_html
    assert "Your counterparties that match (1 counterparty, 2 hits):" in row.payload["slack"]
