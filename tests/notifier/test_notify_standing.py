"""One "standing suspension" filter (issue 14): reminders, the digest and the starting state agree on which
suspensions still stand, because they ask one function."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from notify_helpers import record_facts
from sqlalchemy.engine import Engine

from policywatch.notifier import SubscriptionSpec
from policywatch.notifier.standing import standing_suspensions
from policywatch.store import session_scope, suspensions

NOTIFIER = Path(__file__).resolve().parents[2] / "notifier"


def test_standing_means_a_last_day_and_no_follow_up_on_the_wanted_lists(engine: Engine,
                                                                       facts: dict[str, Any]) -> None:
    record_facts(engine, facts)
    with session_scope(engine) as session:
        every = suspensions(session)
        standing = standing_suspensions(session)
        items = standing_suspensions(session, SubscriptionSpec(name="items", channel="email", lists=("ITEM",)))
    assert {(s.target, s.until) for s in standing} == {
        (s.target, s.until) for s in every if s.until is not None and s.followed_by is None}
    # UEL-2025-7 was suspended three times; only the last suspension (to 2026-11-10) is followed by nothing.
    assert [str(s.until) for s in standing if s.target == "UEL-2025-7"] == ["2026-11-10"]
    assert not any(s.until is None for s in standing)  # UEL-2025-8's open-ended suspension is not standing
    assert items and {s.list for s in items} == {"ITEM"}


def test_no_other_notifier_module_filters_suspensions_itself() -> None:
    copies = [p.name for p in NOTIFIER.glob("*.py")
              if p.name != "standing.py" and re.search(r"followed_by is (not )?None", p.read_text(encoding="utf-8"))]
    assert not copies, copies
