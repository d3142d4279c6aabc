"""Bytes transferred by a first crawl of the replay site and by a second crawl with nothing changed.

Goal: the second crawl transfers at most 2% of the first (conditional GET → 304, seen links not fetched,
POST list answers compared by content hash). Also prints the wall time of both passes, for reference.

    .venv/bin/python benchmarks/crawl.py [--site DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from importlib import resources
from pathlib import Path

from policywatch.crawler import Fetcher, FetchPolicy, crawl, load_sources
from policywatch.offline.replay import serve
from policywatch.store import init_db, make_engine

GOAL = 0.02


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path(str(resources.files("policywatch.config") / "demo" / "site")))
    args = parser.parse_args()
    sources = load_sources(Path(str(resources.files("policywatch.config"))))
    today = dt.date(2026, 11, 28)
    with tempfile.TemporaryDirectory() as tmp, serve(args.site) as server:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        init_db(engine)
        passes = []
        for _ in range(2):
            with Fetcher(FetchPolicy(min_gap=0.0), mirror=server.url) as fetcher:
                start = time.perf_counter()
                outcomes = crawl(engine, sources, client=fetcher, today=today)
                seconds = time.perf_counter() - start
            passes.append({
                "bytes": sum(o.bytes for o in outcomes),
                "requests": sum(o.fetched for o in outcomes),
                "recorded": sum(o.recorded for o in outcomes),
                "seconds": round(seconds, 2),
            })
        engine.dispose()
    first, second = passes
    ratio = second["bytes"] / first["bytes"]
    print(f"first crawl : {first['bytes']:>9,} bytes in {first['requests']} requests, "
          f"{first['recorded']} notices recorded, {first['seconds']}s")
    print(f"second crawl: {second['bytes']:>9,} bytes in {second['requests']} requests, "
          f"{second['recorded']} notices recorded, {second['seconds']}s")
    print(f"ratio second/first: {ratio:.2%} (goal ≤ {GOAL:.0%}: {'met' if ratio <= GOAL else 'NOT met'})")
    print(json.dumps({"first": first, "second": second, "ratio": round(ratio, 4), "goal": GOAL}))


if __name__ == "__main__":
    main()
