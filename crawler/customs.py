"""customs.gov.cn (EasySite) list pages. A plain client usually gets 412 plus a JS cookie page: the fetcher
raises ``ChallengeError`` for it, which is reported as a challenge and never bypassed."""

from __future__ import annotations

from collections.abc import Iterator

from policywatch.crawler.context import CrawlContext, ListResult
from policywatch.parsers.listing import parse_customs_list


def discover(ctx: CrawlContext) -> list[ListResult]:
    results: list[ListResult] = []
    for url in ctx.source.urls:
        page, key = ctx.get(url)
        if page.not_modified:
            results.append(ctx.unchanged_result(key))
            continue
        results.append(ctx.list_result(key, page, parse_customs_list(page.text(), base_url=url)))
    return results


def backfill(ctx: CrawlContext, since: int | None) -> Iterator[ListResult]:
    """One page, no older pages to walk: a backfill reads it as a crawl does."""
    yield from discover(ctx)
