"""www.mofcom.gov.cn 公告 year indexes: static pages, one per year; the current and previous years are read
(a backfill reads every year back to the first)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from policywatch.crawler.context import CrawlContext, ListResult
from policywatch.crawler.errors import HTTPStatusError
from policywatch.crawler.layout import Layout, LayoutOptions
from policywatch.parsers.listing import parse_year_index


def discover(ctx: CrawlContext) -> list[ListResult]:
    years_back = int(ctx.source.option("years_back", 1))
    results: list[ListResult] = []
    for template in ctx.source.urls:
        for year in range(ctx.today.year, ctx.today.year - years_back - 1, -1):
            url = template.format(year=year)
            try:
                page, key = ctx.get(url)
            except HTTPStatusError as exc:
                # A new year's index may not exist yet in January; any other missing index is a failure.
                if exc.status == 404 and year == ctx.today.year and ctx.today.month == 1:
                    ctx.say(f"no index for {year} yet")
                    continue
                raise
            if page.not_modified:
                results.append(ctx.unchanged_result(key))
                continue
            links = parse_year_index(page.text(), base_url=url, year=year)
            results.append(ctx.list_result(key, page, links))
    return results


def backfill(ctx: CrawlContext, since: int | None) -> Iterator[ListResult]:
    """Every year's index from this year back to ``since``, or back to the first year that has none (404)
    below one that has: years above the newest index found (not published yet) are passed over."""
    first = since if since is not None else int(ctx.source.option("first_year", 1990))
    for template in ctx.source.urls:
        found = False
        for year in range(ctx.today.year, first - 1, -1):
            url = template.format(year=year)
            if url in ctx.done:
                found = True
                yield ctx.skipped_result(url)
                continue
            try:
                page, key = ctx.get(url)
            except HTTPStatusError as exc:
                if exc.status != 404:
                    raise
                if not found:
                    ctx.say(f"no index for {year} yet")
                    continue
                ctx.say(f"no index for {year}: the series starts in {year + 1}")
                break
            found = True
            if page.not_modified:
                yield ctx.unchanged_result(key)
                continue
            yield ctx.list_result(key, page, parse_year_index(page.text(), base_url=url, year=year))


class MofcomIndexOptions(LayoutOptions):
    years_back: int | None = Field(default=None, ge=0, le=30)
    first_year: int | None = Field(default=None, ge=1949, le=2100)


LAYOUTS = (
    Layout("mofcom_index", frozenset({"year_index"}), discover, backfill, MofcomIndexOptions),
)
