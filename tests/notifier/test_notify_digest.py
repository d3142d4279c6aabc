"""The weekly digest: a skipped week is caught up, nothing is reported twice, empty digests only on request."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from typing import Any

from notify_helpers import ent, listing, record_facts_in, subscribe
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import SubscriptionSpec, build_digest, deliver, enqueue_digest
from policywatch.notifier.sender import AppriseSender
from policywatch.offline.sinks import SmtpSink
from policywatch.screening.hits import screen_all
from policywatch.store import record, session_scope
from policywatch.store.models import Change, Counterparty, Delivery, Source

MONDAY = dt.datetime(2099, 3, 2, 1, 0)  # 09:00 in Beijing
WEEK = dt.timedelta(days=7)


def _listing_at(engine: Engine, doc_id: str, when: dt.datetime, list_name: str = "UEL") -> None:
    with session_scope(engine) as session:
        result = record(session, listing(doc_id, when.date(), [ent("测试公司", f"{doc_id} Test Co.")],
                                         list_name=list_name))
        session.execute(update(Change).where(Change.id.in_(result.change_ids)).values(created_at=when))  # type: ignore[union-attr]


def _digest_email(engine: Engine, sub: SubscriptionSpec, now: dt.datetime, sender: AppriseSender) -> bool:
    with session_scope(engine) as session:
        queued = enqueue_digest(session, build_digest(session, sub, now=now)) is not None
    if queued:
        assert len(deliver(engine, send=sender, now=now).sent) == 1
    return queued


def _doc_ids(text: str) -> list[str]:
    return sorted(set(re.findall(r"(?:UEL|MOFCOM)-2099-\d+", text)))


def test_a_skipped_week_is_caught_up_and_nothing_is_sent_twice(
    engine: Engine, smtp: SmtpSink, sender: AppriseSender
) -> None:
    sub = SubscriptionSpec(name="team", channel="email")
    subscribe(engine, sub)
    _listing_at(engine, "UEL-2099-11", MONDAY - WEEK + dt.timedelta(days=2))          # week 1
    _listing_at(engine, "UEL-2099-12", MONDAY + dt.timedelta(days=1))                  # week 2
    _listing_at(engine, "MOFCOM-2099-13", MONDAY + dt.timedelta(days=3), "ECL")        # week 2
    _listing_at(engine, "UEL-2099-14", MONDAY + WEEK + dt.timedelta(days=4))           # week 3

    assert _digest_email(engine, sub, MONDAY, sender)  # end of week 1
    # End of week 2: the scheduler was down, no digest ran.
    assert _digest_email(engine, sub, MONDAY + 2 * WEEK, sender)  # end of week 3

    first, second = (email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in smtp.wait_for(2))
    first_text = first.get_body(preferencelist=("plain",)).get_content()
    second_text = second.get_body(preferencelist=("plain",)).get_content()
    assert _doc_ids(first_text) == ["UEL-2099-11"]
    assert _doc_ids(second_text) == ["MOFCOM-2099-13", "UEL-2099-12", "UEL-2099-14"]
    assert "weekly digest 2099-03-02 09:00 – 2099-03-16 09:00: 3 changes" in second["Subject"]
    # Grouped by list: the ECL change under its own heading, after the UEL ones.
    html = second.get_body(preferencelist=("html",)).get_content()
    assert html.index("Unreliable Entity List") < html.index("MOFCOM-2099-13")
    assert html.index("Export Control Control List") < html.index("MOFCOM-2099-13")

    with session_scope(engine) as session:
        covered = [d.payload["change_ids"] for d in session.exec(select(Delivery).order_by(Delivery.id)).all()]
        every = session.exec(select(Change.id)).all()
    assert len(covered) == 2 and not set(covered[0]) & set(covered[1])
    assert sorted(covered[0] + covered[1]) == sorted(every)

    # Asking again at the same time changes nothing: the window is empty and the key is taken.
    with session_scope(engine) as session:
        again = build_digest(session, sub, now=MONDAY + 2 * WEEK)
        assert again.change_ids == [] and not again.should_send
        assert enqueue_digest(session, again) is None


def test_empty_digests_are_sent_only_when_asked_and_source_trouble_is_news(engine: Engine) -> None:
    quiet = SubscriptionSpec(name="quiet", channel="email")
    chatty = SubscriptionSpec(name="chatty", channel="email", send_empty_digest=True)
    with session_scope(engine) as session:
        assert not build_digest(session, quiet, now=MONDAY).should_send
        assert build_digest(session, chatty, now=MONDAY).should_send
        session.add(Source(name="customs-zxwj", last_outcome="challenge", consecutive_failures=3,
                           last_success_at=MONDAY - 3 * WEEK))
        session.flush()
        digest = build_digest(session, quiet, now=MONDAY)
        assert digest.should_send
        assert digest.sources[0]["status"] == "failing (challenge)"
        assert "customs-zxwj: failing (challenge)" in digest.render().text


def test_since_overrides_the_window_and_list_filters_apply(engine: Engine) -> None:
    ecl_only = SubscriptionSpec(name="ecl", channel="email", lists=("ECL",))
    _listing_at(engine, "UEL-2099-21", MONDAY - dt.timedelta(days=20))
    _listing_at(engine, "MOFCOM-2099-22", MONDAY - dt.timedelta(days=20), "ECL")
    with session_scope(engine) as session:
        assert build_digest(session, ecl_only, now=MONDAY).change_ids == []  # older than the default week
        wide = build_digest(session, ecl_only, now=MONDAY, since=MONDAY - 4 * WEEK)
        assert [c["doc_id"] for c in wide.to_json()["changes"] if c["list"] == "ECL"] == ["MOFCOM-2099-22"]
        assert wide.to_json()["by_list"] == {"ECL": 1}


DEMO_DAY = dt.datetime(2026, 11, 20, 1, 0)  # 09:00 in Beijing
ENDED_2026_11_10 = {"UEL-2025-7", "MOFCOM-2025-21", "MOFCOM-ORDER-2025-6", "MOFCOM-2025-55", "MOFCOM-2025-56",
                    "MOFCOM-2025-57", "MOFCOM-2025-58", "MOFCOM-2025-61", "MOFCOM-2025-62"}


def test_digest_puts_what_needs_action_first(engine: Engine, facts: dict[str, Any]) -> None:
    sub = SubscriptionSpec(name="team", channel="email")
    subscribe(engine, sub, since=DEMO_DAY)
    with session_scope(engine) as session:
        record_facts_in(session, facts)
        session.execute(update(Change).values(created_at=DEMO_DAY - dt.timedelta(days=1)))
        session.add(Counterparty(id="C-0001", name="SKYDIO, INC"))
        session.add(Source(name="customs-zxwj", last_outcome="challenge", consecutive_failures=2,
                           last_error="HTTP 412 with a JS cookie page", last_success_at=None))
        session.add(Source(name="mofcom-gg", last_outcome="ok", last_success_at=DEMO_DAY - dt.timedelta(hours=1)))
        session.flush()
        screen_all(session, as_of=DEMO_DAY.date())
        digest = build_digest(session, sub, now=DEMO_DAY)
        rendered = digest.render()
        assert enqueue_digest(session, digest) is not None
    html, text = rendered.html, rendered.text
    order = ["Suspensions ending in the next 30 days", "Counterparty hits awaiting review",
             "Sources failing or silent", "Suspensions ended with no follow-up notice seen", "Changes by list"]
    for body in (html, text):
        # After the subject and the at-a-glance box, which count the same things in the same words.
        start = body.find("<h2") if body is html else body.find("\n\n", body.find("AT A GLANCE"))
        at = [body.upper().index(heading.upper(), start) for heading in order]
        assert at == sorted(at), body
    assert "Source health" not in html and "SOURCE HEALTH" not in text  # one sources section, not two
    assert "Changes recorded 2026-11-13 09:00 Beijing time to 2026-11-20 09:00 Beijing time" in html
    # What is ending: MOFCOM-2024-46 clause 2, quoted.
    clause_2 = facts["mofcom-2024-046.txt"]["actions"][0]["measures"][1]
    assert [(s["target"], s["until"], s["clause"]) for s in digest.ending_soon] == [
        ("MOFCOM-2024-46#2", "2026-11-27", clause_2)]
    assert clause_2 in html and clause_2 in text
    # A new subscription's first digest lists the suspensions that ended without follow-up (no late reminders).
    assert {s["target"] for s in digest.ended_no_follow_up} == ENDED_2026_11_10
    assert [h["counterparty_id"] for h in digest.hits_awaiting_review] == ["C-0001"]
    assert "customs-zxwj" in html and "HTTP 412 with a JS cookie page" in html and "1 of 2 source(s) OK" in html
    # Changes: newest effective date first within a list; long entity lists collapsed.
    assert html.index("(MOFCOM-2026-11)") < html.index("(MOFCOM-2025-22)") < html.index("(MOFCOM-2025-1)")
    assert "11 US entities added (UEL-2025-7), effective 2025-04-04" in html and "and 8 more" in html
    title_46 = facts["mofcom-2024-046.txt"]["known"]["title"]
    assert f"new control: {title_46} (MOFCOM-2024-46)" in html
    assert "control MOFCOM-2024-46 (ITEM)" not in html + text  # the store's raw summary is not what people read

    with session_scope(engine) as session:
        later = build_digest(session, sub, now=DEMO_DAY + WEEK)
    assert later.ended_no_follow_up == []  # reported once


def test_every_hit_awaiting_review_appears_with_its_id(engine: Engine) -> None:
    """One counterparty matching one entity listed on two lists is two hits to review, not one row."""
    sub = SubscriptionSpec(name="team", channel="mail")
    company = ent("双列公司", "Twice Listed Industries Co.")
    with session_scope(engine) as session:
        record(session, listing("UEL-2099-1", MONDAY.date() - dt.timedelta(days=3), [company], list_name="UEL"))
        record(session, listing("MOFCOM-2099-2", MONDAY.date() - dt.timedelta(days=2), [company], list_name="ECL"))
        session.add(Counterparty(id="C-0042", name="Twice Listed Industries Co."))
        session.flush()
        hits = screen_all(session, as_of=MONDAY.date())
        assert sorted(h.list_name for h in hits) == ["ECL", "UEL"]
        digest = build_digest(session, sub, now=MONDAY)
    shown = digest.to_json()["hits_awaiting_review"]
    assert sorted((h["hit_id"], h["list"]) for h in shown) == sorted((h.id, h.list_name) for h in hits)
    assert f"{len(hits)} hits to review" in digest.subject()
