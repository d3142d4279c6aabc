"""Screening a stream of counterparties in chunks, on two processes where it pays.

``screen_chunks(matcher, chunks, work, workers)`` yields ``work(matcher, chunk)`` for each chunk, in order. With
``workers > 1`` the chunks go to forked worker processes that inherit the built matcher (nothing of it is sent);
at most ``2 × workers`` chunks are in flight, so a million-row file never sits in memory at once.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import TypeVar

from policywatch.screening.matcher import Matcher

T = TypeVar("T")
WORKERS_ENV = "POLICYWATCH_SCREEN_WORKERS"
# Below this many bytes of input a second process costs more (its start) than it saves.
PARALLEL_FROM_BYTES = 4 << 20

_MATCHER: Matcher | None = None  # the forked workers' copy


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


def _run(work: Callable[[Matcher, T], str], chunk: T) -> str:
    assert _MATCHER is not None, "worker started without a matcher"
    return work(_MATCHER, chunk)


def screen_chunks(matcher: Matcher, chunks: Iterable[T], work: Callable[[Matcher, T], str],
                  workers: int = 1) -> Iterator[str]:
    """``work(matcher, chunk)`` for every chunk, in order; ``work`` must be a module-level function."""
    global _MATCHER
    if workers <= 1:
        for chunk in chunks:
            yield work(matcher, chunk)
        return
    _MATCHER = matcher
    context = multiprocessing.get_context("fork")
    pending: deque[AsyncResult[str]] = deque()
    try:
        with context.Pool(workers) as pool:
            for chunk in chunks:
                pending.append(pool.apply_async(_run, (work, chunk)))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()
    finally:
        _MATCHER = None
