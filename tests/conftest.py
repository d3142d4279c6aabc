"""Shared test fixtures: where the real notice texts are, and their hand-checked facts."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("POLICYWATCH_SHARED", REPO.parent / "shared"))


def announcements_dir() -> Path:
    path = shared_dir() / "fixtures" / "announcements"
    if not (path / "facts.json").is_file():
        pytest.fail(
            f"real notice texts not found at {path}: the tests read them from ../shared/fixtures/announcements "
            "(set POLICYWATCH_SHARED to the shared folder)",
            pytrace=False,
        )
    return path


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
