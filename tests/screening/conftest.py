"""Screening fixtures: real notices from facts.json recorded in the root conftest's SQLite ``engine``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from screening_facts import announcement_for, facts_entities
from sqlalchemy.engine import Engine

from policywatch.screening.matcher import Matcher
from policywatch.store import record, session_scope

LISTED_THRESHOLD = 0.85


@pytest.fixture(scope="module")
def listed_matcher(facts: dict[str, Any]) -> Matcher:
    """A matcher over every entity of facts.json, at the threshold a screening run uses."""
    return Matcher(facts_entities(facts), threshold=LISTED_THRESHOLD)


@pytest.fixture
def record_notice(engine: Engine, facts: dict[str, Any]) -> Callable[[str], list[int]]:
    """Record one facts.json notice (by file name) and return its Change ids."""

    def run(filename: str) -> list[int]:
        with session_scope(engine) as session:
            return record(session, announcement_for(facts[filename])).change_ids

    return run


@pytest.fixture
def csv_file(tmp_path: Path) -> Callable[..., Path]:
    def write(text: str, name: str = "counterparties.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write
