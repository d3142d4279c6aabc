"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when POLICYWATCH_TEST_DATABASE_URL is set."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from store_dbs import BACKENDS, fresh_database

from policywatch.store import init_db, make_engine


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on an empty database migrated to head."""
    eng = make_engine(db_url)
    init_db(eng)
    yield eng
    eng.dispose()
