"""``policywatch run --once`` killed with SIGKILL between fetch, record, plan and deliver, then restarted.

The kill comes from inside (``POLICYWATCH_CRASH_AT``, see ``policywatch.failpoints``): no cleanup runs, as in a
power cut. Before the restart the test lets the dead process's run lock and delivery leases expire (it moves
their times back by ten minutes: the five minutes a restart would otherwise wait). After the restart the state and
what the sinks received must equal the clean run.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from fault_helpers import SOURCE, Pipeline, Snapshot
from fault_ledger import Ledger
from sqlmodel import select
from test_pipeline_faults import check_recovered

from policywatch.failpoints import ENV
from policywatch.store import session_scope
from policywatch.store.models import Delivery, Lock


def run_once(pipe: Pipeline, config: Path, crash_at: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != ENV}
    if crash_at:
        env[ENV] = crash_at
    return subprocess.run(
        [sys.executable, "-m", "policywatch", "--db", f"sqlite:///{pipe.db}", "--config", str(config),
         "run", "--once", "--mirror", pipe.replay.url],
        env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )


def let_leases_expire(pipe: Pipeline) -> None:
    ago = dt.timedelta(minutes=10)
    with session_scope(pipe.engine) as session:
        for lock in session.exec(select(Lock)).all():
            lock.heartbeat_at -= ago
            session.add(lock)
        for row in session.exec(select(Delivery).where(Delivery.claimed_until.is_not(None))).all():  # type: ignore[union-attr]
            row.claimed_until = row.claimed_until - ago if row.claimed_until else None
            session.add(row)


def _after_fetch(mid: Snapshot, clean: Snapshot) -> None:
    assert not mid.announcements and not mid.baselines and not mid.dedupe_keys


def _after_record(mid: Snapshot, clean: Snapshot) -> None:
    assert mid.announcements == clean.announcements and mid.baselines == clean.baselines
    assert not mid.dedupe_keys  # recorded, not planned: the Change rows wait for plan


def _after_plan(mid: Snapshot, clean: Snapshot) -> None:
    # Every alert and every ops message (coverage gaps of the replay copy) is planned before the kill.
    assert sum(mid.dedupe_keys.values()) == sum(clean.alerts.values()) + clean.ops_received
    assert not mid.received and all(": pending (" in u for u in mid.unsent)


def _mid_delivery(mid: Snapshot, clean: Snapshot) -> None:
    assert sum(mid.received.values()) == 2  # two sent before the kill, the rest pending under the dead lease
    assert len(mid.unsent) == sum(clean.alerts.values()) + clean.ops_received - 2


POINTS = {
    "after_fetch:3": _after_fetch,
    "after_record": _after_record,
    "after_plan": _after_plan,
    "before_send:3": _mid_delivery,
}


@pytest.mark.parametrize("point", list(POINTS))
def test_killed_then_restarted(point: str, pipe: Pipeline, fault_config: Path, clean: Snapshot,
                               ledger: Ledger) -> None:
    name = f"SIGKILL at {point}, restarted"
    ledger.note(name, False, 0, 0)
    killed = run_once(pipe, fault_config, point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    mid = pipe.snapshot(wait=False)
    assert not mid.orphans
    POINTS[point](mid, clean)

    let_leases_expire(pipe)
    again = run_once(pipe, fault_config)
    assert again.returncode == 0, again.stderr
    assert "took over a stale run lock" in again.stderr
    final = check_recovered(name, pipe, clean, ledger)
    assert final.health[SOURCE] in {("ok", 0), ("not_modified", 0)}
