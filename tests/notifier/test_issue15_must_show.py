"""Issue 15, "Must show", walked from the CLI on a real SQLite file with a real SMTP server (aiosmtpd on loopback).

Ingesting every text in ../shared into a new database with one subscription delivers ONE starting-state message,
not a backlog; a notice published from ``since`` on then delivers one alert stating its status today; a ``plan``
run without configuration in between loses nothing; stored subscriptions survive config-less commands; importing
``Skydio Inc`` delivers a hit alert; two reviews of one hit show as two ``reviews``.
"""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from notify_helpers import run_cli
from sqlmodel import select

from policywatch.notifier.subscriptions import stored_subscriptions
from policywatch.offline.sinks import SmtpSink
from policywatch.store import make_engine, session_scope
from policywatch.store.models import Change

SINCE = "2026-12-01"


def _config(folder: Path, since: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "channels.yml").write_text("channels:\n  mail:\n    env: PW_MUST_SHOW_MAIL\n", encoding="utf-8")
    (folder / "subscriptions.yml").write_text(
        f"subscriptions:\n  - name: compliance\n    channel: mail\n    since: {since}\n", encoding="utf-8")
    return folder


def _subjects(paths: list[Path]) -> list[str]:
    return [str(email.message_from_bytes(p.read_bytes(), policy=email.policy.default)["Subject"]) for p in paths]


def _text(path: Path) -> str:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return " ".join(str(part.get_content()).split())


def _send(db: Path, config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, int]:
    code, out, err = run_cli(db, config, "plan", "--json", capsys=capsys)
    assert code == 0, err
    planned = json.loads(out)["planned"]
    code, out, err = run_cli(db, config, "deliver", "--json", capsys=capsys)
    assert code == 0, err
    return planned, json.loads(out)["sent"]


def _new_notice(folder: Path, texts_dir: Path) -> Path:
    """UEL 2025 No.10 as if the working mechanism published it again as 2026 No.10 on ``since``."""
    text = (texts_dir / "uel-2025-010.txt").read_text(encoding="utf-8")
    for old, new in (("〔2025〕10号", "〔2026〕10号"), ("2025年10月09日", "2026年12月01日"),
                     ("2025年 第10号", "2026年 第10号"), ("2025年10月9日", "2026年12月1日")):
        assert old in text
        text = text.replace(old, new)
    path = folder / "uel-2026-010.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_issue_15_must_show_from_the_cli(
    tmp_path: Path, texts_dir: Path, text_files: list[Path], smtp: SmtpSink,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PW_MUST_SHOW_MAIL", smtp.apprise_url(to="compliance@example.org"))
    monkeypatch.setenv("POLICYWATCH_REVIEWER", "fallback.reviewer")
    db, config = tmp_path / "policywatch.db", _config(tmp_path / "config", SINCE)
    elsewhere = tmp_path / "elsewhere"  # a cron job started in the wrong folder: no subscriptions.yml
    elsewhere.mkdir()
    (elsewhere / "channels.yml").write_text("channels: {}\n", encoding="utf-8")

    # 1. Every text of ../shared into a new database with one subscription: one starting-state message.
    code, _out, err = run_cli(db, config, "ingest", *map(str, text_files), "--json", capsys=capsys)
    assert code == 0, err
    with session_scope(make_engine(f"sqlite:///{db}")) as session:
        backlog = len(session.exec(select(Change)).all())
    assert backlog > 30  # what a first run used to send one by one (35 changes from the 33 texts)
    assert _send(db, config, capsys) == (1, 1)
    [first] = smtp.wait_for(1)
    assert _subjects([first]) == [f"[policywatch] starting state for compliance: where things stand on {SINCE}"]
    assert "this suspension ended; no follow-up notice seen" in _text(first)

    # 2. Config-less commands in between: nothing planned, nothing deleted.
    code, _out, err = run_cli(db, elsewhere, "plan", capsys=capsys)
    assert code == 2 and "no subscriptions configured" in err and len(err.strip().splitlines()) == 1
    for args in (("reminders", "--json"), ("digest", "--json"), ("subscriptions", "--json")):
        assert run_cli(db, elsewhere, *args, capsys=capsys)[0] == 0
    with session_scope(make_engine(f"sqlite:///{db}")) as session:
        assert [s.name for s in stored_subscriptions(session)] == ["compliance"]

    # 3. A notice published on `since`, recorded while the wrong-folder plan runs: one alert, with today's status.
    code, _out, err = run_cli(db, config, "ingest", str(_new_notice(tmp_path, texts_dir)), capsys=capsys)
    assert code == 0, err
    assert run_cli(db, elsewhere, "plan", capsys=capsys)[0] == 2  # refuses: the new change stays unplanned
    assert _send(db, config, capsys) == (1, 1)
    alert = smtp.wait_for(2)[1]
    assert _subjects([alert]) == ["[policywatch] UEL: 14 entities added (UEL-2026-10), effective 2026-12-01"]
    assert "status today (" in _text(alert).lower() and "listed — the listing's measures are in force" in _text(alert)

    # 4. Importing Skydio Inc (listed by UEL-2025-7): one hit alert.
    csv_path = tmp_path / "counterparties.csv"
    csv_path.write_text("id,name\nC-0001,Skydio Inc\n", encoding="utf-8")
    code, out, err = run_cli(db, config, "counterparties", "import", str(csv_path), "--json", capsys=capsys)
    assert code == 0, err
    hit_ids = json.loads(out)["hit_ids"]
    assert len(hit_ids) == 2  # 斯凯迪奥公司 is on the UEL (UEL-2025-7) and on the ECL (MOFCOM-2025-13): two hits
    assert _send(db, config, capsys) == (2, 2)  # one alert per hit: each is its own decision
    hit_mails = smtp.wait_for(4)[2:]
    subjects = _subjects(hit_mails)
    for hit_id, subject, listed_by in zip(hit_ids, subjects, ("UEL-2025-7", "MOFCOM-2025-13"), strict=True):
        assert subject.startswith("[policywatch] ") and f"hit #{hit_id} — your counterparty Skydio Inc (C-0001)" \
            in subject and listed_by in subject
    body = _text(hit_mails[0])
    assert "斯凯迪奥公司" in body and "Skydio Inc." in body and "UEL-2025-7" in body
    assert "禁止上述企业从事与中国有关的进出口活动" in body and "status today (" in body.lower()
    assert f"policywatch review {hit_ids[0]} --confirm|--dismiss" in body
    hit_id = hit_ids[0]
    # Importing the same file again: no hit, no message.
    assert run_cli(db, config, "counterparties", "import", str(csv_path), capsys=capsys)[0] == 0
    assert _send(db, config, capsys) == (0, 0)
    assert len(smtp.messages) == 4

    # 5. Two reviews of one hit: two entries of its history, oldest first.
    assert run_cli(db, config, "review", str(hit_id), "--confirm", "--note", "same company", "--by", "li.wei",
                capsys=capsys)[0] == 0
    assert run_cli(db, config, "review", str(hit_id), "--dismiss", "--note", "another Skydio", capsys=capsys)[0] == 0
    code, out, _err = run_cli(db, config, "hits", "--state", "all", "--json", capsys=capsys)
    [hit] = [h for h in json.loads(out) if h["id"] == hit_id]
    assert [(r["decision"], r["by"]) for r in hit["reviews"]] == [("confirm", "li.wei"),
                                                                  ("dismiss", "fallback.reviewer")]
    assert hit["measures_in_force"] is (hit["entity_status"] in ("active", "lapsed"))


def test_before_since_the_same_first_run_was_a_flood(
    tmp_path: Path, text_files: list[Path], smtp: SmtpSink,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """The figure for the report: a subscription that hears about everything (``since`` long ago, as every
    subscription did before) gets one message per old notice on the same first run."""
    monkeypatch.setenv("PW_MUST_SHOW_MAIL", smtp.apprise_url())
    db, config = tmp_path / "old.db", _config(tmp_path / "config", "2000-01-01")
    assert run_cli(db, config, "ingest", *map(str, text_files), capsys=capsys)[0] == 0
    code, out, err = run_cli(db, config, "plan", "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["planned"] > 30
