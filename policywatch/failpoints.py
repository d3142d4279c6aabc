"""Named crash points for the crash-and-restart tests: ``POLICYWATCH_CRASH_AT=after_record`` kills the process.

``hit(name)`` does nothing unless the environment variable names this point; then the process sends itself
SIGKILL — no ``finally`` block, no atexit, no flush runs, exactly like a power cut or the OOM killer. The value
may be ``name`` (the first time the point is reached) or ``name:N`` (the N-th time, e.g. ``before_send:2`` dies
after one message went out). The points, in pipeline order (see ``policywatch.scheduler.Ticks``):

- ``after_fetch``   a crawl tick has fetched from the site, nothing of it is recorded yet;
- ``after_record``  a crawl tick has committed its record transaction, nothing is planned yet;
- ``after_plan``    plan has committed its Delivery rows, nothing is sent yet;
- ``before_send``   the deliverer has claimed rows (lease taken) and is about to send one;
- ``after_backfill_page``  ``crawl --backfill`` has committed one list page (its notices and its step).

Used by tests only; unset, it costs one dictionary lookup per point.
"""

from __future__ import annotations

import os
import signal

ENV = "POLICYWATCH_CRASH_AT"
POINTS = ("after_fetch", "after_record", "after_plan", "before_send", "after_backfill_page")
_counts: dict[str, int] = {}


def hit(name: str) -> None:
    """Die here (SIGKILL) when ``POLICYWATCH_CRASH_AT`` names this point and its count is reached."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _counts[name] = _counts.get(name, 0) + 1
    if _counts[name] >= (int(nth) if nth.isdigit() else 1):
        os.kill(os.getpid(), signal.SIGKILL)
