"""Streaming benchmark: ``policywatch screen`` on a 1,000,000-row counterparty CSV, peak memory and wall time.

    .venv/bin/python benchmarks/huge_csv.py               # 100,000 and 1,000,000 rows
    .venv/bin/python benchmarks/huge_csv.py --rows 200000  # one size only

The list state comes from a crawl of the replay site shipped with the package (no network). Each size runs in its
own process; its peak RSS is read from ``wait4``. Peer, measured in the same run on the same file: a process that
loads the whole CSV into memory with ``csv.reader`` (what a screening tool that reads the file before matching
takes for the rows alone). The suite's fault test checks the same flatness at 15k and 75k rows.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STEMS = [a + b
         for a in ("Nor", "Sun", "Far", "Lin", "Kai", "Dan", "Bel", "Ost", "Ver", "Pol", "Tam", "Rio", "Zen", "Mar")
         for b in ("tech", "ex", "ova", "ium", "stra", "gen", "lux", "dyn", "tron", "via", "ark", "ell", "ora", "ent")]
SUFFIXES = ("Trading Ltd", "GmbH", "Logistics Co., Ltd.", "Inc.", "有限公司", "Holdings LLC")
LOAD_ALL = "import csv, sys\nrows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))\nprint(len(rows))"


def write_csv(path: Path, rows: int) -> None:
    n = len(STEMS)
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["id", "name", "country"])
        out.writerows((f"C-{i}", f"{STEMS[i % n]} {STEMS[(i // n) % n]} {STEMS[(i // n // n) % n]} "
                       f"{SUFFIXES[i % len(SUFFIXES)]}", ("US", "DE", "JP", "CN")[i % 4]) for i in range(rows))


def run(argv: list[str], ok: tuple[int, ...] = (0,)) -> tuple[float, float, bytes, float]:
    """Wall seconds, peak RSS in MB (the largest process: the screen and each of its workers are processes of
    their own), stderr and CPU seconds (user + system, workers included) of one child process."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
    seconds = time.perf_counter() - start
    if proc.returncode not in ok:
        raise SystemExit(f"{' '.join(argv[:6])}… failed ({proc.returncode}): {stderr.decode()[-500:]}")
    return seconds, usage.ru_maxrss / 1024, stderr, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, action="append", help="rows per run (repeatable)")
    sizes = parser.parse_args().rows or [100_000, 1_000_000]

    from policywatch.offline.demo import demo_config
    from policywatch.offline.replay import serve

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = f"sqlite:///{work / 'screen.db'}"
        site = serve(demo_config() / "site")
        try:
            # Exit 1: customs answers with its 412 challenge, as the real site does; the others are recorded.
            run([sys.executable, "-m", "policywatch", "--db", db, "crawl", "--mirror", site.url], ok=(0, 1))
        finally:
            site.stop()
        results = []
        for rows in sizes:
            csv_path = work / f"cp-{rows}.csv"
            write_csv(csv_path, rows)
            seconds, peak, _, cpu = run([sys.executable, "-m", "policywatch", "--db", db, "screen", str(csv_path),
                                         "--format", "csv"])
            peer_seconds, peer_peak, _, peer_cpu = run([sys.executable, "-c", LOAD_ALL, str(csv_path)])
            results.append({"rows": rows, "mb_file": round(csv_path.stat().st_size / 2**20, 1),
                            "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
                            "us_per_row": round(seconds / rows * 1e6, 1),
                            "peak_mb": round(peak), "peer_load_all_seconds": round(peer_seconds, 1),
                            "peer_load_all_cpu_seconds": round(peer_cpu, 1), "peer_load_all_peak_mb": round(peer_peak)})
            csv_path.unlink()
            r = results[-1]
            # CPU seconds beside wall time: on a shared machine the wall time also counts other programs' turns.
            print(f"{rows:>9,} rows ({r['mb_file']} MB): screen {r['seconds']}s wall, {r['cpu_seconds']}s CPU "
                  f"({r['us_per_row']} µs/row), peak {r['peak_mb']} MB; peer (load all rows) "
                  f"{r['peer_load_all_seconds']}s wall, {r['peer_load_all_cpu_seconds']}s CPU, peak "
                  f"{r['peer_load_all_peak_mb']} MB, ratio {r['peak_mb'] / r['peer_load_all_peak_mb']:.2f}")
        if len(results) > 1:
            growth = results[-1]["peak_mb"] / results[0]["peak_mb"]
            print(f"peak growth {results[0]['rows']:,} → {results[-1]['rows']:,} rows: ×{growth:.2f} "
                  f"(rows ×{results[-1]['rows'] / results[0]['rows']:.0f})")
        print(json.dumps(results))


if __name__ == "__main__":
    main()
