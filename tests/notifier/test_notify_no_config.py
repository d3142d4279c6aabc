"""A command run without the configuration (a cron job started in the wrong folder) loses nothing:
`plan` refuses instead of consuming changes it could not offer, and stored subscriptions survive."""

from __future__ import annotations

from pathlib import Path

import pytest
from notify_helpers import record_facts, run_cli
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policywatch.store.models import Change, Delivery, Subscription

SUBS = "subscriptions:\n  - name: team\n    channel: mail\n    lists: [UEL]\n"


def _config(folder: Path, subscriptions: str | None) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "channels.yml").write_text("channels:\n  mail:\n    env: PW_NOCFG_MAIL_URL\n", encoding="utf-8")
    if subscriptions is not None:
        (folder / "subscriptions.yml").write_text(subscriptions, encoding="utf-8")
    return folder




def _unplanned(engine: Engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(Change).where(Change.planned_at.is_(None))).all())  # type: ignore[union-attr]


def test_plan_without_subscriptions_refuses_and_consumes_nothing(
    engine: Engine, db_path: Path, tmp_path: Path, facts: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    record_facts(engine, facts)
    waiting = _unplanned(engine)
    assert waiting > 0
    wrong_folder = _config(tmp_path / "elsewhere", None)
    code, out, err = run_cli(db_path, wrong_folder, "plan", capsys=capsys)
    assert code == 2 and out == ""
    [line] = err.strip().splitlines()
    assert "no subscriptions" in line and str(wrong_folder / "subscriptions.yml") in line
    assert _unplanned(engine) == waiting  # nothing consumed
    # The right configuration is back: every change that waited is offered.
    right = _config(tmp_path / "cfg", SUBS)
    code, out, err = run_cli(db_path, right, "plan", capsys=capsys)
    assert code == 0, err
    assert _unplanned(engine) == 0
    with Session(engine) as session:
        uel = [d for d in session.exec(select(Delivery)).all() if d.subscription == "team"]
    assert uel, "the UEL listings that waited were planned for the subscription"


@pytest.mark.parametrize("command", [["reminders"], ["digest"], ["subscriptions"], ["plan"]])
def test_commands_without_configuration_keep_stored_subscriptions(
    engine: Engine, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    right = _config(tmp_path / "cfg", SUBS)
    code, _out, err = run_cli(db_path, right, "subscriptions", capsys=capsys)
    assert code == 0, err
    wrong_folder = _config(tmp_path / "elsewhere", None)
    run_cli(db_path, wrong_folder, *command, capsys=capsys)
    with Session(engine) as session:
        assert [s.name for s in session.exec(select(Subscription)).all()] == ["team"]


def test_a_configuration_that_was_read_and_drops_a_subscription_removes_it_and_says_so(
    engine: Engine, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    config = _config(tmp_path / "cfg", SUBS + "  - name: ops\n    channel: mail\n")
    assert run_cli(db_path, config, "subscriptions", capsys=capsys)[0] == 0
    _config(tmp_path / "cfg", SUBS)
    assert run_cli(db_path, config, "subscriptions", capsys=capsys)[0] == 0
    with Session(engine) as session:
        assert [s.name for s in session.exec(select(Subscription)).all()] == ["team"]
    assert any("'ops'" in r.getMessage() and "no longer" in r.getMessage() for r in caplog.records)
