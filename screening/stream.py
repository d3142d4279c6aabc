"""Screening a stream of counterparties in chunks, on two processes where it pays.

``screen_chunks(matcher, chunks, work, workers)`` yields ``work(matcher, chunk)`` for each chunk, in order. With
``workers > 1`` the chunks go to forked worker processes that inherit the built matcher (nothing of it is sent);
at most ``2 × workers`` chunks are in flight, so a million-row file never sits in memory at once.

``screen_ranges(matcher, path, work, tag, workers)`` does the same for a file the workers read themselves: each
takes a byte range of it (``counterparties.split_rows``), so the parent neither parses nor sends a row. A range
with a bad row, or ids repeated among the ranges, raises ``NotByRanges``: the caller then reads the file row by
row with ``screen_chunks``, which names the bad lines.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from policywatch.parsers.errors import PolicywatchError
from policywatch.screening.counterparties import DataRanges, RowError, ScreenRow, read_range, split_rows
from policywatch.screening.matcher import Matcher

T = TypeVar("T")
WORKERS_ENV = "POLICYWATCH_SCREEN_WORKERS"
# Below this many bytes of input a second process costs more (its start) than it saves.
PARALLEL_FROM_BYTES = 4 << 20
# A worker's share of a file at a time: small enough that a busy core's worker holds up little, and a range's
# rows and output stay a few MB.
RANGE_BYTES = 2 << 20
Rows = list[ScreenRow]

_MATCHER: Matcher | None = None  # the forked workers' copy
# A screening run allocates a few containers per row and frees them by reference counting; at the default gen-0
# threshold (700) the collector ran thousands of times, each pass walking the matcher's caches: 40% of the CPU.
GC_THRESHOLD = (100_000, 20, 100)


def default_workers(input_bytes: int) -> int:
    """Two processes for a large file on a machine with two cores or more; ``POLICYWATCH_SCREEN_WORKERS`` wins."""
    raw = os.environ.get(WORKERS_ENV)
    if raw:
        try:
            return max(1, int(raw))
        except ValueError as exc:
            raise ValueError(f"{WORKERS_ENV}={raw!r} is not a whole number; set it to 1 or 2") from exc
    if input_bytes < PARALLEL_FROM_BYTES or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return min(2, os.cpu_count() or 1)


@contextmanager
def few_collections() -> Iterator[None]:
    """The cyclic collector set aside while screening: what exists now (the matcher) frozen out of its passes, and
    a pass only every ``GC_THRESHOLD[0]`` allocations; both undone after. Workers forked inside inherit both."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def _run(work: Callable[[Matcher, T], str], chunk: T) -> str:
    assert _MATCHER is not None, "worker started without a matcher"
    return work(_MATCHER, chunk)


def screen_chunks(matcher: Matcher, chunks: Iterable[T], work: Callable[[Matcher, T], str],
                  workers: int = 1) -> Iterator[str]:
    """``work(matcher, chunk)`` for every chunk, in order; ``work`` must be a module-level function."""
    global _MATCHER
    if workers <= 1:
        with few_collections():
            for chunk in chunks:
                yield work(matcher, chunk)
        return
    _MATCHER = matcher
    context = multiprocessing.get_context("fork")
    pending: deque[AsyncResult[str]] = deque()
    try:
        with few_collections(), context.Pool(workers) as pool:
            for chunk in chunks:
                pending.append(pool.apply_async(_run, (work, chunk)))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()
    finally:
        _MATCHER = None


class NotByRanges(PolicywatchError):
    """The file cannot be screened by byte ranges (a bad row, a repeated id, a cut a stray quote misplaced): the
    caller reads it row by row, which names the lines; bad input if it ever reached the command line."""

    exit_code = 2


def _run_range(work: Callable[[Matcher, tuple[Any, Rows]], str], tag: Any, path: Path, split: DataRanges,
               start: int, end: int, batch: int) -> tuple[list[str] | None, bytes]:
    """A range's output, one text per ``batch`` rows, and the hashes of its ids; None at its first bad row."""
    assert _MATCHER is not None, "worker started without a matcher"
    matcher = _MATCHER
    texts: list[str] = []
    ids = array("q")
    rows: Rows = []
    for row in read_range(path, split, start, end):
        if isinstance(row, RowError):
            return None, b""
        # The workers are forked from one parent, so they share its string hash: equal ids, equal hashes.
        ids.append(hash(row[0]))
        rows.append(row)
        if len(rows) >= batch:
            texts.append(work(matcher, (tag, rows)))
            rows = []
    if rows:
        texts.append(work(matcher, (tag, rows)))
    return texts, ids.tobytes()


def screen_ranges(matcher: Matcher, path: Path, work: Callable[[Matcher, tuple[Any, Rows]], str], tag: Any,
                  workers: int, batch: int) -> Iterator[str]:
    """``work(matcher, (tag, rows))`` for every ``batch`` rows of the file, in order, the workers reading it."""
    global _MATCHER
    split = split_rows(path, max(4 * workers, path.stat().st_size // RANGE_BYTES))
    if split is None:
        raise NotByRanges(f"{path}: the header is for the row-by-row reader to judge")
    _MATCHER = matcher
    context = multiprocessing.get_context("fork")
    pending: deque[AsyncResult[tuple[list[str] | None, bytes]]] = deque()
    ids: list[np.ndarray[Any, np.dtype[np.int64]]] = []

    def done() -> list[str]:
        texts, hashes = pending.popleft().get()
        if texts is None:
            raise NotByRanges(f"{path}: a range holds a bad row")
        ids.append(np.frombuffer(hashes, dtype=np.int64))
        return texts

    try:
        with few_collections(), context.Pool(workers) as pool:
            for start, end in split.ranges:
                pending.append(pool.apply_async(_run_range, (work, tag, path, split, start, end, batch)))
                if len(pending) >= 2 * workers:
                    yield from done()
            while pending:
                yield from done()
    finally:
        _MATCHER = None
    every = np.sort(np.concatenate(ids)) if ids else np.empty(0, dtype=np.int64)
    if bool(np.any(every[1:] == every[:-1])):
        raise NotByRanges(f"{path}: an id may repeat")
