"""Two deliverers against a slow mail server (issue 17 item 4): each message arrives once.

Each send to the real SMTP server takes two minutes on the injected clock; a second deliverer starts once the
first one's claim on the batch would have run out. Before the fix the first re-sent what the second had taken
(one lease for the whole batch, never renewed, never checked): 6 emails for 4 messages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from fault_ledger import Ledger
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import deliver, plan, sync_subscriptions
from policywatch.notifier.channels import Channel
from policywatch.notifier.outbox import DeliveryReport
from policywatch.notifier.sender import AppriseSender, OutgoingMessage, SendOutcome
from policywatch.notifier.subscriptions import SubscriptionSpec
from policywatch.offline.sinks import SmtpSink
from policywatch.parsers import Action, Announcement, Entity
from policywatch.store import record, session_scope
from policywatch.store.models import Delivery

T0 = dt.datetime(2099, 6, 1, 8, 0)
LEASE = dt.timedelta(minutes=5)
MESSAGES = 4


def _listing(n: int) -> Announcement:
    doc_id = f"UEL-2099-{100 + n}"
    day = dt.date(2099, 6, 1)
    return Announcement(
        doc_id=doc_id, number=None, issuer="不可靠实体清单工作机制", title=f"test notice {doc_id}", published=day,
        url=f"https://www.mofcom.gov.cn/zwgk/zcfb/art/test/{doc_id}.html",
        actions=(Action(kind="add", list="UEL", entities=(Entity(name_zh=f"公司{n}", name_en=f"Company {n} Inc.",
                                                                  country="US"),),
                        effective=day, measures=("禁止上述企业从事与中国有关的进出口活动",)),),
        text_hash=hashlib.sha256(doc_id.encode()).hexdigest(),
    )


def test_two_deliverers_against_a_slow_smtp_server_send_each_message_once(
    engine: Engine, tmp_path: Path, ledger: Ledger
) -> None:
    name = "two deliverers against a slow SMTP server (issue 17 item 4)"
    ledger.note(name, False, 0, 0)
    spec = SubscriptionSpec(name="team", channel="email", since=dt.date(2000, 1, 1))
    with session_scope(engine) as session:
        sync_subscriptions(session, [spec], now=T0)
        for n in range(MESSAGES):
            record(session, _listing(n))
        plan(session, now=T0, subscriptions=[spec])
    with SmtpSink(tmp_path / "mail") as smtp:
        real = AppriseSender({"email": Channel("email", "PW_FAULT_EMAIL")},
                             {"PW_FAULT_EMAIL": smtp.apprise_url(to="team@example.org")})
        clock = [T0]
        second: list[DeliveryReport] = []

        def slow(message: OutgoingMessage) -> SendOutcome:
            outcome = real(message)
            clock[0] += dt.timedelta(minutes=2)
            if clock[0] - T0 > LEASE and not second:  # the other deliverer's tick comes while this one is busy
                second.append(deliver(engine, send=real, clock=lambda: clock[0], worker_id="b"))
            return outcome

        first = deliver(engine, send=slow, clock=lambda: clock[0], worker_id="a", batch=10)
        received = smtp.wait_for(MESSAGES)
        sent = first.sent + second[0].sent
        duplicated = len(smtp.messages) - MESSAGES
        assert len(received) == MESSAGES and duplicated == 0
        assert sorted(sent) == sorted(set(sent)) and len(sent) == MESSAGES
    with session_scope(engine) as session:
        assert {r.status for r in session.exec(select(Delivery)).all()} == {"sent"}
    ledger.note(name, True, 0, duplicated)
