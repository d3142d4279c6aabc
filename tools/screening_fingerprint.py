"""A hash of every screening hit on the labelled sets and on synthetic volume rows: a speed change must leave it.

    .venv/bin/python tools/screening_fingerprint.py            # one line per set, then the hash of them all
    .venv/bin/python tools/screening_fingerprint.py --dump F   # every hit as a line of F too (to diff two runs)

Screened against every entity in facts.json, as ``benchmarks/screening.py`` screens: every
``tests/screening/labelled*.csv``, the volume benchmark's synthetic CSV (20,000 rows, its seed) and the first 20,000
names of ``benchmarks/huge_csv.py``. A hit is its row, entity, score (exact float), query name, matched name, reason
and explanation. Rows go through ``match_many`` in batches of 5,000, as a screening run sends them.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "tests" / "screening"))
sys.path.insert(0, str(REPO / "benchmarks"))

from huge_csv import write_csv  # noqa: E402
from screening_facts import FactEntity, facts_entities, read_labelled  # noqa: E402

from policywatch.screening.counterparties import CounterpartyRow, read_counterparties  # noqa: E402
from policywatch.screening.matcher import DEFAULT_THRESHOLD, Matcher, Query  # noqa: E402
from policywatch.screening.stream import few_collections  # noqa: E402
from screening import synthetic_csv  # noqa: E402

BATCH = 5000
VOLUME_ROWS = 20_000


def hit_lines(matcher: Matcher, queries: list[Query]) -> Iterator[str]:
    for start in range(0, len(queries), BATCH):
        with few_collections():
            found = matcher.match_many(queries[start : start + BATCH])
        for offset, matches in enumerate(found):
            for m in matches:
                yield "\t".join((str(start + offset), m.entity.label, repr(m.score), m.query_name, m.matched_name,
                                 m.reason, m.explanation))


def csv_queries(path: Path) -> list[Query]:
    queries = []
    for row in read_counterparties(path):
        if not isinstance(row, CounterpartyRow):
            raise SystemExit(f"{path}: bad row {row}")
        queries.append(Query(row.name, row.name_zh, row.aliases))
    return queries


def sets(entities: list[FactEntity], tmp: Path) -> Iterator[tuple[str, list[Query]]]:
    for path in sorted((REPO / "tests" / "screening").glob("labelled*.csv")):
        yield path.name, [Query(r.query_name, r.query_name_zh or None) for r in read_labelled(path)]
    volume = tmp / "volume.csv"
    synthetic_csv(volume, VOLUME_ROWS, entities)
    yield f"volume synthetic {VOLUME_ROWS}", csv_queries(volume)
    huge = tmp / "huge.csv"
    write_csv(huge, VOLUME_ROWS)
    yield f"huge_csv {VOLUME_ROWS}", csv_queries(huge)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write every hit, one a line, to this file")
    args = parser.parse_args()
    entities = facts_entities()
    matcher = Matcher(entities, threshold=DEFAULT_THRESHOLD)
    total = hashlib.sha256()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    with tempfile.TemporaryDirectory() as tmp:
        for name, queries in sets(entities, Path(tmp)):
            digest = hashlib.sha256()
            hits = 0
            for line in hit_lines(matcher, queries):
                digest.update(line.encode() + b"\n")
                hits += 1
                if dump is not None:
                    dump.write(f"{name}\t{line}\n")
            total.update(f"{name}\t{digest.hexdigest()}\n".encode())
            print(f"{name:<28} {len(queries):>6} rows {hits:>6} hits  {digest.hexdigest()[:16]}")
    if dump is not None:
        dump.close()
    print(f"fingerprint {total.hexdigest()}")


if __name__ == "__main__":
    main()
