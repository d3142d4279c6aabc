"""Instruments cited by date only, resolved to their doc_id.

Notices sometimes cite an earlier listing by its date alone (UEL 2025 No.6: ``决定于2025年2月4日将…列入不可靠实体
清单``; Q&As: ``4月4日公告`` without the bracketed number). These are the public facts of the listings seen so far
(SOURCES.md §7); a citation that carries its number never needs this table. A date the table does not know (a
listing newer than this release) becomes a date reference, ``UEL@2025-04-04``, which the store resolves to the
recorded notice that listed entities on that list that day — or keeps as an unresolved reference until it does.
"""

from __future__ import annotations

import datetime as dt

LISTINGS_BY_DATE: dict[tuple[str, dt.date], str] = {
    ("UEL", dt.date(2025, 1, 2)): "UEL-2025-1",
    ("UEL", dt.date(2025, 1, 14)): "UEL-2025-2",
    ("UEL", dt.date(2025, 1, 15)): "UEL-2025-3",
    ("UEL", dt.date(2025, 2, 4)): "UEL-2025-4",
    ("UEL", dt.date(2025, 3, 4)): "UEL-2025-5",
    ("UEL", dt.date(2025, 4, 4)): "UEL-2025-7",
    ("UEL", dt.date(2025, 4, 9)): "UEL-2025-8",
    ("UEL", dt.date(2025, 9, 25)): "UEL-2025-9",
    ("UEL", dt.date(2025, 10, 9)): "UEL-2025-10",
    ("ECL", dt.date(2025, 1, 2)): "MOFCOM-2025-1",
    ("ECL", dt.date(2025, 3, 4)): "MOFCOM-2025-13",
    ("ECL", dt.date(2025, 4, 4)): "MOFCOM-2025-21",
    ("ECL", dt.date(2025, 4, 9)): "MOFCOM-2025-22",
    ("ECL", dt.date(2025, 7, 9)): "MOFCOM-2025-35",
    ("ECL", dt.date(2025, 9, 25)): "MOFCOM-2025-51",
    ("ECL", dt.date(2026, 2, 24)): "MOFCOM-2026-11",
}


def listing_on(list_name: str | None, day: dt.date | None) -> str | None:
    if list_name is None or day is None:
        return None
    return LISTINGS_BY_DATE.get((list_name, day))


def date_reference(list_name: str, day: dt.date) -> str:
    return f"{list_name}@{day.isoformat()}"


def parse_date_reference(target: str) -> tuple[str, dt.date] | None:
    """``("UEL", 2025-04-04)`` for ``UEL@2025-04-04`` (clause suffixes ignored), else None."""
    head = target.split("#", 1)[0]
    list_name, at, day = head.partition("@")
    if not at:
        return None
    try:
        return list_name, dt.date.fromisoformat(day)
    except ValueError:
        return None


def cite_listing(list_name: str | None, day: dt.date | None) -> str | None:
    """The doc_id of the listing on ``day`` when known, else a date reference for the store to resolve."""
    if list_name is None or day is None:
        return None
    return listing_on(list_name, day) or date_reference(list_name, day)
