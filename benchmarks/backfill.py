"""``crawl --backfill`` of the replay copy, as a user runs it: first run, second run, killed and resumed.

Each pass is the real CLI (``python -m policywatch crawl --backfill --mirror URL --json``) against the replay
server on loopback (no politeness gap there); the killed pass dies by SIGKILL after its ``--kill-after``-th list
page (``POLICYWATCH_CRASH_AT=after_backfill_page:N``) and the next pass resumes it. Prints notices recorded,
list pages, requests, bytes and seconds per pass, and what a real backfill of that many requests costs at 2 s
per request. Requests and bytes are counted by the replay server (body bytes it sent).

    .venv/bin/python benchmarks/backfill.py [--site DIR] [--kill-after N]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any

from policywatch.failpoints import ENV
from policywatch.offline.replay import ReplayServer, serve

GAP = 2.0  # the default seconds between two requests to one host


def notices(db: str) -> int:
    with sqlite3.connect(db.removeprefix("sqlite:///")) as conn:
        return int(conn.execute("select count(*) from announcement").fetchone()[0])


def run(server: ReplayServer, db: str, crash_at: str | None = None) -> dict[str, Any]:
    """One pass; requests and bytes as the server saw them (a killed pass prints nothing)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYWATCH_")}
    if crash_at:
        env[ENV] = crash_at
    requests, sent = len(server.log), server.bytes_sent
    before = notices(db) if Path(db.removeprefix("sqlite:///")).exists() else 0
    start = time.perf_counter()
    command = [sys.executable, "-m", "policywatch", "--db", db, "crawl", "--backfill", "--mirror", server.url, "--json"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    outcomes = json.loads(done.stdout) if done.stdout.strip() else []
    return {"exit": done.returncode, "seconds": round(seconds, 2), "recorded": notices(db) - before,
            "pages": sum(o["pages"] for o in outcomes), "resumed": sum(o["resumed"] for o in outcomes),
            "requests": len(server.log) - requests, "bytes": server.bytes_sent - sent}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path(str(resources.files("policywatch.config") / "demo" / "site")))
    parser.add_argument("--kill-after", type=int, default=6, help="list pages the killed pass commits")
    args = parser.parse_args()
    passes: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp, serve(args.site) as server:
        passes["first"] = run(server, f"sqlite:///{tmp}/first.db")
        passes["second"] = run(server, f"sqlite:///{tmp}/first.db")
        killed_db = f"sqlite:///{tmp}/killed.db"
        passes["killed"] = run(server, killed_db, crash_at=f"after_backfill_page:{args.kill_after}")
        passes["resumed"] = run(server, killed_db)
    for name, figures in passes.items():
        at_gap = figures["requests"] * GAP
        print(f"{name:8}: exit {figures['exit']:>2}, {figures['recorded']:>3} notices, {figures['pages']:>3} pages "
              f"({figures['resumed']} resumed), {figures['requests']:>3} requests, {figures['bytes']:>9,} bytes, "
              f"{figures['seconds']:>6.2f} s (at {GAP:.0f} s per request: {at_gap / 60:.1f} min)")
    print(json.dumps(passes))


if __name__ == "__main__":
    main()
