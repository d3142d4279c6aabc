from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

sys.path.insert(0, str(Path(__file__).parent))

from web_world import Clock, build  # noqa: E402

from policywatch.settings import packaged_config  # noqa: E402
from policywatch.store import make_engine  # noqa: E402
from policywatch.web.app import create_app  # noqa: E402


@pytest.fixture(scope="session")
def world_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once (migrations, argon2 hashes, screening are the slow part); each test gets its own copy."""
    path = tmp_path_factory.mktemp("world") / "web.db"
    build(path).dispose()  # the last connection closing checkpoints the WAL into the file
    return path


@pytest.fixture
def world(world_file: Path, tmp_path: Path) -> Engine:
    copy = tmp_path / "web.db"
    shutil.copyfile(world_file, copy)
    return make_engine(f"sqlite:///{copy}")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_client(world: Engine, clock: Clock) -> Iterator:
    clients = []

    def make(four_eyes: bool = False) -> TestClient:
        client = TestClient(create_app(world, config_dir=packaged_config(), clock=clock, four_eyes=four_eyes))
        clients.append(client)
        return client

    yield make
    for c in clients:
        c.close()
