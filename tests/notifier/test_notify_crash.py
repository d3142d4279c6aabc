"""Real processes on a real SQLite file: killed between plan and deliver, or mid-delivery, nothing is lost or
sent twice."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from notify_helpers import ent, listing, subscribe
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import SubscriptionSpec
from policywatch.offline.sinks import HttpSink, SmtpSink
from policywatch.store import record, session_scope
from policywatch.store.models import Delivery

WORKER = Path(__file__).with_name("notify_worker.py")


def _env(environ: dict[str, str]) -> dict[str, str]:
    return {**os.environ, **environ}


def _run(args: list[str], env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, str(WORKER), *args], env=env, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _listings(engine: Engine, count: int) -> None:
    with session_scope(engine) as session:
        for i in range(count):
            record(session, listing(f"UEL-2099-{200 + i}", dt.date(2099, 7, 1), [ent(f"公司{i}", f"Firm {i} LLC")]))


def _texts(posts: list[Path]) -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["body"]["attachments"][0]["title"] for p in posts]


def test_killed_after_plan_then_restarted_sends_each_message_exactly_once(
    engine: Engine, db_path: Path, smtp: SmtpSink, http: HttpSink, environ: dict[str, str]
) -> None:
    subscribe(engine, SubscriptionSpec(name="team", channel="email"), SubscriptionSpec(name="desk", channel="slack"))
    _listings(engine, 3)
    env = _env(environ)
    planner = subprocess.Popen([sys.executable, str(WORKER), "plan", str(db_path)], env=env, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = planner.stdout.readline()  # type: ignore[union-attr]
        assert json.loads(line) == {"planned": 6}, planner.stderr.read()  # type: ignore[union-attr]
    finally:
        planner.send_signal(signal.SIGKILL)
        planner.wait(timeout=10)
    assert planner.returncode == -signal.SIGKILL

    first = _run(["deliver", str(db_path)], env)
    assert (first["sent"], first["retrying"]) == (6, 0), first["errors"]
    again = _run(["deliver", str(db_path), "60"], env)
    assert again["attempted"] == 0
    assert len(smtp.wait_for(3)) == 3 and len(smtp.messages) == 3
    assert len(http.wait_for(3)) == 3 and len(http.messages) == 3
    assert len(set(_texts(http.messages))) == 3


def test_killed_mid_delivery_the_rest_is_sent_once_after_the_lease_expires(
    engine: Engine, db_path: Path, tmp_path: Path, environ: dict[str, str]
) -> None:
    entered, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def hold_second(path: str) -> bool:
        seen.append(path)
        if len(seen) != 2:
            return True
        entered.set()
        release.wait(timeout=30)
        return False  # the connection was cut: this post never arrived

    with HttpSink(tmp_path / "held", before_store=hold_second) as sink:
        env = _env({**environ, "POLICYWATCH_SLACK_WEBHOOK_BASE": sink.url})
        subscribe(engine, SubscriptionSpec(name="desk", channel="slack"))
        _listings(engine, 4)
        assert _run(["plan", str(db_path)], env) == {"planned": 4}

        worker = subprocess.Popen([sys.executable, str(WORKER), "deliver", str(db_path)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert entered.wait(timeout=30), "the deliverer never reached the second post"
        finally:
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=10)
            release.set()
        assert len(sink.messages) == 1
        with session_scope(engine) as session:
            rows = session.exec(select(Delivery).order_by(Delivery.id)).all()
            assert [r.status for r in rows] == ["sent", "pending", "pending", "pending"]
            assert all(r.claimed_by for r in rows[1:])  # held by the dead worker's lease

        assert _run(["deliver", str(db_path)], env)["attempted"] == 0  # the lease still holds
        after = _run(["deliver", str(db_path), "6"], env)  # five minutes later the lease has expired
        assert after["sent"] == 3, after["errors"]
        assert len(sink.wait_for(4)) == 4
        assert sorted(_texts(sink.messages)) == sorted(set(_texts(sink.messages)))
