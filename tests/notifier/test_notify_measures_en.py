"""The measures in English next to the Chinese (issue 15 item 11): alerts (text, HTML, Slack), the digest,
reminders and ``lists --json`` (``measures_en`` beside ``measures``); an unknown measure says so plainly."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from notify_helpers import ent, listing, subscribe
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import SubscriptionSpec, build_digest, plan
from policywatch.parsers.measures import NO_RENDERING
from policywatch.parsers.types import Action, Announcement
from policywatch.store import record, session_scope
from policywatch.store.models import Delivery

KNOWN = "禁止上述企业从事与中国有关的进出口活动"
KNOWN_EN = "Prohibit the above companies from engaging in import and export activities related to China"
UNKNOWN = "对上述企业处以罚款"
DAY = dt.date(2099, 3, 2)
NOW = dt.datetime(2099, 3, 2, 1, 0)


def _record(engine: Engine) -> None:
    with session_scope(engine) as session:
        record(session, listing("UEL-2099-71", DAY, [ent("测试公司", "Test Co.")], measures=(KNOWN, UNKNOWN)),
               now=NOW)
        record(session, Announcement(
            doc_id="MOFCOM-2099-72", number=None, issuer="商务部", title="关于对镓实施出口管制的公告", published=DAY,
            url="https://www.mofcom.gov.cn/zwgk/zcfb/art/test/MOFCOM-2099-72.html",
            actions=(Action(kind="control", list="ITEM", effective=DAY, measures=("对镓、锗实施出口管制",)),),
            text_hash=hashlib.sha256(b"MOFCOM-2099-72").hexdigest()), now=NOW)


def test_alerts_show_the_english_beside_the_chinese(engine: Engine) -> None:
    sub = SubscriptionSpec(name="team", channel="email")
    subscribe(engine, sub)
    _record(engine)
    with session_scope(engine) as session:
        assert plan(session, now=NOW, subscriptions=[sub]) >= 2
        [alert] = [d for d in session.exec(select(Delivery)).all()
                   if (d.payload or {}).get("doc_id") == "UEL-2099-71"]
        bodies = {"text": alert.body_text, "html": alert.body_html, "slack": (alert.payload or {}).get("slack") or ""}
    for fmt, body in bodies.items():
        assert KNOWN in body and KNOWN_EN in body, (fmt, body)
        assert body.index(KNOWN) < body.index(KNOWN_EN), fmt  # the English follows its Chinese
        assert UNKNOWN in body and NO_RENDERING in body, (fmt, body)


def test_the_digest_shows_the_english_of_item_controls(engine: Engine) -> None:
    sub = SubscriptionSpec(name="team", channel="email")
    subscribe(engine, sub)
    _record(engine)
    with session_scope(engine) as session:
        rendered = build_digest(session, sub, now=NOW + dt.timedelta(hours=1)).render()
    for body in (rendered.text, rendered.html):
        assert "对镓、锗实施出口管制" in body and "Export controls apply to gallium and germanium" in body


def test_lists_json_carries_measures_and_measures_en(engine: Engine, db_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from policywatch.cli import run

    _record(engine)
    with pytest.raises(SystemExit) as exit_info:
        run(["--db", f"sqlite:///{db_path}", "lists", "--as-of", "2099-03-03", "--list", "UEL", "--json"])
    assert exit_info.value.code in (0, None)
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["measures"] == [KNOWN, UNKNOWN]
    assert entry["measures_en"] == [KNOWN_EN, None]  # unknown values are null (DESIGN §5)
