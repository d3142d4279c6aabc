"""Reminders before a suspension ends, once per subscription, late when missed, and the day after it ends."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
from pathlib import Path
from typing import Any

import pytest
from notify_helpers import record_facts, run_cli, subscribe
from sqlalchemy.engine import Engine

from policywatch.notifier import SubscriptionSpec, deliver, due_reminders, enqueue_reminder
from policywatch.notifier.reminders import render_reminder
from policywatch.notifier.sender import AppriseSender
from policywatch.offline.sinks import SmtpSink
from policywatch.store import session_scope

ENDED_2026_11_10 = {"UEL-2025-7", "MOFCOM-2025-21", "MOFCOM-ORDER-2025-6", "MOFCOM-2025-55", "MOFCOM-2025-56",
                    "MOFCOM-2025-57", "MOFCOM-2025-58", "MOFCOM-2025-61", "MOFCOM-2025-62"}




def test_cli_after_ingest_of_every_text_reminds_t7_and_reports_ended_suspensions(
    engine: Engine, db_path: Path, tmp_path: Path, text_files: list[Path], facts: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = tmp_path / "config"  # no subscriptions: one reminder per suspension, subscription null
    config.mkdir()
    code, _, err = run_cli(db_path, config, "ingest", *map(str, text_files), capsys=capsys)
    assert code == 0, err
    record_facts(engine, facts, only_without_text=True)  # the events known without a text (facts.json)

    code, out, err = run_cli(db_path, config, "reminders", "--on", "2026-11-20", "--json", capsys=capsys)
    assert code == 0, err
    [clause] = [r for r in json.loads(out) if r["target"] == "MOFCOM-2024-46#2"]
    assert {k: clause[k] for k in ("list", "until", "offset_days", "kind", "late", "subscription")} == {
        "list": "ITEM", "until": "2026-11-27", "offset_days": 7, "kind": "before_end", "late": False,
        "subscription": None}
    assert clause["suspended_by"]

    code, out, err = run_cli(db_path, config, "reminders", "--on", "2026-11-11", "--json", capsys=capsys)
    assert code == 0, err
    ended = [r for r in json.loads(out) if r["kind"] == "ended_no_follow_up"]
    assert {r["target"] for r in ended} == ENDED_2026_11_10
    assert {(r["until"], r["offset_days"], r["late"]) for r in ended} == {("2026-11-10", -1, False)}
    # Superseded suspensions (continued by a later notice) never end "without follow-up".
    assert all(r["target"] != "UEL-2025-8" for r in ended)

    code, out, _ = run_cli(db_path, config, "reminders", "--on", "2026-11-11", capsys=capsys)
    assert code == 0 and "suspension of MOFCOM-2025-21 ended 2026-11-10; no follow-up notice seen" in out


@pytest.fixture
def recorded(engine: Engine, facts: dict[str, Any]) -> Engine:
    record_facts(engine, facts)
    return engine


def test_each_offset_once_per_subscription_and_a_missed_one_is_sent_late(recorded: Engine) -> None:
    team = SubscriptionSpec(name="team", channel="email")
    desk = SubscriptionSpec(name="desk", channel="slack", lists=("ITEM",), reminder_offsets=(7, 1))
    subscribe(recorded, team, desk, since=dt.datetime(2026, 10, 1))  # both existed before any reminder was due

    def due(on: dt.date) -> list[tuple[str | None, int, str, bool]]:
        with session_scope(recorded) as session:
            found = [r for r in due_reminders(session, on, [team, desk]) if r.target == "MOFCOM-2024-46#2"]
            for r in found:
                enqueue_reminder(session, r)
        return sorted((r.subscription, r.offset_days, r.kind, r.late) for r in found)

    assert due(dt.date(2026, 10, 27)) == []
    assert due(dt.date(2026, 10, 28)) == [("team", 30, "before_end", False)]
    assert due(dt.date(2026, 10, 29)) == []  # once
    # Down from 11-19 to 11-21: the T-7 reminders are sent late, once.
    assert due(dt.date(2026, 11, 22)) == [("desk", 7, "before_end", True), ("team", 7, "before_end", True)]
    assert due(dt.date(2026, 11, 23)) == []
    assert due(dt.date(2026, 11, 26)) == [("desk", 1, "before_end", False), ("team", 1, "before_end", False)]
    assert due(dt.date(2026, 11, 27)) == []
    assert due(dt.date(2026, 11, 28)) == [("desk", -1, "ended_no_follow_up", False),
                                          ("team", -1, "ended_no_follow_up", False)]
    assert due(dt.date(2026, 11, 29)) == []


def test_reminder_arrives_by_email(recorded: Engine, smtp: SmtpSink, sender: AppriseSender) -> None:
    team = SubscriptionSpec(name="team", channel="email", lists=("ITEM",))
    subscribe(recorded, team)
    with session_scope(recorded) as session:
        due = due_reminders(session, dt.date(2026, 11, 20), [team])
        reminders = [r for r in due if r.kind == "before_end"]
        assert [(r.target, r.offset_days) for r in reminders] == [("MOFCOM-2024-46#2", 7)]
        enqueue_reminder(session, reminders[0])
    assert len(deliver(recorded, send=sender).sent) == 1
    [eml] = smtp.wait_for(1)
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "[policywatch] ITEM: suspension of MOFCOM-2024-46#2 ends 2026-11-27 (T-7)"
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert "Suspension ends in 7 day(s)" in text and "covers days up to and including 2026-11-27" in text
    assert "Suspended by MOFCOM-2025-72, effective 2025-11-09" in text


def test_a_new_subscription_gets_no_backlog_of_late_reminders(recorded: Engine) -> None:
    """Created on 2026-11-20: the nine suspensions that ended on 2026-11-10 are not sent as late reminders (the
    first digest lists them); the T-7 of MOFCOM-2024-46#2, due that very day, is sent; a later miss is late."""
    team = SubscriptionSpec(name="team", channel="email")
    subscribe(recorded, team, since=dt.datetime(2026, 11, 20, 1, 0))  # 09:00 in Beijing
    with session_scope(recorded) as session:
        first = due_reminders(session, dt.date(2026, 11, 20), [team])
        assert [(r.target, r.kind, r.offset_days, r.late) for r in first] == [
            ("MOFCOM-2024-46#2", "before_end", 7, False)]
        # Down from 11-25 to 11-27: the T-1 was due while the subscription existed, so it is sent late.
        [late] = due_reminders(session, dt.date(2026, 11, 27), [team])
        assert (late.target, late.offset_days, late.late) == ("MOFCOM-2024-46#2", 1, True)
        unsubscribed = due_reminders(session, dt.date(2026, 11, 20))  # the report without subscriptions: all
        assert {r.target for r in unsubscribed if r.kind == "ended_no_follow_up"} == ENDED_2026_11_10


def test_reminder_says_what_the_suspended_clause_restricts(recorded: Engine, facts: dict[str, Any]) -> None:
    team = SubscriptionSpec(name="team", channel="email", lists=("ITEM",))
    subscribe(recorded, team, since=dt.datetime(2026, 10, 1))
    with session_scope(recorded) as session:
        [reminder] = [r for r in due_reminders(session, dt.date(2026, 11, 20), [team])
                      if r.target == "MOFCOM-2024-46#2"]
        rendered = render_reminder(session, reminder)
    clause_2 = facts["mofcom-2024-046.txt"]["actions"][0]["measures"][1]
    title = facts["mofcom-2024-046.txt"]["known"]["title"]
    for body in (rendered.text, rendered.html, rendered.slack):
        assert clause_2 in body and title in body
    assert f"Clause 2: \"{clause_2}\"" in rendered.text
