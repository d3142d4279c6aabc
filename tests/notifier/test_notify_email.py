"""Alerts by email through a real SMTP server (aiosmtpd) on loopback, parsed back as MIME."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

from notify_helpers import ent, listing, subscribe
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import SubscriptionSpec, deliver, neutralize, plan
from policywatch.notifier.sender import AppriseSender
from policywatch.offline.sinks import SmtpSink
from policywatch.store import record, session_scope
from policywatch.store.models import Delivery

EVIL = "Evil <script>alert('x')</script> Corp."


def test_listing_alert_arrives_as_text_and_html_with_names_escaped(
    engine: Engine, smtp: SmtpSink, sender: AppriseSender
) -> None:
    subscribe(engine, SubscriptionSpec(name="team", channel="email"))
    entities = [ent("斯凯迪奥公司", "Skydio Inc."), ent("恶意公司", EVIL)]
    with session_scope(engine) as session:
        record(session, listing("UEL-2099-1", dt.date(2099, 4, 4), entities))
        assert plan(session) == 1

    report = deliver(engine, send=sender)
    assert len(report.sent) == 1, report.errors
    [eml] = smtp.wait_for(1)
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)

    assert message["Subject"] == "[policywatch] UEL: 2 US entities added (UEL-2099-1), effective 2099-04-04"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    for body in (text, html):
        assert "斯凯迪奥公司" in body and "Skydio Inc." in body
        assert "禁止上述企业从事与中国有关的进出口活动" in body
        assert "2099-04-04" in body
        assert "https://www.mofcom.gov.cn/zwgk/zcfb/art/test/UEL-2099-1.html" in body
    # The scraped name is text in HTML, never markup; the text part shows it with its angle brackets defused.
    assert "<script>" not in html
    assert "Evil &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Corp." in html
    assert neutralize.plain(EVIL) in text
    # The sink kept the HTML part beside the .eml, as the demo shows it.
    assert eml.with_suffix(".html").read_text(encoding="utf-8").splitlines() == html.splitlines()
    # The text part is our text template, not apprise's conversion of the HTML (which cuts a command or a table
    # row into one line per element).
    with session_scope(engine) as session:
        [delivery] = session.exec(select(Delivery)).all()
    assert text.strip().splitlines() == delivery.body_text.strip().splitlines()
    assert "Official page: https://www.mofcom.gov.cn/zwgk/zcfb/art/test/UEL-2099-1.html" in text.splitlines()


def test_planning_twice_plans_nothing_new_and_delivering_twice_sends_once(
    engine: Engine, smtp: SmtpSink, sender: AppriseSender
) -> None:
    subscribe(engine, SubscriptionSpec(name="team", channel="email"), SubscriptionSpec(name="us-only", channel="email",
                                                                                         countries=("JP",)))
    with session_scope(engine) as session:
        record(session, listing("UEL-2099-2", dt.date(2099, 5, 1), [ent("甲公司", "Alpha Inc.")]))
        first = plan(session)
    with session_scope(engine) as session:
        second = plan(session)
    assert (first, second) == (1, 0)  # the JP-only subscription does not hear about US entities

    assert len(deliver(engine, send=sender).sent) == 1
    assert deliver(engine, send=sender).attempted == 0
    smtp.wait_for(1)
    assert len(smtp.messages) == 1
    with session_scope(engine) as session:
        [row] = session.exec(select(Delivery)).all()
        assert (row.status, row.attempts, row.dedupe_key) == ("sent", 1, f"change:{row.change_id}:team:email")
        # The outbox holds the channel's name, never its URL.
        assert str(smtp.port) not in row.model_dump_json()
