"""Issue 15 item 3: every alert, reminder and digest row states the status TODAY (the injected clock's Beijing
date) of what it reports; lists, screen, hits and the exports carry ``measures_in_force``; "lapsed" never stands
alone."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

import pytest
from notify_helpers import announcement_from_facts, record_keys, run_cli, subscribe
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import SubscriptionSpec, plan
from policywatch.notifier.digest import build_digest
from policywatch.notifier.exports import calendar_ics, changes_rss
from policywatch.notifier.reminders import due_reminders, render_reminder
from policywatch.notifier.render import render
from policywatch.notifier.views import change_view
from policywatch.screening.counterparties import CounterpartyRow
from policywatch.screening.hits import hit_json, import_counterparties, open_hits
from policywatch.store import record, session_scope
from policywatch.store.models import Change, Delivery

NOW = dt.datetime(2026, 12, 1, 2, 0)  # naive UTC: 2026-12-01 in Beijing
ENDED = ("suspended until 2026-11-10 — this suspension ended; no follow-up notice seen; the listing's measures "
         "apply again unless a later notice says otherwise")
UEL_SUSPENSIONS = ("uel-2025-007.txt", "qa-2025-05-14-uel-suspension.txt", "qa-2025-08-12-uel-adjustment.txt",
                   "qa-2025-11-05-uel-adjustment.txt")


def test_an_alert_states_the_status_today_beside_the_notice(engine: Engine, facts: dict[str, Any]) -> None:
    subscribe(engine, SubscriptionSpec(name="team", channel="email", events=("suspension",)))
    record_keys(engine, facts, *UEL_SUSPENSIONS)
    with session_scope(engine) as session:
        plan(session, now=NOW)
        rows = session.exec(select(Delivery).order_by(Delivery.id)).all()
    first = next(r for r in rows if "until 2025-08-12" in r.subject)  # the first suspension, long superseded
    assert "Suspended until: 2025-08-12" in first.body_text  # the notice's fact …
    assert "STATUS TODAY (2026-12-01):" in first.body_text  # … and where things stand today
    assert ENDED in first.body_text and "[measures in force]" in first.body_text
    assert ENDED in html.unescape(first.body_html) and ENDED in first.payload["slack"]
    # Rendered on another day it says that day's status: the injected day decides, not the calendar.
    with session_scope(engine) as session:
        change = session.get(Change, first.change_id)
        assert change is not None
        june = render("alert", "s", change=change_view(session, change, today=dt.date(2026, 6, 1))).text
    assert "STATUS TODAY (2026-06-01):" in june
    assert "suspended until 2026-11-10 — the listing's measures do not apply until that day has passed" in june


def test_reminders_state_the_status_today(engine: Engine, facts: dict[str, Any]) -> None:
    record_keys(engine, facts, "mofcom-2024-046.txt", "mofcom-2025-072.txt")
    with session_scope(engine) as session:
        [before] = [r for r in due_reminders(session, dt.date(2026, 11, 20)) if r.target == "MOFCOM-2024-46#2"]
        text = render_reminder(session, before).text
        assert "STATUS TODAY (2026-11-20):" in text
        assert "suspended until 2026-11-27 — the listing's measures do not apply until that day has passed" in text
        [after] = [r for r in due_reminders(session, dt.date(2026, 11, 28)) if r.target == "MOFCOM-2024-46#2"]
        rendered = render_reminder(session, after)
    ended = ("suspended until 2026-11-27 — this suspension ended; no follow-up notice seen; the listing's "
             "measures apply again unless a later notice says otherwise")
    assert "STATUS TODAY (2026-11-28):" in rendered.text and ended in rendered.text
    assert ended in html.unescape(rendered.html) and ended in rendered.slack


def test_digest_rows_state_the_status_today(engine: Engine, facts: dict[str, Any]) -> None:
    with session_scope(engine) as session:
        for key in (*UEL_SUSPENSIONS, "mofcom-2024-046.txt", "mofcom-2025-072.txt"):
            announcement = announcement_from_facts(key, facts[key])
            assert announcement is not None
            record(session, announcement, now=NOW - dt.timedelta(hours=1))  # recorded within the digest's window
        import_counterparties(session, [CounterpartyRow(2, "C-0001", "Skydio Inc")], now=NOW)
        digest = build_digest(session, None, since=dt.datetime(2024, 1, 1), now=NOW)
        data = digest.to_json()
        rendered = digest.render()
    changes = [c for c in data["changes"] if c["kind"] == "suspension" and "UEL-2025-7" in c["targets"]]
    assert changes and all(c["status_today"][0]["text"] == ENDED for c in changes)
    assert all(c["status_today"][0]["measures_in_force"] is True for c in changes)
    [hit] = data["hits_awaiting_review"]
    assert hit["entity_status"] == "lapsed" and hit["measures_in_force"] is True and hit["status_text"] == ENDED
    [ended] = [s for s in data["ended_no_follow_up"] if s["target"] == "MOFCOM-2024-46#2"]
    assert ended["measures_in_force"] is True and "this suspension ended" in ended["status_today"][0]["text"]
    assert f"Status today: {ENDED}" in rendered.text
    assert ENDED in html.unescape(rendered.html) and ENDED in rendered.slack


def test_hits_lists_screen_and_exports_carry_measures_in_force(
    engine: Engine, db_path: Path, tmp_path: Path, facts: dict[str, Any], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # the table on one line per row
    record_keys(engine, facts, *UEL_SUSPENSIONS)
    with session_scope(engine) as session:
        import_counterparties(session, [CounterpartyRow(2, "C-0001", "Skydio Inc")], now=NOW)
        [hit] = open_hits(session)
        data = hit_json(session, hit, dt.date(2026, 12, 1))
        assert (data["entity_status"], data["measures_in_force"], data["until"]) == ("lapsed", True, "2026-11-10")
        assert hit_json(session, hit, dt.date(2026, 6, 1))["measures_in_force"] is False  # suspended then
        rss = changes_rss(session, now=NOW).decode()
        ics = calendar_ics(session, now=NOW).decode()
    assert "Status today (2026-12-01): 11 entities" in rss and "this suspension ended" in rss
    assert "Status today (2026-12-01)" in ics.replace("\r\n ", "")
    config = tmp_path / "cfg"
    config.mkdir()
    code, out, _ = run_cli(db_path, config, "lists", "--as-of", "2026-12-01", "--list", "UEL", "--json", capsys=capsys)
    skydio = next(r for r in json.loads(out) if r["name_en"] == "Skydio Inc.")
    assert code == 0 and skydio["status"] == "lapsed" and skydio["measures_in_force"] is True
    code, out, _ = run_cli(db_path, config, "lists", "--as-of", "2026-12-01", "--list", "UEL", "--format", "csv",
                        capsys=capsys)
    header, *lines = out.lstrip("\ufeff").splitlines()
    assert "measures_in_force" in header.split(",")
    assert any("Skydio Inc." in line and ",lapsed," in line and line.endswith(",true") for line in lines)
    code, out, _ = run_cli(db_path, config, "lists", "--as-of", "2026-12-01", "--list", "UEL", capsys=capsys)
    text = " ".join(out.split())
    assert "lapsed: suspended until 2026-11-10 — this suspension ended" in text
    csv_in = tmp_path / "cp.csv"
    csv_in.write_text("id,name\nC-0001,Skydio Inc\n", encoding="utf-8")
    code, out, _ = run_cli(db_path, config, "screen", str(csv_in), "--as-of", "2026-12-01", "--json", capsys=capsys)
    [row] = json.loads(out)
    assert row["matches"][0]["status"] == "lapsed" and row["matches"][0]["measures_in_force"] is True
    code, out, _ = run_cli(db_path, config, "screen", str(csv_in), "--as-of", "2026-12-01", capsys=capsys)
    assert "lapsed (measures in force)" in out
    code, out, _ = run_cli(db_path, config, "hits", "--json", capsys=capsys)
    [listed] = json.loads(out)
    assert listed["measures_in_force"] is (listed["entity_status"] in ("active", "lapsed"))
