"""``policywatch demo`` end to end: run as a user runs it, then read what the SMTP server and the Slack sink got."""

from __future__ import annotations

import email
import email.policy
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

REMINDER_TARGET = "MOFCOM-2024-46#2"
REMINDER_UNTIL = "2026-11-27"


def policywatch_command() -> list[str]:
    """The console script installed beside this interpreter, else ``python -m policywatch``."""
    script = Path(sys.executable).with_name("policywatch")
    return [str(script)] if script.exists() else [sys.executable, "-m", "policywatch"]


def run_demo(out: Path, cwd: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYWATCH_")}
    return subprocess.run([*policywatch_command(), "demo", "--out", str(out), *extra], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


class DemoRun:
    def __init__(self, summary: dict[str, Any], report: str, out: Path) -> None:
        self.summary = summary
        self.report = report
        self.out = out
        self.db = sqlite3.connect(out / "policywatch-demo.db")

    def rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, args).fetchall()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoRun]:
    """The demo run twice into one folder: ``--json`` first, then the human report over the first run's outputs."""
    base = tmp_path_factory.mktemp("demo")
    out = base / "out"
    first = run_demo(out, base, "--json")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    second = run_demo(out, base)
    assert second.returncode == 0, second.stderr
    run = DemoRun(summary, second.stdout, out)
    yield run
    run.db.close()


def message(path: str | Path) -> EmailMessage:
    parsed = email.message_from_bytes(Path(path).read_bytes(), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def parts(msg: EmailMessage) -> tuple[str, str]:
    """The text and HTML parts of a multipart/alternative email (both must be there)."""
    assert msg.get_content_type() == "multipart/alternative"
    text, html = msg.get_body(("plain",)), msg.get_body(("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


def received(demo: DemoRun) -> dict[str, EmailMessage]:
    return {str(msg["subject"]): msg for msg in map(message, demo.summary["files"]["eml"])}


def test_summary_counts_and_files(demo: DemoRun) -> None:
    s = demo.summary
    assert list(s)[:10] == ["seconds", "sources", "notices", "entities", "hits", "emails", "slack", "digests",
                            "reminders", "files"]
    for key in ("sources", "notices", "entities", "hits", "emails", "slack", "digests", "reminders"):
        assert s[key] > 0, key
    # The counts are the database's and the sinks', not the demo's own arithmetic.
    assert s["notices"] == demo.rows("select count(*) from announcement")[0][0]
    assert s["entities"] == demo.rows("select count(*) from entity")[0][0]
    assert s["hits"] == demo.rows("select count(*) from hit")[0][0]
    assert len(s["files"]["eml"]) == s["emails"] == len(list((demo.out / "mail").glob("*.eml")))
    assert len(s["files"]["slack"]) == s["slack"] == len(list((demo.out / "slack").glob("slack-*.json")))
    assert all(Path(p).is_file() for p in [*s["files"]["eml"], *s["files"]["html"], *s["files"]["slack"],
                                           s["files"]["digest"], s["files"]["ics"]])
    outcomes = dict(demo.rows("select name, last_outcome from source"))
    assert len(outcomes) == s["sources"]
    assert outcomes.pop("customs-zxwj") == "challenge"  # the replay site answers 412 like the real one
    assert set(outcomes.values()) == {"ok"}
    assert demo.rows("select count(*) from delivery where status != 'sent'")[0][0] == 0


def test_second_run_starts_fresh(demo: DemoRun) -> None:
    """The human report of the second run into the same folder: same counts, no leftovers of the first run."""
    assert f"Notices recorded: {demo.summary['notices']}" in demo.report
    assert f"{demo.summary['emails']} emails, {demo.summary['slack']} Slack posts" in demo.report
    assert "Done in" in demo.report
    sent_alerts = demo.rows("select count(*) from delivery where kind = 'alert'")[0][0]
    assert sent_alerts == demo.rows("select count(distinct dedupe_key) from delivery where kind = 'alert'")[0][0]
    assert len(list((demo.out / "mail").glob("*.eml"))) == demo.summary["emails"]


def test_hit_alert_email_names_the_counterparty(demo: DemoRun) -> None:
    hit_alerts = [(subject, json.loads(payload)["hit_ids"]) for subject, payload in demo.rows(
        "select subject, payload from delivery where kind = 'alert' and channel = 'demo-email'")
        if json.loads(payload)["change_kind"] != "starting_state"]  # the one summary of what was true on `since`
    assert hit_alerts and all(ids for _, ids in hit_alerts)  # the mailbox subscribed to hits only
    mails = received(demo)
    for subject, hit_ids in hit_alerts:
        assert subject.startswith("[policywatch] ") and "your counterpart" in subject
        text, html = parts(mails[subject])
        for hit_id in hit_ids:
            [(cp_name, name_zh, doc_id)] = demo.rows(
                "select c.name, e.name_zh, h.doc_id from hit h join counterparty c on c.id = h.counterparty_id "
                "join entity e on e.id = h.entity_id where h.id = ?", hit_id)
            for body in (text, html):
                assert cp_name in body and f"{hit_id}" in body
                assert name_zh is None or name_zh in body
        assert "<table" in html and "https://" in html  # the official link


DESK_SINCE = "2025-10-01"  # demo-slack's `since` in config/demo/subscriptions.yml: older listings are in its start


def test_slack_post_for_a_listing(demo: DemoRun) -> None:
    posts = [json.loads(Path(p).read_text(encoding="utf-8")) for p in demo.summary["files"]["slack"]]
    assert all(p["path"].startswith("/services/") for p in posts)
    titles = {a["title"]: a["text"] for p in posts for a in p["body"]["attachments"]}
    subjects = {s for (s,) in demo.rows(
        "select subject from delivery where channel = 'demo-slack' and kind = 'alert'")}
    assert subjects and subjects <= set(titles)
    [(doc_id, payload)] = demo.rows(
        "select doc_id, payload from change where kind = 'listing' and list_name = 'UEL' "
        "and json_extract(payload, '$.published') >= ? order by id limit 1", DESK_SINCE)
    entities = json.loads(payload)["action"]["entities"]
    [(title, text)] = [(t, x) for t, x in titles.items() if f"({doc_id})" in t and "added" in t]
    assert title.startswith(f"[policywatch] UEL: {len(entities)} ")
    for entity in entities:
        assert (entity["name_zh"] or entity["name_en"]) in text


def test_digest_covers_the_week(demo: DemoRun) -> None:
    digest = Path(demo.summary["files"]["digest"])
    [(subject, payload)] = demo.rows("select subject, payload from delivery where kind = 'digest'")
    text, html = parts(received(demo)[subject])
    assert digest.read_text(encoding="utf-8").splitlines() == html.splitlines()  # the sink kept the HTML part
    assert "weekly digest" in subject
    change_ids = json.loads(payload)["change_ids"]
    assert len(change_ids) == demo.rows("select count(*) from change where kind != 'delivery_failed'")[0][0]
    # Ending soon: the reminder's suspension; awaiting review: every hit's counterparty.
    assert REMINDER_TARGET in html and REMINDER_UNTIL in html
    for (name,) in demo.rows("select distinct c.name from hit h join counterparty c on c.id = h.counterparty_id"):
        assert name in html and name in text
    assert "customs-zxwj" in html  # source health: the challenged source is news


def test_crawl_is_dated_by_the_demo_clock(demo: DemoRun) -> None:
    """The scheduler's clock reaches what the crawl wrote: changes, evidence and source health are on 2026-11-20."""
    stamps = demo.rows("select created_at from change union all select fetched_at from snapshot "
                       "union all select last_attempt_at from source")
    assert stamps and {str(s)[:10] for (s,) in stamps} == {"2026-11-20"}


def test_email_is_dated_by_the_demo_clock(demo: DemoRun) -> None:
    """The Date header says the demo's day, as the content does (it said the real day; issue 15 item 9)."""
    import email.utils

    dates = [email.utils.parsedate_to_datetime(str(msg["Date"])) for msg in received(demo).values()]
    assert dates and {d.date().isoformat() for d in dates} == {"2026-11-20"}, dates


def test_reminder_t7_for_mofcom_2024_46_clause_2(demo: DemoRun) -> None:
    rows = [json.loads(p) for (p,) in demo.rows("select payload from delivery where kind = 'reminder'")]
    [t7] = [r for r in rows if r["target"] == REMINDER_TARGET]
    assert (t7["until"], t7["offset_days"], t7["kind"], t7["late"]) == (REMINDER_UNTIL, 7, "before_end", False)
    [subject] = [s for s in received(demo) if REMINDER_TARGET in s]
    assert REMINDER_UNTIL in subject and "T-7" in subject
    text, html = parts(received(demo)[subject])
    assert REMINDER_UNTIL in text and REMINDER_UNTIL in html
    assert f"reminder to demo-compliance: suspension of {REMINDER_TARGET} ends {REMINDER_UNTIL} (T-7)" in demo.report
    ics = Path(demo.summary["files"]["ics"]).read_text(encoding="utf-8")
    assert "DTSTART;VALUE=DATE:20261127" in ics and REMINDER_TARGET in ics


def test_interrupted_demo_stops_what_it_started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C in the middle of the crawl: the servers are stopped and the channel variables are unset again."""
    from policywatch.offline.demo import run_demo as run_in_process

    for key in [k for k in os.environ if k.startswith("POLICYWATCH_")]:
        monkeypatch.delenv(key)
    before = set(threading.enumerate())
    steps: list[str] = []

    def interrupt(step: str) -> None:
        steps.append(step)
        if step.startswith("crawling"):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_in_process(tmp_path / "out", progress=interrupt)
    assert steps[-1].startswith("crawling")
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=10)
        assert not thread.is_alive(), thread.name
    assert not [k for k in os.environ if k.startswith("POLICYWATCH_")]
    shutil.rmtree(tmp_path / "out")
