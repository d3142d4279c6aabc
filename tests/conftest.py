"""Shared test fixtures: where the real notice texts are, and their hand-checked facts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fixture_paths import announcements_dir


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
