"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when POLICYWATCH_TEST_DATABASE_URL is set.

Only ``db_url`` is overridden here; the root conftest's ``engine`` opens and migrates it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_dbs import BACKENDS, fresh_database


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as url:
        yield url
