"""Issue 14: change kinds are one StrEnum with one frozen payload dataclass per kind, written by every writer and
read by ``notifier.views``; payloads stored before the dataclasses existed still read (defaults for what is
missing, unknown keys ignored)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from notify_helpers import record_keys
from sqlalchemy.engine import Engine
from sqlmodel import select

from policywatch.notifier.subscriptions import EVENT_KINDS
from policywatch.notifier.views import KIND_VERBS, change_view
from policywatch.screening.counterparties import CounterpartyRow
from policywatch.screening.hits import import_counterparties
from policywatch.store import session_scope
from policywatch.store.changes import (
    PAYLOADS,
    ChangeKind,
    ListingPayload,
    SuspensionPayload,
    payload_of,
)
from policywatch.store.coverage import record_gaps
from policywatch.store.health import record_outcome
from policywatch.store.models import Change

NOW = dt.datetime(2026, 12, 1, 2, 0)


def test_one_payload_dataclass_per_kind_and_one_list_of_kinds() -> None:
    assert set(PAYLOADS) == set(ChangeKind)
    assert all(PAYLOADS[k].kind is k for k in ChangeKind)
    assert all(dataclasses.is_dataclass(p) and p.__dataclass_params__.frozen for p in PAYLOADS.values())  # type: ignore[attr-defined]
    assert tuple(k.value for k in ChangeKind) == EVENT_KINDS
    assert set(KIND_VERBS) == set(ChangeKind)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ListingPayload().doc_id = "x"  # type: ignore[misc]


def test_every_writer_stores_a_payload_its_dataclass_reads_back(engine: Engine, facts: dict[str, Any]) -> None:
    record_keys(engine, facts, "uel-2025-007.txt", "qa-2025-05-14-uel-suspension.txt", "uel-2025-001.txt",
                "uel-2025-003.txt")
    with session_scope(engine) as session:
        import_counterparties(session, [CounterpartyRow(2, "C-0001", "Skydio Inc")], now=NOW)
        record_outcome(session, "customs-zxwj", "challenge", "412", now=NOW)
        record_gaps(session, now=NOW)  # UEL 2025: No.2 not recorded
        rows = session.exec(select(Change)).all()
        kinds = {r.kind for r in rows}
        assert {"listing", "suspension", "hit", "source_health", "coverage_gap"} <= kinds
        for row in rows:
            payload = payload_of(row)
            assert payload is not None and payload.kind == row.kind
            assert payload.to_json() == row.payload  # nothing a writer stores is lost or invented by the type


def test_payloads_written_before_the_types_still_read(engine: Engine, facts: dict[str, Any]) -> None:
    record_keys(engine, facts, "uel-2025-007.txt", "qa-2025-05-14-uel-suspension.txt")
    with session_scope(engine) as session:
        suspension = session.exec(select(Change).where(Change.kind == "suspension")).first()
        assert suspension is not None
        today = dt.date(2026, 12, 1)
        new = change_view(session, suspension, today=today)
        # An older row: no "action" in the payload, and a key this version never wrote.
        suspension.payload = {"doc_id": suspension.doc_id, "url": suspension.payload["url"], "legacy": 1}
        session.add(suspension)
        session.flush()
        typed = payload_of(suspension)
        assert isinstance(typed, SuspensionPayload) and typed.action == {} and typed.targets == []
        old = change_view(session, suspension, today=today)
    for key in ("until", "effective", "until_computed", "measures", "targets", "url", "title", "status_today"):
        assert old[key] == new[key], key  # the Action and Announcement rows say the same facts
    assert old["headline"] == new["headline"]
