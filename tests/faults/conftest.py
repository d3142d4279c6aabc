"""The fault suite's session fixtures (config folder, template database, the clean run) and its summary line.

Every case reports to ``LEDGER`` what its checks found; ``pytest_terminal_summary`` prints the totals as
``faults survived: N/N, alerts lost: L, duplicated: D``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_helpers import Snapshot, make_config, make_template, pipeline
from fault_ledger import Ledger

LEDGER = Ledger()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if LEDGER.cases:
        terminalreporter.write_line(LEDGER.line())


@pytest.fixture(scope="session")
def ledger() -> Ledger:
    return LEDGER


@pytest.fixture(scope="session")
def fault_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_config(tmp_path_factory.mktemp("faults-config") / "config")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("faults-template") / "template.db")


@pytest.fixture(scope="session")
def clean(tmp_path_factory: pytest.TempPathFactory, fault_config: Path, template_db: Path) -> Snapshot:
    """The clean run every case is compared with: the same ticks, no faults (made once per session)."""
    with pipeline(tmp_path_factory.mktemp("faults-clean"), fault_config, template_db) as pipe:
        crawls, report = pipe.tick()
        assert all(o.outcome == "ok" for o in crawls.values()), crawls
        assert report["sent"] > 0 and not report["errors"], report
        pipe.clock.advance(60)
        pipe.plan_and_deliver()
        snap = pipe.snapshot()
    assert snap.alerts and snap.received and not snap.unsent and not snap.orphans
    return snap


@pytest.fixture
def pipe(tmp_path: Path, fault_config: Path, template_db: Path) -> Iterator:
    with pipeline(tmp_path / "run", fault_config, template_db) as running:
        yield running
