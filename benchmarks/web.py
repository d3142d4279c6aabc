"""p50/p95 latency of the workspace's home page, hit queue and GET /api/v1/lists (in-process, httpx TestClient).

On the demo database, and on one with 100,000 counterparties and 5,000 hits. Not a test: prints figures.
    .venv/bin/python benchmarks/web.py [--runs 30]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert
from sqlmodel import select

from policywatch.offline.demo import run_demo
from policywatch.settings import packaged_config
from policywatch.store import make_engine, session_scope
from policywatch.store.models import Counterparty, Entity, Hit
from policywatch.web.accounts import add_user, create_token
from policywatch.web.app import create_app

ROUTES = ("/", "/hits", "/api/v1/lists")


def measure(engine, runs: int) -> dict[str, tuple[float, float]]:  # noqa: ANN001
    with session_scope(engine) as session:
        if session.exec(select(Entity)).first() is None:
            raise SystemExit("benchmark database has no entities")
        add_user(session, "bench", "admin", "bench-password", now=dt.datetime(2026, 12, 1))
        _, secret = create_token(session, "bench", now=dt.datetime(2026, 12, 1))
    client = TestClient(create_app(engine, config_dir=packaged_config()))
    headers = {"authorization": f"Bearer {secret}"}
    out = {}
    for route in ROUTES:
        client.get(route, headers=headers).raise_for_status()  # warm
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            client.get(route, headers=headers).raise_for_status()
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        out[route] = (statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)])
    return out


def grow(engine, counterparties: int, hits: int) -> None:  # noqa: ANN001
    with session_scope(engine) as session:
        entities = [e.id for e in session.exec(select(Entity))]
        now = dt.datetime(2026, 12, 1)
        session.execute(insert(Counterparty), [
            {"id": f"B-{n:06d}", "name": f"Bench Trading Co {n}", "aliases": [], "imported_at": now, "updated_at": now}
            for n in range(counterparties)])
        session.execute(insert(Hit), [
            {"counterparty_id": f"B-{n:06d}", "entity_id": entities[n % len(entities)], "list_name": "UEL",
             "doc_id": "UEL-2025-7", "score": 0.9, "explanation": "bench", "state": "new", "created_at": now,
             "updated_at": now} for n in range(hits)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run_demo(Path(tmp) / "demo")
        engine = make_engine(f"sqlite:///{result.db}")
        rows = [("demo database", measure(engine, args.runs))]
        grow(engine, 100_000, 5_000)
        engine.dispose()
        engine = make_engine(f"sqlite:///{result.db}")
        rows.append(("+100,000 counterparties, 5,000 hits", measure(engine, args.runs)))
        engine.dispose()
    print(f"{'database':40} {'route':16} {'p50 ms':>8} {'p95 ms':>8}")
    for name, figures in rows:
        for route, (p50, p95) in figures.items():
            print(f"{name:40} {route:16} {p50:8.1f} {p95:8.1f}")
    print("peer: no published latency figures for a comparable self-hosted case manager; ours only", file=sys.stderr)


if __name__ == "__main__":
    main()
