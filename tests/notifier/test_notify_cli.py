"""The notifier's commands from outside: configuration errors, secrets never printed, digest --send, exports."""

from __future__ import annotations

import email
import email.policy
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import icalendar
import pytest
from notify_helpers import record_facts, run_cli
from sqlalchemy.engine import Engine

from policywatch.offline.sinks import SmtpSink

SECRET = "s3cr3t-app-password"


def _config(folder: Path, subscriptions: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "channels.yml").write_text("channels:\n  mail:\n    env: PW_CLI_MAIL_URL\n", encoding="utf-8")
    (folder / "subscriptions.yml").write_text(subscriptions, encoding="utf-8")
    return folder


SUBS = "subscriptions:\n  - name: team\n    who: Compliance\n    channel: mail\n    lists: [UEL, ITEM]\n"




def test_subscriptions_lists_channels_without_their_urls(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path / "cfg", SUBS)
    monkeypatch.setenv("PW_CLI_MAIL_URL", f"mailtos://alerts:{SECRET}@smtp.example.org?to=team@example.org")
    code, out, err = run_cli(db_path, config, "subscriptions", "--json", capsys=capsys)
    assert code == 0, err
    [sub] = json.loads(out)
    assert sub == {"name": "team", "who": "Compliance", "channel": "mail", "lists": ["UEL", "ITEM"], "countries": [],
                   "events": [], "only_when_hit": False, "digest": True, "send_empty_digest": False,
                   "reminder_offsets": [30, 7, 1], "since": None, "channel_env": "PW_CLI_MAIL_URL",
                   "channel_ready": True}
    assert SECRET not in out + err and "smtp.example.org" not in out


def test_a_missing_variable_stops_delivery_at_start_naming_channel_and_variable(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path / "cfg", SUBS)
    monkeypatch.delenv("PW_CLI_MAIL_URL", raising=False)
    code, _, err = run_cli(db_path, config, "deliver", capsys=capsys)
    assert code == 2
    assert err.strip().splitlines() == [
        "policywatch: channel 'mail': environment variable PW_CLI_MAIL_URL is not set; export it with the "
        "channel's apprise URL (mailto://…, slack://…, json://…)"]


@pytest.mark.parametrize(("subscriptions", "message"), [
    ("subscriptions:\n  - name: a\n    channel: mail\n    colour: red\n", "subscription 'a': colour: unknown key"),
    ("subscriptions:\n  - name: a\n    channel: 'slack://T/B/C'\n",
     "subscription 'a': channel: is a channel name from channels.yml"),
    ("subscriptions:\n  - name: a\n    channel: nowhere\n", "channel 'nowhere' is not defined in channels.yml"),
    ("subscriptions:\n  - name: a\n    channel: mail\n    lists: [XYZ]\n", "subscription 'a': lists: unknown XYZ"),
])
def test_bad_subscriptions_are_refused_with_the_name_and_key(
    db_path: Path, tmp_path: Path, subscriptions: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(db_path, _config(tmp_path / "cfg", subscriptions), "subscriptions", capsys=capsys)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_digest_send_and_exports(
    engine: Engine, db_path: Path, tmp_path: Path, smtp: SmtpSink, facts: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    record_facts(engine, facts)
    config = _config(tmp_path / "cfg", SUBS)
    monkeypatch.setenv("PW_CLI_MAIL_URL", smtp.apprise_url())
    code, out, err = run_cli(db_path, config, "digest", "--subscription", "team", "--send", "--json", capsys=capsys)
    assert code == 0, err
    digest = json.loads(out)  # DESIGN §5: one digest object
    assert digest["subscription"] == "team" and digest["sent_to"] == ["team"] and digest["should_send"]
    assert {"since", "until", "changes", "by_list", "ending_soon", "hits_awaiting_review", "source_health"} <= set(
        digest)
    assert set(digest["by_list"]) <= {"UEL", "ITEM"} and digest["by_list"]["UEL"]
    assert len(digest["changes"]) == digest["change_count"] and digest["changes"][0]["headline"]
    [eml] = smtp.wait_for(1)
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["Subject"].startswith("[policywatch] weekly digest")
    assert "UEL-2025-7" in message.get_body(preferencelist=("html",)).get_content()
    code, out, _ = run_cli(db_path, config, "digest", "--send", "--json", capsys=capsys)
    again = json.loads(out)
    assert code == 0 and again["subscription"] is None and again["changes"]  # unfiltered: the last 7 days
    code, out, _ = run_cli(db_path, config, "digest", "--subscription", "team", "--json", capsys=capsys)
    assert code == 0 and json.loads(out)["change_count"] == 0  # team's last digest covered them
    code, _, err = run_cli(db_path, config, "digest", "--subscription", "nobody", "--json", capsys=capsys)
    assert code == 2 and "no subscription named 'nobody'" in err

    assert run_cli(db_path, config, "export", "ics", "--out", str(tmp_path / "ends.ics"), capsys=capsys)[0] == 0
    calendar = icalendar.Calendar.from_ical((tmp_path / "ends.ics").read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    [clause] = [e for summary, e in events.items() if summary.startswith("ITEM: last day 2026-11-27 of the "
                                                                         "suspension of ") and "#2" in summary]
    assert clause.decoded("dtstart").isoformat() == "2026-11-27"
    assert "no follow-up notice seen yet" in str(clause["description"])

    assert run_cli(db_path, config, "export", "rss", "--out", str(tmp_path / "changes.xml"), capsys=capsys)[0] == 0
    items = ET.parse(tmp_path / "changes.xml").getroot().findall("./channel/item")
    guids = [i.findtext("guid") for i in items]
    assert len(items) > 20 and len(set(guids)) == len(guids)
    assert any("UEL-2025-7" in (i.findtext("title") or "") for i in items)


def test_reminders_send_once(
    engine: Engine, db_path: Path, tmp_path: Path, smtp: SmtpSink, facts: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    record_facts(engine, facts)
    config = _config(tmp_path / "cfg", SUBS.replace("lists: [UEL, ITEM]", "lists: [ITEM]\n    reminder_offsets: [7]"))
    monkeypatch.setenv("PW_CLI_MAIL_URL", smtp.apprise_url())
    code, out, err = run_cli(db_path, config, "reminders", "--on", "2026-11-20", "--send", capsys=capsys)
    assert code == 0, err
    assert "[policywatch] ITEM: suspension of MOFCOM-2024-46#2 ends 2026-11-27 (T-7)" in out
    queued = int(out.strip().splitlines()[-1].split()[0])  # "N reminder(s) queued; N sent"
    subjects = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)["Subject"]
                for p in smtp.wait_for(queued)]
    assert "[policywatch] ITEM: suspension of MOFCOM-2024-46#2 ends 2026-11-27 (T-7)" in subjects
    code, out, _ = run_cli(db_path, config, "reminders", "--on", "2026-11-20", "--send", "--json", capsys=capsys)
    assert code == 0 and json.loads(out) == []  # each reminder once
    assert len(smtp.messages) == queued
