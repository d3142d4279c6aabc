"""Fixtures for the crawler tests: a copy of the packaged replay site served on 127.0.0.1, a database seeded
from a clean crawl, and a fetcher whose backoff sleeps are recorded instead of slept (``engine`` and
``db_path`` are the root conftest's)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from policywatch.crawler import Fetcher, FetchPolicy, crawl, load_sources
from policywatch.crawler.sources import SourceConfig
from policywatch.offline.replay import ReplayServer, serve
from policywatch.store import init_db, make_engine

TODAY = dt.date(2026, 11, 28)


def packaged_site() -> Path:
    with resources.as_file(resources.files("policywatch.config") / "demo" / "site") as path:
        return Path(path)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A private copy of the replay site (tests may change pages)."""
    target = tmp_path / "site"
    shutil.copytree(packaged_site(), target)
    return target


@pytest.fixture
def replay(site: Path) -> Iterator[ReplayServer]:
    server = serve(site)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def crawled_template(
    tmp_path_factory: pytest.TempPathFactory, sources: dict[str, SourceConfig]
) -> Callable[[str], Path]:
    """A database file holding one clean crawl of a source (made once per session, copied per test)."""
    cache: dict[str, Path] = {}

    def make(name: str) -> Path:
        if name not in cache:
            path = tmp_path_factory.mktemp(f"template-{name}") / "crawl.db"
            eng = make_engine(f"sqlite:///{path}")
            init_db(eng)
            server = serve(packaged_site())
            try:
                with Fetcher(FetchPolicy(min_gap=0), mirror=server.url) as client:
                    [outcome] = crawl(eng, [sources[name]], client=client, today=TODAY)
            finally:
                server.stop()
                eng.dispose()
            assert outcome.outcome == "ok", outcome
            cache[name] = path
        return cache[name]

    return make


@pytest.fixture
def seed_db(engine: Engine, db_path: Path, crawled_template: Callable[[str], Path]) -> Callable[[str], None]:
    """Replace the test's database with a copy of a source's clean first crawl."""

    def seed(name: str) -> None:
        engine.dispose()
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        shutil.copy(crawled_template(name), db_path)

    return seed


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def policy() -> FetchPolicy:
    return FetchPolicy(timeout=5.0, retries=2, backoff_base=1.0, min_gap=0.0)


@pytest.fixture
def fetcher(replay: ReplayServer, policy: FetchPolicy, sleeps: list[float]) -> Iterator[Fetcher]:
    with Fetcher(policy, mirror=replay.url, sleep=sleeps.append, rng=lambda: 1.0) as client:
        yield client


@pytest.fixture
def today() -> dt.date:
    """The crawl date: the year indexes read are this year's and last year's."""
    return TODAY


@pytest.fixture(scope="session")
def sources() -> dict[str, SourceConfig]:
    with resources.as_file(resources.files("policywatch.config")) as path:
        return {s.name: s for s in load_sources(Path(path))}
