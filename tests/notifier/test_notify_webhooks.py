"""Alerts to Slack (apprise's real Slack plugin, webhook base pointed at a loopback sink) and json:// posts."""

from __future__ import annotations

import datetime as dt
import json

from notify_helpers import ent, listing, subscribe
from sqlalchemy.engine import Engine

from policywatch.notifier import SubscriptionSpec, deliver, plan
from policywatch.notifier.sender import AppriseSender
from policywatch.offline.sinks import HttpSink
from policywatch.store import record, session_scope


def test_slack_and_json_posts_carry_the_alert(engine: Engine, http: HttpSink, sender: AppriseSender) -> None:
    subscribe(engine, SubscriptionSpec(name="desk", channel="slack"), SubscriptionSpec(name="hook", channel="hook"))
    entities = [ent("斯凯迪奥公司", "Skydio Inc."), ent(None, "Evil <script>x</script> <!channel> LLC")]
    with session_scope(engine) as session:
        record(session, listing("UEL-2099-3", dt.date(2099, 4, 4), entities))
        assert plan(session) == 2
    report = deliver(engine, send=sender)
    assert len(report.sent) == 2, report.errors
    posts = {p.name.split("-")[0]: json.loads(p.read_text(encoding="utf-8")) for p in http.wait_for(2)}

    slack = posts["slack"]
    assert slack["path"] == "/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
    [attachment] = slack["body"]["attachments"]
    assert attachment["title"] == "[policywatch] UEL: 2 US entities added (UEL-2099-3), effective 2099-04-04"
    text = attachment["text"]
    assert "斯凯迪奥公司 — Skydio Inc." in text
    assert "<https://www.mofcom.gov.cn/zwgk/zcfb/art/test/UEL-2099-3.html|Official page>" in text
    # Scraped angle brackets reach Slack escaped: no tag, no @channel mention.
    assert "&lt;script&gt;" in text and "&lt;!channel&gt;" in text
    assert "<script>" not in text and "<!channel>" not in text

    hook = posts["webhook"]
    assert hook["path"] == "/hooks/json"
    assert hook["body"]["title"] == attachment["title"]
    assert "斯凯迪奥公司 — Skydio Inc." in hook["body"]["message"]
    assert "禁止上述企业从事与中国有关的进出口活动" in hook["body"]["message"]


def test_a_refused_slack_post_is_retried_with_backoff_and_sent_once(
    engine: Engine, http: HttpSink, sender: AppriseSender
) -> None:
    subscribe(engine, SubscriptionSpec(name="desk", channel="slack"))
    with session_scope(engine) as session:
        record(session, listing("UEL-2099-4", dt.date(2099, 4, 4), [ent("甲公司", "Alpha Inc.")]))
        plan(session)
    t0 = dt.datetime(2099, 4, 4, 8, 0)
    http.fail_next(1, status=500)
    first = deliver(engine, send=sender, now=t0)
    assert (len(first.sent), len(first.retrying)) == (0, 1)
    assert "500" in first.errors[0] and "XXXXXXXX" not in first.errors[0]  # the reason, never the token
    assert deliver(engine, send=sender, now=t0 + dt.timedelta(seconds=30)).attempted == 0  # backing off
    again = deliver(engine, send=sender, now=t0 + dt.timedelta(minutes=1))
    assert len(again.sent) == 1
    assert len(http.wait_for(1)) == 1
