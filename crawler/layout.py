"""The crawl layout registry: every module of ``crawler/layouts/`` declares its layouts, found here by name.

A layout is how one kind of site lists its notices: its ``name`` (what a source's YAML says under ``layout:``),
the list parsers it can use, its options model (a ``LayoutOptions`` subclass, checked when the source loads), its
``discover`` (one crawl: the list pages a normal pass reads) and its ``backfill`` walk (every list page, newest
first, back to the first notice). Adding a layout is one module in ``crawler/layouts/`` holding
``LAYOUTS = (Layout(...),)``, and a YAML file in ``config/sources/`` that uses it.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from policywatch.crawler.context import CrawlContext, ListResult


class LayoutOptions(BaseModel):
    """A layout's ``options:`` keys with their bounds. Unknown keys are refused, values are not coerced: a typo or
    an absurd page count is an error when the source file loads, never a crawl that fetches 10^9 pages."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


@dataclass(frozen=True)
class Layout:
    name: str
    list_parsers: frozenset[str]
    discover: Callable[[CrawlContext], list[ListResult]]
    backfill: Callable[[CrawlContext, int | None], Iterator[ListResult]]
    options: type[LayoutOptions] = LayoutOptions


_found: dict[str, Layout] | None = None


def layouts() -> dict[str, Layout]:
    """Every layout of ``crawler/layouts/`` by name (the modules are imported once, on first use)."""
    global _found
    if _found is None:
        from policywatch.crawler import layouts as package

        found: dict[str, Layout] = {}
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            declared = getattr(module, "LAYOUTS", None)
            if not declared:
                raise ImportError(f"crawler/layouts/{info.name}.py declares no LAYOUTS = (Layout(...),)")
            for item in declared:
                if item.name in found:
                    raise ImportError(f"layout {item.name!r} is declared twice (crawler/layouts/{info.name}.py)")
                found[item.name] = item
        _found = found
    return _found


def layout(name: str) -> Layout:
    return layouts()[name]
