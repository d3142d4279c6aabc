"""The outbox: retries with backoff, nothing lost, failed after N attempts with an ops alert, claims."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from pathlib import Path

from notify_helpers import CHANNELS, ent, listing, subscribe
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import SubscriptionSpec, deliver, plan
from policywatch.notifier.outbox import backoff
from policywatch.notifier.sender import AppriseSender, OutgoingMessage, SendOutcome
from policywatch.offline.sinks import HttpSink, SmtpSink
from policywatch.store import record, session_scope
from policywatch.store.models import Change, Delivery

T0 = dt.datetime(2099, 6, 1, 8, 0)


def _record_listings(engine: Engine, count: int) -> None:
    with session_scope(engine) as session:
        for i in range(count):
            record(session, listing(f"UEL-2099-{100 + i}", dt.date(2099, 6, 1), [ent(f"公司{i}", f"Company {i} Inc.")]))
        plan(session, now=T0)


def test_smtp_down_is_retried_and_sent_once_it_is_back(
    engine: Engine, tmp_path: Path, http: HttpSink, environ: dict[str, str]
) -> None:
    # A port nobody listens on: bound but not listening refuses connections, like a stopped mail server.
    placeholder = socket.socket()
    placeholder.bind(("127.0.0.1", 0))
    port = placeholder.getsockname()[1]
    down = SmtpSink(tmp_path / "mail", port=port)
    sender = AppriseSender(CHANNELS, {**environ, "PW_TEST_EMAIL_URL": down.apprise_url()})
    subscribe(engine, SubscriptionSpec(name="team", channel="email"), SubscriptionSpec(name="desk", channel="slack"))
    _record_listings(engine, 2)

    first = deliver(engine, send=sender, now=T0)
    # Email fails, Slack is not held up by it.
    assert (len(first.sent), len(first.retrying)) == (2, 2)
    assert all("127.0.0.1" in e or "email" in e for e in first.errors)
    second = deliver(engine, send=sender, now=T0 + backoff(1))
    assert (len(second.sent), len(second.retrying)) == (0, 2)

    placeholder.close()
    with down:
        later = T0 + backoff(1) + backoff(2)
        assert deliver(engine, send=sender, now=later - dt.timedelta(seconds=1)).attempted == 0
        third = deliver(engine, send=sender, now=later)
        assert len(third.sent) == 2
        assert len(down.wait_for(2)) == 2
        assert deliver(engine, send=sender, now=later + dt.timedelta(days=1)).attempted == 0
    assert len(down.messages) == 2
    assert len(http.wait_for(2)) == 2
    with session_scope(engine) as session:
        rows = session.exec(select(Delivery).where(Delivery.channel == "email")).all()
        assert sorted((r.status, r.attempts) for r in rows) == [("sent", 3), ("sent", 3)]


def test_failed_after_n_attempts_is_kept_and_raises_an_ops_alert_to_the_other_channels(
    engine: Engine, sender: AppriseSender, http: HttpSink
) -> None:
    subscribe(engine, SubscriptionSpec(name="team", channel="email"), SubscriptionSpec(name="desk", channel="slack"))
    _record_listings(engine, 1)

    def refuse_email(message: OutgoingMessage) -> SendOutcome:
        if message.channel == "email":
            return SendOutcome(False, "channel 'email': connection refused")
        return sender(message)

    now = T0
    for attempt in range(1, 4):
        report = deliver(engine, send=refuse_email, now=now, max_attempts=3)
        now += backoff(attempt)
    assert len(report.failed) == 1
    with session_scope(engine) as session:
        failed = session.exec(select(Delivery).where(Delivery.channel == "email")).one()
        assert (failed.status, failed.attempts) == ("failed", 3)
        assert failed.last_error == "channel 'email': connection refused"
        ops = session.exec(select(Change).where(Change.kind == "delivery_failed")).one()
        assert ops.payload["delivery_id"] == failed.id and ops.payload["channel"] == "email"
        # The ops alert goes to Slack only: the email channel would fail again.
        assert plan(session, now=now) == 1
        ops_delivery = session.exec(select(Delivery).where(Delivery.change_id == ops.id)).one()
        assert (ops_delivery.channel, ops_delivery.kind) == ("slack", "ops")
        assert ops_delivery.subject.startswith("[policywatch] ops: delivery")
    assert len(deliver(engine, send=refuse_email, now=now).sent) == 1
    assert len(http.wait_for(2)) == 2  # the listing alert and the ops alert
    # A failed delivery is never picked up again by itself (it stays, with its error, for an operator).
    assert deliver(engine, send=refuse_email, now=now + dt.timedelta(days=30)).attempted == 0


# A deliverer slower than its lease: tests/faults/test_two_deliverers.py (in the fault matrix).


def test_two_deliverers_never_send_the_same_delivery(engine: Engine) -> None:
    subscribe(engine, SubscriptionSpec(name="team", channel="email"))
    _record_listings(engine, 12)
    sent: list[int] = []
    lock = threading.Lock()
    both_running = threading.Barrier(2, timeout=10)

    def slow_send(message: OutgoingMessage) -> SendOutcome:
        with lock:
            sent.append(message.delivery_id)
            first = len(sent) <= 2
        if first:
            both_running.wait()  # each worker holds its first row until the other has claimed too
        return SendOutcome(True)

    reports = []

    def run(worker: str) -> None:
        reports.append(deliver(engine, send=slow_send, now=T0, worker_id=worker, batch=3))

    threads = [threading.Thread(target=run, args=(w,)) for w in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(sent) == sorted(set(sent)) and len(sent) == 12
    assert sum(len(r.sent) for r in reports) == 12


def test_a_failing_source_is_alerted_once_at_the_third_failure_and_a_challenge_at_once(engine: Engine) -> None:
    from policywatch.store.health import record_outcome

    subscribe(engine, SubscriptionSpec(name="ops", channel="slack", events=("source_health",)))
    planned = []
    for outcome in ("error", "error", "error", "error", "ok", "challenge", "challenge"):
        with session_scope(engine) as session:
            record_outcome(session, "mofcom-gg" if outcome != "challenge" else "customs-zxwj", outcome, "HTTP 503")
            planned.append(plan(session, now=T0))
    assert planned == [0, 0, 1, 0, 0, 1, 0]
    with session_scope(engine) as session:
        subjects = [d.subject for d in session.exec(select(Delivery).order_by(Delivery.id)).all()]
    assert subjects[0].startswith("[policywatch] source mofcom-gg failed: HTTP 503")
    assert subjects[1].startswith("[policywatch] source customs-zxwj answered an anti-bot challenge")

