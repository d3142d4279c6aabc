"""What the notifier's outputs say (issue 15 item 9): one digest a week, reminders that name their subscription,
counts that agree with themselves and their nouns, calendar events that say what ends, email dated by the clock
that wrote it."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import icalendar
import pytest
from notify_helpers import CHANNELS, ent, listing, record_facts, run_cli, subscribe
from sqlalchemy import update
from sqlalchemy.engine import Engine

from policywatch.notifier import SubscriptionSpec, build_digest, deliver, enqueue_digest
from policywatch.notifier.exports import calendar_ics, changes_rss
from policywatch.notifier.jobs import queue_digests
from policywatch.notifier.sender import AppriseSender
from policywatch.offline.sinks import SmtpSink
from policywatch.store import record, session_scope
from policywatch.store.health import record_outcome
from policywatch.store.models import Change

MONDAY = dt.datetime(2099, 3, 2, 1, 0)  # 09:00 in Beijing, a Monday
DAY = dt.timedelta(days=1)


def _listing_at(engine: Engine, doc_id: str, when: dt.datetime, names: int = 1) -> None:
    with session_scope(engine) as session:
        entities = [ent(f"测试公司{i}", f"{doc_id} Test Co. {i}") for i in range(names)]
        result = record(session, listing(doc_id, when.date(), entities))
        session.execute(update(Change).where(Change.id.in_(result.change_ids)).values(created_at=when))  # type: ignore[union-attr]


# -- the digest: once a week --------------------------------------------------------------------------------


def test_a_second_digest_in_the_same_week_is_not_queued(engine: Engine) -> None:
    sub = SubscriptionSpec(name="team", channel="email", send_empty_digest=True)
    subscribe(engine, sub)
    _listing_at(engine, "UEL-2099-31", MONDAY - 2 * DAY)
    with session_scope(engine) as session:
        [(first, queued)] = queue_digests(session, [sub], now=MONDAY)
        assert queued and first.change_ids
    # Later the same week, with standing news (a failing source) but nothing new since: no second digest.
    with session_scope(engine) as session:
        record_outcome(session, "customs-zxwj", "error", "HTTP 500", now=MONDAY + DAY)
    with session_scope(engine) as session:
        [(again, queued)] = queue_digests(session, [sub], now=MONDAY + 2 * DAY)
        assert not queued and not again.should_send
        assert again.to_json()["not_sent_because"] == (
            "a digest was already sent to team this week (covering up to 2099-03-02 09:00 Beijing time); "
            "what happened since goes in next week's digest")
    # Next week: sent again, with what happened since the first one.
    with session_scope(engine) as session:
        [(next_week, queued)] = queue_digests(session, [sub], now=MONDAY + 7 * DAY)
        assert queued and next_week.to_json()["not_sent_because"] is None
        assert next_week.source_events  # the failure of the Tuesday is in it


def _config(folder: Path, subscriptions: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "channels.yml").write_text("channels:\n  mail:\n    env: PW_OUT_MAIL_URL\n", encoding="utf-8")
    (folder / "subscriptions.yml").write_text(subscriptions, encoding="utf-8")
    return folder




def test_digest_send_twice_sends_one_digest_and_says_why(
    engine: Engine, db_path: Path, tmp_path: Path, smtp: SmtpSink, facts: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    record_facts(engine, facts)
    config = _config(tmp_path / "cfg", "subscriptions:\n  - name: team\n    channel: mail\n"
                                        "    send_empty_digest: true\n")
    monkeypatch.setenv("PW_OUT_MAIL_URL", smtp.apprise_url())
    code, out, err = run_cli(db_path, config, "digest", "--send", "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["sent_to"] == ["team"]
    smtp.wait_for(1)
    # Two runs are milliseconds apart; they are in one week unless a Beijing Monday 00:00 falls between them.
    code, out, err = run_cli(db_path, config, "digest", "--send", "--json", capsys=capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["sent_to"] == [] and data["not_sent"] == [
        {"subscription": "team", "reason": data["not_sent"][0]["reason"]}]
    assert "already sent to team this week" in data["not_sent"][0]["reason"]
    assert err.count("\n") == 1 and "team" in err and "already sent" in err and "nothing sent" in err
    code, out, err = run_cli(db_path, config, "digest", "--send", capsys=capsys)
    assert code == 0 and "0 digest(s) queued" in out and "already sent to team this week" in err
    assert len(smtp.messages) == 1


def test_the_digest_subject_counts_what_its_summary_box_counts(engine: Engine) -> None:
    sub = SubscriptionSpec(name="team", channel="email")
    subscribe(engine, sub)
    _listing_at(engine, "UEL-2099-41", MONDAY - 2 * DAY)
    _listing_at(engine, "UEL-2099-42", MONDAY - DAY)
    with session_scope(engine) as session:  # a source event is a change too, but not a list change
        record_outcome(session, "customs-zxwj", "challenge", "HTTP 412", now=MONDAY - DAY)
    with session_scope(engine) as session:
        digest = build_digest(session, sub, now=MONDAY)
        text = digest.render().text
    subject_count = re.search(r": (\d+) changes?\b", digest.subject())
    box = re.search(r"AT A GLANCE\n(.*?)\n\n", text, re.S)
    assert subject_count and box, (digest.subject(), text)
    box_count = re.search(r"(\d+) list change", box.group(1))
    assert box_count and subject_count.group(1) == box_count.group(1) == "2", (digest.subject(), box.group(1))
    for pattern in (r"(\d+) sources? (?:needs? attention|failing or silent)",
                    r"(\d+) suspensions? ending", r"(\d+) (?:counterparty )?hits?\b"):
        in_subject, in_box = re.search(pattern, digest.subject()), re.search(pattern, box.group(1))
        assert (in_subject.group(1) if in_subject else "0") == in_box.group(1), pattern  # type: ignore[union-attr]


# -- reminders name their subscription ------------------------------------------------------------------------


def test_reminders_name_the_subscription_on_each_line(
    engine: Engine, db_path: Path, tmp_path: Path, facts: dict[str, Any], capsys: pytest.CaptureFixture[str],
) -> None:
    record_facts(engine, facts)
    config = _config(tmp_path / "cfg", "subscriptions:\n"
                                        "  - name: items-desk\n    channel: mail\n    lists: [ITEM]\n"
                                        "    reminder_offsets: [7]\n    since: 2000-01-01\n"
                                        "  - name: all-desk\n    channel: mail\n    reminder_offsets: [7]\n"
                                        "    since: 2000-01-01\n")
    code, out, err = run_cli(db_path, config, "reminders", "--on", "2026-11-20", capsys=capsys)
    assert code == 0, err
    lines = [line for line in out.splitlines() if "MOFCOM-2024-46#2" in line]
    assert sorted(line.split(":", 1)[0] for line in lines) == ["all-desk", "items-desk"], out
    assert all(re.match(r"[\w-]+: \[policywatch\] ", line) for line in out.splitlines()), out


# -- plural and singular ---------------------------------------------------------------------------------------


def test_one_entity_is_an_entity_in_the_feed(engine: Engine) -> None:
    _listing_at(engine, "UEL-2099-51", MONDAY, names=1)
    _listing_at(engine, "UEL-2099-52", MONDAY, names=2)
    with session_scope(engine) as session:
        feed = changes_rss(session).decode("utf-8")
    texts = [t.text or "" for t in ET.fromstring(feed).iter() if t.tag in ("title", "description")]
    assert any("add 1 entity " in t for t in texts) and any("add 2 entities " in t for t in texts), texts
    assert not any(re.search(r"\b1 entities\b|\.\.", t) for t in texts), texts


# -- calendar events say what ends ------------------------------------------------------------------------------


def test_calendar_summaries_name_the_list_what_is_suspended_and_the_last_day(
    engine: Engine, facts: dict[str, Any]
) -> None:
    record_facts(engine, facts)
    with session_scope(engine) as session:
        calendar = icalendar.Calendar.from_ical(calendar_ics(session, now=MONDAY))
    summaries = [str(e["summary"]) for e in calendar.walk("VEVENT")]
    assert summaries
    for summary in summaries:
        assert re.search(r"\b20\d\d-\d\d-\d\d\b", summary) and re.match(r"(UEL|ECL|CML|ITEM)\b", summary), summary
        assert not re.fullmatch(r"Last day of suspension: \S+ \(\w+\)", summary), summary
    uel = [s for s in summaries if s.startswith("UEL") and "2026-11-10" in s]
    assert uel and "Skydio" in uel[0] and "more" in uel[0], uel  # the entities, not the doc_id alone
    clause = [s for s in summaries if "MOFCOM-2024-46#2" in s]
    assert clause and "2026-11-27" in clause[0] and "clause 2" in clause[0], clause
    title_46 = next(f["title"] or f["known"]["title"] for f in facts.values() if f.get("doc_id") == "MOFCOM-2024-46")
    assert title_46[:12] in clause[0], (title_46, clause)
    # A suspended notice policywatch has not recorded is named as such, not as a bare id.
    unrecorded = [s for s in summaries if "MOFCOM-2025-55" in s]
    assert unrecorded and "not recorded" in unrecorded[0], unrecorded


# -- email is dated by the clock that sends it ------------------------------------------------------------------


def test_email_date_header_follows_the_injected_clock(engine: Engine, smtp: SmtpSink,
                                                     environ: dict[str, str]) -> None:
    sub = SubscriptionSpec(name="team", channel="email")
    subscribe(engine, sub)
    _listing_at(engine, "UEL-2099-61", MONDAY - DAY)
    with session_scope(engine) as session:
        assert enqueue_digest(session, build_digest(session, sub, now=MONDAY)) is not None
    now = MONDAY + dt.timedelta(minutes=5)
    report = deliver(engine, clock=lambda: now, send=AppriseSender(CHANNELS, environ, clock=lambda: now))
    assert len(report.sent) == 1, report.to_json()
    [eml] = smtp.wait_for(1)
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert len(message.get_all("Date") or []) == 1
    sent_at = email.utils.parsedate_to_datetime(message["Date"])
    assert sent_at == now.replace(tzinfo=dt.UTC), message["Date"]
    assert "+0800" in message["Date"]  # shown in Beijing time, as every time policywatch prints

