"""Counts in English text that the store and the messages write: ``1 entity``, ``2 entities``."""

from __future__ import annotations

_IRREGULAR = {"entity": "entities", "entry": "entries", "delivery": "deliveries", "company": "companies"}


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``counted(1, "entity")`` is ``1 entity``; ``counted(3, "entity")`` is ``3 entities``."""
    if n == 1:
        return f"{n} {singular}"
    return f"{n} {plural or _IRREGULAR.get(singular) or singular + 's'}"
