"""aqygzj.mofcom.gov.cn home page: server-rendered, lists the newest notices, Q&As and news."""

from __future__ import annotations

from collections.abc import Iterator

from policywatch.crawler.context import CrawlContext, ListResult
from policywatch.parsers.listing import parse_aqygzj_home


def discover(ctx: CrawlContext) -> list[ListResult]:
    results: list[ListResult] = []
    for url in ctx.source.urls:
        page, key = ctx.get(url)
        if page.not_modified:
            results.append(ctx.unchanged_result(key))
            continue
        results.append(ctx.list_result(key, page, parse_aqygzj_home(page.text(), base_url=url)))
    return results


def backfill(ctx: CrawlContext, since: int | None) -> Iterator[ListResult]:
    """One page, no older pages to walk: a backfill reads it as a crawl does."""
    yield from discover(ctx)
