"""Coverage: per series and year, the numbers recorded, the gaps in the numbering, the first and last date.

For the series whose numbers are dense for list measures (UEL notices, 商务部令, 外交部令) a number not seen
is news: ``record_gaps`` adds one ``coverage_gap`` Change per gap, never twice for the same number. The
商务部公告 series (most of its numbers are not list measures) and GACC are shown, never alerted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from policywatch.parsers.types import split_doc_id
from policywatch.store.changes import ChangeKind, CoverageGapPayload, new_change
from policywatch.store.models import Announcement, Change, utcnow

# Series in which every number is a list measure: a number not seen may be a listing missed.
DENSE_SERIES = ("UEL", "MOFCOM-ORDER", "MFA-ORDER")
GAP_KIND = ChangeKind.COVERAGE_GAP.value


@dataclass(frozen=True)
class SeriesYear:
    """One row of ``policywatch coverage``; ``year`` is None for MFA orders (numbered across years)."""

    series: str
    year: int | None
    numbers: tuple[int, ...]
    first: dt.date | None
    last: dt.date | None
    gaps: tuple[int, ...] = field(default=())

    @property
    def dense(self) -> bool:
        return self.series in DENSE_SERIES

    def gap_runs(self) -> list[list[int]]:
        """The gaps as runs of consecutive missing numbers."""
        runs: list[list[int]] = []
        for number in self.gaps:
            if runs and runs[-1][-1] == number - 1:
                runs[-1].append(number)
            else:
                runs.append([number])
        return runs

    def to_json(self) -> dict[str, Any]:
        return {
            "series": self.series,
            "year": self.year,
            "numbers": list(self.numbers),
            "gaps": list(self.gaps),
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
        }



def coverage(session: Session) -> list[SeriesYear]:
    """Every (series, year) with a recorded notice, sorted by series then year."""
    found: dict[tuple[str, int | None], dict[int, dt.date | None]] = {}
    for doc_id, published in session.exec(select(col(Announcement.doc_id), col(Announcement.published))).all():
        parts = split_doc_id(doc_id)
        if parts is None:
            continue
        series, year, number = parts
        found.setdefault((series, year), {})[number] = published
    rows = []
    for (series, year), numbers in sorted(found.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        recorded = sorted(numbers)
        dates = sorted(d for d in numbers.values() if d is not None)
        missing = sorted(set(range(1, recorded[-1] + 1)) - set(recorded))
        rows.append(SeriesYear(series, year, tuple(recorded), dates[0] if dates else None,
                               dates[-1] if dates else None, tuple(missing)))
    return rows


def label(series: str, year: int | None) -> str:
    return f"{series} {year}" if year is not None else series


def gap_sentence(series: str, year: int | None, missing: list[int], neighbours: list[int]) -> str:
    """``UEL 2026: No.4 not seen, No.3 and No.5 recorded``."""
    def numbers(values: list[int]) -> str:
        shown = [f"No.{n}" for n in values]
        if len(shown) > 2 and values == list(range(values[0], values[-1] + 1)):
            return f"No.{values[0]}–{values[-1]}"
        return " and ".join([", ".join(shown[:-1]), shown[-1]]) if len(shown) > 1 else shown[0]

    seen = f", {numbers(neighbours)} recorded" if neighbours else ""
    return f"{label(series, year)}: {numbers(missing)} not seen{seen}"


def gap_lines(rows: list[SeriesYear], *, dense_only: bool = True) -> list[str]:
    """One sentence per gap (dense series only, unless asked), for ``sources`` and the digest."""
    out = []
    for row in rows:
        if dense_only and not row.dense:
            continue
        for run in row.gap_runs():
            out.append(gap_sentence(row.series, row.year, run, _neighbours(row, run)))
    return out


def _neighbours(row: SeriesYear, run: list[int]) -> list[int]:
    return [n for n in (run[0] - 1, run[-1] + 1) if n in row.numbers]


def _alerted(session: Session) -> set[tuple[str, int | None, int]]:
    done: set[tuple[str, int | None, int]] = set()
    for change in session.exec(select(Change).where(Change.kind == GAP_KIND)).all():
        payload = CoverageGapPayload.from_json(change.payload)
        for number in payload.missing:
            done.add((str(payload.series), payload.year, int(number)))
    return done


def _recorded_at(session: Session) -> dict[tuple[str, int | None, int], dt.datetime]:
    found = {}
    for doc_id, recorded_at in session.exec(select(col(Announcement.doc_id), col(Announcement.recorded_at))).all():
        parts = split_doc_id(doc_id)
        if parts is not None:
            found[parts] = recorded_at
    return found


def record_gaps(session: Session, *, now: dt.datetime | None = None,
                settle: dt.timedelta | None = None) -> list[Change]:
    """One ``coverage_gap`` Change per gap of a dense series not alerted before; in the caller's transaction.

    With ``settle``, a gap is news only once the number above it has been recorded for that long: on a first
    crawl one source lists UEL No.2 before another source brings No.1, and that is no gap.
    """
    when = now or utcnow()
    alerted = _alerted(session)
    recorded_at = _recorded_at(session) if settle is not None else {}
    added = []
    for row in coverage(session):
        if not row.dense:
            continue
        for run in row.gap_runs():
            above = recorded_at.get((row.series, row.year, run[-1] + 1))
            if settle is not None and above is not None and when - above < settle:
                continue  # another source may still bring it: looked at again on the next crawl
            missing = [n for n in run if (row.series, row.year, n) not in alerted]
            if not missing:
                continue
            neighbours = _neighbours(row, run)
            change = new_change(
                CoverageGapPayload(series=row.series, year=row.year, missing=missing, neighbours=neighbours),
                summary=f"coverage gap — {gap_sentence(row.series, row.year, missing, neighbours)}", created_at=when,
            )
            session.add(change)
            added.append(change)
    session.flush()
    return added
