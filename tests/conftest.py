"""Shared test fixtures: where the real notice texts are, their hand-checked facts, and the one database fixture.

``engine`` is a SQLite file migrated to head; a folder that tests on other backends overrides ``db_url``
(tests/store/conftest.py runs its tests on SQLite and PostgreSQL).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fixture_paths import announcements_dir
from sqlalchemy.engine import Engine

from policywatch.store import init_db, make_engine


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite golden files from current output")


@pytest.fixture(scope="session")
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture(scope="session")
def texts_dir() -> Path:
    return announcements_dir()


@pytest.fixture(scope="session")
def facts() -> dict[str, Any]:
    return json.loads((announcements_dir() / "facts.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def text_files() -> list[Path]:
    return sorted(announcements_dir().glob("*.txt"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The test's SQLite file (what ``engine`` opens unless a folder overrides ``db_url``)."""
    return tmp_path / "policywatch.db"


@pytest.fixture
def db_url(db_path: Path) -> str:
    return f"sqlite:///{db_path}"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on an empty database migrated to head, disposed after the test."""
    eng = make_engine(db_url)
    init_db(eng)
    yield eng
    eng.dispose()
