"""Issue 15, defects 1–2: plan never consumes what it could not offer; a first run gets one starting state."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from notify_helpers import announcement_from_facts, record_keys, run_cli
from sqlalchemy.engine import Engine
from sqlmodel import select
from test_notify_cli import SUBS, _config

from policywatch.notifier import SubscriptionSpec, plan
from policywatch.notifier.outbox import NoSubscriptions
from policywatch.notifier.subscriptions import stored_subscriptions, sync_subscriptions
from policywatch.store import record, session_scope
from policywatch.store.db import make_engine
from policywatch.store.models import Change, Delivery

FIRST_SEEN = dt.datetime(2026, 12, 1, 2, 0)  # naive UTC: 2026-12-01 10:00 in Beijing


def test_plan_without_subscriptions_refuses_and_consumes_nothing(engine: Engine, facts: dict[str, Any]) -> None:
    record_keys(engine, facts, "uel-2025-007.txt")
    with session_scope(engine) as session, pytest.raises(NoSubscriptions):
        plan(session, subscriptions=[])
    with session_scope(engine) as session:
        assert all(c.planned_at is None for c in session.exec(select(Change)).all())
        team = SubscriptionSpec(name="team", channel="email", since=dt.date(2025, 1, 1))
        sync_subscriptions(session, [team], now=FIRST_SEEN)
        assert plan(session, now=FIRST_SEEN) == 1  # the change waited and reaches the subscription now


def test_first_run_is_one_starting_state_then_one_alert_per_new_notice(engine: Engine, facts: dict[str, Any]) -> None:
    old = [k for k, v in facts.items() if (v.get("published") or "") < "2026-01-01"]
    with session_scope(engine) as session:
        sync_subscriptions(session, [SubscriptionSpec(name="team", channel="email")], now=FIRST_SEEN)
    record_keys(engine, facts, *old)
    with session_scope(engine) as session:
        backlog = len(session.exec(select(Change)).all())
        assert plan(session, now=FIRST_SEEN) == 1
        [row] = session.exec(select(Delivery)).all()
        assert row.payload["change_kind"] == "starting_state" and "starting state for team" in row.subject
        assert "in force" in row.body_text and "ended with no follow-up" in row.body_text
    assert backlog > 20  # what the first run used to send one by one
    # A notice published after `since` (its facts dated 2026-12-05 here) is one alert of its own.
    key = "mofcom-2026-011.txt"
    fresh = {**facts[key], "published": "2026-12-05"}
    with session_scope(engine) as session:
        announcement = announcement_from_facts(key, fresh)
        assert announcement is not None
        record(session, announcement)
        assert plan(session, now=FIRST_SEEN + dt.timedelta(days=5)) == 1
        rows = session.exec(select(Delivery).order_by(Delivery.id)).all()
        assert len(rows) == 2 and rows[1].payload["doc_id"] == facts[key]["doc_id"]


def test_config_less_commands_keep_stored_subscriptions_and_plan_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "pw.db"
    config = _config(tmp_path / "cfg", SUBS)
    monkeypatch.setenv("PW_CLI_MAIL_URL", "json://localhost:9/none")
    assert run_cli(db, config, "subscriptions", "--json", capsys=capsys)[0] == 0
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    (empty / "channels.yml").write_text("channels: {}\n", encoding="utf-8")
    for args in (("reminders", "--json"), ("digest", "--json"), ("subscriptions", "--json")):
        code, _out, err = run_cli(db, empty, *args, capsys=capsys)
        assert code == 0, err
    code, out, err = run_cli(db, empty, "plan", capsys=capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "no subscriptions configured" in err and str(empty / "subscriptions.yml") in err
    with session_scope(make_engine(f"sqlite:///{db}")) as session:
        assert [s.name for s in stored_subscriptions(session)] == ["team"]
    assert json.loads(run_cli(db, config, "plan", "--json", capsys=capsys)[1]) == {"planned": 0}
