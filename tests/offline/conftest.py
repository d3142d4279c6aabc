"""Fixtures of the offline harness tests: the packaged replay site served on 127.0.0.1 (read only)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from policywatch.offline.replay import ReplayServer, serve


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with resources.as_file(resources.files("policywatch.config") / "demo" / "site") as site:
        server = serve(Path(site))
        try:
            yield server
        finally:
            server.stop()
