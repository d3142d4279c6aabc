"""DESIGN §6: the starting state also names the notices dated before ``since`` that still need a human read,
with their official link and the reasons; their own "read this notice" alerts are held back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from notify_helpers import announcement_from_facts
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier import SubscriptionSpec, plan
from policywatch.notifier.subscriptions import sync_subscriptions
from policywatch.store import record, session_scope
from policywatch.store.models import Delivery

FIRST_SEEN = dt.datetime(2026, 12, 1, 2, 0)
WHY = "a notice of the UEL working mechanism with no action read"


def test_starting_state_lists_old_notices_that_need_review(engine: Engine, facts: dict[str, Any]) -> None:
    with session_scope(engine) as session:
        sync_subscriptions(session, [SubscriptionSpec(name="team", channel="email")], now=FIRST_SEEN)
        for key in ("uel-2025-007.txt", "uel-2025-009.txt"):
            announcement = announcement_from_facts(key, facts[key])
            assert announcement is not None
            if key == "uel-2025-009.txt":  # as the parser leaves a notice it could not read with confidence
                announcement = dataclasses.replace(announcement, needs_review=True, review_reasons=(WHY,))
            record(session, announcement)
        assert plan(session, now=FIRST_SEEN) == 1  # one starting state; the old "read this notice" held back
        [row] = session.exec(select(Delivery)).all()
    assert row.payload["change_kind"] == "starting_state"
    url = facts["uel-2025-009.txt"]["url"]
    for body in (row.body_text, row.body_html):
        assert "Notices to read" in body and "UEL-2025-9" in body and WHY in body and url in body
    assert "UEL-2025-7" not in row.body_text.split("Notices to read")[1]  # read with confidence: not listed
    assert "UEL-2025-9" in row.payload["slack"]
