"""Where the real notice texts are: ../shared/fixtures/announcements, or $POLICYWATCH_SHARED.

A plain module (not conftest) so tests can import it by a name no other file shares.
"""

from __future__ import annotations

import os
from pathlib import Path

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
