"""Issue 15 item 4: hits are news. An import that creates a hit alerts the subscriptions that want hits, through
real sinks; a re-import alerts nobody; an ``only_when_hit`` subscription hears later changes about its hits."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
from pathlib import Path
from typing import Any

from notify_helpers import record_keys, subscribe
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import SubscriptionSpec, plan
from policywatch.notifier.outbox import deliver
from policywatch.notifier.sender import AppriseSender
from policywatch.offline.sinks import HttpSink, SmtpSink
from policywatch.screening.counterparties import CounterpartyRow
from policywatch.screening.hits import import_counterparties
from policywatch.store import session_scope
from policywatch.store.models import Change, Delivery

NOW = dt.datetime(2026, 12, 1, 2, 0)  # naive UTC: 2026-12-01 10:00 Beijing
SKYDIO = CounterpartyRow(2, "C-0001", "Skydio Inc")


def _import(engine: Engine, *rows: CounterpartyRow, now: dt.datetime = NOW) -> list[int]:
    with session_scope(engine) as session:
        report = import_counterparties(session, list(rows), now=now)
        return [h.id or 0 for h in report.hits]


def _plan_and_send(engine: Engine, sender: AppriseSender, now: dt.datetime = NOW) -> int:
    with session_scope(engine) as session:
        planned = plan(session, now=now, workspace_url="https://pw.example.org/")
    report = deliver(engine, send=sender, now=now)
    assert report.failed == [] and report.retrying == []
    return planned


def _body(path: Path) -> str:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def test_importing_skydio_delivers_one_hit_alert_and_a_reimport_none(
    engine: Engine, facts: dict[str, Any], smtp: SmtpSink, sender: AppriseSender
) -> None:
    subscribe(engine, SubscriptionSpec(name="hits", channel="email", events=("hit",)))
    record_keys(engine, facts, "uel-2025-007.txt")
    assert _plan_and_send(engine, sender) == 0  # a listing matching nobody is not for an events: [hit] subscription
    [hit_id] = _import(engine, SKYDIO)
    with session_scope(engine) as session:
        [change] = session.exec(select(Change).where(Change.kind == "hit")).all()
        assert change.payload["hit_id"] == hit_id and change.payload["origin"] == "import"
    assert _plan_and_send(engine, sender) == 1
    [mail] = smtp.wait_for(1)
    received = _body(mail)  # what the SMTP server got (apprise's text rendering of the HTML part)
    subject = email.message_from_bytes(mail.read_bytes(), policy=email.policy.default)["Subject"]
    assert f"hit #{hit_id}" in subject and "Skydio Inc (C-0001)" in subject
    for fact in ("Skydio Inc (C-0001)", "斯凯迪奥公司 — Skydio Inc.", "listed — the listing's measures are in force",
                 "禁止上述企业在中国境内新增投资", f"policywatch review {hit_id} --confirm|--dismiss",
                 f"https://pw.example.org/hits/{hit_id}"):
        assert fact in received
    with session_scope(engine) as session:
        text = session.exec(select(Delivery.body_text).where(Delivery.subscription == "hits")).one()
    assert "Counterparty: Skydio Inc (C-0001)" in text
    assert "斯凯迪奥公司 — Skydio Inc." in text  # the listed entity, both scripts
    assert "Unreliable Entity List (不可靠实体清单)" in text
    assert "Status today (2026-12-01): listed — the listing's measures are in force [measures in force]" in text
    assert "禁止上述企业从事与中国有关的进出口活动" in text and "禁止上述企业在中国境内新增投资" in text
    assert "Listed by: UEL-2025-7" in text and facts["uel-2025-007.txt"]["url"] in text
    assert "score 1.00" in text and "same name after normalisation" in text
    assert f"policywatch review {hit_id} --confirm|--dismiss" in text
    assert f"https://pw.example.org/hits/{hit_id}" in text
    # The same counterparty again: no new hit, no new change, nothing sent.
    assert _import(engine, SKYDIO) == []
    with session_scope(engine) as session:
        assert len(session.exec(select(Change).where(Change.kind == "hit")).all()) == 1
    assert _plan_and_send(engine, sender) == 0
    assert len(smtp.messages) == 1


def test_a_hit_found_by_screening_a_listing_is_told_once(
    engine: Engine, facts: dict[str, Any], smtp: SmtpSink, sender: AppriseSender
) -> None:
    """The listing's alert carries the hit; the hit's own change reaches only those that did not get that alert."""
    subscribe(engine, SubscriptionSpec(name="team", channel="email"),
              SubscriptionSpec(name="hits", channel="slack", events=("hit",)))
    _import(engine, SKYDIO)  # nothing listed yet: no hit
    record_keys(engine, facts, "uel-2025-007.txt")
    assert _plan_and_send(engine, sender) == 2  # team: the listing (with the hit); hits: the hit
    with session_scope(engine) as session:
        rows = {(d.subscription, d.payload["change_kind"]) for d in session.exec(select(Delivery)).all()}
    assert rows == {("team", "listing"), ("hits", "hit")}


def test_only_when_hit_hears_the_later_suspension_of_its_hit(
    engine: Engine, facts: dict[str, Any], http: HttpSink, sender: AppriseSender
) -> None:
    subscribe(engine, SubscriptionSpec(name="mine", channel="hook", only_when_hit=True))
    record_keys(engine, facts, "uel-2025-007.txt", "uel-2025-008.txt")
    assert _plan_and_send(engine, sender) == 0  # no counterparty of ours yet: nothing for this subscription
    _import(engine, SKYDIO)
    assert _plan_and_send(engine, sender) == 1  # the hit itself
    record_keys(engine, facts, "qa-2025-05-14-uel-suspension.txt")  # suspends UEL-2025-7 and UEL-2025-8
    assert _plan_and_send(engine, sender, NOW + dt.timedelta(hours=1)) == 1  # only the one touching Skydio
    posts = http.inbox.wait_for(2, 10)
    bodies = [json.loads(p.read_text(encoding="utf-8"))["body"] for p in posts]
    text = json.dumps(bodies[1], ensure_ascii=False)
    assert "measures of UEL-2025-7 suspended until 2025-08-12" in text
    assert "Skydio Inc (C-0001)" in text
    assert "this suspension ended; no follow-up notice seen" in text  # its status today, 2026-12-01
