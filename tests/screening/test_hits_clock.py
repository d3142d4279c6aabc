"""Screening a new listing uses the planner's clock, not the wall clock (issue 14: one clock)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier.outbox import plan
from policywatch.notifier.subscriptions import SubscriptionSpec
from policywatch.screening.counterparties import read_counterparties
from policywatch.screening.hits import import_counterparties
from policywatch.store import session_scope
from policywatch.store.models import Change, Delivery, Hit

# The day after UEL 2025 No.8 took effect; its measures were stopped from 2025-08-12 (the 2025-08-12 answer).
APRIL = dt.datetime(2025, 4, 10, 6, 0)


def test_a_listing_planned_on_its_day_is_screened_on_that_day(
    engine: Engine, record_notice: Callable[[str], list[int]], csv_file: Callable[..., Path]
) -> None:
    with session_scope(engine) as session:
        import_counterparties(session, read_counterparties(csv_file("id,name\nC-1,Sierra Nevada Corp\n")),
                              screen=False)
    record_notice("uel-2025-008.txt")
    record_notice("qa-2025-08-12-uel-adjustment.txt")  # later history, already recorded: not known on APRIL
    with session_scope(engine) as session:
        lists = SubscriptionSpec(name="lists", channel="mail", events=("listing",), since=dt.date(2025, 4, 9))
        plan(session, now=APRIL, subscriptions=[lists])
        hits = session.exec(select(Hit)).all()
        assert [(h.counterparty_id, h.list_name, h.doc_id) for h in hits] == [("C-1", "UEL", "UEL-2025-8")]
        listing = session.exec(select(Change).where(Change.kind == "listing", Change.doc_id == "UEL-2025-8")).one()
        alert = session.exec(select(Delivery).where(Delivery.change_id == listing.id)).one()
        assert alert.payload["hit_ids"] == [hits[0].id]
